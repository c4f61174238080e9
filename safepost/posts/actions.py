"""Every write to posts: drafts and their immutable revisions, submission, overrides, decisions.

Each ``do_*`` is atomic, checks who may do it here (views and the API only call it), moves
status through ``require(...)`` and writes its audit event with ids only, never a pupil's name.
Publishing is in :mod:`safepost.posts.publishing`, takedowns in :mod:`safepost.posts.takedowns`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.accounts.models import OfficialAccount
from safepost.accounts.states import AccountStatus
from safepost.audit.chain import record
from safepost.policies.bridge import engine_for
from safepost.posts import notify
from safepost.posts.checking import (
    LIVE_LOCATION,
    DraftInput,
    PhotoInput,
    PostError,
    block_codes,
    check_draft,
    check_for_targets,
    kinds_needed,
    needs_slt,
    pre_posting_questions,
    stored_findings,
)
from safepost.posts.media import do_upload_photo
from safepost.posts.models import Approval, Media, Override, Post, Publication, Revision, RevisionPhoto
from safepost.posts.publishing import (
    capabilities_of,
    create_publications,
    do_record_manual_publication,
    do_retry_publication,
    needs_credentials,
)
from safepost.posts.returntime import stated_return_time
from safepost.posts.states import (
    POST_GRAPH,
    PUBLICATION_GRAPH,
    ApproverKind,
    Decision,
    PostStatus,
    PublicationStatus,
    require,
)
from safepost.posts.takedowns import do_assign_takedown, do_mark_takedown_done
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, Pupil
from safepost.web.engine_text import question_text, rule_title

__all__ = [
    "ApprovalState", "DraftInput", "PhotoInput", "PostError", "approval_state", "approvals_needed", "check_draft",
    "do_assign_takedown", "do_decide_revision", "do_mark_takedown_done", "do_move_to_return_time", "do_override_block",
    "do_record_manual_publication", "do_retry_publication", "do_save_draft", "do_submit_post", "do_upload_photo",
    "pre_posting_questions",
]

#: Statuses in which an edit is allowed; an edit of any but DRAFT withdraws the post to DRAFT.
EDITABLE = frozenset({PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.CHANGES_REQUESTED, PostStatus.APPROVED,
                      PostStatus.EXPIRED, PostStatus.FAILED})


def _need(membership: Membership, perm: Perm, message: str) -> None:
    if not holds(membership, perm):
        raise PostError(message)


# --- drafts -------------------------------------------------------------------------------------

def _content_hash(data: DraftInput) -> str:
    when = data.scheduled_for.isoformat() if data.scheduled_for else ""
    photos = [(str(p.media_id), p.alt_text) for p in data.photos]
    digest = Revision.hash_of(data.text, photos, list(data.account_ids), list(data.pupil_ids), when)
    answered = ",".join(sorted(k for k, v in data.answers.items() if v))
    # the answers are part of what is saved, so answering a question is a change too
    return hashlib.sha256(f"{digest}\x1f{answered}".encode()).hexdigest() if answered else digest


def _validate_targets(membership: Membership, data: DraftInput) -> None:
    school = membership.school
    accounts = set(OfficialAccount.objects.filter(school=school, pk__in=data.account_ids,
                                                  status=AccountStatus.ACTIVE).values_list("pk", flat=True))
    if set(data.account_ids) - accounts:
        raise PostError(_("choose only the school's active official accounts"), "accounts")
    if len(set(Pupil.objects.filter(school=school, pk__in=data.pupil_ids).values_list("pk", flat=True))) \
            != len(set(data.pupil_ids)):
        raise PostError(_("tag only pupils on the school's roster"), "pupils")
    media = set(Media.objects.filter(school=school, pk__in=[p.media_id for p in data.photos]).values_list("pk", flat=True))
    if {p.media_id for p in data.photos} - media:
        raise PostError(_("a photo is not one uploaded to this school"), "photos")
    if data.scheduled_for is not None and timezone.is_naive(data.scheduled_for):
        raise PostError(_("the schedule needs a time zone"), "scheduled_for")
    if len(data.text) > 10_000:
        raise PostError(_("the text is longer than 10,000 characters"), "text")


@transaction.atomic
def do_save_draft(membership: Membership, post: Post | None, data: DraftInput) -> Post:
    """Create the post, or a new immutable revision when anything changed (a no-op when the
    content is identical: autosave calls this every few seconds). Editing a submitted or
    approved post withdraws it to DRAFT; its earlier approvals stay in history, unused."""
    _need(membership, Perm.WRITE_POST, "your role cannot write posts")
    _validate_targets(membership, data)
    if post is None:
        post = Post.objects.create(school=membership.school, author=membership.user)
        record(membership.user, membership.school, "post.created", post)
    else:
        post = Post.objects.select_for_update().get(pk=post.pk, school=membership.school)
        _check_editor(membership, post)
        if post.latest is not None and post.latest.content_hash == _content_hash(data):
            return post
    try:
        with transaction.atomic():
            revision = _new_revision(membership, post, data)
    except IntegrityError:
        # Another save of this post took the number first (on SQLite, which has no row locks, an
        # autosave can race the send): read the post again and number after it.
        post.refresh_from_db()
        if post.latest is not None and post.latest.content_hash == _content_hash(data):
            return post
        revision = _new_revision(membership, post, data)
    _withdraw_if_needed(membership, post)
    post.latest = revision
    post.save(update_fields=["latest", "status", "approved", "updated_at"])
    record(membership.user, membership.school, "post.revised", post, revision=revision.pk, number=revision.number,
           verdict=revision.verdict, codes=sorted({str(f["code"]) for f in revision.findings}))
    return post


def _check_editor(membership: Membership, post: Post) -> None:
    if post.author_id != membership.user.pk and not holds(membership, Perm.APPROVE_POST):
        raise PostError(_("only the author or a moderator can edit this post"))
    if post.status not in EDITABLE:
        raise PostError(_("a post that is %(status)s cannot be edited") % {"status": str(PostStatus(post.status).label).lower()})


def _new_revision(membership: Membership, post: Post, data: DraftInput) -> Revision:
    context, policy, _note = engine_for(membership.school)
    # Photos were scanned once on upload (faces, text in the picture, GPS); autosave re-checks
    # only the words, the tags and the consent, and adds each photo's stored image findings.
    report = check_for_targets(membership.school, data, context, policy)
    fields = {"text": data.text} | {f"image[{i}].alt": p.alt_text for i, p in enumerate(data.photos) if p.alt_text}
    findings, named = stored_findings(report, context, membership.school, fields)
    findings += _photo_findings(data)
    # After the highest number stored, not the latest: a racing save may have stored its revision
    # and not yet made it the post's latest.
    number = (Revision.objects.filter(post=post).aggregate(top=Max("number"))["top"] or 0) + 1
    revision = Revision.objects.create(
        post=post, number=number, text=data.text, scheduled_for=data.scheduled_for, answers=dict(data.answers),
        verdict=str(report.verdict), findings=findings, needs_slt=needs_slt(findings, policy),
        content_hash=_content_hash(data), created_by=membership.user,
    )
    revision.accounts.set(data.account_ids)
    revision.tagged_pupils.set(data.pupil_ids)
    revision.named_pupils.set(named)
    RevisionPhoto.objects.bulk_create(RevisionPhoto(revision=revision, media_id=p.media_id, alt_text=p.alt_text,
                                                    position=i) for i, p in enumerate(data.photos))
    return revision


def _photo_findings(data: DraftInput) -> list[dict[str, object]]:
    scans = dict(Media.objects.filter(pk__in=[p.media_id for p in data.photos]).values_list("pk", "scan"))
    out = []
    for i, photo in enumerate(data.photos):
        for row in (scans.get(photo.media_id) or {}).get("findings", []):
            source = str(row["source"]).replace("image[0]", f"image[{i}]", 1)
            out.append(row | {"source": source, "start": None, "end": None, "message": row["rule"]})
    return out


def _withdraw_if_needed(membership: Membership, post: Post) -> None:
    """An edit after submission or approval: back to DRAFT, the approved revision's
    publications (none has started: the post would be PUBLISHING) are cancelled."""
    if post.status == PostStatus.DRAFT:
        return
    require(POST_GRAPH, post.status, PostStatus.DRAFT)
    was = post.status
    post.status, post.approved = PostStatus.DRAFT, None
    cancelled = _cancel_waiting_publications(post)
    record(membership.user, membership.school, "post.withdrawn-by-edit", post, was=was, cancelled=cancelled)


def _cancel_waiting_publications(post: Post) -> list[int]:
    ids = []
    for pub in Publication.objects.select_for_update().filter(post=post).exclude(
            status__in=[PublicationStatus.CANCELLED, PublicationStatus.PUBLISHED, PublicationStatus.DELETED]):
        require(PUBLICATION_GRAPH, pub.status, PublicationStatus.CANCELLED)
        pub.status = PublicationStatus.CANCELLED
        pub.save(update_fields=["status"])
        ids.append(pub.pk)
    return ids


def _as_input(revision: Revision) -> DraftInput:
    return DraftInput(
        text=revision.text,
        photos=tuple(PhotoInput(p.media_id, p.alt_text) for p in revision.photos.all()),
        account_ids=tuple(revision.accounts.values_list("pk", flat=True)),
        pupil_ids=tuple(revision.tagged_pupils.values_list("pk", flat=True)),
        scheduled_for=revision.scheduled_for,
        answers=dict(revision.answers),
    )


# --- submission and overrides --------------------------------------------------------------------

@transaction.atomic
def do_submit_post(membership: Membership, post: Post) -> Post:
    """Send the latest revision for approval, once it is complete: text or photos, an account,
    alt text for every photo, every pre-posting question answered yes, a schedule in the
    future, stored logins for accounts safepost publishes to, and an SLT override for each
    ``block`` finding."""
    post = Post.objects.select_for_update().get(pk=post.pk, school=membership.school)
    if post.author_id != membership.user.pk and not holds(membership, Perm.APPROVE_POST):
        raise PostError(_("only the author can submit this post"))
    require(POST_GRAPH, post.status, PostStatus.SUBMITTED)
    revision = post.latest
    if revision is None:
        raise PostError(_("write the post first"), "text")
    _check_complete(membership, revision)
    post.status = PostStatus.SUBMITTED
    post.save(update_fields=["status", "updated_at"])
    record(membership.user, membership.school, "post.submitted", post, revision=revision.pk,
           needs=sorted(approvals_needed(revision)))
    post_id, revision_id = post.pk, revision.pk
    transaction.on_commit(lambda: notify.queue("notify_approvers", post_id, revision_id))
    return post


def _check_complete(membership: Membership, revision: Revision) -> None:
    photos = list(revision.photos.all())
    if not revision.text.strip() and not photos:
        raise PostError(_("write some text or add a photo"), "text")
    accounts = list(revision.accounts.all())
    if not accounts:
        raise PostError(_("choose at least one account to post to"), "accounts")
    for i, photo in enumerate(photos):
        if not photo.alt_text.strip():
            raise PostError(_("photo %(n)s needs alt text (a description for people who cannot see it)") % {"n": i + 1},
                            f"photos[{i}].alt_text")
    for question in pre_posting_questions(membership.school):
        if revision.answers.get(question.id) is not True:
            raise PostError(_("answer the question before posting: %(question)s") % {"question": question_text(question)},
                            f"answers.{question.id}")
    if revision.scheduled_for is not None and revision.scheduled_for <= timezone.now():
        raise PostError(_("the scheduled time has passed; choose a time in the future"), "scheduled_for")
    for account in accounts:
        if needs_credentials(account) and not account.secret:
            raise PostError(_("no login is stored for %(account)s; store it in the vault before posting") % {"account": account.name},
                            "accounts")
        limits = capabilities_of(account)
        if limits is not None and limits.publish and len(revision.text) > limits.max_chars:
            raise PostError(_("%(account)s takes at most %(max)s characters; this post has %(n)s")
                            % {"account": account.name, "max": limits.max_chars, "n": len(revision.text)}, "text")
        if limits is not None and limits.publish and len(photos) > limits.max_photos:
            raise PostError(_("%(account)s takes at most %(max)s photos") % {"account": account.name, "max": limits.max_photos},
                            "photos")
    blocked = set(block_codes(revision.findings)) - _waited_out(revision)
    covered = {c for o in revision.overrides.all() for c in o.codes}
    if blocked - covered:
        raise PostError(_("the check blocks this post (%(rules)s); fix it, or ask senior leadership to override "
                          "with a reason") % {"rules": ", ".join(f"{rule_title(c)} ({c})" for c in sorted(blocked - covered))},
                          "text")


def _waited_out(revision: Revision) -> set[str]:
    """Live-location codes that no longer matter: the post goes out when the group is back."""
    codes = {str(f["code"]) for f in revision.findings if f["rule"] == LIVE_LOCATION}
    if not codes or revision.scheduled_for is None:
        return set()
    back = stated_return_time(revision.text, revision.created_at)
    return codes if back is not None and revision.scheduled_for >= back else set()


@transaction.atomic
def do_override_block(membership: Membership, revision: Revision, reason: str) -> Override:
    """Senior leadership lets this revision's ``block`` findings through, saying why (audited)."""
    _need(membership, Perm.OVERRIDE_BLOCK, "only senior leadership can override a block")
    post = Post.objects.select_for_update().get(pk=revision.post_id, school=membership.school)
    if post.latest_id != revision.pk:
        raise PostError(_("this version has been edited since; look at the latest one"))
    codes = block_codes(revision.findings)
    if not codes:
        raise PostError(_("nothing in this version is blocked"))
    if len(reason.strip()) < 10:
        raise PostError(_("say why the post may go out despite the check (at least a sentence)"), "reason")
    override = Override.objects.create(revision=revision, codes=codes, reason=reason.strip(),
                                       decided_by=membership.user)
    # The reason is kept on the Override row; the trail holds its digest (tamper-evident) but not
    # the words, which a person typed and which may name a child.
    record(membership.user, membership.school, "post.block-overridden", post, revision=revision.pk, codes=codes,
           override=override.pk, reason_sha256=hashlib.sha256(override.reason.encode()).hexdigest())
    return override


