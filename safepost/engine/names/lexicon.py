"""Word lists that tell a child's name from everything else that looks like one.

All entries are folded (lower case, no accents) single words or space-separated phrases, so
they compare directly with :func:`safepost.engine.textnorm.fold` output. Written for safepost
from general knowledge; no school's data is in here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from safepost.engine.textnorm import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split(",") if p.strip())


#: Words before a name that make it an adult, a saint, a monarch or a character, not a pupil.
TITLES = _words(
    """mr mrs miss ms mx dr doctor prof professor sir dame lady lord king queen prince princess
    saint st sant santes captain capt rev revd reverend father pastor vicar imam rabbi bishop
    canon pope prophet president emperor empress general admiral major sgt sergeant officer pc
    pcso cllr councillor mayor judge nurse uncle auntie aunty aunt nana nanna nan grandad grandpa
    grandma granny gran taid nain tad-cu mam-gu anti wncwl athro athrawes coach chef ms. mr. mrs.
    mum mam dad mummy daddy papa headteacher teacher governor chair chairperson volunteer driver
    author poet artist illustrator singer footballer player minister mp ms lollipop caretaker
    cook husband wife partner fiance fiancee boyfriend girlfriend grandfather grandmother
    mentor manager supervisor technician receptionist administrator"""
)

#: Titles of a rank held over a place ("the Mayor of London", "the Duke of York", "Queen of Hearts").
RANKS = _words("king queen prince princess lord lady duke duchess earl mayor bishop emperor empress president pope saint")

#: Words right after a name and a comma that open a description of it ("Bonnie, our new dog").
APPOSITION_OPENERS = _words("our the my a an their his her ein y yr fy eu ei")

#: Capitalised words right before a name that make it a school house, a team or a class
#: ("Tŷ Celyn", "Team Joy", "Dosbarth Seren"); in lower case "tŷ Seren" is Seren's house.
UNIT_BEFORE = _words("ty team tim house dosbarth class llys")

#: Joins between two listed things or people ("Joy and Sadness", "Celyn ac iorwg").
LIST_JOIN_WORDS = _words("and & or a ac neu")

#: Words before a lower-case name that make it an ordinary noun ("the attendance teddy").
DETERMINERS = _words("a an the this that these those some any every each class attendance his her their its y yr r")

#: Month names that are also given names (English May, June, April, August; Welsh Mai, Medi, and
#: the rest for completeness): read as the month next to a day's number ("18 Mai") or after
#: "mis"/"fis" ("ym mis Medi").
MONTH_NAMES = _words(
    """may june april august ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref
    tachwedd rhagfyr"""
)
#: The seasons in English (with American "fall") and Welsh: the time of year, a topic, a display's
#: heading, when a season's name is also a child's (Summer, Haf).
SEASONS = _words("spring summer autumn fall winter gwanwyn haf hydref gaeaf")
#: Words for "month" before a month's name ("ym mis Mai", "y fis Medi").
MONTH_WORDS = _words("mis fis month")

#: Welsh "the" ("y", "yr", and "'r" glued to the word before): Welsh puts no article before a
#: person's name, so a word-name after one is the word or part of a title ("y Llew", "yr Haf").
WELSH_ARTICLES = _words("y yr r")

#: Words before a name that make it a pet or a toy.
PET_WORDS = _words(
    """dog dogs puppy pup cat cats kitten tortoise hamster rabbit bunny guinea pig pony horse
    fish goldfish parrot budgie snake lizard gecko chicken chickens hen hens duck teddy bear
    mascot tedi ci gath cath calf calves lamb lambs cow cows sheep goat goats pig pigs piglet
    donkey alpaca alpacas llama chick chicks ferret gerbil gerbils mouse mice rat rats axolotl
    tortoises hamsters rabbits puppies kittens ponies horses bochdew cwningen ceffyl merlen oen
    hwyaden iar mochyn pysgodyn crwban"""
)

#: Words after a name that make it a place, a building, an event or an organisation.
PLACE_SUFFIXES = _words(
    """road rd street st lane close avenue ave drive way park hill court crescent terrace gardens
    place square school primary academy church chapel house farm woods wood forest bay bridge
    castle valley village town city county cottage centre center library museum stadium river
    lake reservoir mountain ward hospital zoo aquarium cathedral abbey beach market island falls
    pier harbour marina university college fc surgery station airport appeal day fair fayre fete
    festival term class classroom team group club trust foundation award awards cup trophy trip trips tour
    shield holiday holidays week month concert show assembly service mass heol ffordd stryd
    ysgol capel eglwys plas ty"""
)

#: Phrases before a name that say a child is meant ("Well done Amelia!").
CHILD_CUES_BEFORE = _phrases(
    """well done, well done to, congratulations, congratulations to, congrats, congrats to,
    happy birthday, happy birthday to,
    pen blwydd hapus, pen blwydd hapus i, penblwydd hapus, penblwydd hapus i, da iawn,
    da iawn ti, llongyfarchiadau, llongyfarchiadau i, croeso, croeso i, welcome, welcome to,
    shout out to, big shout out to, shoutout to, big shoutout to, go on, proud of you, so proud of, baby, baby brother,
    baby sister, little brother, little sister, big brother, big sister, twin brother,
    twin sister, brother, sister, my son, my daughter, our son, our daughter, my boy, my girl,
    my little one, my grandson, my granddaughter, my niece, my nephew, new starter, new starters,
    goes to, went to, awarded to, presented to, medal for, medals for, prize for, trophy for, certificate for,
    labelled, labeled, winner is, winners are, star of the week,
    pupil of the week, star of the week is, chef of the day was, goals from, goal from,
    save from, scored by, well played, played by, performed by, narrated by, sung by,
    little boy, little girl, baby boy, baby girl, baby son, baby daughter, newborn, new baby,
    sister to, brother to, big sister to, big brother to, little sister to, little brother to,
    wee brother, wee sister, wee boy, wee girl, wee one, baby cousin, little cousin, wee cousin,
    to the world, welcome to the world, welcomed, new arrival, boy, girl, twins, son, daughter, new pupil, new girl, new boy, new classmate, number, goalkeeper, keeper, striker, da iawn i, good luck, good luck to, pob lwc, pob lwc i,
    seren yr wythnos, seren yr wythnos yw, disgybl yr wythnos, disgybl y mis, seren y mis,
    prif ddisgybl, brawd bach, chwaer fach, brawd mawr, chwaer fawr, babi newydd"""
)

#: Words skipped when looking for a cue before a name ("Well done to our lovely twins Ella").
FILLERS = _words(
    """our my the little lovely wonderful amazing superstar super brilliant clever fantastic
    fabulous fab twins twin both friend friends new st nd rd th dear gorgeous beautiful
    very big huge massive a special wee"""
)

#: The last word of every cue above (a quick first test before the whole phrase is checked).
CUE_ENDINGS = frozenset(p.split()[-1] for p in CHILD_CUES_BEFORE)

#: Cue words that may stand a few words before a list of new children ("Croeso to our new
#: friends joining Wrens this week, Kacper and Ola!").
CHILD_CUES_WIDE = _words("welcome croeso starter starters joining joined joins friend friends newest arrival")

#: Words after a name (and before a class or year) that say a child is meant ("Jac from Robins").
SCHOOL_UNIT_LINKS = _words("from in o yn ym")
#: Words that name a year group or a class in general ("Year 3", "Reception", "Blwyddyn 2").
SCHOOL_UNITS = _words(
    "year yr reception nursery class blwyddyn flwyddyn mlwyddyn dosbarth ddosbarth nosbarth meithrin feithrin derbyn"
)
#: A year group as a register writes it, up to its number's first digit ("Year 3", "Yr 6",
#: "Blwyddyn 1", "Bl 2", "P5", "Y6"): the head of the patterns that read one right after a name.
YEAR_GROUP_HEAD = r"(?:[Yy]ear|Yr|[Bb]lwyddyn|Bl|[PY]) ?\d"
#: Words before a role that say the one in it is a child ("our wee P5 author", "budding poet").
YOUNG_MARKERS = _words("wee little young budding junior mini reception p y year yr blwyddyn")
#: Words after a name that say a child of a stated age is meant ("Isla, aged 6").
AGE_WORDS = _words("aged age oed")
#: Words right after a name that say a baby or a child is meant ("Alfie arrived on", "Ada, born").
CHILD_CUES_AFTER = AGE_WORDS | _words("arrived born weighing weighed")
#: Form labels: "Name: Evie Carter" on a worksheet or a certificate means a child.
LABEL_WORDS = _words("name pupil child student learner enw disgybl awarded presented")

#: Words of an award's heading before a colon and the child it went to ("Bake Off winner: Honey",
#: "Man of the match: Rain", "points leader: Apple", "dojo champion this week: DAISY!!").
AWARD_HEADINGS = _words("winner winners champion champions leader leaders match mvp enillydd pencampwr")

#: A possessive followed by one of these means the name is a child's ("Isla's mum").
CHILD_POSSESSIONS = _words(
    """mum mam mom dad mummy daddy nan nain taid gran grandad grandma family parents brother
    sister teacher class classmates friends friend birthday glasses coat bag book bookbag
    lunchbox jumper shoes trainers reading tooth first house poem painting drawing project homework
    poster artwork speech"""
)

#: Words after a name that make the name itself the subject of discussion ("Seren means star").
NAME_AS_WORD = tuple(sorted(_phrases(
    "means, meaning, is welsh for, is the welsh for, comes from, is a name, is the name, was the name, "
    "is irish for, is the irish for, is gaelic for, is the gaelic for, is scots for, is the scots for, "
    "is the word, is a word, is the welsh word, is the irish word, is the gaelic word, is the scots word, "
    "is the english word, is an irish word, is a gaelic word, is a welsh word, is a scots word, "
    "yn golygu, sy n golygu, yw r gair"
)))
#: Welsh "enw Seren" is "Seren's name", so only "yr enw" ("the name") is here.
NAME_AS_WORD_BEFORE = _phrases(
    "the name, name, named after, word, the word, called it, spelt, spelled, yr enw, y gair, yr enw cymraeg"
)

#: Roles in a nativity or school play: "our Mary", "as Joseph".
ROLE_BEFORE = _words("our as played playing plays dressed like")
#: Modal verbs that are also given names (Will, May): in lower case before a verb, the verb.
MODAL_VERBS = _words("will may can must might shall")
#: Verbs that take a person and then a thing ("teaching Amina the Welsh song", "gave Lily the
#: prize"): "the ..." after their first object is the second object, not an epithet.
TWO_OBJECT_VERBS = _words(
    """teach teaches teaching taught give gives giving gave show shows showing showed tell tells
    telling told send sends sending sent bring brings bringing brought hand hands handing handed
    buy buys buying bought lend lends lending lent offer offers offering offered award awards
    awarding awarded pass passes passing passed read reads reading promised wish wishes wished"""
)

#: Phrases that contain a first name but name a famous, historical, religious or fictional figure
#: (apostrophes and hyphens become spaces, as in folded text: "george s marvellous medicine").
FAMOUS = frozenset(" ".join(re.findall(r"[a-z]+", p)) for p in _phrases(
    """harry potter, harry styles, harry kane, prince harry, roald dahl, captain tom, tom moore,
    dewi sant, saint david, st david, santes dwynwen, st dwynwen, prophet muhammad, the prophet,
    king charles, queen elizabeth, queen victoria, king henry, henry viii, henry tudor,
    elizabeth i, elizabeth ii, rosa parks, martin luther king, nelson mandela, greta thunberg,
    marcus rashford, gareth bale, anne frank, charles darwin, isaac newton, albert einstein,
    florence nightingale, mary seacole, mary anning, marie curie, ada lovelace, julius caesar,
    owain glyndwr, llywelyn the great, dylan thomas, tom jones, tom daley, jade jones,
    colin jackson, julia donaldson, michael morpurgo, jacqueline wilson, david walliams,
    jack and the beanstalk, jack and jill, jack frost, union jack, peter pan, peter rabbit,
    alice in wonderland, tracy beaker, paddington bear, matilda wormwood, charlie bucket,
    charlie and the chocolate factory, james and the giant peach, george's marvellous medicine,
    georges marvellous medicine, fantastic mr fox, horrid henry, winnie the pooh,
    christopher robin, thomas the tank engine, bob the builder, postman pat, peppa pig,
    george pig, fireman sam, mary poppins, father christmas, saint nicholas, st nicholas,
    mary and joseph, joseph and mary, baby jesus, robin hood, little red riding hood,
    goldilocks, elsa and anna, anna and elsa, moana, amazing grace, grace darling,
    the famous five, ed sheeran, taylor swift, lionel messi, cristiano ronaldo, mo farah,
    mo salah, mohamed salah, muhammad ali, mohammed ali, emma raducanu, lewis hamilton, jessica ennis, ellie simmonds,
    william shakespeare, prince william, prince george, princess charlotte, prince louis,
    kate middleton, catherine middleton, king arthur, guru nanak, rama and sita, noah's ark,
    noahs ark, daniel and the lions, joseph and his, david and goliath, captain cook,
    isambard kingdom brunel, boudicca, ruby bridges, frida kahlo, vincent van gogh,
    leonardo da vinci, neil armstrong, tim peake, helen sharman, david attenborough,
    greta gerwig, matilda the musical, oliver twist, the twits, mr twit, mrs twit, big friendly
    giant, spot the dog, biff chip and kipper, biff and chip, kipper and biff, max in where,
    where the wild things are"""
))

#: Every word of every famous phrase: a name not in here cannot be part of one.
FAMOUS_WORDS = frozenset(w for p in FAMOUS for w in p.split())

#: Grammar of word senses: for a word that is also a given name, the neighbours that make it
#: the word ("Poppy appeal", "in May", "Summer term"). ``before``/``after`` are words right next
#: to it; a capitalised name with no such neighbour is still a name ("Well done Poppy"). This
#: table does NOT decide which names are words: :func:`is_word_name` does, from the dictionaries
#: and wordfreq, for any roster; a word-name missing here is read from case and context alone.
WORD_NEIGHBOURS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (_words(before), _words(after))
    for name, before, after in (
        ("art", "", "week weeks club clubs lesson lessons gallery galleries work project projects room "
         "teacher competition exhibition display displays class and department award prize trail "
         "history"),
        ("will", "good free last goodwill", "you we they he she it i there this that the a all any "
         "anyone everyone our your parents children pupils be not need also still take make "
         "have start finish run open close begin be"),
        ("may", "in this next last early late mid of since until till by from during through the "
         "each every", "day half bank holiday fair queen pole time we i you be the all your have "
         "also need not"),
        ("june", "in this next last early late mid of since until till by from during", "half"),
        ("april", "in this next last early late mid of since until till by from during", "fool fools half showers"),
        ("august", "in this next last early late mid of since until till by from during", "half"),
        ("summer", "this last next the in over during of a early late", "term terms holiday holidays fair "
         "fete fayre camp concert show reading born uniform kit pe break half sports term months time "
         "festival school club party disco ball trip sun weather is has sunshine activities"),
        ("autumn", "this last next the in over during of a early late", "term terms leaves half colours "
         "fair festival"),
        ("grace", "say said saying saving amazing with your her his", "period before"),
        ("hope", "we i in the and our", "you to that we everyone all your the this"),
        ("faith", "in the of", "school schools leader leaders groups community communities"),
        ("joy", "the of with and", "of"),
        ("ruby", "a", "red wedding anniversary slippers"),
        ("rose", "a the red white tudor pink", "garden gardens bush bushes petals bed window to by up"),
        ("holly", "the and", "and bush tree leaves wreath berries class"),
        ("ivy", "the and", "leaves"),
        ("poppy", "remembrance a red the", "appeal day seeds field fields wreath wreaths badge badges sale "
         "sales stall collection tin tins pin pins making sellers"),
        ("daisy", "a", "chain chains"),
        ("lily", "a", "pad pads pond"),
        ("jack", "union car a", "o frost and in"),
        ("robin", "a the little red", "hood red redbreast"),
        ("amber", "an on", "warning alert light weather"),
        ("jade", "", "plant"),
        ("pearl", "a", "earrings necklace"),
        ("crystal", "a", "palace clear ball"),
        ("hazel", "", "eyes nut nuts tree"),
        ("heather", "the", "moor moorland"),
        ("olive", "an", "oil oils tree branch green"),
        ("willow", "the a weeping", "tree trees weaving pattern"),
        ("rowan", "the a", "tree trees berries"),
        ("ash", "the an", "tree trees wednesday cloud"),
        ("sky", "the", "news sports blue"),
        ("star", "a the gold", "of baker writer reader pupil award awards chart charts"),
        ("angel", "an the", "gabriel wings"),
        ("honey", "the", "bee bees"),
        ("sunny", "a", "day days spells weather"),
        ("storm", "a the", ""),
        ("river", "the a", ""),
        ("brook", "the a", ""),
        ("mark", "question full the a", "your the this my our"),
        ("bill", "the a", "of"),
        ("pat", "a", "on"),
        ("frank", "be to", ""),
        ("chase", "a the", "the"),
        ("hunter", "a the", ""),
        ("bobby", "a the", ""),
        ("penny", "a the", "for"),
        ("dawn", "at the", "chorus"),
        ("iris", "the", "flower"),
        ("violet", "", "flower"),
        ("mo", "a", ""),
        ("eve", "christmas new years year halloween hallowe'en", ""),
        ("india", "to in from of visit visited across", ""),
        ("jordan", "to in from of visit visited river", ""),
        ("georgia", "to in from of visit visited", ""),
        ("florence", "to in from of visit visited", ""),
        ("paris", "to in from of visit visited", ""),
        ("chelsea", "", "fc flower"),
        ("sydney", "to in from of visit visited", "opera harbour"),
        ("beth", "", "yw sy sydd am oedd ydy ydi mae fydd fyddai ydych wyt rydych wnaeth wnest ddigwyddodd "
         "ddylwn ddylen allwn"),
        ("teddy", "a the class attendance our his her their", "bear bears"),
        ("seren", "y", "yr y wythnos fach disglair"),
        ("mali", "of in to from the", "empire republic"),
        # Welsh puts the qualifier after its noun: "Ffair Haf" is the English "Summer Fair", so
        # the nouns before "haf" mirror those after "summer" ("Tymor yr Haf", "Gwyliau Haf")
        ("eira", "bwrw dyn dynion pelen peli", ""),
        ("haf", "yr tymor ffair gwyliau gwyl cyngerdd sioe gwersyll ysgol clwb parti disgo taith egwyl hanner "
         "diwrnod dyddiau noson canol", ""),
        ("gwyn", "ty", ""),
        ("jay", "a the", ""),
        ("kit", "pe the a", "bag bags list"),
        ("max", "the", ""),
        # nature and weather words that are also given names (common in Scottish rosters)
        ("bay", "the a bus loading parking sick", "leaf leaves window windows"),
        ("rain", "the heavy", "coat coats"),
        ("skye", "of isle", ""),
        ("snow", "the", "day days"),
        ("breeze", "a the", ""),
        ("meadow", "the a", ""),
        ("fern", "the a", ""),
        ("glen", "the a", ""),
        ("heath", "the", ""),
        ("blossom", "the", ""),
        ("wren", "a the", ""),
        ("lark", "a the", ""),
        ("cloud", "a the", ""),
        ("ocean", "the an", ""),
        ("cherry", "a the", ""),
        ("melody", "a the", ""),
    )
}

#: Colour words: a name-word right before one is a shade ("Hunter green", "Ruby red", "Rose gold").
COLOURS = _words(
    """green red blue pink purple yellow orange white black grey gray brown gold golden silver navy
    teal turquoise violet lilac mauve maroon crimson scarlet cream beige bronze copper khaki"""
)

#: Names that are also the first word of a shade: "Hunter green", "Ruby red", "Sky blue".
SHADE_NAMES = _words(
    """hunter forest kelly lincoln ruby rose olive jade sky sage indigo amber honey hazel sandy
    ivory pearl lavender violet heather coral saffron rusty ginger raven ebony scarlet scarlett
    cherry peach navy royal jet storm dove river ocean autumn summer poppy lily daisy iris"""
)

#: Capitalised words that make "X and the Eco Council" a school group, not a book's title.
GROUP_WORDS = _words(
    """council councils team teams squad choir club committee crew ambassadors leaders prefects
    captains monitors group groups band orchestra champions helpers buddies class year"""
)

#: Things that share a kind with a name-word: plants, gems, colours, birds, seasons, spices. A
#: name-word listed with one of these ("Ivy, holly and mistletoe") is one of them, not a child.
KIND_WORDS = COLOURS | _words(
    """holly ivy mistletoe rose roses lily lilies daisy daisies poppy poppies iris irises violets
    heather hazel willow rowan ash oak elm birch pine fir yew fern ferns moss tulip tulips daffodil
    daffodils snowdrop snowdrops bluebell bluebells sunflower sunflowers jasmine lavender primrose
    primroses marigold marigolds buttercup buttercups clover bracken laurel myrtle sage thyme
    rosemary basil mint parsley cinnamon ginger saffron nutmeg pepper cloves ruby rubies pearl
    pearls amber jade crystal crystals diamond diamonds emerald emeralds sapphire sapphires opal
    opals topaz garnet jet coral robin robins wren wrens jay jays sparrow sparrows finch finches
    owl owls blackbird blackbirds starling starlings spring summer autumn winter sunny storm
    rain snow frost willows oaks berries cones pinecones acorns conkers leaves wreath wreaths"""
)

#: Kinds of place and thing that a sentence defines a word-name as ("Iona is a small island off
#: Mull", "Rowan is a tree"): a child is not defined as one of these.
DEFINED_KINDS = _words(
    """island isle islands town village city river loch lake sea firth bay beach mountain mountains
    hill hills glen valley country county region place peninsula forest wood tree trees shrub
    plant plants flower flowers bird birds gem gemstone stone colour color shade season month
    song hymn poem film book novel dance breed drink whisky distillery ferry ship boat castle
    capital"""
)

#: Nicknames that are also everyday words: typed in lower case they are the word ("art", "pip").
NICKNAME_WORDS = _words(
    """ad al ant arch art bill bob cam cat chip chuck dick dot drew em eve frank hank jack jay kit
    lex max mick nick pat penny pete pip rich rick rob rose sandy sue ted tim val will ray don gene
    mark dawn ed ken lou mo jo tom dan ben sam liz meg mel nat viv win bee kat"""
)

#: Words before a name that say a book, a play or a film is meant when title words follow it
#: ("Year 4 are reading Esme and the Lantern Tree").
WORK_CUES = _words(
    """reading read reads book books novel story stories called titled entitled studying studied
    watching watched film films musical play performing performed author series chapter
    tickets production performance pantomime panto theatre cinema screening opera ballet"""
)
#: Words for a work that put its title right after them ("the film Matilda", "our class novel Holly").
WORK_NOUNS = _words("film movie book novel musical play story poem song show pantomime panto opera ballet")
#: Words before such a noun that make it name a particular work.
WORK_DETERMINERS = _words("the a our this their class favourite new")

#: Words near "X by Y" that make X a part in a play: "Mary was played by Evie, Joseph by Ollie".
CAST_WORDS = _words("played playing plays cast starring role roles nativity")

#: A name that is an English word written at least this often (wordfreq's Zipf scale: 5.0 is
#: a hundred uses in a million words) is too often the plain word ("will", "hope", "river",
#: "summer") to be taken for the child on the roster from a file name alone ("river_walk.jpg").
FREQUENT_WORD_ZIPF = 5.0

#: Countries and nations after a comma make the name before them a place ("Florence, Italy",
#: "Paris, France", "Sydney, Australia"); English and Welsh names.
COUNTRIES = _words(
    """italy france spain portugal germany greece wales england scotland ireland australia canada
    america usa us uk india china japan egypt kenya nigeria ghana jamaica brazil argentina mexico
    poland turkey morocco pakistan bangladesh patagonia texas mali cymru lloegr yr alban iwerddon
    ffrainc sbaen yr eidal awstralia"""
)

#: Topic words: within a few words of a country's name that is a pupil's ("Mali"), they make it the country.
COUNTRY_TOPIC = _words(
    """africa african country empire timbuktu geography mansa musa nation capital gwlad wlad affrica
    daearyddiaeth"""
)

#: Things a capitalised word after a name can be that make it not a surname.
COMMON_CAPITALISED = _words(
    """and the a an in on at to for from of with by is was are were has have had will can
    thank thanks well done happy congratulations good great amazing brilliant fantastic super
    year class today tomorrow yesterday this that who what when where why how all our your
    his her their its it he she they we you i da iawn diolch a'r ac ar yn yr y o i mae"""
)

