"""Policy packs: severities by channel and audience, and validation that names the key."""

from __future__ import annotations

import subprocess
import sys

import pytest

from safepost.engine import InputError
from safepost.engine.findings import Severity
from safepost.engine.policy import Audience, consent_kind_for, parse_policy
from safepost.engine.school import ConsentKind

RULES = {"pupil-name", "phone-number"}

PACK = """
id: test
name: Test pack
channels:
  parents-app: closed
rules:
  pupil-name:
    severity: block
    audiences: {closed: review}
    channels: {website: advise}
    clause: {heading: "Moderation of content", quote: "no names"}
  phone-number: off
actions:
  alert-dsl:
    clause: {heading: "Personal use", quote: "report it"}
deadlines:
  response_hours: 24
"""


def test_it_picks_the_severity_for_a_channel_then_audience_then_default() -> None:
    policy = parse_policy(PACK, "test.yaml", RULES)
    assert policy.severity("pupil-name", "facebook") is Severity.BLOCK
    assert policy.severity("pupil-name", "classdojo") is Severity.REVIEW  # closed by default
    assert policy.severity("pupil-name", "parents-app") is Severity.REVIEW  # closed by this pack
    assert policy.severity("pupil-name", "website") is Severity.ADVISE
    assert policy.severity("pupil-name", None) is Severity.BLOCK
    assert policy.audience("parents-app") is Audience.CLOSED


def test_it_turns_rules_off_and_keeps_clauses() -> None:
    policy = parse_policy(PACK, "test.yaml", RULES)
    assert policy.severity("phone-number", "facebook") is None
    clause = policy.clause("pupil-name")
    assert clause is not None and clause.policy == "test" and clause.heading == "Moderation of content"
    assert policy.action_clause("alert-dsl") is not None


@pytest.mark.parametrize(
    ("bad", "key"),
    [
        ("id: x\nname: X\nrules: {pupil-nme: block}\n", "rules.pupil-nme"),
        ("id: x\nname: X\nrules: {pupil-name: {severity: loud}}\n", "rules.pupil-name.severity"),
        ("id: x\nname: X\nrules: {pupil-name: {clause: {heading: H}}}\n", "rules.pupil-name.clause.quote"),
        ("id: x\nname: X\nrulez: {}\n", "rulez"),
        ("id: x\nname: X\ndeadlines: {response_hours: -3}\n", "deadlines.response_hours"),
        ("id: x\nname: X\nchannels: {facebook: everyone}\n", "channels.facebook"),
        ("name: X\n", "id"),
    ],
)
def test_it_names_the_key_that_is_wrong(bad: str, key: str) -> None:
    with pytest.raises(InputError) as err:
        parse_policy(bad, "p.yaml", RULES)
    assert err.value.key == key
    # The key's own line; a missing key (id, a clause's quote) is reported on its parent's line.
    line = 1 if key == "id" else 3
    assert str(err.value).startswith(f"p.yaml:{line}:{key}: ")


def test_it_reports_yaml_syntax_errors_with_line_and_column() -> None:
    with pytest.raises(InputError) as err:
        parse_policy("id: x\nrules: [\n", "p.yaml", RULES)
    assert err.value.line is not None and "invalid YAML" in err.value.message


def test_it_maps_channels_to_the_consent_they_need() -> None:
    assert consent_kind_for("website") is ConsentKind.WEBSITE
    assert consent_kind_for("classdojo") is ConsentKind.CLASS_PLATFORM
    assert consent_kind_for("facebook") is ConsentKind.SOCIAL_MEDIA
    assert consent_kind_for(None) is ConsentKind.SOCIAL_MEDIA


def test_it_never_imports_django_from_the_engine() -> None:
    code = "import sys, safepost.engine, safepost.commands.check; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
