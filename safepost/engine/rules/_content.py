"""Helpers shared by the content rules (LAN401, LOC201, LNK501, CON601).

These rules weigh several small signals (a word from a lexicon, a phrase around it, the tense
of the sentence) rather than match one pattern, so they share: loading a lexicon from
``safepost/engine/lexicons/<name>.yaml``, compiling word lists into one bounded regex,
cutting text into sentences, and turning a set of signals into a :class:`Hit`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from safepost.engine._yaml import SAFE_LOADER
from safepost.engine.errors import InputError
from safepost.engine.findings import Hit
from safepost.engine.i18n import phrase

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The mapping in ``lexicons/<name>.yaml``; a bad file raises an error naming it."""
    path = LEXICONS / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read lexicon: {exc}", file=str(path)) from None
    if not isinstance(data, dict):
        raise InputError("a lexicon must be a mapping of list names to lists", file=str(path))
    return data


def words(name: str, key: str) -> list[str]:
    """One list from a lexicon, as lower-case strings; a missing or bad list is an error."""
    value = lexicon(name).get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError("must be a list of strings", file=str(LEXICONS / f"{name}.yaml"), key=key)
    return [v.lower() for v in value]


def phrase_source(phrase: str) -> str:
    """Regex source for a lexicon phrase: spaces match any run of blanks, ``*`` a word's tail.

    ``"keep * day jobs"`` matches "keep their day jobs"; ``"idiot~"`` matches "idiot",
    "idiots", "idiotic" (``~`` allows up to four more letters). Everything else is literal.
    """
    out = []
    for token in phrase.split():
        if token == "*":
            out.append(r"[\w']{1,20}")
        elif token.endswith("~"):
            out.append(_literal(token[:-1]) + r"\w{0,4}")
        else:
            out.append(_literal(token))
    return r"[ \t\-]{1,3}".join(out)


def _literal(token: str) -> str:
    # posts mix straight and curly apostrophes
    return re.escape(token).replace("'", "['’]")


def any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any phrase as whole words (longest first), on folded text."""
    sources = sorted({phrase_source(p) for p in phrases}, key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(sources)})(?![\w])")


def lexicon_pattern(name: str, key: str) -> re.Pattern[str]:
    return any_of(words(name, key))


#: Money given to a cause, just before where it goes ("every penny raised goes to", "all proceeds
#: will go to", "mae pob ceiniog yn mynd i"): a charity paid, not a place anyone visits (LOC201) nor
#: a home things are dropped at (PD103). Searched with ``endpos`` at the place, so ``$`` is its start;
#: "donations can go to" is an instruction to drop something off, so "can" is not a giving word.
GIVEN_TO = re.compile(
    r"\b(?:money|proceeds|profits|funds|donations|every penny|penny|raised|collected"
    r"|(?:pob|bob) ceiniog|yr elw|yr arian|arian)(?:[ \t]+(?!can\b|yn\b)\w+)?"
    r"[ \t]+(?:going|goes|go|will go|is given|are given|given|donated|(?:yn|i|wedi) (?:mynd|fynd|cael ei roi)) (?:to|i|i['’]r)[ \t]*$",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+|(?<=[\U0001F300-\U0001FAFF])\s+(?=[A-Z])")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence: cut after ``.!?…`` and a blank, at new lines, or
    after an emoji followed by a capital letter (how posts often run sentences together)."""
    spans = []
    start = 0
    for cut in _SENTENCE_END.finditer(text):
        if cut.start() > start:
            spans.append((start, cut.start()))
        start = cut.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(bounds: Sequence[tuple[int, int]], index: int) -> int:
    """The position in ``bounds`` of the sentence holding character ``index``."""
    for i, (start, end) in enumerate(bounds):
        if start <= index < end:
            return i
    return max(0, len(bounds) - 1)


@dataclass(frozen=True)
class Signal:
    """One piece of evidence: what it is, how much it counts, and where it is (folded offsets)."""

    name: str
    weight: float
    start: int
    end: int


