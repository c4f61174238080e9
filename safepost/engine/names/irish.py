"""Names in Northern Irish and Irish voices: counties and county teams, saints' and religious
titles, school houses named after saints, Irish phrases, adults with Irish surnames.

An Irish school's pupils are often named after a county (Kerry, Clare, Derry), a river
(Shannon), a saint (Brigid, Patrick, Colm) or an Irish word (Saoirse, Aisling), and its posts
name those counties, rivers, saints and houses beside the children. Everything here is read from
the words around a name, for any roster; the only list is the 32 counties of Ireland (below).
Staff and priests carry surnames of several words ("Ó Catháin", "Nic Ruairí", "Mac an
tSaoir"), and the particle "Ó" is no initial. The shapes a name takes in these voices (lenited
in Irish, a baby brother's rare name) are found in :mod:`.irish_shapes`.
"""

from __future__ import annotations

import itertools
import re

from safepost.engine.names import lexicon
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import How, NameIndex
from safepost.engine.names.match import Candidate
from safepost.engine.names.person import person_evidence

#: The 32 counties of Ireland (the six of Northern Ireland among them), as their names are
#: written in English; "Derry" and "Londonderry" both. A county's name is also its county team's
#: in Gaelic games ("Kerry v Tyrone", "a Derry jersey").
COUNTIES = frozenset(
    """antrim armagh carlow cavan clare cork derry londonderry donegal down dublin fermanagh galway
    kerry kildare kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly
    roscommon sligo tipperary tyrone waterford westmeath wexford wicklow""".split()
)

#: Words right before a name that head a county or a water ("County Kerry", "Co. Clare", "the
#: river shannon", "Lough Erne"): read in lower-case text too, where case says nothing.
_PLACE_HEADS = frozenset("county river lough loch".split())
#: Things of a county's Gaelic team ("a Derry jersey", "the Kerry fans", "Tyrone minors").
_TEAM_THINGS = frozenset(
    """jersey jerseys shirt shirts kit kits jersies team teams fans supporters minors seniors
    squad panel colours flag flags""".split()
)
_VERSUS = frozenset("v vs versus".split())
#: Place words before a county's name ("a monastery at Derry", "a holiday in Kerry").
_IN_A_PLACE = frozenset("in at near across throughout outside".split())
#: Verbs that take "at" a person ("Look at Kerry go!"), not a place.
_AT_A_PERSON = frozenset("look looking looked smile smiling smiled wave waving waved laugh laughing point pointing shout shouting".split())
#: The county game's national competition, anywhere in the sentence.
_ALL_IRELAND = re.compile(r"\ball[ -]ireland\b")

#: Religious and club titles before a name: "Fr Brendan", "Sr Bridget", "club chairman Brendan";
#: Irish "Naomh" ("Saint") names a saint and the clubs named after one ("Naomh Pádraig").
_TITLES_BEFORE = frozenset("fr sr br msgr mgr monsignor deacon chairman chairwoman canon naomh".split())
#: "Sister"/"Brother" capitalised are a nun's or a brother's title ("Sister Michael"), but not
#: after a word that makes them a sibling ("his big Sister Aoife").
_ORDER_TITLES = frozenset("sister brother".split())
_SIBLING_OWNERS = (lexicon.DETERMINERS - {"a", "the"}) | frozenset(
    "my your our big little wee baby twin older younger new".split())

#: Adults' roles a name may be given in apposition ("thanks to Brendan our caretaker", "Bill,
#: our site manager").
_ADULT_ROLES = frozenset(
    """caretaker cook secretary principal vice-principal headteacher teacher coach tutor governor
    chairman chairperson priest parish chaplain janitor lollipop bus driver manager mentor assistant
    supervisor technician receptionist administrator cleaner chef nurse""".split()
)

#: Travel to a county ("heading to kerry", "visited Kerry"); not "went to", how a prize is given.
_TRAVEL_TO = frozenset("heading headed going travelling traveling travelled traveled trip journey holiday holidays moving moved drive driving".split())
_VISITED = frozenset("visit visits visited visiting".split())
#: "Erin is an old name for Ireland", "Éire is the Irish name": the name discussed as a word.
_AN_OLD_NAME = re.compile(r" (?:is|was) (?:an?|the) (?:old|ancient|poetic|irish|gaelic|other|older) (?:name|word)\b")

#: Irish "forever" after Ireland's name, as in the old cry "Erin go brách" (also "go bragh").
_FOREVER = frozenset("brach bragh deo".split())

