"""Weighted lexicons: the words and phrases that are evidence for each category.

Written by hand for safepost (not taken from any data set), in English, Welsh and textspeak.
Patterns run over :func:`safepost.engine.triage.normalise.prepare` output: lower case, accents
and homoglyphs folded, spaced-out letters joined, digits-for-letters undone. A weight of 2 is
decisive on its own; 1 or less needs company. Negative weights undo a false reading (``the death
of me`` is not a threat). Every pattern is linear-time: no nested quantifiers.
"""

from __future__ import annotations

from safepost.engine.triage.categories import Category

Signal = tuple[float, str]

_ME = r"(?:my|him|her|them|your|our)sel(?:f|ves)"
_PERSON = (
    r"(?:you|u|ya|she|he|they|him|her|them|the head|head ?teacher|headmistress|headmaster|teachers?|staff|"
    r"caretaker|dinner lad(?:y|ies)|office (?:woman|lady|man|staff)|lollipop (?:man|lady)|"
    r"(?:mr|mrs|miss|ms|sir)\.? [a-z]+)"
)
_KIDS = r"(?:kids|children|pupils|girls|boys|little ones|them|her|him|my (?:son|daughter|kids?|child|boy|girl))"
_FAMILY = (
    r"(?:dad|daddy|mum|mummy|mam|mom|step ?dad|step ?mum|stepdad|uncle|grandad|brother|mum'?s boyfriend|"
    r"(?:my|his|her|their) (?:dad|mum|mam|mom|parents?|carer|brother|uncle))"
)

#: Grown-ups a parent meets up with (safeguarding's meet-up phrase does not count for them).
_PEERS = r"(?:mums|mams|moms|dads|parents|families|carers|grandparents)\b"
#: A child (my son, the kids, a 7 year old, he or she): the one a safeguarding sign is about.
_A_CHILD = (
    r"\b(?:(?:my|our|his|her|their) (?:\w+ )?(?:sons?|daughters?|child|children|kids?|boys?|girls?|lads?|twins|"
    r"little ones?|youngest|eldest|oldest|\d+ ?(?:year|yr)s? ?old)|"
    r"(?:the|these|those|some|two|three|a few|local|year \d+) (?:\w+ )?(?:kids|children|pupils|twins|little ones|lads|boys|"
    r"girls|teens|teenagers)|"
    r"an? (?:little |young |wee )?(?:lad|boy|girl|kid|child)|\d+ ?(?:year|yr)s? ?olds?|kids|children|he|she)\b"
)
#: Out, alone or shut out: on their own, left or kept waiting outside, locked out, walking home, out late. Not
#: playing or waiting as such: "we were waiting in the dark car park" after a show, kids "playing glow games in
#: the dark" at a disco, are a group with grown-ups.
_OUT_OR_ALONE = (
    r"(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)|"
    r"(?:left|kept|locked|shut) (?:\w+ )?(?:out|outside|alone|behind|waiting|standing|sitting|stood|sat)|"
    r"(?:wait(?:s|ed|ing)?|stood|standing|sitting|sat) (?:\w+ ){0,2}?outside|"
    r"(?:walk(?:s|ed|ing)?|cycl(?:e|es|ed|ing)) (?:home|back|to school|to and from)|wander(?:s|ed|ing)?|roam(?:s|ed|ing)?|"
    r"out late|out on the streets?)"
)
#: A child out or alone in the dark (a weak sign of neglect: "my son was left outside in the dark", "walking home on
#: her own ... in the dark"), not the words alone: new lights "in the dark mornings", a hall "magical in the dark",
#: parents "kept in the dark" about a change, someone who "got dressed in the dark" (ridicule), grown-ups waiting
#: in a dark car park, kids playing in the dark at a disco are no concern about a child.
_OUT_IN_THE_DARK = (
    _A_CHILD + r"[^.!?\n]{0,60}?\b" + _OUT_OR_ALONE + r"\b[^.!?\n]{0,40}?\bin the dark\b|"
    + _A_CHILD + r"[^.!?\n]{0,60}?\bin the dark\b[^.!?\n]{0,40}?\b(?:" + _OUT_OR_ALONE
    + r"|with no (?:adult|coat|one))\b"
)

SAFEGUARDING: tuple[Signal, ...] = (
    # self-harm and suicide
    (2, rf"\b(?:wants?|wanted|wanna|going|trying|tried|threaten(?:ed|ing|s)?|talk(?:s|ed|ing)? about)"
        rf" (?:to )?(?:die|kill {_ME}|hurt {_ME}|harm {_ME}|end (?:it|(?:his|her|my|their) life))"),
    (2, r"\b(?:doesn'?t|don'?t|dont|doesnt|does not|do not|didn'?t|not) (?:want|wanna) (?:to )?"
        r"(?:be alive|live|be here any ?more|wake up|exist)"),
    (2, rf"\bsuicid|\bself[- ]?harm|\b(?:cut|cuts|cutting|burn(?:s|t|ed|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|"
        rf"starv(?:e|es|ing)|scratch(?:es|ed|ing)?) {_ME}|\bkill(?:ing)? {_ME}|\bhurt(?:ing)? {_ME}|"
        r"\bend(?:ing)? it all\b|\bbetter off dead|\boverdose"),
    # disclosures of harm at home
    (2, rf"\b{_FAMILY} (?:\w+ )?(?:hits?|beats?|hurts?|kicks?|punch(?:es|ed)?|slaps?|burn(?:s|ed|t)|"
        r"touch(?:es|ed)|chokes?|belts?|smacks?|strangle[sd]?|lock(?:s|ed)) (?:me|him|her|them|us)\b"),
    (1.5, r"\b(?:hits|hit|beats|hurts|touched|touches|kicks|slaps|smacks) me\b"),
    (2, r"\b(?:don'?t|do not|dont|never) want to go home|\b(?:scared|afraid|frightened) (?:to go|of going) home|"
        r"\bnot safe at home|\bcan'?t go home"),
    (2, r"\b(?:haven'?t|havent|hasn'?t|hasnt|not|never) (?:had|eaten|got) (?:any ?thing|any food|food|tea|dinner|"
        r"breakfast|a meal)(?: to eat)? (?:since|for (?:days|\d|two|three))|\bno food (?:in the house|at home|since)"),
    (1.5, r"\b(?:always|constantly|really|so|very) hungry\b|\bneglect|\bsame (?:dirty )?clothes (?:every|for)"),
    (1.5, r"\bbruis(?:e|es|ed|ing)\b|\b(?:burns|marks|cuts|scratches) (?:on|all over) (?:his|her|their) "
        r"(?:arms?|legs?|face|neck|back|body)|\bblack eye"),
    (1.5, r"\b(?:left|leaves|leaving) (?:\w+ )?(?:on (?:their|his|her) own|alone|home alone|unsupervised|"
        r"by (?:them|him|her)sel(?:f|ves))\b"),
    (2, r"\b(?:walking|wandering|out|outside|roaming) (?:about |around )?(?:on (?:his|her|their) own|alone|"
        r"by (?:him|her|them)sel(?:f|ves))\b[^.!?]{0,40}?\b(?:at night|\d+ ?pm|late|after dark|midnight|gone \d+)|"
        r"\bon (?:his|her|their) own (?:at|till|until) (?:\d|night|midnight|late|gone)"),
    (1.5, r"\b(?:don'?t|dont|do not|doesn'?t) know who (?:to|i can|i should|she can|he can) (?:tell|talk to|speak to|turn to)|"
          r"\b(?:has ?n'?t|hasnt|has not|have ?n'?t|havent|not) been (?:seen|in|at|to)(?: school)?\b[^.!?]{0,30}?\b(?:since|for)\b|"
          r"\bhouse (?:looks|is|seems) empty|\bis (?:anyone|anybody|someone) checking|\bis (?:she|he|they) (?:ok|okay|alright|safe)|"
        r"\bnobody (?:is )?answering the door|\bmissing (?:child|boy|girl|kid)|\bgone missing|\bran away"),
    # online exploitation, grooming and suspicious adults
    (2, r"\b(?:asking|asked|asks|wants?|wanted|begging|pressur\w*|getting) (?:\w+ )?(?:for|to send|to share) "
        r"(?:\w+ )?(?:pics|pictures|photos|nudes|selfies|videos)\b"),
    (2, r"\b(?:rude|naked|nude|dirty|sexy|inappropriate|private|explicit) (?:pics|pictures|photos|images|"
        r"videos|messages|snaps|texts)|\bnudes\b|\bsexting|\bsextort"),
    (2, r"\b(?:pretending|pretends|pretended|claiming|claims|says?|said|saying) (?:to be|(?:he|she)(?:'s| is| was)) "
        r"(?:a |an |only )?(?:\d+|ten|eleven|twelve|year \d|y\d|kid|child|girl|boy|teenager|young)"),
    (1.5, r"\b(?:strange|weird|creepy|odd|horrible|scary) (?:messages|texts|man|men|person|adult|bloke|guy|woman|"
        r"car|van|dm|dms)\b"),
    (2, r"\b(?:don'?t|do not|dont|never) tell (?:your|ur|yr|anyone|any1|nobody) ?(?:parents|mum|mam|dad|mom|teacher|"
        r"family)?|\bour (?:little )?secret\b|\bkeep (?:it|this) (?:a )?secret"),
    (2, r"\b(?:asking|asked|asks|wants?|wanted) (?:for )?(?:our|my|her|his|their|where (?:she|he|we)) "
        r"(?:home )?(?:address|lives?|live|school)"),
    (2, r"\bgroom(?:ing|ed)\b|\bpa?edo(?:phile)?s?\b|\bnonce\b|\bperv(?:ert)?s?\b|\bchild (?:abuse|sex)|"
        r"\bsexual(?:ly)?\b|\bexploit(?:ed|ing|ation)"),
    (2, r"\b(?:man|men|woman|bloke|guy|person|someone|somebody|adult|stranger|people|lady|car|van)\b[^.!?]{0,40}?"
        r"\b(?:hanging (?:around|about)|loitering|lurking|watching (?:the )?(?:kids|children|pupils|girls|boys|them|pe|playground|yard)|"
        r"taking (?:photos|pictures|videos|pics) of (?:the )?(?:kids|children|pupils|girls|boys|them|pe|playground|yard)|"
        r"filming|photographing|staring at|approach(?:ing|ed|es)|talking to (?:her|him|them|the kids|kids|children|my)|"
        r"offer(?:ing|ed|s)? (?:\w+ )?(?:sweets|lifts?|a lift|money|cigarettes|vapes|puppies)|"
        r"follow(?:ing|ed|s) (?:her|him|them|the kids|kids|children|my))"),
    (2, r"\bget in (?:his|her|their|the|a) (?:car|van)\b|\btr(?:y|ied|ying) to (?:take|grab|snatch|lure|abduct)|"
        r"\babduct|\bkidnap"),
    (1.2, r"\bstrangers?\b|\bsitting (?:there |outside )?watching\b"),
    (2, r"\b(?:account|page|profile|someone|somebody)\b[^.!?]{0,40}?\b(?:posting|sharing|uploading|putting up) "
        r"(?:\w+ )?(?:photos|pictures|videos|pics|clips) of (?:\w+ )?(?:kids|children|pupils|girls|boys)"),
    (2, r"\bfake (?:account|profile)\b[^.!?]{0,50}?\b(?:kids|children|add|messag|friend|follow)"),
    (2, r"\bfoster(?:ed| care| carers?| placement)|\bbirth (?:family|mum|mam|dad|parents?)|\bmust(?: not|n'?t) (?:find|know|see) "
        r"(?:him|her|them|where)|\bin hiding\b|\bwomen'?s refuge|\bdomestic (?:abuse|violence)|\bfleeing\b|"
        r"\bnot (?:allowed|supposed) to tell|\b(?:told|tells|said to|asked) (?:her|him|them|me) not to tell|\bcourt order|\binjunction|\b(?:restraining|protection|non[- ]molestation) order|"
        r"\b(?:isn'?t|is not|not) allowed (?:to know|contact|near (?:her|him|them)|to see (?:her|him|them))"),
    (1.5, r"\bsocial services|\bsocial worker|\bchild protection|\bat risk\b|\bunsafe at home"),
    (2, r"\bworried about (?:a|the|my|this|that|his|her|our|one of|some|a few of) (?:little |young |the )?"
        r"(?:boy|girl|child|kid|neighbour|pupil|lad|friend|year|y\d|kids|children|welfare)"),
    (1.5, r"\bconcerned (?:about|for) (?:the )?(?:welfare|safety|wellbeing) of|\bwho (?:do|should) i (?:tell|report)"),
    # a routine appointment is not a disclosure ("who do I tell she has the dentist on Friday?")
    (-1.0, r"\b(?:appointment|dentist|orthodontist|optician|eye test|hearing test|check ?up|jabs|apwyntiad|deintydd)\b|"
           # ... nor is a day off for a festival or a family occasion ("we'll be off for Yom Kippur, who do I tell?")
           r"\b(?:off|away|absent|out|miss(?:ing)? school) (?:for|on|over) (?:\w+ ){0,2}(?:eid|diwali|yom kippur|rosh hashanah|"
           r"hanukkah|vaisakhi|passover|ramadan|holi|lunar new year|chinese new year|a wedding|a funeral|a family do)\b"),
    (0.6, r"\bbull(?:y|ied|ying|ies)\b|\bsecret\b"),
    # a hateful trope, not a safeguarding concern (nor its denial: "gay people are not perverts")
    (-2, r"\b(?:trans|gays?|lgbt\w*|queers?|lesbians?|drag queens?|homosexuals?)\b[^.!?]{0,30}?\b(?:groom|perv|pa?edo|nonce)"),
    (0.8, r"\b(?:scared|terrified|frightened) (?:to|of)\b|\bcr(?:ying|ies) (?:every|all) (?:night|morning|day)|"
        r"\b(?:not eating|won'?t eat|not sleeping|can'?t sleep)"),
    (1.2, r"\b(?:would love|want|wanna|like|love|dying) to meet (?:them|the kids|the children|her|him|the girls|"
        r"the boys|some|up)|\bwhich (?:ones?|kids?|girls?|boys?|child) (?:is|are) in\b|\bmeet (?:up|me)\b"),
    # ... but a meet-up among grown-ups is a new parent making friends, not grooming ("any other Polish
    # families in Year 4? Would love to meet up", "meet up with other mums for a coffee"): it takes back
    # the phrase above and nothing else, so a child named as the one to meet still counts.
    (-1.2, r"\bmeet(?: |-)?up (?:with )?(?:other|fellow|some|more|the other) (?:\w+ ){0,2}" + _PEERS + r"|"
           r"\b(?:other|fellow|any other) (?:\w+ ){0,2}" + _PEERS + r".{0,80}?\bmeet(?: |-)?up\b|"
           r"\bmeet(?: |-)?up\b[^.!?]{0,40}\b(?:for a |over a )?(?:coffee|cuppa|brew|playdate|play date)\b"),
    (2, r"\b(?:everyone|everybody|they|we|you) (?:would|will|'d) be better (?:off )?without (?:me|her|him)|\bno reason to live|"
        r"\b(?:getting|got|get|gets) (?:into|in) (?:a|his|their|the) (?:car|van) with|\bsend (?:her|him|them) (?:a )?(?:present|gift|"
        r"something|sweets)|\bnon[- ]?contact order|\bcontact order"),
    (1.5, r"\bdsl\b|\bdesignated safeguarding|\bsafeguarding lead|\bnobody (?:picks|collects|comes for|is there for)|"
          r"\b(?:is|was) (?:the|that) (?:\w+ )?(?:girl|boy|kid|child) (?:on|in) (?:the )?(?:left|right|middle|front|back|your class)|"
          r"\b(?:the )?(?:blonde|ginger|little|pretty) (?:girl|boy) (?:on|in) the"),
    (1.0, r"\bolder (?:lad|man|men|boy|boys|guy|guys|bloke|teen|teenager)s?\b|\blooked (?:really |so |very )?(?:upset|scared|frightened|"
          r"terrified|lost)|" + _OUT_IN_THE_DARK + r"|\b(?:asking|begging) (?:people )?for money|\b(?:didn'?t|doesn'?t) look older than|"
          r"\blooked about \d|\b(?:hasn'?t|not|isn'?t|won'?t|hasnt) (?:eaten|eating)|\bprivately\b|\bmy ex\b"),
    (0.5, r"\b(?:1[01]|12) ?pm\b|\bmidnight\b|\b[1-4] ?am\b"),
    (2, r"\b(?:don'?t|dont|do not|doesn'?t|doesnt|never|not) feel(?:s)? safe|\bscared of (?:my|his|her|their) (?:dad|mum|mam|stepdad|"
        r"uncle|brother)|\bcan'?t tell (?:me|anyone|us) who|\bwon'?t (?:say|tell (?:me|us)) who|\bstarving (?:her|him|them)sel|"
        r"\beating disorder|\banorexi|\bbulimi|\bcounty lines|\bsleeping rough|\bdr(?:unk|inking)\b[^.!?]{0,40}?\b(?:drove|driving|kids|"
        r"children|in charge|pick ?up)|\b(?:sell|selling|sold|offering|giving) (?:\w+ )?(?:vapes|drugs|weed|cannabis|alcohol|pills)"),
    (2, r"\b(?:told|tells|telling|asked) (?:her|him|them|me|my \w+) not to (?:say|tell) (?:anything|anyone)|\bnot to say anything|"
        r"\b(?:not right|problems?|trouble|wrong|going on) at home|\bcuts (?:all )?(?:up|on|over) (?:her|his|their) (?:arms?|legs?|wrists?)"),
    (0.8, r"\bsmells\b|\bsmelly\b|\bsame clothes"),
    (1.0, r"\bshut (?:outside|out|in (?:his|her|their) room)|\blocked (?:out|outside)|\bcrying\b|\bhandprint|\bgrabbed\b|"
          r"\binappropriate(?:ly)?\b|\b(?:messag\w+|asking|contacting|following) (?:the |my |our )?(?:girls|boys|kids|children|daughter|son)\b|"
          r"\bvapes?\b|\bdrugs?\b|\bweed\b|\bgangs?\b|\bhomeless\b|\bunwashed|\bsoiled\b|\bin the cold\b|\bfor hours\b"),
    # Welsh
    (1.5, r"\b(?:dw i'?n|dwi'?n|rwy'?n|rydw i'?n|rwyf i'?n) poeni\b|\bnegeseuon (?:rhyfedd|od|cas|anweddus)"),
    (2, r"\bhunan[- ]?niweid|\bcam[- ]?drin|\b(?:eisiau|isio|moyn|am) (?:farw|marw)|\b(?:ddim|dim) (?:eisiau|isie|moyn) byw|"
        r"\bofn mynd adre|\byn fy (?:nharo|mwrw|nghuro)"),
    (1.5, r"\bcleisiau|\bdieithr(?:yn|iaid)|\bdim bwyd|\bpeidiwch (?:a|â) dweud|\bpaid (?:a|â) dweud"),
)

