"""Training data for the families of error the held-out schools showed (issue 11), in many voices.

Written for safepost, separately from the functional tests in
``safepost/engine/triage/functional.py`` (those templates are held out: nothing here is copied
from them, and a test checks that no functional case appears in the generated data). What this
module teaches:

- a protected group mentioned in a friendly, proud or everyday way is not hate (praise, question,
  other, complaint); so is counter-speech (quoting hate to condemn it) and negation;
- hate phrased as a question, an opinion ("no offence but..."), a go-back demand, a stereotype
  about a nationality, a conspiracy trope, coded or dehumanising words is hate;
- ridicule and contempt without swear words is abuse, in English and Welsh (twp, dwl, ffycin,
  cachu, anobeithiol, cywilydd arnoch ...);
- naming only a place and a time about an adult can be a veiled threat;
- chat between parents, lost property banter and off-topic remarks are ``other``;
- appointments and photo takedowns that name a child are questions and complaints, not safeguarding.

Voices: a Welsh-medium school's parents, Scottish, Northern Irish, inner-city English, parents in
a hurry, sarcastic parents, grandparents and older siblings. At least a quarter of what this
module generates is in Welsh or mixed Welsh and English (:func:`welsh_share` checks it).
"""

from __future__ import annotations

from training.triage.grammar import SLOTS

SLOTS.update({
    # protected groups, as a plural and an adjective (different lists from the functional tests')
    "grp": ["Muslims", "the Muslims", "Jews", "Jewish people", "Sikhs", "Hindus", "Catholics", "black people",
            "Asians", "the Chinese", "Poles", "Romanians", "Nigerians", "Somalis", "Syrians", "Afghans",
            "Ukrainians", "Albanians", "Bangladeshis", "Kurds", "immigrants", "refugees", "migrants",
            "gay men", "gay people", "lesbians", "bisexual people", "trans people", "trans kids", "non-binary people",
            "disabled people", "autistic kids", "deaf people", "wheelchair users", "Travellers", "Gypsies", "Roma",
            "the English", "Eastern Europeans", "foreigners", "Pakistanis"],
    "grpadj": ["Muslim", "Jewish", "Sikh", "Hindu", "Catholic", "black", "Asian", "Chinese", "Polish", "Romanian",
               "Nigerian", "Somali", "Syrian", "Afghan", "Ukrainian", "Albanian", "Bangladeshi", "Kurdish",
               "immigrant", "refugee", "gay", "lesbian", "bi", "trans", "non-binary", "disabled", "autistic", "deaf",
               "Traveller", "Gypsy", "Roma", "English", "Eastern European", "Pakistani", "mixed-race", "Irish"],
    "nat": ["Romanians", "Poles", "Nigerians", "Albanians", "Somalis", "Pakistanis", "Indians", "Bulgarians",
            "Lithuanians", "the Irish", "the Scots", "the English", "Chinese people", "Turks", "Kosovans"],
    "natadj": ["Romanian", "Polish", "Nigerian", "Albanian", "Somali", "Pakistani", "Indian", "Bulgarian",
               "Lithuanian", "Irish", "Scottish", "English", "Chinese", "Turkish", "Kosovan", "Portuguese"],
    "stereo": ["thieves", "on the fiddle", "scroungers", "all liars", "dirty", "lazy", "all criminals", "drunks",
               "always on benefits", "violent", "tight with money", "breeding like rabbits", "all the same",
               "shoplifters", "car thieves", "never pay their way", "terrorists", "grooming gangs"],
    "dehum": ["vermin", "animals", "rats", "cockroaches", "a plague", "a cancer", "parasites", "savages", "leeches",
              "a virus", "filth", "scum", "an infestation", "subhuman", "mongrels"],
    "perk": ["free houses", "the best school places", "extra money", "their own prayer room", "special lunches",
             "everything handed to them", "priority on the waiting list", "free uniform", "all the grants"],
    "badgrp": ["ruin every school they go to", "bring the whole class down", "don't belong here",
               "shouldn't be let near children", "are taking over", "are a danger to our kids",
               "should keep to their own", "can't be trusted", "don't fit in round here", "are the problem",
               "should be kept out of mainstream schools", "shouldn't be teaching kids", "are pushing their agenda on kids",
               "should stay in their own country", "lower the tone"],
    "consp": ["run the council", "control the media", "are behind the new curriculum", "own the banks",
              "are pulling the strings", "are replacing us bit by bit", "are planning to take over", "fund the protests",
              "are behind the vaccines", "are brainwashing our kids through the school", "want to wipe us out"],
    "coded": ["those people", "their sort", "that lot", "certain families", "the urban kids", "the diversity hires",
              "the globalists", "the woke brigade", "the rainbow mafia", "the alphabet people", "the groomers",
              "the new arrivals", "the boat people", "the undesirables"],
    "hater": ["someone", "a dad", "a mum at the gate", "one of the parents", "a man outside the shop", "a lad in year 6",
              "some bloke", "a woman on the school run", "a grandparent", "someone on the class chat",
              "an older boy", "a neighbour"],
    "condemn": ["that's disgusting", "that is not ok", "shameful", "absolutely vile", "no child should hear that",
                "it made me feel sick", "we don't stand for that here", "I was so upset", "that's racist and wrong",
                "that's bigotry, plain and simple", "please can the school address it", "I reported it",
                "I told him exactly what I thought of that", "not in our name", "that needs calling out"],
    "hatequote": ["go back where you came from", "they're all terrorists", "they don't belong here",
                  "they should be sent home", "it's not natural", "they're all thieves", "they're ruining the school",
                  "they shouldn't be allowed near kids", "keep them away from our children", "they're vermin",
                  "they're taking over"],
    # people for abuse and threats
    "tgt": ["Mr Griffiths", "Mrs Doherty", "Miss Kaur", "Mr Baxter", "Ms Owusu", "Mrs McBride", "Mr Llewellyn",
            "the head", "the deputy", "the new teacher", "the receptionist", "the PE teacher", "the SENCO",
            "the chair of governors", "that TA", "the office manager", "Mrs Jones year 3", "the PTA chair"],
    "contempt": ["a sorry excuse for a teacher", "an embarrassment to the profession", "a walking disaster",
                 "about as much use as a chocolate teapot", "a complete waste of a salary", "a jumped up nobody",
                 "a laughing stock", "a pathetic little man", "a pathetic little woman", "a clown in a cardigan",
                 "thick as two short planks", "dense as a brick", "a sad little power tripper",
                 "the dimmest person in the building", "one brain cell short of a coma", "a nasty piece of work",
                 "a bully with a lanyard", "a fraud", "a snake", "a worm", "a complete and utter shambles of a person",
                 "not fit to run a bath never mind a school", "a spineless jellyfish", "a bitter old hag",
                 "a total airhead", "a dead weight", "beyond useless", "a charity case", "the village idiot"],
    "cyinsult": ["twp", "dwl", "hurt", "anobeithiol", "ffŵl", "llo", "pen dafad", "hen ast", "hen wrach", "diawl",
                 "mochyn", "sgym", "hurtyn", "twpsyn", "babi mam", "llipryn", "cachgi", "ffycin idiot", "darn o gachu",
                 "llond bol o wynt", "da i ddim"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "a Monday", "a Friday", "weekdays", "Sundays"],
    "clock": ["3:15", "quarter to four", "half 5", "ten past 6", "about 4", "7 in the morning", "ten to eight",
              "four o'clock", "5pm", "after club", "after parents evening"],
    "placeway": ["the back gate", "the staff car park", "the side door", "the alley by the church", "the bus stop",
                 "the lane behind the field", "the leisure centre", "the Spar", "the car park on her own",
                 "the footpath", "the bottom gate", "the garage on the corner"],
    "kid": ["Osian", "Lacey", "Jack", "Aoife", "Callum", "Harley", "Gethin", "Zara", "Ioan", "Mali", "Ruaridh",
            "Shannon", "Tyler", "Eira", "Niamh", "Ellis", "Kayden", "Deio"],
    "appt": ["the dentist", "an orthodontist appointment", "the hospital", "a hearing test", "the optician",
             "a physio session", "his jabs", "her jabs", "the GP", "a speech therapy appointment", "a clinic appointment",
             "an eye test", "the audiology clinic"],
    "apptime": ["at 10", "at half 2", "first thing", "at 1:40", "at 11.15", "after lunch", "in the morning",
                "at 9:30", "at quarter past 2"],
    "parentname": ["Sian", "Gemma", "Kerry", "Dawn", "Rhian", "Lisa", "Catrin", "Marie", "Paula", "Iwan", "Aled",
                   "Stevie", "Mairead", "Fiona", "Donna", "Hayley"],
    "lostthing": ["a blue hat", "a pink water bottle", "a left welly", "a reading folder", "a coat with no name",
                  "a lunchbox with a dinosaur on", "a glove", "one shoe", "a cardi", "a PE bag", "car keys",
                  "a Spiderman umbrella", "a scarf"],
    # Welsh forms
    "cygrp": ["Mwslemiaid", "Iddewon", "Saeson", "mewnfudwyr", "ffoaduriaid", "pobl hoyw", "pobl draws",
              "Sipsiwn", "Teithwyr", "Pwyliaid", "pobl anabl", "pobl dduon", "pobl o dramor", "estroniaid"],
    "praisenp": ["a diamond", "a total gem", "a credit to the school", "an absolute legend",
                 "a proper hero", "the best thing about this school", "worth their weight in gold", "a treasure",
                 "a breath of fresh air", "one in a million", "a saint", "a total superstar", "an angel"],
    "cyfam": ["teulu Mwslimaidd", "teulu Iddewig", "teulu hoyw", "teulu o Wlad Pwyl", "teulu o Syria",
              "teulu traws", "teulu o Deithwyr", "teulu Sikh", "teulu o Nigeria", "teulu â dau dad",
              "teulu â dwy fam", "teulu anabl", "teulu o Wcráin"],
    "cytgt": ["Mr Huws", "Mrs Parry", "Miss Rees", "y prifathro", "y brifathrawes", "yr athrawes newydd",
              "y dirprwy", "Mr Prydderch", "Mrs Puw", "y cymhorthydd", "yr ysgrifenyddes"],
    "cykid": ["Osian", "Mali", "Gethin", "Eira", "Ioan", "Deio", "Lowri", "Cai", "Elan", "Tomos"],
})

