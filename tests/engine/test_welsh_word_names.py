"""Welsh pupils' names that are also words (Gwawr, Afon, Seren, Medi), on the development
school Ysgol y Wawr (``evaluation/dev/ysgol-y-wawr``): each test is one family of mistakes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from safepost.engine import Draft, SchoolContext, check, load_policy, load_school

_DEV = Path(__file__).resolve().parents[2] / "evaluation" / "dev" / "ysgol-y-wawr"


@lru_cache(maxsize=1)
def _school() -> SchoolContext:
    return load_school(_DEV)


def _names(text: str) -> list[str]:
    report = check(Draft(id="t", text=text), _school(), load_policy("default"))
    return [text[f.start : f.end] for f in report.findings if f.rule == "pupil-name" and f.start is not None]


def test_a_word_name_a_teacher_shares_is_still_read_as_the_word() -> None:
    # a pupil and Miss Gwawr Tomos are both called Gwawr: "Gwawr newydd" is still "a new dawn"
    assert _names("Gwawr newydd i'r ysgol: mae'r adeilad newydd ar agor!") == []
    assert _names("Llongyfarchiadau i Gwawr am ennill y gystadleuaeth.") == ["Gwawr"]


def test_a_hyphenated_title_makes_an_adult() -> None:
    assert _names("Diolch o galon i Mam-gu Heulwen am wau'r hetiau!") == []
    assert _names("Diolch o galon i Heulwen am wau'r hetiau!") == ["Heulwen"]