# --- approval ------------------------------------------------------------------------------------

def approvals_needed(revision: Revision) -> frozenset[ApproverKind]:
    """A moderator for every post; senior leadership as well when a finding is controversial."""
    return kinds_needed(revision.needs_slt)


@dataclass(frozen=True)
class ApprovalState:
    needed: frozenset[ApproverKind]
    approved: frozenset[ApproverKind]
    approvals: tuple[Approval, ...]  # every decision on the latest revision, in order
    missing: frozenset[ApproverKind]

    @property
    def complete(self) -> bool:
        return not self.missing


def approval_state(post: Post) -> ApprovalState:
    """Who must approve ``post.latest``, who has, and what is still missing. Approvals of
    earlier revisions are history: they never count."""
    revision = post.latest
    if revision is None:
        return ApprovalState(frozenset(), frozenset(), (), frozenset())
    decisions = tuple(revision.approvals.select_related("decided_by"))
    approved = frozenset(ApproverKind(a.as_kind) for a in decisions if a.decision == Decision.APPROVE)
    needed = approvals_needed(revision)
    return ApprovalState(needed, approved, decisions, needed - approved)


def may_decide(membership: Membership, post: Post) -> ApproverKind | None:
    """The capacity in which this member may decide the latest revision now, or None. Never
    the author of the post or of the revision, whatever their role."""
    revision = post.latest
    if revision is None or membership.user.pk in (post.author_id, revision.created_by_id):
        return None
    state = approval_state(post)
    if any(a.decided_by_id == membership.user.pk and a.decision == Decision.APPROVE for a in state.approvals):
        return None
    if ApproverKind.SLT in state.missing and holds(membership, Perm.APPROVE_CONTROVERSIAL):
        return ApproverKind.SLT
    if ApproverKind.MODERATOR in state.missing and holds(membership, Perm.APPROVE_POST):
        return ApproverKind.MODERATOR
    return None


