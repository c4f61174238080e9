"""Connecting a Facebook Page with Facebook Login in a real browser, against the Graph API fake.

The headteacher opens the account's page, presses Connect with Facebook Login, passes through the
fake's login dialog (which allows at once, as a person would), picks the Page among the two they
manage, and lands back on the account page with the Page token sealed in the vault.

Screenshots at desktop (1280) and phone (390) widths go to ``test-artifacts/connect-*.png``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import override_settings

from safepost.accounts import vault
from safepost.schools.models import Role
from tests.browser.test_posts_walkthrough import DESKTOP, PHONE, watch_csp
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.connectors.graphfake import APP_ID, APP_SECRET, GraphFake
from tests.web.conftest import World
from tests.web.inbox_support import make_account

pytestmark = pytest.mark.browser


def test_it_connects_a_facebook_page_through_facebook_login(browser: Any, live_server: Any, bworld: World,
                                                            shot: Callable[[Any, str], None]) -> None:
    account = make_account(bworld, "facebook", "Alpha PTA on Facebook", handle="alpha-pta")
    with GraphFake() as fake, override_settings(
            SAFEPOST_FACEBOOK_APP_ID=APP_ID, SAFEPOST_FACEBOOK_APP_SECRET=APP_SECRET,
            SAFEPOST_FACEBOOK_VERIFY_TOKEN="verify", SAFEPOST_GRAPH_URL=fake.graph_url,
            SAFEPOST_FACEBOOK_DIALOG_URL=fake.url, SAFEPOST_PUBLIC_URL=live_server.url):
        head = sign_in(browser, live_server.url, bworld.users[Role.HEADTEACHER].username)
        pass_totp(head)
        violations = watch_csp(head)
        for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
            head.set_viewport_size(size)
            head.goto(f"{live_server.url}/s/alpha/accounts/{account.pk}/")
            shot(head, f"connect-account-{name}")
        head.set_viewport_size(DESKTOP)
        head.get_by_role("link", name="Connect with Facebook Login").click()

        head.get_by_role("heading", name="Choose the Page").wait_for()
        assert fake.dialogs and fake.dialogs[0]["client_id"] == APP_ID
        shot(head, "connect-choose-desktop")
        head.set_viewport_size(PHONE)
        shot(head, "connect-choose-phone")
        head.set_viewport_size(DESKTOP)
        head.get_by_label("Oakfield PTA").check()
        head.get_by_role("button", name="Connect this Page").click()

        head.get_by_text("Connected with Facebook Login").wait_for()
        shot(head, "connect-done-desktop")
        account.refresh_from_db()
        assert vault.unseal(account.secret)["password"] == "EAAPageTokenPTA"
        assert violations == []
