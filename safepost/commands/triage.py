"""`safepost triage --school DIR INPUT`: sort incoming comments by what the policy asks you to do.

INPUT is a .jsonl file (or ``-`` for stdin) with one ``{"id", "text", "author_role",
"received_at"}`` object a line. Output: a table sorted by urgency (``--format text``) or one
JSON object a line (``--format jsonl``). Exit 0, or 2 on bad input (the error names the line).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from safepost.commands._common import EXIT_OK, add_school_arguments, fail, load_school_from
from safepost.commands.inputs import read_text
from safepost.engine import load_policy
from safepost.engine.draft import Comment
from safepost.engine.errors import InputError
from safepost.engine.triage import Triage, comment_from_object, triage
from safepost.engine.triage.categories import URGENCY
from safepost.engine.triage.deadlines import LONDON, to_london

EXCERPT_CHARS = 60


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_school_arguments(parser)
    parser.add_argument("--policy", metavar="PACK", help="policy pack id or YAML file (default: the school's)")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text")
    parser.add_argument("--now", metavar="ISO", help="the time to count from when a comment has no received_at "
                        "(default: now; naive times are Europe/London)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the sentence encoder's second opinion: the quick path bulk re-scoring takes")
    parser.add_argument("input", metavar="INPUT", help='.jsonl of {"id","text","author_role","received_at"}, or - for stdin')


def run(args: argparse.Namespace) -> int:
    try:
        now = _now(args.now)
        school = load_school_from(args)
        policy = load_policy(args.policy or school.policy)
        comments = read_comments(args.input)
        results = [(line, c, triage(c, school, policy, now=now, notes=notes, thorough=not args.quick))
                   for line, c, notes in comments]
    except InputError as exc:
        return fail(exc, "triage")
    if args.format == "jsonl":
        for _, _, result in results:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_table(results))
    return EXIT_OK


def _now(raw: str | None) -> datetime:
    if raw is None:
        return datetime.now(tz=LONDON)
    try:
        return to_london(datetime.fromisoformat(raw.replace("Z", "+00:00")))
    except ValueError:
        raise InputError(f"{raw!r} is not an ISO 8601 date and time", key="--now") from None


def read_comments(name: str) -> list[tuple[int, Comment, tuple[str, ...]]]:
    """Every comment of a .jsonl input with its line number; the first bad line raises InputError."""
    text, label, _ = read_text(name)
    if not text.strip():
        raise InputError("is empty: expected one JSON object a line", file=label)
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=label, line=number) from None
        except RecursionError:
            raise InputError("invalid JSON: nested too deeply", file=label, line=number) from None
        comment, notes = comment_from_object(obj, where, default_id=f"line-{number}")
        out.append((number, comment, notes))
    return out


Row = tuple[int, Comment, Triage]


def render_table(results: list[Row]) -> str:
    """The inbox, most urgent first: safeguarding and threats at the top, then by deadline."""
    ordered = sorted(results, key=lambda item: (URGENCY[item[2].category], _deadline_key(item[2]), item[0]))
    rows = [("CATEGORY", "CONF", "DEADLINE", "ACTIONS", "ID", "EXCERPT")]
    for _, comment, result in ordered:
        rows.append((
            result.category.upper() if result.category.harmful else str(result.category),
            f"{result.confidence:.2f}",
            result.deadline.strftime("%a %d %b %H:%M") if result.deadline else "-",
            ", ".join(str(a.action) for a in result.actions) or "-",
            result.comment_id,
            excerpt(comment.text, result),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5] for row in rows]
    notes = [f"line {line} ({r.comment_id}): {note}" for line, _, r in results for note in r.notes]
    counts = ", ".join(
        f"{n} {c}" for c in URGENCY if (n := sum(1 for _, _, r in results if r.category == c))
    )
    footer = [f"{len(results)} comment(s): {counts}", "Deadlines are Europe/London time."]
    if notes:
        footer += ["Assumptions:", *(f"  {n}" for n in notes)]
    return "\n".join([*lines, "", *footer]) + "\n"


def _deadline_key(result: Triage) -> float:
    return result.deadline.timestamp() if result.deadline else float("inf")


def excerpt(text: str, result: Triage, limit: int = EXCERPT_CHARS) -> str:
    """The start of the comment on one line, with pupil names and personal data masked."""
    spans = sorted((f.start, f.end, f.rule) for f in result.findings if f.start is not None and f.end is not None)
    for start, end, rule in reversed(spans):
        text = text[:start] + f"[{rule}]" + text[end:]
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
