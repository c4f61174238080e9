from __future__ import annotations

from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "safepost.safeguarding"
    label = "safeguarding"
