"""Facebook Login for Facebook and Instagram accounts, Meta's webhooks, and public photo addresses.

Facebook Login (docs/facebook-login/guides/advanced/manual-flow): the account page's button links
to ``facebook_start``, which remembers a random ``state`` in the session and sends the browser to
Facebook's dialog; Facebook sends it back to ``facebook_done`` with ``code`` and ``state``. A state
that does not match the one in this session (or is older than 15 minutes) is refused and nothing is
stored. The code becomes a long-lived user token, then the Page token, sealed in the vault.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safepost.accounts import vault
from safepost.accounts.access import access_account
from safepost.accounts.actions import ActionError
from safepost.accounts.models import OfficialAccount, Platform
from safepost.connect.actions import (
    META_PLATFORMS,
    MetaApp,
    do_connect_account,
    do_ingest_webhook,
    grant_matches,
    meta_app,
    usable_grants,
)
from safepost.connect.media import photo_for
from safepost.connectors import ConnectorError, Credentials
from safepost.connectors.facebook import (
    INSTAGRAM_SCOPES,
    PAGE_SCOPES,
    FacebookConnector,
    PageGrant,
    comments_from_webhook,
    login_dialog_url,
    page_grants,
)
from safepost.connectors.graph import challenge_answer, signature_is_valid
from safepost.schools.access import Perm
from safepost.web.pages import page

log = logging.getLogger(__name__)

STARTED = "safepost.connect.facebook"
CHOOSING = "safepost.connect.facebook.choose"
#: How long the person may take on Facebook's pages before the answer is refused.
PATIENCE_SECONDS = 15 * 60
MAX_WEBHOOK_BYTES = 1_000_000


def _back(account: OfficialAccount) -> HttpResponse:
    return redirect("accounts:show-account", school=account.school.slug, pk=account.pk)


def _problem(request: HttpRequest, message: str, status: int = 400) -> HttpResponse:
    return render(request, "connect/problem.html", {"message": message}, status=status)


@require_GET
@login_required
def facebook_start(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Remember a fresh ``state`` and go to Facebook's dialog. A GET (a link), like every sign-in
    link: a forged visit only opens Facebook's consent page in the person's own session."""
    membership, account = access_account(request.user, school, pk, Perm.USE_VAULT)
    app = meta_app()
    if account.platform not in META_PLATFORMS:
        messages.error(request, _("Only Facebook and Instagram accounts connect with Facebook Login."))
        return _back(account)
    if app is None or not app.public_url:
        messages.error(request, _("Facebook Login is not set up on this safepost: ask whoever runs it to set "
                                  "SAFEPOST_FACEBOOK_APP_ID, SAFEPOST_FACEBOOK_APP_SECRET and SAFEPOST_PUBLIC_URL."))
        return _back(account)
    state = secrets.token_urlsafe(32)
    request.session[STARTED] = {"state": state, "school": membership.school.slug, "account": account.pk,
                                "at": time.time()}
    scopes = INSTAGRAM_SCOPES if account.platform == Platform.INSTAGRAM else PAGE_SCOPES
    return redirect(login_dialog_url(app.app_id, app.redirect_uri, state, scopes=scopes, dialog_base=app.dialog_url))


def _fresh(pending: Any) -> bool:
    return isinstance(pending, dict) and time.time() - float(pending.get("at", 0)) <= PATIENCE_SECONDS


@require_GET
@login_required
def facebook_done(request: HttpRequest) -> HttpResponse:
    pending = request.session.pop(STARTED, None)
    state = request.GET.get("state", "")
    if not _fresh(pending) or not state or not constant_time_compare(state, str(pending.get("state", ""))):
        return _problem(request, _("This answer from Facebook does not belong to a connection started from this "
                                   "browser in the last 15 minutes, so nothing was stored. Start again from the "
                                   "account's page."))
    membership, account = access_account(request.user, pending["school"], pending["account"], Perm.USE_VAULT)
    app = meta_app()
    if app is None:
        raise Http404
    if request.GET.get("error"):
        messages.warning(request, _("Facebook Login was cancelled or refused, so nothing changed."))
        return _back(account)
    code = request.GET.get("code", "")
    if not code or len(code) > 2000:
        return _problem(request, _("Facebook's answer carried no sign-in code. Start again from the account's page."))
    try:
        grants = page_grants(code, app_id=app.app_id, app_secret=app.app_secret, redirect_uri=app.redirect_uri,
                             graph_base=app.graph_url)
    except ConnectorError as error:
        messages.error(request, error.message)
        return _back(account)
    return _connect_or_choose(request, membership, account, grants)


