"""More training comments for the hate families, in five voices, at least a third Welsh or mixed.

Written for safepost from the issue's description of what the independent school sets showed
(friendly mentions and counter-speech flagged; hate as a question or an opinion, nationality
stereotypes shaped like complaints, conspiracy tropes, coded words, go-back demands, dehumanising
comparisons, insults without swearing, Welsh insults and veiled place-and-time threats missed).
Never written from a held-out set's failures: the held-out functional sets are not read here.

Voices, so that the model meets more than one register:

- the hurried parent: no capitals, no full stops, "pls", "x", half a sentence;
- the grandparent: whole sentences, "Dear", "Kind regards", a bit formal;
- the older sibling: "my mam said", "lol", "fr", "ngl";
- the sarcastic parent: "oh great", "love that for us", "shock horror";
- the community member: "as a local", "on behalf of", someone with no child at the school.

Every harmful family has its harmless contrast written in the same voices and shapes: a group
mentioned in passing, praised, asked about, a complaint about one person's behaviour that names no
group, counter-speech reported in the writer's own words (no quotation marks), an arrangement that
names a place and a time.
"""

from __future__ import annotations

from training.triage.grammar import SLOTS

SLOTS.update({
    "v_grp": ["Muslims", "Jews", "Hindus", "Sikhs", "Catholics", "black families", "Asian families", "Poles",
              "Romanians", "Bulgarians", "Lithuanians", "Somalis", "Eritreans", "Afghans", "Ukrainians", "Kurds",
              "Nigerians", "Ghanaians", "Filipinos", "Portuguese families", "gay couples", "gay dads", "lesbian mums",
              "bi people", "trans kids", "trans teachers", "non-binary folk", "disabled kids", "deaf children",
              "kids with Down's syndrome", "wheelchair users", "Travellers", "Gypsy families", "Roma families",
              "the English", "English families", "Welsh speakers", "the Welsh", "incomers", "asylum seekers",
              "refugee families", "Eastern Europeans", "foreign families", "Chinese families", "Pakistanis"],
    "v_adj": ["Muslim", "Jewish", "Hindu", "Sikh", "Catholic", "black", "Asian", "Polish", "Romanian", "Bulgarian",
              "Lithuanian", "Somali", "Eritrean", "Afghan", "Ukrainian", "Kurdish", "Nigerian", "Ghanaian", "Filipino",
              "Portuguese", "gay", "lesbian", "bi", "trans", "non-binary", "disabled", "deaf", "blind", "autistic",
              "Traveller", "Gypsy", "Roma", "English", "Welsh-speaking", "refugee", "Eastern European", "Chinese",
              "Pakistani", "mixed race", "Jamaican", "Scottish", "Irish"],
    "v_nat": ["Romanians", "Bulgarians", "Poles", "Albanians", "Lithuanians", "Somalis", "Nigerians", "Pakistanis",
              "Turks", "Kosovans", "Latvians", "Slovaks", "Czechs", "Moroccans", "Eritreans", "Kurds", "the Irish",
              "the English", "the Welsh", "Brazilians", "Portuguese people"],
    "v_natadj": ["Romanian", "Bulgarian", "Polish", "Albanian", "Lithuanian", "Somali", "Nigerian", "Pakistani",
                 "Turkish", "Kosovan", "Latvian", "Slovak", "Czech", "Moroccan", "Eritrean", "Kurdish", "Irish",
                 "English", "Brazilian", "Portuguese", "Eastern European"],
    "v_trait": ["all on the take", "light fingered", "born liars", "bone idle", "dirty in their habits",
                "never pay for anything", "always up to something", "drunk half the time", "rough as anything",
                "trouble wherever they go", "useless at keeping their kids in line", "work shy", "sly",
                "out for what they can get", "no respect for anything", "aggressive by nature"],
    "v_beast": ["rats", "vermin", "dogs", "pigs", "a swarm", "locusts", "a plague", "an infestation", "cockroaches",
                "apes", "monkeys", "a disease", "a cancer", "leeches", "parasites", "a herd", "bugs", "insects",
                "weeds", "a pack of animals"],
    "v_cybeast": ["llygod mawr", "fermin", "moch", "cŵn", "pla", "chwain", "anifeiliaid", "parasitiaid", "haint",
                  "cancr", "llau", "chwyn"],
    "v_cygrp": ["Saeson", "Mwslemiaid", "Iddewon", "mewnfudwyr", "ffoaduriaid", "pobl hoyw", "pobl draws",
                "Sipsiwn", "Teithwyr", "Pwyliaid", "Rwmaniaid", "pobl anabl", "pobl dduon", "pobl o dramor",
                "y bobl ddŵad", "Cymry Cymraeg", "pobl fyddar", "teuluoedd o dramor"],
    "v_cyfam": ["teulu Mwslimaidd", "teulu Iddewig", "teulu hoyw", "teulu o Wlad Pwyl", "teulu o Rwmania",
                "teulu traws", "teulu o Deithwyr", "teulu Sikh", "teulu du", "teulu o Loegr", "teulu di-Gymraeg",
                "teulu anabl", "teulu byddar", "teulu o Affganistan", "teulu â dwy fam", "teulu â dau dad"],
    "v_cyinsult": ["coc oen", "ffwlbart", "mwnci", "hen gnawes", "pwdryn", "sopen", "hulpan", "penbwl", "lob",
                   "hen fuwch", "ceg fawr", "cadi-ffan", "hen jadan", "hen snichyn", "bwbach", "rwdlyn", "twmffat",
                   "crinc", "hen gingroen", "clapgi", "hen sgerbwd diog", "penci", "mochyn budr"],
    "v_cytgt": ["Mr Morgan", "Mrs Elis", "Miss Gwyn", "Mr ap Iorwerth", "y pennaeth", "yr athro newydd",
                "y dirprwy bennaeth", "Mrs Rowlands", "yr athrawes Blwyddyn 2", "y gofalwr", "cadeirydd y llywodraethwyr"],
    "v_tgt": ["Mr Rowlands", "Mrs Okafor", "Miss Bevan", "Mr Sheridan", "Mrs Quinn", "the head", "the deputy head",
              "the new year 5 teacher", "the business manager", "the lady on reception", "the SENCo", "the football coach",
              "the chair of the PTA", "Mr Garland", "Mrs Caddick", "the supply teacher"],
    "v_place": ["the chapel car park", "the cut behind the Co-op", "the bridge by the river", "the top of Heol Fawr",
                "the bowls club", "the church hall", "the back of the leisure centre", "the bus shelter on the hill",
                "the lay-by on the bypass", "the park gates", "the station", "the path by the allotments",
                "the corner by the chippy", "the cricket club", "the community centre", "the canal towpath"],
    "v_time": ["at twenty past 6", "on Thursday night", "after the disco", "about half 7", "on Saturday morning", "tomorrow at 4",
               "after training", "at ten past 3", "on the way home tonight", "when it gets dark", "Monday after school",
               "first thing Friday", "after choir", "at quarter to 9", "at dinner time"],
    "v_cyplace": ["maes parcio'r capel", "y bont", "neuadd y pentre", "y clwb rygbi", "arhosfan y bws", "giât y parc",
                  "cefn y ganolfan hamdden", "y llwybr wrth y rhandiroedd"],
    "v_cytime": ["nos Iau", "am 6", "ar ôl yr ymarfer", "fory am 4", "bore Sadwrn", "pan mae'n tywyllu", "ar ôl y côr",
                 "amser cinio"],
    "v_venue": ["the baths", "the swimming pool", "the sports hall", "the library", "the village hall", "the pub car park",
                "the Spar", "the big Tesco", "the playground gates", "the bandstand", "the scout hut", "the chapel vestry",
                "the station car park", "the skate park", "the café on the corner", "the rugby pitch", "the top field",
                "the front entrance", "the bottom of the lane", "the roundabout", "the garage", "the football cage"],
    "v_errand": ["the costumes", "the tickets", "the cake tins", "the raffle prizes", "the spare kit", "your jumper", "the forms",
                 "the car seat", "the party bags", "the goggles", "the bunting", "the float money", "the tent", "the dog",
                 "the kids' scooters", "a flask", "the keys", "the sign-up sheet", "the books", "the sleeping bags"],
    "v_sign": ["x", "xx", "ta", "cheers", "thx", "pls", ""],
    "v_sarc": ["oh great", "love that for us", "shock horror", "well well well", "who could have guessed",
               "what a surprise", "brilliant, just brilliant", "fab"],
    "v_sib": ["my mam", "my mum", "mam", "our mam", "my nan", "my dad"],
    "v_youth": ["lol", "fr", "ngl", "tbh", "😭", "💀", "no cap", "lmao"],
    "v_report": ["I've reported it to the head", "I've emailed the school about it", "I've rung the office",
                 "I've told his teacher", "I reported the post", "we've logged it with the police",
                 "the school are dealing with it", "I've screenshotted it for the head", "I've let the school know",
                 "I've asked the admins to remove it"],
    "v_cyreport": ["dw i wedi dweud wrth y pennaeth", "dw i wedi e-bostio'r ysgol", "dw i wedi ffonio'r swyddfa",
                   "dw i wedi riportio'r post", "mae'r ysgol yn delio â fe"],
    "v_bad": ["ruin every class", "don't belong at our school", "shouldn't be near our kids",
              "are taking all the places", "bring nothing but trouble", "drag the whole year down",
              "need to be kept separate", "are why this town's gone downhill", "can't be trusted round children",
              "should never have been let in", "get everything handed to them", "are dirty"],
})

