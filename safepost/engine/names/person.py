"""Evidence that a pupil's word-name stands for a person, read from the grammar around it.

A pupil called Faith or Frank shares her name with a word, so the neighbours that usually make
it the word ("of faith", "to be frank") can mislead; these cues say a person fills the slot:
a phrase that introduces a person ("thanks to", "proud of"), a relative "who", a personal
pronoun that takes it up ("Faith and her family") or a verb whose subject is a person ("Frank
gave a talk"). They are used only for names on the roster: a name no pupil has is not taken for
a child on these alone, since adults are thanked and described the same way.
"""

from __future__ import annotations

import re

from safepost.engine.names import lexicon, welsh
from safepost.engine.names.context import Form, Text
from safepost.engine.names.match import Candidate

#: How many words after the name a pronoun may stand and still take it up.
_PRONOUN_REACH = 5
#: Where a clause ends: "Joy to the World, she sang" puts the pronoun in another clause.
_CLAUSE_END = re.compile(r"[.!?\n,;:()\u2013\u2014]")
_WORD = re.compile(r"[a-z]+")
#: One more name in a list, after the one judged: " and robin", ", ash".
_LIST_MATE = re.compile(r"(?:,? (?:and|&)|,) [a-z]+(?=[ ,])")
#: Words that follow a verb, not a name: "Hope you all...", "Will your child...", "Mark his name".
_AFTER_A_VERB = lexicon.PERSON_PRONOUNS | lexicon.VERB_OBJECTS | frozenset(
    "you your we i they there everyone anyone this that these those".split()
)


def person_evidence(text: Text, cand: Candidate, cue_counts: bool = True) -> bool:
    """Whether the grammar around a capitalised (or all-lower-case) word-name makes it a person
    (a phrase before it counts only when ``cue_counts``)."""
    if text.form(cand.start, cand.end) is Form.LOWER and not text.lower_sentence(cand.start):
        return False  # "of faith", "the river": a lower-case word in normal text stays a word
    return (
        (cue_counts and person_cue_before(text, cand.start))
        or _who_after(text, cand)
        or _pronoun_after(text, cand)
        or acts_next(text, cand)
        or plays_a_role(text, cand)
        or welsh_person_acts(text, cand)
        or _welsh_role(text, cand)
        or praised_after_list(text, cand)
    )


#: Praise that opens a shout-out after a list of names ("– great teamwork", ": what a performance").
_PRAISE_OPENERS = frozenset("great brilliant fantastic amazing super superb wonderful excellent fab awesome lovely".split())
#: What children are praised for: their work or how they did it, never a thing's quality.
_PRAISED_DOINGS = frozenset(
    """teamwork work job effort efforts performance performances listening reading writing singing
    running racing result results kindness manners attitude sportsmanship presentation presenting
    playing dancing acting leadership""".split()
)
_SHOUT_OUT_GAP = re.compile(r" ?[–—:!-]+ ?$|^,? ?$")


def praised_after_list(text: Text, cand: Candidate) -> bool:
    """"skye and rowan – great teamwork today", "HOPE AND FAITH – WHAT A PERFORMANCE!": a list of
    names, a dash or a colon, then praise for what was done: a shout-out to children; "holly and
    ivy – great for winter colour" praises no doing."""
    start_end = cand.full_end or cand.end
    end = _welsh_list_end(text, cand) if text.f[start_end : start_end + 3] in (" a ", " ac") else start_end
    for _ in range(_LIST_REACH):
        m = _LIST_MATE.match(text.f, end)
        if m is None:
            break
        end = m.end()
    if end == start_end and not _listed_before(text, cand):
        return False  # a single word-name before praise may be the thing praised
    gap = text.gap_after(end)
    if not gap.strip() or not _SHOUT_OUT_GAP.search(gap):
        return False
    words = _WORD.findall(text.f[end : end + 60])[:5]
    if words[:2] == ["what", "a"] or words[:1] == ["such"]:
        words = words[2:] if words[0] == "what" else words[1:]
        if words and words[0] in _PRAISED_DOINGS:
            return words[1:2] not in (["from"], ["by"])  # "what a performance!"
    if len(words) < 2 or words[0] not in _PRAISE_OPENERS or words[1] not in _PRAISED_DOINGS:
        return False
    return words[2:3] not in (["from"], ["by"])  # "great work from the volunteers": theirs, not the names'


def _listed_before(text: Text, cand: Candidate) -> bool:
    """Whether another word and a list join come right before the name ("skye and rowan")."""
    before = text.words_before(cand.start, 2)
    return len(before) == 2 and before[0] in ("and", "a", "ac", "&") and text.gap_before(cand.start) == " "


