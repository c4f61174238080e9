"""LOC201's near misses: posts that name a place and a time but say where no pupil is.

Kept apart from the rule because these are the reasons to stay quiet, and they grow with every
probe: a report afterwards (the past tense, results, thanks for having the group, photos of the
trip), a trip or a match called off, someone coming to the school rather than its pupils going
out, a meeting for adults; and, for the learned model's reading alone, a room inside the school,
a window with no place at all, and paperwork about a trip (a deadline, bookings open).
"""

from __future__ import annotations

import re

from safepost.engine.rules._live_time import DAYS, MONTH_NAMES, STRONG_NOW, WELSH_MONTHS

# Words of praise, for thanks that can only come after the event ("thank you for a lovely service").
_PRAISE = (
    r"(?:lovely|wonderful|brilliant|fantastic|great|amazing|fab|fabulous|super|beautiful|moving|smashing"
    r"|hyfryd|gwych|wych|arbennig|bendigedig|fendigedig|ffantastig|anhygoel|grêt|ardderchog|gwerth chweil)"
)
# "was invited to sing", "has been selected to run", "were asked to perform": chosen for what is
# still to come, so the "was" says nothing about whether it has happened.
_NOT_CHOSEN = r"(?! (?:\w+ )?(?:invited|asked|selected|chosen|picked|given the chance|nominated|entered)\b)"
# A report afterwards: the past tense, results and thanks say the group has come home.
PAST = re.compile(
    r"\b(?:last (?:week|month|term|year|night|weekend|summer|spring|autumn|winter|"
    + DAYS
    + r"|" + MONTH_NAMES
    + r")|yesterday|ago|earlier this|went|visited|enjoyed|loved"
    r"|had an? (?:\w+ ){0,2}(?:time|day|trip|visit|morning|afternoon|week)|came|returned|got back|home safe|back safe"
    r"|(?:were|was|have been|has been)" + _NOT_CHOSEN
    + r"|played|won|lost|drew|losing|finished|took part|performed|sang|watched|born|did the school proud"
    r"|what a (?:day|trip|week)|competed|did (?:us|the school|themselves|everyone|their school) proud"
    r"|medals?|trophy|trophies|came (?:first|second|third|fourth|fifth|last|runners[- ]up)|runners[- ]up|scored"
    r"|brought home|results"
    # the irregular past of what a report afterwards tells ("swam his first 25m", "asked today if")
    r"|swam|ran|rode|flew|recovered|managed|tried|explored|saw|asked(?: \w+)? (?:if|whether|why|what|how|me|us)"
    r"|had an? (?:\w+ )?start"
    # a trip told afterwards: "walked down to", "joined the residents at", thanks for having us
    r"|walked|joined|headed|popped|travelled|traveled|marched|strolled|hiked|cycled|attended|spent"
    r"|thank(?:s| you)(?: so much)?(?: to [\w'’. ]{1,40}?)? for (?:making|having|welcoming|hosting|showing|inviting)"
    # thanks for something good is said after it: "for a lovely service", "am wasanaeth hyfryd"
    r"|thank(?:s| you)(?: so much)?(?: to [\w'’. ]{1,40}?)? for (?:a|an|the|such an?|your) (?:really |very )?" + _PRAISE
    + r"|diolch (?:yn fawr )?(?:i[ '’][\w'’. ]{1,40}? )?am (?:y |yr )?\w+ (?:mor )?" + _PRAISE
    # Welsh: was and were, went, had, came, won, yesterday, last night, last week or year, the
    # third person's "-odd" past ("chwaraeodd", "canodd") and the passive "-wyd" ("croesawyd")
    + r"|roedd|roedden|roeddem|roeddwn|oedd|buon|buom|buodd|bu|aeth|aethon|aethom|cawson|cawsom|gawson|gawsom|cafodd|gafodd"
    r"|daeth|daethon|ddaeth|ddaethon|enillon|enillom|gwelon|welon|dysgon|ddysgon|mwynheuon|fwynheuon|wedi bod"
    r"|ddoe|neithiwr|llynedd|(?:wythnos|mis|tymor|penwythnos|blwyddyn|nos \w+|dydd \w+) diwethaf|canlyniadau|medal(?:au)?"
    # (in lower case: "Nantclwyd" is the name of a place, not a passive verb)
    r"|(?-i:(?!(?:adrodd|anodd|rhodd)\b)[a-zâêîôûŵŷ]\w+odd|[a-zâêîôûŵŷ]\w{2,}wyd)"
    r"|diolch (?:yn fawr |o galon )?(?:i[ '’][\w'’. ]{1,40}? )?am (?:y |yr |eich )?(?:ein|ein croesawu|groesawu|gael|croeso|groeso)|(?:g|c)yrraedd ['’]?n[ôo]l"
    # photos of a trip are posted after it: "photos from our trip to", "lluniau o'n taith i'r"
    r"|(?:photos|pictures|pics|lluniau) (?:from|of|o|o['’]r|o['’]n)(?: our| the| today['’]s| ein| y| yr)?"
    r" (?:trip|visit|day out|walk|taith|daith|ymweliad|diwrnod))\b",
    re.IGNORECASE,
)
# Someone coming to the school is not the school's children going somewhere.
VISITOR = re.compile(
    r"\b(?:came|come|coming|comes|visited|visiting|visit|visits) (?:to |into )?(?:us|our school|the school|school)\b"
    r"|\bvisit(?:ed)? from\b"
    # Welsh: a visit by, visitors from, came to us or to our school
    r"|\b(?:ymweliad gan|ymwelwyr o|(?:croesawu|croesawyd|groesawu)\b.{0,60}?\batom)"
    r"|\b(?:dod|daeth|ddaeth|daethon|ddaethon|yn dod) (?:draw )?(?:atom|aton ni|i['’]n hysgol|i['’]n gweld)\b"
    r"|\b(?:ymweld|ymwelodd|ymwelon) â['’]?(?:n hysgol| ni)\b",
    re.IGNORECASE,
)
# Who a notice is for, said once for all of it ("Grown-ups only", "no kids involved", "gwirfoddolwyr yn
# unig"): read in the whole post, since it names no event of its own to keep apart from a trip.
ADULTS_ONLY = re.compile(
    r"\b(?:adults only|grown-?ups only|over 18s only|staff only|volunteers only|parents only|no children|no pupils|no kids"
    r"|(?:oedolion|gwirfoddolwyr|rhieni|staff) yn unig|dim plant)\b",
    re.IGNORECASE,
)
# A meeting, a training day or an event for adults says where grown-ups will be, not pupils: read in
# the place's own sentence, since "Reminder: coffee morning on Friday at 9am" is a notice of its own.
ADULTS_EVENT = re.compile(
    r"\b(?:"
    # a course or a talk for parents ("Coaching course for parents on Friday night", "cwrs i rieni")
    r"(?:course|class|session|workshop|talk|evening|night)s? for (?:parents|adults|grown-?ups)|(?:cwrs|sesiwn|gweithdy) i rieni"
    r"|(?:pta|committee|governors['’]?|governing body|parent council|staff)(?: \w+)? meetings?|staff training|training day|inset(?: day| training)?"
    # the staff are the ones there ("Staff are all at ... today", "mae'r staff i gyd yn", "the staff team")
    r"|(?:the |our |all )?staff (?:are|will be|is)(?: all)? (?:at|in|on)|staff team|tîm staff|mae['’]r staff(?: i gyd)? (?:yn|yng|ym)"
    r"|diwrnod hms|am hyfforddiant"
    # grown-ups' events: former pupils, public and campaign meetings, parents' evenings, coffee mornings
    r"|ex-pupils|former pupils|alumni|reunion|cyn-ddisgyblion|aduniad|public meeting|canvass(?:ing)?|hustings"
    r"|parents['’]? (?:evening|meeting|forum|information evening)|coffee morning|noson rieni|bore coffi"
    r"|adults?['’]? (?:team|class|classes|group|choir|club|league|section|session)|tîm oedolion|dosbarth oedolion"
    r"|hyfforddiant staff|diwrnod hyfforddiant"
    r"|cyfarfod (?:y |yr )?(?:llywodraethwyr|pwyllgor|gymdeithas rieni|cymdeithas rieni|cra|staff|cyngor rhieni)"
    # the grown-ups' body as the subject that meets ("The PTA meet at ...", "Bydd y llywodraethwyr yn
    # cwrdd yn ...", "mae'r staff mewn hyfforddiant"), or an event named for them ("Noson gwis i
    # oedolion", "quiz night for adults", "Noson wobrwyo'r staff", "the staff party")
    r"|(?:pta|ptfa|pa|friends of (?:[\w'’]+ ){0,3}[\w'’]+|committee|governors|governing body|staff|parent council)"
    # (not "staff will meet you at the gate": they meet the group)
    r" (?:meet|meets|meeting|will meet|are meeting|is meeting|gather|get together)(?! (?:you|your|the|our|pupils|children|them|us)\b)"
    r"|(?:llywodraethwyr|pwyllgor|staff|cymdeithas rieni|gymdeithas rieni|cra|athrawon)(?:['’]n| yn) (?:cwrdd|cyfarfod|gyfarfod|cyfarfod)"
    r"|(?:staff|athrawon)(?: i gyd)? (?:mewn|ar) (?:hyfforddiant|gwrs|cwrs)"
    r"|(?:night|evening|event|quiz|social|party|disco|dinner|meal)s? (?:just )?for (?:the )?(?:adults|grown-?ups|staff|governors|parents)"
    # (an event, not a performance: "mae'r plant yn canu i rieni yn ..." is the children there)
    r"|(?:noson|gwis|cwis|bingo|sesiwn|cwrs|gweithdy|parti|disgo|cinio|digwyddiad|dosbarth|clwb|taith)"
    r" (?:\w+ )?(?:i|ar gyfer) (?:(?:yr |y )?oedolion|(?:y |'r |’r )?staff|rieni|llywodraethwyr)"
    r"|staff (?:party|parties|awards?|night|night out|do|meal|dinner|social|celebration|christmas (?:party|meal|do))"
    r"|(?:noson|parti|cinio|pryd|dathliad|gwobrau|seremoni) (?:\w+['’]r |\w+ y |y |'r |’r )?staff)\b",
    re.IGNORECASE,
)
# A trip or a match called off says where nobody will be.
CALLED_OFF = re.compile(
    r"\b(?:cancelled|canceled|called off|(?:wedi ei |wedi['’]i )?(?:canslo|ganslo|chanslo))\b", re.IGNORECASE
)
# A comparison whose clause holds the place says where nobody is ("as if the circus had arrived in
# Llanfeiriol", "fel tasai'r syrcas wedi cyrraedd Llanelli"); searched with ``endpos`` at the place,
# so a comparison in another clause ("It feels as if summer is here - Year 2 are on the beach") is not.
_COMPARISON = re.compile(
    r"\b(?:as if|as though|fel (?:tasai|tase|petai|pe bai|pe bae))\b(?:(?![ \t][-–—][ \t])[^,;:!?.\n]){0,80}$",
    re.IGNORECASE,
)
# The school closed: nobody is anywhere for it ("Mae'r ysgol ar gau heddiw", "school is closed").
CLOSED = re.compile(r"\b(?:school (?:is |will be )?(?:closed|shut)|(?:yr )?ysgol (?:yn )?ar gau)\b", re.IGNORECASE)
#: A road shut: a notice about traffic ("Road closure: Hollins Lane is shut", "Bydd Ffordd yr Ysgol
#: ar gau"), not the group somewhere, when the closed road is the place or the closure leads the
#: sentence (:func:`road_shut`); the side street shut beside a walking bus's route is not the route.
ROAD_SHUT = re.compile(
    r"\b(?:road closures?|(?:road|lane|street|ffordd|heol|stryd)\b[^.!?\n]{0,30}?\b(?:is closed|is shut|will be closed|will be shut|ar gau))\b",
    re.IGNORECASE,
)
# A closure at the head of a sentence: "Road closure: ...", "Road closed ...", "Ffordd ar gau ...".
_CLOSURE_FIRST = re.compile(r"^\W*(?:road (?:closures?|closed|works)|roadworks|ffordd ar gau|cau['’]r ffordd)\b", re.IGNORECASE)

