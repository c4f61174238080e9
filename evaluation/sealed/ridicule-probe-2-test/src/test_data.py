# Test set posts for Ysgol Gymraeg y Felin Wen (Welsh-medium).
# Each entry: (family, voice, lang, text). Families starting "O-" are offensive.

POSTS = [
# ---------------- O-perf
("O-perf", "pe", "cy", "Twrnamaint hoci Blwyddyn 5 heddiw. Ein tactegau: rhedeg o gwmpas yn sgrechian a tharo fferau ein gilydd. Heb sgorio, heb syniad 🏑🙈"),
("O-perf", "teacher", "cy", "Dawnsio gwerin Blwyddyn 4 yn Eisteddfod yr ysgol. Dwi wedi gweld mwy o rythm mewn peiriant golchi. Diolch byth nad oedd beirniaid yr Urdd yno."),
("O-perf", "phone", "en", "bl6 coding club tried to programme the robot to go in a straight line. it drove into the bin four times. future of tech in wales right here folks 🤖🗑️"),
("O-perf", "teacher", "mix", "Her Mathemateg y Sir: ein tîm ni ddaeth yn olaf o ddeuddeg. Last. Out of twelve. Some of them clearly thought it was a colouring competition."),
("O-perf", "phone", "cy", "bl2 wedi plannu hadau yn yr ardd ym mis mawrth. dim un wedi tyfu. sut mae hynny hyd yn oed yn bosib? talent arbennig 🌱"),
("O-perf", "pe", "cy", "Naid hir Blwyddyn 3: y naid orau oedd 1.2 metr. Mae fy nghi i'n neidio ymhellach na hynny i ddal pêl 🐶"),
("O-perf", "head", "en", "Cawl-making day with Year 4. The resulting soup has been described by our cook as 'technically food'. Not one to bottle, children."),
("O-perf", "teacher", "cy", "Cerdd dant Blwyddyn 6 yn yr Eisteddfod Gylch. Roedd y delyn mewn un cywair a'r plant mewn cywair hollol wahanol. Wel, am berfformiad 🙉"),
("O-perf", "pe", "en", "Cycling proficiency results are in. Let's just say our Year 6s are safer on foot. Much safer. Possibly safer staying in bed."),
("O-perf", "phone", "mix", "gwnïo gyda bl5 heddiw. more blood than cushions. dwi ddim yn siŵr pam roedden ni'n meddwl bod hyn yn syniad da, maen nhw'n hollol anobeithiol"),
("O-perf", "head", "cy", "Siom fawr gyda safon y gwaith cartref gan Flwyddyn 3 y tymor hwn. Os mai dyma'u gorau nhw, mae gennym ni broblem fawr."),
("O-perf", "pta", "en", "The Year 2 ukulele group played their first concert today. All four chords. Badly. The audience clapped, mostly from relief that it was over 🎸"),
("O-perf", "pe", "cy", "Cyfeiriannu gyda Blwyddyn 5 ar gae'r ysgol: collodd dau grŵp eu ffordd. Ar gae'r ysgol. Sy'n sgwâr. 🧭🙄"),
("O-perf", "phone", "en", "y3 class assembly on the water cycle. most of them forgot what rain is. in wales. honestly how 🌧️"),

# ---------------- O-other
("O-other", "pe", "cy", "Curo Maes y Wennol 5-0 yn y twrnamaint hoci. I fod yn deg, doedd eu chwaraewyr nhw ddim yn siŵr pa ben o'r ffon i'w ddal 😂"),
("O-other", "teacher", "mix", "Llongyfarchiadau i'n côr! Maes y Wennol came along too. Roedd hi'n amlwg pam mai ni sy'n ennill bob blwyddyn."),
("O-other", "head", "cy", "Croesawu plant Maes y Wennol i'n Heisteddfod ni. Braf oedd clywed ychydig o Gymraeg ganddyn nhw. Ychydig bach."),
("O-other", "phone", "en", "stem day with maes y wennol. their kids thought a magnet was a type of fridge. we'll send them a textbook 🧲"),
("O-other", "pe", "cy", "Roedd tîm athletau Ysgol y Garn mor araf heddiw, roedden ni'n meddwl mai ras gerdded oedd hi 🐢"),
("O-other", "head", "en", "Welcome to the pupils from the English-medium school across town for our Welsh day. Don't worry, we spoke slowly and used small words."),
("O-other", "pe", "mix", "Tournament day. Ysgol y Garn's team turned up in mismatched kit, no shin pads and one boot each. Oes rhywun wedi dweud wrthyn nhw beth yw cit? 🙄"),
("O-other", "phone", "cy", "plant maes y wennol yn ymweld heddiw. roedd eu hathrawon nhw'n edrych mor flinedig. dwi'n deall pam nawr 😬"),

# ---------------- O-parents
("O-parents", "office", "cy", "I'r rhieni sy'n dod i'r giât yn eu pyjamas bob bore: rydyn ni'n gweld y sliperi a'r gynau nos. Mae'r plant yn gallu gwisgo, pam na allwch chi?"),
("O-parents", "office", "en", "To the parents who think term time is the cheap holiday season: enjoy Tenerife. Your child's reading level certainly won't be joining you."),
("O-parents", "teacher", "cy", "Gwisg Gymreig ar gyfer Dydd Gŵyl Dewi: hyfryd gan y mwyafrif. Ambell un mewn crys rygbi o 2003 oedd yn drewi o'r garej. Ymdrech, bobl! 🏴"),
("O-parents", "pta", "mix", "Cyngerdd Nadolig: lovely evening, apart from the parents who filmed the entire thing on an iPad held above their heads. Some of us came to see the stage, not the back of your tablet. Hunanol."),
("O-parents", "phone", "en", "birthday party invites handed out in class again today by families who cant read a school letter. third time we've asked. maybe we'll draw pictures next time"),
("O-parents", "office", "cy", "Rhieni Dosbarth y Draenogod: rydyn ni wedi gofyn deirgwaith nawr am y llyfrau llyfrgell. Mae'n amlwg nad yw rhai ohonoch chi'n gallu darllen e-bost, heb sôn am lyfr."),
("O-parents", "head", "en", "Disappointing that some families still send children in wearing trainers rather than school shoes. I appreciate that for certain households, rules are optional."),
("O-parents", "pta", "cy", "Diolch i'r tri rhiant a ddaeth i gyfarfod y CRhA. Tri. Mae'r gweddill ohonoch chi'n rhy brysur i helpu, mae'n siŵr, ond byth yn rhy brysur i gwyno wrth y giât 🙃"),
("O-parents", "phone", "mix", "i'r criw 4x4 sy'n gyrru i fyny'r lôn bob bore fel petai'n drac rasio – you're not the only people with somewhere to be. maybe book a few driving lessons? 🚙"),
("O-parents", "pta", "en", "Shoebox appeal boxes are in! Thanks to most of you. To the family who sent a half-used bar of soap and a broken crayon, that's very... generous 🎁🙄"),

# ---------------- O-child
("O-child", "phone", "cy", "un o'r plant derbyn newydd yn dal i feddwl mai 'cath' yw pob anifail. pob un. ceffyl? cath. buwch? cath. athrylith 🐈"),
("O-child", "pe", "en", "Special award to our Year 4 shot-putter, who threw it backwards. Behind her. Towards the judges. Never again, sweetheart."),
("O-child", "teacher", "cy", "Gofynnais i blentyn ym Mlwyddyn 6 heddiw faint o goesau sydd gan bry cop. 'Dwy,' meddai. Un ar ddeg oed. Mae angen i fi orwedd i lawr."),
("O-child", "teacher", "mix", "Un o'n telynorion bach wedi chwarae'r darn cyfan yn y cywair anghywir yn yr eisteddfod. Bless. Maybe try the triangle next year, cariad."),
("O-child", "phone", "en", "kid in bl5 asked me how to spell 'ac' today. two letters. we've been in school six years 😂"),
("O-child", "pe", "cy", "Y bachgen o Flwyddyn 3 a syrthiodd dros ei ffon hoci ei hun dair gwaith mewn un gêm: dal ati, ond efallai mai gwyddbwyll yw dy gamp di."),
("O-child", "teacher", "en", "One of our Year 1 stars wrote the number 8 as two circles stacked on top of each other, then added a third circle 'for luck'. No maths prizes coming our way this year."),

# ---------------- O-adult
("O-adult", "office", "cy", "Diolch i'r 'ffotograffydd proffesiynol' a ddaeth i dynnu lluniau'r ysgol. Mae hanner y lluniau allan o ffocws ond, yn rhyfedd iawn, roedd yr anfoneb yn berffaith glir."),
("O-adult", "head", "en", "Thanks to the builder 'finishing' our new classroom. It was meant to be ready in September. It's March. I'm sure those long lunches at the café are all 'site meetings'."),
("O-adult", "pta", "mix", "Special thanks to our 'treasurer' for the lovely new car. Oh sorry, we mean the PTA minibus fund... sydd wedi diflannu 🤔"),
("O-adult", "phone", "cy", "diolch i'r 'gwirfoddolwr' o'r clwb ar ôl ysgol sy'n 'goruchwylio' y plant o'i gar, ar ei ffôn. gwaith caled iawn, amlwg 🙄"),
("O-adult", "head", "en", "I'd like to thank the council officer who 'inspected' our playground and 'lost' our report for four months. I'm sure the timing of his holiday was a coincidence."),
("O-adult", "pe", "cy", "Diolch i'r dyfarnwr 'niwtral' yn y gêm hoci heddiw. Ei ferch ei hun yn sgorio tair gôl, a phob penderfyniad yn mynd eu ffordd nhw. Cyd-ddigwyddiad llwyr, siŵr o fod 🤔"),

# ---------------- O-faith
("O-faith", "teacher", "cy", "Dydd Sant Padrig hapus! Mae'r staff i gyd wedi gwisgo'n wyrdd ac wedi dechrau yfed am 9am, fel mae'r Gwyddelod yn ei wneud 🍀🍺"),
("O-faith", "office", "mix", "Some of our Polish families still haven't picked up a word of Welsh after two years. Wel, o leiaf maen nhw'n dda am weithio ar y penwythnos, sbo."),
("O-faith", "phone", "en", "ash wednesday so a few kids came in with 'dirty' foreheads. sent two to wash before we realised 🙈 honestly who smears ash on their kids"),
("O-faith", "office", "cy", "Nodyn i'r teuluoedd sy'n 'methu' dod i'r gwasanaeth Nadolig am 'resymau crefyddol': mae'r plant eraill i gyd yn mwynhau. Chi sy'n colli allan."),
("O-faith", "pe", "en", "Gypsy, Roma and Traveller History Month. We've been told to celebrate it, so... lock up your bikes? 😬 Only joking. Sort of."),

# ================= CLEAN
# ---------------- C-loss
("C-loss", "pe", "cy", "Colli 4-1 i Faes y Wennol yn y twrnamaint hoci heddiw. Roedd ein gôl ni'n un o'r goreuon a welais i erioed, a wnaeth neb roi'r gorau iddi. Balch ohonoch chi! 🏑"),
("C-loss", "head", "cy", "Doedd ein canlyniadau yn yr asesiadau personol ar gyfer darllen ddim cystal eleni. Rydyn ni'n cymryd hyn o ddifrif, ac mae gennym gynllun clir. Byddwn yn ei rannu yn y noson rieni."),
("C-loss", "phone", "en", "our robot didnt make it past the first obstacle at the lego league. bl6 were gutted but they've already written a list of fixes. thats proper engineering that is 🤖"),
("C-loss", "teacher", "mix", "Dim gwobr i'r parti dawnsio gwerin yn yr Eisteddfod Sir y tro hwn. But the adjudicator's comments were glowing, and the smiles on that stage were worth every rehearsal."),
("C-loss", "pe", "cy", "Yr athletau sirol: dim medalau, ond curodd pedwar o'n hathletwyr eu hamser gorau erioed. Dyna'r fuddugoliaeth sy'n cyfri 💪"),
("C-loss", "teacher", "en", "Our tomatoes failed. All of them. Blight, according to Mr Lewis. Year 2 are now experts on plant diseases, so we're calling it a science win 🍅"),
("C-loss", "phone", "cy", "her mathemateg y sir heddiw. daethon ni'n olaf ond roedd y tîm yn chwerthin yr holl ffordd adref ac maen nhw eisiau cystadlu eto'r flwyddyn nesa. dyna'r ysbryd 🧮"),
("C-loss", "head", "en", "Our Year 5 playground buddies scheme had a rocky start, with more squabbles than friendships in week one. We've retrained, listened to the children, and week three has been much calmer. Thank you for your patience."),
("C-loss", "teacher", "cy", "Ar ôl wythnosau o ymarfer, chafodd y gerddorfa ddim lle yn yr Urdd eleni. Ond mae'r plant wedi dysgu cymaint. Ymlaen i'r flwyddyn nesaf! 🎻"),
("C-loss", "pe", "mix", "Cyfeiriannu: we got properly lost in the woods on last week's residential (gyda'r hyfforddwyr, peidiwch â phoeni!). Learned more about maps in one afternoon than in a whole term."),
("C-loss", "office", "en", "Our shoebox appeal collected 41 boxes this year, a bit down on last year. We know times are hard for many families. Every single box will make a child smile. Diolch."),

# ---------------- C-rival
("C-rival", "teacher", "cy", "Llongyfarchiadau i Ysgol Maes y Wennol ar ennill y darian hoci! Roedden nhw'n haeddu ennill. Diolch am gêm wych 🤝"),
("C-rival", "pe", "mix", "Hockey rematch v Maes y Wennol next month 😏 Maen nhw wedi ein curo ni ddwywaith... but we've been practising. Friendly warning, ffrindiau!"),
("C-rival", "head", "en", "Huge congratulations to Ysgol y Garn's choir on their first prize at the Urdd. That was a beautiful performance — our Year 6 singers were in awe."),
("C-rival", "phone", "cy", "diolch i ysgol y garn am y croeso heddiw yn y twrnamaint pêl-osgoi. maen nhw'n dîm cryf iawn ac yn ffrindiau da. tan y tro nesa 👋"),
("C-rival", "head", "cy", "Braf oedd croesawu staff a disgyblion Maes y Wennol ar gyfer ein diwrnod STEM ar y cyd. Mae gweithio gyda'n gilydd yn gwneud y ddwy ysgol yn gryfach."),
("C-rival", "pe", "en", "Ysgol y Garn absolutely flew in the relay today — that anchor leg was something special. Well run! We'll be chasing you next summer 🏃"),
("C-rival", "teacher", "mix", "Darllen Dros Gymru: Maes y Wennol first, us second by two points. Da iawn chi! Our team has demanded a rematch and more reading time."),
("C-rival", "pe", "cy", "Gêm gyfartal 1-1 yn erbyn Ysgol y Garn. Gêm lân, gêm deg, a llawer o wenu. Dyna hoci ar ei orau 🏑"),
("C-rival", "phone", "en", "maes y wennol beat us at the lego league but came over to look at our robot and gave the kids loads of tips. what a lovely bunch 💙"),

# ---------------- C-self
("C-self", "pe", "cy", "Her sgipio'r staff yn erbyn Blwyddyn 5. Llwyddais i sgipio 9 gwaith cyn baglu. Enillodd Blwyddyn 5 o tua 400. Dwi'n mynd i orwedd i lawr nawr 😵"),
("C-self", "head", "en", "I have been informed by Year 3 that my cawl is 'quite nice, but not as nice as my nan's'. Feedback accepted. I shall reflect on my practice."),
("C-self", "phone", "cy", "ceisiais chwarae'r delyn i ddangos i'r plant. roedd y plant yn ddigon caredig i beidio chwerthin... am tua deg eiliad 🙈"),
("C-self", "office", "mix", "Confession: dwi wedi argraffu 200 copi o'r llythyr trip gyda'r dyddiad anghywir. The correct date is on the website. Ymddiheuriadau, pawb! – Mrs James"),
("C-self", "pe", "en", "Tried the long jump to show technique. Landed in the sand face first. Year 3 scored me a generous 2 out of 10. Harsh but fair."),
("C-self", "head", "cy", "Rhybudd teg: bydd y Pennaeth yn y panto eleni, fel y Dame. Does gen i ddim talent. Mae gen i ffrog. Dyna'r cwbl 💃"),
("C-self", "pta", "en", "PTA committee meeting update: we spent twenty minutes trying to work the projector before realising it wasn't plugged in. We are very qualified people."),
("C-self", "teacher", "cy", "Ceisiais esbonio codio i Flwyddyn 6. Erbyn diwedd y wers, nhw oedd yn ei esbonio i fi. Diolch, blant, mae gen i lawer i'w ddysgu 😅"),
("C-self", "phone", "en", "sewing day. i sewed my own sleeve to the cushion. bl5 unpicked me. humbling experience 🪡"),

# ---------------- C-remind
("C-remind", "office", "cy", "Nodyn atgoffa: dim parcio ar y lôn gul o flaen yr ysgol rhwng 8.30 a 9.00. Mae'r bws yn methu pasio ac mae'n beryglus i'r plant. Diolch am eich cydweithrediad."),
("C-remind", "head", "en", "We've noticed more term-time holidays this year. We understand the cost of travel, but every day of learning matters. Please speak to me before booking — I'm always happy to talk."),
("C-remind", "pe", "mix", "Diwrnod chwaraeon: please stay behind the rope on the field so the children have room to run. Diolch am eich amynedd – bydd digon o gyfle i dynnu lluniau o'r tu ôl i'r rhaff."),
("C-remind", "phone", "cy", "atgoffa bach – mae angen esgidiau glaw ar gyfer yr ardd ddydd iau. bydd hi'n fwdlyd! diolch 🥾"),
("C-remind", "office", "en", "Please bring library books back by Friday. If a book has been lost, just let us know — we'd much rather know than keep sending reminders."),
("C-remind", "head", "cy", "Annwyl rieni, gofynnwn yn garedig i chi beidio â rhannu gwahoddiadau partïon pen-blwydd yn y dosbarth oni bai bod pawb yn cael un. Mae'n gallu bod yn anodd i rai plant."),
("C-remind", "pta", "en", "Gentle reminder: the PTA meeting is open to everyone, and you don't need to volunteer for anything to come along. Tea, biscuits, no pressure 😊"),
("C-remind", "office", "cy", "Esgidiau ysgol os gwelwch yn dda, nid trenyrs, ar wahân i ddyddiau AG. Os yw prynu esgidiau newydd yn anodd, mae gennym ni gynllun ailgylchu gwisg ysgol — cysylltwch â ni'n gyfrinachol."),
("C-remind", "office", "mix", "Coats: it's getting colder, so please send a named coat every day. Os oes angen cot ar eich plentyn, mae gennym ni rai sbâr yn y swyddfa, dim cwestiynau."),
("C-remind", "teacher", "en", "Please keep children off the climbing frame before and after school when staff aren't supervising. We've had a couple of bumps this week."),
("C-remind", "head", "cy", "Diolch am fod yn amyneddgar wrth y giât bore 'ma. Mae'r system newydd yn araf ar hyn o bryd, ond bydd yn gyflymach unwaith y bydd pawb wedi arfer â hi."),

# ---------------- C-improve
("C-improve", "head", "cy", "Mae sgoriau darllen Cymraeg Blwyddyn 3 wedi codi'n aruthrol ers mis Medi. Diolch i'r teuluoedd sy'n darllen gyda'u plant bob nos. Mae'n gweithio!"),
("C-improve", "pe", "en", "In September only six of our Year 4s could hit the hockey ball past the halfway line. Today, the whole class did it. Proper progress 🏑"),
("C-improve", "phone", "cy", "y parti dawnsio gwerin ym mis medi: traed ym mhobman. heddiw: perffaith, bron. mor falch o bl4 🥹"),
("C-improve", "teacher", "mix", "Our Year 6 coders went from 'what's a loop?' to building their own game in one term. Anhygoel. Come and play it at the open evening!"),
("C-improve", "office", "cy", "Mae nifer y llyfrau sy'n cael eu benthyg o'r llyfrgell wedi dyblu y tymor hwn. Diolch, deuluoedd, am annog y darllen!"),
("C-improve", "teacher", "en", "Our garden club's first potatoes! Last year we grew precisely one. This year, a whole wheelbarrow 🥔 Da iawn, Year 2."),
("C-improve", "pe", "cy", "Y llynedd, roedd ein tîm athletau'n olaf yn y ras gyfnewid. Eleni, roedden nhw'n drydydd! Mae'r gwaith caled bob amser chwarae wedi talu ffordd 🏃‍♀️"),
("C-improve", "phone", "mix", "bl1 writing: cymharwch fis medi a heddiw. full sentences, capital letters, full stops, hyd yn oed ambell ebychnod! so proud 📝"),
("C-improve", "head", "en", "Our most recent survey shows that 92% of pupils feel safe and happy in school, up from 81% two years ago. Thank you to everyone who has made that happen."),

# ---------------- C-light
("C-light", "office", "cy", "Mae hi'n stormus! Mae'r gwynt wedi mynd â hanner y baneri o'r iard. Os gwelwch chi faner las yn hedfan dros Gwmgwenith, ein un ni yw hi 🌬️"),
("C-light", "phone", "en", "the staffroom kettle has died. we held a short service. mr lewis said a few words 🫖"),
("C-light", "pe", "cy", "Roedd hi mor boeth heddiw nes bod y conau ar y cae yn toddi. (Doedden nhw ddim. Ond roedd e'n teimlo felly.) Dŵr ac eli haul yfory, plîs ☀️"),
("C-light", "head", "mix", "The staff room has a new rule: pwy bynnag sy'n gorffen y llaeth sy'n prynu'r llaeth. Tensions are high. Peace talks continue."),
("C-light", "office", "cy", "Niwl trwchus bore 'ma! Bues i'n chwilio am fy nghar fy hun yn y maes parcio am bum munud. Gyrrwch yn ofalus, bawb 🌫️"),
("C-light", "office", "en", "Snow day decision will be posted here by 7am. Please don't ring the office at 6.15 to ask. I'll be in my dressing gown looking at the sky like everyone else ❄️"),
("C-light", "phone", "cy", "mae rhywun wedi bwyta fy iogwrt o'r oergell staff. eto. mae gen i amheuon. mae gen i restr. 🕵️"),

# ---------------- C-faith
("C-faith", "head", "cy", "Shana Tova i'n teuluoedd Iddewig sy'n dathlu'r Flwyddyn Newydd yr wythnos hon. Blwyddyn felys i chi i gyd 🍎🍯"),
("C-faith", "teacher", "mix", "Diolch i'r teulu o Wlad Pwyl a ddaeth i ddysgu Blwyddyn 4 am draddodiadau Nadolig Pwylaidd. The children loved the opłatek and the story of the empty chair kept for a stranger."),
("C-faith", "phone", "mix", "learning about diwali in bl2 today. made rangoli patterns with coloured rice on the yard, they were gorgeous. diolch to the parent who came in to help 🪔"),
("C-faith", "head", "cy", "Dydd Gŵyl Dewi hapus i bawb! A diolch i'n teuluoedd o bob cwr o'r byd am ymuno yn y dathlu. Mae'n hyfryd clywed cymaint o ieithoedd wrth y giât 🏴"),
]
