"""The classifier on safepost's own labelled comments and on the hard cases the issue names."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.normalise import prepare

DATA = Path(__file__).resolve().parents[3] / "safepost" / "engine" / "triage" / "data" / "labelled.jsonl"


def _labelled() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_it_sorts_our_own_labelled_comments_well() -> None:
    rows = _labelled()
    right = sum(classify(r["text"], r["author_role"]).category == r["category"] for r in rows)
    assert right / len(rows) >= 0.95


def test_it_misses_no_harmful_comment_in_our_own_set() -> None:
    harmful = [r for r in _labelled() if r["category"] in HARMFUL]
    missed = [r["text"] for r in harmful if not classify(r["text"], r["author_role"]).category.harmful]
    assert missed == []


def test_it_never_calls_our_complaints_abuse() -> None:
    complaints = [r for r in _labelled() if r["category"] == "complaint"]
    wrong = Counter(classify(r["text"], r["author_role"]).category for r in complaints)
    assert wrong[Category.ABUSE] + wrong[Category.THREAT] + wrong[Category.HATE] == 0


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("F***ing joke that the swimming money isn't refunded when YOU cancelled it", "parent", Category.COMPLAINT),
        ("Bloody ridiculous, third INSET day this term", "parent", Category.COMPLAINT),
        ("Great, another letter the night before 🙄", "parent", Category.COMPLAINT),
        ("Pam bod y trip wedi ei ganslo eto? Siomedig iawn.", "parent", Category.COMPLAINT),
        ("Y0u are an 1d10t", "unknown", Category.ABUSE),
        ("you are an i d i o t", "unknown", Category.ABUSE),
        ("Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ", "unknown", Category.ABUSE),  # full-width letters
        ("уоu аrе аn іdіоt", "unknown", Category.ABUSE),  # Cyrillic homoglyphs
        ("i know where u live", "unknown", Category.THREAT),
        ("this car park will be the death of me 😂", "parent", Category.OTHER),
        ("sir can u add me on snap", "pupil", Category.SAFEGUARDING),
        ("my dad hits me", "pupil", Category.SAFEGUARDING),
        ("Mae fy merch yn dweud ei bod hi eisiau marw", "parent", Category.SAFEGUARDING),
        ("wat time is the disco", "parent", Category.QUESTION),
        ("Da iawn pawb! 👏", "parent", Category.PRAISE),
        ("Need followers? Buy 1000 followers for £3", "unknown", Category.SPAM),
        ("", "parent", Category.OTHER),
    ],
)
def test_it_handles_the_hard_cases(text: str, role: str, expected: Category) -> None:
    assert classify(text, role).category is expected


def test_it_reports_the_words_that_decided_it() -> None:
    result = classify("Watch your back, Mr Smith", "unknown")
    assert result.category is Category.THREAT
    assert any("watch your back" in item for item in result.evidence)
    assert 0.5 < result.confidence <= 0.99


def test_it_follows_the_precedence_order() -> None:
    # a threat and a complaint in one comment: the threat wins
    result = classify("Third cancelled trip. Not good enough. I know where the head lives.", "parent")
    assert result.category is Category.THREAT
    assert result.scores[Category.COMPLAINT] >= 1.0


def test_it_undoes_obfuscation() -> None:
    assert prepare("s.t.u.p.i.d") == "stupid"
    assert prepare("sh1t") == "shit"
    assert prepare("sooooo") == "soo"
    assert prepare("Year 6 at 9am") == "year 6 at 9am"
    assert prepare("u r a star") == "u r a star"


def test_it_stays_fast_on_a_huge_comment() -> None:
    import time

    text = ("why is this so bad?? " * 20000) + "a" * 200_000
    start = time.process_time()
    classify(text, "parent")
    assert time.process_time() - start < 10


def test_it_gets_the_same_answer_with_and_without_the_prefilter() -> None:
    for row in _labelled():
        fast = classify(row["text"], row["author_role"])
        slow = classify(row["text"], row["author_role"], use_prefilter=False)
        assert fast == slow, row["text"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [(r"\bwatch (?:your|ur) back", {"watch "}), (r"\bf\*+k", {"f*"}), (r"🙄|🙃", {"🙄", "🙃"}), (r"\?", {"?"}),
     (r"(?:a|b)c", None)],
)
def test_it_finds_the_literals_a_match_needs(pattern: str, expected: set[str] | None) -> None:
    from safepost.engine.triage.prefilter import required_literals

    found = required_literals(pattern)
    assert (None if found is None else set(found)) == expected