#: Phrases that describe the people listed next to them as adults working for the school
#: ("Heather and Skye from our staff team", "our teachers Heather and Skye").
STAFF_GROUPS = _phrases(
    """staff, staff team, members of staff, member of staff, teachers, teaching staff,
    teaching assistants, classroom assistants, support staff, support assistants, office team,
    office staff, school office, admin team, office, kitchen team, kitchen staff, catering team,
    volunteers, parent volunteers, volunteer, colleagues, janitors, janitor, nursery staff,
    leadership team, senior leadership team, learning assistants, pupil support assistants"""
)
#: Words between a list of names and a staff group after it ("... from our staff team").
STAFF_LINKS = ("", "from", "from our", "from the", "of our", "our", "are our", "who are our", "both from our",
               "are members of", "members of", "are part of our", "part of our", "of the", "are", "in our")

#: Lower-case words that an ordinary word-name at the start of a sentence describes ("Storm
#: warning", "Sandy beaches", "Bonnie wee lambs"): the word-name is then an adjective or a noun.
MODIFIED_WORDS = _words(
    """warning warnings alert alerts weather day days wee little big beaches beach lambs lamb
    paws paw clouds cloud shower showers season forecast damage cover cloudy gear boots
    coat coats jacket jackets castle shores shore views view hills hill news update updates
    bear bears dog dogs cat cats pony ponies berries leaves trees tree garden flowers bushes
    sky skies seas sea breeze morning afternoon evening night nights week weekend time
    scenes scene pictures photos mural art craft crafts"""
)
#: Verbs (and joins) right after a name at the start of a sentence that make it a person.
#: Negative forms count too, read as their stems ("Brook hasn't got one" is "hasn", "t"); not
#: "didn't" or "doesn't", said of weather and events as often ("Rain didn't stop play").
PERSON_VERBS = _words(
    """and or is was has had will can could would should might must did does won wins scored
    isn wasn hasn hadn couldn wouldn shouldn mustn
    scores made makes loves loved enjoyed enjoys got gets said says read reads wrote writes
    played plays sang sings helped helps brought brings took takes drew draws painted paints
    built builds finished finishes came comes went goes showed shows tried tries learned learnt
    learns danced dances ran runs swam swims baked bakes kicks jumps climbs climbed is also
    really always never just has been and then who"""
)
#: Past-tense verbs whose subject is a person, not a season, a plant or a weather warning
#: ("Frank gave a talk", "Joy won the dance-off"; not "Autumn arrived", "Storm caused").
#: Irregular past tenses a person does and weather or a plant does not ("Mason laid the most
#: bricks", "Marvel rode a bike"); "fell", "hit", "blew", "rose" and "froze" are left out.
IRREGULAR_PERSON_PASTS = _words(
    """laid rode spoke fed kept held hid knew wore drove ate fought slept sent spent paid stole sat
    stood lent sang drew wrote threw caught taught bought sold chose brought gave told"""
)
PERSON_ACTIONS = IRREGULAR_PERSON_PASTS | _words(
    """won scored made wrote sang helped brought gave found told drew painted built finished
    showed tried learned learnt danced ran swam baked climbed designed raised planted organised
    organized spotted completed received earned achieved performed played said asked explained
    answered wanted loved enjoyed took got met visited joined collected donated sold bought chose
    picked passed represented led hosted presented shared taught knitted cooked caught threw
    kicked jumped walked cycled read recited sewed invented solved counted measured wins scores
    says remembered practised practiced memorised"""
)
#: Imperatives whose object is a person, opening a sentence before a name: "Ask Hunter about the
#: Tudors", "Meet Willow, our new friend", "Tell Summer..." (no phrase like "Summer fair" starts there).
PERSON_IMPERATIVES = _words("ask tell meet welcome thank congratulate join cheer greet wish")
#: Past participles of a person's verbs, after "has" or "had": "Summer has written a poem",
#: "Hope had drawn a map" (not "grown", "fallen", "risen" or "arrived": seasons and plants do those).
PERSON_PARTICIPLES = _words(
    """written drawn sung given taken ridden eaten spoken chosen thrown worn driven shown swum
    done taught brought built made won read told"""
)
#: Phrases before a name that say a person is meant, a child or an adult: a pupil's word-name
#: after one is the pupil (adults in school posts carry a title), but a name nobody on the roster
#: has is not taken for a child on these alone ("thanks to Julia" may be a parent).
PERSON_CUES_BEFORE = _phrases(
    """thanks to, thank you to, thank you, thanks, huge thanks to, big thanks to, proud of,
    thinking of, special mention for, special mention to, welcome back, welcome back to,
    congratulating, congratulate, well done to, shout out to, shoutout to, diolch i"""
)
#: Nouns that give a word, not a person, when a name follows them after "is" or a colon
#: ("Our value this half term is Hope", "Word of the week: Joy").
VALUE_HEADS = _words("value values virtue virtues theme themes focus word words motto")
#: Words between such a noun and the name: "value of the month is", "theme this half term:".
VALUE_HEAD_FILLERS = _words("of the this that for half term terms week weeks month year day s")
#: Words between "is" and such a noun: "Patience is one of our school values".
VALUE_DESCRIBERS = _words("one of our the a an school christian core key british gospel this week s")
#: The verb that links a noun to what it is ("our theme is Hope").
COPULAS = _words("is are was will be")
#: Pronouns for one person: "Faith and her family", "Summer has finished her project".
PERSON_PRONOUNS = _words("he she his her him hers himself herself")
#: Words after "from <Name>" that make that name a school house, class or team ("Ruby from Ruby House").
UNIT_HEADS = _words("house class team")