#: Being somewhere at a time, said to someone: a veiled threat ("I'll be waiting outside") or an errand
#: ("I'll be waiting outside the library at 4 with the books"). With an errand in the comment
#: (ERRAND) these signals are no evidence (classifier._classify_prepared drops them); words of
#: violence, a known address or a warning still count.
_RENDEZVOUS_STRONG = r"\bi'?ll be (?:waiting|outside|at the gate)"
_RENDEZVOUS = r"\bwaiting (?:at the gates?|outside)\b|\bsee you (?:outside|at the gate)"
_RENDEZVOUS_WEAK = r"\bi'?ll be (?:at|outside)\b"
#: An errand or a purpose that makes a place and a time an arrangement: bringing or collecting
#: something, a lift, a trip, an offer to anyone. People and weapons are not errands ("with the lads").
ERRAND = (
    r"\b(?:with|bring(?:ing)?|grab|collect(?:ing)?|drop(?:ping)? off|pick(?:ing)? up|give you|return(?:ing)?|"
    r"i'?ll have|to sign) (?:the|your|ur|my|our|some|a|an|those|these|any) (?!lads\b|boys\b|brothers\b|mates\b|family\b|"
    r"cousins\b|husband\b|fella\b|bat\b|knife\b|crew\b|gang\b|dogs?\b|head\b|teacher\b|boyfriend\b)[a-z]+|"
    r"\bfor (?:the |a |my |our )?(?:lift|trip|gala|walk|match|party|disco|practice|training|rehearsal|show|concert|"
    r"parade|fun run|fete|fair|swimming|cubs|brownies|scouts|choir|club|coach|minibus|bus)\b|"
    r"\bif (?:anyone|anybody|you) (?:wants?|needs?|fancies|fancy)|\bto (?:pick up|collect|drop off)\b|"
    r"\b(?:gyda|efo|ar gyfer)\b"
)
#: Thanks or congratulations in the comment ("see you at the gates at 3, thanks for a lovely trip",
#: Welsh "wnaethon nhw ei lladd hi ... llongyfarchiadau", they killed it): a place and a time, or
#: the Welsh "kill it" idiom, said with gratitude is a greeting, not menace (classifier drops the
#: THREAT_DISARMED signals then). "Thanks for nothing" is no gratitude.
GRATITUDE = (
    r"\b(?:thanks|thank you|thank u|thanx|cheers|ta very much|diolch|well done|congrat\w*|llongyfarch\w*|da iawn)\b"
    r"(?! (?:for|am) (?:nothing|dim byd))"
)
_KILL_CY = r"\blladd (?:ti|chi|hi|e|o|nhw)\b"
#: The rendezvous signals, by pattern.
THREAT_RENDEZVOUS: frozenset[str] = frozenset({_RENDEZVOUS_STRONG, _RENDEZVOUS, _RENDEZVOUS_WEAK})
#: Threat signals that gratitude in the same comment disarms (see GRATITUDE): the rendezvous and the
#: Welsh "lladd hi" (also "to kill it", to do brilliantly). Words of violence said to someone still count.
THREAT_DISARMED: frozenset[str] = THREAT_RENDEZVOUS | {_KILL_CY}

_STRONG_VIOLENCE = r"(?:kill|stab|shoot|batter|punch|slap|knock (?:\w+ )?out|deck|lamp|strangle|throttle|torch|bash|glass|knife|bottle|smash)"
_WEAK_VIOLENCE = r"(?:hit|hurt|beat|kick|burn|sort|deal with|end|break|get|find|come for|sort out)"
_TARGET = r"(?:you|u|ya|yer|her|him|them|em|'em|that (?:teacher|woman|man|head|caretaker)|the head|mr \w+|mrs \w+|miss \w+|your|ur|his|their)"

THREAT: tuple[Signal, ...] = (
    (2, _RENDEZVOUS_STRONG),
    (1.5, _RENDEZVOUS),
    (0.8, _RENDEZVOUS_WEAK),
    (2, r"\bi know where (?:[a-z']+ ){1,3}?(?:live|lives|park|parks|drinks?|works?|go(?:es)? ?to|sleeps?|stays?)\b|"
        r"\bi know (?:your|her|his|their) (?:address|car|house|reg|number plate)|\bi know (?:which|what) (?:house|street|road|car)|"
        r"\bshame if (?:anything|something) (?:happened|was to happen|happens)|\bwould be a shame if|"
        r"\bwouldn'?t want anything to happen|\baccidents happen|\b(?:wants?|needs?|better|had better|ought to) "
        r"(?:to )?watch (?:him|her|them|your|my)sel(?:f|ves)|\bi know (?:what|which) car (?:you|u|she|he|they) drives?"),
    (2, r"\bwatch (?:your|ur|yer|yo) (?:back|self)|\bwatch yourself\b|\byou(?:'ve| have| been) been warned|"
        r"\bconsider yourself warned|\blast warning|\byou'?ve had your warning"),
    (2, rf"\b(?:i'?ll|i will|ill|i'?m gonna|im gonna|i am gonna|i'?m going to|im going to|i am going to|we'?ll|we will|"
        rf"gonna|i'?d) (?:\w+ )?{_STRONG_VIOLENCE}\b(?! it\b| them out of)"),
    (2, rf"\b(?:i'?ll|i will|ill|i'?m gonna|im gonna|i'?m going to|im going to|we'?ll|we will|or i'?ll) "
        rf"(?:\w+ )?{_WEAK_VIOLENCE} {_TARGET}\b"),
    (2, r"\b(?:she'?ll|he'?ll|they'?ll|you'?ll|someone'?ll|she will|he will|they will|you will) (?:get|be getting) "
        r"(?:a |her |his |their )?(?:slap|smack|punch|kicking|hiding|battering|beating|what'?s coming|hurt|done in)"),
    (2, r"\bsomeone(?:'s| is) getting (?:hurt|a slap|smacked|battered|it)|\bsomebody(?:'s| is) getting hurt"),
    (0.7, r"\bsomeone(?:'s| is) (?:gonna|going to) get hurt"),
    (1.5, r"\bi won'?t be (?:calm|nice|polite|responsible|held responsible)|\bnot (?:be )?responsible for (?:my|what i)|"
        r"\b(?:they'?ll|you'?ll|she'?ll|he'?ll|they will|you will) (?:live to )?regret|\byou'?ll be sorry|"
        r"\bmake (?:\w+ )?(?:life|lives) (?:a )?(?:hell|misery)|\bmake (?:her|him|them|you) pay\b"),
    (1.0, r"\b(?:and|then) see what happens\b|\bor else\b|\bwatch this space\b|\bwon'?t know what hit"),
    (2, r"\bburn (?:the|that|this|your|ur|their|his|her|it|the whole) (?:\w+ )?(?:school|place|house|car|building)?"
        r" ?down|\bset fire to|\bpetrol (?:bomb|through)|\bbrick through|\bshoot (?:up )?the school"),
    (1.0, r"(?<!bath )\bbomb\b|(?<!water )(?<!nerf )(?<!glue )\bguns?\b|\bknives\b|\bmachete|\bacid\b"),
    (2, r"\bsee what happens to (?:your|ur|her|his|their|the) |\bflat tyres|\bslash(?:ed)? (?:\w+ )?tyres|\bkey(?:ed)? (?:her|his|your|their|the) car|"
        r"\bwould look better with|\b(?:windows|windscreen|tyres)\b[^.!?]{0,30}?\bsee what happens"),
    (1.5, rf"\bwaiting for {_TARGET}\b|\bpay (?:her|him|them|you) a visit|"
        rf"\bcoming for (?:you|her|him|them)|\bbringing (?:\w+ )?(?:of )?the (?:lads|boys)|\bfew of the lads"),
    (1.5, r"\bhave a [\"']word[\"']|\b(?:a|have a) \"?little word\"?"),
    (2, r"\bdeserves? (?:a |to be |to get )?(?:slap|smack|punch|kicking|hiding|battering|beaten|hurt|shot|stabbed)|"
        r"\bsomeone should (?:burn|smash|batter|hurt|kill|stab|shoot|sort)|\bshould be (?:shot|strung up|hanged)|"
        r"\bstring (?:him|her|them) up|\b(?:needs?|wants?) a (?:good )?(?:slap|smack|kicking|hiding|punch)"),
    (2, r"\bsort it or i'?ll|\bor i'?ll (?:sort|deal|come|be)|\bi'?ll (?:put|throw|chuck|drag|push|kick) (?:her|him|them|you|u) "
        r"(?:through|out|down|into|over)|\btyres? (?:slashed|let down|done in)|\bget (?:his|her|their|your|ur) (?:windows|head|face|"
        r"car|teeth) (?:smashed|kicked|done|put in|knocked)"),
    (2, r"\b(?:someone|somebody|some1|people|we) (?:should|needs? to|ought to|wants? to|could) (?:torch|burn|smash|batter|hurt|"
        r"kill|stab|shoot|bomb|petrol|deal with|sort out|do in|teach)\b|\btorch (?:the|that|this|their|his|her|your) \w+"),
    (1.0, r"\bcom(?:e|ing) (?:down|up|round|over) (?:there|here|to (?:the )?school|the school)\b|\bwith my (?:brothers|mates|lads|"
          r"boys|cousins|family|husband|fella)\b|\byou(?:'ve| have)? got (?:till|until|one more|24)|\bone more time\b"),
    (0.8, r"👊|🔪|🔫|💣|🪓"),
    (2, r"\bget my hands on|\blights out\b|\bcheck under (?:her|his|your|their|the) car|\bwon'?t have any (?:windows|tyres|teeth)|"
        r"\b(?:will|gonna|going to|'ll) pay for (?:it|this|that)|\bbetter hope (?:i|we|my)|\bpunch (?:his|her|their|your|that|the) "
        r"|\bsort (?:that|the|this) (?:\w+ ){0,2}out (?:my|him|her)sel(?:f|ves)"),
    (1.5, r"\bgive (?:that|the|her|him|them|you) (?:\w+ ){0,2}(?:a )?(?:good )?(?:slap|smack|punch|kicking|hiding|battering|clip)|"
          r"\bwhat'?s coming (?:to (?:them|you|her|him)|for)|\bsleep (?:well|tight)\b(?! (?:everyone|all|kids|little))|"
          r"\bwon'?t hold back|\b(?:had )?better be ready|\bto my face\b|\bhunt (?:you|her|him|them) down|"
          r"\bface the consequences|\bnot all i'?ll do|\bmake sure (?:that|the|she|he) (?:\w+ )?never (?:works|teaches)|"
          r"\bcoming for (?:whoever|that|the)\b|\bwon'?t know what hit|\bsee you soon,? (?:mr|mrs|miss)"),
    (0.8, r"\bslap\b|\bpunch\b|\bsmack\b|\bbatter\b|\bkick(?:ed|ing)? (?:his|her|your|their) (?:head|teeth|arse|ass|face)|"
          r"\bwait and see|\byou'?ll see\b|\bbring (?:the whole|my) (?:family|lads|boys|brothers)"),
    (1.0, r"\bmark my words|\bkeep it up and|\bwait (?:till|until) i\b|\bi'?m coming (?:in|down|up|round)|\bsort (?:her|him|them|that \w+) out\b"),
    # Welsh
    (2, r"\bgwylia (?:dy|di dy|dy hun|dy gefn)|\bgwyliwch eich (?:hun|cefn)|\bgwybod (?:lle|ble) (?:ti'?n|wyt ti'?n|rwyt ti'?n|"
        r"mae (?:hi|e|o)'?n|maen nhw'?n|rydych chi'?n) byw|\b(?:rho|roi|rhoi) (?:clatsien|slap|crasfa)"),
    (1.5, _KILL_CY),
    (1.5, r"\bllosgi'?r ysgol|\bcei di weld\b"),
    # an errand at a place and a time ("see you outside the Co-op at 8 with the raffle prizes"), not a threat
    (-1.5, r"\b(?:with|for) (?:the |your |my |our |some )?(?:lift(?: share)?|party bags|costumes?|tickets?|bake sale|cakes?|"
           r"cake tins|raffle(?: prizes)?|tombola|spare kit|kit|jumper|keys|uniform|forms?|packed (?:lunch|tea)|playdate|"
           r"cuppa|coffee|brew)\b|\bsee you there\b|\bcan'?t wait\b"),
    # everyday exaggeration, not a threat
    (-3, r"\bdeath of me\b|\bkill(?:s|ing|ed)? me\b|\bkill(?:ing|ed)? it\b|\bkill for\b|\bdressed to kill|"
        r"\bsmash(?:ed|ing)? it\b|\bbomb(?:ed)? it\b|\bkill (?:two|2) birds"),
)

#: Welsh "pobl" (people) is a group only with the word that says which people: an adjective, softly mutated after it
#: ("pobl ddu", "pobl draws"), or a phrase ("o dramor"). One list for the lexicon's group words (``_ID``) and for
#: their mutated forms (questions.GROUP_CY_MUTATED: "i bobl hoyw").
PEOPLE_QUALIFIERS_CY = ("hoyw", "draws", "ddu", "dduon", "anabl", "asiaidd", "awtistig", "fyddar", "lesbiaidd", "o dramor")
#: Welsh nouns for children, families, parents, women and men: a group only with a qualifier after them.
FAMILY_NOUNS_CY = ("plant", "teuluoedd", "rhieni", "menywod", "dynion")
#: ... which follows them unmutated ("plant du", "teuluoedd traws").
FAMILY_QUALIFIERS_CY = (
    "anabl", "awtistig", "traws", "byddar", "hoyw", "du", "mwslimaidd", "pwylaidd", "iddewig", "tramor", "o dramor",
    "asiaidd",
    # (s16) the nationalities' adjectives ("teuluoedd Rwmanaidd", "plant Affricanaidd"), accents already stripped
    "rwmanaidd", "bwlgaraidd", "nigeraidd", "somaliaidd", "affricanaidd", "pacistanaidd", "indiaidd", "tsieineaidd",
    "arabaidd", "twrcaidd", "syriaidd", "afghanaidd", "lithwanaidd", "wcreinaidd", "sipsi",
)
#: Welsh group words in their radical form (``_ID`` holds these; their mutated forms it lacks). (s16: moved here from
#: questions.py so that the withheld trust below reads "unrhyw Fwslim"; "mwslim" singular added.)
_WELSH_RADICALS = (
    "mwslemiaid", "mwslimiaid", "mwslim", "pwyliaid", "teithwyr", "tramorwyr", "mewnfudwyr", "gwyddelod", "ceiswyr lloches",
    "pobl", *FAMILY_NOUNS_CY, "dau dad", "dwy fam",
)
#: Qualifiers the lexicon's group words lack: a people noun mutated after a preposition is a group with these too
#: ("i blant sipsi", "o deuluoedd o rwmania").
_MORE_QUALIFIERS = ("sipsi", "o deithwyr", "o rwmania", "o nigeria")
#: Soft, nasal and aspirate mutation of a Welsh word's first consonant (only those that mutate).
_MUTATIONS: dict[str, tuple[str, ...]] = {
    "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "c": ("g", "ngh", "ch"), "b": ("f", "m"), "d": ("dd", "n"),
    "g": ("", "ng"), "m": ("f",), "ll": ("l",), "rh": ("r",),
}


def mutations(radical: str) -> tuple[str, ...]:
    """The mutated forms of a Welsh word (not the radical itself): "pobl" -> "bobl", "mhobl", "phobl"."""
    for initial in ("ll", "rh", *(c for c in _MUTATIONS if len(c) == 1)):
        if radical.startswith(initial):
            return tuple(m + radical[len(initial):] for m in _MUTATIONS[initial])
    return ()


def _mutated_groups() -> str:
    forms = sorted({m for radical in _WELSH_RADICALS for m in mutations(radical)}, key=len, reverse=True)
    # a mutated "pobl", "plant", "rhieni" ... is a group only with the word that says which group follows (the
    # lexicon's qualifiers of either noun: after a mutation, "i bobl ddu" and "o blant du" alike)
    people = {m for r in ("pobl", *FAMILY_NOUNS_CY) for m in mutations(r)}
    bare = [f for f in forms if f not in people]
    qualified = [f for f in forms if f in people]
    qualifiers = dict.fromkeys((*PEOPLE_QUALIFIERS_CY, *FAMILY_QUALIFIERS_CY, *_MORE_QUALIFIERS))
    return rf"(?:{'|'.join(bare)}|(?:{'|'.join(qualified)}) (?:{'|'.join(qualifiers)}))"


