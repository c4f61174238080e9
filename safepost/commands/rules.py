"""`safepost rules`: the rule table, or Markdown pages for docs/rules/."""

from __future__ import annotations

import argparse
from pathlib import Path

from safepost.engine.docs import rule_markdown
from safepost.engine.rules import registry


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--markdown", metavar="DIR", nargs="?", const="docs/rules",
                        help="write one Markdown page per rule and an index into DIR (default docs/rules)")


def run(args: argparse.Namespace) -> int:
    rules = registry.all()
    if args.markdown:
        return _write_markdown(Path(args.markdown))
    width = max(len(r.name) for r in rules)
    print(f"{'code':7s} {'name'.ljust(width)} {'severity':8s} summary")
    for r in rules:
        print(f"{r.code:7s} {r.name.ljust(width)} {r.default_severity!s:8s} {r.summary}")
    return 0


def _write_markdown(directory: Path) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    index = ["# Rules\n", "| code | name | default severity | summary |", "|---|---|---|---|"]
    for r in registry.all():
        (directory / f"{r.code}.md").write_text(rule_markdown(r), encoding="utf-8")
        index.append(f"| [{r.code}]({r.code}.md) | {r.name} | {r.default_severity} | {r.summary} |")
    (directory / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {len(index) - 3} rule pages to {directory}")
    return 0
