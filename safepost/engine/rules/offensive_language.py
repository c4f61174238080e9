"""LAN401 offensive-language: profanity, insults, mockery, discrimination and defamation."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache

from safepost.engine import unmask
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.names import lexicon as lexicon_words
from safepost.engine.rules import Env, Field, TextRule, _learned
from safepost.engine.rules._content import (
    CueSet,
    Key,
    Signal,
    cues,
    explain,
    hit,
    lexicon,
    macro,
    sentence_at,
    sentences,
    total,
    weigh,
    words,
)

THRESHOLD = 1.0
MAX_SIGNALS = 20
#: Cues that can make a post offensive; the others (a laughing emoji, "the driver") only add
#: weight to one of these.
CORE = frozenset(
    {
        "an insult",
        "a derogatory word",
        "says someone is incompetent",
        "contempt aimed at readers",
        "mocks a child's body",
        "ridicules someone's performance",
        "laughs at a child's distress or mishap",
        "a sweeping or derogatory generalisation",
        "an unproven allegation about a person",
        "mocks someone's intelligence or looks",
        "mocks someone's language or origin",
        "a sweeping remark about a group's behaviour",
        "a word of disgust or shaming",
        "shames a class or its families",
        "insinuates with scare quotes",
        "sneers with scare quotes",
        "mocks a faith or culture",
        "talks down to families",
        "mocks a class, a team or another school's pupils",
    }
)
SCARE = N_("insinuates with scare quotes")
SNEER = N_("sneers with scare quotes")
#: A sarcastic or deflating aside ("Remarkable.", "I suppose", "mae'n debyg", 🙃) or an eye-roll:
#: never offensive alone, and kind posts use them too, but ridicule without a swear word usually
#: has one, so they let the learned model speak at its lower bar (``_learned.OFFENSIVE_WITH_CUE``).
#: A laughing emoji does not: it is in too many kind posts (a neighbour thanked for returning
#: footballs 😂 was flagged).
ASIDE = N_("a sarcastic or deflating aside")
EYE_ROLL = N_("an eye-roll or sneer")
#: A class, a team or a group of parents beside a verdict said in contempt ("the weakest I have
#: seen", "zero effort", "my nan could have beaten that", "you didn't miss much"): ridicule that
#: states a poor result flatly. A kind report of a loss shares the words ("the worst weather"),
#: so, like an aside, it only opens the model.
BELITTLES_GROUP = N_("belittles a group of pupils or parents")
#: A class, a year group, a team or another school's pupils made the butt of a post about how
#: they performed (thirteenth session, English): a contemptuous verdict, praise undone by a hedge,
#: a performance word in scare quotes, a lowly likening. In a post with the marks of a kind report
#: of a poor result (:func:`_kind_report`) it is only an opener, like ``BELITTLES_GROUP``.
GROUP_MOCK = N_("mocks a class, a team or another school's pupils")
#: A people or a place summed up in Welsh ("y Saeson", "pobl ddŵad", "i lawr fanna"): kind posts
#: welcome friends "o dros y ffin" too, so it only opens the model and never counts as core (a
#: welcome with a laugh and an aside reached 1.2 on cues alone while it did).
SUMS_UP = N_("sums up a people or a place")
#: Cues that let the learned model speak at its lower bar (``_learned.OFFENSIVE_WITH_CUE``).
OPENS_MODEL = CORE | {ASIDE, EYE_ROLL, BELITTLES_GROUP, SUMS_UP}
#: Those of them that never make a post offensive themselves.
_ONLY_OPENS = OPENS_MODEL - CORE
PROFANITY = N_("profanity")
SLUR = N_("a slur")
#: Cues whose words are also characters' names and titles ("Mr Twit", "The Muppets").
_NAME_LIKE = frozenset({"an insult", "a derogatory word", SLUR})

_TOKEN = re.compile(r"[a-z]+")
_QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”\n]{1,80}['’\"”](?!\w)")


@cache
def _swear() -> re.Pattern[str]:
    """The swear words as written: a root and one of its endings. Disguised ones (masked, spelt
    with digits, spaced, stretched, text-speak) are :mod:`safepost.engine.unmask`'s to read."""
    roots: dict[str, list[str]] = lexicon("offensive")["profanity"]
    alternatives = "|".join(_written(root, endings or []) for root, endings in roots.items())
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def _written(root: str, endings: list[str]) -> str:
    """``shit`` with ``s``, ``ty``, ... -> ``shit(?:ty|s|...)?`` (longest ending first)."""
    tail = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.escape(root) + (f"(?:{tail})?" if tail else "")


@cache
def _roots() -> list[str]:
    return list(lexicon("offensive")["profanity"])


