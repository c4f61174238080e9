"""The one place a connector's credentials are made from an account's vault entry.

Publishing, the inbox and the account page's connection check all call ``credentials_for``: the
login is unsealed (an X or YouTube token refreshed first if it has expired, see
``oauth.fresh_login``), and ``extra`` carries what a connector may read beside the token: the
OAuth user or channel id, and for Facebook and Instagram the deployment's Meta app id and
secret (``health`` asks Meta's ``debug_token`` when the token expires). The secret is never
logged and never put in an error message.
"""

from __future__ import annotations

from django.conf import settings

from safepost.accounts import oauth
from safepost.accounts.models import OfficialAccount, Platform
from safepost.connectors import Credentials

#: Platforms whose token comes from Facebook Login and whose API is Meta's Graph API.
META_PLATFORMS = frozenset({Platform.FACEBOOK, Platform.INSTAGRAM})


class MissingLogin(Exception):
    """The account has no login in the vault."""


def _meta_extra() -> dict[str, str]:
    app_id, app_secret = settings.SAFEPOST_FACEBOOK_APP_ID, settings.SAFEPOST_FACEBOOK_APP_SECRET
    return {"app_id": app_id, "app_secret": app_secret} if app_id and app_secret else {}


def _base_url(account: OfficialAccount, login: dict[str, str]) -> str:
    """The server the login signs in to: the stored one (a Bluesky PDS, a Mastodon instance), else
    the configured Graph API for Meta's platforms (empty: Meta's own), else the platform's main one."""
    stored = login.get("base_url") or login.get("server") or ""
    if stored or account.platform not in META_PLATFORMS:
        return stored
    return str(getattr(settings, "SAFEPOST_GRAPH_URL", "") or "")


def credentials_for(account: OfficialAccount, *, required: bool = True) -> Credentials:
    """The account's credentials for its connector. Without a stored login: MissingLogin when
    ``required`` (publishing), else empty credentials (a manual platform's inbox)."""
    if not account.secret:
        if required:
            raise MissingLogin
        return Credentials(handle=account.handle, secret="")
    login = oauth.fresh_login(account)  # an X or YouTube token is refreshed (and stored) first if expired
    extra = oauth.connector_extra(login)
    if account.platform in META_PLATFORMS:
        extra |= _meta_extra()
    return Credentials(handle=login.get("username") or account.handle, secret=login.get("password", ""),
                       base_url=_base_url(account, login), extra=extra)
