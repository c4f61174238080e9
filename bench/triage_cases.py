"""Judge comment triage on a sealed functional suite: `python bench/triage_cases.py DIR [--quick]`.

A suite is a folder holding ``cases.jsonl``, one case a line: ``{"id", "functionality", "text",
"harmful": true|false, "lang"}``. *Harmful* is what the inbox hides or escalates (abuse, threat,
hate, safeguarding); everything else is harmless. The script triages every case as the inbox does
(the thorough path; ``--quick`` for the quick one) and prints each functionality's pass rate, never
a case's text, so a suite written by someone else stays sealed while it is scored
(``evaluation/sealed/triage-checklist-2``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepost.engine import load_policy, load_school  # noqa: E402
from safepost.engine.triage import triage_comment_object  # noqa: E402
from safepost.engine.triage.categories import HARMFUL  # noqa: E402

FIELDS = ("id", "functionality", "text", "harmful")
#: A functionality below this pass rate fails issue 11's floor.
FLOOR = 0.80


class SuiteError(ValueError):
    """A case line that cannot be read, with the file and line it came from."""


def read_cases(path: Path) -> list[dict[str, object]]:
    cases = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as error:
                raise SuiteError(f"{path}:{number}: not JSON ({error.msg})") from None
            missing = [f for f in FIELDS if f not in case]
            if missing:
                raise SuiteError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
            if not isinstance(case["harmful"], bool):
                raise SuiteError(f"{path}:{number}: field 'harmful' must be true or false")
            cases.append(case)
    return cases


def judge(cases: list[dict[str, object]], author_role: str, thorough: bool) -> dict[str, list[bool]]:
    """Each functionality's pass/fail list, in the suite's order."""
    school = load_school(ROOT / "examples" / "school")
    policy = load_policy(school.policy)
    passed: dict[str, list[bool]] = defaultdict(list)
    harmful_categories = {str(c) for c in HARMFUL}
    for case in cases:
        obj = {"id": str(case["id"]), "text": str(case["text"]), "author_role": author_role}
        category = str(triage_comment_object(obj, school, policy, thorough=thorough)["category"])
        passed[str(case["functionality"])].append((category in harmful_categories) == case["harmful"])
    return passed


def table(cases: list[dict[str, object]], passed: dict[str, list[bool]]) -> str:
    gold = {str(c["functionality"]): "harmful" if c["harmful"] else "harmless" for c in cases}
    lines = ["| functionality | gold | n | pass rate |", "|---|---|---:|---:|"]
    for name, oks in passed.items():
        rate = sum(oks) / len(oks)
        mark = " **(below 0.80)**" if rate < FLOOR else ""
        lines.append(f"| {name} | {gold[name]} | {len(oks)} | {rate:.2f}{mark} |")
    every = [ok for oks in passed.values() for ok in oks]
    lines.append(f"| **all cases** | | {len(every)} | {sum(every) / len(every):.2f} |")
    return "\n".join(lines)


def flagged_shares(cases: list[dict[str, object]], passed: dict[str, list[bool]]) -> str:
    """Harmful cases flagged, harmless cases flagged (the two errors a school feels)."""
    by_gold: dict[bool, list[bool]] = defaultdict(list)
    for name, oks in passed.items():
        harmful = next(bool(c["harmful"]) for c in cases if c["functionality"] == name)
        by_gold[harmful].extend(ok if harmful else not ok for ok in oks)
    found, wrongly = by_gold[True], by_gold[False]
    return (f"harmful cases flagged as harmful: {sum(found) / max(len(found), 1):.3f} ({len(found)})   "
            f"harmless cases flagged as harmful: {sum(wrongly) / max(len(wrongly), 1):.3f} ({len(wrongly)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", type=Path, help="a folder with cases.jsonl")
    parser.add_argument("--author-role", default="parent", help="who the comments are from (default parent)")
    parser.add_argument("--quick", action="store_true", help="triage without the sentence encoder")
    args = parser.parse_args(argv)
    path = args.suite / "cases.jsonl"
    if not path.is_file():
        print(f"triage_cases.py: no cases.jsonl in {args.suite}", file=sys.stderr)
        return 2
    try:
        cases = read_cases(path)
    except SuiteError as error:
        print(f"triage_cases.py: {error}", file=sys.stderr)
        return 2
    passed = judge(cases, args.author_role, thorough=not args.quick)
    print(table(cases, passed))
    print(flagged_shares(cases, passed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