#: "is", "were", "has been", "will be": the verbs that give the subject its part.
_LINKS = frozenset("is are was were been be".split())
#: Words between the link and the role noun: "our", "the new", "P6's", "class", "roving".
_ROLE_REACH = 4


def plays_a_role(text: Text, cand: Candidate) -> bool:
    """"Holly and Ivy were our class reporters", "river has been our Helper of the Day": the
    name (or a list ending with it) is the subject of a link verb whose complement is a person's
    part; "Hope is our value" or "Holly and Ivy are plants" give no such noun."""
    after = text.words_after(cand.full_end or cand.end, 14)
    i = 0
    while i + 1 < len(after) and after[i] in lexicon.LIST_JOIN_WORDS:
        i += 2  # over the rest of a list: "and Ivy", ", Ash and Willow"
    if i < len(after) and after[i] in ("has", "have", "will"):
        i += 1
    if i >= len(after) or after[i] not in _LINKS:
        return False
    rest = after[i + 1 : i + 2 + _ROLE_REACH]
    if not rest or rest[0] not in ("our", "the", "a", "an", "their", "p", "s", "year", "y", "new"):
        return False
    return any(w in lexicon.ROLE_NOUNS for w in rest[1:])


def person_cue_before(text: Text, start: int) -> bool:
    """"Thanks to Joy", "so proud of May", "Thank you, River,": a phrase that introduces a person."""
    words = text.words_before(start, 6)
    while words and words[0] in lexicon.FILLERS:
        words = words[1:]
    return any(
        len(words) >= n and " ".join(reversed(words[:n])) in lexicon.PERSON_CUES_BEFORE for n in (1, 2, 3, 4)
    )


def _who_after(text: Text, cand: Candidate) -> bool:
    """"Hope, who has been in hospital": "who" takes up a person, never a thing."""
    end = cand.full_end or cand.end
    after = text.words_after(end, 1)
    return bool(after) and after[0] in ("who", "whose") and text.gap_after(end) in (" ", ", ")


def _pronoun_after(text: Text, cand: Candidate) -> bool:
    """"Faith and her family", "Summer has finished her project": a personal pronoun a few words
    on, in the same clause. A pronoun or a determiner right after the name makes the name a verb
    ("Hope she had a lovely day", "Mark his name", "Will your child need his kit?")."""
    end = cand.full_end or cand.end
    if text.possessive(end):
        return False  # "Amber's painting of her dog": the pronoun may be anybody's
    clause = _CLAUSE_END.split(text.f[end : end + 12 * _PRONOUN_REACH], maxsplit=1)[0]
    words = _WORD.findall(clause)[:_PRONOUN_REACH]
    if not words or words[0] in _AFTER_A_VERB:
        return False
    return any(w in lexicon.PERSON_PRONOUNS for w in words)


#: How many other names a list may hold before the verb they share ("autumn and robin won").
_LIST_REACH = 3
#: "has", "had": the auxiliaries a person's past participle follows ("Summer has written").
_PERFECT = ("has", "had")
#: A modal and a verb of feeling or wanting after a name: "hope would love this", "Summer will
#: miss you all" are said of a person; "Summer will bring sunshine" is not one of these verbs.
_MODALS = frozenset("would will could might".split())
_FEELINGS = frozenset("love like enjoy adore hate miss want".split())


def acts_next(text: Text, cand: Candidate) -> bool:
    """"Frank gave", "Joy won", "Rose painted", "Summer has written", "autumn and robin won": the
    name (or a short list it opens) is the subject of a person's verb."""
    end = cand.full_end or cand.end
    for _ in range(_LIST_REACH):  # over the rest of a list: " and robin", ", Ash and Willow"
        m = _LIST_MATE.match(text.f, end)
        if m is None:
            break
        end = m.end()
    after = text.words_after(end, 2)
    if not after or text.gap_after(end) != " ":
        return False
    verb = after[0]
    if verb in _PERFECT and len(after) > 1 and after[1] in lexicon.PERSON_PARTICIPLES:
        verb = f"{verb} {after[1]}"
    elif verb in _MODALS and len(after) > 1 and after[1] in _FEELINGS:
        verb = f"{verb} {after[1]}"  # "hope would love this": only a person (or a pet) would love it
    elif verb not in lexicon.PERSON_ACTIONS:
        return False
    verb_end = end + 1 + len(verb)
    if text.f[end + 1 : verb_end] != verb:
        return False
    return text.f[verb_end : verb_end + 1] not in ("'", "’")  # "won't" is no verb of winning


