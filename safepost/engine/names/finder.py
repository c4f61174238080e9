"""Find children's names in one field of text.

:func:`find_names` runs the school's automaton over the field, then judges each match by the
words around it: titles (``Mrs Hall``), famous people (``Harry Potter``), pets, places and
events (``Poppy Appeal``), class names (``Holly class``), names used as ordinary words
(``Will you...``), roles and names discussed as words. What survives becomes a
:class:`NameMatch` with offsets into the field's *original* text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from safepost.engine.names import lexicon, welsh
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import Entry, How, NameIndex, blank
from safepost.engine.textnorm import Folded

_INITIAL_AFTER = re.compile(r" ([a-z])(\.?)(?![a-z])")
_SPACED = re.compile(r"(?<![a-z])[a-z](?:[ .\-_*]{1,2}[a-z](?![a-z])){2,30}")
# A cheap first look on the blanked text (literal-led, so fast) before the real search above.
_SPACED_GATE = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")
_HASHTAG = re.compile(r"#[a-z0-9_]+")
_CAMEL = re.compile(r"[a-z][A-Z]")
_LETTERS = re.compile(r"[a-z]{3,}")
#: Beyond this many possible names in one field, context is no longer read (hostile input).
_MAX_JUDGED = 2000
_MAX_SPACED_RUNS = 500
_QUOTES = "'\"‘’“”"
_LIST_JOINS = (", ", " and ", " & ", " a ", " ac ", ",", " or ", " + ")


@dataclass(frozen=True)
class NameMatch:
    """A child's name found in the text. ``start``/``end`` index the original text."""

    start: int
    end: int
    pupils: tuple[int, ...]  # roster indexes; empty for a child not on the roster
    how: How
    confidence: float
    reason: str
    hashtag: bool = False


@dataclass(frozen=True)
class _Candidate:
    start: int  # folded offsets of the name itself
    end: int
    key: str
    entry: Entry
    full_end: int | None = None  # folded end when a surname or an initial follows
    pupils: tuple[int, ...] = ()


def find_names(folded: Folded, index: NameIndex, file_name: bool = False) -> list[NameMatch]:
    """Every child's name in the text behind ``folded``, in text order."""
    text = Text(folded, blank(folded.text))
    found = _automaton_matches(text, index)
    candidates = _candidates(text, index, found, file_name)
    accepted: dict[int, NameMatch] = {}
    undecided: list[_Candidate] = []
    for i, cand in enumerate(candidates):
        if i < _MAX_JUDGED:
            verdict = _judge(text, index, cand, file_name)
        else:  # a flood of names is hostile input: keep the cost linear, trust only plain roster names
            verdict = cand.entry.how is How.NAME and cand.key not in index.word_keys
        if verdict is True:
            match = _to_match(text, cand)
            accepted[match.start] = match  # keyed by original offset, as list mates look them up
        elif verdict is None:
            undecided.append(cand)
    _accept_list_mates(text, undecided, accepted)
    matches = list(accepted.values())
    matches.extend(_initial_surnames(text, index, found))
    matches.extend(_spaced_out(text, index, matches))
    matches.extend(_glued(text, index, matches, file_name))
    return _joined_full_names(text, _without_overlaps(matches))


# --- candidates ------------------------------------------------------------------------------


def _automaton_matches(text: Text, index: NameIndex) -> list[tuple[int, int, str]]:
    """(start, end, key) in folded offsets, longest first where two start together."""
    # blanked offsets are folded offsets + 1, and each pattern has a space at each end
    found = [(end - len(key) - 1, end - 1, key) for end, key in index.automaton.iter(text.blanked)]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    return found


def _candidates(
    text: Text, index: NameIndex, found: list[tuple[int, int, str]], file_name: bool
) -> list[_Candidate]:
    surname_at = {s: (e, k) for s, e, k in found if k in index.surnames}
    out: list[_Candidate] = []
    covered = -1
    # In ordinary text, an everyday word or a common name typed in lower case is just a word:
    # dropping those here keeps the cost per draft low ("will", "may", "hope" are frequent).
    case_counts = not text.all_lower and not file_name
    for start, end, key in found:
        entries = index.entries.get(key)
        if not entries or start < covered:
            continue
        if case_counts and (key in index.word_keys or entries[0].how is How.COMMON) and not text.is_upper_at(start):
            # blanked offsets are folded + 1, so blanked[:start + 1] ends just before the word
            previous = text.blanked[max(0, start - 24) : start + 1].rstrip().rpartition(" ")[2]
            if previous not in lexicon.CUE_ENDINGS:
                continue
        entry = _usable_entry(text, entries, start)
        if entry is None:
            continue
        cand = _with_surname(text, index, _Candidate(start, end, key, entry, pupils=entry.pupils), surname_at)
        out.append(cand)
        covered = end if " " in key else covered
    return out


