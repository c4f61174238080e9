"""Consent withdrawn -> takedown of every published post that tags or names the pupil there."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from safepost.accounts.models import Platform
from safepost.audit.models import Event
from safepost.consent.actions import do_withdraw_consent
from safepost.consent.models import Channel, ConsentEvent
from safepost.posts.actions import PostError, do_mark_takedown_done, do_override_block
from safepost.posts.models import Post, Publication, Takedown
from safepost.posts.publishing import sweep_due_publications
from safepost.posts.queues import overdue_takedowns
from safepost.posts.states import PostStatus, PublicationStatus, TakedownStatus
from safepost.posts.sweeps import sweep_posts
from safepost.posts.takedowns import sweep_takedowns, sweep_withdrawals
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.posts_fakes import approved_post, make_account, membership, scripted

_ = scripted
pytestmark = pytest.mark.django_db
LOGIN = {"username": "school.test", "password": "pw-for-tests-only"}


def published(world: World, accounts, **kw) -> Post:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, accounts, **kw)
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
    sweep_due_publications("w")
    return post


def withdraw(world: World, pupil_index: int, channel: Channel = Channel.SOCIAL_MEDIA) -> ConsentEvent:
    return do_withdraw_consent(membership(world.school, Role.DSL), world.pupils[pupil_index], channel,
                               "email from a parent")


def test_it_takes_down_a_tagged_post_through_the_connector_within_the_packs_deadline(
        world: World, scripted, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    account = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], login=LOGIN)
    tagged = published(world, [account], pupil_ids=(world.pupils[0].pk,))
    untagged = published(world, [account], text="Sports day is on Friday.")
    event = withdraw(world, 0)
    account.runners.set([world.staff[1]])
    world.staff[1].email = "runner@alpha.sch.uk"
    world.staff[1].save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_withdrawals() == 1
    takedown = Takedown.objects.get()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["runner@alpha.sch.uk"]
    assert "Zephyrine" not in mail.outbox[0].body and "must come down by" in mail.outbox[0].body
    assert "/s/alpha/posts/takedowns/" in mail.outbox[0].body  # where to mark it done
    assert takedown.publication.post_id == tagged.pk and takedown.pupil_id == world.pupils[0].pk
    assert takedown.due_at == event.recorded_at + timedelta(hours=24)
    event.refresh_from_db()
    assert event.handled_at is not None
    assert sweep_withdrawals() == 0  # handled exactly once
    assert sweep_takedowns() == 1
    takedown.refresh_from_db()
    assert takedown.status == TakedownStatus.DONE and takedown.how == "deleted through Bluesky"
    pub = takedown.publication
    pub.refresh_from_db()
    assert scripted.deleted == [pub.remote_id] and pub.status == PublicationStatus.DELETED
    tagged.refresh_from_db()
    untagged.refresh_from_db()
    assert tagged.status == PostStatus.TAKEN_DOWN and untagged.status == PostStatus.PUBLISHED
    opened = Event.objects.get(action="post.takedown-opened")
    assert opened.detail["pupil"] == world.pupils[0].pk and "Zephyrine" not in str(opened.detail)


def test_it_takes_down_a_post_that_names_the_pupil_in_its_text(world: World, scripted) -> None:  # type: ignore[no-untyped-def]
    account = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], login=LOGIN)
    from safepost.posts.actions import DraftInput, do_decide_revision, do_save_draft, do_submit_post
    from safepost.posts.states import Decision

    author = membership(world.school, Role.STAFF)
    post = do_save_draft(author, None, DraftInput(text="Well done Barnaby Quillfeather for his reading award!",
                                                  account_ids=(account.pk,)))
    do_override_block(membership(world.school, Role.SLT), post.latest, "Parents asked us to name him, in writing.")  # type: ignore[arg-type]
    post = do_submit_post(author, post)
    do_decide_revision(membership(world.school, Role.ADMINISTRATOR), post.latest, Decision.APPROVE)  # type: ignore[arg-type]
    Publication.objects.filter(post=post).update(due_at=timezone.now())
    sweep_due_publications("w")
    withdraw(world, 0)  # another pupil: nothing to take down
    withdraw(world, 1, Channel.SOCIAL_MEDIA)
    assert sweep_posts() >= 1
    takedown = Takedown.objects.get()
    assert takedown.pupil_id == world.pupils[1].pk and takedown.status == TakedownStatus.DONE


def test_it_waits_for_a_person_where_the_platform_cannot_delete_and_shows_it_overdue(world: World, scripted) -> None:  # type: ignore[no-untyped-def]
    world.pupils[0].consent_class_platform = True
    world.pupils[0].save()
    dojo = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], platform=Platform.CLASSDOJO,
                        name="Ash class page")
    social = make_account(world.school, world.staff[1], world.users[Role.ADMINISTRATOR], login=LOGIN)
    post = approved_post(world.school, [dojo, social], pupil_ids=(world.pupils[0].pk,))
    Publication.objects.filter(post=post).update(due_at=timezone.now())
    sweep_due_publications("w")
    from safepost.posts.actions import do_record_manual_publication

    manual = Publication.objects.get(post=post, account=dojo)
    do_record_manual_publication(membership(world.school, Role.ADMINISTRATOR), manual, "https://dojo.example/p/4")
    withdraw(world, 0, Channel.CLASS_PLATFORM)  # the class platform only: not the social media post
    sweep_withdrawals()
    takedown = Takedown.objects.get()
    assert takedown.publication_id == manual.pk
    assert sweep_takedowns() == 0 and takedown.status == TakedownStatus.OPEN
    assert list(overdue_takedowns(world.school)) == []
    Takedown.objects.filter(pk=takedown.pk).update(due_at=timezone.now() - timedelta(minutes=1))
    assert list(overdue_takedowns(world.school)) == [takedown]
    with pytest.raises(PostError, match="your role"):
        do_mark_takedown_done(membership(world.school, Role.STAFF), takedown, "deleted")
    with pytest.raises(PostError, match="say how"):
        do_mark_takedown_done(membership(world.school, Role.ADMINISTRATOR), takedown, " ")
    done = do_mark_takedown_done(membership(world.school, Role.ADMINISTRATOR), takedown,
                                 "deleted from the Ash class page")
    assert done.status == TakedownStatus.DONE and done.done_by == world.users[Role.ADMINISTRATOR]
    assert done.done_at is not None and list(overdue_takedowns(world.school)) == []
    assert Publication.objects.get(pk=manual.pk).status == PublicationStatus.DELETED
    assert Publication.objects.get(post=post, account=social).status == PublicationStatus.PUBLISHED


def test_it_uses_the_packs_takedown_hours(world: World, scripted, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import safepost.posts.takedowns as takedowns

    monkeypatch.setattr(takedowns, "takedown_hours", lambda school: 4)
    account = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], login=LOGIN)
    published(world, [account], pupil_ids=(world.pupils[2].pk,))
    event = withdraw(world, 2)
    sweep_withdrawals()
    assert Takedown.objects.get().due_at == event.recorded_at + timedelta(hours=4)