#: The lexicon's Welsh group words as they read after a mutating word ("i Fwslemiaid", "o bobl hoyw").
GROUP_CY_MUTATED = _mutated_groups()


#: People pointed at, not named ("those people", Welsh "y bobl hynny", "pobl fel 'na"): a group only by what is said
#: of them. They count as a group mention (POINTED_GROUP) unless the comment praises (classifier), and in withheld
#: trust only with a group or an origin after them ("those people from the council" are no group).
_POINTER = r"(?:those|these) people|y bobl (?:hynny|hyn|yma|'?ma|'?na)|pobl fel (?:nhw|hynny|'?na)"
_ID = (
    r"(?:muslims?|islam\w*|moslems?|muzzies|jews?|jewish|hindus?|sikhs?|immigrants?|migrants?|refugees?(?:'s?)?|"
    r"asylum(?: seekers?)?|gay couples|two (?:men|women|mums|dads)|same[- ]sex|gay (?:parents|dads|mums)|pride (?:assembl\w+|month|flags?|events?|parades?)|foreign kids|foreign(?:ers?)?|polish|poles|romanians?|bulgarians?|eastern europeans?|"
    r"english (?:families|people|kids|lot|parents)|gypsies|gypsy|gipsy|travell?ers?|roma|welsh (?:speakers?|people|families|kids|lot|mafia|nationalists?)|bisexuals?|bi (?:people|parents|dads|mums)|non-?binary|deaf|blind (?:people|kids|children|parents)|catholics?|christians?|blacks|whites|white (?:people|families|kids)|mixed[- ]race|eritreans?|ghanaians?|latvians?|slovaks?|czechs?|moroccans?|brazilians?|filipinos?|jamaicans?|scots|hindus?|down'?s syndrome|learning disabilit\w+|english (?:settlers|incomers|newcomers)|cymry|pakistanis?|asians?|"
    r"africans?|black (?:kids?|people|families|family|child|children|boy|girl|lad|man|woman|parents?|teacher)|"
    r"brown (?:kids?|people)|chinese|indians?|arabs?|gays?|lesbians?|homosexuals?|queers?|trans(?:gender)?|"
    r"lgbt\w*|autistic|autism|disabled(?! (?:toilet|loo|parking|bay|space|access|ramp|entrance))|disabilit\w+|special needs|sen kids|down'?s|wheelchairs?|handicapped|"
    r"religion|religious|eid|ramadan|diwali|hanukkah|mosques?|synagogues?|burkas?|burqas?|hijabs?|headscarf|"
    rf"headscarves|turbans?|halal|saeson|mewnfudwy?r|ffoadur(?:iaid)?|the gay \w+|{_POINTER}|their kind|"
    # (s16) "eu siort nhw" (their sort), and people counted by the colour of their faces ("wynebau duon", "brown faces")
    r"eu (?:math|siort|teip) nhw|"
    r"wynebau (?:du|duon|brown|tywyll|tramor)|(?:black|brown|foreign|dark) faces|"
    r"nigerians?|somalis?|albanians?|lithuanians?|kosovans?|turks|turkish|irish|bangladeshis?|kurds?|kurdish|afghans?|"
    r"syrians?|ukrainians?|portuguese|mwslemiaid|iddewon|sipsiwn|teithwyr|pwyliaid|estroniaid|tramorwyr|"
    r"siciaid|hindwiaid|rwmaniaid|nigeriaid|albaniaid|somaliaid|lesbiaid|gwyddelod|mwslim\w*|iddewig|hindwaidd|"
    rf"pobl (?:{'|'.join(PEOPLE_QUALIFIERS_CY)})|ceiswyr lloches|dau dad|dwy fam|"
    rf"(?:{'|'.join(FAMILY_NOUNS_CY)}) (?:{'|'.join(FAMILY_QUALIFIERS_CY)}))"
)
_HOSTILE = (
    r"(?:send (?:them|em|'em|the lot) (?:all )?(?:back|home)|(?:should|can|must|to) go (?:back )?home|go back (?:where|to)|"
    r"back where (?:they|you) came from|taking over|take over|taken over|took over|(?:taking|take|took|steal\w*) (?:all )?(?:the|our) "
    r"(?:places|jobs|houses|school places|spaces|benefits)|shouldn'?t be (?:allowed|in|teaching|near|anywhere|at|working|let)|"
    r"should (?:go|be sent|be kept) (?:to|in) (?:special|their own)|not (?:welcome|wanted)|disgusting|freaks?|vermin|"
    r"scum|filth\w*|ruin\w*|too many|everywhere|(?:can'?t|cannot|don'?t) (?:even )?speak (?:english|welsh)|"
    r"drag(?:ging)? (?:\w+ )?down|standards (?:have )?(?:dropped|fallen|slipped)|keep (?:your|their|ur) (?:religion|culture|ways)|"
    r"this is (?:wales|england|britain|the uk|scotland|a christian country)|christian country|always the same|"
    r"(?:they'?re|they are|all) (?:violent|dangerous|animals|criminals|terrorists|thieves)|pushed on|being pushed|"
    r"nonsense|brainwash\w*|not natural|unnatural|perverted|belong in(?! (?:every|all|any|our|this|the same))|(?:don'?t|do not|doesn'?t|never) belong|those freaks|invasion|invaders|breed\w*|"
    r"infest\w*|overrun|flooded|swamped|not surprised|no wonder|allowed to teach|near (?:the|our|my) (?:boys|girls|kids|children)|"
    r"cer adre|dos adra|ewch adre|slow (?:\w+ ){0,3}down|should be in (?:their own|special|a special|separate)|"
    r"special treatment|handed to them|get everything|(?:shov|ramm|forc|push)\w* (?:it |this |that )?down (?:our|my|people'?s|everyone'?s|the kids'?) throats|jump the queue|free houses|causing (?:all the )?trouble|troublemakers|"
    r"always the|go to their own|or get out|get out\b(?! (?:your|the|my|our|a|some|of (?:bed|the))\b)|(?:has|have) no place|no place in|it'?s wrong|not right|keep them separate|"
    r"(?:they'?re|they are) all the same|we all know what (?:they'?re|they are) like|in their (?:blood|nature|genes)|"
    r"fynd (?:yn )?ol\b|ble daethon|ffiaidd|afiach|annaturiol|ddim yn naturiol|yn erbyn natur|[pb]eryglus|[pb]eryg\b|[pb]arasitiaid|[dt]roseddwyr|dim lle (?:iddyn|i chi|i'r)|ddim yn perthyn|\bpla\b|difetha|"
    r"learn (?:english|welsh) or|sick\b|propaganda|agenda|indoctrinat\w+|nicking|ruins? (?:it|everything)|made to (?:eat|speak|learn)|run everything|control everything|run the (?:world|country|banks|media)|(?:control|controls|own|owns|run|runs) (?:the |our )?(?:\w+ )?(?:media|papers|press|banks|council|government|governors|schools|world|country)|pulling the strings|behind (?:it all|everything|the scenes)|replac(?:e|ing) us\b|get (?:them|those|these) "
    r"(?:\w+ )?out|shouldn'?t be (?:adopting|having kids|near)|groom\w*)"
)

#: (s14) Coded words for a group of people: euphemisms ("newcomers", "certain families", "the you-know-whos",
#: Welsh "mewnfudwyr", "y teuluoedd newydd"), a people word in scare quotes ("our "new neighbours"", "the
#: "community""), and a warm word said with a wink ("vibrant ... 🙃", "cultural enrichment, they call it"). They make
#: a comment one *about a group* (GROUP_MENTION), so the model's hate counts at the group's floor; none is evidence of
#: hate on its own ("the newcomers' coffee morning is Thursday"). Neighbours unquoted are neighbours, and laughing
#: emoji are no wink (they end half of all harmless chat). Weakness: any scare-quoted people word counts, so a parent
#: quoting a newsletter's "new families" is a group mention too; the model has to read it as harmless.
_WINK = r"(?:🙃|🙄|🤔|😉|😏|👀|🤐|🤫|🤡|\.\.\.|\bapparently\b|\bthey call it\b|\bso-called\b|\bahem\b|\bjust saying\b)"
CODED_GROUP = (
    r"\b(?:newcomers|incomers|new arrivals|(?:the |these |those )new families|(?:white )?settlers|"
    r"you[- ]know[- ]whos?|certain (?:families|people|parents|communities|groups|types|sections|elements)|"
    r"a certain (?:community|type|sort|kind|element|group)|one community|them lot|those types|"
    r"(?:eastern )?europeans|(?:european|foreign|overseas) (?:friends|guests|cousins|neighbours)|"
    r"fresh off the (?:boat|plane|lorry|coach)|mewnfudwyr|newydd-ddyfodiaid|(?:y|yr) teuluoedd newydd|"
    r"(?:ein )?ffrindiau o (?:dramor|dros y ffin|loegr))\b|"
    r"\"(?:[a-z']+ ){0,2}(?:neighbours|friends|families|community|communities|residents|guests|visitors|newcomers|"
    r"dads|mums|parents|lads|people|kids|children|youths|gymuned|teuluoedd|ymwelwyr|cymdogion)\"|"
    r"\"(?:vibrant|diverse|diversity|enriched|enrichment|cultural enrichment|multicultural|cultural)\"|"
    rf"\b(?:cultural enrichment|enrich(?:ment|ed|ing)|vibrant|diversity is our strength)\b(?=[^\n]{{0,80}}?{_WINK})"
)

#: (s16) Words that point at a group without naming it: the rainbow for LGBT people ("the rainbow flags in a primary",
#: "rainbow lanyards"), "remigration" (the far right's word for sending people back) and "mass migration". Group
#: mentions only, never evidence: "the rainbow crossing outside school" is a mention the model reads as harmless.
_CODED_MENTION = (
    r"\brainbow (?:flags?|lanyards?|crossings?|laces|badges?|lot|brigade|agenda|stuff)\b|\bremigration\b|\bmass (?:migration|immigration)\b|"
    # (s16 fix) the same in Welsh: the rainbow's flags ("baneri'r enfys", "baner enfys"), lanyards and crossing, and the
    # "gay agenda" ("agenda hoyw", "propaganda LHDT"). Not "enfys" alone: it is a class's, a song's and a day's name
    r"\b(?:baner\w*|lanyard\w*|croesfan|agenda|ideoleg|propaganda)(?: ?'?r| yr)? enfys\b|"
    r"\b(?:agenda|ideoleg|propaganda) (?:hoyw|lhdt\w*|traws|drawsryweddol)\b"
)
#: (s16) Where someone comes from, English and Welsh ("a teacher from Nigeria", "athro o Nigeria", "o Bacistan"):
#: a person by their origin is a mention of the group, so the model's hate counts at a group's floor.
_ORIGIN = (
    r"\b(?:from|o) (?:nigeria|romania|rwmania|poland|gwlad pwyl|wlad pwyl|pakistan|pacistan|bacistan|bulgaria|bwlgaria|"
    r"albania|somalia|syria|afghanistan|affganistan|eritrea|africa|affrica|india|bangladesh|lithuania|lithwania|latvia|"
    r"ukraine|wcrain|turkey|twrci|dwrci|iraq|irac|iran|jamaica|china|tsieina|dsieina|morocco|moroco|eastern europe|"
    r"dwyrain ewrop)\b"
)
#: (s16 fix) A person by their origin ("a teacher from Nigeria", "families from Romania", "athro o Nigeria", "un o
#: Rwmania"): an origin is a group only when people come from it. "The PE kits from China", "y gwisg ysgol o Tsieina"
#: and "flights back from Turkey" are things and trips.
_PERSON_FROM = (
    r"(?:people|persons?|folks?|famil(?:y|ies)|kids|children|child|pupils?|parents?|mums?|mams?|dads?|m[ae]n|wom[ae]n|"
    r"lads?|boys?|girls?|guys?|blokes?|teachers?|staff|workers?|builders?|drivers?|neighbours?|someone|anyone|one|ones|"
    r"them|those|these|lot|pobl|person|teulu|teuluoedd|plant|plentyn|rhieni|dyn|dynion|menyw|menywod|athr[ao]\w*|"
    r"gweithwyr|un|rhai|rheini|nhw|bachgen|bechgyn|merch\w*|mamau|tadau|rhywun|unrhyw un)"
)
PERSON_ORIGIN = rf"\b(?:{_POINTER}|{_PERSON_FROM})(?: (?:who|that) (?:came|come|are|is|were)| originally| all| sy'?n dod| yn dod)? {_ORIGIN}"
#: (s16 fix) A group only pointed at ("those people", "y bobl hynny") or known by its origin (PERSON_ORIGIN): a
#: mention the classifier drops when the comment praises ("Pobl fel 'na sy'n gwneud y pentre'n arbennig").
POINTED_GROUP = (
    # (not people at a place or from an institution: "those people from the council", "y bobl yma o'r cwmni bysiau")
    rf"\b(?:{_POINTER})\b(?! (?!{_ORIGIN})(?:from|at|in|on|o'?r|yn y|yn yr|ar y|sy'?n gweithio)\b)|{PERSON_ORIGIN}"
)
#: A mention of a protected group, or a coded word for one: hate needs a group to be about, so the
#: model alone calls a comment hate only when one is mentioned (see ``classifier.combine``).
NAMED_GROUP_MENTION = (
    rf"\b(?!{_POINTER}){_ID}\b|{CODED_GROUP}|\(\(\(|\bglobalists?\b|\bwoke\b|\b(?:rainbow|alphabet|lgbt\w*) (?:mafia|brigade|lot|crowd|people|agenda)|"
    r"\bgroomers\b|\bboat people|\bnew arrivals|\bcertain families|\b(?:their|that) sort\b|\bforeign\w*|\bcolonis\w+|"
    r"\b(?:ethnic|minorit\w+|race|racial|nationalit\w+|culture|faith|religio\w+|colour|skin)\b|"
    r"\b(?:men|women|males?|females?|girls|boys|ladies|blokes|lads)\b|"
    rf"{_CODED_MENTION}"
)
GROUP_MENTION = rf"{NAMED_GROUP_MENTION}|{POINTED_GROUP}"

#: Hate signals that only see a group word near a hostile-sounding word ("autistic" near "sick",
#: "Polish club" near "get out"): what a parent's everyday mention looks like to a phrase list as
#: often as hate does. On their own they are weak evidence the model may overrule (classifier.combine).
_GROUP_NEAR_HOSTILE = rf"\b{_ID}\b[^.!?]{{0,60}}?\b{_HOSTILE}"
_HOSTILE_NEAR_GROUP = rf"\b{_HOSTILE}\b[^.!?]{{0,60}}?\b{_ID}\b"

#: A hostile predicate denied, or rejected by the writer ("... are not taking over", "it's a lie that
#: ...", "nobody should tell ... to go home", Welsh "ddim yn wir bod"): the group-near-hostile
#: co-occurrence inside it is not evidence of hate (classifier._classify_prepared drops it). Only the
#: co-occurrence: a slur or a go-back demand counts whatever surrounds it. "not allowed", "not
#: welcome", "not one of us" are hostile with their "not", so they are not negations.
NEGATED_HOSTILE = (
    rf"\b{_ID}(?: (?:kids|children|pupils|families|people|parents|mums|dads|men|women|lads|girls|boys|lot|couples))?\b "
    rf"(?:are|is|were|was|do|does|did|have|has|had)(?: not|n'?t| never)(?: all)? (?!allowed|welcome|wanted|one of us|like us|normal|fit\b)"
    rf"(?:[a-z']+ )?{_HOSTILE}|"
    r"\b(?:not true|isn'?t true|a lie|a myth|(?:utter |complete |total )?(?:tosh|twaddle|codswallop|rubbish|nonsense) that|"
    r"nobody (?:here |round here )?(?:thinks|believes|says)|"
    # a belief denied ("I don't think ...", "I could never believe ...")
    r"(?:don'?t|do not|never|could never|would never|'d never|can'?t|cannot) (?:think|believe|accept|agree)|"
    # a claim named in order to reject it ("the idea that ... is nonsense", "I won't have anyone say ...")
    r"the (?:idea|notion|myth|claim|stereotype|rubbish|nonsense|lie) (?:that|about)|"
    r"(?:won'?t|will not|wouldn'?t|don'?t|do not|never) (?:have|let) (?:anyone|anybody|people|them) (?:say|tell|call|convince)|"
    r"no[- ]?one (?:here |round here )?(?:thinks|believes|says)|(?:nobody|no[- ]?one) should (?:say|be saying|call|be calling|"
    r"tell|be telling)|(?:would|will|'d) never (?:say|tell|call)|shouldn'?t be (?:saying|telling|calling)|"
    r"stop (?:saying|telling)|(?:wrong|not fair|unfair|ignorant) to (?:say|call|claim|think)|ddim yn wir|celwydd yw dweud|"
    r"ddylai neb (?:ddweud|alw))"
    rf"(?: (?:that|bod|fod))?[^.!?]{{0,40}}?\b{_ID}\b"
)

