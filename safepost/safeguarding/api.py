"""Incidents over the API: list, read, report, move along the workflow, add evidence.

Mounted by adding ``"safepost.safeguarding.api.router"`` to ``ROUTERS`` in safepost/web/api.py.
Same ``access_*`` (every read audited) and ``do_*`` as the pages: an incident the token's user
may not read is a 404, a refused step a 400 naming the field.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from django.contrib.auth.models import User
from django.http import HttpRequest
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from safepost.safeguarding import actions, reporting
from safepost.safeguarding.access import access_incident, access_incident_list
from safepost.safeguarding.models import Evidence, EvidenceKind, Incident, IncidentType, Outcome
from safepost.safeguarding.states import IncidentStatus
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Pupil, StaffMember
from safepost.web.apitools import FieldError, OneOf, Text, user_of

router = Router(tags=["safeguarding"])

MAX_PAGE = 200


class EvidenceOut(Schema):
    id: int
    kind: str
    corrects: int | None
    description: str
    text: str
    url: str
    platform: str
    platform_ids: dict[str, Any]
    author_handle: str
    captured_at: datetime
    place: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    added_at: datetime


class StepOut(Schema):
    kind: str
    from_status: str
    to_status: str
    outcome: str
    why: str
    by: str
    at: datetime


class IncidentOut(Schema):
    id: int
    reference: str
    type: str
    status: str
    outcome: str
    summary: str
    occurred_at: datetime
    place: str
    reported_at: datetime
    reporter_wishes: str
    victim_wishes: str
    next_step_due: datetime | None
    investigators: list[int]
    evidence: list[EvidenceOut]
    steps: list[StepOut]


class IncidentRowOut(Schema):
    id: int
    reference: str
    type: str
    status: str
    outcome: str
    reported_at: datetime
    next_step_due: datetime | None


class IncidentIn(Schema):
    type: Annotated[str, OneOf(*IncidentType.values)]
    summary: Annotated[str, Text(min_length=1, max_length=20000)]
    occurred_at: datetime
    place: Annotated[str, Text(max_length=300)] = ""
    reporter_wishes: Annotated[str, Text(max_length=5000)] = ""
    victim_wishes: Annotated[str, Text(max_length=5000)] = ""
    pupil_ids: list[Annotated[str, Text(max_length=50)]] = Field(default_factory=list)
    staff_ids: list[Annotated[str, Text(max_length=50)]] = Field(default_factory=list)
    next_step_due: datetime | None = None


class MoveIn(Schema):
    status: Annotated[str, OneOf(*IncidentStatus.values[1:])]
    why: Annotated[str, Text(min_length=1, max_length=5000)]
    outcome: Annotated[str, OneOf("", *Outcome.values)] = ""
    next_step_due: datetime | None = None
    investigators: list[int] = Field(default_factory=list)


class EvidenceIn(Schema):
    kind: Annotated[str, OneOf(EvidenceKind.URL, EvidenceKind.NOTE)]
    captured_at: datetime
    description: Annotated[str, Text(max_length=2000)] = ""
    text: Annotated[str, Text(max_length=50000)] = ""
    url: Annotated[str, Text(max_length=2000)] = ""
    place: Annotated[str, Text(max_length=300)] = ""
    platform: Annotated[str, Text(max_length=50)] = ""
    platform_ids: dict[str, Annotated[str, Text(max_length=500)]] = Field(default_factory=dict)
    author_handle: Annotated[str, Text(max_length=300)] = ""
    corrects: int | None = None


class FileEvidenceIn(Schema):
    captured_at: datetime
    description: Annotated[str, Text(max_length=2000)] = ""
    place: Annotated[str, Text(max_length=300)] = ""
    corrects: int | None = None


def _evidence(e: Evidence) -> EvidenceOut:
    return EvidenceOut(id=e.pk, kind=e.kind, corrects=e.corrects_id, description=e.description, text=e.text, url=e.url,
                       platform=e.platform, platform_ids=e.platform_ids, author_handle=e.author_handle,
                       captured_at=e.captured_at, place=e.place, file_name=e.file_name, mime_type=e.mime_type,
                       size=e.size, sha256=e.sha256, added_at=e.added_at)


def _out(i: Incident) -> IncidentOut:
    steps = [StepOut(kind=s.kind, from_status=s.from_status, to_status=s.to_status, outcome=s.outcome, why=s.why,
                     by=s.by.get_username(), at=s.at) for s in i.steps.select_related("by")]
    return IncidentOut(id=i.pk, reference=i.reference, type=i.type, status=i.status, outcome=i.outcome,
                       summary=i.summary, occurred_at=i.occurred_at, place=i.place, reported_at=i.reported_at,
                       reporter_wishes=i.reporter_wishes, victim_wishes=i.victim_wishes, next_step_due=i.next_step_due,
                       investigators=sorted(u.pk for u in i.investigators.all()),
                       evidence=[_evidence(e) for e in i.evidence.order_by("pk")], steps=steps)


def _refused(exc: actions.IncidentError) -> FieldError:
    return FieldError(exc.field, str(exc))


def _aware(value: datetime | None, field: str) -> Any:
    """A time with its zone (a bare one cannot be compared with now: it was a 500)."""
    if value is not None and value.tzinfo is None:
        raise FieldError(field, "give a time zone, e.g. 2026-12-07T09:00:00Z or +00:00")
    return value


@router.get("/schools/{slug:school}/safeguarding/incidents", response=list[IncidentRowOut],
            summary="The incidents you may read (DSLs and the headteacher: all; investigators: theirs)")
def list_incidents(request: HttpRequest, school: str, limit: int = 50, offset: int = 0) -> list[IncidentRowOut]:
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise FieldError("limit", f"limit must be between 1 and {MAX_PAGE}, offset 0 or more")
    _, rows = access_incident_list(user_of(request), school)
    return [IncidentRowOut(id=i.pk, reference=i.reference, type=i.type, status=i.status, outcome=i.outcome,
                           reported_at=i.reported_at, next_step_due=i.next_step_due)
            for i in rows[offset:offset + limit]]


@router.get("/schools/{slug:school}/safeguarding/incidents/{pk}", response=IncidentOut,
            summary="One incident with its steps and evidence (the read is audited)")
def read_incident(request: HttpRequest, school: str, pk: int) -> IncidentOut:
    _, incident = access_incident(user_of(request), school, pk)
    return _out(incident)


def _ids(model: Any, school: Any, column: str, values: list[str], field: str) -> list[int]:
    found = dict(model.objects.filter(school=school, **{f"{column}__in": values}).values_list(column, "pk"))
    missing = [v for v in values if v not in found]
    if missing:
        raise FieldError(field, f"not of this school: {', '.join(missing)}")
    return list(found.values())


@router.post("/schools/{slug:school}/safeguarding/incidents", response={201: IncidentOut},
             summary="Report an incident by hand (DSLs and the headteacher)")
def create_incident(request: HttpRequest, school: str, data: IncidentIn) -> Status[IncidentOut]:
    membership = access_school(user_of(request), school, Perm.VIEW_SAFEGUARDING)
    new = actions.NewIncident(
        type=data.type, summary=data.summary, occurred_at=_aware(data.occurred_at, "occurred_at"), place=data.place,
        reporter_wishes=data.reporter_wishes, victim_wishes=data.victim_wishes,
        pupils=_ids(Pupil, membership.school, "pupil_id", data.pupil_ids, "pupil_ids"),
        staff=_ids(StaffMember, membership.school, "staff_id", data.staff_ids, "staff_ids"),
        next_step_due=_aware(data.next_step_due, "next_step_due"))
    try:
        return Status(201, _out(actions.do_create_incident(membership, new)))
    except actions.IncidentError as exc:
        raise _refused(exc) from None


@router.post("/schools/{slug:school}/safeguarding/incidents/{pk}/move", response=IncidentOut,
             summary="Move an incident to its next step, with why (and the investigators or the outcome)")
def move_incident(request: HttpRequest, school: str, pk: int, data: MoveIn) -> IncidentOut:
    membership, incident = access_incident(user_of(request), school, pk, purpose="changed")
    try:
        if data.investigators:
            actions.do_name_investigators(membership, incident, list(User.objects.filter(pk__in=data.investigators)),
                                          data.why)
        incident = actions.do_move_incident(membership, incident, IncidentStatus(data.status), data.why,
                                            data.outcome, _aware(data.next_step_due, "next_step_due"))
    except actions.IncidentError as exc:
        raise _refused(exc) from None
    return _out(incident)


def _corrected(incident: Incident, pk: int | None) -> Evidence | None:
    if pk is None:
        return None
    item = incident.evidence.filter(pk=pk).first()
    if item is None:
        raise FieldError("corrects", "no such evidence item in this incident")
    return item


@router.post("/schools/{slug:school}/safeguarding/incidents/{pk}/evidence", response={201: EvidenceOut},
             summary="Add a web address or a written account as evidence (hashed, never changed)")
def add_evidence(request: HttpRequest, school: str, pk: int, data: EvidenceIn) -> Status[EvidenceOut]:
    membership, incident = access_incident(user_of(request), school, pk, purpose="changed")
    new = actions.NewEvidence(kind=data.kind, captured_at=_aware(data.captured_at, "captured_at"), description=data.description,
                              text=data.text, url=data.url, place=data.place, platform=data.platform,
                              platform_ids=data.platform_ids, author_handle=data.author_handle,
                              corrects=_corrected(incident, data.corrects))
    try:
        return Status(201, _evidence(actions.do_add_evidence(membership, incident, new)))
    except actions.IncidentError as exc:
        raise _refused(exc) from None


@router.post("/schools/{slug:school}/safeguarding/incidents/{pk}/evidence/file", response={201: EvidenceOut},
             summary="Upload a screenshot or PDF as evidence (multipart; checked by content; at most 20 MB)")
def add_evidence_file(request: HttpRequest, school: str, pk: int, data: Form[FileEvidenceIn],
                      file: File[UploadedFile]) -> Status[EvidenceOut]:
    membership, incident = access_incident(user_of(request), school, pk, purpose="changed")
    new = actions.NewEvidence(kind=EvidenceKind.FILE, captured_at=_aware(data.captured_at, "captured_at"), description=data.description,
                              place=data.place, corrects=_corrected(incident, data.corrects),
                              file_name=file.name or "upload", file_size=file.size or 0, file_chunks=file.chunks())
    try:
        return Status(201, _evidence(actions.do_add_evidence(membership, incident, new)))
    except actions.IncidentError as exc:
        raise _refused(exc) from None


class ConcernIn(Schema):
    what: Annotated[str, Text(min_length=1, max_length=20000)]
    where: Annotated[str, Text(min_length=1, max_length=300)]
    when: datetime
    link: Annotated[str, Text(max_length=2000)] = ""
    immediate_danger: bool = False


class ConcernReceiptOut(Schema):
    """The receipt: the reference and what happens next, never the record."""

    id: int
    reference: str
    raised_at: datetime
    immediate_danger: bool
    next: str


@router.post("/schools/{slug:school}/safeguarding/concerns", response={201: ConcernReceiptOut},
             summary="Raise a safeguarding concern (any member of the school; the DSLs and the headteacher are "
                     "emailed at once; if a child is in immediate danger call 999 first)")
def raise_concern(request: HttpRequest, school: str, data: ConcernIn) -> Status[ConcernReceiptOut]:
    return _raise(request, school, data)


@router.post("/schools/{slug:school}/safeguarding/concerns/file", response={201: ConcernReceiptOut},
             summary="Raise a safeguarding concern with a screenshot or PDF (multipart; checked by content; "
                     "at most 20 MB)")
def raise_concern_with_file(request: HttpRequest, school: str, data: Form[ConcernIn],
                            file: File[UploadedFile]) -> Status[ConcernReceiptOut]:
    return _raise(request, school, data, file)


def _raise(request: HttpRequest, school: str, data: ConcernIn,
           file: UploadedFile | None = None) -> Status[ConcernReceiptOut]:
    membership = access_school(user_of(request), school, Perm.RAISE_CONCERN)
    new = reporting.NewConcern(what=data.what, where=data.where, when=_aware(data.when, "when"), link=data.link,
                               immediate_danger=data.immediate_danger,
                               file_name=(file.name or "upload") if file else "", file_size=file.size or 0 if file else 0,
                               file_chunks=file.chunks() if file else ())
    try:
        incident = reporting.do_report_concern(membership, new)
    except actions.IncidentError as exc:
        raise _refused(exc) from None
    return Status(201, ConcernReceiptOut(
        id=incident.pk, reference=incident.reference, raised_at=incident.reported_at,
        immediate_danger=incident.immediate_danger,
        next="The DSLs and the headteacher have been emailed; the DSL assesses it within one working day. "
             "Only they can read the record."))
