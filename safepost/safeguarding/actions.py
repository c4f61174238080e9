"""Every write to a safeguarding incident. Each is atomic and audited; the audit event names the
incident and its type, never a person (the summary and evidence may name a child: they stay in
the restricted rows)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from safepost.audit.chain import record
from safepost.inbox.models import Comment, SafeguardingConcern
from safepost.posts.models import Publication
from safepost.safeguarding import files
from safepost.safeguarding.access import reads_all
from safepost.safeguarding.models import (
    Evidence,
    EvidenceKind,
    Incident,
    Involvement,
    Outcome,
    PersonRole,
    Step,
    StepKind,
)
from safepost.safeguarding.states import INCIDENT_GRAPH, OPEN, IncidentStatus, InvalidTransition, require
from safepost.schools.models import Membership, Pupil, Role, StaffMember

S = IncidentStatus
#: Who may be named to investigate: senior leadership, the headteacher and the DSLs.
INVESTIGATOR_ROLES = frozenset({Role.HEADTEACHER, Role.SLT, Role.DSL})
#: A clock a few minutes fast is not a time "in the future".
CLOCK_SLACK = timedelta(minutes=5)
#: When the next step is due if the person does not say: the assessment the next day, etc.
DEFAULT_NEXT_STEP: dict[str, timedelta] = {S.REPORTED: timedelta(days=1), S.ASSESSMENT: timedelta(days=2),
                                           S.INVESTIGATION: timedelta(days=10), S.OUTCOME: timedelta(days=5)}
MAX_THREAD = 50


class IncidentError(Exception):
    """A request the workflow does not allow; ``field`` names the input to blame (or "")."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _not_future(when: datetime, what: str, field: str) -> None:
    if when > timezone.now() + CLOCK_SLACK:
        raise IncidentError(f"{what} ({timezone.localtime(when):%d %B %Y %H:%M}) is in the future", field)


def _may_manage(membership: Membership) -> None:
    if not reads_all(membership):
        raise IncidentError("only the DSL or the headteacher can do this")


def _audit(membership: Membership, action: str, incident: Incident, **detail: Any) -> None:
    record(membership.user, membership.school, f"safeguarding.{action}", incident, type=incident.type, **detail)


# --- creating -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewIncident:
    """What a person reports. ``pupils`` and ``staff`` are row ids of the school's people."""

    type: str
    summary: str
    occurred_at: datetime
    place: str = ""
    reporter_wishes: str = ""
    victim_wishes: str = ""
    pupils: Sequence[int] = field(default_factory=tuple)
    staff: Sequence[int] = field(default_factory=tuple)
    adults: Sequence[str] = field(default_factory=tuple)
    comment: Comment | None = None
    publication: Publication | None = None
    next_step_due: datetime | None = None


@transaction.atomic
def do_create_incident(membership: Membership, new: NewIncident) -> Incident:
    """Record an incident (by hand, from an inbox comment, or from a published post). A comment
    and its thread, or the post, become evidence at once; a concern raised on the comment is linked."""
    _may_manage(membership)
    if not new.summary.strip():
        raise IncidentError("say what happened", "summary")
    _not_future(new.occurred_at, "the time it happened", "occurred_at")
    due = _due(new.next_step_due, S.REPORTED)
    incident = Incident.objects.create(
        school=membership.school, type=new.type, summary=new.summary.strip(), occurred_at=new.occurred_at,
        place=new.place, reported_by=membership.user, reporter_wishes=new.reporter_wishes,
        victim_wishes=new.victim_wishes, comment=new.comment, publication=new.publication, next_step_due=due,
        concern=_free_concern(new.comment))
    Step.objects.create(incident=incident, kind=StepKind.TRANSITION, to_status=S.REPORTED, by=membership.user,
                        why="reported", detail={"next_step_due": due.isoformat()})
    _add_people(membership, incident, new)
    if new.comment is not None:
        _comment_evidence(membership, incident, new.comment)
    if new.publication is not None:
        _post_evidence(membership, incident, new.publication)
    source = "comment" if new.comment else "post" if new.publication else "hand"
    _audit(membership, "incident-created", incident, source=source)
    return incident