@transaction.atomic
def do_decide_revision(membership: Membership, revision: Revision, decision: Decision, comment: str = "") -> Approval:
    """Approve, send back (with a comment) or reject exactly this revision."""
    post = Post.objects.select_for_update().get(pk=revision.post_id, school=membership.school)
    if membership.user.pk in (post.author_id, revision.created_by_id):
        raise PostError(_("you cannot approve or decide your own post; another moderator must"))
    if post.latest_id != revision.pk:
        raise PostError(_("this version has been edited since; look at the latest one"))
    if post.status != PostStatus.SUBMITTED:
        raise PostError(_("the post is %(status)s, not waiting for approval") % {"status": str(PostStatus(post.status).label).lower()})
    kind = may_decide(membership, post)
    if kind is None:
        raise PostError(_("your role cannot decide this post, or you have already approved it"))
    if decision != Decision.APPROVE and not comment.strip():
        raise PostError(_("say what needs to change (or why it is rejected)"), "comment")
    approval = Approval.objects.create(revision=revision, decided_by=membership.user, as_kind=kind, decision=decision,
                                       comment=comment.strip())
    _apply_decision(membership, post, revision, decision)
    record(membership.user, membership.school, f"post.{Decision(decision).value.replace('_', '-')}", post,
           revision=revision.pk, as_kind=kind.value, approval=approval.pk, status=post.status)
    if decision != Decision.APPROVE:
        transaction.on_commit(lambda: notify.queue("notify_author", approval.pk))
    return approval


