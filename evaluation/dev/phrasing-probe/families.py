"""Per-family table for the phrasing probes: `python evaluation/dev/phrasing-probe/families.py [PREDICTIONS] [GOLD_DIR]`.

Reads the gold ``comments.jsonl`` beside this file (or in GOLD_DIR, e.g. ``../phrasing-probe-2``) and predictions in ``bench/quality.py``'s output
format (default ``bench/out/comments.jsonl``). For each family (a: group mentions, b: negation and
counter-speech, c: questions and opinions) and polarity, in English, Welsh and both:

* harmful rows: the share predicted ``hate`` and the share predicted any harmful category;
* harmless rows: the share predicted as no harmful category (the pass rate) and as ``hate``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HARMFUL = {"abuse", "threat", "hate", "safeguarding"}


def main() -> None:
    predictions = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "bench" / "out" / "comments.jsonl"
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE
    gold = [json.loads(line) for line in (folder / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    pred = {r["id"]: r["category"] for line in predictions.read_text(encoding="utf-8").splitlines()
            if (r := json.loads(line))}
    print("| family | polarity | lang | n | hate | any harmful | harmless kept |")
    print("|---|---|---|---:|---:|---:|---:|")
    for family in "abc":
        for polarity in ("harm", "ok"):
            for lang in ("en", "cy", "all"):
                rows = [g for g in gold if g["id"].startswith(f"{family}-{polarity}-")
                        and (lang == "all" or g["id"].endswith("-cy") == (lang == "cy"))]
                got = [pred.get(g["id"], "other") for g in rows]
                hate = sum(p == "hate" for p in got) / len(rows)
                harm = sum(p in HARMFUL for p in got) / len(rows)
                print(f"| {family} | {polarity} | {lang} | {len(rows)} | {hate:.2f} | {harm:.2f} | {1 - harm:.2f} |")
    harm_rows = [g for g in gold if "-harm-" in g["id"]]
    ok_rows = [g for g in gold if "-ok-" in g["id"]]
    recall = sum(pred.get(g["id"]) in HARMFUL for g in harm_rows) / len(harm_rows)
    false = sum(pred.get(g["id"]) in HARMFUL for g in ok_rows) / len(ok_rows)
    print(f"harmful recall {recall:.3f} ({len(harm_rows)})   harmless flagged as harmful {false:.3f} ({len(ok_rows)})")


if __name__ == "__main__":
    main()
