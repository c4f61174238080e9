"""`safepost triage` end to end: the example file, both formats, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safepost.cli import main

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "examples" / "comments.jsonl"
SCHOOL = REPO / "examples" / "school"
NOW = ["--now", "2025-12-08T12:00:00"]


def test_it_prints_the_inbox_most_urgent_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--school", str(SCHOOL), *NOW, str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["CATEGORY", "CONF", "DEADLINE", "ACTIONS"]
    assert lines[1].startswith("SAFEGUARDING")
    assert "alert-dsl" in lines[1]
    assert "Assumptions:" in out and "taken as Europe/London" in out


def test_it_writes_one_json_object_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--school", str(SCHOOL), "--format", "jsonl", *NOW, str(EXAMPLE)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(EXAMPLE.read_text(encoding="utf-8").splitlines())
    for row in rows:
        assert {"id", "category", "confidence", "evidence", "actions", "deadline", "findings"} <= set(row)
        assert all({"action", "clause"} == set(a) for a in row["actions"])
    assert {r["id"]: r["category"] for r in rows}["c3"] == "safeguarding"


def _run(tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "in.jsonl"
    path.write_text(content, encoding="utf-8")
    code = main(["triage", "--school", str(SCHOOL), *NOW, str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "hi"}\n{not json}\n', "in.jsonl:2: invalid JSON"),
        ('{"id": "a"}\n', "in.jsonl:1:text: is missing"),
        ('{"id": "a", "text": "hi", "received_at": "last Tuesday"}\n', "in.jsonl:1:received_at"),
        ("[1, 2]\n", "in.jsonl:1: a comment must be a JSON object"),
        ("\n\n", "is empty"),
    ],
)
def test_it_names_the_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str) -> None:
    code, _out, err = _run(tmp_path, content, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_it_states_defaults_for_empty_text_and_unknown_roles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(tmp_path, '{"id": "a", "text": "", "author_role": "alien"}\n', capsys)
    assert code == 0
    assert "comment is empty" in out and "unknown author_role 'alien'" in out
    assert "no received_at" in out


def test_it_copes_with_a_one_megabyte_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = json.dumps({"id": "big", "text": "lovely " * 150_000, "received_at": "2025-01-08T10:00:00Z"})
    code, out, _ = _run(tmp_path, big + "\n", capsys)
    assert code == 0 and "characters long" in out


def test_it_reads_standard_input() -> None:
    line = json.dumps({"id": "s1", "text": "What time is the disco?", "received_at": "2025-01-08T10:00:00Z"})
    done = subprocess.run(
        [sys.executable, "-m", "safepost", "triage", "--school", str(SCHOOL), "--format", "jsonl", "-"],
        input=line + "\n", capture_output=True, text=True, cwd=REPO, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["category"] == "question"


def test_it_rejects_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", "--school", str(SCHOOL), "nope.jsonl"]) == 2
    assert "nope.jsonl: file not found" in capsys.readouterr().err
