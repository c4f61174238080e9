from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "safepost.web"
    label = "web"
    verbose_name = "safepost web"

    def ready(self) -> None:
        from safepost.web import checks  # noqa: F401  (registers the system checks)
