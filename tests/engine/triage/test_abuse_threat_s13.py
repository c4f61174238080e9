"""Abuse and threat signals from session 13 (branch s13-abuse): pile-ons, allegations passed off as
common knowledge, gratitude that disarms a place-and-time or the Welsh "lladd hi" idiom, and an
insult said of a thing. And the near misses each must leave alone.

Sentences here are written for the tests, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL


def _lexicon(text: str) -> Category:
    return classify(text, "parent", use_model=False).category


@pytest.mark.parametrize("text", [
    "Lads, reply to every post she puts up until she resigns.",
    "Keep on commenting on his photos till he quits, don't let up",
    "Bydda i'n dal i bostio bob dydd nes bod hi'n gadael.",
])
def test_pile_ons_are_abuse(text: str) -> None:
    assert _lexicon(text) is Category.ABUSE


@pytest.mark.parametrize("text", [
    "Everybody on the estate knows he's been pocketing the raffle money.",
    "All the mams know she turns up half cut, ask anyone.",
    "Mr Pryce was sacked from his last school for a reason. Ask around.",
])
def test_allegations_passed_off_as_common_knowledge_are_abuse(text: str) -> None:
    assert _lexicon(text) is Category.ABUSE


@pytest.mark.parametrize("text", [
    "We'll keep asking until we get an answer about the bus.",
    "Everyone knows the car park is a nightmare at 3.",
    "Ask around the other mums, someone will have a spare jumper.",
    "Everyone who thought the new hall would be a waste of space, come and see it now. Stunning.",
])
def test_persistence_common_knowledge_and_things_are_not_abuse(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "See you at the gate at half 3, Mrs Hughes, thank you for taking them swimming!",
    "I'll be outside at 4 then. Cheers for sorting the lift!",
    "Naethon nhw ei lladd hi ar y llwyfan! Llongyfarchiadau i bawb.",
])
def test_thanks_disarm_a_place_and_a_time(text: str) -> None:
    assert _lexicon(text) not in HARMFUL


@pytest.mark.parametrize("text", [
    "Thanks for nothing. I'll be waiting outside at 3.",
    "Cheers for the letter. I'll be waiting for you at the gate and I know where you live.",
    "Dw i'n mynd i ladd hi. Gwylia dy gefn.",
])
def test_thanks_never_disarm_violence_or_sarcasm(text: str) -> None:
    assert _lexicon(text) is Category.THREAT
