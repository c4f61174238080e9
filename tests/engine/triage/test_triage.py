"""triage(): actions with the school's clauses, deadlines, findings and input defaults."""

from __future__ import annotations

from datetime import datetime

import pytest

from safepost.engine.draft import Comment
from safepost.engine.errors import InputError
from safepost.engine.findings import Clause
from safepost.engine.policy import Policy, load_policy
from safepost.engine.school import SchoolContext
from safepost.engine.triage import (
    Action,
    ActionItem,
    Category,
    comment_from_object,
    triage,
    triage_comment_object,
)

SCHOOL = SchoolContext(name="Test School")
BARE = Policy(id="bare", name="no clauses")
SATURDAY = datetime.fromisoformat("2025-01-11T10:00+00:00")


def _actions(result_actions: tuple[ActionItem, ...]) -> list[str]:
    return [str(a.action) for a in result_actions]


def test_it_always_alerts_the_dsl_for_safeguarding_even_without_a_clause() -> None:
    comment = Comment("1", "miss can u message me i dont want to go home", "pupil", SATURDAY)
    result = triage(comment, SCHOOL, BARE)
    assert result.category is Category.SAFEGUARDING
    assert _actions(result.actions)[:2] == ["alert-dsl", "keep-evidence"]
    assert all(a.clause is None for a in result.actions)


def test_it_always_reports_threats_and_hate_to_the_police() -> None:
    threat = triage(Comment("1", "watch your back mr jones", "unknown", SATURDAY), SCHOOL, BARE)
    hate = triage(Comment("2", "send them all back where they came from", "public", SATURDAY), SCHOOL, BARE)
    assert "report-police" in _actions(threat.actions)
    assert "report-police" in _actions(hate.actions)


def test_it_lists_optional_actions_only_when_the_pack_has_a_clause() -> None:
    complaint = triage(Comment("1", "Not good enough, trip cancelled again", "parent", SATURDAY), SCHOOL, BARE)
    assert complaint.category is Category.COMPLAINT
    assert complaint.actions == ()
    clause = Clause("p", "Parents", "refer them to the complaints procedure")
    policy = Policy(id="p", name="p", actions={"refer-complaints-procedure": clause})
    cited = triage(Comment("1", "Not good enough, trip cancelled again", "parent", SATURDAY), SCHOOL, policy)
    assert [(str(a.action), a.clause) for a in cited.actions] == [("refer-complaints-procedure", clause)]


def test_it_cites_the_default_packs_clauses() -> None:
    policy = load_policy("default")
    result = triage(Comment("1", "What time is the disco?", "parent", SATURDAY), SCHOOL, policy)
    assert result.category is Category.QUESTION
    for item in result.actions:
        assert item.clause is None or item.clause.quote


def test_it_gives_a_reply_deadline_except_for_spam() -> None:
    question = triage(Comment("1", "What time is the disco?", "parent", SATURDAY), SCHOOL, BARE)
    spam = triage(Comment("2", "Earn £500 a week from home, DM me", "unknown", SATURDAY), SCHOOL, BARE)
    assert question.deadline == datetime.fromisoformat("2025-01-13T17:00+00:00")
    assert spam.category is Category.SPAM and spam.deadline is None


def test_it_counts_from_now_when_the_time_of_receipt_is_unknown() -> None:
    now = datetime.fromisoformat("2025-01-08T10:00+00:00")
    result = triage(Comment("1", "Which gate for sports day?", "parent"), SCHOOL, BARE, now=now)
    assert result.deadline == datetime.fromisoformat("2025-01-09T10:00+00:00")


def test_it_only_asks_parents_to_use_the_complaints_procedure() -> None:
    policy = Policy(id="p", name="p", actions={a: Clause("p", "h", "q") for a in ("ask-to-remove", "hide-and-explain")})
    parent = triage(Comment("1", "the head is a useless liar", "parent", SATURDAY), SCHOOL, policy)
    public = triage(Comment("2", "the head is a useless liar", "public", SATURDAY), SCHOOL, policy)
    assert "ask-to-remove" in _actions(parent.actions)
    assert "ask-to-remove" not in _actions(public.actions)
    assert Action.HIDE_AND_EXPLAIN in [a.action for a in public.actions]


def test_it_returns_the_jsonl_shape() -> None:
    row = triage_comment_object({"id": "c1", "text": "Well done everyone!", "author_role": "parent",
                                 "received_at": "2025-01-08T10:00:00Z"}, SCHOOL, BARE)
    assert set(row) >= {"id", "category", "confidence", "evidence", "actions", "deadline", "findings"}
    assert row["category"] == "praise"
    assert row["deadline"] == "2025-01-09T10:00:00+00:00"


def test_it_states_the_defaults_it_assumed() -> None:
    comment, notes = comment_from_object({"text": "hi", "author_role": "grandad", "received_at": "2025-01-08T10:00"})
    assert comment.author_role == "unknown"
    assert comment.received_at is not None and comment.received_at.utcoffset() is not None
    assert any("author_role" in n for n in notes)
    assert any("Europe/London" in n for n in notes)
    _, missing = comment_from_object({"text": "hi"})
    assert any("received_at" in n for n in missing)


@pytest.mark.parametrize(
    ("obj", "key"),
    [({"id": "1"}, "text"), ({"text": 5}, "text"), ({"text": "x", "received_at": "yesterday"}, "received_at"),
     ({"text": "x", "received_at": 5}, "received_at"), ({"text": "x", "author_role": 3}, "author_role")],
)
def test_it_names_the_bad_key(obj: dict[str, object], key: str) -> None:
    with pytest.raises(InputError) as info:
        comment_from_object(obj, "in.jsonl:3")
    assert info.value.key == key
    assert "in.jsonl:3" in str(info.value)


def test_it_notes_a_huge_comment_and_still_answers() -> None:
    result = triage(Comment("1", "Thank you! " * 200_000, "parent", SATURDAY), SCHOOL, BARE)
    assert result.category is Category.PRAISE
    assert any("characters long" in n for n in result.notes)