# --- hate, phrased every way but a slur --------------------------------------------------------

HATE = [
    # questions
    "{why is it|how come it's|why's it} always {grp} {causing bother|nicking stuff|fighting in the yard|not paying for trips|lying to the teachers}?",
    "{how come|why do|why should} {grpadj} families get {perk} {and we don't|when ours get nothing|before local kids}?",
    "{am i the only one|is anyone else|does nobody else} {who thinks|think|thinking} {grp} {badgrp}?",
    "{do we really|why do we} {need|want} {more|any more} {grp} in {this school|reception|our village}?",
    "{what do you expect|what did you expect|surprise surprise} {from|with} {nat}{?|, they're {stereo}}",
    "{honest question|genuine question|serious question}: why {do|are} {grp} {badgrp}?",
    # opinions and disclaimers
    "{no offence but|not being funny but|i'm not racist but|i'm not homophobic but|call me old fashioned but|unpopular opinion but|sorry but|just saying,|i'll say it,} {grp} {badgrp}",
    "{i've got nothing against|i don't mind|i have friends who are} {grp} {but|however} {they|they really} {badgrp}",
    "{in my opinion|personally|if you ask me|let's be honest} {grpadj} {families|kids|parents|people} {badgrp}",
    "{it's not racist to say|everyone knows|it's a fact that} {nat} {are|are mostly} {stereo}",
    # go back demands
    "{go back|get back|clear off back|sod off back} to {where you came from|your own country|where you belong|your own lot}{, we don't want you here|!|}",
    "{if you|if they} {don't like it|can't speak english|won't fit in} {here|} {go home|go back where you came from|get out|leave}",
    "{send|ship|put} {them|the lot of them|those families|the {grpadj} kids} {back|home|on a boat back} {and the problem's solved|where they belong|no questions asked}",
    "the {grpadj} {family|kids|lot} {should|need to|ought to} {go back home|be sent back|leave the country|go back to their own schools}",
    # stereotypes about nationality / ethnicity
    "{typical|classic|standard} {natadj}{, always| behaviour,| family,} {stealing|lying|on the fiddle|parking on the zigzags and not caring|shouting|drunk by noon|scamming the system}",
    "{natadj} {men|women|dads|mums|kids|people} are {stereo}{, always have been|, that's just facts|, look it up|}",
    "{nat} {are|are all} {stereo}{, lock up your bikes|, hide your purses|, everyone knows|}",
    "{keep|hold} your {bags|bikes|purses|phones} close, the {natadj} {lot|family|kids} {have moved in|are at the fair|are back}",
    # conspiracy tropes
    "{grp} {consp}{, wake up people|, it's obvious|, do your research|, nobody wants to say it|}",
    "{it's|it is|this is} all part of {their plan|the great replacement|the agenda}, {grp} {consp}",
    "{follow the money|ask who benefits|look who's on the board}, it's always {grp}",
    # coded and dehumanising
    "{coded} {are|keep} {moving in|taking over|breeding|spreading|ruining the area}{, we all know who i mean|, you know the ones|}",
    "{grp} are {dehum}{, the lot of them|, every one|, simple as|}",
    "{get|keep} {these|those} {dehum} {out of|away from} {our school|our kids|this town}",
    "{grp} {are|r} {like|nothing but} {dehum}{, and the school's full of them| in this town|}",
    "{grp} {should|must} be {banned from|kept out of|thrown out of} {our schools|this country|the PTA|working with kids}",
    "{trans|gay|lesbian|queer} {teachers|people|adults} {are|are all} {groomers|perverts|a danger to children|sick in the head|mentally ill}",
    "{disabled|autistic|sen|deaf} {kids|children} {are a burden|hold everyone back|shouldn't be in normal classes|are a waste of money|should be put somewhere else}",
    "{women|girls} {can't|shouldn't} {lead|run a school|be heads|do maths|referee}, {they're too emotional|leave it to the men|it's biology}",
    # Welsh and mixed
    "{Ewch|Cer|Dos} {adre|adra|yn ôl} i'ch gwlad eich hun{, dydyn ni ddim eisiau chi yma|!|}",
    "Mae'r {cygrp} yn {difetha|dwyn|cymryd drosodd|llenwi} {yr ysgol|y pentre|ein swyddi|pob lle}{, cerwch adre|, mae'n ffiaidd|}",
    "Pam {bod|fod} {cygrp} {wastad|bob amser} yn {hawlio|derbyn|bachu} {pob dim am ddim|y tai gorau|triniaeth arbennig}?",
    "Dw i ddim yn {hiliol|homoffobig} ond {dylai'r|ddylai'r} {cygrp} {fynd adre|aros yn eu gwlad eu hunain|gadw draw o'n plant ni}",
    "Mae {cygrp} yn {bla|heintus|anifeiliaid|fermin|baraseits}, {pob un|i gyd}",
    "{cygrp} {shouldn't be|ddim i fod} {here|yma}, {ewch adre|go back home|cer o 'ma}",
    "typical {cygrp}, {always|wastad} {on the fiddle|yn dwyn|causing trouble}",
    "{send them back|ewch adre} {,|} mae'r {cygrp} yn {cymryd drosodd|difetha'r ysgol}",
]

