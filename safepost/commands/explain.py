"""`safepost explain TERM`: a rule (by code or name), a triage category or an action."""

from __future__ import annotations

import argparse
import sys

from safepost.engine.docs import explain


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("term", help="a rule code (PUP001), rule name, triage category or action")


def run(args: argparse.Namespace) -> int:
    text = explain(args.term)
    if text is None:
        print(f"safepost explain: nothing is called {args.term!r}; try `safepost rules`", file=sys.stderr)
        return 2
    print(text)
    return 0
