"""Group mentions in triage, family by family: `python bench/identity_probe.py [--quick] [--show]`.

Sentences written for this probe (branch s11-triage), crossed with protected groups in English and
Welsh: neutral mentions, claims about a group denied, hate that carries a "not", plain hate, and
neutral *frames* that the hate in the training data also uses ("<group> are a minority in this
country", "we need more <group> teachers"). Prints each family's pass rate on the quick path and
(unless ``--quick``) the thorough one, and for the harmless families how many comments the n-gram
model alone and the sentence encoder alone would call hate (p(hate) >= 0.45): which of the two
causes a false flag. A development probe: tune on it freely; it judges nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine.triage.categories import HARMFUL, Category
from safepost.engine.triage.classifier import _model, classify, encoder_opinion
from safepost.engine.triage.normalise import prepare

ENGLISH = (
    ("Muslim", "Muslims"), ("Jewish", "Jews"), ("Sikh", "Sikhs"), ("black", "black people"), ("gay", "gay people"),
    ("trans", "trans people"), ("disabled", "disabled people"), ("Polish", "Polish people"), ("Gypsy", "Gypsies"),
    ("refugee", "refugees"), ("immigrant", "immigrants"), ("lesbian", "lesbians"), ("autistic", "autistic people"),
    ("Romanian", "Romanians"), ("Asian", "Asians"), ("Traveller", "Travellers"),
)
WELSH = (
    ("Mwslimaidd", "Mwslemiaid"), ("hoyw", "pobl hoyw"), ("anabl", "pobl anabl"), ("du", "pobl ddu"),
    ("traws", "pobl draws"), ("Pwylaidd", "Pwyliaid"), ("Iddewig", "Iddewon"), ("Sipsi", "Sipsiwn"),
)
#: family -> (hateful, English templates, Welsh templates)
FAMILIES: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    "neutral mention": (False, (
        "I am {adj}.", "My brother-in-law is {adj}.", "There are {grp} living on our road.",
        "{grp} come from all walks of life.", "We are {adj} and our twins start in September.",
        "Plenty of {grp} pick up from this gate.", "My best mate at uni was {adj}.",
        "The history club looked at how {grp} came to Wales.", "I know a lot of {grp} through work.",
        "Being {adj} is just one part of who she is.", "Our new lodger is {adj}, she starts at the hospital on Monday.",
        "Lots of {grp} live in Cardiff.", "{grp} often face discrimination.", "How many {grp} live in Wales?",
        "{grp} vote in elections like everyone else.", "Two of the governors are {adj}.",
    ), (
        "Dw i'n {adj}.", "Mae llawer o {grp} yn byw yn y dre.", "Mae fy nghymydog yn {adj}.",
        "Roedd y wers am hanes {grp} yng Nghymru.",
    )),
    "neutral frame": (False, (
        "{grp} are a minority in this country.", "{grp} have their own traditions and holidays.",
        "Most {grp} I know are teachers or nurses.", "She is a {adj} woman who runs the chess club.",
        "{grp} are mentioned in the new RE syllabus.", "I think {grp} should be free to live how they like.",
        "We need more {adj} teachers.", "{grp} are just like you and me.",
    ), ()),
    "denied claim": (False, (
        "I don't think {grp} are dangerous.", "{grp} are not criminals.", "No one here thinks {grp} are lazy.",
        "It's wrong to say {grp} are dirty.", "I would never say {grp} are a problem.", "I don't hate {grp}.",
        "{grp} aren't a threat to anyone.", "There is nothing wrong with being {adj}.",
        "{grp} are never the reason schools struggle.", "I don't believe {grp} are any worse than the rest of us.",
        "Nobody should treat {grp} as second class.", "{grp} do not deserve the abuse they get online.",
    ), (
        "Dydy {grp} ddim yn beryglus.", "Nid yw {grp} yn droseddwyr.", "Does dim byd o'i le ar fod yn {adj}.",
        "Dw i ddim yn meddwl bod {grp} yn ddiog.",
    )),
    "hate with a not": (True, (
        "{grp} are not welcome in this school.", "I don't want {grp} anywhere near my kids.", "{grp} are not real people.",
        "{grp} can never be trusted.", "Nobody wants {grp} round here.", "{grp} should not be allowed to teach children.",
        "I don't think {grp} belong in our village.", "{grp} will never be one of us.",
    ), (
        "Does dim croeso i {grp} yma.", "Dydy {grp} ddim yn perthyn yma.",
    )),
    "plain hate": (True, (
        "{grp} are vermin.", "{grp} are dirty thieves.", "I hate {grp}.", "{grp} should go back where they came from.",
        "{grp} are a disease on this town.", "Keep {grp} away from our children.", "{grp} are all scroungers.",
    ), (
        "Mae {grp} yn bla.", "Ewch adre, {grp}.",
    )),
}
#: p(hate) at which one model alone would lean to hate (classifier.HARM_PROBABILITY's hate floor).
LEANS_TO_HATE = 0.45


def sentences(templates: tuple[str, ...], groups: tuple[tuple[str, str], ...]) -> list[str]:
    out = []
    for template, (adjective, plural) in itertools.product(templates, groups):
        text = template.replace("{adj}", adjective).replace("{grp}", plural)
        out.append(text[0].upper() + text[1:])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the quick path only (no sentence encoder)")
    parser.add_argument("--show", action="store_true", help="list every failure")
    args = parser.parse_args()
    model = _model()
    assert model is not None, "the triage model is not installed"
    for family, (hateful, english, welsh) in FAMILIES.items():
        texts = sentences(english, ENGLISH) + sentences(welsh, WELSH)
        quick_pass = thorough_pass = ngram_hate = encoder_hate = 0
        for text in texts:
            quick = classify(text, "parent").category
            opinion = None if args.quick else encoder_opinion(text)
            thorough = quick if opinion is None else classify(text, "parent", second_opinion=opinion[0],
                                                              second_weight=opinion[1]).category
            passes = [(c is Category.HATE) if hateful else (c not in HARMFUL) for c in (quick, thorough)]
            quick_pass += passes[0]
            thorough_pass += passes[1]
            ngram_hate += model.probabilities(prepare(text), "parent")[Category.HATE] >= LEANS_TO_HATE
            encoder_hate += opinion is not None and opinion[0][Category.HATE] >= LEANS_TO_HATE
            if args.show and not all(passes):
                print(f"    {family}: quick {quick}, thorough {thorough}: {text}")
        line = f"{family:16s} n={len(texts):3d}  quick {quick_pass / len(texts):.2f}"
        if not args.quick:
            line += f"  thorough {thorough_pass / len(texts):.2f}"
        if not hateful:
            line += f"  | p(hate) >= {LEANS_TO_HATE}: n-gram {ngram_hate}" + ("" if args.quick else f", encoder {encoder_hate}")
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
