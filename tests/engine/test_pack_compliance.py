"""The pack's `compliance` section: when adults acknowledge the policy again, how often it is reviewed."""

from __future__ import annotations

import pytest

from safepost.engine import InputError, load_policy
from safepost.engine.policy import AcknowledgeEvery, parse_policy

BASE = "id: t\nname: T\n"


def test_it_reads_dobcrofts_september_schedule_and_two_year_review() -> None:
    compliance = load_policy("dobcroft-junior").compliance
    assert compliance.acknowledge_every is AcknowledgeEvery.SEPTEMBER
    assert compliance.review_every_months == 24
    assert compliance.clause is not None and "September" in compliance.clause.quote


def test_it_defaults_to_annually_and_a_yearly_review() -> None:
    compliance = parse_policy(BASE, "t.yaml").compliance
    assert compliance.acknowledge_every is AcknowledgeEvery.ANNUALLY and compliance.review_every_months == 12
    assert load_policy("newport-ce-junior").compliance.review_every_months == 12


@pytest.mark.parametrize(("body", "key"), [
    ("compliance:\n  acknowledge_every: weekly\n", "compliance.acknowledge_every"),
    ("compliance:\n  review_every_months: 0\n", "compliance.review_every_months"),
    ("compliance:\n  review_every_months: soon\n", "compliance.review_every_months"),
    ("compliance:\n  remind: yes\n", "compliance.remind"),
])
def test_it_names_the_key_that_is_wrong(body: str, key: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_policy(BASE + body, "t.yaml")
    assert key in str(exc.value)
