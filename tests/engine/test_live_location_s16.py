"""LOC201 live-location: the sixteenth session's families (a time a few sentences on, a grown-up or
a bus taking a group, routes listed after "route:", the Welsh present tense), each with ordinary
sentences of the same shape that must stay quiet. Sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine._loc201 import example_school
from tests.engine._loc201 import fires as _fires
from tests.engine._loc201 import rule_fires as _rule_fires


@pytest.fixture(scope="module")
def school() -> Any:
    return example_school()


@pytest.mark.parametrize(
    "text",
    [
        # the time a sentence or two past the place's neighbour, said of the same outing
        "Cup final at Cardiff City Stadium. What a season it has been for our girls. Kick-off is Saturday at 3pm.",
        "2-1 win at Penallta Park. Brilliant goal from the halfway line — who needs Bale? We're staying on for the 2pm semi-final.",
        "First match done at Bedwas Sports Ground. Lots of smiles. The girls go again at 11.30 today.",
        "Great day at the Urdd. The squad have been brilliant. They play the final at 2.45.",
        "Sports day for P7 at Lisburn Racecourse. Sun cream on! Races begin at 10.",
        # a grown-up or a bus taking a group there
        "Mrs Hughes is bringing the choir to St Martin's Church on Sunday at 10am.",
        "Our minibus brings the team to Caerphilly Castle this morning.",
        "Coach Dan takes the squad to Ystrad Mynach Park on Saturday at 9.",
        # a route listed after "route:"
        "Our Santa run route: Bedwas Road, Church Street, then the Square, 2-3pm on Sunday.",
        # the Welsh present tense: the group doing something at a place
        "Mae'r plant yn chwarae ar draeth Porthcawl.",
        "Mae Blwyddyn 6 yn cerdded i fyny Pen y Fan.",
        "Mae'r côr yn canu yng Nghapel Salem, Nelson.",
        "Rydyn ni'n mwynhau'r haul ym Mharc Bute!",
        "Mae'r disgyblion yn ymweld â Chastell Caerffili.",
        "Rydyn ni yng Nghaerdydd.",
        "Rydyn ni'n cerdded ar hyd Llwybr Taf tuag at Nelson.",
    ],
)
def test_it_finds_the_sixteenth_sessions_families(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _rule_fires(school, text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        # past trips, and a later sentence about school or another notice
        "Year 6 played at Penallta Park last week. What a season. Next year's league starts in September at 10am.",
        "We had a lovely time at Barry Island. Thanks to all the parents. Letters about the next trip go home on Friday at 3pm.",
        "Photos from the team at Penallta Park. Brilliant effort. They train every Tuesday at 4 in the yard.",
        "Thank you to Bedwas Rugby Club for the new balls. Very kind. The team play their next match at home on Saturday at 10.",
        "Well done to our choir at St David's Hall. The choir sing again next year.",
        "Photo: Year 6 at Big Pit last June. The children remember it well. The class start their write-up at 10.",
        "Congratulations to the cast of the Urdd show at Llangrannog last week. The show was amazing.",
        "Cinema trip to Cineworld Cardiff was cancelled. The children go home at 3.15 as usual.",
        # bringing and taking with no grown-up, no group or no place
        "Mr Jones brought the players to Bedwas Leisure Centre last Tuesday.",
        "Please bring the players' kit to the office on Monday at 9.",
        "Reading takes the children to Narnia and back every Friday afternoon.",
        "Mr Jones takes the team to task after every match.",
        "Our minibus brought the team to Caerphilly Castle last week.",
        "Road closure: Commercial Street will be shut between 10am and 12 on Saturday.",
        # Welsh verbs of living, learning and talking, the past tense, the school's hall
        "Mae'r plant yn byw yng Nghaerffili.",
        "Rydyn ni'n byw yng Nghymru ac yn falch o hynny.",
        "Mae'r plant yn siarad am eu taith i Sain Ffagan.",
        "Mae'r plant yn dysgu am Gastell Caerffili.",
        "Mae'r plant yn chwarae yn y neuadd.",
        "Roedd y plant yn chwarae ar draeth Porthcawl.",
        "Mae'r tîm yn diolch i Gaerffili RFC am y crysau.",
        "Rydyn ni'n edrych ymlaen at ymweld â Chastell Caerffili yn yr haf.",
        # a future trip with no child and no time
        "Next year we hope to visit Llancaeach Fawr.",
        "A trip to Cardiff Bay is planned for the summer term.",
    ],
)
def test_it_stays_quiet_on_the_same_shapes(school: Any, text: str) -> None:
    assert not _fires(school, text)
