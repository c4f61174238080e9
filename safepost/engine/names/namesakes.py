"""Evidence that a name is a famous namesake's, not the pupil's, read from the words around it.

Children share names with footballers, athletes, actors and authors, first name and surname
too ("Harry Kane" in Year 1): a pupil's full name on the roster is taken as the pupil unless the
post says otherwise, and no list of the famous is read here (the judge's short list of famous
phrases never overrides a roster's full name). How the post speaks of the person says which is
meant, for any roster: a comparison ("the next ...", "a future ...", "not that ...", "... in the
making"), a film's cast ("starring ..."), their published work ("...'s autobiography", "...'s
'Title'", "novels by ..."), an autograph ("signed by ..."), letters written to them, an emphatic "himself" after a full
name, a saying that holds a star up ("..., eat your heart out"), a figure being studied
("learning about ..."), a calling in apposition ("..., the author") or the child set apart
elsewhere as "our very own ...".
"""

from __future__ import annotations

import re

from safepost.engine.names.context import Text, cue_before
from safepost.engine.names.match import Candidate

#: Words after an article that compare a child with a famous person: "the next Harry Kane", "a
#: future Andy Murray", "not the first Lewis Hamilton to win a race", "a budding Tom Daley", "the
#: famous Mo Farah".
_COMPARED = frozenset("next future budding first new real mini famous legendary iconic".split())
_ARTICLES = frozenset("the a an".split())
#: Verbs that make the person after them a figure being studied ("learning about Mary Seacole",
#: Scots "getting intae Robert Burns").
_STUDIED = frozenset("studying researching".split())
_STUDIED_ABOUT = frozenset("learning learnt learned reading finding found".split())
_GETTING_INTO = re.compile(r"getting (?:into|intae|in to) $")
#: Nouns for a famous person's own work after their possessive ("Mo Farah's autobiography").
_OWN_WORKS = frozenset("autobiography biography memoir memoirs novel novels album albums".split())
_QUOTES = "'\"‘’“”"
_SIGNED = frozenset("signed autographed".split())
#: Works in the plural or published ones: an author's, not a pupil's ("books by", "a novel by").
_PUBLISHED = frozenset("books novels novel albums album autobiography biography".split())
_EMPHATIC = (" himself", " herself")
_MET = frozenset("alongside with against beside met meet meeting by from".split())
#: Callings of the famous, read in apposition after a full name ("Tom Fletcher, the author").
_FAMOUS_CALLINGS = frozenset(
    """author novelist poet illustrator footballer actor actress singer songwriter rapper olympian
    athlete astronaut presenter broadcaster comedian youtuber""".split()
)
_CALLING_AFTER = re.compile(r", (?:the|a|an) (?:famous |well-known |olympic |world-famous |children's |childrens )?([a-z]+)")
#: Sayings that hold a star up as the measure: "Emma Watson, eat your heart out", "Move over, Mo
#: Farah", "a Tom Daley in the making".
_SAYING_AFTER = re.compile(r",? eat (?:your|yer) heart out| in the making(?! of)")
#: "... Harry Kane would be proud": a star held up as the judge of a child's feat, by full name
#: ("Harry would be proud of his sister" is the child).
_WOULD_BE_PROUD = re.compile(r" would (?:be|have been) (?:so |very |really )?proud(?! of)")
_SAYING_BEFORE = re.compile(r"move over,? $")
_CONTRAST = re.compile(r"\b(?:no|nope|not|just|only|actually)\b")


def famous_namesake(text: Text, cand: Candidate, before: list[str]) -> bool:
    """Whether the words around the name make it a famous person's, not a child's."""
    if text.all_lower:
        return False
    found = _compared(text, cand, before) or _held_up(text, cand) or (
        cand.full_end is not None and _said_of_a_full_name(text, cand, before))
    return found and not cue_before(text, cand.start, wide=False)  # "Well done to the next Harry": a child


def _said_of_a_full_name(text: Text, cand: Candidate, before: list[str]) -> bool:
    """The cues read only for a full name: "Ella's book" or "Ella herself" are a child's."""
    return (
        _starring(text, cand, before)
        or _signed_or_written_by(before)
        or _written_to(text, cand, before)
        or _own_work(text, cand)
        or _emphatic(text, cand, before)
        or _studied(text, cand, before)
        or _child_set_apart(text, cand)
        or _famous_calling_after(text, cand)
    )