# --- hate ----------------------------------------------------------------------------------------

HATE = [
    # questions, every voice
    "{why|y} {r|are} {v_grp} {allowed|let} {in|into} {our|this} {school|village|estate} {at all|even|} {v_sign}",
    "Dear Sir, may I ask why {v_grp} are being given {priority|the new houses|free places|special help} ahead of local families? Kind regards",
    "{v_sib} {asked|wants to know} why {v_grp} {get|are getting} {everything|all the help|the best places} and {we|us} {don't|get nothing} {{v_youth}|}",
    "{v_sarc}, more {v_grp} in reception. {how many more|when does it stop|is there anyone local left}?",
    "as a {local|local resident|lifelong resident}, why {are|is} {v_grp} {being moved|being put|being housed} {here|in our school} {when|while} {local kids|our grandchildren|our own} {miss out|can't get in}?",
    "{who|which genius} {decided|thought} {v_grp} {should|could} {teach|run|look after} our {kids|children|little ones}?",
    # opinions
    "{just saying|only my opinion|i'll say what everyone's thinking|rant over but|sorry not sorry but} {v_grp} {v_bad}",
    "I have lived here {seventy|sixty|fifty} years and I am sorry to say {v_grp} {v_bad}. Regards",
    "{honestly|tbh|ngl} {v_grp} {v_bad} {{v_youth}|}, {v_sib} {says|reckons|agrees} {so too|the same}",
    "{v_sarc}, {v_grp} {at the fair|on the PTA|in the choir|running the breakfast club}. {standards, eh|that'll end well|bye bye standards}",
    "{call me what you like|i don't care who i offend|someone has to say it} but {v_adj} {families|people|parents} {are not|aren't} {like us|normal|our sort}{, full stop|, end of|, and that won't change}",
    # hostility said with a "not" in it (the contrast to negation, which is harmless)
    "{they're|they are} not {welcome|wanted} {here|round here|in this school}, {the {v_adj} lot|{v_grp}}{, they'll {ruin|wreck|spoil} {the school|everything|the village}|}",
    "we don't want {v_grp} {here|in our school|on our estate}{, simple as|, never have|, they don't fit in}",
    "{v_grp} {aren't|are not} {wanted|welcome|one of us} {here|round here} and {never will be|they know it}",
    "{i don't|i do not|we don't} want {v_grp} {anywhere near|near|around} {my|our} {kids|children|grandchildren}{, it's not right|, end of|}",
    "{isn't it|is it not} {about time|time} {v_grp} {were moved on|went back|were sent packing|were kicked out}{?|??}",
    "Dydy {v_cygrp} ddim yn {cael croeso|perthyn} {yma|yn y pentre|yn yr ysgol}{, byth|, cerwch adre|}",
    # stereotypes shaped like complaints
    "{complaint|formal complaint|i wish to complain|another complaint}{:| -} the {v_natadj} {families|parents|lot|dads} {block|park across|leave rubbish on|shout across} {the drive|the zigzags|the pavement|the yard} {every morning|daily|constantly} {because that's what they're like|they're all like that|it's in their nature|typical of them}",
    "{my son's|our|my daughter's} {coat|scooter|lunch money|phone} {went missing|was taken} {again|}, {no prizes for guessing|we all know} it'll be the {v_natadj} {kids|lot|family}, {they're|that lot are} {v_trait}",
    "{typical|classic} {v_natadj}{, |. }{v_trait}{, the whole lot of them|, every one i've met|} {v_sign}",
    "{v_nat} {are|r} {v_trait}{, that's not racist it's facts|, ask anyone|, always have been} {{v_youth}|}",
    "Dear Head, I must raise the matter of the {v_natadj} families. They are {v_trait} and it is affecting the school. Yours faithfully",
    "{lock|hide|watch} your {cars|bikes|handbags|sheds} {now|folks}, {more|another lot of} {v_nat} {have moved in|on the estate|at the school} {{v_sarc}|}",
    # conspiracy tropes
    "{v_grp} {are|have been} {quietly|slowly|secretly} {buying up|taking over|running} {the council|the schools|the governors|the town|everything} {, look it up|, it's all planned|, who do you think funds it|}",
    "{do your own research|join the dots|open your eyes|nobody asks who is behind it}: {v_grp} {control|run|own|fund} {the media|the council|the academy trust|the curriculum|the banks}",
    "the {new|whole} {curriculum|relationships lessons|pride stuff|diversity stuff} is a {plan|plot|scheme} by {v_grp} to {brainwash|replace|take over from|turn} our kids",
    "Mae'r {v_cygrp} yn {rheoli|prynu} {y cyngor|pob tŷ|yr ysgolion} {yn dawel bach|yn gyfrinachol}, {mae'n gynllun|agorwch eich llygaid}",
    # coded words
    "{the|those} {ones from the caravan site|families from the site|people off the boats|new arrivals from the hotel|ones who don't do christmas|you-know-whos|dinghy families|enrichers|culture vultures} {are|have been} {at it again|nicking again|causing bother|ruining the school|everywhere}{, we all know who|, no names needed|}",
    "{another|more} {vibrant|diverse|enriching} {families|neighbours|newcomers} {on our street|in year 1|at the gate}{, if you catch my drift| 🙄|, lovely 😒}",
    "{ask|guess} who's {behind|running|funding} {it|the academy|the new estate}{? the usual|, same as always}{ (((them)))|, the globalist lot|, the ones with the banks|}",
    # go back
    "{go home|go back to your own country|get back where you came from|clear off back home} {v_adj} {scroungers|lot|families|spongers}{!|, nobody wants you|}",
    "if the {v_adj} {families|parents} {don't like|can't hack|won't fit in with} {our ways|how we do things|it here} they can {go back|get on a plane|jog on back home}",
    "{Saeson|English} {go home|ewch adre|allan}{, this is Wales not England|, dim croeso i chi yma|, prynwch dai yn Lloegr}",
    "{stop forcing|enough of} {Welsh|the welsh language} {on our kids|down our throats}, {it's a dead language|speak english or go west|the Welsh speakers can go live on a farm}",
    "{ewch|cerwch} {adre|yn ôl} {i ble daethoch chi|i'ch gwlad} {v_cygrp}{, dydych chi ddim yn perthyn|}",
    # dehumanising comparisons
    "{v_grp} {are like|breed like|spread like|behave like|are basically} {v_beast}{, no wonder|, disgusting|, proper grim|} {{v_youth}|}",
    "{v_grp} {in our school|on the estate|in this town} {are|is like} {v_beast}, {get them out|clear them out|something needs doing}",
    "{v_sarc}, {v_beast} {have|has} {moved|spread} {into|to} {year 3|the estate|our street}, oh sorry {i mean|i meant} the {v_adj} {family|families}",
    "Mae'r {v_cygrp} fel {v_cybeast}{, dros y lle i gyd|, maen nhw'n difetha'r lle|, cerwch o 'ma}",
    # Welsh and mixed questions and opinions
    "Pam {fod|bod} {v_cygrp} yn cael {tai|lle|pob dim} {cyn|o flaen} {pobl leol|ein plant ni}{?|, dyw e ddim yn deg}",
    "{Yn fy marn i|A bod yn onest|Sori ond}{,|} {dylai'r|mae'r} {v_cygrp} {aros draw|gadael|yn sbwylio popeth}{, mae pawb yn gwybod|}",
    "{honestly|wir} {mae'r|the} {v_cygrp} {yn difetha|are ruining} {y pentre|the village|yr ysgol}, {send them back|ewch adre}",
    "Mae gormod o {v_cygrp} yn {yr ysgol|y dosbarth|y pentre} erbyn hyn{, mae'n troi fy stumog|, dim lle i'n plant ni|}",
    "{Pam|Pam ar y ddaear} {ydyn ni'n|dyn ni'n} gadael i {v_cygrp} {ddysgu|edrych ar ôl|fod yn agos at} ein plant{?|??}",
    "{Sori|Sori ond|A dweud y gwir}{,|} {v_cygrp} {ddim yn ffitio|ddim fel ni|ddim yn perthyn} {yma|yn y pentre|i'r ysgol}{, byth|}",
    "{Nain|Mam-gu} yma. Mae'r {v_cygrp} yn {ddiog|fudr|dwyn|gelwyddgwn} {i gyd|bob un}, {dyna fel maen nhw|mae yn eu gwaed}",
    "{nodweddiadol|typical} o'r {v_cygrp}{, wastad yn dwyn|, byth yn talu|, yn meddwl bod y rheolau ddim iddyn nhw}",
    "{lol|ngl} {v_cygrp} {r|are|yn} {v_beast}{,|} {cer o 'ma|ewch adre} {{v_youth}|}",
    "{Saeson|English} {yn prynu'r tai i gyd|buying up the village}, {ewch yn ôl i Loegr|go back over the bridge}",
    "{the welsh speakers|Cymry Cymraeg|the welshies} {think they're better than us|are inbred|are backward sheep shaggers}, {siaradwch saesneg|speak english}",
    "typical {v_cygrp}, {wastad|always} {yn achosi trwbl|{v_trait}}",
]