def _usable_entry(text: Text, entries: tuple[Entry, ...], start: int) -> Entry | None:
    entry = entries[0]
    if entry.how is not How.MUTATED:
        return entry
    before = text.words_before(start, 1)
    assert entry.mutation is not None
    return entry if before and before[0] in welsh.TRIGGERS[entry.mutation] else None


def _with_surname(
    text: Text, index: NameIndex, cand: _Candidate, surname_at: dict[int, tuple[int, str]]
) -> _Candidate:
    """Extend a first name over the pupil's surname ("Olivia Sutcliffe") or an initial ("Olivia S.")."""
    gap = text.f[cand.end : cand.end + 1]
    nxt = surname_at.get(cand.end + 1)
    if nxt is not None and gap in " _-.":
        owners = set(index.surnames[nxt[1]]) & set(cand.pupils)
        if owners:
            return replace(cand, full_end=nxt[0], pupils=tuple(sorted(owners)))
    initial = _INITIAL_AFTER.match(text.f, cand.end)
    if initial and cand.entry.how is not How.COMMON and text.is_upper_at(initial.start(1)):
        letter, dot = initial.group(1), initial.group(2)
        if letter not in "ai" or dot:
            owners = {p for p in cand.pupils if key_initial(index, p) == letter}
            return replace(cand, full_end=initial.end(), pupils=tuple(sorted(owners)) or cand.pupils)
    return cand


def key_initial(index: NameIndex, pupil: int) -> str:
    last = index.pupils[pupil].last_name.strip()
    folded = last[:1].lower()
    return folded


# --- judging ---------------------------------------------------------------------------------


def _judge(text: Text, index: NameIndex, cand: _Candidate, file_name: bool) -> bool | None:
    """True: a child's name. False: not one. None: only if listed with a name (``A and B``)."""
    before = text.words_before(cand.start, 4)
    after = text.words_after(cand.full_end or cand.end, 3)
    prev = before[0] if before else ""
    if _not_a_child(text, index, cand, before, after):
        return False
    if cand.full_end is not None and cand.entry.how is not How.COMMON:
        return True
    key = cand.key
    if cand.entry.how is How.COMMON:
        return _common_name(text, index, cand)
    if key in index.staff_first and cand.entry.how is not How.NAME:
        return False  # a staff member's name that is only a pupil's nickname
    if key in index.classes:
        return _class_or_child(text, index, cand, prev, after)
    if key in lexicon.WORD_NAMES or (key in index.word_keys and key not in index.staff_first):
        return _word_or_name(text, index, cand, before, after, file_name)
    if _other_surname_follows(text, index, cand):
        return _child_evidence(text, index, cand) or None
    return True


def _not_a_child(text: Text, index: NameIndex, cand: _Candidate, before: list[str], after: list[str]) -> bool:
    key = cand.key
    prev = before[0] if before else ""
    gap = text.gap_before(cand.start)
    if prev in lexicon.TITLES and gap.strip(" .") == "":
        return True  # Mrs Hall, King Charles, Captain Tom, mum Kayleigh
    if _famous(key, before, after):
        return True
    if any(w in lexicon.PET_WORDS for w in before[:2]) and prev in lexicon.PET_WORDS | {"called", "named"}:
        return True
    if prev in ("by",) and cand.entry.how is How.COMMON:
        return True
    if _name_as_word(text, cand, before, after):
        return True
    if _role(text, index, cand, prev):
        return True
    if _title_of_work(text, cand) or _epithet(text, cand, after):
        return True
    if text.form(cand.start, cand.end) is Form.LOWER and not text.all_lower and prev in lexicon.DETERMINERS:
        return True  # "the attendance teddy", "a robin": a lower-case word after a determiner
    nxt = after[0] if after and text.gap_after(cand.full_end or cand.end) == " " else ""
    if cand.full_end is None and nxt in lexicon.PLACE_SUFFIXES and not text.possessive(cand.end):
        return key not in index.classes or nxt in ("class", "classroom", "team", "group")
    return key in index.staff_first and bool(after) and after[0] in index.staff_last


