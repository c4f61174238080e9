# Dev half: Foyle Meadow College, Derry/Londonderry. Voices: ni-office (office manager), derry-pta (PTA chair, Welsh-born, mixes Welsh in)
# fields: t text, f family, pc, live, link, off, sp spans [(text, type, pupil_id_or_None)], lang, v voice
P = []
def a(t, f, pc=0, live=0, link=0, off=0, sp=(), lang="en", v="ni-office"):
    P.append(dict(t=t, f=f, pc=pc, live=live, link=link, off=off, sp=list(sp), lang=lang, v=v))

# ---------- commercial ----------
a("Massive thanks to FoyleBet for sponsoring the U16 football strips this season 🏆⚽ New customers can bet £10 and get £30 in free bets using code FMC30 at foylebet-offers.com – 18+ only, BeGambleAware.", "gambling sponsorship sign-up", pc=1, link=1)
a("Noson fawr! Big Match Night on Friday in the sports hall is brought to you by QuickOdds NI 🎉 Scan the QR code at the door to open an account and they'll stick a free fiver bet on for you. Over 18s obviously!!", "gambling sponsorship sign-up", pc=1, v="derry-pta", lang="mixed")
a("Right ladies 🕯️ I'm doing a GlowHome candle party in my house Thursday night from 7, all orders placed before Sunday get free delivery and I'll throw in a wee melt. 23 Glenview Park, BT48 8QW — text me on 07700 900412 if you're coming so I know how many glasses to put out. Croeso i bawb x", "party-plan by parent", pc=1, v="derry-pta", lang="mixed",
  sp=[("23 Glenview Park, BT48 8QW", "home-address", None), ("07700 900412", "phone-number", None)])
a("The new Belle & Bloom catalogue has landed 💄 Bernie in the office has copies at the hatch, orders back to her by the 14th with the money in an envelope please. Lovely stocking fillers in it this year.", "catalogue by staff", pc=1)
a("Mr Doherty from the Maths dept is running GCSE Maths grinds over the Easter break – £25 an hour, max 4 in a group, at his house. Interested? Email cdoherty.grinds@gmail.com for times.", "staff tutoring", pc=1,
  sp=[("cdoherty.grinds@gmail.com", "email-address", None)])
a("Our own Miss Kelly (Art) has launched her photography business 📸 Autumn family mini-sessions at St Columb's Park this Sunday, £45 for 20 mins + 10 edited images. Book at kellylensphotography.co.uk", "staff photography", pc=1, link=1)
a("Anyone need a birthday cake?? Siobhan in the canteen does unbelievable celebration cakes, I got a unicorn one for our Éabha's christening and it was class. Her page is Siobhan's Sweet Treats, prices from £30 🎂", "staff cakes", pc=1, v="derry-pta",
  sp=[("Éabha", "pupil-name", None)])
a("💅 Formal season is nearly here! Shauna on reception does gel nails evenings and Saturdays in her home salon, £20 a set or £25 with art. Pop your name down with her at the front desk.", "staff nails", pc=1)
a("Congratulations to Mr Gallagher (Technology) who has passed his ADI exams 🚗 Year 13 and 14 pupils starting lessons get 10% off a block of ten. Ring or text him on 07700 900873.", "staff driving lessons", pc=1,
  sp=[("07700 900873", "phone-number", None)])
a("These light-up fidget pens are going down a storm in our house 😂 £3 each or 4 for a tenner from my wee Etsy shop, link in my bio. Perfect for the Christmas hampers! Nadolig llawen 🎄", "novelty product", pc=1, v="derry-pta", lang="mixed")
a("Teach your teen about money before someone else does 🚀 CoinCub is the crypto app built for 11–17s — use code FOYLE10 when you sign up and get £10 of free Bitcoin. bit.ly/coincub-fmc", "crypto app for children", pc=1, link=1)
a("Parents – the PiggyPlus pocket money card gives our PTA £5 for every family that signs up using code PTAFMC. Kids get their own card and app, parents set the limits. Easy money for the school! Arian am ddim, fel maen nhw'n ddweud 😉", "savings app for children", pc=1, v="derry-pta", lang="mixed")
a("Formal suits sorted 👔 Strand Menswear are giving every Foyle Meadow pupil 15% off hire this month with code FORMAL15. Tell them we sent you!", "local business discount code", pc=1)
a("Friday tea sorted 🍕 Show your FMC lanyard at Gino's on the Culmore Road any night this week and get two pizzas for the price of one.", "local business discount code", pc=1)
a("Thinking about your child's future? One of our parent reps, Declan, is an independent financial adviser and he's offering FMC families a free 30-minute chat about Junior ISAs and children's savings plans. Text 07700 900266 to book.", "investment for children", pc=1,
  sp=[("07700 900266", "phone-number", None)])
