"""The compose page's check panel names a finding's signals once each, and shows the school context the check
weighed against a finding apart from the reasons for it (rules/_content.explain)."""

from __future__ import annotations

import html
import re

from django.urls import reverse

from safepost.schools.models import Role
from tests.web.conftest import World, verified_client

#: A bookmaker's offer found by two cues with one label ("deposit £10", "match your first deposit"), posted
#: beside the PTA (school context, a cue against the finding).
DRAFT = "Our PTA fair sponsor: deposit £10 and get free bets, and they match your first deposit with Bet365!"


def _con601_explanation(world: World, language: str = "en") -> str:
    client = verified_client(world.users[Role.STAFF])
    if language != "en":
        client.post(reverse("set-language"), {"language": language, "next": "/"})
    url = reverse("posts:check-post", kwargs={"school": world.school.slug})
    response = client.post(url, {"text": DRAFT}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    found = re.search(r'data-code="CON601">(.*?)</li>', page, re.S)
    assert found is not None, "the draft should be flagged as commercial"
    help_text = re.search(r'<p class="help">(.*?)</p>', found.group(1), re.S)
    assert help_text is not None
    return help_text.group(1)


def test_each_signal_is_named_once(world: World) -> None:
    why = _con601_explanation(world)
    assert why.count("a gambling sign-up offer") == 1
    assert "a gambling sign-up offer ('deposit £10', 'match your first deposit')" in why


def test_school_context_is_shown_apart_from_the_reasons(world: World) -> None:
    why = _con601_explanation(world)
    reasons, _, against = why.partition(" Against it: ")
    assert reasons.startswith("Signals: ") and "school fundraising" not in reasons
    assert against == "school fundraising, supplier or thanks ('pta')."


def test_the_same_in_welsh(world: World) -> None:
    why = _con601_explanation(world, "cy")
    reasons, _, against = why.partition(" Yn ei erbyn: ")
    assert reasons.startswith("Arwyddion: ") and reasons.count("cynnig ymuno â gwefan gamblo") == 1
    assert against.startswith("codi arian i'r ysgol")
