"""Why triage chose a category, in words a person reads and the engine's catalogue translates.

Every piece of evidence is a :class:`~safepost.engine.i18n.Text` made from one of the templates
below, so the CLI and the API read the same English as before and the web says it in Welsh. The
inbox stores evidence as plain strings (JSON keeps no template), so :func:`read` turns a stored
string back into its Text by matching it against these same templates; a string no template
matches (written by an older engine) is shown as it was stored. Quoted words are the commenter's
own and are never translated.
"""

from __future__ import annotations

import re
from functools import cache

from safepost.engine.i18n import N_, Text, phrase
from safepost.engine.triage.categories import Category

#: Each category's name for people, as the catalogue translates it.
CATEGORY_WORDS: dict[Category, str] = {
    Category.SAFEGUARDING: N_("safeguarding"),
    Category.THREAT: N_("threat"),
    Category.HATE: N_("hate"),
    Category.ABUSE: N_("abuse"),
    Category.COMPLAINT: N_("complaint"),
    Category.QUESTION: N_("question"),
    Category.SPAM: N_("spam"),
    Category.PRAISE: N_("praise"),
    Category.OTHER: N_("other"),
}

FOUND = N_("{category}: {item}")
MODEL = N_("model: p({category})={p}")
NOTHING_ELSE = N_("no sign of any other category")
COUNTER_SPEECH = N_("counter-speech: quotes or reports hateful words in order to condemn them")
PUPIL_TO_STAFF = N_("a pupil asking to talk to a member of staff here")
BY_PUPIL = N_("written by a pupil")
PUPIL_CONTACT = N_("a pupil asking for private contact ({quote})")
ADULT_CONTACT = N_("an adult seeking private contact with children ({quote})")
STRANGER_CONTACT = N_("a stranger asking for private contact ({quote})")

#: What a piece of evidence can be, whole (FOUND is read last: its item may be any of these).
_WHOLE = (MODEL, NOTHING_ELSE, COUNTER_SPEECH)
#: What can follow "{category}: " besides the commenter's quoted words.
_SIGNALS = (PUPIL_TO_STAFF, BY_PUPIL, PUPIL_CONTACT, ADULT_CONTACT, STRANGER_CONTACT)


def category_words(category: str) -> Text | str:
    """A category's name in words that translate; an unknown value as it is."""
    try:
        return phrase(CATEGORY_WORDS[Category(category)])
    except ValueError:
        return category


def found(category: Category, item: str) -> Text:
    """Evidence for ``category``: the commenter's quoted words or an author signal."""
    return phrase(FOUND, category=category_words(category), item=item)


def model_note(category: Category, probability: float) -> Text:
    """The model's probability for the category chosen."""
    return phrase(MODEL, category=category_words(category), p=f"{probability:.2f}")


def read(stored: str) -> Text | str:
    """A stored piece of evidence as the Text that wrote it, or the string itself."""
    for template in _WHOLE:
        params = _match(template, stored)
        if params is not None:
            if "category" in params:
                params["category"] = category_words(params["category"])
            return phrase(template, **params)
    params = _match(FOUND, stored)
    if params is None or params["category"] not in CATEGORY_WORDS:
        return stored
    return found(Category(params["category"]), _read_signal(params["item"]))


def _read_signal(item: str) -> Text | str:
    for template in _SIGNALS:
        params = _match(template, item)
        if params is not None:
            return phrase(template, **params)
    return item


def _match(template: str, text: str) -> dict[str, str] | None:
    found = _pattern(template).fullmatch(text)
    return None if found is None else found.groupdict()


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)
