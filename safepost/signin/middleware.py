"""The user's language, and the second factor that privileged roles must pass."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from safepost.schools.access import SecondFactorRequired
from safepost.signin.access import holds_privileged_role

#: URL prefixes a half-signed-in privileged user may still reach: what it takes to finish or
#: abandon signing in. Not the rest of /signin/: making an API token or confirming the
#: password for a vault reveal needs the whole sign-in, or the token would skip the second
#: factor. The API authenticates by token alone (``access.user_for_token`` applies the rule).
OPEN_PREFIXES = ("/signin/code/", "/signin/out/", "/signin/reset/", "/signin/oidc/",
                 "/static/", "/language/", "/healthz", "/api/")
#: The sign-in page itself (exactly; the other /signin/ pages are not open).
SIGN_IN_PATH = "/signin/"


class UserLanguageMiddleware:
    """Activate the signed-in user's chosen language (after LocaleMiddleware, so it wins)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            language = request.session.get("language")
            if language is None:
                from safepost.signin.models import Profile

                profile = Profile.objects.filter(user=request.user).first()
                language = profile.language if profile else ""
                request.session["language"] = language
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if request.user.is_authenticated and request.session.get("language"):
            response.headers.setdefault("Content-Language", request.session["language"])
        return response


def needs_second_factor(request: HttpRequest) -> bool:
    """A privileged user (in any school) who has not passed TOTP in this session."""
    user = request.user
    # is_verified() is added to the user by django_otp's middleware.
    if not user.is_authenticated or getattr(user, "is_verified")():  # noqa: B009
        return False
    cached = request.session.get("privileged")
    if cached is None:
        cached = holds_privileged_role(user)
        request.session["privileged"] = cached
    return bool(cached)


class SecondFactorMiddleware:
    """Send privileged users to the TOTP page until they pass it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if needs_second_factor(request) and not is_open(request.path):
            return redirect_to_otp(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A view met a privileged role granted after this session decided it needed no TOTP."""
        if isinstance(exception, SecondFactorRequired):
            request.session["privileged"] = True
            return redirect_to_otp(request)
        return None


def is_open(path: str) -> bool:
    return path == SIGN_IN_PATH or path.startswith(OPEN_PREFIXES)


def redirect_to_otp(request: HttpRequest) -> HttpResponse:
    """To the second-factor page, coming back to a sign-in page the user asked for."""
    if request.method == "GET" and request.path.startswith(SIGN_IN_PATH):
        return redirect(reverse("signin:otp") + "?" + urlencode({"next": request.get_full_path()}))
    return redirect("signin:otp")