@cache
def _word_pattern(section: str) -> re.Pattern[str]:
    """One pattern for a word list of the lexicon (phrases and ``re:`` entries), whole words."""
    from safepost.engine.rules._content import _cue_source

    return re.compile(
        rf"(?<![\w])(?:{'|'.join(_cue_source(p, {}) for p in words('offensive', section))})(?![\w])"
    )


def _phrases() -> re.Pattern[str]:
    return _word_pattern("profanity_phrases")


def _slurs() -> re.Pattern[str]:
    return _word_pattern("slurs")


@cache
def _cues() -> tuple[CueSet, CueSet]:
    # Welsh mild swearing is a cue named "profanity" (lexicon): it decides alone, so it is read
    # with the cues that can
    return cues("offensive", "cues").split(lambda cue: cue.name in OPENS_MODEL or cue.name == PROFANITY)


_STEMS: dict[Key, int] = {"profanity": 40, "slur": 40, "phrase": 40, "unmask": 40}


def _first_word(pattern: str) -> str:
    word = pattern.removeprefix("re:").split()[0] if pattern.split() else ""
    return re.sub(r"[^a-z].*$", "", word.rstrip("~"))


@cache
def _gate() -> CueSet:
    """One automaton for every trigger of the rule, run over :func:`unmask.skeleton`: swear roots,
    slurs, sweary abbreviations, the core cues' triggers and where a disguised word could be."""
    roots = _roots()
    extra = {
        "profanity": roots,
        "slur": [w for w in map(_first_word, words("offensive", "slurs")) if len(w) >= 3],
        "phrase": [w for w in map(_first_word, words("offensive", "profanity_phrases")) if w],
        # masked, spaced, stretched or text-speak words (unmask.find reads them; a root is left
        # to the profanity list, whose windows unmask.find reads too: see _disguised)
        "unmask": unmask.gate_triggers() - set(roots),
    }
    return CueSet(_cues()[0].items, extra)


def _lesson() -> re.Pattern[str]:
    return _word_pattern("lesson_context")


def swearing(folded: str, spans: Mapping[Key, list[tuple[int, int]]]) -> Iterator[Signal]:
    """Swear words and sweary phrases as written, looked for only near what the gate found."""
    for a, b in spans.get("profanity", ()):
        for m in _swear().finditer(folded, a, b):
            yield Signal(PROFANITY, 1.0, m.start(), m.end())
    for a, b in spans.get("phrase", ()):
        for m in _phrases().finditer(folded, a, b):
            yield Signal(PROFANITY, 1.0, m.start(), m.end())