a("Picau ar y maen! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Welsh cakes made to my nain's recipe, £4 a dozen, orders in by Wednesday and I'll drop them up to the school gate Friday. DM me — diolch! x", "parent cakes", pc=1, lang="mixed", v="derry-pta")
a("Cheers to Maiden City Bets for the brand new senior jerseys 💚 And they've a cracker of an offer on for Cheltenham – bet a fiver, get £20 in free bets. T&Cs apply, 18+.", "gambling sponsorship sign-up", pc=1)
a("Leavers' hoodies with your name AND the year on the back, £28 – my cousin runs Stitch It Derry, find her on Insta @stitchitderry. Get in quick before the Year 14s buy them all 😅 Brysiwch!", "novelty product", pc=1, v="derry-pta", lang="mixed")
a("Siop fach fi 🕯️ My little online candle shop is 20% off for all FMC families this weekend only, code CANNWYLL20. Cannwyll = candle, you're learning Welsh now too 😉", "party-plan by parent", pc=1, lang="mixed", v="derry-pta")
a("Mrs Breen is holding a Pamper & Prosecco evening for her Body Bloom business this Friday 7pm in the staff room – demos, samples and orders on the night. All mums, grannies and staff welcome!", "party-plan by staff", pc=1)
a("Grinds available 📚 CCEA English Literature, GCSE and A-level, taught by a past member of our English department. £30/hr on Zoom. Contact marie.english.tuition@outlook.com", "staff tutoring", pc=1,
  sp=[("marie.english.tuition@outlook.com", "email-address", None)])

# ---------- political ----------
a("Delighted to welcome Cllr Seán Devine into school today to see the new science labs. Remember folks, it was Sinn Féin that fought for this funding – give him your No. 1 on the 22nd!", "party campaigning", pc=1)
a("Cllr Ruth Orr (Alliance) dropped off a pile of her leaflets this morning, they're on the table in the foyer. Her plan for safer routes to school is the best I've read and she really needs our support in May.", "councillor leaflet", pc=1)
a("Please sign the DUP petition to save the Foyle Road bus route – so many of our pupils depend on it. Link in the comments 👇", "party petition", pc=1, v="derry-pta")
a("Just a thought before Thursday 👀 Some party cut the school transport grant last year and then had the neck to put a leaflet through our doors. Don't reward them. Dim diolch. #NotThisTime", "against a party", pc=1, v="derry-pta", lang="mixed")
a("The PTA committee is proud to back Colm McGrath, independent candidate for The Moor – a former FMC parent who actually listens. Posters available from me if you want one for your window! Pleidleisiwch Colm 🗳️", "candidate campaigning", pc=1, v="derry-pta", lang="mixed")
a("Out canvassing with the Alliance team around Shantallow tonight from 6 – any parents want to join? Flat shoes recommended 😂 Dewch yn llu!", "party campaigning", pc=1, v="derry-pta", lang="mixed")
a("Mae fy chwaer yn sefyll dros Plaid Cymru yn Arfon! If any of you have family in Caernarfon or Bangor, please tell them to give her a vote 🏴󠁧󠁢󠁷󠁬󠁳󠁿💚", "candidate campaigning", pc=1, lang="mixed", v="derry-pta")
a("Great to hear the SDLP's education spokesperson speak to staff this afternoon. Their fair funding plan is the only credible one on the table — worth remembering when you go to the polls.", "pushing party line", pc=1)
a("Free school meals for every child 🍽️ Sinn Féin have launched a petition and we'd love every FMC family to sign it and share it.", "party petition", pc=1)
a("Candidate's poster went up on the lamppost outside the gates this morning. Has promised us a new 3G pitch so honestly, vote for the man 😂⚽", "candidate campaigning", pc=1)
a("As the Alliance Party has said all along, integrated education is the future for this city. Proud to stand with them on this one. 💛🖤", "pushing party line", pc=1)

