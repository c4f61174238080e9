"""Official accounts: list, apply, decide, record, the vault, transfer and close."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.accounts import actions, connection, oauth, vault
from safepost.accounts.access import access_account, access_application
from safepost.accounts.forms import (
    ApplicationForm,
    CloseForm,
    DecisionForm,
    LoginForm,
    RecordAccountForm,
    TransferForm,
)
from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus, InvalidTransition
from safepost.schools.access import Perm, access_school
from safepost.signin.actions import recently_reauthenticated
from safepost.web.pages import page


@login_required
def list_accounts(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_ACCOUNTS)
    scope = membership.school
    return page(request, "accounts/list.html", membership,
                applications=Application.objects.filter(school=scope).exclude(status=ApplicationStatus.CREATED)
                .select_related("lead"),
                accounts=OfficialAccount.objects.filter(school=scope).select_related("lead"))


@login_required
def apply_account(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.APPLY_ACCOUNT)
    form = ApplicationForm(request.POST or None, school=membership.school)
    if request.method == "POST" and form.is_valid():
        data = actions.ApplicationInput(**form.cleaned_data)
        try:
            app = actions.do_apply_for_account(membership, data)
        except actions.ActionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Application sent to senior leadership."))
            return redirect("accounts:show-application", school=school, pk=app.pk)
    return page(request, "accounts/apply.html", membership, form=form)


@login_required
def show_application(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, app = access_application(request.user, school, pk)
    return page(request, "accounts/application.html", membership, app=app,
                decision_form=DecisionForm(), record_form=RecordAccountForm())


@require_POST
@login_required
def decide_application(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, app = access_application(request.user, school, pk, Perm.DECIDE_APPLICATION)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            actions.do_decide_application(membership, app, form.cleaned_data["decision"] == "approve",
                                          form.cleaned_data["reason"])
        except InvalidTransition:
            messages.error(request, _("This application has already been decided."))
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("accounts:show-application", school=school, pk=pk)
    return page(request, "accounts/application.html", membership, status=400, app=app, decision_form=form,
                record_form=RecordAccountForm())


@require_POST
@login_required
def record_account(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, app = access_application(request.user, school, pk, Perm.RECORD_ACCOUNT)
    form = RecordAccountForm(request.POST)
    if form.is_valid():
        try:
            account = actions.do_record_account(membership, app, form.cleaned_data["url"],
                                                form.cleaned_data["handle"], form.cleaned_data["about_links_aup"])
        except (actions.ActionError, InvalidTransition) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Account recorded. Now store its login in the vault."))
            return redirect("accounts:show-account", school=school, pk=account.pk)
    return page(request, "accounts/application.html", membership, status=400, app=app,
                decision_form=DecisionForm(), record_form=form)


def _account_page(request: HttpRequest, membership: object, account: OfficialAccount, status: int = 200,
                  **forms: object) -> HttpResponse:
    app = oauth.app_for(account.platform)
    context = {"login_form": LoginForm(platform=account.platform), "transfer_form": TransferForm(school=account.school),
               "close_form": CloseForm(), "oauth_app": app, "can_check": connection.can_check(account)} | forms
    response = page(request, "accounts/account.html", membership, status=status, account=account,  # type: ignore[arg-type]
                    flagged=account.status == AccountStatus.FLAGGED, **context)
    if app is not None:
        # The Connect form's answer is a redirect to the platform's sign-in page: the page's
        # Content-Security-Policy (form-action 'self') must allow that one origin, or the browser stops it.
        parts = urlsplit(app.authorize_url)
        response._csp_update = {"form-action": [f"{parts.scheme}://{parts.netloc}"]}  # type: ignore[attr-defined]
    return response


@login_required
def show_account(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk)
    return _account_page(request, membership, account)


@require_POST
@login_required
def store_login(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk, Perm.USE_VAULT)
    form = LoginForm(request.POST, platform=account.platform)
    if form.is_valid():
        try:
            actions.do_store_login(membership, account, **form.cleaned_data)
        except actions.ActionError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return _account_page(request, membership, account, status=400, login_form=form)
    messages.success(request, _("Login stored in the vault, encrypted."))
    return redirect("accounts:show-account", school=school, pk=pk)


@require_POST
@login_required
def reveal_login(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk, Perm.USE_VAULT)
    here = reverse("accounts:show-account", kwargs={"school": school, "pk": pk})
    if not recently_reauthenticated(request):
        return redirect(reverse("signin:reauth") + "?" + urlencode({"next": here}))
    try:
        login = actions.do_reveal_login(membership, account)
    except (actions.ActionError, vault.VaultError) as exc:
        messages.error(request, str(exc))
        return redirect(here)
    response = _account_page(request, membership, account, revealed=login)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@login_required
def transfer_account(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk, Perm.RESOLVE_FLAG)
    form = TransferForm(request.POST, school=membership.school)
    if form.is_valid():
        try:
            actions.do_transfer_account(membership, account, form.cleaned_data["lead"], form.cleaned_data["runners"])
        except (actions.ActionError, InvalidTransition) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Account handed over; the flag is cleared."))
            return redirect("accounts:show-account", school=school, pk=pk)
    return _account_page(request, membership, account, status=400, transfer_form=form)


@require_POST
@login_required
def close_account(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, account = access_account(request.user, school, pk, Perm.RESOLVE_FLAG)
    form = CloseForm(request.POST)
    if form.is_valid():
        try:
            actions.do_close_account(membership, account, form.cleaned_data["reason"])
        except (actions.ActionError, InvalidTransition) as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Account closed."))
            return redirect("accounts:show-account", school=school, pk=pk)
    return _account_page(request, membership, account, status=400, close_form=form)


@require_POST
@login_required
def connect_account(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Start signing in to the platform (X, YouTube): the tokens it gives go into the vault."""
    _membership, account = access_account(request.user, school, pk, Perm.USE_VAULT)
    app = oauth.app_for(account.platform)
    if app is None:
        messages.error(request, _("Signing in to this platform is not set up on this installation."))
        return redirect("accounts:show-account", school=school, pk=pk)
    callback = request.build_absolute_uri(reverse("oauth-callback"))
    return redirect(oauth.authorization_url(request.session, app, account, callback))


