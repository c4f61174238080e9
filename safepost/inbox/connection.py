"""The connector for an account, with its login from the vault (never logged)."""

from __future__ import annotations

from safepost.accounts.credentials import credentials_for
from safepost.accounts.models import OfficialAccount
from safepost.connectors import Capabilities, Connector, Credentials, RemoteComment, connector_for
from safepost.inbox.models import Comment


def connector_of(account: OfficialAccount, timeout: float = 20.0) -> Connector | None:
    """The account's connector, or None for a platform safepost has none for."""
    try:
        return connector_for(account.platform, credentials_for(account, required=False), timeout=timeout)
    except KeyError:
        return None


def capabilities_of(account: OfficialAccount) -> Capabilities | None:
    """What the platform's connector can do (read without a login), or None without a connector."""
    try:
        return connector_for(account.platform, Credentials(handle="", secret="")).capabilities
    except KeyError:
        return None


def remote_of(comment: Comment) -> RemoteComment:
    """The platform's view of a stored comment, for the connector's reply, hide and delete."""
    return RemoteComment(remote_id=comment.remote_id, text=comment.text, author_handle=comment.author_handle,
                         created_at=comment.received_at, post_remote_id=comment.post_remote_id,
                         parent_remote_id=comment.parent_remote_id or None, url=comment.url,
                         author_remote_id=comment.author_remote_id)
