"""Documentation lookups for `safepost explain` and `safepost rules --markdown`."""

from __future__ import annotations

import importlib

from safepost.engine.rules import Rule, registry

#: Modules that document further topics (triage categories, actions) as ``TOPICS: dict[str, str]``.
TOPIC_MODULES = ("safepost.engine.triage.topics",)


def explain(term: str) -> str | None:
    """The documentation for a rule code, rule name, triage category or action, or None."""
    rule = registry.by_code(term) or next(iter(registry.by_name(term.lower())), None)
    if rule is not None:
        return rule_markdown(rule)
    for name in TOPIC_MODULES:
        try:
            topics: dict[str, str] = importlib.import_module(name).TOPICS
        except ModuleNotFoundError:
            continue
        if term.lower() in topics:
            return topics[term.lower()]
    return None


def rule_markdown(rule: Rule) -> str:
    """A rule's page: title, code, default severity, then its docstring with fixed headings."""
    body = _dedent_doc(rule.doc())
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"Family: {rule.family}. Default severity: {rule.default_severity}.\n\n{body}\n"
    )


def _dedent_doc(doc: str) -> str:
    import inspect

    lines = inspect.cleandoc(doc).splitlines()
    out = []
    for line in lines:
        stripped = line.rstrip()
        if stripped.endswith(":") and not line.startswith(" ") and stripped[:-1] in _HEADINGS:
            out.append(f"## {stripped[:-1]}")
            if stripped[:-1] == "Known weaknesses":
                out.extend([*_WEAKNESSES_MEASURED, ""])
        else:
            out.append(line[4:] if line.startswith("    ") else line)
    return "\n".join(out)


#: What every rule's "Known weaknesses" stands on (said once here, not in each docstring).
_WEAKNESSES_MEASURED = (
    "Measured 2026-12-06: the functional tests (`python -m safepost.engine.functional --failures`,",
    "`--held-out`, `python -m safepost.engine.functional_heldout2`), the public development bench",
    "(`python bench/quality.py --kind posts`, 253 posts) and, where a point says so, the five sealed",
    "schools (`evaluation/sealed/FIRST-SCORES.md`). The development templates were written with the",
    "rules, so their 1.00s show coverage, not how a new school's wording is met.",
)
_HEADINGS = {"What it flags", "Why it matters", "Example", "Use instead", "Known problems", "Known weaknesses"}
