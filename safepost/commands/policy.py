"""`safepost policy show PACK` and `safepost policy validate FILE`."""

from __future__ import annotations

import argparse
import sys

from safepost.commands._common import fail
from safepost.engine.errors import InputError
from safepost.engine.policy import Policy, available_packs, load_policy


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    show = sub.add_parser("show", help="print a pack's rules, severities and clauses")
    show.add_argument("pack", help=f"a pack id ({', '.join(available_packs())}) or a YAML file")
    validate = sub.add_parser("validate", help="check a pack file; report every key that is wrong, with its line")
    validate.add_argument("file")
    sub.add_parser("list", help="list the packs that ship with safepost")


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        print("\n".join(available_packs()))
        return 0
    try:
        policy = load_policy(args.pack if args.action == "show" else args.file)
    except InputError as exc:
        status = fail(exc, "policy")
        problems = len(getattr(exc, "errors", [exc]))
        if args.action == "validate":
            print(f"safepost policy: {args.file}: {problems} problem(s)", file=sys.stderr)
        return status
    if args.action == "validate":
        print(f"{args.file}: ok ({policy.id}, {len(policy.rules)} rules, {len(policy.actions)} actions)")
    else:
        print(_show(policy))
    return 0


def _show(policy: Policy) -> str:
    lines = [f"{policy.name} ({policy.id})", f"source: {policy.source or '-'}", ""]
    for name, setting in sorted(policy.rules.items()):
        severity = setting.severity or "off"
        overrides = {**{str(a): s or "off" for a, s in setting.by_audience.items()},
                     **{c: s or "off" for c, s in setting.by_channel.items()}}
        extra = ("  (" + ", ".join(f"{k}: {v}" for k, v in overrides.items()) + ")") if overrides else ""
        lines.append(f"{name:28s} {severity}{extra}")
        if setting.clause:
            lines.append(f"    {setting.clause.heading}: \u201c{setting.clause.quote}\u201d")
    if policy.actions:
        lines.append("\nactions:")
        for action, clause in sorted(policy.actions.items()):
            lines.append(f"{action:28s} " + (f"{clause.heading}: \u201c{clause.quote}\u201d" if clause else "-"))
    d = policy.deadlines
    lines.append(f"\nresponse deadline: {d.response_hours} hours, weekends: {d.weekend}")
    return "\n".join(lines)
