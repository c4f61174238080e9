"""Harmless comments in hate's question frame: "why ... always ...?" and Welsh "pam ...?" (session 15).

Before this module, "why" was in 333 hate training comments against 124 complaints, 3 praise and no
question at all, and "why ... always" in 54 hate against no complaint: every "why" feature (word and
character n-grams) carried about +20 for hate, so a parent's "why is it always the same parents who
...?", a sincere question ("why is school shut on Friday?") and praise framed as a question ("why do
our kids always win the cross country? amazing") were read as hate, and so was a denial with "why" in
it. This module writes the frame with its everyday endings, crossed with varied subjects, as the
other generators do, so that the frame itself stops meaning hate and what follows it (a stereotype,
"get everything free", "go home") carries the weight:

- complaints: the same few parents, the office, the car park, the bus, homework, dinners, letters
  sent the night before, lost property, the trips (no group in them);
- sincere questions: closures, kit, changed times, why the lane is shut, a child's question about
  a festival or a custom;
- praise as a question: staff always so kind, a team or a choir always winning, a group's families
  always the first to help or bringing the best food;
- chat and counter-speech: "why does it always rain on sports day", "why would anyone have a
  problem with <group>?";
- and beside them the hateful side of the same frame (a group with a stereotype, a grievance about
  what a group gets, a go-back demand), so that the frame is neutral and its ending decides.

English and Welsh or mixed; written for safepost, not copied from any evaluation set or suite.
Added by ``train._why_frame_rows`` with a random stream of its own, after every other generator
but the identity balance; not sampled by the post model (``training/posts/train.py``).
"""

from __future__ import annotations

from training.triage import families, voices  # noqa: F401  (their slots: cykid, v_grp, v_adj, v_cygrp)
from training.triage.grammar import SLOTS