def _excused(
    signal: Signal, folded: str, original: Field, bounds: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> bool:
    """A word discussed rather than used: in quotation marks, in a lesson about unkind words,
    or part of a title or a character's name ("Mr Twit", "The Muppets")."""
    if signal.name not in (SCARE, SNEER) and any(a <= signal.start and signal.end <= b for a, b in quoted):
        return True
    if signal.name == SNEER and _titled_quote(original, signal):
        return True
    lo, hi = bounds[sentence_at(bounds, signal.start)]
    if _lesson().search(folded, lo, hi):
        return True
    if _welsh_sense(signal, folded) or _pond_sense(signal, folded):
        return True
    return signal.name in _NAME_LIKE and _titled(original, signal, lo)


_QUOTED_WORDS = re.compile(r"['‘\"“]([^'’\"”\n]+)['’\"”]")


def _titled_quote(field: Field, signal: Signal) -> bool:
    """Scare quotes around a word written with a capital: a title, a song or a name ("sang
    'Amazing Grace' at the service", "thanks for naming him 'Biscuit'"), not a sneer."""
    start, end = field.folded.original_span(signal.start, signal.end)
    inside = _QUOTED_WORDS.findall(field.text[start:end])
    return bool(inside) and inside[-1][:1].isupper()


def _welsh_sense(signal: Signal, folded: str) -> bool:
    """An English insult that is also a Welsh word, in a Welsh sentence or a post with Welsh in
    it: "cawl cennin a moron" (carrots), "Roast dinner: chicken, moron and swede ... Pwdin: jam
    roly-poly", "dewch â brat" (an apron), "pig yr aderyn" (a beak). Decided from the Welsh
    dictionary for any word. The price: an English "moron" aimed at someone in a post that also
    has a Welsh word ("Diolch to the moron who ...") is left to the models."""
    if signal.name != "an insult":
        return False
    word = folded[signal.start : signal.end]
    # only the English lexicon's words: the Welsh insults ("twp", "penbwl") are no English words
    english = word in lexicon_words.english_words()
    if not (word.isalpha() and english and _is_welsh_word(word)):
        return False
    return _has_welsh(folded[: signal.start] + " " + folded[signal.end :])


@cache
def _tadpole() -> re.Pattern[str]:
    """A Welsh insult that is first a pond animal: "penbwl" (a tadpole, and a blockhead), in any of its forms
    (the lexicon's ``tadpole`` macro, which its Welsh insult cue reads too)."""
    return re.compile(macro("offensive", "tadpole"))
#: What a post about real tadpoles talks about: frogs, frogspawn, the pond, the life cycle.
#: Whole words (not "respond"), and not the swimming pool ("pwll nofio"); growing legs too.
_POND = re.compile(
    r"\b(?:llyffant\w*|lyffant\w*|broga\w*|froga\w*|grifft|(?:p|b|mh)wll(?! nofio)|ponds?|frogs?|frogspawn"
    r"|tadpoles?|coesau|tyfu|cylch bywyd|life cycle)\b"
)


def _pond_sense(signal: Signal, folded: str) -> bool:
    """"Penbyliaid!" in a post about the school pond's frogspawn: tadpoles, not blockheads. A
    post calling people "penbyliaid" beside a pond or a frog is the price (left to the models)."""
    if signal.name != "an insult" or not _tadpole().fullmatch(folded[signal.start : signal.end]):
        return False
    return _POND.search(folded) is not None


def _is_welsh_word(word: str) -> bool:
    # a plural is a dictionary headword less its singular ending: "moron" from "moronen"
    welsh = lexicon_words.welsh_words()
    return word in welsh or word + "en" in welsh or word + "yn" in welsh


def _has_welsh(text: str) -> bool:
    """A word that is only Welsh: the post is written, at least in part, in Welsh."""
    return any(lexicon_words.is_only_welsh(t) for t in _TOKEN.findall(text))


def _titled(field: Field, signal: Signal, sentence_start: int) -> bool:
    """Capitalised in the middle of a sentence (and not shouted in capitals): a name or title."""
    start, end = field.folded.original_span(signal.start, signal.end)
    word = field.text[start:end]
    return word[:1].isupper() and not word.isupper() and start > field.folded.starts[sentence_start]


def assess(field: Field) -> list[Signal]:
    """Every signal in ``field`` that is not excused by its context."""
    folded = field.folded.text
    gate = _gate()
    spans = gate.windows(unmask.skeleton(folded), reach=_STEMS)
    # masked, spaced, stretched and text-speak words, read the same way as triage reads comments
    disguised = _disguised(folded, spans)
    if not spans and not disguised:
        return []
    # a real post swears a few times at most; the cap keeps hostile input linear
    found = list(itertools.islice(swearing(folded, spans), MAX_SIGNALS))
    for a, b in spans.get("slur", ()):
        found += [Signal(SLUR, 1.2, m.start(), m.end()) for m in _slurs().finditer(folded, a, b)]
    found += [_disguised_signal(u) for u in disguised[:MAX_SIGNALS]
              if not any(s.start < u.end and u.start < s.end for s in found)]
    del found[MAX_SIGNALS:]
    found += weigh(gate, folded, spans=spans)
    if not found:
        return []
    if any(s.name not in _ONLY_OPENS for s in found):
        # the other cues only add weight to a core one: an aside alone needs none of them
        found += weigh(_cues()[1], folded)
    bounds = sentences(folded)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(folded)]
    kept = _one_per_span([s for s in found if not _excused(s, folded, field, bounds, quoted)])
    return [Signal(BELITTLES_GROUP, 0.3, s.start, s.end)
            if s.name == GROUP_MOCK and _kind_report(folded, bounds, s.start) else s for s in kept]


def decides(signals: list[Signal]) -> bool:
    """Whether the cues alone make the post offensive: enough weight, and a core cue, swearing or a
    slur among them (an aside or a laugh adds weight but never decides)."""
    return total(signals) >= THRESHOLD and any(s.name in CORE or s.name in (PROFANITY, SLUR) for s in signals)


def _one_per_span(signals: list[Signal]) -> list[Signal]:
    """The strongest of the group-mockery signals that overlap: the tiers of one construction
    (predicated, loose, hedge) read the same words, which must count once."""
    mocks = sorted((s for s in signals if s.name == GROUP_MOCK), key=lambda s: -s.weight)
    chosen: list[Signal] = []
    for s in mocks:
        if not any(c.start < s.end and s.start < c.end for c in chosen):
            chosen.append(s)
    return [s for s in signals if s.name != GROUP_MOCK or s in chosen]


def _kind() -> re.Pattern[str]:
    return _word_pattern("kind_report")


#: A class or a year group named: a kind mark in a sentence that names another one is about
#: that one ("Year 5 were abysmal today. Very proud of Year 6 though.").
_GROUP_NAMED = re.compile(r"(?<![\w])(?:(?:year|yr|blwyddyn|bl) ?\d{1,2}|reception|class \w+)(?![\w])")