# --- not hate: friendly, proud, everyday, counter-speech, negation, reclaimed -------------------

FRIENDLY_PRAISE = [
    "{the|our} {grpadj} {families|mums|dads|parents} {made|did} the {international evening|summer fair|food stall|coffee morning} {amazing|brilliant|so special}, {thank you|diolch|cheers} {emojipos}",
    "{thank you|diolch|thanks} for {making|helping} {my|our} {grpadj} {family|son|daughter|kids} feel {so welcome|at home|part of things} {emojipos}",
    "{loved|really enjoyed|what a lovely} {the|} {Eid|Diwali|Hanukkah|Pride|Black History Month|Gypsy Roma Traveller History Month|Ramadan|Lunar New Year|Vaisakhi|St Patrick's Day|Purim} {assembly|display|celebration|party|week} {today|yesterday|}{, proud of our school|, the kids loved it| emojipos|}",
    "{so proud|proud} {to be|of being} a {grpadj} {mum|dad|family|grandparent} at {this|such an inclusive|a school like this} school {emojipos}",
    "{welcome|croeso} to {all the|our} new {grpadj} families{, lovely to have you|, see you at the gate| emojipos|}",
    "{brilliant|lovely|fab} to see {two dads|two mums|same sex parents|grandparents|dads} {at the coffee morning|on the PTA|running the cake stall|in the assembly} {emojipos}",
    "{my|our} {grpadj} {husband|wife|partner|nan|mam} {cried|was so touched|loved it} when {the kids|year 2|the choir} {sang|did a dance|read a poem} {for|about} {Eid|Diwali|Pride|Hanukkah|Black History Month|the refugee week}",
    "{happy|wishing everyone a happy} {Eid|Diwali|Hanukkah|Vaisakhi|Lunar New Year|Pride month|Rosh Hashanah} {from|} {our family|the {grpadj} family in year 3|all of us}{ emojipos|}",
    "{Diolch|Diolch yn fawr} am {groesawu|croesawu} ein {cyfam} mor gynnes {emojipos}",
    "Roedd y {gwasanaeth|dathliad|arddangosfa} {Diwali|Eid|Hanukkah|Pride|Mis Hanes Pobl Dduon} yn {hyfryd|wych|arbennig}{, diolch|!| emojipos}",
    "{Diolch|Diolch yn fawr|Llongyfarchiadau} {i|} {bawb|y staff|{cytgt}|blwyddyn 6|y côr} am {y cyngerdd|yr eisteddfod|y trip|ddiwrnod gwych|y mabolgampau}{ emojipos|, gwych|}",
    "{Da iawn|Gwych|Ffantastig} {blant|bawb|tîm}, {roedd|mi oedd} {y sioe|y perfformiad|y gêm} yn {anhygoel|arbennig|hyfryd}{ emojipos|}",
]