SLOTS.update({
    "w_same": ["the same parents", "the same few parents", "the same mums", "the same dads", "the same families",
               "the same handful of people", "the same cars", "the same people"],
    "w_samedo": ["park on the zigzags", "block the drive", "leave the gate open", "get asked to help",
                 "end up running the cake sale", "get the blame", "push in at the gate", "park across the dropped kerb",
                 "volunteer for everything while the rest of us can't", "get told off for being late"],
    "w_office": ["the office", "the school", "the PTA", "the council", "the bus company", "the after-school club"],
    "w_officedo": ["send letters the night before", "change the date at the last minute", "forget the reading books",
                   "lose the forms", "text at 9 at night", "ask for money with a day's notice", "run out of milk by Wednesday",
                   "close the gate five minutes early"],
    "w_place": ["the car park", "the drop-off", "the yard", "the lane", "the crossing", "the bus stop", "the field",
                "the toilets"],
    "w_placebad": ["such a mess", "chaos", "flooded", "dark", "so muddy", "locked", "blocked", "filthy"],
    "w_when": ["in the mornings", "at pick up", "on a Monday", "every Friday", "when it rains", "after the weekend"],
    "w_food": ["the dinners", "the school lunches", "the portions", "the jacket potatoes", "the puddings"],
    "w_foodbad": ["cold", "tiny", "the same every week", "gone by the time year 6 get in", "overcooked"],
    "w_pick": ["get picked", "get the main parts", "get star of the week", "go on the trips", "get the certificates",
               "get on the team", "get the good seats"],
    "w_gone": ["the PE kit", "the lost property", "the jumpers that go missing", "the reading record",
               "the water bottles"],
    "w_kit": ["a pencil case", "wellies", "a packed lunch", "their PE kit", "a coat", "a swimming cap", "a dressing gown"],
    "w_day": ["Friday", "Monday", "the 3rd", "Wednesday afternoon", "next Thursday"],
    "w_moved": ["the trip", "swimming", "the disco", "the concert", "sports day", "the class assembly", "parents evening"],
    "w_team": ["our kids", "the choir", "the girls' football team", "the netball team", "the year 6 relay team",
               "the chess club", "the juniors", "the rugby boys"],
    "w_win": ["win", "come first", "sound so amazing", "smash it", "bring home the cup", "get the best marks"],
    "w_contest": ["at the cross country", "at sports day", "at the eisteddfod", "in the tournament", "at the gala",
                  "in the quiz", "at the county finals"],
    "w_wow": ["amazing", "so proud", "what a team", "incredible coaching", "legends", "brilliant", "well done all"],
    "w_kind": ["lovely", "kind", "patient", "cheerful", "smiley", "helpful", "calm"],
    "w_staff": ["the dinner ladies", "the office staff", "the TAs", "the lollipop man", "the caretaker", "Mrs {surname}",
                "Mr {surname}", "Miss {surname}", "the breakfast club team"],
    "w_grpgood": ["win the cross country", "make the best food at the fair", "bring the best cakes",
                  "sing so beautifully", "turn up first to help", "raise the most for charity", "have the best costumes",
                  "do so well in the spelling bee"],
    "w_custom": ["celebrate new year on a different day", "fast in the daytime", "light candles at this time of year",
                 "wear a head covering", "have a different Christmas", "not eat pork", "have a festival of lights"],
    "w_faith": ["Muslim", "Jewish", "Hindu", "Sikh", "Chinese", "Greek Orthodox", "Jain", "Buddhist", "Ukrainian",
                "Polish Catholic", "Vietnamese", "Korean"],
    "w_faiths": ["Muslims", "Jewish families", "Hindus", "Sikhs", "Chinese families", "Orthodox Christians",
                 "Buddhists", "Ukrainian families", "Vietnamese families"],
    "w_cyfaiths": ["Mwslemiaid", "Iddewon", "Hindŵiaid", "Sikhiaid", "teuluoedd Tsieineaidd", "teuluoedd o Wcráin"],
    "w_fine": ["they're our neighbours", "makes no sense to me", "the kids all play together",
               "they've been nothing but kind to us", "honestly it baffles me", "we're all just parents at the gate"],
    "w_rain": ["sports day", "the fair", "the summer fete", "the sponsored walk", "the school trip", "bonfire night"],
    "w_lost": ["one shoe", "a glove", "their water bottle", "the left sock", "their reading book"],
    # Welsh
    "w_cyslow": ["y bws", "y bws ysgol", "y tacsi ysgol", "y post", "y dyn llefrith"],
    "w_cyhw": ["i Flwyddyn 3", "i Flwyddyn 4", "i Flwyddyn 6", "bob nos", "dros y penwythnos"],
    "w_cytired": ["Mae'r plant wedi blino'n lân", "Does dim amser i chwarae", "Mae'n ormod", "Dan ni byth yn cael penwythnos"],
    "w_cysame": ["yr un rhieni", "yr un teuluoedd", "yr un ceir", "yr un dadau", "yr un mamau"],
    "w_cysamedo": ["parcio ar y llinellau igam-ogam", "blocio'r dreif", "cael eu gofyn i helpu", "gadael y giât ar agor",
                   "cael y bai", "gwthio i mewn wrth y giât"],
    "w_cypay": ["y trip", "y lluniau", "y crysau chwys", "diwrnod gwisg eich hun", "y disgo", "y bagiau llyfrau", "y gwersi cerdd"],
    "w_cyday": ["ddydd Gwener", "ddydd Llun", "fory", "ddydd Mercher"],
    "w_cykit": ["welis", "pecyn bwyd", "dillad ymarfer corff", "côt law", "cap nofio"],
    "w_cyteam": ["y côr", "tîm pêl-droed yr ysgol", "Blwyddyn 6", "tîm y merched", "y parti cerdd", "y tîm rygbi"],
    "w_cygood": ["dda", "wych", "anhygoel", "arbennig", "dalentog"],
    "w_cystaff": ["staff y gegin", "merched y swyddfa", "y cymorthyddion", "Mrs {surname}", "y gofalwr", "Miss {surname}"],
    "w_cykind": ["glên", "garedig", "amyneddgar", "hapus", "barod i helpu"],
    "w_cywow": ["Llongyfarchiadau", "Diolch i'r athrawon", "Da iawn chi", "Balch iawn", "Gwych"],
    "w_cyfine": ["Maen nhw'n gymdogion da", "Does dim synnwyr yn y peth", "Mae'r plant i gyd yn chwarae efo'i gilydd",
                 "Dw i ddim yn deall y peth"],
})

