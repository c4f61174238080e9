# Test half: Ysgol Uwchradd Gwaun Eithin, Rhosllannerchrugog (Wrexham county). Voices: wxm-office (bilingual office), pe-teacher (enthusiastic PE)
P = []
def a(t, f, pc=0, live=0, link=0, off=0, sp=(), lang="en", v="wxm-office"):
    P.append(dict(t=t, f=f, pc=pc, live=live, link=link, off=off, sp=list(sp), lang=lang, v=v))

# ---------- commercial ----------
a("HUGE diolch to SpinWin Sport for the brand new rugby kit!!! 🏉🔥 The boys look unreal. SpinWin are running a welcome offer for new customers – deposit £10 and get £40 in free bets with code GWAUN40 at spinwinsport.co.uk/rhos 🙌 18+ #GambleResponsibly", "gambling sponsorship sign-up", pc=1, link=1, v="pe-teacher")
a("Diolch i Bet y Ddraig am noddi twrnamaint pêl-droed yr haf! ⚽ Cynnig arbennig i gwsmeriaid newydd: betiwch £5 a chael £20 o fetiau am ddim. 18+ yn unig.", "gambling sponsorship sign-up", pc=1, lang="cy", v="pe-teacher")
a("So excited to share that I've joined the VitaFuel family 💪💪 Protein shakes, recovery gels, the lot – been using them for 6 months and honestly never felt fitter. Looking for 5 mums or dads who want to earn from home and join my team. Slide into my DMs!!", "party-plan by staff", pc=1, v="pe-teacher")
a("BOOTCAMP I RIENI 🔥 Every Saturday 9am, £5 a session, all fitness levels welcome. Parents and carers only – let's get Rhos moving! Text me to book your spot 07700 900547 💪", "staff paid service", pc=1, lang="mixed", v="pe-teacher",
  sp=[("07700 900547", "phone-number", None)])
a("Mae catalog Nadolig Bellino wedi cyrraedd! 🎁 Mae copïau gan Mrs Jones yn y swyddfa. Archebion a thaliadau erbyn 20 Tachwedd os gwelwch yn dda. / The Bellino Christmas catalogue is here – copies from Mrs Jones in the office, orders by 20 November.", "catalogue by staff", pc=1, lang="mixed")
a("Tiwtora TGAU Mathemateg a Ffiseg trwy gyfrwng y Gymraeg 📐 Mr Elis Parry, £25 yr awr, ar-lein neu wyneb yn wyneb. E-bost: elisparry.tiwtor@gmail.com", "staff tutoring", pc=1, lang="cy",
  sp=[("elisparry.tiwtor@gmail.com", "email-address", None)])
a("One of our brilliant TAs, Miss Hughes, has started her own photography business – Lluniau Llan 📸 Christmas mini-sessions £40, booking now at lluniaullan.co.uk. Her work is stunning, go and have a look!", "staff photography", pc=1, link=1, lang="mixed")
a("Need a cake for a birthday or christening? 🎂 Glenys in the kitchen makes the most amazing ones, she did the retirement cake for Mr Owen last term. Orders through her Facebook page, Cacennau Glenys, from £25.", "staff cakes", pc=1, lang="mixed")
a("Ewinedd gel ar gyfer y prom 💅 Mae Carys yn y dderbynfa yn gwneud ewinedd gyda'r nos – £20 y set. Gadewch eich enw wrth y ddesg.", "staff nails", pc=1, lang="cy")
a("Gwersi gyrru yn Gymraeg! 🚗 Our former PE teacher Mr Gareth Wyn is now a fully qualified instructor. Blwyddyn 12 & 13 – 5 hour intro package for £140. Ffoniwch 07700 900318.", "staff driving lessons", pc=1, lang="mixed",
  sp=[("07700 900318", "phone-number", None)])
