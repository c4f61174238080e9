"""Hate without slurs, session 16 (branch s16-triage): trust withheld from anyone of a group, the group as "they" or
"his lot" in a later sentence, Welsh nationality adjectives and "y bobl hynny", where someone comes from, the
rainbow and "remigration" as group mentions, the Welsh disclaimer; and the near pairs each must leave alone.

Sentences here are written for the tests, not taken from any evaluation set or training panel.
"""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.lexicon import GROUP_MENTION, NEGATED_CLAIM_CY
from safepost.engine.triage.normalise import prepare


def _group(text: str) -> bool:
    return re.search(GROUP_MENTION, prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "I'd never trust a Muslim teacher with my kids, simple as that.",
    "Wouldn't let one of those Travellers near my daughter's party.",
    "I would never trust an immigrant to look after children.",
    "Fyddwn i byth yn trystio athrawes o Rwmania gyda'r plant bach.",
    "Sa i'n trysto un o'r mewnfudwyr 'ma gyda'n plant ni.",
    "Nid wyf yn hiliol ond mae gormod o fewnfudwyr yn yr ysgol.",
    "The Polish families moved in last year. Now they're everywhere and the class is full.",
    "Another Roma lad got excluded. Apple doesn't fall far from the tree, does it.",
    "The refugee kids got free uniform again. They get everything handed to them.",
    "Ers i'r teuluoedd Pacistanaidd ddod, ma'r iard yn llanast. Ma nhw i gyd yn frwnt.",
])
def test_hate_without_a_slur_is_hate(text: str) -> None:
    assert classify(text, "parent").category is Category.HATE


@pytest.mark.parametrize("text", [
    "I don't trust the Polish builder we had last year, he never finished the job.",
    "I'd never trust a school that doesn't answer emails.",
    "Our new teacher from Nigeria is brilliant, my son loves her reading.",
    "Athro o Nigeria sy'n dysgu Blwyddyn 4 eleni ac mae'r plant wrth eu boddau.",
    "Love the new rainbow crossing outside the school gates!",
    "Will the rainbow lanyards be handed out at pride assembly?",
    "Anyone who says they'd never trust a Muslim teacher should be ashamed of themselves.",
    "The refugee families were welcomed at the coffee morning. They were lovely and brought food.",
    "Mae'r teuluoedd Rwmanaidd wedi ymuno â'r côr, a maen nhw'n canu'n hyfryd.",
    "Half of them had never been to a museum before, the Syrian kids loved the trip!",
    "Dw i'n trystio'r athrawon i gyd, gan gynnwys yr athro o Wlad Pwyl.",
    "Black faces, brown faces, white faces - the school photo shows how lovely our community is.",
    "The disabled kids' sports day was amazing, they never gave up!",
    "Teulu o Rwmania ydyn ni, gallwn ni ddod â bwyd traddodiadol i'r diwrnod diwylliant",
    "We are from Poland and my son would love to bring pierogi to the culture day",
])
def test_the_near_pairs_are_not_flagged(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


@pytest.mark.parametrize("text", [
    "the rainbow flags in the hall again", "Remigration now", "a teacher from Nigeria", "athro o Bacistan",
    "plant Affricanaidd", "y bobl hynny", "wynebau duon",
])
def test_coded_words_and_origins_are_group_mentions(text: str) -> None:
    assert _group(text)


@pytest.mark.parametrize("text", ["a rainbow after the rain", "back from the shops", "y bobl yn y neuadd"])
def test_everyday_words_are_not_group_mentions(text: str) -> None:
    assert not _group(text)


def test_a_southern_welsh_denial_is_read_as_one() -> None:
    assert re.search(NEGATED_CLAIM_CY, prepare("Sneb yn y tŷ 'ma'n credu bod plant y ffoaduriaid yn broblem"))
    assert re.search(NEGATED_CLAIM_CY, prepare("Does neb yn credu bod y Pwyliaid yn ddiog"))
