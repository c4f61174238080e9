"""Every takedown has someone who must do it: the account's lead (or else a runner) who signs in
to safepost; a moderator can hand it to another of them (audited); the list and the
headteacher's overview show who has it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.consent.actions import do_record_consent, do_withdraw_consent
from safepost.consent.models import Channel
from safepost.posts import actions
from safepost.posts.models import Publication, Takedown
from safepost.posts.publishing import sweep_due_publications
from safepost.posts.queues import overdue_takedowns
from safepost.posts.takedowns import assignable_staff, sweep_withdrawals
from safepost.schools.models import Membership, Role
from tests.web.conftest import World, verified_client
from tests.web.posts_fixtures import answers, make_account, membership

pytestmark = pytest.mark.django_db


def takedown_on(world: World, account: OfficialAccount) -> Takedown:
    """A post on a class page, published by hand, tagging a pupil whose consent is then withdrawn."""
    pupil = world.pupils[0]
    do_record_consent(membership(world, Role.HEADTEACHER), pupil, Channel.CLASS_PLATFORM, True, "signed form")
    author = membership(world, Role.STAFF)
    post = actions.do_submit_post(author, actions.do_save_draft(author, None, actions.DraftInput(
        text="Ash class made bird feeders.", account_ids=(account.pk,), pupil_ids=(pupil.pk,),
        answers=answers(world))))
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, actions.Decision.APPROVE)
    sweep_due_publications("assignee-test")
    pub = Publication.objects.get(post=post)
    actions.do_record_manual_publication(membership(world, Role.ADMINISTRATOR), pub, "https://dojo.example/p/1")
    do_withdraw_consent(membership(world, Role.HEADTEACHER), pupil, Channel.CLASS_PLATFORM, "parent's email")
    sweep_withdrawals()
    return Takedown.objects.select_related("assignee").get(publication=pub)


def class_page(world: World) -> OfficialAccount:
    return make_account(world, platform="classdojo", name="Ash class page")  # lead staff[0], runs staff[0:2]


def test_it_gives_a_new_takedown_to_the_accounts_lead(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    assert takedown.assignee == world.staff[0]
    assert Event.objects.get(action="post.takedown-opened").detail["assignee"] == world.staff[0].staff_id


def test_it_gives_it_to_a_runner_when_the_lead_does_not_sign_in(world: World) -> None:
    Membership.objects.filter(staff=world.staff[0]).update(staff=None)
    account = class_page(world)
    assert assignable_staff(account) == [world.staff[1]]
    assert takedown_on(world, account).assignee == world.staff[1]


def test_it_leaves_it_unassigned_when_nobody_running_the_account_signs_in(world: World) -> None:
    Membership.objects.filter(staff__in=world.staff[:2]).update(staff=None)
    takedown = takedown_on(world, class_page(world))
    assert takedown.assignee is None
    Takedown.objects.filter(pk=takedown.pk).update(due_at=timezone.now() - timedelta(hours=1))
    head = verified_client(world.users[Role.HEADTEACHER])
    overview = head.get(reverse("schools:dashboard", kwargs={"school": "alpha"})).content.decode()
    assert "nobody assigned" in overview


def url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"posts:{name}", kwargs={"school": world.school.slug, **kwargs})


def test_it_lets_a_moderator_hand_it_to_a_runner_and_audits_it(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    listing = moderator.get(url(world, "list-takedowns")).content.decode()
    assert str(world.staff[0]) in listing and f'value="{world.staff[1].pk}"' in listing
    assert f'value="{world.staff[2].pk}"' not in listing  # not someone who runs the account
    response = moderator.post(url(world, "assign-takedown", pk=takedown.pk), {"assignee": world.staff[1].pk})
    assert response.status_code == 302
    takedown.refresh_from_db()
    assert takedown.assignee == world.staff[1]
    event = Event.objects.get(action="post.takedown-assigned")
    assert event.detail == {"assignee": world.staff[1].staff_id, "was": world.staff[0].staff_id}
    assert event.actor_id == world.users[Role.ADMINISTRATOR].pk


def test_it_refuses_someone_who_does_not_run_the_account(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    response = moderator.post(url(world, "assign-takedown", pk=takedown.pk), {"assignee": world.staff[2].pk}, follow=True)
    assert "choose the account&#x27;s lead or one of the staff who run it" in response.content.decode()
    other_school = world.other.staff.first()
    assert other_school is not None
    moderator.post(url(world, "assign-takedown", pk=takedown.pk), {"assignee": other_school.pk})
    moderator.post(url(world, "assign-takedown", pk=takedown.pk), {"assignee": "nobody"})
    takedown.refresh_from_db()
    assert takedown.assignee == world.staff[0]
    assert not Event.objects.filter(action="post.takedown-assigned").exists()


def test_it_lets_only_a_moderator_reassign(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    staff = verified_client(world.users[Role.STAFF])
    assert staff.post(url(world, "assign-takedown", pk=takedown.pk), {"assignee": world.staff[1].pk}).status_code == 403
    with pytest.raises(actions.PostError, match="your role"):
        actions.do_assign_takedown(membership(world, Role.STAFF), takedown, world.staff[1])
    takedown.refresh_from_db()
    assert takedown.assignee == world.staff[0]


def test_it_cannot_reassign_a_takedown_that_is_done(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    moderator = membership(world, Role.ADMINISTRATOR)
    actions.do_mark_takedown_done(moderator, takedown, "deleted from the class page")
    with pytest.raises(actions.PostError, match="already done"):
        actions.do_assign_takedown(moderator, takedown, world.staff[1])


def test_it_shows_who_has_each_overdue_takedown_on_the_overview(world: World) -> None:
    takedown = takedown_on(world, class_page(world))
    actions.do_assign_takedown(membership(world, Role.ADMINISTRATOR), takedown, world.staff[1])
    Takedown.objects.filter(pk=takedown.pk).update(due_at=timezone.now() - timedelta(hours=1))
    assert [t.assignee for t in overdue_takedowns(world.school)] == [world.staff[1]]
    head = verified_client(world.users[Role.HEADTEACHER])
    overview = head.get(reverse("schools:dashboard", kwargs={"school": "alpha"})).content.decode()
    assert "takedown is overdue" in overview
    assert f"assigned to {world.staff[1]}" in overview and "Ash class page" in overview
    assert world.pupils[0].first_name not in overview
