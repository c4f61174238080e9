"""The second held-out functional set expands deterministically and covers each rule both ways.

Its pass rates are not asserted: it is a held-out measurement (docs/quality.md), not a gate."""

from __future__ import annotations

from safepost.engine import functional_heldout2 as heldout


def test_it_expands_every_functionality_without_leftover_fields() -> None:
    for func in heldout.HELD_OUT_2:
        posts = list(heldout.expand(func))
        assert posts == list(heldout.expand(func))
        assert 0 < len(posts) <= 60
        assert all("{" not in text for text in posts)


def test_it_covers_each_rule_in_both_directions() -> None:
    directions = {(f.rule, f.fire) for f in heldout.HELD_OUT_2}
    for rule in ("offensive-language", "live-location", "political-or-commercial"):
        assert (rule, True) in directions and (rule, False) in directions


def test_its_children_are_on_its_own_roster() -> None:
    roster = {p.first_name for p in heldout.school().pupils}
    assert set(heldout.FILLERS["child"]) <= roster
