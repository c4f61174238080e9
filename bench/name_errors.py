"""List pupil-name false positives and false negatives on bench folders, with the reason.

`python bench/name_errors.py DIR [DIR ...] [--comments]` runs the pupil-name finder over each
folder's posts or comments (text only, as the quick path does) and prints, per error, the post id, the predicted or
gold span with its context, and why: for a false positive the finder's reason and confidence;
for a false negative what the school's automaton found there (key and how) and the judge's
verdict (True/False/None, or "no candidate" when the candidate step dropped it). Scoring is the
bench's: spans match when they overlap, each gold span at most once. For development only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine import load_school
from safepost.engine.names import find_names, school_index
from safepost.engine.names.candidates import automaton_matches, candidates
from safepost.engine.names.context import Text
from safepost.engine.names.index import blank
from safepost.engine.names.judge import judge
from safepost.engine.textnorm import fold


def errors(bench: Path, kind: str = "posts") -> tuple[int, int, int, list[str]]:
    index = school_index(load_school(bench))
    tp = fp = fn = 0
    lines: list[str] = []
    for line in (bench / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        text = post["text"]
        gold = [(s["start"], s["end"], s.get("on_roster")) for s in post.get("spans", []) if s["type"] == "pupil-name"]
        found = find_names(fold(text), index)
        used: set[int] = set()
        for m in found:
            hit = next((i for i, (s, e, _) in enumerate(gold) if i not in used and s < m.end and m.start < e), None)
            if hit is None:
                fp += 1
                lines.append(f"FP {post['id']}: {text[m.start:m.end]!r} [{m.how}, {m.confidence}]  "
                             f"in {_context(text, m.start, m.end)!r}")
            else:
                used.add(hit)
                tp += 1
        for i, (s, e, on_roster) in enumerate(gold):
            if i in used:
                continue
            fn += 1
            lines.append(f"FN {post['id']}: {text[s:e]!r} (roster: {on_roster}) {_why_missed(index, text, s, e)}  "
                         f"in {_context(text, s, e)!r}")
    return tp, fp, fn, lines


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 50) : end + 50].replace("\n", " / ")


def _why_missed(index, text: str, start: int, end: int) -> str:
    folded = fold(text)
    t = Text(folded, blank(folded.text))
    found = automaton_matches(t, index)
    here = [(s, e, k) for s, e, k in found if t.span(s, e)[0] < end and start < t.span(s, e)[1]]
    if not here:
        return "[not in the index]"
    cands = [c for c in candidates(t, index, found, False) if t.span(c.start, c.end)[0] < end and start < t.span(c.start, c.end)[1]]
    if not cands:
        keys = ", ".join(f"{k}:{index.entries[k][0].how if k in index.entries else 'surname'}" for _, _, k in here)
        return f"[no candidate: {keys}]"
    return "[" + ", ".join(f"{c.key}:{c.entry.how} judged {judge(t, index, c, False)}" for c in cands) + "]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("benches", nargs="+", type=Path)
    parser.add_argument("--summary", action="store_true", help="only the counts per folder")
    parser.add_argument("--comments", action="store_true", help="the comments' names instead of the posts'")
    args = parser.parse_args()
    for bench in args.benches:
        if args.comments and not (bench / "comments.jsonl").is_file():
            continue
        tp, fp, fn, lines = errors(bench, "comments" if args.comments else "posts")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"== {bench}: tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f}")
        if not args.summary:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
