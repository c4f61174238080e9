"""Roster and staff imports: preview, every bad row reported, nothing applied when any is bad."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safepost.consent.models import ConsentEvent
from safepost.schools import imports
from safepost.schools.models import ImportBatch, Pupil, Role, StaffMember
from tests.web.conftest import World, verified_client

BENCH = Path("/work/shared/bench")


def upload(world: World, kind: str, data: bytes, name: str = "file.csv") -> ImportBatch:
    client = verified_client(world.users[Role.ADMINISTRATOR])
    response = client.post(reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": kind}),
                           {"file": SimpleUploadedFile(name, data, content_type="text/csv")})
    assert response.status_code == 302, response.content[:500]
    return ImportBatch.objects.order_by("-pk").first()  # type: ignore[return-value]


def apply(world: World, batch: ImportBatch) -> int:
    client = verified_client(world.users[Role.ADMINISTRATOR])
    return client.post(reverse("schools:apply-import", kwargs={"school": world.school.slug, "pk": batch.pk})).status_code


GOOD = (b"pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website\n"
        b"T001,Marigold,Ashcombe,Goldie,Year 3,Oak,yes,no\nT002,Caspian,Thorne,,Year 4,Ash,no,yes\n")


def test_it_previews_then_applies_a_good_roster(world: World) -> None:
    batch = upload(world, "pupils", GOOD)
    assert batch.errors == [] and len(batch.rows) == 2
    assert not Pupil.objects.filter(pupil_id="T001").exists()  # nothing until applied
    page = verified_client(world.users[Role.ADMINISTRATOR]).get(
        reverse("schools:preview-import", kwargs={"school": world.school.slug, "pk": batch.pk}))
    assert b"2 rows are ready to apply" in page.content
    assert apply(world, batch) == 302
    goldie = Pupil.objects.get(school=world.school, pupil_id="T001")
    assert (goldie.preferred_name, goldie.consent_social_media, goldie.consent_website) == ("Goldie", True, False)
    assert ConsentEvent.objects.filter(pupil=goldie, change="imported").count() == 2
    assert apply(world, batch) == 302 and Pupil.objects.filter(pupil_id="T001").count() == 1  # not twice


def test_it_reports_every_bad_row_and_applies_nothing(world: World) -> None:
    bad = (b"pupil_id,first_name,last_name,consent_social_media\n"
           b"T001,Marigold,Ashcombe,yes\n"
           b"T002,,Thorne,yes\n"
           b"T003,=cmd|' /C calc'!A0,Thorne,yes\n"
           b"T004,Juniper,Vale,perhaps\n"
           b"T001,Repeat,Row,no\n"
           b"T006,Too,Many,yes,extra\n")
    batch = upload(world, "pupils", bad)
    found = {(e["line"], e["column"]) for e in batch.errors}
    assert {(3, "first_name"), (4, "first_name"), (5, "consent_social_media"), (6, "pupil_id"), (7, "")} <= found
    assert any("formula" in e["why"] for e in batch.errors)
    assert batch.rows == []
    assert apply(world, batch) == 302
    assert not Pupil.objects.filter(pupil_id__in=["T001", "T004"]).exists()


def test_it_reads_mis_export_columns() -> None:
    data = (b"UPN,Legal Forename,Legal Surname,Preferred Forename,Year,Reg Group,Date of Birth\n"
            b"A123456789012,Peregrine,Holt,Perry,5,5H,2015-01-01\n")
    parsed = imports.parse(data, "pupils")
    assert parsed.errors == []
    assert parsed.rows[0]["first_name"] == "Peregrine" and parsed.rows[0]["class_name"] == "5H"
    assert "Date of Birth" in parsed.notes[0]  # ignored, and said so


def test_it_reads_a_windows_1252_file_and_says_so() -> None:
    parsed = imports.parse("pupil_id,first_name\nT1,Siân\n".encode("cp1252"), "pupils")
    assert parsed.rows[0]["first_name"] == "Siân"
    assert any("Windows-1252" in n for n in parsed.notes)


def test_it_rejects_binary_and_missing_columns() -> None:
    assert "NUL" in imports.parse(b"PK\x03\x04\x00\x00", "pupils").errors[0].why
    missing = imports.parse(b"name,class\nA,B\n", "pupils").errors
    assert {(e.line, e.column) for e in missing} == {(1, "pupil_id"), (1, "first_name")}


def test_it_stops_at_the_row_limit_without_crashing() -> None:
    data = b"pupil_id,first_name\n" + b"".join(b"P%d,Name\n" % i for i in range(100_000))
    parsed = imports.parse(data, "pupils")
    assert parsed.errors and ("more than" in parsed.errors[0].why or "larger than" in parsed.errors[0].why)


def test_it_refuses_an_oversized_upload(world: World) -> None:
    client = verified_client(world.users[Role.ADMINISTRATOR])
    big = SimpleUploadedFile("big.csv", b"pupil_id,first_name\n" + b"x" * (3 * 1024 * 1024))
    response = client.post(reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": "pupils"}),
                           {"file": big})
    assert response.status_code == 200 and b"larger than 2 MB" in response.content
    assert not ImportBatch.objects.exists()


@pytest.mark.skipif(not BENCH.exists(), reason="shared bench data not present")
def test_it_imports_the_bench_formats(world: World) -> None:
    staff = upload(world, "staff", (BENCH / "staff.csv").read_bytes())
    roster = upload(world, "pupils", (BENCH / "roster.csv").read_bytes())
    assert staff.errors == [] and roster.errors == []
    apply(world, staff)
    apply(world, roster)
    assert StaffMember.objects.filter(school=world.school).count() >= len(staff.rows)
    assert Pupil.objects.filter(school=world.school).count() >= len(roster.rows)
