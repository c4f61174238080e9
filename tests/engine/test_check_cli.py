"""`safepost check`, `rules`, `explain`, `policy`: exit codes, formats and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safepost.cli import main

REPO = Path(__file__).resolve().parents[2]
SCHOOL = str(REPO / "examples" / "school")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_it_passes_a_clean_draft_with_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "ok.txt"
    draft.write_text("Thank you to everyone who came to our harvest festival.\n")
    code, out, _ = run(capsys, "check", "--school", SCHOOL, str(draft))
    assert code == 0
    assert out.startswith("ok: pass")


def test_it_prints_one_json_line_per_draft_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = tmp_path / "d.jsonl"
    drafts.write_text('{"id": "b", "text": "one"}\n\n{"id": "a", "text": "two", "extra": 1}\n')
    code, out, _ = run(capsys, "check", "--school", SCHOOL, "--format", "jsonl", str(drafts))
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["b", "a"]
    assert all(set(r) == {"id", "verdict", "findings"} for r in rows)
    assert code in (0, 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xff\xfe\x00\x01junk", "NUL bytes"),
        (b"caf\xe9\n", "is not valid UTF-8"),
    ],
)
def test_it_rejects_bad_text_files_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "check", "--school", SCHOOL, str(bad))
    assert code == 2
    assert message in err and str(bad) in err
    assert "Traceback" not in err + out


def test_it_names_the_line_of_a_jsonl_row_that_is_not_an_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "fine"}\n[1, 2]\n')
    code, _, err = run(capsys, "check", "--school", SCHOOL, str(bad))
    assert code == 2
    assert f"{bad}:2" in err and "must be a JSON object, not an array" in err


def test_it_names_the_line_and_column_of_invalid_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n{"id": "b", text}\n')
    code, _, err = run(capsys, "check", "--school", SCHOOL, str(bad))
    assert code == 2
    assert f"{bad}:2:13: invalid JSON" in err


def test_it_reports_a_missing_school_directory(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--school", "/nonexistent/school", "-")
    assert code == 2 and "is not a school directory" in err


def test_it_handles_a_ten_megabyte_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("The children enjoyed a lovely assembly about kindness and friendship. " * 150_000)[:10_000_000])
    code, _, err = run(capsys, "check", "--school", SCHOOL, "--format", "jsonl", str(big))
    assert code in (0, 1), err


def test_it_reads_drafts_from_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safepost", "check", "--school", SCHOOL, "--format", "json", "-"],
        input='{"id": "s", "text": "Lovely assembly today."}', capture_output=True, text=True, check=False,
    )
    assert json.loads(result.stdout)["id"] == "s"


def test_it_lists_rules_and_explains_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "PUP001" in out and "pupil-name" in out
    code, out, _ = run(capsys, "explain", "pup001")
    assert code == 0 and out.startswith("# PUP001 pupil-name")
    assert "## What it flags" in out
    code, _, err = run(capsys, "explain", "NOPE999")
    assert code == 2 and "nothing is called" in err


def test_it_names_the_wrong_key_when_validating_a_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text("id: mine\nname: Mine\nrules:\n  pupil-name:\n    severity: blocker\n")
    code, _, err = run(capsys, "policy", "validate", str(pack))
    assert code == 2
    assert "rules.pupil-name.severity: 'blocker' is not one of block, review, advise, off" in err


def test_it_starts_with_an_overview(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0 and "check" in out and "triage" in out
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "unknown command" in err
