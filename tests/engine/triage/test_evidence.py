"""Triage's evidence: the same English as ever, read back from storage and said in Welsh."""

from __future__ import annotations

import json

import pytest

from safepost.engine.i18n import phrase, translate
from safepost.engine.triage import evidence
from safepost.engine.triage.categories import Category
from safepost.engine.triage.classifier import classify


def test_it_writes_the_english_it_always_wrote() -> None:
    assert evidence.found(Category.QUESTION, "“what”") == "question: “what”"
    assert evidence.model_note(Category.ABUSE, 0.876) == "model: p(abuse)=0.88"
    assert evidence.found(Category.SPAM, phrase(evidence.STRANGER_CONTACT, quote="“dm me”")) == (
        "spam: a stranger asking for private contact (“dm me”)")


@pytest.mark.parametrize("text, role", [
    ("What time is pick up on Friday?", "parent"),
    ("miss can i message u on snap its about home, my step dad hits me", "pupil"),
    ("Lovely photos, thank you!", "parent"),
    ("He said 'they are all thieves' and that is racist, please remove it", "parent"),
])
def test_it_reads_stored_evidence_back_and_says_all_of_it_in_welsh(text: str, role: str) -> None:
    result = classify(text, author_role=role)
    stored = json.loads(json.dumps(list(result.evidence)))  # what the inbox keeps: plain strings
    assert stored, "every category comes with evidence"
    for item in stored:
        read = evidence.read(item)
        assert read == item  # the same English
        welsh = translate(read, "cy")
        assert welsh != item or item.startswith("“"), f"untranslated: {item!r}"
        assert not any(welsh.startswith(f"{c}:") or f"p({c})" in welsh for c in Category), welsh


def test_it_keeps_the_commenters_quoted_words_and_unknown_text_as_they_are() -> None:
    welsh = translate(evidence.read("question: “what time”"), "cy")
    assert welsh == "cwestiwn: “what time”"
    assert evidence.read("an older engine's note") == "an older engine's note"
    assert evidence.read("nonsense: “x”") == "nonsense: “x”"  # not a category: left alone
