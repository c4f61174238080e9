"""Every write of the connect app: storing a Page token from Facebook Login, and comments from Meta's webhooks.

Both go through the owning apps' actions (``accounts.actions.do_store_login`` seals the token in
the vault; ``inbox.ingest.do_ingest_comments`` stores and triages comments), each atomic and
audited. The token never reaches the audit trail or a log.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from safepost.accounts import vault
from safepost.accounts.actions import ActionError, do_store_login
from safepost.accounts.credentials import META_PLATFORMS
from safepost.accounts.models import OfficialAccount, Platform
from safepost.accounts.states import AccountStatus
from safepost.audit.chain import record
from safepost.connectors import RemoteComment
from safepost.connectors.facebook import PageComment, PageGrant
from safepost.schools.models import Membership


@dataclass(frozen=True)
class MetaApp:
    """The school's (or the deployment's) Meta app, from settings; a secret-bearing value."""

    app_id: str
    app_secret: str
    verify_token: str
    graph_url: str
    dialog_url: str
    public_url: str

    @property
    def redirect_uri(self) -> str:
        return self.public_url + reverse("connect:facebook-done")

    def __repr__(self) -> str:
        return f"MetaApp(app_id={self.app_id!r}, app_secret=<hidden>)"


def meta_app() -> MetaApp | None:
    """The configured Meta app, or None while Facebook Login is not set up."""
    if not (settings.SAFEPOST_FACEBOOK_APP_ID and settings.SAFEPOST_FACEBOOK_APP_SECRET):
        return None
    return MetaApp(app_id=settings.SAFEPOST_FACEBOOK_APP_ID, app_secret=settings.SAFEPOST_FACEBOOK_APP_SECRET,
                   verify_token=settings.SAFEPOST_FACEBOOK_VERIFY_TOKEN, graph_url=settings.SAFEPOST_GRAPH_URL,
                   dialog_url=settings.SAFEPOST_FACEBOOK_DIALOG_URL, public_url=settings.SAFEPOST_PUBLIC_URL)


def grant_matches(account: OfficialAccount, grant: PageGrant) -> bool:
    """Whether this Page (or its Instagram account) is the one the account record names."""
    handle = account.handle.strip().lstrip("@").lower()
    if account.platform == Platform.INSTAGRAM:
        return bool(grant.instagram_id) and handle in {grant.instagram_id, grant.instagram_username.lower()}
    return handle in {grant.page_id, grant.name.strip().lower()} or grant.page_id in account.url


def usable_grants(account: OfficialAccount, grants: list[PageGrant]) -> list[PageGrant]:
    """The Pages that can serve this account (for Instagram: Pages with an Instagram account)."""
    if account.platform == Platform.INSTAGRAM:
        return [grant for grant in grants if grant.instagram_id]
    return list(grants)


@transaction.atomic
def do_connect_account(membership: Membership, account: OfficialAccount, grant: PageGrant) -> None:
    """Seal the Page token in the vault as the account's login; audited without the token."""
    if account.platform not in META_PLATFORMS:
        raise ActionError("only Facebook and Instagram accounts connect with Facebook Login")
    if account.platform == Platform.INSTAGRAM:
        if not grant.instagram_id:
            raise ActionError(f"the Facebook Page {grant.name} has no Instagram professional account linked to it")
        username, notes = grant.instagram_id, (f"Instagram @{grant.instagram_username} through the Facebook Page "
                                               f"{grant.name}, connected with Facebook Login")
    else:
        username, notes = grant.page_id, f"Facebook Page {grant.name}, connected with Facebook Login"
    do_store_login(membership, account, username=username, password=grant.access_token, notes=notes)
    record(membership.user, membership.school, "account.connected", account, platform=account.platform,
           page=grant.page_id, instagram=grant.instagram_id or "")


@dataclass
class WebhookResult:
    created: int = 0
    duplicates: int = 0
    unknown_pages: list[str] = field(default_factory=list)


def facebook_accounts_by_page() -> dict[str, list[OfficialAccount]]:
    """Active Facebook accounts keyed by the Page id of their stored login (or their handle)."""
    found: dict[str, list[OfficialAccount]] = defaultdict(list)
    accounts = OfficialAccount.objects.filter(platform=Platform.FACEBOOK).exclude(status=AccountStatus.CLOSED)
    for account in accounts.select_related("school"):
        page_id = account.handle.strip()
        if account.secret:
            try:
                page_id = vault.unseal(account.secret).get("username") or page_id
            except vault.VaultError:
                continue  # a login the keys cannot open: its comments wait for the next poll
        found[page_id].append(account)
    return found


def do_ingest_webhook(page_comments: list[PageComment]) -> WebhookResult:
    """Hand the comments a verified webhook announced to the inbox of each account on that Page."""
    from safepost.inbox.ingest import do_ingest_comments

    result = WebhookResult()
    if not page_comments:
        return result
    by_page: dict[str, list[RemoteComment]] = defaultdict(list)
    for item in page_comments:
        by_page[item.page_id].append(item.comment)
    accounts = facebook_accounts_by_page()
    for page_id, comments in by_page.items():
        if page_id not in accounts:
            result.unknown_pages.append(page_id)
        for account in accounts.get(page_id, []):
            ingested = do_ingest_comments(account, comments, source="webhook")
            result.created += len(ingested.created)
            result.duplicates += ingested.duplicates
    return result