def _kind_report(folded: str, bounds: list[tuple[int, int]], at: int) -> bool:
    """The marks of a kind report of a poor result ("so proud of them", "heads held high",
    "never gave up", "great effort") about the group mocked at ``at``: in its sentence, or in
    another that names no class of its own. A post with one shares ridicule's verdicts ("a
    disaster", "painful to watch") without mocking anyone, so ``GROUP_MOCK`` only opens the
    model there. Sarcasm can borrow them ("Very proud of you."): the model still speaks at its
    lower bar."""
    own = sentence_at(bounds, at)
    for i, (lo, hi) in enumerate(bounds):
        if _kind().search(folded, lo, hi) is None:
            continue
        if i == own or _GROUP_NAMED.search(folded, lo, hi) is None:
            return True
    return False


def _disguised(folded: str, spans: Mapping[Key, list[tuple[int, int]]]) -> list[unmask.Unmasked]:
    """Disguised words, read near the gate's hits (or everywhere when a symbol the skeleton hides
    touches a letter, or the post opens with a spaced-out word)."""
    if unmask.starts_spaced(folded) or unmask.symbol_beside_letter(folded):
        return unmask.find(folded)
    return unmask.find_in(folded, [*spans.get("unmask", ()), *spans.get("profanity", ())])


def _disguised_signal(word: unmask.Unmasked) -> Signal:
    """A disguised lexicon word counts as the word itself: profanity, a slur or an insult."""
    if word.kind == unmask.PROFANITY:
        return Signal(PROFANITY, 1.0, word.start, word.end)
    if word.kind == unmask.SLUR:
        return Signal(SLUR, 1.2, word.start, word.end)
    return Signal("an insult", 1.0, word.start, word.end)


