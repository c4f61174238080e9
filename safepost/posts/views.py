"""Posts: compose with the live check, review and decide, queues, manual publishing, the
calendar, each account's history and takedowns. Every view: parse -> access -> action -> render."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.accounts.access import access_account
from safepost.policies.highlight import highlight
from safepost.posts import actions, pages
from safepost.posts.access import access_media, access_post, access_publication, access_takedown
from safepost.posts.forms import (
    SCHEDULE_APPROVED,
    SCHEDULE_AT,
    AssignTakedownForm,
    ComposeForm,
    DecisionForm,
    ManualForm,
    OverrideForm,
    TakedownForm,
    UploadForm,
)
from safepost.posts.models import Media, Post, Revision
from safepost.posts.queues import queue
from safepost.posts.states import ApproverKind, Decision, PostStatus
from safepost.schools.access import Perm, access_school, holds
from safepost.schools.models import Membership, StaffMember
from safepost.web.engine_text import say
from safepost.web.pages import page

#: A post in one of these may be edited (the edit puts it back to draft and withdraws approval).
EDITABLE = frozenset({PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.CHANGES_REQUESTED, PostStatus.APPROVED,
                      PostStatus.EXPIRED, PostStatus.FAILED})
TABS = ("mine", "waiting", "scheduled", "published", "failed")


def _post(request: HttpRequest, school: str, pk: Any, perm: Perm = Perm.VIEW_POSTS) -> tuple[Membership, Post]:
    membership = access_school(request.user, school, perm)
    return membership, access_post(membership, membership.school.slug, pk, perm)


# --- compose -----------------------------------------------------------------------------------------


def _initial(revision: Revision | None) -> dict[str, Any]:
    if revision is None:
        return {"when": SCHEDULE_APPROVED}
    initial: dict[str, Any] = {
        "text": revision.text, "accounts": list(revision.accounts.all()), "pupils": list(revision.tagged_pupils.all()),
        "when": SCHEDULE_AT if revision.scheduled_for else SCHEDULE_APPROVED,
        "scheduled_for": pages.to_local_input(revision.scheduled_for),
    }
    initial.update({f"q_{key}": bool(value) for key, value in (revision.answers or {}).items()})
    return initial


def _photo_rows(school: str, form: ComposeForm, revision: Revision | None) -> list[dict[str, Any]]:
    if form.is_bound:
        pairs = [(p.media_id, p.alt_text) for p in form.photos]
    elif revision is not None:
        pairs = [(p.media_id, p.alt_text) for p in revision.photos.all()]
    else:
        pairs = []
    return [{"id": media_id, "alt": alt, "error": form.photo_errors.get(media_id, ""),
             "thumb": reverse("posts:show-media", kwargs={"school": school, "pk": media_id, "kind": "thumbnail"})}
            for media_id, alt in pairs]


def _check(membership: Membership, data: actions.DraftInput | None) -> dict[str, Any]:
    """The engine's verdict on the draft as it stands (no write), for the findings panel."""
    if data is None or not (data.text.strip() or data.photos):
        return {}
    try:
        report = actions.check_draft(membership.school, data)
    except actions.PostError as exc:
        return {"error": exc.message}
    findings = list(report.findings)
    return {"report": report, "findings": findings, "marked": highlight(data.text, findings),
            "blocked": any(f.severity == "block" for f in findings),
            "live_location": any(f.rule == "live-location" for f in findings)}


def _compose_page(request: HttpRequest, membership: Membership, form: ComposeForm, post: Post | None,
                  status: int = 200) -> HttpResponse:
    school = membership.school
    revision = post.latest if post is not None else None
    data = form.draft_input() if form.is_bound else _draft_of(revision) if revision is not None else None
    accounts = list(pages.active_accounts(school))
    consent = {p.pk: pages.consent_for(p, accounts) for p in pages.roster(school)}
    pupil_rows = [(choice, consent.get(choice.data["value"].value, [])) for choice in form["pupils"]]
    return page(request, "posts/compose.html", membership, status=status, form=form, post=post, revision=revision,
                photos=_photo_rows(school.slug, form, revision), result=_check(membership, data), pupil_rows=pupil_rows,
                upload_form=UploadForm(), override_form=OverrideForm(), accounts=accounts,
                questions=[form[f"q_{q.id}"] for q in form.questions],
                editable=post is None or post.status in EDITABLE, post_id=post.pk if post else "")


