"""Publishing exactly once: keys before the call, one claim per row, backoff, manual posts."""

from __future__ import annotations

import io
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from PIL import Image

from safepost.accounts.models import Platform
from safepost.audit.models import Event
from safepost.connectors import ConnectorError
from safepost.posts.actions import (
    DraftInput,
    PhotoInput,
    PostError,
    do_record_manual_publication,
    do_retry_publication,
    do_save_draft,
    do_upload_photo,
)
from safepost.posts.models import Post, Publication
from safepost.posts.publishing import MAX_ATTEMPTS, claim_next, publish_claimed, sweep_due_publications
from safepost.posts.states import PostStatus, PublicationStatus
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.posts_fakes import ScriptedPlatform, approved_post, make_account, membership, scripted, soon

_ = scripted
SECRET = "s3cret-pass-never-shown"
LOGIN = {"username": "school.test", "password": SECRET}


@pytest.fixture
def account(world: World):  # type: ignore[no-untyped-def]
    return make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], login=LOGIN)


def due_now(post: Post) -> None:
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))


def png(colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "PNG")
    return out.getvalue()


@pytest.mark.django_db
def test_it_records_the_key_before_the_call_and_publishes_once_at_its_time(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account], when=soon(10))
    pub = Publication.objects.get(post=post)
    assert pub.idempotency_key.startswith(f"sp-{post.approved_id}-{account.pk}-")
    assert pub.status == PublicationStatus.PENDING
    assert sweep_due_publications("w1") == 0 and scripted.calls == []  # not yet its time
    due_now(post)
    assert sweep_due_publications("w1") == 1
    pub.refresh_from_db()
    post.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.remote_id == "remote-1"
    assert pub.url == "https://platform.example/p/1" and pub.published_at is not None
    assert post.status == PostStatus.PUBLISHED
    assert [c.idempotency_key for c in scripted.calls] == [pub.idempotency_key]
    assert scripted.calls[0].text == post.approved.text  # type: ignore[union-attr]
    assert sweep_due_publications("w1") == 0 and len(scripted.calls) == 1


