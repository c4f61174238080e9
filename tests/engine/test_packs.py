"""The policy packs: each loads, covers every rule, and quotes its school's own words.

Quotes and headings are checked against the policy texts bundled in
``safepost/engine/packs/sources/`` after normalising only what typography changes:

* runs of whitespace (spaces, tabs, line breaks, non-breaking spaces) become one space;
* curly single quotes, primes and backticks become ``'``; curly double quotes become ``"``;
* en dashes, em dashes, minus signs and other hyphen forms become ``-``.

Letters, punctuation, spelling and case are compared exactly, typos included.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from safepost.engine import InputError
from safepost.engine.errors import InputErrors
from safepost.engine.findings import Clause, Severity
from safepost.engine.policy import Policy, available_packs, load_policy, parse_policy, source_text
from safepost.engine.rules import registry

SOURCES = resources.files("safepost.engine") / "packs" / "sources"
SHARED_POLICIES = Path("/work/shared/policies")
SCHOOL_PACKS = (
    "newport-ce-junior",
    "pontlliw-primary",
    "learn-to-live-federation",
    "baguley-hall-primary",
    "dobcroft-junior",
)
ALL_PACKS = ("default", *SCHOOL_PACKS)
ACTIONS = frozenset({
    "alert-dsl", "report-police", "report-ceop", "keep-evidence", "hide-and-explain", "report-slt",
    "refer-complaints-procedure", "ask-to-remove", "reply-before-deadline", "remove-spam",
    "remove-personal-data",
})
MAX_QUOTE_WORDS = 40  # "one sentence or less": long enough for one policy sentence, no more

_SPACE = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})


def normalise(text: str) -> str:
    """Whitespace, quote and dash variants only; see the module docstring."""
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip()


def policy_text(policy_id: str) -> str:
    return normalise((SOURCES / f"{policy_id}.txt").read_text(encoding="utf-8"))


def pack(pack_id: str) -> Policy:
    return load_policy(pack_id)


def clauses(policy: Policy) -> list[tuple[str, Clause]]:
    """Every clause in a pack with the key it sits under."""
    found = [(f"rules.{name}.clause", s.clause) for name, s in policy.rules.items() if s.clause]
    found += [(f"actions.{name}.clause", c) for name, c in policy.actions.items() if c]
    if policy.deadlines.clause:
        found.append(("deadlines.clause", policy.deadlines.clause))
    if policy.posting.clause:
        found.append(("posting.clause", policy.posting.clause))
    found += [(f"posting.pre_posting_questions.{q.id}.clause", q.clause)
              for q in policy.posting.questions if q.clause]
    found += [(f"compliance.{key}", c) for key, c in (("clause", policy.compliance.clause),
                                                       ("review_clause", policy.compliance.review_clause)) if c]
    return found


def all_clauses() -> list[tuple[str, str, Clause]]:
    return [(pack_id, key, clause) for pack_id in ALL_PACKS for key, clause in clauses(pack(pack_id))]


CLAUSE_IDS = [f"{p}:{k}" for p, k, _ in all_clauses()]


# --- loading and coverage ------------------------------------------------------------------------


def test_it_ships_a_pack_for_every_policy_and_the_default() -> None:
    assert set(ALL_PACKS) <= set(available_packs())
    bundled = {p.name.removesuffix(".txt") for p in SOURCES.iterdir() if p.name.endswith(".txt")}
    assert bundled == set(SCHOOL_PACKS)


@pytest.mark.parametrize("pack_id", ALL_PACKS)
def test_it_loads_each_pack_under_its_own_id(pack_id: str) -> None:
    policy = pack(pack_id)
    assert policy.id == pack_id
    assert policy.name


@pytest.mark.parametrize("pack_id", ALL_PACKS)
def test_it_covers_every_registered_rule_with_a_clause(pack_id: str) -> None:
    policy = pack(pack_id)
    assert set(policy.rules) == set(registry.names())
    for name, setting in policy.rules.items():
        assert setting.clause is not None, f"{pack_id}: rules.{name} has no clause"


@pytest.mark.parametrize("pack_id", ALL_PACKS)
def test_it_uses_only_the_known_action_names(pack_id: str) -> None:
    policy = pack(pack_id)
    assert set(policy.actions) <= ACTIONS
    assert all(clause is not None for clause in policy.actions.values())


def test_it_gives_the_default_pack_every_action_and_every_rule_switched_on() -> None:
    policy = pack("default")
    assert set(policy.actions) == ACTIONS
    assert all(policy.severity(rule) is not None for rule in registry.names())
    assert policy.deadlines.clause is not None


@pytest.mark.parametrize("pack_id", ALL_PACKS)
def test_it_answers_within_24_hours_and_next_working_day_in_every_pack(pack_id: str) -> None:
    deadlines = pack(pack_id).deadlines
    assert (deadlines.response_hours, deadlines.weekend) == (24, "next-working-day")


# --- the school's own words ----------------------------------------------------------------------


SCHOOL_CLAUSES = [(p, k, c) for p, k, c in all_clauses() if p != "default"]
DEFAULT_CLAUSES = [(k, c) for p, k, c in all_clauses() if p == "default"]
MODEL_POLICY = "safepost model policy"
#: Words that name one of the schools whose policies the other packs quote.
SCHOOL_NAMES = ("Newport", "Pontlliw", "Learn to Live", "Baguley", "Dobcroft")
#: Runs of this many words shared with a school's policy would be quoting it, not paraphrasing.
SHARED_RUN_WORDS = 8


def model_policy_text() -> str:
    return normalise((resources.files("safepost.engine") / "packs" / "model-policy.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("pack_id", "key", "clause"), SCHOOL_CLAUSES, ids=[f"{p}:{k}" for p, k, _ in SCHOOL_CLAUSES])
def test_it_quotes_each_clause_verbatim_from_its_policy(pack_id: str, key: str, clause: Clause) -> None:
    text = policy_text(clause.policy)
    assert normalise(clause.quote) in text, f"{pack_id} {key}: quote not in {clause.policy}"
    assert normalise(clause.heading) in text, f"{pack_id} {key}: heading not in {clause.policy}"
    assert len(clause.quote.split()) <= MAX_QUOTE_WORDS, f"{pack_id} {key}: quote is longer than a sentence"


@pytest.mark.parametrize(("pack_id", "key", "clause"), SCHOOL_CLAUSES, ids=[f"{p}:{k}" for p, k, _ in SCHOOL_CLAUSES])
def test_it_cites_only_its_own_policy_in_a_school_pack(pack_id: str, key: str, clause: Clause) -> None:
    assert clause.policy == pack_id, f"{pack_id} {key} cites {clause.policy}"


@pytest.mark.parametrize(("key", "clause"), DEFAULT_CLAUSES, ids=[k for k, _ in DEFAULT_CLAUSES])
def test_it_quotes_safepost_model_policy_in_the_default_pack(key: str, clause: Clause) -> None:
    assert clause.policy == MODEL_POLICY, f"default {key} cites {clause.policy}"
    assert normalise(clause.quote) in model_policy_text(), f"default {key}: quote not in model-policy.txt"
    assert normalise(clause.heading) in model_policy_text(), f"default {key}: heading not in model-policy.txt"
    assert len(clause.quote.split()) <= MAX_QUOTE_WORDS


@pytest.mark.parametrize(("key", "clause"), DEFAULT_CLAUSES, ids=[k for k, _ in DEFAULT_CLAUSES])
def test_it_never_names_or_quotes_another_school_in_the_default_pack(key: str, clause: Clause) -> None:
    shown = f"{clause.policy} {clause.heading} {clause.quote}"
    for name in (*SCHOOL_NAMES, *(pack(p).name for p in SCHOOL_PACKS), *SCHOOL_PACKS):
        assert name.lower() not in shown.lower(), f"default {key} names {name!r}"
    words = normalise(clause.quote).split()
    runs = {" ".join(words[i : i + SHARED_RUN_WORDS]) for i in range(len(words) - SHARED_RUN_WORDS + 1)}
    for policy_id in SCHOOL_PACKS:
        quoted = [run for run in runs if run in policy_text(policy_id)]
        assert not quoted, f"default {key} quotes {policy_id}: {quoted[0]!r}"


def test_it_ships_the_model_policy_as_the_default_packs_source() -> None:
    default = pack("default")
    assert default.source == "model-policy.txt"
    text = source_text(default)
    assert text is not None and text.startswith("safepost model policy")
    assert not any(name.lower() in text.lower() for name in SCHOOL_NAMES)


def test_it_normalises_only_whitespace_quotes_and_dashes() -> None:
    assert normalise("the school\u2019s  \u201cMust\nNots\u201d \u2013 ok") == "the school's \"Must Nots\" - ok"
    assert normalise("Pupils") != normalise("pupils")


@pytest.mark.parametrize("policy_id", SCHOOL_PACKS)
def test_it_bundles_the_same_policy_text_as_the_shared_folder(policy_id: str) -> None:
    shared = SHARED_POLICIES / f"{policy_id}.txt"
    if not shared.is_file():
        pytest.skip(f"{SHARED_POLICIES} is not on this machine")
    assert (SOURCES / f"{policy_id}.txt").read_bytes() == shared.read_bytes()


# --- packs differ where the policies differ ------------------------------------------------------


@pytest.mark.parametrize("channel", [None, "facebook", "website", "classdojo", "classdojo-story", "vle", "hwb"])
def test_it_blocks_any_pupil_name_on_every_newport_channel(channel: str | None) -> None:
    assert pack("newport-ce-junior").severity("pupil-name", channel) is Severity.BLOCK


def test_it_relaxes_pupil_names_on_a_dobcroft_class_page_but_not_its_school_story() -> None:
    dobcroft = pack("dobcroft-junior")
    assert dobcroft.severity("pupil-name", "classdojo") is Severity.REVIEW
    assert dobcroft.severity("pupil-name", "classdojo-story") is Severity.BLOCK
    assert pack("newport-ce-junior").severity("pupil-name", "classdojo") is Severity.BLOCK
    assert dobcroft.severity("live-location", "classdojo") is Severity.ADVISE
    assert dobcroft.severity("live-location", "classdojo-story") is Severity.REVIEW
    # Consent is per child on both: relaxing the audience does not relax the photo checks.
    assert dobcroft.severity("tagged-without-consent", "classdojo") is Severity.BLOCK
    assert dobcroft.severity("faces-not-tagged", "classdojo") is Severity.REVIEW


def test_it_declares_dobcroft_classdojo_pages_closed_and_its_story_public() -> None:
    dobcroft = pack("dobcroft-junior")
    assert str(dobcroft.audience("classdojo")) == "closed"
    assert str(dobcroft.audience("classdojo-story")) == "public"


def test_it_blocks_political_and_commercial_posts_only_where_the_policy_forbids_them() -> None:
    assert pack("dobcroft-junior").severity("political-or-commercial", "classdojo") is Severity.BLOCK
    assert pack("dobcroft-junior").severity("political-or-commercial", "classdojo-story") is Severity.BLOCK
    assert pack("default").severity("political-or-commercial") is Severity.REVIEW
    assert "political" in pack("dobcroft-junior").clause("political-or-commercial").quote  # type: ignore[union-attr]


def test_it_needs_written_consent_for_every_learn_to_live_photo() -> None:
    ltl = pack("learn-to-live-federation")
    assert "written consent" in ltl.clause("tagged-without-consent").quote  # type: ignore[union-attr]
    # Untagged faces cannot be matched to a written consent, so they block there and only ask
    # for a review elsewhere.
    assert ltl.severity("faces-not-tagged", "facebook") is Severity.BLOCK
    assert ltl.severity("more-faces-than-tags", "facebook") is Severity.BLOCK
    assert pack("newport-ce-junior").severity("faces-not-tagged", "facebook") is Severity.REVIEW


def test_it_cites_pontlliws_do_not_publish_list_and_staff_judgement_for_images() -> None:
    pontlliw = pack("pontlliw-primary")
    assert "images must not be published" in pontlliw.clause("tagged-without-consent").quote  # type: ignore[union-attr]
    assert "professional judgement" in pontlliw.clause("faces-not-tagged").quote  # type: ignore[union-attr]
    assert pontlliw.severity("faces-not-tagged") is Severity.REVIEW


def test_it_cites_pontlliws_monitoring_clause_for_the_deadline() -> None:
    clause = pack("pontlliw-primary").deadlines.clause
    assert clause is not None and clause.heading == "Monitoring"
    assert "within 24 hours" in clause.quote
    assert pack("pontlliw-primary").action_clause("reply-before-deadline") is not None


def test_it_sends_baguley_prevent_racist_and_violent_posts_to_the_police() -> None:
    clause = pack("baguley-hall-primary").action_clause("report-police")
    assert clause is not None and "Prevent" in clause.quote
    assert str(pack("baguley-hall-primary").audience("vle")) == "closed"


def test_it_omits_actions_a_policy_does_not_support() -> None:
    assert pack("learn-to-live-federation").action_clause("report-police") is None
    assert pack("dobcroft-junior").action_clause("report-ceop") is None
    assert pack("newport-ce-junior").action_clause("ask-to-remove") is None


# --- validation names the key --------------------------------------------------------------------

GOOD = "id: t\nname: T\nrules:\n  pupil-name:\n    severity: block\n"


def test_it_accepts_a_minimal_pack() -> None:
    assert parse_policy(GOOD, "t.yaml").severity("pupil-name") is Severity.BLOCK


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (GOOD.replace("severity: block", "severity: blocker"), "rules.pupil-name.severity"),
        (GOOD.replace("severity: block", "sevrity: block"), "rules.pupil-name.sevrity"),
        (GOOD.replace("pupil-name", "pupil-names"), "rules.pupil-names"),
        (GOOD + "    audiences: {private: review}\n", "rules.pupil-name.audiences.private"),
        (GOOD + "    clause: {heading: H, quote: Q, page: 3}\n", "rules.pupil-name.clause.page"),
        (GOOD + "actions:\n  alert-dsl:\n    clause: {heading: H}\n", "actions.alert-dsl.clause.quote"),
        (GOOD + "deadlines:\n  weekend: never\n", "deadlines.weekend"),
        (GOOD + "channels:\n  classdojo: secret\n", "channels.classdojo"),
    ],
)
def test_it_names_the_wrong_key_when_a_pack_is_invalid(text: str, key: str) -> None:
    with pytest.raises(InputError) as err:
        parse_policy(text, "bad.yaml")
    assert err.value.key == key
    line = err.value.line
    assert line is not None
    # The line holding the key; a missing key (the clause's quote) is reported on its parent's.
    named = key.rsplit(".", 2)[-2] if key.endswith(".quote") else key.rsplit(".", 1)[-1]
    assert f"{named}:" in text.splitlines()[line - 1]
    assert str(err.value).startswith(f"bad.yaml:{line}:{key}: ")


BAD_EVERYWHERE = """id: mine
name: Mine
colour: blue
rules:
  pupil-name:
    severity: blocker
    clause: {heading: H, quote: Q, page: 3}
  pupil-names: block
  phone-number:
    sevrity: block
