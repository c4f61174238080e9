"""Sign-in pages: password, second factor, re-authentication, language, API tokens."""

from __future__ import annotations

import base64
import logging
from io import BytesIO
from typing import Any

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import auth, messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.signin import access, actions, oidc, throttle
from safepost.signin.forms import CodeForm, LanguageForm, PasswordForm, SignInForm, TokenForm
from safepost.signin.middleware import needs_second_factor, redirect_to_otp


def _oidc_errors() -> tuple[type[Exception], ...]:
    from authlib.common.errors import AuthlibBaseError
    from joserfc.errors import JoseError
    from requests import RequestException

    return (AuthlibBaseError, JoseError, RequestException, ValueError, KeyError)


#: What a misbehaving provider, a replayed or forged callback, or a network failure raises.
OIDC_ERRORS = _oidc_errors()
OIDC_FAILURES: tuple[type[Exception], ...] = (oidc.OidcRefused, *OIDC_ERRORS)


def signed_in(request: HttpRequest) -> AbstractBaseUser:
    """The signed-in user of a ``login_required`` view (typed: never anonymous here)."""
    user = request.user
    if isinstance(user, AnonymousUser):
        raise PermissionDenied
    return user


def safe_next(request: HttpRequest, default: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    ok = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if target and ok else default


def login_view(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        check = throttle.check_password(request, form.cleaned_data["username"], form.cleaned_data["password"])
        if check.user is not None:
            actions.do_sign_in(request, check.user)
            return redirect(safe_next(request))
        if not check.refused:
            form.add_error(None, _("That username and password do not match."))
        if check.locked:
            status = 429 if check.refused else 200
            form.add_error(None, _("Too many failed attempts. Wait a few minutes and try again, "
                                   "or reset your password."))
    return render(request, "signin/login.html", {"form": form, "next": safe_next(request, ""), "oidc": oidc.config()},
                  status=status)


def oidc_start_view(request: HttpRequest) -> HttpResponse:
    """Send the browser to the school's identity provider (authorisation code + PKCE)."""
    cfg = oidc.config()
    if cfg is None:
        raise Http404("OpenID Connect sign-in is off")
    request.session["oidc_next"] = safe_next(request, "")
    try:
        return oidc.client(cfg).authorize_redirect(request, request.build_absolute_uri(reverse("signin:oidc-callback")))
    except OIDC_ERRORS as exc:
        return _oidc_failed(request, cfg, exc)


def oidc_callback_view(request: HttpRequest) -> HttpResponse:
    """The provider sends the browser back here with a code; exchange it and sign the user in."""
    cfg = oidc.config()
    if cfg is None:
        raise Http404("OpenID Connect sign-in is off")
    try:
        token = oidc.client(cfg).authorize_access_token(request, claims_options=oidc.claims_options(cfg))
        claims = dict(token.get("userinfo") or {})
        if not claims:
            raise oidc.OidcRefused("the provider sent no ID token")
        user = oidc.resolve_user(cfg, claims)
    except OIDC_FAILURES as exc:
        return _oidc_failed(request, cfg, exc)
    target = request.session.pop("oidc_next", "") or "/"
    actions.do_sign_in(request, user)
    return redirect(target)


def _oidc_failed(request: HttpRequest, cfg: oidc.OidcConfig, exc: Exception) -> HttpResponse:
    reason = str(exc) if isinstance(exc, oidc.OidcRefused) else type(exc).__name__
    logging.getLogger("safepost.signin").warning("OpenID Connect sign-in failed: %s", reason)
    error = _("Signing in with %(provider)s did not work: %(reason)s. Sign in with your password, "
              "or ask your school's administrator.") % {"provider": cfg.label, "reason": reason}
    return render(request, "signin/login.html", {"form": SignInForm(), "next": "", "oidc": cfg, "oidc_error": error},
                  status=403)


@login_required
def otp_view(request: HttpRequest) -> HttpResponse:
    """Check a TOTP code; the first time, show the QR code to enrol the authenticator app."""
    user = signed_in(request)
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = confirmed or actions.pending_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            actions.do_pass_second_factor(request, device)
            return redirect(safe_next(request))
        form.add_error("code", _("That code is not right. Codes change every 30 seconds."))
    context = {"form": form, "enrolling": confirmed is None, "next": safe_next(request, "")}
    if confirmed is None:
        context |= {"secret": actions.device_secret(device), "qr": _qr_svg(device.config_url)}
    return render(request, "signin/otp.html", context)


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@login_required
def reauth_view(request: HttpRequest) -> HttpResponse:
    """Ask for the password again before something sensitive (revealing a vault login).

    Throttled with the sign-in page (one count per username and address), and a session
    that gets the password wrong ``SAFEPOST_REAUTH_ATTEMPTS`` times, or is locked, is
    signed out: whoever holds it does not know the password."""
    user = signed_in(request)
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        check = throttle.check_password(request, user.get_username(), form.cleaned_data["password"])
        if check.user is not None and check.user.pk == user.pk:
            actions.do_reauthenticate(request)
            return redirect(safe_next(request))
        failures = actions.do_record_failed_reauth(request)
        if check.locked or failures >= settings.SAFEPOST_REAUTH_ATTEMPTS:
            actions.do_sign_out_after_failed_reauth(request)
            messages.error(request, _("You were signed out after too many wrong passwords. Sign in again."))
            return redirect("signin:login")
        form.add_error("password", _("That password is not right."))
    return render(request, "signin/reauth.html", {"form": form, "next": safe_next(request, "")})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    auth.logout(request)
    return redirect("signin:login")


@require_POST
def language_view(request: HttpRequest) -> HttpResponse:
    form = LanguageForm(request.POST)
    if form.is_valid():
        actions.do_set_language(request, form.cleaned_data["language"])
    response = HttpResponseRedirect(safe_next(request))
    if form.is_valid():
        response.set_cookie("django_language", form.cleaned_data["language"], samesite="Lax", max_age=31536000)
    return response


class ResetView(auth_views.PasswordResetView):
    """Django's reset-by-email form; the link in the email uses the configured site URL (never
    the address in the request's Host header, which whoever asks could choose)."""

    template_name = "signin/reset.html"
    email_template_name = "signin/reset_email.txt"
    subject_template_name = "signin/reset_subject.txt"
    success_url = reverse_lazy("signin:reset-sent")

    def form_valid(self, form: Any) -> HttpResponse:
        from safepost.web.links import site_url

        self.extra_email_context = {"site_url": site_url()}
        return super().form_valid(form)


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's reset-by-email page, then forget the username's failed sign-ins."""

    template_name = "signin/reset_confirm.html"
    success_url = reverse_lazy("signin:reset-done")

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        actions.do_record_password_reset(form.user)
        return response


@login_required
def tokens_view(request: HttpRequest) -> HttpResponse:
    """List, create and revoke the user's own API tokens.

    The middleware keeps a session that still owes the second factor away from this page;
    the token records whether its session had passed it, so it never carries more."""
    user = signed_in(request)
    if needs_second_factor(request):  # the middleware already sends such a session away; this page must not rely on it
        return redirect_to_otp(request)
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        verified = bool(getattr(user, "is_verified", lambda: False)())  # set by django_otp's middleware
        new_token = actions.do_create_token(user, form.cleaned_data["name"], verified=verified)
        form = TokenForm()
    return render(request, "signin/tokens.html", {"form": form, "tokens": access.own_tokens(user),
                                                  "new_token": new_token, "token_days": settings.SAFEPOST_TOKEN_DAYS})


@require_POST
@login_required
def revoke_token_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = signed_in(request)
    token = access.access_own_token(user, pk)
    actions.do_revoke_token(user, token)
    messages.success(request, _("Token revoked."))
    return redirect("signin:tokens")
