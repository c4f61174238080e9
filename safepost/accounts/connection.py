"""The account page's "Check the connection": sign in to the platform with the vault's
credentials and say, in plain words, whether safepost can use the account.

``check_connection`` calls the platform (outside any transaction, no writes); the view then
records the result with ``actions.do_record_connection_check``. The login is never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from safepost.accounts import vault
from safepost.accounts.credentials import MissingLogin, credentials_for
from safepost.accounts.models import ConnectionStatus, OfficialAccount, Platform
from safepost.connectors import Credentials, Health, connector_for

log = logging.getLogger("safepost.accounts.connection")

#: How long each platform's rate-limit window lasts, to say when to try again (the connector's
#: health() answers RATE_LIMITED without a time). YouTube's quota is daily.
RATE_WINDOW = {
    Platform.X: timedelta(minutes=15),  # X API v2: 15-minute windows
    Platform.MASTODON: timedelta(minutes=5),  # Mastodon: 300 requests per 5 minutes
    Platform.BLUESKY: timedelta(minutes=5),
    Platform.FACEBOOK: timedelta(hours=1),  # Graph API: usage over a rolling hour
    Platform.INSTAGRAM: timedelta(hours=1),
    Platform.YOUTUBE: timedelta(hours=24),  # Data API quota resets daily
}

STATUS_OF = {Health.OK: ConnectionStatus.OK, Health.BAD_CREDENTIALS: ConnectionStatus.BAD_CREDENTIALS,
             Health.UNREACHABLE: ConnectionStatus.UNREACHABLE, Health.RATE_LIMITED: ConnectionStatus.RATE_LIMITED}


@dataclass(frozen=True)
class CheckResult:
    status: ConnectionStatus
    checked_at: datetime
    retry_at: datetime | None = None


def can_check(account: OfficialAccount) -> bool:
    """Whether the platform has a connector that signs in (not a platform posted by hand)."""
    try:
        probe = connector_for(account.platform, Credentials(handle="", secret=""))
    except KeyError:
        return False
    capabilities = probe.capabilities
    return capabilities.publish or capabilities.fetch_comments


def check_connection(account: OfficialAccount, timeout: float = 15.0) -> CheckResult:
    """Ask the platform now; never raises for a platform's answer or a missing login."""
    now = timezone.now()
    try:
        connector = connector_for(account.platform, credentials_for(account), timeout=timeout)
        health = connector.health()
    except (MissingLogin, vault.VaultError):
        return CheckResult(ConnectionStatus.NO_LOGIN, now)
    except KeyError:
        return CheckResult(ConnectionStatus.UNREACHABLE, now)
    except Exception:  # a connector bug must not become a 500; the log names the account, not the login
        log.exception("connection check of account %s failed unexpectedly", account.pk)
        return CheckResult(ConnectionStatus.UNREACHABLE, now)
    status = STATUS_OF[health]
    retry_at = now + RATE_WINDOW.get(Platform(account.platform), timedelta(minutes=15)) \
        if status == ConnectionStatus.RATE_LIMITED else None
    return CheckResult(status, now, retry_at)
