"""Word labels on a display: a pupil's name that is also a word, alone on its line among words.

Pictures list single words a line (or a card) each: the school's values ("Respect", "Hope",
"Kindness"), the seasons ("Gwanwyn", "Haf", "Hydref", "Gaeaf"), trees, flowers. The names
finder reads a word-name alone on its line as a child, as it is on a coat peg. Here a list of
one-word lines decides (a run of consecutive ones, or the one-word headings of a board's cards,
each over a lower-case line): when it holds at least two capitalised everyday words that are
nobody's first name, and more of them than pupils' names that are no words, its word-names
are words too. Cue words ("Happy" / "Birthday") and award headings ("Tystysgrif",
"Gwobr") are no such words, so a certificate's stacked heading keeps its child.
Under a picture's first line about books ("Our Class Library") such a list is titles, so even
a name that is no word ("Matilda" among "Wonder" and "Holes") is a book.

Two more layouts name no child. A board whose cards' headings are described as places under
them ("Paris" / "capital of France", "Jordan" / "a country in Asia": at least two such
descriptions), or whose first line is about places ("Where in the World?", "Our Countries
Topic", "Gwledydd y Byd") and shows at least two pupils' names alone on their lines, is a
geography display: those one-word lines are the places. And a word-name straight before a price ("Honey 50p", "Jade: £2") is an item on a
price list (a class shop, a cake sale), not a child, and a line that is only a word-name and
a lower-case everyday word ("Autumn leaves", "Honey bees") is a caption or an artwork's label;
on a picture's first line the second word may be capitalised ("Autumn Art") unless it is
someone's surname or a pupil's first name ("Summer Whitlock", "Grace Kitchen" stay children).

Three more name no child. A season's name that is a pupil's, on a line of nothing but seasons,
when such lines hold two other seasons (a weather chart's tiles, however the reading order
scatters them). The lines under a table's column heading for books ("Llyfr / Book": a reading
record's titles, "Sali Mali a'r Sioe"). And, under a picture's first line about books or a
reading corner that names no job ("Library helpers"), each title-case line without "by"/"gan"
("Seren a Sbarc", a cover's "Ruby" over "Look Into My Eyes"): a first name alone there is a
title or its hero (a pupil's full name there is still reported; see ``book_title_ranges``).

Known weaknesses: a list whose other items are also given names ("Ruby", "Amber", "Jade" as
gemstones) still reads as children; a run of two pupils with a word-name and two everyday
words ("Hope", "Respect", "Kindness", "Kacper") is read as words for the word-names. A place
board needs its descriptions or its title: place headings under another title still read as
children, as does a priced item whose price is on another line; children listed one a line
under a title about the world ("Around the World Day") are read as places; a board of
children under "Reading Corner" with no job word, each on a line of their own, is read as
titles; a book column is found only when the reading order keeps it under its heading.
"""

from __future__ import annotations

import re
import unicodedata

from safepost.engine.names import lexicon
from safepost.engine.school import SchoolContext

_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_TRIM = " \t.,:;!?"
#: Heading words of certificates and awards, which sit above a child's name on their own lines.
_AWARD_WORDS = frozenset(
    "certificate award awards winner winners achievement tystysgrif gwobr gwobrau enillydd llwyddiant".split()
)
_CUE_WORDS = frozenset(w for p in lexicon.CHILD_CUES_BEFORE for w in p.split())
#: A card's line that describes its heading as a place: "capital of France", "a city in Italy",
#: "prifddinas Ffrainc", "gwlad yn Affrica".
_PLACE_DESCRIPTION = re.compile(
    r"(?:(?:the|a|an|y|yr)\s+)?(?:capital|country|city|town|village|state|county|island|region|"
    r"continent|province|prifddinas|gwlad|dinas|tref|pentref|sir|ynys|talaith|cyfandir)\s+(?:city\s+)?"
    r"(?:of|in|on|yn|ar|ym|o)?\b",
    re.IGNORECASE,
)
#: A picture's first line that makes the list under it book titles ("Our Class Library",
#: "Books of the Month", "Llyfrau'r Mis"): its one-word titles that are names are the books.
_BOOK_TITLE = re.compile(r"\b(?:library|libraries|books|bookshelf|book corner|reading corner|reading list|llyfrau|"
                         r"llyfrau'r|llyfrgell|cornel ddarllen|cornel lyfrau)\b", re.IGNORECASE)