#: A word or phrase that denies what follows it in its clause (the triggers of NegEx: Chapman et al. 2001),
#: English and Welsh: "not", "n't", "never", "nobody", "ddim", "byth", and the frames that name a claim to
#: reject it ("no problem with", "nothing wrong with", "not true that", "a myth that"). Bare "no" and Welsh
#: "dim" are not here: "no more ...", "no place for ...", "dim lle i ..." exclude a group, they deny nothing.
DENIAL_CUE = (
    r"\b(?:not|never|nobody|no[- ]?one|none|nothing|neither|nor|(?:do|does|did|is|are|was|were|wo|would|should|ca|could|has|"
    r"have|had|ai)n'?t|cannot|ddim|byth|neb|nid|nad|no (?:problem|issue|truth|evidence|reason)s?|nothing wrong)\b"
)
#: What makes a negation hostile instead of a denial (NegEx's pseudo-triggers): the denied word is a wish, trust,
#: belonging or worth ("don't want ...", "never trust ...", "not welcome", "byth yn rhan o"), a hedge ("I'm not
#: saying ... but", "don't get me wrong"), or the negation asks a rhetorical question ("why don't they ...",
#: "pam nad ..."). Only the words right after the cue are read (``classifier._denied``).
DENIAL_NOT = (
    r"^(?: (?:be|even|ever|really|truly|just|all|always|at all|yn|eisiau|isio))* (?:want\w*|wish\w*|like\w*|trust\w*|belong\w*|"
    r"deserv\w*|welcome\w*|allow\w*|let\b|fit\w*|accept\w*|need\w*|care\w*|respect\w*|integrat\w*|contribut\w*|"
    r"one of us|like us|human|normal|real\b|proper\b|the same|(?:really )?saying|sayin|get me wrong|mean to|wanting|"
    r"perthyn|haeddu|rhan\b|croeso|ffitio|trystio|ymddiried|derbyn|moyn|isie)"
)
#: A cue that asks instead of denying ("why don't they ...", "how come they never ...", Welsh "pam nad ...").
DENIAL_ASKED = r"\b(?:why|how come|pam|sut)(?: \w+)?\W*$"
#: What ends a denial's scope: a clause break or a contrast ("not ... but <claim>").
DENIAL_SCOPE_END = r"[.!?;:,\n]|\b(?:but|ond|though|although|however|yet|except|cos|because|achos)\b"

#: A warm or welcoming predicate about people ("... are welcome", "deserve to feel safe", "proud of",
#: Welsh "croeso", "haeddu"): with a group mention and no hostile word, the model alone needs to be
#: surer before it calls the comment hate (classifier.combine).
WARM_PREDICATE = (
    # "safe" only as people feeling or being safe: "keep our kids safe from them" is a hateful shape;
    # "welcome" not as "welcome to (go back|leave)"; none of them denied ("not welcome", "don't deserve")
    r"(?<!\bno )(?<!\bnot )(?<!n't )(?<!never )(?<!\bdim )(?<!\bddim )\b(?:welcome[sd]?(?! to (?:go|leave|move|clear|get))|welcoming|deserve[sd]?|"
    r"(?<!keep )(?<!kept )(?<!keeping )(?:feel|feels|be|are|is|stay) safe(?! from| around| near| away)|proud|thank\w*|belong (?:here|in every|with us)|"
    r"part of (?:our|the|this)|role models?|respect(?:ed)?|(?:every|the same|a) right to|mubarak|"
    r"croeso|haeddu|diolch|falch|parch|rhan o|saff)\b"
)
#: Sarcasm and code that turn a warm word round ("another vibrant family 🙄", "lovely, if you catch my drift").
SARCASM = (
    r"🙄|😒|😏|🤔|\(\(\(|\b(?:vibrant|diverse|diversity|enrich\w*|catch my drift|know what i mean|say no more|"
    r"funny that|how convenient|apparently|so-called|sure they are|yeah right|oh great|love that for us|shock horror)\b"
)
#: Any hostile word at all (the predicates of _GROUP_NEAR_HOSTILE) or sign of sarcasm, for the warm check above.
HOSTILE_WORD = rf"\b{_HOSTILE}|{SARCASM}"

#: Group words that name things, not people (food, festivals, places of worship, clothing, flags):
#: something said of them ("the halal option is the worst") is not said of a group of people.
_THINGS = (
    r"(?:halal|kosher|eid|ramadan|diwali|hanukkah|mosques?|synagogues?|burkas?|burqas?|hijabs?|headscarf|headscarves|"
    r"turbans?|religion|religious|pride (?:assembl\w+|month|flags?|events?|parades?))\b"
)
#: The people a group word is about, when one follows it ("autistic kids", "Polish families").
_PEOPLE_NOUN = r"(?:kids|children|pupils|families|family|people|parents|mums|dads|men|women|lads|girls|boys|lot|teachers|couples)"
#: The same, for other modules (questions.py).
PEOPLE_NOUN = _PEOPLE_NOUN
#: A protected group named as people ("Muslims", "the Polish families", "pobl hoyw"): the group words of
#: ``_ID`` without the things (food, festivals, flags), the coded phrases ("those people", "their kind") and
#: the slur in it, which are hate themselves. A model trained with identity abstraction reads each as one
#: placeholder (model.abstract_identity), so it learns hate from what is said of a group, not from which group it is.
IDENTITY_TERM = (
    rf"\b(?!{_THINGS}|(?:those|these) people\b|their kind\b|muzzies\b|moslems?\b|the gay |y bobl |pobl fel |"
    rf"eu (?:math|siort|teip) ){_ID}(?: {_PEOPLE_NOUN})?\b"
)
#: A negative trait or verdict said of people ("... are a burden", "... are just badly behaved"): the predicate
#: that turns a group word into a target. Shared by the generalisation, the asked generalisation and
#: the denial of a stereotype (counter.py), so that all three read the same vocabulary.
TRAIT = (
    r"(?:a |an |the |such a |nothing but )?(?:burdens?|nightmares?|menaces?|dangers?|threats?|problems?|plague|pests?|"
    r"drains? on|disease\w*|sickness|sick(?! of| and tired| with| at)|mentally ill|sick in the head|badly behaved|disruptive|dangerous|violent|"
    r"aggressive|rude|criminals?|thieves|thief|thieving|stealing|steal|scroungers?|spongers?|parasites?|scammers?|"
    r"terrorists?|extremists?|lazy|dirty|filthy|smelly|stink\w*|unclean|stupid|thick|backward|primitive|savages?|"
    r"animals|vermin|inferior|subhuman|perverts?|perverted|predators?|groom\w*|unnatural|abnormal|disgusting|"
    r"trouble(?:makers)?|to blame|ruining \w+|spoiling \w+|taking over|a fad|a phase|a choice|contagious|"
    r"attention seek\w*|brainwash\w*|a cult|liars?|cheats?|crooks?|useless|a waste|worst (?:thing|people|kind)|"
    r"greedy|confused(?! (?:by|about|with|as to|over))|snobs?|snobby|freaks?|weirdos?|feral|holding (?:\w+ ){0,2}back|hold(?:s)? (?:\w+ ){0,2}back|"
    r"drag\w* (?:\w+ ){0,2}down|lower(?:ing)? (?:the )?(?:standards|grades)|handed everything|getting everything|"
    r"jumping the queue|(?:get|got|getting) everything|uneducated|illiterate|second class|"
    # (s14-question) the recruiting and controlling tropes, so that their denial is read as one (counter.denied)
    r"recruit\w*|control(?:s|ling)? (?:the )?(?:media|banks|world|government|council|press)|"
    r"run(?:s|ning)? (?:the )?(?:banks|media|world|press))"
)
#: The Welsh traits, after "yn" ("... yn lladron", "... yn difetha'r gwersi").
TRAIT_CY = (
    r"(?:lladron|droseddwyr|troseddwyr|dwp|twp|ddiog|diog|fudr|budr|frwnt|brwnt|beryglus|peryglus|sal|ffiaidd|"
    r"snobs|faich|baich|fygythiad|bygythiad|barasitiaid|parasitiaid|dwyn|difetha|ddifetha|wedi drysu|drysu|"
    r"bla|pla|dreisgar|treisgar|anifeiliaid|dal (?:\w+ ){0,2}yn ol|"
    # (s14-question) a problem (soft and aspirate mutation), drunk, making trouble, running everything
    r"broblem|phroblem|feddw|meddw|(?:achosi|creu) (?:trafferth|trwbl|helynt|problemau)|recriwtio|"
    r"cymryd (?:drosodd|trosodd|y lle)|"
    r"rheoli (?:popeth|pob dim)|rheoli(?: y|'r| yr) (?:byd|banciau|cyfryngau|wasg|cyngor|wlad|ysgolion?))"
)
#: A negative claim about a group denied in Welsh (the English forms are NEGATED_HOSTILE's): "nid yw <group> yn
#: fygythiad", "dydy <group> ddim yn beryglus", "nid bygythiad yw <group>", and a belief or a claim denied before it
#: ("sa i'n credu bod ...", "dw i ddim yn meddwl fod ...", "nid yw'n wir fod ...", "does neb yn credu bod ..."). As
#: NEGATED_HOSTILE, it makes a group-near-hostile co-occurrence no evidence and a warm-enough mention for the model.
NEGATED_CLAIM_CY = (
    rf"\b(?:nid|nad) (?:yw|ydy|ydyn|ydynt|ydi)(?:'r| y| yr)? {_ID}(?: i gyd)? yn {TRAIT_CY}\b|"
    rf"\b(?:dyw|dydy|dydi|dydyn|so|smo)(?:'r| y| yr)? {_ID}(?: i gyd)? (?:ddim|byth) yn {TRAIT_CY}\b|"
    rf"\bnid (?:yn )?{TRAIT_CY} (?:yw|ydy|ydyn)(?:'r| y| yr)? {_ID}\b|"
    # a denied belief counts only with a group as the subject of what is denied ("sa i'n credu bod <group> ..."): alone
    # ("nid yw'n wir. Mae'r <group> yn ..."), or with the group elsewhere ("sa i'n credu bod lle i'r <group> ..."), it
    # denies something else and must not disarm the claim that follows
    r"\b(?:(?:(?:dw i|dwi|dydw i|dyw e|dydy hi|dydyn ni|dyn ni|dy ni) ddim yn|(?:sa|so|smo|sai) i'?n|(?:(?:does )?neb|sneb|does dim un)"
    r"(?: yn y ty ?(?:'ma|yma)| fan hyn| yma)?(?: yn|'n)) "
    r"(?:credu|meddwl|cytuno|dweud)|(?:nid|nad) (?:yw|ydy)'?n wir|(?:celwydd|myth|nonsens|lol) (?:yw|ydy) dweud)"
    # (s16) the group's children or families ("plant y ffoaduriaid"), and "sneb" (nobody, southern)
    rf" (?:bod|fod|mai|taw)(?:'r| y| yr)?(?: (?:plant|teuluoedd|rhieni) (?:y|yr))? {_ID}\b"
)
_ADVERB = r"(?:just|all|really|always|only|so|such|basically|mostly|clearly|obviously|honestly|literally|i gyd)"
_PEOPLE = rf"(?!{_THINGS}){_ID}(?: {_PEOPLE_NOUN})?"
#: (s16 fix) A group of people named, not only pointed at: for withheld trust, where "those people from the council"
#: and "y bobl hynny o'r cyngor" are people known by their job.
_NAMED_PEOPLE = rf"(?!{_THINGS}|{_POINTER}){_ID}(?: {_PEOPLE_NOUN})?"
#: (s16 fix) What "his lot", "that lot" must be said to do to be a stereotype: a trait or a hostile word, a bad habit
#: ("always kicking off", "always on the fiddle"), or a duty never done ("never work", "never could behave"). "His lot
#: always turn up when they say they will" and "her lot never miss a training" are praise.
_LOT_HABIT = (
    rf"(?:{TRAIT}|{_HOSTILE}|(?:cause|causing|start|starting|make|making) (?:trouble|a mess|problems|a scene|a fuss)|"
    r"kick(?:ing)? off|on the (?:take|fiddle|make|dole|social|benefits|rob)|lie|lying|fight\w*|nick\w*|moan\w*|beg\w*|"
    r"want(?:ing)? (?:something|everything|it all) for (?:nothing|free))"
)
_LOT_NEVER = (
    r"(?:could|can|will|would|work\w*|pay\w*|paid|learn\w*|listen\w*|wash\w*|integrat\w*|fit in|behave\w*|change\w*|"
    r"bother\w*|do as they'?re told|say sorry|tell the truth|contribut\w*)"
)
_LOT_CLAIM = (
    rf"\b(?:his|her|their|that) lot (?:are )?(?:always|all|are all)(?: \w+){{0,2}}? {_LOT_HABIT}\b|"
    rf"\b(?:his|her|their|that) lot (?:are |have |has )?never(?: \w+)?? {_LOT_NEVER}\b"
)
#: (s16) The group as "they", "half of them", "his lot": a stereotype dressed as a complaint names the group in one
#: sentence and says what "they" are in a later one ("... the "refugee" families got theirs free. They get
#: everything handed to them", "the Romanian kids ... his lot never could", "the Traveller lad ... half of them have
#: never done an honest day's work", Welsh "plant y teithwyr ... ma nhw'n dysgu fe gatre"). Only whole-group
#: predicates: a trait, being everywhere, getting everything, never an honest day's work, the apple and the tree, what
#: they learn at home. Part of _GENERALISATION, so co-occurrence strength: a denial drops it and the model may
#: overrule it. Weakness: "they" may be someone else than the group ("the refugee charity's volunteers ... they're
#: useless" reads as one). (s16 fix) Its own signal now, which praise or thanks in the comment disarms
#: (HATE_DISARMED_BY_PRAISE, classifier._praises_people), so a sarcastic "thanks" with no emoji disarms it too; "his
#: lot" counts only with a bad habit after it (_LOT_CLAIM); Welsh "ma nhw'n dysgu fe adre" still needs no trait.
_THEY = r"(?:they|half of (?:them|'?em)|most of (?:them|'?em)|the lot of (?:them|'?em)|(?:his|her|their|that) lot)"
_ANAPHORIC_GENERALISATION = (
    # (s16 fix) the antecedent is people, or a place of worship standing for its congregation ("a trip to the mosque
    # ... they're everywhere"); never a festival, food or clothing ("the Eid party ... now they're everywhere with henna")
    rf"\b(?:{_PEOPLE}|mosques?|synagogues?)\b[^\n]{{0,300}}?(?:\b{_THEY}(?:'re| are| were)(?: {_ADVERB})* {TRAIT}\b|\bthey(?:'re| are)(?: all| just)? everywhere\b|"
    rf"\b{_THEY} (?:get|got|are given|are handed|get given|get handed) (?:everything|it all)\b|"
    rf"\b{_THEY}(?: have|'ve| has)? never (?:done|worked|paid) (?:an honest|a (?:proper|real|full|hard)|a) day|"
    rf"{_LOT_CLAIM}|\bapple (?:doesn'?t|does not|never) falls? far\b|"
    r"\b(?:all )?they (?:get taught|learn|are taught) at home\b|\bfrom the cradle\b|"
    # (a Welsh trait of "nhw" counts only in the group's own sentence: _GENERALISATION above)
    r"\b(?:maen|mae|ma) nhw(?: i gyd)?(?: yn|'n) dysgu (?:fe|e|hi|o|hynny) (?:gatre|adre|gartre|gartref)\b|"
    r"\b(?:mae'?n hysbys|pawb yn gwybod) (?:beth|be) (?:yw|ydy|ydi) (?:eu harferion|arferion)\b)"
)
#: A group generalisation: a trait predicated of a group of people ("refugees are a burden", "are Down's
#: kids a nightmare ...", Welsh "mae'r Rwmaniaid yn lladron"). Co-occurrence strength (HATE_COOCCURRENCE):
#: a denial around it drops it, and the model may overrule it.
_GENERALISATION = (
    rf"\b{_PEOPLE}(?:'re| are| is| were|'s)(?: {_ADVERB})* {TRAIT}\b|"
    rf"\b(?:are|is|aren'?t|isn'?t) (?:the |all |those |these )?{_PEOPLE}(?: {_ADVERB})* {TRAIT}\b|"
    rf"(?<!\bnid )(?<!\bnad )\b(?:mae|yw|ydy|ydi|onid yw|onid ydy|mai)(?:'r| y| yr)? {_ID}(?: i gyd)? (?:i gyd )?yn {TRAIT_CY}|"
    # Welsh names the group once and says the trait of "them" in the same sentence ("dw i ddim yn erbyn <group> ond
    # maen nhw i gyd yn ddiog", "... i'r <group> yn y ffair, lladron ydyn nhw i gyd")
    rf"\b{_ID}\b[^.!?]{{0,80}}?(?:\b(?:maen|mae|ma) nhw(?: i gyd)?(?: yn|'n) {TRAIT_CY}|\b{TRAIT_CY} (?:ydyn|ydynt|ydy|yw) nhw)\b"
)
#: What no one deserves: "... don't deserve the abuse they get" affirms the group's worth, it does not deny it.
_HARM_DONE = (
    r" (?:the |any |all |such |this |that |to get |to face |to hear )?(?:abuse|hate|hatred|bullying|racism|prejudice|"
    r"discrimination|harassment|insults|comments|names|name-calling|treatment|trolling|slurs|nastiness|stick|grief)\b"
)
#: (s16) A refusal ("I'd never", "wouldn't") and an indefinite person of a group ("a", "any", "one of those"): what
#: _DENIED_WORTH's withheld trust reads.
_WITHHELD = r"(?:never|wouldn'?t|won'?t|couldn'?t|don'?t|do not|would not|will not|could not)(?: ever| really| even)?"
_ANY_OF = r"(?:a|an|any|one of (?:those|these|them|the)|those|these)(?: \w+){0,2}? "
#: (s16 fix) ... or a person of a named group, or from a country ("one from Romania", "a man from Albania")
_ANY_ONE = rf"(?:{_ANY_OF}{_NAMED_PEOPLE}|(?:{_ANY_OF})?{PERSON_ORIGIN})"
#: (s16 fix) The Welsh indefinite ("unrhyw", "un o'r", "rhai o'r") and a group after it, mutated after "unrhyw"
#: ("unrhyw Fwslim", "unrhyw Bwyliaid"), or a person from a country ("athro o Nigeria").
_ANY_ONE_CY = (
    rf"(?:(?:unrhyw|un o'?r|rhai o'?r|y|yr) )*(?:\w+ ){{0,2}}?(?:{_NAMED_PEOPLE}|{GROUP_CY_MUTATED}\b)|"
    rf"(?:(?:unrhyw|un o'?r|rhai o'?r|y|yr) )*(?:\w+ ){{0,2}}?{PERSON_ORIGIN}"
)
_WELSH_REFUSAL = (
    r"(?:(?:(?:fydd(?:wn|en|ai)|faswn|baswn|swn|sen|wnawn|allwn|dw|dydw|rwy|fyddwn|fydden) (?:i|ni)|dwi) (?:ddim|byth) yn|"
    r"nid (?:wyf|ydw)(?: i)?(?: yn|'n)|(?:sa|so|smo) (?:i|fi)'?n)"
)
#: Worth, belonging or humanity denied to a group ("... are not fit to ...", "... don't belong", "not one of
#: those ... deserves ...", "never trust a ...", Welsh "dyw ... ddim yn perthyn"): hate with a "not" in it,
#: the contrast to a denied stereotype (which denies a *negative* predicate, see counter.py).
_WORTH = (
    r"(?:fit\b|welcome|wanted|real\b|human|normal|civili[sz]ed|capable|trustworthy|(?:to be )?trusted|"
    r"british(?! citizens| nationals| passports?)|women\b|men\b|proper (?:families|parents|family)|a (?:real|proper) family|"
    rf"part of|one of us|belong|deserve[sd]?(?! to be\b| to (?:feel|suffer|face)| that| this| what|{_HARM_DONE})|fit in|integrate|"
    r"contribut\w*|care about (?:anyone|anything|us|others)|wash\b|exist\b|worth)"
)
_DENIED_WORTH = (
    rf"\b{_PEOPLE}(?: are| is| were| do| does| did| will| should| have| has)(?:n'?t| not| never)"
    rf"(?: be| ever| even| really| truly)* {_WORTH}|"
    rf"\b(?:not one|none|not a single one) of (?:those|these|the|them|'?em)? ?(?:\w+ ){{0,2}}?{_ID}\b[^.!?]{{0,30}}?\b(?:deserves?|belongs?)\b|"
    rf"\bno {_PEOPLE} (?:has|have|had|will|would)? ?ever (?:\w+ ){{0,2}}?(?:contribut\w*|done|given|paid|worked)\b|"
    rf"\bnever trust (?:a|an|any|the) {_NAMED_PEOPLE}\b|"
    # (s16) trust or a child's care withheld from anyone of a group ("I'd never trust a Muslim teacher with my kids",
    # "wouldn't let one of those Travellers near ...", Welsh "fydden i ddim yn trysto athro o Nigeria"): an
    # indefinite person of the group, so "I don't trust the Polish builder we had" (one man) is not it
    rf"\b{_WITHHELD} trust (?:my (?:kids?|children|son|daughter|child) with |our (?:kids|children) with )?{_ANY_ONE}|"
    # (s16 fix) a child's care: "near" only as near a child ("near the paper display" is fire safety)
    rf"\b{_WITHHELD} (?:let|leave) {_ANY_ONE}[^.!?]{{0,40}}?\b(?:(?:near|around|alone with) (?:my|our|the|your|any|other)? ?"
    rf"(?:kids?|children|child|son|daughter|boys?|girls?|little ones|babies|baby|pupils|class)|look after|teach\w*|babysit|"
    rf"in charge)|"
    rf"\b{_WELSH_REFUSAL} (?:trystio|trysto|ymddiried (?:yn|mewn|ym|yng)) (?:{_ANY_ONE_CY})|"
    # (s16 fix) Welsh "leave ... near my children": "fyddwn i byth yn gadael un o'r <group> yn agos at fy mhlant"
    rf"\b{_WELSH_REFUSAL} (?:gadael|adael|gadel) (?:{_ANY_ONE_CY})[^.!?]{{0,40}}?\b(?:(?:yn agos at|ger|gyda|efo|ar ben ei hun gyda) "
    rf"(?:fy mhlant|fy mab|fy merch|ein plant|y plant|plant)|ofalu am|gofalu am|warchod|gwarchod|ddysgu|dysgu)|"
    rf"\b(?:dyw|dydy|dydi|nid yw|nad yw|fydd|fyddan|fydd y)(?:'r| y| yr)? {_ID}(?: i gyd)? (?:ddim|byth) yn (?:perthyn|haeddu|bodoli|"
    rf"rhan o|ffit|fenywod|ddynion|ddynol|gallu|golchi|malio|parchu|normal|naturiol)|"
    rf"\bdim un o'?r {_ID} yn haeddu"
)
#: A frame that asks others to agree with what the writer has "noticed" ("is it just me or ...", "has anyone else
#: noticed ...", "am I the only one who ...", Welsh "oes rhywun arall wedi sylwi ...", "ai fi yw'r unig un ..."):
#: said of a group as the subject, it is an insinuation whatever the predicate (questions.asked_generalisation).
NOTICING_FRAME = (
    r"\b(?:just|only) me\b|\bam i the only (?:one|person)\b|\bi'?m not the only one\b|"
    r"\b(?:has |have )?(?:anyone|anybody) noticed\b|"
    r"\b(?:anyone|anybody|any1|someone|somebody) else (?:noticed|notice|think|thinks|find|finds|feel|feels|seen|spotted|"
    r"realised|realized|sick|fed up|tired|worry|worried|wonder)\b|\b(?:ever|you) notice(?:d)? how\b|\bfunny how\b|"
    r"\boes (?:rhywun|unrhyw un|rhywrai) arall\b|\b(?:rhywun|pawb|chi|ti) (?:arall )?wedi sylwi\b|\b(?:ai|ydy|ydi|dim ond) (?:fi|hi (?:jest|dim ond) fi)\b|"
    r"\bfi yw'?r unig\b|\bydw i'?n (?:yr )?unig\b"
)
#: A rhetorical frame: the question asks the reader to agree, not to answer ("why do ...", "how come ...",
#: "surely", "isn't it obvious", Welsh "pam", "onid"), or a noticing frame. With a group, only a generalisation or a
#: trait makes it a stereotype: "why do <group> fast in Ramadan?" is curiosity.
RHETORICAL_FRAME = (
    r"\bwhy (?:do|does|did|are|is|were|was|should|must|can'?t|won'?t|don'?t|doesn'?t|have|has|would|is it)\b|"
    r"\bhow come\b|\b(?:explain|tell me|wonder) why\b|\bhow many more\b|"
    r"\bsurely\b|\bisn'?t it (?:funny|odd|strange|obvious|time|true)\b|\bdon'?t you (?:think|find|agree)\b|"
    # Welsh: "why", "how (come)", "isn't it"
    r"\bpam\b|\bsut (?:fod|bod|mae|ma|mai)\b|\bonid\b|"
    rf"{NOTICING_FRAME}"
)
#: Asking or opining: a rhetorical frame, or a frame that presents a generalisation as a view or a plain question
#: ("isn't it a fact", "is it true", "since when", "just asking", "I just think", "no offence but", "in my opinion",
#: Welsh "yn fy marn i"). Evidence of hate only with a group and a trait after it.
_ASKED = (
    rf"(?:\bis it (?:just me|true|only me)|{RHETORICAL_FRAME}|\bisn'?t it a fact|\bsince when\b|\bjust asking\b|\b(?:genuine|honest) question\b|"
    r"\bno offen[cs]e\b|\bi (?:just |honestly |genuinely |personally )?(?:think|reckon|believe|feel)\b|\bi'?d say\b|"
    r"\bin my (?:honest |humble )?(?:opinion|view)\b|\bmy view is\b|\bcall me old[- ]fashioned\b|\bonly saying\b|"
    r"\bwhat everyone (?:thinks|is thinking)\b|"
    r"\b(?:dw i|dwi|rwy)(?:'n| jest yn) meddwl\b|\byn fy marn i\b|\bdim ond gofyn\b)"
)
#: A rhetorical question that asks why a group is let near children or into a role ("since when do we let ...
#: teach ...", "why would the school allow ... near ..."). Not "why don't we let ...", which proposes.
_WHY_LET = (
    rf"\b(?:since when (?:do|did|does|have|has|are|were|is)|why (?:would|should|do|does|did|are|is)) (?:we|they|you|anyone|"
    rf"schools?|the school|the head|governors) (?:even |still |now )?(?:let|allow|letting|allowing) (?:the |those |these |any )?"
    rf"{_PEOPLE}\b[^.!?]{{0,30}}?\b(?:teach\w*|near|run\w*|look(?:ing)? after|work\w* with|coach\w*|in charge|into|on)\b"
)
_ASKED_GENERALISATION = (
    rf"{_ASKED}[^.!?\"]{{0,60}}?\b{_PEOPLE}\b[^.!?\"]{{0,50}}?\b(?:{TRAIT}|{TRAIT_CY})\b|"
    rf"\bwhy (?:do|does|are|is|must) (?:the |all |so many |those |these )?{_PEOPLE} (?:all |always |never |so |even )"
)