def _due(given: datetime | None, status: str) -> datetime:
    if given is None:
        return timezone.now() + DEFAULT_NEXT_STEP[status]
    if given <= timezone.now():
        raise IncidentError("the next step's deadline must be in the future", "next_step_due")
    return given


def _free_concern(comment: Comment | None) -> SafeguardingConcern | None:
    """The comment's concern, unless an incident already grew from it."""
    if comment is None:
        return None
    concern = SafeguardingConcern.objects.filter(comment=comment).first()
    if concern is not None and Incident.objects.filter(concern=concern).exists():
        return None
    return concern


def _add_people(membership: Membership, incident: Incident, new: NewIncident) -> None:
    pupils = Pupil.objects.filter(school=membership.school, pk__in=list(new.pupils))
    staff = StaffMember.objects.filter(school=membership.school, pk__in=list(new.staff))
    if len(pupils) != len(set(new.pupils)):
        raise IncidentError("a pupil given is not one of this school's pupils", "pupils")
    if len(staff) != len(set(new.staff)):
        raise IncidentError("a member of staff given is not one of this school's staff", "staff")
    for pupil in pupils:
        Involvement.objects.create(incident=incident, role=PersonRole.VICTIM, pupil=pupil, added_by=membership.user)
    for member in staff:
        Involvement.objects.create(incident=incident, role=PersonRole.SUBJECT, staff=member, added_by=membership.user)
    for name in (a.strip() for a in new.adults):
        if name:
            Involvement.objects.create(incident=incident, role=PersonRole.OTHER, adult_name=name[:200],
                                       added_by=membership.user)


def _thread(comment: Comment) -> list[Comment]:
    if not comment.post_remote_id:
        return [comment]
    rows = Comment.objects.filter(account_id=comment.account_id, post_remote_id=comment.post_remote_id)
    return list(rows.order_by("received_at", "pk")[:MAX_THREAD]) or [comment]


def _comment_evidence(membership: Membership, incident: Incident, comment: Comment) -> None:
    """The comment and every comment in its thread: text, author, platform ids, address, time."""
    for item in _thread(comment):
        _save_item(Evidence(
            incident=incident, kind=EvidenceKind.COMMENT, text=item.text, url=item.url,
            platform=item.account.platform, author_handle=item.author_handle, captured_at=item.received_at,
            place=f"{item.account.get_platform_display()}: {item.account.name}",
            description="the comment escalated" if item.pk == comment.pk else "a comment in the same thread",
            platform_ids={"comment": item.remote_id, "post": item.post_remote_id, "parent": item.parent_remote_id,
                          "account": item.account.handle, "safepost_comment": item.pk},
            added_by=membership.user))


def _post_evidence(membership: Membership, incident: Incident, publication: Publication) -> None:
    published = publication.published_at or publication.due_at
    _save_item(Evidence(
        incident=incident, kind=EvidenceKind.POST, text=publication.revision.text, url=publication.url,
        platform=publication.account.platform, author_handle=publication.account.handle, captured_at=published,
        place=f"{publication.account.get_platform_display()}: {publication.account.name}",
        description="the school's published post",
        platform_ids={"post": publication.remote_id, "account": publication.account.handle,
                      "safepost_publication": publication.pk},
        added_by=membership.user))


def _save_item(item: Evidence) -> Evidence:
    """Store an item without a file, its hash taken over what it records."""
    item.sha256 = files.item_digest(files.recorded_fields(item))
    item.save()
    return item


# --- evidence -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewEvidence:
    """An item to add: a file (name and bytes), a web address, or a written account."""

    kind: str
    captured_at: datetime
    description: str = ""
    text: str = ""
    url: str = ""
    platform: str = ""
    platform_ids: dict[str, str] = field(default_factory=dict)
    author_handle: str = ""
    place: str = ""
    file_name: str = ""
    file_size: int = 0
    file_chunks: Iterable[bytes] = field(default_factory=tuple)
    corrects: Evidence | None = None


