"""Identity-term debiasing: neutral and friendly mentions of every protected group (Dixon et al. 2018).

Dixon, Li, Sorensen, Thain, Vasserman. *Measuring and Mitigating Unintended Bias in Text
Classification.* AIES 2018. A classifier trained on data where a group word mostly appears in
hateful comments learns the word itself as evidence of hate; the remedy is to add harmless
comments that mention each identity term until, for that term, harmless mentions are at least as
common as hateful ones. Then the group word carries no weight of its own and the predicate decides.

:func:`rows` counts, for every term below, the training comments that mention it by category,
and adds template comments (English and Welsh; everyday chat, thanks and practical questions)
until each term's harmless mentions reach its hateful ones (at least :data:`MINIMUM` per term,
at most :data:`MAXIMUM`). Its own random stream keeps every other generated comment as it was.
Written for safepost; the held-out test tables are not read here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

from training.triage.grammar import augment, expand

#: Every protected group, English: (adjective, plural of people). Faith, ethnicity, nationality,
#: sexuality, disability and gender identity.
ENGLISH_TERMS: tuple[tuple[str, str], ...] = (
    # faith
    ("Muslim", "Muslims"), ("Jewish", "Jews"), ("Sikh", "Sikhs"), ("Hindu", "Hindus"), ("Catholic", "Catholics"),
    ("Christian", "Christians"), ("Buddhist", "Buddhists"), ("religious", "religious people"),
    # ethnicity
    ("black", "black people"), ("Asian", "Asians"), ("mixed-race", "mixed-race people"), ("white", "white people"),
    ("Arab", "Arabs"), ("Gypsy", "Gypsies"), ("Traveller", "Travellers"), ("Roma", "Roma people"),
    ("Chinese", "Chinese people"), ("African", "Africans"), ("Caribbean", "Caribbean people"),
    # nationality and migration
    ("Polish", "Poles"), ("Romanian", "Romanians"), ("Nigerian", "Nigerians"), ("Somali", "Somalis"),
    ("Syrian", "Syrians"), ("Afghan", "Afghans"), ("Ukrainian", "Ukrainians"), ("Pakistani", "Pakistanis"),
    ("Bangladeshi", "Bangladeshis"), ("Irish", "Irish people"), ("Scottish", "Scots"), ("English", "English people"),
    ("Welsh-speaking", "Welsh speakers"), ("Eastern European", "Eastern Europeans"), ("Indian", "Indians"),
    ("Kurdish", "Kurds"), ("Lithuanian", "Lithuanians"), ("Bulgarian", "Bulgarians"), ("Albanian", "Albanians"),
    ("Turkish", "Turks"), ("Portuguese", "Portuguese people"), ("foreign", "foreigners"),
    ("immigrant", "immigrants"), ("refugee", "refugees"), ("asylum-seeking", "asylum seekers"),
    ("migrant", "migrants"),
    # sexuality
    ("gay", "gay people"), ("lesbian", "lesbians"), ("bisexual", "bisexual people"), ("LGBT", "LGBT people"),
    ("queer", "queer people"), ("same-sex", "same-sex couples"),
    # disability
    ("disabled", "disabled people"), ("autistic", "autistic people"), ("deaf", "deaf people"),
    ("blind", "blind people"), ("dyslexic", "dyslexic kids"), ("SEN", "SEN kids"),
    ("wheelchair-using", "wheelchair users"),
    # gender identity
    ("trans", "trans people"), ("non-binary", "non-binary people"), ("transgender", "transgender people"),
)

#: The same groups in Welsh: (adjective after a masculine plural such as "teuluoedd", plural of people).
WELSH_TERMS: tuple[tuple[str, str], ...] = (
    ("Mwslimaidd", "Mwslemiaid"), ("Iddewig", "Iddewon"), ("Sicaidd", "Siciaid"), ("Hindŵaidd", "Hindwiaid"),
    ("Catholig", "Catholigion"), ("Cristnogol", "Cristnogion"),
    ("du", "pobl ddu"), ("Asiaidd", "pobl Asiaidd"), ("hil gymysg", "pobl hil gymysg"),
    ("Sipsi", "Sipsiwn"), ("Teithiol", "Teithwyr"),
    ("Pwylaidd", "Pwyliaid"), ("Rwmanaidd", "Rwmaniaid"), ("Nigeraidd", "Nigeriaid"), ("Somalïaidd", "Somaliaid"),
    ("Syriaidd", "pobl o Syria"), ("Wcreinaidd", "pobl o Wcráin"), ("Gwyddelig", "Gwyddelod"),
    ("Saesneg eu hiaith", "Saeson"), ("o dramor", "pobl o dramor"), ("mewnfudol", "mewnfudwyr"),
    ("sy'n ffoaduriaid", "ffoaduriaid"), ("sy'n ceisio lloches", "ceiswyr lloches"),
    ("hoyw", "pobl hoyw"), ("lesbiaidd", "lesbiaid"), ("deurywiol", "pobl ddeurywiol"),
    ("anabl", "pobl anabl"), ("awtistig", "pobl awtistig"), ("byddar", "pobl fyddar"), ("dall", "pobl ddall"),
    ("traws", "pobl draws"), ("anneuaidd", "pobl anneuaidd"),
)

#: Harmless template comments, by category. ``{adj}`` and ``{grp}`` are the term; the other slots
#: are the grammar's (``training/triage/grammar.py``).
ENGLISH_TEMPLATES: Mapping[str, Sequence[str]] = {
    "other": [
        "{my|our} new neighbours are {adj}{, they moved in last week|, lovely couple|}",
        "{mykid}'s {best friend|new friend|partner in the play} is {adj}{ and they're inseparable|}",
        "{we're|i'm|we are} {adj} {and|so} {we'll|i'll} {see you|be} at {event}{ x|}",
        "there {are|were} {a few|some|lots of} {adj} {families|parents|kids} at {event}{ last year|}",
        "{mykid} {was|has been} learning about {grp} in {RE|history|topic|assembly} {this week|today}",
        "{i|my husband|my wife|my mam} {work|works} with {loads of|a lot of|some} {grp}{, good bunch|}",
        "{grp} {have lived|have been} in {this town|our street|the village} for {years|generations|decades}",
        "the {adj} {club|group|society|choir} {meets|is meeting} in the hall {on thursday|after school|next week}",
        "{my|our} {childminder|dentist|GP|driving instructor|kids' swimming teacher} is {adj}",
        "{i grew up|we grew up} with {adj} {neighbours|friends|cousins} {back home|in Cardiff|in Swansea|up north}",
        "{grp} {celebrate|mark|remember} {it|that day|this week} {differently|too|as well}, {mykid} told me all about it",
        "{half|some|a few} of {yeargroup} {are|have} {adj} {friends|cousins|grandparents}{, it's normal here|}",
        # the plain statement shape hate also takes ("<group> are ..."), with a predicate that is no claim
        "{grp} are {just people|people like anyone else|our neighbours|part of every community|parents like the rest of us}{, that's all|}",
        "{i'm|i am|we're|we are} {adj}{, for anyone wondering| btw|, hi all|}",
        "{mykid} is {adj}{ and in {yeargroup}| too|}",
    ],
    "praise": [
        "{lovely|so nice|brilliant} to see {adj} {families|parents|grandparents} at {event} {emojipos}",
        "thank you for the {assembly|lesson|book week display} about {grp}{, mykid loved it| emojipos|}",
        "{the|our} {adj} {parents|families|mums and dads} {did|made} {an amazing|a lovely|a brilliant} {stall|job|spread} at {event} {emojipos}",
        "{mykid} {loved|really enjoyed} {meeting|hearing from} {the|a} {adj} {visitor|author|speaker} {today|this week} {emojipos}",
    ],
    "question": [
        "{is there|will there be} {anything|a group|a stall|a space} for {adj} {families|parents|kids} at {event}?",
        "{do|would} any {adj} {parents|families} {want|like} to {share the school run|join the PTA|help at the fair}?",
        "{are|can} {grp} {welcome to|able to|invited to} {join the PTA|come to the coffee morning|help at {event}}?",
        "{is|will} {the|a} {adj} {visitor|speaker|author} {coming|in} {again|next term|for book week}?",
        "{where|when} {do|does} the {adj} {group|club|society} meet{ please|, anyone know}?",
        "does anyone know {a|an} {adj} {shop|church|group|club|childminder} near the school?",
    ],
}

WELSH_TEMPLATES: Mapping[str, Sequence[str]] = {
    "other": [
        "Mae {'n cymdogion newydd ni|ein cymdogion newydd} yn {adj_cy}{, symudon nhw i mewn wythnos diwetha|}",
        "Mae ffrind gorau {cykid} yn {adj_cy}{ ac maen nhw'n ffrindiau mawr|}",
        "Mae {grp_cy} yn {bobl fel pawb arall|rhan o'r gymuned|gymdogion i ni}{, dyna i gyd|}",
        "Mae {grp_cy} wedi byw yn {y dre|y pentre|ein stryd ni} ers {blynyddoedd|cenedlaethau}",
        "Roedd {cykid} yn dysgu am {grp_cy} yn {y wers|y gwasanaeth|addysg grefyddol} {heddiw|yr wythnos hon}",
        "Mae'r {clwb|grŵp|côr} {adj_cy} yn cwrdd yn y neuadd {ddydd Iau|ar ôl ysgol|wythnos nesa}",
        "Dw i'n gweithio gyda {grp_cy}{, criw da|, maen nhw'n grêt|}",
        "{my|our} {neighbours|friends} are {adj}, {maen nhw'n hyfryd|lyfli|dyn ni'n cael paned bob wythnos}",
    ],
    "praise": [
        "Diolch am y {gwasanaeth|wers} am {grp_cy}{, roedd {cykid} wrth ei fodd| emojipos|}",
        "Braf gweld teuluoedd {adj_cy} yn y {ffair|cyngerdd|eisteddfod} {emojipos}",
    ],
    "question": [
        "Oes {grŵp|rhywbeth|stondin} i deuluoedd {adj_cy} yn {y ffair|y noson rieni|yr eisteddfod}?",
        "Ydy {grp_cy} yn cael {ymuno â'r PTA|dod i'r bore coffi|helpu yn y ffair}?",
        "Pryd mae'r grŵp {adj_cy} yn cwrdd{, unrhyw un yn gwybod|}?",
    ],
}

#: Harmless mentions added per term: at least (so every group is covered), at most (so no term swamps).
MINIMUM, MAXIMUM = 12, 60
HARMFUL = frozenset({"hate", "abuse", "threat"})


def _term_pattern(adj: str, plural: str) -> re.Pattern[str]:
    words = sorted({adj.lower(), plural.lower()}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def counts(data: Mapping[str, Sequence[Mapping[str, str]]], adj: str, plural: str) -> tuple[int, int]:
    """How many harmful and harmless training comments mention the term."""
    pattern = _term_pattern(adj, plural)
    harmful = harmless = 0
    for category, rows in data.items():
        hits = sum(1 for r in rows if pattern.search(r["text"].lower()))
        if category in HARMFUL:
            harmful += hits
        else:
            harmless += hits
    return harmful, harmless


def _fill(template: str, adj: str, plural: str, rng: random.Random) -> str:
    text = template.replace("{adj_cy}", adj).replace("{grp_cy}", plural)
    return expand(text.replace("{adj}", adj).replace("{grp}", plural), rng)


def rows(data: Mapping[str, Sequence[Mapping[str, str]]], seed: int) -> dict[str, list[dict[str, str]]]:
    """The harmless mentions that balance every identity term, by category (see the module doc)."""
    rng = random.Random(f"{seed}-identity")
    out: dict[str, list[dict[str, str]]] = {c: [] for c in ENGLISH_TEMPLATES}
    seen = {r["text"].lower() for rs in data.values() for r in rs}
    english = [(category, t) for category, ts in ENGLISH_TEMPLATES.items() for t in ts]
    welsh = [(category, t) for category, ts in WELSH_TEMPLATES.items() for t in ts]
    pairs = [(a, p, False) for a, p in ENGLISH_TERMS] + [(a, p, True) for a, p in WELSH_TERMS]
    for adj, plural, is_welsh in pairs:
        harmful, harmless = counts(data, adj, plural)
        wanted = min(MAXIMUM, max(MINIMUM, harmful - harmless))
        added = tries = 0
        while added < wanted and tries < wanted * 10:
            tries += 1
            category, template = rng.choice(welsh if is_welsh else english)
            text = augment(_fill(template, adj, plural, rng), rng)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            out[category].append({"text": text, "author_role": "parent", "category": category, "source": "identity"})
            added += 1
    return out
