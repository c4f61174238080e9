"""Counter-speech: a comment that quotes or reports hate in order to condemn it.

"Someone at the gate said '<hate>', that's disgusting" contains every word of the hate it
condemns, so a phrase list and a bag of n-grams both read it as hate. :func:`frame` takes the
quoted or reported words out and returns what is left (the frame: who said it, and what the
writer thinks of it), but only when that frame condemns something. The classifier reads the
frame when the whole comment looked like hate or abuse, and keeps its reading of the frame
when the frame is harmless; the trainer learns frames from counter-speech examples the same way.

Deliberately narrow: it needs both a quotation or reported speech ("said", "called", "wrote",
"shouted", Welsh "dweud") and a word of condemnation outside it, or a denial of it ("nobody's
saying ...", but not "nobody's saying ..., but ...", the disclaimer that comes before hate). Reporting harm to a child
("my son said a man touched him") has no condemnation word and is never reframed, and the
classifier never reframes safeguarding or threats.
"""

from __future__ import annotations

import re

from safepost.engine.triage.lexicon import TRAIT, TRAIT_CY

#: A stretch in double quotes, or in single quotes that are not apostrophes.
_QUOTED = re.compile(r"\"[^\"]{4,240}\"|(?<![a-z])'[^']{6,240}'(?![a-z])")
#: Reported speech: the clause after a verb of saying, up to the end of the sentence.
_REPORTED = re.compile(
    r"\b(?:said|says|saying|call|calls|called|calling|shouted|shouting|wrote|writing|posted|posting|yelled|screamed|"
    r"claim|claims|claimed|claiming|suggesting|implying|"
    r"came out with|told (?:him|her|them|me|us|my \w+|our \w+|the \w+)|heard (?:\w+ ){1,3}say|"
    r"(?:ddwedodd|dywedodd|dweud|galw|gweiddi|ysgrifennu)) (?:that |bod |fod )?([^.!?\n,;:]{6,240}?)"
    # the reported words end at the sentence's end, or where the writer's own verdict on them starts
    r"(?=\s+(?:should be (?:ashamed|embarrassed)|need(?:s)? (?:a word|to (?:grow up|stop|look|have a word|get a grip))|"
    r"(?:is|are) (?:wrong|racist|ignorant|vile|disgusting|bigot\w*|not ok|out of order|"
    r"(?:a |an )?(?:hateful |racist |total |complete |utter |ugly )?(?:lies?|rubbish|nonsense|myth))|"
    r"yn (?:hollol |gwbl |llwyr )?(?:anghywir|hiliol|ffiaidd|gwarthus))\b|[.!?\n,;:]|$)"
)
#: Words of condemnation, outside the quoted words.
_CONDEMN = re.compile(
    r"\b(?:disgust\w*|sicken\w*|shame\w*|asham\w*|appall\w*|vile|ignorant|unacceptable|not ok|not okay|"
    r"not on|wrong|horrible|horrid|awful|upset\w*|heartbroken|in tears|no place|bigot\w*|racis\w*|"
    r"homophob\w*|transphob\w*|prejudice\w*|hate(?:ful)?|hateful|reported|report(?:ing)? (?:it|this|them)|"
    r"challenged|unchallenged|called (?:it|him|her|them) out|stood up|told (?:him|her|them) so|"
    r"not true|rubbish|nonsense|think before|have a word|catch yourself on|we don't (?:stand|tolerate|accept)|"
    r"not acceptable|get a grip|grow up|stop spreading|(?:a|hateful|racist) lie|call(?:ed|ing)? (?:this|it|that) out|"
    r"hurtful|hurts (?:people|families|kids)|brifo|made me (?:feel )?(?:sick|ill)|"
    r"stand with|ffiaidd|cywilydd|anghywir|hiliol|dim lle|gwarthus|"
    # reporting it to someone who can act is condemning it too
    r"(?:emailed|e-?mailed|rung|rang|phoned|called|told|contacted|messaged|let) (?:the |his |her |their |my )?"
    r"(?:school|office|head|headteacher|teacher|police|admins?|council|school know)|"
    r"logged it|screenshot\w*|dealing with it|dealt with it|riportio|wedi dweud wrth|delio â)\b"
)
#: A denial of the reported words ("nobody's saying <them>"), unless a "but" turns it into the
#: disclaimer that comes before hate ("nobody's saying <them>, but ..."). Read in the masked text,
#: where the reported words are already the placeholder.
_DENIAL = re.compile(
    r"\b(?:nobody|no[- ]?one|neb)(?:'s| is| was| has| ever)? (?:saying|suggesting|claiming|said|yn dweud)\s+(?:that\s+)?"
    r"that\b(?!\s*,?\s*(?:but|ond)\b)"
)
_PLACEHOLDER = " that "
#: A negative trait denied ("... aren't stealing anything", "... are not a threat", "isn't greedy or confused",
#: Welsh "... ddim yn dwp"): the writer rejects the stereotype, so the trait is no evidence against the
#: group. The trait vocabulary is the lexicon's (lexicon.TRAIT), the one its generalisation signal reads,
#: so a stereotype asserted and the same stereotype denied differ only by the negation.
_DENIED_TRAIT = re.compile(
    # the "not" of a verb ("aren't", "is not", "do not", "never"), not a contrast ("... in their own school, not holding
    # others back" denies nothing)
    rf"(?:\b(?:are|is|was|were|do|does|did|be|being|have|has|had|'re|'s) not|n't|\bnever|\bno longer|\bddim yn|\bdim yn|\b(?:nid|nad) (?:yw|ydy|ydyn|ydynt)\b[^.!?,]{{0,40}}? yn)\s+(?:(?:all|really|actually|even|just|always|remotely|"
    rf"some|somehow|automatically) )*['\"]?(?:{TRAIT}|{TRAIT_CY})\b(?:['\"]?(?:,? (?:or|and|nor|na|neu) (?:{TRAIT}|{TRAIT_CY})\b))*"
)
#: What turns a denial round into the disclaimer that comes before hate ("they're not violent, but ...").
_TURN = re.compile(r"\b(?:but|ond|however|though|although|yet|still)\b")


