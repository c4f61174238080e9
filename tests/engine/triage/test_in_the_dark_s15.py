"""'in the dark' is a sign of neglect only with someone out or alone in it (lexicon._OUT_IN_THE_DARK, session 15)."""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage.lexicon import _OUT_IN_THE_DARK

PATTERN = re.compile(_OUT_IN_THE_DARK)


@pytest.mark.parametrize("text", [
    "a little lad keeps walking to school on his own along the bypass in the dark",
    "two of them were waiting outside the chippy in the dark till gone nine",
    "she was left sitting in the dark on her own in the car park",
])
def test_someone_out_or_alone_in_the_dark_is_a_sign(text: str) -> None:
    assert PATTERN.search(text)


@pytest.mark.parametrize("text", [
    "will the new floodlights on the field be on in the dark mornings?",
    "the lanterns in the hall looked gorgeous in the dark",
    "once again the parents are kept in the dark about the new timetable",
    "did he get dressed in the dark this morning 😂",
])
def test_the_words_alone_are_not(text: str) -> None:
    assert not PATTERN.search(text)
