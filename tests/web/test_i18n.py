"""Welsh: every string translated, the compiled catalogue shipped and in use."""

from __future__ import annotations

import html
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import safepost.web
from safepost.schools.models import Role
from safepost.signin.models import ApiToken
from tests.web.conftest import World, verified_client
from tests.web.i18n_extract import CATALOGUE, catalogue_messages, extract, from_python, from_template, missing

LOCALE = Path(safepost.web.__file__).parent / "locale" / "cy" / "LC_MESSAGES"


def test_it_translates_every_string_into_welsh() -> None:
    po = (LOCALE / "django.po").read_text("utf-8")
    entries = po.split("\n\n")[1:]  # the first block is the header
    untranslated = [e for e in entries if "msgid" in e and not all(
        "".join(re.findall(r'"(.*)"', value)) for value in re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', e + "\n", re.M))]
    assert untranslated == []
    assert "#, fuzzy" not in po.split("\n\n", 1)[1]


def test_it_ships_the_compiled_catalogue() -> None:
    assert (LOCALE / "django.mo").stat().st_mtime >= (LOCALE / "django.po").stat().st_mtime - 1
    with translation.override("cy"):
        assert translation.gettext("Sign in") == "Mewngofnodi"
        assert translation.gettext("Official accounts") == "Cyfrifon swyddogol"


def test_it_has_a_welsh_entry_for_every_translatable_string_in_the_web_apps() -> None:
    """A string added to a template or view without a Welsh entry fails here: run
    ``python -m tests.web.i18n_extract`` to list them, then append them to django.po."""
    found = extract()
    assert len(found) > 400  # the extractor still sees the apps' templates and Python
    absent = missing(found, catalogue_messages(CATALOGUE.read_text("utf-8")))
    assert [f"{where}: {msgid}" for (_ctx, msgid, _plural), where in absent] == []


def test_it_extracts_every_form_of_translatable_string_a_template_or_view_uses() -> None:
    template = (
        '{% load i18n %}{% trans "Plain" %} {% translate "Translate" context "menu" %}'
        '<b title="{% trans \'Quoted\' %}">x</b>{{ value|default:_("Filter arg") }}\n'
        "  {% blocktrans with who=user.name %}Hello {{ who }}{% endblocktrans %}\n"
        "{% blocktranslate count n=items|length %}{{ n }} item{% plural %}{{ n }} items{% endblocktranslate %}\n"
        "{% blocktrans trimmed %}\n  Two\n  lines\n{% endblocktrans %}"
    )
    python = (
        'from django.utils.translation import gettext_lazy as _, ngettext, pgettext\n'
        'A = _("Lazy " "joined")\nB = ngettext("%(n)d day", "%(n)d days", 2)\n'
        'C = pgettext("month", "May")\nD = _(name)  # not a literal: nothing to extract\n'
    )
    found = {m for m, _where in from_template(template, "t.html")} | {m for m, _where in from_python(python, "v.py")}
    assert found == {
        (None, "Plain", None), ("menu", "Translate", None), (None, "Quoted", None), (None, "Filter arg", None),
        (None, "Hello %(who)s", None), (None, "%(n)s item", "%(n)s items"), (None, "Two lines", None),
        (None, "Lazy joined", None), (None, "%(n)d day", "%(n)d days"), ("month", "May", None),
    }
    po = 'msgid ""\nmsgstr ""\n\nmsgctxt "menu"\nmsgid "Translate"\nmsgstr "Cyfieithu"\n\n#~ msgid "Plain"\n#~ msgstr "Plaen"\n'
    absent = missing([((None, "Plain", None), "t.html:1"), (("menu", "Translate", None), "t.html:1")], catalogue_messages(po))
    assert absent == [((None, "Plain", None), "t.html:1")]  # an obsolete (#~) entry does not count


def test_it_shows_the_api_tokens_page_in_welsh(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    page = html.unescape(client.post(reverse("signin:tokens"), {"name": "Synthetic test token"}).content.decode())
    assert "Mae tocyn yn gweithio am" in page and "Yn dod i ben" in page and "Cyflwr" in page
    assert "Yn gweithio" in page and "Works" not in page and "Expires" not in page
    assert ApiToken.objects.filter(user=world.users[Role.STAFF]).count() == 1
    user = world.users[Role.STAFF]
    user.set_password("a-new-synthetic-password-9")  # the token stops working, and the page says why
    user.save()
    client = verified_client(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    page = html.unescape(client.get(reverse("signin:tokens")).content.decode())
    assert "Ddim yn gweithio: newidiwyd y cyfrinair neu'r ail ffactor ers hynny" in page


def test_it_has_no_duplicate_entry_in_the_catalogue() -> None:
    # msgfmt refuses a catalogue with a msgid twice, and then the shipped .mo silently goes stale.
    po = (LOCALE / "django.po").read_text("utf-8")
    keys = []
    for entry in po.split("\n\n")[1:]:
        context = "".join(re.findall(r'"(.*)"', "".join(re.findall(r'^msgctxt ((?:".*"\n?)+)', entry + "\n", re.M))))
        msgid = "".join(re.findall(r'"(.*)"', "".join(re.findall(r'^msgid ((?:".*"\n?)+)', entry + "\n", re.M))))
        if msgid:
            keys.append((context, msgid))
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert duplicates == []
