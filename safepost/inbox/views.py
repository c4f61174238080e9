"""The inbox pages: queues, one comment with its actions, the restricted concern, rota, SLA report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.inbox import actions, mentions, queues, replies, rota, sla
from safepost.inbox import forms as f
from safepost.inbox.access import (
    access_comment,
    access_concern,
    access_mention_feed,
    access_reply,
    access_rota_entry,
)
from safepost.inbox.connection import capabilities_of
from safepost.inbox.display import action_title, action_words, highlight
from safepost.inbox.models import Closure, Comment, Mention, MentionFeed, RotaEntry
from safepost.inbox.states import InvalidTransition
from safepost.schools.access import Perm, access_school, holds
from safepost.schools.models import Membership
from safepost.web.pages import page


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@login_required
def list_inbox(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_INBOX)
    name = request.GET.get("queue", "all")
    name = name if name in queues.QUEUES else "all"
    account_id = _int_or_none(request.GET.get("account"))
    rows = queues.queue(membership.school_id, name=name, user_id=request.user.pk, account_id=account_id)
    listing = queues.page_of(rows, request.GET.get("page"))
    groups = queues.rows_of(listing.items, timezone.now())
    template = "inbox/list.html#queue" if getattr(request, "htmx", False) else "inbox/list.html"
    base = reverse("inbox:list-inbox", kwargs={"school": school})  # one reverse, not one per row
    return page(request, template, membership, base=base, groups=groups, listing=listing, queue=name, account_id=account_id,
                accounts=OfficialAccount.objects.filter(school=membership.school).order_by("name").only("pk", "name"))


def _thread(comment: Comment) -> list[Comment]:
    """The other comments under the same official post, oldest first (bounded)."""
    if not comment.post_remote_id:
        return []
    rows = Comment.objects.filter(account_id=comment.account_id, post_remote_id=comment.post_remote_id)
    return list(queues.listing(rows.exclude(pk=comment.pk)).order_by("received_at")[:20])


def _comment_page(request: HttpRequest, membership: Membership, comment: Comment, status: int = 200,
                  **forms_: object) -> HttpResponse:
    language = get_language() or "en"
    context: dict[str, Any] = {
        "reply_form": f.ReplyForm(), "why_form": f.WhyForm(), "reason_form": f.ReasonForm(),
        "police_form": f.PoliceForm(), "correct_form": f.CorrectForm(initial={"category": comment.category}),
        "note_form": f.NoteForm(),
    } | forms_
    history = Event.objects.filter(object_type="inbox.comment", object_id=str(comment.pk)).order_by("seq")
    moderators = [m for m in Membership.objects.select_related("user").filter(school=membership.school)
                  if holds(m, Perm.ACT_INBOX)]
    return page(request, "inbox/comment.html", membership, status=status, comment=comment,
                marked=highlight(comment.text, comment.findings), sla=queues.sla_of(comment),
                actions_list=[(a, action_title(str(a.get("action"))), action_words(str(a.get("action"))))
                              for a in comment.actions],
                thread=_thread(comment), replies=comment.replies.all(), history=history, moderators=moderators,
                templates=replies.templates(membership.school, language),
                concern=getattr(comment, "concern", None), can_block=_can_block(comment),
                base=reverse("inbox:list-inbox", kwargs={"school": membership.school.slug}), **context)


def _can_block(comment: Comment) -> bool:
    capabilities = capabilities_of(comment.account)
    return capabilities is not None and capabilities.block


@login_required
def show_comment(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, comment = access_comment(request.user, school, pk)
    # A template fills the reply box server-side: no script (the Content-Security-Policy allows none inline).
    text = replies.template_text(membership.school, request.GET.get("template", ""), get_language() or "en")
    return _comment_page(request, membership, comment, reply_form=f.ReplyForm(initial={"text": text or ""}))


Handler = Callable[[Membership, Comment, dict[str, Any]], "actions.Outcome | None"]


def _reply(m: Membership, c: Comment, d: dict[str, Any]) -> actions.Outcome:
    return actions.do_reply_comment(m, c, d["text"], confirmed_review=d["confirmed_review"])[1]


def _assign(m: Membership, c: Comment, d: dict[str, Any]) -> None:
    user = User.objects.filter(pk=d["assignee"]).first() if d["assignee"] else None
    if d["assignee"] and user is None:
        raise actions.ActionError("that person cannot work this school's inbox")
    actions.do_assign_comment(m, c, user)


#: verb -> (form, handler, message on success). gettext_noop puts the message in the catalogue;
#: act_on_comment translates it when it shows it.
VERBS: dict[str, tuple[type[forms.Form], Handler, str]] = {
    "reply": (f.ReplyForm, _reply, gettext_noop("Reply sent.")),
    "hide": (f.WhyForm, lambda m, c, d: actions.do_hide_comment(m, c, d["why"]),
             gettext_noop("Comment hidden.")),
    "delete": (f.WhyForm, lambda m, c, d: actions.do_delete_comment(m, c, d["why"]),
               gettext_noop("Comment deleted.")),
    "block-author": (f.NoteForm, lambda m, c, d: actions.do_block_author(m, c, d["note"]),
                     gettext_noop("Author blocked.")),
    "unhide": (f.NoteForm, lambda m, c, d: actions.do_unhide_comment(m, c, d["note"]),
               gettext_noop("Comment shown again.")),
    "report-to-platform": (f.NoteForm, lambda m, c, d: actions.do_record_platform_action(
        m, c, "report-to-platform", d["note"]), gettext_noop("Recorded: reported to the platform.")),
    "escalate": (f.ReasonForm, lambda m, c, d: actions.do_escalate_comment(m.user, c, d["reason"]),
                 gettext_noop("Sent to senior leadership.")),
    "police": (f.PoliceForm, lambda m, c, d: actions.do_record_police_report(m, c, d["agency"], d["reference"]),
               gettext_noop("Report recorded.")),
    "handled": (f.NoteForm, lambda m, c, d: actions.do_mark_handled(m, c, d["note"]),
                gettext_noop("Marked as handled.")),
    "assign": (f.AssignForm, _assign, gettext_noop("Assignment changed.")),
    "correct": (f.CorrectForm, lambda m, c, d: actions.do_correct_category(m, c, d["category"], d["note"]),
                gettext_noop("Category corrected; kept as feedback.")),
}


#: The template's name for each action form, so a refused one is shown again with its errors.
FORM_SLOTS: dict[type[forms.Form], str] = {
    f.ReplyForm: "reply_form", f.WhyForm: "why_form", f.ReasonForm: "reason_form", f.PoliceForm: "police_form",
    f.CorrectForm: "correct_form", f.NoteForm: "note_form", f.AssignForm: "assign_form",
}


@require_POST
@login_required
def act_on_comment(request: HttpRequest, school: str, pk: int, verb: str) -> HttpResponse:
    if verb not in VERBS:
        raise Http404("Not found")
    membership, comment = access_comment(request.user, school, pk, Perm.ACT_INBOX)
    form_class, handler, done = VERBS[verb]
    form = form_class(request.POST)
    if form.is_valid():
        try:
            outcome = handler(membership, comment, form.cleaned_data)
        except (actions.ActionError, InvalidTransition) as exc:
            form.add_error(None, str(exc))
        else:
            if outcome is not None and outcome.held:
                messages.info(request, _("Reply held: it is sent when another moderator approves it."))
            else:
                messages.success(request, _(done))
            if outcome is not None and outcome.by_hand:
                messages.warning(request, outcome.message)
            return redirect("inbox:show-comment", school=school, pk=pk)
    comment.refresh_from_db()
    slot = FORM_SLOTS[form_class]
    problems = [str(e) for errors in form.errors.values() for e in errors]
    return _comment_page(request, membership, comment, status=400, problems=problems, **{slot: form})


@login_required
def show_concern(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, concern = access_concern(request.user, school, pk)
    comment = concern.comment
    return page(request, "inbox/concern.html", membership, concern=concern, comment=comment,
                marked=highlight(comment.text, comment.findings))


@login_required
def show_rota(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_ROTA)
    rota_form, closure_form = f.RotaForm(), f.ClosureForm()
    if request.method == "POST":
        if "kind" in request.POST:
            rota_form = f.RotaForm(request.POST)
            if rota_form.is_valid() and _add_entry(membership, rota_form):
                return redirect("inbox:show-rota", school=school)
        else:
            closure_form = f.ClosureForm(request.POST)
            if closure_form.is_valid():
                rota.do_add_closure(membership, **closure_form.cleaned_data)
                return redirect("inbox:show-rota", school=school)
    moderators = [m for m in Membership.objects.select_related("user").filter(school=membership.school)
                  if holds(m, Perm.ACT_INBOX)]
    status = 400 if request.method == "POST" else 200
    return page(request, "inbox/rota.html", membership, status=status, rota_form=rota_form,
                closure_form=closure_form, moderators=moderators, today=rota.on_duty(membership.school,
                                                                                     timezone.localdate()),
                entries=RotaEntry.objects.filter(school=membership.school).select_related("moderator"),
                closures=Closure.objects.filter(school=membership.school))


def _add_entry(membership: Membership, form: f.RotaForm) -> bool:
    try:
        rota.do_add_rota_entry(membership, form.cleaned_data["moderator"], form.cleaned_data["kind"],
                               form.cleaned_data["weekday"], form.cleaned_data["starts_on"],
                               form.cleaned_data["ends_on"], form.cleaned_data["note"])
    except rota.RotaError as exc:
        form.add_error("moderator", str(exc))
        return False
    return True


@require_POST
@login_required
def remove_rota_entry(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, entry = access_rota_entry(request.user, school, pk)
    rota.do_remove_rota_entry(membership, entry)
    messages.success(request, _("Removed from the rota."))
    return redirect("inbox:show-rota", school=school)


def _month(value: str | None) -> date | None:
    if not value:
        return timezone.localdate().replace(day=1)
    try:
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


@login_required
def show_sla_report(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_INBOX_REPORT)
    month = _month(request.GET.get("month"))
    if month is None:
        return page(request, "inbox/sla.html", membership, status=400, rows=[], month=None,
                    error=_("Give the month as YYYY-MM, for example 2026-11."))
    rows = sla.report(membership.school, month)
    if request.GET.get("format") == "csv":
        response = HttpResponse(sla.as_csv(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="inbox-sla-{month:%Y-%m}.csv"'
        return response
    return page(request, "inbox/sla.html", membership, rows=rows, month=month)


@login_required
def list_mentions(request: HttpRequest, school: str) -> HttpResponse:
    """Public mentions of the school, urgent categories first; moderators add feeds here."""
    membership = access_school(request.user, school, Perm.VIEW_INBOX)
    may_manage = holds(membership, Perm.ACT_INBOX)
    form = f.MentionFeedForm()
    status = 200
    if request.method == "POST":
        if not may_manage:
            raise Http404
        form = f.MentionFeedForm(request.POST)
        if form.is_valid():
            try:
                mentions.do_add_mention_feed(membership, form.cleaned_data["url"], form.cleaned_data["label"])
            except mentions.MentionError as exc:
                form.add_error("url", str(exc))
            else:
                messages.success(request, _("The feed is watched now; it is read within 15 minutes."))
                return redirect("inbox:list-mentions", school=school)
        status = 400
    rows = Mention.objects.filter(school=membership.school).select_related("feed")[:200]
    return page(request, "inbox/mentions.html", membership, status=status, mentions=rows, form=form,
                may_manage=may_manage, feeds=MentionFeed.objects.filter(school=membership.school))


@require_POST
@login_required
def remove_mention_feed(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, feed = access_mention_feed(request.user, school, pk)
    mentions.do_remove_mention_feed(membership, feed)
    messages.success(request, _("The feed is no longer watched."))
    return redirect("inbox:list-mentions", school=school)


@require_POST
@login_required
def approve_reply(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, reply = access_reply(request.user, school, pk)
    try:
        outcome = actions.do_approve_reply(membership, reply)
    except actions.ActionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Reply approved and sent."))
        if outcome.by_hand:
            messages.warning(request, outcome.message)
    return redirect("inbox:show-comment", school=school, pk=reply.comment_id)
