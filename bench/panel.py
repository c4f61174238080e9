"""Score a writers' panel of posts before anything trains on it: `python bench/panel.py PATH [PATH ...]`.

A panel is a ``posts.jsonl`` in the format of ``training/voices`` (``text``, ``offensive``,
``live_location``, ``lang``). Each post is checked as a saved revision is (thorough, with the
sentence encoder; ``--quick`` for the quick path too) against the functional suite's invented
school, and LAN401 and LOC201 are scored on the post labels: P / R / F1 overall and by language
(``en``, ``cy``, ``mixed``). This is how a new panel's *first score* is taken (docs/quality.md),
before it is copied into the training data. ``--show`` lists the posts the engine gets wrong,
which is fine for a panel (training data) and never for a sealed or held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.functional import school
from safepost.engine.policy import load_policy

RULES = {"offensive": "offensive-language", "live_location": "live-location"}


def read(paths: list[Path]) -> list[dict[str, object]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fired(text: str, thorough: bool) -> set[str]:
    report = check(Draft(id="panel", text=text), school(), load_policy("default"), thorough=thorough)
    return {f.rule for f in report.findings}


def _f1(tp: int, fp: int, fn: int) -> str:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P {p:.2f} R {r:.2f} F1 {2 * p * r / max(p + r, 1e-9):.2f} (tp {tp} fp {fp} fn {fn})"


def score(rows: list[dict[str, object]], thorough: bool, show: bool) -> None:
    # tally[(label, lang)] = [tp, fp, fn]; lang "all" pools every post
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        said = fired(str(row["text"]), thorough)
        for label, rule in RULES.items():
            gold, flagged = bool(row.get(label)), rule in said
            for lang in ("all", str(row.get("lang", "?"))):
                counts = tally[(label, lang)]
                counts[0] += gold and flagged
                counts[1] += flagged and not gold
                counts[2] += gold and not flagged
            if show and gold != flagged:
                print(f"  {'MISS' if gold else 'FALSE'} {label} [{row.get('lang')}] {row['text']}")
    print(f"{'thorough' if thorough else 'quick'} ({len(rows)} posts)")
    for label in RULES:
        for lang in ("all", "en", "cy", "mixed"):
            if (label, lang) in tally:
                print(f"  {label:14s} {lang:5s} {_f1(*tally[(label, lang)])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--quick", action="store_true", help="score the quick path as well")
    parser.add_argument("--show", action="store_true", help="list the posts the engine gets wrong (panels only)")
    args = parser.parse_args()
    rows = read(args.paths)
    score(rows, thorough=True, show=args.show)
    if args.quick:
        score(rows, thorough=False, show=args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