def _add_post_error(form: ComposeForm, exc: actions.PostError) -> None:
    """Put an action's refusal next to the field it names (``text``, ``accounts``,
    ``scheduled_for``, ``photos[1].alt_text``, ``answers.<id>``), or at the top otherwise."""
    field = exc.field or ""
    photo = re.fullmatch(r"photos\[(\d+)\](?:\.\w+)?", field)
    question = f"q_{field.removeprefix('answers.')}"
    if field in form.fields:
        form.add_error(field, exc.message)
    elif photo and int(photo[1]) < len(form.photos):
        form.photo_errors[form.photos[int(photo[1])].media_id] = exc.message
    elif field.startswith("answers.") and question in form.fields:
        form.add_error(question, exc.message)
    else:
        form.add_error(None, exc.message)


def _same_schedule(data: actions.DraftInput, post: Post | None) -> actions.DraftInput:
    """The page shows times to the minute; a time set to the second elsewhere (the API) that the
    page sends back unchanged must stay exactly as it was, or opening the page would make a new
    revision and withdraw an approval."""
    before = post.latest.scheduled_for if post is not None and post.latest is not None else None
    if data.scheduled_for is not None and before is not None \
            and data.scheduled_for == before.replace(second=0, microsecond=0):
        return dataclasses.replace(data, scheduled_for=before)
    return data


def _save_and_submit(request: HttpRequest, membership: Membership, post: Post | None) -> HttpResponse:
    school = membership.school
    submitting = request.POST.get("action") != "save"
    form = ComposeForm(request.POST, school=school, questions=actions.pre_posting_questions(school),
                       strict=submitting)
    if not form.is_valid():
        return _compose_page(request, membership, form, post, status=400)
    try:
        post = actions.do_save_draft(membership, post, _same_schedule(form.draft_input(), post))
        if submitting:
            post = actions.do_submit_post(membership, post)
    except actions.PostError as exc:
        _add_post_error(form, exc)
        return _compose_page(request, membership, form, post, status=400)
    if not submitting:
        messages.success(request, _("Draft saved."))
        return redirect("posts:edit-post", school=school.slug, pk=post.pk)
    messages.success(request, _("Sent for approval."))
    return redirect("posts:show-post", school=school.slug, pk=post.pk)


@login_required
def compose_post(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.WRITE_POST)
    if request.method == "POST":
        # Autosave may already have created the post (its id is in the form): continue that one.
        saved = request.POST.get("post", "").strip()
        post = access_post(membership, school, saved, Perm.WRITE_POST) if saved else None
        return _save_and_submit(request, membership, post)
    form = ComposeForm(school=membership.school, questions=actions.pre_posting_questions(membership.school),
                       initial=_initial(None))
    return _compose_page(request, membership, form, None)


