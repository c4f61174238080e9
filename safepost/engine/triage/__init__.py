"""Comment triage: what arrived on the school's accounts, and what the policy asks staff to do.

    from safepost.engine.triage import triage
    result = triage(Comment(id="1", text="Which gate for sports day?"), school, policy)
    result.category, result.actions, result.deadline

Modules: ``categories`` (the fixed names), ``normalise`` and ``lexicon`` (the evidence the
classifier looks for), ``classifier``, ``actions``, ``deadlines`` (the 24-hour / next-working-day
rule) and ``topics`` (what `safepost explain` prints for each category and action).
"""

from __future__ import annotations

from safepost.engine.triage.actions import ActionItem, actions_for
from safepost.engine.triage.categories import Action, AuthorRole, Category
from safepost.engine.triage.classifier import Classification, classify
from safepost.engine.triage.deadlines import is_working_day, next_working_day, response_deadline
from safepost.engine.triage.triage import Triage, comment_from_object, triage, triage_comment_object

__all__ = [
    "Action",
    "ActionItem",
    "AuthorRole",
    "Category",
    "Classification",
    "Triage",
    "actions_for",
    "classify",
    "comment_from_object",
    "is_working_day",
    "next_working_day",
    "response_deadline",
    "triage",
    "triage_comment_object",
]
