"""Compliance over the API: the school's status (who must do what), one's own status, and
acknowledging the current version of the policy.

Mounted by adding ``"safepost.compliance.api.router"`` to ``ROUTERS`` in ``safepost/web/api.py``.
The same ``access_*`` and ``do_*`` as the pages: acknowledging an old version is a 400 in words.
"""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja import Status as Answer

from safepost.compliance import actions
from safepost.compliance.access import access_own_adult
from safepost.compliance.actions import do_sync_adults
from safepost.compliance.models import PolicyVersion, Via
from safepost.compliance.schedule import Status, statuses
from safepost.compliance.versions import current_version
from safepost.schools.access import Perm, access_school, not_found
from safepost.web.apitools import register_errors, user_of

router = Router(tags=["compliance"])
register_errors({actions.ComplianceError: 400})


class DueOut(Schema):
    task: str
    since: date
    by: date
    overdue: bool


class AdultOut(Schema):
    id: int
    name: str
    role: str
    joined_on: date
    left_on: date | None
    acknowledged_version: int | None
    training_expires_on: date | None
    due: list[DueOut]


class StatusOut(Schema):
    version: int | None
    adults: list[AdultOut]


class AcknowledgeIn(Schema):
    version: int


class AcknowledgementOut(Schema):
    version: int
    acknowledged_at: str


def _adult_out(status: Status) -> AdultOut:
    adult, last, training = status.adult, status.last_acknowledgement, status.current_training
    return AdultOut(id=adult.pk, name=adult.name, role=adult.role, joined_on=adult.joined_on, left_on=adult.left_on,
                    acknowledged_version=last.version.number if last else None,
                    training_expires_on=training.expires_on if training else None,
                    due=[DueOut(task=d.task.value, since=d.since, by=d.by, overdue=d.overdue(status.today))
                         for d in status.dues])


@router.get("/schools/{slug:school}/compliance", response=StatusOut, summary="Every adult's compliance status")
def list_status(request: HttpRequest, school: str) -> StatusOut:
    membership = access_school(user_of(request), school, Perm.VIEW_COMPLIANCE)
    today = timezone.localdate()
    do_sync_adults(membership.school, today)
    version = current_version(membership.school)
    return StatusOut(version=version.number if version else None,
                     adults=[_adult_out(s) for s in statuses(membership.school, today)])


@router.get("/schools/{slug:school}/compliance/me", response=AdultOut, summary="What I must do")
def my_status(request: HttpRequest, school: str) -> AdultOut:
    membership, adult = access_own_adult(user_of(request), school)
    return _adult_out(statuses(membership.school, timezone.localdate(), [adult])[0])


@router.post("/schools/{slug:school}/compliance/me/acknowledge", response={201: AcknowledgementOut},
             summary="Acknowledge the current version of the policy")
def acknowledge(request: HttpRequest, school: str, payload: AcknowledgeIn) -> Answer[AcknowledgementOut]:
    membership, adult = access_own_adult(user_of(request), school)
    version = PolicyVersion.objects.filter(school=membership.school, number=payload.version).first()
    if version is None:
        raise not_found()
    ack = actions.do_acknowledge(adult, version, Via.API, user_of(request))
    return Answer(201, AcknowledgementOut(version=version.number, acknowledged_at=ack.acknowledged_at.isoformat()))