class OffensiveLanguage(TextRule):
    """Language a school must not publish: swearing, insults, mockery, prejudice, allegations.

    What it flags:
        Profanity, also masked (``sh*t``, ``f***``), spelt with digits or look-alike letters,
        stretched or spaced out (``s h i t``); the lexicon's swear words, slurs and one-word
        insults in English and Welsh however they are disguised (``*unt``, ``wank**``,
        ``b@st@rd``, ``tw4t``, ``id**t``, ``p*ki``, ``ff-y-c-i-n``, ``shiiiit``, ``fkn``,
        ``fvck``, ``ff*cin``, ``c*chgi``: :mod:`safepost.engine.unmask`, the same step triage
        uses for comments); slurs; insults and name-calling aimed at people
        ("selfish idiots", "a right miserable cow", "absolute animals"); posts that laugh at a
        child's body, mishap or performance; sweeping derogatory remarks about a nationality or
        religion; and unproven allegations about an identifiable person ("the driver has been
        done for drink driving").

    Why it matters:
        The school's account speaks for the school. Mocking a child or a parent in public is
        humiliating and can be bullying; prejudice breaks the school's equality duties; an
        allegation about a named or recognisable person can be defamatory; and swearing on an
        official account undermines trust in the school.

    Example:
        "Some parents clearly can't read 🙄" or "Shout out to the absolute muppet who left the gate open."

    Use instead:
        Say what needs saying without judging people: "A reminder that non-uniform day is this
        Friday." Celebrate effort rather than laughing at mistakes. Report concerns about a
        person to the police or the safeguarding lead, never on social media.

    Known problems:
        Lexicons first, then a learned n-gram model (``safepost/engine/models/posts.py``,
        trained by ``python -m training.posts`` on about 8,300 posts written for safepost, a
        third Welsh or mixed, among them about 450 hand-written in six voices) reads the post in
        windows of 24 words. The model fires alone only at p ≥ 0.93 (p ≥ 0.75 beside a core cue
        that fell short), a bar set to keep ordinary posts quiet, so it adds little recall: on
        held-out templates ridicule without swearing went from 0 to 0.16 and Welsh ridicule from
        0.48 to 0.64; on a second held-out set (``python -m safepost.engine.functional_heldout2``)
        offensive recall is 0.44 (mocking a class 0.25, shaming parents 0.25, Welsh ridicule
        0.21-0.24, faith 0.42), and a writer the model never read gets about a quarter of their
        ridicule caught (0.26, ``python -m training.posts.voice_folds``, docs/quality.md). A
        Welsh self-deprecating "roedden ni'n anobeithiol ... ond cawson ni hwyl" still fires
        on the lexicon word. The model
        learns wording close to its templates; sarcasm without a tell-tale word ("Well done to
        whoever...") and new slang still slip through, and a harsh word used kindly can still
        fire. The model's finding points at the whole window, not a word. Ridicule without swearing is caught only
        in the constructions listed ("not their strong point", "could barely run", "their kids
        are hopeless", "set an alarm, it's not hard"); a new way of mocking a class will be
        missed; phrases that are also everyday English ("could barely walk", "someone tell",
        "honestly, shocking") count only with a laugh or a word about schoolwork beside them, so
        the same ridicule without either is missed. Scare quotes count around a listed insinuating word ('lost', 'careful',
        'forgot'), and around any word in lower case after thanks ("Thanks to our 'builder'",
        "diolch i'r 'gwirfoddolwyr'"), after his, her, their (Welsh "am ei", "ar ei") or before a
        title ("our 'volunteer' Mrs Kettle"); either needs a person or an innuendo ("Funny that")
        beside it, or the learned model. A quoted word with a capital is a title or a name
        ('Amazing Grace'), and lower-case kind quotes after thanks ("thanks for teaching me
        'bore da'") can still count. A sarcastic aside ("Remarkable.", "I suppose", "shall we
        say", "mae'n siŵr", "dim rhyfedd", 🙃, 🤷, an eye-roll) never fires alone but lets the
        learned model fire at its lower bar (p ≥ 0.75; in a thorough check the learned combination
        with the encoder weighs the cue too); a laughing emoji does not, being in too many kind posts. A class, a team
        or a group of parents beside a verdict said in contempt opens the model the same way: a
        superlative of failure ("the weakest I have seen", "y gwaethaf dwi erioed"), "laughable",
        "zero effort", "no hope", "dim gobaith", a grown-up or a toddler who would do better ("my
        nan could have beaten that", "gallai fy nai"), a mock apology to the audience, "you didn't
        miss much", a match spent crying, "we're a school, not a takeaway", "why they chose us";
        a kind report sharing the words ("the worst of the storm") stays quiet unless the model
        is sure. So do, since the twelfth session: a group's performance likened to something
        lowly or bettered by it ("Year 8 sounded like a dustbin lorry", "yn canu fel drws heb
        olew", "the hamster danced better than most of Year 3"; "like angels", "fel angylion" and
        "like a dream" do not count), a subset of readers told off ("some of you clearly need",
        "the rest of you obviously", "i'r gweddill:", "i rai ohonoch chi mae'n amlwg", parents
        needing night classes, "dydyn ni ddim yn feithrinfa"), nobody in a class knowing
        something, a verdict undone in the same breath ("just not in a good way", "fel petai",
        "if nothing else", "rhyw fath o ddawn", "with all the enthusiasm of", "Cute.", "don't
        expect miracles", "the usual suspects"), and a people or a faith summed up in passing
        ("how they eat it over there", "the only thing they've ever invented", "still believe in
        fairy tales", "the smell of curry"), the last at 0.3 as a sweeping remark, so it adds to
        a core cue. Since the thirteenth session, in English only: a class, a year group, a
        team or another school's pupils with a contemptuous verdict on their performance in the
        same sentence ("Year 5's singing was painful to watch", "the relay team were abysmal",
        "a woeful display from Year 8", "the slowest relay in living memory"), praise undone by a
        hedge with the group beside it ("a triumph, if you like", "if you can call it singing",
        "I use the word loosely") and a lowly likening that did better ("seen better passing
        from a bag of towels") fire on the lexicon; the hedge alone, "BAFTA pending", selectors
        who "needn't bother", a performance word in scare quotes after the group ("Year 2
        'sang'") and another school's pupils who "didn't understand the rules" or "took twenty
        minutes to work out" count at 0.7 (a laugh or an eye-roll beside them makes them fire);
        a mock celebration ("pop the champagne", "hold the front page"), a mock-praise fragment
        ("Groundbreaking stuff."), an onlooker's mock-heroic reaction ("the lifeguard has asked
        for a pay rise"), success withdrawn ("Sort of."), faint praise ("at least they turned
        up", "the less said the better", "no surprises there") and comparisons ("more than we
        can say for", "the brain of a garden gnome", "imagine a herd of") only open the model.
        In a post with the marks of a kind report of a poor result ("proud", "heads held high",
        "never gave up", "learned so much", "great effort", a heart) the first kind only opens
        the model too, so a sarcastic "Very proud of you." escapes the lexicon. "The few who" counts as aiming at people, so "to the few who ... Diog iawn"
        fires on the lexicon. A culture worn as a costume or an accent ("false noses", "put on accents", "war
        paint") or a faith called an excuse counts as mocking a faith at 0.6, never alone. Welsh coverage is
        a short lexicon (twp/dwl, anobeithiol, yn dda i ddim, ffŵl, gwirion, cywilydd, diog;
        since the thirteenth session also the insults' plurals and mutated forms, "penbyliaid",
        "lembos", "twpsod", "goc oen", "fel llo", and mild swearing, "diawl", "pa ddiawl",
        "uffar", as "bloody" is in English): "cywilydd" next to "plant" or "rhieni" fires even
        when it means "what a pity", and "penbyliaid" is read as tadpoles only beside a pond or
        a frog. Welsh ridicule's grammar opens the model (thirteenth session): a third person's
        performance with its noun mutated after "ei"/"eu" and a damning adjective after "yn" or
        "mor" ("ei berfformiad yn druenus"; "ein" is left out, staff laughing at themselves),
        a class with that verdict, "dim siâp", "dal i fethu" a child's task, "chwerthin am ei
        phen", "Am griw o fabis", similes of failure ("fel X wedi disgyn", "fel X yn boddi"),
        "wedi gweld mwy o egni", "'n well na nhw", a class or an age said again alone
        ("Blwyddyn 6."), the closing shrug and mock pity ("Dim ond deud.", "Bechod drostyn
        nhw"), sneering questions ("pa mor anodd ydi hi", "o gwbl?"), a count said again
        ("PUMP."), and the English or incomers summed up ("y Saeson", "pobl ddŵad", "i lawr
        fanna"; only an opener, never core, so a welcome "o dros y ffin" with a laugh cannot
        fire on cues). Beside a Welsh cue, or a cue in a Welsh sentence, the model's bar is
        0.65, not 0.75 (an English sentence in a post with a Welsh word keeps 0.75): a kind
        Welsh post that shares a tell and scores 0.65-0.75 is flagged. Faith
        mockery needs a festival or faith word next to "nonsense", "put up with", "again?".
        The functional-test figures for these families come from templates written by the same
        hand that wrote the patterns, so they overstate how well a new school's wording is met:
        on held-out templates ridicule without swearing scored 0 of 37 (docs/quality.md). Words in quotation marks, in a sentence about unkind words or bullying,
        or capitalised as part of a title or character's name ("Mr Twit") are not counted.
        ``alt-profanity-check`` is not used: at about 3 ms a call it would cost more than the
        whole engine's budget for a draft.

    Known weaknesses:
        - **Misses much ridicule without swearing in new wording.** On a probe written for it by
          another hand (evaluation/dev/ridicule-probe, 110 offensive posts with no swear word, 130
          near misses; first score F1 0.66 thorough, 0.41 quick) the rule finds 0.63 of them
          thorough and 0.43 quick after the asides and scare quotes (tuned on it). On a second
          writer's probe (evaluation/dev/ridicule-probe-2, 99 offensive, 121 close negatives) it
          found 0.60 thorough and 0.33 quick at first, 0.71 and 0.59 after the group-verdict cue
          and a training panel written for its families (tuned on it; 5 and 1 of 121 fine posts
          flagged, kind humour read as mockery). Held-out
          ridicule without swearing passes 0.97, Welsh ridicule 0.72; held-out 2's mocking a
          class's performance 0.50 and belittling other schools 0.75: ridicule that states a poor
          result flatly ("Ours had to explain to them what a cow was") has no tell to read.
          A third writer's probe (ridicule-probe-3's development half, 150 posts, 68 offensive,
          53 % Welsh) first scored F1 0.80 thorough and 0.69 quick (P 1.00 R 0.53): the quick
          path needs the n-gram at 0.93 alone, and most of its misses sat at 0.75-0.90 with no
          cue to open it. The twelfth session's openers (likening, readers told off, undone
          verdicts, peoples summed up) raised it to 0.85 quick (R 0.74, P 1.00) and 0.84 thorough;
          the half they were drawn from moved more (quick 0.67 -> 0.87) than the half kept for
          checking (0.73 -> 0.81, thorough unchanged at 0.76). Lowering the bar alone instead
          (0.93 -> 0.85) would have flagged 31 more clean posts across the development sets;
          a training panel for these families moved the n-gram the wrong way on the quick
          path (and flagged one more clean bench post), so it was not kept. The held-out rows below 0.80 did not move.
          A fourth writer (``evaluation/dev/classmock-en-train``, 160 English posts in two
          personas, 72 offensive: a deputy head who thinks he is hilarious and a competitive PE
          lead) first scored R 0.35 quick, 0.60 thorough; its sealed twin's development half
          (70 posts, 35 offensive) F1 0.50 quick, 0.69 thorough. The thirteenth session's
          English group-mockery cues (drawn from that panel) raised the development half to
          F1 0.62 quick and 0.77 thorough with no new false alarm there or on any development
          set. A review then found kind posts they flagged alone ("battled on in atrocious
          conditions", "families in dire need", "the best results in school history", "if you
          can call it sleeping"): now a verdict fires only when predicated of the group ("Year
          5 were abysmal", "Year 9's performance ... was a farce", "The brass group:
          excruciating"), a verdict merely near a group that opens its sentence counts 0.7, a
          hedge fires only after praise or the group's own performance noun, and a kind mark
          excuses only its own sentence or one naming no other class. This cost no English
          post on the development sets (docs/quality.md). Most of this writer's ridicule is a joke with no tell at all (an onlooker's mock
          reaction, an animal fleeing the singing) and the n-gram scores it below its bars.
          These cues did not move held-out 2's two English rows (mocking a class's performance
          0.50, belittling another school's pupils 0.75, thorough; 0.25 and 0.50 quick): their
          wording is none of these constructions.
        - **Wrongly flags a little.** On the development bench the thorough check flags 16 posts
          for 14 real ones (P 0.875, R 1.000): two posts without offensive language are blocked: a lost
          match reported kindly (the n-gram alone) and an angry political post about budget cuts
          (political, not offensive; the encoder reads anger as offence). Among everyday phrases that share ridicule's words, 1
          of 60 fires (0.98): a cheerful remark that a faith festival has come round again is read
          as mocking the faith. Held-out kind posts stay quiet (54 of 54).
        - **The sentence encoder runs only in a thorough check** (the compose page's check, a saved
          revision, an inbox reply, the API, the check page, the command line): bulk scans on the quick path miss
          what only it finds (sealed first scores: F1 0.80 and 0.67 quick, 0.91 and 0.90 thorough).
          It reads the whole post, so one unkind sentence in a long friendly newsletter is diluted,
          and its finding points at the n-gram's best window, not always the unkind sentence.
        - **On schools written by others it now finds most, not all.** Two sealed schools scored once
          after the encoder (December 2026, `evaluation/sealed/FIRST-SCORES.md`): F1 0.91 and 0.90.
          Five earlier schools, whose scores were seen while its bar was chosen: 0.92, 0.69, 0.81,
          0.81, 0.79. All eleven sealed schools on the engine as shipped: F1 0.79-0.97, the
          newest (Ysgol Glan Morfa, first score) 0.80, 0.77 on the quick path. Held-out functional
          families still below 0.80: mocking a class's performance (0.50), Welsh ridicule (0.72),
          belittling another school (0.75); Welsh sarcasm rose from 0.74 to 1.00 with the asides.
        - Sarcasm without a tell-tale word, new slang and Welsh dialect beyond the training
          writers' are the likeliest misses.
        - **Welsh ridicule (thirteenth session).** On the Welsh offensive probe's development half
          (120 posts, 54 offensive, 90 % Welsh or mixed; a writer from Blaenau Ffestiniog) the
          quick path found 0.43 of the offensive posts and now finds about 0.74 (F1 0.58 -> 0.83),
          the thorough check 0.65 -> 0.80; these are the posts the Welsh cues were read from. On a
          north-Wales writer's development half (classmock-cy, 60 posts; its train half is now
          training data, and a few cues were read from its misses too) the quick path went from
          F1 0.72 to 0.80 and the thorough from 0.81 to 0.84. The held-out Welsh ridicule row did
          not move (0.72). What is
          still missed: ridicule told as a little story with no tell ("Picasso'n troi yn ei
          fedd"), a child's ignorance reported flatly, English sentences in a Welsh post (read
          by the English cues), and a faith or a festival belittled by a question ("Wyth noson o
          ganhwyllau?"). A kind Welsh post about a staff member's singing that apologises to
          the audience is flagged on the quick path (the Welsh bar). Since the review of these
          cues the Welsh bar no longer applies to an English sentence opened by an English cue
          in a post that only has a Welsh word: two mixed posts mocking in English beside a
          Welsh sentence (0.72-0.75) are now missed. "fel llo" needs a person's doing
          ("chwarae", "sefyll fel llo"); "cythraul canu" and "uffar o dda" are not swearing;
          "penbyliaid" beside growing legs or spawn is read as tadpoles (a blockhead called
          one in such a post is the price).
        - **Masked swearing: what is read and what is not.** On a probe set written for this
          (``tests/engine/data/masked_profanity_probe.jsonl``: 167 disguised posts, a fifth Welsh,
          and 186 clean texts using the same characters; ``python bench/masked_probe.py``) the
          rule finds 0.96 of the disguised posts (0.95 quick; 0.86 and 0.71 before the shared
          step). A token with symbols or digits among its letters is read only as a word of this
          rule's lexicon whose length and visible letters fit (each symbol one letter; at least
          two real letters, no more symbols than letters unless a swear word's first letter shows:
          ``s***e``); spaced, stretched and text-speak forms likewise, all by
          :mod:`safepost.engine.unmask` (the rule itself reads only words as written). Missed: one visible letter (``c***``; only the f-word is read from ``f***``),
          a symbol for two letters, a digit for an unlike letter (``f0ck1ng``), added letters
          (``biatch``), text-speak one vowel short of an everyday word (``btch``: batch,
          ``fking``: faking), words the lexicon lacks (``pr*ck``, ``c0w``), two-word Welsh
          insults with one word masked (``pen d*fad``, ``hen *st``, ``c*c oen``). A redacted name
          that fits a swear word's shape (``S**t``) would be read as one. The learned model no
          longer reads emphasis (``**this Friday**``, ``*** IMPORTANT ***``, ``*Pwysig*``) or a
          times sign (``5*3``) as swearing, but still reads a bare run of asterisks standing for
          something (a password ``********``, a card's last digits ``****``) as a masked word:
          5 of the 186 clean texts fire (10 before). A banner in lower case (``*** when ***``)
          is read as masking.
        - **English insults that are Welsh words.** ``moron`` (carrots), ``brat`` (an apron) and
          ``pig`` (a beak) are not read as insults in a Welsh sentence (more words only Welsh
          than only English, by the Welsh and English word lists) or in a post with any word only
          Welsh (a bilingual menu); the price is that a post with some Welsh calling someone a
          ``moron`` in English is missed by the lexicon (the models may still find it). A post
          explaining the word in English alone ("Moron = carrots") still fires.
    """

    code = "LAN401"
    name = "offensive-language"
    family = N_("language")
    default_severity = Severity.BLOCK
    summary = N_("Offensive language")

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        signals = assess(field)
        score = total(signals)
        if not decides(signals):
            # a cue of the rule's core or a sarcastic aside (not a laughing emoji alone) lowers the
            # bar for the model
            opened = any(s.name in OPENS_MODEL for s in signals)
            yield from _learned_hit(field, score if opened else 0.0, env.thorough, signals)
            return
        folded = field.folded
        why = explain(signals, folded.text)
        decisive = [s for s in signals if s.weight >= THRESHOLD]
        if decisive:
            for s in decisive:
                yield hit(folded.original_span(s.start, s.end), _message(s), why, max(score, s.weight))
            return
        core = max((s for s in signals if s.name in CORE), key=lambda s: s.weight)
        yield hit(folded.original_span(core.start, core.end), _message(core), why, score)


