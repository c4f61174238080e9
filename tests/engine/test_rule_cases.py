"""Run every rule's case file (``safepost/engine/rules/cases/<rule-name>.yaml``).

A case file:

    rule: pupil-name
    school: examples/school        # optional; a school directory relative to the repository
    cases:
      - text: "Well done Millie!"  # a post body (or `draft:` with a whole draft object)
        fire: ["Millie"]           # excerpts each finding of this rule must cover, in order of the text
      - text: "The Poppy Appeal raised £200"
        fire: []                   # must not fire
      - draft: {"text": "...", "channel": "website", "images": [{"filename": "x.jpg", "tagged_pupils": ["BF003"]}]}
        fire: true                 # fires at least once, wherever (for rules about the whole draft)
        field: alt                 # optional: put `text` in an image's alt text (alt | filename | comment)

The meta-test fails any rule that has no case file, or whose case file lacks examples that must
fire and examples that must not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from safepost.engine import Draft, DraftImage, check, draft_from_object, load_policy, load_school
from safepost.engine.findings import Finding
from safepost.engine.rules import Env, Field, FieldKind, registry

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "safepost" / "engine" / "rules" / "cases"


def _case_files() -> list[Path]:
    return sorted(CASES.glob("*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("rule", registry.all(), ids=lambda r: r.name)
def test_it_has_a_case_file_with_both_kinds_of_example(rule: Any) -> None:
    path = CASES / f"{rule.name}.yaml"
    assert path.exists(), f"{rule.code} {rule.name} has no case file at {path.relative_to(REPO)}"
    cases = _load(path)["cases"]
    assert any(c.get("fire") for c in cases), "needs examples that must fire"
    assert any(c.get("fire") in ([], False) for c in cases), "needs examples that must not fire"


def _all_cases() -> list[Any]:
    params = []
    for path in _case_files():
        data = _load(path)
        for i, case in enumerate(data["cases"]):
            label = (case.get("text") or str(case.get("draft", "")))[:40]
            params.append(pytest.param(data, case, id=f"{data['rule']}[{i}] {label}"))
    return params


def _school(data: dict[str, Any]) -> Any:
    return load_school(REPO / data.get("school", "examples/school"))


def _findings(data: dict[str, Any], case: dict[str, Any]) -> list[Finding]:
    school = _school(data)
    policy = load_policy(case.get("policy", "default"))
    field = case.get("field", "text")
    if field == "comment":
        from safepost.engine.check import scan_field

        env = Env(school=school, policy=policy, channel=case.get("channel"))
        return scan_field(Field("comment", FieldKind.COMMENT, case["text"]), env)
    if "draft" in case:
        draft = draft_from_object(case["draft"])
    elif field in ("alt", "filename"):
        image = DraftImage(**{field: case["text"]})
        draft = Draft(id="case", text="", images=(image,), channel=case.get("channel"))
    else:
        draft = Draft(id="case", text=case["text"], channel=case.get("channel"))
    return list(check(draft, school, policy).findings)


@pytest.mark.parametrize(("data", "case"), _all_cases())
def test_it_fires_exactly_where_the_case_says(data: dict[str, Any], case: dict[str, Any]) -> None:
    found = [f for f in _findings(data, case) if f.rule == data["rule"]]
    expected = case.get("fire")
    if expected is True:
        assert found, "expected at least one finding"
    elif expected in ([], False, None):
        assert not found, f"expected no finding, got {[(f.excerpt, f.message) for f in found]}"
    else:
        excerpts = [f.excerpt or "" for f in found]
        for want in expected:
            assert any(want in got or got in want for got in excerpts if got), f"missed {want!r}; found {excerpts}"
        assert len(found) == len(expected), f"expected {len(expected)} findings, got {excerpts}"
