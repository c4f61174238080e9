"""Every write to applications and accounts. Each is atomic and writes its audit event."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from safepost.accounts import vault
from safepost.accounts.connection import CheckResult
from safepost.accounts.models import Application, OfficialAccount, Platform
from safepost.accounts.states import (
    ACCOUNT_GRAPH,
    APPLICATION_GRAPH,
    AccountStatus,
    ApplicationStatus,
    require,
)
from safepost.audit.chain import record
from safepost.schools.models import Membership, StaffMember

MIN_RUNNERS = 2


class ActionError(Exception):
    """A request the rules do not allow; the message is shown to the user."""


@dataclass(frozen=True)
class ApplicationInput:
    platform: str
    name: str
    aim: str
    audience: str
    promotion: str
    visibility: str
    lead: StaffMember
    runners: Sequence[StaffMember]


def _check_people(membership: Membership, lead: StaffMember, runners: Sequence[StaffMember]) -> None:
    people = [lead, *runners]
    if any(p.school_id != membership.school_id for p in people):
        raise ActionError("every person must belong to this school")
    if any(p.has_left for p in people):
        raise ActionError("someone named has left the school")
    if len({r.pk for r in runners}) < MIN_RUNNERS:
        raise ActionError(f"name at least {MIN_RUNNERS} members of staff who will run the account")


@transaction.atomic
def do_apply_for_account(membership: Membership, data: ApplicationInput) -> Application:
    """Submit an application for senior leadership to decide."""
    _check_people(membership, data.lead, data.runners)
    app = Application.objects.create(
        school=membership.school, platform=data.platform, name=data.name, aim=data.aim, audience=data.audience,
        promotion=data.promotion, visibility=data.visibility, lead=data.lead, requested_by=membership.user,
    )
    app.runners.set(data.runners)
    record(membership.user, membership.school, "account.applied", app, platform=data.platform,
           lead=data.lead.staff_id, runners=sorted(r.staff_id for r in data.runners))
    transaction.on_commit(lambda: _notify(app.pk))
    return app


def _notify(application_id: int) -> None:
    from safepost.accounts.tasks import notify_deciders

    notify_deciders.enqueue(application_id)


@transaction.atomic
def do_decide_application(membership: Membership, app: Application, approve: bool, reason: str) -> Application:
    """Approve or reject, with reasons (a rejection must say why)."""
    app = Application.objects.select_for_update().get(pk=app.pk)
    target = ApplicationStatus.APPROVED if approve else ApplicationStatus.REJECTED
    require(APPLICATION_GRAPH, app.status, target)
    if not approve and not reason.strip():
        raise ActionError("say why the application is rejected")
    app.status, app.decided_by, app.decided_at, app.decision_reason = target, membership.user, timezone.now(), reason
    app.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
    record(membership.user, membership.school, f"account.application-{target.value}", app, reason=reason)
    transaction.on_commit(lambda: _notify_decision(app.pk))
    return app


def _notify_decision(application_id: int) -> None:
    """The applicant hears the decision; on approval, the administrators hear what to create.
    A mail queue that is down never undoes the decision."""
    from safepost.accounts.tasks import notify_decision

    try:
        notify_decision.enqueue(application_id)
    except Exception:
        logging.getLogger("safepost.accounts").exception("could not queue the decision email for %s", application_id)


@transaction.atomic
def do_record_account(membership: Membership, app: Application, url: str, handle: str,
                      about_links_aup: bool) -> OfficialAccount:
    """Register the account an administrator created for an approved application."""
    app = Application.objects.select_for_update().get(pk=app.pk)
    require(APPLICATION_GRAPH, app.status, ApplicationStatus.CREATED)
    if not about_links_aup:
        raise ActionError("the account's About page must link to the school's acceptable use policy")
    account = OfficialAccount.objects.create(
        school=membership.school, application=app, platform=app.platform, name=app.name, url=url, handle=handle,
        about_links_aup=True, lead=app.lead, recorded_by=membership.user,
    )
    account.runners.set(app.runners.all())
    app.status = ApplicationStatus.CREATED
    app.save(update_fields=["status"])
    record(membership.user, membership.school, "account.recorded", account, application=app.pk, url=url,
           handle=handle)
    return account


#: Platforms where a school may run its own server (a Bluesky PDS, a Mastodon instance): their
#: login can name the server it signs in to.
FEDERATED_PLATFORMS = frozenset({Platform.BLUESKY, Platform.MASTODON})
#: Plain http is allowed only for a server on this machine (a local PDS in development and tests):
#: a login sent anywhere else must be encrypted on the way.
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


# Marked for translation: the login form shows them next to the field in the user's language.
SERVER_NOT_WEB = gettext_noop("the server address must be a web address such as https://pds.example.org")
SERVER_NOT_HTTPS = gettext_noop("the server address must start with https:// (the login is sent to it)")
SERVER_NOT_BARE = gettext_noop("the server address must be the server only, with no ?, # or sign-in in it")


def checked_server_address(address: str) -> str:
    """The server address with no trailing slash, or ActionError saying what is wrong with it."""
    address = address.strip().rstrip("/")
    if not address:
        return ""
    parts = urlsplit(address)
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise ActionError(SERVER_NOT_WEB)
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise ActionError(SERVER_NOT_HTTPS)
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ActionError(SERVER_NOT_BARE)
    return address


@transaction.atomic
def do_store_login(membership: Membership, account: OfficialAccount, username: str, password: str,
                   notes: str = "", base_url: str = "") -> None:
    """Encrypt and store the account's login (replacing any earlier one). ``base_url`` is the
    server of a federated account (a school's own Bluesky PDS, a Mastodon instance); empty means
    the platform's main server. The trail records the server, never the secret."""
    base_url = checked_server_address(base_url)
    if base_url and account.platform not in FEDERATED_PLATFORMS:
        raise ActionError(f"a {account.get_platform_display()} account has no server address to choose")
    login = {"username": username, "password": password, "notes": notes} | ({"base_url": base_url} if base_url else {})
    OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.seal(login), secret_updated_at=timezone.now())
    record(membership.user, membership.school, "vault.login-stored", account, server=base_url or "default")


