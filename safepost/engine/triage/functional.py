"""Functional tests for comment triage, in the spirit of CheckList: `python -m safepost.engine.triage.functional`.

Each *functionality* is a family of cases built by crossing templates with protected groups
(religion, ethnicity, nationality, sexuality, gender identity, disability, Traveller communities)
or with targets, in English and in Welsh; spelling functionalities perturb a hateful word (digits
for letters, masked letters, spaced letters). Every functionality states what passes: a hateful
case must come out as ``hate``, a harmless mention of a group must not come out as any of hate,
abuse, threat or safeguarding, and so on. The table it prints (functionality, n, pass rate) is the
one in ``docs/quality-comments.md``; no functionality may sit below :data:`MINIMUM_PASS_RATE`.

Held out from training: these templates were written apart from the training grammar in
``training/triage/`` and are never read by it (the trainer imports nothing from this module); a
test checks that no case here appears in the training data, and that the training data shares
no word 6-gram with these templates' fixed wording beyond a short allow-list of everyday phrases.
The group words are shared on purpose (a model must know what a group is), the sentences are not.

Published hate-speech suites (HateCheck and the like) are judges, never sources: nothing here
is copied or paraphrased from one.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from safepost.engine.triage.categories import Category
from safepost.engine.triage.classifier import classify

MINIMUM_PASS_RATE = 0.80

C = Category
HARMFUL_OR_SAFEGUARDING = frozenset({C.HATE, C.ABUSE, C.THREAT, C.SAFEGUARDING})
NOT_HARMFUL = frozenset(set(Category) - HARMFUL_OR_SAFEGUARDING)


@dataclass(frozen=True)
class Group:
    """A protected group as the templates need it: plural, adjective, a family, Welsh forms."""

    kind: str
    plural: str  # "Muslims"
    adjective: str  # "Muslim"
    cy_plural: str  # "Mwslemiaid"
    cy_family: str  # "teulu Mwslimaidd"


GROUPS: tuple[Group, ...] = (
    Group("religion", "Muslims", "Muslim", "Mwslemiaid", "teulu Mwslimaidd"),
    Group("religion", "Jews", "Jewish", "Iddewon", "teulu Iddewig"),
    Group("religion", "Sikhs", "Sikh", "Siciaid", "teulu Sikh"),
    Group("religion", "Hindus", "Hindu", "Hindwiaid", "teulu Hindŵaidd"),
    Group("ethnicity", "Black people", "Black", "pobl ddu", "teulu du"),
    Group("ethnicity", "Asian people", "Asian", "pobl Asiaidd", "teulu Asiaidd"),
    Group("nationality", "Polish people", "Polish", "Pwyliaid", "teulu Pwylaidd"),
    Group("nationality", "Romanians", "Romanian", "Rwmaniaid", "teulu o Rwmania"),
    Group("nationality", "Nigerians", "Nigerian", "Nigeriaid", "teulu o Nigeria"),
    Group("sexuality", "gay people", "gay", "pobl hoyw", "teulu hoyw"),
    Group("sexuality", "lesbians", "lesbian", "lesbiaid", "teulu lesbiaidd"),
    Group("gender identity", "trans people", "trans", "pobl draws", "teulu traws"),
    Group("disability", "disabled people", "disabled", "pobl anabl", "teulu anabl"),
    Group("disability", "autistic people", "autistic", "pobl awtistig", "teulu awtistig"),
    Group("Traveller", "Travellers", "Traveller", "Teithwyr", "teulu o Deithwyr"),
    Group("Traveller", "Gypsies", "Gypsy", "Sipsiwn", "teulu Sipsi"),
)


@dataclass(frozen=True)
class Case:
    functionality: str
    text: str
    passes: frozenset[Category]


@dataclass(frozen=True)
class Functionality:
    """A named family of cases and the categories that count as a pass."""

    name: str
    language: str  # en, cy or mixed
    passes: frozenset[Category]
    templates: tuple[str, ...]
    over_groups: bool = True
    perturb: Callable[[str], str] | None = None


def _fill(template: str, group: Group | None) -> str:
    if group is None:
        return template
    return template.format(plural=group.plural, Plural=group.plural[0].upper() + group.plural[1:],
                           adj=group.adjective, cy_plural=group.cy_plural, cy_family=group.cy_family)


# --- spelling changes: applied to the word marked [[like this]] ----------------------------------

_MARKED = re.compile(r"\[\[([^\]]+)\]\]")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def leet(word: str) -> str:
    return word.translate(_LEET)


def masked(word: str) -> str:
    """One inner vowel masked, as people write to slip past filters: "verm*n"."""
    for i in range(1, len(word) - 1):
        if word[i] in "aeiou":
            return word[:i] + "*" + word[i + 1 :]
    return word


def spaced(word: str) -> str:
    return " ".join(word)


def _unmark(text: str, change: Callable[[str], str] | None = None) -> str:
    return _MARKED.sub(lambda m: change(m.group(1)) if change else m.group(1), text)


# --- the functionalities --------------------------------------------------------------------------

HATE_STATEMENTS = (
    "{Plural} are [[vermin]] and this school is full of them now",
    "honestly {plural} are [[parasites]], every last one",
    "{Plural} are a [[disease]] on this town and the school is letting them spread",
    "the {adj} families are [[filth]], keep my kids away from them",
    "{Plural} are [[subhuman]], simple as",
)

FUNCTIONALITIES: tuple[Functionality, ...] = (
    # hateful, English
    Functionality("hate: plain statement about a group", "en", frozenset({C.HATE}), HATE_STATEMENTS),
    Functionality("hate: phrased as a question", "en", frozenset({C.HATE}), (
        "why do {plural} always get to jump the queue for school places while ours wait?",
        "is it just me or are {plural} ruining every school round here?",
        "why are {plural} even allowed to send their kids here?",
        "how many more {adj} families are they going to cram into reception before someone says enough?",
        "anyone else sick of {plural} taking over the PTA?",
    )),
    Functionality("hate: phrased as an opinion", "en", frozenset({C.HATE}), (
        "I'm not racist but {plural} just don't belong in a school like ours",
        "just my opinion but {plural} shouldn't be let anywhere near our children",
        "not being funny, but the {adj} lot drag every class they're in down",
        "say what you like, {plural} are the reason standards have gone downhill",
        "I've nothing against anyone but {plural} need to stay in their own schools",
    )),
    Functionality("hate: go-back demands", "en", frozenset({C.HATE}), (
        "the {adj} families should pack up and go back where they came from",
        "{Plural}, go home, nobody asked you to come here",
        "tell the {adj} parents to clear off back to their own country",
        "ship the {adj} kids back to wherever they're from and the class sizes sort themselves out",
    )),
    Functionality("hate: stereotype about a nationality or ethnicity", "en", frozenset({C.HATE}), (
        "typical {Romanian|Polish|Nigerian|Albanian|Chinese|Pakistani|Irish|Somali} dad, parks wherever he likes and lies about it, they're all the same",
        "watch your purses at the fair, the {Romanian|Polish|Nigerian|Albanian|Chinese|Pakistani|Irish|Somali} mums will be there and we all know what they're like",
        "{Romanians|Poles|Nigerians|Albanians|Chinese people|Pakistanis|Irish people|Somalis} are all benefit cheats, no wonder the uniform grant ran out",
        "of course the {Romanian|Polish|Nigerian|Albanian|Chinese|Pakistani|Irish|Somali} kids were the ones caught stealing, it's in their blood",
    ), over_groups=False),
    Functionality("hate: conspiracy tropes", "en", frozenset({C.HATE}), (
        "the {adj} lobby is behind the new curriculum, they're pulling the strings at the council",
        "wake up, {plural} are secretly replacing the local families one school at a time",
        "{Plural} control the governors and the papers, that's why nobody reports it",
        "it's a plan by {plural} to take over the schools, look who runs the academy trust",
    )),
    Functionality("hate: coded words and dehumanising", "en", frozenset({C.HATE}), (
        "the {adj} lot are breeding like rabbits, reception is overrun",
        "another one of *those* families moved in, {adj} of course, there goes the neighbourhood",
        "we know who the (((globalists))) are that run this academy trust",
        "the school's been colonised by {plural}, the invasion is complete",
    )),
    # hateful, spelling changes on the hateful word
    Functionality("hate: spelling, digits for letters", "en", frozenset({C.HATE}), HATE_STATEMENTS, perturb=leet),
    Functionality("hate: spelling, masked letters", "en", frozenset({C.HATE}), HATE_STATEMENTS, perturb=masked),
    Functionality("hate: spelling, spaced letters", "en", frozenset({C.HATE}), HATE_STATEMENTS, perturb=spaced),
    # hateful, Welsh
    Functionality("hate: Welsh statement and go-back", "cy", frozenset({C.HATE}), (
        "Mae {cy_plural} yn bla ar yr ysgol 'ma, cerwch adre",
        "Dylai {cy_plural} fynd yn ôl i ble daethon nhw, does dim lle iddyn nhw yma",
        "Pam bod {cy_plural} wastad yn cael popeth am ddim? Mae'n warthus",
        "Dw i ddim yn hiliol ond dydy {cy_plural} ddim yn perthyn yn ein hysgol ni",
    )),
    Functionality("hate: mixed Welsh and English", "mixed", frozenset({C.HATE}), (
        "{Plural} are ruining the place, ewch adre i gyd",
        "sori ond {cy_plural} shouldn't be allowed near the plant bach",
    )),
    # (s14-question) hate asked of the reader: "is it just me ...", "has anyone else noticed ...", "how come ..."
    Functionality("hate: asked of others, English", "en", frozenset({C.HATE}), (
        "is it just me or do {plural} never pay for a single school trip?",
        "has anyone else noticed the {adj} kids are always the ones kicking off at break?",
        "anyone else noticed how {plural} always grab the best spots and never wait their turn?",
        "am I the only one here who reckons {plural} shouldn't be allowed near the after-school club?",
        "how come {plural} never get told off when they break every rule going?",
        "why is it always {plural} causing the trouble at pick-up time?",
        "why do {plural} think the rules don't apply to them?",
    )),
    Functionality("hate: phrased as a question, Welsh", "cy", frozenset({C.HATE}), (
        "Pam fod {cy_plural} wastad yn cael eu ffordd eu hunain yn yr ysgol 'ma?",
        "Oes rhywun arall wedi sylwi bod {cy_plural} byth yn talu am y tripiau?",
        "Ydw i'n unig un sy'n meddwl bod {cy_plural} yn difetha'r dosbarth?",
        "Pam mae {cy_plural} bob amser yn creu helynt wrth y giât?",
        "Sut mae {cy_plural} wastad yn cael popeth am ddim tra bod ni'n talu?",
        "Ai fi yw'r unig un sy wedi sylwi bod {cy_plural} yn fudr?",
        "Pam bod {cy_plural} yn credu nad yw'r rheolau yn berthnasol iddyn nhw?",
    )),
    Functionality("hate: 'not racist but' disclaimer", "mixed", frozenset({C.HATE}), (
        "I'm not racist but {plural} are always the ones starting the fights",
        "not being funny but {plural} are lazy, they never lift a finger at the summer fair",
        "I've got nothing against {plural} but they're all thieves, lock your cars",
        "Dw i ddim yn hiliol ond mae {cy_plural} yn ddiog",
        "Sa i'n hiliol ond mae {cy_plural} wastad yn creu trwbl",
    )),
    # (s14-question) a practical question that mentions a group is a question
    Functionality("question: practical question mentioning a group", "en", frozenset({C.QUESTION}), (
        "is there a {halal|kosher|vegetarian|dairy-free} choice on the menu for the leavers' barbecue?",
        "will the trip letters be sent out in {Polish|Romanian|Arabic|Urdu|Portuguese} as well?",
        "can the girls wear a {hijab|headscarf|swim hat|long-sleeved swimsuit} for swimming lessons?",
        "is there a quiet space set aside for {Muslim|Jewish|Sikh|Hindu} pupils to pray at lunchtime?",
        "will there be a BSL signer at the nativity for {deaf|hard of hearing} grandparents?",
        "do {Muslim|Jewish|Sikh|Hindu|Traveller} families have to request a day off in writing for a religious festival?",
        "is the new sensory room open to {autistic|disabled|SEN} children from other classes?",
        "who's the best person to ask about support for {autistic|disabled|deaf|blind} pupils starting in reception?",
    ), over_groups=False),
    Functionality("question: practical question mentioning a group, Welsh", "cy", frozenset({C.QUESTION}), (
        "Oes dewis {halal|kosher|llysieuol|heb laeth} ar gyfer y barbeciw diwedd tymor?",
        "Fydd llythyr y trip ar gael yn {Bwyleg|Rwmaneg|Arabeg|Wrdw|Saesneg} hefyd?",
        "A oes lle tawel i blant {Mwslimaidd|Iddewig|Sikh|Hindŵaidd} weddïo amser cinio?",
        "Ydy hi'n iawn i'r merched wisgo {hijab|sgarff pen|het nofio} yn y gwersi nofio?",
        "Fydd rhywun yn arwyddo yn y sioe Nadolig i neiniau a theidiau {byddar|trwm eu clyw}?",
        "Pwy ddylwn i holi am gefnogaeth i blant {awtistig|anabl|byddar|dall} sy'n dechrau yn y dosbarth derbyn?",
    ), over_groups=False),
    Functionality("question: asking about provision for a group", "mixed", frozenset({C.QUESTION}), (
        "Is there a support group for {adj} parents nearby?",
        "Will the new class library include books about {adj} families?",
        "Who should {adj} parents contact about the uniform grant?",
        "How many {adj} pupils are in the school now?",
        "Oes grŵp cymorth i {cy_plural} yn yr ardal?",
        "Ydy'r ysgol yn cynnig cefnogaeth i {cy_plural}?",
        "Pryd mae'r noson agored i {cy_family} newydd?",
    )),
    # (s14-question) a hateful claim denied or rejected by the writer
    Functionality("not hate: denial, English", "en", NOT_HARMFUL, (
        "I don't think {plural} are dangerous at all",
        "no one at this school hates {plural}",
        "it's simply not true that {plural} are lazy",
        "I've never thought {plural} were a problem here",
        "none of us think {plural} are a threat to our kids",
        "{Plural} aren't criminals, they're just families doing the school run like the rest of us",
    )),
    Functionality("not hate: denial, Welsh", "cy", NOT_HARMFUL, (
        "Nid yw {cy_plural} yn fygythiad i neb",
        "Dydy {cy_plural} ddim yn beryglus o gwbl",
        "Does neb yn yr ysgol 'ma yn casáu {cy_plural}",
        "Dw i ddim yn credu bod {cy_plural} yn ddiog",
        "Dyw hi ddim yn wir bod {cy_plural} yn dwyn",
        "Nid yw'n wir fod {cy_plural} yn broblem i'r ysgol",
    )),
    # harmless mentions: must not be hate, abuse, threat or safeguarding
    Functionality("not hate: friendly mention of a group", "en", NOT_HARMFUL, (
        "as a {adj} family we've felt so welcome here since day one, thank you",
        "we're {adj} and my daughter loved telling her class about our celebrations",
        "my wife is {adj} and she'd be happy to come in and talk to year 4 about it",
        "lovely to see the {adj} families at the coffee morning, the more the merrier",
        "our neighbours are {adj} and their little boy walks in with ours every morning",
        "Could the {adj} parents' group use the hall on Tuesday evening?",
    )),
    Functionality("not hate: welcome and pride", "en", NOT_HARMFUL, (
        "a warm welcome to all our new {adj} families joining this September",
        "so proud that our school celebrates {adj} parents and their kids, keep it up",
        "brilliant assembly about {adj} history today, my son came home full of it",
        "{Plural} are part of this community and always will be",
    )),
    Functionality("not hate: counter-speech quoting hate", "en", NOT_HARMFUL, (
        "someone at pick up said \"{plural} should go back where they came from\" and I'm ashamed it went unchallenged",
        "it's disgusting that a parent called the {adj} families vermin on the group chat",
        "saying \"{plural} are ruining the school\" is ignorant and wrong, please think before you post",
        "I heard a dad say {plural} don't belong here. They do, and I told him so",
        "comments like \"send the {adj} kids back\" have no place on this page",
    )),
    Functionality("not hate: negated hate", "en", NOT_HARMFUL, (
        "I don't hate {plural}, I don't know why anyone would",
        "nobody here thinks {plural} are a problem, the old rumour is rubbish",
        "{Plural} are not a threat to anyone's children",
        "there's nothing wrong with being {adj}, full stop",
    )),
    Functionality("not hate: reclaimed words and self-description", "en", NOT_HARMFUL, (
        "as a proud {queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} mum I can say the staff have been nothing but kind",
        "{queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} dad here, the new display in the hall made my week",
        "we're a {queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} family and the head has been brilliant with our lads",
        "I'm {queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} and honestly this school has been a godsend for us",
        "{queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} and proud, and so grateful for how the school welcomed us",
        "us {queer|dyke|Gypsy|Traveller|disabled|trans|gay|deaf} parents go back generations in this valley, my nan went here",
    ), over_groups=False),
    Functionality("not hate: festivals and faith", "en", NOT_HARMFUL, (
        "loved the {Diwali|Eid|Hanukkah|Vaisakhi|Holi|Christmas|Rosh Hashanah|Chinese New Year} assembly, my son wants to do it all again",
        "happy {Diwali|Eid|Hanukkah|Vaisakhi|Holi|Christmas|Rosh Hashanah|Chinese New Year} to everyone celebrating this week",
        "will the kids be making cards for {Diwali|Eid|Hanukkah|Vaisakhi|Holi|Christmas|Rosh Hashanah|Chinese New Year} again this year?",
    ), over_groups=False),
    Functionality("not hate: Welsh friendly mention and counter-speech", "cy", NOT_HARMFUL, (
        "Rydyn ni'n {cy_family} ac mae pawb wedi bod mor garedig, diolch",
        "Croeso cynnes i bob {cy_family} sy'n ymuno â ni fis Medi",
        "Mae'n ffiaidd bod rhywun wedi dweud bod {cy_plural} yn bla. Dydyn nhw ddim.",
        "Dw i ddim yn casáu {cy_plural}, wrth gwrs",
    )),
    # abuse without swear words, and in Welsh
    Functionality("abuse: insults without swear words", "en", frozenset({C.ABUSE}), (
        "{target} is a pathetic excuse for a {role}",
        "{target} has about two brain cells and both are on strike",
        "genuinely embarrassing that {target} is allowed to call {pronoun}self a {role}",
        "{target} couldn't find the staffroom with a map, what a sorry specimen",
        "imagine being {target} and thinking anyone respects you",
        "{target} is a spineless little worm and everyone at the gate knows it",
    ), over_groups=False),
    Functionality("abuse: Welsh insults", "cy", frozenset({C.ABUSE}), (
        "Mae {target} mor dwl â slejan",
        "{target} yn hollol anobeithiol, cywilydd arnoch chi",
        "{target} yn twp fel postyn, pwy gyflogodd hi",
        "ffycin {target}, ti'n llwyth o gachu",
        "hen ast sbeitlyd yw {target}",
    ), over_groups=False),
    Functionality("threat: veiled, a place and a time", "en", frozenset({C.THREAT}), (
        "I know what time {target} leaves the gates on a Thursday",
        "{target} walks to that car park alone at half four every night. Just saying.",
        "funny how {target} always takes the back lane home after parents evening",
        "tell {target} I'll be by the bike shed at 3:15, {pronoun}'ll know why",
        "I know which door {target} comes out of and when",
    ), over_groups=False),
    # harmless categories that were read as something else
    Functionality("other: chat between parents and off-topic", "en", frozenset({C.OTHER}), (
        "@{parent} did you leave your umbrella in my car lol",
        "@{parent} that's your Ffion in the second row isn't it 😂",
        "{parent} you still on for a cuppa after drop off?",
        "someone's cat has been asleep on our bonnet all morning",
        "the new chippy on the high street is actually decent",
        "can't believe it's raining again, so much for summer",
        "@{parent} is that your lad's lunchbox on the wall by the gate? 😂",
        "whoever left a bag of satsumas on the bench, the seagulls say thanks",
        "{parent} I've still got your Tupperware from the bake sale, remind me tomorrow",
        "my eldest had the same teacher in 2016, small world",
    ), over_groups=False),
    Functionality("question: appointments about a child", "en", frozenset({C.QUESTION}), (
        "{child} has the dentist at 2 on Tuesday, can I collect {cpron} from the office?",
        "who do I tell that {child} has an eye appointment on Friday morning?",
        "{child} is at the hospital for a check up on Monday, is that an authorised absence?",
        "can {child} leave at 1:30 on Wednesday for an orthodontist appointment?",
    ), over_groups=False),
    Functionality("complaint: takedown request naming a child", "en", frozenset({C.COMPLAINT, C.QUESTION}), (
        "please take {child} out of this photo, we said no to social media on the form",
        "can you remove the picture with {child} in it please, we never gave consent",
        "I've asked twice now for {child}'s photo to come down, please delete it",
    ), over_groups=False),
)

TARGETS = ("Mr Pryce", "Mrs Hale", "Miss Ward", "the deputy head", "the head", "that receptionist")
PRONOUNS = {"Mr Pryce": "he", "Mrs Hale": "she", "Miss Ward": "she", "the deputy head": "he", "the head": "she",
            "that receptionist": "she"}
REFLEXIVE = {"he": "him", "she": "her"}
ROLES = ("teacher", "head", "human being", "professional")
CHILDREN = (("Osian", "him"), ("Maisie", "her"), ("Kacper", "him"), ("Amira", "her"))
PARENTS = ("Bethan", "Sharon", "Gareth", "Jo")
_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _inline_choices(template: str) -> Iterator[str]:
    """Every way of filling ``{a|b|c}`` choices (one choice list per template at most)."""
    match = _CHOICE.search(template)
    if match is None:
        yield template
        return
    for option in match.group(1).split("|"):
        yield template[: match.start()] + option + template[match.end() :]


def _target_fills(template: str) -> Iterator[str]:
    if "{target}" not in template and "{child}" not in template and "{parent}" not in template:
        yield template
        return
    if "{child}" in template:
        for child, pron in CHILDREN:
            yield template.replace("{child}", child).replace("{cpron}", pron)
        return
    if "{parent}" in template:
        for parent in PARENTS:
            yield template.replace("{parent}", parent)
        return
    for target, role in zip(TARGETS, itertools.cycle(ROLES), strict=False):
        pronoun = PRONOUNS[target]
        text = template.replace("{target}", target).replace("{role}", role)
        text = text.replace("{pronoun}self", REFLEXIVE[pronoun] + "self").replace("{pronoun}", pronoun)
        yield text[0].upper() + text[1:] if text[0].islower() and template.startswith("{target}") else text


def cases(functionalities: Iterable[Functionality] = FUNCTIONALITIES) -> list[Case]:
    """Every case of every functionality, in a fixed order."""
    out: list[Case] = []
    for f in functionalities:
        for template in f.templates:
            for filled in _inline_choices(template):
                for text in _target_fills(filled):
                    groups: Iterable[Group | None] = GROUPS if f.over_groups and "{" in text else (None,)
                    for group in groups:
                        out.append(Case(f.name, _unmark(_fill(text, group), f.perturb), f.passes))
    return out


@dataclass(frozen=True)
class Row:
    functionality: str
    n: int
    passed: int
    failures: tuple[tuple[str, Category], ...]

    @property
    def rate(self) -> float:
        return self.passed / self.n if self.n else 0.0


def _triage_category(text: str, author_role: str) -> Category:
    return classify(text, author_role).category


def thorough_category(text: str, author_role: str) -> Category:
    """As the inbox triages a stored comment: with the sentence encoder's second opinion."""
    return classify(text, author_role, thorough=True).category


