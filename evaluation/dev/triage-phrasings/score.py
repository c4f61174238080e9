"""Score triage on the phrasings set: pass rate per family (run from the worktree root).

    python evaluation/dev/triage-phrasings/score.py [--fast] [--failures]

Harmful families pass when the category is hate, abuse or threat; harmless families pass when
the category is not harmful. `--fast` skips the sentence encoder (thorough=False).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

# the worktree's own package, not whichever one the venv was installed from
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from safepost.engine.triage.categories import Category
from safepost.engine.triage.classifier import classify

HERE = Path(__file__).parent
HOSTILE = {Category.HATE, Category.ABUSE, Category.THREAT}


def passes(gold: Category, got: Category) -> bool:
    if gold.harmful:
        return got in HOSTILE
    return not got.harmful


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args()
    print("engine:", sys.modules["safepost.engine.triage.classifier"].__file__)
    rows = [json.loads(line) for line in (HERE / "comments.jsonl").read_text(encoding="utf-8").splitlines()]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for row in rows:
        got = classify(row["text"], row["author_role"], thorough=not args.fast).category
        ok = passes(Category(row["category"]), got)
        tally[row["family"]][0] += ok
        tally[row["family"]][1] += 1
        if not ok:
            failures.append((row["family"], row["id"], got.value, row["text"]))
    for family, (good, total) in tally.items():
        print(f"{family:18} {good:3}/{total:3}  {good / total:.3f}")
    if args.failures:
        for family, ident, got, text in failures:
            print(f"FAIL {family:16} {ident} -> {got:12} {text}")


if __name__ == "__main__":
    main()
