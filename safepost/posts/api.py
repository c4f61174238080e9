"""Posts over the API: the same workflow as the pages (create, edit, submit, decide, schedule,
publish status, queues) through the same access functions and actions.

Pupils are named by the school's pupil id (``P0001``), never by name; accounts by their id in the
registry (``GET /schools/{school}/accounts``); photos by the id an upload returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from safepost.posts import actions
from safepost.posts.access import access_post
from safepost.posts.forms import ComposeForm
from safepost.posts.models import Post, Revision
from safepost.posts.queues import queue
from safepost.posts.states import Decision, InvalidTransition
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Membership, Pupil
from safepost.web.apitools import FieldError, Text, register_errors, user_of

router = Router(tags=["posts"])
register_errors({actions.PostError: 400, InvalidTransition: 409})

#: The compose page's limit, read from its form so the two never differ.
POST_MAX_CHARS: int = ComposeForm.base_fields["text"].max_length  # type: ignore[attr-defined]
QueueName = Literal["mine", "waiting", "scheduled", "published", "failed"]


class PhotoIn(Schema):
    media_id: int
    alt_text: Annotated[str, Text(max_length=1000)] = ""


class DraftIn(Schema):
    text: Annotated[str, Text(max_length=POST_MAX_CHARS)]
    photos: list[PhotoIn] = Field(default_factory=list)
    accounts: list[int] = Field(default_factory=list)
    pupils: list[Annotated[str, Text(max_length=50)]] = Field(default_factory=list)
    scheduled_for: datetime | None = None
    answers: dict[Annotated[str, Text(max_length=100)], bool] = Field(default_factory=dict)


class DecisionIn(Schema):
    decision: Literal["approve", "send_back", "reject"]
    comment: Annotated[str, Text(max_length=2000)] = ""
    #: The version being decided; when given and no longer the latest, the decision is refused.
    revision: int | None = None


class ScheduleIn(Schema):
    scheduled_for: datetime | None


class FindingOut(Schema):
    code: str
    rule: str
    severity: str
    source: str
    start: int | None
    end: int | None


class PhotoOut(Schema):
    media_id: int
    alt_text: str


class ApprovalOut(Schema):
    decided_by: str
    as_kind: str
    decision: str
    comment: str
    decided_at: datetime


class RevisionOut(Schema):
    id: int
    number: int
    text: str
    photos: list[PhotoOut]
    accounts: list[int]
    pupils: list[str]
    scheduled_for: datetime | None
    answers: dict[str, bool]
    verdict: str
    findings: list[FindingOut]
    needs_slt: bool
    created_by: str
    created_at: datetime
    approvals: list[ApprovalOut]


class PublicationOut(Schema):
    id: int
    account: int
    status: str
    due_at: datetime
    attempts: int
    url: str
    error: str
    published_at: datetime | None


class PostOut(Schema):
    id: int
    status: str
    author: str
    approvals_needed: list[str]
    approvals_missing: list[str]
    latest: RevisionOut | None
    publications: list[PublicationOut]


class PostSummaryOut(Schema):
    id: int
    status: str
    author: str
    text: str
    scheduled_for: datetime | None
    updated_at: datetime


class PostsOut(Schema):
    posts: list[PostSummaryOut]


@contextmanager
def _refusals() -> Iterator[None]:
    """A refusal that names a field answers with that field, like every other API error."""
    try:
        yield
    except actions.PostError as exc:
        if exc.field:
            raise FieldError(exc.field, exc.message) from exc
        raise


def _revision_out(revision: Revision) -> RevisionOut:
    return RevisionOut(
        id=revision.pk, number=revision.number, text=revision.text,
        photos=[PhotoOut(media_id=p.media_id, alt_text=p.alt_text) for p in revision.photos.all()],
        accounts=sorted(a.pk for a in revision.accounts.all()),
        pupils=sorted(p.pupil_id for p in revision.tagged_pupils.all()),
        scheduled_for=revision.scheduled_for, answers=dict(revision.answers or {}), verdict=revision.verdict,
        findings=[FindingOut(code=str(f.get("code", "")), rule=str(f.get("rule", "")),
                             severity=str(f.get("severity", "")), source=str(f.get("source", "text")),
                             start=f.get("start"), end=f.get("end")) for f in revision.findings or []],
        needs_slt=revision.needs_slt, created_by=revision.created_by.get_username(), created_at=revision.created_at,
        approvals=[ApprovalOut(decided_by=a.decided_by.get_username(), as_kind=a.as_kind, decision=a.decision,
                               comment=a.comment, decided_at=a.decided_at) for a in revision.approvals.all()])


def _post_out(post: Post) -> PostOut:
    state = actions.approval_state(post)
    return PostOut(
        id=post.pk, status=post.status, author=post.author.get_username(),
        approvals_needed=sorted(state.needed), approvals_missing=sorted(state.missing),
        latest=_revision_out(post.latest) if post.latest else None,
        publications=[PublicationOut(id=p.pk, account=p.account_id, status=p.status, due_at=p.due_at,
                                     attempts=p.attempts, url=p.url, error=p.error, published_at=p.published_at)
                      for p in post.publications.order_by("account_id")])


def _draft(membership: Membership, payload: DraftIn) -> actions.DraftInput:
    if payload.scheduled_for is not None and payload.scheduled_for.tzinfo is None:
        raise FieldError("scheduled_for", "give a time zone, e.g. 2026-12-07T09:00:00Z or +00:00")
    pupils = dict(Pupil.objects.filter(school=membership.school, pupil_id__in=payload.pupils)
                  .values_list("pupil_id", "pk"))
    unknown = [p for p in payload.pupils if p not in pupils]
    if unknown:
        raise FieldError("pupils", f"no pupil with the id {unknown[0]!r} in this school")
    return actions.DraftInput(
        text=payload.text.replace("\r\n", "\n"),
        photos=tuple(actions.PhotoInput(media_id=p.media_id, alt_text=p.alt_text) for p in payload.photos),
        account_ids=tuple(sorted(set(payload.accounts))), pupil_ids=tuple(sorted(pupils.values())),
        scheduled_for=payload.scheduled_for, answers=dict(payload.answers))


def _post(request: HttpRequest, school: str, pk: int, perm: Perm = Perm.VIEW_POSTS) -> tuple[Membership, Post]:
    membership = access_school(user_of(request), school, perm)
    return membership, access_post(membership, membership.school.slug, pk, perm)


def _as_input(revision: Revision) -> actions.DraftInput:
    return actions.DraftInput(
        text=revision.text,
        photos=tuple(actions.PhotoInput(media_id=p.media_id, alt_text=p.alt_text) for p in revision.photos.all()),
        account_ids=tuple(sorted(a.pk for a in revision.accounts.all())),
        pupil_ids=tuple(sorted(p.pk for p in revision.tagged_pupils.all())),
        scheduled_for=revision.scheduled_for, answers=dict(revision.answers or {}))


@router.get("/schools/{slug:school}/posts", response=PostsOut, summary="A queue of posts")
def list_posts(request: HttpRequest, school: str, queue_name: QueueName = "mine") -> PostsOut:
    membership = access_school(user_of(request), school, Perm.VIEW_POSTS)
    rows = queue(membership, queue_name).select_related("author", "latest")[:500]
    return PostsOut(posts=[PostSummaryOut(id=p.pk, status=p.status, author=p.author.get_username(),
                                          text=p.latest.text if p.latest else "",
                                          scheduled_for=p.latest.scheduled_for if p.latest else None,
                                          updated_at=p.updated_at) for p in rows])


@router.post("/schools/{slug:school}/posts", response={201: PostOut}, summary="Create a draft post")
def create_post(request: HttpRequest, school: str, payload: DraftIn) -> Status[PostOut]:
    membership = access_school(user_of(request), school, Perm.WRITE_POST)
    with _refusals():
        post = actions.do_save_draft(membership, None, _draft(membership, payload))
    return Status(201, _post_out(post))


@router.get("/schools/{slug:school}/posts/{int:pk}", response=PostOut,
            summary="A post: its latest version, approvals and publish status")
def show_post(request: HttpRequest, school: str, pk: int) -> PostOut:
    _membership, post = _post(request, school, pk)
    return _post_out(post)


@router.put("/schools/{slug:school}/posts/{int:pk}", response=PostOut,
            summary="Edit a post (a new version; any approval is withdrawn)")
def edit_post(request: HttpRequest, school: str, pk: int, payload: DraftIn) -> PostOut:
    membership, post = _post(request, school, pk, Perm.WRITE_POST)
    with _refusals():
        post = actions.do_save_draft(membership, post, _draft(membership, payload))
    return _post_out(post)


@router.post("/schools/{slug:school}/posts/{int:pk}/schedule", response=PostOut,
             summary="Change when the post goes out (null: as soon as it is approved)")
def schedule_post(request: HttpRequest, school: str, pk: int, payload: ScheduleIn) -> PostOut:
    membership, post = _post(request, school, pk, Perm.WRITE_POST)
    if post.latest is None:
        raise FieldError("scheduled_for", "the post has no content to schedule yet")
    if payload.scheduled_for is not None and payload.scheduled_for.tzinfo is None:
        raise FieldError("scheduled_for", "give a time zone, e.g. 2026-12-07T09:00:00Z or +00:00")
    current = _as_input(post.latest)
    with _refusals():
        post = actions.do_save_draft(membership, post, actions.DraftInput(
            text=current.text, photos=current.photos, account_ids=current.account_ids,
            pupil_ids=current.pupil_ids, scheduled_for=payload.scheduled_for, answers=current.answers))
    return _post_out(post)


@router.post("/schools/{slug:school}/posts/{int:pk}/submit", response=PostOut, summary="Send for approval")
def submit_post(request: HttpRequest, school: str, pk: int) -> PostOut:
    membership, post = _post(request, school, pk, Perm.WRITE_POST)
    with _refusals():
        post = actions.do_submit_post(membership, post)
    return _post_out(post)


@router.post("/schools/{slug:school}/posts/{int:pk}/decision", response=PostOut,
             summary="Approve, send back or reject the latest version (never your own post)")
def decide_post(request: HttpRequest, school: str, pk: int, payload: DecisionIn) -> PostOut:
    membership, post = _post(request, school, pk)
    revision = post.latest
    if payload.revision is not None:
        revision = post.revisions.filter(pk=payload.revision).first()
        if revision is None:
            raise FieldError("revision", "no such version of this post")
    if revision is None:
        raise FieldError("revision", "the post has no content to decide on")
    if payload.decision != "approve" and not payload.comment.strip():
        raise FieldError("comment", "say what needs to change, or why it is rejected")
    with _refusals():
        actions.do_decide_revision(membership, revision, Decision(payload.decision), payload.comment)
    post.refresh_from_db()
    return _post_out(post)