def matches(
    pattern: re.Pattern[str], text: str, name: str, weight: float, lo: int = 0, hi: int | None = None
) -> Iterator[Signal]:
    """Each match of ``pattern`` in ``text[lo:hi]`` as a signal."""
    for m in pattern.finditer(text, lo, len(text) if hi is None else hi):
        yield Signal(name, weight, m.start(), m.end())


def first(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    return pattern.search(text, lo, len(text) if hi is None else hi)


def confidence(score: float, threshold: float = 1.0) -> float:
    """Map a signal total to a confidence: just over the threshold is 0.6, twice it about 0.9."""
    return round(min(0.95, 0.6 + 0.3 * (score - threshold) / threshold), 2)


def explain(signals: Iterable[Signal], folded: str) -> str:
    """ "Signals: profanity ('sh*t'), a gambling sign-up offer ('free bet', 'bonus spins'). Against it: school
    fundraising, supplier or thanks ('pta')."

    Each cue's label once, with the different words that matched it (two cues can share a label: a reader
    sees one reason, not two); a cue that weighs against the finding (a negative weight) apart, so that the
    school context the check weighed is not read as a reason for the finding."""
    signals = list(signals)
    found = _named((s for s in signals if s.weight >= 0), folded)
    against = _named((s for s in signals if s.weight < 0), folded)
    if found and against:
        return phrase("Signals: {signals}. Against it: {against}.", signals=found, against=against)
    if against:
        return phrase("Against it: {against}.", against=against)
    return phrase("Signals: {signals}.", signals=found) if found else ""


def _named(signals: Iterable[Signal], folded: str) -> list[str]:
    """Each label once, in the order first found, with the different words that matched it:
    "a gambling sign-up offer ('free bet', 'bonus spins')"."""
    words: dict[str, list[str]] = {}
    for s in signals:
        matched = repr(folded[s.start : s.end])
        if matched not in words.setdefault(s.name, []):
            words[s.name].append(matched)
    return [phrase("{signal} ({words})", signal=phrase(name), words=", ".join(said)) for name, said in words.items()]


def hit(
    span: tuple[int, int] | None, message: str, explanation: str, score: float, threshold: float = 1.0
) -> Hit:
    start, end = span if span is not None else (None, None)
    return Hit(start, end, message, explanation, confidence=confidence(score, threshold))


@dataclass(frozen=True)
class Cue:
    """A named group of patterns from a lexicon, worth ``weight`` when any of them matches."""

    name: str
    weight: float
    #: The regex's source, compiled at its first use (:attr:`pattern`): a check compiles only the
    #: cues whose triggers its text contains, where compiling all ~300 was a sixth of start-up.
    source: str
    #: Substrings one of which every match contains; the regex only runs in a window around
    #: each of them (a scan with a look-behind over a whole post is costly). Empty: always run.
    triggers: tuple[str, ...] = ()
    #: The lexicon file and the cue's key, named by the error a bad pattern raises.
    origin: tuple[str, str] = ("", "")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        try:
            return re.compile(self.source)
        except re.error as exc:
            raise InputError(f"bad pattern: {exc}", file=self.origin[0], key=self.origin[1]) from None

    @cached_property
    def _unguarded(self) -> re.Pattern[str] | None:
        """The pattern without its leading look-behind (``_WORD_START``), when the regex engine
        can then skip straight to the characters every match starts with (scare quotes: a
        quotation mark); None when it cannot. A pattern that opens with a look-behind is tried
        at every character of its window, which made the quotation-mark cues ~5x slower
        (profiled)."""
        if not self.source.startswith(_WORD_START) or not _engine_skips_ahead(self.source[len(_WORD_START) :]):
            return None
        self.pattern  # noqa: B018 - a bad pattern raises its error here, naming the lexicon
        return re.compile(self.source[len(_WORD_START) :])

    @cached_property
    def needed(self) -> tuple[str, ...] | None:
        """Strings one of which every match of the pattern contains (:func:`necessary_strings`),
        or None when the pattern gives none worth looking for."""
        self.pattern  # noqa: B018 - a bad pattern raises its error here, naming the lexicon
        return necessary_strings(self.source)

    def _needed_once_earned(self) -> tuple[str, ...] | None:
        """:attr:`needed`, once the cue has been searched ``NEEDED_AFTER`` times: working it out
        costs a few milliseconds a cue (up to 35 for the longest), which a one-off check (the
        command line's start-up) should not pay and a server pays once."""
        state = self.__dict__  # a frozen dataclass: the count lives beside the cached properties
        if "needed" in state:
            return state["needed"]  # type: ignore[no-any-return]
        searched = state["_searched"] = state.get("_searched", 0) + 1
        return self.needed if searched > NEEDED_AFTER else None

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``: the same first match, found faster where it can
        be. A window holding none of the strings every match needs (:attr:`needed`) is passed
        over without running the regex: a trigger inside a longer word ("fan" of "fan'na" in
        "fantastic") opens a window the regex then tried at every word (20-30 µs a window,
        profiled). Otherwise :attr:`_unguarded` where it applies, with the look-behind checked
        here at each match it finds."""
        needed = self._needed_once_earned()
        if needed is not None:
            window = text[pos:endpos]  # one slice and ``in`` cost half what a find() per string does
            for part in needed:
                if part in window:
                    break
            else:
                return None
        unguarded = self._unguarded
        if unguarded is None:
            return self.pattern.search(text, pos, endpos)
        while (m := unguarded.search(text, pos, endpos)) is not None:
            if m.start() == 0 or _WORD_CHAR.match(text, m.start() - 1) is None:
                return m
            pos = m.start() + 1
        return None


#: The look-behind every cue's pattern opens with (:func:`cues` writes it), and what it rules out.
_WORD_START = r"(?<![\w])"
_WORD_CHAR = re.compile(r"\w")


def _engine_skips_ahead(source: str) -> bool:
    """Whether Python's regex engine finds a literal or a set of characters that every match of
    ``source`` starts with, and so scans for it in C instead of trying each position (the rule
    ``re._compiler._compile_info`` follows). A private API, pinned Python 3.11: if it changes,
    the answer is False and patterns run as written, only slower."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source)
        if parsed.getwidth()[0] == 0:
            return False
        flags = parsed.state.flags
        return bool(_compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags))
    except Exception:  # any change in the private API means "cannot tell"
        return False


