"""Time-based work for posts: run by the sweep loop in `safepost serve` / `safepost worker`,
and by `safepost posts publish-due`. Each is safe to run in several processes at once."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from safepost.audit.chain import record
from safepost.posts.models import Post
from safepost.posts.notify import post_link
from safepost.posts.publishing import sweep_due_publications
from safepost.posts.states import POST_GRAPH, PostStatus, require
from safepost.posts.takedowns import sweep_takedowns, sweep_withdrawals

__all__ = ["sweep_due_publications", "sweep_expired_posts", "sweep_posts", "sweep_takedowns", "sweep_withdrawals"]


def sweep_expired_posts() -> int:
    """Hootsuite's rule: a post still waiting for approval at its scheduled time does not go
    out; it expires and its author is told."""
    due = Post.objects.filter(status=PostStatus.SUBMITTED, latest__scheduled_for__lte=timezone.now())
    return sum(_expire(pk) for pk in due.values_list("pk", flat=True)[:500])


@transaction.atomic
def _expire(pk: int) -> int:
    post = Post.objects.select_for_update(of=("self",)).select_related("author", "school", "latest").get(pk=pk)
    if post.status != PostStatus.SUBMITTED or post.latest is None or post.latest.scheduled_for is None \
            or post.latest.scheduled_for > timezone.now():
        return 0
    require(POST_GRAPH, post.status, PostStatus.EXPIRED)
    post.status = PostStatus.EXPIRED
    post.save(update_fields=["status", "updated_at"])
    record(None, post.school, "post.expired", post, revision=post.latest_id)
    if post.author.email:
        when = timezone.localtime(post.latest.scheduled_for).strftime("%d %B %Y at %H:%M")
        # No words of the post in the email: they may name a child.
        body = (f"Your post number {post.pk} for {post.school.name} was not approved before its scheduled time "
                f"({when}), so it has not been published.\n\nOpen it in safepost, choose a new time and submit it "
                f"again:\n{post_link(post)}\n")
        transaction.on_commit(lambda: send_mail(f"Not published: post {post.pk} expired", body,
                                                settings.DEFAULT_FROM_EMAIL, [post.author.email]))
    return 1


def sweep_posts() -> int:
    """Every posts sweep once, in the order a deadline needs them."""
    return sweep_expired_posts() + sweep_due_publications() + sweep_withdrawals() + sweep_takedowns()
