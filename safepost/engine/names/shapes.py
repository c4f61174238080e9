"""Other shapes of a name: "R. Smith", "A m e l i a", "#WellDoneAmelia", "oliviasutcliffe.jpg"."""

from __future__ import annotations

import re
from bisect import bisect_left

from safepost.engine.i18n import N_
from safepost.engine.names import lexicon
from safepost.engine.names.context import Form, Text
from safepost.engine.names.index import Entry, How, NameIndex
from safepost.engine.names.match import NameMatch
from safepost.engine.textnorm import fold

_SPACED = re.compile(r"(?<![a-z])[a-z](?:[ .\-_*]{1,2}[a-z](?![a-z])){2,30}")
# A cheap first look on the blanked text (literal-led, so fast) before the real search above.
_SPACED_GATE = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")
_HASHTAG = re.compile(r"#[a-z0-9_]+")
_CAMEL = re.compile(r"[a-z][A-Z]")
_LETTERS = re.compile(r"[a-z]{3,}")
_MAX_SPACED_RUNS = 500
# "baby Arran", "his wee brother Antek": any capitalised word after these is taken as a child's name,
# and so is Welsh "ei chwaer fach, Enlli" (his little sister, Enlli)
# and a birth announced: "Welcome to the world, wee Ailsa!". The kin phrase comes first and
# "baby" alone never stands before a kin word: "his baby brother Tiernan" names Tiernan, not "brother".
_KIN = r"(?:brother|sister|cousin)"
_STRONG_CUE = re.compile(
    rf"\b(?:(?:wee|little|baby|big|twin) {_KIN}|baby(?! {_KIN}\b)|welcome to the world,(?: wee| little| baby)?)"
    r"[ ,]{1,2}([a-z]{2,20})\b"
)
# lost property: "a hoodie with Callan's name in the label" (a child whatever the roster says)
_NAME_ON_A_LABEL = re.compile(r"\b([a-z]{2,20})['’]s name (?:is )?(?:in|on|inside|written on) (?:the|its|a) (?:label|tag|collar)\b")
_WELSH_SIBLING_BEFORE = re.compile(r"\b(?:brawd|chwaer) (?:bach|fach|mawr|fawr|newydd)[ ,]{1,2}([a-z]{2,20})\b")
# "Elsi fach, chwaer newydd Tirion" (little Elsi, Tirion's new sister): the name before its cue
_WELSH_SIBLING_AFTER = re.compile(r"\b([a-z]{2,20}) (?:bach|fach), (?:chwaer|brawd|cefnder|cyfnither)\b")
_MAX_CUED = 50
_SIBLING_REASON = N_("a capitalised word right after \"baby\" or \"wee brother\"")
_PUPILS_KIN_REASON = N_("a capitalised word right after a pupil's \"brother\", \"sister\" or \"cousin\"")
_ONLY_A_NAME_REASON = N_("a capitalised word where only a child's name fits (a birth announced, a name on a label)")


def initial_surnames(text: Text, index: NameIndex, found: list[tuple[int, int, str]]) -> list[NameMatch]:
    """"R. Smith": an initial and a pupil's surname, when a pupil has both."""
    out = []
    for start, _, surname in found:
        owners = index.surnames.get(surname)
        if not owners or start < 2 or text.f[start - 1] not in ". ":
            continue
        head = text.f[max(0, start - 3) : start]
        if len(head) < 2 or not head.endswith((". ", ".")) or not head[-3:-1].strip(" .").isalpha():
            continue
        letter_at = start - (3 if head.endswith(". ") else 2)
        if letter_at < 0 or (letter_at > 0 and text.f[letter_at - 1].isalpha()) or not text.is_upper_at(letter_at):
            continue
        letter = text.f[letter_at]
        pupils = tuple(p for p in owners if letter in index.first_initials[p])
        if pupils:
            o_start, o_end = text.span(letter_at, start + len(surname))
            out.append(NameMatch(o_start, o_end, pupils, How.NAME, 0.85, N_("an initial and a pupil's surname")))
    return out


def _cue_reason(m: re.Match[str]) -> str:
    return _ONLY_A_NAME_REASON if m.group().startswith("welcome") else _SIBLING_REASON


