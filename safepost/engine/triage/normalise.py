"""Text preparation for the triage lexicons: folded, de-obfuscated, one spelling per word.

Builds on :func:`safepost.engine.textnorm.fold` (case, accents, homoglyphs, zero-width
characters) and :func:`safepost.engine.unmask.unmask` (masked swearing and insults written out:
``tw*t``, ``sh!t``, ``f u c k``, ``fkn``, ``ff*cin``, shared with LAN401), and undoes the other
tricks people use to slip words past a filter: spaced-out letters
(``i d i o t``, ``s h 3 3 p``), digits and ``@`` for letters (``1d1ot``, ``sh@g``), stretched letters (``sooooo``), typographic
apostrophes and apostrophes left out of contractions (``theyre``). Offsets are not kept: triage reports words as evidence, not spans.
"""

from __future__ import annotations

import re

from safepost.engine.textnorm import fold
from safepost.engine.unmask import unmask

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
# four or more single letters with the same separator between each: "i d i o t", "s.t.u.p.i.d"
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?P<sep>[ ._\-*])(?:[a-z](?P=sep)){2,}[a-z](?![a-z0-9])")
# the same with digits and "@" among the letters ("s h 3 3 p", "m 0 z z i e s"): triage's reading only
_SPACED_MASKED = re.compile(r"(?<![a-z0-9])[a-z0-9@$](?P<sep>[ ._\-*])(?:[a-z0-9@$](?P=sep)){2,}[a-z0-9@$](?![a-z0-9])")
# an "@" for an "a" inside a short word ("sh@ggers"), not an address or a mention ("name@school.org", "@Sam")
_AT_FOR_A = re.compile(r"(?<![a-z0-9.@_])([a-z]{1,8})@([a-z]{1,8})(?![a-z0-9.@_])")
_LEET_TOKEN = re.compile(r"[a-z0-9$]*[a-z][a-z0-9$]*")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"})
# tokens where digits are digits: 9am, 2nd, 10th, y6, yr3, 4x4, 1950s
_NUMERIC_WORD = re.compile(r"\d+(?:am|pm|st|nd|rd|th|s|x\d+|k|p|mins?|hrs?|yrs?)?|(?:y|yr|year|p|u|f)\d+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")
_WORD_SPACE = re.compile(r"[ ._\-*]")
#: Contractions typed without their apostrophe, where the bare form is not also an English word
#: ("ill", "were", "its", "lets", "hell", "shell" are, so they are left alone): "theyre" -> "they're".
_CONTRACTIONS = {
    **{w + "nt": w + "n't" for w in ("do", "does", "did", "could", "should", "would", "is", "are", "was", "were",
                                     "has", "have", "had", "must", "need")},
    "cant": "can't", "wont": "won't", "aint": "ain't", "shant": "shan't",
    "theyre": "they're", "theyll": "they'll", "theyve": "they've", "youre": "you're", "youll": "you'll",
    "youve": "you've", "ive": "i've", "im": "i'm", "weve": "we've", "thats": "that's", "whats": "what's",
    "wheres": "where's", "theres": "there's", "shes": "she's", "hes": "he's", "itll": "it'll",
    "wouldve": "would've", "couldve": "could've", "shouldve": "should've", "didnt": "didn't",
}
_BARE_CONTRACTION = re.compile(r"\b(?:" + "|".join(sorted(_CONTRACTIONS, key=len, reverse=True)) + r")\b")


def prepare(text: str, *, disguises: bool = True) -> str:
    """The form the lexicons match against: lower-case, folded, obfuscation undone.

    ``disguises=False`` leaves masked swearing as typed (the post model's words: it was trained
    on them so, and LAN401 reads disguises itself)."""
    folded = fold(text.translate(_APOSTROPHES)).text
    if disguises:
        # the offensive lexicon's words however disguised, read by the one step LAN401 uses too
        folded = unmask(folded)
    # The three passes below are not a second reader of swear words (unmask has written those
    # out already): they serve every other word the triage lexicons and the two models read,
    # which unmask never expands: threats ("k i l l", "k1ll"), groups ("m-u-s-l-i-m-s",
    # "j3ws"), safeguarding words, ordinary words stretched ("sooooo"). The post model's words
    # (``disguises=False``) are made by them too, and both models were trained on their output.
    if disguises:
        # digits and "@" in spaced or short words, undone for triage; the post model's words keep them
        # (it was trained without this step)
        folded = _SPACED_MASKED.sub(_unspace, folded)
        folded = _AT_FOR_A.sub(r"\1a\2", folded)
    else:
        folded = _SPACED.sub(lambda m: _WORD_SPACE.sub("", m.group(0)), folded)
    folded = _LEET_TOKEN.sub(_unleet, folded)
    folded = _STRETCHED.sub(r"\1\1", folded)
    folded = _BARE_CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0)], folded)
    return _SPACES.sub(" ", folded).strip()


def _unspace(match: re.Match[str]) -> str:
    """Spaced-out letters joined ("i d i o t", "s h 3 3 p"); a run of digits alone ("1 2 3 4") stays."""
    run = match.group(0)
    if sum(c.isalpha() for c in run) < 2:
        return run
    return _WORD_SPACE.sub("", run)


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.isalpha() or _NUMERIC_WORD.fullmatch(token):
        return token
    if sum(c.isalpha() for c in token) < 2:
        return token
    return token.translate(_LEET)
