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
    drafts.write_text('{"id": "b", "text": "one"}\n\n{"id": "a", "text": "two"}\n')
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
    bad.write_text('{"id": "a", "text": "fine"}\n{"id": "b", text}\n')
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


def test_it_shows_the_overview_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "check" in out and "triage" in out
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "unknown command" in err


def test_it_exits_2_with_the_usage_when_no_command_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("usage: safepost COMMAND") and "check" in err


# --- a draft object the command cannot check is bad input, never a pass -----------------------


@pytest.mark.parametrize(
    ("row", "key", "message"),
    [
        ('{"id": "a", "body": "Well done Millie Hartley in Year 4!"}', "body", "unknown key(s) 'body'"),
        ('{"id": "a", "Text": "Well done Millie Hartley in Year 4!"}', "Text", "(did you mean 'text'?)"),
        ('{"id": "a", "text": "Hi", "imgs": []}', "imgs", "unknown key(s) 'imgs'"),
    ],
)
def test_it_refuses_a_draft_with_an_unknown_key_naming_it_and_the_allowed_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, key: str, message: str
) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "ok", "text": "Lovely assembly."}\n' + row + "\n")
    code, out, err = run(capsys, "check", "--school", SCHOOL, str(drafts))
    assert code == 2
    assert out == ""  # nothing printed as a pass
    assert f"{drafts}:2:{key}: " in err and message in err
    assert "may have only id, text, images, channel, scheduled_at" in err


def test_it_refuses_a_draft_without_text_or_images(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "a", "channel": "facebook"}\n')
    code, out, err = run(capsys, "check", "--school", SCHOOL, str(drafts))
    assert (code, out) == (2, "")
    assert f"{drafts}:1:text: is missing and the draft has no images" in err


def test_it_names_the_line_of_the_bad_key_in_a_json_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.json"
    draft.write_text('{\n  "id": "a",\n  "body": "Well done Millie Hartley"\n}\n')
    code, _, err = run(capsys, "check", "--school", SCHOOL, str(draft))
    assert code == 2
    assert f"{draft}:3:body: unknown key(s) 'body'" in err


def test_it_refuses_an_unknown_key_in_an_image(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "a", "text": "Trip", "images": [{"filename": "a.jpg", "tagged": ["P001"]}]}\n')
    code, _, err = run(capsys, "check", "--school", SCHOOL, str(drafts))
    assert code == 2
    assert f"{drafts}:1:images[0].tagged: unknown key(s) 'tagged'" in err and "tagged_pupils" in err


def test_it_checks_a_draft_with_images_and_no_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "a", "images": [{"filename": "sports_day.jpg", "alt": "Races"}]}\n')
    code, out, err = run(capsys, "check", "--school", SCHOOL, "--format", "jsonl", str(drafts))
    assert code in (0, 1), err
    assert json.loads(out)["id"] == "a"


# --- a school directory must hold its roster and staff list unless told otherwise ----------------


def _school_without(tmp_path: Path, *missing: str) -> Path:
    school = tmp_path / "school"
    school.mkdir()
    for name in ("school.toml", "roster.csv", "staff.csv"):
        if name not in missing:
            (school / name).write_bytes((REPO / "examples" / "school" / name).read_bytes())
    return school


@pytest.mark.parametrize(("missing", "flag"), [("roster.csv", "--no-roster"), ("staff.csv", "--no-staff")])
def test_it_refuses_a_school_directory_missing_a_file_unless_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str, flag: str
) -> None:
    school = _school_without(tmp_path, missing)
    draft = tmp_path / "d.txt"
    draft.write_text("Well done to everyone in Year 4 today.\n")
    code, out, err = run(capsys, "check", "--school", str(school), str(draft))
    assert (code, out) == (2, "")
    assert f"no {missing} in the school directory {school}" in err and flag in err
    code, out, err = run(capsys, "check", "--school", str(school), flag, str(draft))
    assert code in (0, 1), err
    assert out.startswith("d: ")


@pytest.mark.parametrize("command", ["triage", "scan-image"])
def test_it_refuses_a_school_without_a_roster_in_every_command_that_reads_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    school = _school_without(tmp_path, "roster.csv")
    code, _, err = run(capsys, command, "--school", str(school), str(tmp_path / "input"))
    assert code == 2
    assert f"no roster.csv in the school directory {school}" in err


def test_it_marks_a_default_pack_finding_as_safepost_model_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safepost.engine import load_school

    pupil = load_school(SCHOOL).pupils[0]
    draft = tmp_path / "d.txt"
    draft.write_text(f"Well done {pupil.first_name} {pupil.last_name} for a super week!\n")
    code, out, _ = run(capsys, "check", "--school", SCHOOL, "--policy", "default", str(draft))
    assert code == 1
    assert '= safepost model policy, "1. Pupils\' names and personal details": \u201cWe do not name pupils' in out
    assert "Pontlliw" not in out and "Newport" not in out
    code, out, _ = run(capsys, "check", "--school", SCHOOL, "--policy", "default", "--format", "json", str(draft))
    clauses = [f["clause"] for f in json.loads(out)["findings"]]
    assert clauses and all(c["policy"] == "safepost model policy" for c in clauses)
