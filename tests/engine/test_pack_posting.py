"""The pack's `posting` section: pre-posting questions, SLT rules and the takedown deadline."""

from __future__ import annotations

import pytest

from safepost.engine import InputError, load_policy
from safepost.engine.policy import parse_policy

BASE = "id: t\nname: T\n"


def test_it_reads_newports_seven_questions_with_their_clauses() -> None:
    posting = load_policy("newport-ce-junior").posting
    assert [q.id for q in posting.questions] == ["whole-world", "forever", "out-of-context", "danger", "laws",
                                                  "clear", "friends"]
    assert all(q.clause is not None and q.clause.heading == "Social Networking Good Practice"
               for q in posting.questions)
    assert posting.takedown_hours == 24


def test_it_defaults_to_no_questions_24_hours_and_slt_for_controversial_rules() -> None:
    posting = parse_policy(BASE, "t.yaml").posting
    assert posting.questions == () and posting.takedown_hours == 24
    assert posting.slt_rules == {"political-or-commercial", "offensive-language"}


def test_it_reads_a_packs_own_takedown_hours_and_slt_rules() -> None:
    posting = parse_policy(BASE + "posting:\n  takedown_hours: 4\n  slt_rules: [unsafe-link]\n", "t.yaml").posting
    assert posting.takedown_hours == 4 and posting.slt_rules == {"unsafe-link"}


def test_it_sends_replies_without_approval_unless_the_pack_says_so() -> None:
    assert parse_policy(BASE, "t.yaml").posting.replies_need_approval is False
    assert load_policy("default").posting.replies_need_approval is False
    held = parse_policy(BASE + "posting:\n  replies_need_approval: true\n", "t.yaml").posting
    assert held.replies_need_approval is True


@pytest.mark.parametrize(("body", "key"), [
    ("posting:\n  replies_need_approval: sometimes\n", "posting.replies_need_approval"),
    ("posting:\n  takedown_hours: 0\n", "posting.takedown_hours"),
    ("posting:\n  takedown_hours: soon\n", "posting.takedown_hours"),
    ("posting:\n  slt_rules: [no-such-rule]\n", "posting.slt_rules[0]"),
    ("posting:\n  pre_posting_questions: [{id: a}]\n", "posting.pre_posting_questions[0].text"),
    ("posting:\n  pre_posting_questions: [{id: a, text: x}, {id: a, text: y}]\n", "posting.pre_posting_questions"),
    ("posting:\n  deadline: 3\n", "posting.deadline"),
])
def test_it_names_the_key_that_is_wrong(body: str, key: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_policy(BASE + body, "t.yaml")
    assert key in str(exc.value)
