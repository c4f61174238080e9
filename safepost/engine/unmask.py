"""Masked and obfuscated swearing read back as the word it hides: one step for posts and comments.

LAN401 (``rules/offensive_language.py``) and triage (``triage/normalise.py``) both call
:func:`find` on folded text (:func:`safepost.engine.textnorm.fold`), so a post and a comment
share one reading of ``sh*t``, ``b!tch``, ``tw4t``, ``f u c k``, ``shiiiit``, ``fkn`` and
``ff*cin``: it is the one reader of disguised lexicon words (LAN401 itself reads only the words
as written). The words it can find are the offensive lexicon's own (``lexicons/offensive.yaml``:
the ``profanity`` roots with their endings, the ``slurs`` and the single-word insults, English
and Welsh); nothing else is ever expanded.

Only a token that carries a disguise is looked at, and it must fit a lexicon word exactly:

- **masked**: letters with symbols or digits among them (``sh*t``, ``*unt``, ``wank**``,
  ``f@ck``, ``b0ll0cks``, ``p!ss``). Each symbol stands for exactly one letter, a digit only
  for the letter it looks like (``0`` o, ``1`` i or l, ``3`` e, ``4`` a, ``5`` s, ``7`` t, ...),
  at least two real letters must show and no more symbols than letters, so the length and
  every visible letter must fit. A swear word may have more stars than letters when its first
  letter shows (``s***e``, ``b******s``: ``*#%?`` only), and a doubled letter is read once
  (``ff*cked``). A star rating (``5*``), ``**bold**``, ``9:15am``, ``C#``, ``B12#``,
  ``£3.50`` or an e-mail address fits no word and is left alone.
- **first letter**: the f-word alone is read from its first letter (``f***``, ``ff***in``,
  ``f**ing``), as LAN401 always read it; :func:`unmask` leaves it as typed for triage.
- **spaced**: single letters (or a Welsh double letter, ``ff``) with one separator between them
  (``c u n t``, ``f.u.c.k``, ``ff-y-c-i-n``), joined, with a stray leading letter dropped
  (``a t w a t``).
- **stretched**: a letter written three times or more (``shiiiit``, ``twaaat``, ``cachuuu``);
  compared with runs squeezed to one letter on both sides.
- **text-speak**: a lexicon word with vowels left out (``fkn``, ``fckn``; a short form must
  drop at least half the word, so ``cnt``, ``twt`` and ``sht`` stay ordinary) or one sound-alike
  spelling (``fvck``, ``shyt``, ``phuck``, ``azzhole``). A shape that is an everyday English word
  or a Welsh headword (``lots`` is not ``louts``), or one vowel short of an everyday English word
  (``btch``: batch, ``fking``: faking, ``whre``: where), is never read. The shapes are worked out
  once from the lexicon, shipped in ``lexicons/textspeak.json`` (``python -m
  safepost.engine.unmask`` writes it; a test checks it), and found with the other disguises in
  one Aho-Corasick pass.

Speed: LAN401 adds :func:`gate_triggers` to the Aho-Corasick pass it already makes and calls
:func:`find` only round their hits, so an ordinary post pays for a bigger automaton and little
else; triage calls :func:`unmask` on every comment (a comment is short). The text-speak shapes
are read from their file rather than built at start-up (about a tenth of a second saved on
``safepost check``); a lexicon edited since the file was written is noticed by its digest and
the shapes are built afresh.

Known weaknesses: a mask with one visible letter (``c***``) is not read, except the f-word's; a
symbol that stands for two letters or a letter added (``biatch``) is missed; a digit read as an unlike letter (``f0ck``) is missed; a Welsh insult of
two words with one masked (``pen d*fad``, ``hen *st``, ``c*c oen``) is missed because ``dafad``,
``ast`` and ``coc`` are not in the lexicon alone; a word the lexicon lacks (``pr*ck``) is missed;
a redacted name that happens to fit a swear word's shape (``S**t``) would be read as one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path

import ahocorasick
import yaml

from safepost.engine._yaml import SAFE_LOADER

LEXICON = Path(__file__).parent / "lexicons" / "offensive.yaml"
#: The text-speak shapes of the lexicon's words, written by ``python -m safepost.engine.unmask``.
SHAPES = Path(__file__).parent / "lexicons" / "textspeak.json"

PROFANITY = "profanity"
SLUR = "slur"
INSULT = "insult"
_PRIORITY = {PROFANITY: 0, SLUR: 1, INSULT: 2, "": 3}
#: How the f-word is read from its first letter alone ("f***"): see :func:`unmask`.
FIRST_LETTER = "first-letter"

#: Symbols that hide one letter whichever it is.
MASKS = frozenset("*#%?^_.-~@$!|+¢€()")
#: The symbols printed to hide a swear word's letters ("s***e", "f###").
_STARS = frozenset("*#%?")
#: Digits and symbols that stand for particular letters (a symbol here is also a mask).
LOOKS_LIKE = {
    "0": "o", "1": "il", "2": "z", "3": "e", "4": "a", "5": "s", "6": "gb", "7": "t", "8": "b", "9": "g",
}
_HAS_DISGUISE = re.compile(r"[0-9*#%?^_.\-~@$!|+¢€()]")
_SQUEEZE = re.compile(r"([a-z])\1+")
#: Single letters (or a Welsh double letter) with the same separator between each, 3 or more.
#: The run ends where the letters do, not where the separator changes ("you're a s.h.i.t" is
#: "s.h.i.t", not "re a s").
_SPACED = re.compile(
    r"(?<![a-z0-9])(?:[a-z]{1,2}(?P<sep>[ .\-_*+])(?:[a-z]{1,2}(?P=sep)){1,14}[a-z]{1,2})(?![a-z0-9]|[.\-_*+][a-z][ .\-_*+])")
# tokens where digits are digits: 9am, 2nd, 10th, y6, yr3, 4x4, 1950s, co2
_NUMERIC = re.compile(r"\d+(?:am|pm|st|nd|rd|th|s|x\d+|k|km|kg|p|mins?|hrs?|yrs?|yb|yp|yh|af|il|ydd)?|"
                      r"(?:y|yr|year|p|u|f|bl)\d+")
#: Initials and abbreviations with full stops: "p.e.", "b.b.c", "s.a.t.s", "e.g."
_INITIALS = re.compile(r"\.?(?:[a-z]\.)+[a-z]?")
_VOWELS = frozenset("aeiou")
#: Sound-alike spellings: one of these is enough to make a text-speak shape.
_SOUND_ALIKE = (("f", "ph"), ("u", "v"), ("i", "y"), ("ss", "zz"), ("s", "z"), ("ck", "k"), ("ck", "kk"), ("er", "a"))
#: Short endings a ``~`` word takes in the lexicon ("idiot~": idiots, idiotic).
_TILDE = ("", "s", "es", "ed", "ic", "y")


@dataclass(frozen=True)
class Unmasked:
    """A disguised word in folded text: ``text[start:end]`` reads as ``word``."""

    start: int
    end: int
    word: str
    kind: str  # PROFANITY, SLUR or INSULT
    how: str  # masked, first-letter, spaced, stretched or text-speak


@cache
def vocabulary() -> dict[str, str]:
    """Every word the step can find, with its kind: the offensive lexicon's single words."""
    data = yaml.load(LEXICON.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    found: dict[str, str] = {}

    def add(word: str, kind: str) -> None:
        long_enough = len(word) >= 4 or (kind == PROFANITY and len(word) >= 3)
        if word.isalpha() and word.isascii() and long_enough and _PRIORITY[kind] < _PRIORITY[found.get(word, "")]:
            found[word] = kind

    for root, endings in data["profanity"].items():
        for ending in ("", *(endings or [])):
            add(root + ending, PROFANITY)
    for entry in data["slurs"]:
        if not entry.startswith("re:") and " " not in entry:
            for tail in _TILDE if entry.endswith("~") else ("",):
                add(entry.rstrip("~") + tail, SLUR)
    for cue in ("insult", "welsh_insult"):
        for entry in data["cues"][cue]["patterns"]:
            if entry.startswith("re:"):
                # only a flat list of words ("re:ffwl|twpsyn|hurtyn"), not a construction
                for alternative in entry[3:].split("|") if re.fullmatch(r"[a-z|]+", entry[3:]) else ():
                    add(alternative, INSULT)
            elif " " not in entry:
                for tail in _TILDE if entry.endswith("~") else ("",):
                    add(entry.rstrip("~") + tail, INSULT)
    return found


_LONGEST = 20  # no lexicon word is longer (checked in tests)


@cache
def _by_length() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for word in vocabulary():
        out.setdefault(len(word), []).append(word)
    return out


@cache
def _squeezed() -> dict[str, str]:
    out: dict[str, str] = {}
    for word in vocabulary():
        out.setdefault(_SQUEEZE.sub(r"\1", word), word)
    return out


@cache
def _shapes() -> dict[str, str]:
    """Text-speak shapes of every word (see :func:`build_shapes`), as shipped in ``SHAPES``;
    built here instead when the file is missing or the lexicon has changed since it was written."""
    shipped = _shipped_shapes()
    return shipped if shipped is not None else build_shapes()


def _shipped_shapes() -> dict[str, str] | None:
    try:
        data = json.loads(SHAPES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("lexicon_sha256") != _lexicon_digest():
        return None
    shapes = data.get("shapes")
    return shapes if isinstance(shapes, dict) else None


def _lexicon_digest() -> str:
    return hashlib.sha256(LEXICON.read_bytes()).hexdigest()


def build_shapes() -> dict[str, str]:
    """Text-speak shapes of every word: vowels (and the c of ck) left out, or one sound-alike;
    never an everyday English word or a Welsh dictionary word. About 4,000 shapes and a tenth of
    a second, the most of a start-up's share of this module: ``python -m safepost.engine.unmask``
    writes them to ``SHAPES`` (a test checks the file against this function)."""
    from safepost.engine.names.lexicon import english_words, welsh_words

    english, welsh = english_words(), welsh_words()
    words = vocabulary()

    def ordinary(shape: str) -> bool:
        # an everyday English word or a Welsh headword is that word ("lots" is not "l*uts"), and a
        # shape one vowel short of an everyday word is as likely a typo of it ("whre", "btch")
        if shape in words or shape in english or shape in welsh:
            return True
        return any(shape[:i] + v + shape[i:] in english for i in range(1, len(shape)) for v in "aeiou")

    out: dict[str, str] = {}
    for word in vocabulary():
        for old, new in _SOUND_ALIKE:
            at = word.find(old)
            while at >= 0:
                shape = word[:at] + new + word[at + len(old):]
                if len(shape) >= 4 and not ordinary(shape):
                    out.setdefault(shape, word)
                at = word.find(old, at + 1)
        droppable = [i for i in range(1, len(word) - 1)
                     if word[i] in _VOWELS or (word[i] == "c" and word[i + 1] == "k")]
        for n in range(1, len(droppable) + 1):
            for drop in combinations(droppable, n):
                shape = "".join(c for i, c in enumerate(word) if i not in drop)
                if shape[-1] != word[-1] or ordinary(shape):
                    continue
                if len(shape) >= 4 or (len(shape) == 3 and 2 * n >= len(word)):
                    out.setdefault(shape, word)
    return out


def write_shapes(path: Path = SHAPES) -> int:
    """Write :func:`build_shapes` with the digest of the lexicon it was built from; how many."""
    shapes = build_shapes()
    data = {
        "about": "Text-speak shapes of the offensive lexicon's words: python -m safepost.engine.unmask",
        "lexicon_sha256": _lexicon_digest(),
        "shapes": shapes,
    }
    path.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    return len(shapes)


def _fits(token: str, word: str) -> bool:
    for ch, want in zip(token, word, strict=True):
        if ch == want or ch in MASKS:
            continue
        if ch not in LOOKS_LIKE or want not in LOOKS_LIKE[ch]:
            return False
    return True


def _masked(token: str) -> tuple[str, str] | None:
    """The lexicon word ``token`` hides, when its letters and length fit one, and how it was read."""
    if _NUMERIC.fullmatch(token) or _INITIALS.fullmatch(token):
        return None
    letters = sum(c.isalpha() for c in token)
    masks = sum(c in MASKS for c in token)
    first = token[0]
    if letters >= 2 and masks <= letters:
        for word in _by_length().get(len(token), ()):
            if (first == word[0] or first in MASKS or word[0] in LOOKS_LIKE.get(first, "")) and _fits(token, word):
                return word, "masked"
    f_word = _f_word(token)
    if f_word is not None:
        return f_word, FIRST_LETTER
    if letters < 2:
        return None
    if masks <= letters:
        doubled = _masked_doubled(token)
        return (doubled, "masked") if doubled is not None else None
    # more symbols than letters ("s***e", "b*****d") only for a swear word whose first letter shows,
    # hidden with stars: the way swearing is printed, where a star rating or a redaction fits no word
    if not (first.isalpha() and all(c in _STARS for c in token if c in MASKS)):
        return None
    kinds = vocabulary()
    for word in _by_length().get(len(token), ()):
        if kinds[word] == PROFANITY and first == word[0] and _fits(token, word):
            return word, "masked"
    return None


def _masked_doubled(token: str) -> str | None:
    """A masked swear word with a letter doubled ("ff*cked", "shiit*"), compared with doubled letters
    written once on both sides."""
    squeezed = _SQUEEZE.sub(r"\1", token)
    if squeezed == token:
        return None
    for short, word in _squeezed_swearing().get(len(squeezed), ()):
        if squeezed[0] == short[0] and _fits(squeezed, short):
            return word
    return None


@cache
def _squeezed_swearing() -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = {}
    for word, kind in vocabulary().items():
        if kind == PROFANITY:
            short = _SQUEEZE.sub(r"\1", word)
            out.setdefault(len(short), []).append((short, word))
    return out


#: The f-word from its first letter alone ("f***", "ff***in", "f**ing"), the one swear word printed
#: so often that way that one letter is enough: ``f`` (or ``ff``), two or three symbols, an ending.
_F_WORD = re.compile(r"f{1,3}(?P<hidden>[*#%?@$!]{2,3})(?P<ending>[a-z]*)")


def _f_word(token: str) -> str | None:
    m = _F_WORD.fullmatch(token)
    if m is None:
        return None
    word = ("fuk" if len(m["hidden"]) == 2 else "fuck") + m["ending"]
    return word if vocabulary().get(word) == PROFANITY else None


def _spaced(text: str, start: int) -> tuple[int, str] | None:
    """A spaced-out word: where it starts (stray single letters before it dropped) and the word."""
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[a-z]{1,2}", text)]
    if sum(len(c) == 1 for _, c in chunks) < 3:
        return None
    words = vocabulary()
    for i in range(min(3, len(chunks) - 2)):
        joined = "".join(c for _, c in chunks[i:])
        word = joined if joined in words else _squeezed().get(_SQUEEZE.sub(r"\1", joined))
        if word is not None and len(word) >= 4:
            return start + chunks[i][0], word
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_TOKEN_CHARS = frozenset(_LETTERS + "0123456789*#%?^_.-~@$!|+¢€()")
#: After a letter these hide the next one ("tw*t", "sh1t"); ".", "!", "?", "-", "_" and ")" after a
#: word are punctuation ("lovely.", "wall!"), so they count only before a letter ("sh.t", "f--k").
_MASK_AFTER_LETTER = "0123456789*#%^~@$|+¢€"
_MASK_BEFORE_LETTER = "0123456789*#%?^_.-~@$!|+¢€("
_SEPARATORS = " .-_*+"
_WORD_EDGE = frozenset(_LETTERS + "0123456789*#%^@$|")


@cache
def _automaton() -> ahocorasick.Automaton:
    """One pass over the text finds every place a disguise could start: a mask or digit touching a
    letter, a letter written three times, two single letters between separators, a text-speak
    shape. Ordinary text has few such places, so the quick path stays quick."""
    found = ahocorasick.Automaton()
    for shape in _shapes():
        found.add_word(shape, ("shape", len(shape)))
    for x in _LETTERS:
        found.add_word(x * 3, ("stretch", 3))
        for m in _MASK_AFTER_LETTER:
            found.add_word(x + m, ("mask", 2))
        for m in _MASK_BEFORE_LETTER:
            found.add_word(m + x, ("mask", 2))
        for y in _LETTERS:
            for sep in _SEPARATORS:
                found.add_word(sep + x + sep + y + sep, ("spaced", 5))
    found.make_automaton()
    return found


@cache
def gate_triggers() -> frozenset[str]:
    """Strings a rule can add to the Aho-Corasick pass it already makes over a post (over
    :func:`skeleton`, where the digits and ``@$!|`` are already letters: ``sh1t`` -> ``shit``), so
    that :func:`find` runs only on a post with a possible disguise: a lexicon word, a text-speak shape, a
    tripled letter, a mask touching a letter, two single letters between separators. The rule
    also calls :func:`find` when :func:`symbol_beside_letter` (``f@ck`` reads ``fack``
    in the skeleton, which no trigger can know)."""
    out: set[str] = set(_shapes()) | set(vocabulary())
    out.update("*%^~+¢€")
    for x in _LETTERS:
        out.add(x * 3)
        for m in "#?_.-()":
            out.update(x + m + y for y in _LETTERS)
            out.update((x + m + m, m + m + x))  # "f--k", "f__king"
        for y in _LETTERS:
            out.update(sep + x + sep + y + sep for sep in _SEPARATORS)
    return frozenset(out)


#: Digits and symbols read as the letters they usually stand for ("sh1t" -> "shit", "$hit" -> "shit").
_SKELETON = str.maketrans("0134579@$!|", "oieastgasil")


def skeleton(folded: str) -> str:
    """The text a rule's gate scans for :func:`gate_triggers` (offsets unchanged): digits and
    ``@$!|`` written as letters, so a lexicon word spelt with them is a trigger. Only a gate reads
    it; :func:`find` reads the words themselves from the folded text."""
    return folded.translate(_SKELETON)


# a short word with the symbol in it, not an e-mail address or a handle ("office@ysgol.cymru")
_SYMBOL_BESIDE_LETTER = re.compile(
    r"(?<![a-z0-9._%+\-@$|])[a-z]{0,8}[@$|][a-z@$|]{0,10}(?![a-z0-9@\-]|\.[a-z0-9])")


def symbol_beside_letter(folded: str) -> bool:
    """``@``, ``$`` or ``|`` touching a letter (``f@ck``, ``c@nt``): the skeleton reads them as
    letters (``fack``), so a rule gated on it looks for them in the folded text. (``!`` is read as
    ``i``, which is what it usually hides: ``sh!t`` -> ``shit`` is a trigger.)"""
    return ("@" in folded or "$" in folded or "|" in folded) and _SYMBOL_BESIDE_LETTER.search(folded) is not None


def starts_spaced(folded: str) -> bool:
    """A text that opens with a single letter and a separator ("f u c k ..."), which the gate's
    spaced triggers (a separator each side) cannot see."""
    return len(folded) > 2 and folded[0].isalpha() and folded[1] in _SEPARATORS and folded[2].isalpha()


def find(folded: str, lo: int = 0, hi: int | None = None) -> list[Unmasked]:
    """Every disguised lexicon word in ``folded`` (lower case, as :func:`textnorm.fold` gives),
    or in ``folded[lo:hi]`` (a word that starts there is read whole)."""
    return find_in(folded, [(lo, len(folded) if hi is None else hi)])


def find_in(folded: str, spans: Iterable[tuple[int, int]]) -> list[Unmasked]:
    """Every disguised lexicon word that starts in one of ``spans`` of ``folded``: the spans are
    merged first, so a word near two of them is read once (a rule's gate hands over its windows)."""
    merged = _merge(spans)
    found: list[Unmasked] = []
    done = 0  # the end of the last token looked at: a hit inside it is not looked at again
    spaced = False
    for lo, hi in merged:
        done, spaced_here = _scan(folded, lo, hi, done, found)
        spaced = spaced or spaced_here
    if spaced:
        for lo, hi in merged:
            found = _read_spaced(folded, lo, hi, found)
    found.sort(key=lambda u: u.start)
    words = vocabulary()
    return [Unmasked(u.start, u.end, u.word, words[u.word], u.how) for u in found]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _scan(folded: str, lo: int, hi: int, done: int, found: list[Unmasked]) -> tuple[int, bool]:
    """Read the masked, stretched and text-speak words whose trigger lies in ``folded[lo:hi]``
    into ``found``; the end of the last token read, and whether spaced-out letters were seen."""
    padded = f" {folded} "
    automaton = _automaton()
    words = vocabulary()
    spaced = False
    pos: int | None = lo
    while pos is not None:
        at, pos = pos, None
        for last, (kind, size) in automaton.iter(padded, at, hi + 2):
            start = last - size  # in ``folded``: padded index - 1
            if kind == "spaced":
                spaced = True
                continue
            if start < done:
                continue
            if kind == "shape":
                end = start + size
                if _edge(folded, start - 1) or _edge(folded, end):
                    continue
                found.append(Unmasked(start, end, _shapes()[folded[start:end]], "", "text-speak"))
            elif kind == "stretch":
                start, end = _span(folded, start, _LETTERS, _LETTER_RUN)
                token = folded[start:end]
                word = _squeezed().get(_SQUEEZE.sub(r"\1", token))
                if word is not None and token not in words and not _edge(folded, start - 1) and not _edge(folded, end):
                    found.append(Unmasked(start, end, word, "", "stretched"))
            else:
                start, end = _span(folded, max(start, 0), _TOKEN_CHARS, _TOKEN_RUN)
                token = folded[start:end]
                hit = _masked_token(token)
                if hit is not None:
                    found.append(Unmasked(start + hit[0], end - hit[1], hit[2], "", hit[3]))
                elif sum(len(chunk) == 1 for chunk in _SEPARATED.split(token)) >= 2:
                    spaced = True  # "f.u.c.k", "ff-y-c-i-n": letters spaced out, read below
            done = end
            if end - start > 64:
                # a long token: start the scan again past it rather than visit its hits one by one
                pos = end + 1
                break
    return done, spaced


def _read_spaced(folded: str, lo: int, hi: int, found: list[Unmasked]) -> list[Unmasked]:
    """``found`` with the spaced-out words of ``folded[lo:hi]`` in place of what they overlap."""
    for m in _SPACED.finditer(folded, max(lo - 1, 0), hi):
        joined = _spaced(m.group(), m.start())
        if joined is not None:
            found = [u for u in found if not (joined[0] <= u.start < m.end())]
            found.append(Unmasked(joined[0], m.end(), joined[1], "", "spaced"))
    return found


def _edge(text: str, i: int) -> bool:
    """Whether ``text[i]`` would continue a word (so a shape there is part of a longer token)."""
    return 0 <= i < len(text) and text[i] in _WORD_EDGE


_LETTER_RUN = re.compile(r"[a-z]*")
_SEPARATED = re.compile(r"[.\-_*+]")
_TOKEN_RUN = re.compile(r"[a-z0-9*#%?^_.\-~@$!|+¢€()]*")


def _span(text: str, i: int, chars: frozenset[str] | str, run: re.Pattern[str]) -> tuple[int, int]:
    """The run of ``chars`` round index ``i`` (a hit is near its token's start, so the walk back is short)."""
    start = i
    while start > 0 and text[start - 1] in chars:
        start -= 1
    match = run.match(text, i)
    return start, (match.end() if match else i)


def _masked_token(token: str) -> tuple[int, int, str, str] | None:
    """The word a masked token hides, tried without punctuation round it first ("sh!t!", "(tw*t)"):
    how much was cut from each side, the word and how it was read."""
    if len(token) > _LONGEST + 4:
        return None
    left = len(token) - len(token.lstrip(".-_("))
    right = len(token) - len(token.rstrip(".!?-_)"))
    for a, b in ((left, right), (0, right), (0, 0)):
        candidate = token[a : len(token) - b]
        if not candidate or _HAS_DISGUISE.search(candidate) is None:
            return None  # a plain word with punctuation round it: "wall!" is not "w*lly"
        word = _masked(candidate)
        if word is not None:
            return a, b, *word
    return None


def unmask(folded: str) -> str:
    """``folded`` with every disguised lexicon word written out: "you tw*t" -> "you twat".

    The f-word read from its first letter (``f***``, ``ff***ing``) is left as typed: triage's
    lexicon matches it so (``f\\*+``, ``f\\*+ing``) and its model was trained on it so, and writing it
    out would change the words the shipped model reads for those comments without retraining it
    (``python -m training.triage`` would no longer give the shipped file)."""
    found = find(folded)
    if not found:
        return folded
    pieces = []
    pos = 0
    for u in found:
        if u.start < pos or u.how == FIRST_LETTER:
            continue
        pieces += [folded[pos: u.start], u.word]
        pos = u.end
    pieces.append(folded[pos:])
    return "".join(pieces)


if __name__ == "__main__":
    print(f"{write_shapes()} shapes written to {SHAPES}")
