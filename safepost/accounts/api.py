"""Account applications, their decisions, and the registry of official accounts."""

from __future__ import annotations

from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Router, Schema, Status

from safepost.accounts import actions
from safepost.accounts.access import access_application
from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import InvalidTransition
from safepost.schools.access import Perm, access_school
from safepost.schools.models import StaffMember
from safepost.web.apitools import FieldError, FromModel, Text, register_errors, user_of

router = Router(tags=["accounts"])
register_errors({actions.ActionError: 400, InvalidTransition: 409})

StaffId = Annotated[str, FromModel(StaffMember, "staff_id")]


class ApplicationIn(Schema):
    platform: Annotated[str, FromModel(Application, "platform")]
    name: Annotated[str, FromModel(Application, "name")]
    aim: Annotated[str, FromModel(Application, "aim")]
    audience: Annotated[str, FromModel(Application, "audience")]
    promotion: Annotated[str, FromModel(Application, "promotion")]
    visibility: Annotated[str, FromModel(Application, "visibility")]
    lead: StaffId
    runners: list[StaffId]


class ApplicationOut(Schema):
    id: int
    platform: str
    name: str
    status: str
    aim: str
    audience: str
    promotion: str
    visibility: str
    lead: str
    runners: list[str]
    decision_reason: str


class ApplicationsOut(Schema):
    applications: list[ApplicationOut]


class DecisionIn(Schema):
    decision: Literal["approve", "reject"]
    reason: Annotated[str, Text()] = ""


class AccountOut(Schema):
    id: int
    platform: str
    name: str
    url: str
    handle: str
    status: str
    flag_reason: str


class AccountsOut(Schema):
    accounts: list[AccountOut]


def _application_out(app: Application) -> ApplicationOut:
    return ApplicationOut(id=app.pk, platform=app.platform, name=app.name, status=app.status, aim=app.aim,
                          audience=app.audience, promotion=app.promotion, visibility=app.visibility,
                          lead=app.lead.staff_id, runners=sorted(r.staff_id for r in app.runners.all()),
                          decision_reason=app.decision_reason)


@router.get("/schools/{slug:school}/applications", response=ApplicationsOut, summary="Account applications")
def list_applications(request: HttpRequest, school: str) -> ApplicationsOut:
    membership = access_school(user_of(request), school, Perm.VIEW_ACCOUNTS)
    rows = Application.objects.filter(school=membership.school).select_related("lead").prefetch_related("runners")
    return ApplicationsOut(applications=[_application_out(a) for a in rows])


@router.post("/schools/{slug:school}/applications", response={201: ApplicationOut},
             summary="Apply for an official account")
def apply_for_account(request: HttpRequest, school: str, payload: ApplicationIn) -> Status[ApplicationOut]:
    membership = access_school(user_of(request), school, Perm.APPLY_ACCOUNT)
    staff = {s.staff_id: s for s in StaffMember.objects.filter(school=membership.school,
                                                               staff_id__in=[payload.lead, *payload.runners])}
    if payload.lead not in staff:
        raise FieldError("lead", "name staff by staff_id of this school")
    if any(r not in staff for r in payload.runners):
        raise FieldError("runners", "name staff by staff_id of this school")
    app = actions.do_apply_for_account(membership, actions.ApplicationInput(
        platform=payload.platform, name=payload.name, aim=payload.aim, audience=payload.audience,
        promotion=payload.promotion, visibility=payload.visibility, lead=staff[payload.lead],
        runners=[staff[r] for r in payload.runners]))
    return Status(201, _application_out(app))


@router.post("/schools/{slug:school}/applications/{int:pk}/decision", response=ApplicationOut,
             summary="Approve or reject an application (senior leadership)")
def decide_application(request: HttpRequest, school: str, pk: int, payload: DecisionIn) -> ApplicationOut:
    membership, app = access_application(user_of(request), school, pk, Perm.DECIDE_APPLICATION)
    app = actions.do_decide_application(membership, app, payload.decision == "approve", payload.reason)
    return _application_out(app)


@router.get("/schools/{slug:school}/accounts", response=AccountsOut, summary="The registry of official accounts")
def list_accounts(request: HttpRequest, school: str) -> AccountsOut:
    membership = access_school(user_of(request), school, Perm.VIEW_ACCOUNTS)
    return AccountsOut(accounts=[AccountOut(id=a.pk, platform=a.platform, name=a.name, url=a.url, handle=a.handle,
                                            status=a.status, flag_reason=a.flag_reason)
                                 for a in OfficialAccount.objects.filter(school=membership.school)])