#: (s14) A complaint aimed at a group rather than at a decision: the grammar of a stereotype dressed as a practical
#: grievance (parking, nits, benefits, attendance, school places). A group of people as the subject of a habitual or
#: generic claim ("it's always the ... dads", "the ... never ...", "they all"), a change dated from a group's arrival
#: ("since the ... moved in", "before the ... came", Welsh "ers i'r ... ddod"), things a group "gets" ("... get
#: everything", "who've been here five minutes", "... while British families pay"), a problem put down to a group
#: ("because of the ...", "down to the ...", Welsh "achos y ..."), a trait "by nature" or "in their culture", and the
#: Welsh cleft that singles a group out ("y Saeson sy'n ..."). Not a signal of hate: ``classifier.combine`` reads it
#: only to let the model's hate beat a complaint (a fair grievance with no group stays a complaint). Weakness: a warm
#: habitual ("the Polish mums always bring cakes") has the same grammar; only the model's low p(hate) keeps it harmless.
_GROUP_SUBJECT = rf"(?:(?:the|those|these|them|all the|half the|some of the|a load of|all) )?{_PEOPLE}"
_GROUP_SUBJECT_CY = (
    rf"(?:{_ID}|(?:plant|teuluoedd|rhieni|bechgyn|merched|mamau|tadau|mamau|pobl) (?:saesneg|seisnig|o loegr|tramor))"
)
STEREOTYPE_FRAME = (
    # (s16) the group as "his lot" or "they're everywhere" after it is named (_ANAPHORIC_GENERALISATION)
    # (s16 fix) only with a trait or a bad habit after "his lot", and people, not a festival, before "they're everywhere"
    rf"{_LOT_CLAIM}|\b{_PEOPLE}\b[^\n]{{0,300}}?\bthey(?:'re| are) (?:all |just )?everywhere\b|"
    rf"\b(?:since|before|till|until|when) {_GROUP_SUBJECT}\b[^.!?]{{0,25}}?\b(?:moved|came|come|arrived|turned up|started|"
    rf"got here|took over|rolled in|landed|showed up)\b|"
    rf"\b(?:(?:it'?s|its) )?(?:always|every time|every single time|constantly|invariably) (?:(?:it'?s|its) )?{_GROUP_SUBJECT}\b|"
    rf"\b{_GROUP_SUBJECT}\b(?: [a-z']+){{0,2}}? (?:always|never|constantly|forever|every time|everytime|each time)\b|"
    rf"\b{_GROUP_SUBJECT} (?:are|were) (?:always )?the ones\b|\bthey all\b|\bthe lot of them\b|\bevery (?:single )?one of them\b|"
    rf"\b{_GROUP_SUBJECT}\b[^.!?]{{0,20}}?\b(?:gets?|getting|got|given|handed)(?: [a-z]+)? (?:everything|priority|first|all the|"
    rf"it all|special|more than|before (?:us|our|local))\b|"
    rf"\b(?:who'?ve|who have|that have|that'?ve|who'?d) (?:only |just )?(?:been|lived) here (?:five|5|two|2|ten|10|a few) "
    rf"(?:minutes|mins|seconds|weeks)\b|"
    rf"\b{_PEOPLE}\b[^.!?]{{0,60}}?\bwhile (?:british|english|welsh|scottish|local|our|hard-?working|working|the rest of us)\b|"
    rf"\b(?:because of|down to|blame(?: it on)?|fault of) {_GROUP_SUBJECT}\b|"
    rf"\b(?:by nature|in their (?:blood|nature|genes|culture)|(?:their|a) culture thing)\b|"
    rf"\b(?:ers|cyn) (?:i'?r|i) (?:\w+ )?{_GROUP_SUBJECT_CY}\b[^.!?]{{0,20}}?\b(?:symud|ddod|dod|gyrraedd|cyrraedd|"
    rf"gyrhaeddodd|landio|gymryd)|"
    rf"\b(?:wastad|bob tro|o hyd)\b[^.!?]{{0,20}}?\b{_GROUP_SUBJECT_CY}\b|"
    rf"\b{_GROUP_SUBJECT_CY}\b[^.!?]{{0,25}}?\b(?:wastad|bob tro|byth|i gyd)\b|"
    rf"\b(?:achos|oherwydd|bai|lawr i) ?(?:y|yr|'r)? (?:\w+ )?{_GROUP_SUBJECT_CY}\b|"
    rf"\b{_GROUP_SUBJECT_CY}\b[^.!?]{{0,25}}?\b(?:cael|ca'?l) (?:popeth|blaenoriaeth|bob dim|y cyfan|popeth am ddim)\b|"
    rf"\b(?:y|yr|'r) (?:\w+ )?{_GROUP_SUBJECT_CY}(?: \w+)? sy'?n\b"
)

