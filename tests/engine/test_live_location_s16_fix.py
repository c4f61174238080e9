"""LOC201 live-location: the fixes after the sixteenth session's third review (a place dated a month,
a season or a year away lends no clock time; watching on a screen or a choir singing "for us" is back
on site; the school's own street tried last on a route; grown-ups' bodies that meet and events named
for adults; "yn byw yn", "lives in" before a place). Each family with sentences that must still fire.
Sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from safepost.engine import Draft, check, load_policy
from tests.engine._loc201 import example_school


@pytest.fixture(scope="module")
def school() -> Any:
    return example_school()


def _live(school: Any, text: str) -> list[str]:
    report = check(Draft(id="t", text=text), school, load_policy("default"))
    return [text[f.start : f.end] for f in report.findings if f.code == "LOC201" and f.start is not None]


QUIET = [
    # a month, a season or a year away: a clock time beside it is another day's
    "The county cross-country is at Margam Park next month. Training starts at 3.15 in the yard.",
    "Mae'r Sioe Frenhinol yn Llanelwedd eleni. Rydyn ni'n ei gwylio ar y teledu am 10.",
    "Our netball squad reached the Welsh finals in Swansea next season! We celebrate in assembly at 9.",
    "Bydd y côr yn cystadlu yn Eisteddfod yr Urdd y flwyddyn nesaf. Maen nhw'n ymarfer am 3.30.",
    "The Royal Welsh Show is at Builth Wells this year. We're watching highlights at 2 on the screen.",
    "Mae'r tîm yn chwarae yn Stadiwm Dinas Caerdydd fis nesaf. Bydd y tîm yn hyfforddi am 3.",
    "Good luck to our dancers at the Urdd in Denbigh next month. They perform for us at 2.30 tomorrow.",
    "Mae'r plant yn dawnsio yng Ngŵyl Caerdydd y tymor nesaf. Byddan nhw'n dawnsio i ni am 2.",
    "The choir sing at the Millennium Centre later this year. We listen to them practise at 11.",
    "Year 5 go to Llangrannog next term. The children meet their group leaders at 1.30.",
    # grown-ups' bodies that meet, events named for adults or staff
    "The governors meet at Llancaiach Fawr on Thursday at 6.",
    "Quiz night for adults at the Rugby Club on Friday at 7.30 – tickets from the office.",
    "The staff Christmas party is at the Maes Manor Hotel on Friday at 7.",
    "Mae'r pwyllgor yn cyfarfod yng Nghlwb Criced Ystrad Mynach nos Lun am 7.",
    "Bingo i rieni yn Neuadd y Pentref nos Iau am 6.30.",
    "The Friends of Brookfield meet at the Olde Oak tonight at 7.",
    "Mae'r staff mewn hyfforddiant yng Nghanolfan Addysg Caerffili ddydd Gwener am 9.",
    # someone's home, not an outing
    "Mae teulu Ffion yn byw ym Mhenrhiw nawr.",
    "Mae'r plant yn byw yn Ystrad Mynach ac yn cerdded i'r ysgol bob dydd.",
    "Our pen pal lives in Aberystwyth and we are writing to her today.",
    "Mae Taid yn byw yn 4 Heol y Parc, Cefn Hengoed.",
]

LIVE = [
    "Year 6 are at Llangrannog this week! We're on the ski slope at 11.",
    "The choir is at the Urdd Eisteddfod in Llandudno today, our first visit this year. They sing at 2.30.",
    "Year 4 swim at Heolddu Leisure Centre every Tuesday this year.",
    "Mae Blwyddyn 6 yn Llangrannog heddiw! Rydyn ni'n mynd ar y traeth am 2.",
    "Sports day at Cwmcarn Forest. Sun cream on! Races begin at 10.",
    "Year 6 are at Llancaiach Fawr today – staff will meet you at the gate at 3.15.",
    "Mae'r plant yn canu i rieni yng Nghapel Bethel heno am 6.",
    "Our choir sings for the grown-ups at Maesycwmmer Chapel tonight at 6.",
    "The staff and Year 4 are at Cwmcarn Forest today until 2.",
    "Mae Blwyddyn 4 yn Nhreorci heddiw!",
    "Mae'r côr yn byw yn y foment yng Nghanolfan y Mileniwm heno!",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(school: Any, text: str) -> None:
    assert _live(school, text) == []


@pytest.mark.parametrize("text", LIVE)
def test_still_live(school: Any, text: str) -> None:
    assert _live(school, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our route: Mill Lane, then along Station Road to the canal. We set off at 10 today.", "Station Road"),
        ("Ein llwybr: Mill Lane, wedyn ar hyd Ffordd y Gamlas i'r llyn. Rydyn ni'n gadael am 10 heddiw.", "Ffordd y Gamlas"),
    ],
)
def test_route_reports_where_the_outing_goes(school: Any, text: str, place: str) -> None:
    assert _live(school, text) == [place]