FRIENDLY_OTHER = [
    "{we're|we are|i'm|im} {grpadj} {and|so} {we'll be|we're|i'm} {celebrating|fasting|off} {this week|next week|over the weekend}{, the kids are buzzing| lol|}",
    "{my|our} {husband|wife|partner|mum|dad|nan} {is|'s} {grpadj}{,| and} {so|} {we do|the kids get} {both Christmas and Eid|two sets of presents|Diwali and bonfire night|both languages at home} {emojilaugh}",
    "{my|our} {neighbours|friends|in-laws|cousins} {are|'re} {grpadj} {and|so} {they|the kids} {are coming to the fair|walk in with us|share the school run}",
    "{as a|i'm a} {grpadj} {mum|dad|nan|grandad|parent} {i|I} {remember|still remember} {being the only one|my first day|doing the same play} {at school|in the 90s|back home} {emojilaugh|}",
    "{queer|gay|bi|trans|disabled|deaf|autistic|Traveller|Gypsy} {mum|dad|parent|grandad|family} here{, just|,} {saying hi|catching up on the photos|loving the updates} {emojilaugh|}",
    "{us|we're} {Travellers|Gypsies|a Traveller family|Romany} {and|so} {the kids|our lot} {love|loved} {the horses|the trip|the farm visit}{ emojilaugh|}",
    "{my|our} {eldest|big sister|older brother} {did|went to} {the same|that} {grpadj} {dance group|language school|club} {back in the day|years ago} {emojilaugh|}",
    "{someone|a parent|a man|a dad|an older boy} {said|called|told} {my son|my daughter|our boy} {hatequote|a racist name|a homophobic name} {and|but} {the school|his teacher|the head} {sorted it|dealt with it straight away|were brilliant about it}",
    "{i|I} {don't|do not} {hate|have a problem with|mind} {grp}{, why would i|, never have|, my best mate is {grpadj}|}",
    "{grp} {aren't|are not} the problem{,|.} {the parking is|the cuts are|the traffic is|the funding is}{ emojilaugh|}",
    "{never|i've never} had {a problem|an issue} with {grp}{, they're just people|, live and let live|}",
    "{there's|there is} nothing wrong with {being|having} {grpadj|a {grpadj} family}{, honestly|, end of|}",
    "{hater} {said|wrote|shouted} \"{hatequote}\" {about|to} {grp}{ today|}{,|.} {condemn}",
    "{quoting|repeating} {what|the rubbish} {hater} {said|posted}: \"{hatequote}\". {condemn}",
    "\"{hatequote}\" {is|was} {what|the nonsense} {hater} {said|posted|came out with}{,|.} {condemn}",
    "{it's|it is} {disgusting|sickening|shameful|appalling|wrong} that {hater} {said|thinks|posted} {grp} {badgrp}{. they don't|, we're better than that|}",
    "{if you think|anyone who thinks|whoever said} {grp} {badgrp}{,|} {you're wrong|unfollow this page|have a word with yourself|you're the problem}",
    "{saying|posting|writing} {that|} {grp} are {dehum|stereo} {is|isn't} {not ok|hate|ignorant|not banter|racist}, {please|} {stop|think|report it}",
    "{we|our family} {stand with|support|love} our {grpadj} {neighbours|families|friends}{, always| emojipos|}",
    "{grp} {are|have always been|will always be} {welcome here|part of this town|our neighbours and friends|as much a part of this school as anyone|a big part of the village|some of the best parents at the gate}{ emojipos|, simple as|}",
    "{grp} {make|made|have made} {this school|our street|the fair|the village} {a better place|richer|more fun}{ emojipos|}",
    "{our|the} {grpadj} {families|neighbours|parents|friends} {belong here|are one of us|are as local as anyone|are part of the furniture|are part of what makes this place} {as much as anyone|like everyone else|and always have|}",
    "{grp} {belong|have a place} {here|in this school|in our community} {and always will|, end of story|, full stop|}",
    "{this|our} {school|village|town|community} {is|has always been} {home to|proud of|better for} {grp}{ emojipos|}",
    "{grp} {run|ran|started} the {food bank|breakfast club|football team|choir|cake stall} {and|so} {it's|it was} {brilliant|great|lush}{ emojipos|}",
    "Mae {cygrp} yn rhan {o'r gymuned|o'r ysgol|o'r pentre} {ers blynyddoedd|erioed|a bydd hynny ddim yn newid}",
    "@{parentname} {the|our} {grpadj} {club|group|stall} {is on|meets|is back} {thursday|after school|at the fair}, {you coming|see you there}{?|}",
    "{Rydyn ni'n|Dyn ni'n} {cyfam} {a|ac} {rydyn ni wrth ein boddau yma|mae'r plant yn hapus iawn|dyn ni'n dathlu wythnos nesa}",
    "{Dywedodd|Wnaeth} {rhywun|un o'r rhieni|dyn} \"{ewch adre|cer adre|dydyn nhw ddim yn perthyn yma}\" {am|wrth} {y|yr} {cygrp}{, mae hynny'n ffiaidd|. Cywilydd.|, dim lle i hynny yma}",
    "{Sa i'n|Dydw i ddim yn} {casáu|erbyn} {cygrp}{, wrth gwrs|, pam fyddwn i|}",
    "{my|fy} {mam|nain|mam-gu} {is|yn} {grpadj|Iddewig|Mwslim} {and|ac} {we're|rydyn ni'n} {so proud|falch iawn} {emojipos|}",
]

# contrast for the abuse grammar: the same shapes with a kind predicate
CONTRAST_PRAISE = [
    "{tgt} {is|'s} {praisenp}{ emojipos|, thank you|, diolch|}",
    "{year 6|the choir|the under 9s|the netball girls|the staff|the dinner ladies} {are|were} {a joy to watch|top class|so well behaved on the trip|unbelievable today}{ emojipos|}",
    "Mae {cytgt} yn {seren|werth y byd|arbennig|anhygoel}{ emojipos|, diolch|}",
]
CONTRAST_OTHER = [
    "{tgt} {in the dunk tank|doing the conga|on the bouncy castle|in a onesie for charity} {is|was} {my highlight of the year|the best thing i've seen all week}{ 😂|!|}",
]

