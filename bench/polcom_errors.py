"""List CON601's errors on a posts set: `python bench/polcom_errors.py DIR [DIR...] [--all]`.

For each post whose gold political_or_commercial label differs from CON601's verdict (quick
path: CON601 never asks the encoder), prints the id, gold and predicted labels, each half's
cue signals and the learned heads' probabilities, then P / R / F1 per set. For development:
it reads the sets' posts, so never point it at evaluation/sealed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine import check, draft_from_object, load_policy, load_school
from safepost.engine.models import posts
from safepost.engine.rules.political_or_commercial import assess_all
from safepost.engine.textnorm import fold

LABEL = "political_or_commercial"
EXAMPLE_SCHOOL = Path(__file__).resolve().parents[1] / "examples" / "school"


def signals_line(text: str) -> str:
    found = assess_all(fold(text).text)
    parts = []
    for section, signals in found.items():
        cues = ", ".join(f"{s.name}={s.weight:+.2f}" for s in signals)
        parts.append(f"{section}[{sum(s.weight for s in signals):.2f}]: {cues}")
    best = posts.best(text)
    if best is not None:
        probs = " ".join(f"{h}={best[posts.head(h)].probability:.2f}" for h in ("political", "commercial"))
        parts.append(f"heads: {probs}")
    return "\n    ".join(parts)


def score_set(bench: Path, show_all: bool) -> tuple[int, int, int]:
    # a false-alarm probe (source.jsonl, every post clean) is checked as examples/school
    clean = not (bench / "school.toml").is_file()
    school = load_school(EXAMPLE_SCHOOL if clean else bench)
    policy = load_policy(school.policy)
    tp = fp = fn = 0
    lines = (bench / ("source.jsonl" if clean else "posts.jsonl")).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        obj = json.loads(line)
        obj.setdefault("id", f"{bench.name}-{number:03d}")
        gold = bool(obj.get("labels", {}).get(LABEL))
        draft = {k: v for k, v in obj.items() if k not in {"labels", "spans", "image_spans", "voice", "lang"}}
        report = check(draft_from_object(draft), school, policy, thorough=False)
        pred = any(f.code == "CON601" for f in report.findings)
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
        if gold != pred or show_all:
            print(f"{obj['id']} gold={int(gold)} pred={int(pred)}: {obj['text'][:300]}")
            print(f"    {signals_line(obj['text'])}")
    return tp, fp, fn


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("benches", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print every post, not only errors")
    args = parser.parse_args()
    rows = []
    for bench in args.benches:
        tp, fp, fn = score_set(bench, args.all)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"{bench.name}: tp={tp} fp={fp} fn={fn} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
