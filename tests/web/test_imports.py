"""Roster and staff imports: preview, every bad row reported, nothing applied when any is bad."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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


# --- Cells are checked against the model's own limits (issue 8, item 5) ---------------------------

def _limit(model: type, name: str) -> int:
    return model._meta.get_field(name).max_length  # type: ignore[no-any-return]


def test_it_refuses_cells_longer_than_the_columns_hold_and_applies_nothing(world: World) -> None:
    title, first, job = _limit(StaffMember, "title"), _limit(StaffMember, "first_name"), _limit(StaffMember, "job_title")
    data = ("staff_id,title,first_name,last_name,role,email\n"
            f"QA1,{'T' * title},{'F' * first},Okafor,{'J' * job},qa1@alpha.sch.uk\n"  # exactly at the limits: fine
            f"QA2,{'T' * (title + 1)},Nia,Okafor,Teacher,qa2@alpha.sch.uk\n"
            f"QA3,Mx,{'F' * (first + 1)},Okafor,{'J' * (job + 1)},not-an-email\n").encode()
    batch = upload(world, "staff", data)
    found = {(e["line"], e["column"]): e["why"] for e in batch.errors}
    assert set(found) == {(3, "title"), (4, "first_name"), (4, "role"), (4, "email")}
    assert f"at most {title}" in found[(3, "title")] and f"is {title + 1} characters" in found[(3, "title")]
    assert f"at most {first}" in found[(4, "first_name")] and f"at most {job}" in found[(4, "role")]
    assert "email" in found[(4, "email")].lower()
    page = verified_client(world.users[Role.ADMINISTRATOR]).get(
        reverse("schools:preview-import", kwargs={"school": world.school.slug, "pk": batch.pk})).content.decode()
    assert f"at most {title}" in page and "nothing will be applied" in page
    assert apply(world, batch) == 302  # refused with a message, never a 500
    assert not StaffMember.objects.filter(staff_id__startswith="QA").exists()


def test_it_applies_cells_exactly_at_the_limit(world: World) -> None:
    """On PostgreSQL this is the write that failed with a DataError when the preview allowed 200."""
    first, last = _limit(Pupil, "first_name"), _limit(Pupil, "last_name")
    klass, year = _limit(Pupil, "class_name"), _limit(Pupil, "year_group")
    data = (f"pupil_id,first_name,last_name,year_group,class_name\nL{'1' * (_limit(Pupil, 'pupil_id') - 1)},"
            f"{'F' * first},{'L' * last},{'Y' * year},{'C' * klass}\n").encode()
    batch = upload(world, "pupils", data)
    assert batch.errors == []
    assert apply(world, batch) == 302
    pupil = Pupil.objects.get(school=world.school, pupil_id__startswith="L1")
    assert len(pupil.first_name) == first and len(pupil.class_name) == klass


def test_it_refuses_a_pupil_name_too_long_for_its_column(world: World) -> None:
    first = _limit(Pupil, "first_name")
    batch = upload(world, "pupils", f"pupil_id,first_name\nT9,{'N' * (first + 1)}\n".encode())
    assert [(e["line"], e["column"]) for e in batch.errors] == [(2, "first_name")]
    assert apply(world, batch) == 302 and not Pupil.objects.filter(pupil_id="T9").exists()


def test_it_checks_a_column_against_its_fields_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    """No imported column has choices today; the check reads them from the field when one does."""
    from safepost.schools.models import Membership

    monkeypatch.setattr(imports, "MODELS", {"staff": Membership})
    monkeypatch.setattr(imports, "FIELD_OF_COLUMN", {})
    assert "not a valid choice" in (imports.cell_problem("staff", "role", "wizard") or "")
    assert imports.cell_problem("staff", "role", Role.DSL.value) is None


# --- Previews nobody applied expire (issue 8, item 10) --------------------------------------------

def _age(batch: ImportBatch, created_at: datetime) -> None:
    ImportBatch.objects.filter(pk=batch.pk).update(created_at=created_at)


def test_it_deletes_previews_nobody_applied_once_their_lifetime_is_over(world: World, settings: Any) -> None:
    from safepost.audit.models import Event
    from safepost.schools.sweeps import sweep_import_previews

    settings.SAFEPOST_IMPORT_PREVIEW_HOURS = 24
    clock = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a fixed clock: the sweep is given "now"
    waiting, applied = upload(world, "pupils", GOOD), upload(world, "pupils", GOOD.replace(b"T00", b"U00"))
    apply(world, applied)
    for batch in (waiting, applied):
        _age(batch, clock)
    assert sweep_import_previews(now=clock + timedelta(hours=24)) == 0  # not older than 24 hours yet
    assert ImportBatch.objects.filter(pk=waiting.pk).exists()
    assert sweep_import_previews(now=clock + timedelta(hours=24, seconds=1)) == 1
    assert not ImportBatch.objects.filter(pk=waiting.pk).exists()
    assert ImportBatch.objects.get(pk=applied.pk).rows == []  # applied: kept, without a copy of the names
    event = Event.objects.get(action="people.import-expired")
    assert event.object_id == str(waiting.pk) and "Marigold" not in str(event.detail)
    settings.SAFEPOST_IMPORT_PREVIEW_HOURS = 2
    short = upload(world, "pupils", GOOD)
    _age(short, clock)
    assert sweep_import_previews(now=clock + timedelta(hours=2, minutes=1)) == 1


def test_it_expires_stale_previews_when_a_new_preview_is_made(world: World) -> None:
    from django.utils import timezone

    stale = upload(world, "pupils", GOOD)
    _age(stale, timezone.now() - timedelta(hours=25))
    fresh = upload(world, "pupils", GOOD)
    assert not ImportBatch.objects.filter(pk=stale.pk).exists()
    assert ImportBatch.objects.filter(pk=fresh.pk).exists()


def test_it_will_not_apply_a_preview_past_its_lifetime(world: World) -> None:
    from django.utils import timezone

    batch = upload(world, "pupils", GOOD)
    _age(batch, timezone.now() - timedelta(hours=25))  # the sweep has not run yet
    page = verified_client(world.users[Role.ADMINISTRATOR]).get(
        reverse("schools:preview-import", kwargs={"school": world.school.slug, "pk": batch.pk})).content.decode()
    assert "has expired" in page and "Apply this import" not in page
    assert apply(world, batch) == 302
    assert not Pupil.objects.filter(pupil_id="T001").exists()
