"""The safeguarding pages: the incident list, reporting one, one incident with its chronology,
evidence and workflow forms, its export bundle, the chronology of one child or adult, and raising
a concern (anyone in the school) with its receipt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from safepost.audit.chain import record
from safepost.inbox.access import access_comment
from safepost.posts.models import Publication
from safepost.safeguarding import actions, bundle, files, reporting
from safepost.safeguarding import forms as f
from safepost.safeguarding.access import (
    access_evidence,
    access_incident,
    access_incident_list,
    access_receipt,
    reads_all,
)
from safepost.safeguarding.chronology import incident_chronology, person_chronology
from safepost.safeguarding.models import Incident, Involvement
from safepost.safeguarding.states import INCIDENT_GRAPH, IncidentStatus
from safepost.schools.access import Perm, access_school, not_found, scoped_row
from safepost.schools.models import Membership, Pupil, StaffMember
from safepost.web.pages import page


def _staff_choices(membership: Membership) -> list[tuple[int, str]]:
    return [(s.pk, str(s)) for s in StaffMember.objects.filter(school=membership.school, leaving_processed=False)]


def _investigator_choices(membership: Membership) -> list[tuple[int, str]]:
    rows = Membership.objects.select_related("user").filter(school=membership.school,
                                                            role__in=actions.INVESTIGATOR_ROLES)
    return [(m.user_id, f"{m.user.get_username()} ({m.get_role_display()})") for m in rows]


@login_required
def list_incidents(request: HttpRequest, school: str) -> HttpResponse:
    membership, rows = access_incident_list(request.user, school)
    which = request.GET.get("status", "open")
    if which == "open":
        rows = rows.exclude(status=IncidentStatus.CLOSED)
    return page(request, "safeguarding/list.html", membership, incidents=rows[:500], which=which,
                may_report=reads_all(membership), now=timezone.now())


def _source(request: HttpRequest, membership: Membership) -> tuple[Any, Any]:
    """The inbox comment or the published post an incident is being made from, if any."""
    comment = publication = None
    if request.GET.get("comment"):
        _, comment = access_comment(request.user, membership.school.slug, request.GET["comment"],
                                    Perm.VIEW_SAFEGUARDING)
    elif request.GET.get("post"):
        publication = scoped_row(Publication.objects.select_related("account", "revision"), request.GET["post"],
                                 post__school=membership.school)
    return comment, publication


def _initial(comment: Any, publication: Any) -> dict[str, Any]:
    if comment is not None:
        return {"occurred_at": timezone.localtime(comment.received_at), "type": "cyberbullying",
                "place": f"{comment.account.get_platform_display()}: {comment.account.name}"}
    if publication is not None:
        return {"occurred_at": timezone.localtime(publication.published_at or publication.due_at),
                "type": "consent-breach", "place": publication.url or publication.account.name}
    return {"occurred_at": timezone.localtime().replace(second=0, microsecond=0)}


@login_required
def create_incident(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_SAFEGUARDING)
    comment, publication = _source(request, membership)
    form = f.IncidentForm(request.POST or None, initial=_initial(comment, publication),
                          staff_choices=_staff_choices(membership))
    if request.method == "POST" and form.is_valid():
        try:
            incident = actions.do_create_incident(membership, _new_incident(membership, form, comment, publication))
        except actions.IncidentError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, _("Incident %(ref)s recorded.") % {"ref": incident.reference})
            return redirect("safeguarding:show-incident", school=school, pk=incident.pk)
    status = 400 if request.method == "POST" else 200
    return page(request, "safeguarding/create.html", membership, status=status, form=form, comment=comment,
                publication=publication)


def _new_incident(membership: Membership, form: f.IncidentForm, comment: Any, publication: Any) -> actions.NewIncident:
    data = form.cleaned_data
    ids = [p.strip() for p in data["pupils"].split(",") if p.strip()]
    pupils = dict(Pupil.objects.filter(school=membership.school, pupil_id__in=ids).values_list("pupil_id", "pk"))
    unknown = [i for i in ids if i not in pupils]
    if unknown:
        raise actions.IncidentError(_("no pupil has the id %(ids)s") % {"ids": ", ".join(unknown)}, "pupils")
    return actions.NewIncident(
        type=data["type"], summary=data["summary"], occurred_at=data["occurred_at"], place=data["place"],
        reporter_wishes=data["reporter_wishes"], victim_wishes=data["victim_wishes"], pupils=list(pupils.values()),
        staff=data["staff"], adults=data["adults"].splitlines(), comment=comment, publication=publication,
        next_step_due=data["next_step_due"])


def _next_status(incident: Incident) -> str:
    """The step the move form offers first: the next one along the workflow."""
    order = list(IncidentStatus)
    targets = INCIDENT_GRAPH[IncidentStatus(incident.status)]
    return next((str(s) for s in order if s in targets), "")


def _incident_page(request: HttpRequest, membership: Membership, incident: Incident, status: int = 200,
                   **forms_: Any) -> HttpResponse:
    evidence = list(incident.evidence.select_related("added_by", "corrects").order_by("pk"))
    context: dict[str, Any] = {
        "move_form": f.MoveForm(initial={"status": _next_status(incident)}), "wishes_form": f.WishesForm(), "deadline_form": f.DeadlineForm(),
        "investigators_form": f.InvestigatorsForm(choices=_investigator_choices(membership),
                                                  initial={"investigators": [u.pk for u in incident.investigators.all()]}),
        "person_form": f.PersonForm(staff_choices=_staff_choices(membership)),
        "evidence_form": f.EvidenceForm(earlier=[(e.pk, f"#{e.pk} {e.get_kind_display()}") for e in evidence],
                                        initial={"captured_at": timezone.localtime().replace(second=0, microsecond=0)}),
    } | forms_
    return page(request, "safeguarding/incident.html", membership, status=status, incident=incident,
                evidence=evidence, chronology=incident_chronology(incident), manages=reads_all(membership),
                people=incident.people.select_related("pupil", "staff"), investigators=incident.investigators.all(),
                **context)


@login_required
def show_incident(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, incident = access_incident(request.user, school, pk)
    return _incident_page(request, membership, incident)


Handler = Callable[[Membership, Incident, dict[str, Any]], object]


def _name(m: Membership, i: Incident, d: dict[str, Any]) -> object:
    return actions.do_name_investigators(m, i, list(User.objects.filter(pk__in=d["investigators"])), d["why"])


def _person(m: Membership, i: Incident, d: dict[str, Any]) -> object:
    pupil = staff = None
    if d["pupil_id"]:
        pupil = Pupil.objects.filter(school=m.school, pupil_id=d["pupil_id"].strip()).first()
        if pupil is None:
            raise actions.IncidentError(_("no pupil has the id %(ids)s") % {"ids": d["pupil_id"]}, "pupil_id")
    if d["staff"]:
        staff = StaffMember.objects.filter(school=m.school, pk=d["staff"]).first()
    return actions.do_add_person(m, i, d["role"], pupil=pupil, staff=staff, adult_name=d["adult_name"])


#: verb -> (form, its slot in the page, handler, message). gettext_noop: translated when shown.
VERBS: dict[str, tuple[type[forms.Form], str, Handler, str]] = {
    "move": (f.MoveForm, "move_form", lambda m, i, d: actions.do_move_incident(
        m, i, IncidentStatus(d["status"]), d["why"], d["outcome"], d["next_step_due"]), gettext_noop("Step recorded.")),
    "investigators": (f.InvestigatorsForm, "investigators_form", _name, gettext_noop("Investigators named.")),
    "wishes": (f.WishesForm, "wishes_form", lambda m, i, d: actions.do_record_wishes(
        m, i, d["reporter_wishes"], d["victim_wishes"]), gettext_noop("Wishes recorded.")),
    "deadline": (f.DeadlineForm, "deadline_form", lambda m, i, d: actions.do_set_deadline(
        m, i, d["next_step_due"], d["why"]), gettext_noop("Deadline set.")),
    "person": (f.PersonForm, "person_form", _person, gettext_noop("Person added.")),
}


#: The collapsed section a refused form sits in, opened again to show its errors.
OPEN_FORM = {"investigators": "Name the investigators", "wishes": "Record wishes", "deadline": "Move the deadline",
             "person": "Add a person involved"}


def _bound(form_class: type[forms.Form], request: HttpRequest, membership: Membership) -> forms.Form:
    if form_class is f.InvestigatorsForm:
        return f.InvestigatorsForm(request.POST, choices=_investigator_choices(membership))
    if form_class is f.PersonForm:
        return f.PersonForm(request.POST, staff_choices=_staff_choices(membership))
    return form_class(request.POST)


@require_POST
@login_required
def act_on_incident(request: HttpRequest, school: str, pk: int, verb: str) -> HttpResponse:
    if verb not in VERBS:
        raise Http404("Not found")
    membership, incident = access_incident(request.user, school, pk, purpose="changed")
    form_class, slot, handler, done = VERBS[verb]
    form = _bound(form_class, request, membership)
    if form.is_valid():
        try:
            handler(membership, incident, form.cleaned_data)
        except actions.IncidentError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, _(done))
            return redirect("safeguarding:show-incident", school=school, pk=pk)
    incident.refresh_from_db()
    return _incident_page(request, membership, incident, status=400, open_form=OPEN_FORM.get(verb, ""),
                          **{slot: form})


@csrf_exempt  # the upload handlers must be in place before anything (the CSRF check) reads the body
@login_required
def add_evidence(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    if request.method != "POST":
        raise Http404("Not found")
    membership, incident = access_incident(request.user, school, pk, purpose="changed")
    declared = _declared_length(request)
    if declared > files.MAX_EVIDENCE_BYTES + 64 * 1024:  # refused before a byte of the body is read
        return _evidence_refused(request, membership, incident, files.too_large(_("The upload")), status=413)
    capped = files.CappedUploadHandler(request)
    request.upload_handlers.insert(0, capped)
    return _checked_add_evidence(request, membership, incident, capped)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@csrf_protect
def _checked_add_evidence(request: HttpRequest, membership: Membership, incident: Incident,
                          capped: files.CappedUploadHandler) -> HttpResponse:
    earlier = [(e.pk, str(e.pk)) for e in incident.evidence.all()]
    form = f.EvidenceForm(request.POST, request.FILES, earlier=earlier)
    if capped.too_large:
        return _evidence_refused(request, membership, incident, files.too_large(capped.too_large[0]), status=413)
    if form.is_valid():
        try:
            actions.do_add_evidence(membership, incident, _new_evidence(incident, form.cleaned_data))
        except actions.IncidentError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            messages.success(request, _("Evidence added. Its SHA-256 is recorded; it cannot be changed."))
            return redirect("safeguarding:show-incident", school=membership.school.slug, pk=incident.pk)
    return _incident_page(request, membership, incident, status=400, evidence_form=form)


def _evidence_refused(request: HttpRequest, membership: Membership, incident: Incident, message: str,
                      status: int) -> HttpResponse:
    return _incident_page(request, membership, incident, status=status, evidence_problems=[message])


def _new_evidence(incident: Incident, data: dict[str, Any]) -> actions.NewEvidence:
    upload = data.get("file")
    corrects = incident.evidence.filter(pk=data["corrects"]).first() if data["corrects"] else None
    ids = dict(part.split("=", 1) if "=" in part else ("id", part)
               for part in (p.strip() for p in data["platform_ids"].split(",")) if part)
    return actions.NewEvidence(
        kind=data["kind"], captured_at=data["captured_at"], description=data["description"], text=data["text"],
        url=data["url"].strip(), place=data["place"], platform_ids=ids, corrects=corrects,
        file_name=upload.name if upload else "", file_size=upload.size if upload else 0,
        file_chunks=list(upload.chunks()) if upload else [])


@login_required
def show_evidence_file(request: HttpRequest, school: str, pk: int, item: int) -> FileResponse:
    _membership, evidence = access_evidence(request.user, school, pk, item)
    if not evidence.file:
        raise not_found()
    response = FileResponse(evidence.file.open("rb"), content_type=evidence.mime_type, as_attachment=True,
                            filename=f"{evidence.incident.reference}-{evidence.pk}.{str(evidence.file.name).rsplit('.', 1)[-1]}")
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def export_incident(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """GET: what the bundle holds and how to verify it. POST: the zip itself (audited with its hash)."""
    if request.method != "POST":
        membership, incident = access_incident(request.user, school, pk)
        return page(request, "safeguarding/export.html", membership, incident=incident,
                    items=incident.evidence.count())
    membership, incident = access_incident(request.user, school, pk, purpose="exported")
    data, manifest_sha = bundle.build_bundle(incident)
    record(membership.user, membership.school, "safeguarding.bundle-exported", incident, manifest_sha256=manifest_sha)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{incident.reference}-evidence.zip"'
    return response


def _person_page(request: HttpRequest, school: str, membership: Membership, who: str,
                 involvements: list[Involvement]) -> HttpResponse:
    record(membership.user, membership.school, "safeguarding.chronology-read", None, person=who)
    return page(request, "safeguarding/chronology.html", membership, who=who, involvements=involvements,
                chronology=person_chronology(involvements))


@login_required
def show_pupil_chronology(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_SAFEGUARDING)
    pupil = scoped_row(Pupil.objects, pk, school=membership.school)
    rows = list(Involvement.objects.filter(pupil=pupil).select_related("incident", "pupil"))
    return _person_page(request, school, membership, f"pupil {pupil.pk}", rows)


@login_required
def show_staff_chronology(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_SAFEGUARDING)
    member = scoped_row(StaffMember.objects, pk, school=membership.school)
    rows = list(Involvement.objects.filter(staff=member).select_related("incident", "staff"))
    return _person_page(request, school, membership, f"staff {member.pk}", rows)


# --- raising a concern: every member of the school ---------------------------------------------

def _concern_page(request: HttpRequest, membership: Membership, form: f.ConcernForm, status: int = 200,
                  problems: list[str] | None = None) -> HttpResponse:
    return page(request, "safeguarding/raise.html", membership, status=status, form=form, problems=problems or [])


@csrf_exempt  # the upload handlers must be in place before anything (the CSRF check) reads the body
@login_required
def raise_concern(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.RAISE_CONCERN)
    if request.method != "POST":
        form = f.ConcernForm(initial={"when": timezone.localtime().replace(second=0, microsecond=0)})
        return _concern_page(request, membership, form)
    if _declared_length(request) > files.MAX_EVIDENCE_BYTES + 64 * 1024:  # refused before the body is read
        return _concern_page(request, membership, f.ConcernForm(), 413, [files.too_large(_("The upload"))])
    capped = files.CappedUploadHandler(request)
    request.upload_handlers.insert(0, capped)
    return _checked_raise_concern(request, membership, capped)


@csrf_protect
def _checked_raise_concern(request: HttpRequest, membership: Membership,
                           capped: files.CappedUploadHandler) -> HttpResponse:
    form = f.ConcernForm(request.POST, request.FILES)
    if capped.too_large:
        return _concern_page(request, membership, form, 413, [files.too_large(capped.too_large[0])])
    if form.is_valid():
        try:
            incident = reporting.do_report_concern(membership, _new_concern(form.cleaned_data))
        except actions.IncidentError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        else:
            return redirect("concerns:show-receipt", school=membership.school.slug, pk=incident.pk)
    return _concern_page(request, membership, form, 400)


def _new_concern(data: dict[str, Any]) -> reporting.NewConcern:
    upload = data.get("file")
    return reporting.NewConcern(
        what=data["what"], where=data["where"], when=data["when"], link=data["link"].strip(),
        immediate_danger=data["immediate_danger"], file_name=upload.name if upload else "",
        file_size=upload.size if upload else 0, file_chunks=list(upload.chunks()) if upload else [])


@login_required
def show_receipt(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, incident = access_receipt(request.user, school, pk)
    return page(request, "safeguarding/receipt.html", membership, incident=incident,
                reads=reads_all(membership))
