"""`safepost inbox import` and `safepost inbox sweep` from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from safepost.cli import COMMANDS
from safepost.commands import inbox as inbox_command
from safepost.inbox.models import Comment
from tests.web.conftest import World
from tests.web.inbox_support import make_account


def _args(**kwargs: object) -> argparse.Namespace:
    return argparse.Namespace(data_dir=None, **kwargs)


def test_it_imports_a_file_reporting_bad_lines_and_never_doubling(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    account = make_account(world)
    path = tmp_path / "facebook-export.csv"
    path.write_bytes(b"id,text,received_at,post_id,author_role\n"
                     b"f1,When is the fair?,2026-11-30T09:00:00+00:00,p1,parent\n"
                     b"f2,Lovely concert,not a date,p1,parent\n"
                     b"f3,Thank you \xff,2026-11-30T10:00:00+00:00,p1,parent\n")
    args = _args(action="import", file=str(path), school="alpha", account=account.pk)
    assert inbox_command.run(args) == 1
    out, err = capsys.readouterr()
    assert "1 imported, 0 already there, 2 refused" in out
    assert "facebook-export.csv:3: 'received_at'" in err and "facebook-export.csv:4: this line is not valid UTF-8" in err
    assert inbox_command.run(args) == 1
    assert "0 imported, 1 already there" in capsys.readouterr().out
    assert Comment.objects.count() == 1


def test_it_refuses_an_unknown_account_or_a_missing_file(world: World, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    account = make_account(world)
    assert inbox_command.run(_args(action="import", file=str(tmp_path / "nope.csv"), school="alpha",
                                   account=account.pk)) == 2
    assert "cannot read" in capsys.readouterr().err
    path = tmp_path / "x.jsonl"
    path.write_text("")
    assert inbox_command.run(_args(action="import", file=str(path), school="beta", account=account.pk)) == 2
    assert "school 'beta' has no account" in capsys.readouterr().err


def test_it_runs_the_sweep_once(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert "inbox" in COMMANDS
    assert inbox_command.run(_args(action="sweep")) == 0
    assert "safepost inbox sweep:" in capsys.readouterr().out