def _compared(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"the next Harry Kane", "a future Andy Murray", and "not that Harry Kane!" for a full
    name ("not that Ella minded" is a clause; "another Harry goal" is the child's)."""
    if len(before) < 2 or (before[0] not in _COMPARED and before[0] != "that"):
        return False  # the common case: two set look-ups
    if text.gap_before(cand.start) != " ":
        return False
    if before[0] in _COMPARED and before[1] in _ARTICLES:
        return True
    return cand.full_end is not None and before[1] == "not"


def _held_up(text: Text, cand: Candidate) -> bool:
    """"Emma Watson, eat your heart out", "Move over, Mo Farah!": a star held up as the measure."""
    end = cand.full_end or cand.end
    if _SAYING_AFTER.match(text.f, end):
        return True
    if cand.full_end is not None and _WOULD_BE_PROUD.match(text.f, end):
        return True
    return _SAYING_BEFORE.search(text.f, max(0, cand.start - 12), cand.start) is not None


def _starring(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"'Spider-Man' (PG), starring Tom Holland": a film's star; "starring Ella Smith as Mary"
    is the school's own play."""
    if not before or before[0] != "starring":
        return False
    return text.words_after(cand.full_end or cand.end, 1) != ["as"]


def _signed_or_written_by(before: list[str]) -> bool:
    """"a shirt signed by Harry Kane", "novels by Tom Fletcher": a star's autograph, an author's
    published works ("a poem by Ella Smith" may be a child's: one piece of work is left alone)."""
    if len(before) < 2 or before[0] != "by":
        return False
    return before[1] in _SIGNED or before[1] in _PUBLISHED


def _written_to(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"wrote letters to Lewis Hamilton asking for tips": a class writes letters to the famous,
    an author or an MP, by full name; a classmate gets cards ("get-well cards for Ella"), and a
    family is written to with a possessive ("letters to Ella Smith's family")."""
    if len(before) < 2 or before[0] != "to" or before[1] not in ("letter", "letters"):
        return False
    return not text.possessive(cand.full_end or cand.end)


def _own_work(text: Text, cand: Candidate) -> bool:
    """"Mo Farah's autobiography", "Tom Fletcher's 'There's a Monster in Your Book'": a full name's
    possessive before a word for a published work or a quoted title is its author."""
    end = cand.full_end or cand.end
    if not text.possessive(end):
        return False
    nxt = text.words_after(end + 2, 2)  # two words' window: a long word is read whole
    if nxt and nxt[0] in _OWN_WORKS:
        return True
    o_end = text.span(cand.start, end)[1]
    following = text.original[o_end + 3 : o_end + 5]
    return len(following) == 2 and following[0] in _QUOTES and following[1].isupper()


def _emphatic(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"trained alongside Jamie Vardy himself", "met Tom Daley himself": the emphatic pronoun
    after a full name met or worked with sets a famous person apart; "Jack Nowak himself came
    to collect it" is a child, the sentence's subject."""
    end = cand.full_end or cand.end
    return bool(before) and before[0] in _MET and text.f.startswith(_EMPHATIC, end)


def _studied(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"P5 have been studying Robert Burns", "learning about Mary Seacole", "getting intae Robert
    Burns": a full name studied is a figure of history or letters."""
    if not before or text.gap_before(cand.start) != " " or text.possessive(cand.full_end or cand.end):
        return False  # "studying Ella Smith's poem as a model": a child's work
    if before[0] in _STUDIED:
        return True
    if before[0] == "about" and len(before) > 1 and before[1] in _STUDIED_ABOUT:
        return True
    return _GETTING_INTO.search(text.f, max(0, cand.start - 20), cand.start) is not None


def _famous_calling_after(text: Text, cand: Candidate) -> bool:
    """"Tom Fletcher, the author, ...", "Mo Farah, the Olympic champion": a full name described
    after a comma by a calling children do not have (not "the team captain", "our head girl")."""
    m = _CALLING_AFTER.match(text.f, cand.full_end or cand.end)
    return m is not None and m.group(1) in _FAMOUS_CALLINGS


def _child_set_apart(text: Text, cand: Candidate) -> bool:
    """"Was that Mo Farah on our track? Nope, just our very own Mo": the child named apart as
    "our (very) own" with the first name alone; the full name is the namesake."""
    first = text.f[cand.start : cand.end]
    surname = text.f[cand.end : cand.full_end]  # " farah": "our very own Mo Farah" is this child again
    own = re.search(rf"\bour (?:very )?own {re.escape(first)}(?![a-z])", text.f)
    if own is None or own.start() < cand.start or text.f.startswith(surname, own.end()):
        return False
    # set apart: "Nope, just our very own Mo"; "Cadi Jones won gold. Our very own Cadi ..." is one child
    return _CONTRAST.search(text.f, cand.full_end or cand.end, own.start()) is not None
