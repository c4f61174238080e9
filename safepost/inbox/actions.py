"""Every write a person (or the sweep) makes to an inbox comment. Each is audited.

Platform calls (reply, hide, delete) happen before the database write, outside any lock: the
connector is idempotent for replies (the key fixes the record), and hiding or deleting twice is
harmless. Where the platform has no API for an action (``NotSupported``), the action is recorded
``by_hand`` and the person is told to do it on the platform.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from safepost.audit.chain import record
from safepost.connectors import Connector, ConnectorError, NotSupported
from safepost.engine.triage import Category
from safepost.inbox import replies
from safepost.inbox.connection import connector_of, remote_of
from safepost.inbox.models import CategoryCorrection, Comment, Reply, ReplyStatus, priority_for
from safepost.inbox.safeguarding import base_url, do_raise_concern
from safepost.inbox.states import COMMENT_GRAPH, OPEN, CommentStatus, require
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, Role

MAX_REPLY_CHARS = 5000
HELD = "the school's pack asks for replies to be approved: this one is sent when another moderator approves it"
POLICE_AGENCIES = {"police": "the police", "ceop": "CEOP"}


class ActionError(Exception):
    """A request the rules do not allow; the message is shown to the user."""


@dataclass(frozen=True)
class Outcome:
    """What an action did on the platform: ``by_hand`` when the person must do it there."""

    by_hand: bool = False
    message: str = ""
    #: The reply waits for a second moderator's approval (the pack's posting.replies_need_approval).
    held: bool = False


def _move(comment: Comment, target: CommentStatus) -> None:
    require(COMMENT_GRAPH, comment.status, target)
    comment.status = target
    comment.priority = priority_for(comment.category, comment.deadline, target in OPEN)


def _responded(comment: Comment) -> None:
    if comment.first_response_at is None:
        comment.first_response_at = timezone.now()


def _close(comment: Comment, target: CommentStatus) -> None:
    _move(comment, target)
    _responded(comment)
    comment.handled_at = timezone.now()


def _locked(comment: Comment) -> Comment:
    return Comment.objects.select_for_update().select_related("account", "school").get(pk=comment.pk)


def _platform(call: Callable[[], object], doing: str) -> Outcome:
    """Run one connector call; NotSupported becomes a by-hand outcome, other failures an ActionError."""
    try:
        call()
    except NotSupported as exc:
        return Outcome(by_hand=True, message=exc.message)
    except ConnectorError as exc:
        later = " Try again in a few minutes." if exc.retryable else ""
        raise ActionError(f"{doing} failed on the platform: {exc.message}.{later}") from None
    return Outcome()


# --- replies -------------------------------------------------------------------------------------

def reply_key(comment: Comment, text: str, kind: str) -> str:
    return f"inbox-{kind}-{comment.pk}-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _checked_text(comment: Comment, text: str, confirmed_review: bool) -> str:
    text = text.strip()
    if not text:
        raise ActionError("write the reply first")
    if len(text) > MAX_REPLY_CHARS:
        raise ActionError(f"the reply is {len(text):,} characters; keep it under {MAX_REPLY_CHARS:,}")
    report = replies.check_reply(comment.school, text, comment.account.platform)
    if replies.blocking(report):
        raise ActionError("the reply cannot go out: " + "; ".join(f"{f.code} {f.message}" for f in report.findings
                                                                   if str(f.severity) == "block"))
    if report.findings and str(report.verdict) == "review" and not confirmed_review:
        raise ActionError("the check asks for a second look: " + "; ".join(f.message for f in report.findings)
                          + ". Confirm you have read this to send it.")
    return text


def _send(comment: Comment, text: str, kind: str, key: str, parent_id: str) -> tuple[Outcome, str, str]:
    connector = connector_of(comment.account)
    if connector is None or not connector.capabilities.reply:
        return Outcome(True, "post this reply on the platform by hand; it is recorded here"), "", ""
    target = remote_of(comment)
    if parent_id != comment.remote_id:  # a why-note answers the thread the comment was in
        target = type(target)(remote_id=parent_id, text="", author_handle="", created_at=comment.received_at,
                              post_remote_id=comment.post_remote_id)
    try:
        published = connector.reply(target, text, key)
    except NotSupported as exc:
        return Outcome(True, exc.message), "", ""
    except ConnectorError as exc:
        later = " Try again in a few minutes." if exc.retryable else ""
        raise ActionError(f"the reply could not be posted: {exc.message}.{later}") from None
    return Outcome(), published.remote_id, published.url


def do_reply_comment(membership: Membership, comment: Comment, text: str, *, confirmed_review: bool = False,
                     close: bool = True) -> tuple[Reply, Outcome]:
    """Answer a comment publicly (checked by the engine first), through the connector."""
    text = _checked_text(comment, text, confirmed_review)
    key = reply_key(comment, text, "reply")
    earlier = Reply.objects.filter(idempotency_key=key).first()
    if earlier is not None:  # the same words sent twice (a double click): one reply
        if earlier.status == ReplyStatus.AWAITING_APPROVAL:
            return earlier, Outcome(message=HELD, held=True)
        return earlier, Outcome(earlier.by_hand)
    if replies.need_approval(comment.school):
        return _hold_reply(membership, comment, text, key), Outcome(message=HELD, held=True)
    outcome, remote_id, url = _send(comment, text, "reply", key, comment.remote_id)
    return _store_reply(membership, comment, text, "reply", key, remote_id, url, outcome, close), outcome


@transaction.atomic
def _hold_reply(membership: Membership, comment: Comment, text: str, key: str) -> Reply:
    """Keep the checked reply until another moderator approves it; the comment stays open meanwhile."""
    row = _locked(comment)
    reply = Reply.objects.create(comment=row, text=text, kind="reply", idempotency_key=key,
                                 sent_by=membership.user, status=ReplyStatus.AWAITING_APPROVAL)
    record(membership.user, row.school, "inbox.reply-held", row, reply=reply.pk)
    return reply


def do_approve_reply(membership: Membership, reply: Reply, *, close: bool = True) -> Outcome:
    """Approve a held reply and send it through the connector. The writer cannot approve their own."""
    if reply.status != ReplyStatus.AWAITING_APPROVAL:
        raise ActionError("this reply is not awaiting approval")
    if reply.sent_by_id == membership.user.pk:
        raise ActionError("a reply needs approving by a moderator other than the person who wrote it")
    comment = reply.comment
    _checked_text(comment, reply.text, confirmed_review=True)  # the pack may have changed since
    # The connector is idempotent on the key: two approvers at once still make one post.
    outcome, remote_id, url = _send(comment, reply.text, "reply", reply.idempotency_key, comment.remote_id)
    _store_approval(membership, reply, remote_id, url, outcome, close)
    return outcome


@transaction.atomic
def _store_approval(membership: Membership, reply: Reply, remote_id: str, url: str, outcome: Outcome,
                    close: bool) -> None:
    row = _locked(reply.comment)
    claimed = Reply.objects.filter(pk=reply.pk, status=ReplyStatus.AWAITING_APPROVAL).update(
        status=ReplyStatus.SENT, remote_id=remote_id, url=url, by_hand=outcome.by_hand,
        approved_by=membership.user, approved_at=timezone.now())
    if not claimed:
        return  # another moderator approved it at the same moment; it was sent once
    _responded(row)
    if close and row.status in OPEN:
        _close(row, CommentStatus.HANDLED)
    row.save(update_fields=["first_response_at", "handled_at", "status", "priority"])
    record(membership.user, row.school, "inbox.reply-approved", row, reply=reply.pk, writer=reply.sent_by_id)
    record(membership.user, row.school, "inbox.reply-sent", row, reply=reply.pk, by_hand=outcome.by_hand,
           remote_id=remote_id)


@transaction.atomic
def _store_reply(membership: Membership, comment: Comment, text: str, kind: str, key: str, remote_id: str,
                 url: str, outcome: Outcome, close: bool) -> Reply:
    row = _locked(comment)
    reply = Reply.objects.create(comment=row, text=text, kind=kind, idempotency_key=key, remote_id=remote_id,
                                 url=url, by_hand=outcome.by_hand, sent_by=membership.user)
    _responded(row)
    if close and row.status in OPEN:
        _close(row, CommentStatus.HANDLED)
    row.save(update_fields=["first_response_at", "handled_at", "status", "priority"])
    record(membership.user, row.school, f"inbox.{kind}-sent", row, reply=reply.pk, by_hand=outcome.by_hand,
           remote_id=remote_id)
    return reply


def do_post_why_note(membership: Membership, comment: Comment, text: str) -> tuple[Reply, Outcome]:
    """The public note saying why a comment was removed (pontlliw: Handling abuse)."""
    text = _checked_text(comment, text, confirmed_review=False)
    key = reply_key(comment, text, "why-note")
    parent = comment.parent_remote_id or comment.post_remote_id
    if not parent:
        raise ActionError("this comment is not linked to a post, so the note has nowhere to go")
    outcome, remote_id, url = _send(comment, text, "why-note", key, parent)
    return _store_reply(membership, comment, text, "why-note", key, remote_id, url, outcome, close=False), outcome


# --- hide, delete, block, report -----------------------------------------------------------------

def do_hide_comment(membership: Membership, comment: Comment, why: str = "") -> Outcome:
    """Hide the comment from the public (kept as evidence), optionally with a public why-note."""
    return _take_off(membership, comment, why, CommentStatus.HIDDEN, "inbox.hidden", "hide", "hiding",
                     lambda connector: connector.hide(remote_of(comment)))


def do_delete_comment(membership: Membership, comment: Comment, why: str = "") -> Outcome:
    """Delete the comment on the platform where it allows; the text stays here as evidence."""
    return _take_off(membership, comment, why, CommentStatus.DELETED, "inbox.deleted", "delete", "deleting",
                     lambda connector: connector.delete_comment(remote_of(comment)))


def _take_off(membership: Membership, comment: Comment, why: str, status: CommentStatus, event: str,
              verb: str, doing: str, call: Callable[[Connector], None]) -> Outcome:
    """Hide or delete through the connector (or ask a person to), then the optional why-note."""
    require(COMMENT_GRAPH, comment.status, status)
    connector = connector_of(comment.account)
    outcome = (Outcome(True, f"{verb} the comment on the platform by hand") if connector is None
               else _platform(lambda: call(connector), doing))
    _finish(membership, comment, status, event, outcome)
    if why.strip():
        do_post_why_note(membership, comment, why)
    return outcome


@transaction.atomic
def _finish(membership: Membership, comment: Comment, target: CommentStatus, event: str, outcome: Outcome,
            note: str = "") -> None:
    row = _locked(comment)
    _close(row, target)
    row.save(update_fields=["status", "priority", "first_response_at", "handled_at"])
    detail = {"note": note[:500]} if note else {}
    record(membership.user, row.school, event, row, by_hand=outcome.by_hand, **detail)
    comment.status, comment.priority = row.status, row.priority


def do_block_author(membership: Membership, comment: Comment, note: str = "") -> Outcome:
    """Block the comment's author from the official account through the connector where the
    platform allows it (Facebook, Mastodon, X on plans that allow it); elsewhere the person blocks
    them on the platform and this records that it was done."""
    connector = connector_of(comment.account)
    outcome = (Outcome(True, "block the author on the platform by hand; recorded here")
               if connector is None or not connector.capabilities.block
               else _platform(lambda: connector.block(remote_of(comment)), "blocking the author"))
    _record_block(membership, comment, note, outcome)
    return outcome


@transaction.atomic
def _record_block(membership: Membership, comment: Comment, note: str, outcome: Outcome) -> None:
    record(membership.user, comment.school, "inbox.block-author", comment, note=note[:500], by_hand=outcome.by_hand)


def do_unhide_comment(membership: Membership, comment: Comment, note: str = "") -> Outcome:
    """Show a hidden comment again (hidden by mistake, or the matter is resolved) through the
    connector where the platform allows it; the comment is then closed as handled."""
    if comment.status != CommentStatus.HIDDEN:
        raise ActionError("only a hidden comment can be shown again")
    connector = connector_of(comment.account)
    outcome = (Outcome(True, "show the comment again on the platform by hand")
               if connector is None or not connector.capabilities.unhide
               else _platform(lambda: connector.unhide(remote_of(comment)), "showing the comment again"))
    _finish(membership, comment, CommentStatus.HANDLED, "inbox.unhidden", outcome, note=note)
    return outcome


@transaction.atomic
def do_record_platform_action(membership: Membership, comment: Comment, what: str, note: str = "") -> Outcome:
    """Reporting to the platform (or, from the API's older callers, blocking by hand): no platform
    API safepost uses reports a comment, so the person does it there and this records that it was done."""
    if what not in {"block-author", "report-to-platform"}:
        raise ActionError(f"unknown platform action {what!r}")
    record(membership.user, comment.school, f"inbox.{what}", comment, note=note[:500], by_hand=True)
    return Outcome(True, "done on the platform by hand; recorded here")


# --- people --------------------------------------------------------------------------------------

@transaction.atomic
def do_assign_comment(membership: Membership, comment: Comment, assignee: AbstractBaseUser | None) -> None:
    """Give the comment to a moderator of the school (or back to the shared queue)."""
    row = _locked(comment)
    if assignee is not None:
        target = Membership.objects.filter(user_id=assignee.pk, school=row.school_id).first()
        if target is None or not holds(target, Perm.ACT_INBOX):
            raise ActionError("that person cannot work this school's inbox")
    if row.status not in OPEN:
        raise ActionError("this comment is closed")
    if row.status == CommentStatus.NEW and assignee is not None:
        _move(row, CommentStatus.ASSIGNED)
    row.assignee = assignee  # type: ignore[assignment]
    row.reminded_at = None  # the new assignee gets their own reminder
    row.save(update_fields=["assignee", "status", "priority", "reminded_at"])
    record(membership.user, row.school, "inbox.assigned", row, assignee=assignee.pk if assignee else None)


@transaction.atomic
def do_mark_handled(membership: Membership, comment: Comment, note: str = "") -> None:
    """Close a comment that needs nothing more (praise; answered elsewhere)."""
    row = _locked(comment)
    _close(row, CommentStatus.HANDLED)
    row.save(update_fields=["status", "priority", "first_response_at", "handled_at"])
    record(membership.user, row.school, "inbox.handled", row, note=note[:500])


@transaction.atomic
def do_escalate_comment(actor: object, comment: Comment, reason: str, *, overdue: bool = False) -> None:
    """Send a comment to senior leadership (and headteacher) by email; it stays open."""
    row = _locked(comment)
    if not reason.strip():
        raise ActionError("say why it goes to senior leadership")
    _move(row, CommentStatus.ESCALATED)
    row.save(update_fields=["status", "priority"])
    record(actor, row.school, "inbox.escalated", row, reason=reason[:500], overdue=overdue)  # type: ignore[arg-type]
    transaction.on_commit(lambda: email_roles(row, [Role.SLT, Role.HEADTEACHER], _escalation_subject(row, overdue),
                                              reason))


def _escalation_subject(comment: Comment, overdue: bool) -> str:
    why = "is past its response deadline" if overdue else "was escalated to senior leadership"
    return f"safepost: a comment on {comment.account.name} {why}"


def email_roles(comment: Comment, roles: list[Role], subject: str, reason: str) -> int:
    """Email everyone in ``roles`` about a comment: a link, never the comment's words."""
    emails = sorted({m.user.email for m in Membership.objects.select_related("user")
                     .filter(school=comment.school_id, role__in=roles) if m.user.email})
    if emails:
        send_mail(subject, f"{reason}\n\nOpen it in safepost:\n{comment_link(comment)}\n",
                  settings.DEFAULT_FROM_EMAIL, emails)
    return len(emails)


def comment_link(comment: Comment) -> str:
    return base_url() + reverse("inbox:show-comment", kwargs={"school": comment.school.slug, "pk": comment.pk})


@transaction.atomic
def do_record_police_report(membership: Membership, comment: Comment, agency: str, reference: str) -> None:
    """Record that the comment was reported to the police or CEOP, with their reference."""
    if agency not in POLICE_AGENCIES:
        raise ActionError("choose the police or CEOP")
    if not reference.strip():
        raise ActionError(f"give the reference {POLICE_AGENCIES[agency]} gave you")
    row = _locked(comment)
    row.police_reference = f"{agency}: {reference.strip()[:180]}"
    row.save(update_fields=["police_reference"])
    record(membership.user, row.school, "inbox.reported-to-police", row, agency=agency,
           reference=reference.strip()[:180])


@transaction.atomic
def do_correct_category(membership: Membership, comment: Comment, category: str, note: str = "") -> None:
    """Correct the engine's category; kept as feedback (never retrains anything by itself). Marking
    a comment as safeguarding sends it down the safeguarding route at once."""
    try:
        new = Category(category)
    except ValueError:
        raise ActionError(f"{category!r} is not a category") from None
    row = _locked(comment)
    if new == row.category:
        raise ActionError("that is already its category")
    CategoryCorrection.objects.create(comment=row, school_id=row.school_id, from_category=row.category,
                                      to_category=new, note=note[:1000], corrected_by=membership.user)
    old, row.category = row.category, new.value
    row.priority = priority_for(row.category, row.deadline, row.status in OPEN)
    row.save(update_fields=["category", "priority"])
    record(membership.user, row.school, "inbox.category-corrected", row, old=old, new=new.value)
    if new == Category.SAFEGUARDING:
        do_raise_concern(membership.user, row, reason=f"marked as safeguarding by a person: {note[:500]}")
