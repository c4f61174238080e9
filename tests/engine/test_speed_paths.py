"""The quick path's faster ways of doing the same thing give the same answers: the post model's
running sums and windows, the cue patterns run without their leading look-behind, and windows
passed over when they hold none of the strings a cue's every match needs."""

from __future__ import annotations

import math

import pytest

from safepost.engine.models import posts
from safepost.engine.rules import offensive_language, political_or_commercial
from safepost.engine.rules._content import NEEDED_AFTER, Cue, CueSet, necessary_strings

POSTS = [
    "",
    "Well done!",
    "Our 'helpers' in Year 6 were 'busy' all week, weren't they? The 'lost' PE kits were 'found' in the shed.",
    "‘Borrowed’ again, Mr Jones? Thanks for the ‘advice’ on the fundraiser, Cllr Price, it was 'really' helpful.",
    "don't 'forget' the book fair: tickets £3 from the office, or ring 07700 900123 to order a 'mistake' mug.",
    "Plant 'gweithgar' Blwyddyn 2 yn y pwll nofio heddiw, diolch am eich 'cymorth' bob wythnos i'r ysgol.",
    "Vote for our garden in the county award! Earn £300 a week working from home, ask Sam's mum 😉",
    # a cue's words inside longer words, where only the look-behind stops a match
    "Year 3 made bookmarks, did some proofreading and a misspelling hunt, then a digit game. "
    "We will transplant the seedlings and reset an alarm; the servile robot's bits not hard to find.",
    "Year 4 are at the leisure centre every Tuesday at 3.15 and the swimming gala is on 14/03 at 9.30am. " * 4,
    # the strings a cue needs, with and without the rest of its pattern around them
    "Fantastic work this week with your reading! Be your own boss and earn £2,000 a month from home. "
    "Mae'r Saeson yn dod, pobl ddwad i gyd; draw fan'na heb ddiwylliant. Join my team, no credit check.",
    "Working from home this week? Financial freedom talk by the PTA, plus side income tips, pobol dwad.",
]


def _model() -> posts.PostModel:
    model = posts.load()
    assert model is not None
    return model


@pytest.mark.parametrize("text", POSTS)
def test_each_windows_logits_are_what_the_model_gives_that_run_alone(text: str) -> None:
    model = _model()
    totals, counts = model.running(text)
    sums = model.running_sums(text)
    runs = [(a, b) for a in range(len(sums)) for b in range(a, min(len(sums), a + 30))]
    columns = model.window_logits([sums[b] - sums[a] for a, b in runs])
    for i, (a, b) in enumerate(runs):
        alone = model.logits(totals[b] - totals[a], counts[b] - counts[a])
        assert tuple(column[i] for column in columns) == alone


@pytest.mark.parametrize("text", POSTS)
def test_the_best_window_is_the_first_with_the_highest_logit(text: str) -> None:
    model = _model()
    totals, counts = model.running(text)
    n = len(totals) - 1
    found = posts.best_windows(model, text)
    for h in range(len(posts.HEADS)):
        best = (-math.inf, 0, 0)
        for a in range(0, max(n - posts.WINDOW_WORDS, 0) + 1, posts.WINDOW_STEP):
            b = min(a + posts.WINDOW_WORDS, n)
            logit = model.logits(totals[b] - totals[a], counts[b] - counts[a])[h]
            if logit > best[0]:
                best = (logit, a, b)
        assert found[h] == posts.Window(text, best[1], best[2], 1 / (1 + math.exp(-best[0])))


def _cues() -> list[Cue]:
    sets: list[CueSet] = [offensive_language._gate(), *offensive_language._cues()]
    sets += [part for section in political_or_commercial.SECTIONS for part in political_or_commercial._cues(section)]
    return [cue for cue_set in sets for cue in cue_set.items]


