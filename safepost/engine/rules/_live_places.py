"""LOC201's grammar of place: where a post puts a group of pupils off site, in English and Welsh.

Kept apart from the rule because finding a place is its own question, asked before any reading
of time: a word that puts someone somewhere ("at", "visiting", "off to", "yn", "cerdded i'r", a
location pin) followed by a capitalised name, an English venue word ("the leisure centre") or a
Welsh one in any of its mutated forms (:mod:`._live_venues`). What only looks like a place is
dropped here: a class or year group ("in Year 3", "Hello from Oak Class"), the school's own
grounds and rooms ("cae'r ysgol"), a day or a month ("on Monday"), and the names of the school's
pupils, staff and classes. An Aho-Corasick gate finds where a place can start, so that the long
pattern runs on a few windows of a post, not all of it (speed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from safepost.engine.names.lexicon import english_words
from safepost.engine.rules._content import GIVEN_TO, words
from safepost.engine.rules._live_time import GREETING, PIN, WELSH_DAY_PART, WELSH_DAYS, WELSH_MONTHS
from safepost.engine.rules._live_venues import (
    ALL_WELSH_VENUES,
    STREET_END,
    WELSH_NAMED_VENUES,
    WELSH_STREET,
    WELSH_VENUE_START,
    WELSH_VENUES,
    named_venue_end,
    named_venue_words,
    venue_end,
)
from safepost.engine.rules._personal import Words
from safepost.engine.school import SchoolContext

_CAP = r"[A-Z][\w'’\-]{0,30}"
# What a road leads to that is not a place: a competition or a recovery ("the road to the Urdd
# Eisteddfod", "the road to Wembley" is a cup run by its final's name, kept: a stadium is a place).
_EVENTS = (
    r"(?i:eisteddfod|olympics|paralympics|games|finals?|cup|championships?|tournament|festival|competition"
    r"|recovery|success|glory|victory|promotion|fitness|health|net zero|christmas|easter|summer|exams?|sats)"
)
_JOIN = r"(?:[ \t]+(?:of|y|yr|the|upon|de|v)){0,2}"
# A group of pupils taken somewhere: "the players", "Year 2", "the under-11s", "y côr".
_GROUP = (
    r"(?i:players|team|teams|squad|choir|class|children|pupils|kids|group|girls|boys|footballers|swimmers|runners"
    r"|band|cast|orchestra|reception|nursery|year[ \t]?\d{1,2}|p\d|[\w-]*\d+s|plant|disgyblion|tîm|côr|dosbarth(?:[ \t]+[\w'’]+)?"
    r"|blwyddyn[ \t]?\d{1,2}|bl[ \t]?\d{1,2})"
)
# Words that put a group somewhere: "at", "in", "visiting", and "to"/"for" only after a verb
# of travel ("off to", "leave for"), because "thank you to X" and "well done to X" are not places.
_PREP = (
    r"(?:\b(?:at|At|into|inside|outside|Outside|near|visiting|visit|yn|ym|yng|Yn|Ym|Yng)"
    r"|\b(?:are|is|be|been|'re|’re|am|down|out|up|here|arrived|staying|stay|swimming|playing|performing|singing|walking"
    r"|camping|sleeping|working|racing|competing|now|currently|day \d|all|everyone|class|team|choir|squad)"
    r"(?:[ \t]+(?!at\b|in\b)[\w'’]+){0,2}?[ \t]+in"
    r"|\b(?:off|going|go|heading|head|travel+ing|trip|walk|walking|train|coach|bus|minibus|journey|way|down|over|out|back|drive|driving) to"
    # "the road to" a place, never to an event or a state ("the road to the Urdd Eisteddfod", "on the
    # road to recovery": a season's or a patient's way, not a journey)
    r"|\broad to(?![ \t]+(?:the[ \t]+)?(?:[\w'’]+[ \t]+){0,3}?(?:" + _EVENTS + r")\b)"
    # a route "from the Waterworks to Shaw's Bridge": "from" before a name with a "to" after it
    # (only in a sentence that travels: :data:`_TRAVEL`; "runs from Stone Age to Iron Age" is a topic)
    r"|(?P<route>\bfrom)(?=[ \t]+(?:the[ \t]+)?[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,3}[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z])"
    r"|\b(?:leave|leaves|leaving|set off|depart|departs|departing|bound) for"
    r"|\b(?:leaves|leave|leaving|departs|depart|departing|sets off from|set off from|setting off from|starts from"
    r"|start from|leaves from|leave from|walks from|walk from|meets at|meet at|meeting at)"
    r"|\b(?:[Ll]ive|LIVE) (?:from|at|fae|o|o['’]r)|\b[Yy]n fyw o(?:['’]r)?|\bfyw o(?:['’]r)?|\balong|\bar hyd|\b(?:moves|move|moving) to"
    # Welsh: "to" only after a verb or noun of travel ("cerdded i", "bws i'r"), as in English;
    # "arrive at", "visit", "meet by" ("cwrdd wrth"), and "wrth" (by, at) alone
    # (capitalised at a sentence's start too, but not in a question: "Mynd i'r Eisteddfod? Tocynnau ...")
    r"|(?P<cy_go>\b(?i:mynd|fynd|cerdded|gerdded|teithio|deithio|taith|daith|bws|fws|trên|drên|gadael|ffordd|nôl|yn ôl|draw|lawr"
    r"|rhedeg|redeg|beicio|seiclo|ymlaen|tua|gorymdeithio|orymdeithio) (?:i fyny|i lawr|i ben|i|i['’]r|o|o['’]r))"
    r"|\b(?:cyrraedd|gyrraedd|ymweld â|ymweld ag|wrth)"
    r"|\b(?:walks|runs|cycles|route|via|school|gates?) to"
    # a grown-up or a bus taking a group there: "Mrs Hughes is bringing the choir to", "brings the players to"
    r"|(?P<take>\b(?:brings?|bringing|takes?|taking|drives?|driving|escorts?|escorting|leads?|leading|walks?)"
    r"(?:[ \t]+(?:the|our|all|both|his|her|their|y|yr))?(?:[ \t]+[\w'’]+)?[ \t]+" + _GROUP + r"[ \t]+(?:to|i|i['’]r))"
    r"|\b(?:[Tt]aith|[Dd]aith|[Tt]rip)(?:[ \t]+[\w'’]+){1,3}?[ \t]+(?:i|i['’]r|to)"
    # a greeting from somewhere is sent from there ("Greetings from", "Helo o", "Bore da from")
    r"|\b" + GREETING + r" (?:from|o|o['’]r|fae)"
    # where a walk, a bus or a race starts ("bus from", "set off 9am from", "cychwyn o", "gadael Canolfan")
    r"|\b(?:bus|coach|minibus|train|walking bus|pick-?up|collection|drop-?off|start line|finish line|set off|sets off"
    r"|setting off|starting|starts|finishing|parade|procession|march)(?:[ \t]+\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)? from"
    r"|\b(?i:cychwyn|gychwyn|dechrau|ddechrau|dechre|gorffen|casglu|gasglu) (?:o|o['’]r|yn|ym|yng|wrth|ger)"
    # a start or a finish line ("Start line in Digbeth"), an update sent from a place, a vehicle
    # pulling out of one, a bus that "leaves the corner of ..." (with no "from")
    # (news from a venue only: "News from Tesco:" is a sponsor's, "News from Caerphilly Castle" a trip's)
    r"|\b(?:[Ss]tart|[Ff]inish) line(?: is)? in|(?P<news>\b(?:[Uu]pdate|UPDATE|[Nn]ews) from)"
    r"|\b(?:pulled|pulling|driving|coming) out of|\b(?:leaves|leaving|departs|departing)"
    r"|\b(?:gadael|adael)"
    # a coach trip's stops ("next stop Llandudno pier", "toilet stop at")
    r"|\b(?:next|first|quick|toilet|comfort|loo|pit|lunch) stop(?: at)?"
    # "on", and a route's "up", "down", "past", "through", only before a venue or a street ("down Church Lane")
    r"|(?P<on>\b(?:on|ar|up|down|round|around|past|through|o gwmpas|heibio|heibio['’]r|rownd|route:|route is|route will be))"
    # a bare "in" only before a named venue or street: "in St Peter's Square", "in Parc Howard"
    r"|(?P<bare_in>\b(?:in|In|\d{1,2}[:.]\d{2}(?: ?[ap]m)?)))"
)

# After a hall or a field, a day or a time says when, not whose ("yn y neuadd fore Gwener").
_NOT_A_NAME = rf"(?i:(?:{WELSH_DAY_PART}|{WELSH_DAYS}|{WELSH_MONTHS}|am|ar|yn|i|o|tan|tua|heddiw|heddi|yfory|fory|heno)\b)"


# A point on a street where a bus or a walk starts: "the corner of", "the far end of".
_SPOTS = ("corner", "end", "top", "bottom", "far end", "junction", "foot")


@dataclass(frozen=True)
class Place:
    """An off-site place in a field's text: ``text[start:end]``."""

    start: int
    end: int
    text: str


