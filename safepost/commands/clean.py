"""`safepost clean IMAGE... --out DIR`: the copy to publish, with no metadata and optional blur.

``--blur`` (or ``--blur all``) blurs every face and every name or personal detail found in the
picture; ``--blur findings`` blurs only what the findings point at (faces only when a face rule
fired). Names need ``--school``; without it only faces are blurred.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK, add_school_arguments, fail, load_school_from
from safepost.engine.errors import InputError

_FACE_RULES = {"faces-not-tagged", "more-faces-than-tags"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="JPEG, PNG, WebP, GIF or HEIC files")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the clean copies (created if needed)")
    parser.add_argument("--blur", nargs="?", const="all", choices=["all", "findings"],
                        help="blur faces and detected names: all of them, or only those findings name")
    add_school_arguments(parser, required=False, help="school directory, to find pupils' names to blur")
    parser.add_argument("--policy", metavar="PACK", help="policy pack id or YAML file (default: the school's)")
    parser.add_argument("--channel", help="where the photo will be posted")


def run(args: argparse.Namespace) -> int:
    from safepost.engine.images import ImageError
    from safepost.engine.images.clean import EXTENSION, clean_copy, metadata_left
    from safepost.engine.images.load import read_bytes

    out_dir = Path(args.out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"{out_dir}: cannot create the output folder ({exc.strerror})", "clean")
    status = EXIT_OK
    for path in args.images:
        try:
            data = read_bytes(path)
            boxes = _blur_boxes(path, data, args) if args.blur else []
            body, fmt = clean_copy(data, boxes)
        except (ImageError, InputError) as exc:
            print(f"safepost clean: error: {path}: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        target = out_dir / (Path(path).stem + EXTENSION[fmt])
        if target.resolve() == Path(path).resolve():
            print(f"safepost clean: error: {path}: the clean copy would overwrite the original; choose another --out",
                  file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        target.write_bytes(body)
        left = metadata_left(body)
        if left:  # never expected: the copy is rebuilt from pixels
            print(f"safepost clean: error: {target}: metadata still present ({', '.join(left)})", file=sys.stderr)
            return EXIT_BAD_INPUT
        blurred = f", {len(boxes)} area(s) blurred" if args.blur else ""
        print(f"{path} -> {target} (no metadata{blurred})")
    return status


def _blur_boxes(path: str, data: bytes, args: argparse.Namespace) -> list[tuple[int, int, int, int]]:
    from safepost.engine.images.analyse import analyse_bytes

    analysis = analyse_bytes(data, ocr=bool(args.school))
    faces = [f.box for f in analysis.faces]
    if not args.school:
        print(f"safepost clean: note: {path}: no --school given, so only faces are blurred", file=sys.stderr)
        return faces
    from safepost.engine import load_policy
    from safepost.engine.images import scan_image

    school = load_school_from(args)
    policy = load_policy(args.policy or school.policy)
    report = scan_image(path, school, policy, channel=args.channel)
    text_boxes = [f.box for f in report.findings if f.box is not None and f.source.endswith(".ocr")]
    if args.blur == "findings" and not any(f.rule in _FACE_RULES for f in report.findings):
        faces = []
    return faces + text_boxes
