"""Turning OCR lines into one text field, repairing what the recogniser typically gets wrong.

Lines are joined by newlines (the names finder reads no context across one), except where the
layout broke one phrase over two lines: a title or "Tŷ"/"Team" alone on its line before a name,
or a first name alone above its owner's surname alone (staff sign their cards that way). A line
that is only pupils' first names gets commas between them: labels drawn side by side.

The PP-OCR recogniser often drops the space between words (``MrsJeffreys``, ``SUMMERDAVIES``)
and mixes up look-alike characters (``0livia``). The text rules match whole words, so we put the
spaces back where the evidence is strong: a lower-case letter followed by a capital, a comma or
full stop glued to the next word, and a run of letters that is exactly two of the school's own
name parts (first, preferred or last names) back to back or one such part with a joining word
glued on ("Graceand"), unless the run is itself an everyday
word ("Rosemary" stays whole). A look-alike letter is swapped to make a pupil's name only in a
word that is no everyday word ("lsla" is Isla, "Victorja" is Victoria, "All" stays "All"). Handwriting and
photos add more slips, each put back only when the result is a pupil's name (or, for the
first two, an everyday word): a slash or a capital I for a handwritten l ("Wi/liams", "WilI"), a
doubled letter read once ("Lio" for Llio), one name read as two words ("Gwen Ilian" for
Gwenllïan), Welsh "a" glued on before another pupil's name ("Elina Ioan"), diacritics dropped
("Sion" for Siôn: the roster's spelling, so a finding's text is the name shown), a handwritten
capital read small ("Sage, will"; a certificate's large lone "jade"). A number glued
to a name is split off ("Mared5ed": a Welsh ordinal, not "Maredsed"), and a form's label and its
handwritten answer on one row ("Name:" ... "Hedd Williams") are read as one line. Every
character of the result keeps the box of the character it came from, so a finding's span maps
back to pixels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from safepost.engine.images.types import Box, OcrLine, union
from safepost.engine.names.lexicon import TITLES, UNIT_BEFORE, all_first_names, is_everyday_word
from safepost.engine.school import SchoolContext

Piece = tuple[str, Box | None]
_NAME_PREFIXES = ("mc", "mac", "o'", "d'", "fitz")
_LOOKALIKE = str.maketrans({"0": "o", "1": "l", "5": "s", "|": "l"})
#: The confusions PP-OCR makes most on names: l for I (lqbal, lsla), and j for a handwritten i
#: (Victorja, Lljo).
_SWAPS = {"l": "i", "i": "l", "j": "i"}
#: Joining words of three letters or more that blurred text glues to the name before them
#: ("Graceand Leo", "Efagyda'i"); shorter ones ("in", "yn") end too many real names (Ruthin).
_GLUED_WORDS = ("and", "the", "for", "was", "has", "with", "from", "gyda", "wedi", "sydd")
#: Articles and joining words the recogniser glues to the everyday word before them ("Tymoryr
#: Haf", "Cornerof"): put apart, the names finder sees "Tymor yr Haf", the summer term.
_GLUED_AFTER_WORDS = ("yr", "the", "of", "and")
#: A number's ending: English and Welsh ordinals (1st, 1af, 2il, 4ydd, 5ed, 9fed, 17eg, 22ain), times.
_ORDINAL_OR_TIME = re.compile(r"\d(?:st|nd|rd|th|am|pm|af|il|ydd|ed|fed|eg|ain)$", re.IGNORECASE)
#: A number (or an ordinal) glued to the word before it: "Mared5ed", "Jade12fed", "Year6".
_GLUED_NUMBER = re.compile(r"\d+[^\W\d_]{0,3}$")
#: A link or an address, left as read: a scheme, "www.", an e-mail, or a domain before a path.
_LINK = re.compile(r"@|://|www\.|\.[a-z]{2,}/", re.IGNORECASE)
#: Letters the recogniser reads once where a name has them twice ("Lio" for Llio, "Hed" for Hedd).
_DOUBLED = frozenset("dflmnrst")
#: Small letters whose handwritten capitals have the same shape (read small by the recogniser).
_SAME_SHAPE_CAPITALS = frozenset("cjkopsuvwxz")
#: Bullets and stars set between the phrases of a heading, which the recogniser glues on.
_BULLETS = frozenset("·•★☆*")
#: A surname's initial after a first name on a label: "C.", "C".
_INITIAL = re.compile(r"[A-Z]\.?")


def ocr_text(lines: Sequence[OcrLine], school: SchoolContext) -> tuple[str, list[Box | None]]:
    """The lines joined by newlines, and the box of every character of that text."""
    parts = name_parts(school)
    pieces: list[Piece] = []
    lines = reading_order(form_fields(lines))
    heights = sorted(line.box[3] for line in lines)
    for n, line in enumerate(lines):
        if n:
            pieces.append((" " if _one_phrase(lines[n - 1].text, line.text, school) else "\n", None))
        repaired = _accented(_repair_line(line, parts), name_accents(school))
        if _big_lone_word(lines, n, heights):
            repaired = _capital_restored(repaired, school, alone=True)
        pieces.extend(_names_listed(_initial_restored(_capital_restored(repaired, school), school), school))
    return "".join(c for c, _ in pieces), [b for _, b in pieces]


def _big_lone_word(lines: Sequence[OcrLine], n: int, heights: list[int]) -> bool:
    """A single lower-case word as large as most text in the picture, between lines that are
    not lower-case single words too: a certificate's handwritten name, not a list of words."""
    def lone_lower(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].text.strip().isalpha() and lines[k].text.strip().islower()

    return lone_lower(n) and lines[n].box[3] >= heights[len(heights) // 2] and not (lone_lower(n - 1) or lone_lower(n + 1))


def _capital_restored(pieces: list[Piece], school: SchoolContext, alone: bool = False) -> list[Piece]:
    """``Sage, will`` -> ``Sage, Will``: handwritten capitals shaped like their small letters (W, J,
    C, K, O, S...) are often read small. In a line that is only pupils' first names with commas
    between, at least one capitalised, or (``alone``) a lone large word that is a pupil's first
    name, such a small first letter is put back as a capital."""
    text = "".join(c for c, _ in pieces)
    items = [m for m in re.finditer(r"[^\s,]+", text)]
    if not items or re.search(r"[^\w\s,'’-]", text):
        return pieces
    firsts, _ = _first_and_last_names(school)
    if not all(_fold(m.group()) in firsts for m in items):
        return pieces
    if not alone and (len(items) < 2 or "," not in text or not any(m.group()[:1].isupper() for m in items)):
        return pieces
    out = list(pieces)
    for m in items:
        if m.group()[:1] in _SAME_SHAPE_CAPITALS:
            out[m.start()] = (m.group()[0].upper(), out[m.start()][1])
    return out


def _initial_restored(pieces: list[Piece], school: SchoolContext) -> list[Piece]:
    """``Seren w.`` -> ``Seren W.``: a surname's initial after a pupil's first name, read small
    because its capital has the small letter's shape, is put back as a capital."""
    text = "".join(c for c, _ in pieces)
    if "." not in text:
        return pieces
    firsts, _ = _first_and_last_names(school)
    out = pieces
    for m in re.finditer(r"\b([^\W\d_]+) ([a-z])\.(?=\s|,|$)", text):
        if m.group(1)[:1].isupper() and _fold(m.group(1)) in firsts and m.group(2) in _SAME_SHAPE_CAPITALS:
            out = list(out) if out is pieces else out
            out[m.start(2)] = (m.group(2).upper(), out[m.start(2)][1])
    return out


def _accented(pieces: list[Piece], accents: dict[str, str]) -> list[Piece]:
    """The line with each pupil's name that lost its diacritics spelt as on the roster."""
    if not accents:
        return pieces
    text = "".join(c for c, _ in pieces)
    out = list(pieces)
    for m in re.finditer(r"[^\W\d_]+", text):
        spelt = _with_accents(m.group(), accents)
        for k, c in enumerate(spelt):
            out[m.start() + k] = (c, out[m.start() + k][1])
    return out


def _names_listed(pieces: list[Piece], school: SchoolContext) -> list[Piece]:
    """``Poppy Daisy Holly`` -> ``Poppy, Daisy, Holly``: a line of pupils' first names with only
    spaces between (labels drawn side by side, read as one line) lists children; left alone, the
    finder would read two of them as one child's first name and surname."""
    text = "".join(c for c, _ in pieces)
    words = list(re.finditer(r"\S+", text))
    if len(words) < 2:
        return pieces
    firsts, lasts = _first_and_last_names(school)
    ends = _item_ends(words, firsts, lasts)
    if len(ends) < 2:
        return pieces
    out = list(pieces)
    for end in reversed(ends[:-1]):
        out.insert(end, (",", None))
    return out


def _item_ends(words: list[re.Match[str]], firsts: frozenset[str], lasts: frozenset[str]) -> list[int]:
    """Where each item of a line of labels ends, when every word is a pupil's first name, each
    perhaps followed by one initial ("Jade C.  Will S.  Joy O."); else nothing."""
    ends: list[int] = []
    after_name = False
    for w in words:
        word = w.group()
        if after_name and _INITIAL.fullmatch(word):
            ends[-1] = w.end()
            after_name = False
            continue
        folded = _fold(word)
        if not (word[:1].isupper() and folded in firsts and folded not in lasts):
            return []
        ends.append(w.end())
        after_name = True
    return ends


def _first_and_last_names(school: SchoolContext) -> tuple[frozenset[str], frozenset[str]]:
    """Pupils' first and preferred names, and every surname of pupils and staff, folded."""

    def build() -> tuple[frozenset[str], frozenset[str]]:
        firsts = {_fold(n) for p in school.pupils for n in (p.first_name, p.preferred_name) if n}
        lasts = {_fold(p.last_name) for p in school.pupils} | {_fold(s.last_name) for s in school.staff}
        return frozenset(firsts), frozenset(lasts)

    return school.memo("images-ocr-first-last", build)


def reading_order(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """The lines card by card: on a display board the recogniser's top-to-bottom order runs
    across the cards ("Dylan's heading, Faith's heading, Dylan's line..."); here a line follows
    the line right above it that it overlaps (a column of one card), so each card's lines stay
    together. A single column of lines keeps its order."""
    blocks: list[list[OcrLine]] = []
    for line in lines:
        home = min((b for b in blocks if _continues(b[-1], line)), key=lambda b: line.box[1] - _bottom(b[-1]),
                   default=None)
        if home is None:
            blocks.append([line])
        else:
            home.append(line)
    return [line for block in blocks for line in block]


def form_fields(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """``Name:`` and the name written after it on the same line, read as one line.

    On a form (a worksheet's "Name: ____", a book cover's "Class:") the recogniser reads the
    printed label and the handwritten answer as two boxes, often far apart, and the reading
    order can put other lines between them; the label is the child cue of its answer. A short
    line ending in a colon takes the nearest line to its right on the same row."""
    out = list(lines)
    for label in lines:
        core = label.text.strip()
        if not core.endswith(":") or len(core.split()) > 2 or label not in out:
            continue
        right = [line for line in out if line is not label and _same_row(label, line)]
        if not right:
            continue
        answer = min(right, key=lambda line: line.box[0])
        x, y, w, h = label.box
        gap_box = (x + w, y, max(1, answer.box[0] - x - w), h)
        box = union([label.box, answer.box])
        assert box is not None  # two boxes always have a union
        joined = OcrLine(f"{label.text} {answer.text}", box,
                         (*label.char_boxes, gap_box, *answer.char_boxes), min(label.confidence, answer.confidence))
        out[out.index(label)] = joined
        out.remove(answer)
    return out


def _same_row(label: OcrLine, line: OcrLine) -> bool:
    """Whether ``line`` starts right of ``label`` and shares at least half its height with it."""
    lx, ly, lw, lh = label.box
    x, y, _, h = line.box
    overlap = min(ly + lh, y + h) - max(ly, y)
    return x >= lx + lw - 0.2 * lh and overlap >= 0.5 * min(lh, h)


def _bottom(line: OcrLine) -> int:
    return line.box[1] + line.box[3]


def _continues(above: OcrLine, line: OcrLine) -> bool:
    """Whether ``line`` sits right under ``above``, overlapping at least half the narrower of the two."""
    ax, _, aw, ah = above.box
    x, y, w, h = line.box
    gap = y - _bottom(above)
    if gap < -0.3 * min(ah, h) or gap > 1.5 * max(ah, h):
        return False
    overlap = min(ax + aw, x + w) - max(ax, x)
    return overlap >= 0.5 * min(aw, w)


def _one_phrase(upper: str, lower: str, school: SchoolContext) -> bool:
    """Whether two lines are one phrase broken by the layout: a title or a house alone on its
    line before the name it belongs to ("Mrs" / "Grace Nicholls", "Tŷ" / "Celyn"), or a
    person's first name alone above their surname alone ("Grace" / "Nicholls")."""
    above, below = _fold(upper).strip(" .:").split(), _fold(lower).strip(" .!").split()
    if len(above) != 1 or not below or not lower.strip()[:1].isupper():
        return False
    if above[0] in TITLES or above[0] in UNIT_BEFORE:
        return True
    return len(below) == 1 and (above[0], below[0]) in _full_names(school)


def _full_names(school: SchoolContext) -> frozenset[tuple[str, str]]:
    """(first, last) of every pupil (first and preferred names) and every member of staff, folded."""

    def build() -> frozenset[tuple[str, str]]:
        out = {(_fold(s.first_name), _fold(s.last_name)) for s in school.staff}
        for p in school.pupils:
            out.update((_fold(first), _fold(p.last_name)) for first in (p.first_name, p.preferred_name) if first)
        return frozenset(out)

    return school.memo("images-ocr-full-names", build)


def span_box(boxes: Sequence[Box | None], start: int | None, end: int | None) -> Box | None:
    """The box covering characters ``start:end`` (the whole text when the span is open)."""
    lo = 0 if start is None else max(0, start)
    hi = len(boxes) if end is None else min(len(boxes), end)
    return union([b for b in boxes[lo:hi] if b is not None])


def name_parts(school: SchoolContext) -> frozenset[str]:
    """Every pupil's first, preferred and last name (folded), each at least 3 letters."""

    def build() -> frozenset[str]:
        out = set()
        for p in school.pupils:
            for name in (p.first_name, p.preferred_name, p.last_name):
                for word in name.replace("-", " ").split():
                    if len(word) >= 3:
                        out.add(_fold(word))
        return frozenset(out)

    return school.memo("images-ocr-name-parts", build)


def _is_word(folded: str) -> bool:
    """An everyday English or Welsh word (the names finder's own dictionaries)."""
    return is_everyday_word(folded)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _repair_line(line: OcrLine, parts: frozenset[str]) -> list[Piece]:
    pieces: list[Piece] = []
    text, boxes = line.text, line.char_boxes
    i = 0
    while i < len(text):
        if text[i].isspace():
            pieces.append((" ", boxes[i]))
            i += 1
            continue
        j = i
        while j < len(text) and not text[j].isspace():
            j += 1
        joined = _split_name_end(text, i, j, parts)
        if joined:  # "Gwen Ilian": one name (Gwenllian) read as two words
            word = text[i:j] + text[j + 1 : joined]
            pieces.extend(_repair_token(word, (*boxes[i:j], *boxes[j + 1 : joined]), parts))
            i = joined
            continue
        k = _glued_welsh_and(text[i:j], text[j:].split(maxsplit=1)[:1], parts)
        if k:  # "Elina loan": "Elin a Ioan" with the space before "a" lost
            pieces.extend(_repair_token(text[i : i + k], boxes[i : i + k], parts))
            pieces.append((" ", None))
            i += k
        pieces.extend(_repair_token(text[i:j], boxes[i:j], parts))
        i = j
    return pieces


def _split_name_end(text: str, i: int, j: int, parts: frozenset[str]) -> int:
    """The end of the next word when the word at ``i:j`` and it, with one space between, are one
    pupil's name read as two ("Gwen Ilian" for Gwenllian): the second word is no name and no
    everyday word, and the two together make a name (perhaps with one look-alike letter)."""
    if j >= len(text) or text[j] != " " or not text[i:j].isalpha():
        return 0
    end = j + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    second = text[j + 1 : end]
    if len(second) < 2 or not second.isalpha() or _fold(second) in parts or _is_word(_fold(second)):
        return 0
    both = _roster_spelling(text[i:j] + second, parts)
    return end if _fold(both) in parts else 0


def _glued_welsh_and(token: str, following: list[str], parts: frozenset[str]) -> int:
    """Where Welsh "a" (and) was glued to a pupil's name before another pupil's name: 4 for
    "Elina" before "Ioan" (read "loan") when Elin and Ioan are pupils and Elina is not; else 0."""
    if len(token) < 4 or not token.isalpha() or token[-1] not in "aA" or not following:
        return 0
    head, nxt = _fold(token[:-1]), following[0].strip(",.;:")
    if _fold(token) in parts or head not in parts or not nxt.isalpha():
        return 0
    return len(token) - 1 if _fold(_roster_spelling(nxt, parts)) in parts else 0


def _repair_token(token: str, boxes: Sequence[Box], parts: frozenset[str]) -> list[Piece]:
    if _LINK.search(token):
        return list(zip(token, boxes, strict=True))  # e-mail addresses and links stay as read
    token = _fix_lookalikes(_fix_capital_i(_fix_slashes(token, parts), parts))
    if len(token) > 1 and token.endswith("-") and token[-2].isalpha():  # "Will- lights": a dash
        return [*_repair_token(token[:-1], boxes[:-1], parts), (" ", None), ("-", boxes[-1])]
    out: list[Piece] = []
    word_start = 0
    for k in range(1, len(token)):
        if _boundary(token, k, word_start):
            out.extend(_split_names(token[word_start:k], boxes[word_start:k], parts))
            out.append((" ", None))
            word_start = k
    out.extend(_split_names(token[word_start:], boxes[word_start:], parts))
    return out


def _boundary(token: str, k: int, word_start: int) -> bool:
    """Whether a space was probably lost between ``token[k-1]`` and ``token[k]``."""
    prev, cur = token[k - 1], token[k]
    if prev.islower() and cur.isupper():
        return token[word_start:k].lower() not in _NAME_PREFIXES
    if prev in ",;/" and cur.isalpha():
        return True  # "Lloyd,Pennaeth", "Pennaeth/Headteacher"
    if (prev in _BULLETS and cur.isalpha()) or (cur in _BULLETS and prev.isalnum()):
        return True  # "2026·Tymor yr Haf", "Wythnos★Stars": a bullet between two phrases
    if prev.isalpha() and cur.isdigit() and k - word_start >= 2:
        return bool(_GLUED_NUMBER.fullmatch(token, k))  # "Mared5ed": a name, then her birthday

    return bool(prev == "." and cur.isupper() and k >= 2 and token[k - 2].isalpha())


def _fix_slashes(token: str, parts: frozenset[str]) -> str:
    """``Wi/liams`` -> ``Williams``: a slash between two lower-case letters is a handwritten l
    when that makes a pupil's name or an everyday word (``and/or`` stays)."""
    if "/" not in token:
        return token
    chars = list(token)
    for k in range(1, len(token) - 1):
        if token[k] == "/" and token[k - 1].islower() and token[k + 1].islower():
            start = k
            while start and (token[start - 1].isalpha() or token[start - 1] == "/"):
                start -= 1
            end = k + 1
            while end < len(token) and (token[end].isalpha() or token[end] == "/"):
                end += 1
            word = _fold("".join(chars[start:end]).replace("/", "l"))
            if word in parts or _is_word(word):
                chars[k] = "l"
    return "".join(chars)


def _fix_capital_i(token: str, parts: frozenset[str]) -> str:
    """``WilI`` -> ``Will``: a capital I after lower-case letters is an l when that makes a
    pupil's name or an everyday word (else the lost space before "I" is put back later)."""
    chars = list(token)
    for k in range(1, len(token)):
        if token[k] == "I" and token[k - 1].islower():
            start, end = k, k + 1
            while start and chars[start - 1].isalpha():
                start -= 1
            while end < len(token) and token[end].isalpha():
                end += 1
            word = _fold("".join(chars[start:end]).replace("I", "l"))
            if word in parts or _is_word(word):
                chars[k] = "l"
    return "".join(chars)


def _fix_lookalikes(token: str) -> str:
    """``0livia`` -> ``olivia``: a digit touching letters in a word of letters is a letter."""
    letters = sum(c.isalpha() for c in token)
    digits = sum(c.isdigit() for c in token)
    if letters < 3 or not 0 < digits <= 2 or _ORDINAL_OR_TIME.search(token):
        return token
    if not all(c.isalpha() or c in "015|'-." for c in token):
        return token
    chars = list(token)
    for k, c in enumerate(token):
        touching = (k and token[k - 1].isalpha()) or (k + 1 < len(token) and token[k + 1].isalpha())
        if c in "015|" and touching:
            chars[k] = c.translate(_LOOKALIKE)
    return "".join(chars)


def _roster_spelling(word: str, parts: frozenset[str]) -> str:
    """``lqbal`` -> ``Iqbal``: one look-alike letter swapped makes a name of the school's pupils."""
    folded = _fold(word)
    if folded in parts or len(folded) != len(word):
        return word
    for k, c in enumerate(folded):
        if k and _is_word(folded):
            break  # "All" stays "All" for a school with an Ali; but "loan" is Ioan (a capital I read as l)
        for alt in _SWAPS.get(c, ""):
            if folded[:k] + alt + folded[k + 1 :] in parts:
                new = alt.upper() if word[k].isupper() or (k == 0 and word[1:2].islower()) else alt
                return word[:k] + new + word[k + 1 :]
    return word


def _doubled(word: str, boxes: Sequence[Box], parts: frozenset[str]) -> tuple[str, Sequence[Box]]:
    """``Lio`` -> ``Llio``: a letter the recogniser read once where a pupil's name has it twice
    (handwritten ll, dd), in a word that is no everyday word and nobody's first name."""
    folded = _fold(word)
    if len(folded) != len(word) or folded in parts or _is_word(folded) or folded in all_first_names():
        return word, boxes
    for k, c in enumerate(folded):
        if c in _DOUBLED and folded[: k + 1] + c + folded[k + 1 :] in parts:
            twin = word[k] if word.isupper() else word[k].lower()
            return word[: k + 1] + twin + word[k + 1 :], (*boxes[: k + 1], boxes[k], *boxes[k + 1 :])
    return word, boxes


def _with_accents(word: str, accents: dict[str, str]) -> str:
    """``Sion`` -> ``Siôn``: the recogniser drops Welsh and other diacritics; a word that is a
    pupil's name but for its accents takes the roster's spelling (in the word's own case)."""
    spelt = accents.get(_fold(word))
    if spelt is None or len(spelt) != len(word) or spelt == word:
        return word
    return "".join(r.upper() if c.isupper() else r.lower() for c, r in zip(word, spelt, strict=True))


def name_accents(school: SchoolContext) -> dict[str, str]:
    """Pupils' name parts spelt with diacritics, by their folded form ("sion" -> "Siôn"), when
    every pupil whose name folds so spells it the same way."""

    def build() -> dict[str, str]:
        seen: dict[str, set[str]] = {}
        for p in school.pupils:
            for name in (p.first_name, p.preferred_name, p.last_name):
                for word in re.split(r"[\s-]+", unicodedata.normalize("NFC", name or "")):
                    if word and word.isalpha() and _fold(word) != word.casefold():
                        seen.setdefault(_fold(word), set()).add(word)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    return school.memo("images-ocr-name-accents", build)


def _split_names(word: str, boxes: Sequence[Box], parts: frozenset[str]) -> list[Piece]:
    """``SUMMERDAVIES`` -> ``SUMMER DAVIES`` when both halves are names of the school's pupils."""
    if word.isalpha() and len(word) >= 3:
        word = _roster_spelling(word, parts)
        word, boxes = _doubled(word, boxes, parts)
    pieces: list[Piece] = list(zip(word, boxes, strict=True))
    if len(word) < 6 or not word.isalpha() or _fold(word) in parts:
        return pieces
    folded = _fold(word)
    if len(folded) != len(word) or _is_word(folded):
        return pieces  # "Rosemary", "Summerhill": one word, even when its halves are names
    for k in range(3, len(word) - 2):
        if folded[:k] in parts and folded[k:] in parts:
            return [*pieces[:k], (" ", None), *pieces[k:]]
    split = _split_function_word(word, folded, pieces, parts)  # "loanand": Ioan and
    if len(split) != len(pieces) or folded in all_first_names():
        return split
    for glue in _GLUED_AFTER_WORDS:  # "Tymoryr": an everyday word, then an article
        k = len(word) - len(glue)
        if k >= 4 and folded.endswith(glue) and word[k:].islower() and _is_word(folded[:k]):
            return [*pieces[:k], (" ", None), *pieces[k:]]
    return pieces


def _split_function_word(word: str, folded: str, pieces: list[Piece], parts: frozenset[str]) -> list[Piece]:
    """``Graceand`` -> ``Grace and``: a capitalised name with a short joining word glued on."""
    if not ((word[0].isupper() or word[0] == "l") and word[1:].islower()):
        return pieces
    for glue in _GLUED_WORDS:
        k = len(word) - len(glue)
        if k < 3 or not folded.endswith(glue):
            continue
        head = _roster_spelling(word[:k], parts)  # "loanand": Ioan, with a capital I read as l
        if _fold(head) in parts:
            return [*zip(head, (b for _, b in pieces[:k]), strict=True), (" ", None), *pieces[k:]]
    return pieces