#: One more name in a Welsh list, after the one judged: " a gwen", " ac eira", ", celyn".
_WELSH_LIST_MATE = re.compile(r"(?:,? (?:a|ac)|,) [a-z]+(?=[ ,])")


def _welsh_list_end(text: Text, cand: Candidate) -> int:
    """Where the short Welsh list the candidate opens ends ("hedd a celyn", "Haf, Alaw ac Eira"):
    what is said after the list is said of every name in it."""
    end = cand.full_end or cand.end
    for _ in range(_LIST_REACH):
        m = _WELSH_LIST_MATE.match(text.f, end)
        if m is None:
            break
        end = m.end()
    return end


def welsh_person_acts(text: Text, cand: Candidate) -> bool:
    """"buodd cai yn dangos ei ymlusgiad", "roedd hedd a celyn yn brysur yn plannu", "gofynnodd
    haf pam": Welsh puts the verb first, so a name is a person when a person's past tense stands
    right before it or, after it (and the rest of a short list), "yn" or "wedi" and a person's
    verb-noun, with at most one adjective between ("yn brysur yn plannu"). "roedd eira yn disgyn"
    and "disgynnodd eira" are the weather."""
    before = text.words_before(cand.start, 1)
    if before and text.gap_before(cand.start) == " " and welsh_person_past(before[0]):
        return True
    end = _welsh_list_end(text, cand)
    if text.gap_after(end) != " ":
        return False
    after = text.words_after(end, 7)
    if len(after) >= 2 and after[0] in ("yn", "wedi", "n"):
        if after[1] in lexicon.WELSH_PERSON_VERBNOUNS:
            return True
        if len(after) >= 4 and after[0] == "yn" and after[2] == "yn":
            # "yn brysur yn plannu"; "yn brysur yn yr ardd yn plannu": where, then the verb-noun
            rest = after[5:] if after[3] in ("y", "yr", "r") and len(after) > 5 and after[5] == "yn" else after[2:]
            return len(rest) >= 2 and rest[1] in lexicon.WELSH_PERSON_VERBNOUNS
    return False


#: Past-tense stems whose verb-noun is not the stem and an ending ("enillodd": ennill).
_IRREGULAR_PAST_STEMS = {"enill": "ennill", "dywed": "dweud", "gwrandaw": "gwrando"}


def welsh_person_past(word: str) -> bool:
    """A Welsh past tense in -odd of a person's verb-noun ("gofynnodd", "canodd", "dawnsiodd",
    "ysgrifennodd"), mutated after "fe", "mi" or "a" ("fe ganodd", "a chanodd", "a thynnodd")
    or irregular ("enillodd", "dywedodd"); "disgynnodd" (fell) and "toddodd" (melted) are not a
    person's."""
    if len(word) < 6 or not word.endswith("odd"):
        return False
    stem = word[:-3]
    stems = {stem} | welsh.radicals(stem)  # "gan-" is "can-", "thynn-" "tynn-"
    stems |= {s[:-1] for s in stems if len(s) > 2 and s[-1] == s[-2]}  # "gofynn-" is "gofyn"
    if any(_IRREGULAR_PAST_STEMS.get(s) in lexicon.WELSH_PERSON_VERBNOUNS for s in stems):
        return True
    return any(s + end in lexicon.WELSH_PERSON_VERBNOUNS for s in stems for end in ("", "u", "o", "io"))


#: Welsh "is"/"was"/"will be" in a sentence that identifies ("Haf yw'r enillydd").
_WELSH_LINKS = frozenset("yw ydy ydi oedd fydd fu".split())


def _welsh_role(text: Text, cand: Candidate) -> bool:
    """"GWEN yw'r enillydd eleni", "Haf oedd y capten", "Celyn fydd ein cynrychiolydd": the name
    (or a short list it opens) is identified with a person's part, the Welsh way: the name, the
    link, "the" or "our", the part. "Haf yw'r tymor gorau" (the best season) gives no such noun."""
    end = _welsh_list_end(text, cand)
    after = text.words_after(end, 4)
    if len(after) < 3 or text.gap_after(end) != " " or after[0] not in _WELSH_LINKS:
        return False
    if after[1] not in ("r", "y", "yr", "ein", "eich"):
        return False
    return after[2] in lexicon.WELSH_ROLE_NOUNS or (len(after) > 3 and after[3] in lexicon.WELSH_ROLE_NOUNS)
