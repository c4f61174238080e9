"""Commands and configuration: `safepost audit verify`, settings problems as system checks."""

from __future__ import annotations

import argparse

import pytest
from django.db import connection

from safepost.audit.chain import record
from safepost.commands import audit as audit_command
from safepost.web import config
from safepost.web.checks import check_environment
from tests.web.conftest import World


def test_it_verifies_the_audit_trail_from_the_command_line(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(3):
        record(None, world.school, "test.event", world.school, number=i)
    args = argparse.Namespace(action="verify", data_dir=None)
    assert audit_command.run(args) == 0
    assert "3 events, chain intact" in capsys.readouterr().out
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_event SET detail = %s WHERE seq = 2", ['{"number": 7}'])
    assert audit_command.run(args) == 1
    assert "event 2: was changed" in capsys.readouterr().out


def test_it_explains_a_bad_database_url(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(config, "PROBLEMS", [])
    monkeypatch.setenv("DATABASE_URL", "mysql://root@localhost/school")
    config.read_database(tmp_path)  # type: ignore[arg-type]
    monkeypatch.setattr("safepost.web.checks.PROBLEMS", config.PROBLEMS)
    errors = check_environment()
    assert len(errors) == 1 and "DATABASE_URL" in errors[0].msg and "postgres://" in (errors[0].hint or "")


def test_it_explains_a_short_secret_key(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(config, "PROBLEMS", [])
    monkeypatch.setenv("SAFEPOST_SECRET_KEY", "short")
    config.read_secret_key(tmp_path)  # type: ignore[arg-type]
    assert config.PROBLEMS[0].setting == "SAFEPOST_SECRET_KEY"


def test_it_generates_and_keeps_a_secret_key(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.delenv("SAFEPOST_SECRET_KEY", raising=False)
    first = config.read_secret_key(tmp_path)  # type: ignore[arg-type]
    assert len(first) >= 50 and config.read_secret_key(tmp_path) == first  # type: ignore[arg-type]
