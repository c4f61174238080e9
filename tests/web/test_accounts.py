"""Official accounts: apply -> decide -> record -> vault -> leaver flag -> transfer or close."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.audit.models import Event
from safepost.schools.models import Role
from tests.web.conftest import PASSWORD, World, verified_client


def url(world: World, name: str, **kwargs: object) -> str:
    return reverse(name, kwargs={"school": world.school.slug, **kwargs})


def apply(world: World, runners: int = 2) -> Application:
    client = verified_client(world.users[Role.STAFF])
    response = client.post(url(world, "accounts:apply-account"), {
        "platform": "instagram", "name": "Alpha PE", "aim": "Celebrate sport", "audience": "Parents",
        "promotion": "Newsletter", "visibility": "closed", "lead": world.staff[0].pk,
        "runners": [s.pk for s in world.staff[:runners]]})
    assert response.status_code in {200, 302}
    return Application.objects.filter(school=world.school).order_by("-pk").first()  # type: ignore[return-value]


def approve(world: World, app: Application) -> None:
    client = verified_client(world.users[Role.SLT])
    response = client.post(url(world, "accounts:decide-application", pk=app.pk),
                           {"decision": "approve", "reason": "Clear aim"})
    assert response.status_code == 302


def record_account(world: World, app: Application) -> OfficialAccount:
    client = verified_client(world.users[Role.ADMINISTRATOR])
    response = client.post(url(world, "accounts:record-account", pk=app.pk),
                           {"url": "https://instagram.com/alphape", "handle": "@alphape", "about_links_aup": "on"})
    assert response.status_code == 302, response.content
    return OfficialAccount.objects.get(application=app)


def test_it_submits_an_application_and_tells_the_deciders(world: World, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        app = apply(world)
    assert app.status == ApplicationStatus.SUBMITTED
    assert sorted(s.staff_id for s in app.runners.all()) == sorted(s.staff_id for s in world.staff[:2])
    assert any("waits for your decision" in m.subject for m in mail.outbox)
    assert Event.objects.filter(action="account.applied", object_id=str(app.pk)).exists()


def test_it_needs_two_people_to_run_an_account(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    response = client.post(url(world, "accounts:apply-account"), {
        "platform": "x", "name": "Solo", "aim": "a", "audience": "b", "promotion": "c", "visibility": "open",
        "lead": world.staff[0].pk, "runners": [world.staff[0].pk]})
    assert response.status_code == 200
    assert b"at least two" in response.content
    assert not Application.objects.exists()


def test_it_requires_a_reason_to_reject(world: World) -> None:
    app = apply(world)
    client = verified_client(world.users[Role.HEADTEACHER])
    response = client.post(url(world, "accounts:decide-application", pk=app.pk), {"decision": "reject", "reason": ""})
    assert response.status_code == 400
    app.refresh_from_db()
    assert app.status == ApplicationStatus.SUBMITTED
    client.post(url(world, "accounts:decide-application", pk=app.pk), {"decision": "reject", "reason": "No time"})
    app.refresh_from_db()
    assert (app.status, app.decision_reason) == (ApplicationStatus.REJECTED, "No time")


def test_it_does_not_decide_twice(world: World) -> None:
    app = apply(world)
    approve(world, app)
    client = verified_client(world.users[Role.HEADTEACHER])
    client.post(url(world, "accounts:decide-application", pk=app.pk), {"decision": "reject", "reason": "changed mind"})
    app.refresh_from_db()
    assert app.status == ApplicationStatus.APPROVED


def test_it_insists_the_about_page_links_to_the_aup(world: World) -> None:
    app = apply(world)
    approve(world, app)
    client = verified_client(world.users[Role.ADMINISTRATOR])
    response = client.post(url(world, "accounts:record-account", pk=app.pk),
                           {"url": "https://instagram.com/alphape", "handle": "@alphape"})
    assert response.status_code == 400
    assert not OfficialAccount.objects.exists()


def test_it_stores_a_login_encrypted_and_reveals_it_after_reauthentication(world: World) -> None:
    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    admin.post(url(world, "accounts:store-login", pk=account.pk),
               {"username": "alphape", "password": "s3cret-Pa55", "notes": ""})
    account.refresh_from_db()
    assert account.secret and "s3cret" not in account.secret
    session = admin.session
    session.pop("reauth_at", None)
    session.save()
    response = admin.post(url(world, "accounts:reveal-login", pk=account.pk))
    assert response.status_code == 302 and "/signin/confirm/" in response["Location"]
    assert not Event.objects.filter(action="vault.login-revealed").exists()
    admin.post(reverse("signin:reauth"), {"password": PASSWORD})
    response = admin.post(url(world, "accounts:reveal-login", pk=account.pk))
    assert b"s3cret-Pa55" in response.content
    assert response["Cache-Control"] == "no-store"
    assert Event.objects.filter(action="vault.login-revealed", object_id=str(account.pk)).count() == 1
    assert not Event.objects.filter(detail__icontains="s3cret").exists()


def test_it_rotates_the_vault_key_without_losing_logins(world: World) -> None:
    from safepost.accounts import actions, vault
    from safepost.schools.models import Membership

    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    membership = Membership.objects.get(user=world.users[Role.ADMINISTRATOR])
    actions.do_store_login(membership, account, "alphape", "pw-1")
    before = vault.keys()
    assert actions.do_rotate_vault_key() == 1
    account.refresh_from_db()
    assert len(vault.keys()) == len(before) + 1
    assert vault.unseal(account.secret)["password"] == "pw-1"
    vault.write_keys(vault.keys()[:1])  # the old key can now be retired
    assert vault.unseal(account.secret)["password"] == "pw-1"


def test_it_flags_a_leavers_accounts_until_someone_acts(world: World) -> None:
    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    head = verified_client(world.users[Role.HEADTEACHER])
    head.post(reverse("schools:leave-staff", kwargs={"school": world.school.slug, "pk": world.staff[1].pk}),
              {"left_on": "2020-07-20", "confirm": "on"})
    account.refresh_from_db()
    assert account.status == AccountStatus.FLAGGED
    response = head.post(url(world, "accounts:transfer-account", pk=account.pk),
                         {"lead": world.staff[0].pk, "runners": [world.staff[0].pk, world.staff[1].pk]})
    assert response.status_code == 400  # the leaver cannot be named again
    head.post(url(world, "accounts:transfer-account", pk=account.pk),
              {"lead": world.staff[2].pk, "runners": [world.staff[2].pk, world.staff[3].pk]})
    account.refresh_from_db()
    assert account.status == AccountStatus.ACTIVE and account.lead == world.staff[2]


def test_it_flags_once_the_last_day_is_over_through_the_sweep(world: World) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from safepost.schools.sweeps import sweep_leavers

    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    head = verified_client(world.users[Role.HEADTEACHER])
    # staff[1] runs the account; staff[0] is the only headteacher and could not be recorded as leaving.
    tomorrow = timezone.localdate() + timedelta(days=1)
    head.post(reverse("schools:leave-staff", kwargs={"school": world.school.slug, "pk": world.staff[1].pk}),
              {"left_on": tomorrow.isoformat(), "confirm": "on"})
    assert sweep_leavers() == 0
    account.refresh_from_db()
    assert account.status == AccountStatus.ACTIVE
    leaver = world.staff[1].__class__.objects.filter(pk=world.staff[1].pk)
    leaver.update(left_on=timezone.localdate())
    assert sweep_leavers() == 0  # the last day itself: still at school
    leaver.update(left_on=timezone.localdate() - timedelta(days=1))
    assert sweep_leavers() == 1 and sweep_leavers() == 0
    account.refresh_from_db()
    assert account.status == AccountStatus.FLAGGED


def test_it_closes_a_flagged_account_with_a_reason(world: World) -> None:
    account = record_account(world, (app := apply(world)) and (approve(world, app) or app))
    OfficialAccount.objects.filter(pk=account.pk).update(status=AccountStatus.FLAGGED)
    head = verified_client(world.users[Role.HEADTEACHER])
    assert head.post(url(world, "accounts:close-account", pk=account.pk), {"reason": ""}).status_code == 400
    head.post(url(world, "accounts:close-account", pk=account.pk), {"reason": "Club ended"})
    account.refresh_from_db()
    assert account.status == AccountStatus.CLOSED


@pytest.mark.parametrize("status", list(AccountStatus))
def test_it_checks_the_state_graph(status: AccountStatus) -> None:
    from safepost.accounts.states import ACCOUNT_GRAPH, InvalidTransition, require

    for target in AccountStatus:
        if target in ACCOUNT_GRAPH[status]:
            require(ACCOUNT_GRAPH, status.value, target)
        else:
            with pytest.raises(InvalidTransition):
                require(ACCOUNT_GRAPH, status.value, target)
