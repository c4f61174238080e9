"""Background work for posts. Publishing and takedowns are time-based, so they run as sweeps
(:mod:`safepost.posts.sweeps`) in the sweep loop and the publish loop, not as queued tasks;
the review emails are tasks, queued when the decision commits."""

from __future__ import annotations

from django_tasks import task

from safepost.posts import notify
from safepost.posts.sweeps import sweep_posts

__all__ = ["notify_approvers", "notify_author", "sweep_posts"]


@task()
def notify_approvers(post_id: int, revision_id: int) -> int:
    """Tell the people who may approve a submitted post (not the author)."""
    return notify.tell_approvers(post_id, revision_id)


@task()
def notify_author(approval_id: int) -> int:
    """Tell the author their post was sent back or rejected (no comment in the email)."""
    return notify.tell_author(approval_id)
