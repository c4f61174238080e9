"""Frame-balanced contrasts (training/triage/frames.py): harmless comments in hate's own frames, paired
with hate in the same frames, and what the retrained model does with new sentences in those frames.

The sentences below were written for this test (English and Welsh); none is in the training data
(checked), the development probes or any held-out set.
"""

from __future__ import annotations

import json

import pytest

from safepost.engine.triage.categories import HARMFUL, Category
from safepost.engine.triage.classifier import classify
from training.triage import families, frames
from training.triage.train import FRAME_BALANCE, SEED, TRAIN_DIR

#: A neutral sentence and a hateful one in the same frame, for the same group.
PAIRS = [
    ("Hindus are only a small part of the population here, so it was nice the whole school joined in with Diwali",
     "Hindus are a drain on this country and everyone knows it"),
    ("Honestly we need more Polish dinner ladies, the kids love Mrs Nowak",
     "We need fewer Polish families at this school, simple"),
    ("I think Sikhs should be free to wear the patka for PE like anyone else",
     "I think Sikhs should go back where they came from"),
    ("Most of the Somalis on our estate are taxi drivers and nurses, proper hard workers",
     "Most of the Somalis on our estate are on the take"),
    ("Why do Jewish families light candles for eight nights? My daughter asked and I didn't know",
     "Why do Jewish families always stick together and run everything?"),
    ("Refugees are not a burden on this town, half of them volunteer at the food bank",
     "Refugees are not welcome in this town and never will be"),
    ("Mae Iddewon yn lleiafrif bach yng Nghymru, felly diolch am y wers",
     "Mae gormod o Iddewon yn y wlad 'ma"),
    ("Mae angen mwy o athrawon du yn ysgolion Cymru",
     "Does dim angen mwy o bobl ddu yn ein hysgolion ni"),
    ("Dyw ffoaduriaid ddim yn faich ar neb yn y pentre",
     "Dyw ffoaduriaid ddim yn perthyn yma, ewch adre"),
    ("Pam mae Sicaidd yn gwisgo twrban? Gofynnodd y mab a do'n i ddim yn siŵr",
     "Pam mae Mwslemiaid wastad yn cwyno am bopeth?"),
]


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict[str, str]]]:
    return frames.rows(set(), SEED)


def test_the_trainer_uses_the_frames() -> None:
    assert FRAME_BALANCE


def test_every_frame_has_a_harmless_and_a_hateful_side_in_both_languages() -> None:
    for frame_set in (frames.ENGLISH_FRAMES, frames.WELSH_FRAMES):
        names = {name for name, *_ in frame_set}
        assert {"minority", "more", "should", "most", "question", "negated", "opinion"} <= names
        for name, harmless_category, harmless, hateful in frame_set:
            assert harmless_category not in {str(c) for c in HARMFUL}, name
            assert harmless and hateful, name


def test_the_rows_are_seeded_labelled_and_a_third_welsh_or_mixed(rows: dict[str, list[dict[str, str]]]) -> None:
    assert frames.rows(set(), SEED) == rows
    assert frames.rows(set(), SEED + 1) != rows
    every = [r for rs in rows.values() for r in rs]
    assert all(r["source"] == "frames" and "{" not in r["text"] for r in every)
    assert len({r["text"].lower() for r in every}) == len(every)
    assert sum(families.is_welsh_or_mixed(r["text"]) for r in every) / len(every) >= 0.3
    harmless = sum(len(v) for k, v in rows.items() if k != "hate")
    assert 0.7 <= len(rows["hate"]) / harmless <= 1.5  # paired: neither side swamps the other


def test_a_text_already_generated_is_not_added_again() -> None:
    first = frames.rows(set(), SEED)
    text = first["hate"][0]["text"]
    again = frames.rows({text.lower()}, SEED)
    assert text not in {r["text"] for r in again["hate"]}


def test_the_test_sentences_are_not_training_comments() -> None:
    trained = {json.loads(line)["text"].lower() for path in TRAIN_DIR.glob("*.jsonl")
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not {t.lower() for pair in PAIRS for t in pair} & trained


@pytest.mark.parametrize(("harmless", "hateful"), PAIRS)
def test_the_predicate_decides_not_the_frame(harmless: str, hateful: str) -> None:
    assert classify(harmless, "parent").category not in HARMFUL, harmless
    assert classify(hateful, "parent").category is Category.HATE, hateful


def test_no_template_is_on_both_sides_of_a_frame() -> None:
    for frame_set in (frames.ENGLISH_FRAMES, frames.WELSH_FRAMES):
        for name, _category, harmless, hateful in frame_set:
            assert not set(harmless) & set(hateful), name
