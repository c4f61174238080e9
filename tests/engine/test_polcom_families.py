"""CON601 political-or-commercial on the families issue 11 names (fourteenth session): gambling
sponsorship with a sign-up offer, catalogue and party-plan selling, a member of staff's paid
service, a novelty product with a shop's price, a savings or investing app aimed at children,
and campaigning without a "vote for", in English and Welsh; beside the school's own sales, a
PTA raffle, free NHS and council services, a sponsor thanked for kit and a school council
election, which stay quiet. Everyone and everything here is invented for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from safepost.engine import load_school
from safepost.engine.rules._content import lexicon
from safepost.engine.rules.political_or_commercial import assess
from safepost.engine.textnorm import fold
from tests.engine._con601 import con601 as _con601
from tests.engine._con601 import cue_names as _names

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def school() -> Any:
    return load_school(REPO / "examples" / "school")




SELLING = [
    # a bookmaker or bingo sponsor's sign-up offer: spins for joiners, bets "worth", a stake matched
    "Our U11s will be wearing the SpinKing logo this season 🎉 Parents, SpinKing are giving 50 spins to anyone who joins this month.",
    "Huge thanks to our new shirt sponsor LuckyLeap Sports! New customers can claim £20 in bets when they stake a fiver.",
    "The match ball was kindly sponsored by GoalRush – sign up through their page and they'll match your first stake.",
    "Diolch i BetCymru am noddi'r tîm pêl-droed! Cofrestrwch heddiw a chewch fet £10 yn rhad ac am ddim.",
    # catalogue and party-plan selling by staff and parents
    "Our TA Roisin sells Body Shop at Home and has the Christmas gift sets in – ask her at the gate!",
    "Mrs Hughes is now an Avon rep! Pick up the new brochure from her at pick-up and have your order back to her by Friday.",
    # a member of staff's paid service: a price for a stretch, "not through school", places filling
    "Mr Kane is running a football camp at half term (not through school) – £60 for the week, places filling fast.",
    "Our Miss Walsh is a brilliant photographer – sessions £50 including ten edited images.",
    "Mae Mrs Jones y gofalwraig yn pobi cacennau pen-blwydd – £25 am gacen fawr, archebwch drwyddi hi.",
    # a novelty product with a shop's or a site's price
    "Every child in Year 3 wants a Dino Egg hatching kit this Christmas – Gadget Den in town have them for £9.99!",
    "Our Year 6s loved testing the new light-up pens – they're £4 from blastpen.co.uk and make great stocking fillers!",
    "Mae'r slime newydd yn boblogaidd iawn yn y dosbarth – £5 y pot yn y siop yn y dref.",
    "Light-up trainers are flying off the shelves at KickZone – grab a pair for your wee one for just £19.99!",
    # a savings or investing app aimed at children
    "Teach them the value of money with Coinly, the savings app made for under-12s. Sign up with our school code and they get £5 to start.",
    "Ap newydd i blant fuddsoddi eu harian poced – lawrlwythwch e a chael bonws o £5.",
    # a business "doing a deal" with a price
    "Hungry after sports day? The chippy is doing a kids' meal deal all week: chips, fish fingers and a drink for £3.50.",
    # the PTA paid for each family that signs up with a code; a pocket-money card
    "The CoinJar pocket money card pays our PTA £10 for each family that joins using code JAR10.",
    # a party-plan evening "at mine", orders on the night, cash or bank transfer
    "Girls, my candle evening is at mine on Friday – try the new scents, orders on the night, cash or bank transfer!",
    "Mrs Doyle is hosting a Glow & Gin evening for her Lumen Home business on Thursday – orders on the night.",
    # a relative's business found on Instagram; a price on a brother's website; made by me
    "Personalised book bags £12 – my sister runs Sew Lovely, find her on Insta and tell her I sent you!",
    "Whoopee cushions that really work 😂 £3 each at my brother's website jokebox.co.uk",
    "Teddy bears with your child's name on the jumper – £15 from my Etsy, made by me!",
    # Irish "grinds" and tuition "available" with an hourly price
    "Maths grinds available for Junior Cert, £25/hr with a former member of staff.",
    "French tuition available after school with Mr Byrne, £30 an hour in groups of two.",
    # Welsh: a message to order, a price for a pack, a small family business, fees for the school's families
    "Cardiau pen-blwydd wedi'u gwneud gennyf i – £6 am becyn o 8. Negeseuwch fi i archebu!",
    "Mae mam Gwion yn asiant tai – ffi o 1% i deuluoedd yr ysgol. Cysylltwch â Tai Teg heddiw!",
    # a three-for-two; two for the price of one with a lanyard
    "Cynnig 3 am 2 ar ddillad plant yn y noson werthu nos Iau yn y neuadd!",
    "Show your school lanyard at Marco's any night this week and get two pizzas for the price of one.",
    # a bookmaker's bet for registering; bingo money to play with
    "Thanks to Fastlane Racing for the strips! Any parent who registers with them this week gets a £10 bet.",
    "Our kit sponsor Dabble Bingo have a welcome bundle – £30 to play with after you top up £10.",
    # a catalogue "I've got" with orders popped in; hosts picking a free gift
    "I've got the new HomeNest catalogue if anyone wants a look – I'll pop your order in on Monday.",
    "Fancy hosting a Sparkle Box party? Year 2 mum Leah says hosts choose a free bracelet!",
    # a service from a front room with a price per hand or basket; a slot booked with her
    "Mrs Khan is doing henna from her front room before Eid – £8 a hand, book a slot with her.",
    "Our cleaner Sue also does ironing from home, £10 a basket.",
    # a caretaker's van and the office asked for his number; Welsh cakes and a price on request
    "Our caretaker also runs a removals van at weekends – reasonable rates, ring the office for his number.",
    "Mae Mrs Ellis sy'n gwneud cacennau pen-blwydd – cysylltwch â hi ar Facebook am bris.",
    # a café's freebie with the school's uniform as the ticket
    "The Copper Kettle are doing a free hot chocolate for every child in school uniform this week!",
]

CAMPAIGNING = [
    # a record to weigh at the polls
    "This government has slashed our budget three years running. When you go to the ballot box in May, think about who did this.",
    "The DUP have voted against every penny for our schools. Don't forget that when you go to the polls next week.",
    # a march against a party's cuts; a party's plan to cut, in Welsh
    "Join staff and families on the march against the Tory education cuts this Saturday – meet at the clock tower at 11.",
    "Mae'r Ceidwadwyr eisiau torri cyllideb ysgolion Cymru. Dewch gyda ni i'r rali ddydd Sadwrn.",
    # a party's councillor deserving or needing the families' support
    "Mae ein cynghorydd Plaid, Dafydd, yn haeddu eich cefnogaeth eto eleni – mae e wedi brwydro dros yr ysgol.",
    "Councillor Hughes (Plaid) has fought for our new school building for years – he needs our votes to keep going.",
    # joining a party's campaign; "she'd really value your support"
    "Proud of our teachers for joining the Alliance Party's campaign to end academic selection – get involved!",
    "Mrs O'Neill, our chair of governors, is the SDLP candidate – she'd really value your support on the day.",
    # a party's petition signed or launched, in English and Welsh
    "Have you signed the Green Party petition for safer crossings yet? It only takes a minute.",
    "Mae Plaid Cymru wedi lansio deiseb i gadw'r llyfrgell ar agor – llofnodwch heddiw!",
    # a vote given or not given to a party; "vote for the man"
    "Please don't give your vote to Reform this time – think of our Welsh-medium classes.",
    "His poster is up outside the gates and he's promised us a new pitch – vote for the man!",
    # a first preference deserved; joining a party and asking others to join
    "Come and meet our SDLP councillor on Thursday and hear why she deserves your first preference.",
    "Dwi wedi ymaelodi â Phlaid Cymru – os ydych chi'n poeni am ein hysgolion, ymunwch hefyd!",
    # standing with a party; a party "got it right" against the other parties
    "As the Greens have said all along, every child deserves a hot lunch. Proud to stand with them.",
    "Labour have got it right on school buses. The other parties have had years to fix it.",
    # a councillor with a party in brackets needing support in May; leaflets through the door
    "Cllr Ann Ross (Alliance) left her leaflets in reception – she really needs our support in May.",
    "A party that cut our bus grant put a leaflet through our doors this week. Don't reward them on Thursday.",
    # a candidate standing for a party in Welsh, "give her a vote"; a seat kept
    "Mae fy mrawd yn sefyll dros Plaid Cymru yn Nwyfor – tell your family there to give him a vote!",
    "Great to see our Conservative MP at sports day. Fingers crossed he keeps his seat at the election!",
    "Only the Greens have a real plan for school buses. Please think about that on 7 May.",
    # "time they went", "time for a change ... you know what to do"
    "Fifteen years of Labour running this council and the roof still leaks. Time they went.",
    "Mae'r Ceidwadwyr wedi gwneud llanast o'n hysgolion. Mae'n hen bryd cael newid – you know what to do.",
    # a party's man at the gate with leaflets; "remember which party cares"
    "Reform's candidate was at the gate with leaflets today. Remember which party actually cares when the day comes.",
    # a party's pledge signed by the head; a Welsh candidate inviting families to hear her plans
    "Proud that our head has signed the Labour pledge on school funding – add your name too!",
    "Bydd ymgeisydd Plaid Cymru yn y ffair – dewch i sgwrsio â hi am ei chynlluniau ar gyfer ysgolion.",
]

QUIET = [
    # the school council and class representatives, in Welsh too
    "Etholiadau'r cyngor ysgol – pleidleisiwch dros eich cynrychiolydd dosbarth ddydd Gwener!",
    "School council elections next week! Candidates give their speeches on Monday, then every class votes for two reps.",
    # the school's own sales and fundraising
    "The school's own P7 hoodies are now on sale – £18 each, order via the school app by Friday.",
    "Our PTA Christmas raffle is back! Tickets £1 a strip from the office, first prize a hamper donated by families.",
    "Mae Miss Watkins yn gwerthu planhigion i godi arian at y daith – every penny goes to the trip fund.",
    "Class photos are online to view and order. Use the code on the card that came home in the book bag.",
    # free NHS and council services; a sponsor thanked for kit; money lessons
    "Free flu vaccinations for Reception to Year 6 – the NHS school nursing team will be in on Tuesday.",
    "Brechlyn ffliw am ddim i bob plentyn gan dîm nyrsio'r ysgol ddydd Iau.",
    "Huge thank you to Davies Builders for sponsoring our new football kit! The team look fantastic.",
    "Bank staff came in to teach P5 about saving and budgeting – great fun with the pretend money!",
    # a way to reach a coach is not a sale
    "Anyone who can help with lifts to Saturday's match, text me on 07700 900207 rather than the school phone. Coach K.",
    "Netball permission slips back by Wednesday please. Questions? Email him at coach.p@example.com or WhatsApp 07700 900812.",
    # a reminder about the polling station
    "Reminder: the polling station in the hall means school is closed on Thursday.",
    # a mock election's results, with parties and pupils' hustings
    "Mock election results: after hustings run by pupils, the Labour Party won Year 10's vote. Well done, 'candidates'!",
    # parents' evening slots and bookings are the school's
    "Parents' evening bookings open Monday at 6pm on the school app. Slots go fast!",
    # a Welsh sign-off is not thanks to a sponsor, but a pitch still needs a second cue
    "Diolch i bawb a ddaeth i'r cyngerdd neithiwr – diolch!",
    # the school photographer's card code; a class's own slime; a Head Girl voted in
    "School photos: order by Friday using the code on your child's card for free delivery to school.",
    "Year 3 made their own slime in science today – very squishy!",
    "Congratulations to Amira, our new Head Girl, voted in by the whole of Year 6!",
    # a pledge that is not a party's; a time that is not an election's
    "Year 6 have all signed the anti-bullying pledge – it's on the wall outside the hall.",
    "Lost property is piled up in the hall again – you know what to do!",
]


@pytest.mark.parametrize("text", SELLING)
def test_it_flags_the_selling_families(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "promotes or sells" in found[0].message


@pytest.mark.parametrize("text", CAMPAIGNING)
def test_it_flags_campaigning_without_a_vote_for(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "campaigns" in found[0].message


@pytest.mark.parametrize("text", QUIET)
def test_it_keeps_the_schools_own_money_and_civic_notices_quiet(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_a_shops_price_alone_is_not_a_pitch() -> None:
    # "have them for £6" is one cue (0.7): it needs a second, such as the product's craze
    alone = assess(fold("The corner shop have them for £6.").text, "commercial")
    pushed = assess(
        fold("Everyone's talking about them! The corner shop have them for £6.").text, "commercial"
    )
    assert sum(s.weight for s in alone) < 1.0
    assert sum(s.weight for s in pushed) >= 1.0


def test_stock_at_a_shop_is_read_but_stock_at_the_school_is_not() -> None:
    assert "pushes a product to buy" in _names("The new pencils are in stock at Pencil Palace.")
    assert "pushes a product to buy" not in _names("The new book bags are in stock at the school office.")


def test_a_way_to_reach_someone_is_not_an_order_route() -> None:
    assert "asks readers to order or contact a seller" not in _names("Text me on 07700 900207 about lifts.")
    assert "asks readers to order or contact a seller" in _names("Text me on WhatsApp for prices.")


_ENDS_IN_A_BLANK = re.compile(r"(?: |\[ \])\)*$")


def _without_trailing_lookaround(pattern: str) -> str:
    """The pattern less a look-ahead it ends with: ``(?!the school| our)`` consumes nothing, so
    what must not end in a blank is what comes before it."""
    if not pattern.endswith(")"):
        return pattern
    depth = 0
    for start in range(len(pattern) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(pattern[start], 0)
        if depth == 0:
            opened = pattern[start : start + 3]
            return pattern[:start] if opened in ("(?=", "(?!") else pattern
    return pattern


def test_no_cue_pattern_ends_in_a_blank() -> None:
    # every cue's regex is followed by a word-end guard, so a pattern that must end in a space
    # can never match (two such patterns sat unnoticed until this session)
    data = lexicon("political_commercial")
    for section in ("political", "commercial", "school_charges", "school_own_sale"):
        for key, spec in data[section].items():
            for pattern in spec["patterns"]:
                body = _without_trailing_lookaround(str(pattern))
                assert not _ENDS_IN_A_BLANK.search(body), f"{section}.{key}: {pattern}"


def test_the_blank_check_finds_the_old_faults() -> None:
    for broken in (
        "re:(?:in stock|available) (?:now )?(?:at|from) (?!the (?:school|office|pta)|our )",
        "re:(?:catalogue|brochure) (?:orders?) (?:in |by |to )",
    ):
        assert _ENDS_IN_A_BLANK.search(_without_trailing_lookaround(broken))
    assert not _ENDS_IN_A_BLANK.search(_without_trailing_lookaround("re:vote for (?:him|her)(?=[.!]|$| on )"))


def test_the_uniform_as_a_ticket_is_not_the_schools_own_context() -> None:
    context = "school fundraising, supplier or thanks"
    assert context in _names("The uniform supplier has 10% off book bags this week.")
    assert context not in _names("Free cake for every child in school uniform at the café.")
