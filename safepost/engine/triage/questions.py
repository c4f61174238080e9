"""Questions about a group: hate asked as a question, and a practical question that names a group.

Both look alike to a phrase list and to an n-gram model: a group word and a question mark. They
differ in grammar.

* **Hate asked as a question** (:func:`asked_generalisation`) invites agreement with a claim about
  a whole group: a rhetorical frame ("why do ...", "how come ...", "is it just me or ...", "has
  anyone else noticed ...", "am I the only one ...", Welsh "pam fod ...", "oes rhywun arall wedi
  sylwi bod ...", "ai fi yw'r unig un ...") with the group as the subject of a generalisation
  ("... always ...", "... never ...", Welsh "wastad", "bob amser", "byth", "o hyd"). The frame
  alone is a complaint's ("why do the buses always come late?"), the generaliser alone an
  observation; together, about a group of people, they are a stereotype put as a question. A
  *noticing* frame ("is it just me or", "has anyone noticed", "oes rhywun arall wedi sylwi bod")
  needs no generaliser: what the writer asks others to have noticed about a group is the claim.
  Not when the group is what the question defends ("why do the autistic kids always get left
  out?") or praises ("is it just me or are the Polish families always the first to help?").
* **A practical question** (:func:`practical_question`) asks the school for information or a
  provision ("is there a halal option ...?", "will the letters be in Polish too?", Welsh "a oes
  lle i weddïo ...?"): it opens with an interrogative that seeks an answer, ends the comment (thanks
  may follow), and has no rhetorical frame or loaded word ("even", "is it true", "what's next",
  Welsh "tybed"), no generaliser, no negative trait and no hostile word or sarcasm. The
  classifier then asks the model to be surer before it calls the comment hate on its own
  (``classifier.HATE_WHEN_ASKING``): a question that names a group is not a claim about it.

Welsh group words change their first letter after many words ("i Fwslemiaid", "o Bwyliaid",
"ym Mhwyliaid", "a phobl"): :data:`GROUP_CY_MUTATED` holds the mutated forms of the lexicon's
Welsh group words (soft, nasal and aspirate mutation, :func:`mutations`), which the lexicon's
group words (``lexicon._ID``) list only in their radical form.

Weaknesses: the frames are a closed list; a rhetorical question without a generaliser ("why
are <group> even here?") is left to the lexicon's other signals and the model; a practical
question with a hostile word in it ("is there a way to stop him being sick on the coach?") is
not treated as practical; a generalisation with a victim predicate the list lacks counts as hate; a praise word
anywhere in the comment ("win", "proud", "da iawn") lets a stereotype that uses it go ("why do <group> always win the
housing lottery?" is left to the lexicon's other signals and the model).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from safepost.engine.triage.lexicon import (
    GROUP_CY_MUTATED,
    HOSTILE_WORD,
    IDENTITY_TERM,
    NOTICING_FRAME,
    PEOPLE_NOUN,
    RHETORICAL_FRAME,
    TRAIT,
    TRAIT_CY,
    WARM_PREDICATE,
    mutations,
)

__all__ = ["GROUP_CY_MUTATED", "asked_generalisation", "mutations", "practical_question", "praises_or_defends"]

#: A group of people, English or Welsh, radical or mutated (not a thing: "halal", "Eid").
_GROUP = rf"(?:{IDENTITY_TERM}|\b{GROUP_CY_MUTATED}(?: {PEOPLE_NOUN})?)"

#: A generaliser: what the whole group always or never does.
_GENERALISER = (
    r"(?:always|never|all|so|constantly|forever|every (?:single )?time|the ones (?:who|that)|"
    r"wastad|bob amser|byth|o hyd|i gyd|bob tro|mor)"
)
#: Between the group and the generaliser: an auxiliary, a people noun, a filler ("the Polish kids are always ...").
_BETWEEN = r"(?: (?:are|is|were|do|does|did|have|has|seem to|just|yn|'n|sy'?n|wedi))*"
#: After the group, its generalisation: an auxiliary or filler, then a generaliser or a negative trait ("<group> are
#: always ...", "... bod <group> yn fudr").
_GENERALISED = re.compile(rf"{_BETWEEN} (?:{_GENERALISER}|{TRAIT}|{TRAIT_CY})\b")
#: After a noticing frame, the word that opens what was noticed, the group its subject ("... noticed (that|how) the
#: <group> ...", "is it just me or do the <group> ...", "... wedi sylwi bod y <group> ..."), at the end of the gap.
_NOTICED = re.compile(
    r"\b(?:that|how|bod|fod|mai|(?:or|neu)(?: (?:are|do|does|is|have|has|ydy|ydi|mae))?|who thinks?|sy'?n meddwl) "
    r"(?:the |those |these |all the |y |yr |'r )?(?:so many |too many |all these |more and more |gormod o |cymaint o |"
    r"llawer o |mwy a mwy o )?$"
)
#: ... or a generaliser or a count just before the group ("why is it always the <group> who ...", "why are there so
#: many <group> ...", Welsh "pam fod gormod o <group> ...").
_GENERALISED_BEFORE = re.compile(
    r"\b(?:always|only ever|never|so many|too many|all these|wastad|bob amser|byth|gormod o|cymaint o|llawer gormod o) "
    r"(?:the |those |these |y |yr |'r )?$"
)
#: The words between a frame and the group may not include a preposition, which makes the group an object ("why do
#: people who talk about <group> always ..."), nor end the sentence.
_OBJECT_GAP = re.compile(r"\b(?:about|of|with|for|from|to|at|by|against|towards|am|i|ar|gyda|efo)\b|[.!?\n]")
#: The longest gap between a frame and its group: room for a subject's words ("is it just me or do the ... in year 6")
#: but not for a second clause, whose group would be the subject of something else.
_GAP_LENGTH = 40
#: How far past the gap a group may run (the longest group phrases, "ceiswyr lloches o ...", "families from ...", are
#: under 60 characters): the search stops there instead of scanning the rest of a long comment for each frame.
_GROUP_LENGTH = 60
#: A word every frame above contains (a cheap test before the patterns).
_FRAME_WORDS = ("why", "how come", "just me", "only me", "only one", "only person", "else", "notice", "funny how",
                "how many more", "surely", "isn't it", "isnt it", "don't you", "dont you", "pam", "sut ", "onid", "arall",
                " fi", "unig", "sylwi")
#: What the question defends the group from, or praises it for: the opposite of a stereotype.
_NOT_A_STEREOTYPE = re.compile(
    r"\b(?:left out|leave out|picked on|bullied|targeted|blamed|ignored|forgotten|overlooked|excluded|miss(?:ing)? out|"
    r"treated|get the blame|have to (?:wait|fight|put up|explain)|stared at|called names|singled out|"
    r"polite|kind|helpful|lovely|friendly|generous|welcoming|hard[- ]?working|clever|talented|brilliant|amazing|"
    r"first to (?:help|volunteer|offer)|so good|well[- ]behaved|smart|"
    # an achievement, a treat or a welcome missed: "always win the Eisteddfod", "always bring the best food", "never got
    # an invite". "The best" only as what the group gives or is: what it gets or grabs ("always grab the best spots")
    # is resentment's, not praise's
    r"win|wins|won|winning|(?:bring|brings|brought|make|makes|made|cook|cooks|bake|bakes|do|does|did|are|were|is|give|"
    r"gives) (?:the |their |by far the )?(?:very )?best|top of the (?:class|year|league|table)|proud|fantastic|well done|"
    r"da iawn|llongyfarchiadau|ennill|(?:never|not|weren'?t|aren'?t|don'?t|didn'?t) (?:get |got |been |being |even )*(?:an? )?invit\w*|"
    r"cael eu (?:bwlio|hanwybyddu|gadael|beio|trin)|colli allan|caredig|cyfeillgar|gweithgar|clen|hyfryd|gwych|"
    r"barod (?:i|eu) helpu)\b"
)

#: An interrogative that seeks an answer or a provision, at the start of a sentence.
_PRACTICAL_START = re.compile(
    r"(?:^|[.!?\n,;:\u2013] ?)(?:(?:hi|hiya|hello|helo|morning|bore da|sorry|sori|quick question|excuse me)[,!.]? )*"
    r"(?:is there|are there|will there|would there|is|are|was|were|have|has|will the|can|could|may|do|does|did|will|would|"
    r"shall|is it (?:ok|okay|possible|alright|fine)|how (?:many|much|long|do|does|can|should|would)|when|where|what|"
    r"which|who (?:do|should|can|is|are|will)|any (?:chance|news|idea)|does anyone know|just wondering|wondering if|"
    r"please (?:could|can)|"
    r"oes|a oes|fydd|a fydd|ydy|ydi|a yw|ydyn|pryd|ble|pa|pwy|faint|sut (?:alla|galla|gallaf|mae (?:cofrestru|trefnu))|"
    r"allwch|alla i|ga i|gaiff|gall|all (?:y|fy|ein)|beth (?:yw|ydy|sydd)|a fyddai|fyddai|a ddylwn|ddylwn)\b"
)
#: Signs that a question is rhetorical or a rumour whatever its opening: "even", "really", "is it true", "what's next",
#: "is it ok to say", "how long before", "just asking", Welsh "ydy hi'n wir", "tybed", "faint o amser tan".
_LOADED = re.compile(
    r"\b(?:even|ever|really|seriously|honestly|actually|hyd yn oed|o ddifrif|go iawn|is it true|is that true|"
    r"what'?s next|what is next|what is it (?:with|about)|what'?s it (?:with|about)|where (?:does|will) it (?:end|stop)|how long (?:before|until|till)|"
    r"is (?:it|that) (?:racist|ok|okay|wrong|alright|allowed) to say|is that (?:the sort|the kind|what we|how we|the plan)|"
    r"is this an? \w+ or an?|asking for a friend|get away with|(?:sy|sydd|y) tu ol i|then,? eh|hope not|hopefully not|rules for (?:some|them)|one rule for|typical|"
    r"(?:ydy|ydi|yw) (?:hi|o|e)'?n (?:wir|iawn dweud)|a yw'?n wir|tybed|dim rhyfedd|"
    r"faint o (?:amser|flynyddoedd|fisoedd) (?:tan|cyn))\b"
)
#: What may follow the question at the end of a comment: thanks, "please", kisses, an emoji. Each character has one
#: way to match (a non-word character, or a whole word of thanks ending at a word boundary): with two ways, as "."
#: had once, a long run of punctuation before a non-pleasantry backtracks exponentially.
_PLEASANTRY = re.compile(
    r"(?:\W|(?:thanks?(?: you)?(?: (?:in advance|so much))?|thank u|ta|cheers|diolch(?: yn fawr)?(?: iawn)?|please|plis|"
    r"x+)\b)*"
)
#: ... or the asker's own circumstances: the writer or their child ("my daughter uses a wheelchair", "we're not Sikh so
#: not sure of the etiquette", Welsh "dw i ddim yn siŵr") ...
_ASKER = re.compile(
    r"\b(?:i|i'm|i'd|i've|i'll|my|we|we're|we'd|we've|our|he|she|he's|she's|his|him|her|happy to|dw i|dwi|rydw i|rwy|fy|ein|"
    r"ni'n|mae o|mae hi|mae e)\b"
)
#: ... without talk of "them" or a sneer: the remark that makes the question a jibe ("... coming to the fair? better lock
#: up the prizes then", "... for the photo? hopefully not, they think ...").
_JIBE = re.compile(
    r"\b(?:they|them|their|theyre|they're|those|these|that lot|nhw|hwy|eu plant|better|should|shouldn'?t|lol|lmao|tbh|"
    r"dylen|dylai|cuddiwch)\b|😂|🤣|😉|🙄|😒|😏|🤔|🤐|💰"
)
#: A trait word that is no claim: "not a problem if he can just watch", Welsh "dim problem".
_NO_PROBLEM = re.compile(r"\b(?:no|not a|dim|ddim yn) (?:problem|issue|bother|broblem)\b")
#: A group as the subject of a generalisation ("<group> always ...", "<group> i gyd ..."), wherever it stands.
_GROUP_WORD = re.compile(_GROUP)
#: A rhetorical or noticing frame (lexicon.RHETORICAL_FRAME, lexicon.NOTICING_FRAME).
_FRAME = re.compile(RHETORICAL_FRAME)
_NOTICING_FRAME = re.compile(NOTICING_FRAME)
#: A quoted stretch: a question quoted in order to condemn it is not the writer's.
_QUOTED = re.compile(r"\"[^\"]{4,240}\"|(?<![a-z])'[^']{6,240}'(?![a-z])")


@lru_cache(maxsize=1)
def _warm() -> re.Pattern[str]:
    return re.compile(WARM_PREDICATE)


@lru_cache(maxsize=1)
def _claims() -> tuple[re.Pattern[str], ...]:
    """What makes a question a claim about a group: a rhetorical frame, a loaded word, a generalisation, a negative
    trait, a hostile word or sarcasm (lexicon.HOSTILE_WORD)."""
    trait = re.compile(rf"\b(?:{TRAIT}|{TRAIT_CY})\b")
    return _FRAME, _LOADED, trait, re.compile(HOSTILE_WORD)


def praises_or_defends(prepared: str) -> bool:
    """Whether the comment praises the group it generalises about, or defends it ("always win the Eisteddfod",
    "always get picked on"): the opposite of a stereotype, asked or stated. ``prepared``: normalise.prepare output."""
    return _NOT_A_STEREOTYPE.search(prepared) is not None


def asked_generalisation(prepared: str) -> str | None:
    """The words of a stereotype put as a question (see the module docstring), or None.
    ``prepared``: normalise.prepare output."""
    if not any(word in prepared for word in _FRAME_WORDS):
        return None  # most comments have no frame: a substring test is far cheaper than the patterns
    found = next(_stereotypes(prepared), None)
    if found is not None and ('"' in prepared or "'" in prepared):
        found = next(_stereotypes(_QUOTED.sub(" ", prepared)), None)  # a question quoted to condemn it is not asked
    if found is None or praises_or_defends(prepared) or _warm().search(prepared) is not None:
        return None
    return found


def _stereotypes(text: str) -> Iterator[str]:
    """Each frame's sentence whose group is the subject of what it asks others to agree with."""
    for frame in _FRAME.finditer(text):
        noticing = _NOTICING_FRAME.fullmatch(frame.group(0)) is not None
        for group in _GROUP_WORD.finditer(text, frame.end(), frame.end() + _GAP_LENGTH + _GROUP_LENGTH):
            gap = text[frame.end():group.start()]
            if len(gap) > _GAP_LENGTH or _OBJECT_GAP.search(gap):
                break
            if _GENERALISED.match(text, group.end()) or _GENERALISED_BEFORE.search(gap) or (noticing and _NOTICED.search(gap) and
                                                         re.match(r" [a-z']", text[group.end():group.end() + 2])):
                yield _sentence(text, frame.start())
                break


def _sentence(text: str, start: int) -> str:
    """The evidence: from the frame to the end of its sentence."""
    end = min((i for i in (text.find(c, start) for c in ".!?\n") if i >= 0), default=len(text))
    return text[start:end + 1].strip()


def _generalises(text: str) -> bool:
    """Whether a group is the subject of a generalisation anywhere in ``text`` ("<group> always ...")."""
    return any(_GENERALISED.match(text, group.end()) for group in _GROUP_WORD.finditer(text))


def practical_question(prepared: str) -> bool:
    """Whether the comment asks for information or a provision and claims nothing about a group
    (see the module docstring). ``prepared``: normalise.prepare output."""
    if "?" not in prepared:
        return False
    text = _NO_PROBLEM.sub(" ", prepared)
    end = text.rindex("?") + 1
    if _PRACTICAL_START.search(text, 0, end) is None or not _harmless_tail(text[end:]):
        return False
    return not any(claim.search(text) for claim in _claims()) and not _generalises(text)


def _harmless_tail(tail: str) -> bool:
    """What follows the last question mark: thanks, or the asker's own circumstances without a jibe."""
    if _PLEASANTRY.fullmatch(tail) is not None:
        return True
    return _ASKER.search(tail) is not None and _JIBE.search(tail) is None
