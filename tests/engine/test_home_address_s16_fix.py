"""PD103 home-address: the fixes after the sixteenth session's third review (a Welsh venue or area
word heads no house on any path; a plural, a counted noun or a mutated word after a number needs
the proof a dictionary word does; Welsh drop-off verbs; a class is no town). Every address, house
and person here is invented."""

from __future__ import annotations

import pytest

from safepost.engine.rules import Env
from tests.engine._pd103 import example_env, spans


@pytest.fixture(scope="module")
def env() -> Env:
    return example_env()


@pytest.mark.parametrize(
    "text",
    [
        # a venue or an area by its Welsh head word, after someone staying there too
        "Mae hi bellach yng Ngholeg Gwent, Heol Pentwyn, yn dysgu'n rhan amser.",
        "Mae o bellach ym Mhrifysgol Caerdydd, Heol Senghennydd, yn astudio cerddoriaeth.",
        "She is now at Coleg Gwent, Heol Pentwyn, studying childcare.",
        "Mae hi'n aros yng Ngwesty'r Castell, Heol y Castell, dros y penwythnos.",
        # a plural or a counted noun after a person is no street
        "Our thanks to Mrs Rowe, 20 Christmases at Brookfield, Hebden Bridge!",
        "Diolch i Mrs Rees, 20 Mlynedd yn Ysgol y Wern, Nelson!",
        "Happy retirement Mrs Hale, 30 Nativities at Brookfield, Hebden Bridge!",
        "Congratulations Miss Evans, 25 Summers at the Brownies, Ystrad Mynach!",
        "Bring 2 Conkers, Year 3!",
        "Casglwch 10 Sticer, Dosbarth Derw!",
        # Welsh drop-off verbs before a venue, a date or the school
        "Gollyngwch y bagiau yn Neuadd y Pentref, Heol y Capel, Nelson.",
        "Dychwelwch y llyfrau i'r llyfrgell erbyn 12 Mawrth.",
        "Gollyngwch eich rhoddion yn Siop y Pentref, 3 Stryd Fawr, Nelson.",
        "Dychwelwch y ffurflen erbyn 20 Medi, diolch.",
    ],
)
def test_quiet(text: str, env: Env) -> None:
    assert spans(text, env) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mae hi bellach ym Mron Haul, Heol y Bryn, Tredomen.", "Mron Haul, Heol y Bryn, Tredomen"),
        ("She is now at The Willows, Heol Fach, Nelson.", "The Willows, Heol Fach, Nelson"),
        ("Condolences to the family of the late Mr Seamus Gilroy, 8 Fairgreen, Lisnaskea.", "8 Fairgreen, Lisnaskea"),
        ("Sponsor forms to Mrs Bevan, 14 Maesteg, Nelson please.", "14 Maesteg, Nelson"),
        ("Gollyngwch y bagiau yn 9 Maesglas, Ystrad Mynach CF82 7EE.", "9 Maesglas, Ystrad Mynach CF82 7EE"),
        ("Gellir gollwng y gwisgoedd yn 14 Brynteg, Nelson.", "14 Brynteg, Nelson"),
        ("Mae croeso i chi ollwng y rhoddion yn 6 Heol y Felin, Trelewis.", "6 Heol y Felin, Trelewis"),
        ("Casglwch y tocynnau o 22 Penrhos, Ystrad Mynach.", "22 Penrhos, Ystrad Mynach"),
        ("Dewch i nôl y wisg o 4 Glanffrwd, Hengoed.", "4 Glanffrwd, Hengoed"),
        ("Gollyngwch y llyfrau yn Bryn Awel, Heol y Capel, Nelson.", "Bryn Awel, Heol y Capel, Nelson"),
    ],
)
def test_found(text: str, address: str, env: Env) -> None:
    assert spans(text, env) == [address]
