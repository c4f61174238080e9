"""A second held-out functional set for comment triage (EN and CY): `python -m safepost.engine.triage.checklist`.

Why a second set: the first (:mod:`safepost.engine.triage.functional`) has been scored after every
training change, so its figures now say as much about tuning as about generalisation. This set was
written in one sitting, scored once on the engine as it stood (figures in ``docs/quality-comments.md``),
and is never used to choose training data, thresholds or rules: the trainer does not import it,
and ``tests/engine/triage/test_checklist.py`` checks that none of its cases or its templates'
fixed wording (word 6-grams) is in the training data.

It crosses new templates with a new list of groups that adds the English in Wales and Welsh
speakers, Roma and Irish Travellers, and with phrasings the first set lacks: reporting hate (not
quoting it), a positive statement, hate against the English or the Welsh in Wales, harmless
arrangements that name a place and a time (the contrast to a veiled threat), and two more
spelling changes (a space inside the word, apostrophes dropped). The machinery (cases, scoring,
table) is the first set's.

Published hate-speech suites are judges, never sources: nothing here is copied or paraphrased
from one.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

from safepost.engine.triage.categories import Category
from safepost.engine.triage.functional import (
    NOT_HARMFUL,
    Case,
    Functionality,
    Group,
    Row,
    _fill,
    _inline_choices,
    _target_fills,
    _unmark,
    leet,
    masked,
    run,
    table,
    thorough_category,
)

C = Category
HATE = frozenset({C.HATE})

GROUPS: tuple[Group, ...] = (
    Group("religion", "Muslims", "Muslim", "Mwslemiaid", "teulu Mwslimaidd"),
    Group("religion", "Jewish people", "Jewish", "pobl Iddewig", "teulu Iddewig"),
    Group("religion", "Catholics", "Catholic", "Catholigion", "teulu Catholig"),
    Group("race", "Black people", "Black", "pobl dduon", "teulu du"),
    Group("race", "mixed-race people", "mixed-race", "pobl hil gymysg", "teulu hil gymysg"),
    Group("nationality", "Bulgarians", "Bulgarian", "Bwlgariaid", "teulu o Fwlgaria"),
    Group("nationality", "Syrians", "Syrian", "Syriaid", "teulu o Syria"),
    Group("sexuality", "gay men", "gay", "dynion hoyw", "teulu hoyw"),
    Group("sexuality", "bisexual people", "bisexual", "pobl ddeurywiol", "teulu deurywiol"),
    Group("gender identity", "trans women", "trans", "menywod traws", "teulu traws"),
    Group("gender identity", "non-binary people", "non-binary", "pobl anneuaidd", "teulu anneuaidd"),
    Group("disability", "deaf people", "deaf", "pobl fyddar", "teulu byddar"),
    Group("disability", "blind people", "blind", "pobl ddall", "teulu dall"),
    Group("Gypsy/Roma/Traveller", "Roma", "Roma", "pobl Roma", "teulu Roma"),
    Group("Gypsy/Roma/Traveller", "Irish Travellers", "Irish Traveller", "Teithwyr Gwyddelig", "teulu o Deithwyr Gwyddelig"),
    Group("English in Wales / Welsh", "English incomers", "English", "Saeson", "teulu o Loegr"),
    Group("English in Wales / Welsh", "Welsh speakers", "Welsh-speaking", "Cymry Cymraeg", "teulu Cymraeg"),
)


def spaced_inside(word: str) -> str:
    """A space slipped into the middle of the word and doubled spaces round it: "cock  roaches"."""
    middle = len(word) // 2
    return f" {word[:middle]}  {word[middle:]} "


def no_apostrophes(text: str) -> str:
    return text.replace("'", "")


HATE_CORE = (
    "{Plural} are [[cockroaches]], the lot of them, and now they're in every class",
    "tbh {plural} are just [[rats]] with school bags",
    "those {adj} parents are [[scum]] and everybody on this estate knows it",
    "{Plural}? [[animals]]. keep them off the playground",
    "we've got too many {adj} kids now and they're [[leeches]] on the system",
)

FUNCTIONALITIES: tuple[Functionality, ...] = (
    # --- hateful, English ---------------------------------------------------------------------
    Functionality("hate: statement (dehumanising)", "en", HATE, HATE_CORE),
    Functionality("hate: question", "en", HATE, (
        "seriously, why does this school keep letting in {plural} when our own can't get a place?",
        "can someone explain why {plural} get special treatment at every turn??",
        "when are we going to admit the {adj} families are what's wrong with this place?",
        "why should my kids sit next to {plural} all day?",
    )),
    Functionality("hate: opinion", "en", HATE, (
        "unpopular view maybe but {plural} have ruined this town and the school with it",
        "I'll probably get shot down for this but I don't want {plural} teaching my children",
        "no disrespect intended but {adj} people just aren't the same as us and never will be",
        "personally I think {plural} shouldn't be mixing with normal families",
    )),
    Functionality("hate: go-back demands", "en", HATE, (
        "the {adj} lot can get on the next bus back to wherever and take their kids with them",
        "honestly just send the {adj} families home, problem solved",
        "{Plural} should get out of our village and go back where they belong",
    )),
    Functionality("hate: nationality stereotype shaped like a complaint", "en", HATE, (
        "Complaint: the {Bulgarian|Romanian|Polish|Albanian|Somali|Turkish|Lithuanian|Kosovan} parents block the drive every morning because that lot think rules don't apply to them, typical",
        "I want to complain that the class is full of {Bulgarian|Romanian|Polish|Albanian|Somali|Turkish|Lithuanian|Kosovan} kids, all of them light fingered like their parents",
        "formal complaint - my son's bike went missing and you know full well it'll be one of the {Bulgarian|Romanian|Polish|Albanian|Somali|Turkish|Lithuanian|Kosovan} lot, they can't help themselves",
    ), over_groups=False),
    Functionality("hate: conspiracy tropes", "en", HATE, (
        "{Plural} have got the council in their pocket, that's how they got the new building",
        "open your eyes, the {adj} takeover of our schools has been planned for years",
        "funny how {plural} always end up running things, it's all coordinated",
    )),
    Functionality("hate: coded words", "en", HATE, (
        "the school is getting very 'diverse' lately if you know what I mean, {adj} everywhere",
        "more of the usual suspects moving in, {adj} obviously, house prices will drop",
        "we all know which {adj} families the 'enrichment' is code for",
    )),
    Functionality("hate: dehumanising comparison", "en", HATE, (
        "{Plural} multiply like mice, soon there'll be no room for anyone else",
        "letting {plural} into the school is like letting a swarm of locusts into a field",
        "{Plural} live like pigs and their kids are no better",
    )),
    # --- hateful, spelling changes ------------------------------------------------------------
    Functionality("hate: spelling, digits for letters", "en", HATE, HATE_CORE, perturb=leet),
    Functionality("hate: spelling, masked letter", "en", HATE, HATE_CORE, perturb=masked),
    Functionality("hate: spelling, space inside the word", "en", HATE, HATE_CORE, perturb=spaced_inside),
    Functionality("hate: spelling, apostrophes dropped", "en", HATE, (
        "I'm sorry but {plural} don't belong at a school like this and they can't be trusted",
        "it's time someone said it, the {adj} families aren't wanted round here",
        "they're {adj}, what did you expect? they'll wreck the place like they wreck everywhere",
    )),
    # --- hateful, Welsh and mixed -------------------------------------------------------------
    Functionality("hate: Welsh statement, question, go-back", "cy", HATE, (
        "Mae'r {cy_plural} 'ma fel llygod mawr, ym mhob man",
        "Pam ddylai ein plant ni rannu dosbarth efo {cy_plural}?",
        "Does dim croeso i {cy_plural} yn y pentre 'ma, ewch o 'ma",
        "Yn fy marn i mae {cy_plural} yn sbwylio'r ysgol i bawb",
    )),
    Functionality("hate: mixed Welsh and English", "mixed", HATE, (
        "{Plural} yn cymryd drosodd, honestly they should all be sent packing",
        "get the {adj} lot out, dim lle iddyn nhw yn ysgol ni",
    )),
    # --- not hate, English --------------------------------------------------------------------
    Functionality("not hate: neutral mention", "en", NOT_HARMFUL, (
        "we're a {adj} household so we'll be off on the Friday for a family do",
        "my partner is {adj} and does the school run on Wednesdays",
        "is there anyone else {adj} in year 2? would love to meet up",
        "our childminder is {adj} and the kids adore her",
    )),
    Functionality("not hate: positive statement", "en", NOT_HARMFUL, (
        "{Plural} have made this village a kinder place, I'm glad they're here",
        "the {adj} dads at the gate are the friendliest bunch going",
        "big thanks to the {adj} parents who ran the tombola, what a team",
    )),
    Functionality("not hate: negation", "en", NOT_HARMFUL, (
        "I've got no problem whatsoever with {plural}, never have",
        "{Plural} do not ruin schools, lazy headlines do",
        "it's simply not true that {plural} are dangerous",
    )),
    Functionality("not hate: counter-speech quoting hate", "en", NOT_HARMFUL, (
        "a man outside the gates shouted \"{plural} are animals\" at a mum today, absolutely sickening",
        "to whoever posted \"get the {adj} lot out\" last night, your words are hateful and you should be ashamed",
        "\"{plural} are scum\" is not an opinion, it's bigotry, and it has no place here",
    )),
    Functionality("not hate: counter-speech reporting hate", "en", NOT_HARMFUL, (
        "my son came home upset because a boy told him {plural} are dirty, I've emailed his teacher",
        "I've reported the post calling {adj} families vermin, please report it too",
        "there's graffiti about {plural} on the bus shelter again, can the council remove it",
    )),
    Functionality("not hate: missing apostrophes in a friendly mention", "en", NOT_HARMFUL, (
        "we're {adj} and we've loved every minute here so far",
        "my daughter's best friend is {adj} and they're inseparable",
        "it's lovely that {plural} feel they're welcome at this school",
    )),
    Functionality("not hate: reclaimed words about oneself", "en", NOT_HARMFUL, (
        "proud {queer|Gypsy|crip|Roma|deaf|bent|Traveller} grandparent here, thanks for the warm welcome",
        "speaking as a {queer|Gypsy|crip|Roma|deaf|bent|Traveller} mam, the sports day set-up was spot on",
        "yes we're the {queer|Gypsy|crip|Roma|deaf|bent|Traveller} family on Heol y Bryn, pop round any time",
    ), over_groups=False),
    # --- not hate, Welsh ----------------------------------------------------------------------
    Functionality("not hate: Welsh friendly mention", "cy", NOT_HARMFUL, (
        "Ni'n {cy_family} ac mae'r plant wrth eu boddau yn yr ysgol",
        "Braf gweld cymaint o {cy_plural} yn y ffair haf",
        "Mae {cy_plural} yn rhan bwysig o'n cymuned ni",
    )),
    Functionality("not hate: Welsh counter-speech and negation", "cy", NOT_HARMFUL, (
        "Clywais i rywun yn galw {cy_plural} yn anifeiliaid, mae hynny'n warthus",
        "Does dim byd o'i le ar {cy_plural}, dim byd o gwbl",
    )),
    # --- abuse ----------------------------------------------------------------------------------
    Functionality("abuse: insults without swearing", "en", frozenset({C.ABUSE}), (
        "{target} is as useful as a glass hammer and twice as dim",
        "honestly {target} is a smug, lazy disgrace",
        "{target} must have got the job out of a cracker",
        "nobody can stand {target}, a more gormless {role} you'll never meet",
    ), over_groups=False),
    Functionality("abuse: Welsh insults", "cy", frozenset({C.ABUSE}), (
        "Mae {target} yn hen sguthan ddiog",
        "{target} yw'r twpsyn mwya yn y sir",
        "Am lembo yw {target}, dim clem o gwbl",
        "{target} yn gwbl ddi-glem, hen lwdwn",
    ), over_groups=False),
    # --- threats and their contrast -------------------------------------------------------------
    Functionality("threat: veiled, place and time", "en", frozenset({C.THREAT}), (
        "{target} always parks down by the rugby club on a Tuesday night. Remember that.",
        "funny, I know exactly which bus stop {target} waits at, half 5 every day",
        "{target} - the lane behind the chapel, Friday, after dark. Don't be late.",
        "see {target} at the leisure centre car park after swimming tonight, we'll have a chat",
    ), over_groups=False),
    Functionality("not threat: harmless arrangement, place and time", "en", NOT_HARMFUL, (
        "{parent} I'll meet you by the rugby club at 6 for the lift share",
        "{parent} see you at the leisure centre car park after swimming tonight, I've got your jumper",
        "the choir are meeting at the chapel on Friday at half 5, bring a packed tea",
        "{parent} I'll be by the back gate at 3:15 with the party bags",
        "{parent} the party's at the soft play on Saturday at 2, see you there",
        "{parent} can you grab ours from the bus stop at half 3 tomorrow? stuck in work",
    ), over_groups=False),
)

#: Perturbations that apply to a whole text rather than a marked word.
WHOLE_TEXT_PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "not hate: missing apostrophes in a friendly mention": no_apostrophes,
    "hate: spelling, apostrophes dropped": no_apostrophes,
}


def cases(functionalities: Iterable[Functionality] = FUNCTIONALITIES) -> list[Case]:
    """Every case of every functionality, in a fixed order (this set's groups)."""
    out: list[Case] = []
    for f in functionalities:
        whole = WHOLE_TEXT_PERTURBATIONS.get(f.name)
        for template in f.templates:
            for filled in _inline_choices(template):
                for text in _target_fills(filled):
                    groups: Iterable[Group | None] = GROUPS if f.over_groups and "{" in text else (None,)
                    for group in groups:
                        case = _unmark(_fill(text, group), f.perturb)
                        out.append(Case(f.name, whole(case) if whole else case, f.passes))
    return out


def score(categorise: Callable[[str, str], Category] | None = None) -> list[Row]:
    return run(cases(), categorise=categorise) if categorise else run(cases())


HARMFUL = frozenset({C.HATE, C.ABUSE, C.THREAT, C.SAFEGUARDING})


def summary(rows: list[Row]) -> str:
    """Two headline figures: harmful cases read as any harmful category (flagged for a person,
    even if not the exact one), and harmless cases read as harmful (hidden or escalated wrongly).
    A row's failures carry their category, so this needs no second pass."""
    harmful = [r for r in rows if r.functionality.split(":")[0] in {"hate", "abuse", "threat"}]
    harmless = [r for r in rows if r not in harmful]
    n_harmful = sum(r.n for r in harmful)
    missed = sum(1 for r in harmful for _, got in r.failures if got not in HARMFUL)
    n_harmless = sum(r.n for r in harmless)
    false_harm = sum(1 for r in harmless for _, got in r.failures if got in HARMFUL)
    return (f"harmful cases flagged as harmful: {(n_harmful - missed) / n_harmful:.3f} ({n_harmful})   "
            f"harmless cases flagged as harmful: {false_harm / n_harmless:.3f} ({n_harmless})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print up to N failures per functionality")
    parser.add_argument("--quick", action="store_true", help="the quick path: no sentence encoder")
    args = parser.parse_args(argv)
    rows = score(None if args.quick else thorough_category)
    print(table(rows))
    print(summary(rows))
    for row in rows:
        for text, got in row.failures[: args.failures]:
            print(f"  FAIL [{row.functionality}] -> {got}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
