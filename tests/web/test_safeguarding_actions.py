"""Safeguarding incidents: creating them (by hand, from a comment, from a post), the workflow
with who/when/why, evidence that cannot change, the counts for governors, the reminders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from safepost.audit.models import Event
from safepost.inbox.safeguarding import do_raise_concern
from safepost.safeguarding import actions
from safepost.safeguarding.models import Evidence, EvidenceKind, Incident, Step
from safepost.safeguarding.states import IncidentStatus
from safepost.safeguarding.stats import incident_counts
from safepost.safeguarding.sweeps import sweep_safeguarding
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, make_account, publication, smtp_fixture  # noqa: F401 (fixture)
from tests.web.safeguarding_support import (
    bullying_comment,
    incident,
    membership,
    pdf,
    png,
    png_claiming,
    zip_bomb,
)

S = IncidentStatus


def _file(world: World, item: Incident, name: str, data: bytes, role: Role = Role.DSL) -> Evidence:
    return actions.do_add_evidence(membership(world, role), item, actions.NewEvidence(
        kind="file", captured_at=timezone.now(), file_name=name, file_size=len(data), file_chunks=[data]))


def test_it_turns_an_inbox_comment_and_its_thread_into_evidence(world: World) -> None:
    comment = bullying_comment(world)
    concern = do_raise_concern(world.users[Role.DSL], comment, "bullying of a named pupil")
    made = incident(world, comment=comment)
    items = list(made.evidence.order_by("captured_at"))
    assert [i.kind for i in items] == [EvidenceKind.COMMENT, EvidenceKind.COMMENT]
    escalated = items[1]
    assert escalated.text == comment.text and escalated.author_handle == "nasty.parent"
    assert escalated.platform_ids["comment"] == "c2" and escalated.platform_ids["post"] == "post-9"
    assert escalated.captured_at == comment.received_at and escalated.platform == comment.account.platform
    assert all(len(i.sha256) == 64 for i in items)
    assert made.concern == concern and made.status == S.REPORTED
    assert made.next_step_due is not None and made.next_step_due > timezone.now()


def test_it_turns_a_published_post_into_evidence(world: World) -> None:
    account = make_account(world)
    published = publication(world, account, "remote-post-1")
    made = incident(world, type="consent-breach", publication=published)
    item = made.evidence.get()
    assert item.kind == EvidenceKind.POST and item.platform_ids["post"] == "remote-post-1"
    assert item.text == published.revision.text


def test_it_walks_the_workflow_recording_who_when_and_why(world: World) -> None:
    dsl, slt = membership(world, Role.DSL), membership(world, Role.SLT)
    made = incident(world)
    actions.do_move_incident(dsl, made, S.ASSESSMENT, "DSL read the comment and spoke to the class teacher")
    with pytest.raises(actions.IncidentError, match="name at least one investigator"):
        actions.do_move_incident(dsl, made, S.INVESTIGATION, "needs looking into")
    actions.do_name_investigators(dsl, made, [world.users[Role.SLT]], "deputy head leads")
    actions.do_move_incident(dsl, made, S.INVESTIGATION, "needs looking into")
    with pytest.raises(actions.IncidentError, match="record an outcome before closing"):
        actions.do_move_incident(dsl, made, S.CLOSED, "done")
    with pytest.raises(actions.IncidentError, match="choose the outcome"):
        actions.do_move_incident(slt, made, S.OUTCOME, "spoke to both families")
    actions.do_move_incident(slt, made, S.OUTCOME, "spoke to both families", outcome="parent-meeting")
    with pytest.raises(actions.IncidentError, match="only the DSL or the headteacher"):
        actions.do_move_incident(slt, made, S.CLOSED, "done")  # the investigator records the outcome only
    actions.do_move_incident(dsl, made, S.CLOSED, "families content; monitoring ended")
    made.refresh_from_db()
    assert made.status == S.CLOSED and made.outcome == "parent-meeting" and made.next_step_due is None
    moves = [(s.to_status, s.by.username, s.why) for s in made.steps.filter(kind="transition")]
    assert moves[0][0] == S.REPORTED and moves[-1] == (S.CLOSED, "dsl-user", "families content; monitoring ended")
    assert [m[0] for m in moves] == [S.REPORTED, S.ASSESSMENT, S.INVESTIGATION, S.OUTCOME, S.CLOSED]


def test_it_refuses_a_future_date_and_a_teacher_as_investigator(world: World) -> None:
    with pytest.raises(actions.IncidentError, match="in the future") as caught:
        incident(world, occurred_at=timezone.now() + timedelta(days=2))
    assert caught.value.field == "occurred_at"
    made = incident(world)
    with pytest.raises(actions.IncidentError, match="senior leadership"):
        actions.do_name_investigators(membership(world, Role.DSL), made, [world.users[Role.STAFF]], "")
    with pytest.raises(actions.IncidentError, match="in the future"):
        actions.do_add_evidence(membership(world, Role.DSL), made, actions.NewEvidence(
            kind="note", text="seen", captured_at=timezone.now() + timedelta(hours=3)))
    with pytest.raises(actions.IncidentError, match="only the DSL or the headteacher"):
        incident(world, role=Role.SLT)


def test_it_keeps_evidence_and_steps_append_only(world: World) -> None:
    made = incident(world)
    item = _file(world, made, "screenshot.png", png())
    with pytest.raises(PermissionError):
        item.description = "changed"
        item.save()
    with pytest.raises(PermissionError):
        item.delete()
    with pytest.raises(PermissionError):
        made.steps.first().delete()  # type: ignore[union-attr]
    fixed = actions.do_add_evidence(membership(world, Role.DSL), made, actions.NewEvidence(
        kind="note", text="the screenshot was taken at 21:40, not 20:40", captured_at=timezone.now(), corrects=item))
    assert fixed.corrects == item and Evidence.objects.filter(incident=made).count() == 2


@pytest.mark.parametrize(("name", "data", "why"), [
    ("report.pdf", png(), "its content is PNG"),
    ("photo.png", pdf(), "its content is PDF"),
    ("bundle.zip", zip_bomb(2 * 1024 * 1024), "archives are not accepted"),
    ("innocent.png", zip_bomb(2 * 1024 * 1024), "archives are not accepted"),
    ("bomb.png", png_claiming(100_000, 100_000), "refused without decoding"),
    ("notes.txt", b"just some words", "not a PDF or an image"),
    ("broken.png", png()[:60], "does not open as an image"),
    ("empty.pdf", b"", "is empty"),
], ids=["png-as-pdf", "pdf-as-png", "zip", "zip-as-png", "pixel-bomb", "text", "truncated", "empty"])
def test_it_refuses_files_that_are_not_what_they_say(world: World, name: str, data: bytes, why: str) -> None:
    made = incident(world)
    with pytest.raises(actions.IncidentError, match=why) as caught:
        _file(world, made, name, data)
    assert caught.value.field == "file" and name in str(caught.value)
    assert not made.evidence.exists()


def test_it_refuses_a_file_over_20_mb(world: World) -> None:
    made = incident(world)
    big = png() + b"\0" * (21 * 1024 * 1024)
    with pytest.raises(actions.IncidentError, match="larger than 20 MB"):
        _file(world, made, "huge.png", big)


def test_it_stores_files_privately_under_a_random_name_with_their_hash(world: World, settings: object) -> None:
    import hashlib

    made = incident(world)
    data = png()
    item = _file(world, made, f"{world.pupils[0].first_name}-screenshot.png", data)
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.mime_type == "image/png"
    assert world.pupils[0].first_name not in item.file.name and item.file.name.startswith("evidence/")
    assert item.file.path.startswith(str(settings.MEDIA_ROOT))  # type: ignore[attr-defined]
    assert _file(world, made, "letter.pdf", pdf()).mime_type == "application/pdf"


def test_it_never_writes_a_pupils_name_to_the_audit_trail(world: World) -> None:
    comment = bullying_comment(world)
    made = incident(world, comment=comment, adults=["Mrs Parent"])
    actions.do_record_wishes(membership(world, Role.DSL), made, "wants it stopped", "no police please")
    actions.do_add_person(membership(world, Role.DSL), made, "witness", pupil=world.pupils[1])
    names = {p.first_name for p in world.pupils} | {"Mrs Parent", "Quillfeather"}
    for event in Event.objects.filter(action__startswith="safeguarding."):
        text = f"{event.detail} {event.object_id} {event.actor_label}"
        assert not any(n in text for n in names), event.action


def test_it_counts_incidents_by_type_and_outcome_for_governors(world: World) -> None:
    dsl = membership(world, Role.DSL)
    first, second = incident(world), incident(world)
    incident(world, type="impersonation")
    actions.do_move_incident(dsl, first, S.ASSESSMENT, "read it")
    actions.do_move_incident(dsl, first, S.OUTCOME, "nothing more", outcome="no-further-action")
    today = timezone.localdate()
    counts = incident_counts(world.school, today, today + timedelta(days=1))
    assert counts == {"cyberbullying": {"no-further-action": 1, "open": 1}, "impersonation": {"open": 1}}
    assert incident_counts(world.school, date(2020, 1, 1), today) == {}
    assert incident_counts(world.other, today, today + timedelta(days=1)) == {}
    assert second.pk


def test_it_reminds_before_the_deadline_and_once_overdue_naming_nobody(world: World, smtp: Mailbox) -> None:
    dsl = membership(world, Role.DSL)
    made = incident(world, next_step_due=timezone.now() + timedelta(hours=3))
    actions.do_name_investigators(dsl, made, [world.users[Role.SLT]], "")
    assert sweep_safeguarding() == 1 and sweep_safeguarding() == 0  # claimed: never twice
    mail = smtp.wait_for(world.users[Role.SLT].email, 30)
    assert len(mail) == 1 and made.reference in mail[0]["Subject"]
    assert smtp.to(world.users[Role.DSL].email) and not smtp.to(world.users[Role.HEADTEACHER].email)
    assert sweep_safeguarding(timezone.now() + timedelta(hours=4)) == 1
    assert sweep_safeguarding(timezone.now() + timedelta(hours=5)) == 0
    overdue = smtp.wait_for(world.users[Role.HEADTEACHER].email, 30)
    assert "overdue" in overdue[0]["Subject"]
    for message in smtp.messages:
        body = message.get_payload()
        assert not any(p.first_name in str(body) + message["Subject"] for p in world.pupils)
        assert "bullied" not in str(body)
    actions.do_set_deadline(dsl, made, timezone.now() + timedelta(hours=2), "more time")
    assert sweep_safeguarding() == 1  # a new deadline gets its own reminder
    assert Step.objects.filter(incident=made, kind="deadline").count() == 1
