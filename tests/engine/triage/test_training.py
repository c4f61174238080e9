"""The triage training pipeline (`python -m training.triage`): reproducible, varied, a quarter Welsh.

Training itself (scikit-learn, about a minute) is not run here; generating the data is. The
model's byte-identity for a seed is checked by `python -m training.triage` leaving git clean.
"""

from __future__ import annotations

import random
import re

import pytest

from training import voices as writer_folders
from training.triage import families, voices
from training.triage.grammar import expand, obfuscate
from training.triage.train import LATE_PANELS, generate


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, str]]]:
    return generate(seed=7, per_category=120)


def test_it_generates_the_same_comments_for_the_same_seed(data: dict[str, list[dict[str, str]]]) -> None:
    assert generate(seed=7, per_category=120) == data
    assert generate(seed=8, per_category=120) != data


def test_it_writes_every_category_with_new_families_and_no_duplicates(data: dict[str, list[dict[str, str]]]) -> None:
    assert set(data) == {"safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"}
    for category, rows in data.items():
        texts = [r["text"].lower() for r in rows]
        assert len(texts) == len(set(texts)), category
        assert all(r["category"] == category for r in rows)
    sources = {r["source"] for rows in data.values() for r in rows}
    # the independent writers' comments name their folder, so the encoder probe can leave one out
    # (late panels, training/triage/train.py LATE_PANELS, as late-panel/<folder>: read after every other row)
    by_writer = {s for s in sources if s.startswith(("writers/", "late-panel/"))}
    assert by_writer == {f"{'late-panel' if c['writer'] in LATE_PANELS else 'writers'}/{c['writer']}"
                         for c in writer_folders.comments()}
    assert {s for s in by_writer if s.startswith("late-panel/")} == {f"late-panel/{w}" for w in LATE_PANELS}
    assert sources - by_writer == {
        "handwritten", "voices", "grammar", "families", "counter-speech", "negation", "voices-hate", "friendly", "strangers", "identity",
    }


def test_it_writes_at_least_a_quarter_of_the_new_comments_in_welsh_or_mixed(
    data: dict[str, list[dict[str, str]]],
) -> None:
    new = [r["text"] for rows in data.values() for r in rows if r["source"] != "grammar" and r["source"] != "handwritten"]
    share = sum(families.is_welsh_or_mixed(t) for t in new) / len(new)
    assert share >= 0.25


def test_it_labels_counter_speech_as_harmless(data: dict[str, list[dict[str, str]]]) -> None:
    counter = [r for rows in data.values() for r in rows if r["source"] == "counter-speech"]
    assert counter
    assert {r["category"] for r in counter} <= {"other", "complaint"}


def test_it_expands_every_family_template() -> None:
    rng = random.Random(1)
    for templates in families.FAMILY_TEMPLATES.values():
        for template in templates:
            text = expand(template, rng)
            assert "{" not in text and "}" not in text, template


def test_it_obfuscates_one_long_word() -> None:
    rng = random.Random(3)
    variants = {obfuscate("they are parasites honestly", rng) for _ in range(30)}
    assert any(("*" in v) or any(ch.isdigit() for ch in v) or "p a r" in v for v in variants)
    assert all(v != "" for v in variants)


def test_it_writes_a_third_of_the_five_voices_comments_in_welsh_or_mixed(
    data: dict[str, list[dict[str, str]]],
) -> None:
    rows = [r["text"] for rows in data.values() for r in rows if r["source"] == "voices-hate"]
    assert len(rows) >= sum(voices.VOICE_COUNTS.values()) * 0.95
    assert sum(families.is_welsh_or_mixed(t) for t in rows) / len(rows) >= 1 / 3


def test_it_expands_every_five_voices_template() -> None:
    rng = random.Random(2)
    for templates in voices.VOICE_TEMPLATES.values():
        for template in templates:
            for _ in range(20):
                text = expand(template, rng)
                assert "{" not in text and "v_" not in text and "emoji" not in text, template


def test_the_friendly_mentions_are_a_third_welsh_or_mixed_and_not_the_probe_set() -> None:
    from tests.engine.triage.test_friendly_mentions import FRIENDLY as PROBE_FRIENDLY
    from tests.engine.triage.test_friendly_mentions import HATEFUL as PROBE_HATEFUL
    from training.triage import friendly

    welsh_word = re.compile(r"\b(?:mae|ma'|dydy|dyw|ydyn|oes|pam|ble|pwy|pryd|celwydd|ddim|croeso|diolch|yn|ydw|dw|"
        r"bydda|fydda|wela|gyda|efo|wrth|i'r|yr|cwrdd|aros)\b")
    rows = [text for texts in friendly.FRIENDLY.values() for text in texts]
    welsh = [t for t in rows if families.is_welsh_or_mixed(t) or welsh_word.search(t.lower())]
    assert len(welsh) / len(rows) >= 1 / 3
    probe = {text.lower() for text, _ in PROBE_FRIENDLY + PROBE_HATEFUL}
    assert not probe & {t.lower() for t in rows}
