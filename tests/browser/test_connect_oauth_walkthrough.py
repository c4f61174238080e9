"""Connecting an X account by signing in, in a real browser: safepost's button, the platform's
page (a fake authorisation server on 127.0.0.1 that says yes), and back to the account page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import override_settings

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.connectors.fakeserver import serve
from tests.web.conftest import World
from tests.web.oauth_fake import FakeOAuthServer
from tests.web.test_accounts_oauth import make_account

pytestmark = pytest.mark.browser


def test_it_connects_an_x_account_by_signing_in(browser: Any, live_server: Any, bworld: World,
                                                shot: Callable[[Any, str], None]) -> None:
    account = make_account(bworld, "x")
    with serve(FakeOAuthServer(flavour="x")) as provider, override_settings(SAFEPOST_OAUTH={"x": {
            "client_id": provider.client_id, "client_secret": provider.client_secret,
            "authorize_url": provider.authorize_url, "token_url": provider.token_url}}):
        head = sign_in(browser, live_server.url, "headteacher-user")
        pass_totp(head)
        head.goto(f"{live_server.url}/s/alpha/accounts/{account.pk}/")
        head.set_viewport_size({"width": 1366, "height": 900})
        shot(head, "connect-01-account-page-1366")
        head.set_viewport_size({"width": 390, "height": 844})
        shot(head, "connect-01-account-page-390")
        head.set_viewport_size({"width": 1366, "height": 900})
        head.get_by_role("button", name="Connect by signing in to X").click()

        assert "Connected: the sign-in is stored in the vault, encrypted." in head.content()
        shot(head, "connect-02-connected-1366")
        [issued] = provider.issued
        assert vault.unseal(OfficialAccount.objects.get(pk=account.pk).secret)["password"] == issued["access_token"]

        head.goto(f"{live_server.url}/connect/callback/?state=forged&code=whatever")
        assert "Connecting the account did not work" in head.content()
        head.set_viewport_size({"width": 390, "height": 844})
        shot(head, "connect-03-refused-390")