# Rooms and spaces inside a school, for the learned model's reading alone: "every Thursday at
# 3:15 in the music room" has a routine's shape but says where only the school's own people go.
IN_A_SCHOOL_ROOM = re.compile(
    r"\b(?:in|into|on|at|use) (?:the |our )?(?:own )?"
    r"(?:main |school |sports |dining |small |old |new |big |little |upstairs |downstairs |infant |junior )?"
    r"(?:hall|music room|classroom|class ?room|class|library|staff ?room|studio|gym|canteen|playground|yard|"
    r"field|ICT suite|art room|science lab|lab|door|entrance|reception|office|buzzer|woodland|grounds|garden"
    r"|wildlife (?:area|garden)|MUGA)\b"
    # "our own" woodland or pond is the school's: "yn ein coedlan ni", "ar dir yr ysgol"
    r"|\b(?:in|on|at) our own\b|\b(?:yn|ar) ein \w+ (?:ni|ein hunain)\b|\bar dir yr ysgol\b"
    r"|\b(?:in|into|at|to) room [a-z]?\d{1,3}[a-z]?\b"  # "in Room B4"
    r"|\b(?:yn|i|ar) (?:y|yr) (?:neuadd|dosbarth|ystafell (?:gerdd|ddosbarth|gelf)|llyfrgell|iard|cae chwarae|"
    r"ffreutur|gampfa)\b"
    # the Welsh genitive has no article before the room: "yn neuadd yr ysgol", "ar gae'r ysgol"
    r"|\b(?:yn|i|ar|o) [\w’' ]{1,30}?(?: yr|'r|’r) ysgol\b",
    re.IGNORECASE,
)

