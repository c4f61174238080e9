"""Score safepost on the public bench: `python bench/quality.py [--kind posts|comments|images]`.

Runs the engine over ``../shared/bench`` (or ``--bench DIR``; posts as a saved revision is
checked, with the sentence encoder, unless ``--quick``), writes the predictions to
``bench/out/<kind>.jsonl`` and prints ``score.py``'s table. ``--rule NAME`` lists the false
positives and false negatives of one span rule, for development.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine import check, draft_from_object, load_policy, load_school
from safepost.engine.errors import InputError

ROOT = Path(__file__).resolve().parent
# ../shared/bench beside the checkout, or beside a folder of worktrees (/work/wt/<name>)
DEFAULT_BENCH = next((p / "shared" / "bench" for p in ROOT.parents[1:3] if (p / "shared" / "bench").is_dir()),
                     ROOT.parent.parent / "shared" / "bench")


def predict_posts(bench: Path, thorough: bool = True) -> list[dict[str, object]]:
    school = load_school(bench)
    policy = load_policy(school.policy)
    rows = []
    for line in (bench / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        # The bench rows carry their answers (labels, spans) beside the draft's own keys.
        draft = {k: v for k, v in obj.items() if k not in {"labels", "spans", "image_spans"}}
        report = check(draft_from_object(draft), school, policy, thorough=thorough)
        rows.append({"id": obj["id"], "findings": [f.to_dict() for f in report.findings]})
    return rows


def predict_comments(bench: Path, thorough: bool = True) -> list[dict[str, object]]:
    from safepost.engine.triage import triage_comment_object  # the triage work provides this

    school = load_school(bench)
    policy = load_policy(school.policy)
    lines = (bench / "comments.jsonl").read_text(encoding="utf-8").splitlines()
    return [triage_comment_object(json.loads(line), school, policy, thorough=thorough) for line in lines]


def predict_images(bench: Path) -> list[dict[str, object]]:
    from safepost.engine.images import scan_image_for_bench  # the image work provides this

    school = load_school(bench)
    policy = load_policy(school.policy)
    rows = []
    for line in (bench / "images.jsonl").read_text(encoding="utf-8").splitlines():
        file = json.loads(line)["file"]
        rows.append(scan_image_for_bench(bench / file, file, school, policy))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=["posts", "comments", "images"], default="posts")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--rule", help="show misses and false alarms of one span rule")
    parser.add_argument("--quick", action="store_true",
                        help="the quick path's verdict (no sentence encoder) instead of a saved revision's or the inbox's")
    args = parser.parse_args()
    try:
        return score(args)
    except InputError as exc:  # a bench folder without its school.toml, a malformed line: say where
        print(f"quality.py: {exc}", file=sys.stderr)
        return 2


def score(args: argparse.Namespace) -> int:
    if args.kind == "posts":
        rows = predict_posts(args.bench, thorough=not args.quick)
    elif args.kind == "comments":
        rows = predict_comments(args.bench, thorough=not args.quick)
    else:
        rows = predict_images(args.bench)
    out = ROOT / "out" / f"{args.kind}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    # A held-out set (evaluation/sealed/*) is scored by the public bench's own scorer.
    scorer = args.bench / "score.py" if (args.bench / "score.py").is_file() else DEFAULT_BENCH / "score.py"
    subprocess.run([sys.executable, str(scorer), str(args.bench), str(out), "--kind", args.kind], check=True)
    if args.rule:
        show_errors(args.bench, args.kind, rows, args.rule)
    return 0


def show_errors(bench: Path, kind: str, rows: list[dict[str, object]], rule: str) -> None:
    """Print each gold span missed and each predicted span that matches no gold span."""
    if kind == "images":
        show_image_errors(bench, rows, rule)
        return
    gold_file = "posts.jsonl" if kind == "posts" else "comments.jsonl"
    gold = {g["id"]: g for g in map(json.loads, (bench / gold_file).read_text(encoding="utf-8").splitlines())}
    for row in rows:
        item = gold[row["id"]]
        text = item["text"]
        spans = [(s["start"], s["end"]) for s in item.get("spans", []) if s["type"] == rule]
        preds = [(f["start"], f["end"]) for f in row["findings"]  # type: ignore[attr-defined]
                 if f["rule"] == rule and f.get("source", "text") == "text" and f["start"] is not None]
        print_span_errors(str(row["id"]), text, spans, preds, context=40)
        if kind == "posts":
            show_image_field_errors(item, row, rule)


def show_image_field_errors(item: dict[str, object], row: dict[str, object], rule: str) -> None:
    """The same for each image's file name and alt text (the ``[image-field]`` row)."""
    for i, image in enumerate(item.get("images") or []):  # type: ignore[attr-defined]
        for field in ("filename", "alt"):
            text = image.get(field) or ""
            spans = [(s["start"], s["end"]) for s in item.get("image_spans", [])  # type: ignore[attr-defined]
                     if s["type"] == rule and s["image"] == i and s["field"] == field]
            preds = [(f["start"], f["end"]) for f in row["findings"]  # type: ignore[attr-defined]
                     if f["rule"] == rule and f.get("source") == f"image[{i}].{field}" and f["start"] is not None]
            print_span_errors(f"{row['id']} image[{i}].{field}", text, spans, preds, context=len(text))


def print_span_errors(where: str, text: str, gold: list[tuple[int, int]], found: list[tuple[int, int]],
                      context: int) -> None:
    """MISS for each gold span no finding overlaps, FALSE for each finding no gold span overlaps,
    with ``context`` characters either side."""
    for label, spans, others in (("MISS", gold, found), ("FALSE", found, gold)):
        for s, e in spans:
            if not any(os < e and s < oe for os, oe in others):
                print(f"{label} {where}: {text[s:e]!r}  in  {text[max(0, s - context):e + context]!r}")


def show_image_errors(bench: Path, rows: list[dict[str, object]], rule: str) -> None:
    """Print each gold name a picture's findings missed and each found name that is no gold name."""
    gold = {g["file"]: g for g in map(json.loads, (bench / "images.jsonl").read_text(encoding="utf-8").splitlines())}
    for row in rows:
        names = [n["text"] for n in gold[str(row["file"])]["pupil_names"]]
        found = [str(f["text"]) for f in row["findings"] if f["rule"] == rule]  # type: ignore[attr-defined]
        for text in found:
            hit = next((n for n in names if _same_name(text, n)), None)
            if hit is None:
                print(f"FALSE {row['file']}: {text!r}")
            else:
                names.remove(hit)
        for name in names:
            print(f"MISS {row['file']}: {name!r}")


def _same_name(a: str, b: str) -> bool:
    """The bench's rule: one name's words are the other's, or a run of them."""
    wa, wb = ([t.strip(".,;:!?'\"()") for t in re.sub(r"[_-]", " ", x.casefold()).split()] for x in (a, b))
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


if __name__ == "__main__":
    raise SystemExit(main())