def _longest_first(phrases: Iterable[str]) -> str:
    """An alternation that prefers the longer of two phrases starting alike ("leisure centre pool")."""
    return "|".join(re.escape(v) for v in sorted(phrases, key=len, reverse=True))


@cache
def _place_pattern() -> re.Pattern[str]:
    venues = _longest_first(words("places", "venues"))
    # a name may end in a venue word, with a word between ("the Coleg Cambria field", "Jubilee Rec track")
    suffix = _longest_first(named_venue_words())
    spot = rf"(?:the[ \t]+(?:{'|'.join(_SPOTS)})[ \t]+of[ \t]+)?"
    named = rf"{spot}(?:(?:the|y|yr)[ \t]+)?{_CAP}(?:{_JOIN}[ \t]+{_CAP}){{0,5}}(?:[ \t]+(?:[a-z]+[ \t]+)?(?:{suffix})\b)?"
    generic = rf"(?:the|a|our local|the local)[ \t]+(?:[a-z]+[ \t]+)?(?:{venues})\b"
    # another school's ground: "kick-off at their field"
    away = rf"their[ \t]+(?!own\b)(?:[a-z]+[ \t]+)?(?:{suffix}|school)\b"
    welsh = rf"(?:(?:y|yr)[ \t]+)?(?:{'|'.join(WELSH_VENUES)})\b(?:[ \t]+{_CAP})?"
    # a hall or a field only with whose it is: a name ("llwyfan Neuadd y Dref", "trac athletau Canolfan
    # Hamdden") or a genitive ("neuadd y pentref", "cae'r sioe"); "yn y neuadd" alone is the school's
    welsh_named = (
        rf"(?:(?:y|yr)[ \t]+)?(?:{'|'.join(WELSH_NAMED_VENUES)})(?:[ \t]+(?!{_NOT_A_NAME})[a-zâêîôûŵŷ]+)??"
        rf"(?:[ \t]+(?!{_NOT_A_NAME}){_CAP}(?:{_JOIN}[ \t]+{_CAP}){{0,4}}|(?:[ \t]+(?:y|yr)[ \t]+|['’]r[ \t]+)[\w’'\-]{{3,}})"
    )
    # every preposition starts at a word boundary: testing that once, before the long alternation,
    # skips most positions of a window at once (speed; same matches)
    return re.compile(
        rf"(?:\b|(?={PIN}))(?:{_PREP}[ \t]+|{PIN}[ \t]*)(?P<place>{named}|{generic}|{away}|{welsh_named}|{welsh})"
    )


