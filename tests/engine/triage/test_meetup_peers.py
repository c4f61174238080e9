"""Safeguarding's meet-up phrase and grown-ups meeting each other (fourteenth session).

"Would love to meet up" is a grooming sign when a child is the one to be met; a new parent asking to
meet other families is making friends and must not go to the DSL. The take-back (lexicon._PEERS)
cancels the meet-up phrase only, so a child named beside it, or any other sign, still counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safepost.engine import load_policy, load_school
from safepost.engine.triage import triage_comment_object

SCHOOL = load_school(Path(__file__).resolve().parents[3] / "examples" / "school")
POLICY = load_policy(SCHOOL.policy)


def category(text: str, role: str = "public") -> str:
    return str(triage_comment_object({"id": "t", "text": text, "author_role": role}, SCHOOL, POLICY)["category"])


@pytest.mark.parametrize("text", [
    "New to the area and our son starts in Reception in January. Would love to meet up with other mums for a coffee!",
    "Are there any other Sikh families in Year 2? Would love to meet up.",
    "Any other dads fancy a meet up at the park on Saturday?",
    "We'd love to meet up with some of the other parents before the trip, coffee at ours?",
])
def test_grown_ups_meeting_each_other_is_not_safeguarding(text: str) -> None:
    assert category(text) != "safeguarding"


@pytest.mark.parametrize("text", [
    "she's gorgeous, would love to meet up with her",
    "my daughter has been messaging a man online who wants to meet up",
    "a man on instagram wants to meet up with my son for a coffee, he says he's 15",
    "which ones are in year 6? would love to meet up",
])
def test_a_child_to_be_met_is_still_safeguarding(text: str) -> None:
    assert category(text) == "safeguarding"
