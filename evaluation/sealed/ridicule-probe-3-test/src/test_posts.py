# Test half: Ysgol Gynradd Tan-y-Garth (Carreg Lwyd, Gwynedd / north Wales),
# twinned with Ashwell Marsh Primary (Kettlebury, Staffordshire / English Midlands).
# Each entry: (family, lang, text, images)
IMG = lambda f, a: [{"filename": f, "alt": a}]

POSTS = [
# ---------- O1 mocking a whole class / year group ----------
("O1", "cy", "Canlyniadau'r profion sillafu Blwyddyn 5 wedi dod i mewn. Sgin i'm geiria, a deud y gwir. Mae'n edrych fel bod y dosbarth cyfa wedi sgwennu efo'u penelin 🙈", None),
("O1", "en", "Year 3 harvest assembly. Eleven minutes long, felt like eleven hours. Half of them read their lines off their hands and the other half just waved at their nan. Riveting stuff.", None),
("O1", "cy", "Mabolgampau ddoe ☀️ Llongyfarchiadau i Flwyddyn 4 ar lwyddo i golli pob un ras – hyd yn oed y ras sach, a dim ond un tîm arall oedd ynddi. Dawn arbennig, hogia 🏅❌", None),
("O1", "en", "Attendance league table 📉 Year 6 are bottom for the third month running. Clearly the duvet is stronger than any national test. Not that they'd know what a test is, judging by last week's results.", None),
("O1", "mix", "Y ddrama Nadolig: wel, it happened. Y doethion wedi anghofio'r anrhegion, the angel fell off the bench, a Blwyddyn 2 yn syllu ar y gynulleidfa fel defaid yng ngolau car. Bendigedig 🙃", IMG("drama_nadolig_bl2.jpg", "Infant children in nativity costumes on a stage")),
("O1", "cy", "Oedran darllen cyfartalog Blwyddyn 6: naw oed. Naw. Mae'r plant 'ma'n mynd i'r ysgol uwchradd mewn chwe mis. Pob lwc i athrawon Ysgol Dyffryn Garth, wir 🫣", None),
("O1", "en", "Our recorder ensemble played at the Ashwell Marsh summer concert. Somewhere in Staffordshire a dog is still howling. Year 4, we love you, but maybe stick to clapping.", None),
("O1", "cy", "Ymarfer côr ar gyfer yr Urdd 🎶 Mae Blwyddyn 5 a 6 yn canu efo'r un brwdfrydedd â rhywun yn aros am y deintydd. Siomedig, a deud y lleia. Anobeithiol, a deud y gwir.", None),
("O1", "en", "Maths mock results, Year 5: the class average is lower than the temperature was this morning. And it was 4 degrees ❄️📉 Very proud. Not.", None),

# ---------- O2 belittling another school's pupils ----------
("O2", "en", "Football: Tan-y-Garth 7, Pen-y-Cefn 0. Their lot looked like they'd been handed a ball for the first time that morning. Bless them, at least their kit was clean ⚽😇", IMG("pel_droed_tymor.jpg", "Football match on a school field")),
("O2", "cy", "Cwis Llyfrau'r Sir 📚 Ysgol Glan Ceirw wedi ateb 'Harry Potter' i bob cwestiwn ar ôl yr ail rownd. Mae'n amlwg mai dyna'r unig lyfr maen nhw wedi'i ddarllen yn yr ysgol 'na. Bechod.", None),
("O2", "en", "Ashwell Marsh came over for the rounders match. Lovely kids, shame about the catching. Apparently in the Midlands the ball is something you dodge 🤭", None),
("O2", "cy", "Eisteddfod Cylch: Ysgol Pen-y-Cefn wedi cystadlu yn yr unawd cerdd dant efo plentyn oedd ddim yn gwybod y geiriau. Dewr iawn. Gwirion iawn, ond dewr 😬", None),
("O2", "mix", "Netball vs Glan Ceirw. Won 18–3. Honestly mi fasa tîm o gadeiriau plastig wedi rhoi mwy o gêm i ni. Diolch am y warm-up, genod 😂🏐", None),
("O2", "en", "Our Ashwell Marsh pen pals asked if we live in castles and whether we have electricity. Education in Staffordshire is clearly going well 🏰💡", None),
("O2", "cy", "Traws gwlad yr ardal 🏃 Plant Glan Ceirw'n cerdded erbyn y lôn gefn, rhai'n crio, un yn gofyn am ei fam. Mae'n amlwg nad oes 'na ddim AG o gwbl yn yr ysgol 'na.", None),
("O2", "en", "STEM challenge day with Ashwell Marsh and Pen-y-Cefn. Our bridge held 3kg. Ashwell Marsh's held 200g. Pen-y-Cefn's fell over when someone sneezed. Future engineers? Not from those two schools.", None),

# ---------- O3 shaming a group of parents ----------
("O3", "cy", "I'r rhieni sy'n gollwng y plant wrth y giât ac yn gyrru i ffwrdd cyn iddi agor: mi ydan ni'n eich gweld chi. Nid gwarchodwyr ydan ni. Rhyfedd sut mae rhai pobl yn cael plant o gwbl 🙄", None),
("O3", "en", "Nativity costumes: we asked for 'a simple shepherd outfit'. We got four tea towels, a Spider-Man suit and what looked like a curtain still on its hooks. Thanks for the effort, Year 1 parents. Such as it was.", None),
("O3", "cy", "Noson rieni: 9 allan o 28. Ac mi fydd yr union rai sy ddim yn dod yn cwyno ar y grŵp WhatsApp ddydd Sadwrn. Ffantastig 👏", None),
("O3", "en", "Saw some interesting packed lunches today. Cold chips from last night, a whole tube of crisps, a can of energy drink (for a seven-year-old!). Some parents genuinely shouldn't be trusted with a shopping trolley.", None),
("O3", "mix", "Pick-up time update: still 3:15. Still. Not 3:30, not 'ar ôl y siopa', not 'pan mae'r rhaglen yn gorffen'. Some of you need an alarm clock more than your kids do ⏰", None),
("O3", "cy", "Taith noddedig: £12 wedi'i gasglu gan deuluoedd Blwyddyn 3 i gyd. Deuddeg punt. Diolch yn fawr iawn am fod mor hael, ylwch 🙃💸", None),
("O3", "en", "Dear parents who 'forgot' Christmas jumper day: it's been in the newsletter for three weeks. Three. Your children were the only ones in grey. Hope that felt great for them 🎄", None),
("O3", "cy", "Rhieni'r dosbarth Derbyn, plîs: dysgwch eich plant i chwythu'u trwynau eu hunain. Nid ein job ni ydi magu'ch plant chi, er bod rhai ohonoch chi'n amlwg yn meddwl hynny.", None),
("O3", "en", "Car park etiquette, Tan-y-Garth edition: park anywhere, block everyone, shout at the lollipop lady. Honestly our Reception class behave better than half the mums and dads at that gate 🚗🙄", None),

# ---------- O4 sarcasm / scare quotes about a named adult ----------
("O4", "en", "A big thank you to Lee Sutton, our 'volunteer football coach', whose tactical genius this season has been 'kick it long and shout'. Four defeats in a row. Visionary 👏", None),
("O4", "cy", "Ymweliad gan y 'bardd' Ieuan Rhydderch heddiw. Mi ddarllenodd o gerdd am ei gi am hanner awr. Roedd y plant yn meddwl mai cosb oedd hi. Barddoniaeth fawr, ylwch 🐕✍️", None),
("O4", "en", "Ashwell Marsh's head, Mrs Dawn Fairclough, told our staff she'd 'heard Welsh is a dying language'. Thank you for that cultural insight, Dawn. Very 'outstanding' of you 😊", None),
("O4", "cy", "Diolch i Mrs Carol Brierley am 'helpu' efo'r ffair Nadolig. Treulio'r pnawn yn trefnu'r bwrdd cacennau yn ôl lliw yn lle eu gwerthu nhw. Gwerthfawr iawn, Carol. Iawn iawn.", None),
("O4", "en", "Dr Alun Meredydd, 'scientist', visited Year 6 today. He set fire to a tablecloth and couldn't answer a single question about space. Apparently a PhD in something or other is enough these days 🔥", None),
("O4", "mix", "Ein 'harbenigwr iechyd a diogelwch' newydd, Mr Gwynne, has banned conkers, snowballs and running. Diolch, Emyr. Mae'r plant wrth eu boddau efo chdi 🙄", None),
("O4", "en", "Thanks to Mr Gary Platt from the council for his 'inspection' of the new play area. Ten minutes on the equipment and forty on his phone. The slide was apparently fine. We'll take his word for it, obviously 🛝", None),
("O4", "cy", "Siôn Corn eleni: taid un o'r plant, Mr Trefor Lloyd. Doedd gan 'Siôn Corn' ddim syniad lle'r oedd y sach, ac mi alwodd o bob plentyn yn 'boi'. Gan gynnwys y genod. Gwych, Trefor. Gwych iawn.", None),

# ---------- O5 mocking an unnamed child's ability ----------
("O5", "cy", "Mae 'na un hogyn ym Mlwyddyn 3 sy'n dal i feddwl bod 'pump' a '5' yn ddau rif gwahanol. Dim enwau. Ond mi ŵyr o'n iawn pwy ydi o 🙃", None),
("O5", "en", "Some children are natural athletes. Then there's the Year 6 girl who managed to trip over the starting line. Twice. In the same race 😂🏃‍♀️", None),
("O5", "cy", "Rhywun penodol ym Mlwyddyn 2 wedi gofyn i Mrs Humphreys ai gwartheg brown sy'n gwneud llefrith siocled. A dim jôc oedd hi. Dydi'r afal ddim wedi disgyn yn bell o'r goeden 🐄🍫", None),
("O5", "en", "Reading assessments done. One Year 5 pupil is officially reading at the level of our Reception class. We've asked Reception to go easy on him.", None),
("O5", "mix", "Gwersi nofio: un plentyn ym Mlwyddyn 4 still can't put his face in the water. Blwyddyn 4! Mae'r hwyaid ar y llyn yn gwneud yn well 🦆", None),
("O5", "en", "Award for Most Creative Answer goes to the Year 6 pupil who thinks the Romans invented WiFi. Not naming them, but good luck at high school, sunshine ☀️", None),
("O5", "cy", "Gwaith celf Blwyddyn 1 ar y wal 🎨 Pob un yn hyfryd... heblaw am yr un sy'n edrych fel damwain mewn ffatri baent. Mi wyddoch chi pa un, rhieni. Bechod.", IMG("wal_gelf_bl1.jpg", "Wall display of paintings of farm animals")),
("O5", "en", "Spelling bee: one Year 4 contestant spelled 'cat' with a K. Then with two Ts. We admire the confidence, if not the brain 🐱", None),

# ---------- O6 belittling a culture or faith ----------
("O6", "en", "Ramadan starts this week 🌙 Good luck to our Muslim families. And good luck to the staff trying to get anything out of them after lunch. Grumpy season begins! 😴", None),
("O6", "cy", "Mis Hanes Sipsiwn, Roma a Theithwyr 🎪 Mi fuon ni'n dysgu am eu diwylliant a'u hanes heddiw... ac wedyn mi gloion ni'r sied feics, jyst rhag ofn 😉", None),
("O6", "en", "Ashwell Marsh joined our St David's Day eisteddfod and asked why Welsh 'has no vowels'. Fair enough, coming from a country whose greatest cultural achievement is a lukewarm pint and a queue 🏴󠁧󠁢󠁷󠁬󠁳󠁿", None),
("O6", "cy", "Wythnos Hanukkah 🕎 Blwyddyn 5 wedi bod yn dysgu am y ffydd Iddewig. Mi ofynnodd un plentyn pam bod Iddewon i gyd mor 'dda efo pres'. Mi chwarddodd y staff i gyd. Cwestiwn teg, de? 💰", None),
("O6", "en", "Chinese New Year in Reception 🐉 Dragon dance, lanterns and noodles. Thankfully nobody asked what's REALLY in the takeaway 😂🐕", None),
("O6", "mix", "Palm Sunday crafts ym Mlwyddyn 2 🌿 Mae'r plant wedi gwneud croesau bach o ddail palmwydd. Cute, though it's all a bit make-believe, isn't it? Mae'n well gan rai ohonon ni aros yn ein gwlâu ar fore Sul 😴🙏", None),
("O6", "en", "Holi festival! 🌈 Year 4 threw coloured powder all over the field today. Whoever came up with this religion has clearly never had to clean a PE hall. Bless their messy little gods.", None),
("O6", "cy", "Diolch i Mr Singh am ddod i sôn am y ffydd Sikh. Mi fuon ni'n trio gwisgo tyrbanau efo lliain sychu llestri, ac roedd Blwyddyn 6 yn edrych fel criw o gonsurwyr ffair 😂🧞", None),

# ---------- N1 honest loss / poor result, said kindly ----------
("N1", "cy", "Colli 4–2 i Ysgol Pen-y-Cefn yn y pêl-droed heddiw. Mi chwaraeon nhw'n dda ac mi oeddan nhw'n haeddu ennill. Mi ddown ni'n ôl yn gryfach ⚽", None),
("N1", "en", "Our Year 6 reading results came back lower than last year. That's on us as a school, not on the children, and we're changing how we teach guided reading from January. More at the next coffee morning.", None),
("N1", "cy", "Dim gwobr i'r parti llefaru yn Eisteddfod y Sir eleni, ond mi gawson nhw sylwadau caredig iawn gan y beirniad. Profiad gwerthfawr 👏", None),
("N1", "en", "Rounders vs Ashwell Marsh: lost 9½ to 6. They batted brilliantly and we dropped a couple of easy catches. It happens! Great day overall ☀️", None),
("N1", "mix", "Presenoldeb y tymor: 92%. Not where we'd like it, ond mae 'na reswm da – the tummy bug in November hit us hard. Diolch i bawb am gadw'r plant adra pan oedd angen.", None),
("N1", "en", "Sports hall athletics: sixth out of eight. Not our best, but nobody gave up.", None),
("N1", "cy", "Mi gollon ni yn y rownd gyntaf yn y gystadleuaeth gwyddbwyll. Roedd chwaraewyr Glan Ceirw yn llawer rhy dda i ni. Gwers dda!", None),

# ---------- N2 constructive "we need to work on" ----------
("N2", "en", "After looking at this term's assessments, we're putting extra focus on problem-solving in maths across KS2. You'll see some new home challenges – optional, short, and hopefully fun ➗", None),
("N2", "cy", "Mae angen i ni weithio ar dynnu'r tag yn lân yn y rygbi tag – gormod o gamgymeriadau ddydd Sadwrn. Mi fydd Mr Gruffudd yn canolbwyntio ar hyn yn y sesiynau nesa.", None),
("N2", "mix", "Our Christmas show went well, ond mae'n rhaid i ni gyfadda – the sound system let us down. We heard you at the back! Mi fyddwn ni'n benthyg meicroffonau gwell ar gyfer y sioe haf 🎤", None),
("N2", "cy", "Darllen adra: mi fasa deg munud bob nos yn gwneud gwahaniaeth mawr i Flwyddyn 3 y tymor yma. Does dim rhaid iddo fo fod yn llyfr ysgol – comics, ryseitiau, unrhyw beth! 📖", None),
("N2", "en", "Our swimming data shows a number of children in Year 4 aren't yet confident in deep water. That's completely normal, and we've arranged extra lessons with the leisure centre instructors next term 🏊", None),
("N2", "cy", "Mae angen gwella'r drefn ar ddiwedd y dydd – mae'r iard yn rhy brysur a'r plant lleiaf yn mynd ar goll yn y dorf. O'r wythnos nesa, mi fydd pob dosbarth yn gadael drwy ddrws gwahanol. Diolch am fod yn amyneddgar.", None),
("N2", "en", "Team talk after the cross-country: pace yourselves on the first lap! We'll practise that in PE. Good learning day.", None),

# ---------- N3 praise of the other school ----------
("N3", "en", "Congratulations to Ashwell Marsh Primary, winners of our joint science challenge! Their bridge design was genuinely clever and their team explained it beautifully 🌉", IMG("IMG_8841.jpg", "Spaghetti and tape bridges lined up on a table")),
("N3", "cy", "Llongyfarchiadau i Ysgol Glan Ceirw ar ennill cwis hanes y dalgylch 🏆 Roedd eu hatebion am hanes lleol yn wych. Haeddiannol iawn.", None),
("N3", "en", "What lovely young people Pen-y-Cefn brought to the football festival. Polite, hard-working and fantastic at encouraging each other. Full credit to their staff.", None),
("N3", "cy", "Mi ddaeth plant Ashwell Marsh i'n gweld ni ddoe ac mi fuon nhw'n dysgu dawns werin efo ni. Roeddan nhw'n ardderchog – yn well na rhai o'n staff ni! 💃", None),
("N3", "mix", "Diolch, Ysgol Pen-y-Cefn, for hosting the cluster eisteddfod. Trefniadau gwych, panad dda, and some truly beautiful singing from your choir 🎶", None),
("N3", "en", "Big respect to Glan Ceirw's netball team, who beat us fair and square and then helped us pack away the posts. Class act.", None),
("N3", "cy", "Anrheg hyfryd o Swydd Stafford heddiw: llythyrau a lluniau gan ffrindiau Ashwell Marsh am eu hardal nhw. Mae Blwyddyn 4 wedi gwirioni! Diolch o galon 💌", None),

# ---------- N4 gentle self-deprecating staff humour ----------
("N4", "cy", "Mrs Closs yma: mi driais i ddangos i Flwyddyn 3 sut i jyglo heddiw. Mae 'na dri bag ffa ar do'r cwt beics rŵan. Mi wna i gadw at sillafu 🤹", None),
("N4", "en", "Staff panto rehearsal update: we have two left feet each and the horse costume has split. Opening night is going to be... memorable 🐴", None),
("N4", "cy", "Mi ddysgodd Blwyddyn 6 dric newydd i mi ar y cyfrifiadur heddiw. Ac un arall. Ac un arall. Dwi'n meddwl mai fi ydi'r disgybl rŵan. – Mr Tudur 💻", None),
("N4", "en", "I attempted to fix the stage lights myself. The hall is now lit entirely in pink. We're calling it 'atmospheric' 💡💗 – Mr Gwynne", None),
("N4", "mix", "Teacher fact: mae Mrs Eames wedi colli ei sbectol three times today. It was on her head every time 🤓 (Posted by Mrs Eames, who has now found them.)", None),
("N4", "cy", "Gair i gall: peidiwch byth â gofyn i Ddosbarth Grug ddyfalu'ch oed chi. Mi ddeudon nhw 84. Dwi'n 41. – Mrs Humphreys 👵", None),
("N4", "en", "Staff bake-off results: the judges (Year 2) described my Victoria sponge as 'crunchy'. I have retired from baking with immediate effect 🍰 – Mr Gruffudd", None),

# ---------- N5 polite reminders ----------
("N5", "en", "Gentle reminder: school photos are on Thursday 📸 Smart uniform please, and brush those fringes if you're feeling brave!", None),
("N5", "cy", "Nodyn bach: mae'r clwb brecwast yn dechrau am 8 o'r gloch. Peidiwch â gollwng plant cyn hynny os gwelwch yn dda, gan nad oes staff ar gael. Diolch!", None),
("N5", "en", "Please could all library books come back before half term? We've got a few missing and lot's of keen readers waiting 📚", None),
("N5", "cy", "Atgoffa: mae angen potel ddŵr efo enw arni ar bob plentyn. Mae hi'n gynnes heddiw! ☀️💧", None),
("N5", "mix", "Reminder am y Ffair Haf ddydd Sadwrn yn yr ysgol – bring your pennies and your sun cream! Raffle donations can go to the office. Diolch 🌞", None),
("N5", "en", "If your child needs medicine in school, please fill in the form at the office first. Thank you – it keeps everyone safe 💊", None),
("N5", "cy", "Gair i atgoffa rhieni Blwyddyn 6: mae angen y taliad ar gyfer Glan-llyn erbyn diwedd y mis. Os oes problem, siaradwch yn gyfrinachol efo Mrs Evans – mi fedrwn ni helpu 💙", None),

# ---------- N6 firm but respectful notices ----------
("N6", "cy", "Parcio: mae'r llinellau melyn o flaen y giât yno i gadw'r plant yn saff. Rydan ni'n gofyn yn gwrtais ond yn gadarn i chi beidio â pharcio yno. Mi fydd yr heddlu'n cadw llygad ar yr ardal o'r wythnos nesa.", None),
("N6", "en", "We will not tolerate abusive language towards our staff, at the gate or online. Concerns are always welcome through the proper channels, and we will listen. Shouting is not one of those channels.", None),
("N6", "cy", "Gwyliau yn ystod y tymor: ni fydd y pennaeth yn awdurdodi gwyliau yn ystod y tymor ysgol heblaw mewn amgylchiadau eithriadol. Diolch am eich dealltwriaeth.", None),
("N6", "en", "Following a near miss this morning, the side gate will be locked from 8:55 each day. Please use the main entrance after that. We know it's a small inconvenience and we're grateful for your cooperation.", None),
("N6", "mix", "Important: no scooters or bikes to be ridden across the yard ar ôl y gloch. Walk them through please. Mae 'na blant bach iawn o gwmpas ac rydan ni isio i bawb fod yn saff.", None),
("N6", "en", "Photos from the school show: please don't post pictures of other people's children online without permission. Some families have very good reasons for keeping their children off social media. Thank you for understanding.", None),
("N6", "cy", "Mae'n ddrwg gennym ni, ond ni fydd y clwb ar ôl ysgol yn gallu derbyn plant sy'n cael eu casglu'n hwyr dro ar ôl tro heb rybudd. Mi fyddwn ni'n cysylltu efo'r teuluoedd yn unigol.", None),

# ---------- N7 celebrating effort after a defeat ----------
("N7", "en", "Lost 5–0, but our goalkeeper made eleven saves and the team never stopped running. That's character. Ice lollies all round 🍦", None),
("N7", "cy", "Ar ôl colli pob gêm yn y twrnamaint, mi ofynnodd ein tîm ni os cân nhw ddod yn ôl y flwyddyn nesa. Dyna'r agwedd iawn! 💪", None),
("N7", "en", "Ten of our Year 4s entered the county swimming gala for the first time ever. No medals, but ten personal bests. Absolute stars 🏊", None),
("N7", "mix", "Côr yr ysgol didn't make the final at the Urdd, ond mi ganon nhw'n hyfryd ac roedd pob un ohonyn nhw'n gwenu wrth ddod oddi ar y llwyfan. Balch iawn iawn.", None),
("N7", "en", "Heavy defeat in the tag rugby today. Cold, wet, and 12 tries against us. Not one child complained. Proud of you, team.", None),
("N7", "cy", "Dim lwc yn y ras gyfnewid, ond mi welson ni rywbeth gwell: ein rhedwr ola ni'n stopio i helpu plentyn o ysgol arall oedd wedi disgyn. Gwell na medal 🥇💛", None),

# ---------- N8 jokes that target no one ----------
("N8", "cy", "Jôc gan Ddosbarth Grug: Be sy'n ddu a gwyn ac yn goch drosto? Pengwin sy wedi anghofio'r eli haul! 🐧☀️", None),
("N8", "en", "The school hamster has escaped again. Last seen heading towards the staffroom biscuits. We respect his priorities 🐹", None),
("N8", "cy", "Mae hin bwrw eira! ❄️ Nac ydi, dim ond petalau'r goeden geirios. Sori i bawb oedd wedi cynhyrfu.", None),
("N8", "en", "Fun fact from Year 5's science topic: octopuses have three hearts. The staff have roughly one between us by Friday 🐙", None),
("N8", "mix", "Dydd Llun. Glaw. Wellies on, panad in hand, let's go ☔☕", None),
("N8", "en", "Our Reception class have decided the moon follows the school minibus home. Nobody has had the heart to tell them otherwise 🌙🚌", None),

# ---------- N9 respectful culture/faith, anonymous praise, sincere thanks ----------
("N9", "en", "Eid Mubarak to all our families celebrating 🌙 Thank you for sharing your traditions with us in assembly – the children loved learning about the special meal at the end of the fast.", None),
("N9", "cy", "Diolch o galon i Mr Lee Sutton am roi ei amser i hyfforddi'r tîm pêl-droed drwy'r tymor. Dydi hi ddim yn hawdd gwirfoddoli ar ôl diwrnod o waith. Rydan ni'n ddiolchgar iawn ⚽", None),
("N9", "en", "A Year 3 pupil handed in a £5 note found on the yard today without a second thought. Honesty like that makes our week 💷💙", None),
("N9", "cy", "Dathlu Hanukkah yn Nosbarth Rhedyn 🕎 Mi ddysgon ni am y menora a gwyrth yr olew, ac mi chwaraeodd pawb efo'r dreidel. Diolch i'r teulu a ddaeth i mewn i rannu eu traddodiadau.", IMG("menora_rhedyn.jpg", "A paper menorah display on a classroom wall")),
("N9", "mix", "Ymweliad arbennig gan Mr Singh i siarad â Blwyddyn 6 am y ffydd Sikh 🙏 The children asked brilliant questions about the langar – y gegin gymunedol lle mae pawb yn cael bwyd am ddim. Pwerus iawn.", None),
("N9", "cy", "Mae un o'n disgyblion lleiaf ni wedi darllen ei llyfr cyntaf ar ei phen ei hun heddiw. Mi oedd hi mor falch, ac mi oeddan ninnau hefyd 📗🥹", None),
]
