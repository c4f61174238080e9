from __future__ import annotations

from django.apps import AppConfig


class SigninConfig(AppConfig):
    name = "safepost.signin"
    label = "signin"
