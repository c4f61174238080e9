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

_REGISTRY: dict[str, str] = {
    # platform value (accounts.models.Platform) -> "module:Class"; filled as connectors land
}


def connector_for(platform: str, credentials: Credentials, **kwargs: float) -> Connector:
    """A connector for this platform, or KeyError naming the platform when none exists."""
    import importlib

    target = _REGISTRY.get(platform)
    if target is None:
        raise KeyError(f"no connector for platform {platform!r}")
    module, cls = target.split(":")
    connector: Connector = getattr(importlib.import_module(module), cls)(credentials, **kwargs)
    return connector
