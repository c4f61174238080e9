"""Masked swearing is read as the word it hides, the same way in posts and comments, and
ordinary text that uses the same characters is left alone."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from safepost.engine import Draft, check, load_policy, load_school
from safepost.engine.textnorm import fold
from safepost.engine.triage import Category, classify
from safepost.engine.triage.normalise import prepare
from safepost.engine.unmask import PROFANITY, SLUR, find, unmask, vocabulary

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).parent / "data" / "masked_profanity_probe.jsonl"


def _words(text: str) -> list[tuple[str, str]]:
    folded = fold(text).text
    return [(folded[u.start : u.end], u.word) for u in find(folded)]


@pytest.mark.parametrize(
    ("text", "typed", "word"),
    [
        ("what a tw*t", "tw*t", "twat"),
        ("oh *hit", "*hit", "shit"),
        ("total wank** he is", "wank**", "wanker"),
        ("a right b@st@rd.", "b@st@rd", "bastard"),
        ("Sh!t!", "sh!t", "shit"),
        ("you 4rsehole", "4rsehole", "arsehole"),
        ("B0LL0CKS to that", "b0ll0cks", "bollocks"),
        ("the f.cking bus", "f.cking", "fucking"),
        ("absolute c u n t", "c u n t", "cunt"),
        ("Mae'r ff-y-c-i-n bws yn hwyr", "ff-y-c-i-n", "ffycin"),
        ("shhhiiiit", "shhhiiiit", "shit"),
        ("fkn hell", "fkn", "fuckin"),
        ("Fvck!", "fvck", "fuck"),
        ("y ff*cin ebost", "ff*cin", "ffycin"),
        ("ti'n c*chgi", "c*chgi", "cachgi"),
        ("p*ki kids", "p*ki", "paki"),
        ("Mrs X you id**t", "id**t", "idiot"),
        # what LAN401 read with a pattern of its own before unmask was the one reader
        ("F*** off with your rules", "f***", "fuck"),
        ("Bl 5 yn ff***in nightmare", "ff***in", "fuckin"),
        ("ti'n ff**in idiot", "ff**in", "ffycin"),  # the Welsh word first: its letters fit
        ("S***e everywhere.", "s***e", "shite"),
        ("chi'n b******s balch", "b******s", "bastards"),
        ("they'd have been ff*cked.", "ff*cked", "fucked"),
        ("you're a s.h.i.t 🙄", "s.h.i.t", "shit"),
    ],
)
def test_it_reads_a_disguised_word_with_its_span(text: str, typed: str, word: str) -> None:
    assert (typed, word) in _words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rated 5* by our Year 6 pupils", "**Reminder:** PE kit on Tuesday", "*Please* bring a coat",
        "Trip £12.50* (*voluntary)", "Doors open 8:40, home by 3.30pm", "Won 3-1! Y6 and Yr5 in the hall",
        "office@ysgol.sch.uk", "#proud #Year6", ":-) ;) <3 ^_^", "Q&A at 6pm", "b4 Friday, gr8, l8r, 2moro",
        "Room B12#, code CF83 2BQ, ref LP-2024-117", "St. David's Day on Heol Fawr Rd.", "P.E., R.E. and the B.B.C.",
        "e.g. Matilda, i.e. after school, a.m.", "Shhhh! Sooooo proud, Hisssss, Arrrr!", "Scunthorpe, Cockburn, "
        "assessment, passage, Dickens, shiitake, Penistone", "Our A* results are on the wall!", "F# minor and C#",
        "5*3 = 15", "Password: ********", "Twt iawn! Mae twll yn y ffordd, dim ffwdan, ffug neu ffaith",
        "Cacen, cwt ieir, asyn, basged, Bl.6", "cnt wait, thx, pls, tbh, btw", "c.a.t, d.o.g and s.u.n",
    ],
)
def test_it_leaves_ordinary_text_with_the_same_characters_alone(text: str) -> None:
    assert _words(text) == []


def test_it_only_reads_words_from_the_offensive_lexicon() -> None:
    words = vocabulary()
    assert words["fucking"] == PROFANITY and words["paki"] == SLUR
    assert "class" not in words and "hello" not in words
    # a short word fits too many masked shapes to be read from one: "b*t" is also "but"
    assert all(len(w) >= 4 for w, kind in words.items() if kind != PROFANITY)


def test_it_writes_the_words_out_for_triage() -> None:
    # the f-word read from its first letter stays as typed: triage's lexicon and model read it so
    assert unmask("you tw@t, f*** off") == "you twat, f*** off"
    assert prepare("You are a c*nt") == "you are a cunt"


def test_a_post_and_a_comment_read_the_same_disguise(tmp_path: Path) -> None:
    school = load_school(REPO / "examples" / "school")
    for text in ("Whoever parked on the zig-zags is a w@nker.", "Ti'n b@stad, ateb y ffôn!"):
        report = check(Draft(id="t", text=text), school, load_policy("default"), thorough=False)
        [finding] = [f for f in report.findings if f.rule == "offensive-language"]
        assert "@" in text[finding.start : finding.end]
        assert classify(text, "parent").category is Category.ABUSE


def test_a_masked_word_in_quotation_marks_is_still_discussed_not_used() -> None:
    school = load_school(REPO / "examples" / "school")
    text = "In PSHE we talked about why words like 'b!tch' hurt people."
    report = check(Draft(id="t", text=text), school, load_policy("default"), thorough=False)
    assert [f for f in report.findings if f.rule == "offensive-language"] == []


def _probe() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]


def test_the_probe_set_is_big_enough_both_ways() -> None:
    rows = _probe()
    assert sum(r["offensive"] for r in rows) >= 150 and sum(not r["offensive"] for r in rows) >= 150
    assert {"asterisk-mid", "symbol", "digit", "spaced", "repeated", "textspeak", "mixed-case"} <= {r["how"] for r in rows}
    assert sum(r["lang"] == "cy" and r["offensive"] for r in rows) >= 25


def test_the_step_alone_is_quiet_on_the_probes_clean_text_and_finds_most_disguises() -> None:
    rows = _probe()
    clean = [r["text"] for r in rows if not r["offensive"] and find(fold(r["text"]).text)]
    assert clean == []
    # the rest are words the lexicons match as typed (fcking, wtf, fuckwits) or misses (f0ck1ng,
    # biatch, c*c oen, btch)
    masked = [r for r in rows if r["offensive"] and r["how"] not in ("mixed-case",)]
    read = sum(bool(find(fold(r["text"]).text)) for r in masked)
    assert read / len(masked) >= 0.8


def test_the_quick_check_catches_nearly_every_disguise_in_the_probe() -> None:
    school = load_school(REPO / "examples" / "school")
    policy = load_policy("default")
    masked = [r for r in _probe() if r["offensive"]]
    caught = sum(any(f.rule == "offensive-language" for f in check(Draft(id=r["id"], text=r["text"]), school, policy,
                                                                   thorough=False).findings) for r in masked)
    assert caught / len(masked) >= 0.93  # 0.71 before the shared step (bench/masked_probe.py --quick)


@pytest.mark.parametrize("text", ["f*" * 200_000, "s h " * 100_000, "a." * 200_000, "shiii" * 80_000, "fkn " * 100_000])
def test_it_stays_linear_on_hostile_text(text: str) -> None:
    started = time.process_time()
    find(text)
    assert time.process_time() - started < 5


def test_no_lexicon_word_is_longer_than_a_token_it_will_read() -> None:
    from safepost.engine import unmask

    assert max(map(len, vocabulary())) <= unmask._LONGEST


def test_the_post_model_reads_words_as_typed_and_triage_reads_them_unmasked() -> None:
    assert prepare("tw@t", disguises=False) == "tw@t"
    assert prepare("tw@t") == "twat"


def test_lan401_finds_a_disguise_late_in_a_long_post_and_none_in_an_ordinary_one() -> None:
    from safepost.engine.rules.offensive_language import _STEMS, _disguised, _gate
    from safepost.engine.unmask import skeleton

    ordinary = "Our Year 6 trip to the museum was brilliant, email office@ysgol.cymru with questions. " * 20
    folded = fold(ordinary + "Whoever keeps parking on the zig-zags is a tw%t.").text
    spans = _gate().windows(skeleton(folded), reach=_STEMS)
    assert [u.word for u in _disguised(folded, spans)] == ["twat"]
    assert _disguised(fold(ordinary).text, _gate().windows(skeleton(fold(ordinary).text))) == []
    # an ordinary post without an address or a disguise never reaches unmask.find at all
    plain = fold("Our Year 6 trip to the museum was brilliant, well done everyone! " * 20).text
    assert "unmask" not in _gate().windows(skeleton(plain), reach=_STEMS)


def test_find_in_reads_each_span_once_with_the_words_find_gives_span_by_span() -> None:
    from safepost.engine.unmask import find_in

    folded = fold("Ignore the sh*t here. A long stretch of ordinary words in between. Then a tw@t, and f.u.c.k.").text
    spans = [(0, 30), (10, 25), (70, len(folded))]
    by_span = {u for a, b in spans for u in find(folded, a, b)}
    assert find_in(folded, spans) == sorted(by_span, key=lambda u: u.start)
    assert [u.word for u in find_in(folded, spans)] == ["shit", "twat", "fuck"]


def test_the_shipped_text_speak_shapes_are_what_the_lexicon_and_word_lists_give() -> None:
    from safepost.engine import unmask

    shipped = json.loads(unmask.SHAPES.read_text(encoding="utf-8"))
    assert shipped["shapes"] == unmask.build_shapes(), "run `python -m safepost.engine.unmask`"
    assert shipped["lexicon_sha256"] == unmask._lexicon_digest(), "run `python -m safepost.engine.unmask`"
    assert unmask._shipped_shapes() == shipped["shapes"]


def test_a_lexicon_changed_since_the_shapes_were_written_makes_them_built_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safepost.engine import unmask

    edited = tmp_path / "offensive.yaml"
    edited.write_text(unmask.LEXICON.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(unmask, "LEXICON", edited)
    assert unmask._shipped_shapes() is None
    monkeypatch.setattr(unmask, "SHAPES", tmp_path / "missing.json")
    assert unmask._shipped_shapes() is None
