"""What a check finds: findings, fixes, clauses and the report that derives a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from safepost.engine.i18n import N_


class Severity(StrEnum):
    BLOCK = "block"
    REVIEW = "review"
    ADVISE = "advise"


class Verdict(StrEnum):
    BLOCK = "block"
    REVIEW = "review"
    PASS = "pass"


#: The ``policy`` of every clause in the ``default`` pack: safepost's own model wording, shown as
#: such, for a school that has not chosen the pack of its own policy.
MODEL_POLICY = N_("safepost model policy")


@dataclass(frozen=True)
class Clause:
    """The school's own words a finding rests on: a heading and a short verbatim quote (or, in
    the ``default`` pack, safepost's model policy, which ``is_model`` marks)."""

    policy: str
    heading: str
    quote: str

    @property
    def is_model(self) -> bool:
        return self.policy == MODEL_POLICY


@dataclass(frozen=True)
class Fix:
    """A suggested replacement for the span. ``safe`` fixes may be applied without asking."""

    replacement: str
    safe: bool = False


@dataclass(frozen=True)
class Hit:
    """What a rule reports before the policy gives it a severity and a clause.

    ``start``/``end`` index the field's original text; both are None for a finding about the
    whole field (e.g. a post that is political as a whole). ``box`` is ``(x, y, w, h)`` in image
    pixels for findings inside a picture.
    """

    start: int | None
    end: int | None
    message: str
    explanation: str = ""
    fix: Fix | None = None
    confidence: float = 1.0
    box: tuple[int, int, int, int] | None = None
    text: str | None = None


@dataclass(frozen=True)
class Finding:
    """One problem in a draft or comment, as the engine contract in DESIGN.md describes it."""

    code: str
    rule: str
    severity: Severity
    source: str
    start: int | None
    end: int | None
    message: str
    explanation: str = ""
    clause: Clause | None = None
    fix: Fix | None = None
    confidence: float = 1.0
    excerpt: str | None = None
    box: tuple[int, int, int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict in the shape `safepost check --format json` prints."""
        out: dict[str, object] = {
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "explanation": self.explanation,
            "clause": None
            if self.clause is None
            else {"policy": self.clause.policy, "heading": self.clause.heading, "quote": self.clause.quote},
            "fix": None if self.fix is None else {"replacement": self.fix.replacement, "safe": self.fix.safe},
            "confidence": round(self.confidence, 3),
        }
        if self.box is not None:
            out["box"] = list(self.box)
        return out


@dataclass(frozen=True)
class Report:
    """The result of checking one draft. The verdict is derived, never stored."""

    draft_id: str
    findings: tuple[Finding, ...] = field(default=())

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self.findings}
        if Severity.BLOCK in severities:
            return Verdict.BLOCK
        if Severity.REVIEW in severities:
            return Verdict.REVIEW
        return Verdict.PASS

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.draft_id,
            "verdict": str(self.verdict),
            "findings": [f.to_dict() for f in self.findings],
        }
