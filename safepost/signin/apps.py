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
    """A failed password check that django-axes counted (sign-in and confirmation pages) goes
    into the audit trail; tries refused while the pair is locked do not, so a guesser can add
    at most the lock's few failures per address and lock, not flood the trail. django-axes
    handles the signal first (its app is listed earlier) and marks the request."""
    from safepost.signin.actions import do_record_failed_sign_in

    locked = bool(getattr(request, "axes_locked_out", False))
    if locked and getattr(request, "axes_failures_since_start", None) is None:
        return  # refused while locked: not counted by axes, not recorded here
    do_record_failed_sign_in(str(credentials.get("username") or ""), locked)
