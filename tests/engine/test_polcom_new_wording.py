"""CON601 political-or-commercial on wording the earlier cues never saw (twelfth session): the
grammar of campaigning (a candidate standing with a call for support, lobbying an MP, a union's
campaign, a party's policy condemned, a record to remember at election time) and of selling (an
offer laid on for the school's families, fair prices and insurance, a quick loan, recruitment to
a selling team, "if you mention the school", a catalogue ordered through a named person), in
English and Welsh, beside the school's own notices that must stay quiet. Everyone and everything
here is invented for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safepost.engine import load_school
from tests.engine._con601 import con601 as _con601

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def school() -> Any:
    return load_school(REPO / "examples" / "school")




CAMPAIGNING = [
    # a candidate standing, with a call for support on the day
    "Mrs Okafor from our governing body is standing for the county council in May. I'd be so grateful for your support on 2 May.",
    "Mae Mr Huws, un o'n llywodraethwyr, yn sefyll fel ymgeisydd yn etholiad y cyngor. Rhowch eich cefnogaeth iddo fe!",
    # lobbying an MP or MS against a party's policy
    "Please email your MP today and tell them to oppose the Conservatives' cuts to SEN funding.",
    "Ysgrifennwch at eich AS heddiw – mae polisi'r Blaid Lafur ar ysgolion bach yn warthus.",
    # a party's plan condemned
    "The Lib Dems' plan to close rural schools is a disgrace and we'll be reminding everyone of it.",
    # a union's campaign with families asked to lobby
    "Staff here are backing the NASUWT's campaign on workload – please lobby your MP and share this post.",
    "Holyrood's cuts are hitting our classrooms. Please email your MSP and ask them to back the EIS campaign.",
    # a record to remember at the polls, without a "vote for"
    "Funny how some councillors only show up at the school gate at election time. Don't forget that on Thursday!",
    "Peidiwch â gadael iddyn nhw ddod yn ôl – cofiwch hyn yn yr etholiad.",
    # standing with a party; the only party or candidate
    "We stand with Plaid Cymru on free school meals. It's the only party listening to families.",
    "If you care about this school, vote for the only candidate who has actually visited us: Cllr Mark Owen.",
    "Cofiwch bleidleisio dros ein cynghorydd, Mrs Jenkins, ddydd Iau – mae hi wedi bod yn gefnogol iawn i'r ysgol.",
    # a petition against a plan
    "The petition against the council's plan to close our nursery needs 500 more names – add yours at the link.",
    # a protest or campaign against a closure, families asked to join or to press the cabinet
    "Ymunwch â'r brotest yn erbyn cau'r llyfrgell ddydd Sadwrn – mae angen i'r cyngor weld faint ohonom sy'n poeni.",
    "Parents, please join Saturday's march through town against the planned closure of the maternity unit.",
    "The Save Our Pool campaign needs your help – email the cabinet today and tell them to reverse the closure.",
    # standing for a party; candidates in every ward; a side in a village poll; "back me"
    "I'll be standing as the Labour candidate for Castle ward next spring and I'd really appreciate your vote.",
    "Our independents are fielding candidates in every ward this time – please get behind us on polling day.",
    "Please vote YES in Thursday's village poll on the new bypass – the school run will be safer for everyone.",
    "As your councillor I've opposed every cut to this school's budget. Back me at the next election and I'll keep doing it.",
    # a party's public meeting, "hear what we'd do"
    "The Scottish Conservatives are hosting a public meeting in the church hall on Monday – come along and hear what we'd do for rural schools.",
]

SELLING = [
    # a member of staff's trade with fair prices and insurance, in both languages
    "Our lunchtime supervisor Jen is a qualified nail tech – her prices are really reasonable and she's fully insured. Message her privately!",
    "Mae ein gofalwr hefyd yn drydanwr – gwaith da am bris teg. Ffoniwch e!",
    # an offer laid on for the school's families, in Welsh
    "Mae mam Cerys wedi agor siop flodau newydd ar y stryd fawr – pris arbennig i holl deuluoedd yr ysgol!",
    "Mae gan dad Osian gwmni glanhau carpedi – gostyngiad o 20% i deuluoedd yr ysgol. Ffoniwch 07700 900123.",
    # recruitment to a selling team
    "Want to earn around the school run? Sophie is looking for two more mums to join her team – comment INFO below!",
    # a quick loan
    "Need cash before payday? Get up to £300 into your account today, no credit checks.",
    # free with any item; the school's name as a referral
    "Free garlic bread with every pizza for anyone who mentions our school at Luigi's this week 🍕",
    "Don't forget Jamie's dad at Riverside Motors – MOTs for £35 this month only if you mention the school!",
    # a Welsh price and "message her"
    "Tiwtora Saesneg TGAU gan Mrs Rees – £20 yr awr. Negeswch hi am fanylion.",
    # a catalogue ordered through a named person
    "The new Christmas brochure has arrived! Order through Mrs Patel by Friday.",
    # a private club that says it is not the school's, with a price that ends
    "Dance classes with StarSteps (not a school club) – their intro offer ends Sunday, book through their website!",
    # a new company with its link in the comments
    "Shop local this Christmas – the Year 3 teacher's daughter has just launched a candle company. Link in the comments!",
    # recruitment to a selling team; a free first meeting; only N places; knock a bit off
    "Want to earn a bit extra from your phone? I've got 2 spots left on my team this month – DM me 'JOIN'.",
    "Free initial consultation with Anna, our Year 4 mum and a qualified financial planner – evenings to suit busy parents.",
    "Dim ond 8 lle ar ôl ar fy ngweithdy crochenwaith – £30 gan gynnwys te a chacen. Archebwch drwy neges.",
    "Need a sparky? Mention you've a child at the school and I'll knock a bit off the bill 👍",
    # a price for up to N children, for a box, for an hour; a brochure on request
    "Forest birthday parties for up to 15 children – £180 with marshmallows and den building. Ask us for a brochure!",
    "Veg boxes from our farm – £20 for a family box, and school families get a free dozen eggs this month!",
    "Balloon arches and party styling by me ✨ £60 for an hour's set-up, booking up fast so grab your date!",
    # a last-minute holiday let; an affiliate storefront; a new studio with a first price
    "Last-minute deal on our lodge for February half term – 4 nights for £280, hot tub included. Message me!",
    "I run an online storefront of kids' books and earn a small commission on each one – ask and I'll send you the list.",
    "I've just opened my nail studio on the high street – first treatment £15 for school parents.",
    "Cacennau wedi'u gwneud i archeb – archebion ar agor ar gyfer y Pasg, prisiau o £30.",
]

QUIET = [
    # civic lessons, polling stations, the school council, strike closures
    "Year 6 wrote letters to our local MP about plastic in the sea – she wrote back!",
    "Reminder: the school is closed on Thursday as it is a polling station for the local elections.",
    "Our school council candidates gave brilliant speeches. Voting takes place on Friday in class.",
    "Pupils in Year 5 learned how to write to their MP and debated votes at 16.",
    "Due to NEU strike action on Wednesday, the school will be closed to pupils in Years 3-6.",
    "Y Cyngor Ysgol wedi ethol cadeirydd newydd – llongyfarchiadau Gwen!",
    "Remember to vote for your House captain by Friday!",
    # "get behind", "standing in" and "support" that are not an election
    "Let's all get behind our netball team at the final on Saturday!",
    "Mr Davies is standing in for Mrs Lee in Year 5 this week.",
    "Llongyfarchiadau i'r tîm! Diolch i'r rhieni am eu cefnogaeth ar y diwrnod.",
    # sponsors thanked, the school's own sales and photos
    "Thank you to Tesco for donating fruit for sports day, and to our sponsors for the new kit.",
    "Ms Heaney's husband fixed our roof for free over half term – thank you, Heaney Roofing!",
    "School photo orders must be placed online by Friday for free delivery to school.",
    "The Scholastic book club catalogues came home today – orders through Mrs Khan in the office by Friday.",
    "Free breakfast with every child booked into breakfast club this week!",
    "Prydau ysgol am ddim i bob plentyn yn y cyfnod sylfaen o fis Medi.",
    # role-play shops and lessons about money
    "Year 2 have opened a pretend bakery in class to learn about money. Buns are 5p!",
    "Year 6 learned about why loans with no credit checks can be risky in their money lesson.",
    "Mae Blwyddyn 4 wedi dysgu am arian a chynilo yr wythnos hon.",
    "Our caretaker is also a keen gardener and has planted the new sensory garden with Year 1.",
    # the school's own sale: proceeds to the PTA, its shop, a 100 Club, pupils' drawings, stalls
    "Our PTA's Christmas raffle tickets are £1 each from the office – all proceeds to the Year 6 residential.",
    "The school shop has new book bags in stock at £6.50. Please pay on ParentPay.",
    "Our 100 Club has a new winner – congratulations! £1 a week, every penny of the profits to the PTA.",
    "Christmas tea towels with your child's own drawing can be ordered until Friday – £7 each. Order forms back to class teachers.",
    "Stallholders wanted for the spring fair – £10 per pitch. Please book through the office.",
    "Our Year 5 enterprise team are selling plant pots for £2 at Friday's fair – all money to the school garden.",
    # a consultation, a visit, an award vote, "grab your wellies"
    "The council has opened a consultation on closing the library. Information is on the council website.",
    "Year 6 visited the Senedd and learned how Members vote on new laws.",
    "Mrs Ahmed is standing in as acting head while Mr Lloyd is on leave.",
    "Please vote for our school in the Tidy Towns award before Friday!",
    "Thank you to Penrose Farm for the pumpkins for our autumn display.",
    "Grab your wellies – Forest School is back next week!",
]


@pytest.mark.parametrize("text", CAMPAIGNING)
def test_it_flags_campaigning_in_new_words(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "campaigns" in found[0].message


@pytest.mark.parametrize("text", SELLING)
def test_it_flags_selling_in_new_words(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found, text
    assert "promotes or sells" in found[0].message


@pytest.mark.parametrize("text", QUIET)
def test_it_keeps_civic_notices_and_the_schools_own_money_quiet(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_a_candidate_needs_a_call_for_support_or_a_party() -> None:
    # standing alone is news; with "your support on the day" it is electioneering
    from safepost.engine.rules.political_or_commercial import assess
    from safepost.engine.textnorm import fold

    alone = assess(fold("Our chair of governors is standing for the town council this spring.").text, "political")
    asked = assess(
        fold("Our chair of governors is standing for the town council this spring – let's all get behind her.").text,
        "political",
    )
    assert sum(s.weight for s in alone) < 1.0
    assert sum(s.weight for s in asked) >= 1.0


def test_a_not_a_school_club_aside_is_not_school_context() -> None:
    from safepost.engine.rules.political_or_commercial import assess
    from safepost.engine.textnorm import fold

    names = {s.name for s in assess(fold("Holiday camp (not a school club) – book through their app.").text, "commercial")}
    assert "says the offer is not the school's own" in names
    assert "school fundraising, supplier or thanks" not in names


def test_the_head_is_kept_quiet_only_by_the_schools_own_sale() -> None:
    # the school's own sale with one weak cue keeps the commercial head quiet; the office alone
    # (a parent's pitch "orders via the office") does not
    from safepost.engine.rules.political_or_commercial import _schools_own
    from safepost.engine.textnorm import fold

    own = fold("Our logo hats are in stock at the school uniform shop, £9. Orders through the office.").text
    office = fold("One of our dinner ladies sells scented soaps – £5 a bar, orders via the office!").text
    assert _schools_own(own, [], 0.0)
    assert not _schools_own(office, [], 0.0)
    assert not _schools_own(own, [], 0.7)  # a real cue left beside the school's sale: the head decides
