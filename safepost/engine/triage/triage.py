"""`triage(comment, school, policy) -> Triage`: what a comment is and what the policy asks for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from safepost.engine.check import scan_field
from safepost.engine.draft import Comment
from safepost.engine.errors import InputError
from safepost.engine.findings import Finding
from safepost.engine.policy import Policy
from safepost.engine.rules import Env, Field, FieldKind, TextRule, registry
from safepost.engine.school import SchoolContext
from safepost.engine.triage.actions import ActionItem, actions_for
from safepost.engine.triage.categories import AuthorRole, Category
from safepost.engine.triage.classifier import classify
from safepost.engine.triage.deadlines import LONDON, response_deadline, to_london

#: Rules whose findings a comment reports: a child's name and personal data in public.
COMMENT_RULES = frozenset({"pupil-name", "phone-number", "email-address", "home-address", "date-of-birth"})
#: Longer comments are classified on their first part only (no platform allows more).
MAX_CLASSIFY_CHARS = 20_000
#: Categories that need no reply: spam is removed, not answered.
NO_REPLY = frozenset({Category.SPAM})


@dataclass(frozen=True)
class Triage:
    """The result of triaging one comment. ``notes`` state any assumption made about the input."""

    comment_id: str
    category: Category
    confidence: float
    evidence: tuple[str, ...]
    actions: tuple[ActionItem, ...]
    deadline: datetime | None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        """The `safepost triage --format jsonl` shape (and what bench/quality.py scores)."""
        out: dict[str, object] = {
            "id": self.comment_id,
            "category": str(self.category),
            "confidence": self.confidence,
            "evidence": list(self.evidence),
            "actions": [a.to_dict() for a in self.actions],
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def triage(
    comment: Comment, school: SchoolContext, policy: Policy, *, now: datetime | None = None,
    notes: tuple[str, ...] = (), thorough: bool = False,
) -> Triage:
    """Classify ``comment``, find personal data in it, and list the actions and the reply deadline.

    ``thorough`` asks the sentence encoder for a second opinion too (about 40 ms a comment): the
    inbox does when it stores a comment, the command line and the API do unless told to be quick;
    bulk re-scoring and the speed benchmark do not."""
    text = comment.text
    notes_out = list(notes)
    if len(text) > MAX_CLASSIFY_CHARS:
        notes_out.append(f"comment is {len(text):,} characters long: only the first {MAX_CLASSIFY_CHARS:,} were read")
        text = text[:MAX_CLASSIFY_CHARS]
    if not text.strip():
        notes_out.append("comment is empty")
    result = classify(text, comment.author_role, thorough=thorough)
    findings = tuple(comment_findings(text, school, policy, now))
    received = comment.received_at or now or datetime.now(tz=LONDON)
    deadline = None if result.category in NO_REPLY else response_deadline(received, school, policy)
    actions = actions_for(
        result.category, policy, author_role=comment.author_role,
        has_personal_data=bool(findings), evidence=result.evidence,
    )
    return Triage(comment.id, result.category, result.confidence, result.evidence, actions, deadline, findings,
                  tuple(notes_out))


def comment_findings(text: str, school: SchoolContext, policy: Policy, now: datetime | None = None) -> list[Finding]:
    """Pupil names and personal data in a comment, with spans (the engine's own rules)."""
    if not text.strip():
        return []
    env = Env(school=school, policy=policy, channel=None, now=now)
    # source "text": the comment's own JSON key, and what score.py and `check` call the main text
    return scan_field(Field("text", FieldKind.COMMENT, text), env, list(_comment_rules()))


@lru_cache(maxsize=1)
def _comment_rules() -> tuple[TextRule, ...]:
    return tuple(r for r in registry.text_rules() if r.name in COMMENT_RULES)


# --- comments from JSON ---------------------------------------------------------------------------

KNOWN_ROLES = frozenset(r.value for r in AuthorRole)


def comment_from_object(obj: Any, where: str = "", default_id: str = "comment") -> tuple[Comment, tuple[str, ...]]:
    """A comment from a decoded JSON object, and notes on any default it had to assume.

    Raises :class:`InputError` (naming ``where`` and the key) for values of the wrong type or an
    unreadable timestamp. A missing ``received_at`` or ``author_role``, a naive timestamp and an
    unknown role get a stated default instead.
    """
    if not isinstance(obj, Mapping):
        raise InputError("a comment must be a JSON object", file=where or None)
    text = obj.get("text")
    if text is None:
        raise InputError("is missing: every comment needs its text", file=where or None, key="text")
    if not isinstance(text, str):
        raise InputError("must be a string", file=where or None, key="text")
    notes: list[str] = []
    role = _role(obj.get("author_role"), where, notes)
    received = _received_at(obj.get("received_at"), where, notes)
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise InputError("must be a string or a number", file=where or None, key="id")
    return Comment(id=str(raw_id if raw_id not in (None, "") else default_id), text=text, author_role=role,
                   received_at=received), tuple(notes)


def _role(value: Any, where: str, notes: list[str]) -> str:
    if value is None or value == "":
        return AuthorRole.UNKNOWN.value
    if not isinstance(value, str):
        raise InputError("must be a string", file=where or None, key="author_role")
    role = value.strip().lower()
    if role in {"carer", "grandparent", "guardian"}:
        return AuthorRole.PARENT.value
    if role not in KNOWN_ROLES:
        notes.append(f"unknown author_role {value!r}: treated as unknown")
        return AuthorRole.UNKNOWN.value
    return role


def _received_at(value: Any, where: str, notes: list[str]) -> datetime | None:
    if value is None or value == "":
        notes.append("no received_at: the deadline counts from now")
        return None
    if not isinstance(value, str):
        raise InputError("must be an ISO 8601 date and time string", file=where or None, key="received_at")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{value!r} is not an ISO 8601 date and time", file=where or None, key="received_at") from None
    if moment.tzinfo is None:
        notes.append("received_at has no time zone: taken as Europe/London time")
        moment = to_london(moment)
    return moment


def triage_comment_object(obj: Mapping[str, Any], school: SchoolContext, policy: Policy, *,
                          thorough: bool = False) -> dict[str, object]:
    """Triage one decoded JSON comment (as in ``comments.jsonl``) and return the jsonl dict."""
    comment, notes = comment_from_object(obj)
    return triage(comment, school, policy, notes=notes, thorough=thorough).to_dict()