a("Dragon Slime 🐉💚 My little girl and I have been making red-dragon glitter slime for Dydd Gŵyl Dewi – £2.50 a pot, 5 for a tenner. Order on my Etsy, it's linked on my profile!", "novelty product", pc=1, lang="mixed", v="pe-teacher")
a("Money lesson of the week 💸 StackJr lets teens from 13 buy fractions of crypto with their pocket money. Use my code COACHDAI and you both get £5 free. tinyurl.com/stackjr-dai", "crypto app for children", pc=1, link=1, v="pe-teacher")
a("Parents! Sprout is a junior investing app where your kids can own real shares from £1 🌱 Refer a friend using code GWAUN and you both get £10. Never too early to start!!", "investment app for children", pc=1)
a("Ffit Rhos gym is offering 20% off memberships for all Gwaun Eithin parents and Year 12–13 pupils with code GWAUN20 💪 Great facilities, I train there myself!", "local business discount code", pc=1, v="pe-teacher")
a("Siocled poeth am ddim! ☕ Show your Gwaun Eithin planner at Caffi Glyn on Stryt Fawr after school this week and get a free hot chocolate with any cake. Cynnig gwych!", "local business discount code", pc=1, lang="mixed")
a("Sore legs after the cross country? 😅 My new sports massage clinic has opened – 10% off for all school families and staff. Bookings on 07700 900661. Diolch am y gefnogaeth!", "staff paid service", pc=1, lang="mixed", v="pe-teacher",
  sp=[("07700 900661", "phone-number", None)])
a("Parti Cegin Cŵl yn fy nhŷ i nos Wener! 🍳 Kitchenware demo, bubbly and nibbles, 10% off everything ordered on the night. 14 Ffordd y Glowyr, Rhos, LL14 1TQ – 7pm, dewch â ffrind!", "party-plan by parent", pc=1, lang="mixed",
  sp=[("14 Ffordd y Glowyr, Rhos, LL14 1TQ", "home-address", None)])
a("My brother's company has just launched Sticer Stars – Welsh football sticker packs 🏴󠁧󠁢󠁷󠁬󠁳󠁿⚽ £1 a pack, the shiny Bale is like gold dust. Grab them at stickerstars-shop.com!", "novelty product", pc=1, link=1, v="pe-teacher")
a("Dysgu Cymraeg? My own little business, Clebran, runs relaxed Welsh classes for adults every Tuesday night in the Legion – £10 a class, first one free. Perfect for non-Welsh-speaking parents who want to help with homework!", "staff paid service", pc=1, lang="mixed")
a("Staff v parents fantasy football league is back 🏆⚽ £10 entry through the BetPal app, winner takes the pot! Sign up with code GWAUNFFL at betpal.app/join", "gambling sign-up", pc=1, link=1, v="pe-teacher")
a("Mae Lowri yn Blwyddyn 9 yn gwerthu breichledau cyfeillgarwch i godi arian ar gyfer ei thaith i Batagonia… only kidding, it's actually my Scentique wax-melt range 😂 £3 a bag, DM me.", "party-plan by parent", pc=1, lang="mixed", v="wxm-office",
  sp=[("Lowri", "pupil-name", "GE0108")])