#: Words after a plural-looking word that make it a verb ("Storm kicks the ball").
VERB_OBJECTS = _words("the a an her his their it to up in on at with for all everyone us me them off out about our")

#: Capitalised words after "baby" or "wee brother" that are not a child's name.
NOT_BABY_NAMES = _words(
    """shark jesus bear driver boom yoda steps group groups club massage sensory bank food show
    shower photo photos contest competition signing sign yoga music class boomers monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december"""
)

#: Welsh family words, radical and mutated: Welsh puts the owner after the thing owned, so
#: "mam Gwenno", "ffoniwch dad Osian", "diolch i deulu Celyn" are Gwenno's mum, Osian's dad and
#: Celyn's family (English "mum Kayleigh" names the mum herself).
WELSH_KIN = _words(
    """mam fam mham tad dad nhad thad taid daid nhaid nain frawd brawd chwaer cefnder gefnder
    nghefnder cyfnither gyfnither teulu deulu nheulu rhieni rieni modryb fodryb ewythr wncwl"""
)

#: Welsh and English words for a story, a legend or a myth: "the legend of Fionn", "chwedl
#: Branwen" name a figure of the tale, not a child.
STORY_WORDS = _words("legend legends story stories tale tales myth myths saga sagas chwedl chwedlau")