FRIENDLY_QUESTION = [
    "{is there|will there be} {a|any} {grpadj} {parents' group|support group|halal option|prayer space|quiet room|sign language interpreter} {at|for} {event|the trip|parents evening}?",
    "{can|could|is it ok if} {mykid} {bring|wear|have} {a headscarf|her kara|a turban|halal food|his hearing aids|ear defenders} {for|on|at} {event|the trip|PE}?",
    "{do we|should we} {tell|let} the office {know|} {if|that} {mykid} {is fasting for Ramadan|will be off for Eid|is off for Diwali|is off for Yom Kippur|is off for the horse fair}?",
    "{is the|will the} {event|Pride assembly|Eid party|Diwali dance|refugee week assembly} {open to|ok for} {grandparents|dads|little brothers|everyone}?",
    "Oes {angen|modd} {dweud wrth|rhoi gwybod i}'r swyddfa {os|bod} {cykid} {i ffwrdd ar gyfer Eid|yn ymprydio|i ffwrdd ar gyfer Diwali}?",
    "{Ydy'r|Fydd y} {gwasanaeth|dathliad} {Eid|Diwali|Pride|Hanukkah} yn agored i {neiniau a theidiau|rieni|bawb}?",
    "{Pryd|Faint o'r gloch} {mae'r|ydy'r} {trip|cyngerdd|noson rieni|clwb ar ôl ysgol} {yn dechrau|yn gorffen|fory}?",
    "{Oes angen|Ydy'r plant angen} {gwisg ysgol|pecyn bwyd|dillad glaw|arian} {ar gyfer|i} {y trip|ddydd Gwener|y diwrnod chwaraeon}?",
]

FRIENDLY_COMPLAINT = [
    "{the|this} {halal option|vegetarian option|kosher meal|gluten free option} {wasn't|isn't} {there|available} {again|for the third time|on the trip}, {please sort it|not good enough|mykid went hungry}",
    "{disappointed|not happy|really upset} {that|the school} {didn't|did not} {mark|mention|do anything for} {Eid|Diwali|Black History Month|Pride month|Holocaust Memorial Day} {this year|at all}, {other schools did|please do better}",
    "{the|a} {ramp|lift|disabled parking bay|accessible toilet} {at|by} the {main gate|juniors|hall} {is|has been} {blocked|broken|out of order} {again|for weeks}, {my|our} {disabled|wheelchair user} {son|daughter|mum} {can't get in|had to wait outside}",
    "{i|we} {reported|told the school about} {the|some} {racist|homophobic|transphobic} {comments|names|graffiti} {in the yard|on the bus|on the fence} {weeks ago|twice} and {nothing's been done|nobody got back to us|it's still there}",
    "{someone|hater} {wrote|sprayed} \"{hatequote}\" {on the fence|by the gate|on the bus shelter} {and|but} {it's still there|nobody has cleaned it off}, {please sort it|not good enough}",
    "{please|can you please} {take down|remove|delete} the {photo|post|picture} {with|of} {kid} {in it|}, {we said no to photos|we never gave consent|we ticked no on the form|it's been up since monday}",
    "{kid}'s {photo|face|name} {is|was} {on|all over} {the page|facebook|the newsletter} {again|} {after|when} we {said no|asked you not to}, {take it down please|not acceptable|sort it}",
    "Dim digon da {bod|fod} {y sylwadau hiliol|y graffiti homoffobig|y galw enwau} {dal yna|heb ei ddatrys}, {plîs|plis} {gwnewch rywbeth|delio â fe}",
    "Tynnwch y {llun|post} o {cykid} i lawr {plîs|os gwelwch yn dda}, {wnaethon ni ddim rhoi caniatâd|dwedon ni na ar y ffurflen}",
    # everyday Welsh grievances about the service (not people): a Welsh word is not a sign of abuse
    "{Y fath|Am} {lanast|draed moch|smonach} {gyda'r|efo'r} {bws|clwb brecwast|trip|tocynnau|system dalu} {bore 'ma|eto|heddiw}{, neb yn gwybod dim|, plîs sortiwch e|}",
    "{Dim|Heb} {ymateb|ateb|gair} {i'r|i fy} {e-bost|neges|galwad} {ers|mewn} {pythefnos|wythnos|tri diwrnod}{, siomedig iawn|, ddim yn deg|}",
    "{Mae'r|Ma'r} {pris|gost} {y trip|y clwb|y wisg ysgol|cinio} wedi {codi|mynd i fyny} {eto|unwaith eto}{, mae'n ormod|, annheg i deuluoedd|}",
    "{Pam|Pam ar y ddaear} {bod y|fod y} {llythyr|neges|newyddion} {wastad|bob tro} {yn dod|yn cyrraedd} {y noson cynt|ar y funud olaf}? {Ddim yn ddigon da|Siomedig}",
    "{Roedd|Mi oedd} y plant yn {sefyll|aros} {yn y glaw|tu allan} am {hanner awr|ugain munud} {heddiw|eto}, {ddim yn iawn|ddim digon da|plîs newidiwch y drefn}",
]

# --- abuse without swear words, and in Welsh ----------------------------------------------------