HATE: tuple[Signal, ...] = (
    (2.5, _GROUP_NEAR_HOSTILE),
    (2.5, _HOSTILE_NEAR_GROUP),
    (2, _GENERALISATION),
    (2, _ANAPHORIC_GENERALISATION),
    (2, _DENIED_WORTH),
    (1.0, _ASKED_GENERALISATION),
    (1.5, _WHY_LET),
    # hatred declared of a group ("I hate <group>", Welsh "dw i'n casáu <group>"); not what is done to them
    # ("I hate <group> being picked on" is the opposite)
    (2, rf"\b(?:i|we) (?:really |just |honestly |fucking |absolutely |bloody )?(?:hate|despise|detest|loathe|can'?t stand|"
        rf"cannot stand) (?:all |the |those |these )?{_PEOPLE}\b(?! (?:being|getting|get|having|facing|treated|bullied|"
        rf"picked|left out|called|spoken|talked|mocked|targeted))|"
        rf"\b(?:dw i'?n|dwi'?n|rwy'?n|ni'?n|dyn ni'?n) (?:wir |jest )?(?:casau|ffieiddio) (?:y |yr |'r )?{_ID}\b"),
    (2, r"\bsend (?:them|em|'em|the lot) (?:all )?(?:back|home)|\bkeep (?:your|their|ur) (?:religion|culture)|"
        r"\bthis is (?:wales|england|britain|the uk|scotland|a christian country),? not\b|\bgo back to (?:africa|poland|"
        r"pakistan|india|romania|your (?:own )?country)"),
    (2, rf"\b{_ID}\b(?=.*(?:disgusting|freaks?|vermin|scum|filth|perverts?|unnatural|not natural|not welcome|invasion|"
        r"infest|keep (?:that|it|them) away from (?:children|kids|our)|(?:^|[.!?,] )go (?:back )?home\b|send (?:them|em) back|get (?:them|those|these) (?:\w+ )?out))"),
    (1.5, rf"\btypical (?:gypsies|travell?ers|immigrants|foreigners|muslims|pakistanis|polish|romanians|english|saeson)\b|"
          rf"\b{_ID}\b(?=.*(?:or get out|has no place|have no place|no place in|it'?s wrong|keep them separate|ruins? (?:it|everything)))"),
    # describing oneself or one's own family with a group word, reclaimed words included, is not hate
    (-2, r"\b(?:as an?|i'?m an?|im an?|i am an?|i'?m|i am|we'?re an?|we are an?|we'?re|us) (?:proud |fellow )?"
         r"(?:queer|dyke|gay|lesbian|bi|trans|gypsy|traveller|romany|disabled|deaf|autistic|crip|black|muslim|jewish)\b|"
         r"\b(?:queer|dyke|gay|lesbian|trans|gypsy|traveller|disabled|deaf|autistic) (?:mum|mam|dad|parent|nan|grandad|family) here\b|"
         r"\b(?:queer|dyke|gay|trans|gypsy|traveller|disabled|deaf) and proud\b"),
    # a group word that describes the writer's own family or circle ("my wife is Muslim", "our Polish
    # neighbours", "we're a deaf family"): a parent's everyday mention, not a sentence about a group
    (-1.5, rf"\b(?:(?:my|our) (?:wife|husband|partner|son|daughter|kids?|children|boys?|girls?|lad|family|mum|mam|dad|"
           rf"nan|gran|grandad|neighbours?|friends?|in-laws|childminder|best mate|cousins?|household|little one|eldest|"
           rf"youngest)(?: is| are|'s)?|we'?re|we are|i'?m|im|i am|as an?) (?:an? )?(?:proud )?{_ID}\b"),
    # (s16) the writer's own origin ("we're from Romania", "Teulu o Rwmania ydyn ni", "dw i'n dod o Syria"): a
    # family introducing itself, not a sentence about a group
    (-1.5, rf"\b(?:we'?re|we are|i'?m|i am|(?:my|our) (?:family|parents) (?:is|are)|(?:we|i) (?:come|came|moved here)) "
           rf"(?:originally |all )?{_ORIGIN}|\b(?:teulu|ni|fi) {_ORIGIN}|"
           rf"\b(?:dw i|dwi|ydw i|ydyn ni|rydyn ni|dyn ni|ry'?n ni|ni)(?:'n| yn) dod {_ORIGIN}"),
    # the disclaimer that introduces prejudice, in English and Welsh
    (2, r"\b(?:i'?m not|im not|i am not|(?:dw|rw) i ddim yn|dydw i ddim yn|"
        # (s16) the literary and southern Welsh forms: "nid wyf yn hiliol ond", "sa i'n hiliol ond", "dwi ddim yn"
        r"nid (?:wyf|ydw)(?: i)?(?: yn|'n)|dwi ddim yn|(?:sa|so|smo) (?:i|fi)'?n|i'?m not being) (?:a )?(?:racist|homophobic|"
        r"transphobic|sexist|prejudiced|bigot|hiliol|homoffobig|rhagfarnllyd),? (?:but|ond)\b"),
    (1.0, r"\b(?:can'?t|cannot|don'?t) (?:even )?speak (?:english|welsh)|\btaking over\b|\bnot one of us|\bour own (?:kind|people)"),
    (2, r"\bpak(?:i|is|y)\b|\bp\*ki|\bnig(?:ger|ga|gers|gas|nog)s?\b|\bn[*-]+(?:gg|word)|\bwogs?\b|\bcoons?\b|\bchinks?\b|"
        r"\bgooks?\b|\bkikes?\b|\byids?\b|\braghead|\btowelhead|\bfaggots?\b|\bdykes?\b|\btrann(?:y|ies)\b|\bshemale|"
        r"\bgyppos?\b|\bgypos?\b|\bpikeys?\b|\bgolliwogs?|\bmuzzies\b|\bbatty (?:boy|man)"),
    (2, r"\b(?:girls|women|woman|females?)\b[^.!?]{0,60}?\b(?:in the kitchen|belong (?:at home|in the)|"
        r"know (?:their|her) place|make (?:me |us )?a sandwich|can'?t (?:play|do) (?:football|rugby|sport|maths))"),
    # belonging asked rhetorically ("whose country is this?", "do they ever even try to fit in?", Welsh "gwlad pwy yw
    # hon?"): the question is the insult. "integrate" only intransitive, so "do they ever integrate the topics?" is not it
    (2, r"\bwhose (?:country|school|town|city|village|land) is (?:this|it)\b|"
        # (s12-trilex) the same asked at the end of a comment, "is this even England?", and the sneer "the
        # religion of peace"
        r"\bis this (?:still|even) (?:scotland|wales|england|britain|the uk)\b(?= ?(?:[?.!]|🙄|😒|$))|"
        # (s12-fixtri) "religion of peace" only in its sneer form: scare quotes, "so-called", or a "yeah right", "lol",
        # "sure." or a bang after it; "Islam, the religion of peace, was our RE topic" is sincere
        r"[\"']religion of peace[\"']|\bso[- ]?called religion of peace\b|\b(?:yeah right|lol|lmao)\b[^.!?\n]{0,20}?"
        r"\breligion of peace\b|\breligion of peace\b(?=[^\n]{0,80}?(?:\byeah,? right\b|\blol\b|\blmao\b|\bsure\b[.! ]*$|"
        r"\bmy arse\b|🙄|😂|🤣|😒|\bgo(?:es|ing)? bang\b|\bbomb\w*|\bblow\w* (?:(?:\w+ )?up\b|themselves)|"
        r"\bexplo\w*))|\bis this (?:even |still )?(?:scotland|wales|"
        r"england|britain|the uk) (?:any ?more|still|or)\b|\bgwlad pwy (?:yw|ydy) (?:hon|hi)\b|"
        r"\b(?:do|does|did|will|would|are|can'?t|won'?t|don'?t) (?:they|these people|those people|any of them|half of them)\b"
        r"[^.!?]{0,50}?\b(?:integrate|assimilate|fit in)(?= ?[?.!]|$| with us| into)|"
        r"\b(?:ydyn|ydan|ydych) nhw (?:byth|erioed) yn (?:trio |ceisio )?(?:integreiddio|cymathu|ffitio i mewn)"),
    # the incomer trope without a slur: arriving and never learning the language or fitting in, expecting things
    # free; a class list with no local names ("not one Scottish name", Welsh "dim un enw Cymraeg")
    (2, r"\b(?:they|these people|those people|half of them|people|families)(?: all| just)? come (?:over )?here\b[^.!?]{0,25}?"
        r"\b(?:never|don'?t|won'?t|can'?t|refuse|expect|take|claim|get|bleed|sponge|scrounge)|"
        r"\b(?:they|these people|those people|half of them|none of them)\b[^.!?]{0,40}?\b(?:never|don'?t|won'?t|refuse to|"
        r"can'?t be bothered to) (?:even )?(?:bother(?:s|ing)? )?(?:to )?(?:learn\w*|speak\w*) (?:english|welsh|gaelic|"
        r"the language|our language|a word of)|"
        r"\bnot (?:one|a single) (?:scottish|welsh|english|british|local|proper|normal|christian|white) (?:name|face|kid|child|family)|"
        r"\bdim un (?:enw|wyneb|plentyn) (?:cymraeg|cymreig|lleol)|\bdod yma a (?:byth|ddim)\b[^.!?]{0,25}?\b(?:dysgu|siarad)|"
        r"\bdod (?:draw |drosodd )?yma ac? (?:yn )?(?:cwyno|cymryd|disgwyl|hawlio)\b"),
    (1.5, r"\b(?:full of|all|nothing but) names (?:i|we|you|ye|nobody|no one) (?:can'?t|cannae|canny) (?:even )?(?:pronounce|say|spell)|"
          r"\bnames\b[^.!?]{0,30}?\b(?:i|we|you|ye|nobody|no one) (?:can'?t|cannae|canny) even (?:pronounce|say|spell)|"
          # the Welsh "this is a Christian country" and "this is a Welsh school, not a mosque"
          r"\bgwlad gristnogol yw hon\b"),
    # a go-back demand put politely ("maybe this country isn't for you")
    (2, r"\b(?:this|our) country (?:isn'?t|is not|'s not) for (?:you|them|people like)\b|"
        r"\b(?:gwlad|ysgol) (?:gristnogol|gymraeg|gymreig) yw hon,? (?:nid|dim)\b"),
    # coded conspiracy words for a group: the replacement myth, "globalists" as agents, demographic change as a threat
    # (s16 fix) "remigration": the far right's word for deporting people, a call on its own; not quoted or named as a
    # word to condemn it ("whoever posts 'remigration' ...", "the word remigration")
    (2, r"(?<!['\"‘“])(?<!\bword )(?<!\bterm )\bremigrat\w*\b(?!['\"’”])|\bthe great replacement\b|\bgreat replacement (?:theory|is|isn'?t|was|has)\b|\breplacement (?:theory|agenda|plan)\b|\bwhite genocide\b|\bkalergi\b|\bglobalist (?:agenda|elite|"
        r"plan|scum|plot)|\bthe globalists\b|\bglobalists (?:want|are|have|control|run|pushing|behind|plan)|"
        r"\bdemographic (?:change|shift|replacement|takeover)\b[^.!?]{0,40}?\b(?:coming|deliberate|planned|agenda|wake up|"
        r"replac\w+|no accident|on purpose|look around)|\b(?:we'?re|we are|being|getting) (?:slowly |deliberately )?replaced\b|"
        # the same myth counted out ("fewer and fewer local kids", Welsh "llai a llai o Gymry"); the group that
        # secretly owns the banks or the press (Welsh "yr un bobl sydd biau'r banciau")
        r"\bfewer and fewer (?:local|british|scottish|welsh|english|white|christian) (?:kids|children|families|names|faces|people)\b|"
        r"\bllai a llai o (?:gymry|blant lleol|blant cymraeg|bobl leol|deuluoedd lleol)\b|\bbiau'?r (?:banciau|cyfryngau|wasg)\b"),
    (2, r"\b(?:go|send (?:them|em)) back (?:where (?:they|you) came from|to (?:your|their|ur) (?:own )?country)|"
        r"\b(?:clear|piss|sod|bugger|fuck) off back to|\bgo back to (?:england|wales|scotland|poland|africa|india|pakistan)"),
    # (branch s12-trilex) tokenism: a colleague's job, place or prize put down to a diversity box or quota, or the
    # person called a "diversity hire"; Welsh "ticio'r bocs amrywiaeth". A policy asked about is not it: the box or
    # quota has to be a person's reason ("because she ticks ...", "only there to fill ...")
    (2, r"\b(?:diversity|dei|quota|token|woke|affirmative[- ]action|box[- ]ticking) (?:hires?|appointments?|picks?|candidates?|"
        r"heads?|teachers?|governors?|promotions?)\b|"
        r"\btoken (?:black|brown|asian|muslim|gay|female|woman|women|foreign|disabled|trans|ethnic|minority|welsh|english)\b|"
        r"\b(?:she|he|they|her|him|them|because|cos|coz|cause|as)\b[^.!?]{0,40}?\b(?:ticks?|ticked|ticking|fills?|filled|filling|"
        r"meets?|hits?|makes? up) (?:a |the |their |our |some |all the |a few )?(?:diversity|equality|inclusion|dei|woke|bame|"
        r"minority|ethnic|token|right) (?:box(?:es)?|quotas?|targets?|numbers)\b|"
        r"\bonly (?:there|hired|appointed|picked|chosen|employed|promoted|got (?:the |that |her |his )?(?:job|post|role|headship|"
        r"promotion|place))\b[^.!?]{0,40}?\b(?:quota|diversity|token|colour|skin|race|woke|minority|ticks? (?:a |the )?box)|"
        r"\b(?:ticio|tician|llenwi)(?: y | yr |'r | )(?:bocs|blwch|cwota) (?:amrywiaeth|cydraddoldeb)\b|"
        r"\bpenodiad (?:amrywiaeth|cwota|tocyn)\b"),
    # coded emoji: an animal aimed at a group (a monkey at Black people, a pig at Muslims or Jews, a bat or a pet
    # "on the menu" at Chinese people, a sheep at the Welsh with "taff"). The same emoji with no group is a class
    # name or a farm trip, and a group mentioned warmly with a heart or a flag is not these
    (2, rf"(?:🐒|🐵|🦍)[^.!?]{{0,60}}?\b(?:black|blacks|africans?|black history|bhm|{_ID})\b|"
        rf"\b(?:black|blacks|africans?|black history|bhm)\b[^.!?]{{0,60}}?(?:🐒|🐵|🦍)|"
        r"(?:🐷|🐖|🐽)[^.!?]{0,60}?\b(?:muslims?|islam\w*|jews?|jewish|halal|kosher|eid|ramadan|mosques?|synagogues?|hanukkah|"
        r"mwslim\w*|iddew\w*)\b|"
        r"\b(?:muslims?|islam\w*|jews?|jewish|halal|kosher|eid|ramadan|mosques?|synagogues?|hanukkah|mwslim\w*|iddew\w*)\b"
        r"[^.!?]{0,60}?(?:🐷|🐖|🐽)|"
        r"\b(?:chinese|china|asians?|chinky|tseineaidd)\b[^\n]{0,80}?🦇|🦇[^\n]{0,80}?\b(?:chinese|china|asians?|tseineaidd)\b|"
        # (s12-fixtri) "what's in it" / "check what" only with a pet or a bat named after it: a parade time or a
        # menu question is not the trope
        r"\b(?:chinese|china|tseineaidd)\b[^\n]{0,80}?\b(?:(?:what'?s (?:really )?in|check(?:ed)? what)\b[^\n]{0,40}?"
        r"\b(?:dogs?|cats?|pets?|bats?|pupp(?:y|ies)|kittens?|moggy)\b|missing (?:dogs?|cats?|pets?)|eat(?:s|ing)? "
        r"(?:dogs?|cats?|bats?))|\btaff(?:y|ies|s)?\b[^\n]{0,40}?🐑|🐑[^\n]{0,40}?\btaff(?:y|ies|s)?\b|"
        r"\bsheep[- ]?shag\w*|\bshagg\w* sheep\b"),
    # group insults written round a filter, after normalise.prepare has undone the leet and the spacing
    # ("sp@cs", "p0lacks"): the slurs the list above lacked
    (2, r"\bspa(?:cs|ccers?|zzers?|zzes|zzy)\b|\bpolacks?\b|\bpolaks?\b|\bjaps\b|\bkrauts?\b|\bchinky\b|\bwops?\b|"
        r"\bmo[sz]{1,2}(?:ies|ys)\b(?=[^.!?]{0,40}?\b(?:taking over|take over|took over|another school|out\b|go back|"
        r"breed\w*|invasion|mosques?|their kind))"),
    # anti-trans remarks: "only two genders" (not of nouns), men in dresses near children or girls' toilets, boys
    # "pretending" to be girls with a verdict, trans as a cult or a craze, and children "confused" by something
    # "not natural", Welsh "drysu plant ... ddim yn naturiol", "dim ond dau ryw", "dyn mewn ffrog"
    (2, r"\b(?:only|just) (?:two|2) (?:genders|sexes)\b(?![^.!?]{0,30}\b(?:nouns?|grammar|grammatical|words|enwau|gramadeg))|"
        r"\b(?:there (?:are|is) (?:only )?|there'?s only )(?:two|2) (?:genders|sexes)\b(?![^.!?]{0,30}\b(?:nouns?|grammar|grammatical|words))|"
        r"\bdim ond (?:dau|2) ryw(?:edd)?\b(?![^.!?]{0,30}\b(?:enwau|gramadeg))|"
        r"\b(?:grown )?(?:men|man|blokes?|males?) (?:in|wearing) (?:a |their )?(?:dress(?:es)?|frocks?|skirts?|wigs?|lipstick|make-?up)\b"
        r"(?![^.!?]{0,60}\b(?:panto\w*|dame|fancy dress|comic relief|children in need|raised|sponsor\w*|fundrais\w*|charity|"
        r"world book day|book day|d?diwrnod y llyfr))"
        r"[^.!?]{0,60}?\b(?:near|around|reading to|with|teach\w*|in front of|in the (?:girls'?|ladies'?|women'?s))\b[^.!?]{0,30}?"
        r"\b(?:kids|children|pupils|girls|toilets|loos|changing)\b|"
        r"\b(?:boys?|men|males?|lads?) (?:pretending|who pretend|who think they'?re|dressing up as|playing at being) (?:to be )?"
        r"(?:a |an )?(?:girls?|women|woman)\b[^.!?]{0,60}?\b(?:toilets|changing|mental\w*|sick|delusion\w*|freaks?|not natural|"
        r"unnatural|nonsense|madness|perver\w*|groom\w*|indulg\w*|playing along)|"
        r"\b(?:trans|gender|lgbt\w*) (?:cult|contagion|craze|madness|lunacy|mania|fad|trend)\b|\bsocial contagion\b|"
        r"\b(?:dyn|dynion) mewn (?:ffrog|ffrogiau|sgert|sgertiau)\b(?![^.!?]{0,60}\b(?:d?diwrnod y llyfr|world book day|"
        r"panto\w*|gwisg ffansi|plant mewn angen|elusen))|"
        r"\b(?:bechgyn|bachgen|dynion) yn (?:esgus|smalio|cogio) bod yn (?:ferch|ferched|fenyw|fenywod|ddynes)|"
        r"\b(?:confus\w*|drysu) (?:the |our |little |young |small |wee |'r |y )?(?:kids|children|minds|pupils|plant)\b"
        r"(?=[^\n]{0,120}?(?:\bnot|n't) natural\b|[^\n]{0,120}?\b(?:unnatural|against nature|ddim yn naturiol|annaturiol|yn erbyn natur|not christian|"
        r"ungodly|sinful|ddim yn gristnogol|pechadurus|gwyrdroedig|perver\w*))|"
        r"(?:(?:\bnot|n't) natural\b|\b(?:unnatural|against nature|ddim yn naturiol|annaturiol|yn erbyn natur|ungodly|sinful|"
        r"pechadurus|gwyrdroedig|perver\w*)\b)[^\n]{0,120}?\b(?:confus\w*|drysu) (?:the |our |little |young |small |wee |'r |y )?"
        r"(?:kids|children|minds|pupils|plant)\b"),
)

_INSULT = (
    r"(?:idiots?|idiotic|morons?|moronic|imbeciles?|cretins?|halfwits?|dimwits?|numpt(?:y|ies)|muppets?|clowns?|"
    r"buffoons?|pillocks?|plonkers?|prats?|twats?|tw\*t|fuckwits?|motherfuckers?|mofos?|cunts?|bas[dt]ads?|knob(?:head|s)?|dickheads?|wankers?|w\*nker|tossers?|bellends?|"
    r"arseholes?|assholes?|a\*+holes?|bastards?|b\*stard|bitch(?:es|y)?|b\*tch|slags?|sluts?|whores?|scum(?:bags?)?|"
    r"losers?|liars?|thie(?:f|ves)|cheats?|two[- ]?faced|jobsworths?|power[- ]mad|feral|thugs?|brats?|snobs?|"
    r"spineless|gutless|brainless|clueless|retards?|retarded|spastics?|spaz|mongs?|twpsyn|hurtyn|idiotiaid|"
    r"celwyddgi|celwyddog|dickhead|sad act|fools?|cowards?|hypocrites?|piece of work|"
    r"crooks?|frauds?|fraudsters?|con artists?|yes[- ]man|"
    r"weirdos?|creeps?|nutters?|psychos?|slobs?|saddos?|lowlifes?|parasites?|"
    r"waste of (?:space|oxygen|skin)|jumped up|stuck[- ]up|"
    # Scots and other UK dialect insults (Scots: eejit, bampot, walloper, roaster, dafty; England: gobshite,
    # wazzock, divvy, pillock) and the Welsh ones the list lacked (penbwl "tadpole", lembo, jolpen, ffwlbart, coc oen)
    r"eejits?|bampots?|wallopers?|roasters?|daft(?:y|ies)|gobshites?|wazzocks?|divvies|tosspots?|bawbags?|"
    r"dobbers?|nyaffs?|heid[- ]?the[- ]?ba|glaikit|penbwl|lembos?|jolp(?:en|yn)|ffwlbart|coc oen|twpsen)"
)

