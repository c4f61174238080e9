"""Implicit hate the lexicon used to miss (branch s12-trilex): tokenism tropes, coded emoji aimed at a
group, anti-trans remarks in English and Welsh, and group insults spelled round a filter. And the
harmless look-alikes each family must leave alone: a parent asking about diversity policy, praise for a
diverse staff, a trans parent's own friendly comment, emoji used warmly.

Sentences here are written for the tests, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.normalise import prepare


def _lexicon(text: str) -> Category:
    return classify(text, "public", use_model=False).category


@pytest.mark.parametrize("text", [
    "Everyone knows the new deputy was a diversity hire, nothing to do with being any good.",
    "He only got the promotion because he fills a quota, let's be honest.",
    "Funny how she landed the headship, guess she ticks the right box for the governors.",
    "They only appointed him to fill the diversity numbers, the other candidate was far better.",
    "Wedi cael y swydd achos ei bod hi'n ticio'r bocs amrywiaeth, dyna i gyd.",
    "Penodiad amrywiaeth arall gan y llywodraethwyr.",
])
def test_tokenism_tropes_are_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "What is the school's diversity policy when it hires new teaching assistants?",
    "So lovely to see such a diverse staff team, my daughter sees herself in her teachers.",
    "I ticked the diversity box on the admissions form but wasn't sure which option fitted us.",
    "Does the governing body have a target for diversity on the board? Genuinely interested.",
    "Beth yw polisi amrywiaeth yr ysgol wrth benodi staff newydd?",
    "Staff mor amrywiol, da iawn chi, mae'r plant wrth eu boddau.",
])
def test_asking_about_or_praising_diversity_is_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "Black History Month assembly today 🐒🐒",
    "🐷 sausages for the Eid party, that'll go down well",
    "Chinese new year menu, wonder what's in the dumplings 🦇",
    "Croeso i'r taffs 🐑🐑",
    "Another trip over the bridge to see the sheep shaggers.",
])
def test_coded_emoji_and_group_taunts_are_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Monkey class 🐒 had the best day at the safari park!",
    "Farm visit tomorrow 🐷🐑 wellies please",
    "Eid Mubarak to all our families ❤️🌙",
    "Year of the Dog 🐕 at Chinese New Year, the dragon dance was brilliant ❤️",
    "Welsh lamb cawl for St David's Day 🐑 diolch i'r gegin!",
    "Diwrnod Santes Dwynwen hapus 🐑❤️ o'r fferm",
])
def test_emoji_used_warmly_or_with_no_group_is_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "There are only two genders, stop teaching our kids otherwise.",
    "Grown men in dresses reading to the children in the library, and we're meant to clap?",
    "Lads who think they're girls using the girls' changing rooms now. Madness.",
    "This trans craze will be over in five years, leave the kids out of it.",
    "This stuff is confusing little kids and it isn't natural.",
    "Dim ond dau ryw sydd, peidiwch â dysgu dim arall i'n plant.",
    "Mae hyn yn drysu plant bach. Dydi o ddim yn naturiol.",
    "Dynion mewn ffrogiau yn darllen i blant bach. Afiach.",
])
def test_anti_trans_remarks_are_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "As a trans mum I was nervous about the Pride assembly but the kids were so kind. Diolch!",
    "French only has two genders for nouns, the Year 6s found that funny.",
    "The dads in dresses for the panto raised £400 for the PTA, thank you!",
    "Boys dressing up as women for the Shakespeare play, just like at the Globe, brilliant fun.",
    "The new maths homework is confusing the kids, could we have a workshop for parents?",
    "Rwy'n dad traws ac roedd y gwasanaeth Pride yn hyfryd, diolch i'r staff.",
    "Mae gan y Gymraeg ddau ryw i enwau, mae'r plant yn dysgu hynny nawr.",
])
def test_trans_parents_and_look_alikes_are_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize(("typed", "read"), [
    ("s h 3 3 p", "sheep"),
    ("sp@cs", "spacs"),
    ("p0lacks", "polacks"),
    ("m 0 z z i e s", "mozzies"),
])
def test_leet_and_spacing_are_undone(typed: str, read: str) -> None:
    assert prepare(typed) == read


@pytest.mark.parametrize("text", ["email me at jo@school.org", "@Sam thanks", "scores were 1 2 3 4"])
def test_addresses_mentions_and_digits_keep_their_form(text: str) -> None:
    assert prepare(text) == text.lower()


@pytest.mark.parametrize("text", [
    "Inclusive sports day for the sp@cs lol",
    "Another shop for the P0lacks on the high street",
    "m 0 z z i e s taking over the parents' evening",
    "s p a z z e r s on the climbing frame",
])
def test_masked_group_insults_are_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Mozzies everywhere on the camping trip, bring spray!",
    "Our Polish neighbours brought pączki for the class 😍",
    "Sports day for the whole of the SEN unit was wonderful",
])
def test_near_misses_of_masked_insults_are_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "Three flags in the hall and none of them ours. Is this even England?",
    "Half the class off for a festival again, is this still Wales 🙄",
    "religion of peace doing a fun run, hope nothing goes bang",
    "Another assembly about the religion of peace. Sure.",
])
def test_belonging_asked_at_the_end_and_the_religion_of_peace_sneer_are_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Is this still England's kit for the World Cup trip or the new one?",
    "My husband always says Islam is a religion of peace, and the Eid assembly showed it beautifully.",
    "Is this even Wales' biggest school choir? Amazing!",
])
def test_sincere_uses_of_those_words_are_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


def test_the_post_models_words_keep_digits_and_at_signs_as_typed() -> None:
    assert prepare("s h 3 3 p and sp@cs", disguises=False) == "s h 3 3 p and sp@cs"
    assert prepare("s h 3 3 p and sp@cs") == "sheep and spacs"


@pytest.mark.parametrize("text", [
    "Chinese New Year parade on Saturday - check what time it starts",
    "Loved the Chinese New Year menu, what's in the dumplings?",
])
def test_chinese_new_year_questions_with_no_pet_are_not_harmful(text: str) -> None:
    assert _lexicon(text) not in HARMFUL
    assert classify(text, "public").category not in HARMFUL


@pytest.mark.parametrize("text", [
    "Chinese takeaway again, check what's really in it, the neighbour's dog went missing",
    "Chinese new year menu, better ask what's in it before the cat disappears",
])
def test_chinese_food_with_a_pet_named_is_still_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE


@pytest.mark.parametrize("text", [
    "Men in dresses reading to the kids for World Book Day, the Gruffalo costume was ace",
    "Dynion mewn ffrogiau yn darllen i'r plant ar Ddiwrnod y Llyfr, hwyl fawr!",
    "Islam, the religion of peace, was our RE topic",
    "Our RE topic this term is Islam, often called the religion of peace, and the children loved the mosque visit.",
])
def test_book_day_costumes_and_sincere_re_lessons_match_no_pattern(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "Another week of the \"religion of peace\" on the news and they want an assembly on it",
    "So-called religion of peace, yeah right",
    "religion of peace at the summer fair, fingers crossed nobody blows anything up",
    "lol the religion of peace is hosting the fun run",
    "Dynion mewn ffrogiau yn darllen i blant bach. Afiach.",
])
def test_the_sneer_and_the_costume_slur_with_no_book_day_are_still_hate(text: str) -> None:
    assert _lexicon(text) is Category.HATE
