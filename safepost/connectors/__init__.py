"""Platform connectors: one module per platform behind one interface (``base.Connector``).

Pure Python: never imports Django or the engine. ``connector_for(platform, credentials)`` is
the one way the web apps get a connector.
"""

from __future__ import annotations

from safepost.connectors.base import (
    Capabilities,
    Connector,
    ConnectorError,
    Credentials,
    Health,
    NotSupported,
    OutgoingPost,
    Photo,
    Published,
    RemoteComment,
)

__all__ = [
    "Capabilities",
    "Connector",
    "ConnectorError",
    "Credentials",
    "Health",
    "NotSupported",
    "OutgoingPost",
    "Photo",
    "Published",
    "RemoteComment",
    "connector_for",
]

_MANUAL = "safepost.connectors.manual:ManualConnector"
_REGISTRY: dict[str, str] = {
    # platform value (accounts.models.Platform) -> "module:Class"
    "bluesky": "safepost.connectors.bluesky:BlueskyConnector",
    "mastodon": "safepost.connectors.mastodon:MastodonConnector",
    "x": "safepost.connectors.x:XConnector",
    "youtube": "safepost.connectors.youtube:YouTubeConnector",
    "facebook": "safepost.connectors.facebook:FacebookConnector",
    "instagram": "safepost.connectors.instagram:InstagramConnector",
    # No API to publish through: a person copies the post (see manual.py).
    "classdojo": _MANUAL,
    "seesaw": _MANUAL,
    "vle": _MANUAL,
    "blog": _MANUAL,
    "other": _MANUAL,
    # No connector yet: manual until there is one.
    "tiktok": _MANUAL,
    "linkedin": _MANUAL,
}


def connector_for(platform: str, credentials: Credentials, **kwargs: float) -> Connector:
    """A connector for this platform, or KeyError naming the platform when none exists.

    Check ``connector.capabilities`` before calling: the manual connector (every capability False)
    stands in for platforms without an API connector.
    """
    import importlib

    target = _REGISTRY.get(platform)
    if target is None:
        raise KeyError(f"no connector for platform {platform!r}")
    module, cls = target.split(":")
    connector: Connector = getattr(importlib.import_module(module), cls)(credentials, **kwargs)
    return connector