#: How many windows a cue is searched before it works out :attr:`Cue.needed`.
NEEDED_AFTER = 8
#: The most strings :func:`necessary_strings` gives (more would cost as much as the regex).
MAX_NEEDED = 24


def necessary_strings(source: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the regex ``source`` contains, worked out from its
    parse (Python 3.11's ``re._parser``): a run of literal characters, alternatives of them
    ("(?:a|per|every) week"), optional parts ("pobo?l" gives "pobl" and "pobol"); for a sequence,
    the run that tells most (:func:`_telling`). None when there is no such set of at most
    ``MAX_NEEDED`` strings (a pattern that can match without any literal, a case-insensitive
    part) or the private API changed: the regex then always runs, as before."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source)
        if parsed.state.flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE):
            return None
        # the most telling strings first; if their alternatives add up to too many, fewer
        exact: dict[int, set[str] | None] = {}
        for enough in (8, 4, 1):
            found = _NeededStrings(_constants, enough, exact).of_sequence(parsed.data)
            if found is not None:
                return tuple(sorted(found, key=lambda s: (-len(s), s)))
    except Exception:  # any change in the private API means "cannot tell"
        return None
    return None


class _NeededStrings:
    """The analysis behind :func:`necessary_strings`, over ``re._parser``'s (op, argument) items."""

    def __init__(self, constants: Any, enough: int, exact_cache: dict[int, set[str] | None]) -> None:
        self.c, self.enough = constants, enough
        #: exact() of each item, by its argument's id: nested items are asked about at each level
        self._exact = exact_cache

    def exact(self, op: Any, av: Any) -> set[str] | None:
        """Every string the item can match, when it matches only literal strings (few of them)."""
        if op is self.c.LITERAL:
            return {chr(av)}
        key = id(av)
        if key not in self._exact:
            self._exact[key] = self._exact_item(op, av)
        return self._exact[key]

    def _exact_item(self, op: Any, av: Any) -> set[str] | None:
        c = self.c  # (a LITERAL never reaches here: exact() answers it without the cache)
        if op is c.IN:
            if len(av) <= 8 and all(item_op is c.LITERAL for item_op, _ in av):
                return {chr(code) for _, code in av}
            return None
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & c.SRE_FLAG_IGNORECASE else self.exact_sequence(sub.data)
        if op is c.BRANCH:
            return _either(av[1], self.exact_sequence)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[1] == 1 and av[0] <= 1:
            strings = self.exact_sequence(av[2].data)
            return None if strings is None else strings | ({""} if av[0] == 0 else set())
        return None

    def exact_sequence(self, items: list[tuple[Any, Any]]) -> set[str] | None:
        found = {""}
        for op, av in items:
            strings = self.exact(op, av)
            if strings is None or len(found) * len(strings) > MAX_NEEDED:
                return None
            found = {a + b for a in found for b in strings}
        return found

    def of_item(self, op: Any, av: Any) -> set[str] | None:
        """Strings one of which every match of an item that is not exact contains, or None."""
        c = self.c
        if op is c.SUBPATTERN:
            return None if av[1] & c.SRE_FLAG_IGNORECASE else self.of_sequence(av[3].data)
        if op is c.ATOMIC_GROUP:
            return self.of_sequence(av.data)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return self.of_sequence(av[2].data)
        if op is c.BRANCH:
            return _either(av[1], self.of_sequence)
        return None  # a look-around, a character class, a repeat that may be empty: nothing known

    def of_sequence(self, items: list[tuple[Any, Any]]) -> set[str] | None:
        """A match of the sequence holds one string of every run of consecutive exact items
        (and of any part of such a run) and what each other item needs: the most telling of
        these is enough: the one that tells most (:func:`_telling`)."""
        options: list[set[str]] = []
        run: list[set[str]] = []
        for op, av in items:
            if (inner := self.of_item(op, av)) is not None:
                options.append(inner)  # "(?:a|b c)": "a" or "b c", or fewer strings inside them
            strings = self.exact(op, av)
            if strings is not None:
                run.append(strings)
                continue
            options += _products(run)
            run = []
        options += _products(run)
        # on a tie the later part: a phrase's last words tell most ("be your own boss": "boss")
        return max(reversed(options), key=lambda strings: _telling(strings, self.enough)) if options else None


def _either(alternatives: Iterable[Any], strings_of: Callable[[list[tuple[Any, Any]]], set[str] | None]) -> set[str] | None:
    """A branch's strings: every alternative's (``strings_of`` its items), or None when one alternative
    gives none or together they are more than ``MAX_NEEDED``."""
    found: set[str] = set()
    for alternative in alternatives:
        strings = strings_of(alternative.data)
        if strings is None:
            return None
        found |= strings
    return found if len(found) <= MAX_NEEDED else None


def _products(run: list[set[str]]) -> list[set[str]]:
    """The strings of each stretch of a run of exact items, at most ``MAX_NEEDED`` of them and
    none empty (an optional part alone needs nothing). A literal's characters are joined first
    ("dros y ffin" is one item, not eleven), so the stretches are few."""
    joined: list[set[str]] = []
    for strings in run:
        if joined and len(strings) == 1 and len(joined[-1]) == 1:
            joined[-1] = {next(iter(joined[-1])) + next(iter(strings))}
        else:
            joined.append(strings)
    out = []
    for i in range(len(joined)):
        found = {""}
        for strings in joined[i:]:
            if len(found) * len(strings) > MAX_NEEDED:
                break
            found = {a + b for a in found for b in strings}
            if "" not in found:
                out.append(found)
    return out


def _least_worth(strings: set[str]) -> int:
    """The worth of the least telling string: a letter or a blank is worth one, anything else
    (rarer in posts: "£", a digit, an emoji) four."""
    return min(map(_worth, strings))


@lru_cache(maxsize=4096)
def _worth(string: str) -> int:
    return sum(1 if c == " " or "a" <= c <= "z" else 4 for c in string)


def _telling(strings: set[str], enough: int) -> tuple[int, int, int]:
    """How well a set of strings rules a window out: its least telling string's worth
    (:func:`_least_worth`) up to ``enough``, then the fewest strings."""
    least = _least_worth(strings)
    return min(least, enough), -len(strings), least


#: How far a cue's match can reach either side of its trigger: lexicon patterns are bounded.
REACH = 120


Key = int | str


class CueSet:
    """Compiled cues plus one Aho-Corasick automaton over all their triggers (and any ``extra``
    named trigger lists a rule wants found in the same pass), so a text is scanned once to
    learn which regexes are worth running, and where."""

    def __init__(self, items: tuple[Cue, ...], extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self.items = items
        self.always = tuple(i for i, cue in enumerate(items) if not cue.triggers)
        self.automaton = ahocorasick.Automaton()
        keyed: list[tuple[Key, Iterable[str]]] = [(i, cue.triggers) for i, cue in enumerate(items)]
        keyed += list((extra or {}).items())
        for key, triggers in keyed:
            for trigger in triggers:
                if trigger:
                    found = self.automaton.get(trigger, ())
                    if key not in found:
                        self.automaton.add_word(trigger, (*found, key))
        self.automaton.make_automaton()

    def split(self, core: Callable[[Cue], bool]) -> tuple[CueSet, CueSet]:
        """The cues that can decide on their own, and those that only add weight to them:
        a text with none of the first kind never needs the second scanned."""
        return CueSet(tuple(c for c in self.items if core(c))), CueSet(
            tuple(c for c in self.items if not core(c))
        )

    def windows(
        self, text: str, lo: int = 0, hi: int | None = None, reach: Mapping[Key, int] | None = None
    ) -> dict[Key, list[tuple[int, int]]]:
        """For each key (a cue's index or an extra list's name) whose triggers occur in
        ``text[lo:hi]``, the merged stretches around them where its pattern could match."""
        hi = len(text) if hi is None else hi
        out: dict[Key, list[tuple[int, int]]] = {i: [(lo, hi)] for i in self.always}
        if not len(self.automaton):
            return out
        reach = reach or {}
        for end, keys in self.automaton.iter(text, lo, hi):
            for key in keys:
                r = reach.get(key, REACH)
                a, b = max(lo, end - r), min(hi, end + r)
                spans = out.setdefault(key, [])
                if spans and spans[-1][1] >= a:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], b))
                else:
                    spans.append((a, b))
        return out

    def candidates(self, text: str) -> list[Cue]:
        return [self.items[i] for i in sorted(k for k in self.windows(text) if isinstance(k, int))]


