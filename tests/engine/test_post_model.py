"""The post rules' learned model (``safepost.engine.models.posts``): it ships, scores in pure
Python, agrees with the training features, and serves LAN401, LOC201 and CON601 beside their
lexicons."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from safepost.engine import Draft, check, load_policy
from safepost.engine.models import posts
from safepost.engine.school import SchoolContext


def _school() -> SchoolContext:
    from safepost.engine.functional import school

    return school()


def test_it_ships_and_loads_without_scikit_learn() -> None:
    code = ("import sys; from safepost.engine.models import posts; assert posts.load() is not None; "
            "posts.best('Year 4 are at Roath Park right now!'); "
            "assert 'sklearn' not in sys.modules and 'numpy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_it_finds_the_same_features_as_training() -> None:
    model = posts.load()
    assert model is not None
    with gzip.open(posts.MODEL_FILE, "rt", encoding="utf-8") as handle:
        index = {f: i for i, f in enumerate(json.load(handle)["features"])}
    text = "Y4 are at the leisure centre every Tuesday at 3.15, sh1t! Mae'r plant yn y pwll nofio."
    known = [index[f] for f in posts.features(text) if f in index]
    totals, counts = model.running(text)
    assert counts[-1] == len(known)
    assert totals[-1] == sum(model.packed[i] for i in known)


@pytest.mark.parametrize(
    ("text", "head", "high"),
    [
        ("Pob lwc i Gethin sy'n canu yn Theatr y Werin ddydd Sadwrn am 2pm!", "live", True),
        ("We are at the Botanic Gardens right now with the P6s, back at 3.", "live", True),
        ("Thank you to everyone who sent in harvest donations.", "live", False),
        ("The Year 5 parents clearly never read a single letter we send. Shocking.", "offensive", True),
        ("So proud of Year 5 for their spelling results, every child improved!", "offensive", False),
        ("Diolch i bob rhiant ddaeth i'r noson rieni.", "offensive", False),
        ("My sister-in-law does gel nails from her kitchen, £18 a set, inbox me to book!", "commercial", True),
        ("Raffle tickets are 50p from the office, every penny goes to the Year 6 residential.", "commercial", False),
        ("Vote Plaid on Thursday to keep our village school open!", "political", True),
        ("School is closed on Thursday as the hall is a polling station.", "political", False),
    ],
)
def test_it_scores_clear_posts_on_the_right_side(text: str, head: str, high: bool) -> None:
    model = posts.load()
    assert model is not None
    p = model.score(text)[posts.head(head)]
    assert (p >= 0.5) is high, p


def test_it_reports_the_window_it_read_in_a_long_post() -> None:
    filler = "Please label all coats and jumpers with your child's name. " * 8
    text = filler + "We are live from Pembrey beach right now with Year 3! " + filler
    found = posts.best(text)
    assert found is not None
    window = found[posts.head("live")]
    assert window.probability >= 0.5  # the window also holds filler words
    assert "Pembrey" in text[window.start : window.end]


def test_the_rules_fire_on_what_only_the_model_sees() -> None:
    policy = load_policy("default")
    report = check(Draft("d", "📍 Techniquest. Year 3 are here now, having a brilliant time!"), _school(), policy)
    assert any(f.rule == "live-location" for f in report.findings)
    quiet = check(Draft("d", "Thank you to everyone who came to the fair, we raised £900."), _school(), policy)
    assert not any(f.rule in ("live-location", "offensive-language") for f in quiet.findings)


def test_the_commercial_half_fires_on_what_only_the_model_sees() -> None:
    """A pitch with none of CON601's cue phrases is still found through the model's commercial head."""
    from safepost.engine.rules import _learned

    text = "Our caretaker's wife bakes celebration cakes to order, from £30, give her a ring on the number below."
    report = check(Draft("d", text), _school(), load_policy("default"))
    found = [f for f in report.findings if f.rule == "political-or-commercial"]
    assert found
    assert _learned.COMMERCIAL_WITH_CUE < _learned.COMMERCIAL_ALONE
    fair = "Cake sale on Friday after school, 50p a slice, all money to the PTA."
    quiet = check(Draft("d", fair), _school(), load_policy("default"))
    assert not any(f.rule == "political-or-commercial" for f in quiet.findings)


def test_the_political_half_fires_on_what_its_cues_only_hint_at() -> None:
    """Canvassing for a named person, with only a weak political cue (knocking on doors), is
    found through the model's political head, which never speaks without a cue; a
    polling-station closure stays quiet."""
    from pathlib import Path

    from safepost.engine import load_school
    from safepost.engine.rules import _learned
    from safepost.engine.rules.political_or_commercial import THRESHOLD, assess
    from safepost.engine.textnorm import fold

    school = load_school(Path(__file__).resolve().parents[2] / "examples" / "school")
    text = ("Our head will spend Saturday knocking on doors for Rhian – she's the one who will fight "
            "for this school. Please give her your backing in May.")
    assert 0 < sum(s.weight for s in assess(fold(text).text, "political")) < THRESHOLD
    found = posts.best(text)
    assert found is not None
    p = found[posts.head("political")].probability
    report = check(Draft("d", text), school, load_policy("default"))
    # the rule fires exactly when the head reaches its bar (the head is weak on new wording: this
    # post scored 0.77 before the Welsh panel cy-panel6 and 0.73 after; see CON601's weaknesses)
    assert p > 0.5
    assert any(f.rule == "political-or-commercial" for f in report.findings) == (p >= _learned.POLITICAL_WITH_CUE)
    closed = "The school hall is a polling station on Thursday, so pupils stay at home."
    civic = posts.best(closed)
    assert civic is not None and civic[posts.head("political")].probability < 0.5
    quiet = check(Draft("d", closed), school, load_policy("default"))
    assert not any(f.rule == "political-or-commercial" for f in quiet.findings)


def test_the_training_data_is_varied_and_a_quarter_welsh() -> None:
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "training" / "posts" / "data"
    for rule in ("offensive", "live", "commercial"):
        rows = [json.loads(line) for line in (data / f"{rule}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(rows) >= 500
        assert sum(r["lang"] == "cy" for r in rows) / len(rows) >= 0.25
        assert len({r["voice"] for r in rows}) >= 8
        assert {r["label"] for r in rows} == {0, 1}


@pytest.mark.parametrize("text", [
    "Sports day is **this Friday** at 1.30pm on the school field.",
    "*** IMPORTANT *** Parents' evening is on Thursday from 4pm in the hall.",
    "Parents' evening ** Thursday ** 4pm, book your slot at the office.",
    "Ffair Nadolig *** dydd Sadwrn *** yn neuadd yr ysgol, croeso i bawb!",
])
def test_asterisks_for_emphasis_are_not_masked_swearing(text: str) -> None:
    """Masked swearing taught the model that asterisks are rude; a school office writing
    "**this Friday**" or a banner "*** IMPORTANT ***" is not swearing."""
    report = check(Draft("d", text), _school(), load_policy("default"))
    assert not any(f.rule == "offensive-language" for f in report.findings)


@pytest.mark.parametrize("text", ["What the **** is going on with the car park this morning",
                                  "Year 6 were sh*t at the quiz, honestly."])
def test_asterisks_that_mask_a_word_still_read_as_swearing(text: str) -> None:
    report = check(Draft("d", text), _school(), load_policy("default"))
    assert any(f.rule == "offensive-language" for f in report.findings)


def test_blanking_emphasis_keeps_the_offsets() -> None:
    text = "Sports day is **this Friday** at 1.30pm"
    assert len(posts.reading(text)) == len(text)
    assert posts.reading(text).split() == ["sports", "day", "is", "this", "friday", "at", "1.30pm"]


def test_a_short_answer_with_a_time_and_no_place_is_not_a_live_location() -> None:
    """A reply telling a parent when something is ("Friday at 3pm.") names nowhere: the model
    alone does not speak on a fragment that short."""
    from safepost.engine.rules import _learned

    assert len("Friday at 3pm.".split()) < _learned.LIVE_ALONE_MIN_WORDS
    report = check(Draft("d", "Friday at 3pm."), _school(), load_policy("default"))
    assert not any(f.rule == "live-location" for f in report.findings)


def test_the_shipped_model_is_what_the_training_command_makes() -> None:
    # A model fitted before its training data last changed would pass every other test here and
    # still not be reproducible: `python -m training.posts` must give these exact weights.
    pytest.importorskip("sklearn")
    from training.posts.train import fit, generate

    shipped = json.loads(gzip.decompress(posts.MODEL_FILE.read_bytes()))
    refitted = json.loads(json.dumps(fit(generate(), c=4.0, min_df=2), ensure_ascii=False))
    assert refitted == shipped, "run `python -m training.posts` and commit what it writes"