def _excluded_words(school: SchoolContext) -> frozenset[str]:
    """First words that make a capitalised phrase not a place: dates, school life, the names
    of the school's classes, pupils and staff (a group "at Oak" is in class, not off site)."""

    def build() -> frozenset[str]:
        out = set(words("places", "not_places"))
        out.update(p.class_name.lower() for p in school.pupils if p.class_name)
        out.update(n.lower() for p in school.pupils for n in (p.first_name, p.preferred_name) if n)
        out.update(s.last_name.lower() for s in school.staff)
        out.update(s.first_name.lower() for s in school.staff if s.first_name)
        return frozenset(out)

    return school.memo("live-location:not-places", build)


def _school_names(school: SchoolContext) -> tuple[str, ...]:
    """The distinctive part of the school's names ("nant y derw"): a place holding it is on site."""

    def build() -> tuple[str, ...]:
        noise = r"\b(?:primary|junior|infant|infants|nursery|school|academy|c ?of ?e|ce|rc|church in wales|ysgol|gynradd|gymraeg|the)\b"
        names = [
            re.sub(r"\s+", " ", re.sub(noise, " ", n.lower())).strip()
            for n in (school.name, school.name_cy)
            if n
        ]
        return tuple(n for n in names if len(n) >= 3)

    return school.memo("live-location:school-names", build)


def school_street(school: SchoolContext) -> str:
    """The school's own street, lower-cased ("heol penallta" from "Heol Penallta, Ystrad Mynach, ..."),
    or "" when its address has none."""

    def build() -> str:
        first = school.address.split(",")[0] if school.address else ""
        street = re.sub(r"^\s*\d+[a-z]?\s+", "", first.lower()).strip()
        return street if len(street) >= 4 and not any(c.isdigit() for c in street) else ""

    return school.memo("live-location:school-street", build)


_LAST_PREP = (
    "at At into inside outside near visiting visit yn ym yng in to for on leaves leave leaving departs depart "
    "departing from o along hyd i i'r i’r wrth cyrraedd gyrraedd â ag ar y yr up down round past through fae "
    "around gwmpas heibio heibio'r heibio’r rownd gadael adael stop fyny lawr ben route:"
).split()


