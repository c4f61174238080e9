"""The engine's words in the reader's language: findings, severities, verdicts and rule titles.

The engine writes English :class:`~safepost.engine.i18n.Text` values and keeps its own Welsh
catalogue (safepost/engine/locale); this module only picks the active Django language and asks
the engine to translate. Severity and verdict words are the web catalogue's (django.po).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from safepost.engine.findings import MODEL_POLICY
from safepost.engine.i18n import phrase, translate
from safepost.engine.rules import registry
from safepost.engine.triage import evidence as triage_evidence


def language() -> str:
    """The active language as the engine's catalogues name it: "cy" or "en"."""
    return (get_language() or "en").split("-")[0].lower()


def say(value: object) -> str:
    """An engine text (message, explanation, fix) in the active language; other values as they are."""
    if value is None:
        return ""
    return translate(value, language()) if isinstance(value, str) else str(value)


def severity_word(severity: object) -> str:
    """block / review / advise, as the badge shows it."""
    words = {"block": _("block"), "review": _("review"), "advise": _("advice"), "off": _("off")}
    return words.get(str(severity), str(severity))


def verdict_word(verdict: object) -> str:
    words = {"block": _("Do not post this as it is"), "review": _("Needs a second look"), "pass": _("Nothing found")}
    return words.get(str(verdict), str(verdict))


def category_word(category: object) -> str:
    """A triage category ("question", "abuse") as the reader's language names it."""
    return say(triage_evidence.category_words(str(category)))


def evidence_words(evidence: str | Iterable[object] | None) -> list[str]:
    """Why triage chose a category, each piece in the reader's language. ``evidence`` is the stored
    list, or the "; "-joined reason a safeguarding concern keeps; the commenter's quoted words stay."""
    items = evidence.split("; ") if isinstance(evidence, str) else list(evidence or ())
    return [say(triage_evidence.read(str(item))) for item in items if str(item)]


def rule_title(rule: object) -> str:
    """A rule's title for people (its summary, translated) from its name or code; the stable
    kebab name or code itself when no rule has it (a rule removed since a finding was stored)."""
    key = str(rule)
    found = registry.by_code(key) or next(iter(registry.by_name(key)), None)
    if found is None or not found.summary:
        return key
    return translate(phrase(found.summary), language())


_SOURCE = re.compile(r"image\[(\d+)\](?:\.(\w+))?")


def source_words(source: object) -> str:
    """Where a finding is, for people: "photo 2, its description" rather than ``image[1].alt``."""
    found = _SOURCE.fullmatch(str(source))
    if found is None:
        return {"text": _("the post"), "comment": _("the comment")}.get(str(source), str(source))
    number, part = int(found.group(1)) + 1, found.group(2)
    parts = {
        None: _("photo %(n)s"), "alt": _("photo %(n)s, its description"), "filename": _("photo %(n)s, its file name"),
        "ocr": _("photo %(n)s, words in the picture"), "exif": _("photo %(n)s, its hidden details (metadata)"),
    }
    return parts.get(part, _("photo %(n)s")) % {"n": number}


def question_text(question: object) -> str:
    """A pack's pre-posting question in the active language (the pack's own ``text_cy``)."""
    english = getattr(question, "text", None)
    if english is None:
        return str(question)
    welsh = getattr(question, "text_cy", "")
    return welsh if language() == "cy" and welsh else str(english)


def clause_words(words: object, clause: object) -> str:
    """A clause's heading or quote: safepost's model policy (the ``default`` pack) in the active
    language; a school's own policy exactly as the school wrote it."""
    policy = clause.get("policy") if isinstance(clause, dict) else getattr(clause, "policy", None)
    if policy != MODEL_POLICY or not isinstance(words, str):
        return "" if words is None else str(words)
    return translate(phrase(words), language())
