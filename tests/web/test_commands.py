"""Commands and configuration: `safepost audit verify`, settings problems as system checks."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

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


REPO = Path(__file__).resolve().parents[2]


def _safepost(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in a fresh process: Django's settings read the data directory at import."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "SAFEPOST_SECRET_KEY", "SAFEPOST_DATA_DIR", "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run([sys.executable, "-m", "safepost", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("command", [["audit", "verify"], ["manage", "changepassword", "someone"]])
def test_it_refuses_a_missing_data_directory_and_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "no-such-data"
    result = _safepost(command[0], "--data-dir", str(missing), *command[1:])
    assert result.returncode == 2, result.stderr
    assert f"data directory {missing} (from --data-dir): no such directory" in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists()


def test_it_refuses_a_directory_that_is_not_a_data_directory_and_creates_no_key(tmp_path: Path) -> None:
    result = _safepost("audit", "verify", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert f"data directory {tmp_path} (from --data-dir): there is no secret key at {tmp_path}/secret-key" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_it_refuses_a_data_directory_without_its_database_and_creates_none(tmp_path: Path) -> None:
    (tmp_path / "secret-key").write_text("k" * 50 + "\n")
    result = _safepost("audit", "verify", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert f"its database {tmp_path / 'safepost.sqlite3'} does not exist" in result.stderr
    assert not (tmp_path / "safepost.sqlite3").exists()
    assert (tmp_path / "secret-key").read_text() == "k" * 50 + "\n"


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