# --- abuse: insults without swearing, Welsh insults ----------------------------------------------

ABUSE = [
    "{v_tgt} {is|'s} {a smug so and so|a spineless wet lettuce|a jumped up little nobody|a vain, useless article|thick as a plank|dim as a torch with no batteries|a waste of oxygen|a snivelling coward|an arrogant windbag}{ {v_youth}|, honestly|, sorry not sorry|}",
    "{v_sarc}, {v_tgt} {strikes again|has done it again|is in charge of something}. {what an utter clown|the village idiot rides again|thick as mince as always}",
    "Dear Sir, {v_tgt} is an incompetent, arrogant fool and I say so with some experience. Regards",
    "{v_sib} says {v_tgt} is {a right snob|a nasty piece of work|thick|a joke} and {ngl|tbh} {she's|he's} right {v_youth}",
    "{v_tgt} {couldn't|could not} {organise|run} {a raffle|a queue|a bath} {if|even if} {their life depended on it|you paid them}{, pathetic|, useless article|}",
    "{v_tgt}? {not a brain cell in sight|face like a slapped haddock and the manners to match|a total melt|dumb as a box of rocks}",
    "Mae {v_cytgt} yn {v_cyinsult}{, wir|, pawb yn gwybod|, cywilydd|}",
    "{v_cytgt} {'n|yn} {v_cyinsult} {llwyr|go iawn|heb os}{, honestly| lol|}",
    "{hen|am} {v_cyinsult} {yw|ydy} {v_cytgt}{, sgen i ddim amynedd|, anobeithiol|}",
    "{v_tgt} {is|yn} {a proper|un} {v_cyinsult}{, mam says so too|, mae pawb yn cytuno|}",
    "{Annwyl Syr|Dear Sir}, mae {v_cytgt} yn {v_cyinsult} {a dylai fynd|ac yn warth i'r ysgol}",
    "{v_sib} {yn dweud|says} bod {v_cytgt} yn {v_cyinsult} {v_youth}",
    "{v_sarc}, {v_cytgt} {eto|again}. {Am|Y fath} {v_cyinsult}.",
    "{Ti'n|Chi'n} {v_cyinsult}{, {v_cytgt}|}, {dim syniad|dim clem|dim owns o synnwyr} {o gwbl|gyda ti}",
]