channels:
  classdojo: secret
deadlines:
  weekend: never
"""


def test_it_reports_every_problem_in_a_pack_with_its_line_and_key() -> None:
    with pytest.raises(InputErrors) as err:
        parse_policy(BAD_EVERYWHERE, "bad.yaml")
    found = [(e.line, e.key) for e in err.value.errors]
    assert found == [
        (3, "colour"),
        (6, "rules.pupil-name.severity"),
        (7, "rules.pupil-name.clause.page"),
        (8, "rules.pupil-names"),
        (10, "rules.phone-number.sevrity"),
        (12, "channels.classdojo"),
        (14, "deadlines.weekend"),
    ]
    assert "(did you mean 'severity'?)" in str(err.value)
    assert len(str(err.value).splitlines()) == 7


def test_it_lists_every_problem_from_policy_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safepost.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_EVERYWHERE, encoding="utf-8")
    assert main(["policy", "validate", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"safepost policy: error: {bad}:3:colour: unknown key; expected one of actions, channels, compliance, " \
        "deadlines, id, name, posting, rules, source"
    assert f"{bad}:14:deadlines.weekend: 'never' is not one of next-working-day, same-hours" in err[6]
    assert err[-1] == f"safepost policy: {bad}: 7 problem(s)"


def test_it_refuses_a_pack_that_is_not_a_mapping() -> None:
    with pytest.raises(InputError, match="a policy pack must be a mapping"):
        parse_policy("- pupil-name\n", "bad.yaml")


def test_it_rejects_a_bad_pack_file_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safepost.commands import policy as command

    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("severity: block", "severity: blocker"), encoding="utf-8")
    parser = __import__("argparse").ArgumentParser()
    command.add_arguments(parser)
    assert command.run(parser.parse_args(["validate", str(bad)])) != 0
    assert "rules.pupil-name.severity" in capsys.readouterr().err