def _welsh_opened(field: Field, signals: list[Signal]) -> bool:
    """Whether the Welsh bar applies (``_learned.OFFENSIVE_WITH_WELSH_CUE``): a Welsh cue
    opened the model ("incomers" is the Welsh lexicon's), or a cue that did sits in a Welsh
    sentence (more words only Welsh than only English). A Welsh word elsewhere in the post
    ("Diolch Ysgol Bryn.") leaves an English sentence at the English bar."""
    folded = field.folded.text
    bounds = sentences(folded)
    for s in signals:
        if s.name not in OPENS_MODEL:
            continue
        lo, hi = bounds[sentence_at(bounds, s.start)]
        if _welsh_cue(s, folded) or _mostly_welsh(folded[lo:hi]):
            return True
    return False


def _welsh_cue(signal: Signal, folded: str) -> bool:
    """The signal was read by one of the lexicon's Welsh cues (its key begins ``welsh_``)."""
    for cue in (*_cues()[0].items, *_cues()[1].items):
        if cue.name == signal.name and cue.origin[1].rpartition(".")[2].startswith("welsh_"):
            m = cue.pattern.match(folded, signal.start)
            if m is not None and m.end() == signal.end:
                return True
    return False


def _mostly_welsh(text: str) -> bool:
    tokens = _TOKEN.findall(text)
    welsh = sum(lexicon_words.is_only_welsh(t) for t in tokens)
    english = sum(t in lexicon_words.english_words() and t not in lexicon_words.welsh_words() for t in tokens)
    return welsh > english


