"""What the inbox pages show: findings marked in the text, the policy's words, London times."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from safepost.engine.i18n import phrase
from safepost.engine.triage import topics
from safepost.web.engine_text import rule_title, say

#: A finding's rule, in words, for the mark's title (never the matched words themselves).
RULE_WORDS = {
    "pupil-name": _("a pupil's name"), "phone-number": _("a phone number"), "email-address": _("an email address"),
    "home-address": _("a home address"), "date-of-birth": _("a date of birth"),
}


def highlight(text: str, findings: Sequence[dict[str, Any]]) -> SafeString:
    """The comment with each finding's span in ``<mark>``, everything else escaped."""
    spans = sorted((int(f["start"]), int(f["end"]), f) for f in findings
                   if isinstance(f.get("start"), int) and isinstance(f.get("end"), int) and f["start"] < f["end"])
    out: list[str] = []
    pos = 0
    for start, end, finding in spans:
        if start < pos or end > len(text):
            continue
        words = str(RULE_WORDS.get(str(finding.get("rule"))) or rule_title(finding.get("rule")))
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="sev-{escape(finding.get("severity", "review"))}" '
                   f'title="{escape(finding.get("code", ""))}: {escape(words)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))


def action_words(action: str) -> str:
    """What to do for an action, in the engine's own plain words (in the reader's language)."""
    what = topics.ACTION_STEPS.get(action)
    return say(phrase(what)) if what else action.replace("-", " ")


def action_title(action: str) -> str:
    """An action's name for people ("Alert the designated safeguarding lead", not ``alert-dsl``)."""
    title = topics.ACTION_TITLES.get(action)
    return say(phrase(title)) if title else action.replace("-", " ")