# Words after a preposition that say when, not where ("on Friday", "yn Ionawr", "at 3pm").
_DAYS_AND_MONTHS = (
    DAYS + r"|weekend|morning|afternoon|evening|night|" + MONTH_NAMES
    + r"|dydd|ddydd|nos|fore|bore|prynhawn|brynhawn|" + WELSH_MONTHS + r"|the \d|\d"
)
# For the learned model's reading alone: a word for somewhere after a preposition of place ("from
# the beach", "at Penarth pier", "yn y parc"), not a day, a month or a time ("on Friday at 3pm").
SOMEWHERE = re.compile(
    rf"\b(?:at|in|on|from|outside|near|by|to|into|yn|ym|ar|o|wrth|tu allan i)\s+(?:the\s+|a\s+|y\s+|yr\s+)?"
    rf"(?!(?:{_DAYS_AND_MONTHS})\b)(?!\d)[^\W\d_]{{3,}}",
    re.IGNORECASE,
)
# For the learned model's reading alone: a window about a deadline ("forms back by Monday", "dyddiad
# cau") that names no time anyone is anywhere is about paperwork, not where pupils are.
DEADLINE_NOTICE = re.compile(
    r"\b(?:deadline|closing date|forms? (?:back|in|returned)|reply slips?|pay (?:the )?(?:balance|deposit)"
    r"|dyddiad cau|ffurflenni(?:['’]n)? (?:yn )?[ôo]l|talu erbyn"
    # bookings opening are paperwork too: "bookings for the holiday club are now open"
    r"|bookings?\b[^.!?\n]{0,60}?\b(?:now )?open|archebu(?:['’]n)? (?:ar agor|nawr))\b",
    re.IGNORECASE,
)


