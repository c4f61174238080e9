"""Welsh: every string translated, the compiled catalogue shipped and in use."""

from __future__ import annotations

import re
from pathlib import Path

from django.utils import translation

import safepost.web

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