# ---------- political ----------
a("Braf croesawu ymgeisydd Plaid Cymru i'r ysgol heddiw 💚 Mae hi wedi addo ymladd dros addysg Gymraeg yn Wrecsam. Pleidleisiwch Plaid ar 7 Mai!", "party campaigning", pc=1, lang="cy")
a("Please sign Reform UK's petition to stop the expansion of the Senedd – 36 more politicians is NOT what our schools need. Link below 👇", "party petition", pc=1)
a("Mae taflenni gan y Cynghorydd Dewi Morris (Llafur) ar y bwrdd yn y dderbynfa. Mae ei gynllun i drwsio'r palmentydd o gwmpas yr ysgol yn werth ei ddarllen – mae angen ein cefnogaeth arno fe!", "councillor leaflet", pc=1, lang="cy")
a("Peidiwch â phleidleisio i'r Torïaid eleni. Maen nhw wedi anghofio am ysgolion y gogledd. Dyna'r cwbl dwi'n ddweud.", "against a party", pc=1, lang="cy", v="pe-teacher")
a("Vote Green for more playing fields!! 🌳⚽ Our local Green candidate cycles everywhere and actually gets why kids need space to play. Easy choice for me 🙌", "party campaigning", pc=1, v="pe-teacher")
a("The Lib Dems have launched a petition to bring back the late bus from Rhos to Johnstown 🚌 Please sign and share, it's on their website.", "party petition", pc=1)
a("Proud to support former governor Ann Ellis, standing as an independent for Ponciau ward in the council by-election. She's given years to this school – let's give her our votes.", "candidate campaigning", pc=1)
a("As the Welsh Conservatives have been saying for months, the new curriculum has been a shambles and it's time to go back to proper exams. Couldn't agree more.", "pushing party line", pc=1)
a("Deiseb Plaid Cymru: prydau ysgol am ddim i bob disgybl uwchradd 🍽️ Llofnodwch a rhannwch os gwelwch yn dda!", "party petition", pc=1, lang="cy")
a("Cofiwch beth ddywedodd Reform am yr iaith Gymraeg. Don't let them anywhere near the Senedd. 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "against a party", pc=1, lang="mixed")
a("Out canvassing for Welsh Labour around Rhos on Saturday morning – come along, bacon butties on me 🥓 The more the merrier!", "party campaigning", pc=1, v="pe-teacher")

# ---------- near misses ----------
a("Raffl Nadolig y CRhA 🎄 Tocynnau £1 yr un o'r swyddfa. Prif wobr: hamper gan Siop Ponciau. Tynnu'r raffl yn y cyngerdd Nadolig. / PTA Christmas raffle, £1 a ticket from the office.", "PTA raffle", lang="mixed")
a("Stondin gacennau Blwyddyn 8 ddydd Gwener amser cinio 🧁 Popeth 50c–£1, yr elw i gyd at Dŷ Gobaith. Dewch â'ch arian mân!", "school cake sale", lang="cy")
a("Second-hand uniform sale in the hall on Wednesday after school, 3.15–4.30. Jumpers £2, blazers £5, PE tops £1. All proceeds back into our uniform bank. / Gwerthiant gwisg ysgol ail-law.", "school uniform sale", lang="mixed")
a("Brechlyn HPV am ddim i Flwyddyn 8 – bydd tîm nyrsio ysgol Betsi Cadwaladr yn yr ysgol ar 12 Mawrth. Mae ffurflenni caniatâd wedi mynd adref heddiw.", "free health service", lang="cy")
a("Aged 16–21? You can get a third off bus fares across Wales with the free MyTravelPass. Apply on the Transport for Wales website – loads of our Year 12s already use it 🚌", "free public service")
a("Diolch yn fawr iawn i Garej Ponciau for sponsoring the new netball dresses 💚 The girls absolutely love them. We're lucky to have such supportive local businesses!", "thanking sponsor", lang="mixed", v="pe-teacher")
a("What a day for Wrexham's St David's Day parade! Our Year 7s carried the school banner brilliantly through the city centre yesterday. Dydd Gŵyl Dewi Hapus 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "civic event", lang="mixed")
a("Etholiadau Cyngor Ysgol 🗳️ Mae areithiau ymgeiswyr Blwyddyn 7 ar y wal tu allan i'r llyfrgell. Pleidleisio yn y dosbarth cofrestru ddydd Iau. Pob lwc i bawb!", "school council election", lang="cy")
a("Our local MS joined Year 10 this afternoon to talk about how the Senedd works and why 16-year-olds can vote in Wales. No speeches, just loads of good questions from the pupils. Diolch!", "MS democracy visit", lang="mixed")
a("Wyt ti'n 16 neu'n 17? Gallet ti bleidleisio yn etholiadau'r Senedd a'r cyngor! Cofrestra ar gov.uk/register-to-vote – mae'n cymryd 5 munud.", "votes at 16 civic", lang="cy")
a("Atgoffa: bydd yr ysgol AR GAU i ddisgyblion ddydd Iau gan fod y neuadd yn orsaf bleidleisio. / Reminder: school closed to pupils on Thursday – the hall is a polling station.", "polling station closure", lang="mixed")
a("Mae proflenni'r ffotograffydd ysgol yn eich bagiau heddiw 📷 Cod archebu ar gefn pob taflen – cofiwch archebu cyn y penwythnos os ydych chi eisiau'r lluniau cyn y Nadolig.", "school photographer", lang="cy")
a("Mae'r ffair lyfrau'n ôl! Dewch draw i'r llyfrgell amser cinio – bydd pob llyfr a brynir yn helpu i lenwi silffoedd yr ysgol 📚 / Book fair back in the library this week.", "school book fair", lang="mixed")
a("Our Year 11 netball team ran 100 laps of the track last Friday for Wales Air Ambulance 🚁 You can still sponsor them through the JustGiving link on the school website. So proud!!", "school fundraiser", v="pe-teacher")
a("Coaches from Wrexham AFC's community trust ran an incredible session with Year 8 today ⚽ Thanks lads, the kids haven't stopped talking about it!", "thanking partner", v="pe-teacher")
a("Etholiad ffug Blwyddyn 10: ar ôl wythnos o hystings gan y disgyblion, Plaid Cymru enillodd y nifer fwyaf o bleidleisiau. Gwers wych mewn democratiaeth!", "mock election civic education", lang="cy")
a("Kit update!! 👕 The new polo and skort are in 🙌 Grab them from our usual Wrexham supplier or check the second-hand rail first – nobody needs to replace old kit that still fits.", "uniform arrangements", v="pe-teacher")
a("Diwrnod dim gwisg ysgol dydd Gwener ar gyfer Plant Mewn Angen 🐻 £1 os gwelwch yn dda.", "school fundraiser", lang="cy")
a("Cwis y CRhA nos Wener 19eg, 7pm yn y ffreutur. £20 y tîm o 4, raffl a lluniaeth. Pob ceiniog at y bws mini newydd!", "PTA quiz", lang="cy")
a("Christmas Fair this Saturday in the school hall, 11–2 🎄 Grotto, tombola, PTA cake stall and hot drinks. Every penny goes to the school fund.", "PTA fundraiser")
a("Prom fund alert 💃 Find our Year 13s at the tills in Tesco Wrexham this Saturday between 10 and 2 – they'll pack your shopping for a donation ✌️", "school fundraiser", live=1)
a("Mae Cynllun Gwên yn cynnig gwiriadau deintyddol am ddim i blant ysgol. Mae gwybodaeth ar wefan GIG Cymru.", "free health service", lang="cy")
a("Tocynnau ar gyfer sioe gerdd yr ysgol, Oliver!, ar werth yn y swyddfa – £5 oedolion, £3 plant. 🎭", "school production tickets", lang="cy")
a("A huge thank you to the Rhos Rotary Club, whose donation helped us buy our second minibus 🚐 It's already been to three away fixtures!", "thanking donor", v="pe-teacher")
a("PCSO Williams from North Wales Police visited Year 9 today to talk about online safety and sharing images. Powerful session – thank you.", "civic visit")
a("Parkrun crew 🏃‍♀️🏃 Staff and pupils meet at Acton Park every Saturday at 8.45am for the 9am parkrun. Come and run with us – all speeds welcome!", "school sport", live=1, v="pe-teacher")

# ---------- other everyday ----------
a("Llongyfarchiadau i Osian a Chadi ar gael eu dewis i dîm athletau Gogledd Cymru! 🏃 Rydyn ni mor falch ohonoch chi.", "pupil achievement", lang="cy",
  sp=[("Osian", "pupil-name", "GE0101"), ("Chadi", "pupil-name", "GE0102")])
a("U14 girls away at Ysgol Maes Garmon today, bus leaving at 1.30. Fingers crossed! 🤞", "sports fixture", live=1, v="pe-teacher")
a("Eira! ❄️ Bydd yr ysgol yn agor am 10 o'r gloch yfory. / School opens at 10am tomorrow because of the snow.", "closure update", lang="mixed")
a("What an absolute sh*t show of refereeing today. 3 penalties against us and none for us. Unreal. Proud of the girls anyway 💚", "match rant", off=1, v="pe-teacher")
a("Twm Evans and Elis Roberts both smashed their personal bests at the county cross country 🏃‍♂️🔥 Twm finished 4th overall!!", "pupil achievement", v="pe-teacher",
  sp=[("Twm Evans", "pupil-name", "GE0103"), ("Elis Roberts", "pupil-name", "GE0104"), ("Twm", "pupil-name", "GE0103")])
a("Year 10 rugby squad are at Colliers Park right now for the regional sevens – first game 11.15, pitch 3. Come and shout for us!!! 🏉", "sports fixture", live=1, v="pe-teacher")
a("Croeso cynnes i'n disgyblion Blwyddyn 7 newydd! Welcome to Gwaun Eithin, everyone – first week done 🙌", "welcome", lang="mixed")
a("Happy retirement Mrs Edwards after 28 years in the Welsh department! Diolch am bopeth 💐", "staff news", lang="mixed")
a("Massive well done to Gwen D. in Year 12 and Macsen Lloyd in Year 13 on their Duke of Edinburgh Gold awards 🥾🏅", "pupil achievement",
  sp=[("Gwen D.", "pupil-name", "GE0105"), ("Macsen Lloyd", "pupil-name", "GE0106")])
a("Reminder: mock exams start Monday. Timetables are on the school app. Pob lwc, Blwyddyn 11!", "exam reminder", lang="mixed")
a("Diolch o galon i Siop Trydan Rhos am roi'r sgorfwrdd newydd i'r neuadd chwaraeon! 🏀 Edrych yn wych.", "thanking sponsor", lang="cy", v="pe-teacher")
a("Sports Day results are in!! 🥇 Tŷ Dyfrdwy took the trophy by 4 points after a nail-biting relay. Best day of the year, hands down 🙌", "sports day", lang="mixed", v="pe-teacher")