def after_strong_cue(text: Text) -> list[NameMatch]:
    """A child not on the roster with a name too rare for the name list, after "baby" or
    "wee brother", in a birth announced ("Welcome to the world, wee Ailsa") or on a lost
    jumper's label ("with Callan's name in the label"): the cue is strong enough that a
    capitalised word there is a name."""
    f = text.f
    english = "baby" in f or "brother" in f or "sister" in f or "cousin" in f or "the world," in f
    welsh = "chwaer" in f or "brawd" in f  # plain substring tests: far cheaper than a regex
    labelled = "s name " in f
    if text.all_lower or not (english or welsh or labelled):
        return []
    # (match, whether the cue comes first, why a name fits there)
    found = [(m, True, _cue_reason(m)) for m in _STRONG_CUE.finditer(f)] if english else []
    if labelled:
        found.extend((m, False, _ONLY_A_NAME_REASON) for m in _NAME_ON_A_LABEL.finditer(f))
    if welsh:
        found.extend((m, True, _SIBLING_REASON) for m in _WELSH_SIBLING_BEFORE.finditer(f))
        found.extend((m, False, _SIBLING_REASON) for m in _WELSH_SIBLING_AFTER.finditer(f))
    out: list[NameMatch] = []
    for n, (m, cue_first, reason) in enumerate(found):
        if n >= _MAX_CUED:
            break
        start, end = m.span(1)
        word = m.group(1)
        cue_start = m.start()
        if (
            text.form(start, end) is not Form.TITLE
            or (cue_first and text.is_upper_at(cue_start) and not text.sentence_start(cue_start))  # "Baby Shark"
            or word in lexicon.NOT_BABY_NAMES
            or word in lexicon.COMMON_CAPITALISED
            or word in lexicon.TITLES
        ):
            continue
        o_start, o_end = text.span(start, end)
        out.append(NameMatch(o_start, o_end, (), How.COMMON, 0.6, reason))
    return out


# "Harleen's cousin Gurleen", "Ava's little sister Noor": a pupil's brother, sister or cousin
_PUPILS_KIN = re.compile(
    rf"\b([a-z]{{2,20}})['’]s (?:(?:wee|little|baby|big|twin|older|younger|new) )?{_KIN} ([a-z]{{2,20}})\b"
)


def after_a_pupils_kin(text: Text, index: NameIndex) -> list[NameMatch]:
    """A child not on the roster named as a pupil's brother, sister or cousin ("Harleen's cousin
    Gurleen from Rushey Mead Primary"): a pupil's kin is a child, and the capitalised word after
    the kin word names them, however rare the name. The owner must be a pupil's first or preferred
    name on the roster, with no title before it: "Mrs Morgan's sister Carol" is a grown-up's kin
    (Morgan a pupil's surname), and an everyday word no name list knows is a story's character ("Robin's
    brother Fox")."""
    f = text.f
    if text.all_lower or not ("brother" in f or "sister" in f or "cousin" in f):
        return []
    out: list[NameMatch] = []
    for n, m in enumerate(_PUPILS_KIN.finditer(f)):
        if n >= _MAX_CUED:
            break
        start, end = m.span(2)
        word = m.group(2)
        if not _a_pupils_first_name(text, index, m.start(1), m.end(1)):
            continue
        if text.form(start, end) is not Form.TITLE or word in lexicon.COMMON_CAPITALISED or word in lexicon.TITLES:
            continue
        o_start, o_end = text.span(start, end)
        out.append(NameMatch(o_start, o_end, (), How.COMMON, 0.6, _PUPILS_KIN_REASON))
    return out


