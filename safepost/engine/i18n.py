"""The engine's words in other languages, kept in one catalogue per language.

The engine speaks English: every message, explanation and fix stays a plain English ``str`` for
the CLI and the API. A text a person reads is made with :func:`phrase`, which returns a
:class:`Text` — an English ``str`` that also remembers its template and parameters — so the web
layer can say it again in the reader's language with :func:`translate`, without the engine
knowing about Django. The Welsh catalogue is ``locale/cy/LC_MESSAGES/engine.po`` (compiled to
``engine.mo`` next to it, read with the standard library's :mod:`gettext`); its msgids are the
English templates. ``python -m safepost.engine.i18n`` lists the templates the catalogue lacks.

Parameters that are Texts are translated too; plain strings (a matched word, a domain, a year
group from the roster) are the school's own words and pass through as they are. A pupil's name
is never a template or a catalogue entry: it can only be a plain parameter.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "engine"
LANGUAGES = ("en", "cy")


class Text(str):
    """English text that can be said again in another language: its ``template`` (the catalogue's
    msgid) and ``params``. A sequence parameter is a list, joined with ", " once translated."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Text:
        params = dict(params or {})
        english = template.format(**{k: _join(v, str) for k, v in params.items()}) if params else template
        self = super().__new__(cls, english)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, self.params))


def phrase(template: str, **params: Any) -> Text:
    """A translatable text: ``template`` is English with ``{name}`` placeholders (a literal, so
    the catalogue check can find it)."""
    return Text(template, params)


def N_(template: str) -> str:
    """Marks a literal template for the catalogue where it is written (a table of messages) and
    used later with :func:`phrase`."""
    return template


def translate(value: str, language: str) -> str:
    """``value`` in ``language`` when it is a :class:`Text` the catalogue knows; else as it is."""
    if not isinstance(value, Text) or language not in LANGUAGES or language == "en":
        return str(value)
    template = _catalogue(language).gettext(value.template)
    if not value.params:
        return template
    params = {k: _join(v, lambda s: translate(s, language)) for k, v in value.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the finding
        return str(value)


_lock = threading.Lock()


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    with _lock:
        return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def _join(value: Any, say: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(say(v) for v in value)
    return say(value) if isinstance(value, str) else value


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


# --- the catalogue's upkeep: what the engine says, and what a language's catalogue lacks ---

ENGINE_DIR = Path(__file__).resolve().parent
#: Calls whose literal argument (at this index) is a template: phrase() and N_() everywhere, and
#: the "what to do" of each triage action (triage/topics.py ``_action(name, what, ...)``).
MARKERS = {"phrase": 0, "N_": 0, "_action": 1}


def engine_templates() -> dict[str, str]:
    """Every template the engine can say -> where it is (path:line): the literal argument of
    each call in ``MARKERS`` in the engine's code, and each cue ``label`` in its lexicons
    (explanations name them)."""
    import ast

    found: dict[str, str] = {}
    for path in sorted(ENGINE_DIR.rglob("*.py")):
        source = path.relative_to(ENGINE_DIR.parent.parent)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS):
                continue
            at = MARKERS[node.func.id]
            arg = node.args[at] if len(node.args) > at else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{source}:{node.lineno}")
    for label, where in _lexicon_labels():
        found.setdefault(label, where)
    for words, where in _model_policy_words():
        found.setdefault(words, where)
    return found


def _model_policy_words() -> list[tuple[str, str]]:
    """The headings and quotes of the ``default`` pack: safepost's own model policy (shown as
    such), so its words are safepost's to translate; a school's own pack is quoted as written."""
    import yaml

    path = ENGINE_DIR / "packs" / "default.yaml"
    out: list[tuple[str, str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("heading", "quote"):
                if isinstance(node.get(key), str):
                    out.append((node[key], f"{path.relative_to(ENGINE_DIR.parent.parent)} ({key})"))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load(path.read_text("utf-8")))
    return out


def _lexicon_labels() -> list[tuple[str, str]]:
    import yaml

    out = []
    for path in sorted((ENGINE_DIR / "lexicons").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for section in data.values():  # cue sections: {name: {label, weight, patterns...}}
            for name, cue in (section.items() if isinstance(section, dict) else ()):
                if isinstance(cue, dict) and isinstance(cue.get("label"), str):
                    out.append((cue["label"], f"{path.relative_to(ENGINE_DIR.parent.parent)} ({name})"))
    return out


def read_po(po_text: str) -> dict[str, str]:
    """msgid -> msgstr of a .po file's entries (the header and obsolete ``#~`` ones left out)."""
    import ast
    import re

    entries: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", po_text):
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            match = re.match(r"(msgid|msgstr) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries[fields["msgid"]] = fields.get("msgstr", "")
    return entries


def untranslated(language: str) -> list[tuple[str, str]]:
    """(template, where) for each template the language's catalogue lacks or leaves empty."""
    have = read_po(catalogue_path(language).read_text("utf-8"))
    return [(t, where) for t, where in engine_templates().items() if not have.get(t)]


def _po_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main(argv: list[str] | None = None) -> int:
    """``python -m safepost.engine.i18n [cy] [--add]``: list what the catalogue lacks; ``--add``
    appends them with an empty msgstr for a translator to fill in (then run msgfmt)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    language = next((a for a in args if not a.startswith("-")), "cy")
    missing = untranslated(language)
    for template, where in missing:
        print(f"{where}: {template!r}")
    if "--add" in args and missing:
        have = read_po(catalogue_path(language).read_text("utf-8"))
        with catalogue_path(language).open("a", encoding="utf-8") as po:
            for template, where in missing:
                if template not in have:
                    po.write(f"\n#: {where}\nmsgid {_po_quote(template)}\nmsgstr \"\"\n")
    print(f"{len(missing)} engine texts untranslated in {catalogue_path(language)}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
