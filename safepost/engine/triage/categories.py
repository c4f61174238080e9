"""Triage categories and actions: the fixed vocabulary of `safepost triage`.

The category names and their precedence come from the labelling rules in
``../shared/bench/README.md``; the action names are the keys policy packs write clauses for
(``actions.<name>.clause``).
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What a comment is, for the person working the inbox."""

    SAFEGUARDING = "safeguarding"
    THREAT = "threat"
    HATE = "hate"
    ABUSE = "abuse"
    COMPLAINT = "complaint"
    QUESTION = "question"
    SPAM = "spam"
    PRAISE = "praise"
    OTHER = "other"

    @property
    def harmful(self) -> bool:
        """Safeguarding, threats, hate and abuse: the comments that must never be missed."""
        return self in HARMFUL


#: When several categories fit one comment, the first in this order wins.
PRECEDENCE: tuple[Category, ...] = tuple(Category)

HARMFUL = frozenset({Category.SAFEGUARDING, Category.THREAT, Category.HATE, Category.ABUSE})

#: Order of the inbox (most urgent first); differs from PRECEDENCE only in putting spam low.
URGENCY: dict[Category, int] = {
    Category.SAFEGUARDING: 0,
    Category.THREAT: 1,
    Category.HATE: 2,
    Category.ABUSE: 3,
    Category.COMPLAINT: 4,
    Category.QUESTION: 5,
    Category.SPAM: 6,
    Category.PRAISE: 7,
    Category.OTHER: 8,
}


class Action(StrEnum):
    """Something the school's policy asks a moderator to do with a comment."""

    ALERT_DSL = "alert-dsl"
    REPORT_POLICE = "report-police"
    REPORT_CEOP = "report-ceop"
    KEEP_EVIDENCE = "keep-evidence"
    HIDE_AND_EXPLAIN = "hide-and-explain"
    REPORT_SLT = "report-slt"
    REFER_COMPLAINTS_PROCEDURE = "refer-complaints-procedure"
    ASK_TO_REMOVE = "ask-to-remove"
    REPLY_BEFORE_DEADLINE = "reply-before-deadline"
    REMOVE_SPAM = "remove-spam"
    REMOVE_PERSONAL_DATA = "remove-personal-data"


class AuthorRole(StrEnum):
    """Who wrote a comment, as far as the platform tells (bench README: comment authors)."""

    PARENT = "parent"
    PUBLIC = "public"
    PUPIL = "pupil"
    STAFF = "staff"
    UNKNOWN = "unknown"
