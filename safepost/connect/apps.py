from __future__ import annotations

from django.apps import AppConfig


class ConnectConfig(AppConfig):
    """Connecting platforms that need more than a stored password: Facebook Login for Facebook
    Pages and Instagram, Meta's webhooks, and the public photo addresses Instagram fetches."""

    name = "safepost.connect"
    label = "connect"

    def ready(self) -> None:
        from safepost.connect.media import install_photo_host

        install_photo_host()
