"""Evidence integrity: `safepost evidence verify` finds a stored file changed on disk or a record
changed in the database; an export bundle verifies, and a tampered or hostile one does not."""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from safepost.cli import COMMANDS
from safepost.commands import evidence as evidence_command
from safepost.safeguarding import actions
from safepost.safeguarding.bundle import build_bundle
from safepost.safeguarding.models import Evidence, Incident
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.safeguarding_support import bullying_comment, incident, membership, pdf, png, zip_bomb


def _with_files(world: World) -> tuple[Incident, Evidence]:
    made = incident(world, comment=bullying_comment(world))
    shot = actions.do_add_evidence(membership(world, Role.DSL), made, actions.NewEvidence(
        kind="file", captured_at=timezone.now(), file_name="screenshot.png", file_size=0, file_chunks=[png()],
        place="Instagram, a year 6 group chat", description="the group chat"))
    actions.do_add_evidence(membership(world, Role.DSL), made, actions.NewEvidence(
        kind="file", captured_at=timezone.now(), file_name="letter.pdf", file_chunks=[pdf()]))
    return made, shot


def _verify(action: str, bundle: str | None = None) -> int:
    return evidence_command.run(argparse.Namespace(data_dir=None, bundle=bundle, action=action))


def test_it_is_a_safepost_command() -> None:
    assert COMMANDS["evidence"][0] == "evidence"


def test_it_reports_a_stored_file_changed_on_disk(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    _made, shot = _with_files(world)
    assert _verify(action="verify") == 0
    assert "4 evidence items: every one matches its recorded SHA-256" in capsys.readouterr().out
    Path(shot.file.path).write_bytes(png(colour=(0, 200, 0)))  # someone edits the screenshot on disk
    assert _verify(action="verify") == 1
    out = capsys.readouterr().out
    assert f"evidence {shot.pk} (incident SG-" in out and "was changed: SHA-256" in out and shot.sha256 in out


def test_it_reports_a_missing_file_and_a_record_changed_in_the_database(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    made, shot = _with_files(world)
    Path(shot.file.path).unlink()
    comment_item = made.evidence.filter(kind="comment").last()
    assert comment_item is not None
    with connection.cursor() as cursor:  # an edit behind safepost's back
        cursor.execute("UPDATE safeguarding_evidence SET text = %s WHERE id = %s", ["a nicer comment", comment_item.pk])
    assert _verify(action="verify") == 1
    out = capsys.readouterr().out
    assert "is missing from the data directory" in out
    assert f"evidence {comment_item.pk} " in out and "recorded details were changed" in out


def test_it_exports_a_bundle_that_verifies_and_one_tampered_with_that_does_not(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made, _shot = _with_files(world)
    data, manifest_sha = build_bundle(made)
    path = tmp_path / "bundle.zip"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        chronology = archive.read("chronology.csv").decode()
    assert {"manifest.json", "items.json", "chronology.csv", "chronology.html"} <= names
    assert sum(n.startswith("evidence/") for n in names) == 2
    assert set(manifest["evidence"]) == {str(e.pk) for e in made.evidence.all()}
    assert "Evidence: Comment from the inbox" in chronology and len(manifest_sha) == 64
    assert _verify(action="verify-bundle", bundle=str(path)) == 0
    assert "5 files match the manifest" in capsys.readouterr().out
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info, body.replace(b"nasty.parent", b"nice.parent") if info.filename == "items.json" else body)
        target.writestr("evidence/999-extra.png", png())
    assert evidence_command.run(argparse.Namespace(action="verify-bundle", bundle=str(tampered), data_dir=None)) == 1
    out = capsys.readouterr().out
    assert "items.json: changed: SHA-256" in out and "evidence/999-extra.png: in the bundle but not in the manifest" in out


def test_it_refuses_a_bundle_that_is_not_one_or_is_a_zip_bomb(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    def run(path: Path) -> int:
        return evidence_command.run(argparse.Namespace(action="verify-bundle", bundle=str(path), data_dir=None))

    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"hello")
    assert run(not_zip) == 2 and "is not a zip file" in capsys.readouterr().err
    assert run(tmp_path / "missing.zip") == 2 and "does not exist" in capsys.readouterr().err
    bomb = tmp_path / "bomb.zip"
    inner = zipfile.ZipFile(io.BytesIO(zip_bomb()))
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "safepost-evidence-bundle/1",
                                                      "files": {"zeros.bin": "0" * 64}}))
        archive.writestr("zeros.bin", inner.read("zeros.bin"))
    assert run(bomb) == 1
    assert "zeros.bin: larger than any evidence file: not unpacked" in capsys.readouterr().out