def cues(name: str, section: str) -> CueSet:
    """Read ``section`` of lexicon ``name``: ``{cue: {weight, label, patterns}}`` (each cue's
    regex is compiled when it is first run: see :class:`Cue`).

    A pattern is a phrase (see :func:`phrase_source`) or, after ``re:``, a regular expression
    (bounded repeats only). ``{macro}`` inserts the lexicon's ``macros`` entry of that name, an
    alternation of phrases or ``re:`` regexes ("{party}" -> "labour|plaid cymru|...").
    """
    data = lexicon(name)
    macros = {k: _macro_source(v) for k, v in (data.get("macros") or {}).items()}
    out = []
    for key, spec in (data.get(section) or {}).items():
        where = f"{section}.{key}"
        if not isinstance(spec, dict) or not isinstance(spec.get("patterns"), list):
            raise InputError(
                "needs weight, label and a list of patterns", file=str(LEXICONS / f"{name}.yaml"), key=where
            )
        sources = [_cue_source(str(p), macros) for p in spec["patterns"]]
        source = rf"{_WORD_START}(?:{'|'.join(sources)})(?![\w])"
        origin = (str(LEXICONS / f"{name}.yaml"), where)
        out.append(Cue(str(spec.get("label", key)), float(spec.get("weight", 1.0)), source, _triggers(spec), origin))
    return CueSet(tuple(out))