# --- threats: veiled, a place and a time ---------------------------------------------------------

THREAT = [
    "{v_tgt} {walks|drives|cycles|goes} {past|through|by} {v_place} {v_time}{, every week|}{. noted.|. good to know.|. i'll remember.|...}",
    "{v_tgt}, {v_place}, {v_time}. {don't be late|you know why|come alone|we need a word}.",
    "{i know|we know|funny that i know} {v_tgt} {is|will be} {at|by} {v_place} {v_time}{, be a shame if|. see you there.| 👀}",
    "{someone|I} {will|'ll} be waiting {at|by} {v_place} {v_time} for {v_tgt}{, tell {them|her|him} that|. just so you know.|}",
    "{v_cytgt}: {v_cyplace}, {v_cytime}. {Ti'n gwybod pam|Paid â bod yn hwyr|Wela i di yno}.",
    "{Wela i|Mi wela i} {v_cytgt} {wrth|yn} {v_cyplace} {v_cytime}{, gei di weld|. Dim ond dweud.|}",
    "Mae {v_cytgt} yn {cerdded adre|gadael} ar ei ben ei hun {v_cytime}. {Diddorol.|Da gwybod.|Cofia.}",
    "Dw i'n gwybod bod {v_cytgt} yn {cerdded heibio|aros wrth|parcio yn} {v_cyplace} {v_cytime}{. Cofia hynny.|. Wela i di.|...}",
]