def _connect_or_choose(request: HttpRequest, membership: Any, account: OfficialAccount,
                       grants: list[PageGrant]) -> HttpResponse:
    usable = usable_grants(account, grants)
    if not usable:
        messages.error(request, _("None of the Facebook Pages you manage can serve this account (an Instagram "
                                  "account must be a professional account linked to a Page you manage)."))
        return _back(account)
    matching = [grant for grant in usable if grant_matches(account, grant)]
    chosen = matching[0] if len(matching) == 1 else usable[0] if len(usable) == 1 else None
    if chosen is not None:
        return _connect(request, membership, account, chosen)
    # Several Pages and none named by the account record: the person picks one. The tokens wait
    # in the session sealed with the vault's key, never in the page.
    request.session[CHOOSING] = {"school": membership.school.slug, "account": account.pk, "at": time.time(),
                                 "grants": vault.seal({"grants": json.dumps([g.__dict__ for g in usable])})}
    return page(request, "connect/choose.html", membership, account=account, grants=usable)


def _connect(request: HttpRequest, membership: Any, account: OfficialAccount, grant: PageGrant) -> HttpResponse:
    try:
        do_connect_account(membership, account, grant)
    except ActionError as error:
        messages.error(request, str(error))
        return _back(account)
    messages.success(request, _("Connected with Facebook Login: the access is stored in the vault, encrypted."))
    app = meta_app()
    if account.platform == Platform.FACEBOOK and app is not None and app.verify_token:
        connector = FacebookConnector(Credentials(grant.page_id, grant.access_token, base_url=app.graph_url))
        try:
            connector.subscribe_to_webhooks()
        except ConnectorError as error:
            messages.warning(request, _("New comments will be fetched every few minutes, not as they are made: "
                                        "%(why)s") % {"why": error.message})
        finally:
            connector.graph.close()
    return _back(account)


@require_POST
@login_required
def facebook_choose(request: HttpRequest) -> HttpResponse:
    pending = request.session.pop(CHOOSING, None)
    if not _fresh(pending):
        return _problem(request, _("This choice took longer than 15 minutes or was already made, so nothing was "
                                   "stored. Start again from the account's page."))
    membership, account = access_account(request.user, pending["school"], pending["account"], Perm.USE_VAULT)
    grants = [PageGrant(**g) for g in json.loads(vault.unseal(pending["grants"])["grants"])]
    chosen = next((grant for grant in grants if grant.page_id == request.POST.get("page")), None)
    if chosen is None:
        return _problem(request, _("Choose one of the Pages listed. Start again from the account's page."))
    return _connect(request, membership, account, chosen)


@csrf_exempt  # Meta signs its notifications (X-Hub-Signature-256) instead
@require_http_methods(["GET", "POST"])
def facebook_webhook(request: HttpRequest) -> HttpResponse:
    app = meta_app()
    if app is None or not app.verify_token:
        return HttpResponse("Facebook webhooks are not set up on this safepost.\n", status=404,
                            content_type="text/plain")
    if request.method == "GET":
        return _verification(request, app)
    body = request.body
    if not signature_is_valid(app.app_secret, body, request.headers.get("X-Hub-Signature-256")):
        return HttpResponse("The X-Hub-Signature-256 header is missing or does not match the body.\n", status=403,
                            content_type="text/plain")
    if len(body) > MAX_WEBHOOK_BYTES:
        return HttpResponse("The notification is larger than 1 MB.\n", status=413, content_type="text/plain")
    try:
        comments = comments_from_webhook(json.loads(body))
    except ValueError as error:  # JSONDecodeError is a ValueError too
        return HttpResponse(f"The notification is not a Page feed notification: {error}.\n", status=400,
                            content_type="text/plain")
    result = do_ingest_webhook(comments)
    if result.unknown_pages:
        log.info("facebook webhook: no account for page(s) %s", ", ".join(result.unknown_pages))
    return JsonResponse({"created": result.created, "duplicates": result.duplicates})


def _verification(request: HttpRequest, app: MetaApp) -> HttpResponse:
    answer = challenge_answer(request.GET, app.verify_token)
    if answer is None:
        return HttpResponse("The verify token does not match, or this is not a subscription check.\n", status=403,
                            content_type="text/plain")
    return HttpResponse(answer, content_type="text/plain")


@require_GET
def public_media(request: HttpRequest, token: str) -> FileResponse:
    found = photo_for(token)
    if found is None:
        raise Http404
    path, kind = found
    response = FileResponse(path.open("rb"), content_type=kind)
    response["Cache-Control"] = "private, no-store"
    return response
