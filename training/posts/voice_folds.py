"""Leave one voice out: how the rules meet a writer the model never read (``python -m training.posts.voice_folds``).

``--writers`` leaves out one independent writer of ``training/voices`` at a time instead.
``--welsh`` leaves out, one at a time, the writers of ``training/voices`` who wrote mostly in
Welsh, and checks only their Welsh and mixed posts at several Welsh bars beside a cue
(``_learned.OFFENSIVE_WITH_WELSH_CUE``; the other thresholds as shipped).

For each voice of :mod:`training.posts.voices` (a tired secondary teacher, a primary office
manager, a Welsh-medium deputy head, a PTA volunteer, a sports coach), a model is fitted on every
training post except that voice's, put in the engine in place of the shipped one, and the
voice's posts are checked by the whole engine (lexicons and model) at several pairs of
thresholds of :mod:`safepost.engine.rules._learned`. This is the development data the thresholds
are chosen on: no functional test (dev or held-out), bench or sealed post is read.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.functional import school
from safepost.engine.models import posts
from safepost.engine.policy import load_policy
from safepost.engine.rules import _learned
from training.posts.train import SEED, Row, fit, generate, load_exported

VOICE_NAMES = (
    "secondary teacher", "office manager", "welsh-medium deputy head", "pta volunteer", "coach", "teaching assistant",
)
RULES = {"offensive": "offensive-language", "live": "live-location", "commercial": "political-or-commercial"}
#: (alone, beside a cue) pairs tried per head, as in ``_learned``.
GRID = {
    "offensive": ((0.95, 0.8), (0.93, 0.75), (0.9, 0.7), (0.85, 0.6), (0.8, 0.55), (0.75, 0.5), (0.7, 0.5), (0.65, 0.45),
                  (0.6, 0.4), (0.5, 0.35)),
    "live": ((0.8, 0.6), (0.75, 0.55), (0.7, 0.5)),
    "commercial": ((1.01, 0.7), (0.95, 0.7), (0.9, 0.6), (0.85, 0.55), (0.8, 0.5), (0.75, 0.45), (0.7, 0.4), (0.6, 0.35)),
}
#: The Welsh bar beside a cue, tried by ``--welsh``.
WELSH_GRID = (0.75, 0.7, 0.65, 0.6, 0.55)
_KNOBS = {"offensive": ("OFFENSIVE_ALONE", "OFFENSIVE_WITH_CUE"), "live": ("LIVE_ALONE", "LIVE_WITH_SIGNAL"),
          "commercial": ("COMMERCIAL_ALONE", "COMMERCIAL_WITH_CUE")}


def voice_of(row: Row) -> str | None:
    voice = str(row["voice"]).removeprefix("bilingual ")
    return voice if row["family"] == "hand-written" and voice in VOICE_NAMES else None


def writer_of(row: Row) -> str | None:
    """The independent writer (a folder of ``training/voices``) a post came from, if any."""
    return str(row["voice"]).split("/")[0] if row["family"] == "writers" else None


def fires(text: str, rule: str) -> bool:
    report = check(Draft(id="fold", text=text), school(), load_policy("default"))
    return any(f.rule == rule for f in report.findings)


def _show(test: list[Row]) -> None:
    """The posts the thresholds in ``_learned`` (as shipped) get wrong, per head."""
    for head, rule in RULES.items():
        for r in test:
            gold = r["rule"] == head and r["label"] == 1
            if fires(str(r["text"]), rule) != gold:
                print(f"  {'MISS' if gold else 'FALSE'} {head}: {r['text']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--c", type=float, default=4.0)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="list the posts the shipped thresholds get wrong")
    parser.add_argument("--writers", action="store_true",
                        help="leave out one independent writer (training/voices) at a time instead of one voice")
    parser.add_argument("--welsh", action="store_true",
                        help="leave out each mostly-Welsh writer and try the Welsh bar beside a cue on their Welsh posts")
    args = parser.parse_args()
    rows = generate(SEED)
    if args.welsh:
        return welsh_folds(rows, c=args.c, min_df=args.min_df)
    group_of = writer_of if args.writers else voice_of
    groups = sorted({g for r in rows if (g := group_of(r))}) if args.writers else VOICE_NAMES
    shipped_load = posts.load
    shipped_knobs = {knob: getattr(_learned, knob) for knobs in _KNOBS.values() for knob in knobs}
    # counts[head][(alone, cue)] = [tp, fp, fn]
    counts: dict[str, dict[tuple[float, float], list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    try:
        for voice in groups:
            train = [r for r in rows if group_of(r) != voice]
            # the voice's own posts, without the noisier copies (the first of each hand-written post)
            seen: set[str] = set()
            test = [r for r in rows if group_of(r) == voice and not (r["template"] in seen or seen.add(str(r["template"])))]
            posts.load = shipped_load
            trial = load_exported(fit(train, c=args.c, min_df=args.min_df), Path(f"/tmp/posts_fold_{voice[:9]}.json.gz"))
            posts.load = lambda *_, m=trial: m  # type: ignore[assignment,misc]
            posts.best.cache_clear()
            for knob, value in shipped_knobs.items():
                setattr(_learned, knob, value)
            if args.show:
                _show(test)
            for head, pairs in GRID.items():
                for pair in pairs:
                    for knob, value in zip(_KNOBS[head], pair, strict=True):
                        setattr(_learned, knob, value)
                    tally = counts[head][pair]
                    for r in test:
                        gold = r["rule"] == head and r["label"] == 1
                        said = fires(str(r["text"]), RULES[head])
                        tally[0] += gold and said
                        tally[1] += said and not gold
                        tally[2] += gold and not said
            print(f"fold {voice}: trained on {len(train)}, tested on {len(test)}", flush=True)
    finally:
        posts.load = shipped_load
        for knob, value in shipped_knobs.items():
            setattr(_learned, knob, value)
        posts.best.cache_clear()
    for head, by_pair in counts.items():
        for pair, (tp, fp, fn) in by_pair.items():
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            f1 = 2 * p * r / max(p + r, 1e-9)
            print(f"{head:10s} alone {pair[0]:.2f} cue {pair[1]:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})")
    return 0


def welsh_folds(rows: list[Row], *, c: float, min_df: int) -> int:
    """Leave out each writer of ``training/voices`` with more Welsh (or mixed) posts than English;
    check their Welsh posts at each bar of ``WELSH_GRID`` (offensive only)."""
    by_writer: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if (w := writer_of(r)) is not None:
            by_writer[w].append(r)
    welsh = sorted(w for w, rs in by_writer.items() if sum(r["lang"] == "cy" for r in rs) * 2 > len(rs))
    shipped_load, shipped = posts.load, _learned.OFFENSIVE_WITH_WELSH_CUE
    counts: dict[float, list[int]] = defaultdict(lambda: [0, 0, 0])
    try:
        for writer in welsh:
            train = [r for r in rows if writer_of(r) != writer]
            seen: set[str] = set()
            test = [r for r in by_writer[writer]
                    if r["lang"] == "cy" and not (r["template"] in seen or seen.add(str(r["template"])))]
            posts.load = shipped_load
            trial = load_exported(fit(train, c=c, min_df=min_df), Path(f"/tmp/posts_fold_{writer[:12]}.json.gz"))
            posts.load = lambda *_, m=trial: m  # type: ignore[assignment,misc]
            posts.best.cache_clear()
            for bar in WELSH_GRID:
                _learned.OFFENSIVE_WITH_WELSH_CUE = bar
                for r in test:
                    gold = r["rule"] == "offensive" and r["label"] == 1
                    said = fires(str(r["text"]), RULES["offensive"])
                    counts[bar][0] += gold and said
                    counts[bar][1] += said and not gold
                    counts[bar][2] += gold and not said
            print(f"fold {writer}: trained on {len(train)}, tested on {len(test)} Welsh posts", flush=True)
    finally:
        posts.load, _learned.OFFENSIVE_WITH_WELSH_CUE = shipped_load, shipped
        posts.best.cache_clear()
    for bar, (tp, fp, fn) in counts.items():
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"offensive, Welsh bar beside a cue {bar:.2f}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

