"""Publishing exactly once.

1. Approval writes one ``Publication`` per target account, its idempotency key chosen and
   committed before any platform is called.
2. ``sweep_due_publications`` claims a due row with a conditional UPDATE (only one worker's
   UPDATE matches), commits the claim, then calls the connector outside any transaction.
3. The result is recorded only if this worker still holds the claim.
4. A row left IN_FLIGHT by a worker that died (its claim older than ``LEASE``) is claimed
   again; before publishing, the connector is asked whether a post with the key exists
   (``find_published``), and publishing again reuses the same key (Bluesky derives the record
   key from it, so even two racing workers cannot post twice).

``SAFEPOST_TEST_CRASH_AT`` (tests only) kills the process with SIGKILL at a named step:
``before-call``, ``during-call``, ``after-call``, ``before-record``.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import socket
import threading
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from safepost.accounts import vault
from safepost.accounts.credentials import MissingLogin, credentials_for
from safepost.accounts.models import OfficialAccount, Platform, Visibility
from safepost.audit.chain import record
from safepost.connectors import (
    Capabilities,
    Connector,
    ConnectorError,
    Credentials,
    OutgoingPost,
    Photo,
    Published,
    connector_for,
)
from safepost.posts.checking import PostError
from safepost.posts.models import Post, Publication, Revision
from safepost.posts.states import POST_GRAPH, PUBLICATION_GRAPH, PostStatus, PublicationStatus, require
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership

log = logging.getLogger("safepost.posts.publishing")

#: An IN_FLIGHT claim older than this belongs to a dead worker (a publish takes seconds at most:
#: the connector's timeout is 20 s). SAFEPOST_PUBLISH_LEASE_SECONDS shortens it for tests.
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 5
BACKOFF_BASE = 30.0  # seconds; doubled after each failed attempt
BACKOFF_CAP = 3600.0
CLAIM_BATCH = 50
Q_ = PublicationStatus


# --- connectors and credentials ------------------------------------------------------------------

__all__ = ["MissingLogin", "credentials_for"]  # re-exported: takedowns and tests import them from here


def _probe(account: OfficialAccount) -> Connector | None:
    """A connector with no login, only to read its capabilities; None for a platform without one."""
    try:
        return connector_for(account.platform, Credentials(handle="", secret=""))
    except KeyError:
        return None


def capabilities_of(account: OfficialAccount) -> Capabilities | None:
    probe = _probe(account)
    return None if probe is None else probe.capabilities


def is_manual(account: OfficialAccount) -> bool:
    """Posted by hand: a platform with no connector yet, or one whose connector cannot publish
    (ClassDojo, a VLE: safepost shows the approved words and photos, staff paste the URL)."""
    probe = _probe(account)
    return probe is None or not probe.capabilities.publish


def needs_credentials(account: OfficialAccount) -> bool:
    return not is_manual(account)


def channel_of(account: OfficialAccount) -> str:
    """The consent channel an account publishes to (see docs/posting.md): the school's blog or
    website -> website; class platforms (ClassDojo, Seesaw) and closed groups -> class
    platform; every other official social media account -> social media."""
    from safepost.consent.models import Channel

    if account.platform == Platform.BLOG:
        return Channel.WEBSITE
    if account.platform in (Platform.CLASSDOJO, Platform.SEESAW):
        return Channel.CLASS_PLATFORM
    if account.application_id and account.application.visibility == Visibility.CLOSED:
        return Channel.CLASS_PLATFORM
    return Channel.SOCIAL_MEDIA


# --- approval writes the rows --------------------------------------------------------------------

def idempotency_key(revision: Revision, account: OfficialAccount) -> str:
    # The random part keeps keys unguessable and distinct across databases restored from backup.
    return f"sp-{revision.pk}-{account.pk}-{secrets.token_hex(6)}"


def create_publications(post: Post, revision: Revision) -> list[Publication]:
    """One row per target account, keys recorded now (inside the approval's transaction)."""
    due = revision.scheduled_for or timezone.now()
    return [Publication.objects.create(post=post, revision=revision, account=account,
                                       idempotency_key=idempotency_key(revision, account), due_at=due)
            for account in revision.accounts.all()]


# --- the sweep -----------------------------------------------------------------------------------

def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def sweep_due_publications(worker_id: str | None = None, limit: int = CLAIM_BATCH) -> int:
    """Claim and publish due publications one at a time; returns how many were handled."""
    worker = worker_id or default_worker_id()
    done = 0
    while done < limit:
        claimed = claim_next(worker)
        if claimed is None:
            break
        publish_claimed(claimed, worker)
        done += 1
    return done


def _due() -> Q:
    now = timezone.now()
    return (Q(status=Q_.PENDING, due_at__lte=now)
            | Q(status=Q_.RETRYING, next_attempt_at__lte=now)
            | Q(status=Q_.IN_FLIGHT, claimed_at__lt=now - lease()))


def lease() -> timedelta:
    configured = os.environ.get("SAFEPOST_PUBLISH_LEASE_SECONDS", "").strip()
    return timedelta(seconds=float(configured)) if configured else LEASE


def claim_next(worker: str) -> int | None:
    """Claim one due row for ``worker``. Works the same on SQLite and PostgreSQL: the UPDATE
    names the status and claim it saw, so of two workers only one UPDATE matches."""
    for pub in Publication.objects.filter(_due()).order_by("due_at", "pk").only(
            "pk", "status", "claimed_at", "account", "post")[:20]:
        if pub.status == Q_.PENDING and is_manual(pub.account):
            _await_manual(pub)
            continue
        if pub.status == Q_.IN_FLIGHT and not can_send_again(pub):
            _ask_a_person(pub)
            continue
        if _claim(pub, worker):
            return pub.pk
    return None


@transaction.atomic
def _claim(pub: Publication, worker: str) -> bool:
    if pub.status != Q_.IN_FLIGHT:  # a stale IN_FLIGHT row is re-claimed, its status unchanged
        require(PUBLICATION_GRAPH, pub.status, Q_.IN_FLIGHT)
    won = Publication.objects.filter(pk=pub.pk, status=pub.status, claimed_at=pub.claimed_at).update(
        status=Q_.IN_FLIGHT, claimed_by=worker, claimed_at=timezone.now(), attempts=F("attempts") + 1)
    if not won:
        return False
    post = Post.objects.select_for_update().get(pk=pub.post_id)
    _post_to(post, PostStatus.PUBLISHING)
    record(None, post.school, "post.publication-claimed", pub, post=post.pk, worker=worker,
           stale=pub.status == Q_.IN_FLIGHT)
    return True


@transaction.atomic
def _await_manual(pub: Publication) -> None:
    require(PUBLICATION_GRAPH, pub.status, Q_.MANUAL)
    if Publication.objects.filter(pk=pub.pk, status=Q_.PENDING).update(status=Q_.MANUAL):
        post = Post.objects.select_for_update().get(pk=pub.post_id)
        _post_to(post, PostStatus.PUBLISHING)
        record(None, post.school, "post.publication-manual", pub, post=post.pk)


UNCERTAIN_MESSAGE = ("Publishing was interrupted and {platform} cannot tell safepost whether the post arrived. "
                     "Check the account's page: if the post is there, paste its address; if not, publish again.")


def can_send_again(pub: Publication, interrupted_at: datetime | None = None) -> bool:
    """Whether a publish that may have reached the platform (a dead worker's IN_FLIGHT row, a lost
    answer) may be sent again without risking a double post: the platform can be asked (lookup),
    or it still remembers the key (Mastodon, for an hour after the request)."""
    capabilities = capabilities_of(pub.account)
    if capabilities is None or capabilities.lookup:
        return True
    sent_at = interrupted_at or pub.claimed_at
    if not capabilities.key_window or sent_at is None:
        return False
    margin = timedelta(minutes=5)  # the platform's hour counts from when the request reached it
    return timezone.now() - sent_at < timedelta(seconds=capabilities.key_window) - margin


@transaction.atomic
def _ask_a_person(pub: Publication) -> None:
    """The earlier attempt may have posted: never publish blindly again; a person reconciles."""
    require(PUBLICATION_GRAPH, Q_.IN_FLIGHT, Q_.UNCERTAIN)
    message = UNCERTAIN_MESSAGE.format(platform=pub.account.get_platform_display())
    if Publication.objects.filter(pk=pub.pk, status=Q_.IN_FLIGHT, claimed_at=pub.claimed_at).update(
            status=Q_.UNCERTAIN, claimed_by="", error=message, next_attempt_at=None):
        post = Post.objects.select_for_update().get(pk=pub.post_id)
        record(None, post.school, "post.publication-uncertain", pub, post=post.pk, account=pub.account_id)


@transaction.atomic
def record_uncertain(pk: int, worker: str) -> None:
    """This worker's publish may have reached a platform that cannot be asked: a person reconciles."""
    pub = Publication.objects.select_for_update(of=("self",)).select_related("post__school", "account").get(pk=pk)
    if pub.status != Q_.IN_FLIGHT or pub.claimed_by != worker:
        return
    require(PUBLICATION_GRAPH, pub.status, Q_.UNCERTAIN)
    pub.status, pub.claimed_by, pub.next_attempt_at = Q_.UNCERTAIN, "", None
    pub.error = UNCERTAIN_MESSAGE.format(platform=pub.account.get_platform_display())
    pub.save(update_fields=["status", "error", "claimed_by", "next_attempt_at"])
    record(None, pub.post.school, "post.publication-uncertain", pub, post=pub.post_id, account=pub.account_id)


def _crash_at(step: str) -> None:
    """Tests only: die here without any clean-up, as a worker killed by the OS would."""
    if os.environ.get("SAFEPOST_TEST_CRASH_AT") == step:
        os.kill(os.getpid(), signal.SIGKILL)


def publish_claimed(pk: int, worker: str) -> None:
    """Publish one claimed row; the platform call happens outside any transaction."""
    pub = Publication.objects.select_related("account", "revision", "post__school").get(pk=pk)
    if pub.status != Q_.IN_FLIGHT or pub.claimed_by != worker:
        return
    _crash_at("before-call")
    try:
        connector = connector_for(pub.account.platform, credentials_for(pub.account))
        published = _publish_or_find(connector, pub)
    except MissingLogin:
        return record_failure(pk, worker, f"no login is stored for {pub.account.name}; store it in the vault, "
                                          "then retry", retryable=False)
    except vault.VaultError as exc:
        return record_failure(pk, worker, str(exc), retryable=False)
    except ConnectorError as exc:
        if exc.maybe_sent and not can_send_again(pub, interrupted_at=timezone.now()):
            return record_uncertain(pk, worker)
        return record_failure(pk, worker, exc.message, retryable=exc.retryable, retry_after=exc.retry_after)
    except Exception as exc:  # a connector bug must not leave the row claimed forever
        log.exception("publication %s: unexpected error", pk)
        return record_failure(pk, worker, f"unexpected error ({type(exc).__name__})", retryable=True)
    _crash_at("after-call")
    record_published(pk, worker, published)


def _publish_or_find(connector: Connector, pub: Publication) -> Published:
    if pub.attempts > 1 and connector.capabilities.lookup:
        # An earlier attempt may have reached the platform (a crash, a timeout): look first.
        found = connector.find_published(pub.idempotency_key)
        if found is not None:
            return found
    outgoing = OutgoingPost(text=pub.revision.text, idempotency_key=pub.idempotency_key,
                            photos=tuple(_photos(pub.revision)))
    timer = None
    if os.environ.get("SAFEPOST_TEST_CRASH_AT") == "during-call":
        timer = threading.Timer(float(os.environ.get("SAFEPOST_TEST_CRASH_DELAY", "0.05")), _crash_at, ["during-call"])
        timer.start()
    try:
        return connector.publish(outgoing)
    finally:
        if timer is not None:
            timer.join()  # the kill lands during the call, or right after it returns


def _photos(revision: Revision) -> list[Photo]:
    """The cleaned copies (metadata stripped on upload), never the originals."""
    out = []
    for photo in revision.photos.select_related("media"):
        with photo.media.cleaned.open("rb") as handle:
            out.append(Photo(data=handle.read(), mime_type=photo.media.mime_type, alt_text=photo.alt_text))
    return out


@transaction.atomic
def record_published(pk: int, worker: str, published: Published) -> bool:
    """Record the remote id and URL if this worker still holds the claim."""
    require(PUBLICATION_GRAPH, Q_.IN_FLIGHT, Q_.PUBLISHED)
    at = published.published_at or timezone.now()
    url = published.url if urlsplit(published.url).scheme in ("http", "https") else ""
    won = Publication.objects.filter(pk=pk, status=Q_.IN_FLIGHT, claimed_by=worker).update(
        status=Q_.PUBLISHED, remote_id=published.remote_id[:500], url=url[:1000], published_at=at, error="",
        next_attempt_at=None)
    _crash_at("before-record")
    if not won:
        return False
    pub = Publication.objects.select_related("post__school").get(pk=pk)
    record(None, pub.post.school, "post.published", pub, post=pub.post_id, account=pub.account_id,
           remote_id=pub.remote_id, url=pub.url, worker=worker)
    sync_post_status(pub.post_id)
    return True


def backoff(attempts: int, retry_after: float | None) -> timedelta:
    wait = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(0, attempts - 1))
    return timedelta(seconds=max(wait, retry_after or 0.0))