_PREP_WORDS = frozenset(p.lower() for p in _LAST_PREP)


@cache
def _gate() -> ahocorasick.Automaton:
    """Where a place can start: a preposition before a capital ("at B", "to the C") or a venue
    word ("beach"). Scanning for these first keeps the place pattern off most of a post."""
    automaton = ahocorasick.Automaton()
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for p in _LAST_PREP:
            automaton.add_word(f"{p} {c}", True)
            automaton.add_word(f"{p} the {c}", True)
        automaton.add_word(f"{PIN}{c}", True)
        automaton.add_word(f"{PIN} {c}", True)
        automaton.add_word(f"{PIN} the {c}", True)  # "📍 the Waterworks"
        for d in "0123456789":  # a timetable's line: "9.30 Castell Rhuthun"
            automaton.add_word(f"{d} {c}", True)
        # "leaves the corner of Merrylee Road": before a capital only, so that a run of "the corner
        # of" with no name opens no window (a gate word without a capital costs a pattern run each)
        for spot in _SPOTS:
            for key in (f"the {spot} of {c}", f"the {spot} of the {c}"):
                automaton.add_word(key, len(key))  # its length: the word before it is checked
    for v in (*words("places", "venues"), *ALL_WELSH_VENUES):
        automaton.add_word(" " + v, False)
    for v in (*named_venue_words(), "school"):
        automaton.add_word(f" their {v}", False)  # another school's ground: "at their field"
    automaton.make_automaton()
    return automaton


_WORD_AT = re.compile(r"[\w'’]+")


_LAST_WORD = re.compile(r"([\w'’]+)[ \t]+$")


def _after_a_preposition(text: str, start: int) -> bool:
    """A street corner opens a window only after a word that can put someone there ("leaves the
    corner of"): a run of "the corner of Aa" with none costs nothing (speed)."""
    word = _LAST_WORD.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).lower() in _PREP_WORDS


def _candidates(text: str, stop: frozenset[str]) -> Iterator[re.Match[str]]:
    seen = -1
    for end, capital in _gate().iter(text):
        if end < seen:
            continue
        if not isinstance(capital, bool) and not _after_a_preposition(text, end - capital + 1):
            continue  # a street corner's key holds its length
        if capital:
            word = _WORD_AT.match(text, end)
            low = word.group().lower() if word is not None else ""
            if low in stop or low.removesuffix("s") in stop:
                continue  # "on Friday", "in Year 3": a venue word later still opens a window
        for m in _place_pattern().finditer(text, max(0, end - 90), min(len(text), end + 260)):
            if m.start() > seen:
                seen = m.start()
                yield m


def find_places(text: str, school: SchoolContext) -> Iterator[Place]:
    """Off-site places after a word that puts someone there ("at Big Pit", "to the beach")."""
    stop = _excluded_words(school)
    languages = frozenset(words("places", "languages"))
    own = _school_names(school)
    for m in _candidates(text, stop):
        if _off_site(m, text, stop, languages, own):
            yield Place(m.start("place"), m.end("place"), m.group("place"))


def _off_site(
    m: re.Match[str], text: str, stop: frozenset[str], languages: frozenset[str], own: tuple[str, ...]
) -> bool:
    """Whether a candidate is a place off site, not a class, a day, the school's own ground or a
    shouted word."""
    place = m.group("place")
    low = place.lower()
    core = re.sub(r"^(?:the|a|our local|the local|y|yr)\s+", "", low)  # "yn y Cywion" is a class
    first = core.split()[0] if core.split() else ""
    if (
        core in stop
        or core in languages
        or any(name in low for name in own)
        or _ON_SITE.search(low)
        or _CLASS_NAME.match(core)
    ):
        return False
    if (first in stop or _A_GROUP.search(low)) and not venue_end().search(low):
        return False  # "in Year 3", "Hello from Oak Class"; but "at Rhyl Golf Club"
    if GIVEN_TO.search(text, max(0, m.start() - 40), m.start("place")):
        return False  # "all money going to the Foyle Hospice": a charity paid, not a place visited
    if _OF_THE_SCHOOL.match(text, m.end("place")):
        return False  # "yn llyfrgell yr ysgol": the school's own library
    if place.isupper() and core in english_words():
        return False  # "turned into BUTTERFLIES": a shouted everyday word, not a place's name
    street = STREET_END.search(place) or WELSH_STREET.match(place)
    welsh_venue = WELSH_VENUE_START.match(low)
    if m.group("news") is not None and not (venue_end().search(low) or named_venue_end().search(low) or street or welsh_venue):
        return False  # "News from Tesco:", "Update from Calderdale Council": who sent it, not where
    if m.group("route") is not None and not _TRAVEL.in_text(_sentence_around(text, m.start(), m.end())):
        return False  # "runs from Stone Age to Iron Age": a span of a topic, not a route
    if m.group("take") is not None and not _TAKER.search(text, max(0, m.start() - 40), m.start()):
        return False  # "Reading takes the children to Narnia": only a grown-up or a vehicle takes a group
    if _asked(m, text):
        return False  # "Mynd i'r Eisteddfod? Mae tocynnau ...": going there is asked about, not done
    if m.group("on") is not None and not (named_venue_end().search(low) or street or welsh_venue):
        return False  # "on Monday", "on Facebook"; but "on Porthcawl beach", "on Mill Street"
    # a bare "in" or a clock time: "in September", "9.30 Assembly" are not places, but "in St Peter's
    # Square", "9.30 Castell Rhuthun" are
    return m.group("bare_in") is None or (
        place[:1].isupper() and bool(named_venue_end().search(low) or street or welsh_venue)
    )