ABUSE = [
    "{tgt} {is|'s} {contempt}{, honestly| and everyone knows it|, how do they still have a job|}",
    "{tgt}? {contempt}{. end of.|, always has been|}",
    "{tgt} {has|'s got} {the brains of a goldfish|two brain cells fighting for third place|one brain cell and it's on holiday|fewer brain cells than my hamster|the personality of a damp sock}{ emojilaugh|}",
    "{who|which genius} {let|allowed} {tgt} {near children|teach|run a school|organise anything}? {contempt}",
    "{lol|haha|ha} {look at|the state of} {year 6's|the} {results|spelling|sats|times tables} {this year|}, {thick as mince|not a brain cell between them|what do they even teach them|the whole class is thick}{ emojilaugh|}",
    "{the|those} {kids|pupils|lot} from {school} {can't even read|are all thick|are feral|are a bunch of no-hopers|smell like a farm|look like they've been dragged up}{ emojilaugh|}",
    "{the|those} {mums|dads|parents} {at the gate|in the PTA|on the class chat} {are|r} {a bunch of|a pack of|a coven of} {sad gossips|brainless sheep|nosy busybodies|stuck up snobs|wannabe influencers}{ emojilaugh|}",
    "'{Mr|Mrs|Miss} {surname}' and {his|her} \"{teaching|expertise|leadership|professionalism}\"{. sure.| lol|, what a joke|}",
    "{interesting|funny} how {tgt}'s \"{sick days|training days|meetings|appointments}\" {always|} {fall on a friday|line up with the races|happen in term time}{. just saying| 😉| 🤔|}",
    "{imagine|picture} {being|paying} {tgt} {and|to} {thinking you're good at your job|being this useless|lording it over parents}{ emojilaugh|}",
    "{you|u|yous|you lot} {are|r} {an absolute joke|a shower|clueless|a shambles of people|a waste of skin}{, the lot of you|, catch yourselves on|, get a grip|}",
    "{tgt} {should|needs to} {crawl back under|go back under} {whatever rock|the stone} {she|he} came from",
    "{what|such} a {sad|pathetic|miserable|bitter} {little|old} {man|woman|creature} {tgt} is{, no wonder {she's|he's} single|, pity the kids|}",
    "{tgt} {is|'s} {minging|rotten|a numpty|a bampot|a total eejit|a wee nyaff|a clown|a melt|a wasteman|dead|long}{, so {she|he} is| innit| like|}",
    "{mykid}'s {teacher|class teacher} {is|'s} {so thick|so dense|that dim|so clueless} {she|he} {can't|couldn't} {spell her own name|find the door|count the register}{ emojilaugh|}",
    "Mae {cytgt} yn {cyinsult}{, cywilydd arnoch chi|, hollol anobeithiol|, pawb yn gwybod|}",
    "{cytgt} {yn|'n} {cyinsult} {llwyr|hollol|go iawn}{, sacrwch hi|, sacrwch e|}",
    "{Cywilydd arnoch chi|Cywilydd arnat ti|Dylech chi fod â chywilydd}, {cytgt}{, ti'n|, chi'n} {cyinsult}",
    "{ffycin|ffycin hel,} {cytgt}{, ti'n|, chi'n|} {cyinsult|ddarn o gachu|llawn cachu}",
    "{cytgt} {is|yn} {cyinsult}{, honestly|, gwarthus| lol|}",
    "{the|y} {plant|kids} {o|from} {Ysgol {welshplace}|ysgol y dre} {yn|are} {twp|dwl|thick|anobeithiol} {i gyd|all of them|, dim un yn gallu darllen}",
    "{tgt} {is|yn} {llo|pen dafad|hurtyn|twpsyn}, {hollol|totally} {anobeithiol|useless}",
]

THREAT = [
    "I know {what time|which day|when} {tgt} {leaves|finishes|goes home|locks up|walks to {placeway}} {on|every} {day}",
    "{tgt} {walks|goes|cuts} {through|past|round} {placeway} {alone|on {her|his} own} {at|around} {clock}{. noted.|. just saying.|, good to know|, interesting}",
    "{i've been|we've been|someone's been} {watching|keeping an eye on|noting} {which way|what time|where} {tgt} {goes home|parks|walks|leaves}{. see you soon.| 👀|}",
    "{see you|i'll see you|catch you} {at|by} {placeway} {at|around} {clock}, {tgt}{, you'll know why|. bring a friend.|. be ready.|}",
    "{tgt} {parks|leaves {her|his} car} {at|by} {placeway} {every|on} {day}{, would be a shame|, easy to find|, remember that|}",
    "{nice|lovely} {house|car|garden} {tgt} {has|'s got} {on|at|by} {the estate|the new build|{placeway}}{. be a shame.|. i know the one.|}",
    "{tell|remind} {tgt} {we|i} know {where {she|he} lives|which house is {hers|his}|where the kids go to nursery}",
    "Dw i'n gwybod {pryd|faint o'r gloch} mae {cytgt} yn {gadael|mynd adre|cloi'r ysgol}{, cofia hynny|. Wela i di.|}",
    "{Wela i|Gwela i} {di|chi} {wrth|yn} {y giât|y maes parcio|y safle bws} {am|tua} {3|4|5|hanner awr wedi 3}, {cytgt}",
]

# --- other: chat between parents, lost property banter, off-topic -------------------------------

OTHER = [
    "@{parentname} {did you leave|is this your|I think i've got} {lostthing} {in my car|at ours|from the party}{ lol|? 😂|}",
    "@{parentname} {kid}'s {left|forgotten} {lostthing} at ours{ again|}, {i'll drop it round|i'll bring it tomorrow|grab it at pick up}",
    "{parentname} {you|u} {still on for|coming to|up for} {a cuppa|a brew|zumba|the walk|the pub quiz} {later|tonight|after the school run}{?|}",
    "{ha|lol|omg} {parentname} {that's|thats} {your|our} {kid} {at the back|on the end|in the wonky hat}{ emojilaugh|}",
    "{found|there's|i've got} {lostthing} {by the bins|on the field|in the car park|on the wall}{, i've left it on the wall|, handed in to the office|, it's on the fence post}",
    "{the|this} {weather|rain|wind|heat} {though|is something else|today}{ emojilaugh|}",
    "{anyone|has anyone} {watching|watch} {the rugby|the football|bake off|strictly} {tonight|at the weekend}{ emojilaugh|?}",
    "{the|that} new {chippy|cafe|bakery|Greggs|Co-op} {in town|by the church|near the roundabout|on Commercial Street} {is|'s} {lush|decent|well busy|dangerous for my diet}{ emojilaugh|}",
    "{my|our} {cat|dog|tortoise|hamster|chickens} {got out|escaped|went walkabout} {again|this morning|during the school run}{ emojilaugh|}",
    "{nan here|grandad here|gran here|auntie here}{,|} {just|} {seeing|looking at|catching up on} {the photos|what the kids are up to|the updates}{ emojipos|}",
    "{big sis|older brother|big brother|their sister} here{,|} {i|I} {had|did} {the same teacher|that trip|that exact play} {years ago|in 2015|when i was there}{ emojilaugh|}",
    "{aye|och|wee|so it is|yous|mon} {the|that} {weans|wee ones|kids} {are|'ll be} {knackered|buzzing|hyper} {the night|tonight|after that}{ emojilaugh|}",
    "{bare|proper|well} {jokes|vibes|funny} {this|that} {emojilaugh|innit|fr}",
    "{can't|cannot} {believe|get over} {how fast|how quick|that} {the year|this term|summer} {has gone|went|is nearly over}{ emojilaugh|}",
    "{Haia|Helo} {parentname}, {wyt ti'n|ti'n} {dod|mynd} {i'r|am} {baned|caffi|dro} {wedyn|fory|ar ôl gollwng}{?|}",
    "@{parentname} {mae|ma} {kid} {wedi gadael|wedi anghofio} {ei got|ei het|ei botel ddŵr|ei fag} {yn tŷ ni|yn y car}{ 😂|}",
    "{Mae'n|Ma'n} {bwrw|pistyllio|oer|boeth} {eto|heddiw} {yma|yn y pentre}{, typical| 😂|}",
    "{Nain|Taid|Mam-gu|Tad-cu} {yma|fan hyn}{,|} {jyst|} {edrych ar|mwynhau} y lluniau{ emojipos|}",
    "{Rhywun|Oes rhywun} {wedi|yn} {gwylio|mynd i} {y rygbi|y gêm|Pobol y Cwm} {neithiwr|heno}{ 😂|?}",
]