@pytest.mark.django_db
def test_it_lets_only_one_of_two_workers_claim_a_row(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    due_now(post)
    first, second = claim_next("worker-a"), claim_next("worker-b")
    assert first is not None and second is None
    pub = Publication.objects.get(pk=first)
    assert pub.status == PublicationStatus.IN_FLIGHT and pub.claimed_by == "worker-a" and pub.attempts == 1
    publish_claimed(first, "worker-b")  # a worker that did not win does nothing
    assert scripted.calls == []
    publish_claimed(first, "worker-a")
    assert Publication.objects.get(pk=first).status == PublicationStatus.PUBLISHED


@pytest.mark.django_db(transaction=True)
def test_it_lets_only_one_of_many_threads_claim_a_row_at_once(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the sequential claim test covers it (run with DATABASE_URL)")
    post = approved_post(world.school, [account])
    due_now(post)
    barrier, won = threading.Barrier(6), []

    def claim(name: str) -> None:
        from django.db import connection as conn

        barrier.wait()
        try:
            if claim_next(name) is not None:
                won.append(name)
        finally:
            conn.close()

    threads = [threading.Thread(target=claim, args=(f"w{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1
    assert Publication.objects.get(post=post).claimed_by == won[0]


@pytest.mark.django_db
def test_it_reconciles_a_stale_claim_by_asking_the_platform_first(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    due_now(post)
    pk = claim_next("dead-worker")
    assert pk is not None
    pub = Publication.objects.get(pk=pk)
    # the dead worker's call reached the platform, then it died before recording anything
    scripted.posts[pub.idempotency_key] = scripted.posts.get(pub.idempotency_key) or \
        __import__("safepost.connectors", fromlist=["Published"]).Published("remote-9", "https://platform.example/p/9")
    assert sweep_due_publications("w2") == 0  # the claim is still within its lease
    Publication.objects.filter(pk=pk).update(claimed_at=timezone.now() - timedelta(minutes=5))
    assert sweep_due_publications("w2") == 1
    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.remote_id == "remote-9" and pub.claimed_by == "w2"
    assert scripted.calls == []  # found by its key: never published a second time


@pytest.mark.django_db
def test_it_retries_with_backoff_honours_retry_after_then_fails_in_plain_words(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    due_now(post)
    scripted.failures.append(ConnectorError("Bluesky is busy; try again later", retryable=True, status=429,
                                            retry_after=600))
    before = timezone.now()
    sweep_due_publications("w")
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.RETRYING and pub.next_attempt_at is not None
    assert pub.next_attempt_at - before >= timedelta(seconds=600)  # Retry-After beats the 30 s backoff
    assert sweep_due_publications("w") == 0  # not before its time
    waits = []
    for _ in range(MAX_ATTEMPTS - 1):  # the first attempt was the 429
        scripted.failures.append(ConnectorError("the server answered 500", retryable=True, status=500))
        Publication.objects.filter(pk=pub.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        start = timezone.now()
        sweep_due_publications("w")
        pub.refresh_from_db()
        if pub.status == PublicationStatus.RETRYING:
            waits.append((pub.next_attempt_at - start).total_seconds())  # type: ignore[operator]
    assert waits == sorted(waits) and waits[1] >= 2 * waits[0] - 1  # exponential
    assert pub.status == PublicationStatus.FAILED and pub.attempts == MAX_ATTEMPTS
    assert pub.error == "the server answered 500"
    post.refresh_from_db()
    assert post.status == PostStatus.FAILED
    do_retry_publication(membership(world.school, Role.ADMINISTRATOR), pub)
    sweep_due_publications("w")
    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and len(scripted.posts) == 1
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED


@pytest.mark.django_db
def test_it_fails_at_once_on_a_refusal_and_never_shows_the_password(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    due_now(post)
    scripted.failures.append(ConnectorError("the post is longer than 300 characters", retryable=False, status=400))
    sweep_due_publications("w")
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.FAILED and pub.attempts == 1
    assert pub.error == "the post is longer than 300 characters"
    assert scripted.secrets_seen == [SECRET]  # the connector got it from the vault...
    assert not any(SECRET in str(e.detail) for e in Event.objects.all())  # ...and it is nowhere else
    assert SECRET not in pub.error


@pytest.mark.django_db
def test_it_fails_with_a_clear_message_when_the_login_was_removed(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    due_now(post)
    type(account).objects.filter(pk=account.pk).update(secret="")
    sweep_due_publications("w")
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.FAILED
    assert pub.error.startswith("no login is stored for School news")
    assert scripted.calls == []


@pytest.mark.django_db
def test_it_waits_for_a_person_to_post_by_hand_on_a_platform_without_an_api(world: World, scripted) -> None:  # type: ignore[no-untyped-def]
    dojo = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], platform=Platform.CLASSDOJO,
                        name="Ash class page")
    post = approved_post(world.school, [dojo])
    due_now(post)
    assert sweep_due_publications("w") == 0
    pub = Publication.objects.get(post=post)
    post.refresh_from_db()
    assert pub.status == PublicationStatus.MANUAL and post.status == PostStatus.PUBLISHING
    with pytest.raises(PostError, match="your role"):
        do_record_manual_publication(membership(world.school, Role.STAFF), pub, "https://classdojo.example/p/1")
    with pytest.raises(PostError, match="full web address"):
        do_record_manual_publication(membership(world.school, Role.ADMINISTRATOR), pub, "javascript:alert(1)")
    do_record_manual_publication(membership(world.school, Role.ADMINISTRATOR), pub, "https://classdojo.example/p/1")
    pub.refresh_from_db()
    post.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.url == "https://classdojo.example/p/1"
    assert pub.recorded_by == world.users[Role.ADMINISTRATOR] and post.status == PostStatus.PUBLISHED


@pytest.mark.django_db
def test_it_sends_the_cleaned_photo_with_its_alt_text(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    media = do_upload_photo(author, "IMG_0001.png", png())
    assert media.cleaned.name != media.original.name and "IMG_0001" not in media.cleaned.name
    with pytest.raises(PostError, match="cannot be used"):
        do_upload_photo(author, "broken.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40)
    from safepost.posts.actions import do_decide_revision, do_submit_post
    from safepost.posts.states import Decision

    data = DraftInput(text="Our art display.", account_ids=(account.pk,),
                      photos=(PhotoInput(media.pk, "Paintings of autumn leaves on a wall"),))
    post = do_submit_post(author, do_save_draft(author, None, data))
    do_decide_revision(membership(world.school, Role.ADMINISTRATOR), post.latest, Decision.APPROVE)  # type: ignore[arg-type]
    due_now(post)
    sweep_due_publications("w")
    sent = scripted.calls[0].photos[0]
    assert sent.alt_text == "Paintings of autumn leaves on a wall" and sent.mime_type == "image/png"
    with media.cleaned.open("rb") as handle:
        assert sent.data == handle.read()


@pytest.mark.django_db
def test_it_publishes_to_every_account_and_fails_the_post_when_one_fails(world: World, account, scripted) -> None:  # type: ignore[no-untyped-def]
    second = make_account(world.school, world.staff[1], world.users[Role.ADMINISTRATOR], login=LOGIN, name="PE news")
    post = approved_post(world.school, [account, second])
    due_now(post)
    scripted.failures.append(ConnectorError("the account is suspended", retryable=False, status=403))
    assert sweep_due_publications("w") == 2
    statuses = sorted(Publication.objects.filter(post=post).values_list("status", flat=True))
    assert statuses == ["failed", "published"]
    post.refresh_from_db()
    assert post.status == PostStatus.FAILED
    assert isinstance(ScriptedPlatform.posts, dict) and len(ScriptedPlatform.posts) == 1
