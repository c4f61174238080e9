"""Evidence that a name stands for a thing, a place or an adult, read from general grammar.

Any given name can also be a place ("Glen Lyon", "Isle of Harris"), a storm ("Storm Bella"),
a food or a breed ("Victoria sponge", "Angus cattle"), a famous namesake's surname ("Andy
Murray's"), a visitor ("Hamish from the fire service") or a clan. None of that is read from a
list of names: it comes from the words around the name, for any roster. A word before it that
heads a place or a storm, a noun it modifies, a kind it is described as ("Morven, the hill
behind the village", "Fraser and Grant – two Highland clans"), a predicate no child has ("is in
bloom", "is forecast") and an organisation it comes from say "not a child".
"""

from __future__ import annotations

import re

from safepost.engine.names import lexicon, welsh
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import NameIndex
from safepost.engine.names.match import Candidate

#: Capitalised nouns that head a named place or storm when a name follows ("Storm Bella",
#: "Loch Fyne", "Glen Lyon", "Lake Louise"); "of" follows the ones marked in _HEADS_OF.
PLACE_HEADS = frozenset(
    "storm hurricane typhoon loch lough glen ben mount lake river strath ynys afon llyn mynydd traeth bae castell rhaeadr".split()
)
_HEADS_OF = frozenset("isle island isles firth sound vale kyles".split())

#: Words after a list of names that make them names discussed, of pets or things ("Glyn and
#: Bryn are the names of our new lambs", "Glyn a Bryn yw enwau'r ŵyn").
_NAMES_OF = ("are the names", "were the names", "are their names", "yw enwau", "oedd enwau", "ydy enwau")

#: After a list of names, a phrase that gives them as names or words: "Destiny, Hope and Faith
#: are the three words in the chorus", "Precious, Summer, King... just some of the names".
_NAMES_OR_WORDS = re.compile(
    r"(?:(?:are|were) (?:just |only )?(?:the |our |their )?(?:two |three |four |five |six |seven |eight |nine |ten |key |magic )?"
    r"|(?:just |only )?(?:some|a few) of (?:the |our |their )?)(?:names|words)\b"
    r"(?! (?:drawn|picked|pulled|called|read|selected|chosen) )"  # "... were the names drawn from the hat": children
)
_ELLIPSIS = re.compile(r"^ ?(?:\.\.\.|…)")
#: Welsh kinds, after Welsh "the" in apposition ("Teifi, yr afon hiraf"): the adjective follows.
_WELSH_KINDS = frozenset(
    """afon ynys mynydd llyn pentref tref dinas coeden blodyn aderyn brid cwm traeth siop caffi fferm
    capel eglwys neuadd gwesty tafarn bwyty cwmni elusen busnes canolfan theatr""".split()
)

#: Kinds a name may be described as, in apposition or after "are": places, families, breeds.
KINDS = lexicon.DEFINED_KINDS | frozenset(
    """islands rivers lochs lakes hills towns villages cities countries peninsulas isles glens
    strait straits clan clans surname surnames family families breeds tribe tribes kingdom
    kingdoms saint saints storm storms stones places afonydd ynysoedd mynyddoedd llynnoedd trefi""".split()
) | _WELSH_KINDS
_NUMBERS = frozenset("two three four five six both all one some".split())
_AFTER_KIND = frozenset("off in on of near with that which where from for known famous found between and or by behind above"
                        " below beside across we you they".split())

#: Words a child cannot be described with after "is"/"are": plants, weather, places.
_THING_PREDICATES = frozenset("bloom blooming blossoming flowering forecast located situated flows".split())
#: Verbs whose subject is a plant, the weather or a river, never a child ("Rose bloomed").
_THING_VERBS = frozenset(
    "bloom blooms bloomed blossomed flowered ripened sprouted wilted erupted flooded flows flowed thawed".split()
)
_THING_PHRASES = ("famous for", "known for", "home to", "in flower", "in season")
#: Where a plant "is out" (in flower): "Heather is out on the hills", "Blossom is out on the trees".
_IN_BLOOM_ON = frozenset("trees tree hills hill hedges hedgerows bushes bush branches moors moor hillside".split())