@login_required
def edit_post(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, post = _post(request, school, pk, Perm.WRITE_POST)
    if post.status not in EDITABLE:
        messages.error(request, _("This post can no longer be changed."))
        return redirect("posts:show-post", school=school, pk=post.pk)
    if request.method == "POST":
        return _save_and_submit(request, membership, post)
    form = ComposeForm(school=membership.school, questions=actions.pre_posting_questions(membership.school),
                       initial=_initial(post.latest))
    return _compose_page(request, membership, form, post)


@require_POST
@login_required
def check_post(request: HttpRequest, school: str) -> HttpResponse:
    """htmx, as the author types: the highlighted text and findings. ``apply=<n>`` applies the
    n-th finding's safe fix first and sends the corrected text back into the text area."""
    membership = access_school(request.user, school, Perm.WRITE_POST)
    form = ComposeForm(request.POST, school=membership.school)
    form.is_valid()
    form.cleaned_data.setdefault("text", "")
    applied = None
    if request.POST.get("apply", "").isdigit():
        applied = _apply_fix(membership, form, int(request.POST["apply"]))
    return page(request, "posts/_check.html", membership, result=_check(membership, form.draft_input()), applied=applied,
                form=form, post_id=request.POST.get("post", ""))


def _apply_fix(membership: Membership, form: ComposeForm, index: int) -> str | None:
    """The text with the safe fix of finding ``index`` applied, or None when there is none to apply."""
    report = actions.check_draft(membership.school, form.draft_input())
    findings = list(report.findings)
    if index >= len(findings):
        return None
    finding = findings[index]
    # A safe fix applies in one click; one that needs confirmation only after the author confirmed it.
    confirmed = form.data.get("confirmed") == "1"
    if finding.fix is None or not (finding.fix.safe or confirmed) or finding.source != "text" \
            or finding.start is None or finding.end is None:
        return None
    text = form.cleaned_data["text"]
    # the words the author was shown, in the page's language
    form.cleaned_data["text"] = text[:finding.start] + say(finding.fix.replacement) + text[finding.end:]
    return str(form.cleaned_data["text"])


@require_POST
@login_required
def autosave_post(request: HttpRequest, school: str) -> HttpResponse:
    """htmx, every few seconds and on change: save the draft (a no-op when nothing changed)."""
    membership = access_school(request.user, school, Perm.WRITE_POST)
    post = None
    if request.POST.get("post", "").strip():
        post = access_post(membership, membership.school.slug, request.POST["post"], Perm.WRITE_POST)
        if post.status not in EDITABLE:
            return page(request, "posts/_saved.html", membership, post=post, note=_("Not saved: this post can no longer be changed."))
    form = ComposeForm(request.POST, school=membership.school, questions=actions.pre_posting_questions(membership.school))
    if not form.is_valid():
        return page(request, "posts/_saved.html", membership, post=post, note=_("Not saved yet: see the messages below."))
    data = _same_schedule(form.draft_input(), post)
    if post is None and not data.text.strip() and not data.photos:
        return page(request, "posts/_saved.html", membership, post=None, note="")
    try:
        saved = actions.do_save_draft(membership, post, data)
    except actions.PostError as exc:
        return page(request, "posts/_saved.html", membership, post=post, note=_("Not saved: %(why)s") % {"why": exc.message})
    response = page(request, "posts/_saved.html", membership, post=saved, new=post is None,
                    saved_at=saved.latest.created_at if saved.latest else timezone.now())
    if post is None:
        response["HX-Replace-Url"] = reverse("posts:edit-post", kwargs={"school": school, "pk": saved.pk})
    return response


@require_POST
@login_required
def upload_photo(request: HttpRequest, school: str) -> HttpResponse:
    """htmx: upload one photo; answer with its row (thumbnail, alt text box) or the reason it was refused."""
    membership = access_school(request.user, school, Perm.WRITE_POST)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return page(request, "posts/_upload_error.html", membership, error=_("Choose a photo to upload."))
    upload = form.cleaned_data["image"]
    try:
        media = actions.do_upload_photo(membership, upload.name or "photo", upload.read())
    except actions.PostError as exc:
        # 200, not 4xx: htmx swaps only successful answers, and the message must reach the page.
        return page(request, "posts/_upload_error.html", membership, error=exc.message, filename=upload.name)
    row = {"id": media.pk, "alt": "", "error": "",
           "thumb": reverse("posts:show-media", kwargs={"school": school, "pk": media.pk, "kind": "thumbnail"})}
    return page(request, "posts/_photo.html", membership, photo=row, uploaded=True)


@login_required
def show_media(request: HttpRequest, school: str, pk: int, kind: str) -> HttpResponseBase:
    """A thumbnail or the cleaned copy of an uploaded photo; never a static URL."""
    media: Media = access_media(request.user, school, pk)
    field = {"thumbnail": media.thumbnail, "cleaned": media.cleaned}.get(kind)
    if field is None or not field.name:
        return HttpResponse(status=404)
    response = FileResponse(field.open("rb"), content_type="image/jpeg" if kind == "thumbnail" else media.mime_type)
    response["Cache-Control"] = "private, max-age=3600"
    if kind == "cleaned":
        response["Content-Disposition"] = f'attachment; filename="photo-{media.pk}.{media.mime_type.rsplit("/", 1)[-1]}"'
    return response


@require_POST
@login_required
def override_post(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, post = _post(request, school, pk, Perm.OVERRIDE_BLOCK)
    form = OverrideForm(request.POST)
    if not form.is_valid() or post.latest is None:
        messages.error(request, _("Say why this post may go out despite the block."))
    else:
        try:
            actions.do_override_block(membership, post.latest, form.cleaned_data["reason"])
        except actions.PostError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Override recorded. The post can now be sent for approval."))
    return redirect((request.POST.get("next") == "edit" and "posts:edit-post") or "posts:show-post", school=school, pk=pk)


@require_POST
@login_required
def return_time_post(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, post = _post(request, school, pk, Perm.WRITE_POST)
    try:
        post = actions.do_move_to_return_time(membership, post)
    except actions.PostError as exc:
        messages.error(request, exc.message)
    else:
        when = post.latest.scheduled_for if post.latest else None
        messages.success(request, _("It will go out when the group is back: %(when)s.")
                         % {"when": timezone.localtime(when).strftime("%d/%m/%Y %H:%M") if when else "-"})
    return redirect("posts:edit-post", school=school, pk=pk)


# --- review --------------------------------------------------------------------------------------------


def _draft_of(revision: Revision) -> actions.DraftInput:
    return actions.DraftInput(
        text=revision.text,
        photos=tuple(actions.PhotoInput(media_id=p.media_id, alt_text=p.alt_text) for p in revision.photos.all()),
        account_ids=tuple(a.pk for a in revision.accounts.all()),
        pupil_ids=tuple(p.pk for p in revision.tagged_pupils.all()),
        scheduled_for=revision.scheduled_for, answers=dict(revision.answers or {}))


@login_required
def show_post(request: HttpRequest, school: str, pk: int, decision_form: DecisionForm | None = None,
              status: int = 200) -> HttpResponse:
    membership, post = _post(request, school, pk)
    revision = post.latest
    context: dict[str, Any] = {"post": post, "revision": revision, "decision_form": decision_form or DecisionForm()}
    if revision is not None:
        try:
            fresh = actions.check_draft(membership.school, _draft_of(revision)).findings
        except actions.PostError:
            fresh = ()
        findings = pages.stored_findings(revision, fresh)
        accounts = list(revision.accounts.all())
        questions = actions.pre_posting_questions(membership.school)
        given = dict(revision.answers or {})
        context |= {
            "marked": highlight(revision.text, findings), "findings": findings, "accounts": accounts,
            "pupils": [(p, pages.consent_for(p, accounts)) for p in revision.tagged_pupils.all()],
            "photos": list(revision.photos.all()),
            # In the pack's order; an answer to a question the pack no longer asks is shown by its id.
            "answers": [(q, given.get(q.id, False)) for q in questions]
            + [(k, v) for k, v in given.items() if k not in {q.id for q in questions}],
            "history": pages.revisions_with_diffs(post), "state": _state(membership, post),
            "publications": post.publications.select_related("account", "revision").order_by("account__name"),
        }
    context["is_author"] = post.author_id == request.user.pk
    context["editable"] = post.status in EDITABLE
    return page(request, "posts/post.html", membership, status=status, **context)


def _state(membership: Membership, post: Post) -> dict[str, Any]:
    """Who must approve the latest revision, who has, and whether this member may decide now."""
    state = actions.approval_state(post)
    rows = [(ApproverKind(kind).label, kind in state.approved) for kind in sorted(state.needed)]
    can_decide = post.status == PostStatus.SUBMITTED and actions.may_decide(membership, post) is not None
    return {"rows": rows, "can_decide": can_decide, "complete": state.complete}


@require_POST
@login_required
def decide_post(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, post = _post(request, school, pk, Perm.VIEW_POSTS)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return show_post(request, school, pk, decision_form=form, status=400)
    revision = post.revisions.filter(pk=form.cleaned_data["revision"]).first()
    if revision is None:
        messages.error(request, _("That version of the post no longer exists."))
        return redirect("posts:show-post", school=school, pk=pk)
    try:
        actions.do_decide_revision(membership, revision, Decision(form.cleaned_data["decision"]),
                                   form.cleaned_data["comment"])
    except actions.PostError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, {"approve": _("Approved."), "send_back": _("Sent back to the author."),
                                   "reject": _("Rejected.")}[form.cleaned_data["decision"]])
    return redirect("posts:show-post", school=school, pk=pk)


# --- queues and publications ------------------------------------------------------------------------


@login_required
def list_queue(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_POSTS)
    tab = request.GET.get("tab", "mine")
    if tab not in TABS:
        tab = "mine"
    posts = list(queue(membership, tab).select_related("author", "latest")[:200])
    manual = pages.open_manual(membership.school) if holds(membership, Perm.PUBLISH_MANUAL) else []
    return page(request, "posts/queue.html", membership, tab=tab, tabs=_tab_labels(), posts=posts,
                failures=pages.failed_publications(posts) if tab == "failed" else {}, manual=manual)


def _tab_labels() -> list[tuple[str, str]]:
    return [("mine", _("Mine")), ("waiting", _("Waiting for me")), ("scheduled", _("Scheduled")),
            ("published", _("Published")), ("failed", _("Failed"))]


@login_required
def record_manual(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Copy the approved text and cleaned photos, post them by hand, paste the URL here."""
    membership = access_school(request.user, school, Perm.PUBLISH_MANUAL)
    publication = access_publication(membership, membership.school.slug, pk)
    form = ManualForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_record_manual_publication(membership, publication, form.cleaned_data["url"])
        except actions.PostError as exc:
            form.add_error("url", exc.message)
        else:
            messages.success(request, _("Recorded as published."))
            return redirect("posts:show-post", school=school, pk=publication.post_id)
    status = 400 if request.method == "POST" else 200
    return page(request, "posts/manual.html", membership, status=status, publication=publication, form=form,
                photos=list(publication.revision.photos.all()))


@require_POST
@login_required
def retry_publication(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership = access_school(request.user, school, Perm.PUBLISH_MANUAL)
    publication = access_publication(membership, membership.school.slug, pk)
    try:
        actions.do_retry_publication(membership, publication)
    except actions.PostError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("It will be sent again in the next minute."))
    return redirect(reverse("posts:queue", kwargs={"school": school}) + "?tab=failed")


# --- calendar, history, takedowns ------------------------------------------------------------------------


@login_required
def show_calendar(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_POSTS)
    accounts = list(pages.active_accounts(membership.school))
    account = next((a for a in accounts if str(a.pk) == request.GET.get("account")), None)
    first = pages.parse_month(request.GET.get("month"), timezone.localdate())
    items = pages.scheduled_items(membership.school, first, account)
    return page(request, "posts/calendar.html", membership, accounts=accounts, account=account, first=first,
                weeks=pages.month_grid(first, items), items=items, today=timezone.localdate(),
                previous=pages.shift_month(first, -1), next=pages.shift_month(first, 1))


@login_required
def account_history(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk, Perm.VIEW_POSTS)
    return page(request, "posts/history.html", membership, account=account,
                publications=pages.account_publications(account)[:200])


@login_required
def list_takedowns(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_TAKEDOWN)
    rows = pages.with_assignable(pages.takedowns(membership.school)[:500])
    return page(request, "posts/takedowns.html", membership, takedowns=rows, now=timezone.now(), form=TakedownForm())


@require_POST
@login_required
def mark_takedown_done(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_TAKEDOWN)
    takedown = access_takedown(membership, membership.school.slug, pk)
    form = TakedownForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say how it was taken down (for example: deleted on Facebook by hand)."))
    else:
        try:
            actions.do_mark_takedown_done(membership, takedown, form.cleaned_data["how"])
        except actions.PostError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Takedown recorded."))
    return redirect("posts:list-takedowns", school=school)


@require_POST
@login_required
def assign_takedown(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_TAKEDOWN)
    takedown = access_takedown(membership, membership.school.slug, pk)
    form = AssignTakedownForm(request.POST)
    staff = StaffMember.objects.filter(school=membership.school, pk=form.cleaned_data["assignee"]).first() \
        if form.is_valid() else None
    if staff is None:
        messages.error(request, _("Choose who should take the post down."))
        return redirect("posts:list-takedowns", school=school)
    try:
        actions.do_assign_takedown(membership, takedown, staff)
    except actions.PostError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Takedown assigned to %(name)s.") % {"name": staff})
    return redirect("posts:list-takedowns", school=school)