ABUSE: tuple[Signal, ...] = (
    (2, rf"\b{_INSULT}\b|🤡"),
    (2, r"\b(?:silly|stupid|fat|lazy|rude|old|nasty|miserable|ugly|daft|dozy|sad|evil|horrible|useless|spiteful|vile|"
        r"thick) (?:old )?(?:cow|witch|hag|bat|woman|man|sod|git|pig|mare|fool|bloke|lot|bunch|idiot|teacher|head)\b"),
    (2, r"\b(?:fuck|f\*+k|f\*+|eff|piss|sod|bugger) off\b|\bfuck (?:you|u)\b|\bscrew you|\bgo to hell|\bjog on\b|"
        r"\bshut (?:up|your (?:mouth|face|gob)|it)\b|\bcau dy geg"),
    (2, r"\b(?:little|nasty|horrible|spoilt|spoiled|vile) (?:animals?|shits?|sods?|gits?|rats?|horrors?|monsters?|"
        r"brats?|thugs?|madam|toerags?|scrotes?)\b|\b(?:nasty|horrible|spoilt|spoiled|vile|evil) (?:little )?(?:boy|girl|kid)"),
    (2, r"\b(?:ugly|fat|thick|stupid|lazy|nasty|horrible|feral|spoilt|rude|vile|smelly|scruffy|inbred|dirty|useless|pathetic|"
        r"incompetent|corrupt|pompous|arrogant|clueless|spineless|two[- ]faced|power[- ]hungry|smug) "
        r"(?:kids|children|teachers?|staff|head|headteacher|parents|people|lot|bunch|face|mug|family|families|woman|man|cow|school|"
        r"governors|receptionist|dinner lad(?:y|ies)|office|individual|person|excuse)\b"),
    (2, r"\bthick as\b|\bcouldn'?t run a bath|\bpiss[- ]up in a brewery|\brun by (?:muppets|clowns|idiots|monkeys|"
        r"amateurs|morons|children)|\bmutton dressed as lamb|\bwhat a (?:loser|saddo|weirdo|freak|state|joke)\b|"
        r"\bjoke of a (?:woman|man|teacher|head|school|person)|\bnobody asked (?:you|for your)"),
    (1.5, rf"\b{_PERSON} (?:is|are|'s|'re|was|were) (?:a |an )?(?:complete |total |absolute |utter |bloody |"
          r"f\*+ing |fucking |such a )?(?:joke|disgrace|embarrassment|waste|nightmare|bully|bullies|drunk|"
          r"alcoholic|on drugs|liability|menace|danger to)"),
    # dishonesty with money alleged ("been on the fiddle for years", "cooking the books"); "Ellie's on the fiddle
    # at the concert" plays the instrument, so a bare "on the fiddle" needs a habit word or an office holder
    (2, r"\b(?:been|always|forever|still|all) on the (?:fiddle|take|make)\b|\bcook(?:s|ed|ing)? the (?:books|accounts)\b|"
        r"\bfiddl(?:e|es|ed|ing) the (?:books|accounts|funds|figures|expenses|money|takings)\b|"
        r"\b(?:treasurer|chair(?:man|woman|person)?|secretary|bursar|business manager|head(?:teacher)?|governors?|committee|"
        r"council|pta)(?:'s|'ve| is| are| has| have)(?: \w+)? on the (?:fiddle|take|make)\b|"
        r"\bhelp(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves) to (?:the )?(?:\w+ )?(?:funds|money|cash|takings)\b"),
    (1.5, r"\b(?:hands|fingers) in the (?:\w+ )?(?:money|till|pot|funds)|\bfiddl(?:ing|ed|es) the|"
        r"\b(?:nick(?:ed|ing)?|stole|stealing|pocket(?:ed|ing)) (?:the )?(?:\w+ )?money|\bdrunk half the time"),
    (1.5, r"\bshould (?:be ashamed|all be sacked|be sacked|get the sack)|\bget a (?:real )?(?:job|life)\b|"
        r"\bshouldn'?t be (?:allowed near|teaching|working with|let near)|\bworst (?:head|teacher|school|staff)"),
    (1.5, r"\b(?:you|u|she|he|they|the lot of you|you lot|the lot)(?: are| is|'re|'s)? (?:all )?(?:useless|pathetic|"
        r"incompetent|a disgrace|an embarrassment|lazy|rude|nasty|vile|spiteful|a joke|liars|hopeless|ugly|fat|"
        r"disgusting|rubbish|a waste)\b"),
    (0.8, r"\bthe lot of you\b|\byou lot\b"),
    (1.2, r"\b(?:useless|pathetic|incompetent|lazy|spiteful|vile|ugly|scruffy|hopeless|embarrassing|rubbish)\b"),
    (2, r"\bface only a mother could love|\bface like a (?:slapped|smacked|bag|bulldog|busted)|\b(?:one|two) brain cells?|"
        r"\bnot the sharpest|\bsandwiches short|\blights are on but|\bwaste of (?:space|oxygen)"),
    (1.0, r"\bpompous|\barrogant|\bcorrupt\b|\bsmug\b|\bcondescending|\bpatronising|\bhasn'?t got a clue|\bnot a clue|\bno clue|"
          r"\bcan'?t even spell|\blearn to spell|\bgo back to school|\b(?:look at )?the (?:size|state) of (?:that|her|him|them)|\bzoo\b|"
          r"\bshould resign|\bbig mouth|\bgob\b|\bhypocrit"),
    (1.0, r"\bthick\b|\bcreepy\b|\ba right (?!laugh|good|giggle|treat|mess)\w+|\bnasty\b|\bsnake\b|\bdump\b|\bshit ?hole|\bdisgrace\b|\bstupid\b|\bdumb\b|\bfat\b|\bwitch\b|"
        r"\bcow\b|\bsod\b|\bgit\b|\bpig\b|\bstate of (?:the|that|her|him|them|those)"),
    (2, r"\b(?:an? )?(?:absolute|total|complete|utter|right|proper|such an?) (?:\w+ )?(?:cow|witch|pig|sod|git|joke|mess|disgrace|"
        r"snake|nightmare|bully|hag|bat)\b|\bcouldn'?t organi[sz]e|\b(?:pocket|pocketed|pocketing|nicked|stolen|stole) (?:the |our )?"
        r"(?:\w+ )?(?:fund|funds|cash|money)"),
    (0.5, r"\blol\b|\blmao\b|\bhaha\w*|😂|🤣"),
    (1.0, r"🤮|🖕|💩|\bimagine being\b|\blaughing stock|\bso are you\b|\bwhat a (?:bunch|lot)\b"),
    # (Welsh swearing on its own, "ffycin", "cachu", is a complaint's swearing, as "fucking" is: see COMPLAINT)
    # A pile-on: others rallied against a person, or posting kept up until the person yields ("comment on every
    # post she makes till she quits", Welsh "dal i bostio ... nes bo ti'n gadael"). The target is a person ("she",
    # "you", "ti"), not "we" ("we'll keep asking until we get an answer" is a complaint) nor the school. Each
    # alone is a weak sign ("we'll keep posting till you answer" may be a complaint: the model decides); the
    # campaign and the yield ("till she quits") together are abuse.
    (1.0, r"\b(?:keep(?:s|ing)? (?:on )?(?:post\w*|comment\w*|tagg\w*|shar\w*|messag\w*|it going)|comment\w* on every|"
          r"every (?:single )?post|dal i (?:b|p)ost\w*|pob post)\b[^.!?]{0,60}?"
          r"\b(?:till|until|til|nes|tan)\b (?:(?:bo|bod|fod) )?(?:she|he|you|ye|u|ti|hi|e|o|chi)\b"),
    (1.0, r"\b(?:share|tag|rhannwch|tagiwch) (?:this|everyone|everybody|pawb|hwn|hyn)\b|"
          r"\bmake sure (?:everyone|everybody|pawb|the whole \w+)(?: \w+){0,3} knows?\b|"
          r"\bwhat (?:kind|sort|type) of (?:man|woman|person|teacher|head|people) (?:she|he|they|\w+) (?:is|are|really is)\b|"
          r"\b(?:till|until|nes) (?:(?:bo|bod|fod) )?(?:she|he|ti|hi|e|o)(?:'?s|'?n| is)? ?(?:quits?|resigns?|leaves?|gone|goes|"
          r"gadael|mynd|ymddiswyddo)\b"),
    # An allegation passed off as common knowledge about a person ("everyone knows she's ...", "all the mams
    # know"), or insinuated ("let go for a reason. Ask around"): defamation, not a complaint about a decision.
    (1.0, r"\b(?:everyone|everybody|every1|evryone|aw the \w+|all the \w+|pawb)(?: (?:round|in|at|from|o|yn) \w+)?"
          r" (?:knows?|kens?|gwybod)\b(?: (?:that|bod|fod))? (?:(?:she|he|hi|e|o|mr|mrs|miss|ms)\b|[a-z]+'s (?:been|always|never|"
          r"a|an|on|half)|[a-z]+ (?:has|is|was) (?:been )?(?:nick|steal|fiddl|pocket|drink|drunk|on the))|"
          r"\b(?:aw|all) the (?:\w+ )?(?:mums|mams|mammies|mammys|parents|dads|staff|mothers) know\b|"
          r"\bfor a reason\W+ask around|\b(?:let go|sacked|moved on|left) (?:from )?(?:his|her|their) "
          r"(?:last|old|previous) (?:school|job|post)\b"),
    (1.0, r"\b(?:been|is|was|'s|always|keeps?) (?:\w+ )?(?:nick(?:in|ing|ed)|steal(?:in|ing)|fiddl(?:in|ing|ed)|"
          r"pocket(?:in|ing|ed)|skim(?:min|ming)|dipp(?:in|ing) into)\b|\bhalf[- ]cut\b|\bon the (?:sauce|bevvy|drink)\b|"
          r"\b(?:pished|steaming|blootered) (?:by|at|every|on)\b"),
    # "waste of space" said of a place or a thing, not a person ("the new library would be a waste of space",
    # then proved wrong): cancels both rows that insult is in (2 + 2); said of a person it stays abuse
    (-4, r"\b(?:library|hall|room|building|extension|field|garden|playground|car park|cabin|block|classroom|shed|"
         r"gym|canteen|conservatory|mural|pitch|area|astroturf)s?(?: \w+)? (?:would be|will be|is|was|'s|be|are|were) "
         r"(?:a |an )?(?:complete |total |utter |massive )?waste of space\b"),
    (2, r"\bcywilydd ar(?:noch|nat|ni|no|nyn)\b|\bpen dafad|\bhen ast\b|\bhurtyn|\bcachgi"),
    (1.5, r"\bdwl\b|\bllipryn|\bllo\b"),
    (1.5, r"\bdiawl(?:iaid)?\b|\bmoch(?:yn)?\b|\bda i ddim\b|\banobeithiol\b|\b(?:athrawon|athro|athrawes|ysgol) "
          r"(?:twp|dwp|anobeithiol)|\btwp\b|\bdwp\b|\bffwl\b"),
)

COMPLAINT: tuple[Signal, ...] = (
    # a fair complaint aims at a decision or a situation, not a person's safety: "the wrong decision", "I'd
    # ask you to reverse it", "this needs sorted" (not "she needs sorting out", a threat), Welsh "ailystyried"
    (1.5, r"\b(?:wrong|poor|bad|short[- ]sighted|unfair) (?:decision|call|choice)\b|"
          r"\b(?:ask(?:ing)? you to|please|would you|could you|you should|you need to) (?:reverse|reconsider|rethink|"
          r"think again about|look again at|review) (?:it|this|that|the|your)\b|"
          r"\b(?:this|that|it|something) (?:really )?needs? (?:to be )?(?:sorted|sorting|looking at|addressing|fixing)\b(?! out)|"
          r"\bailystyried\b|\bpenderfyniad (?:anghywir|gwael|annheg)\b|\b(?:sa i'?n|dw i ddim yn|dwi ddim yn|ddim yn) hapus\b"),
    # what a charge costs a family ("I'll need a second job", "can't afford it"): a grievance about money
    (1.0, r"\bneed (?:a )?second job\b|\b(?:can'?t|cannot|cannae|can not) afford\b|\bffordio\b"),
    (1.5, r"\bdaylight robbery|\brobbery\b|\b(?:nobody|no one|noone|never) (?:ever )?listens?|\bmake it fairer|\bwhy on earth|"
          r"\bwhy the hell|\bwhy oh why|\btake down (?:the|my|this|that|our) (?:\w+ ){0,3}?(?:photo|picture|pic|post|video|image)s?|"
          r"\bl?lanast|\bpissed off|\bwhat is the point|\bwhat'?s the point|\bhow (?:are|am|is) (?:we|i|they|parents) (?:meant|supposed|expected) to|"
          r"\bmatter of time|\bthose of us\b|\bnot good enough|\bunacceptable|\bnot acceptable|\bdisappoint\w*|\bridiculous|\bshambl\w+|\brip[- ]?off|"
          r"\bdisgrace(?:ful)?|\bshocking|\bappalling|\bnot happy|\bnot impressed|\bunhappy|\bfurious|\bfuming|"
          r"\bfed up|\bsick (?:and tired|of)|\bnot fair|\b(?:isn'?t|is not|wasn'?t|aren'?t|not) fair|\bunfair|"
          r"\bjoke that\b|\bbeyond a joke|\bcomplain\w*|\bcharged twice|\bovercharged|\bdouble charged|"
          r"\bwaste of (?:money|time)|\bout of order\b|\blet down\b|\bignored\b|\bunbelievable|\boutrageous|"
          r"\bnot on\b|\blaughable|\bpoor show|\bnot ok\b|\bnot okay\b"),
    (1.0, r"\bterrible|\bawful|\bdreadful|\bpoor\b|\bpathetic|\bnightmare|\bjoke\b|\bannoy\w*|\bangry|\bupset|"
          r"\bfrustrat\w*|\bludicrous|\babsurd|\bsilly\b|\bstupid\b|\bcrazy\b|\bmad\b|\bworst\b|\buseless\b|\bbloody\b|"
          r"\bfuck\w*|\bf\*+\w*|\bsh[i*]t\w*|\bcrap\b|\bff(?:y|w)c(?:in|io|ing)\b|\bcachu\b|\bpants\b|\bslop\b|\blethal|\bdeath ?trap|\bdangerous|"
          r"\baccident waiting|\bsomeone(?:'s| is) (?:gonna|going to) get hurt"),
    (1.5, r"\bstill (?:waiting|not|no|haven'?t|hasn'?t|nothing)|\bheard nothing|\bno (?:reply|response|answer|one (?:replied|answered))|"
          r"\bnobody (?:has )?(?:replied|responded|got back|rang|called|answers?|answered|sort\w*|bother\w*)|"
          r"\bnever (?:replied|answered|heard back|got back)|\bnot heard back|\bnothing (?:has been|was|is being) done"),
    (0.5, r"\bevery (?:single )?(?:week|day|time|month|year)\b|\b(?:\d+|two|three|four|five|six|several|many) "
          r"(?:weeks|months|days|terms) now\b|\bstill\b"),
    (0.8, r"\b(?:you|we were|they|school|the school) (?:\w+ )?promised\b|\bwere told\b|\bshame\b|\bcouldn'?t get (?:the )?time off|"
          r"\bcan'?t get time off|\b(?:half|most) of us\b|\bworking (?:parents|families)|\bthe (?:night|day) before\b|"
          r"\bmorning of\b"),
    (1.5, r"\b(?:nobody|no one|no-one|noone)\b[^.!?]{0,30}?\b(?:rung|rang|called|phoned|got|emailed|replied|responded|answered)"
          r"\b(?: me| us)? back|\b(?:dim|heb) ymateb"),
    (0.5, r"\bwhy\b[^?]{0,80}\b(?:always|only|never|still|even|again|all the|so many|every)\b"),
    (0.7, r"\bagain\b|\b(?:yet )?another\b|\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|"
          r"\b(?:three|four|five|several|many|\d+) times\b|\btwice\b"),
    (1.2, r"\b(?:short|\d+ days?'?|one day'?s?|a day'?s|a week'?s|no|little|last minute) notice|\blast minute\b"),
    (1.5, r"\b(?:who'?s|who is) (?:paying|going to pay|gonna pay)|\bsome of us (?:work|have (?:jobs|to work)|can'?t)|"
          r"\bnot all of us|\bnot everyone (?:has|can|is)|\bmade of money|\bmake your minds? up"),
    (1.0, r"\b(?:can|could) (?:we|you|the school) (?:please )?(?:stop|not)\b|\bplease stop\b|\bshould(?:n'?t)? have\b|"
          r"\bshould be (?:fixed|sorted|closed|open|done|refunded)|\btoo (?:much|many|expensive|early|late|short|long|"
          r"often|hot|cold)\b|\b(?:gone|going|went) up\b|\bprice (?:rise|increase|hike)|\bput (?:the )?prices? up|"
          r"\bmore expensive"),
    (1.5, r"\b(?:take|took|taking) (?:it|this|that|them|my (?:child|son|daughter)'?s?|the (?:photo|picture|post|video)s?)"
          r"(?: \w+)? down\b|\b(?:remove|delete) (?:it|this|that|the (?:photo|picture|post|video)|my (?:child|son|daughter|kid)'?s?)"
          r"|\b(?:said|ticked|put|told you) no to (?:photos|pictures)|\bdidn'?t (?:give|consent)|\bwithout (?:my |our |any )?"
          r"(?:consent|permission|asking)"),
    (1.2, r"\b(?:nobody|no one|no-one|noone) (?:was |is )?(?:around|there|sorting|answering|watching|bothered|cares?)|"
          r"\b(?:going|go|went|taking (?:this|it)) (?:to|over) (?:the )?(?:governors|council|ofsted|estyn|local authority|"
          r"press|papers|head)|\b(?:does|do|did|will) (?:anyone|anybody|any1) (?:actually|even|ever|bother)|"
          r"\b(?:actually|even|ever) (?:check|read|care|listen|bother|answer)"),
    (1.0, r"\b(?:i'?ve|i have|we'?ve|we have|i) (?:\w+ )?(?:asked|emailed|rung|called|phoned|reported|complained|"
          r"chased|mentioned|raised|messaged) (?:\w+ )?(?:twice|three|four|several|many|\d+|again|this|it|about)|"
          r"\b(?:expected|supposed) to\b|\bnot being funny|\bwith (?:all due )?respect"),
    (1.2, r"\bnot (?:great|good|ideal|helpful|clear|right|nice|cool)\b|\bcheers for that|\bthanks for nothing|"
          r"\bthanks a lot\b|\bas (?:always|usual|ever)\b|\btypical\b|\bgreat communication|\bbrilliant communication|"
          r"\bsarcasm|\bwell done (?:school|everyone) (?:on|for) (?:ruining|another)"),
    (0.8, r"^(?:great|brilliant|lovely|fab|wonderful|perfect|fantastic|oh great|cheers)[,.!] "),
    (0.9, r"🙄|🙃|😡|😤|🤬|😠|😒|🤦"),
    (0.8, r"\bwhy (?:do|does|did|has|have|is|are|was|were|can'?t|won'?t|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|"
          r"didn'?t|should|would|on earth|the hell|oh why)\b|\bhow (?:is|was|can|could|come) (?:this|that|it|they|you)\b"),
    (1.2, r"\bsort (?:it|this|the \w+) out\b|\bget (?:it|this) sorted\b|\bother schools\b|\b(?:get|got|gets) nothing\b|"
          r"\bleft out\b"),
    (0.8, r"\bkeeps? (?:logging|crashing|breaking|failing|losing|cancelling)|\bnobody (?:opened|came|turned up|bothered|told|checked|answered)|"
          r"\bwaited (?:\d+|an|over an|two|half an) (?:minutes|mins|hours?)|\bin the rain\b|\bhave to wait"),
    (0.8, r"\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:year|week|time|term|day) (?:running|in a row)|\bgutted\b|"
          r"\bdidn'?t want to be in|\bfairer\b|\bneb yn gwybod"),
    (0.6, r"\bfor (?:weeks|months|ages)\b|\bthe wrong\b|\bchaos\b|\bchaotic|\bmess\b|\bdisorgani[sz]ed|\bancient\b|\bfalling apart|\bfreezing|\bmouldy|\bdamn\b|\bffs\b|"
          r"\breally helpful\b|\bvery helpful\b|\bso helpful\b|\bdoesn'?t tell|\bnever tell|\bnobody (?:checked|told|tells)"),
    (0.5, r"\b(?:cold|lukewarm|broken|leaking|filthy|dirty|smelly|cancelled|lost|locked|missing|late|mocking|refund\w*)\b|"
          r"£\d"),
    # Welsh
    (1.5, r"\bgwael\b|\bwael\b|\bsiom\w*|\b(?:dim|ddim) digon da|\bannheg|\bddim yn deg|\bcwyn\w*|\bgwarthus|\bcywilydd|\bdim ateb|"
          r"\bdim yn hapus|\bddim yn hapus|\bcynddeiriog"),
    (0.6, r"\beto\b|\bpam\b|\bwedi(?: ei| i)? (?:ganslo|canslo)"),
)