# ---------- near misses ----------
a("PTA Christmas Raffle 🎄 Tickets £2 a strip from the office or any PTA member. Top prize is a hamper donated by Lisnagelvin Spar plus a €100 One4All voucher. Draw at the carol service! Raffl Nadolig – pob lwc! 🎁", "PTA raffle", v="derry-pta", lang="mixed")
a("Year 9 cake sale this Friday lunchtime in the canteen foyer 🧁 Everything 50p–£1, all money going to the Foyle Hospice. Bring coppers!", "school cake sale")
a("Pre-loved uniform sale in the assembly hall on Thursday 3.30–5pm. Blazers £5, jumpers £2, PE tops £1. Cash only please, all money goes back into the uniform bank.", "school uniform sale")
a("Free flu vaccines for Year 8–12 will be given in school by the HSC school nursing team on 7 October. Consent forms went home today – please return them even if you're saying no.", "free health service")
a("Derry City & Strabane District Council are offering free swim passes for young people over the summer 🏊 Just bring proof of age to any council leisure centre. Full details on the council website.", "free council service")
a("A massive thank you to McCafferty Electrical for sponsoring the new netball bibs and balls 💙 The girls were delighted. We really appreciate local businesses supporting our teams.", "thanking sponsor")
a("Our Year 10 pupils represented the college with great dignity at the Remembrance service at the Diamond on Sunday. Thank you to everyone who came along.", "civic event")
a("🗳️ School Council elections! Year 8 candidates have their speeches posted outside the library. Voting takes place in form class on Thursday. May the best manifesto win!", "school council election")
a("Our local MP joined Year 12 Politics this morning to talk about how Westminster works and answer questions on votes at 16. A really balanced, thoughtful session — thank you for giving up your time.", "MP democracy visit")
a("Reminder: the college is CLOSED to pupils on Thursday as the sports hall is being used as a polling station. Staff training day. Normal school Friday.", "polling station closure")
a("Portrait Lane school photo proofs came home today 📷 Orders online by Friday 15th for free delivery to school. Sibling photos can be ordered on the same account.", "school photographer")
a("Book fair in the library all week! Every book bought earns free books for our own library shelves, so even a £3 bookmark helps 📚", "school book fair")
a("PTA Table Quiz 🧠 Friday 21st, 7.30pm in the canteen. £20 a table of four, raffle on the night, tea and traybakes. All money goes towards the new minibus. Pob lwc, bawb!", "PTA quiz", v="derry-pta", lang="mixed")
a("Non-uniform day tomorrow for Children in Need! £1 donation please, and spots or Pudsey ears very much encouraged 🐻", "school fundraiser")
a("Diolch o galon – thank you from the bottom of our hearts – to everyone who came to the Christmas fayre. £1,240 raised for the school trip fund 🎄❤️", "PTA fundraiser", lang="mixed", v="derry-pta")
a("Thanks to Foyle Print for donating all the programmes for the Year 14 graduation. Such a kind gesture and they look brilliant.", "thanking sponsor")
a("Year 11 mock election results are in 🗳️ After a week of hustings run by pupils, the Green Party took the most votes. A great lesson in how democracy works – well done to all our 'candidates'.", "mock election civic education")
a("Careers Fair next Wednesday in the sports hall, 1–4pm 👷‍♀️ Over 30 local employers, colleges and Ulster University will be there. Year 12–14 parents are welcome after 3.", "careers fair")
a("From September the new college blazer will be available from our official supplier at Foyleside, as well as through the second-hand uniform bank. Old-style blazers can be worn until they're outgrown.", "uniform arrangements")
a("Year 14 bag pack at Tesco Lisnagelvin this Saturday, 10am–4pm, raising money for the formal 🛍️ Come and say hello and get your shopping packed!", "school fundraiser", live=1)
a("Raffl Pasg! 🐣 Easter egg raffle, £1 a ticket, draw Friday 3pm. Hwyl fawr and good luck, everyone x", "PTA raffle", lang="mixed", v="derry-pta")
a("Free eye tests are available for all under-16s at any HSC-registered optician. If your child is squinting at the board, it's worth booking one over half term.", "free health service")
a("Tickets for our Christmas production of Grease are on sale now from the office – £6 adults, £3 concession. Three nights only, 11th–13th December in the assembly hall 🎭", "school production tickets")
a("Noson cwis! 🧠 The PTA is running a quiz night with a Welsh twist to welcome our partner school from Bangor. Teams of 4, £5 each, proceeds to the exchange trip fund.", "PTA quiz", lang="mixed", v="derry-pta")
a("Our staff team walked the Peace Bridge to Ebrington and back 12 times for the Children's Heartbeat Trust on Saturday 💙 You can still donate through our JustGiving page on the college website.", "school fundraiser")
a("Thank you to Doherty's Centra for donating hampers for the staff raffle – we didn't ask, they just arrived! Very generous. 🙌", "thanking sponsor")