def frame(prepared: str) -> str | None:
    """The comment with the quoted or reported words taken out, when what is left condemns them;
    None when the comment does not look like counter-speech. ``prepared``: normalise.prepare output."""
    masked = _QUOTED.sub(_PLACEHOLDER, prepared)
    if masked == prepared:
        masked = _REPORTED.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + _PLACEHOLDER, prepared)
    if masked == prepared or not (_CONDEMN.search(masked) or _DENIAL.search(masked)):
        return denied(prepared)
    return re.sub(r"\s+", " ", masked).strip()


def denied(prepared: str) -> str | None:
    """The comment with each denied claim taken out, from the start of its clause to the denied trait
    ("asylum seekers aren't stealing anything" -> "that is not true anything"), or None when it
    denies none. Not a denial when a "but" follows (the disclaimer before hate) or when a trait is
    still asserted outside the denials ("they're not violent, they're backward").

    The whole clause goes, group word included: the n-gram model reads a group word beside a "not"
    as hate (most negated sentences it was trained on are hate), and the writer's verdict is what
    decides, as in reported counter-speech."""
    found = list(_DENIED_TRAIT.finditer(prepared))
    if not found or _TURN.search(prepared, found[0].end()):
        return None
    pieces: list[str] = []
    at = 0
    for match in found:
        clause = max(prepared.rfind(mark, at, match.start()) for mark in ".!?,;:\n")
        begin = max(at, clause + 1)
        pieces.append(prepared[at:begin])
        pieces.append(_DENIED_CLAIM)
        at = match.end()
    pieces.append(prepared[at:])
    masked = "".join(pieces)
    if _ASSERTED.search(masked):
        return None
    return re.sub(r"\s+", " ", masked).strip()


_DENIED_CLAIM = " that is not true "
#: A trait still asserted once the denials are out.
_ASSERTED = re.compile(rf"\b(?:{TRAIT}|{TRAIT_CY})\b")


#: What a condemnation word becomes when the frame is read (see :func:`without_condemnation`).
_VERDICT = "unkind"


def without_condemnation(framed: str) -> str:
    """The frame with its words of condemnation replaced by a mild verdict.

    The words that condemn hate ("vile", "should be ashamed", "disgusting") are also what an insult
    or a hateful sentence is made of, so a frame read as it stands can look like abuse of whoever
    said it; the classifier reads this version of the frame instead.
    """
    return re.sub(r"\s+", " ", _CONDEMN.sub(_VERDICT, framed)).strip()