QUESTION: tuple[Signal, ...] = (
    (1.0, r"\?"),
    # a question addressed to another person by tag is chat between parents, not one the school answers
    (-1.0, r"^@[a-z]\w*"),
    (1.0, r"(?:^|[.!?] )(?:hi |hiya |hello |morning |quick question,? |sorry,? |excuse me,? )?(?:what(?! an? )|whats|what'?s|wat|when|"
          r"whens|when'?s|wen|where|wheres|where'?s|which|who|whos|who'?s|how|hows|how'?s|is|isn'?t|are|r|do|does|did|"
          r"can|could|cud|will|would|should|has|have|any|anyone|anybody|any1|shall|am i|are we)\b"),
    (1.2, r"\bany (?:chance|news|update|idea|info|word)\b|\b(?:does|do) (?:anyone|any1|anybody) know|\b(?:i was|just) wondering|"
          r"\bwondering if|\b(?:please|pls|plz) (?:could|can) (?:you|u|someone)|\bcould (?:you|u|someone) (?:please |pls )?"
          r"(?:post|share|send|tell|let|confirm|advise|check|put)|\bplease (?:advise|confirm|let (?:us|me) know)|"
          r"\bhas (?:anyone|anybody) (?:seen|found|handed)|\bhanded in\b|\bhow (?:much|long|many|do|does|can)|"
          r"\bwhat (?:time|date|day|size)|\bwhich (?:day|gate|door|date)|\bwhen (?:is|are|do|does|will)|"
          r"\blet (?:us|me) know\b|\bneed to know"),
    (1.0, r"\b(?:pa (?:amser|ddyddiad|ddiwrnod|un|bryd)|pryd|ble mae|ble (?:ydw|dylwn)|beth yw|beth ydy|beth sydd|faint|"
          r"oes (?:angen|rhaid|modd)|a oes|ydy'?r|ydi'?r|sut mae|sut (?:ydw|allaf|galla|mae)|a fydd|fydd (?:y|yna)|"
          r"allwch chi)\b"),
)

SPAM: tuple[Signal, ...] = (
    (2, r"\b(?:earn|earning|make|made|making) (?:up to |over )?(?:£|\$|€)?\s?\d[\d,.]*k? (?:a |per |every |this |in a |from )?"
        r"(?:day|week|month|hour|home)|\bwork(?:ing)? from (?:home|your phone)|\bfrom (?:home|your phone)\b[^.!?]{0,30}\b(?:earn|£|\$)"),
    (1.5, r"\blink in (?:my )?bio|\bclick (?:the|this|my|on the) link|\bcheck (?:out )?my (?:page|profile|channel|bio|new|music|"
          r"shop|store|website|site)|\bcheck my profile|\bmy (?:new )?(?:single|album|mixtape|song|channel|podcast)\b|\bonlyfans"),
    (1.2, r"\bguaranteed\b|\bearn daily|\b(?:handmade|homemade) \w+ for sale|\b(?:bitcoin|crypto\w*|forex|btc|ethereum|nft|binary options|investments?|trading|trader|passive income)\b"),
    (1.5, r"\b\d+ ?% (?:off|returns?|profit|discount|guaranteed)|\bcongratulations\b[^.!?]{0,40}?\b(?:selected|won|winner|chosen)|"
          r"\b(?:you have|you'?ve) been (?:selected|chosen)|\b(?:claim|verify|confirm|unlock|activate|secure) (?:your|ur) "
          r"(?:\w+ )?(?:account|prize|voucher|reward|page|refund|gift|winnings)"),
    (2, r"\b(?:page|account) (?:will be|has been|is being|is going to be) (?:deleted|disabled|suspended|restricted|removed|"
        r"closed|flagged|locked)|\b(?:confirm|verify) your (?:login|details|identity|password)|\bavoid (?:suspension|deletion|being banned)|"
        r"\blink (?:on|in) my (?:profile|page)|\bcopyright (?:violation|infringement)|\bcommunity standards"),
    (2, r"\b(?:buy|get|gain) (?:\d+ )?(?:\w+ ){0,2}(?:followers|likes|views|subscribers)\b|\bneed followers"),
    (1.5, r"\bloans?\b|\bbad credit|\bdebt (?:help|relief)|\bppi\b|\bpayday|\bunclaimed|\bcasino|\bfree (?:bets?|spins?)|"
          r"\bbetting\b|\bslots\b|\bjackpot"),
    (1.5, r"\b(?:shop now|order now|buy now|limited time|today only|act now|don'?t miss out|dm for prices|use (?:my )?code|"
          r"while stocks last|free (?:quote|survey|consultation|trial|delivery))\b"),
    (1.5, r"\bfree (?:robux|v-?bucks|iphone|ipad|voucher|money|gift ?card|giveaway)|\bgiveaway\b|\bgift ?card|\bvoucher\b"),
    (2, r"\b(?:hello|hi|hey) (?:dear|beautiful|gorgeous|sweetheart|handsome)|\b(?:genuine|honest|serious) (?:friendship|relationship|"
        r"woman|man|partner)|\blooking for (?:a |my )?(?:friend|love|relationship|someone special|soulmate|genuine)"),
    (1.5, r"\b(?:us|u\.s\.) army|\bon (?:a )?(?:peace ?keeping )?mission\b|\bi am (?:a |an )?(?:widow|widower|engineer|soldier|surgeon)|"
          r"\binbox me\b|\bpm me for|\binterested in your (?:page|profile)"),
    (2, r"\b(?:helped|help) me recover|\brecover(?:ed)? (?:everything|my money|your money|lost funds)|\bscammed too|"
        r"\bcontact (?:him|her|them) (?:on|via) (?:instagram|insta|whatsapp|telegram|facebook)"),
    (1.5, r"\b(?:hacked|recover|unlock) (?:your |ur )?(?:facebook|instagram|account|page)|\bis this you in (?:this|the) (?:video|photo|pic)"),
    (1.0, r"\bhttps?://|\bwww\.|\bbit\.ly|\btinyurl|\b[a-z0-9-]+\.(?:xyz|info|shop|top|click|online|live|site|club|store|biz|"
          r"win|vip|icu|buzz)\b|\b[a-z0-9-]+\.co/\w"),
    (1.0, r"\b(?:solar panels?|double glazing|roofing|driveways?|cleaning services?|removals|windows and doors|"
          r"sunglasses|ray-?ban|designer bags?|trainers sale|weight loss|diet pills|teeth whitening)\b"),
    (1.5, r"\b(?:mums|moms|mothers|ladies|people|women) who (?:want|would like|wanna) to (?:work|earn|make)|"
          r"\bcomment [\"']?(?:me|info|yes|interested)[\"']?|\b(?:dm|message|inbox|pm) (?:me )?[\"'](?:info|yes|me)[\"']|"
          r"\breply [\"']?yes\b"),
    (0.5, r"\b(?:whatsapp|telegram)\b|\bdm me\b|\bmessage me\b|\bfree\b|\bwin\b|\bclaim\b|\bcheap\b|\bdeals?\b|\boffer\b"),
    (0.4, r"💰|🤑|💸|📈|🎁|👉|➡️|💅|🔥"),
)

PRAISE: tuple[Signal, ...] = (
    (1.2, r"\bthank(?:s|ing| you| u|you)?\b|\bthanx\b|\bty\b|\bcheers\b|\bdiolch|\bwell done|\bcongrat\w*|\bcongrats|"
          r"\bllongyfarchiadau|\bda iawn|\bamazing|\bbrilliant|\bbrill\b|\bfantastic|\bfab(?:ulous)?\b|\bwonderful|\blovely|"
          r"\bgreat\b|\bawesome|\bsuperb|\bexcellent|\boutstanding|\bgorgeous|\bbeautiful|\bstunning|\badorable|\bcute\b|"
          r"\baw+\b|\bbless (?:them|him|her|you|em|'em)|\bproud|\bstars?\b|\bcredit to|\bbest\b|\blove (?:it|this|these|that|"
          r"them|seeing|the|to see)|\bloved\b|\blush\b|\btidy\b|\bace\b|\bsmashed it|\bnailed it|\bwell deserved|"
          r"\bwell played|\bhappy (?:birthday|retirement|christmas|easter|eid|diwali|holidays|new year|hanukkah)|"
          r"\bpenblwydd hapus|\bpen-?blwydd hapus|\bnadolig llawen|\bgwych|\banhygoel|\bbendigedig|\bardderchog|\bhyfryd|"
          r"\bffantastig|\barbennig|\bimpress\w*|\binspiring|\bincredible|\btalented|\bclever|\bkind\b|\blegends?\b|"
          r"\bheroes\b|\bgo on\b|\bcome on\b|\bgood luck|\bpob lwc|\bmubarak|\bwell organised|\bgood job|\bgreat job|"
          r"\bsuper\b|\bsuperstars?|\bfair play|\btop marks|\bhats off|\bwell earned|\bchuffed|\bmade (?:my|our) day|"
          r"\b(?:massive|big|huge) thanks|\bcaring\b|\bcouldn'?t ask for (?:more|better)|\bso lucky|\blucky to have|\bdelighted|\bthrilled|\bgrateful|\bappreciate|\bmissed (?:you|them)|\bwhat a (?:save|goal|"
          r"show|team|day|performance|effort)|\bso nice\b|\bso sweet\b|\bsweet\b|\bbeaut\b|\bbrill\b|\bcracking|\bsplendid"),
    (1.0, r"❤|💚|💙|💜|💛|🧡|🤍|😍|🥰|🥹|👏|🙌|💪|⭐|🌟|🎉|🥳|😘|💐|☺|😊|🏆|🎂|🥇|😁|💯|🤩|♥|😀|😃|🎶|🏴"),
    (0.6, r"\bxx+\b|!!|👍"),
    # a conspiracy's name, not praise
    (-1.2, r"\bthe great replacement\b|\bgreat replacement (?:theory|is|isn'?t|was|has)\b"),
)

#: The co-occurrence signals (see _GROUP_NEAR_HOSTILE), by pattern.
HATE_COOCCURRENCE: frozenset[str] = frozenset({_GROUP_NEAR_HOSTILE, _HOSTILE_NEAR_GROUP, _GENERALISATION,
                                                _ANAPHORIC_GENERALISATION})
#: (s16 fix) Hate signals that praise or thanks in the comment disarm (PRAISED_PEOPLE, and no sarcasm): the group as
#: "they" in a later sentence, whose "they" is so often the team or the family just thanked.
HATE_DISARMED_BY_PRAISE: frozenset[str] = frozenset({_ANAPHORIC_GENERALISATION})
#: (s16 fix) Praise or thanks for people ("thanks to ...", "proud of", "bless them", "lucky things", "a star", Welsh
#: "diolch", "balch", "arbennig"): against the anaphora above and against a group only pointed at (POINTED_GROUP).
PRAISED_PEOPLE = (
    rf"{GRATITUDE}|\b(?:proud|bless (?:them|'?em|him|her)|lucky (?:things|us|them|beggars|ducks)|loved|lovely|brilliant|amazing|"
    r"fantastic|wonderful|gorgeous|delicious|a star|stars|legends?|heroes|superstars?|with a smile|(?:go|goes|went) the extra mile|"
    r"top of the (?:class|year|league|table)|well deserved|credit to|shout ?out|"
    r"balch|gwych|hyfryd|arbennig|bendigedig|ardderchog|seren|sêr|ser|arwyr|chwarae teg)\b"
)

LEXICON: dict[Category, tuple[Signal, ...]] = {
    Category.SAFEGUARDING: SAFEGUARDING,
    Category.THREAT: THREAT,
    Category.HATE: HATE,
    Category.ABUSE: ABUSE,
    Category.COMPLAINT: COMPLAINT,
    Category.QUESTION: QUESTION,
    Category.SPAM: SPAM,
    Category.PRAISE: PRAISE,
}

#: Someone asking for private contact ("can u dm me", "add me on snap"): safeguarding from a pupil or
#: when aimed at children, spam from a stranger selling something, a question from a parent.
PRIVATE_CONTACT = (
    r"\b(?:dm|pm|message|msg|inbox|text|snap|snapchat|whatsapp|ring|call|facetime) me\b|\badd (?:me|u|you|ya)\b|"
    r"\b(?:can|could|will|pls|please) (?:i|u|you|we) (?:add|follow|message|msg|dm|pm|text|snap|friend) (?:u|you|ya|me)\b|"
    r"\b(?:have|get|give me|send me) (?:ur|your) (?:number|snap|insta|phone number|mobile|address)|\btalk to (?:u|you|me) privately|"
    r"\b(?:on|via) (?:insta|instagram|snap|snapchat|tiktok|whatsapp|discord|roblox|fortnite|xbox|kik|telegram)\b|"
    r"\bmessage me privately|\bprivate(?:ly)? messag|\bsend me (?:a )?(?:pic|photo|selfie|message)"
)
#: Words that aim a private-contact request at children or at how they look.
CHILD_APPEAL = (
    r"\b(?:so |very |really )?(?:pretty|cute|cutie|hot|sexy|gorgeous|beautiful|fit|stunning|princess)\b|\bschool year|"
    r"\bwhat year\b|\bhow old (?:are|r) (?:you|u)|\b(?:kids|children|girls|boys)\b|"
    r"\b(?:year|yr|y) ?\d\b|\bsweetie|\bsweetheart|\bdarling|\blooked (?:great|lovely|hot|pretty|beautiful|cute|gorgeous) in|\bbabe?\b|\bhun\b|😘|😉|😏|🤫|\brobux|\bv-?bucks|\bfortnite|\broblox"
)
