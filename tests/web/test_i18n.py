"""Welsh: every string translated, the compiled catalogue shipped and in use."""

from __future__ import annotations

import re
from pathlib import Path

from django.utils import translation

import safepost.web
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