#: Lower-case words between a name and a father's name in a patronymic ("Branwen ferch Llŷr",
#: "Fionn mac Cumhaill", "Owain ap Gruffudd"): how legends and history name people.
PATRONYMIC_WORDS = _words("ferch verch ap ab fab mab mac nic")

#: Number words before a name that count characters, as in costumes ("dau Jac y Jwc, un Deian").
COUNT_WORDS = _words(
    """un dau dwy tri tair dair pedwar pedair pump pum chwech saith wyth naw deg two three four
    five six seven eight nine ten several"""
)

#: Titles that name a living adult, without the family words ("mam Gwenno" in Welsh
#: is Gwenno's mum, so a mum or a nain named elsewhere says nothing of a later bare name).
#: Saints and kings are left out: "St George's Day" or "Santes Dwynwen" names a feast or a
#: figure, and a pupil of that name may be thanked in the next sentence.
HONORIFICS = _words(
    """mr mrs miss ms mx dr doctor prof professor sir dame captain capt rev revd reverend pastor
    vicar imam rabbi cllr councillor mayor"""
)

#: A brother, a sister or a cousin, in English and Welsh (radical and soft-mutated forms).
SIBLING_WORDS = _words("brother sister cousin twin brawd frawd chwaer cefnder gefnder cyfnither gyfnither")