def told_afterwards(text: str) -> bool:
    """The text reads as a report afterwards, and nothing in it says plainly that the group is
    there now ("we've just arrived" outweighs a "was" beside it)."""
    return PAST.search(text) is not None and STRONG_NOW.search(text) is None


def about_others(text: str) -> bool:
    """The text is about someone coming to the school, a meeting for adults, or the school closed:
    not the school's pupils somewhere (asked of a field's context when it is not the post)."""
    return not_for_pupils(text) or for_adults(text)


def not_for_pupils(text: str) -> bool:
    """Someone comes to the school, or the notice is for grown-ups alone ("no kids involved"): said
    of the whole post, whatever sentence names a place."""
    return VISITOR.search(text) is not None or ADULTS_ONLY.search(text) is not None


def for_adults(sentence: str) -> bool:
    """The sentence is about a meeting or an event for grown-ups, or the school closed. Read in the
    place's own sentence: "Reminder: coffee morning on Friday" after "Year 6 are at Llangrannog right
    now" is another notice, and the trip is still live."""
    return ADULTS_EVENT.search(sentence) is not None or CLOSED.search(sentence) is not None


def compared(sentence: str, place_start: int) -> bool:
    """The place sits in a comparison's clause ("as if the circus had arrived in ..."); ``place_start``
    is the place's offset in ``sentence``."""
    return _COMPARISON.search(sentence, max(0, place_start - 120), place_start) is not None


def road_shut(sentence: str, place_start: int, place_end: int) -> bool:
    """The sentence is a road-closure notice: it opens with the closure, or the road it shuts is the
    place itself ("Hollins Lane is shut on Tuesday"); offsets are the place's in ``sentence``."""
    if _CLOSURE_FIRST.search(sentence):
        return True
    return any(place_start <= m.start() < place_end for m in ROAD_SHUT.finditer(sentence))


