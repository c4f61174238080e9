"""The s16 triage grammar's near-grammar false alarms and misses, fixed (branch s16-fixtri): festival and object words
are no antecedent of "they" and no one to withhold trust from; "his lot" needs a bad habit after it and praise disarms
the anaphora; "y bobl hynny o'r cyngor" is no group; an origin counts only for people, and praise drops a group only
pointed at; Welsh mutated group words and "gadael ... yn agos at", "one from <country>", the Welsh rainbow and "gay
agenda", and "remigration".

Sentences here are written for the tests, not taken from any evaluation set or training panel. Assertions are on the
lexicons' evidence (``Classification.scores``) where the model's reading is not the point.
"""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.lexicon import GROUP_MENTION, POINTED_GROUP, STEREOTYPE_FRAME
from safepost.engine.triage.normalise import prepare


def _lexicon_hate(text: str) -> float:
    return classify(text, "parent", use_model=False).scores[Category.HATE]


def _group(text: str) -> bool:
    return re.search(GROUP_MENTION, prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "The Hanukkah doughnuts were gorgeous. Honestly they're everywhere in the staffroom now.",
    "Loved the Ramadan lanterns the Year 4s made. They get everything glittered.",
    "I wouldn't trust any halal sausages on a barbecue that hot, they burn in seconds.",
    "Never trust a Ramadan fasting chart printed last year, the dates move.",
    "Don't leave the Diwali lamps near the curtains in the hall please.",
    "Sa i'n trysto unrhyw galendr Eid ar y we, gofynnwch i'r imam.",
    "The hijab display is up. They get everything from the charity shop.",
])
def test_a_festival_or_a_thing_is_no_group_to_generalise_or_distrust(text: str) -> None:
    assert _lexicon_hate(text) <= 0


@pytest.mark.parametrize("text", [
    "Thanks to the Polish family for the cakes. That lot always bake too much!",
    "Our Nigerian neighbour coaches the girls. Her lot always finish top of the league!",
    "The Turkish restaurant did the food. His lot always do it properly.",
    "Proud of the Roma kids in the choir today. Her lot never miss a rehearsal.",
    "Well done to the Syrian girl who won the spelling bee. Apple doesn't fall far, her mum teaches.",
    "Loved the Somali dance group. The kids got medals, they get everything at these festivals, lucky things!",
])
def test_his_lot_without_a_bad_habit_or_with_praise_is_no_stereotype(text: str) -> None:
    assert _lexicon_hate(text) <= 0


@pytest.mark.parametrize("text", [
    "The Romanian lad nicked a phone. His lot always steal.",
    "The Pakistani family next door complained again. That lot never integrate.",
    "Another Gypsy kid excluded. His lot never could behave.",
    "The Traveller boy bit another kid again. Apple doesn't fall far.",
    "Another Muslim family on the estate. They're everywhere now.",
])
def test_his_lot_with_a_bad_habit_is_hate_evidence(text: str) -> None:
    assert _lexicon_hate(text) >= 2


def test_the_frame_needs_people_before_they_are_everywhere() -> None:
    assert re.search(STEREOTYPE_FRAME, prepare("Diwali glow sticks at the show, they're everywhere in my car.")) is None
    assert re.search(STEREOTYPE_FRAME, prepare("The Polish families moved in. They're everywhere.")) is not None


@pytest.mark.parametrize("text", [
    "Fyddwn i ddim yn trysto y bobl hynny o'r cwmni bysiau i fod ar amser.",
    "Sa i'n trysto y bobl yma o'r cyngor i drwsio'r ffordd.",
    "I'd never trust those people from the leisure centre to book the pool.",
])
def test_people_known_by_their_job_are_no_group_to_distrust(text: str) -> None:
    assert _lexicon_hate(text) <= 0
    assert re.search(POINTED_GROUP, prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Mae'r sgidiau ysgol o Tsieina yn sothach, wedi torri mewn wythnos.",
    "The PE kits arrived from China ripped at the seams.",
    "Flights back from Turkey are delayed again.",
    "Coffee from Ethiopia and spices from India at the food fair.",
])
def test_an_origin_of_things_is_no_group_mention(text: str) -> None:
    assert not _group(text)


@pytest.mark.parametrize("text", [
    "A teacher from Nigeria starts in Year 3.",
    "Mae athrawes o India yn dechrau ym Mlwyddyn 2.",
    "Families from Romania have moved to the village.",
])
def test_an_origin_of_people_is_a_group_mention(text: str) -> None:
    assert _group(text)


@pytest.mark.parametrize("text", [
    "Pobl fel 'na sy'n cadw'r clwb i fynd, diolch i'r gwirfoddolwyr i gyd.",
    "Y bobl hyn yw calon y pentref, diolch am eich gwaith caled.",
    "Mae'r athrawes o India yn wych gyda'r plant bach, diolch iddi.",
])
def test_praise_drops_a_group_only_pointed_at(text: str) -> None:
    assert classify(text, "parent").category not in {Category.HATE, Category.ABUSE, Category.THREAT}


@pytest.mark.parametrize("text", [
    "Sa i'n trysto unrhyw Fwslim gyda fy mhlant, byth.",
    "Fyddwn i ddim yn trysto unrhyw Bwyliaid i ofalu am y plant.",
    "Fyddwn i ddim yn trysto unrhyw un o'r Mwslemiaid gyda'r plant.",
    "Fyddwn i byth yn gadael un o'r teithwyr yn agos at fy mhlant.",
    "Fyddwn i ddim yn gadael unrhyw ffoadur yn agos at y plant.",
    "I'd never leave one from Albania near my kids.",
    "I wouldn't trust one from Somalia with my daughter.",
    "Remigration now. This school is unrecognisable.",
])
def test_the_misses_are_hate_evidence(text: str) -> None:
    assert _lexicon_hate(text) >= 2


@pytest.mark.parametrize("text", [
    "Fyddwn i ddim yn gadael y plant yn agos at y pwll heb oedolyn.",
    "Sa i'n trysto unrhyw ap tywydd, dewch â chotiau.",
    "Dw i ddim yn trysto unrhyw fws i fod ar amser ar ddydd Llun.",
    "Someone posted 'remigration' stickers by the gates. Reported, this is not who we are.",
    "Wouldn't leave any bags near the fire exit please.",
])
def test_their_near_pairs_are_not(text: str) -> None:
    assert _lexicon_hate(text) <= 0


@pytest.mark.parametrize("text", [
    "Cadwch eich propaganda LHDT i ffwrdd o'n plant ni.",
    "Baneri'r enfys ym mhobman eto.",
    "Cadwch eich agenda hoyw allan o'r ysgol.",
])
def test_the_welsh_rainbow_and_gay_agenda_are_group_mentions(text: str) -> None:
    assert _group(text)


def test_enfys_alone_is_no_group_mention() -> None:
    assert not _group("Mae Dosbarth Enfys yn mynd i'r traeth ddydd Gwener.")