@transaction.atomic
def do_store_oauth_login(membership: Membership, account: OfficialAccount, login: dict[str, str]) -> None:
    """Seal the tokens a platform sign-in gave (``accounts.oauth.exchange_code``), replacing any
    earlier login. The trail records the platform and the scopes granted, never a token."""
    if login.get("oauth") != account.platform:
        raise ActionError("that sign-in was for another platform")
    sealed = {"username": account.handle, "notes": "", **login}
    OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.seal(sealed), secret_updated_at=timezone.now())
    record(membership.user, membership.school, "vault.oauth-connected", account, platform=account.platform,
           scopes=login.get("scope", ""))


@transaction.atomic
def do_reveal_login(membership: Membership, account: OfficialAccount) -> dict[str, str]:
    """Decrypt the login for someone who has just re-authenticated; recorded as an event."""
    if not account.secret:
        raise ActionError("no login is stored for this account")
    login = vault.unseal(account.secret)
    record(membership.user, membership.school, "vault.login-revealed", account)
    return login


@transaction.atomic
def do_flag_leaver_accounts(actor: object, staff: StaffMember) -> list[OfficialAccount]:
    """Flag every active account a leaver leads or runs, until someone transfers or closes it."""
    ids = set(OfficialAccount.objects.filter(Q(lead=staff) | Q(runners=staff), school=staff.school_id,
                                             status=AccountStatus.ACTIVE).values_list("pk", flat=True))
    # Lock separately: PostgreSQL refuses FOR UPDATE with the DISTINCT the join above needs.
    accounts = list(OfficialAccount.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
    for account in accounts:
        require(ACCOUNT_GRAPH, account.status, AccountStatus.FLAGGED)
        account.status, account.flagged_at = AccountStatus.FLAGGED, timezone.now()
        # A name people know, not the MIS code (the audit event keeps the code).
        account.flag_reason = f"{staff} has left the school"
        account.save(update_fields=["status", "flagged_at", "flag_reason"])
        record(actor, staff.school, "account.flagged", account, leaver=staff.staff_id)  # type: ignore[arg-type]
    return accounts


@transaction.atomic
def do_transfer_account(membership: Membership, account: OfficialAccount, lead: StaffMember,
                        runners: Sequence[StaffMember]) -> None:
    """Hand a flagged account to people still at the school; clears the flag."""
    require(ACCOUNT_GRAPH, account.status, AccountStatus.ACTIVE)
    _check_people(membership, lead, runners)
    account.lead, account.status, account.flag_reason, account.flagged_at = lead, AccountStatus.ACTIVE, "", None
    account.save(update_fields=["lead", "status", "flag_reason", "flagged_at"])
    account.runners.set(runners)
    record(membership.user, membership.school, "account.transferred", account, lead=lead.staff_id,
           runners=sorted(r.staff_id for r in runners))


@transaction.atomic
def do_close_account(membership: Membership, account: OfficialAccount, reason: str) -> None:
    """Close an account (it stays in the registry as a record)."""
    require(ACCOUNT_GRAPH, account.status, AccountStatus.CLOSED)
    if not reason.strip():
        raise ActionError("say why the account is closed")
    account.status, account.flag_reason = AccountStatus.CLOSED, reason
    account.save(update_fields=["status", "flag_reason"])
    record(membership.user, membership.school, "account.closed", account, reason=reason)


@transaction.atomic
def do_rotate_vault_key(actor: object = None) -> int:
    """Put a new key first and re-encrypt every stored login with it. Returns how many."""
    from cryptography.fernet import Fernet

    vault.write_keys([Fernet.generate_key(), *vault.keys()])
    count = _reencrypt_every_login()
    record(actor, None, "vault.key-rotated", count=count)  # type: ignore[arg-type]
    return count


@transaction.atomic
def do_reencrypt_vault(actor: object = None) -> int:
    """Re-encrypt every stored login with the newest key (after it was put first by hand in
    SAFEPOST_VAULT_KEYS). Returns how many."""
    count = _reencrypt_every_login()
    record(actor, None, "vault.reencrypted", count=count)  # type: ignore[arg-type]
    return count


def do_retire_vault_keys(actor: object = None) -> int:
    """Re-encrypt every login with the newest key, then drop the older keys: a key taken with an
    old backup no longer opens anything stored now. Returns how many keys were retired. With
    SAFEPOST_VAULT_KEYS the admin removes them from that value; this checks it is safe to."""
    do_reencrypt_vault(actor)  # committed before any key is dropped
    with transaction.atomic():
        accounts = OfficialAccount.objects.select_for_update().exclude(secret="")
        stuck = sum(1 for account in accounts if not vault.opens_with_newest_key_only(account.secret))
        if stuck:
            raise vault.VaultError(f"{stuck} stored login(s) still need an older key; no key was retired")
        current = vault.keys()
        if len(current) > 1 and not vault.keys_from_environment():
            vault.write_keys(current[:1])
        where = "environment (remove by hand)" if vault.keys_from_environment() else "key file"
        record(actor, None, "vault.keys-retired", retired=len(current) - 1, where=where)  # type: ignore[arg-type]
    return len(current) - 1


def _reencrypt_every_login() -> int:
    count = 0
    for account in OfficialAccount.objects.select_for_update().exclude(secret=""):
        OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.rotate_token(account.secret))
        count += 1
    return count


@transaction.atomic
def do_record_connection_check(membership: Membership, account: OfficialAccount, result: CheckResult) -> None:
    """Record what "Check the connection" found on the account, and in the trail (no secret)."""
    OfficialAccount.objects.filter(pk=account.pk).update(
        connection_checked_at=result.checked_at, connection_status=result.status,
        connection_retry_at=result.retry_at)
    account.connection_checked_at, account.connection_status = result.checked_at, result.status
    account.connection_retry_at = result.retry_at
    record(membership.user, membership.school, "account.connection-checked", account, platform=account.platform,
           result=result.status.value)
