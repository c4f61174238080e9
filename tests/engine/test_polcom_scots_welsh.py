"""CON601 political-or-commercial in Scottish and Welsh voices: one new sentence per family of
error found on the two opened schools (Lochbrae, Rhosfach), and the near-misses that must stay
quiet. Everyone and everything here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safepost.engine import Draft, check, load_policy, load_school

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def school() -> Any:
    return load_school(REPO / "examples" / "school")


def _fires(school: Any, text: str) -> bool:
    report = check(Draft(id="t", text=text), school, load_policy("default"), thorough=False)
    return any(f.code == "CON601" for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        # saying the school's name at the till gets the deal, even in the PTA's own post
        "PTA news: while you're in town, Corran Bakes have 15% off birthday cakes – just say 'Glenmoor' at the till!",
        "Cymdeithas Rieni: mae gan Siop Fferm Pantglas 10% i ffwrdd ar gig oen – dwedwch 'Ysgol Llanfor' wrth y til!",
        # party-plan selling names its product; catalogues handed out for orders
        "Mrs Baird is hosting a Luxwick candle party on Friday night – brochures are in the office and orders in by Wednesday.",
        # a call to take a side in a referendum
        "Our P6 debate on independence was brilliant, and if you ask us, make sure you vote Yes next time! 🏴",
        # a free item with every order, from a business a parent has just opened
        "Big shout-out to Amira's mum, who's just opened Spice Lane on Victoria Road – a free poppadom with every order this week!",
        # a business's like-share-and-tag competition on the school's page
        "Win a scooter! 🛴 Like and share this post from our friends at WheelieFun Paisley and tag two mates to enter.",
        # a member of staff vouching for a tradesperson
        "Our caretaker Mr Gow recommends a great local joiner for anyone needing doors hung – tell him Craigbank sent ye!",
        "Mae Mr Jenkins yn argymell plymwr lleol gwych – ffoniwch e ar 07700 900456 a dwedwch 'Ysgol Llanfor' wrth alw.",
        # a holiday let to book
        "Fancy a break? Mr Pritchard's static caravan at Tenby has availability over Easter – book at www.tenbyvanhire.co.uk",
        "Llety gwyliau: mae bwthyn teulu Mrs Rees ger Abereiddi ar gael dros y Pasg – archebwch drwy www.bwthynabereiddi.cymru",
    ],
)
def test_it_flags_the_new_kinds_of_pitch(school: Any, text: str) -> None:
    assert _fires(school, text)


@pytest.mark.parametrize(
    "text",
    [
        # Scotland's parent council is the school's own, like a PTA
        "Our Parent Council need volunteers for the disco – drop them a line at pcglenmoor@example.com if you can help.",
        # the school's own charges, paid through its payment system
        "Prydau ysgol: £2.70 y dydd. School meals are £2.70 a day or £13.50 a week – please pay through ParentPay by Friday.",
        # the school's own meals and merchandise, whatever their offer
        "Nursery families, come and try our school lunches on Wednesday at noon – kids eat free, and so do you!",
        "Mae lliain sychu llestri'r dosbarth ar werth nawr – £5 yr un, gyda lluniau'r plant arnyn nhw.",
        # a school consultation's "vote yes", with no referendum beside it
        "Please vote yes in our survey on the new playground – it closes on Friday!",
        # a mock referendum reported, no call to vote
        "P6 held a mock referendum on a four-day week: 18 voted yes and 11 voted no. Democracy in action!",
        # the PTA's own raffle shared, no business behind it
        "Like and share this post to help us spread the word about our PTA Christmas raffle – tag a friend!",
    ],
)
def test_it_leaves_the_schools_own_business_alone(school: Any, text: str) -> None:
    assert not _fires(school, text)
