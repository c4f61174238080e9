"""`safepost scan-image --school DIR IMAGE...`: pupil names, faces and locations in photos."""

from __future__ import annotations

import argparse
import json
import sys

from safepost.commands._common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_OK,
    add_school_arguments,
    fail,
    load_school_from,
)
from safepost.engine import load_policy
from safepost.engine.errors import InputError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_school_arguments(parser)
    parser.add_argument("--policy", metavar="PACK", help="policy pack id or YAML file (default: the school's)")
    parser.add_argument("--channel", help="where the photo will be posted (facebook, website, classdojo...)")
    parser.add_argument("--tagged", default="", metavar="IDS", help="comma-separated pupil ids tagged in every photo")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text")
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="JPEG, PNG, WebP, GIF or HEIC files")


def run(args: argparse.Namespace) -> int:
    try:
        school = load_school_from(args)
        policy = load_policy(args.policy or school.policy)
    except InputError as exc:
        return fail(exc, "scan-image")
    from safepost.engine.images import ImageError, finding_row, scan_image
    from safepost.engine.images.load import open_image, read_bytes

    tagged = tuple(t.strip() for t in args.tagged.split(",") if t.strip())
    status = EXIT_OK
    for path in args.images:
        try:
            open_image(read_bytes(path))  # header only: refuse non-images and bombs before the work
        except ImageError as exc:
            _problem(path, str(exc), args.format)
            status = EXIT_BAD_INPUT
            continue
        report = scan_image(path, school, policy, channel=args.channel, tagged=tagged)
        rows = [finding_row(f) for f in report.findings]
        if rows and status == EXIT_OK:
            status = EXIT_FINDINGS
        if args.format == "jsonl":
            sys.stdout.write(json.dumps({"file": path, "findings": rows}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_text(path, rows))
    return status


def _problem(path: str, message: str, fmt: str) -> None:
    print(f"safepost scan-image: error: {path}: {message}", file=sys.stderr)
    if fmt == "jsonl":
        sys.stdout.write(json.dumps({"file": path, "error": message, "findings": []}, ensure_ascii=False) + "\n")


def _text(path: str, rows: list[dict[str, object]]) -> str:
    if not rows:
        return f"{path}: nothing found\n"
    lines = [f"{path}: {len(rows)} finding(s)"]
    for r in rows:
        box = r["box"]
        where = f" at x={box[0]} y={box[1]} {box[2]}x{box[3]}" if isinstance(box, list) else ""
        text = f" {r['text']!r}" if r["text"] else ""
        lines.append(f"  {r['severity']:<6} {r['code']} {r['rule']} [{r['source']}]{text}{where}")
        lines.append(f"         {r['message']}")
    return "\n".join(lines) + "\n"
