"""Identity-term balance (training/triage/identity.py, Dixon et al. 2018): every protected group's
word is mentioned harmlessly in training at least as often as hatefully (up to a cap)."""

from __future__ import annotations

from training.triage import identity
from training.triage.train import generate


def test_it_covers_every_kind_of_group_in_english_and_welsh() -> None:
    english = {adj for adj, _ in identity.ENGLISH_TERMS}
    assert {"Muslim", "Jewish", "black", "Polish", "gay", "disabled", "trans", "refugee"} <= english
    welsh = {plural for _, plural in identity.WELSH_TERMS}
    assert {"Mwslemiaid", "pobl hoyw", "pobl anabl", "pobl draws", "ffoaduriaid"} <= welsh


def test_it_adds_only_harmless_comments_reproducibly_and_balances_the_group_words() -> None:
    data = generate(seed=7, per_category=120)
    added = [r for rows in data.values() for r in rows if r["source"] == "identity"]
    assert added and {r["category"] for r in added} <= {"other", "praise", "question"}
    assert added == [r for rows in generate(seed=7, per_category=120).values() for r in rows if r["source"] == "identity"]
    for adj, plural in identity.ENGLISH_TERMS + identity.WELSH_TERMS:
        harmful, harmless = identity.counts(data, adj, plural)
        assert harmless >= min(harmful, identity.MAXIMUM), (adj, harmful, harmless)
