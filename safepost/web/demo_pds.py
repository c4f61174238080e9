"""The demo's local Bluesky account: when a local PDS is running (SAFEPOST_DEMO_PDS, else
SAFEPOST_TEST_PDS, answering ``/xrpc/_health``), the first demo school gets an official Bluesky
account on it, with its login (and the server's address) sealed in the vault, so a demo post can
really be published. Without a PDS the banner says how to turn it on."""

from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass

from safepost.accounts.models import OfficialAccount, Platform
from safepost.accounts.states import AccountStatus
from safepost.schools.models import Membership, Role, School, StaffMember

ACCOUNT_NAME = "School Bluesky (local server)"
HOW_TO_ENABLE = ("  A local Bluesky account: start the local server (tools/pds/run.sh) and set "
                 "SAFEPOST_DEMO_PDS=http://localhost:2583 before `safepost demo`.")


@dataclass(frozen=True)
class DemoBluesky:
    school: str
    account: str
    handle: str
    password: str
    server: str

    def banner_line(self) -> str:
        return (f"  Local Bluesky account of {self.school} ('{self.account}', server {self.server}): "
                f"{self.handle} / {self.password}")


def pds_address() -> str:
    return (os.environ.get("SAFEPOST_DEMO_PDS") or os.environ.get("SAFEPOST_TEST_PDS") or "").strip().rstrip("/")


def pds_answers(server: str, timeout: float = 3.0) -> bool:
    """True when ``server`` answers its health check (a PDS that is up)."""
    if not server.startswith(("http://", "https://")):
        return False
    try:
        with urllib.request.urlopen(f"{server}/xrpc/_health", timeout=timeout) as answer:  # http(s) only: checked above
            return answer.status == 200 and "version" in json.loads(answer.read() or b"{}")
    except (OSError, ValueError, urllib.error.URLError):
        return False


def banner_lines(school: School | None) -> str:
    """The banner's line about the local Bluesky account: its login, or how to enable it."""
    server = pds_address()
    if school is None or not server or not pds_answers(server):
        return HOW_TO_ENABLE
    try:
        demo = seed_bluesky(school, server)
    except Exception as exc:  # a PDS that refuses: the demo still starts, and says why
        return f"  A local Bluesky account could not be made on {server}: {exc}"
    return demo.banner_line()


def seed_bluesky(school: School, server: str) -> DemoBluesky:
    """Make (or reuse) the school's official Bluesky account on the local PDS. Idempotent: a
    stored login that still signs in there is reused; otherwise a new PDS account is created
    (an in-memory PDS forgets its accounts when restarted) and its login replaces the old one."""
    from safepost.accounts import vault

    account = OfficialAccount.objects.filter(school=school, platform=Platform.BLUESKY, name=ACCOUNT_NAME,
                                             status=AccountStatus.ACTIVE).first()
    if account is not None and account.secret:
        login = vault.unseal(account.secret)
        if login.get("base_url") == server and _signs_in(server, login["username"], login["password"]):
            return DemoBluesky(school.name, account.name, login["username"], login["password"], server)
    handle, password = _create_pds_account(server, school.slug)
    admin = _member(school, Role.ADMINISTRATOR)
    if account is None:
        account = _record_account(school, admin, handle, server)
    from safepost.accounts.actions import do_store_login

    do_store_login(admin, account, handle, password, "demo account on the local PDS", base_url=server)
    OfficialAccount.objects.filter(pk=account.pk).update(handle=handle, url=f"{server}/profile/{handle}")
    return DemoBluesky(school.name, account.name, handle, password, server)


def _member(school: School, role: Role) -> Membership:
    found = Membership.objects.select_related("school", "user").filter(school=school, role=role).order_by("pk").first()
    if found is None:
        raise LookupError(f"the demo school {school.slug} has no {role.label.lower()}")
    return found


def _record_account(school: School, admin: Membership, handle: str, server: str) -> OfficialAccount:
    from safepost.accounts.actions import (
        ApplicationInput,
        do_apply_for_account,
        do_decide_application,
        do_record_account,
    )

    staff = list(StaffMember.objects.filter(school=school).order_by("staff_id")[:3])
    app = do_apply_for_account(admin, ApplicationInput(
        platform=Platform.BLUESKY, name=ACCOUNT_NAME, aim="News for families", audience="Parents and carers",
        promotion="Newsletter", visibility="open", lead=staff[0], runners=staff[:2]))
    do_decide_application(_member(school, Role.HEADTEACHER), app, True, "Demo account on the local server")
    return do_record_account(admin, app, f"{server}/profile/{handle}", handle, True)


def _create_pds_account(server: str, slug: str) -> tuple[str, str]:
    from atproto import Client, models

    # The PDS takes a first label of at most 18 characters under its .test domain.
    handle = f"{slug.replace('-', '')[:10]}-{secrets.token_hex(3)}.test"
    password = f"demo-{secrets.token_urlsafe(12)}"
    Client(base_url=f"{server}/xrpc").com.atproto.server.create_account(models.ComAtprotoServerCreateAccount.Data(
        handle=handle, email=f"{handle}@example.test", password=password))
    return handle, password


def _signs_in(server: str, handle: str, password: str) -> bool:
    from atproto import Client, models

    try:
        Client(base_url=f"{server}/xrpc").com.atproto.server.create_session(
            models.ComAtprotoServerCreateSession.Data(identifier=handle, password=password))
    except Exception:
        return False
    return True