def macro(name: str, key: str) -> str:
    """Lexicon ``name``'s macro ``key`` as regex source: what ``{key}`` inserts in its cues' patterns, for a rule
    that needs to know whether a cue's words were those ("penbwl" in a post about the pond)."""
    return _macro_source(lexicon(name)["macros"][key])


def _macro_source(entries: list[Any]) -> str:
    """An alternation of a macro's entries: phrases (:func:`phrase_source`) or, after ``re:``, regexes."""
    return "(?:" + "|".join(str(p)[3:] if str(p).startswith("re:") else phrase_source(str(p)) for p in entries) + ")"


def _triggers(spec: dict[str, Any]) -> tuple[str, ...]:
    """What a cue's regex needs before it is worth running: a phrase triggers on its longest
    literal word (the rarest, most likely), ``re:`` patterns on the cue's ``triggers`` list;
    a cue with a ``re:`` pattern but no list always runs."""
    patterns = [str(p) for p in spec["patterns"]]
    given = [form for t in spec.get("triggers") or [] for form in _trigger_forms(str(t).lower())]
    if any(p.startswith("re:") for p in patterns) and not given:
        return ()
    picked = [_rarest(p.lower()) for p in patterns if not p.startswith("re:")]
    return tuple(sorted({*given, *(w for w in picked if w)}))