#: Nouns for the part a person plays: "Holly and Ivy were our class reporters", "river has been
#: our Helper of the Day", "Arran and Skye are the new class monitors" say the names are people.
#: Nouns said only of a person (a part, or a name a child is called, kind or cruel: "hedd is a
#: loser", "Summer was our star reporter"), after "is a"/"was our".
ROLE_NOUNS = _words(
    """reporter reporters monitor monitors helper helpers captain captains winner winners champion
    champions leader leaders ambassador ambassadors prefect prefects buddy buddies librarian
    librarians representative representatives rep reps councillor councillors volunteers
    presenter presenters narrator narrators author authors artist artists scientist scientists
    pupil pupils player players goalkeeper mascots star stars
    loser losers idiot idiots bully bullies liar liars weirdo weirdos legend legends hero heroes
    superstar superstars"""
)

#: Welsh verb-nouns for what a person does and snow, a river, a season or a star does not, after
#: "yn" or "wedi" ("buodd cai yn dangos", "roedd hedd a celyn yn plannu", "mae Haf wedi ysgrifennu").
#: Their past tenses in -odd ("gofynnodd", "canodd") are read from the same stems. Left out: verbs
#: weather and water do ("codi", "disgyn", "rhedeg", "symud", "tyfu", "llifo").
WELSH_PERSON_VERBNOUNS = _words(
    """darllen canu chwarae helpu dangos ysgrifennu dawnsio siarad sgwrsio cystadlu perfformio gofyn
    dweud ennill paentio peintio adrodd llefaru plannu coginio pobi nofio dysgu cyflwyno arwain trefnu
    casglu gwerthu gwrando gweithio sgorio taclusio ymarfer astudio creu dylunio adeiladu gwau gwnio
    cyfansoddi gofalu croesawu rhannu chwerthin gwenu actio cynrychioli gwirfoddoli tynnu lliwio
    mwynhau bwyta yfed ateb esbonio holi cyfri cyfrif mesur sillafu torri gludo"""
)

