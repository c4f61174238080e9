"""The engine's view of a draft: the live check, what is stored of its findings, who must approve.

Only what is safe to keep goes into ``Revision.findings``: code, rule, severity, source, span,
message and the pupils' database ids a pupil-name finding points at. Never the excerpt, which
may be a child's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from safepost.engine import Draft, DraftImage, Report, check
from safepost.engine.findings import Finding, Severity
from safepost.engine.policy import Policy, Question
from safepost.engine.school import SchoolContext
from safepost.policies.bridge import engine_for
from safepost.posts.states import ApproverKind
from safepost.schools.models import Pupil, School

PUPIL_NAME = "pupil-name"
LIVE_LOCATION = "live-location"


@dataclass(frozen=True)
class PhotoInput:
    media_id: int
    alt_text: str


@dataclass(frozen=True)
class DraftInput:
    """What the compose page (or the API) sends. ``answers``: pre-posting question id -> yes."""

    text: str
    photos: tuple[PhotoInput, ...] = ()
    account_ids: tuple[int, ...] = ()
    pupil_ids: tuple[int, ...] = ()
    scheduled_for: datetime | None = None  # aware; None = as soon as approved
    answers: Mapping[str, bool] = field(default_factory=dict)


class PostError(Exception):
    """A request the posting rules refuse; ``message`` is shown next to ``field`` on the page."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def engine_draft(school: School, data: DraftInput, photo_files: Mapping[int, str] | None = None) -> Draft:
    """The engine's draft. Photos are checked by their cleaned file when it is on disk."""
    pupil_codes = tuple(Pupil.objects.filter(school=school, pk__in=data.pupil_ids).values_list("pupil_id", flat=True))
    images = tuple(
        DraftImage(filename=f"photo-{i + 1}", alt=p.alt_text, path=(photo_files or {}).get(p.media_id),
                   tagged_pupils=pupil_codes)
        for i, p in enumerate(data.photos)
    )
    return Draft(id="draft", text=data.text, images=images, scheduled_at=data.scheduled_for)


def check_draft(school: School, data: DraftInput) -> Report:
    """The check the author sees as they type (debounced, half a second after the last key): no
    write, text and alt text only (photos were scanned on upload; their findings are in
    ``Media.scan``). Checked for every target account's channel; each finding keeps its
    strictest severity. Thorough, like the saved revision's: what the author is shown is what
    approval will read (the encoder adds about 50 ms to a request)."""
    context, policy, _note = engine_for(school)
    return check_for_targets(school, data, context, policy)


def engine_channel(platform: str) -> str:
    """The engine's channel name for an account platform (the pack's ``channels`` keys)."""
    return "website" if platform == "blog" else platform


def check_for_targets(school: School, data: DraftInput, context: SchoolContext, policy: Policy) -> Report:
    """One report over every target channel: a pack can relax a rule on a closed class page
    and not on Facebook, and consent differs per channel, so the strictest result stands.
    Always the thorough check (the sentence encoder too): both what the author sees and what a
    revision stores."""
    from safepost.accounts.models import OfficialAccount

    platforms = set(OfficialAccount.objects.filter(school=school, pk__in=data.account_ids)
                    .values_list("platform", flat=True))
    channels: list[str | None] = [*sorted({engine_channel(p) for p in platforms})] or [None]
    draft = engine_draft(school, data)
    strictest: dict[tuple[object, ...], Finding] = {}
    for channel in channels:
        for f in check(replace(draft, channel=channel), context, policy, thorough=True).findings:
            key = (f.code, f.source, f.start, f.end, f.box)
            if key not in strictest or _RANK[f.severity] > _RANK[strictest[key].severity]:
                strictest[key] = f
    return Report(draft.id, tuple(strictest.values()))


_RANK = {Severity.ADVISE: 0, Severity.REVIEW: 1, Severity.BLOCK: 2}


def stored_findings(report: Report, context: SchoolContext, school: School,
                    fields: Mapping[str, str]) -> tuple[list[dict[str, object]], set[int]]:
    """The findings to store, and the database ids of every pupil a pupil-name finding names."""
    stored: list[dict[str, object]] = []
    named: set[int] = set()
    matches = _name_matches(context, fields) if any(f.rule == PUPIL_NAME for f in report.findings) else {}
    codes_to_pk = dict(Pupil.objects.filter(school=school).values_list("pupil_id", "pk")) if matches else {}
    for f in report.findings:
        row: dict[str, object] = {"code": f.code, "rule": f.rule, "severity": str(f.severity), "source": f.source,
                                  "start": f.start, "end": f.end, "message": _safe_message(f)}
        if f.rule == PUPIL_NAME:
            ids = sorted(codes_to_pk[c] for c in matches.get((f.source, f.start, f.end), ()) if c in codes_to_pk)
            row["pupils"] = ids
            named.update(ids)
        stored.append(row)
    return stored, named


def _safe_message(finding: Finding) -> str:
    # pupil-name messages describe the year and class, never the name; others may quote text.
    return finding.message if finding.rule == PUPIL_NAME else finding.rule


def _name_matches(context: SchoolContext, fields: Mapping[str, str]) -> dict[tuple[str, int | None, int | None], tuple[str, ...]]:
    """(source, start, end) -> roster pupil ids, from the same name finder the rule uses."""
    from safepost.engine.names.finder import find_names
    from safepost.engine.names.index import school_index
    from safepost.engine.textnorm import fold

    index = school_index(context)
    out: dict[tuple[str, int | None, int | None], tuple[str, ...]] = {}
    for source, text in fields.items():
        for match in find_names(fold(text), index):
            out[(source, match.start, match.end)] = tuple(index.pupils[i].id for i in match.pupils)
    return out


def needs_slt(findings: Iterable[Mapping[str, object]], policy: Policy) -> bool:
    """A finding asks for review as controversial: a ``review`` or ``block`` finding of a rule the
    pack lists under ``posting.slt_rules`` (political or commercial content and offensive
    language, by default)."""
    return any(f["rule"] in policy.posting.slt_rules and f["severity"] in (Severity.REVIEW, Severity.BLOCK)
               for f in findings)


def block_codes(findings: Sequence[Mapping[str, object]]) -> list[str]:
    return sorted({str(f["code"]) for f in findings if f["severity"] == Severity.BLOCK})


def kinds_needed(slt: bool) -> frozenset[ApproverKind]:
    return frozenset({ApproverKind.MODERATOR, ApproverKind.SLT}) if slt else frozenset({ApproverKind.MODERATOR})


def pre_posting_questions(school: School) -> list[Question]:
    """The pack's questions the author answers before submitting (may be none)."""
    _context, policy, _note = engine_for(school)
    return list(policy.posting.questions)


def takedown_hours(school: School) -> int:
    _context, policy, _note = engine_for(school)
    return policy.posting.takedown_hours