COMPLAINT = [
    "why is it always {w_same} {who|that} {w_samedo}{?|??|, every single week?|? it's getting beyond a joke}",
    "{honestly|seriously|genuine question|}{, |}why does {w_office} always {w_officedo}{?|? it's not fair on working parents|? it's getting silly}",
    "why is {w_place} always {w_placebad} {w_when}? {someone is going to get hurt|can the school sort it|it's been months|nobody does anything}",
    "why {is there|do they set} {so much homework|homework every night|spellings, maths and reading} {for|in} {yeargroup}? {he's exhausted|we never get a weekend|it's too much at that age}",
    "why are {w_food} always {w_foodbad}{?|, {mykid} comes home starving|? we pay for them}",
    "why do we always {find out last|hear about it on facebook first|have to chase the office|pay for everything}{?|??|, every time}",
    "why does {yeargroup} always {miss out on|get left off|get the last slot for} {the trips|the hall|swimming|the field}{?|, it's not fair}",
    "why is it always {the same kids|the same few|the staff's kids|the PTA's kids} {who|that} {w_pick}? {others try just as hard|it's not fair|mine has never once been chosen}",
    "why can't {staff|the office|the teachers} {reply to emails|answer the phone|give back {w_gone}}? {third time i've asked|it's been two weeks|i'm fed up}",
    "why do we always have to pay for {the trip|the photos|non-uniform day|the disco|the leavers' hoodies}{, it adds up| on top of everything|?}",
    "{w_same} always {w_samedo}, why does nobody {say anything|do anything about it}?",
    "Pam {fod|bod} {w_cyslow} {wastad|bob amser} yn hwyr{?| yn y bore?|? Mae'r plant yn sefyll yn y glaw}",
    "Pam fod rhaid i ni dalu am {w_cypay}{ eto|}? {Mae'n ddrud|Dyw e ddim yn deg|Mae gormod o gostau}",
    "Pam {fod|bod} {w_cysame} {wastad|bob amser} yn {w_cysamedo}{?|? bob wythnos!}",
    "Pam {fod|bod} cymaint o waith cartre {w_cyhw}? {w_cytired}",
    "Pam {does neb|nad oes neb} yn ateb y ffôn yn y swyddfa{?| eto?}",
    "why is {w_cyslow} {wastad|always} late{, mae'n annheg|? bob bore}",
    "pam bod y {llythyrau|negeseuon} {wastad|bob amser} yn dod y noson cynt{?|, it's not fair on working parents}",
]

QUESTION = [
    "why is school {closed|shut} on {w_day}{? is it an inset day|? did I miss a letter|?}",
    "why do the kids need {w_kit} {tomorrow|on Thursday}{? just checking|?|, is it for the trip?}",
    "why are {yeargroup} going in {at a different time|through the side gate} this week{?|, is it the building work?}",
    "{just wondering|quick one,} why {w_moved} {was moved|has been cancelled|is on a different day}? {just want to explain to {mykid}|no judgement|thanks}",
    "why do {the older kids|year 6|the juniors} always {go out first at lunch|get the field on Fridays}, is it a rota? {just curious|thanks}",
    "does anyone know why {the lane|the car park|the side gate|the hall} is {shut|coned off} today?",
    "{mykid} asked me why {w_faiths} {w_custom} and I didn't know{, can anyone explain?|, any books you'd recommend?|?}",
    "why do {w_faith} families {w_custom}? {genuinely asking|we're doing a topic on it|{mykid} is curious}",
    "Pam fod yr ysgol ar gau {w_cyday}{? Ydy hi'n ddiwrnod hyfforddi|?}",
    "Pam fod angen {w_cykit} {w_cyday}{? jyst checio|?}",
    "Gofynnodd {cykid} pam fod {w_cyfaiths} yn dathlu ar ddiwrnod gwahanol, oes rhywun yn gwybod?",
    "pam bod {y lôn|y maes parcio|y giât ochr} ar gau heddiw{?|, oes rhywun yn gwybod?}",
]

