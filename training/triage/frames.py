"""Frame-balanced contrasts: harmless comments in hate's own shapes, paired with hate in the same shapes.

Written by hand for safepost (issue 11, twelfth session). Both triage models read frames such as
"<group> are a minority in this country", "we need more <group> teachers" or "I think <group>
should be free to ..." as hate for every group: the frame words ("this country", "more", "should",
"are a", "why do", "not") came almost only in hateful training comments, so they carried the
label, and neither a group-word placeholder nor a counterfactual swap could reach them (docs/
quality.md, "Eleventh session"). The identity balance (:mod:`training.triage.identity`) did for
group words what this module does for frames: every frame below has a harmless side (a statement
of fact, a minority or a majority, a wish for more of a group, a good-faith question, an opinion
that is kind, hate denied) and a hateful side in the same words with a hostile predicate, so the
frame carries no label of its own and the predicate decides.

Each frame is a pair of template lists, crossed with every protected group of the identity
balance (English and Welsh names), in English, Welsh and mixed (at least a third Welsh or mixed:
a test checks). The rows come after every other generated comment with their own random stream,
so every other training comment stays as it was. Written for safepost: no sentence of any bench
set, sealed school, development probe or held-out functional suite is copied or paraphrased here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from training.triage.grammar import augment, expand, obfuscate
from training.triage.identity import ENGLISH_TERMS, WELSH_TERMS

#: A frame: its name, the harmless category, the harmless templates and the hateful templates.
#: ``{adj}``/``{grp}`` are an English group's adjective and plural, ``{adj_cy}``/``{grp_cy}`` a Welsh one's;
#: the other slots are the grammar's (``training/triage/grammar.py``).
Frame = tuple[str, str, Sequence[str], Sequence[str]]

ENGLISH_FRAMES: tuple[Frame, ...] = (
    ("minority", "other", [
        "{grp} are {a minority|only a small minority|a tiny minority|still a minority} in this country{, most people don't realise|, always have been|}",
        "{grp} make up {about|maybe|less than} {2|3|5|one in twenty} percent of {this country|the UK|the population}{ apparently|, we looked it up for homework|}",
        "in this country {grp} are {a minority|outnumbered|few and far between} so {it's nice|it matters} that the school {marks it|does the assembly}",
        "there {are|aren't} {many|a lot of|that many} {grp} {in this town|in the village|round here}{, {mykid} is one of three in the school|}",
        "{grp} have been in this country for {generations|hundreds of years|a very long time}{, {mykid} did a project on it|}",
        "{adj} families are {a minority|the majority} in {yeargroup} this year{, which is just how it is|}",
    ], [
        "{grp} are {a plague on|a drain on|a cancer in|ruining|taking over} this country{ and nobody says anything|, wake up|}",
        "there are {far too many|way too many|too many} {grp} {in this town|in this country|round here} now{, it's not ours anymore|}",
        "{grp} have been in this country {too long|long enough}{, time they went|, send them back|}",
        "{grp} {breed like rabbits|outbreed us} and {soon|in ten years} they'll be the majority in this country",
        "{adj} families are {taking over|swamping|overrunning} {yeargroup}{, our kids are the minority now|}",
    ]),
    ("more", "other", [
        "we need more {adj} {teachers|governors|dinner staff|role models|volunteers} {in schools|round here|at this school}{ honestly|}",
        "{it would be good|it'd be nice} to have more {adj} {books|stories|authors} in the library",
        "{would love|we'd love} to see more {adj} families {at the PTA|at {event}|getting involved}",
        "more {grp} {should|could} {apply|stand} for the governors{, the school needs a mix|}",
    ], [
        "we {need fewer|don't need any more|need less} {grp} {in schools|round here|at this school}{, simple as|}",
        "no more {grp}{ please|, we're full|, enough is enough}",
        "{the last thing|the last thing we need} is more {adj} {teachers|families|kids} {at this school|in this town}",
        "more {grp} {means|will mean} more {crime|trouble|problems} {round here|for our kids}{, facts|}",
    ]),
    ("should", "other", [
        "i think {grp} should be free to {live how they like|practise their faith|be themselves} like {anyone else|the rest of us}",
        "{grp} should {feel safe|be able to join in|have the same chances} at school{, that's all i'm saying|}",
        "{i think|my view is} {adj} kids should {get to|be able to} {wear what they like|bring their own food} {on the trip|for {event}}",
        "in my opinion {grp} should {be asked|be on the panel} when the school plans {it|{event}}",
    ], [
        "i think {grp} should {be sent back|go back where they came from|be kept out of schools|not be allowed near kids}",
        "{grp} should {stay in their own country|keep to their own|not be allowed to teach}{, sorry but true|}",
        "in my opinion {grp} should {never have been let in|be banned from teaching|go home}",
        "{adj} kids should {be in a separate class|go to their own schools|be kept away from ours}",
    ]),
    ("most", "other", [
        "most {grp} {i know|round here|in our street} are {nurses|teachers|shop owners|taxi drivers|just busy parents}{ to be fair|}",
        "{all the|the} {grp} {i know|i've met|at my work} are {lovely|really kind|hard workers|great with kids}",
        "{grp} {are|tend to be} {really into|big on} {family|food|football|music}{, {mykid} says|, fair play|}",
    ], [
        "most {grp} {i know|round here|you meet} are {on benefits|criminals|scroungers|liars|thieves}{, just saying|}",
        "{grp} are {all|always} {dirty|lazy|thieves|on the take|the same}{, everyone knows it|}",
        "{grp} are {a menace|a danger to our kids|vermin|animals|parasites}",
    ]),
    ("question", "question", [
        "why do {grp} {celebrate|mark} {it|this|that day} {in the autumn|in spring|differently}? {mykid} asked and i didn't know",
        "{genuine question|honest question|sorry if this is a silly question}, {do|can} {adj} {children|kids} {eat the school dinners|join in with the carols|take part in {event}}?",
        "is it {ok|right|polite} to say {grp} or is there a better word{? want to explain it to {mykid} properly|?}",
        "what do {grp} {do|eat|wear} for {their new year|their festival|the holy day}? {mykid} wants to know for the project",
        "are {grp} {allowed|able} to {do swimming|do the sleepover|eat the sweets} or should we {ask|check} first?",
    ], [
        "why do {grp} {always|all} {play the victim|stick together|take over|cause trouble|get special treatment}?",
        "{genuine question|honest question|just asking}, why {are|do} {grp} {always so|always} {loud|rude|dirty|on benefits|ungrateful}?",
        "why {is it|do} {grp} {always get|always} {everything handed to them|the houses first}? just asking",
        "are {grp} {even|ever} going to {fit in|learn the language|pay their way}? {asking for a friend|serious question}",
    ]),
    ("opinion", "other", [
        "personally i think {grp} {should be invited to help plan|bring a lot to|make} {the history project|{event}|this town}{, just my opinion|}",
        "{no offence meant|not being funny} but the {adj} {stall|food|dancing} was the best bit of {event}",
        "just my opinion but {adj} {parents|families} {do a lot|put in more than their share} for the PTA",
        "{in my honest opinion|honestly} {adj} {teachers|staff} {are|have been} {great|brilliant} for {mykid}",
    ], [
        "personally i think {grp} shouldn't be {teaching our kids|adopting|doing the talks in assembly|anywhere near the changing rooms}{, just saying what everyone thinks|}",
        "{no offence|not being funny|i'm not being nasty} but {grp} {don't have the brains for|can't cope with|drag down} {the top sets|proper lessons|the reading scores}",
        "just my opinion but {grp} are {too confused|not fit|not normal enough} to be {role models|around kids|teachers}",
        "{in my honest opinion|honestly} being {gay|trans|bi|non-binary|lesbian|queer} is {a mental illness|made up|unnatural|a phase} and {schools|teachers} {are pushing it|shouldn't spread it}",
        "funny how {adj} families always {get the free stuff|get the houses|jump the queue}, wonder who's paying for that",
        "{grp} {in our school|in the village|at the fair}? no thanks{, not round here|}",
        "{lock your cars|keep an eye on your bikes|lock everything}{,|} the {Travellers|Gypsies|gyppos|travelling lot|Roma} are {back|about|parked up} again",
    ]),
    ("negated", "other", [
        "{i'd|i would} never call {grp} {scroungers|a burden|lazy|a problem}{, that's not how we talk in our house|}",
        "{grp} are not {a burden|a threat|a problem|taking anything} {from anyone|in this country|round here}",
        "{nobody|no one} {here|in this class} thinks {adj} kids {hold anyone back|are trouble|are a problem}",
        "it's not true that {grp} {get everything free|are all the same|take the houses}{, my cousin works in housing|}",
        "{grp} don't {take|steal} {our|anyone's} {jobs|houses|places}{, that's a myth|, they fill the gaps|}",
        "{nobody|no one} should {say|post|claim} that {grp} are {a plague|taking over|dangerous}{, it's vile|, shame on them|}",
        "saying {grp} are {lazy|dirty|a burden|all the same} is {racist rubbish|a lie|just wrong}{, full stop|}",
        "i don't think {grp} are {any different|a problem|to blame} at all{, they're just families|}",
    ], [
        "{grp} are not {welcome|wanted|one of us} {here|in this school|in this country}{, never will be|}",
        "{grp} don't belong {here|in this country|in our schools}{, sorry|}",
        "i'm not racist but {grp} {are ruining|have ruined|are taking over} {this town|the school|this country}",
        "{grp} will never be {British|one of us|proper citizens}{, doesn't matter how long they stay|}",
        "{grp} {don't deserve|should not get} {a penny|the same rights|a place here}",
    ]),
)

WELSH_FRAMES: tuple[Frame, ...] = (
    ("friendly", "praise", [
        "Mae {grp_cy} yn rhan bwysig o'r gymuned{, diolch am y gwasanaeth| {emojipos}|}",
        "Croeso mawr i'r teuluoedd {adj_cy}{ newydd|} {emojipos}",
        "Braf gweld {grp_cy} yn {y ffair|yr eisteddfod|y cyngerdd}{ eleni|} {emojipos}",
    ], [
        "Croeso i {grp_cy}? {Dim diolch|Byth}{, ewch adre|}",
        "Dyw {grp_cy} ddim yn rhan o'r gymuned{ a fyddan nhw byth|}",
    ]),
    ("minority", "other", [
        "Mae {grp_cy} yn lleiafrif {bach|} yn y wlad {hon|yma}{, dyna'r gwir|, ers erioed|}",
        "Does dim llawer o {grp_cy} yn {y dre|y pentre|yr ardal} 'ma{, mae {cykid} yn un o dri yn yr ysgol|}",
        "Mae {grp_cy} wedi byw yn y wlad {hon|yma} ers {cenedlaethau|canrifoedd}{, roedd {cykid} yn dysgu am hyn|}",
        "{grp_cy} are a minority {yn y wlad hon|yng Nghymru}{, felly diolch am y gwasanaeth|}",
    ], [
        "Mae gormod o {grp_cy} yn {y dre|y wlad|yr ardal} 'ma{, dyw hi ddim yn wlad i ni mwyach|}",
        "Mae {grp_cy} yn bla ar y wlad {hon|yma}{, deffrwch|}",
        "Mae {grp_cy} yn cymryd drosodd {y wlad|y dre|yr ysgol}{, a does neb yn dweud dim|}",
        "too many {grp_cy} {yn y dre 'ma|yn yr ysgol}, {ewch adre|dydyn nhw ddim yn perthyn}",
    ]),
    ("more", "other", [
        "Mae angen mwy o athrawon {adj_cy} {yn ein hysgolion|yma}{ a dweud y gwir|}",
        "Byddai'n braf gweld mwy o deuluoedd {adj_cy} yn {y ffair|y PTA|yr eisteddfod}",
        "we need more {adj_cy} {teachers|role models} {yn yr ysgol|yng Nghymru}",
    ], [
        "Does dim angen mwy o {grp_cy} {yma|yn yr ysgol}{, digon yw digon|}",
        "Dim mwy o {grp_cy}{, plîs|, mae'r wlad yn llawn}",
        "no more {grp_cy} {yn yr ysgol|yn y pentre}{, digon yw digon|}",
    ]),
    ("should", "other", [
        "Dw i'n meddwl y dylai {grp_cy} fod yn rhydd i fyw fel maen nhw eisiau",
        "Dylai {grp_cy} deimlo'n saff yn yr ysgol{, dyna i gyd|}",
        "yn fy marn i {grp_cy} should {feel safe|be able to join in} fel pawb arall",
    ], [
        "Dw i'n meddwl y dylai {grp_cy} fynd yn ôl {adre|i'w gwlad eu hunain}",
        "Ddylai {grp_cy} ddim cael bod yn agos at ein plant{, sori ond dyna fe|}",
        "yn fy marn i {grp_cy} should {go home|be kept out of schools}",
    ]),
    ("most", "other", [
        "Mae'r rhan fwya o'r {grp_cy} dw i'n nabod yn {nyrsys|athrawon|bobl glên iawn}",
        "Mae {grp_cy} {yn y stryd|yn y gwaith} yn {glên|garedig|hyfryd} iawn{ chwarae teg|}",
    ], [
        "Mae'r rhan fwya o {grp_cy} yn {ddiog|lladron|byw ar fudd-daliadau}{, jyst deud|}",
        "Mae {grp_cy} i gyd yr un fath, {lladron|diog|budr}",
        "Mae {grp_cy} yn {barasitiaid|anifeiliaid|beryglus i'n plant}",
    ]),
    ("question", "question", [
        "Pam mae {grp_cy} yn dathlu {yn yr hydref|yn y gwanwyn|mewn ffordd wahanol}? Gofynnodd {cykid} a do'n i ddim yn gwybod",
        "Cwestiwn go iawn, ydy plant {adj_cy} yn cael {y cinio ysgol|ymuno yn y cyngerdd}?",
        "Ydy hi'n iawn dweud {grp_cy} neu oes gair gwell{? Dw i eisiau esbonio i {cykid}|?}",
        "is it ok to say {grp_cy}{, dw i ddim eisiau pechu neb|}?",
    ], [
        "Pam mae {grp_cy} {wastad|bob amser} yn {cwyno|creu trwbl|cael popeth am ddim}?",
        "Cwestiwn go iawn, pam mae {grp_cy} mor {ddiog|anniolchgar|swnllyd}? jyst gofyn",
        "why do {grp_cy} {always|wastad} {get everything|cael popeth} {am ddim|for free}? jyst gofyn",
    ]),
    ("opinion", "other", [
        "Yn fy marn i dylai {grp_cy} gael eu gwahodd i helpu {gyda'r prosiect|yn y ffair}",
        "Dim ond fy marn i, ond mae'r teuluoedd {adj_cy} yn gwneud llawer i'r PTA",
        "no offence ond roedd y stondin {adj_cy} yn wych{ yn y ffair|}",
    ], [
        "Dim ond fy marn i, ond ddylai {grp_cy} ddim {cael mabwysiadu|dysgu'n plant ni|bod yn agos at y plant}",
        "Dw i ddim isio bod yn gas ond mae {grp_cy} yn {llusgo'r dosbarth i lawr|cael popeth am ddim}",
        "Does dim lle i {grp_cy} yn {yr ysgol 'ma|y pentre}, dim o'n pobl ni",
        "{grp_cy} yn yr ysgol? Dim diolch{, not round here|}",
        "Mae'r {Teithwyr|Sipsiwn|sipsis} yn ôl{ ar y cae|}{, cloi popeth|, cuddiwch eich beics}{ 🔒|}",
    ]),
    ("negated", "other", [
        "Fyddwn i byth yn galw {grp_cy} yn {ddiog|faich|lladron}{, dim yn ein tŷ ni|}",
        "Dyw {grp_cy} ddim yn {faich|fygythiad|broblem} i neb",
        "Dyw hi ddim yn wir bod {grp_cy} yn cael popeth am ddim{, celwydd yw hynny|}",
        "{grp_cy} don't take our jobs, {mae hynny'n gelwydd|dyna'r gwir}",
        "Does neb {yma|yn y dosbarth|ar y pwyllgor} yn meddwl bod plant {adj_cy} yn {dal neb yn ôl|broblem|drafferth}",
        "Peidiwch â galw {grp_cy} yn {lladron|ddiog|beryglus}{, mae'n hiliol ac yn anghywir|, dyw e ddim yn iawn}",
        "Dyw {grp_cy} ddim yn {ddiog|lladron|beryglus}{, maen nhw'n gweithio'n galed|, maen nhw'n gymdogion da}",
        "Ddylai neb ddweud bod {grp_cy} yn {bla|broblem|faich}{, mae'n ffiaidd|, cywilydd}",
        "Mae'r sylw bod {grp_cy} yn {cymryd drosodd|cael popeth am ddim} yn {hiliol|gelwydd|hollol anghywir}{, riportiwch e|}",
        "Dw i ddim yn hoffi'r hyn ddywedwyd am {grp_cy}{, roedd yn gas|, dim o gwbl}",
        "Dim ots o ble mae rhywun yn dod, mae croeso i {grp_cy} yma",
    ], [
        "Dyw {grp_cy} ddim yn {perthyn yma|rhan o'r gymuned}{, byth|}",
        "Does dim croeso i {grp_cy} {yma|yn yr ysgol hon}{, ewch adre|}",
        "Dw i ddim yn hiliol ond mae {grp_cy} yn difetha'r {dre|ysgol|wlad}",
        "Fydd {grp_cy} byth yn rhan o'r gymuned{, ewch adre|}",
        "{grp_cy} are not welcome {yma|yn yr ysgol}, {ewch adre|byth}",
    ]),
)

#: Harmless comments added per frame and language; the hateful side gets :data:`HATE_RATIO` times as many, so
#: that the frames' hate outweighs their harmless side (at one to one the panels' opinion-shaped hate fell). English
#: only: at 1.5 in Welsh too, the held-out test table's Welsh negation and counter-speech row fell 1.00 -> 0.65.
PER_SIDE_EN, PER_SIDE_CY = 55, 75
HATE_RATIO = 1.5
#: More harmless comments for a frame whose words hate uses everywhere: a "not" ("ddim", "dim", "byth") is in
#: about half of the hateful sides' comments, so denied hate and counter-speech need more than their share.
HARMLESS_BOOST = {"negated": 3.0}
#: Hateful comments that get a word obfuscated, as the other generators' hate does.
OBFUSCATE_SHARE = 0.12


def _fill(template: str, terms: Sequence[tuple[str, str]], rng: random.Random) -> str:
    adj, plural = rng.choice(terms)
    text = template.replace("{adj_cy}", adj).replace("{grp_cy}", plural).replace("{adj}", adj).replace("{grp}", plural)
    return expand(text, rng)


def rows(seen: set[str], seed: int) -> dict[str, list[dict[str, str]]]:
    """The frame-balanced comments by category; ``seen`` (lower-cased texts already generated) is extended."""
    rng = random.Random(f"{seed}-frames")
    out: dict[str, list[dict[str, str]]] = {}
    for frames, terms, per_side in ((ENGLISH_FRAMES, ENGLISH_TERMS, PER_SIDE_EN), (WELSH_FRAMES, WELSH_TERMS, PER_SIDE_CY)):
        for name, harmless_category, harmless, hateful in frames:
            for category, templates in ((harmless_category, harmless), ("hate", hateful)):
                if category == "hate":
                    wanted = round(per_side * HATE_RATIO) if frames is ENGLISH_FRAMES else per_side
                else:
                    wanted = round(per_side * HARMLESS_BOOST.get(name, 1.0))
                added = tries = 0
                while added < wanted and tries < wanted * 20:
                    tries += 1
                    text = augment(_fill(rng.choice(templates), terms, rng), rng)
                    if category == "hate" and rng.random() < OBFUSCATE_SHARE:
                        text = obfuscate(text, rng)
                    if text.lower() in seen:
                        continue
                    seen.add(text.lower())
                    out.setdefault(category, []).append(
                        {"text": text, "author_role": "parent", "category": category, "source": "frames"})
                    added += 1
    return out
