from __future__ import annotations

from typing import Any

from django.apps import AppConfig


class SigninConfig(AppConfig):
    name = "safepost.signin"
    label = "signin"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_login_failed

        user_login_failed.connect(_audit_failed_sign_in, dispatch_uid="safepost-audit-failed-sign-in")


def _audit_failed_sign_in(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    """Every failed password check (sign-in and re-confirmation pages, through django-axes,
    which handles the signal first and marks a locked request) goes into the audit trail."""
    from safepost.signin.actions import do_record_failed_sign_in

    do_record_failed_sign_in(str(credentials.get("username") or ""), bool(getattr(request, "axes_locked_out", False)))