def _famous(key: str, before: list[str], after: list[str]) -> bool:
    if after and after[0] in ("ii", "iii", "iv", "viii"):
        return True  # Henry VIII, Elizabeth II
    if key not in lexicon.FAMOUS_WORDS:
        return False
    phrases = [key]
    if after:
        phrases.append(f"{key} {after[0]}")
        phrases.extend(f"{key} {' '.join(after[:n])}" for n in (2, 3) if len(after) >= n)
    if before:
        phrases.append(f"{before[0]} {key}")
        if len(before) > 1:
            phrases.append(f"{before[1]} {before[0]} {key}")
        if after:
            phrases.append(f"{before[0]} {key} {after[0]}")
    return any(p in lexicon.FAMOUS for p in phrases[1:])


def _name_as_word(text: Text, cand: _Candidate, before: list[str], after: list[str]) -> bool:
    two = " ".join(reversed(before[:2]))
    if (before and before[0] in lexicon.NAME_AS_WORD_BEFORE) or two in lexicon.NAME_AS_WORD_BEFORE:
        return True
    return bool(after) and " ".join(after[:4]).startswith(lexicon.NAME_AS_WORD)


def _role(text: Text, index: NameIndex, cand: _Candidate, prev: str) -> bool:
    gap = text.gap_after(cand.full_end or cand.end)
    if prev == "our" and "(" in gap:
        inside = text.words_after(cand.full_end or cand.end, 1)
        return bool(inside) and inside[0] in index.entries  # "our Mary (Phoebe)": the role, not the child
    return prev in lexicon.ROLE_BEFORE - {"our"}


def _epithet(text: Text, cand: _Candidate, after: list[str]) -> bool:
    """"Dai the lollipop man", "Bob the Builder": a name with a "the ..." description is no pupil."""
    if cand.full_end is not None or len(after) < 2 or after[0] != "the":
        return False
    return text.f[cand.end : cand.end + 5] == " the " and cand.key not in lexicon.WORD_NAMES


def _title_of_work(text: Text, cand: _Candidate) -> bool:
    """'Oliver!' in quotes, or "George's Marvellous Medicine": the title of a show or a book."""
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    left = text.original[max(0, o_start - 1) : o_start]
    right = text.original[o_end : o_end + 2].lstrip("!?")
    if left and left in _QUOTES and right[:1] in _QUOTES:
        return True
    if not text.possessive(cand.end):
        return False
    following = text.original[o_end + 2 : o_end + 60].split()[:2]
    return len(following) == 2 and all(w[:1].isupper() and w[1:2].islower() for w in following)


def _common_name(text: Text, index: NameIndex, cand: _Candidate) -> bool | None:
    """A common first name of no pupil: a child only when the words around say so."""
    form = text.form(cand.start, cand.end)
    if form is Form.LOWER and not text.all_lower:
        return cue_before(text, cand.start, wide=False)  # "well done to kacper" in a typed comment
    if _child_evidence(text, index, cand):
        return True
    return None if form is not Form.LOWER else False


def _class_or_child(text: Text, index: NameIndex, cand: _Candidate, prev: str, after: list[str]) -> bool | None:
    if prev in lexicon.SCHOOL_UNIT_LINKS | {"team", "class", "dosbarth", "tim"}:
        return False  # "from Holly", "Team Holly"
    if after and after[0] in ("class", "classroom", "have", "are", "were", "team", "pupils", "children"):
        return False
    return True if _child_evidence(text, index, cand) else None


def _word_or_name(
    text: Text, index: NameIndex, cand: _Candidate, before: list[str], after: list[str], file_name: bool
) -> bool | None:
    """A first name that is also a word (Will, May, Poppy, Seren): decide from case and neighbours."""
    key = cand.key
    word_before, word_after = lexicon.WORD_NAMES.get(key, (frozenset(), frozenset()))
    prev = before[0] if before else ""
    nxt = after[0] if after and text.gap_after(cand.end).strip() in ("", "-") else ""
    if prev in word_before and text.gap_before(cand.start) == " ":
        return False
    if nxt in word_after or _number_next_to(text, cand):
        return False
    if key == "mali" and any(w in lexicon.COUNTRY_TOPIC for w in text.words_before(cand.start, 12, True) + after):
        return False
    form = text.form(cand.start, cand.end)
    if form is Form.TITLE and not file_name:
        return not _modal_at_start(text, cand, key, nxt)
    if form is Form.LOWER and not text.all_lower and not file_name:
        return cue_before(text, cand.start, wide=False)  # "so proud of ruby", not "a ruby ring"
    return True if _child_evidence(text, index, cand) else None


