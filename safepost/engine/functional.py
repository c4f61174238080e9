"""Functional tests for the post rules, in the spirit of CheckList: ``python -m safepost.engine.functional``.

Each *functionality* is a handful of templates crossed with fillers (names, classes, places,
times, groups) in English and Welsh, with the answer every generated post must get: the rule
fires, or it stays quiet. The table reports, per functionality, how many posts were generated
and the share the engine got right. Everything here was written for this suite (no bench or
published dataset text), with an invented school; the expansion is deterministic (templates
in order, fillers in order), so the table is the same on every run.

``tests/engine/test_functional.py`` fails when any functionality falls below ``FLOOR``.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.policy import load_policy
from safepost.engine.school import ConsentKind, Nation, Pupil, SchoolContext, StaffMember

FLOOR = 0.80
#: At most this many posts per functionality (the product of the fillers is cut, in order).
PER_FUNCTIONALITY = 60

# ---------------------------------------------------------------------------------------------
# Fillers

FILLERS: dict[str, tuple[str, ...]] = {
    "class": ("Year 4", "Class 2", "the Kestrels", "P5", "Dosbarth Derw", "Year 6", "Blwyddyn 3"),
    "other": ("Hillcrest Primary", "St Aidan's", "Ysgol y Graig", "Parkside", "Millbrook Academy"),
    "child": ("Tomos", "Amelia", "Cadi", "Oliver", "Nia", "Harrison"),
    "adult": ("Mr Pryce", "Mrs Lloyd", "Miss Barker", "our treasurer", "the new caretaker"),
    "place": (
        "Roath Park",
        "the leisure centre",
        "Parc Bryn Coch",
        "the Co-op car park",
        "Castell Coch",
        "Bute Park",
        "the library on Heol Fawr",
    ),
    "time": ("3.15", "10am", "half past one", "2:30pm", "11.45"),
    "day": ("Tuesday", "Monday", "Thursday", "Friday"),
    "lle": ("Parc y Rhath", "y ganolfan hamdden", "Castell Coch", "traeth Aberafan", "Sain Ffagan"),
    "faith": ("Ramadan", "Diwali", "Eid", "Hanukkah", "Vaisakhi", "Lent"),
    "swear": ("f*ck", "sh!t", "b@stard", "f u c k", "sh1t", "b*llocks", "p!ss", "f.u.c.k", "cr@p", "sh*te"),
    "bookie": ("SpinBet", "LuckyAce Sports", "BetKing", "QuickOdds"),
    "catalogue": ("Avon", "Tupperware", "Scentsy", "Usborne Books at Home", "Phoenix Cards", "Younique"),
    "street": (
        "Heol y Felin",
        "Stryd y Castell",
        "Lôn Glan Môr",
        "Ffordd yr Eglwys",
        "Maes y Dref",
        "Cae Bach",
        "Rhodfa'r Parc",
        "Mill Lane",
        "Church Street",
    ),
    "house": ("Bryn Awel", "Tŷ Gwyn", "Rose Cottage", "Llys Helyg", "The Old Forge"),
    "postcode": ("CF14 3QT", "SA1 2AB", "LL55 4UR", "NP20 5DE", "SY23 1HX"),
    "mis": ("Mawrth", "Ionawr", "Medi", "Gorffennaf", "Rhagfyr"),
}

#: Roster first names that are also everyday words (Welsh and English), for the name tests.
WORD_NAMES_CY = ("Heulwen", "Eira", "Haf", "Seren", "Awel", "Glain")
WORD_NAMES_EN = ("Hope", "Grace", "Rowan", "River", "Sky", "Poppy")


@dataclass(frozen=True)
class Functionality:
    name: str
    rule: str
    fire: bool
    templates: tuple[str, ...]
    #: For the pupil-name rule: the excerpt that a finding must cover (a template field).
    target: str = ""


def F(name: str, rule: str, fire: bool, *templates: str, target: str = "") -> Functionality:
    return Functionality(name, rule, fire, templates, target)


OFF = "offensive-language"
LOC = "live-location"
COM = "political-or-commercial"
ADDR = "home-address"
DOB = "date-of-birth"
NAME = "pupil-name"

SUITE: tuple[Functionality, ...] = (
    # --- offensive language: must fire
    F(
        "offensive: ridicules a class's performance (no swear word)",
        OFF,
        True,
        "Well, {class} proved once again that spelling is not their strong point 🙄",
        "{class}'s times tables scores this week were, frankly, embarrassing.",
        "Not sure {class} could count to ten if their lives depended on it.",
        "{class} sang in assembly today. We've heard cats in a fight with more tune 😂",
        "Another week, another dreadful set of reading scores from {class}. Shocking.",
    ),
    F(
        "offensive: mocks a child's ability",
        OFF,
        True,
        "Bless {child}, still can't tie a shoelace at nine 😂",
        "{child} tried to read aloud today. Painful for everyone involved 🙈",
        "{child} came last in every single race again, as usual 🤣",
        "Someone tell {child} that football is played with your feet 😂",
        "{child} finally got one spelling right. Only took a term!",
    ),
    F(
        "offensive: shames a group of parents",
        OFF,
        True,
        "To the parents who can't get their children in by 9: set an alarm, it's not hard.",
        "Clearly some families in {class} think reading at home is optional. It shows.",
        "A few {class} parents obviously can't be bothered to read the newsletter. Again.",
        "The {class} parents' bake sale effort was a joke. Shop-bought and stale.",
        "Some parents in {class} seem to think the school is a free babysitting service.",
    ),
    F(
        "offensive: sarcasm and scare quotes about a named adult",
        OFF,
        True,
        "Thanks to {adult} for the 'careful' handling of the trip money 🙄",
        "{adult} has 'lost' the raffle takings again. Funny that.",
        "Big thanks to {adult}, who 'forgot' to turn up for the third week running.",
        "We all know where the 'missing' PTA money went, don't we {adult}? 😉",
    ),
    F(
        "offensive: belittles another school's pupils",
        OFF,
        True,
        "Beat {other} 6-0. To be fair, their lot could barely run 😂",
        "Played {other} today. Easy win against a bunch of no-hopers.",
        "{other} pupils aren't exactly the brightest bunch, so the quiz was never close.",
        "Always nice to play {other} – guaranteed win, their kids are hopeless 🤣",
    ),
    F(
        "offensive: masked profanity",
        OFF,
        True,
        "What a {swear} day, the coach broke down twice.",
        "Who left the {swear} paint pots open again?",
        "Honestly, this weather is {swear}.",
    ),
    F(
        "offensive: insensitive to a faith or culture",
        OFF,
        True,
        "{faith} again? No wonder nobody can concentrate in PE 🙄",
        "We won't be bothering with any of that {faith} nonsense this year.",
        "Another {faith} party? Do we really have to put up with this every year?",
        "Those {faith} families will have to cope with a proper British assembly for once 😂",
    ),
    F(
        "offensive: Welsh insult and ridicule",
        OFF,
        True,
        "Mae {class} yn dwp iawn heddiw 🙄",
        "Plant {class} yn dda i ddim, fel arfer.",
        "Am gywilydd! Rhieni {class} yn hwyr eto.",
        "Tîm {other} yn anobeithiol, 8-0 i ni 😂",
        "Roedd y canu gan {class} yn ofnadwy, plant dwl.",
        "{child} druan, mor ddiog ag erioed 😂",
        "Rhieni diog {class} heb ddarllen y neges eto. Cywilydd.",
    ),
    # --- offensive language: must stay quiet
    F(
        "offensive: praise of a class or child (EN)",
        OFF,
        False,
        "Well done {class}, brilliant times tables scores this week!",
        "{child} read aloud in assembly today and was wonderful.",
        "Great game against {other}, hard luck to their team and thanks for coming.",
        "{class} parents, thank you for all the cakes for the bake sale!",
    ),
    F(
        "offensive: praise in Welsh",
        OFF,
        False,
        "Da iawn {class}, gwaith ardderchog heddiw!",
        "Mae {class} wedi gweithio'n galed iawn yr wythnos hon.",
        "Llongyfarchiadau i {child} am ennill y ras!",
        "Diolch i rieni {class} am y cacennau blasus.",
    ),
    F(
        "offensive: a faith or culture celebrated",
        OFF,
        False,
        "Wishing all our families celebrating {faith} a happy and peaceful time.",
        "{class} learned about {faith} today and shared stories from home.",
        "Thank you to the families who came in to talk to {class} about {faith}.",
    ),
    F(
        "offensive: unkind words discussed, not used",
        OFF,
        False,
        "In {class} we talked about why words like 'stupid' and 'useless' hurt.",
        "Our anti-bullying week: {class} made posters about kind words instead of name-calling.",
        "Yn {class} fe wnaethon ni siarad am eiriau caredig a bod yn ffrind da.",
    ),
    F(
        "offensive: everyday phrases that share ridicule's words (quiet)",
        OFF,
        False,
        "It's not hard to get involved with {class}'s project – just email the office!",
        "Free childcare for 3-4 year olds: ask at the office.",
        "Our cracker competition: the winning entry from {class} was a joke about a penguin.",
        "Honestly, shocking weather today – {class} stayed in for PE.",
        "Someone tell Father Christmas that {class} have been very good!",
        "It only took {class} a week to build the new garden!",
        "The wind was so strong {class} could barely walk back from the field!",
        "{class} can now count to ten in French!",
        "{faith} again? Where did the year go!",
        "Roedd y tywydd yn ofnadwy ond mwynhaodd {class}.",
    ),
    # --- live location: must fire
    F(
        "live-location: a pin or 'live from' now",
        LOC,
        True,
        "📍 {place} with {class} right now!",
        "Live from {place}! {class} are loving every minute.",
        "We're at {place} now, come and say hello.",
        "{class} are at {place} at the moment – photos later!",
    ),
    F(
        "live-location: a named child at a public event with time and place",
        LOC,
        True,
        "Come and cheer {child} at {place} at {time} today!",
        "{child} is performing at {place} at {time} this Saturday – all welcome.",
        "Catch {child} in the race at {place}, starting {time} this afternoon.",
    ),
    F(
        "live-location: a routine with its day and time",
        LOC,
        True,
        "Every {day} at {time} {class} walk to {place} for swimming.",
        "{class} swim at {place} every {day} from {time}.",
        "Each {day} at {time} the {class} children walk down to {place}.",
    ),
    F(
        "live-location: a planned route with a time window",
        LOC,
        True,
        "The sponsored walk leaves school at {time} on {day} and goes along Heol Fawr to {place}, back by 3pm.",
        "On {day} {class} will walk from school to {place} between {time} and 2pm, along the canal path.",
    ),
    F(
        "live-location: Welsh present tense",
        LOC,
        True,
        "Rydyn ni yn {lle} nawr! ☀️",
        "Yn fyw o {lle} gyda {class}!",
        "Mae {class} yn {lle} ar hyn o bryd.",
        "📍 {lle} – {class} yn mwynhau!",
    ),
    F(
        "live-location: past trips and plans without a time (quiet)",
        LOC,
        False,
        "We went to {place} last {day} and had a great time.",
        "{class} visited {place} yesterday – what a day!",
        "Photos from our trip to {place} last week are on the website.",
        "Roedden ni yn {lle} ddoe, diwrnod gwych.",
        "Aeth {class} i {lle} wythnos diwethaf.",
        "Where should {class} go next term? {place} is on the list.",
    ),
    # --- political or commercial: must fire
    F(
        "commercial: gambling sponsor with a sign-up offer",
        COM,
        True,
        "Huge thanks to {bookie} for sponsoring our new football kits! New customers get a £20 free bet with code SCHOOL20.",
        "Our shirts are sponsored by {bookie} – sign up today and get £10 in free bets.",
        "{bookie} are backing our sports day! Bet £5, get £30 in bonuses for new players.",
    ),
    F(
        "commercial: catalogue and party-plan selling",
        COM,
        True,
        "One of our mums is hosting a {catalogue} party on Friday – order from the catalogue and she'll deliver.",
        "New {catalogue} brochure is out! Message me to order, free delivery to the school gate.",
        "Fancy joining my {catalogue} team? Earn extra cash from home, message me for details.",
    ),
    F(
        "commercial: paid private services advertised by staff",
        COM,
        True,
        "{adult} offers private tuition after school, £30 an hour – message for availability.",
        "{adult} is now taking bookings for paid one-to-one tutoring sessions in the holidays. DM for rates.",
        "Need a dog walker? {adult} has space, £12 per walk, contact via the office.",
    ),
    F(
        "commercial: novelty products and investment apps for children",
        COM,
        True,
        "Grab our personalised unicorn slime kits, only £9.99 – link in bio!",
        "Get your kids investing early with PocketShares, the app for under-18s – first share free with our code!",
        "Teach your child about crypto with CoinCub. Sign up now for a £5 bonus.",
        "Limited edition glitter fidget cubes, just £4.99 each, order now before they sell out!",
    ),
    F(
        "commercial: a parent or PTA member advertising their business",
        COM,
        True,
        "Shameless plug: my nail bar has just opened on {street}, book now for 20% off!",
        "One of our dads runs a plumbing business – 15% off for school families, call 07700 900123.",
        "PTA chair here – my bakery now does birthday cakes to order, prices from £25. Message me!",
    ),
    F(
        "commercial: fundraising and lessons about money (quiet)",
        COM,
        False,
        "PTA cake sale on {day}: 50p a slice, all money raised goes to the library.",
        "{class} learned about the risks of gambling in PSHE today.",
        "Enterprise week: {class} made bracelets and sold them to raise money for charity.",
        "Thank you to everyone who came to the summer fair!",
    ),
    # --- home address: must fire
    F(
        "home-address: house name with no number",
        ADDR,
        True,
        "Spare uniform can be dropped at {house}, {street}, any evening this week.",
        "Please return the raffle tickets to {house}, {street}.",
    ),
    F(
        "home-address: flats, 'no.' and numbered Welsh streets",
        ADDR,
        True,
        "Collection point: Flat 3, 12 {street}, {postcode}.",
        "Cake donations to No. 14 {street} please.",
        "Drop the costumes at 27 {street}, {postcode} before Friday.",
    ),
    F(
        "home-address: a bare postcode as a drop-off point",
        ADDR,
        True,
        "Bring any donations to {postcode} (my house) by Saturday.",
        "Drop-off for the toy appeal is at my house, {postcode}, after 5pm.",
    ),
    F(
        "home-address: streets named without a home (quiet)",
        ADDR,
        False,
        "{class} walked along {street} to look at the old chapel.",
        "Roadworks on {street} may slow the buses this week.",
    ),
    # --- date of birth
    F(
        "date-of-birth: Welsh forms",
        DOB,
        True,
        "Ganwyd {child} ar 3 {mis} 2017.",
        "Pen-blwydd hapus {child}, yn 7 oed ar 3 {mis}!",
        "Dathlodd {child} ei ben-blwydd yn 8 oed ar 12 {mis}.",
        "Mae pen-blwydd {child} ar y 5ed o {mis} 🎂",
        "{child} was born on 12 March 2018 – happy birthday!",
    ),
    F(
        "date-of-birth: dates that are not a child's birthday (quiet)",
        DOB,
        False,
        "Dydd Gŵyl Dewi ar 1 {mis}, dewch mewn gwisg Gymreig.",
        "Pen-blwydd hapus i'r ysgol, yn 50 oed eleni!",
        "Ganwyd Dylan Thomas yn Abertawe yn 1914.",
        # an age today is not a date of birth under the bench's labelling rules
        "Pen-blwydd hapus {child}! 7 heddiw 🎂",
    ),
)


#: Written after the rules were changed and run once, never tuned on: a fairer (still
#: same-author) estimate of how the detectors meet wording they were not shaped by.
HELD_OUT: tuple[Functionality, ...] = (
    F(
        "held-out offensive: ridicule, no swearing",
        OFF,
        True,
        "{class} attempted the cross-country today. Most of them walked it 🙄",
        "Judging by {class}'s spelling test, dictionaries are a foreign concept.",
        "{child} has many talents. Singing is not one of them 😂",
        "Parents of {class}: the homework is for the children, not for you to get wrong as well.",
        "Thanks to {adult} for 'organising' the trip. We got there eventually.",
        "{other} brought their B team. Or was that their best? Hard to tell 🤣",
    ),
    F(
        "held-out offensive: Welsh ridicule",
        OFF,
        True,
        "Rhieni {class}, mae'n anodd credu eich bod chi mor dwp.",
        "Perfformiad gwarthus gan {class} heddiw.",
        "Tîm {other} fel ffyliaid ar y cae 😂",
        "Dyw {child} ddim yn gallu darllen o gwbl, druan ag e.",
    ),
    F(
        "held-out offensive: kind posts (quiet)",
        OFF,
        False,
        "{class} walked the cross-country course together and cheered every runner home.",
        "Diolch {adult} am drefnu'r daith i {class}!",
        "Ramadan Kareem to the families in {class} who are fasting this month.",
        "{other} were brilliant opponents – thank you for a fair and friendly match.",
    ),
    F(
        "held-out live-location: now, routine, Welsh",
        LOC,
        True,
        "Greetings from {place}! {class} are just finishing their picnic.",
        "Ar y ffordd i {lle} gyda {class} nawr!",
        "Every {day} at {time}, {class} have PE at {place}.",
        "Look out for {class} at {place} from {time} on {day} – they're singing carols.",
    ),
    F(
        "held-out live-location: reports afterwards (quiet)",
        LOC,
        False,
        "{class} had a brilliant morning at {place} on {day}.",
        "Cawson ni ddiwrnod bendigedig yn {lle} ddoe.",
        "Thank you {place} for having {class} last week.",
    ),
    F(
        "held-out commercial: pitches",
        COM,
        True,
        "My sister does lash extensions from home, £25 a set, message me for a slot!",
        "{adult} now sells handmade candles – 10% off with code SCHOOL10.",
        "New to the app store: CashKids, the savings and investing app for 8-16s. Sign up bonus £5!",
        "Scratchcard bonanza with LuckyStar – 50 free spins for new players!",
    ),
    F(
        "held-out commercial: school's own (quiet)",
        COM,
        False,
        "Book fair in the hall on {day} after school, books from £2.",
        "Uniform orders are now open through the school office.",
        "Diolch i'r Co-op lleol am roi ffrwythau i {class}.",
    ),
    F(
        "held-out home-address",
        ADDR,
        True,
        "Old curtains for the nativity can go to {house}, {street}.",
        "Mrs Price is collecting the costumes at Flat 2, 9 {street}, {postcode}.",
        "Leave the tombola prizes in the porch, {postcode} – thank you!",
    ),
    F(
        "held-out pupil-name: word-names (quiet)",
        NAME,
        False,
        "Haf braf i bawb, welwn ni chi ym mis Medi!",
        "Seren aur i bawb yn y dosbarth heddiw!",
        "Year 1 planted a rowan and a holly by the pond.",
        "Grace before meals is said in Welsh.",
        "Eira mawr heddiw: mae'r ysgol ar gau.",
    ),
    F(
        "held-out pupil-name: word-names as children",
        NAME,
        True,
        "Seren, Haf and Cadi made the best volcano in Year 3.",
        "Star of the week: Rowan!",
        "Pob lwc i Eira yn y gystadleuaeth nofio.",
        "Hope and River read their poems at assembly.",
        target="en",
    ),
)


def name_suite() -> tuple[Functionality, ...]:
    return (
        F(
            "pupil-name: a word-name in a naming context (EN, recall)",
            NAME,
            True,
            "Well done {en}!",
            "{en} in Year 3 read beautifully in assembly.",
            "{en} and Tomos won the relay.",
            "Congratulations to {en} for star of the week.",
            target="en",
        ),
        F(
            "pupil-name: a word-name in a naming context (CY, recall)",
            NAME,
            True,
            "Da iawn {cy}!",
            "Llongyfarchiadau i {cy} am ennill y ras.",
            "{cy} in Year 3 read beautifully.",
            "{cy} a Tomos enillodd y ras.",
            "Well done {cy} and Amelia!",
            target="cy",
        ),
        F(
            "pupil-name: everyday English word in lower case (quiet)",
            NAME,
            False,
            "We hope you all have a lovely half term.",
            "Year 2 said grace before the harvest lunch.",
            "The rowan tree by the gate is full of berries.",
            "River walk this afternoon, wellies please!",
            "The sky was so blue on sports day.",
            "Remembrance: Year 5 made a poppy wreath.",
            "Thank you for the grace and patience you showed.",
            "Our walk followed the river to the bridge.",
            "Year 4 had a lovely day; we hope it stays dry.",
            "Look at that sky! ☀️ Sports day is on.",
        ),
        F(
            "pupil-name: everyday Welsh word (quiet)",
            NAME,
            False,
            "Eira ar y mynydd heddiw, gwisgwch gotiau cynnes!",
            "Mae'r haf yn dod, hwrê!",
            "Heulwen braf ar gyfer y mabolgampau.",
            "Seren y dydd yn Nosbarth Derw heddiw.",
            "Awel gynnes ar lan y môr.",
            "Gwnaeth y plant glain o glai.",
            "Haf hir a hapus i bawb!",
            "Mae eira ar y cae, felly dim pêl-droed.",
        ),
        F(
            "pupil-name: titles, characters, animals, namesakes (quiet)",
            NAME,
            False,
            "Year 2 are reading 'Grace and Family' this term.",
            "We met the class hamster, Hope.",
            "Our school dog River loves the children.",
            "Year 6 learned about Grace Darling's rescue.",
            "Amazing Grace was sung beautifully by the choir.",
            "We watched 'The River and the Sea Dragon' in class.",
        ),
    )


# ---------------------------------------------------------------------------------------------
# The school the suite runs against


@cache
def school() -> SchoolContext:
    consent = {ConsentKind.SOCIAL_MEDIA: True, ConsentKind.WEBSITE: True}
    firsts = ("Tomos", "Amelia", "Cadi", "Oliver", "Nia", "Harrison", *WORD_NAMES_CY, *WORD_NAMES_EN)
    pupils = tuple(
        Pupil(f"FT{i:03d}", first, f"Surname{chr(65 + i % 26)}", first, "Year 3", "Robins", consent)
        for i, first in enumerate(firsts)
    )
    staff = (
        StaffMember("ST1", "Mr", "Gareth", "Pryce", "teacher"),
        StaffMember("ST2", "Mrs", "Sian", "Lloyd", "teacher"),
        StaffMember("ST3", "Miss", "Jo", "Barker", "teaching assistant"),
    )
    return SchoolContext(
        name="Ysgol Functional",
        nation=Nation.WALES,
        pupils=pupils,
        staff=staff,
        address="1 Ffordd yr Ysgol, Caerdydd CF10 1AA",
    )


# ---------------------------------------------------------------------------------------------
# Expansion and scoring

_FIELD = re.compile(r"\{(\w+)\}")


def expand(func: Functionality) -> Iterator[tuple[str, str]]:
    """(text, target excerpt) for each post of a functionality, in a fixed order."""
    extra = {"en": WORD_NAMES_EN, "cy": WORD_NAMES_CY}
    count = 0
    rounds = [_fill(t, {**FILLERS, **extra}) for t in func.templates]
    # round-robin over the templates so a cap keeps every template represented
    for row in itertools.zip_longest(*rounds):
        for item in row:
            if item is not None and count < PER_FUNCTIONALITY:
                count += 1
                yield item


def _fill(template: str, fillers: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    fields = list(dict.fromkeys(_FIELD.findall(template)))
    if not fields:
        return [(template, "")]
    out = []
    for values in itertools.product(*(fillers[f] for f in fields)):
        chosen = dict(zip(fields, values, strict=True))
        text = template.format_map(chosen)
        out.append((text, chosen.get("en") or chosen.get("cy") or ""))
    return out


def passes(func: Functionality, text: str, target: str, thorough: bool = False) -> bool:
    report = check(Draft(id="functional", text=text), school(), load_policy("default"), thorough=thorough)
    found = [f for f in report.findings if f.rule == func.rule]
    if func.rule == NAME and target:
        hit = any(
            f.start is not None and f.end is not None and target in text[f.start : f.end] for f in found
        )
        return hit if func.fire else not hit
    return bool(found) == func.fire


@dataclass(frozen=True)
class Result:
    name: str
    n: int
    passed: int
    failures: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.passed / self.n if self.n else 1.0


def run(suite: Sequence[Functionality] | None = None, thorough: bool = False) -> list[Result]:
    """Each functionality's pass rate; ``thorough`` checks as a saved revision is (the sentence encoder too)."""
    out = []
    for func in suite if suite is not None else (*SUITE, *name_suite()):
        fails = []
        n = 0
        for text, target in expand(func):
            n += 1
            if not passes(func, text, target, thorough):
                fails.append(text)
        out.append(Result(func.name, n, n - len(fails), tuple(fails)))
    return out


def table(results: Sequence[Result]) -> str:
    width = max(len(r.name) for r in results)
    lines = [f"| {'functionality':<{width}} |   n | pass rate |", f"|{'-' * (width + 2)}|----:|----------:|"]
    lines += [f"| {r.name:<{width}} | {r.n:>3} | {r.rate:>9.2f} |" for r in results]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--failures", action="store_true", help="list the posts each functionality gets wrong"
    )
    parser.add_argument("--held-out", action="store_true", help="also print the held-out templates' table")
    parser.add_argument("--quick", action="store_true", help="the quick path's verdict (no sentence encoder)")
    args = parser.parse_args(argv)
    results = run(thorough=not args.quick)
    print(table(results))
    if args.failures:
        for r in results:
            for text in r.failures:
                print(f"FAIL [{r.name}] {text}")
    if args.held_out:
        held = run(HELD_OUT, thorough=not args.quick)
        print("\nHeld out (written after the rules changed, never tuned on):\n")
        print(table(held))
        for r in held if args.failures else ():
            for text in r.failures:
                print(f"FAIL held-out [{r.name}] {text}")
    low = [r.name for r in results if r.rate < FLOOR]
    if low:
        print(f"\nbelow {FLOOR:.2f}: {', '.join(low)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