def run(
    all_cases: list[Case] | None = None, author_role: str = "parent",
    categorise: Callable[[str, str], Category] = _triage_category,
) -> list[Row]:
    """Classify every case (with ``categorise``: triage's classifier unless a trainer passes its
    trial model) and count the passes per functionality."""
    results: dict[str, tuple[int, int, list[tuple[str, Category]]]] = {}
    for case in all_cases if all_cases is not None else cases():
        got = categorise(case.text, author_role)
        n, passed, failures = results.get(case.functionality, (0, 0, []))
        if got in case.passes:
            passed += 1
        else:
            failures.append((case.text, got))
        results[case.functionality] = (n + 1, passed, failures)
    return [Row(name, n, p, tuple(fails)) for name, (n, p, fails) in results.items()]


def table(rows: list[Row]) -> str:
    """A Markdown table: functionality, n, pass rate."""
    lines = ["| functionality | n | pass rate |", "|---|---:|---:|"]
    lines += [f"| {r.functionality} | {r.n} | {r.rate:.2f} |" for r in rows]
    total = sum(r.n for r in rows)
    passed = sum(r.passed for r in rows)
    lines.append(f"| **all cases** | {total} | {passed / total:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print up to N failures per functionality")
    parser.add_argument("--quick", action="store_true", help="the quick path: no sentence encoder")
    args = parser.parse_args(argv)
    rows = run(categorise=_triage_category if args.quick else thorough_category)
    print(table(rows))
    for row in rows:
        for text, got in row.failures[: args.failures]:
            print(f"  FAIL [{row.functionality}] -> {got}: {text}")
    low = [r.functionality for r in rows if r.rate < MINIMUM_PASS_RATE]
    if low:
        print(f"below {MINIMUM_PASS_RATE:.2f}: {', '.join(low)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
