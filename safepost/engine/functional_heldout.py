"""Held-out functional templates for names that are words and home addresses: a second school.

``python -m safepost.engine.functional_heldout [--failures]``

Written before the December 2026 changes to the pupil-name and home-address detectors (first
scored on the engine as it was, see ``docs/quality.md``), with new wording and a roster that
shares no name with :func:`safepost.engine.functional.school`. Welsh word-names here (Gwawr,
Tirion, Awen, Enfys, Briallen, Celyn) and English ones (Joy, Faith, Summer, Rose, May, Bonnie,
Skye, Autumn, Willow, Will) test that a word-name is decided from word lists for *any* roster.

Besides each functionality's pass rate it prints precision, recall and F1 for the two rules:
a post that must fire counts as a true positive when a finding covers its target excerpt (the
name, or the whole address marked ``[[...]]`` in the template), a false negative otherwise; a
quiet post with any finding of the rule counts as a false positive.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.functional import ADDR, NAME, F, Functionality, Result, table
from safepost.engine.policy import load_policy
from safepost.engine.school import ConsentKind, Nation, Pupil, SchoolContext, StaffMember

CY_WORD_NAMES = ("Gwawr", "Tirion", "Awen", "Enfys", "Briallen", "Celyn")
EN_WORD_NAMES = ("Joy", "Faith", "Summer", "Rose", "May", "Bonnie", "Skye", "Autumn", "Willow", "Will")
OTHER_NAMES = ("Osian", "Ffion", "Leo", "Zofia", "Mohammed", "Isla", "Harry", "Dylan", "Elin")
FILLERS = {"en": EN_WORD_NAMES, "cy": CY_WORD_NAMES, "enl": tuple(n.lower() for n in EN_WORD_NAMES)}

SUITE: tuple[Functionality, ...] = (
    F(
        "ho2 name: EN word-name is a child (recall)",
        NAME,
        True,
        "Brilliant effort from {en} on sports day!",
        "Our reader of the week is {en} 📚",
        "{en} (Year 2) wrote a super poem about the sea.",
        "Thank you to {en} and Osian for leading the assembly.",
        "Massive congratulations {en} on your swimming certificate!",
        "{en} painted a beautiful sunset in art today.",
        target="en",
    ),
    F(
        "ho2 name: EN word-name typed in lower case (recall)",
        NAME,
        True,
        "well done {enl}, brilliant work today",
        "so proud of {enl} x",
        "big well done to {enl} in year 2 for her reading 👏",
        target="enl",
    ),
    F(
        "ho2 name: CY word-name is a child (recall)",
        NAME,
        True,
        "Llongyfarchiadau mawr i {cy} am ennill yn yr Eisteddfod!",
        "Da iawn {cy}, gwaith ysgrifennu bendigedig.",
        "{cy} o Flwyddyn 4 oedd seren yr wythnos.",
        "Diolch i {cy} am ddarllen yn y gwasanaeth.",
        "Pen-blwydd hapus {cy}! 🎂",
        "Roedd {cy} a Ffion yn wych yn y côr.",
        "Gwaith gwych gan {cy} yn y wers wyddoniaeth.",
        "Ymdrech arbennig gan {cy} ar y cae chwaraeon heddiw.",
        "Dyma {cy} gyda'i thlws newydd.",
        "{cy} enillodd y gystadleuaeth sillafu.",
        target="cy",
    ),
    F(
        "ho2 name: EN everyday words (quiet)",
        NAME,
        False,
        "We hope everyone has a restful break.",
        "Hope you all enjoyed the concert!",
        "Joy all round at the Christmas fair.",
        "Such joy on their faces at the farm.",
        "Faith leaders from the town visited Year 6.",
        "Summer fair raised £640 – thank you!",
        "Summer term clubs start next week.",
        "May we remind parents that the gates close at 8.55.",
        "May Day dancing on the field at 2pm.",
        "Will parents please label all uniform.",
        "Rose petals were used in the science experiment.",
        "The rose garden is looking lovely.",
        "Bonnie wee lambs at the farm visit!",
        "Autumn leaves collage in Reception.",
        "Willow weaving with a local artist this week.",
        "Tickets will be on sale from May.",
        "Reception will have their photos taken on Tuesday.",
        "The sun rose over the hills as we set off.",
        "Skye blue bunting for the jubilee picnic.",
        "Thank you for keeping the faith during a tricky term.",
    ),
    F(
        "ho2 name: CY everyday words (quiet)",
        NAME,
        False,
        "Gwawr hyfryd dros y bae bore 'ma.",
        "Codon ni cyn y wawr i weld yr adar.",
        "Tywydd tirion i'r mabolgampau heddiw.",
        "Tirion iawn oedd y croeso yn y cartref gofal.",
        "Cafodd Blwyddyn 6 awen wrth ysgrifennu cerddi am y môr.",
        "Awen y beirdd: gweithdy barddoniaeth gyda'r Urdd.",
        "Enfys lachar uwchben yr ysgol ar ôl y glaw! 🌈",
        "Mae enfys ar bob ffenest yn y dosbarth.",
        "Briallen a chennin Pedr yn blodeuo yn yr ardd.",
        "Celyn ac iorwg ar gyfer y torchau Nadolig.",
        "Gwawr newydd i'r clwb garddio.",
        "Mae'r haul yn codi ar doriad gwawr.",
        "Dewch i weld yr enfys o liwiau yn yr arddangosfa.",
        "Celyn coch a gwyrdd ar y drws.",
    ),
    F(
        "ho2 name: titles, characters, animals, namesakes, classes (quiet)",
        NAME,
        False,
        "Year 3 are reading 'Summer and the Snow Giant' this half term.",
        "Our book of the week is Willow and the Wishing Well.",
        "Meet Bonnie, our new school therapy dog! 🐶",
        "The class guinea pig Skye has had babies.",
        "Tirion the tortoise is hibernating in the staffroom.",
        "Ein ci ysgol, Celyn, yn mwynhau'r haul.",
        "Harry Potter book day: come dressed as your favourite wizard!",
        "Year 6 read Dylan Thomas's 'A Child's Christmas in Wales'.",
        "Points to Willow class for the best attendance this week!",
        "Congratulations to Rose House on winning the sports day cup.",
        "The May Queen was crowned at the village fair.",
        "The choir sang the Skye Boat Song beautifully.",
        "Year 4 watched Inside Out and talked about Joy and Sadness.",
        "Our hamster, Autumn, went home with a different family each weekend.",
    ),
    F(
        "ho2 address: homes (recall, whole span)",
        ADDR,
        True,
        "Please drop spare wellies at [[Glan Rhyd, Heol y Nant]], Pontypridd.",
        "Costumes can be collected from [[Bwthyn Ceri, Lôn Isaf]] after 4pm.",
        "Sponsor forms to [[Flat 2/1, 18 Cilgant y Dderwen, CF5 2LP]] please.",
        "Raffle prizes to [[no. 14 Maes Glas]] by Friday.",
        "Leave bags of clothes on my doorstep: [[CF23 9PL]].",
        "Lost property is at my house, [[6 Ffordd Las, Penarth CF64 1AB]].",
        "Drop-off at mine – [[21 Stryd Fawr, Llandeilo, SA19 6AA]] – from 4pm.",
        "Pop the tickets through the door at [[Hafan, Ffordd y Môr]].",
        "Dewch â'r gwisgoedd i [[Tŷ Nant, Heol Uchaf]] erbyn dydd Gwener.",
        "Gadewch y bagiau yn [[12 Lôn y Felin, Bangor LL57 2AB]].",
        "Collection from [[Apartment 4, 33 Marine Parade, SA1 1AA]] on Saturday.",
        "Any spare jars to [[Fflat 3, 7 Rhodfa'r Môr]], diolch!",
        "Bring the bunting to [[The Willows, Church Road]] by 9.",
        "Drop the costumes round to [[no. 9, Stryd y Bont]] before Friday.",
        "Parcels can be left at [[4 Cilgant Derwen, Caerffili, CF83 3AB]].",
        "Meet at my house ([[27 Maes yr Haf]]) for the car share.",
        "Mae'r casgliad yn fy nhŷ i, [[Rhif 5, Heol y Parc]].",
        "Send any spare wool to [[Flat 1B, 40 Heol Fawr, Aberystwyth, SY23 1HX]] – thanks!",
    ),
    F(
        "ho2 address: streets, venues, numbers (quiet)",
        ADDR,
        False,
        "The Christmas lights on Stryd Fawr are switched on at 5pm.",
        "Heol y Nant will be closed for resurfacing on Monday.",
        "The number 14 bus leaves from the school gate.",
        "Our choir is no. 1 in the county rankings!",
        "For sat navs, the school postcode is SA31 1AB.",
        "Year 4 walked along Lôn Isaf to the river.",
        "The match is at the Leisure Centre, 4 Park Road, SA1 3AB.",
        "Maes Glas park has new swings, thanks to the council.",
        "Capel Bethel, 3 Stryd y Capel, hosts the carol service.",
        "Cilgant y Dderwen looked lovely in the snow.",
        "Places are limited to no. 30, so book early.",
        "Class 2/1 visited the fire station on Ffordd y Gogledd.",
        "The new houses on Maes yr Haf are almost finished.",
        "Our address: Ysgol Dychmygol, 2 Heol yr Ysgol, Caerfyrddin SA31 1AB.",
    ),
)


#: Round 2: written after the changes, scored once and never tuned on (a third invented roster).
CY_WORD_NAMES_2 = ("Hedd", "Alaw", "Cariad", "Llinos", "Afon", "Gwennol")
EN_WORD_NAMES_2 = ("Harmony", "Liberty", "Mercy", "Dawn", "Sunny", "Hunter", "Blossom", "Patience")
FILLERS_2 = {"en": EN_WORD_NAMES_2, "cy": CY_WORD_NAMES_2}

SUITE_2: tuple[Functionality, ...] = (
    F(
        "ho3 name: EN word-name is a child (recall)",
        NAME,
        True,
        "A huge thank you to {en} for tidying the library without being asked.",
        "Star writer this week: {en}!",
        "Look at {en}'s amazing volcano model 🌋",
        "{en} and Leo have been chosen as eco-councillors.",
        "Goal of the season from {en} in the Year 5 match ⚽",
        "We are so proud of {en}, who swam 25 metres for the first time.",
        target="en",
    ),
    F(
        "ho3 name: CY word-name is a child (recall)",
        NAME,
        True,
        "Diolch yn fawr i {cy} am helpu'r plant bach amser chwarae.",
        "Gwaith celf hyfryd gan {cy} a Macsen.",
        "{cy} sydd wedi ennill y wobr darllen y tymor hwn.",
        "Croeso nôl {cy}! Rydyn ni wedi gweld dy eisiau di.",
        "Llun hyfryd o {cy} gyda'r dystysgrif.",
        "Mae {cy} wedi bod yn seren yn y sioe Nadolig.",
        target="cy",
    ),
    F(
        "ho3 name: EN everyday words (quiet)",
        NAME,
        False,
        "Harmony week: Year 3 shared songs from around the world.",
        "Liberty print fabric was used for the bunting.",
        "We showed mercy to the spiders and carried them outside.",
        "Dawn chorus walk for families on Saturday at 5am!",
        "Sunny spells forecast for sports day ☀️",
        "At dawn the mist lifted over the field.",
        "Hunter gatherers topic starts in Year 3 next week.",
        "Blossom is out on the cherry trees by the gate 🌸",
        "Thank you for your patience while the car park is resurfaced.",
        "It was a sunny, happy afternoon at the fair.",
    ),
    F(
        "ho3 name: CY everyday words (quiet)",
        NAME,
        False,
        "Hedd a chariad i bawb dros y Nadolig.",
        "Alaw newydd gan y côr ar gyfer y gwasanaeth.",
        "Mae'r afon yn uchel ar ôl y glaw, cadwch draw.",
        "Afon Tywi oedd ffocws ein gwaith daearyddiaeth.",
        "Clywon ni'r llinos yn canu yn yr ardd.",
        "Gwennol gyntaf yr haf uwchben y cae!",
        "Cariad yw'r thema ar gyfer Dydd Santes Dwynwen.",
        "Dysgon ni alaw werin newydd yn y wers gerdd.",
    ),
    F(
        "ho3 name: titles, characters, animals, namesakes, classes (quiet)",
        NAME,
        False,
        "Year 2 loved the story 'Harmony and the Lost Kitten'.",
        "Our class rabbit Blossom is coming home with a new family each weekend.",
        "Dosbarth Afon won the attendance cup this week!",
        "Hunter the school dog says hello 🐾",
        "Dawn French visited the town library.",
        "Points for Llinos House this week!",
    ),
    F(
        "ho3 address: homes (recall, whole span)",
        ADDR,
        True,
        "Spare costumes to [[Glanrafon, Ffordd y Llan]] please, thank you!",
        "Collection point is [[Flat 5, 2 Heol Penrhyn, LL57 1AA]].",
        "Please return books to [[No 22 Clos y Wern]] by Monday.",
        "Contact me or drop round: [[11 Teras Bethel, Llanelli, SA15 2BB]].",
        "Bring the cake tins back to [[Rose Lea, Mill Road]] – the white gate.",
        "I'm collecting donations at [[Tyddyn Ucha, Lôn Goed]].",
        "Postcode for drop-off: [[SA62 6AB]] (our farm gate).",
        "Deliveries to my home address, [[8 Stryd Newydd, Bala LL23 7AA]].",
        "Gadewch eich rhoddion wrth ddrws [[Rhif 3, Cilgant y Coed]].",
        "Leave the bags at [[3/2, 45 Byres Road, G11 5RG]].",
    ),
    F(
        "ho3 address: streets, venues, numbers (quiet)",
        ADDR,
        False,
        "The road closure on Ffordd y Llan starts Monday.",
        "Our new minibus is number 22 in the fleet.",
        "The Welsh word 'heol' means road.",
        "Meet at the church hall, 5 Heol y Capel, at 6pm.",
        "The SA62 area has new bus times from Monday.",
        "Cilgant y Coed park reopened after the storm.",
    ),
)


@cache
def school_2() -> SchoolContext:
    """A third invented roster for round 2: other word-names, the same shape as :func:`school`."""
    consent = {ConsentKind.SOCIAL_MEDIA: True, ConsentKind.WEBSITE: True}
    firsts = (*CY_WORD_NAMES_2, *EN_WORD_NAMES_2, "Leo", "Macsen", "Nia", "Kacper")
    pupils = tuple(
        Pupil(f"HT{i:03d}", first, f"Enw{chr(65 + i % 26)}", first, f"Year {1 + i % 6}", ("Ceri", "Teifi")[i % 2],
              consent)
        for i, first in enumerate(firsts)
    )
    staff = (StaffMember("HT1", "Mrs", "Menna", "Rees", "teacher"),)
    return SchoolContext(name="Ysgol Arall", nation=Nation.WALES, pupils=pupils, staff=staff,
                         address="Ysgol Arall, Heol y Coleg, Caerfyrddin SA31 3AA")


@cache
def school() -> SchoolContext:
    """An invented Welsh school: word-names in both languages, none shared with the dev suite."""
    consent = {ConsentKind.SOCIAL_MEDIA: True, ConsentKind.WEBSITE: True}
    firsts = (*CY_WORD_NAMES, *EN_WORD_NAMES[:-1], *OTHER_NAMES)
    pupils = [
        Pupil(f"HO{i:03d}", first, f"Teulu{chr(65 + i % 26)}", first, f"Year {2 + i % 4}",
              ("Derwen", "Onnen", "Kingfishers")[i % 3], consent)
        for i, first in enumerate(firsts)
    ]
    pupils.append(Pupil("HO100", "William", "TeuluZ", "Will", "Year 5", "Onnen", consent))
    pupils.append(Pupil("HO101", "Thomas", "TeuluY", "Tom", "Year 4", "Derwen", consent))
    staff = (
        StaffMember("HS1", "Mrs", "Gwenllian", "Hughes", "teacher"),
        StaffMember("HS2", "Mr", "Dafydd", "Morgan", "teacher"),
        StaffMember("HS3", "Miss", "Grace", "Pritchard", "teaching assistant"),
    )
    return SchoolContext(
        name="Ysgol Dychmygol",
        nation=Nation.WALES,
        pupils=tuple(pupils),
        staff=staff,
        address="Ysgol Dychmygol, 2 Heol yr Ysgol, Caerfyrddin SA31 1AB",
    )


_FIELD = re.compile(r"\{(\w+)\}")
_MARK = re.compile(r"\[\[(.+?)\]\]")


def expand(func: Functionality, fillers: dict[str, tuple[str, ...]] = FILLERS) -> Iterator[tuple[str, str]]:
    """(text, target) for each post: templates crossed with the name fillers, in order."""
    for template in func.templates:
        fields = list(dict.fromkeys(_FIELD.findall(template)))
        rows = itertools.product(*(fillers[f] for f in fields)) if fields else [()]
        for values in rows:
            chosen = dict(zip(fields, values, strict=True))
            text = template.format_map(chosen)
            mark = _MARK.search(text)
            target = mark.group(1) if mark else (chosen.get(func.target, "") if func.target else "")
            yield _MARK.sub(r"\1", text), target


def _covered(found: list[tuple[int, int]], text: str, target: str) -> bool:
    at = text.find(target)
    return any(s <= at and at + len(target) <= e for s, e in found)


def verdict(func: Functionality, text: str, target: str, on: SchoolContext) -> bool:
    report = check(Draft(id="heldout", text=text), on, load_policy("default"))
    spans = [(f.start, f.end) for f in report.findings if f.rule == func.rule and f.start is not None
             and f.end is not None]
    if func.fire:
        return _covered(spans, text, target) if target else bool(spans)
    return not spans


@dataclass(frozen=True)
class Scores:
    rule: str
    tp: int
    fp: int
    fn: int

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.rule}: P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def run(suite: Sequence[Functionality] = SUITE, second_round: bool = False) -> list[Result]:
    fillers, on = (FILLERS_2, school_2()) if second_round else (FILLERS, school())
    out = []
    for func in suite:
        posts = list(expand(func, fillers))
        fails = [text for text, target in posts if not verdict(func, text, target, on)]
        n = len(posts)
        out.append(Result(func.name, n, n - len(fails), tuple(fails)))
    return out


def scores(results: Sequence[Result], suite: Sequence[Functionality] = SUITE) -> list[Scores]:
    out = []
    for rule in (NAME, ADDR):
        tp = fp = fn = 0
        for func, res in zip(suite, results, strict=True):
            if func.rule != rule:
                continue
            if func.fire:
                tp, fn = tp + res.passed, fn + (res.n - res.passed)
            else:
                fp += res.n - res.passed
        out.append(Scores(rule, tp, fp, fn))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--failures", action="store_true", help="list the posts each functionality gets wrong")
    parser.add_argument("--round", type=int, choices=(1, 2), default=1,
                        help="1: written before the changes; 2: written after them, scored once")
    args = parser.parse_args(argv)
    suite = SUITE_2 if args.round == 2 else SUITE
    results = run(suite, second_round=args.round == 2)
    print(table(results))
    print()
    for s in scores(results, suite):
        print(s.line())
    if args.failures:
        for r in results:
            for text in r.failures:
                print(f"FAIL [{r.name}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