# --- the harmless contrasts ----------------------------------------------------------------------

OTHER = [
    # a group mentioned in passing
    "{we're|we are|i'm|im} {v_adj} {so|and} {we'll|i'll} {be off|miss the disco|be late} {on friday|next week|for a family thing} {v_sign}",
    "{my|our} {nan|neighbour|lodger|childminder|brother in law|best mate} {is|'s} {v_adj} {and|so} {does the pick up on tuesdays|is coming to sports day|made the cakes for the stall} {v_sign}",
    "{v_sib} {is|'s} {v_adj} {and|so} {she|he} {cried|laughed} {at|during} the {assembly|nativity|concert} {v_youth}",
    "Dear all, my {granddaughter|grandson} is {v_adj} and loved the {assembly|class trip|reading week}. Kind regards",
    "{anyone else|any other} {v_adj} {parents|families|mums|dads} {in|at} {reception|year 3|the juniors|the school} {fancy|want to do} {a playdate|a coffee|a walk} {sometime|after school}{?|}",
    "as {a local|a member of the community|someone from the chapel}, {it's|it was} {lovely|grand} to see {v_grp} {at|helping at} {the fair|the litter pick|the carol service} {v_sign}",
    "{v_sarc}, {another|the} {v_adj} {dad|mum|family} {made|brought} {better cakes|a nicer costume|a better float} than {me|mine} again 😂",
    # negation and counter-speech in the writer's own words (no quotation marks)
    "{i've|I have|we've} {never|honestly never} {had|seen} {a problem|any bother|any trouble} {with|from} {v_grp}{, they're just families like ours|, what a strange thing to say|}",
    "{v_grp} {don't|do not} {v_bad}{. that's just nonsense|, whoever started that is wrong|. stop it.}",
    "{someone|a man|a woman|an older lad|a parent} {told|said to} {my son|my daughter|our girl|my little brother} that {v_grp} {v_bad} {and|.} {v_report}",
    "{my son|my daughter|our boy|my sister} {got home|was} {in tears|upset} {after|cos} {a lad|a girl|another kid} called {her|him|them} a {{v_beast}|terrorist|dirty gypsy|refugee rat} {and|.} {v_report}",
    "{there's|someone's put} a post going round calling {v_grp} {v_beast}{.|,} {v_report}{, please do the same|, don't share it|}",
    "{people|folk|some parents} {saying|posting|going on about how} {v_grp} {v_bad} {need|needs} to {have a word with themselves|grow up|look in the mirror}{, honestly| {v_youth}|}",
    "{v_sib} {heard|said} {a man|someone} {at the bus stop|in the shop} {going on about|ranting about} {v_grp}{,| and} {she|he} {told him where to go|put him right|shut him down} {{v_youth}|}",
    "Clywodd {fy mab|fy merch|mam} {rywun|ddyn} yn {dweud pethau cas|galw enwau} am {v_cygrp}{, mae'n warthus|, dim lle i hynny|}; {v_cyreport}",
    "{Sgen i|Does gen i|Does dim gyda fi} ddim byd yn erbyn {v_cygrp}{, pam fyddai gen i|, maen nhw'n gymdogion da|}",
    # more negation: denying the stereotype, with a word of one's own experience
    "{no one|nobody|not one person} {here|on this page|in this village} {hates|has a problem with|is against} {v_grp}{, where's this coming from|, honestly|}{, we just want {fair play|the buses sorted|a quiet life}|}",
    "{it's|that's} {rubbish|a myth|nonsense|an old lie|utter tosh} that {v_nat} are {v_trait}{, my neighbour is one and she's lovely|, i work with loads of them and they're grafters|, stop repeating it|}",
    "{v_grp} {aren't|are not|were never} {{v_beast}|{v_trait}|a threat to anyone}{,|.} {they're|they are} {people|families like ours|our neighbours|just trying to get the kids to school}",
    "Does neb {yn y pentre|yma|ar y dudalen 'ma} yn erbyn {v_cygrp}{, wir|, o ble daeth hyn|}",
    "Dyw e ddim yn wir bod {v_cygrp} yn {ddiog|dwyn|fudr|beryglus}{, celwydd yw e|, stopiwch ddweud hynny|}",
    "{it's not true|mae'n gelwydd} {that|bod} {v_cygrp} {are lazy|yn ddiog|are dangerous|yn beryg}, {stop it|stopiwch|plîs}",
    # counter-speech with the hateful words quoted, in the five voices
    "{v_sib} {heard|got told} \"{v_grp} {v_bad}\" {on the bus|on the field|in town} {and|.} {v_report}",
    "Dear Sir, a gentleman at the gate remarked that \"{v_grp} are {v_beast}\". I found this deeply offensive. Regards",
    "\"{v_grp} {v_bad}\" {... {v_sarc}|}{,|.} {what year is it|have a word with yourself|grow up} {{v_youth}|}",
    "as a {local|resident|chapel member}, seeing \"{v_grp} out\" sprayed on the {underpass|bus shelter|chapel wall} is {heartbreaking|shameful|sickening}",
    "\"{v_cygrp} allan\" ar wal {y parc|y capel|yr ysgol}{, ffiaidd|. Cywilydd.|, mae'n warthus}",
    # the English in Wales and Welsh speakers, mentioned in passing
    "{we|we've} {moved|came} {here|to the valley|to Wales} from {England|Bristol|Birmingham|Lloegr|Manchester} {last year|in the summer|before covid} and {the kids are picking up Welsh fast|the kids love the Welsh lessons|everyone's been so kind}{ {v_sign}|}",
    "{we're|we are} {English|an English family|from over the bridge} {and|but} {our two|the kids} {are|have become} {fluent in Welsh|Welsh speakers now|better at Welsh than me} {{v_youth}|}",
    "{Dw i'n|Dwi'n} {dod o Loegr|Sais} {yn wreiddiol|} {ac|a} {mae'r plant yn siarad Cymraeg|dysgu Cymraeg ydw i hefyd|mae pawb wedi bod yn groesawgar}",
    "{my|our} {husband|wife|partner|mam} {is|'s} a {first language Welsh speaker|Welsh speaker|Cymraes|Cymro} and {helps with the homework|does the bedtime stories in Welsh}{ {v_sign}|}",
    "{people|folk|anyone} {saying|who say|claiming} {v_grp} {v_bad} {should be ashamed of themselves|need to take a long look in the mirror|should be embarrassed}",
    # Welsh friendly mentions
    "{Ni'n|Dyn ni'n|Rydyn ni'n} {v_cyfam} {a|ac} {mae'r plant yn hapus dros ben|rydyn ni'n setlo'n dda|mae pawb mor glên}{ {v_sign}|}",
    "{Mae|Ma'} {fy|ein} {cymdogion|ffrindiau|teulu-yng-nghyfraith} yn {v_cygrp} {ac|a} {maen nhw'n dod i'r ffair|maen nhw'n helpu gyda'r daith gerdded|maen nhw'n casglu'r plant ar ddydd Mawrth}",
    "{my|fy} {nain|mam-gu|partner} {is|yn} {v_adj} {and|a} {she's|mae hi'n} {coming to|dod i} {the concert|y cyngerdd|sports day|y mabolgampau}",
    # arrangements that name a place and a time
    "@{parentname} {i'll|I'll|will} {catch|grab|find} you {outside|near} {v_place} {v_time} {for the lift|with the costumes|for the walk|with the tickets}{ {v_sign}|}",
    "{parentname} {we're|the kids are} {meeting|getting picked up} {at|by} {v_place} {v_time}{, can yours come|, bring snacks|, see you there}{ {v_sign}|}",
    "{the|our} {choir|cubs|netball team|football lot|brownies} {are|is} {meeting|going} {at|from} {v_place} {v_time}{, wrap up warm|, bring a packed tea|, parents welcome}",
    "{Wela i di|Cwrdd} {wrth|yn} {v_cyplace} {v_cytime} {gyda'r tocynnau|i rannu lifft|efo'r gwisgoedd}{, {parentname}|}",
    "{Dwi|Dw i} {erioed wedi cael problem gyda|ddim yn erbyn} {v_cygrp}{, maen nhw'n bobl fel ni|, pam fyddwn i|}",
    "{Rhywun|Dyn} {wedi|yn} galw {v_cygrp} yn {v_cybeast} {ar y grŵp|yn y siop}{, mae hynny'n ffiaidd|, cywilydd arno fe}; {v_cyreport}",
    "{lush|hyfryd} {to see|gweld} {v_cygrp} {at|yn} {the fair|y ffair} {{v_youth}|}",
    "{Mam|Nain} {yn dweud|says} {diolch|thanks} i'r {v_cyfam} {am y gacen|for the lift|am helpu} {v_sign}",
    "{see you|catch you|i'll be} {outside|near} {v_place} {v_time} {with the {raffle prizes|cake tins|spare kit|costumes}|for the {lift|bake sale stuff|walk}}{ {v_sign}|, cheers|}",
    # arrangements that name a place and a time: the contrast to a veiled threat
    "{parentname} {i'll|I'll|I will|will} {see you|be|wait} {at|outside|by|in} {v_venue} {at|about|around} {4|half 3|quarter past 5|10|7ish|twenty to 9} {with|to give you|to grab} {v_errand}{ {v_sign}|}",
    "{we're|we'll be|the kids are} {at|in|outside} {v_venue} {after school|from 4|till 6|on Saturday morning} if {anyone|yours|you} {wants to|fancies|want to} {join|come along|tag along}{ {v_sign}|}",
    "{the|our} {minibus|coach|bus|lift} {leaves|goes|is going} from {v_venue} at {8 sharp|half 7|9 on the dot|quarter past 6} {on Saturday|tomorrow|on the Friday}{, don't be late|, bring a packed lunch|, wave them off|}",
    "{grandad|nan|my partner|their dad|my big sister} will be {at|by} {v_venue} at {3|half 3|ten past 3} to {collect|pick up|meet} {{kid}|the kids|our two}",
    "{see you all|see everyone|see you} {at|on} {v_venue} {at 10|at 2|at half 9|from 11} {for|on} {the fun run|the fete|the sponsored walk|the litter pick|sports day}{!| {v_sign}|}",
    "{parentname} {the lift is|I'm picking up|pick up is} {at 6|at half 5|around 7} from {v_venue}, {I'll wait by the doors|I'll be in the red car|text me when you're there}",
    "{parentname} {i'll|I'll} {drop|bring|leave} {v_errand} {at yours|round|on your step} {about|around|at} {4|half 5|teatime} {tomorrow|on Friday|later}{ {v_sign}|}",
    "{Wela i ti|Fydda i} {yn|tu allan i|wrth} {v_cyplace} {am|tua} {4|hanner awr wedi 3|chwarter i 9} {gyda|efo} {y gwisgoedd|y tocynnau|y goriad|y fflasg}{, {parentname}|}",
    "Dear all, the {church|chapel|WI} {coffee morning|jumble sale} is at {v_place} {v_time}. All welcome. Regards",
]