def _modal_at_start(text: Text, cand: _Candidate, key: str, nxt: str) -> bool:
    # "Will parents please...", "May we remind...": a verb that starts a question or a wish
    return key in ("will", "may", "hope", "mark") and text.sentence_start(cand.start) and nxt not in ("", "and")


def _number_next_to(text: Text, cand: _Candidate) -> bool:
    if cand.key not in ("may", "june", "april", "august"):
        return False
    o_start, o_end = text.span(cand.start, cand.end)
    left = text.original[max(0, o_start - 6) : o_start]
    right = text.original[o_end : o_end + 3]
    return any(c.isdigit() for c in left[-5:]) or any(c.isdigit() for c in right)


def _other_surname_follows(text: Text, index: NameIndex, cand: _Candidate) -> bool:
    """"Rosa Parks": a capitalised word after the name that is not this pupil's surname."""
    if text.gap_after(cand.end) != " " or text.all_lower:
        return False
    after = text.words_after(cand.end, 1)
    if not after or after[0] in lexicon.COMMON_CAPITALISED or after[0] in index.classes:
        return False
    start = cand.end + 1
    return text.is_upper_at(start) and text.form(start, start + len(after[0])) is not Form.UPPER


def _child_evidence(text: Text, index: NameIndex, cand: _Candidate) -> bool:
    """Words around the name that say it is a child: a cue before, a class or year after."""
    if cue_before(text, cand.start):
        return True
    end = cand.full_end or cand.end
    after = text.words_after(end, 3)
    gap = text.gap_after(end)
    if text.possessive(end):
        return len(after) > 1 and after[1] in lexicon.CHILD_POSSESSIONS
    if not after:
        return False
    unit = after[1] if after[0] in lexicon.SCHOOL_UNIT_LINKS and len(after) > 1 else None
    if "(" in gap:
        unit = after[0]
    if unit is not None and (unit in index.classes or unit in lexicon.SCHOOL_UNITS):
        return True
    return after[0] in lexicon.AGE_WORDS


def _accept_list_mates(text: Text, undecided: list[_Candidate], accepted: dict[int, NameMatch]) -> None:
    """"Kacper and Ola": an undecided name joined by a list word to an accepted one is accepted."""
    by_end = {m.end: m for m in accepted.values()}
    changed = True
    while changed and undecided:
        changed = False
        for cand in list(undecided):
            if _next_to_accepted(text, cand, accepted, by_end):
                match = _to_match(text, cand, confidence=0.6)
                accepted[match.start] = match
                by_end[match.end] = match
                undecided.remove(cand)
                changed = True


def _next_to_accepted(
    text: Text, cand: _Candidate, by_start: dict[int, NameMatch], by_end: dict[int, NameMatch]
) -> bool:
    if text.form(cand.start, cand.end) is Form.LOWER and not text.all_lower:
        return False
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    # only matches at most 5 characters away can be joined to this one by a list word
    for gap in range(1, 6):
        before, after = by_end.get(o_start - gap), by_start.get(o_end + gap)
        if before is not None and _is_list_join(text.original[before.end : o_start]):
            return True
        if after is not None and _is_list_join(text.original[o_end : after.start]):
            return True
    return False


def _is_list_join(between: str) -> bool:
    return between.lower().replace("_", " ").replace("-", " ") in _LIST_JOINS


# --- other shapes of a name ------------------------------------------------------------------


def _initial_surnames(text: Text, index: NameIndex, found: list[tuple[int, int, str]]) -> list[NameMatch]:
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
            out.append(NameMatch(o_start, o_end, pupils, How.NAME, 0.85, "an initial and a pupil's surname"))
    return out


