"""Every rule is documented with the fixed headings, and docs/rules/ is up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from safepost.engine.docs import explain, rule_markdown
from safepost.engine.rules import DOC_HEADINGS, Rule, registry

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


@pytest.mark.parametrize("rule", registry.all(), ids=lambda r: r.code)
def test_it_documents_every_rule_under_the_fixed_headings(rule: Rule) -> None:
    page = rule_markdown(rule)
    for heading in DOC_HEADINGS:
        assert f"## {heading}" in page, f"{rule.code} lacks '{heading}'"
        section = page.split(f"## {heading}", 1)[1].split("## ", 1)[0]
        assert len(section.strip()) > 20, f"{rule.code}: '{heading}' says too little"
    assert explain(rule.code) == page == explain(rule.name)


@pytest.mark.parametrize("rule", registry.all(), ids=lambda r: r.code)
def test_it_keeps_the_generated_rule_pages_current(rule: Rule) -> None:
    page = DOCS / f"{rule.code}.md"
    assert page.exists(), "run `safepost rules --markdown docs/rules`"
    assert page.read_text(encoding="utf-8") == rule_markdown(rule), "run `safepost rules --markdown docs/rules`"


def test_it_gives_every_rule_a_unique_code_in_its_family_block() -> None:
    prefixes = {"PUP": "0", "PD": "1", "LOC": "2", "MED": "3", "LAN": "4", "LNK": "5", "CON": "6"}
    for rule in registry.all():
        letters = rule.code.rstrip("0123456789")
        assert letters in prefixes and rule.code[len(letters)] == prefixes[letters], rule.code