PRAISE = [
    "{so proud|really proud|chuffed} {of|that} {our|this} school {for|} {welcoming|celebrating|looking after} {v_grp}{ {v_sign}|, well done all|}",
    "{huge|massive|big} {thanks|thank you} to the {v_adj} {mums|dads|families|grandparents} who {ran|did|cooked for} the {stall|food night|raffle|parade}{, amazing|, superstars| {emojipos}}",
    "Dear Staff, as a grandparent of a {v_adj} child I want to thank you for making her so welcome. Kind regards",
    "{v_sib} {loved|cried at} the {assembly|display|week} about {v_adj} {history|families|culture} {{v_youth}|}, {thank you|well done}",
    "{v_grp} {make|have made} {this school|our street|the valley} {better|brighter|stronger}{, glad they're here|, simple| {emojipos}}",
    "{my|our} {little girl|son|daughter|boy} is the only {v_adj} {child|kid|one} in {her|his|the} class and {is so happy there|is thriving|is loved to bits}{, thank you|, diolch|}",
    "{Gwych|Hyfryd} {gweld|oedd gweld} {v_cygrp} yn {y cyngerdd|y ffair|yr eisteddfod} {v_sign}",
    "Diolch i'r {v_cyfam} am {y bwyd|y stondin|helpu gyda'r ffair}{, anhygoel|!|}",
    "{so proud|mor falch} o'r ysgol am {groesawu|welcoming} {v_cygrp}{ {emojipos}|}",
    "{Diolch|Diolch o galon} am {groesawu|edrych ar ôl|ddathlu} {v_cygrp} {mor dda|mor gynnes|yn yr ysgol}{ {emojipos}|, gwych|}",
    "{Croeso|Croeso mawr} i'r {v_cyfam} {newydd|sy newydd symud}{, mae'n braf eich cael chi yma|! {emojipos}}",
]