@transaction.atomic
def record_failure(pk: int, worker: str, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
    """Retry later with exponential backoff (honouring the platform's Retry-After), or give up
    after ``MAX_ATTEMPTS`` or a refusal, keeping the platform's words."""
    pub = Publication.objects.select_for_update(of=("self",)).select_related("post__school").get(pk=pk)
    if pub.status != Q_.IN_FLIGHT or pub.claimed_by != worker:
        return
    target = Q_.RETRYING if retryable and pub.attempts < MAX_ATTEMPTS else Q_.FAILED
    require(PUBLICATION_GRAPH, pub.status, target)
    pub.status, pub.error, pub.claimed_by = target, message[:2000], ""
    pub.next_attempt_at = timezone.now() + backoff(pub.attempts, retry_after) if target == Q_.RETRYING else None
    pub.save(update_fields=["status", "error", "claimed_by", "next_attempt_at"])
    record(None, pub.post.school, f"post.publication-{target.value}", pub, post=pub.post_id,
           attempts=pub.attempts, error=pub.error)
    sync_post_status(pub.post_id)


def sync_post_status(post_id: int) -> None:
    """The post follows its publications: all published -> PUBLISHED; any failed -> FAILED."""
    post = Post.objects.select_for_update().get(pk=post_id)
    if post.approved_id is None:
        return
    statuses = set(Publication.objects.filter(post=post, revision_id=post.approved_id)
                   .exclude(status=Q_.CANCELLED).values_list("status", flat=True))
    if not statuses:
        return
    if statuses <= {Q_.DELETED}:
        target = PostStatus.TAKEN_DOWN
    elif statuses <= {Q_.PUBLISHED, Q_.DELETED}:
        target = PostStatus.PUBLISHED
    elif Q_.FAILED in statuses:
        target = PostStatus.FAILED
    else:
        return
    _post_to(post, target)


def _post_to(post: Post, target: PostStatus) -> None:
    if post.status == target:
        return
    require(POST_GRAPH, post.status, target)
    was = post.status
    post.status = target
    post.save(update_fields=["status", "updated_at"])
    record(None, post.school, "post.status", post, was=was, now=target.value)


# --- by hand -------------------------------------------------------------------------------------

@transaction.atomic
def do_record_manual_publication(membership: Membership, publication: Publication, url: str) -> Publication:
    """Staff posted the approved words by hand, or found an interrupted publish on the platform,
    and paste the URL where it is."""
    if not holds(membership, Perm.PUBLISH_MANUAL):
        raise PostError("your role cannot record a publication")
    pub = Publication.objects.select_for_update().get(pk=publication.pk, post__school=membership.school)
    if pub.status not in (Q_.MANUAL, Q_.UNCERTAIN):
        raise PostError("this publication is not waiting to be posted by hand or checked")
    if urlsplit(url.strip()).scheme not in ("http", "https") or not urlsplit(url.strip()).netloc:
        raise PostError("paste the full web address of the post (starting https://)", "url")
    require(PUBLICATION_GRAPH, pub.status, Q_.PUBLISHED)
    pub.status, pub.url, pub.published_at, pub.recorded_by = Q_.PUBLISHED, url.strip()[:1000], timezone.now(), membership.user
    pub.save(update_fields=["status", "url", "published_at", "recorded_by"])
    record(membership.user, membership.school, "post.published-by-hand", pub, post=pub.post_id, url=pub.url)
    sync_post_status(pub.post_id)
    return pub


@transaction.atomic
def do_retry_publication(membership: Membership, publication: Publication) -> Publication:
    """Try a failed publication again now (after fixing the login, say), or an interrupted one a
    person checked was not posted."""
    if not holds(membership, Perm.PUBLISH_MANUAL):
        raise PostError("your role cannot retry a publication")
    pub = Publication.objects.select_for_update().get(pk=publication.pk, post__school=membership.school)
    if pub.status not in (Q_.FAILED, Q_.UNCERTAIN):
        raise PostError("only a failed or interrupted publication can be tried again")
    require(PUBLICATION_GRAPH, pub.status, Q_.RETRYING)
    pub.status, pub.next_attempt_at, pub.attempts = Q_.RETRYING, timezone.now(), 1
    pub.save(update_fields=["status", "next_attempt_at", "attempts"])
    post = Post.objects.select_for_update().get(pk=pub.post_id)
    if post.status == PostStatus.FAILED and not Publication.objects.filter(post=post, status=Q_.FAILED).exists():
        _post_to(post, PostStatus.PUBLISHING)
    record(membership.user, membership.school, "post.publication-retried", pub, post=pub.post_id)
    return pub