def _spaced_out(text: Text, index: NameIndex, found: list[NameMatch]) -> list[NameMatch]:
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
            if not word or word in lexicon.WORD_NAMES:
                i += 1
                continue
            entry = index.entries[word][0]
            o_start, o_end = text.span(positions[i], positions[i + len(word) - 1] + 1)
            out.append(NameMatch(o_start, o_end, entry.pupils, entry.how, 0.8, "a name spelt out letter by letter"))
            i += len(word)
    return out


def _glued(text: Text, index: NameIndex, found: list[NameMatch], file_name: bool) -> list[NameMatch]:
    """Names glued to other words: #WellDoneAmelia, millieHartley, oliviasutcliffe.jpg."""
    out = []
    for start, end, hashtag in _glued_tokens(text, file_name):
        hit = _glued_name(text, index, start, end)
        if hit is None:
            continue
        entry, s, e = hit
        span = text.span(start, end) if hashtag else text.span(s, e)
        reason = "a hashtag containing a pupil's name" if hashtag else "a name joined to other words"
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
    letters_start = start + (1 if token.startswith("#") else 0)
    for stop, key in index.inner.iter(token):
        s = start + stop - len(key) + 1
        e = s + len(key)
        if s < letters_start:
            continue
        entry = index.entries[key][0]
        camel_ok = (s == letters_start or text.is_upper_at(s)) and (
            e >= end or text.is_upper_at(e) or not text.f[e].isalpha()
        )
        edge_ok = (s == letters_start or e >= end or not text.f[e].isalpha()) and len(key) >= 4
        if key in index.word_keys or entry.how is How.COMMON:
            if not camel_ok or (s == letters_start and e >= end):
                continue
            if entry.how is How.COMMON or not _glued_word_is_name(text, key, e, end):
                continue
        if camel_ok or edge_ok:
            return entry, s, e
    return None


def _glued_word_is_name(text: Text, key: str, e: int, end: int) -> bool:
    # "#PoppyAppeal", "#SummerFair": the camel-case word after the name makes it a word
    _, word_after = lexicon.WORD_NAMES.get(key, (frozenset(), frozenset()))
    rest = re.match(r"[a-z]+", text.f[e:end]) if e < end else None
    if rest is None:
        return True
    nxt = rest.group()
    upper = [i for i in range(e + 1, e + len(nxt)) if text.is_upper_at(i)]
    word = nxt[: upper[0] - e] if upper else nxt
    return word not in word_after and word not in lexicon.PLACE_SUFFIXES


# --- results ---------------------------------------------------------------------------------


def _to_match(text: Text, cand: _Candidate, confidence: float | None = None) -> NameMatch:
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    how = cand.entry.how
    base = {How.NAME: 0.9, How.NICKNAME: 0.8, How.MUTATED: 0.75, How.SURNAME: 0.7, How.COMMON: 0.6}[how]
    if cand.full_end is not None and how is not How.COMMON:
        base = 0.97
    reason = {
        How.NAME: "a pupil's first or preferred name on the roster",
        How.NICKNAME: "a short form or nickname of a pupil's name on the roster",
        How.MUTATED: "a Welsh mutated form of a pupil's name on the roster",
        How.SURNAME: "a pupil's surname",
        How.COMMON: "a common first name where the words around it point to a child (not on the roster)",
    }[how]
    if cand.full_end is not None and how is not How.COMMON:
        reason = "a pupil's name with their surname or its initial"
    return NameMatch(o_start, o_end, cand.pupils, how, confidence or base, reason)


def _joined_full_names(text: Text, matches: list[NameMatch]) -> list[NameMatch]:
    """"Amelia Thomas" where Thomas is also a first name: one name, so one finding."""
    out: list[NameMatch] = []
    joined: set[int] = set()  # starts of matches already joined: "A B" is a name, "A B C D" a list
    for match in matches:
        last = out[-1] if out else None
        if (
            last is not None
            and last.start not in joined
            and not (last.hashtag or match.hashtag)
            and text.original[last.end : match.start] == " "
            and text.original[match.start : match.start + 1].isupper()
        ):
            pupils = last.pupils or match.pupils
            out[-1] = replace(last, end=match.end, pupils=pupils, confidence=max(last.confidence, match.confidence))
            joined.add(last.start)
            continue
        out.append(match)
    return out


def _without_overlaps(matches: list[NameMatch]) -> list[NameMatch]:
    out: list[NameMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if out and match.start < out[-1].end:
            continue
        out.append(match)
    return out