PRAISE = [
    "why {is|are} {w_staff} always so {w_kind}? {honestly the best|we're so lucky|thank you for everything} {emojipos}",
    "why do {w_team} always {w_win} {w_contest}? {w_wow} {emojipos}",
    "why do the {v_adj} {kids|families|mums|dads} always {w_grpgood}? {w_wow} {emojipos}",
    "{honestly|genuinely}, why is {mykid} always so happy coming out of {staff}'s class? {you're doing something right|thank you|magic} {emojipos}",
    "why does {school} always put on the best {event}? {w_wow}{ {emojipos}|}",
    "Pam {fod|bod} {w_cyteam} {wastad|bob amser} mor {w_cygood}? {w_cywow} {emojipos}",
    "Pam {fod|bod} {w_cystaff} {wastad|bob amser} mor {w_cykind}? Diolch {emojipos}",
    "why do {w_cyteam} always {w_win}? {w_cywow} {emojipos}",
]

OTHER = [
    "why would anyone {hate|have a problem with|be nasty about} {v_grp}? {w_fine}",
    "I've {nothing against|no problem with|never minded} {v_grp}, {never understood why some people do|no idea why it's even a debate}",
    "why does it always rain on {w_rain} {emojilaugh}",
    "why do kids always lose {w_lost} {emojilaugh}",
    "why is it always my turn to do the school run {emojilaugh}",
    "Pam fyddai unrhyw un yn {casáu|cwyno am} {v_cygrp}? {w_cyfine}",
    "Pam ei bod hi wastad yn bwrw glaw ar ddiwrnod {y mabolgampau|y ffair|y trip}? {😂|lol}",
]

#: The hateful side of the same frame, so that the frame is neutral and what follows "why" decides: a group with a
#: stereotype, a grievance about what a group gets, a go-back demand after the question (first try without it: the
#: development sets' "why"/"pam" hate fell to complaint and question).
HATE = [
    "why do {v_grp} always {get everything free|get the houses first|jump the queue|get special treatment}{?|? we get nothing|, jyst gofyn}",
    "why is it always {v_grp} {who|that} {cause the trouble|leave the mess|don't pay|park where they like}? {they're all the same|it's in their nature|typical}",
    "why are {v_grp} {so lazy|so dirty|like that|never grateful}? {just asking|everyone's thinking it|not being funny}",
    "why should {v_grp} get {a say|the new houses|help} when {our kids|local families} get nothing? {send them back|they don't belong here}",
    # not "popeth am ddim" after "wastad yn cael": that 6-gram is a development functional template's
    # (tests/engine/triage/test_functional.py found it with the flag on)
    "Pam {fod|bod} {v_cygrp} {wastad|bob amser} yn cael {y tai gorau|triniaeth arbennig|y lle cynta yn y ciw}{? Dim ond gofyn|?}",
    "Pam fod rhaid i ni {dalu am|ddioddef} {v_cygrp}? {Ewch adre|Dydyn nhw ddim yn perthyn yma}",
    "Pam {fod|bod} {v_cygrp} mor {ddiog|fudr|anniolchgar}? {jyst gofyn|mae pawb yn meddwl hynny}",
]

WHY_TEMPLATES: dict[str, list[str]] = {"complaint": COMPLAINT, "question": QUESTION, "praise": PRAISE, "other": OTHER,
                                       "hate": HATE}
#: Comments per category: fewer than hate's own "why"/"pam" comments, spread over the harmless categories, with the
#: hateful side of the frame beside them.
WHY_COUNTS = {"complaint": 130, "question": 80, "praise": 90, "other": 60, "hate": 150}
WHY_WELSH_SHARE = 0.35