@require_POST
@login_required
def check_account_connection(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Sign in to the platform with the vault's login now; the account page says what was found."""
    membership, account = access_account(request.user, school, pk, Perm.USE_VAULT)
    if not connection.can_check(account):
        messages.error(request, _("safepost has no connection to %(platform)s to check: it is posted to by hand.")
                       % {"platform": account.get_platform_display()})
        return redirect("accounts:show-account", school=school, pk=pk)
    result = connection.check_connection(account)  # the platform call: outside any transaction
    actions.do_record_connection_check(membership, account, result)
    return redirect(reverse("accounts:show-account", kwargs={"school": school, "pk": pk}) + "#connection")


@login_required
def oauth_callback(request: HttpRequest) -> HttpResponse:
    """Where the platform sends the browser back: check state, swap the code for tokens, store them."""
    started = oauth.pending(request.session)
    if started is None:
        return page_error(request, _("This sign-in has expired or was not started here. Start again from the "
                                     "account's page."))
    membership, account = access_account(request.user, str(started["school"]), started["account"], Perm.USE_VAULT)
    here = reverse("accounts:show-account", kwargs={"school": membership.school.slug, "pk": account.pk})
    if request.GET.get("error"):
        messages.error(request, _("The platform did not give access: %(reason)s") %
                       {"reason": request.GET.get("error_description") or request.GET["error"]})
        return redirect(here)
    try:
        login = oauth.exchange_code(started, request.GET.get("state", ""), request.GET.get("code", ""))
        actions.do_store_oauth_login(membership, account, login)
    except oauth.OAuthError as exc:
        return page_error(request, str(exc), back=here)
    except actions.ActionError as exc:
        messages.error(request, str(exc))
        return redirect(here)
    messages.success(request, _("Connected: the sign-in is stored in the vault, encrypted."))
    return redirect(here)


def page_error(request: HttpRequest, message: str, back: str = "") -> HttpResponse:
    from django.shortcuts import render

    return render(request, "accounts/connect_failed.html", {"message": message, "back": back}, status=400)