# A grown-up as the one who goes there ("Mr Jones runs at the leisure centre every Tuesday",
# "our lollipop lady ... on Kilmarnock Road", "I'r rhieni sy'n cyrraedd am 3:40 bob dydd"), when
# no pupil is in the same sentence: an adult's routine says where no child is.
# A subject followed by a comma is a greeting ("Parents, the coach leaves ...", "Rhieni, mae'r bws"):
# the grown-ups are spoken to, not the ones going.
_ADULT_SUBJECT = re.compile(
    r"^\W*(?:(?:Mr|Mrs|Miss|Ms|Mx|Dr|Rev)\.? [A-Z][\w'’-]+|(?:[Oo]ur|[Ee]in) (?:lollipop \w+|caretaker|cook|cleaners?)"
    r"|(?:[Tt]o )?(?:the |our |those |the same \w+ )?(?:[Pp]arents|[Gg]rown-?ups|[Aa]dults)\b"
    r"|(?:[Ii]['’]r )?(?:[Rr]hieni|[Oo]edolion))(?![ \t]*,)"
)
# A grown-up taking, bringing or leading a group somewhere ("Mr Barker takes the footballers to",
# "Mrs Hughes is leading our Year 4s along", "Mae Mr Jones yn mynd â'r criw"): the group goes too.
# A group is a plural or a name, not a list of pupil words ("the netballers", "the Eco Warriors").
_WITH_A_GROUP = re.compile(
    r"\b(?:takes?|taking|took|brings?|bringing|brought|leads?|leading|led|escorts?|escorting|accompan(?:y|ies|ying)"
    r"|walks|walking|drives|driving|ferr(?:y|ies|ying)|mynd â|mynd ag|arwain|tywys)"
    r"[ \t]+(?:(?:the|our|his|her|their|all|both|some|y|yr)[ \t]+|['’]r[ \t]+)?"
    r"(?:(?!(?:to|at|in|into|on|from|for|i|o|yn)\b)[\w'’-]+[ \t]+){0,2}?"
    # a plural ("the netballers", not "the bus", "his class"), a name of two words ("Year 5", "Oak Class")
    r"(?:\w[\w-]*[^\Wsui]s\b|[A-Z][\w'’-]*(?:[ \t]+[A-Z\d][\w'’-]*)+|criw|garfan|grŵp|grwp)",
)
_PUPILS = re.compile(
    r"\b(?:pupils?|children|child|kids|class|classes|year \d{1,2}|[pys]\d|team|squad|choir|club|group|we|us"
    r"|council|prefects|leavers|band|orchestra|cyngor"
    r"|plant|disgyblion|dosbarth|blwyddyn|bl ?\d|tîm|côr|ni)\b",
    re.IGNORECASE,
)


def adults_alone(sentence: str) -> bool:
    """The sentence's subject is a grown-up and no pupil is with them, nor a group they take."""
    return (
        _ADULT_SUBJECT.search(sentence) is not None
        and _PUPILS.search(sentence) is None
        and _WITH_A_GROUP.search(sentence) is None
    )


#: Someone's home or birthplace just before the place: "Mae Nain yn byw yn Nhreorci", "our pen pal lives
#: in Aberystwyth", "mae teulu Ffion yn byw ym Mhenrhiw", "she was born in", "ganwyd hi yn".
_LIVES_IN = re.compile(
    r"(?:\b(?:yn|['’]n) (?:byw|fyw|trigo|preswylio)|\b(?:lives?|lived|living|resides?|was born|were born|grew up|ganwyd|ganed|magwyd)"
    r"(?: [\w'’]+)?) (?:yn|ym|yng|in|at|ar|on)(?: (?:the|y|yr))?[ \t]*$",
    re.IGNORECASE,
)


def lives_there(sentence: str, place_start: int) -> bool:
    """The words straight before the place say someone lives (or was born) there: a home, not where a
    group is ("Mae Nain yn byw yn Nhreorci ac mae hi'n 90 oed heddiw!"); ``place_start`` is the place's
    offset in ``sentence``."""
    return _LIVES_IN.search(sentence, max(0, place_start - 40), place_start) is not None


def says_a_home(passage: str) -> bool:
    """A home said anywhere in the passage ("Mae Taid yn byw yn 4 Heol y Parc"): with no time in it,
    the learned model's window is an address, which PD103 reports."""
    return re.search(r"\b(?:yn|['’]n) (?:byw|fyw)|\blives? (?:at|in)\b", passage, re.IGNORECASE) is not None