def _check_new_evidence(incident: Incident, new: NewEvidence) -> None:
    _not_future(new.captured_at, "the time the evidence was made or seen", "captured_at")
    if new.kind not in (EvidenceKind.FILE, EvidenceKind.URL, EvidenceKind.NOTE):
        raise IncidentError("evidence added by hand is a file, a web address or a written account", "kind")
    if new.kind == EvidenceKind.URL and not new.url.startswith(("https://", "http://")):
        raise IncidentError("give the web address, starting https://", "url")
    if new.kind == EvidenceKind.NOTE and not new.text.strip():
        raise IncidentError("write the account", "text")
    if new.kind == EvidenceKind.FILE and not new.file_name:
        raise IncidentError("choose a file", "file")
    if new.corrects is not None and new.corrects.incident_id != incident.pk:
        raise IncidentError("a correction must refer to evidence of the same incident", "corrects")


@transaction.atomic
def do_add_evidence(membership: Membership, incident: Incident, new: NewEvidence) -> Evidence:
    """Add one item (a DSL, the headteacher or a named investigator). Files are type-checked by
    content, capped in size, hashed and stored privately. Items are never changed afterwards."""
    _check_new_evidence(incident, new)
    item = Evidence(incident=incident, kind=new.kind, description=new.description, text=new.text, url=new.url,
                    platform=new.platform, platform_ids=new.platform_ids, author_handle=new.author_handle,
                    captured_at=new.captured_at, place=new.place, corrects=new.corrects, added_by=membership.user)
    if new.kind == EvidenceKind.FILE:
        try:
            mime, digest, data = files.check_file(new.file_name, new.file_size, new.file_chunks)
        except files.EvidenceFileError as exc:
            raise IncidentError(str(exc), "file") from None
        item.mime_type, item.sha256, item.size, item.file_name = mime, digest, len(data), new.file_name[:255]
        extension = mime.split("/")[-1].replace("jpeg", "jpg")
        # A random stored name: the uploaded one may hold a child's name.
        item.file.save(f"{incident.school_id}/{secrets.token_hex(16)}.{extension}", ContentFile(data), save=False)
        item.save()
    else:
        item = _save_item(item)
    _audit(membership, "evidence-added", incident, evidence=item.pk, kind=item.kind, sha256=item.sha256,
           corrects=new.corrects.pk if new.corrects else None)
    return item


# --- workflow -----------------------------------------------------------------------------------

def _locked(incident: Incident) -> Incident:
    return Incident.objects.select_for_update().get(pk=incident.pk)


def _check_move(membership: Membership, incident: Incident, target: IncidentStatus, outcome: str) -> None:
    if target == S.CLOSED and incident.status != S.OUTCOME:
        raise IncidentError("record an outcome before closing the incident", "outcome")
    try:
        require(INCIDENT_GRAPH, incident.status, target)
    except InvalidTransition:
        raise IncidentError(f"an incident at '{S(incident.status).label}' cannot move to '{target.label}'",
                            "status") from None
    if target == S.OUTCOME and outcome not in Outcome.values:
        raise IncidentError("choose the outcome", "outcome")
    is_investigator = incident.investigators.filter(pk=membership.user_id).exists()
    if not reads_all(membership) and not (target == S.OUTCOME and is_investigator):
        raise IncidentError("only the DSL or the headteacher can do this; an investigator records the outcome")


@transaction.atomic
def do_move_incident(membership: Membership, incident: Incident, target: IncidentStatus, why: str,
                     outcome: str = "", next_step_due: datetime | None = None) -> Incident:
    """Move an incident one step along the workflow, with who, when and why."""
    if not why.strip():
        raise IncidentError("say why (it is kept in the chronology)", "why")
    incident = _locked(incident)
    _check_move(membership, incident, target, outcome)
    if target == S.INVESTIGATION and not incident.investigators.exists():
        raise IncidentError("name at least one investigator before the investigation starts", "investigators")
    step = Step(incident=incident, kind=StepKind.TRANSITION, from_status=incident.status, to_status=target,
                outcome=outcome if target == S.OUTCOME else "", why=why.strip(), by=membership.user)
    incident.status = target
    if target == S.OUTCOME:
        incident.outcome = outcome
    incident.next_step_due = _due(next_step_due, target) if target in OPEN else None
    incident.reminded_at = incident.overdue_alerted_at = None
    incident.save()
    step.detail = {"next_step_due": incident.next_step_due.isoformat() if incident.next_step_due else None}
    step.save()
    _audit(membership, "incident-moved", incident, to=target.value, outcome=incident.outcome)
    return incident


