"""Findings identity: `python bench/findings_identity.py [--thorough] [--per-set] [--comments]`.

Hashes what ``check()`` finds (code, rule, source, span, message, explanation, confidence) on
the synthetic drafts of bench/speed.py, every post in ../shared/bench and every
evaluation/dev/*/posts.jsonl (never evaluation/sealed), and prints the number of texts and the
hash; with ``--comments``, what ``triage()`` says (everything but the deadline, which counts
from now) on every comment of those sets instead. A change meant only to make the engine faster must leave the hash as it was: run this in
the old tree and the new one (``cd OLD && PYTHONPATH=. python NEW/bench/findings_identity.py``;
the engine is imported from the current directory) and compare.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import drafts, school

import safepost
from safepost.engine import Draft, check, draft_from_object, load_policy, load_school
from safepost.engine.findings import Report

ANSWER_KEYS = {"labels", "spans", "image_spans"}


def post_sets(root: Path, kind: str = "posts") -> list[Path]:
    """The sets read: ../shared/bench and each development set with ``kind`` (never the sealed ones)."""
    shared = next((p / "shared" / "bench" for p in root.parents if (p / "shared" / "bench").is_dir()), None)
    dev = sorted(p.parent for p in (root / "evaluation" / "dev").glob(f"*/{kind}.jsonl"))
    return ([shared] if shared else []) + dev


def reports_of_set(folder: Path, thorough: bool) -> Iterable[Report]:
    sch = load_school(folder)
    policy = load_policy(sch.policy)
    for line in (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            draft = draft_from_object({k: v for k, v in obj.items() if k not in ANSWER_KEYS})
            yield check(draft, sch, policy, thorough=thorough)


def comment_rows(folder: Path, thorough: bool) -> list[dict[str, object]]:
    """What triage says of each comment of a set, without the deadline (it counts from now)."""
    if not (folder / "comments.jsonl").is_file() or not (folder / "comments.jsonl").read_text().strip():
        return []
    from quality import predict_comments

    return [{k: v for k, v in row.items() if k != "deadline"} for row in predict_comments(folder, thorough)]


def synthetic_reports(thorough: bool) -> Iterable[Report]:
    sch = school(1000)
    policy = load_policy("default")
    for text in drafts(2000, pupils=sch.pupils):
        yield check(Draft("d", text), sch, policy, thorough=thorough)


def digest(reports: Iterable[Report]) -> tuple[int, str]:
    """How many reports, and a hash of every finding in them (in the order check() gives)."""
    sha, n = hashlib.sha256(), 0
    for report in reports:
        n += 1
        rows = [(f.code, f.rule, f.source, f.start, f.end, f.message, f.explanation, repr(f.confidence))
                for f in report.findings]
        sha.update(json.dumps([report.draft_id, rows], ensure_ascii=False).encode())
    return n, sha.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--thorough", action="store_true", help="check as a saved revision is (the encoder too)")
    parser.add_argument("--per-set", action="store_true", help="print each set's count and hash")
    parser.add_argument("--comments", action="store_true", help="hash triage() on the sets' comments instead")
    parser.add_argument("--only", nargs="*", metavar="SET", help="only these sets (synthetic, bench, a dev set's folder name)")
    args = parser.parse_args()
    root = Path(safepost.__file__).resolve().parents[1]
    print(f"engine: {root}")
    total = hashlib.sha256()
    count = 0
    root = Path(__file__).resolve().parents[1]
    if args.comments:
        return _comments(post_sets(root, "comments"), args)
    folders = post_sets(root)
    sets = [("synthetic", lambda: synthetic_reports(args.thorough))]
    sets += [(p.name, lambda p=p: reports_of_set(p, args.thorough)) for p in folders]
    sets = [(name, reports) for name, reports in sets if not args.only or name in args.only]
    for name, reports in sets:
        n, h = digest(reports())
        count += n
        total.update(f"{name}:{n}:{h}".encode())
        if args.per_set:
            print(f"  {name:32s} {n:6d} {h}")
    print(f"{count} texts in {len(sets)} sets, findings hash {total.hexdigest()[:16]}")
    return 0


def _comments(folders: list[Path], args: argparse.Namespace) -> int:
    total, count = hashlib.sha256(), 0
    for folder in folders:
        if args.only and folder.name not in args.only:
            continue
        rows = comment_rows(folder, args.thorough)
        count += len(rows)
        h = hashlib.sha256(json.dumps(rows, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()[:16]
        total.update(f"{folder.name}:{len(rows)}:{h}".encode())
        if args.per_set and rows:
            print(f"  {folder.name:32s} {len(rows):6d} {h}")
    print(f"{count} comments, triage hash {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
