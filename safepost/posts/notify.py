"""Emails about a post's review: the approvers when it is submitted, the author when it is sent
back or rejected.

No email carries the post's words, a pupil's name or a reviewer's comment (any of them may name
a child): they say which school, who wrote it, and link to the post, where the reader signs in
to see it. Each is sent after the action's transaction commits, by a task, and checks that the
post is still in the state the email describes.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.urls import reverse

from safepost.inbox.safeguarding import base_url
from safepost.posts.models import Approval, Post, Revision
from safepost.posts.states import Decision, PostStatus
from safepost.schools.access import MATRIX, Perm
from safepost.schools.models import Membership

log = logging.getLogger("safepost.posts.notify")


def person_name(user: AbstractBaseUser, school_id: int) -> str:
    """How colleagues know them: their staff record at this school, else their account's name."""
    member = Membership.objects.select_related("staff").filter(user_id=user.pk, school_id=school_id).first()
    if member is not None and member.staff is not None:
        return str(member.staff)
    full = getattr(user, "get_full_name", lambda: "")()
    return str(full or user.get_username())


def post_link(post: Post) -> str:
    return base_url() + reverse("posts:show-post", kwargs={"school": post.school.slug, "pk": post.pk})


def approvers_of(post: Post, revision: Revision) -> list[str]:
    """The addresses of the people who may approve this revision: the moderators, and senior
    leadership as well when it needs them (or when the school has no moderator with an email,
    so someone is always told). Never the author or whoever wrote this revision."""
    moderators = MATRIX[Perm.APPROVE_POST] - MATRIX[Perm.APPROVE_CONTROVERSIAL]
    members = (Membership.objects.select_related("user").filter(school_id=post.school_id, user__is_active=True)
               .exclude(user_id__in=[post.author_id, revision.created_by_id]).exclude(user__email=""))
    by_role = [(m.role, m.user.email) for m in members]
    told = {email for role, email in by_role if role in moderators}
    if revision.needs_slt or not told:
        told |= {email for role, email in by_role if role in MATRIX[Perm.APPROVE_CONTROVERSIAL]}
    return sorted(told)


def tell_approvers(post_id: int, revision_id: int) -> int:
    """Email the approvers that a post waits for them; nothing if it was decided or edited since.
    Returns how many people were told."""
    post = Post.objects.select_related("school", "author").filter(pk=post_id).first()
    if post is None or post.status != PostStatus.SUBMITTED or post.latest_id != revision_id:
        return 0
    revision = Revision.objects.get(pk=revision_id)
    to = approvers_of(post, revision)
    if not to:
        log.warning("post %s waits for approval but nobody who may approve it has an email address", post.pk)
        return 0
    slt = " Senior leadership must approve it as well." if revision.needs_slt else ""
    body = (f"{person_name(post.author, post.school_id)} has sent post {post.pk} for approval at {post.school.name}.{slt}\n\n"
            f"Read it and decide in safepost (its words are not copied into this email on purpose):\n"
            f"{post_link(post)}\n")
    send_mail(f"safepost: a post waits for your approval ({post.school.name})", body,
              settings.DEFAULT_FROM_EMAIL, to)
    return len(to)


def tell_author(approval_id: int) -> int:
    """Email the author that their post was sent back or rejected, with a link (the comment
    itself stays in safepost: it may name a child). Returns how many were told (0 or 1)."""
    approval = Approval.objects.select_related("revision__post__school", "revision__post__author", "decided_by") \
        .filter(pk=approval_id).first()
    if approval is None or approval.decision == Decision.APPROVE:
        return 0
    post = approval.revision.post
    if not post.author.email:
        return 0
    what = "sent back for changes" if approval.decision == Decision.SEND_BACK else "rejected"
    body = (f"Your post {post.pk} for {post.school.name} was {what} by {person_name(approval.decided_by, post.school_id)}.\n\n"
            f"Read their comment in safepost (it is not copied into this email on purpose):\n{post_link(post)}\n")
    send_mail(f"safepost: your post was {what} ({post.school.name})", body, settings.DEFAULT_FROM_EMAIL,
              [post.author.email])
    return 1


def queue(task_name: str, *args: int) -> None:
    """Queue an email task; a mail server or queue that is down never undoes the decision."""
    from safepost.posts import tasks

    try:
        getattr(tasks, task_name).enqueue(*args)
    except Exception:
        log.exception("could not send the %s email for %s", task_name, args)