def _learned_hit(field: Field, lexicon_score: float, thorough: bool,
                 signals: list[Signal] | None = None) -> Iterator[Hit]:
    """The learned models' finding when the lexicons fell short (see ``rules/_learned.py``)."""
    found = _learned.offensive(field, lexicon_score, thorough=thorough,
                               welsh=lambda: _welsh_opened(field, signals or []))
    if found is not None:
        best, why = found
        message = _message(Signal("learned", best.probability, best.start, best.end))
        yield Hit(best.start, best.end, message, why, confidence=best.probability)


def _message(signal: Signal) -> str:
    return phrase(_MESSAGES.get(signal.name, _INSULTING))


_INSULTING = N_("The post is insulting, mocking or derogatory.")
_MESSAGES = {
    PROFANITY: N_("Profanity in a school post."),
    SLUR: N_("A slur in a school post."),
    "an insult": N_("The post insults or calls someone names."),
    "mocks a child's body": N_("The post mocks a child's body."),
    "a sweeping or derogatory generalisation": N_("The post makes a derogatory generalisation about a group."),
    "an unproven allegation about a person": N_("The post makes an unproven allegation about an identifiable person."),
    "ridicules someone's performance": N_("The post ridicules children or other people."),
    "laughs at a child's distress or mishap": N_("The post laughs at a child's distress or mishap."),
}