#: (s12-fixtri) Praise or thanks on a line under such a heading make it about a child ("Well Done
#: Ruby!", "Diolch Ruby", "Llongyfarchiadau"), not a book's title.
_CHILD_CUES = re.compile(r"\b(?:well done|thank you|thanks|da iawn|diolch|congratulations|congrats|llongyfarchiadau)\b",
                         re.IGNORECASE)
#: Words in such a first line that make it a board of children with a job or an award ("Library
#: helpers", "Star Readers", "Darllenwyr y Mis"), not of books.
_ROLE_WORDS = frozenset(
    """helper helpers monitor monitors librarian librarians leader leaders champion champions star stars
    reader readers winner winners team rota prefect prefects ambassador ambassadors helpwr helpwyr
    arweinydd arweinwyr llyfrgellydd llyfrgellwyr darllenydd darllenwyr seren ser sêr pencampwr
    pencampwyr enillydd enillwyr""".split()
)
#: A table's column heading for books ("Book", "Llyfr / Book", "Book title", "Teitl"): the lines
#: under it are titles, whatever names they hold ("Sali Mali a'r Sioe").
_BOOK_COLUMN = re.compile(r"(?:(?:book|books|llyfr|llyfrau|title|teitl)(?:\s+title)?\s*/?\s*){1,2}", re.IGNORECASE)
#: Small words a title leaves in lower case: "Jack and the Beanstalk", "Sali Mali yn yr Eira".
_TITLE_SMALL_WORDS = frozenset("a an the and of in on at to for with or a'r ac yn yr y i o ar am ac gyda".split())
#: At most this many lines under a column heading are read as its column.
_COLUMN_LINES = 8
#: Months and their short forms, English and Welsh: the headings of a birthday chart.
_MONTHS = lexicon.MONTH_NAMES | frozenset(
    """january february march july september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec ion chwe maw ebr meh gorff gor tach rhag""".split()
)
#: A picture's first line that makes it a geography display: "Where in the World?", "Our
#: Countries Topic", "Capital Cities", "Gwledydd y Byd".
_PLACE_TITLE = re.compile(
    r"\b(?:countries|cities|capitals|continents|places|(?:in|around|of|across) the world|gwledydd|dinasoedd|"
    r"lleoedd|cyfandiroedd|y byd)\b",
    re.IGNORECASE,
)
#: A caption of two words: a capitalised word, then a lower-case one.
_CAPTION = re.compile(r"([^\W\d_][^\W\d_'’]*) ([^\W\d_A-Z][^\W\d_'’]*)")
_TITLE = re.compile(r"([^\W\d_][^\W\d_'’]*) ([^\W\d_][^\W\d_'’]*)")
#: Small words after a child's name on a label that make the line about the child ("Joy aged 7"
#: has a number; "Grace smiling", "Will reading" name what the child does).
_CAPTION_NOT_NOUNS = frozenset(
    "is was has and a ac yn sy sydd wedi aged oed reading smiling painting playing singing dancing".split()
)
#: A word-name straight before a price: "Honey 50p", "Jade - £2", "Sage: £1.50".
_PRICED = re.compile(r"([^\W\d_][^\W\d_'’-]*)\s*[-:–]?\s*(?:£\s?\d+(?:\.\d\d)?|\d+(?:\.\d\d)?\s?p)\b")