def _apply_decision(membership: Membership, post: Post, revision: Revision, decision: Decision) -> None:
    if decision == Decision.SEND_BACK:
        target = PostStatus.CHANGES_REQUESTED
    elif decision == Decision.REJECT:
        target = PostStatus.REJECTED
    elif approval_state(post).complete:
        if revision.scheduled_for is not None and revision.scheduled_for <= timezone.now():
            raise PostError(_("its scheduled time has passed: it expires; the author chooses a new time"))
        target = PostStatus.APPROVED
    else:
        return  # a moderator approved; senior leadership still has to (or the reverse)
    require(POST_GRAPH, post.status, target)
    post.status = target
    if target == PostStatus.APPROVED:
        post.approved = revision
        create_publications(post, revision)
    post.save(update_fields=["status", "approved", "updated_at"])


# --- trip posts ----------------------------------------------------------------------------------

@transaction.atomic
def do_move_to_return_time(membership: Membership, post: Post) -> Post:
    """"Publish when the group is back": a new revision scheduled at the return time the text
    states ("back at 5pm on Friday"), offered when the check finds a live location."""
    post = Post.objects.select_for_update().get(pk=post.pk, school=membership.school)
    revision = post.latest
    if revision is None or not any(f["rule"] == LIVE_LOCATION for f in revision.findings):
        raise PostError(_("this post does not say where pupils are now, so there is no return time to wait for"))
    back = stated_return_time(revision.text, timezone.now())
    if back is None:
        raise PostError(_("the post does not say when the group will be back; choose a time to publish"),
                        "scheduled_for")
    if back <= timezone.now():
        raise PostError(_("the return time the post gives has passed; choose a time to publish"), "scheduled_for")
    data = _as_input(revision)
    return do_save_draft(membership, post, DraftInput(data.text, data.photos, data.account_ids, data.pupil_ids, back,
                                                      data.answers))

