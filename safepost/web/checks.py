"""System checks that explain a bad setting instead of failing later with a traceback."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from safepost.web.config import PROBLEMS


@register(Tags.compatibility)
def check_environment(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    """Every problem :mod:`safepost.web.config` noticed while reading the environment."""
    return [
        Error(f"{p.setting}: {p.message}", hint=p.hint, id=f"safepost.E{index:03d}")
        for index, p in enumerate(PROBLEMS, start=1)
    ]


@register(Tags.security, deploy=True)
def check_deployment(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    found: list[Error | Warning] = []
    if settings.DEBUG:
        found.append(Warning("SAFEPOST_DEBUG is on", hint="turn it off outside development", id="safepost.W001"))
    if settings.DEMO:
        found.append(Warning("SAFEPOST_DEMO is on: demo helpers are enabled",
                             hint="unset SAFEPOST_DEMO for a real school", id="safepost.W002"))
    return found
