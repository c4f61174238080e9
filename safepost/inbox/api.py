"""The inbox over the API: list a queue, read a comment, act on it, the SLA report.

Mounted by adding ``"safepost.inbox.api.router"`` to ``ROUTERS`` in ``safepost/web/api.py``.
Same ``access_*`` and ``do_*`` as the pages: a comment of another school is a 404, a refused
action a 400 in words, an action the state graph refuses a 409.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from django.contrib.auth.models import User
from django.http import HttpRequest
from ninja import Query, Router, Schema

from safepost.inbox import actions, queues, sla
from safepost.inbox.access import access_comment
from safepost.inbox.models import Comment
from safepost.inbox.states import InvalidTransition
from safepost.schools.access import Perm, access_school
from safepost.web.apitools import FieldError, Text, register_errors, user_of

router = Router(tags=["inbox"])
register_errors({actions.ActionError: 400, InvalidTransition: 409})

MAX_PAGE = 200


class CommentOut(Schema):
    id: int
    account: int
    remote_id: str
    post_remote_id: str
    parent_remote_id: str
    author_handle: str
    text: str
    received_at: datetime
    category: str
    confidence: float
    evidence: list[str]
    actions: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    deadline: datetime | None
    sla: str
    status: str
    assignee: int | None
    first_response_at: datetime | None
    police_reference: str


class QueueOut(Schema):
    comments: list[CommentOut]
    total: int


class QueueIn(Schema):
    queue: Literal["all", "mine", "unassigned"] = "all"
    account: int | None = None
    limit: int = 50
    offset: int = 0


class ActionIn(Schema):
    action: Literal["reply", "hide", "delete", "block-author", "report-to-platform", "escalate", "police",
                    "handled", "assign", "correct", "unhide"]
    text: Annotated[str, Text(max_length=actions.MAX_REPLY_CHARS)] = ""
    why: Annotated[str, Text(max_length=1000)] = ""
    reason: Annotated[str, Text(max_length=1000)] = ""
    note: Annotated[str, Text(max_length=1000)] = ""
    agency: Literal["police", "ceop", ""] = ""
    reference: Annotated[str, Text(max_length=180)] = ""
    category: Annotated[str, Text(max_length=20)] = ""
    assignee: int | None = None
    confirmed_review: bool = False


class ActionOut(Schema):
    comment: CommentOut
    by_hand: bool
    held: bool  # a reply waiting for a second moderator's approval
    message: str


class SlaRowOut(Schema):
    account_id: int
    account: str
    volume: int
    needing_reply: int
    answered: int
    median_minutes: float | None
    p95_minutes: float | None
    on_time_share: float | None
    overdue_now: int


class SlaOut(Schema):
    month: str
    accounts: list[SlaRowOut]


def _out(c: Comment) -> CommentOut:
    return CommentOut(id=c.pk, account=c.account_id, remote_id=c.remote_id, post_remote_id=c.post_remote_id,
                      parent_remote_id=c.parent_remote_id, author_handle=c.author_handle, text=c.text,
                      received_at=c.received_at, category=c.category, confidence=c.confidence, evidence=c.evidence,
                      actions=c.actions, findings=c.findings, deadline=c.deadline, sla=queues.sla_of(c).state,
                      status=c.status, assignee=c.assignee_id, first_response_at=c.first_response_at,
                      police_reference=c.police_reference)


@router.get("/schools/{slug:school}/inbox", response=QueueOut, summary="A queue of open comments, most urgent first")
def list_inbox(request: HttpRequest, school: str, params: Query[QueueIn]) -> QueueOut:
    membership = access_school(user_of(request), school, Perm.VIEW_INBOX)
    if not 1 <= params.limit <= MAX_PAGE:
        raise FieldError("limit", f"must be between 1 and {MAX_PAGE}")
    if params.offset < 0:
        raise FieldError("offset", "must be 0 or more")
    rows = queues.queue(membership.school_id, name=params.queue, user_id=user_of(request).pk,
                        account_id=params.account)
    page = rows[params.offset:params.offset + params.limit]
    return QueueOut(comments=[_out(c) for c in page], total=rows.count())


@router.get("/schools/{slug:school}/inbox/{int:pk}", response=CommentOut, summary="One comment with its triage")
def show_comment(request: HttpRequest, school: str, pk: int) -> CommentOut:
    return _out(access_comment(user_of(request), school, pk)[1])


def _assignee(payload: ActionIn) -> User | None:
    if payload.assignee is None:
        return None
    user = User.objects.filter(pk=payload.assignee).first()
    if user is None:
        raise FieldError("assignee", "that person cannot work this school's inbox")
    return user


def _run(membership: Any, comment: Comment, p: ActionIn) -> actions.Outcome | None:
    """The action's own do_* call; the same as the page's."""
    match p.action:
        case "reply":
            return actions.do_reply_comment(membership, comment, p.text, confirmed_review=p.confirmed_review)[1]
        case "hide":
            return actions.do_hide_comment(membership, comment, p.why)
        case "delete":
            return actions.do_delete_comment(membership, comment, p.why)
        case "block-author":
            return actions.do_block_author(membership, comment, p.note)
        case "unhide":
            return actions.do_unhide_comment(membership, comment, p.note)
        case "report-to-platform":
            return actions.do_record_platform_action(membership, comment, p.action, p.note)
        case "escalate":
            actions.do_escalate_comment(membership.user, comment, p.reason)
        case "police":
            actions.do_record_police_report(membership, comment, p.agency, p.reference)
        case "handled":
            actions.do_mark_handled(membership, comment, p.note)
        case "assign":
            actions.do_assign_comment(membership, comment, _assignee(p))
        case "correct":
            actions.do_correct_category(membership, comment, p.category, p.note)
    return None


@router.post("/schools/{slug:school}/inbox/{int:pk}/actions", response=ActionOut,
             summary="Act on a comment: reply, hide, delete, escalate, record, assign, correct")
def act_on_comment(request: HttpRequest, school: str, pk: int, payload: ActionIn) -> ActionOut:
    membership, comment = access_comment(user_of(request), school, pk, Perm.ACT_INBOX)
    outcome = _run(membership, comment, payload) or actions.Outcome()
    comment.refresh_from_db()
    return ActionOut(comment=_out(comment), by_hand=outcome.by_hand, held=outcome.held, message=outcome.message)


@router.get("/schools/{slug:school}/inbox-report", response=SlaOut,
            summary="Response times per account for one month (YYYY-MM)")
def sla_report(request: HttpRequest, school: str, month: str) -> SlaOut:
    membership = access_school(user_of(request), school, Perm.VIEW_INBOX_REPORT)
    try:
        year, number = month.split("-")
        first = date(int(year), int(number), 1)
    except ValueError:
        raise FieldError("month", "give the month as YYYY-MM, for example 2026-11") from None
    rows = sla.report(membership.school, first)
    return SlaOut(month=f"{first:%Y-%m}", accounts=[SlaRowOut(**row.__dict__) for row in rows])
