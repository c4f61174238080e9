"""`safepost check --school DIR INPUT...`: check drafts and report findings."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from safepost.commands._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_school_arguments,
    fail,
    load_school_from,
    use_colour,
)
from safepost.commands.inputs import read_drafts
from safepost.commands.report_text import render_report
from safepost.engine import check, load_policy
from safepost.engine.draft import Draft
from safepost.engine.errors import InputError
from safepost.engine.findings import Report, Verdict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_school_arguments(parser)
    parser.add_argument("--policy", metavar="PACK", help="policy pack id or YAML file (default: the school's)")
    parser.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    parser.add_argument("--channel", help="channel for drafts that do not name one (e.g. facebook, classdojo)")
    parser.add_argument("--lang", choices=["en", "cy"], default="en",
                        help="language of the findings in --format text (JSON is always English)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the slower second opinions (the sentence encoder): the quick path bulk scans take")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md (one draft), .json, .jsonl, or - for stdin")


def run(args: argparse.Namespace) -> int:
    try:
        school = load_school_from(args)
        policy = load_policy(args.policy or school.policy)
        drafts = [_with_channel(d, args.channel) for d in read_drafts(args.inputs)]
        results = [(draft, check(draft, school, policy, thorough=not args.quick)) for draft in drafts]
    except InputError as exc:
        return fail(exc, "check")
    _print(results, args.format, args.inputs, args.lang)
    return EXIT_OK if all(r.verdict is Verdict.PASS for _, r in results) else EXIT_FINDINGS


def _with_channel(draft: Draft, channel: str | None) -> Draft:
    return replace(draft, channel=channel) if channel and not draft.channel else draft


def _print(results: list[tuple[Draft, Report]], fmt: str, inputs: list[str], language: str = "en") -> None:
    out = sys.stdout
    if fmt == "json":
        body = [r.to_dict() for _, r in results]
        json.dump(body[0] if len(body) == 1 and not inputs[0].endswith(".jsonl") else body, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for _, report in results:
            out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        colour = use_colour(out)
        for draft, report in results:
            out.write(render_report(draft, report, colour, language))
        out.write(_summary(results))


def _summary(results: list[tuple[Draft, Report]]) -> str:
    counts = {v: sum(1 for _, r in results if r.verdict is v) for v in Verdict}
    return f"{len(results)} draft(s): {counts[Verdict.PASS]} pass, {counts[Verdict.REVIEW]} review, {counts[Verdict.BLOCK]} block\n"
