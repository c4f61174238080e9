"""'in the dark' is a sign of neglect only with a child out or alone in it (lexicon._OUT_IN_THE_DARK, session 15;
narrowed to a child out, alone or shut out on branch s15-fixnk)."""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage.lexicon import _OUT_IN_THE_DARK
from safepost.engine.triage.normalise import prepare

PATTERN = re.compile(_OUT_IN_THE_DARK)


@pytest.mark.parametrize("text", [
    "a little lad keeps walking to school on his own along the bypass in the dark",
    "two year 6 kids were waiting outside the chippy in the dark till gone nine",
    "she was left sitting in the dark on her own in the car park",
    "My daughter got locked out after choir and sat on the step in the dark.",
    "our 8 year old was kept waiting by the side gate in the dark, no staff anywhere",
    "the twins cycle home along the lane in the dark because nobody collects them",
])
def test_a_child_out_or_alone_in_the_dark_is_a_sign(text: str) -> None:
    assert PATTERN.search(prepare(text))


@pytest.mark.parametrize("text", [
    "will the new floodlights on the field be on in the dark mornings?",
    "the lanterns in the hall looked gorgeous in the dark",
    "once again the parents are kept in the dark about the new timetable",
    "did he get dressed in the dark this morning 😂",
    # grown-ups waiting, children playing, a child's parent "left in the dark": near misses
    "Brilliant concert! We queued in the dark car park for ages to get out but so worth it",
    "Fab disco, the little ones loved dancing with glow sticks in the dark x",
    "Our kids played hide and seek in the dark at the sleepover and loved it",
    "my son's class teacher has left us in the dark about the reading scheme",
    "We stood outside in the dark with the other mums waiting for the fireworks",
])
def test_the_words_without_a_child_out_or_alone_are_not(text: str) -> None:
    assert not PATTERN.search(prepare(text))