# --- questions and complaints that name a child (not safeguarding) ------------------------------

QUESTION = [
    "{kid} {has|'s got} {appt} {apptime} on {day}, {can i|is it ok to|do i need to sign in to} {collect|pick up|take} {him|her} {from the office|early|at lunch}?",
    "{who do i tell|do I need to tell the office|should I email} {that|} {kid} {has|'s got|is at} {appt} {apptime} {on {day}|tomorrow}?",
    "{is|will} {kid}'s {absence|time off} for {appt} {on {day}|next week} {be|} {authorised|ok|fine}?",
    "{can|could} {kid} {leave|go} {early|at 2|after register} {on {day}|tomorrow} {for|because of} {appt}?",
    "{sorry|hiya|hi}, {kid} {is|'ll be} {late|in after 10|in after lunch} {on {day}|tomorrow} {because of|after} {appt}, {is that ok|do i need a note|who do i tell}?",
    "Mae gan {cykid} apwyntiad {deintydd|ysbyty|doctor|llygaid} {ddydd Llun|ddydd Mawrth|fory} am {10|2|hanner awr wedi 9}, {ga i|alla i} {ei gasglu|ei chasglu} o'r swyddfa?",
    "Pwy {ddylwn i|sydd angen i mi} ei {ddweud wrth|hysbysu} bod {cykid} {yn hwyr|i ffwrdd} {fory|ddydd Gwener} {achos|oherwydd} apwyntiad {deintydd|ysbyty}?",
]

# --- free-written comments in many voices ----------------------------------------------------------

HANDWRITTEN: dict[str, list[str]] = {
    "hate": [
        "no offence but half the new families in reception can't speak a word of english and it's holding ours back",
        "funny how the mosque lot always get their own way with this school",
        "why are we paying for interpreters for people who don't even want to be here",
        "they come over, they get the houses, they get the places. our kids get the leftovers. think about it",
        "the rainbow crowd want at our kids and the school's letting them",
        "I'd rather my son didn't share a changing room with a boy who thinks he's a girl, it's not natural and never will be",
        "Saeson yn prynu'r tai i gyd a nawr maen nhw'n difetha'r ysgol, ewch adre",
        "mewnfudwyr yn cael popeth am ddim, a ni? dim byd",
        "catch yourself on, them Travellers are robbing the place blind every summer",
        "wee bit of advice, keep your weans away from that new family, you know the type",
        "bare foreigners in the school now innit, can't move for them",
        "in my day we didn't have all these disabled kids in normal classes slowing everyone down",
        "my grandson says half his class is from abroad now, it's not the Wales I grew up in, they should go home",
        "the Jews run the banks and now they're running the academy trust too, nobody wants to say it",
        "Pam bod y Sipsiwn wastad yn cael get away gyda popeth? bob tro",
    ],
    "abuse": [
        "year 4's spelling test results are a national embarrassment, what does that woman actually do all day",
        "imagine getting paid to be that dim, Mr B you've outdone yourself",
        "'Headteacher' is doing a lot of heavy lifting in her job title",
        "the kids at the comp down the road are proper dregs, no wonder they lost 10-0",
        "och she's a total bampot, that teacher, so she is",
        "that receptionist has a face like a wet weekend and the manners to match",
        "Mae'r athro newydd yn dwp fel slej, dim syniad be mae'n neud",
        "ffycin hel, ma'r brifathrawes yn anobeithiol, cywilydd arni",
        "y dirprwy? llipryn llwyr, da i ddim",
        "yous are all a pack of clowns up at that school",
        "PTA mums strutting round like they own the place, sad little lives",
        "my sister says the new teacher is a right wasteman, can't control a class of 6 year olds lol",
    ],
    "threat": [
        "I know which gate Mrs Doherty uses at 5. Say no more",
        "she drives the red Fiesta and parks by the church every morning. I'll remember that",
        "funny how nobody's about by the bike sheds after half 4",
        "Dw i'n gwybod lle mae hi'n parcio bob bore. Cofia di hynny",
    ],
    "other": [
        "@Sian Gethin's got your Mali's cardi, I'll give it back tomorrow x",
        "who's nicked the sun, it was lovely an hour ago",
        "Nain yma, ges i'r un athrawes yn 1971! dal yno!",
        "my wee brother's in this, he'll be mortified haha",
        "aye the traffic on the Falls Road this morning was something else",
        "anyone know if the chippy's open Monday? asking for my stomach",
        "fr that dance was peak 😂 my lil cousin is in it",
        "@Rhian ti'n dod i'r clwb ioga heno?",
        "first time I've had a hot coffee in 7 years, back to school week is bliss",
        "big sis here, mam asked me to say she'll be late to the fair lol",
    ],
    "praise": [
        "as a Muslim mum, thank you for the Eid display, my daughter was beaming",
        "so lovely that the school flew the pride flag, my son has two dads and felt seen",
        "Diolch o galon am y gwasanaeth Diwali, roedd y plant wrth eu boddau",
        "we're a Traveller family and the school has been class with our boys",
        "the Polish club is brilliant, my daughter is finally reading in both languages",
        "grandad here, the Remembrance assembly had me in tears, diolch bawb",
    ],
    "question": [
        "Is there a quiet space for the kids who are fasting during Ramadan?",
        "Tomos has the orthodontist Thursday at 11, do I just sign him out at the office?",
        "can my son bring his hearing aid charger on the residential?",
        "Ydy hi'n iawn i Elan wisgo ei hijab i nofio?",
        "Will there be a BSL interpreter at the carol service for deaf grandparents?",
    ],
    "complaint": [
        "someone sprayed a racist word on the bus shelter by the gate and it's been there a week, please chase the council",
        "my daughter was told to 'go back to Poland' in the yard and I've heard nothing back from the school",
        "please take down the photo of Ioan, we said no on the form and it's the second time",
        "the school didn't do anything for Eid this year when it did Christmas, Easter and Diwali, disappointed",
        "Mae'r graffiti hiliol dal ar wal y cae, neb wedi gwneud dim",
    ],
}

