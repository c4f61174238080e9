"""Masked and obfuscated profanity: `python bench/masked_probe.py [--quick] [--misses]`.

Runs the probe set ``tests/engine/data/masked_profanity_probe.jsonl`` (written for safepost:
swearing masked with symbols, digits, spacing, stretching, text-speak and mixed case, in English
and Welsh, beside clean text that uses the same characters legitimately) twice, through the
same code paths as ``bench/quality.py``: each row as a post (a saved revision's check, or the
quick path with ``--quick``; offensive when LAN401 fires) and as a parent's comment (triage).
Prints P/R of the offensive label by disguise and language, and for the comments the rate at
which masked name-calling is triaged as abuse, masked slurs as hate, masked swearing in a
complaint as a complaint, and clean text as anything harmful.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine import check, draft_from_object, load_policy, load_school

ROOT = Path(__file__).resolve().parent
PROBE = ROOT.parent / "tests" / "engine" / "data" / "masked_profanity_probe.jsonl"
DEFAULT_BENCH = next((p / "shared" / "bench" for p in ROOT.parents[1:3] if (p / "shared" / "bench").is_dir()),
                     ROOT.parent.parent / "shared" / "bench")
HARMFUL = {"abuse", "threat", "hate", "safeguarding"}


def _pr(pairs: list[tuple[bool, bool]]) -> str:
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return f"n {len(pairs):3d}  tp {tp:3d}  fp {fp:3d}  fn {fn:3d}  P {prec:.3f}  R {rec:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--quick", action="store_true", help="the quick path's verdict for posts")
    parser.add_argument("--misses", action="store_true", help="list the rows each measure gets wrong")
    args = parser.parse_args()
    from safepost.engine.triage import triage_comment_object

    school = load_school(args.bench)
    policy = load_policy(school.policy)
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]
    posts: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    comments: dict[str, list[bool]] = defaultdict(list)
    misses: list[str] = []
    for row in rows:
        report = check(draft_from_object({"id": row["id"], "text": row["text"], "images": []}), school, policy,
                       thorough=not args.quick)
        fired = any(f.rule == "offensive-language" for f in report.findings)
        pair = (bool(row["offensive"]), fired)
        for key in ("all", f"lang {row['lang']}", f"how {row['how']}"):
            posts[key].append(pair)
        if pair[0] != pair[1]:
            misses.append(f"post    {'FN' if pair[0] else 'FP'}  {row['text']}")
        got = triage_comment_object({"id": row["id"], "text": row["text"], "author_role": "parent"},
                                    school, policy)["category"]
        want = row["category"]
        ok = got not in HARMFUL if want == "clean" else got == want
        comments[f"{want} ({'not harmful' if want == 'clean' else 'exact'})"].append(ok)
        if want != "clean":
            comments[f"{want} (any harmful)" if want != "complaint" else "complaint (not other/praise)"].append(
                got in HARMFUL if want != "complaint" else got not in ("other", "praise", "question"))
        if not ok:
            misses.append(f"comment {want:>9} -> {got:<9} {row['text']}")
    print(f"masked-profanity probe: {len(rows)} rows ({PROBE.name}), posts {'quick' if args.quick else 'thorough'}")
    print("\nPosts: offensive-language label")
    for key in sorted(posts, key=lambda k: (k != "all", k)):
        print(f"  {key:<22} {_pr(posts[key])}")
    print("\nComments: triage category")
    for key in sorted(comments):
        ok = comments[key]
        print(f"  {key:<32} {sum(ok):3d}/{len(ok):3d}  {sum(ok) / len(ok):.3f}")
    if args.misses:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