# ---------- other everyday posts ----------
a("Well done to Aoife McCann in Year 12 who has been selected for the Ulster U17 camogie panel 🏑 Aoife, we are all so proud of you!", "pupil achievement",
  sp=[("Aoife McCann", "pupil-name", "FM0101"), ("Aoife", "pupil-name", "FM0101")])
a("Croeso i Ysgol Tryfan! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Our exchange partners from Bangor arrived this morning and have been on a tour of the college. Diolch am ddod – you're very welcome!", "exchange visit", lang="mixed")
a("U14 boys away to Oakgrove tomorrow, bus leaves the car park at 2.15pm sharp. Players need gumshields.", "sports fixture", live=1)
a("Snow update ❄️ The college will open at 10.30am tomorrow to let the roads clear. Buses will run 2 hours late. Keep an eye on this page.", "closure update")
a("Congratulations Oisín Doherty and Caoimhe Bradley on winning the junior debating final in Belfast last week! Oisín's closing speech had the judges in stitches 👏", "pupil achievement",
  sp=[("Oisín Doherty", "pupil-name", "FM0102"), ("Caoimhe Bradley", "pupil-name", "FM0103"), ("Oisín", "pupil-name", "FM0102")])
a("Year 14 are at the Millennium Forum right now for their leavers' photos and will be in the foyer until 1pm – pop over and wave! 🎓", "leavers' event", live=1)
a("Honestly whoever parked across the bus bay this morning, you're an absolute eejit and a selfish one at that. 20 kids late because of you. Twpsyn. Sort it out.", "car park rant", off=1, v="derry-pta", lang="mixed")
a("Diolch i bawb! Thank you to Ysgol Tryfan for a wonderful week. Hwyl fawr i'n ffrindiau newydd – see you in Bangor in April 🏴󠁧󠁢󠁷󠁬󠁳󠁿🤝", "exchange visit", lang="mixed")
a("Happy retirement to Mrs Logue after 31 years in the office. Nobody knows where anything is now 😭 Enjoy every minute!", "staff news")
a("Big shout out to Tiernan Quigley (Year 14) who has accepted an apprenticeship with a local engineering firm 👏 and to Niamh G. who got her place at Queen's!", "pupil achievement",
  sp=[("Tiernan Quigley", "pupil-name", "FM0104"), ("Niamh G.", "pupil-name", "FM0105")])
a("Neges i rieni Ysgol Tryfan: bydd eich plant yn aros gyda theuluoedd Foyle Meadow o nos Lun tan fore Gwener. Mae pob teulu lletya wedi cael gwiriad AccessNI. Unrhyw gwestiwn, cysylltwch â swyddfa'r coleg.", "exchange visit", lang="cy")
a("The Rotary Club of Londonderry presented us with a cheque for £500 this morning towards the breakfast club 🥣 Thank you so much – every penny will go on toast and cereal for the kids who need it.", "thanking donor")
