from __future__ import annotations

from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "safepost.inbox"
    label = "inbox"