# A sentence that travels: a route "from X to Y" in it is a journey ("sponsored walk from the Boat
# House to Millbrook Bridge", "bws o'r Bala i'r Wyddgrug"), not a span ("from Nursery to Year 6").
# (an Aho-Corasick scan: a regex alternation over the sentence for every candidate cost 0.15 ms each)
_TRAVEL = Words(
    [
        *"walk walks walking run running race relay route march marching parade procession ride riding cycle "
        "cycling bike biking scoot scooting scooter hike hiking jog jogging trek trekking swim swimming row rowing "
        "paddle paddling bus coach minibus train trip journey travel travelling traveling drive driving convoy "
        "sponsored leave leaves leaving depart departs departing taith daith cerdded gerdded rhedeg redeg ras bws "
        "fws trên".split(),
        *["set off", "sets off", "setting off", "fun run"],
    ]
)
_CLAUSE_STOP = re.compile(r"[.!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, at most 200 characters either side (hostile text)."""
    lo = max(0, start - 200)
    cuts = [c.end() for c in _CLAUSE_STOP.finditer(text, lo, start)]
    stop = _CLAUSE_STOP.search(text, end, end + 200)
    return text[cuts[-1] if cuts else lo : stop.start() if stop else min(len(text), end + 200)]


def _asked(m: re.Match[str], text: str) -> bool:
    """A Welsh travel verb opening a question ("Mynd i'r Eisteddfod?"): going there is asked about.
    Lower case ("bws i'r traeth?") is left to the rest of the grammar, as before."""
    go = m.group("cy_go")
    if go is None or not go[:1].isupper():
        return False
    stop = _CLAUSE_STOP.search(text, m.end("place"), m.end("place") + 200)
    return stop is not None and stop.group() == "?"


# Who takes a group somewhere, just before the verb: a grown-up by title, "we", a vehicle, a
# helper ("Mrs Hughes is bringing the choir to", "Our minibus brings the team to", "we'll take Year 2 to").
_TAKER = re.compile(
    r"(?:\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Coach|Sir|Mrs?\.)[ \t]+[A-Z][\w'’-]*|\b(?:we|I|staff|teachers?|coach|bus|minibus|taxi"
    r"|parents?|volunteers?|helpers?|leaders?|driver)(?:['’](?:ll|re|m))?)"
    r"(?:[ \t]+(?:will|is|are|am|can|to|also|then|always|usually|kindly))*[ \t]+$",
)
# A name ending in a group of people ("Oak Class", "the Eco Team", "Tîm Rygbi"), not a place.
_A_GROUP = re.compile(r"\b(?:class|classes|dosbarth|team|tîm|group|grŵp|choir|côr|staff|council|pta)$")
_OF_THE_SCHOOL = re.compile(r"(?: yr|'r|’r) ysgol\b", re.IGNORECASE)

# A class or year group ("into P4", "in Primary 6", "Y3"), not a place off site.
_CLASS_NAME = re.compile(
    r"(?:p|s|y|yr|year|primary|class|bl|blwyddyn|flwyddyn|mlwyddyn)[ \-]?\d{1,2}[a-z]?\b|room[ \-]?[a-z]?\d{1,3}[a-z]?\b"
)

# The school's own grounds and rooms: a group there is on site, whatever the preposition.
_ON_SITE = re.compile(
    r"^(?:the |our )?school\b|\bschool (?:hall|field|yard|grounds|garden|gates?|pool|woodland|playground|library)\b"
    r"|\b(?:yr|'r|’r) ysgol\b"  # Welsh "of the school": "llyfrgell yr ysgol", "cae'r ysgol"
)