#: Welsh nouns for the part a person plays, radical and soft-mutated after "y"/"'r" where feminine
#: ("GWEN yw'r enillydd", "Haf oedd y capten", "Celyn fydd ein cynrychiolydd").
WELSH_ROLE_NOUNS = _words(
    """enillydd enillwyr capten capteiniaid arweinydd arweinwyr pencampwr pencampwyr cynrychiolydd
    cynrychiolwyr llysgennad llysgenhadon disgybl disgyblion cyflwynydd cyflwynwyr adroddwr unawdydd
    gohebydd gohebwyr swyddog swyddogion cadeirydd ysgrifennydd trysorydd"""
)

#: Degree adverbs: a lower-case word right after one is an adjective ("absolutely bonnie", "so sunny").
DEGREE_ADVERBS = _words("absolutely very so really truly quite rather too utterly totally extremely incredibly")

#: Staff titles used before a first name or surname ("Miss Bethany", "Mrs Hall").
STAFF_TITLES = _words("mr mrs miss ms mx dr sir")


def _read_data(name: str) -> str:
    return resources.files("safepost.engine.names").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def nicknames() -> dict[str, frozenset[str]]:
    """Folded formal name -> its folded nicknames (``nicknames.txt``)."""
    out: dict[str, frozenset[str]] = {}
    for line in _read_data("nicknames.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        formal, rest = line.split(":", 1)
        out[fold(formal.strip()).text] = frozenset(fold(n.strip()).text for n in rest.split(",") if n.strip())
    return out


@lru_cache(maxsize=1)
def formal_names() -> dict[str, frozenset[str]]:
    """Folded nickname -> the formal names it is short for."""
    out: dict[str, set[str]] = {}
    for formal, shorts in nicknames().items():
        for short in shorts:
            out.setdefault(short, set()).add(formal)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def common_first_names() -> frozenset[str]:
    """Folded common first names (``first_names.txt``) that are not also everyday words."""
    names: set[str] = set()
    for line in _read_data("first_names.txt").splitlines():
        line = line.split("#", 1)[0]
        names.update(fold(n).text for n in line.split())
    return frozenset(n for n in names if not _english_word_name(n) and len(n) >= 3)


@lru_cache(maxsize=1)
def all_first_names() -> frozenset[str]:
    """Every folded first name in ``first_names.txt``, the ones that are also words included."""
    names: set[str] = set()
    for line in _read_data("first_names.txt").splitlines():
        names.update(fold(n).text for n in line.split("#", 1)[0].split())
    return frozenset(names)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Everyday English words (dictionary words used at least once in a million: ``words_en.txt``)."""
    return frozenset(_read_data("words_en.txt").split())


@lru_cache(maxsize=1)
def welsh_words() -> frozenset[str]:
    """Welsh dictionary headwords (``words_cy.txt``, from FreeDict's Welsh-English dictionary)."""
    return frozenset(_read_data("words_cy.txt").split())


def is_only_welsh(word: str) -> bool:
    """A Welsh dictionary word that is no English word ("afon", "cwm", "gwyl"; not "pen", "mam")."""
    return word in welsh_words() and word not in english_words()


def is_everyday_word(key: str) -> bool:
    """A folded name that is also an everyday English or Welsh word ("hope", "river", "eira",
    "heulwen"): such a name needs a naming context, decided for any roster from the two lists."""
    return key in english_words() or key in welsh_words()


@lru_cache(maxsize=1)
def english_zipf() -> dict[str, float]:
    """Folded English word -> its wordfreq Zipf frequency (``zipf_en.txt``, the words of ``words_en.txt``)."""
    out: dict[str, float] = {}
    for line in _read_data("zipf_en.txt").splitlines():
        word, _, zipf = line.partition(" ")
        out[word] = float(zipf)
    return out


def is_word_name(key: str) -> bool:
    """A folded name that is also a word, for any roster: an everyday English or Welsh word
    ("hope", "poppy", "seren", "eira") or a month ("may", "june")."""
    return is_everyday_word(key) or key in MONTH_NAMES


def is_frequent_english_word(key: str) -> bool:
    """An English word written at least :data:`FREQUENT_WORD_ZIPF` often ("will", "river")."""
    return english_zipf().get(key, 0.0) >= FREQUENT_WORD_ZIPF


def _english_word_name(key: str) -> bool:
    # a name that is a Welsh word only ("elin", "tomi", "seren") is read as any other name: the
    # Welsh list has no frequencies to tell "seren" (star) from "tomi" (a muck heap)
    return is_word_name(key) and not is_only_welsh(key)


@lru_cache(maxsize=1)
def common_word_names() -> frozenset[str]:
    """Common first names that are also English words ("Poppy", "Teddy", "Willow", "Jack"): looked
    for as a child not on the roster only after a strong cue ("baby Teddy"). The words too frequent
    to be looked for at all ("hope", "will", "summer") are no entry of ``first_names.txt``."""
    return frozenset(n for n in all_first_names() if _english_word_name(n))
