"""Every sealed school in one table: `python bench/sealed.py [--only NAME ...] [--no-quick]`.

Scores each school in ``evaluation/sealed/`` as ``bench/quality.py`` does (posts as a saved
revision is checked and comments as the inbox triages them, both thorough; the quick path's
figure in brackets unless ``--no-quick``), with the shared bench's scorer, and prints one
Markdown row per school, then the image sets. Only the figures are printed, never a post or a
comment: a sealed set stays sealed while it is scored (evaluation/README.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH, predict_comments, predict_images, predict_posts

SEALED = Path(__file__).resolve().parents[1] / "evaluation" / "sealed"
HEADER = ("| school | pupil-name P / R | home-address F1 | offensive F1 (quick) | live F1 | "
          "political-or-commercial F1 | harmful recall (quick) | macro-F1 (quick) |")


def scored(bench: Path, kind: str, rows: list[dict[str, object]]) -> dict[str, object]:
    """The shared scorer's JSON summary of ``rows`` against ``bench``."""
    scorer = bench / "score.py" if (bench / "score.py").is_file() else DEFAULT_BENCH / "score.py"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as out:
        out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        out.flush()
        done = subprocess.run([sys.executable, str(scorer), str(bench), out.name, "--kind", kind, "--json"],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def figure(value: object) -> str:
    return "-" if value is None else f"{value:.3f}"


def with_quick(full: object, quick: object | None) -> str:
    return figure(full) if quick is None else f"{figure(full)} ({figure(quick)})"


def has_rows(bench: Path, name: str) -> bool:
    """A probe of posts alone or of comments alone leaves the other file out or empty: the scorer
    refuses an empty file, so its figures are printed as "-"."""
    path = bench / name
    return path.is_file() and path.stat().st_size > 0


def posts_cells(bench: Path, quick: bool) -> list[str]:
    if not has_rows(bench, "posts.jsonl"):
        return ["- / -", "-", "-", "-", "-"]
    posts = scored(bench, "posts", predict_posts(bench, thorough=True))
    quick_posts = scored(bench, "posts", predict_posts(bench, thorough=False)) if quick else None
    names, labels = posts["spans"]["pupil-name"], posts["labels"]
    return [
        f"{figure(names['precision'])} / {figure(names['recall'])}",
        figure(posts["spans"]["home-address"]["f1"]),
        with_quick(labels["offensive-language"]["f1"], quick_posts and quick_posts["labels"]["offensive-language"]["f1"]),
        figure(labels["live-location"]["f1"]),
        figure(labels["political-or-commercial"]["f1"]),
    ]


def school_row(bench: Path, quick: bool) -> str:
    has_comments = has_rows(bench, "comments.jsonl")
    comments = scored(bench, "comments", predict_comments(bench, thorough=True)) if has_comments else {}
    quick_comments = (scored(bench, "comments", predict_comments(bench, thorough=False))
                      if quick and has_comments else None)
    cells = [
        bench.name,
        *posts_cells(bench, quick),
        with_quick(comments.get("harmful_recall"), quick_comments and quick_comments["harmful_recall"]),
        with_quick(comments.get("macro_f1"), quick_comments and quick_comments["macro_f1"]),
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="score only these schools (folder names)")
    parser.add_argument("--no-quick", action="store_true", help="leave out the quick path's figures")
    args = parser.parse_args()
    folders = sorted(p for p in SEALED.iterdir() if p.is_dir() and (not args.only or p.name in args.only))
    if args.only and len(folders) != len(args.only):
        missing = set(args.only) - {p.name for p in folders}
        print(f"sealed.py: no sealed set named {', '.join(sorted(missing))} in {SEALED}", file=sys.stderr)
        return 2
    schools = [p for p in folders if has_rows(p, "posts.jsonl") or has_rows(p, "comments.jsonl")]
    if schools:
        print(HEADER)
        print("|" + "---|" * HEADER.count(" | ") + "---|")
    for bench in schools:
        print(school_row(bench, quick=not args.no_quick), flush=True)
    for bench in (p for p in folders if has_rows(p, "images.jsonl") and p not in schools):
        names = scored(bench, "images", predict_images(bench))["names"]
        print(f"\n{bench.name} (images): names P {figure(names['precision'])} R {figure(names['recall'])}"
              f" ({names['gold']} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
