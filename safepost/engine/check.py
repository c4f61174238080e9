"""`check(draft, school, policy) -> Report`: run every enabled rule over a draft."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from safepost.engine.draft import Draft
from safepost.engine.findings import Finding, Hit, Report, Severity
from safepost.engine.policy import Policy
from safepost.engine.rules import Env, Field, FieldKind, Rule, TextRule, registry
from safepost.engine.school import SchoolContext

SEVERITY_RANK = {Severity.ADVISE: 0, Severity.REVIEW: 1, Severity.BLOCK: 2}


def check(draft: Draft, school: SchoolContext, policy: Policy, *, now: datetime | None = None,
          thorough: bool = False) -> Report:
    """Check a draft post against the school's policy pack and return its findings.

    ``thorough`` adds the slower second opinions (``Env.thorough``): for every check a person
    reads or a revision stores. The quick path (the default) is for bulk scans and the speed
    benchmark."""
    env = Env(school=school, policy=policy, channel=draft.channel, draft=draft, now=now, thorough=thorough)
    findings = [f for field in draft_fields(draft) for f in scan_field(field, env)]
    if any(image.path or image.data is not None for image in draft.images):
        from safepost.engine.images.hook import scan_images  # lazy: Pillow and models only for photos

        findings.extend(scan_images(draft, env))
    for rule in registry.draft_rules():
        severity = policy.severity(rule.name, draft.channel)
        if severity is not None:
            findings.extend(to_finding(rule, hit, source, severity, env, None) for source, hit in rule.find_draft(draft, env))
    return Report(draft.id, tuple(sorted(_dedupe(findings), key=_order)))


def draft_fields(draft: Draft) -> list[Field]:
    """The text fields of a draft: the body, then each image's file name and alt text."""
    fields = [Field("text", FieldKind.TEXT, draft.text)]
    for i, image in enumerate(draft.images):
        if image.filename:
            fields.append(Field(f"image[{i}].filename", FieldKind.FILENAME, image.filename))
        if image.alt:
            fields.append(Field(f"image[{i}].alt", FieldKind.ALT, image.alt))
    return fields


def scan_field(field: Field, env: Env, rules: Sequence[TextRule] | None = None) -> list[Finding]:
    """Run the text rules that apply to ``field`` and the policy enables on this channel."""
    out: list[Finding] = []
    for rule in rules if rules is not None else registry.text_rules():
        if field.kind not in rule.fields:
            continue
        severity = env.policy.severity(rule.name, env.channel)
        if severity is None:
            continue
        out.extend(to_finding(rule, hit, field.source, severity, env, field.text) for hit in rule.find(field, env))
    return out


def to_finding(rule: Rule, hit: Hit, source: str, severity: Severity, env: Env, text: str | None) -> Finding:
    excerpt = hit.text
    if excerpt is None and text is not None and hit.start is not None and hit.end is not None:
        excerpt = text[hit.start : hit.end]
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        source=source,
        start=hit.start,
        end=hit.end,
        message=hit.message,
        explanation=hit.explanation,
        clause=env.policy.clause(rule.name),
        fix=hit.fix,
        confidence=hit.confidence,
        excerpt=excerpt,
        box=hit.box,
    )


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in findings:
        key = (f.code, f.source, f.start, f.end, f.box)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _order(f: Finding) -> tuple[int, str, int, str]:
    source_rank = 0 if f.source == "text" else 1
    return (source_rank, f.source, f.start if f.start is not None else -1, f.code)
