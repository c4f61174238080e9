"""Harm the lexicon used to miss (branch s11-tricom): belonging asked rhetorically, the incomer trope
without a slur, coded conspiracy words, UK and Welsh dialect insults, and money dishonesty alleged
against an office holder. And the harmless look-alikes each family must leave alone.

Sentences here are written for the tests, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL


def _lexicon(text: str) -> Category:
    return classify(text, "public", use_model=False).category


@pytest.mark.parametrize("text", [
    "A flag for every festival but ours. Whose town is it now?",
    "New families every term. Will they ever bother to fit in?",
    "Do those people even try to integrate with us?",
    "Baneri i bawb arall. Gwlad pwy yw hon?",
])
def test_belonging_asked_rhetorically_is_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Same story every year: these people come over here and expect free everything.",
    "Half of them have lived here ten years and still refuse to learn a word of English.",
    "Look at the sports day photos, not a single Welsh face on the podium.",
    "Maen nhw'n dod yma a byth yn dysgu gair o Gymraeg.",
    "Teuluoedd o dros y ffin yn dod yma ac yn cwyno am yr ysgol Gymraeg.",
    "Won't speak a word of English at the gate? Then this country isn't for you.",
    "Baner yr enfys yn y neuadd. Ysgol gymraeg yw hon, nid parêd.",
])
def test_the_incomer_trope_without_a_slur_is_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "The great replacement starts in reception classes, open your eyes.",
    "The globalists are pushing all this on our kids, wake up.",
    "Demographic change in this town is no accident, look around the playground.",
    "Fewer and fewer local families at the nativity every year, and that's the plan.",
    "Llai a llai o Gymry yn yr ysgol bob blwyddyn, ac mae rhywun eisiau hynny.",
])
def test_coded_conspiracy_words_are_hate_and_great_is_not_praise(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Whoever parked across the gate again is a proper bampot.",
    "The new lunch rota was dreamed up by a total eejit.",
    "What a walloper, shouting at the lollipop lady.",
    "That dafty on the committee never reads the minutes.",
    "Some gobshite has been blocking the disabled bay all week.",
    "Y penbwl sy'n parcio ar y palmant bob bore.",
])
def test_dialect_insults_are_abuse(text: str) -> None:
    assert _lexicon(text) is Category.ABUSE


@pytest.mark.parametrize("text", [
    "Our chairwoman has been on the fiddle since the summer fair.",
    "Everyone knows the PTA is on the take with the uniform money.",
    "Somebody is cooking the books on the school trip fund.",
])
def test_money_dishonesty_alleged_is_abuse(text: str) -> None:
    assert _lexicon(text) is Category.ABUSE


@pytest.mark.parametrize("text", [
    "Lovely to hear Ava on the fiddle at the Burns supper concert!",
    "How can we help the new P1 families fit in? Happy to run a coffee morning.",
    "Do they mix the P3 and P4 classes for PE?",
    "Great replacement for the old climbing frame, the kids love it.",
    "What a great day at the gala, thank you everyone!",
])
def test_harmless_look_alikes_stay_harmless(text: str) -> None:
    assert _lexicon(text) not in HARMFUL
