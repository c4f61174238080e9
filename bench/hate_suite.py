"""Judge comment triage on HateCheck: `python bench/hate_suite.py --cases FILE [--author-role public] [--strict]`.

HateCheck (Röttger et al., ACL 2021) is a published functional test suite for hate speech
detection: 3,728 short English cases in 29 functionalities, each labelled hateful or
non-hateful. It is a HELD-OUT JUDGE for safepost's comment triage. It must never be trained
or tuned on, and the engine's developers must not read its cases: this script prints figures
only, never a case's text, so that anyone can run it without seeing them.

Every case is triaged as a comment by ``author_role`` (default ``public``) to the school given
by ``--school``, and triage's category is mapped to the suite's two labels:

* hateful = triage says ``hate``, ``threat`` or ``abuse`` (its removal categories: the ones a
  school hides or removes); ``--strict`` counts ``hate`` alone;
* non-hateful = any other category (safeguarding, complaint, question, spam, praise, other).

It prints the overall agreement with ``label_gold``, the accuracy on hateful and on
non-hateful cases, a table per functionality, the share of friendly or neutral mentions of a
group flagged (``ident_neutral_nh``, ``ident_pos_nh``), the share of counter-speech flagged
(``counter_quote_nh``, ``counter_ref_nh``), the categories triage chose, and the throughput.
``--json OUT`` also writes the figures to a file.

The suite lives outside the repository (it is not committed): fetch ``test_suite_cases.csv``
from https://github.com/paul-rottger/hatecheck-data and pass its path with ``--cases``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepost.engine import load_policy, load_school  # noqa: E402
from safepost.engine.triage import triage_comment_object  # noqa: E402

DEFAULT_CASES = Path("/work/judge/hatecheck/test_suite_cases.csv")
#: Triage's removal categories: what a school hides or removes, and so what "hateful" means here.
REMOVAL = frozenset({"hate", "threat", "abuse"})
STRICT = frozenset({"hate"})
FRIENDLY_MENTIONS = ("ident_neutral_nh", "ident_pos_nh")
COUNTER_SPEECH = ("counter_quote_nh", "counter_ref_nh")
HOW_TO_GET = (
    "Fetch test_suite_cases.csv from https://github.com/paul-rottger/hatecheck-data "
    "(3,728 rows) into a folder outside the repository, then pass --cases PATH. "
    "Do not commit it and do not read its cases if you work on the engine."
)


@dataclass(frozen=True)
class Case:
    """One suite case: what the suite says, and what triage chose."""

    functionality: str
    gold_hateful: bool
    category: str


def read_suite(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def judge(rows: list[dict[str, str]], school_dir: Path, author_role: str, thorough: bool = True) -> tuple[list[Case], float]:
    """Triage every case; return the judged cases and the wall time of the triage alone."""
    school = load_school(school_dir)
    policy = load_policy(school.policy)
    cases = []
    start = time.perf_counter()
    for row in rows:
        obj = {"id": f"hatecheck-{row['case_id']}", "text": row["test_case"], "author_role": author_role}
        category = str(triage_comment_object(obj, school, policy, thorough=thorough)["category"])
        cases.append(Case(row["functionality"], row["label_gold"] == "hateful", category))
    return cases, time.perf_counter() - start


def share(hits: float, total: float) -> float:
    return hits / total if total else 0.0


def figures(cases: list[Case], flagged: frozenset[str], seconds: float) -> dict[str, object]:
    """Every figure the script prints, as plain data (no case text)."""
    right = [c.gold_hateful == (c.category in flagged) for c in cases]
    hateful = [r for r, c in zip(right, cases, strict=True) if c.gold_hateful]
    benign = [r for r, c in zip(right, cases, strict=True) if not c.gold_hateful]
    by_function: dict[str, list[bool]] = defaultdict(list)
    gold: dict[str, str] = {}
    for ok, case in zip(right, cases, strict=True):
        by_function[case.functionality].append(ok)
        gold[case.functionality] = "hateful" if case.gold_hateful else "non-hateful"

    def flagged_share(functions: tuple[str, ...]) -> dict[str, object]:
        chosen = [c for c in cases if c.functionality in functions]
        hits = sum(c.category in flagged for c in chosen)
        return {"n": len(chosen), "flagged": hits, "share": share(hits, len(chosen))}

    return {
        "cases": len(cases),
        "flagged_categories": sorted(flagged),
        "agreement": share(sum(right), len(right)),
        "hateful": {"n": len(hateful), "accuracy": share(sum(hateful), len(hateful))},
        "non_hateful": {"n": len(benign), "accuracy": share(sum(benign), len(benign))},
        "functionalities": [
            {"functionality": f, "n": len(oks), "gold": gold[f], "accuracy": share(sum(oks), len(oks))}
            for f, oks in by_function.items()
        ],
        "friendly_mentions_flagged": flagged_share(FRIENDLY_MENTIONS),
        "counter_speech_flagged": flagged_share(COUNTER_SPEECH),
        "categories_on_hateful": dict(Counter(c.category for c in cases if c.gold_hateful).most_common()),
        "categories_on_non_hateful": dict(Counter(c.category for c in cases if not c.gold_hateful).most_common()),
        "seconds": seconds,
        "cases_per_second": share(len(cases), seconds),
    }


def print_figures(result: dict[str, object], author_role: str) -> None:
    hateful = result["hateful"]
    benign = result["non_hateful"]
    assert isinstance(hateful, dict) and isinstance(benign, dict)
    print(f"HateCheck: {result['cases']} cases triaged as author_role={author_role}; "
          f"hateful = triage says {' / '.join(result['flagged_categories'])}")  # type: ignore[arg-type]
    print(f"agreement with label_gold: {result['agreement']:.1%}")
    print(f"accuracy on hateful cases:     {hateful['accuracy']:.1%} (n={hateful['n']})")
    print(f"accuracy on non-hateful cases: {benign['accuracy']:.1%} (n={benign['n']})")
    print()
    print(f"{'functionality':<22} {'n':>4}  {'gold':<11} {'accuracy':>8}")
    for row in result["functionalities"]:  # type: ignore[attr-defined]
        print(f"{row['functionality']:<22} {row['n']:>4}  {row['gold']:<11} {row['accuracy']:>8.1%}")
    print()
    for key, label in (("friendly_mentions_flagged", "friendly/neutral group mentions flagged"),
                       ("counter_speech_flagged", "counter-speech flagged")):
        part = result[key]
        assert isinstance(part, dict)
        print(f"{label}: {part['share']:.1%} ({part['flagged']}/{part['n']})")
    print(f"triage categories on hateful cases:     {result['categories_on_hateful']}")
    print(f"triage categories on non-hateful cases: {result['categories_on_non_hateful']}")
    print(f"throughput: {result['cases_per_second']:,.0f} cases/s ({result['seconds']:.1f} s, full triage)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="HateCheck test_suite_cases.csv")
    parser.add_argument("--author-role", default="public", help="who the comments are from (default public)")
    parser.add_argument("--school", type=Path, default=ROOT / "examples" / "school")
    parser.add_argument("--strict", action="store_true", help="count only triage's hate category as hateful")
    parser.add_argument("--quick", action="store_true", help="triage without the sentence encoder (the quick path)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not args.cases.is_file():
        print(f"No HateCheck suite at {args.cases}. {HOW_TO_GET}", file=sys.stderr)
        return 2
    rows = read_suite(args.cases)
    if not rows or "label_gold" not in rows[0] or "test_case" not in rows[0]:
        print(f"{args.cases} is not HateCheck's test_suite_cases.csv. {HOW_TO_GET}", file=sys.stderr)
        return 2
    cases, seconds = judge(rows, args.school, args.author_role, thorough=not args.quick)
    result = figures(cases, STRICT if args.strict else REMOVAL, seconds)
    result["author_role"] = args.author_role
    print_figures(result, args.author_role)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