def word_label_spans(text: str, school: SchoolContext) -> set[tuple[int, int]]:
    """The (start, end) of each one-word line of ``text`` that is a word-name read as a word."""
    runs = _runs(text)
    firsts = _pupil_first_names(school)
    out = _place_headings(text, firsts) | _priced_items(text, firsts)
    out |= _two_word_captions(text, firsts, _surnames(school)) | _seasons_listed(text, firsts)
    first_line = text.split("\n", 1)[0]
    titles = _BOOK_TITLE.search(first_line) is not None
    dropped = ("word-name", "name") if titles else ("word-name",)
    for run in runs:
        kinds = [_kind(word, firsts) for _, _, word in run]
        words = kinds.count("word")
        if words < 2 or words <= kinds.count("name"):
            continue
        out.update((s, e) for (s, e, _), kind in zip(run, kinds, strict=True) if kind in dropped)
    return out


def book_title_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that is a book's title, where a pupil's first
    name alone is the title or its hero, not a child:

    * the lines under a table's column heading for books ("Llyfr / Book"): a reading record's
      titles ("Sali Mali a'r Sioe"). The column runs to the first line holding a colon
      ("Checked by: ...") or a blank, at most ``_COLUMN_LINES`` lines;
    * under a picture's first line about books ("Reading Corner", "Llyfrau'r Mis") that names
      no job or award ("Library helpers", "Star Readers"), each line in title case (every word
      capitalised but small joining words: "Seren a Sbarc", "Sali Mali yn yr Eira") with no
      "by"/"gan" (an author, or who chose it, is left to the names finder) and no praise or thanks
      ("Well Done Ruby!", "Diolch Ruby": a child)."""
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = _line_starts(text)
    first = lines[0]
    if _BOOK_TITLE.search(first) and not _ROLE_WORDS & {_fold(w) for w in _LABEL.findall(first)}:
        out.extend((starts[n], starts[n] + len(line)) for n, line in enumerate(lines[1:], 1)
                   if _title_case(line) and not _CHILD_CUES.search(line))
    for n, line in enumerate(lines):
        if not _BOOK_COLUMN.fullmatch(line.strip(_TRIM)):
            continue
        for k in range(n + 1, min(len(lines), n + 1 + _COLUMN_LINES)):
            if ":" in lines[k] or not lines[k].strip():
                break
            out.append((starts[k], starts[k] + len(lines[k])))
    return out


def _title_case(line: str) -> bool:
    """A short line whose words are all capitalised but small joining words, without "by"/"gan"."""
    words = _LABEL.findall(line)
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or _fold(w) in _TITLE_SMALL_WORDS for w in words) and \
        not {"by", "gan"} & {_fold(w) for w in words}


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _seasons_listed(text: str, firsts: frozenset[str]) -> set[tuple[int, int]]:
    """A pupil's name that is a season on a line of nothing but seasons, in a picture whose lines
    of seasons hold at least two others (a weather chart's "Gwanwyn", "Haf", "Hydref", "Gaeaf"
    tiles, wherever the reading order puts them, two to a line or one): the season."""
    words: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        tokens = [(offset + m.start(), offset + m.end(), m.group().strip(_TRIM)) for m in re.finditer(r"\S+", line)]
        if tokens and all(t[:1].isupper() and _fold(t) in lexicon.SEASONS for _, _, t in tokens):
            words.extend((s, s + len(t), _fold(t)) for s, _, t in tokens)
        offset += len(line) + 1
    seasons = {w for _, _, w in words}
    return {(s, e) for s, e, w in words if w in firsts and len(seasons - {w}) >= 2}


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Lists of one-word lines, each (start, end, word): runs of consecutive ones, and the
    cards' headings (a one-word line over a lower-case line: "Hydref" / "dail yn cwympo")."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    headings: list[tuple[int, int, str]] = []
    offset = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        core = line.strip(_TRIM)
        if _LABEL.fullmatch(core) and core[:1].isupper():
            start = offset + line.index(core)
            runs[-1].append((start, start + len(core), core))
            if n + 1 < len(lines) and lines[n + 1].strip()[:1].islower():
                headings.append((start, start + len(core), core))
        elif runs[-1]:
            runs.append([])
        offset += len(line) + 1
    return [r for r in (*runs, headings) if len(r) >= 3]


def _place_headings(text: str, firsts: frozenset[str]) -> set[tuple[int, int]]:
    """The pupils' names among a board's one-word card headings when at least two of the
    cards describe their heading as a place ("Paris" over "capital of France")."""
    lines = text.split("\n")
    starts = _line_starts(text)
    headings: list[tuple[int, int, str]] = []
    places = 0
    for n, line in enumerate(lines[:-1]):
        core = line.strip(_TRIM)
        below = lines[n + 1].strip()
        if not (_LABEL.fullmatch(core) and core[:1].isupper() and below[:1].islower()):
            continue
        start = starts[n] + line.index(core)
        headings.append((start, start + len(core), core))
        places += bool(_PLACE_DESCRIPTION.match(below))
    if places < 2 and not _PLACE_TITLE.search(lines[0]):
        return set()
    if places < 2:  # a place topic's title: every one-word line that is a pupil's name
        headings = _one_word_lines(lines, starts)
    named = {(s, e) for s, e, word in headings if _fold(word) in firsts}
    return named if places >= 2 or len(named) >= 2 else set()


def _one_word_lines(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """Each capitalised one-word line below the picture's first."""
    out = []
    for n, line in enumerate(lines[1:], 1):
        core = line.strip(_TRIM)
        if _LABEL.fullmatch(core) and core[:1].isupper():
            start = starts[n] + line.index(core)
            out.append((start, start + len(core), core))
    return out


