"""A second held-out functional set for LAN401, LOC201 and CON601: ``python -m safepost.engine.functional_heldout2``.

Written on 6 December 2026, before the voices training data (``training/posts/voices``) and
before reading the rules' lexicons or the training templates, then scored on the engine
as it stood (the "first" column in ``docs/quality.md``; run three times in all, failures never listed). Never tuned on: thresholds and
training data are chosen from training and dev data only. New wording and new fillers (none of
the first suite's children, classes, places or brands), English and Welsh, in the style of
:data:`safepost.engine.functional.HELD_OUT`. The posts are scored against their own invented
school (:func:`school`), whose roster holds this set's children.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.functional import COM, LOC, OFF, PER_FUNCTIONALITY, F, Functionality, Result, table
from safepost.engine.policy import load_policy
from safepost.engine.school import ConsentKind, Nation, Pupil, SchoolContext, StaffMember

FILLERS: dict[str, tuple[str, ...]] = {
    "class": ("Year 3", "the Otters", "P4", "Class 5B", "Year 1", "the Robins"),
    "dosbarth": ("Blwyddyn 4", "Dosbarth Onnen", "Dosbarth y Dyfrgwn", "Blwyddyn 2", "Dosbarth Criafol"),
    "other": ("Brookfield Juniors", "Ysgol Glan Llyn", "St Teilo's", "Oakwood Primary"),
    "child": ("Ffion", "Jacob", "Lowri", "Zain", "Isla", "Dewi"),
    "adult": ("Mr Hughes", "Mrs Evans", "Ms Okafor", "the deputy head", "our chair of governors"),
    "place": (
        "Victoria Park",
        "the marina",
        "Parc Cwm Darran",
        "the Tesco car park",
        "Llandaff Fields",
        "the bandstand on Stryd Fawr",
    ),
    "lle": ("Parc Bute", "y llyfrgell", "traeth Porthcawl", "Castell Caerffili", "y pwll nofio"),
    "time": ("4pm", "quarter to ten", "9.30", "1:15pm", "six o'clock"),
    "amser": ("10 o'r gloch", "hanner awr wedi tri", "9.30", "2pm"),
    "day": ("Wednesday", "Saturday", "Sunday", "Monday"),
    "dydd": ("ddydd Mercher", "ddydd Sadwrn", "ddydd Llun", "ddydd Gwener"),
    "faith": ("Diwali", "Rosh Hashanah", "Chinese New Year", "Eid al-Adha", "Holi", "Passover"),
    "masked": ("f***ing", "sh*tty", "bl00dy", "f*cking", "sh!tty", "fkn"),
    "bookie": ("GoalRush Bet", "Red Seven Sports", "BetBarn", "PitchPlay"),
    "partyplan": ("Pampered Chef", "Neal's Yard Organic", "Forever Living", "Body Shop at Home", "Jamberry"),
}

SCHOOL_ADDRESS = "12 Heol yr Ysgol, Abertawe SA4 6XY"

HELD_OUT_2: tuple[Functionality, ...] = (
    # --- offensive: must fire
    F(
        "held-out-2 offensive: mocks a class's performance",
        OFF,
        True,
        "{class}'s attempt at the school play: I've seen more convincing acting from a pot plant 😂",
        "{class} entered the quiz tonight. 'Entered' being the word – three points out of fifty 🙈",
        "If there were a cup for the slowest class in the school, {class} would keep it forever.",
        "Judging by {class}'s maths results, a calculator would be wasted on that lot.",
    ),
    F(
        "held-out-2 offensive: mocks a child's ability",
        OFF,
        True,
        "{child} has practised the recorder for a whole year. You would never know 🙉",
        "Bless {child}, bottom of the reading group again. Some kids just haven't got it.",
        "{child} tried to catch the ball today. 'Tried' is doing a lot of work there 😂",
        "Let's just say {child} won't be troubling the maths olympiad any time soon 🤣",
    ),
    F(
        "held-out-2 offensive: shames a group of parents",
        OFF,
        True,
        "Nice to see a handful of {class} parents can read a letter. The rest of you, give it a go sometime.",
        "Some of the {class} mums spend more time on their nails than on their children's reading.",
        "Dear {class} parents parked on the zigzags again: the rules apply to you too, believe it or not.",
        "Not one cake from the {class} families for the sale. Pathetic, honestly.",
    ),
    F(
        "held-out-2 offensive: sarcasm and scare quotes about a named adult",
        OFF,
        True,
        "Special thanks to {adult} for all their 'hard work' on the fair. All twenty minutes of it.",
        "{adult}'s 'expert' planning of the trip went about as well as you'd expect 😉",
        "Funny how {adult} is always 'unwell' when the inspectors are in 👀",
        "Shame {adult} was 'too busy' to count the raffle money. Again.",
    ),
    F(
        "held-out-2 offensive: belittles another school's pupils",
        OFF,
        True,
        "{other} turned up with a full squad and still couldn't find the net. Bless them 😂",
        "Nice of {other} to let us win so easily. Their children aren't the sharpest, are they?",
        "Quiz night against {other}: we won by forty points. Not exactly Mastermind over there 🤣",
        "Drew {other} in the cup, so that's a free pass to the next round then.",
    ),
    F(
        "held-out-2 offensive: masked profanity",
        OFF,
        True,
        "This {masked} weather has cancelled sports day again.",
        "Whose {masked} idea was a coach at 7am?",
        "The {masked} printer has eaten every report card.",
    ),
    F(
        "held-out-2 offensive: insensitive to a faith or culture",
        OFF,
        True,
        "Another {faith} assembly? Some of us want our children taught normal things.",
        "Half the class off for {faith} – must be nice to get all these extra holidays 🙄",
        "Not sure why my kids need to learn about {faith}. Keep it at home.",
        "{faith} dress-up day? Great, more weird costumes and funny food 🙄",
    ),
    F(
        "held-out-2 offensive: Welsh ridicule of pupils and parents",
        OFF,
        True,
        "Canlyniadau sillafu {dosbarth} yr wythnos hon? Embaras llwyr 🙄",
        "Dyw {child} dal ddim yn gallu cyfri i ddeg. Ym Mlwyddyn 5! 😂",
        "Roedd {dosbarth} ar y cae heddiw fel gwylio malwod yn rasio 🐌😂",
        "Rhai o rieni {dosbarth} yn meddwl mai awgrym yw 8:55. Siomedig, unwaith eto.",
    ),
    F(
        "held-out-2 offensive: Welsh sarcasm, other schools, faith",
        OFF,
        True,
        "Plant {other}? Ddim y rhai mwyaf clyfar, a dweud y lleiaf 😂",
        "Diolch i {adult} am 'helpu' gyda'r arian raffl... 😉",
        "{faith} eto? Dyna'r esgus am golli gwersi'r wythnos hon, mae'n debyg 🙄",
        "Tîm {other} wedi rhedeg fel hen ddynion. Gêm hawdd 🤣",
    ),
    # --- offensive: must stay quiet
    F(
        "held-out-2 offensive: kind posts sharing ridicule's words (EN, quiet)",
        OFF,
        False,
        "{class} were hopeless at the three-legged race and laughed the whole way round – best afternoon of term!",
        "{child} found the maths challenge really hard today but kept going. So proud of that effort.",
        "Thank you to the {class} parents who helped on the trip – we couldn't have done it without you.",
        "{adult} has been 'volunteered' (with a smile!) to run the tuck shop – thank you!",
        "Joining the {faith} celebrations with {class} today: food, music and stories from our families.",
        "Cracking match with {other} – they were excellent and thoroughly deserved the win.",
    ),
    F(
        "held-out-2 offensive: kind posts in Welsh (quiet)",
        OFF,
        False,
        "Doedd neb yn {dosbarth} yn gallu cyrraedd y nodyn uchel, ond chwerthin wnaeth pawb – da iawn chi!",
        "Diolch o galon i rieni {dosbarth} am y cacennau – roedden nhw'n diflannu mewn munudau!",
        "Gêm wych yn erbyn {other} heddiw, llongyfarchiadau iddyn nhw ar y fuddugoliaeth.",
        "Dathlu {faith} gyda'n teuluoedd heddiw – diolch am rannu eich traddodiadau.",
    ),
    # --- live location: must fire
    F(
        "held-out-2 live-location: a pin or 'live from' now",
        LOC,
        True,
        "📍 {place} – {class} are having their lunch here now, wave if you're passing!",
        "Live from {place}: {class} have just arrived and the sun is out.",
        "Currently at {place} with {class}, back at school for 3.",
        "Right now we're on the benches at {place}, come and find us!",
    ),
    F(
        "held-out-2 live-location: a named child at a public event with time and place",
        LOC,
        True,
        "{child} takes to the stage at {place} at {time} this evening – come and support!",
        "{child} will be busking for charity at {place} from {time} on Saturday.",
        "Good luck {child}! Swimming gala at {place}, first heat at {time} today.",
    ),
    F(
        "held-out-2 live-location: a routine with its day and time",
        LOC,
        True,
        "{class} have forest school at {place} every {day}, {time} until lunch.",
        "On {day}s at {time} you'll find {class} at {place} for football club.",
        "Our walking bus sets off from {place} at {time} every {day}.",
    ),
    F(
        "held-out-2 live-location: a route with a time window",
        LOC,
        True,
        "Sponsored bike ride on {day}: from school along the Taff Trail to {place}, setting off at {time}, home by 4.",
        "Carol singing on {day}: {place} at {time}, then along Heol y Nant, finishing at the chapel around 6.",
    ),
    F(
        "held-out-2 live-location: Welsh present tense and routines",
        LOC,
        True,
        "📍 {lle} – {dosbarth} yn cael picnic yr eiliad hon!",
        "Yn fyw o {lle}: mae {dosbarth} newydd gyrraedd.",
        "Dewch i gefnogi {child} yn {lle} am {amser} {dydd}!",
        "Bob {dydd} am {amser} mae {dosbarth} yn cerdded i {lle}.",
        "Bydd y daith noddedig yn gadael yr ysgol am {amser} {dydd} ac yn cyrraedd {lle} erbyn hanner dydd.",
    ),
    # --- live location: must stay quiet
    F(
        "held-out-2 live-location: reports afterwards (quiet)",
        LOC,
        False,
        "{class} spent a lovely afternoon at {place} last {day}.",
        "Photos from {place} are up on the website – what a brilliant trip that was!",
        "Diolch {lle} am groesawu {dosbarth} yr wythnos diwethaf – am ddiwrnod!",
        "Cafodd {dosbarth} amser gwych yn {lle} ddoe.",
    ),
    F(
        "held-out-2 live-location: events with no time, the school's own address (quiet)",
        LOC,
        False,
        "We're planning a trip to {place} in the summer term; details to follow.",
        f"Parcels for the school can be sent to {SCHOOL_ADDRESS}.",
        f"Visitors: our school is at {SCHOOL_ADDRESS}, please report to reception.",
        "Rydyn ni'n gobeithio mynd i {lle} rywbryd yn nhymor yr haf.",
        "Sports day will be on the school field this year, weather permitting.",
    ),
    # --- political or commercial: must fire
    F(
        "held-out-2 commercial: gambling sponsor sign-up offers",
        "political-or-commercial",
        True,
        "Proud to announce {bookie} as our new shirt sponsor! Use code PLAY25 when you register for a £25 welcome bonus.",
        "{bookie} are giving every new account a free £10 bet this weekend – and they've paid for our minibus!",
        "Diolch i {bookie} am noddi'r tîm! Cwsmeriaid newydd: bet am ddim gwerth £10 gyda'r cod YSGOL.",
    ),
    F(
        "held-out-2 commercial: party-plan and catalogue selling",
        COM,
        True,
        "I'm hosting a {partyplan} evening at mine next Thursday – come along, browse the range and order on the night!",
        "My {partyplan} online party is open until Sunday: tag a friend and you both get 10% off your order.",
        "Parti {partyplan} yn fy nhŷ i nos Wener – archebwch o'r catalog, danfon am ddim!",
    ),
    F(
        "held-out-2 commercial: staff's paid private services",
        COM,
        True,
        "{adult} is offering maths booster sessions at home on Saturdays, £25 an hour – spaces limited.",
        "Holiday football camp run privately by {adult}: £15 a day, book through the website.",
        "Mae {adult} yn cynnig gwersi piano preifat, £20 y wers – cysylltwch i archebu.",
        "{adult} has launched a paid 11+ tutoring service. DM for a price list.",
    ),
    F(
        "held-out-2 commercial: novelty products and investment apps for children",
        COM,
        True,
        "Glow-in-the-dark squishies, £3.50 each or 3 for £9 – order before Friday!",
        "Start your child's share portfolio with StockSprout, the investing app built for 10-year-olds. Free £5 share when you sign up!",
        "Light-up LED trainers for kids, 30% off this week only – shop through the link!",
        "Ap newydd PiggyStocks: gall plant 8 oed fuddsoddi mewn cyfranddaliadau. Bonws £5 wrth gofrestru!",
    ),
    # --- political or commercial: must stay quiet
    F(
        "held-out-2 commercial: the school's own fundraising (quiet)",
        COM,
        False,
        "The PTA Christmas fair is on {day}: tombola, raffle and mince pies, all proceeds to the school minibus.",
        "Tickets for the summer concert are £3 from the school office.",
        "Ffair Nadolig y CRhA {dydd}: raffl, tombola a chacennau, yr elw i gyd at yr ysgol.",
        "Our sponsored walk raised £1,240 for the library – thank you all!",
        "School photos can be ordered online until Friday.",
    ),
)

_FIELD = re.compile(r"\{(\w+)\}")


@cache
def school() -> SchoolContext:
    consent = {ConsentKind.SOCIAL_MEDIA: True, ConsentKind.WEBSITE: True}
    pupils = tuple(
        Pupil(f"HO{i:03d}", first, f"Surname{chr(65 + i)}", first, "Year 4", "Otters", consent)
        for i, first in enumerate(FILLERS["child"])
    )
    staff = (
        StaffMember("HS1", "Mr", "Huw", "Hughes", "teacher"),
        StaffMember("HS2", "Mrs", "Carys", "Evans", "teacher"),
        StaffMember("HS3", "Ms", "Ada", "Okafor", "teaching assistant"),
    )
    return SchoolContext(
        name="Ysgol Heldout", nation=Nation.WALES, pupils=pupils, staff=staff, address=SCHOOL_ADDRESS
    )


def expand(func: Functionality) -> Iterator[str]:
    """Each post of a functionality, templates round-robin, fillers in order, at most 60."""
    rounds = [_fill(t) for t in func.templates]
    posts = (text for row in itertools.zip_longest(*rounds) for text in row if text is not None)
    return itertools.islice(posts, PER_FUNCTIONALITY)


def _fill(template: str) -> list[str]:
    fields = list(dict.fromkeys(_FIELD.findall(template)))
    return [
        template.format_map(dict(zip(fields, values, strict=True)))
        for values in itertools.product(*(FILLERS[f] for f in fields))
    ]


def passes(func: Functionality, text: str, thorough: bool = False) -> bool:
    report = check(Draft(id="held-out-2", text=text), school(), load_policy("default"), thorough=thorough)
    return any(f.rule == func.rule for f in report.findings) == func.fire


def run(suite: Sequence[Functionality] = HELD_OUT_2, thorough: bool = False) -> list[Result]:
    out = []
    for func in suite:
        posts = list(expand(func))
        fails = tuple(text for text in posts if not passes(func, text, thorough))
        out.append(Result(func.name, len(posts), len(posts) - len(fails), fails))
    return out


def by_rule(results: Sequence[Result], suite: Sequence[Functionality] = HELD_OUT_2) -> str:
    """Precision, recall and F1 per rule over every post of the set (fire = positive)."""
    counts: dict[str, list[int]] = {}
    for func, result in zip(suite, results, strict=True):
        tp_fp_fn = counts.setdefault(func.rule, [0, 0, 0])
        misses = result.n - result.passed
        if func.fire:
            tp_fp_fn[0] += result.passed
            tp_fp_fn[2] += misses
        else:
            tp_fp_fn[1] += misses
    lines = ["| rule | P | R | F1 |", "|---|---:|---:|---:|"]
    for rule, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lines.append(f"| {rule} | {precision:.2f} | {recall:.2f} | {f1:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--failures", action="store_true", help="list the posts each functionality gets wrong")
    parser.add_argument("--quick", action="store_true", help="the quick path's verdict (no sentence encoder)")
    args = parser.parse_args(argv)
    results = run(thorough=not args.quick)
    print(table(results))
    print()
    print(by_rule(results))
    for r in results if args.failures else ():
        for text in r.failures:
            print(f"FAIL [{r.name}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
