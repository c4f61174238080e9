"""The JSON API: token authentication (``Authorization: Bearer sp_...``), the same access
functions and actions as the pages, and an OpenAPI description at ``/api/v1/openapi.json``."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from safepost.accounts import actions as account_actions
from safepost.accounts.access import access_application
from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import InvalidTransition
from safepost.consent import actions as consent_actions
from safepost.consent.models import Channel
from safepost.engine import Draft, check
from safepost.policies.bridge import engine_for
from safepost.schools.access import Perm, access_pupil, access_school, user_schools
from safepost.schools.models import StaffMember
from safepost.signin.access import user_for_token
from safepost.web.openapi import SPEC

View = Callable[..., HttpResponse]


def problem(status: int, message: str, field: str | None = None) -> JsonResponse:
    body: dict[str, Any] = {"error": message}
    if field:
        body["field"] = field
    return JsonResponse(body, status=status)


def token_required(view: View) -> View:
    """Authenticate by bearer token; turn 404s and bad JSON into JSON errors."""

    @csrf_exempt  # no cookies are used: the token is the credential, so CSRF does not apply
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return problem(401, "send Authorization: Bearer <token>")
        user = user_for_token(header[7:])
        if user is None:
            return problem(401, "unknown or revoked token")
        request.user = user  # type: ignore[assignment]
        try:
            return view(request, *args, **kwargs)
        except Http404:
            return problem(404, "not found")
        except json.JSONDecodeError as exc:
            return problem(400, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")

    return wrapper


def body(request: HttpRequest) -> dict[str, Any]:
    data = json.loads(request.body or b"{}")
    if not isinstance(data, dict):
        raise json.JSONDecodeError("expected a JSON object", "", 0)
    return data


def openapi(request: HttpRequest) -> HttpResponse:
    return JsonResponse(SPEC)


@token_required
def schools(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"schools": [{"slug": m.school.slug, "name": m.school.name, "role": m.role or None,
                                      "organisation_admin": m.org_admin}
                                     for m in user_schools(request.user)]})


def _application(app: Application) -> dict[str, Any]:
    return {"id": app.pk, "platform": app.platform, "name": app.name, "status": app.status,
            "aim": app.aim, "audience": app.audience, "promotion": app.promotion, "visibility": app.visibility,
            "lead": app.lead.staff_id, "runners": sorted(r.staff_id for r in app.runners.all()),
            "decision_reason": app.decision_reason}


@token_required
def applications(request: HttpRequest, school: str) -> HttpResponse:
    if request.method == "POST":
        return _create_application(request, school)
    membership = access_school(request.user, school, Perm.VIEW_ACCOUNTS)
    rows = Application.objects.filter(school=membership.school).select_related("lead").prefetch_related("runners")
    return JsonResponse({"applications": [_application(a) for a in rows]})


def _create_application(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.APPLY_ACCOUNT)
    data = body(request)
    for name in ("platform", "name", "aim", "audience", "promotion", "visibility", "lead", "runners"):
        if not data.get(name):
            return problem(400, "is required", name)
    staff = {s.staff_id: s for s in StaffMember.objects.filter(school=membership.school)}
    wanted = [data["lead"], *data["runners"]] if isinstance(data["runners"], list) else None
    if wanted is None or any(w not in staff for w in wanted):
        return problem(400, "name staff by staff_id of this school", "runners")
    try:
        app = account_actions.do_apply_for_account(membership, account_actions.ApplicationInput(
            platform=str(data["platform"]), name=str(data["name"]), aim=str(data["aim"]),
            audience=str(data["audience"]), promotion=str(data["promotion"]), visibility=str(data["visibility"]),
            lead=staff[data["lead"]], runners=[staff[r] for r in data["runners"]]))
    except account_actions.ActionError as exc:
        return problem(400, str(exc))
    return JsonResponse(_application(app), status=201)


@token_required
def decide(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    if request.method != "POST":
        return problem(405, "use POST")
    membership, app = access_application(request.user, school, pk, Perm.DECIDE_APPLICATION)
    data = body(request)
    if data.get("decision") not in {"approve", "reject"}:
        return problem(400, "must be approve or reject", "decision")
    try:
        app = account_actions.do_decide_application(membership, app, data["decision"] == "approve",
                                                    str(data.get("reason", "")))
    except (account_actions.ActionError, InvalidTransition) as exc:
        return problem(409, str(exc))
    return JsonResponse(_application(app))


@token_required
def accounts(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_ACCOUNTS)
    rows = OfficialAccount.objects.filter(school=membership.school)
    return JsonResponse({"accounts": [{"id": a.pk, "platform": a.platform, "name": a.name, "url": a.url,
                                       "handle": a.handle, "status": a.status, "flag_reason": a.flag_reason}
                                      for a in rows]})


@token_required
def check_draft(request: HttpRequest, school: str) -> HttpResponse:
    if request.method != "POST":
        return problem(405, "use POST")
    membership = access_school(request.user, school, Perm.CHECK_DRAFT)
    data = body(request)
    if not isinstance(data.get("text"), str):
        return problem(400, "must be a string", "text")
    context, policy, _note = engine_for(membership.school)
    report = check(Draft(id=str(data.get("id", "api")), text=data["text"], channel=data.get("channel")),
                   context, policy)
    return JsonResponse(report.to_dict())


@token_required
def consent(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    if request.method != "POST":
        return problem(405, "use POST")
    membership, pupil = access_pupil(request.user, school, pk, Perm.RECORD_CONSENT)
    data = body(request)
    if data.get("channel") not in Channel.values:
        return problem(400, f"must be one of {', '.join(Channel.values)}", "channel")
    channel, evidence = Channel(data["channel"]), str(data.get("evidence", ""))
    try:
        if data.get("decision") == "withdrawn":
            event = consent_actions.do_withdraw_consent(membership, pupil, channel, evidence)
        elif data.get("decision") in {"given", "refused"}:
            event = consent_actions.do_record_consent(membership, pupil, channel, data["decision"] == "given",
                                                      evidence)
        else:
            return problem(400, "must be given, refused or withdrawn", "decision")
    except consent_actions.ConsentError as exc:
        return problem(400, str(exc))
    return JsonResponse({"id": event.pk, "pupil": pupil.pupil_id, "channel": channel.value,
                         "change": event.change, "granted": event.granted}, status=201)


urlpatterns = [
    path("openapi.json", openapi, name="api-openapi"),
    path("schools", schools, name="api-schools"),
    path("schools/<slug:school>/applications", applications, name="api-applications"),
    path("schools/<slug:school>/applications/<int:pk>/decision", decide, name="api-decide"),
    path("schools/<slug:school>/accounts", accounts, name="api-accounts"),
    path("schools/<slug:school>/check", check_draft, name="api-check"),
    path("schools/<slug:school>/pupils/<int:pk>/consent", consent, name="api-consent"),
]