#: Places and services a visiting adult comes from ("Hamish from the fire service").
ORGANISATIONS = frozenset(
    """police fire service services brigade rescue ambulance coastguard lifeboat rnli nhs library
    bank charity hospital surgery dentist dentists museum zoo church kirk mosque synagogue temple
    university college company shop supermarket trust foundation army navy raf council's
    vets vet pharmacy garage theatre newspaper radio practice dental clinic department agency
    studio restaurant cafe bakery heddlu llyfrgell gwasanaeth tan banc ysbyty meddygfa amgueddfa
    sw eglwys capel elusen siop fferm cwmni""".split()
)

#: Words that cannot be a noun modified by a name before it: verbs, adverbs, pronouns, joins,
#: where a photo places a person ("Skye front left"), and nouns a person is called in a caption
#: ("Skye star of the week").
_NOT_NOUNS = lexicon.PERSON_VERBS | lexicon.PERSON_ACTIONS | lexicon.COPULAS | lexicon.VERB_OBJECTS | frozenset(
    """am be been being do does did done have has had having can could would should shall may might must
    also too even then now still just never ever often sometimes usually always already soon again once
    here there so very really nearly almost not only both either each every all himself herself
    themselves back came come went go gone saw seen sat stood put let set cut hit beat became began
    began felt kept left lost meant met paid sent spent spoke stole threw wore woke rode rose shook
    sang sung swam swum drew flew grew knew forgot held hid led fed fell fought heard hung lay lit
    made ran rang sold slept spun stuck struck swung taught thought understood won wrote bought
    brought caught chose did drank drove ate gave got had heard left lent read said showed sat
    spent stood told took tore won and or but nor if when while because as than who whose which
    that this these those our my your his her their its we they you i he she it me us them him
    first last next later today tomorrow yesterday tonight from into onto over under through across
    around after before during without within behind beside between like near past since until
    home top bottom left right centre center middle front
    star stars winner winners champion champions hero heroes captain captains leader leaders monitor
    monitors helper helpers reporter reporters author artist player scientist superstar legend""".split()
) | lexicon.LIST_JOIN_WORDS | lexicon.CHILD_CUES_AFTER
#: Words right after a modified noun that make the "noun" a verb with its object ("Angus wore his kilt").
_OBJECT_STARTS = frozenset("the a an her his their its it our my your us me them him everyone everybody this that these those".split())
#: Words after a plural-looking word that make it a plural noun, not a verb ("ponies are").
_AFTER_PLURAL = frozenset("are were and have".split())
_JOINS = frozenset("and & a ac".split())
#: Praise after children's names in a shout-out ("Cadi and Iolo superstars!"), never a noun they name.
_PRAISE = frozenset(
    """brilliant fantastic amazing super superb great wonderful excellent awesome fab fabulous
    outstanding incredible terrific marvellous magic magical superstar superstars legend legends
    stars champ champs heroes well top true real""".split()
)
#: Words that describe things named after people, before a list of names ("real Tudor objects").
_DESCRIBING_WORDS = frozenset("real genuine original authentic replica ancient".split())
_WORD = re.compile(r"[a-z]+")
#: How many names a list is walked over: a flood of names stays linear.
_LIST_REACH = 6
_LIST_NEXT = re.compile(r"(?: and | & |, | a | ac )([a-z]+)")
_CLAUSE_END = re.compile(r"[.!?\n,;:()\u2013\u2014]")