@transaction.atomic
def do_name_investigators(membership: Membership, incident: Incident, users: Sequence[AbstractBaseUser],
                          why: str) -> Incident:
    """Name who investigates (they then read this incident, and only this one)."""
    _may_manage(membership)
    ids = [u.pk for u in users]
    members = Membership.objects.filter(school=membership.school, user_id__in=ids, role__in=INVESTIGATOR_ROLES)
    if not ids or members.count() != len(set(ids)):
        raise IncidentError("investigators are members of this school's senior leadership, the DSLs or the "
                            "headteacher", "investigators")
    incident.investigators.set(ids)
    Step.objects.create(incident=incident, kind=StepKind.INVESTIGATORS, why=why.strip(), by=membership.user,
                        detail={"investigators": sorted(ids)})
    _audit(membership, "investigators-named", incident, investigators=sorted(ids))
    return incident


@transaction.atomic
def do_record_wishes(membership: Membership, incident: Incident, reporter: str, victim: str) -> Incident:
    """The reporter's and the victim's wishes (police involvement is the victim's decision)."""
    if not reporter.strip() and not victim.strip():
        raise IncidentError("write the reporter's or the victim's wishes", "reporter_wishes")
    incident = _locked(incident)
    incident.reporter_wishes = reporter.strip() or incident.reporter_wishes
    incident.victim_wishes = victim.strip() or incident.victim_wishes
    incident.save(update_fields=["reporter_wishes", "victim_wishes"])
    Step.objects.create(incident=incident, kind=StepKind.WISHES, by=membership.user,
                        detail={"reporter": reporter.strip(), "victim": victim.strip()})
    _audit(membership, "wishes-recorded", incident)
    return incident


@transaction.atomic
def do_set_deadline(membership: Membership, incident: Incident, due: datetime, why: str) -> Incident:
    """Move the next step's deadline (reminders are sent again for the new one)."""
    _may_manage(membership)
    incident = _locked(incident)
    if incident.status not in OPEN:
        raise IncidentError("a closed incident has no next step", "next_step_due")
    incident.next_step_due = _due(due, incident.status)
    incident.reminded_at = incident.overdue_alerted_at = None
    incident.save(update_fields=["next_step_due", "reminded_at", "overdue_alerted_at"])
    Step.objects.create(incident=incident, kind=StepKind.DEADLINE, why=why.strip(), by=membership.user,
                        detail={"next_step_due": incident.next_step_due.isoformat()})
    _audit(membership, "deadline-set", incident, due=incident.next_step_due.isoformat())
    return incident


@transaction.atomic
def do_add_person(membership: Membership, incident: Incident, role: str, pupil: Pupil | None = None,
                  staff: StaffMember | None = None, adult_name: str = "") -> Involvement:
    """Add a child, a member of staff or another adult to an incident (for their chronology)."""
    _may_manage(membership)
    given = [x for x in (pupil, staff, adult_name.strip() or None) if x is not None]
    if len(given) != 1:
        raise IncidentError("choose one pupil, one member of staff, or write one adult's name", "person")
    for row in (pupil, staff):
        if row is not None and row.school_id != membership.school.pk:
            raise IncidentError("that person is not of this school", "person")
    involvement = Involvement.objects.create(incident=incident, role=role, pupil=pupil, staff=staff,
                                             adult_name=adult_name.strip()[:200], added_by=membership.user)
    Step.objects.create(incident=incident, kind=StepKind.PERSON, by=membership.user,
                        detail={"involvement": involvement.pk, "role": role})
    _audit(membership, "person-added", incident, involvement=involvement.pk, role=role)
    return involvement