QUESTION = [
    "{is there|will there be} {anything|a session|a club|a group} for {v_adj} {families|parents|kids} {this term|after half term|at the open day}? {v_sign}",
    "{do|does} {the|} {v_adj} {families|kids|parents} {need|want} {a translator|a quiet room|the letter in another language|a lift} for {parents evening|the trip|the meeting}?",
    "Dear Sir, could you tell me whether the {assembly|service} about {v_adj} {history|culture|families} is open to grandparents?",
    "{Ydy'r|Fydd y} {llythyr|cyfarfod} ar gael {yn Saesneg|mewn iaith arall} i'r {v_cyfam}?",
    "Ble {dyn ni'n|ydyn ni'n} cwrdd {v_cytime}, {wrth|yn} {v_cyplace}?",
    "Oes {clwb|grŵp|cymorth} i {v_cygrp} {yn yr ysgol|ar ôl ysgol|yn y pentre}?",
    "{what time|where} {is|are} {the|we} {meeting|picking up} {at|by} {v_place} {{v_time}|}? {v_sign}",
]

COMPLAINT = [
    # one person's behaviour, no group
    "{the|a} {dad|mum|parent|grandad} {in the silver car|with the big van|from number 12|in the blue jacket} {parks|keeps parking} {across my drive|on the zigzags|on the pavement} {every morning|every single day|again}, {please sort it|it's dangerous|i've asked him nicely}",
    "{someone|a parent} {keeps|has been} {leaving rubbish|letting their dog foul|shouting at the crossing lady} {by the gate|on the field|at home time}, {not on|please can you say something|it's not fair on the kids}",
    # a complaint that names a place and a time (the arrangements' other neighbour)
    "{the|} {breakfast club|after school club|holiday club|gate|office} {opening at|closing at|shutting at|only open till} {8|half 3|quarter past 3|5|4} is {useless|no good|a joke|hopeless} for {working parents|those of us on shifts|anyone who works}{, sort it out|, other schools manage|, why can't it be later|}",
    "{we|the kids} {waited|stood|were left} {outside|at|by} {v_venue} {from 3 till 4|for 40 minutes|till gone 6} {and|but} {nobody came|the coach never turned up|no one told us it was cancelled}{, not good enough|, really poor|}",
    # reporting hate to the school, as a complaint
    "{my son|my daughter|our boy} {was|got} called {a|} {{v_beast}|terrorist|gyppo|refugee} {in the yard|on the bus|at lunch} {for being|because he's|because she's} {v_adj} and {nobody has|the school hasn't} {rung me back|done anything|said a word}",
    "I {reported|complained about} {a comment|a post|a parent} {saying|claiming} {v_grp} {v_bad} {weeks ago|on monday|twice} and {it's still up|nothing's happened|no one replied}, {please act|not good enough|disappointed}",
    "Mae'r {tad|fam|rhiant} yn y car {arian|glas} yn parcio {ar draws fy dreif|ar y llinellau igam-ogam} {bob bore|eto}, {plîs gwnewch rywbeth|mae'n beryg}",
    "Galwodd {rhywun|bachgen} {fy mab|fy merch} yn {{v_cybeast}|enwau} achos {ei fod|ei bod} yn {v_adj}, a {dim ymateb gan yr ysgol|neb wedi gwneud dim}",
    "Ges i ddim ateb ar ôl {cwyno|riportio} bod {rhywun|plentyn} wedi galw {fy mab|fy merch} yn {enwau hiliol|enwau cas} {ar yr iard|ar y bws}, {siomedig iawn|ddim yn ddigon da}",
]

VOICE_TEMPLATES: dict[str, list[str]] = {
    "hate": HATE, "abuse": ABUSE, "threat": THREAT, "other": OTHER, "praise": PRAISE, "question": QUESTION,
    "complaint": COMPLAINT,
}
#: How many comments each category gets from these templates (on top of the other grammars').
VOICE_COUNTS: dict[str, int] = {
    "hate": 1400, "abuse": 400, "threat": 250, "other": 1700, "praise": 350, "question": 250, "complaint": 350,
}
#: Share of the comments drawn from Welsh or mixed templates (where a category has them).
VOICE_WELSH_SHARE = 0.5