def not_a_child(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Whether general grammar around the name makes it a place, a storm, a thing or an adult."""
    if cand.full_end is not None or text.all_lower or cue_before(text, cand.start, wide=False):
        return False
    return (
        _after_place_head(text, cand)
        or _heads_a_place(text, index, cand)
        or _described_as_kind(text, index, cand)
        or _thing_predicate(text, index, cand)
        or _names_discussed(text, index, cand)
        or _from_organisation(text, cand)
        or _modifies_noun(text, index, cand)
        or _hyphened_to_capitalised_word(text, index, cand)
        or _listed_with_brands(text, index, cand)
        or _before_year(text, cand)
        or _travelled_to(text, cand)
        or _in_a_place(text, cand)
        or _bought(text, cand)
        or _before_of_a_proper_noun(text, index, cand)
    )


#: A clause holding a list: it ends at a sentence end, a dash, a colon or a bracket.
_CLAUSE = re.compile(r"[^.!…\n:;()\u2013\u2014]*")
#: What separates the items of a list ("Mercedes, Tesla and BMW", "Crystal Palace? Chelsea?").
_ITEM_SEPARATOR = re.compile(r"\s*(?:,|\?|&|\band\b|\bor\b)\s*")
_TOKEN = re.compile(r"\S+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|af|il|ydd|ed|fed)", re.IGNORECASE)  # "21st"; Welsh "1af", "2il", "5ed"
_YEAR = re.compile(r" (?:19|20)\d\d(?![\d:])")
#: Verbs and nouns of travel before "to" and a place ("heading to London", "a trip to Paris");
#: "went to" is left out: it is how an award is given ("the cup went to Hope").
_TRAVEL = frozenset(
    """heading headed going travelling traveling travelled traveled travel flying flew fly trip trips
    visit visits visiting journey holiday holidays moving moved move drive driving drove sailing sailed""".split()
)
#: Capitals a school writes beside children ("Hope, Will and PTA volunteers", "PE kit"): no brand.
_SCHOOL_ACRONYMS = frozenset("pe re pta pshe rse eyfs sen send senco sats ict dt ks mfl nhs ofsted tv".split())
_GROUP_HEADS = lexicon.UNIT_BEFORE | lexicon.SCHOOL_UNITS | lexicon.COMMON_CAPITALISED | lexicon.UNIT_HEADS
_LEARNING = frozenset("learning learnt learned learn research researching researched".split())


def _hyphened_to_capitalised_word(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Harley-Davidson", "a Hunter-Gatherer topic": a name joined by a hyphen to a capitalised
    word that is no first name is half of a compound (a brand, a term), where a child's double
    first name joins two names ("Holly-Mae", "Rose-Marie")."""
    o_end = text.span(cand.start, cand.end)[1]
    m = re.match(r"-([A-Z][a-z]+)\b", text.original[o_end : o_end + 30])
    if m is None:
        return False
    other = m.group(1).lower()
    return other not in lexicon.all_first_names() and other not in index.entries and other not in index.surnames


def _listed_with_brands(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Mercedes, Tesla and BMW", "Destiny 2, Fortnite, Call of Duty", "Apple TV, Netflix, YouTube
    Kids", "Crystal Palace? Chelsea? Bristol City?": a name listed with an item no person is
    called (an acronym, camel case, a number, or a capitalised phrase holding no name) is one of
    a list of brands, games or teams. A list of children holds names only."""
    o_start, o_end = text.span(cand.start, cand.end)
    clause_start = max(text.original.rfind(c, max(0, o_start - 200), o_start) for c in ".!…\n:;()\u2013\u2014") + 1
    tail = _CLAUSE.match(text.original, o_start, o_start + 200)
    clause = text.original[max(clause_start, o_start - 200) : tail.end() if tail else o_end]
    if clause.isupper():
        return False  # shouted: every word is in capitals, acronyms say nothing
    items = [i for i in _ITEM_SEPARATOR.split(clause) if i.strip()]
    own = text.original[o_start:o_end]
    mine = [i for i in items if i.split()[:1] == [own]]
    if len(items) < 2 or len(mine) != 1 or len(mine[0].split()) > 2:
        return False  # the name must be an item itself ("Destiny 2", "Apple TV" at most)
    at = items.index(mine[0])
    # an item before the name is read only when it is short: a long one is the clause's opening
    # words ("... with PCSO Rees 🚓 Albie, Eliza and Hamza")
    others = [i for i in items[:at] if len(i.split()) <= 3] + _rest_of_list(items[at + 1 :])
    return any(_brand_like(index, item) for item in others)


def _rest_of_list(items: list[str]) -> list[str]:
    """The items after the name that still belong to its list: a long item ("Yoni are reading
    their poems at the Library") is the clause going on, and what follows it is no list mate
    ("Nav and Yoni are reading ... Level 3, Children's Library")."""
    for i, item in enumerate(items):
        if len(item.split()) > 3:
            return items[: i + 1]  # its opening may still be an item ("Call of Duty are banned")
    return items


def _brand_like(index: NameIndex, item: str) -> bool:
    """The opening of a list item no person is called: "BMW", "YouTube", "Destiny 2", "Call of
    Duty", "Bristol City" (capitalised words, none a name)."""
    tokens = _TOKEN.findall(item)[:3]
    first = tokens[0].strip("'\"‘’“”!?…")
    if len(first) >= 2 and first.isupper() and first.isalpha():
        return first.lower() not in index.entries and first.lower() not in _SCHOOL_ACRONYMS
    if re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", first) or re.fullmatch(r"[A-Za-z]+\d+|\d+[A-Za-z]+", first):
        return not _ORDINAL.fullmatch(first)  # "YouTube", "PS5"; but "21st November" is a date
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", first):  # "Harley-Davidson", not "Holly-Mae"
        other = first.split("-")[1].lower()
        return other not in lexicon.all_first_names() and other not in index.entries and other not in index.surnames
    words = [t.strip("'\"‘’“”!?…") for t in tokens]
    capitalised = []
    for w in words:
        if w in ("of", "the", "&"):
            continue
        if not (w[:1].isupper() and w[1:].islower()):
            break
        capitalised.append(w.lower())
    if len(capitalised) < 2 or capitalised[0] in _GROUP_HEADS:
        return False  # "Team Blue", "Year 3", "Class Owls": a group of children
    return not any(
        w in lexicon.all_first_names() or w in index.entries or w in index.surnames or w in lexicon.TITLES
        for w in capitalised
    )


def _before_year(text: Text, cand: Candidate) -> bool:
    """"Paris 2024", "Glastonbury 2025": a name right before a year names an event, never a child."""
    return _YEAR.match(text.original, text.span(cand.start, cand.end)[1]) is not None


def _travelled_to(text: Text, cand: Candidate) -> bool:
    """"heading to London over the holidays", "learning about Paris": a name after travel and
    "to", or after learning "about", is a place (a child's house is "Hope's": a possessive)."""
    before = text.words_before(cand.start, 2)
    if len(before) < 2 or text.gap_before(cand.start) != " " or text.possessive(cand.end):
        return False
    if before[0] == "to" and before[1] in _TRAVEL:
        return True
    return before[0] == "about" and before[1] in _LEARNING


def _in_a_place(text: Text, cand: Candidate) -> bool:
    """"our penpals in Dallas", "a day out in London": a name right after "in" is a place (or a
    value: "faith in Hope"); a child is "in Hope's group", with a possessive."""
    before = text.words_before(cand.start, 1)
    if before != ["in"] or text.gap_before(cand.start) != " " or text.possessive(cand.end):
        return False
    return text.f[cand.start - 3 : cand.start - 1] == "in" and text.form(cand.start, cand.end) is Form.TITLE


#: Verbs of buying and selling: the word after one is the thing bought ("we bought Apple juice").
_BUYING = frozenset("bought buy buying buys sold sell selling sells ordered".split())
#: Words after the name that make it the one a thing is bought for ("bought Hope a present").
#: What is bought for someone, the second object ("bought Lily flowers", "prynu blodau i"):
#: after one, the name is the person bought for.
_SECOND_OBJECT = frozenset(
    "a an the some her his their our this these those flowers card cards present presents cake cakes sweets blodau".split()
)


def _bought(text: Text, cand: Candidate) -> bool:
    """"We bought Apple juice", "selling Summer fruits": a name right after a verb of buying is
    the thing bought or names it; "bought Hope a present" buys it for her, and "sold Ruby's
    cakes" sells hers."""
    before = text.words_before(cand.start, 1)
    if not before or before[0] not in _BUYING or text.gap_before(cand.start) != " " or text.possessive(cand.end):
        return False
    after = text.words_after(cand.end, 1)
    return not after or after[0] not in _SECOND_OBJECT


def _after_place_head(text: Text, cand: Candidate) -> bool:
    """"Storm Bella", "Lake Louise", "Isle of Harris": a name after a capitalised head noun."""
    before = text.words_before(cand.start, 2)
    if not before or text.gap_before(cand.start) != " ":
        return False
    if before[0] in PLACE_HEADS:
        return _titled_at(text, cand.start - 1 - len(before[0]), before[0])
    if before[0] == "of" and len(before) > 1 and before[1] in _HEADS_OF:
        return _titled_at(text, cand.start - 4 - len(before[1]), before[1])
    return False


def _heads_a_place(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Glen Lyon", "Storm Darragh": a name that is a place or storm head noun, before a
    capitalised word that is not this pupil's surname, is the head of a place's or a storm's name."""
    if cand.key not in PLACE_HEADS or text.form(cand.start, cand.end) is not Form.TITLE:
        return False
    after = text.words_after(cand.end, 1)
    if not after or text.gap_after(cand.end) != " " or len(after[0]) < 2:
        return False
    nxt = after[0]
    if not _titled_at(text, cand.end + 1, nxt) or nxt in lexicon.COMMON_CAPITALISED or nxt in index.classes:
        return False
    return not set(cand.entry.pupils) & set(index.surnames.get(nxt, ()))


def _titled_at(text: Text, start: int, word: str) -> bool:
    return start >= 0 and text.f[start : start + len(word)] == word and text.form(start, start + len(word)) is Form.TITLE


def _list_end(text: Text, index: NameIndex, cand: Candidate) -> int:
    """Where the list of names that ``cand`` opens or belongs to ends ("Clyde and Forth")."""
    end = cand.end
    for _ in range(_LIST_REACH):
        m = _LIST_NEXT.match(text.f, end)
        # a capitalised word joins the list too: "Innes and MacLeod", where MacLeod is no pupil
        if m is None or not _titled_at(text, m.start(1), m.group(1)) or m.group(1) in lexicon.COMMON_CAPITALISED:
            return end
        end = m.end()
    return end


def _described_as_kind(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Morven, the hill behind the village", "Clyde and Forth are two of the Scottish rivers",
    "Fraser and Grant – two Highland clans": names given as places, rivers or families."""
    end = _list_end(text, index, cand)
    gap = text.gap_after(end)
    words = text.words_after(end, 8)
    if gap.strip() in (",", "–", "-", "—", ":") and words:
        # apposition ("Morven, the hill ..."), read to the end of its clause ("Ruby, a red gemstone,")
        words = _WORD.findall(_CLAUSE_END.split(text.f[end + len(gap) : end + len(gap) + 80], maxsplit=1)[0])
    elif gap == " " and words and words[0] in ("are", "were", "is", "was"):
        words = words[1:]
    else:
        return False
    if words[:1] and words[0] in _NUMBERS:
        words = words[2:] if words[1:2] == ["of"] else words[1:]
    if words[:1] and words[0] in ("y", "yr"):
        # "Teifi, yr afon hiraf yng Nghymru", "Enfys, y siop elusen", "Seren, y dafarn" (feminine nouns mutate)
        return len(words) > 1 and welsh.in_any_form(words[1], _WELSH_KINDS)
    if words[:1] and words[0] in ("the", "a", "an"):
        words = words[1:]
    for i, word in enumerate(words[:3]):
        if word in KINDS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return nxt == "" or nxt in _AFTER_KIND
    return False


def _thing_predicate(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Lily is in bloom", "Sunny spells are forecast", "Harris and Lewis are famous for their
    beaches": a predicate that describes a plant, the weather or a place, never a child."""
    end = _list_end(text, index, cand)
    clause = _CLAUSE_END.split(text.f[end : end + 60], maxsplit=1)[0]
    words = _WORD.findall(clause)[:6]
    if any(w in lexicon.PERSON_PRONOUNS for w in words):
        return False  # "Fraser is famous for his jokes", "Rose bloomed on stage in her first solo"
    if words and words[0] in _THING_VERBS:
        return True  # "Rose bloomed by the gate"
    if len(words) < 2 or words[0] not in ("is", "are", "was", "were"):
        return False
    rest = f" {' '.join(words[1:5])} "
    if words[1] == "out" and any(w in _IN_BLOOM_ON for w in words[2:6]):
        return True  # "Heather is out on the hills", "Blossom is out on the cherry trees": in flower
    return any(w in _THING_PREDICATES for w in words[1:5]) or any(f" {p} " in rest for p in _THING_PHRASES)


def _names_discussed(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Glyn and Bryn are the names of our two new lambs": a list of names given as names."""
    end = _list_end(text, index, cand)
    if end == cand.end and _list_start(text, index, cand) in (None, cand.start):
        return False  # one name: "Glyn is the name of ..." is read by the judge's own phrases
    if " ".join(text.words_after(end, 3)).startswith(_NAMES_OF):
        return True
    rest = _ELLIPSIS.sub("", text.f[end : end + 80], count=1)  # "Precious, Summer, King... just some of the names"
    if rest[:1] != " " or not rest[1:2].isalpha():
        return False  # "Well done Ella and Sam. Words fail us!", "Cadi and Lowri – names to watch": no
    return _NAMES_OR_WORDS.match(" ".join(_WORD.findall(rest)[:8])) is not None


def _from_organisation(text: Text, cand: Candidate) -> bool:
    """"Hamish from the fire service", "Rhona from the library": an adult visiting from an
    organisation, never a child (a child is "from P6" or "from Earn class")."""
    after = text.words_after(cand.end, 6)
    if len(after) < 2 or after[0] not in ("from", "o") or text.gap_after(cand.end) != " ":
        return False
    rest = after[2:] if after[:2] == ["o", "r"] else after[1:]  # Welsh "o'r": "from the"
    if rest[:1] and rest[0] in ("the", "our", "a"):
        rest = rest[1:]
    if rest[:1] == ["local"]:
        rest = rest[1:]
    if not rest:
        return False
    return any(w in ORGANISATIONS for w in rest[:3]) and not any(w in lexicon.SCHOOL_UNITS for w in rest[:3])


def _modifies_noun(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Angus cattle at the farm", "Victoria sponge and shortbread", "Jay and Finch nest boxes":
    names opening a sentence, then a lower-case singular noun they describe (not a verb: a verb
    after a name is a past tense, has "-s", or takes an object: "Angus wore his kilt"). Inside a
    sentence, a list of names before a plural noun ("real Tudor and Stuart objects"): a verb
    after two names never ends in "-s"."""
    start = _list_start(text, index, cand)
    if start is None:
        return False
    opening = text.sentence_start(start)
    if not opening and not _describing_word_before(text, start):
        return False  # the common case, decided before the list's end is walked
    end = _list_end(text, index, cand)
    if text.gap_after(end) != " ":
        return False
    words = text.words_after(end, 2)
    if not words or not _lower_at(text, end + 1, words[0]):
        return False
    noun = words[0]
    if noun in _NOT_NOUNS or noun.endswith(("ed", "ing", "en")) or adverb(noun) or not _english_noun(noun, words[1:]):
        return False
    if noun in _PRAISE:
        return False  # "Cadi, Lowri and Iolo brilliant work today!": a shout-out, not a kind of work
    if _plural_subject_verb(start != cand.start or end != cand.end, noun, text.words_after(end, 10)[1:]):
        return False  # "Fred and Hecky run in the 3.15 race": two children, then their verb
    if not opening:  # "real Tudor and Stuart objects to handle"; not "Ella and Sam gets a prize"
        listed = start != cand.start or end != cand.end
        return listed and _plural_noun(noun) and (len(words) < 2 or words[1] not in _OBJECT_STARTS)
    if noun.endswith("s"):
        # "Morgan ponies are calm": a plural noun, as "Angus helps are" cannot be a verb
        return len(words) > 1 and words[1] in _AFTER_PLURAL
    return len(words) < 2 or words[1] not in _OBJECT_STARTS


def _plural_subject_verb(listed: bool, word: str, following: list[str]) -> bool:
    """"Fred and Hecky run in the race", "Ela and Jac sing at the concert": after a list of names
    a person's verb takes no "-s", so the bare form of a verb children do (runs, sings, plays),
    then a preposition or an object, is the list's verb; "Jay and Finch nest boxes" has a noun."""
    if not listed or word not in _PLURAL_PRESENT:
        return False
    if any(w in _FINITE for w in following):
        return False  # "Robin and Wren walk on Saturday starts at ...": the walk is the subject
    return not following or following[0] in lexicon.VERB_OBJECTS or following[0] in ("together", "today", "tonight")


#: Finite verbs later in the clause that make the word after the names a noun, their subject.
_FINITE = lexicon.COPULAS | frozenset("has have had were starts start begins begin needs need ends finishes".split())


def _bare_verb(third_person: str) -> str:
    """"runs" -> "run", "tries" -> "try", "finishes" -> "finish"."""
    if third_person.endswith("ies"):
        return third_person[:-3] + "y"
    if third_person.endswith(("shes", "ches", "sses", "xes", "oes")):
        return third_person[:-2]  # "finishes", "goes"
    return third_person[:-1]


#: The bare (plural present) forms of the person's verbs written with "-s" ("runs" -> "run").
_PLURAL_PRESENT = frozenset(
    _bare_verb(w) for w in lexicon.PERSON_VERBS | lexicon.PERSON_ACTIONS
    if w.endswith("s") and not w.endswith(("ss", "ys")) and w not in ("is", "was", "has", "does", "always")
) | frozenset("play enjoy say go perform compete race walk cycle represent visit join head travel lead".split())


def _describing_word_before(text: Text, start: int) -> bool:
    """Whether a word that says "genuine, of the period" comes right before the list ("real
    Tudor and Stuart objects", "authentic Victorian and Edwardian toys"): not a verb ("gave Ruby
    and Pearl stickers") or "the"/"old" ("the Ruby and Pearl twins", "old Daisy and Poppy
    photos"), where the children are meant."""
    before = text.words_before(start, 1)
    return bool(before) and text.gap_before(start) == " " and before[0] in _DESCRIBING_WORDS


def _plural_noun(word: str) -> bool:
    """A plural in "-s" ("objects", "cakes"), not "glass", "bus" or "this"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word[:-1] in lexicon.english_words()


def adverb(word: str) -> bool:
    """"finally", "happily", "bravely" (an everyday word with "-ly" added), not "jelly" or "belly"."""
    if not word.endswith("ly"):
        return False
    stem = word[:-2]
    words = lexicon.english_words()
    if stem.endswith("i"):
        return f"{stem[:-1]}y" in words  # "happily"
    if stem.endswith(tuple("bcdgkpt")) and f"{stem}le" in words:
        return True  # "gently", "simply"
    return stem in words or stem.endswith("al")


def _list_start(text: Text, index: NameIndex, cand: Candidate) -> int | None:
    """Where the list of capitalised names ending at ``cand`` starts (None: ``cand`` is lower case)."""
    if text.form(cand.start, cand.end) is not Form.TITLE:
        return None
    start = cand.start
    for _ in range(_LIST_REACH):
        before = text.words_before(start, 2)
        if text.gap_before(start) == ", " and before and before[0] in index.entries:
            prev = start - 2 - len(before[0])  # "Holly, Amber and Jade"
            name = before[0]
        elif len(before) == 2 and before[0] in _JOINS and before[1] in index.entries:
            prev = start - len(before[0]) - 2 - len(before[1])
            name = before[1]
            if text.f[prev : start] != f"{before[1]} {before[0]} ":
                return start
        else:
            return start
        if not _titled_at(text, prev, name):
            return start
        start = prev
    return start


def _lower_at(text: Text, start: int, word: str) -> bool:
    return text.f[start : start + len(word)] == word and text.form(start, start + len(word)) is Form.LOWER


def lower_case_word(text: Text, cand: Candidate) -> bool:
    """"We wrote our own aisling verses": a name typed in lower case in a post that capitalises,
    with no cue before it, before a lower-case noun it describes, is a word, not a child."""
    if cand.full_end is not None or text.all_lower or text.form(cand.start, cand.end) is not Form.LOWER:
        return False
    if cue_before(text, cand.start, wide=False) or text.gap_after(cand.end) != " ":
        return False
    words = text.words_after(cand.end, 2)
    if not words or not _lower_at(text, cand.end + 1, words[0]):
        return False
    noun = words[0]
    if noun in _NOT_NOUNS or noun.endswith(("ed", "ing", "ly")) or not _english_noun(noun):
        return False
    return len(words) < 2 or words[1] not in _OBJECT_STARTS


def after_degree_adverb(text: Text, cand: Candidate) -> bool:
    """"The glen was full of mist. Absolutely bonnie.": a name typed in lower case in a post that
    capitalises, right after a degree adverb, is an adjective (Scots "bonnie", "sunny"), whatever
    the word lists hold; a child is not "very Ruby"."""
    if cand.full_end is not None or text.all_lower or text.form(cand.start, cand.end) is not Form.LOWER:
        return False
    before = text.words_before(cand.start, 1)
    if not before or before[0] not in lexicon.DEGREE_ADVERBS or text.gap_before(cand.start) != " ":
        return False
    return not cue_before(text, cand.start, wide=False)


def after_other_first_name(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Andy Murray's documentary", "Hugh Grant in the film": a name right after another capitalised
    first name (a known one, or a capitalised word inside the sentence that is no everyday word),
    the two no pupil's full name, stands where a surname does: someone else's."""
    if cand.full_end is not None or text.all_lower or text.form(cand.start, cand.end) is not Form.TITLE:
        return False
    before = text.words_before(cand.start, 1)
    if not before or text.gap_before(cand.start) != " ":
        return False
    prev = before[0]
    start = cand.start - 1 - len(prev)
    if not _titled_at(text, start, prev) or prev in lexicon.TITLES or prev in lexicon.COMMON_CAPITALISED:
        return False
    if (
        prev not in lexicon.all_first_names()
        and prev not in lexicon.formal_names()  # "Bob Marley", "Andy Murray": a short form of a name
        and prev not in index.entries
        and not _unknown_capitalised(text, start, prev)
    ):
        return False
    prev_pupils = {p for e in index.entries.get(prev, ()) for p in e.pupils}
    return not prev_pupils & set(index.surnames.get(cand.key, ()))


def _english_noun(word: str, following: list[str] | tuple[str, ...] = ()) -> bool:
    """An everyday English word of three letters or more that is no Welsh word ("wnaeth", "yn"),
    or is one in both languages before an English-only word ("band readers", not "plant yn")."""
    if len(word) <= 2 or word not in lexicon.english_words():
        return False
    if word not in lexicon.welsh_words():
        return True
    return bool(following) and following[0] in lexicon.english_words() and following[0] not in lexicon.welsh_words()


def _unknown_capitalised(text: Text, start: int, word: str) -> bool:
    """A capitalised word inside a sentence that is no everyday English or Welsh word ("Colin"):
    a name, most likely."""
    return len(word) > 2 and not text.sentence_start(start) and not lexicon.is_everyday_word(word)


def _before_of_a_proper_noun(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"a Legend of Zelda costume", "Angel of Mons": a name before "of" and a capitalised word
    that is no name, class, year or school (and no place a school is named after) is a title or
    a figure; a child is "of Year 3" or "of Oak Class" ("Hope of Easton Vale Primary" names a school)."""
    o_end = text.span(cand.start, cand.end)[1]
    m = re.match(r" of (?:the )?([A-Z][a-z]+)((?: [A-Z][a-z]+){0,3})", text.original[o_end : o_end + 60])
    if m is None:
        return False
    words = [m.group(1).lower(), *m.group(2).lower().split()]
    first = words[0]
    if first in index.entries or first in index.classes or first in index.surnames or first in lexicon.COMMON_CAPITALISED:
        return False
    if first in lexicon.SCHOOL_UNITS or first in lexicon.TITLES or f"{first} class" in index.classes:
        return False
    return not any(w in lexicon.PLACE_SUFFIXES for w in words)

