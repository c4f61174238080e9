"""Which actions a category calls for, and the policy clause each one rests on.

An action is listed when the school's pack has a clause for it (``actions.<name>.clause``), or,
with ``clause`` None, when the law or safeguarding demands it whatever the pack says: a
safeguarding concern always goes to the DSL with the evidence kept; a threat or hate always goes
to the police with the evidence kept; personal data about a child in a public comment is always
taken down (UK GDPR).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safepost.engine.findings import Clause
from safepost.engine.policy import Policy
from safepost.engine.triage.categories import Action, Category

A = Action

#: For each category: (action, required whatever the pack says).
CATEGORY_ACTIONS: dict[Category, tuple[tuple[Action, bool], ...]] = {
    Category.SAFEGUARDING: (
        (A.ALERT_DSL, True),
        (A.KEEP_EVIDENCE, True),
        (A.REPORT_CEOP, False),
        (A.HIDE_AND_EXPLAIN, False),
        (A.REPORT_SLT, False),
    ),
    Category.THREAT: (
        (A.REPORT_POLICE, True),
        (A.KEEP_EVIDENCE, True),
        (A.HIDE_AND_EXPLAIN, False),
        (A.REPORT_SLT, False),
    ),
    Category.HATE: (
        (A.REPORT_POLICE, True),
        (A.KEEP_EVIDENCE, True),
        (A.HIDE_AND_EXPLAIN, False),
        (A.REPORT_SLT, False),
    ),
    Category.ABUSE: (
        (A.HIDE_AND_EXPLAIN, False),
        (A.KEEP_EVIDENCE, False),
        (A.REPORT_SLT, False),
        (A.ASK_TO_REMOVE, False),
        (A.REFER_COMPLAINTS_PROCEDURE, False),
    ),
    Category.COMPLAINT: (
        (A.REFER_COMPLAINTS_PROCEDURE, False),
        (A.REPLY_BEFORE_DEADLINE, False),
    ),
    Category.QUESTION: ((A.REPLY_BEFORE_DEADLINE, False),),
    Category.SPAM: ((A.REMOVE_SPAM, False),),
    Category.PRAISE: (),
    Category.OTHER: (),
}

#: Actions that only make sense for some authors: only a parent can be asked to use the
#: complaints procedure or to take their own post down.
PARENT_ONLY = frozenset({A.ASK_TO_REMOVE, A.REFER_COMPLAINTS_PROCEDURE})
#: Online sexual exploitation goes to CEOP; other safeguarding concerns go to the DSL alone.
ONLINE_HARM_WORDS = ("pics", "pictures", "photos", "nudes", "snap", "insta", "tiktok", "dm", "message", "roblox",
                     "whatsapp", "online", "account", "video", "selfie", "negeseuon")


@dataclass(frozen=True)
class ActionItem:
    """One thing to do with a comment, with the school's own words for it (None: required by law)."""

    action: Action
    clause: Clause | None

    def to_dict(self) -> dict[str, object]:
        clause = None if self.clause is None else {
            "policy": self.clause.policy, "heading": self.clause.heading, "quote": self.clause.quote,
        }
        return {"action": str(self.action), "clause": clause}


def actions_for(
    category: Category, policy: Policy, *, author_role: str, has_personal_data: bool, evidence: Sequence[str] = ()
) -> tuple[ActionItem, ...]:
    """The actions the policy asks for a comment of ``category``."""
    items: list[ActionItem] = []
    for action, required in CATEGORY_ACTIONS[category]:
        if action in PARENT_ONLY and author_role not in {"parent", "unknown"}:
            continue
        if action is A.REPORT_CEOP and not _online(evidence):
            continue
        clause = policy.action_clause(str(action))
        if clause is not None or required:
            items.append(ActionItem(action, clause))
    if has_personal_data and category is not Category.SPAM:
        items.append(ActionItem(A.REMOVE_PERSONAL_DATA, policy.action_clause(str(A.REMOVE_PERSONAL_DATA))))
    return tuple(items)


def _online(evidence: Sequence[str]) -> bool:
    joined = " ".join(evidence).lower()
    return any(word in joined for word in ONLINE_HARM_WORDS)