def test_some_cues_run_without_their_look_behind() -> None:
    assert any(cue._unguarded is not None for cue in _cues())
    assert any(cue._unguarded is None for cue in _cues())


@pytest.mark.parametrize("text", POSTS)
def test_a_cue_finds_the_same_first_match_either_way(text: str) -> None:
    folded = text.lower()
    windows = [(a, b) for a in range(0, len(folded) + 1, 7) for b in (a + 40, a + 240, len(folded)) if b <= len(folded)]
    for cue in _cues():
        if cue._unguarded is None:
            continue
        for a, b in windows:
            expected = cue.pattern.search(folded, a, b)
            got = cue.search(folded, a, b)
            assert (got.span() if got else None) == (expected.span() if expected else None), (cue.name, a, b)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("dros y ffin", {"dros y ffin"}),
        ("pobo?l dd?wad", {"pobl ddwad", "pobol ddwad", "pobl dwad", "pobol dwad"}),
        (r"(?:i|we) (?:make|earn) £[\d,]{2,7} (?:a|per) (?:week|month)", {" make £", " earn £"}),  # "£" is rare
        (r"be[ \t\-]{1,3}your[ \t\-]{1,3}own[ \t\-]{1,3}boss", {"boss"}),  # the last of equals
        (r"(?<![\w])(?:saeson|sais)(?![\w])|tai haf", {"saeson", "sais", "tai haf"}),
        (r"(?:ab)+c?", {"ab"}),
    ],
)
def test_the_strings_every_match_needs_come_from_the_pattern(source: str, expected: set[str]) -> None:
    assert set(necessary_strings(source) or ()) == expected


@pytest.mark.parametrize("source", [r"\w+\d", r"(?:abc)?\d", "(?i)saeson", "x|(?i:saeson)", r"abc|\d+", ""])
def test_no_strings_when_a_match_can_do_without_them(source: str) -> None:
    assert necessary_strings(source) is None


def test_a_window_without_the_strings_is_passed_over_and_one_with_them_searched() -> None:
    cue = Cue("a get-rich pitch", 1.0, r"(?<![\w])(?:be (?:your|ur) own boss)(?![\w])")
    assert cue.needed == (" own boss",)
    text = "Fantastic week with your class, boss of the bake-off: be your own boss!"
    assert cue.search(text, 0, 40) is None
    found = cue.search(text, 0, len(text))
    assert found is not None and found.group() == "be your own boss"


def test_a_cue_works_out_the_strings_it_needs_only_once_it_has_been_searched_often() -> None:
    cue = Cue("a get-rich pitch", 1.0, r"(?<![\w])(?:financial freedom)(?![\w])")
    text = "Fantastic week, financial freedom for all"
    for _ in range(NEEDED_AFTER):
        assert cue.search(text, 0, len(text)) is not None
        assert "needed" not in cue.__dict__  # a one-off check does not pay for the analysis
    assert cue.search(text, 0, 20) is None
    assert cue.__dict__["needed"] == ("financial freedom",)
    found = cue.search(text, 10, len(text))
    assert found is not None and found.span() == (16, 33)


def test_most_cues_need_strings() -> None:
    assert sum(cue.needed is not None for cue in _cues()) > len(_cues()) * 3 // 4


@pytest.mark.parametrize("text", POSTS)
def test_a_cue_finds_the_same_first_match_with_or_without_the_strings_it_needs(text: str) -> None:
    folded = text.lower()
    windows = [(a, b) for a in range(0, len(folded) + 1, 5) for b in (a + 30, a + 240, len(folded)) if b <= len(folded)]
    for cue in _cues():
        if cue.needed is None:
            continue
        for a, b in windows:
            expected = cue.pattern.search(folded, a, b)
            got = cue.search(folded, a, b)
            assert (got.span() if got else None) == (expected.span() if expected else None), (cue.name, a, b)
        if cue.pattern.search(folded):
            assert any(part in folded for part in cue.needed), cue.name