#: Quotation marks as posts type them: straight, curly, single and double.
_OPENING_QUOTES = "'‘\"“"
_CLOSING_QUOTES = "'’\"”"


def _trigger_forms(trigger: str) -> list[str]:
    """A trigger as the automaton looks for it. It is cut at an apostrophe, as posts mix straight
    and curly ones ("can't" -> "can"), except a quotation mark at its edge beside a space (" '",
    "' mr"), which stands for any quotation mark, single or double, straight or curly."""
    if trigger.endswith(" '"):
        return [trigger[:-1] + quote for quote in _OPENING_QUOTES]
    if trigger.startswith("' "):
        return [quote + trigger[1:] for quote in _CLOSING_QUOTES]
    return [trigger.split("'")[0]]


def _rarest(phrase: str) -> str:
    tokens = [t.rstrip("~").split("'")[0] for t in phrase.split() if t != "*" and not t.startswith("{")]
    return max(tokens, key=len, default="")


def _cue_source(pattern: str, macros: dict[str, str]) -> str:
    source = pattern[3:] if pattern.startswith("re:") else phrase_source(pattern.lower())
    for key, alternation in macros.items():
        source = source.replace("\\{" + key + "\\}", alternation).replace("{" + key + "}", alternation)
    return "(?:" + source + ")"


def weigh(
    found: CueSet,
    text: str,
    lo: int = 0,
    hi: int | None = None,
    spans: Mapping[Key, list[tuple[int, int]]] | None = None,
) -> list[Signal]:
    """The first match of each cue in ``text[lo:hi]``, as signals: each cue's regex runs only
    near its triggers (``spans``, when the caller has already scanned for them)."""
    if spans is None:
        spans = found.windows(text, lo, hi)
    out = []
    for key in sorted(k for k in spans if isinstance(k, int)):
        cue = found.items[key]
        for a, b in spans[key]:
            m = cue.search(text, a, b)
            if m is not None:
                out.append(Signal(cue.name, cue.weight, m.start(), m.end()))
                break
    return out


def total(signals: Iterable[Signal]) -> float:
    return sum(s.weight for s in signals)


def strongest(signals: Sequence[Signal]) -> Signal | None:
    positive = [s for s in signals if s.weight > 0]
    return max(positive, key=lambda s: s.weight) if positive else None