#: "word of the week in P3 is saoirse": a word given out, with a class or a time between.
_WORD_OF_THE = re.compile(r"\bword of the (?:week|day|month|term)\b[^.!?\n]{0,24}\b(?:is|was) $")
_MEANING = frozenset("mean means meaning meanings meant".split())

#: "the late Patrick (Paddy) Gallagher": one who has died, and a pet form in brackets after.
_THE_LATE = re.compile(r"\bthe late (?:[a-z]+ \()?$")

#: Praise a child is given as a title for the day ("'oisin the great'"), not a figure's epithet.
_PRAISE_EPITHETS = frozenset("great brave magnificent mighty fearless awesome amazing unstoppable wise".split())

#: Houses: "Our school houses, Brigid, Patrick and Ciarán", "Ciarán house are top".
_HOUSE_WORDS = frozenset("house houses".split())
_HOUSE_NAMED = re.compile(r"\b([A-Z][^\W\d_]+) [Hh]ouse\b")
#: Words before houses ranked after a named one ("followed by", "ahead of", "behind", "beat").
_RANKED_AFTER = frozenset("by than behind ahead front beat beating".split())



def not_a_child(text: Text, index: NameIndex, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """Whether the words around the name make it an Irish county, team, saint, house, phrase or
    an adult; one test per family (see the module docstring)."""
    if cand.full_end is None and (
        _after_place_head(text, cand, before)
        or _county_team(text, cand, before, after)
        or _in_a_county(text, cand, before)
        or _AN_OLD_NAME.match(text.f, cand.end) is not None
        or _irish_phrase(text, cand, after)
        or _second_of_a_tale(text, cand, before)
        or _house(text, index, cand, before)
        or _given_as_a_word(text, cand)
        or _sung(text, cand, before)
        or _named_toy(text, cand, before)
        or _word_used_as_word_elsewhere(text, cand)
    ):
        return True
    return (
        _adult_title_before(text, cand, before)
        or (text.f.find("late", max(0, cand.start - 30), cand.start) >= 0
            and _THE_LATE.search(text.f, max(0, cand.start - 30), cand.start) is not None)
        or before[:3] == ["of", "aid", "in"]  # "in aid of Hope for Tyrone": a charity
        or _adult_role_after(text, cand)
        or _staff_surname_after(text, index, cand)
    )


def _after_place_head(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"County Kerry", "co. clare", "the river shannon", "Lough Derg": a place, whatever the case."""
    if cand.key in COUNTIES and _CO_BEFORE.search(text.f, max(0, cand.start - 5), cand.start):
        return True  # "Co. Kerry": the full stop is no sentence end
    return bool(before) and before[0] in _PLACE_HEADS and text.gap_before(cand.start) == " "


_CO_BEFORE = re.compile(r"(?<![a-z])co\.? $")


def _county_team(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """"Kerry v Tyrone", "a Derry jersey", "the Derry and Kerry jerseys", "who did Kerry beat in
    the All-Ireland final": a county's name for its Gaelic team."""
    if cand.key not in COUNTIES or text.possessive(cand.end):
        return False
    if (after and after[0] in _VERSUS) or (before and before[0] in _VERSUS):
        return True
    rest = after
    while len(rest) > 1 and rest[0] in lexicon.LIST_JOIN_WORDS and rest[1] in COUNTIES:
        rest = rest[2:]  # "Derry and Kerry jerseys": walk over the other counties
    if rest and rest[0] in _TEAM_THINGS and text.gap_after(cand.end) in (" ", ", "):
        return True
    return _ALL_IRELAND.search(_sentence(text, cand)) is not None and not cue_before(text, cand.start, wide=False)


def _sentence(text: Text, cand: Candidate) -> str:
    """The folded sentence holding the name (at most 200 characters either side)."""
    low = max(text.f.rfind(c, max(0, cand.start - 200), cand.start) for c in ".!?\n") + 1
    stops = [i for c in ".!?\n" if (i := text.f.find(c, cand.end, cand.end + 200)) >= 0]
    return text.f[low : min(stops) if stops else cand.end + 200]


def _in_a_county(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"a monastery at Derry", "a holiday in Kerry", "heading to kerry", "We visited Kerry": a
    county's name after a place word or a journey."""
    if cand.key not in COUNTIES or not before or text.gap_before(cand.start) != " " or text.possessive(cand.end):
        return False
    travelled = len(before) > 1 and before[0] == "to" and before[1] in _TRAVEL_TO
    if before[0] not in _IN_A_PLACE and before[0] not in _VISITED and not travelled:
        return False
    if before[0] == "at" and len(before) > 1 and before[1] in _AT_A_PERSON:
        return False  # "Look at Kerry go!"
    return not cue_before(text, cand.start, wide=False)


def _irish_phrase(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Erin go Brách", "erin go bragh": Ireland's old name in the cry "Ireland forever"."""
    return len(after) > 1 and after[0] == "go" and after[1] in _FOREVER and text.gap_after(cand.end) == " "


def _second_of_a_tale(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"the story of Oisín and Niamh": the second figure of a tale's pair (the first is read by
    the judge's legend test)."""
    if len(before) < 4 or before[0] not in ("and", "agus", "&") or before[2] != "of":
        return False
    return before[3] in lexicon.STORY_WORDS and not cue_before(text, cand.start, wide=False)


def _house(text: Text, index: NameIndex, cand: Candidate, before: list[str]) -> bool:
    """School houses named after saints: listed after "houses" ("Our school houses, Brigid,
    Patrick and Ciarán"), or ranked with a house named in the sentence ("Ciarán house are top,
    followed by Brigid and Patrick")."""
    if text.f.find("hous", max(0, cand.start - 200), cand.start) < 0:
        return False  # no house named before: the cheap look first
    words = text.words_before(cand.start, 12)
    i = 0
    while i < len(words) and (words[i] in index.entries or words[i] in lexicon.LIST_JOIN_WORDS
                              or _capitalised_at_word(text, cand, words, i)):
        i += 1  # walk back over the rest of the list
    if i < len(words) and words[i] in _HOUSE_WORDS and (i > 0 or "," in text.gap_before(cand.start)):
        return not cue_before(text, cand.start, wide=False)
    if i < len(words) - 1 and words[i] == "of" and words[i + 1] in ("ahead", "front"):
        i += 1  # "ahead of Patrick and Colmcille"
    if i >= len(words) or words[i] not in _RANKED_AFTER:
        return False
    sentence = text.original[slice(*text.span(max(0, cand.start - 160), cand.start))]
    return _HOUSE_NAMED.search(sentence) is not None and not cue_before(text, cand.start, wide=False)


def _capitalised_at_word(text: Text, cand: Candidate, words: list[str], i: int) -> bool:
    """Whether the i-th word before the name is a capitalised word (a saint's name no pupil has)."""
    pos = text.f.rfind(words[i], max(0, cand.start - 120), cand.start)
    return pos >= 0 and text.form(pos, pos + len(words[i])) is Form.TITLE and words[i] not in _HOUSE_WORDS


def _given_as_a_word(text: Text, cand: Candidate) -> bool:
    """"word of the week in p3 is saoirse"; "mine is golden princess (orla)" where names'
    meanings are told: a name given out as a word or a meaning, not a child."""
    if text.f.find("word of the", max(0, cand.start - 60), cand.start) >= 0 and _WORD_OF_THE.search(
            text.f, max(0, cand.start - 60), cand.start):
        return True
    if text.gap_before(cand.start) != " (" or not text.f.startswith(")", cand.end):
        return False
    before = text.words_before(cand.start, 20, cross_sentence=True)
    return bool(before) and lexicon.is_everyday_word(before[0]) and any(w in _MEANING for w in before)


def _sung(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"singing Grace on repeat": a name sung is a song's title."""
    if not before or before[0] not in ("singing", "sing", "sang", "sung", "humming") or text.gap_before(cand.start) != " ":
        return False
    return not text.possessive(cand.end) and text.form(cand.start, cand.end) is not Form.LOWER


def _named_toy(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"Shannon's lost teddy 🧸 He's brown, he's called Kerry": the animal or toy spoken of in
    the sentence before is the one named; "a wee lad called Caolán" is a child."""
    if not before or before[0] not in ("called", "named") or len(before) < 2 or before[1] not in ("s", "is"):
        return False
    for word in text.words_before(cand.start, 16, cross_sentence=True)[2:]:
        if word in lexicon.PET_WORDS:
            return True
        if word in _PERSON_NOUNS:
            return False
    return False


_WORD_REACH = 600
_PERSON_NOUNS = lexicon.SIBLING_WORDS | frozenset("lad boy girl child baby son daughter pupil friend man woman".split())


def _word_used_as_word_elsewhere(text: Text, cand: Candidate) -> bool:
    """"why we say a Grace before lunch and whether Grace is a girl": a word-name the text also
    uses as a word, after "a", is that word again where nothing says a child."""
    # a post's worth of text either side, and a few mentions: a flood of names stays linear
    low, high = max(0, cand.start - _WORD_REACH), cand.end + _WORD_REACH
    if cand.key not in lexicon.english_words() or text.all_lower or text.f.count(cand.key, low, high) < 2:
        return False
    mentions = itertools.islice(_A_WORD.finditer(text.f, low, high), 8)
    if not any(m.group(2) == cand.key and m.start(2) != cand.start and _english_article(text, m) for m in mentions):
        return False
    return not cue_before(text, cand.start, wide=False) and not person_evidence(text, cand, cue_counts=False)


#: An English verb or preposition, "a", and a word: "say a Grace" (Welsh "a" is "and", "Mali a Seren").
_A_WORD = re.compile(r"(?<![a-z])([a-z]+) a ([a-z]+)(?![a-z])")


def _english_article(text: Text, m: re.Match[str]) -> bool:
    """Whether "a" in ``m`` is English "a" before a capitalised word ("say a Grace", not "a
    storm": case tells those apart): the word before it is a lower-case English word, no name
    and no join (Welsh "a" joins names: "Mali a Seren")."""
    before = m.group(1)
    if not text.is_upper_at(m.start(2)) or text.is_upper_at(m.start(1)) or before in lexicon.LIST_JOIN_WORDS:
        return False
    return before in lexicon.english_words() and not lexicon.is_only_welsh(before)


def _adult_title_before(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"Fr Brendan", "Sr Bridget", "club chairman Brendan Hughes", "we had a Sister Bridget"."""
    if not before or (before[0] not in _TITLES_BEFORE and before[0] not in _ORDER_TITLES):
        return False
    if text.gap_before(cand.start).strip(" .") != "":
        return False
    if before[0] in _TITLES_BEFORE:
        return True
    start = cand.start - len(text.gap_before(cand.start)) - len(before[0])
    if text.form(start, start + len(before[0])) is not Form.TITLE:
        return False
    return len(before) < 2 or before[1] not in _SIBLING_OWNERS


def _adult_role_after(text: Text, cand: Candidate) -> bool:
    """"thanks to Brendan our caretaker", "Síofra, our Irish tutor", "Kerry (Mrs Donnelly)": an
    adult's job in apposition (one describing word may come first), or her title in brackets."""
    end = cand.full_end or cand.end
    if "(" in text.f[end : end + 2] and _TITLE_IN_BRACKETS.match(text.f, end):
        return True
    if text.f[end + 1 : end + 4] not in ("our", "the") and text.f[end + 2 : end + 5] not in ("our", "the"):
        return False  # no "our"/"the" right after the name: the cheap look first
    after = text.words_after(end, 5)
    if len(after) < 2 or after[0] not in ("our", "the"):
        return False
    rest = after[2:] if after[1] in ("school", "schools", "club", "parish") else after[1:]
    return any(w in _ADULT_ROLES for w in rest[:2]) and text.gap_after(end) in (" ", ", ")


_TITLE_IN_BRACKETS = re.compile(r" ?\((?:mr|mrs|miss|ms|dr|fr)\b")


def _staff_surname_after(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Pádraig Ó Catháin, Principal": a staff member's first name and surname of several words."""
    if cand.key not in index.staff_first:
        return False
    rest = " ".join(text.words_after(cand.full_end or cand.end, 4))
    return any(" " in last and f"{rest} ".startswith(f"{last} ") for last in index.staff_last)


def surname_particle_at(text: Text, start: int) -> bool:
    """Whether the one letter at folded ``start`` is "Ó" (or "O") opening an Irish surname ("Ó
    Catháin", "O Neill"), not an initial: a capitalised word follows it."""
    if text.f[start : start + 2] != "o ":
        return False
    return text.is_upper_at(start + 2)


def praise_epithet(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"'oisin the great'": a pupil's name with a word of praise after "the" is a title the child
    is given, unless the adjective is capitalised in a text with capitals ("Alfred the Great")."""
    if cand.entry.how is How.COMMON or len(after) < 2 or after[1] not in _PRAISE_EPITHETS:
        return False
    start = cand.end + len(" the ")
    return text.all_lower or text.form(start, start + len(after[1])) is Form.LOWER


def listed_with_an_animal(words: list[str], i: int) -> bool:
    """Whether the list walked back to an animal word joins the animal itself ("a donkey and Sky
    McAleer"): the animal is one of the list, not the word that names what the list is."""
    return i > 0 and words[i - 1] in lexicon.LIST_JOIN_WORDS
