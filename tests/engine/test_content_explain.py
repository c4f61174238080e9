"""How a content rule's explanation names its signals (rules/_content.explain): each label once with the
words that matched it, and the cues that weigh against the finding apart, never among its reasons."""

from __future__ import annotations

from safepost.engine.i18n import translate
from safepost.engine.rules._content import Signal, explain

TEXT = "deposit £10 and match your first deposit, thanks to the pta"


def _at(words: str, name: str, weight: float) -> Signal:
    start = TEXT.index(words)
    return Signal(name, weight, start, start + len(words))


def test_two_cues_with_one_label_are_one_reason_with_both_phrases() -> None:
    why = explain([_at("deposit £10", "a gambling sign-up offer", 1.0),
                   _at("match your first deposit", "a gambling sign-up offer", 1.0),
                   _at("deposit £10", "a gambling sign-up offer", 1.0)], TEXT)
    assert why == "Signals: a gambling sign-up offer ('deposit £10', 'match your first deposit')."


def test_a_cue_against_the_finding_is_listed_apart_after_the_reasons() -> None:
    why = explain([_at("pta", "school fundraising, supplier or thanks", -0.5),
                   _at("deposit £10", "a gambling sign-up offer", 1.0)], TEXT)
    reasons, against = why.split(" Against it: ")
    assert reasons == "Signals: a gambling sign-up offer ('deposit £10')."
    assert against == "school fundraising, supplier or thanks ('pta')."
    assert "Arwyddion: cynnig ymuno â gwefan gamblo ('deposit £10'). Yn ei erbyn: " in translate(why, "cy")


def test_only_cues_against_or_none_at_all() -> None:
    assert explain([_at("pta", "school fundraising, supplier or thanks", -0.5)], TEXT) == (
        "Against it: school fundraising, supplier or thanks ('pta').")
    assert explain([], TEXT) == ""