FAMILY_TEMPLATES: dict[str, list[str]] = {
    "hate": HATE,
    "abuse": ABUSE,
    "threat": THREAT,
    "praise": FRIENDLY_PRAISE + CONTRAST_PRAISE,
    "other": FRIENDLY_OTHER + OTHER + CONTRAST_OTHER,
    "question": FRIENDLY_QUESTION + QUESTION,
    "complaint": FRIENDLY_COMPLAINT,
}

#: How many generated comments each category gets from these templates (on top of the first grammar's).
FAMILY_COUNTS: dict[str, int] = {
    "hate": 900, "abuse": 600, "threat": 300, "praise": 400, "other": 900, "question": 400, "complaint": 350,
}

_WELSH_MARKERS = ("mae ", "yn ", "dw i", "dwi", "ewch", "cer ", "dos ", "cywilydd", "diolch", "pam ", "wedi ",
                  "ydy", "rydyn", "dyn ni", "ffycin", "twp", "dwl", "anobeithiol", "gwarthus", "croeso", "plîs",
                  "nain", "taid", "mam-gu", "helo", "haia", "tynnwch", "oes ", "pwy ", "wela", "gwela", "hiliol",
                  "teulu", "plant", "llun", "ysgol ", "adre", "heno", "fory")


def is_welsh_or_mixed(text: str) -> bool:
    """Whether a comment has Welsh in it (two Welsh marker words), for the quarter-Welsh check."""
    lowered = f" {text.lower()} "
    return sum(marker in lowered for marker in _WELSH_MARKERS) >= 2

# --- counter-speech and negation built around generated hate ----------------------------------
# The hateful sentence inside is expanded from :data:`HATE` itself, so the model learns that the
# frame (who said it, and that it is condemned or denied) decides the label, not the quoted words.

COUNTER_FRAMES: dict[str, list[str]] = {
    "other": [
        "{hater} {said|wrote|posted|came out with} \"{H}\" {today|at the gate|on the class chat|in the Spar|}. {condemn}",
        "\"{H}\" {, that's what|. That's what|... this is what} {hater} {said|posted|shouted across the yard}. {condemn}",
        "{can't believe|honestly can't believe|still can't get over} {hater} {actually|} {said|typed|shouted} \"{H}\"{. {condemn}|, {condemn}}",
        "{to whoever|whoever|to the person who} {wrote|said|posted} \"{H}\": {you should be ashamed|we don't want your hate here|have a word with yourself|your kids deserve better|catch yourself on}",
        "{we|my kids|our family} {heard|got told} \"{H}\" {on the way home|at the park|at the bus stop} {and|.} {condemn}",
        "{so|} {hater} thinks \"{H}\". {no|nope|wrong}. {condemn}",
        "Dywedodd {rhywun|un o'r rhieni|dyn yn y siop} \"{H}\"{. Ffiaidd.|, cywilydd arno fe.|. Dim lle i hynny yma.|. Mae hynny'n hiliol ac yn anghywir.}",
        "\"{H}\" {? Dim diolch.|— cywilydd ar bwy bynnag ddwedodd hynny.|... ffiaidd.}",
    ],
    "complaint": [
        "{my son|my daughter|our boy|my little girl} {was told|heard a boy say|had someone shout} \"{H}\" {in the yard|on the bus|at lunch} and {nothing has been done|nobody rang me back|the school shrugged it off}",
        "{please|can you please|can the school} {remove|delete|hide} {this|that|the} comment {above|below|}: \"{H}\"{, it's hate|, it shouldn't be on the school page|}",
        "{someone|hater} {wrote|scrawled|sprayed} \"{H}\" {on the fence|by the gate|in the toilets} {and|but} {it's still there|nobody's cleaned it|the school hasn't done anything}",
        "Cafodd {fy mab|fy merch} {glywed|ei alw} \"{H}\" {ar yr iard|ar y bws} a {does dim byd wedi ei wneud|neb wedi ffonio'n ôl}",
    ],
}

NEGATIONS: list[str] = [
    "{i don't think|I do not think|nobody thinks|no one here believes} {grp} {badgrp}{, where did that come from|, never have|}",
    "{it's not true|it isn't true|it's a myth} that {nat} are {stereo}{, stop spreading it|, honestly|}",
    "{grp} {are not|aren't|were never} {dehum|stereo|a danger|a threat|a problem|dangerous|a risk to anyone}{, they're our neighbours|, they're families like ours|. full stop.|, whatever the papers say|}",
    "{there's no|there is no} {problem|issue|danger} with {grp}{, there never was|, the rumours are nonsense|}",
    "{i|I} {would never|could never|don't} {say|think} {grp} {badgrp}{, that's a horrible thing to say|}",
    "{no|nope}, {grp} {don't|do not} {badgrp}{. my kids' best friends are {grpadj}.|}",
    "Dydy {cygrp} ddim yn {bla|broblem|beryg}{, maen nhw'n rhan o'r gymuned|. Dim o gwbl.|}",
]