def _a_pupils_first_name(text: Text, index: NameIndex, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` is a roster first or preferred name with no
    title before it ("Mrs Morgan", "Mr Ellis Rees", "Athro Huw"): a common name no pupil has, or a
    pupil's surname, does not make its owner a pupil."""
    if text.form(start, end) is not Form.TITLE:
        return False
    if not any(e.how is How.NAME for e in index.entries.get(text.f[start:end], ())):
        return False
    before = text.words_before(start, 2)
    # a title right before, or before a first name that comes before a surname ("Mrs Ellis Morgan's")
    return not (before[:1] and before[0] in lexicon.TITLES) and not (
        len(before) == 2 and before[1] in lexicon.STAFF_TITLES and text.is_upper_at(start - len(before[0]) - 1)
    )


# "Well done to Danno for his...": a praise cue, then one capitalised word
_PRAISE_CUES = ("well done", "congrat", "shout", "da iawn", "llongyfarchiadau")
# the rest of the cue ("congrat|ulations to", "shout| out to") and the word after it
_PRAISED = re.compile(r"(?:ulations|s)?(?: ?out)?(?: to| i)? ([a-z]{3,8})\b")
# the endings English, Scots and Irish pet forms take ("Danno", "Jonny", "Lizzie", "Gaz", "Jonesy")
_PET_ENDINGS = ("o", "y", "ie", "ey", "s", "z", "za", "sy", "ers")


def cued_nickname(text: Text, index: NameIndex) -> list[NameMatch]:
    """"Well done to Danno for his spelling": after a praise cue, a capitalised word that is no
    word, no name we know and no class, shaped like a pet form (a roster first name's first three
    letters and a pet ending) is that pupil, called by a nickname the roster does not list."""
    if text.all_lower:
        return []
    out: list[NameMatch] = []
    for m in _praised_words(text.f):
        start, end = m.span(1)
        word = m.group(1)
        if text.form(start, end) is not Form.TITLE or not word.endswith(_PET_ENDINGS) or text.is_upper_at(end + 1):
            continue  # "Congratulations to Glenmachan PS": a capitalised word after is a place's
        if word in index.entries or word in index.surnames or word in index.classes or word in index.staff_first:
            continue  # a name the index knows is judged with the others
        if lexicon.is_everyday_word(word) or word in lexicon.all_first_names() or word in lexicon.COMMON_CAPITALISED:
            continue
        pupils = tuple(i for i, p in enumerate(index.pupils) if _stem(p.preferred_name or p.first_name) == word[:3])
        if pupils:
            o_start, o_end = text.span(start, end)
            out.append(NameMatch(o_start, o_end, pupils, How.NICKNAME, 0.6,
                                 N_("a short form or nickname of a pupil's name on the roster")))
    return out


def _praised_words(f: str) -> list[re.Match[str]]:
    """The word right after each praise cue (found by plain substring search, which is cheap)."""
    out: list[re.Match[str]] = []
    for cue in _PRAISE_CUES:
        at = f.find(cue)
        while at >= 0 and len(out) < _MAX_CUED:
            if at == 0 or not f[at - 1].isalpha():
                m = _PRAISED.match(f, at + len(cue))
                if m is not None:
                    out.append(m)
            at = f.find(cue, at + len(cue))
    return out


def _stem(name: str) -> str:
    return fold(name.strip()).text[:3]


def spaced_out(text: Text, index: NameIndex, found: list[NameMatch]) -> list[NameMatch]:
    """"A m e l i a": letters spaced out to dodge a filter."""
    out: list[NameMatch] = []
    if not _SPACED_GATE.search(text.blanked):
        return out
    lengths = sorted({len(k) for k in index.spaced_keys if len(k) >= 3}, reverse=True)
    for n, run in enumerate(_SPACED.finditer(text.f)):
        if n >= _MAX_SPACED_RUNS:
            break
        positions = [m.start() + run.start() for m in re.finditer(r"[a-z]", run.group())]
        letters = "".join(text.f[p] for p in positions)
        i = 0
        while i < len(letters) - 2:
            word = next((letters[i : i + k] for k in lengths if letters[i : i + k] in index.spaced_keys), "")
            if not word or lexicon.is_word_name(word):
                i += 1
                continue
            entry = index.entries[word][0]
            o_start, o_end = text.span(positions[i], positions[i + len(word) - 1] + 1)
            out.append(NameMatch(o_start, o_end, entry.pupils, entry.how, 0.8, N_("a name spelt out letter by letter")))
            i += len(word)
    return out


def glued(text: Text, index: NameIndex, found: list[NameMatch], file_name: bool) -> list[NameMatch]:
    """Names glued to other words: #WellDoneAmelia, millieHartley, oliviasutcliffe.jpg."""
    out = []
    for start, end, hashtag in _glued_tokens(text, file_name):
        hit = _glued_name(text, index, start, end)
        if hit is None:
            continue
        entry, s, e = hit
        span = text.span(start, end) if hashtag else text.span(s, e)
        reason = N_("a hashtag containing a pupil's name") if hashtag else N_("a name joined to other words")
        confidence = 0.6 if entry.how is How.COMMON else 0.85
        out.append(NameMatch(span[0], span[1], entry.pupils, entry.how, confidence, reason, hashtag=hashtag))
    return out


def _glued_tokens(text: Text, file_name: bool) -> list[tuple[int, int, bool]]:
    """Folded spans of hashtags, and of words with a name glued in (file names, camelCase)."""
    tokens = [(m.start(), m.end(), True) for m in _HASHTAG.finditer(text.f)]
    in_hashtag = {i for s, e, _ in tokens for i in range(s, e)}
    if file_name:
        tokens.extend((m.start(), m.end(), False) for m in _LETTERS.finditer(text.f) if m.start() not in in_hashtag)
    elif any(c in text.original for c in "@/_"):
        # camelCase outside a hashtag is looked for only where one is likely (handles, links):
        # searching every draft for it would cost more than the rest of the rule
        seen: set[int] = set()
        for m in _CAMEL.finditer(text.original):
            upper = bisect_left(text.folded.starts, m.start() + 1)
            run = _letter_run(text.f, upper)
            if run[0] not in seen and run[0] not in in_hashtag:
                seen.add(run[0])
                tokens.append((*run, False))
    return tokens


def _letter_run(f: str, index: int) -> tuple[int, int]:
    start = end = index
    while start > 0 and f[start - 1].isalpha():
        start -= 1
    while end < len(f) and f[end].isalpha():
        end += 1
    return start, end


def _glued_name(text: Text, index: NameIndex, start: int, end: int) -> tuple[Entry, int, int] | None:
    token = text.f[start:end]
    hashtag = token.startswith("#")
    letters_start = start + (1 if hashtag else 0)
    if not hashtag and lexicon.is_everyday_word(token):
        return None  # "islands", "jackets": one word, no name glued into it ("isla", "jack")
    for stop, key in index.inner.iter(token):
        s = start + stop - len(key) + 1
        e = s + len(key)
        if s < letters_start:
            continue
        entry = index.entries[key][0]
        camel_ok = (s == letters_start or text.is_upper_at(s)) and (
            e >= end or text.is_upper_at(e) or not text.f[e].isalpha()
        )
        whole = (s == letters_start or not text.f[s - 1].isalpha()) and (e >= end or not text.f[e].isalpha())
        if whole and not hashtag:
            continue  # a whole word of a file name or a link was judged with its context already
        if key in index.word_keys or entry.how is How.COMMON:
            if not camel_ok or whole:
                continue
            if entry.how is How.COMMON or not _glued_word_is_name(text, key, e, end):
                continue
            if hashtag and _glued_after_welsh_word(text, s, letters_start):
                continue
        if camel_ok or whole or _glued_at_edge(text, s, e, letters_start, end):
            return entry, s, e
    return None


def _glued_at_edge(text: Text, s: int, e: int, letters_start: int, end: int) -> bool:
    """"oliviasutcliffe", "welldoneolivia": a name at one end of a run of letters, with a word
    of at least three letters on the other side. Not "olly" in "holly": the rest is no word."""
    if e - s < 4:
        return False
    if s == letters_start or not text.f[s - 1].isalpha():
        rest = e
        while rest < end and text.f[rest].isalpha():
            rest += 1
        return rest - e >= 3
    if e >= end or not text.f[e].isalpha():
        rest = s
        while rest > letters_start and text.f[rest - 1].isalpha():
            rest -= 1
        return s - rest >= 3
    return False


#: A year glued after a word-name: "#Summer2026", "#Haf2026" are a season or an event.
_GLUED_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
#: Words that, glued before a name, introduce the child ("#WellDoneEira", "#DiolchHaf"); Welsh
#: praise ("#GwychEira", "#ArbennigHaf": brilliant Eira) is said of the child, not a Welsh phrase.
_GLUED_CUES = (
    lexicon.CUE_ENDINGS
    | frozenset(p.split()[-1] for p in lexicon.PERSON_CUES_BEFORE)
    | {"diolch", "gwych", "arbennig", "anhygoel", "ardderchog", "campus"}
)


def _glued_word_is_name(text: Text, key: str, e: int, end: int) -> bool:
    # "#PoppyAppeal", "#SummerFair": the camel-case word after the name makes it a word; so does
    # a year ("#Haf2026") or Welsh "the" ("#SerenYrWythnos": the star of the week)
    _, word_after = lexicon.WORD_NEIGHBOURS.get(key, (frozenset(), frozenset()))
    if _GLUED_YEAR.match(text.f, e):
        return False
    rest = re.match(r"[a-z]+", text.f[e:end]) if e < end else None
    if rest is None:
        return True
    nxt = rest.group()
    upper = [i for i in range(e + 1, e + len(nxt)) if text.is_upper_at(i)]
    word = nxt[: upper[0] - e] if upper else nxt
    return word not in word_after and word not in lexicon.PLACE_SUFFIXES and word not in lexicon.WELSH_ARTICLES


def _glued_after_welsh_word(text: Text, s: int, letters_start: int) -> bool:
    """"#DiwrnodEira", "#GwylHaf": a word-name glued after a Welsh word is the second half of a
    Welsh phrase (Welsh puts the describing noun after: "snow day", "summer festival"); not after
    a word that introduces a child ("#LlongyfarchiadauSeren", "#DaIawnAlaw", "#DiolchHaf")."""
    if s <= letters_start:
        return False
    start = s - 1
    while start > letters_start and not text.is_upper_at(start) and text.f[start - 1].isalpha():
        start -= 1
    return welsh_describing_noun(text.f[start:s])


def welsh_describing_noun(word: str) -> bool:
    """A Welsh word (no English one) that a word-name after it describes, as in "diwrnod eira"
    (snow day) or "celf enfys" (rainbow art); not one that introduces a child ("diolch", "gwych")."""
    return len(word) > 2 and word.isalpha() and word not in _GLUED_CUES and lexicon.is_only_welsh(word)


def year_at(text: Text, start: int) -> bool:
    """A year at ``start`` of the folded text: "#Haf2026", "mabolgampau_heulwen_2026.jpg"."""
    return bool(_GLUED_YEAR.match(text.f, start))