def _priced_items(text: str, firsts: frozenset[str]) -> set[tuple[int, int]]:
    """Word-names at the start of a line straight before a price: items on a price list."""
    out: set[tuple[int, int]] = set()
    offset = 0
    for line in text.split("\n"):
        m = _PRICED.match(line.strip())
        if m:
            word = m.group(1)
            key = _fold(word)
            if key in firsts and lexicon.is_everyday_word(key):
                start = offset + line.index(word)
                out.add((start, start + len(word)))
        offset += len(line) + 1
    return out


def _two_word_captions(text: str, firsts: frozenset[str], surnames: frozenset[str]) -> set[tuple[int, int]]:
    """A line that is only a word-name and a lower-case everyday word ("Autumn leaves", "Honey
    bees", "Storm clouds"): an artwork's label or a caption, not a child; on the picture's first
    line the second word may be capitalised ("Autumn Art": a title) unless it is a surname."""
    out: set[tuple[int, int]] = set()
    offset = 0
    for n, line in enumerate(text.split("\n")):
        m = (_TITLE if n == 0 else _CAPTION).fullmatch(line.strip(_TRIM))
        if m:
            key, second = _fold(m.group(1)), _fold(m.group(2))
            if key in firsts and lexicon.is_everyday_word(key) and lexicon.is_everyday_word(second) \
                    and second not in _CAPTION_NOT_NOUNS and second not in surnames and second not in firsts:
                start = offset + line.index(m.group(1))
                out.add((start, start + len(m.group(1))))
        offset += len(line) + 1
    return out


def _kind(word: str, firsts: frozenset[str]) -> str:
    key = _fold(word)
    everyday = lexicon.is_everyday_word(key)
    if key in firsts:
        return "word-name" if everyday else "name"
    if not everyday or key in _CUE_WORDS or key in _AWARD_WORDS or key in lexicon.TITLES or key in _MONTHS:
        return "other"  # a month over its birthdays ("Mar" / "Honey") is a date, not a word listed
    if key in lexicon.all_first_names() or key in lexicon.UNIT_BEFORE:
        return "other"
    return "word"


def _surnames(school: SchoolContext) -> frozenset[str]:
    def build() -> frozenset[str]:
        surnames = [p.last_name for p in school.pupils] + [s.last_name for s in school.staff]
        return frozenset(_fold(w) for name in surnames for w in re.split(r"[\s-]+", name) if w)

    return school.memo("images-label-surnames", build)


def _pupil_first_names(school: SchoolContext) -> frozenset[str]:
    def build() -> frozenset[str]:
        return frozenset(_fold(n) for p in school.pupils for n in (p.first_name, p.preferred_name) if n)

    return school.memo("images-label-first-names", build)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
