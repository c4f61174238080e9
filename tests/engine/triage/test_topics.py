"""`safepost explain` documents every triage category and action."""

from __future__ import annotations

import pytest

from safepost.engine.docs import explain
from safepost.engine.triage import Action, Category
from safepost.engine.triage.topics import TOPICS


@pytest.mark.parametrize("name", [c.value for c in Category])
def test_it_explains_every_category(name: str) -> None:
    page = explain(name)
    assert page is not None and page.startswith(f"# {name} (triage category)")
    assert "## What it is" in page and "## What safepost asks you to do" in page


@pytest.mark.parametrize("name", [a.value for a in Action])
def test_it_explains_every_action(name: str) -> None:
    page = explain(name)
    assert page is not None and page.startswith(f"# {name} (triage action)")
    assert "## What to do" in page and f"actions.{name}.clause" in page


def test_it_documents_nothing_that_is_not_a_category_or_action() -> None:
    assert set(TOPICS) == {c.value for c in Category} | {a.value for a in Action}
