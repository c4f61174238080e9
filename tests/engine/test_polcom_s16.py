"""CON601 political-or-commercial on the sixteenth session's probe families (issue 11): a first
bet placed or refunded, investing aimed at children, Welsh codes and packs, members of staff's
trades and blocks of sessions, a shop's price for "the new range", petitions to Westminster,
candidates backed without a "vote for", the government "wedi methu" in Welsh. For each family,
ten ordinary school posts that share its words and must stay quiet. Everyone and everything here
is invented for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from safepost.engine import load_school
from safepost.engine.rules._content import lexicon
from tests.engine._con601 import con601 as _con601
from tests.engine._con601 import cue_names as _names

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def school() -> Any:
    return load_school(REPO / "examples" / "school")


SELLING = [
    # a bookmaker's first bet placed or refunded, even beside a sponsor's thanks
    "Tonight's raffle is sponsored by QuickPunt – download their app, place your first bet and they'll refund it if it loses!",
    "Cup final strips courtesy of ZapOdds 🙌 New members can claim a risk-free first bet this weekend.",
    # catalogue orders closing on a day
    "New winter catalogue is out – catalogue orders close Friday and I'll sort delivery.",
    # investing aimed at children, English and Welsh
    "Give your child a head start: KidVest puts their pocket money into index funds. Download now!",
    "With StarPot, kids can now start investing from £1 – set up an account in minutes.",
    "Mae ap CeiniogGall yn helpu plant i fuddsoddi – defnyddiwch god yr ysgol am fis am ddim.",
    # a member of staff's trade and paid sessions
    "Our lunchtime supervisor Kelly has qualified as a lash technician – £25 a set, evenings only.",
    "Mr Hale now does personal training sessions on the field after school – 8-week block for £80.",
    "Coach Ryan runs a holiday rugby camp at the park, £20 a day – book direct with him.",
    # a shop's price for the new range; a pack price and their website, in Welsh
    "The light-up yo-yo craze has hit Year 4! Toy Barn have the new range for £6.",
    "Mae teganau SbinSbin yn boblogaidd iawn – dau bâr am £5 ar eu gwefan.",
    "Football stickers are back! Packets are 90p and the album is £3 – must-have for every fan.",
]

CAMPAIGNING = [
    "Our governor Tom Price is standing for the council again and he needs every vote he can get.",
    "Cefnogwch ein hymgeisydd lleol, Siân Rees, ddydd Iau – mae hi'n fam yn yr ysgol.",
    "Get behind Aled Evans for the Senedd – he will fight for small rural schools.",
    "Mae'r llywodraeth wedi methu ein plant. Mae'n bryd am newid ym mis Mai.",
    "Add your name to the petition against the minister's cuts to school transport!",
    "Our petition to Westminster on school funding needs 5,000 more signatures.",
    "The government's plan to scrap free breakfasts is wrong for our families – please sign and share.",
]

# ten ordinary posts for each family, sharing its words, that must stay quiet
QUIET = {
    "first_bet": [
        "Please place your first order for school lunches through the app by Friday.",
        "If the weather's bad the trip company will refund it if it is cancelled.",
        "Year 6 learned why betting adverts are never risk-free in their PSHE lesson on gambling.",
        "Make your first visit to the new library count – sign up for a free card!",
        "Put your first choice of club on the form and we'll do our best.",
        "The Scouts will give you back your deposit if it rains on camping night.",
        "Thank you to our sponsor Bay Motors for the new rugby balls.",
        "Our first bet of the day: who will win the egg-and-spoon race? 😂",
        "Your first week back: PE on Tuesday, library on Thursday.",
        "A risk-free way to try a new club: come to the first session and see if you like it.",
    ],
    "catalogue": [
        "Scholastic book club catalogue orders close Friday – bring the form to the office.",
        "Book fair catalogue orders due in by Wednesday, please.",
        "The school photographer's catalogue of frames came home today.",
        "Library catalogue now online – search for any book by title.",
        "Our uniform catalogue is on the school website.",
        "The PTA's Christmas card order forms close on Friday – all profits to the school.",
        "Year 2 have made a catalogue of minibeasts they found in the garden.",
        "Reading book catalogue updated – thank you to everyone who donated books.",
        "The museum's catalogue of Roman coins was fascinating – thanks for the visit!",
        "Catalogau'r ffair lyfrau wedi dod adref heddiw – archebion i'r swyddfa erbyn dydd Gwener.",
    ],
    "investing": [
        "Year 6 learned about saving and investing in their maths lesson today – what is interest?",
        "Mae Blwyddyn 5 wedi bod yn dysgu am fuddsoddi ac arian poced yn y wers fathemateg.",
        "The council is investing £2m in the new school building, starting in September.",
        "We are investing in new reading books for every class this term.",
        "Download the school app today to get messages and newsletters.",
        "Set up an account on ParentPay in minutes – ask the office if you need help.",
        "Our eco-council is investing their raffle money in bird boxes.",
        "Pupils in Year 5 designed an app for saving pocket money in their computing lessons.",
        "Defnyddiwch god y dosbarth i fewngofnodi i Seesaw.",
        "Clwb brecwast am ddim am fis i bob plentyn newydd – gofynnwch i'r swyddfa.",
    ],
    "staff_trade": [
        "Congratulations to Miss Patel, who has qualified as a teacher this summer!",
        "Mrs Evans has qualified as a forest school leader – the children will love it.",
        "Our caretaker has qualified as a first aider.",
        "Holiday club runs every day of half term, £18 a day, book through the school office.",
        "Breakfast club is £2 a day, paid through ParentPay.",
        "Swimming lessons for Year 4: a 6-week block for £30, paid on ParentPay – thank you to the PTA for the rest.",
        "Mr Jones runs the after-school football club on Tuesdays.",
        "Please book your parents' evening slot direct with the class teacher on the school app.",
        "Year 6 personal training sessions with the PE team start after SATs.",
        "Mrs Lloyd has qualified as an ELSA and will be running nurture sessions.",
    ],
    "novelty": [
        "The new range of reading books has arrived in every class!",
        "Our uniform shop has the new range of book bags for £6 – profits to the PTA.",
        "Year 3 have the new range of maths games in their classroom.",
        "The craze has hit the playground – please keep all toys at home.",
        "Dau bâr o esgidiau glaw wedi'u colli – edrychwch yn y swyddfa.",
        "Mae'r wybodaeth am y daith ar eu gwefan – the museum's website has the details.",
        "Packets of seeds from the eco-garden are going home today.",
        "Fidget toys stay in bags during lessons, please.",
        "The county library has the whole set of Harry Potter books to borrow.",
        "Tickets are £3 from the office, including a drink and crisps.",
    ],
    "campaigning": [
        "Our school council candidates need every vote they can get – Year 6 voting on Friday!",
        "Cefnogwch ein tîm pêl-droed yn y rownd derfynol ddydd Sadwrn!",
        "Year 6 visited the Senedd to learn how laws are made.",
        "Get behind our Year 5 choir for the Senedd youth concert – they sing at 2pm!",
        "Mae'r tywydd wedi methu ein diwrnod mabolgampau – we'll try again next week.",
        "Mae'n bryd am newid i'r wisg haf o ddydd Llun.",
        "Add your name to the list for the school trip by Friday.",
        "Year 6's petition for a new bike shelter went to the school council.",
        "Please sign and return the permission slip by Thursday.",
        "The council's plan to close the road for resurfacing means the bus will drop off at the church.",
    ],
}


@pytest.mark.parametrize("text", SELLING)
def test_it_flags_the_probes_selling_families(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "promotes or sells" in found[0].message


@pytest.mark.parametrize("text", CAMPAIGNING)
def test_it_flags_the_probes_campaigning(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "campaigns" in found[0].message


@pytest.mark.parametrize("text", [t for texts in QUIET.values() for t in texts])
def test_ordinary_posts_sharing_the_new_cues_words_stay_quiet(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_a_price_of_two_digits_is_read_where_one_was() -> None:
    # "£\d" just before the word-end guard could only match a one-digit price ("3 for £5")
    assert "offers a discount or sale" in _names("Fidget cubes are 3 for £10 this week.")
    assert "asks readers to order or contact a seller" in _names("Mention Bryn for £10 off your first cut.")


def test_no_price_pattern_ends_in_one_digit() -> None:
    data = lexicon("political_commercial")
    for section in ("political", "commercial", "school_charges", "school_own_sale"):
        for key, spec in data[section].items():
            for pattern in spec["patterns"]:
                assert not re.search(r"£\\d(?![{+*\\])", str(pattern)), f"{section}.{key}: {pattern}"


def test_a_sponsors_thanks_does_not_excuse_a_first_bet() -> None:
    assert "a gambling sign-up offer" in _names("Sponsored by PuntPal: place your first bet with them.")


# a private seller's product or service with only a price: the commercial head at p >= 0.8 when
# the post names a price and nothing of the school's own (``_learned.COMMERCIAL_WITH_PRICE``)
PRICED_PITCHES = [
    "Mae Mr Bowen y gofalwr yn torri coed tân ac yn eu gwerthu – £60 y llwyth. Ffoniwch e ar ôl 4.",
    "Mae pawb eisiau'r pensiliau persawrus newydd – gallwch eu prynu gan SiopSmel am £1.50 yr un.",
]

# ten ordinary posts with a price and no pitch (the last two were false alarms before this session)
PRICED_QUIET = [
    "Halloween disco on Friday from 5pm, £3 entry including a drink and a bag of crisps.",
    "Please bring £1 for a locker when we go swimming on Tuesday.",
    "Second-hand wellies for Forest School at the gate on Friday, £2 a pair.",
    "Family film night is back: £2 a ticket, popcorn included, doors open at 5.30.",
    "Lost: a purple purse with £5 in it, left near the climbing frame on Tuesday.",
    "Scarecrow competition entries are 50p each – winners announced at the harvest festival.",
    "Mae'r disgo Nadolig nos Iau, £2 wrth y drws, diod a chreision wedi'u cynnwys.",
    "Year 6 leavers' hoodies are £15 and come in navy or grey – order by Friday.",
    "Our reading challenge winners each get a £10 book token – well done!",
    "Instrument lessons with the county music service are £8 per lesson from September.",
]


@pytest.mark.parametrize("text", PRICED_PITCHES)
def test_a_private_sellers_price_lets_a_sure_head_speak(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "learned model" in found[0].explanation


@pytest.mark.parametrize("text", PRICED_QUIET)
def test_a_price_in_an_ordinary_notice_stays_quiet(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_a_price_with_pence_is_read_by_the_cues() -> None:
    # "£1.50 yr un" was missed: the price patterns stopped at the pound
    assert "a paid private service" in _names("Gwersi piano £12.50 y wers, cysylltwch â hi heddiw.")
