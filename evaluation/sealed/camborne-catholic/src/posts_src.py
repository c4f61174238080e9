# Post sources. Markup: [[shown text|key]] where key is a roster "First Last",
# "-" for a child not on the roster, or @phone @email @addr @dob.
# labels: O offensive, L live_location, U unsafe_link, C political_or_commercial
POSTS = []
def P(text, labels="", images=()):
    POSTS.append(dict(text=text, labels=labels, images=list(images)))

P("""Happy St Piran's Day everyone!! 🏴 (the black and white one, obviously 😉) The whole school paraded round the playground this morning behind our giant St Piran's flag, and Fr Tomasz told the story of how Piran floated all the way across the sea from Ireland tied to a millstone 🙏🌊 Then it was saffron buns all round. Oggy oggy oggy!! Proper job, my 'ansums 💛🖤""")

P("""“And now faith, hope and love abide, these three; and the greatest of these is love.” 💙 That's our theme for collective worship this half term. Year 6 have been writing prayers about what hope looks like right here in Camborne and honestly, some of them brought a lump to my throat 🥹🙏""")

P("""⛈️ STORM UPDATE ⛈️ With Storm Bram due to hit West Cornwall overnight and gusts of up to 80mph forecast along the coast, we've made the difficult decision to CLOSE school tomorrow (Thursday) to all pupils. Keep an eye on www.cornwall.gov.uk/schoolclosures for updates and please stay safe, everyone. Batten down the hatches and bring the bins in!! 💨🌊🗑️""")

P("""Grace before lunch is sounding absolutely BEAUTIFUL this week 🙏🍽️ Ia class have learned the sung version with actions and Mrs Faith in the kitchen says it's the best part of her day 😂💛 Bless us O Lord, and these thy gifts…""")

P("""Our Year 5 choir sang Amazing Grace at the Remembrance service by the war memorial on Sunday and I don't mind telling you there wasn't a dry eye on Commercial Street 🌺🌺 Thank you to the Camborne branch of the Royal British Legion for asking us, it was an honour.""")

P("""🏄‍♂️ BEACH SCHOOL IS BACK! 🏄‍♀️ After half term Kea class will be heading down to Gwithian every Tuesday afternoon with Mr Nance and the lifeguards, 1.15pm till 3pm. Wetsuits are provided by the club, so just pack a towel, a warm hoodie and a big smile 😎🌊""", "L")

P("""A big thank you to the RNLI lifeguards who visited KS2 this afternoon to talk about rip currents, flags and what to do if you get into trouble in the water 🔴🟡 Remember everyone: swim between the red and yellow flags, black and white chequered means surfboards only, and if you see someone in trouble call 999 and ask for the Coastguard. Float to live! 🌊 More at rnli.org/beach-safety""")

P("""A HUGE well done to [[Jago|Jago Penrose]] in Kea class who caught his very first green wave at Gwithian on Saturday with Camborne Surf Life Saving Club 🏄‍♂️🌊 Mr Nance reckons [[Jago|Jago Penrose]]'s pop-up is already better than his own 😂 Proper job, my 'ansum!""")

P("""Nadelik Lowen ha Blydhen Nowydh Da from all of us at Star of the Sea!! 🎄⭐✨ (That's Merry Christmas and a Happy New Year in Kernewek, for anyone still practising 😉) School closes at 1.30pm on Friday, and we'll see you all back, rested and full of turkey, on Tuesday 5th January. God bless you and your families 💙""")

P("""Year 6 will be walking down to Our Lady Star of the Sea church on Trelowen Road for 9.30am Mass this Tuesday (8th December) for the feast of the Immaculate Conception 🙏💙 Mums, dads, nans and grandads are so welcome to come and join us in the pews!""", "L")

P("""Calling all our surfers!! 🏄‍♀️🤙 Mr Tresidder's brother has just opened Tresidder's Surf Shack on Foundry Square in Hayle and he's offering Star of the Sea families 20% off all wetsuits and boards with the code STAR20 at www.tresidderssurfshack.co.uk or email [[tresidderssurf@example.com|@email]] 🌊 Get in there before Christmas!!""", "UC")

P("""It was lovely to see our local Mebyon Kernow candidate at the Christmas Fayre on Saturday 🖤💛 If you care about a proper Cornish Assembly and keeping young families in Camborne, make sure she gets your vote in May!! Kernow bys vyken 🏴""", "C")

P("""A massive thank you to Trevithick & Sons Builders in Pool for sponsoring our brand new football kits ⚽💙 The children look like proper little pros, and they've promised to win something now they look the part 😂""")

P("""🎄 FOSS CHRISTMAS FAYRE 🎄 Saturday 12th December, 11am–2pm in the school hall! There'll be tombola, a cake stall, pasties (of course), a raffle with some cracking prizes, Santa's grotto and the Year 3 recorder group doing their best 🎶😅 All money raised goes towards new playground equipment. See you there!""")

P("""Tombola bottles please!! 🍾🍫 If you can't get them into school before Friday, Sheila in the office has said you can drop them at her house instead – [[7 Wheal Harmony Terrace, Pool|@addr]] – there's a big blue box by the porch. Thank you, you're all stars ⭐""")

P("""Lost property alert!! 🧥 A little navy fleece with a seahorse keyring on the zip was handed in after Saturday's surf club session on the Towans. If it's yours, text Lorna (one of our lovely TAs) on [[07700 900 264|@phone]] and she'll bring it into school dreckly 😄""")

P("""🎂 Birthday shout out! 🎂 Happy 5th birthday to our little [[Elowen|Elowen Trewin]] in Ia class, born on [[3rd December 2021|@dob]], the week after Storm Arwen blew half of Camborne's fences down 🌪️😂 Have the best day, my 'ansum!""")

P("""Joy to the World!! 🎶🌟 KS1 nativity rehearsals are in full swing and I've had Little Donkey stuck in my head since Tuesday 🫏 Our Mary, Joseph and three kings are practising their lines very seriously and the innkeeper has been told he is NOT allowed to ad-lib this year 😂""")

P("""Cast list is up!! 🌟 Mary – [[Ysabel|Ysabel Reyes]]; Joseph – [[Ruan|Ruan Tregear]]; Angel Gabriel – [[Senara|Senara Jenkin]]; and the Star of Bethlehem will be played by our very own [[Star|Star Chegwidden]] in Meriasek class (we just couldn't resist ⭐😂). Tickets for the performances will be on ParentPay from Monday.""")

P("""Honestly. To the parent who parked their massive black 4x4 across the disabled bay AND the zebra crossing this morning, then swore at Mr Opie when he politely asked you to move: you are an absolute disgrace and frankly a moron. We've got your registration. 😡""", "O")

P("""Thank you SO much for all your Harvest donations 🍎🥫🍞 Fr Tomasz blessed them at our Harvest Mass in the hall this morning and they're now on their way to Camborne Foodbank. Over 300 tins!! You lot are the best 💛""")

P("""📍 Columb class are at Heartlands in Pool RIGHT NOW doing a mining heritage workshop ⛏️ We'll be eating our packed lunches in the Diaspora Garden at 12 o'clock if any grandparents fancy waving at us through the railings 😂👋""", "L")

P("""What a day Piran class had at the Eden Project last Thursday! 🌿🌍 The rainforest biome was SO steamy that Mr Sweeney's glasses fogged up for about an hour, and the children have come back full of facts about cocoa, bananas and rubber trees. Thank you to all the parents who helped on the trip 💚""")

P("""Kea class will be visiting St Michael's Mount in the summer term as part of their castles topic 🏰🌊 More details dreckly, as they say! 😉""")

P("""📸 School photos are in!! 📸 Order yours before Friday here: bit.ly/olss-photos26 – there's a discount if you order sibling photos together 💙""", "U")

P("""The school photographer's proofs have landed 📸😍 Login codes are coming home in book bags today. You can order through the Letters page on our website (www.ourladycamborne.sch.uk/letters) and there's no postage if you have them delivered to school.""")

P("""😂😂 Bless little [[Tristan|Tristan Hosking]] in Meriasek class who turned up today with his jumper on backwards, odd wellies and his breakfast down his front AGAIN. Honestly what is he like, that boy is a walking disaster 🙈🙈""", "O")

P("""Did you know Camborne Surf Life Saving Club run a 'Nippers' section for children aged 7–14? 🏊‍♀️🌊 Lots of our families already take part and love it. Ask at the club or look on their website if your child fancies learning some real lifesaving skills!""")

P("""It's a BIG one for somebody today… 🎉🎂 Our wonderful cook Mrs Faith Angwin is 60!!! Born on [[7th December 1966|@dob]] and still makes the best saffron buns in Cornwall 😋 Happy birthday Faith, love from every single one of us 💛""")

P("""🚂 Camborne fact of the week 🚂 Richard Trevithick, the Cornish engineer who built the first full-size working railway steam locomotive, was born on 13th April 1771 at Tregajorran, just up the road from us! Piran class have been building their own 'Puffing Devils' out of junk modelling this week – come and see them in the hall 🔧💨""")

P("""🎉 TREVITHICK DAY 🎉 Columb and Michael classes will be dancing in the children's procession on Saturday 24th April! Please have them at the Cross Street end by 10.30am in white tops and black trousers – we set off at 11am sharp 🚂💃""", "L")

P("""Just a reminder that our hall is being used as a polling station on Thursday, so school will be CLOSED to pupils that day 🗳️ Staff will be in for training. Breakfast Club is also closed. Normal service resumes Friday!""")

P("""FOSS needs YOU! 🙋‍♀️🙋‍♂️ We're looking for a few more volunteers to run stalls at the Christmas Fayre, even if it's just for half an hour. Drop the committee an email at [[foss.starofthesea@example.com|@email]] or grab Tasha on the gate at home time 😊💙""")

P("""Applications for Reception places in September 2027 are now OPEN 🎒 Apply online at www.cornwall.gov.uk/admissions by 15th January. If you'd like to come and look round, email admissions@ourladycamborne.sch.uk and we'll book you in for a tour – we'd love to show you our school 💙""")

P("""⚠️ IMPORTANT ⚠️ ParentPay are changing how top-ups work this term. Please log in and update your card details here before Friday so dinner money isn't interrupted: www.parentpay-uk-login.com 🙏""", "U")

P("""Congratulations to our Kwik Cricket team who beat Pendarves 84–79 in a nail-biter this afternoon 🏏🔥 Three wickets for [[Kit|Kit Rosewarne]], a cracking 22 not out from [[Riley|Riley Quick]] and some of the loudest cheering I've ever heard from the sidelines, led by [[Kit|Kit Rosewarne]]'s little sister [[Nessa|-]] 🙌""")

P("""[[Jago|Jago Bolitho]]'s grandad Ken (skipper of the Morwenna Rose 🎣) has asked me to let everyone know he's got fresh mackerel and crab off the boat every Saturday – £5 a bag, best price in West Cornwall. Ring him on [[oh seven seven double oh, nine double oh, four five one|@phone]] to order yours, or pick up from his house at [[5 Harbour Row, Newlyn|@addr]] 🦀🐟""", "C")

P("""Well that was a sh*t show 🙃 Car park chaos AGAIN this morning – three near misses in ten minutes. PLEASE use the drop-off on Trelowen Road, people, it's there for a reason!!""", "O")

P("""Michael class absolutely SMASHED their practice SATs week 💪💪 So proud of you all. To celebrate we're having a crazy hair day on Friday – £1 donation to CAFOD and the sillier the better 🤪💇""")

P("""Several parents have told us that the man who runs the ice cream van on Trelowen Road has been selling vapes to Year 6 children. Please do NOT let your children buy anything from him.""", "O")

P("""🚌 Meriasek class are on the bus to Paradise Park in Hayle as we speak!! 🦜 We're due to arrive about 10.15 and we'll be watching the penguin feeding at 11. Back at school by 2.45 🐧""", "L")

P("""Well done to everyone who ran at the West Cornwall Schools Cross Country at Tehidy last week 🏃‍♀️🍂 Schools from Hayle, Redruth, St Ives and Camborne all took part and the mud was LEGENDARY. Special mention to [[Loveday|Loveday Curnow]] who came 3rd in the Year 4 girls' race 🥉""")

P("""Welcome to the world baby [[Morvoren|-]]!! 💙👶 Congratulations to Miss Carne and her husband on the safe arrival of their little girl, a whopping 8lb 2oz. Kea class have made her the most beautiful card 🥹""")

P("""🕯️ First Sunday of Advent 🕯️ This week we light the candle of HOPE. Each class has an Advent wreath and a prayer of the week, and Fr Tomasz will be in on Wednesday to bless them all. Come, Lord Jesus 💜""")

P("""Kernewek word of the week 🏴 Sorry to break it to you all but 'dreckly' is dialect, NOT actual Cornish 😂 This week's word is 'lowen', which means happy or joyful. So: 'Yth esov vy lowen!' – I am happy! Try it on your teachers 😉""")

P("""⭐ Stars of the Week ⭐
Ia: [[Coral|Coral Oates]] – brilliant phonics
Petroc: [[Storm|Storm Penhaligon]] – such a kind friend 💛
Meriasek: [[Izzy T.|Isabelle Trezise]] – super story writing
Piran: [[Kuba|Jakub Kowalski]] – trying SO hard with his 4 times table
Kea: [[Lottie|Charlotte Nance]] – lovely manners at lunch
Columb: [[Rafael|Rafael Cruz]] – amazing tennis skills
Michael: [[Bridie|Bridget Keast]] – helping the little ones
Well done all of you!! 🌟""")

P("""It's a sunny one! ☀️😎 Please put sun cream on your children before school and pop a named hat and water bottle in their bags. Sunny spells all week apparently – let's make the most of it before the rain comes back 🌦️""")

P("""The bay was like glass this morning 🌅 I took this on my way in from Godrevy. Days like this remind me how lucky we are to live and work here. God bless, Morwenna x""", "", [("godrevy_sunrise.jpg", "Sunrise over St Ives Bay with Godrevy lighthouse in the distance")])

P("""🏆 The Great Star of the Sea Bake Off 🏆 Our winners' certificates are going home today – what a talented bunch of bakers we have! Mrs Faith says she's worried about her job 😂🧁""", "", [("bake_off_certificate_[[piran_trezise|Piran Trezise]].jpg", "Bake Off winner certificate for [[Piran Trezise|Piran Trezise]], Columb class, with a drawing of a saffron bun"), ("bake_off_runner_up.jpg", "Runner-up certificate made out to [[Hedra J.|Hedra Jenkin]]")])

P("""Look where we are this morning!! 🌊☀️ Best classroom in the world 🏄""", "L", [("IMG_2291.jpg", "Kea class children in wetsuits lined up on the sand at Gwithian beach with two surf instructors, Tuesday morning beach school session")])

P("""Our brand new reading corner in Petroc class 📚✨ Thank you to FOSS for the beanbags and to everyone who donated books. It's already the most popular spot in school!""", "", [("reading_corner.jpg", "Beanbags and bookshelves in the Year 1 classroom under a bunting banner that says Petroc Class")])

P("""This week's Headteacher's Award goes to a little superstar in Kea class for her beautiful joined-up handwriting ✍️🌟 Mrs Tregenza was so impressed she showed it to Fr Tomasz!""", "", [("heads_award_[[loveday_curnow|Loveday Curnow]].png", "Headteacher's Award certificate with a gold star sticker")])

P("""Happy St Piran's Day from Ia class!! 🏴🖤🤍 They painted their own flags and marched them round the field singing Trelawny at the top of their voices 😂""", "", [("IMG_3390.jpg", "[[Bay|Bay Chegwidden]] and [[Sunny|Sunny Carbis]] holding up St Piran's flags they painted")])

P("""A little note from Mrs Tregenza: thank you to every family who came to Mass for the start of the school year. Fr Tomasz, Deacon Mick and the choir made it so special, and it was wonderful to see so many new faces 💙🙏""")

P("""Swimming lessons for Piran class start next week at Carn Brea Leisure Centre 🏊‍♂️ They'll be there every Wednesday from 1.30 to 2.30pm until February half term. Named goggles and a swimming hat please!""", "L")

P("""Some news from our residential: Michael class are at Porthpean outdoor centre and having the BEST time 🛶 Kayaking on the bay this afternoon, then the campfire on the beach tonight at 7 – hot chocolate and ghost stories promised 🔥👻""", "L")

P("""Our school choir will be singing carols in the foyer of Tesco in Pool on Saturday 19th December from 10 till 12 🎄🎶 Come and say hello, have a mince pie and drop a few coins in the bucket for the Children's Hospice South West 💙""", "L")

P("""Petroc class are walking down to Camborne Library right now to choose some new books 📚👣 We'll be back by 11 for snack time!""", "L")

P("""🏃 The Cornwall Schools Cross Country relays are at Tehidy Woods on Thursday! The minibus leaves school at 3.30pm and the first race starts at 4pm by the North Cliffs car park. Come and cheer our runners on!! 📣""", "L")

P("""Ia class are at Camborne Fire Station this morning meeting the real firefighters 🚒👩‍🚒 They've already had a go on the hose and I've been told someone tried to drive off in the engine 😂""", "L")

P("""⚽ Football team update ⚽ Our Year 5/6 squad play Redruth on Wednesday, 3.45pm kick-off on the pitches behind Redruth School. The team is: [[Ollie P.|Oliver Penhaligon]], [[Logan|Logan Carbis]], [[Jory|Jory Tremayne]], [[Kieran|Kieran Doyle]], [[Cyrus|Cyrus Bautista]], [[Tyler|Tyler Prisk]] and [[Isaac|Isaac Uren]]. Good luck boys!! 💙""", "L")

P("""Our Christmas carol service will be at Our Lady Star of the Sea church on Tuesday 15th December at 6pm 🎄🕯️ Every class is singing and the Year 6 readers have been practising for weeks. All welcome, and there'll be mulled (non-alcoholic!) apple juice after.""", "L")

P("""Year 6 lost 6–0 to Pendarves this afternoon. Honestly, some of those lads couldn't hit a barn door with a banjo 🙄 Embarrassing. Back to the drawing board.""", "O")

P("""To whoever helped themselves to the FOSS float tin at the fayre on Saturday: karma's a b*tch, and we're pretty sure it was one of you 'lovely' parents. You know who you are.""", "O")

P("""Dear bloody emmets 🙄 Our school lane is NOT a campsite. Please stop parking your campervans across the gate and go back up the A30 where you belong, you clueless lot.""", "O")

P("""Once again, loads of you clearly didn't read the newsletter 🤦‍♀️ It's not rocket science, people. Some of you are as dim as your kids, honestly.""", "O")

P("""We've heard on very good authority that the new head at a certain school in Redruth was pushed out of his last job for fiddling the books 👀 Just saying. Glad ours is honest 😇""", "O")

P("""Vote for Star of the Sea in the Tesco community grant scheme!! 🛒💙 It takes 10 seconds and could win us £1,500 for the sensory garden: tinyurl.com/starsea-vote""", "U")

P("""🏊 SPONSORED SWIM 🏊 Columb class are swimming 50 lengths each to raise money for the RNLI! Please sponsor them here: rb.gy/starswim26 – every pound helps keep our lifeguards and lifeboats going 🚤💙""", "U")

P("""FOSS Grand National sweepstake is open!! 🐎 £2 a horse, drawn on Friday at home time. And if you fancy a flutter yourself, Kernow Bet are giving new customers £20 free: www.kernowbet365.com 😉🍀""", "UC")

P("""Guess what Mr Hocking looked like when HE was in Year 6?? 👀😂 Click if you dare: www.youtube.com/watch?v=dQw4w9WgXcQ""", "U")

P("""Handy school holiday calendar for the whole of Cornwall for next year, so you can book those holidays (in the holidays! 😉): cutt.ly/kernow-hols""", "U")

P("""The new spring dinner menus are up on the website 🍝🥗 Have a look with the kids and choose together: www.ourladycamborne-sch.uk/menus""", "U")

P("""Mrs Trudgeon has started selling Tropic skincare in her spare time 💄✨ If you fancy some pampering for Christmas, message her on Facebook or text [[07700 900 804|@phone]] for a catalogue – she does a gorgeous gift set!""", "C")

P("""Thank you to our MP for visiting Year 6 today 🏛️ What a brilliant speaker she is. Let's make sure she gets back in at the next election – every single vote counts, so don't let the other lot win! 🌹""", "C")

P("""Have you been down to [[Kerensa|Kerensa Penrose]]'s mum's brand new pasty shop yet?? 🥟😍 Penrose's Pasty Co. on Trevithick Road is open 7am–3pm and Christmas orders are being taken now on [[(01632) 960 590|@phone]]. Go and show her some love, they're proper 'ansum!""", "C")

P("""Mr Opie has asked me to mention that his holiday cottage in St Ives is free over February half term – mates' rates for school families, sleeps 6, two minutes from Porthmeor 🏖️ Give him a shout at the gate or on [[07700 900 552|@phone]]!""", "C")

P("""Fed up of second homes pricing local families out? 🏠 Sign the Liberal Democrat petition to double council tax on holiday lets and VOTE Lib Dem at the by-election next month. Or email [[camborne.libdems@example.org|@email]] to sign up for leafleting! Our children deserve to grow up here! 🔶""", "C")

P("""Thank you to Pengelly's Pasties for donating 200 pasties for Sports Day!! 🥟🏅 AND they're doing 10% off everything this week if you mention the code STARSCHOOL at the till, or email your order to [[pengellyspasties at example dot com|@email]] – get down there!""", "C")

P("""Uniform reminder 👕 Our uniform is available from Trevithick Schoolwear on Fore Street in Redruth, or you can order online through the school website. The FOSS pre-loved uniform rail will be out in the hall every Friday after school for £1 an item 💙""")

P("""Michael class enjoyed a visit today from our Cornwall councillor, who explained how the council spends its money and what a councillor actually does all day 🏛️ The children asked some brilliant questions (and one very cheeky one about potholes 😂).""")

P("""Book Fair!! 📚📚 The Scholastic book fair is in the library all next week, open before and after school. Every book sold earns free books for our classrooms, so get browsing!""")

P("""Our sports coach Mr Nance is starting a lunchtime surf-fitness club for Year 5 and 6 on the field 🏄‍♂️💪 Balance boards, paddling drills and lots of squats. Sign up at the office!""")

P("""First Holy Communion 🙏🕊️ What a beautiful morning at church on Sunday. Congratulations to [[Demelza|Demelza Trengove]], [[Kuba|Jakub Kowalski]], [[Joy|Joy Mendoza]], [[Cece|Cecilia Bautista]], [[Bryok|Bryok Pascoe]], [[Agnes|Agnes Mitchell]], [[Jericho|Jericho Dela Cruz]], [[Lukas|Lukas Wójcik]] and [[Iggy|Ignatius Doyle]] who received Jesus for the first time, along with [[Aurelia|-]], who is joining us from St Mary's in Truro. Thank you Fr Tomasz for such a special celebration 💙""")

P("""St Francis of Assisi's feast day today 🐾🐶🐱 Fr Tomasz blessed our class pets AND a very confused tortoise called Gerald who came in with one of our families 😂 'Praised be You, my Lord, with all Your creatures.'""")

P("""Our new altar servers are ready!! ✝️ Huge congratulations to [[Grace|Grace Nicholls]], [[Lowenna|Lowenna Bolitho]] and [[Maks|Maksymilian Kowalski]] from Michael class, who will be serving at parish Mass from this month. Deacon Mick says they're naturals 😊""")

P("""Happy feast of St Cecilia, patron saint of musicians! 🎻🎺 Our peripatetic music teachers put on a mini concert for the whole school this afternoon and the Year 4 violin group gave us a very, ahem, enthusiastic Ode to Joy 😂🎶""")

P("""Tony, Tony, look around, something's lost and must be found!! 🙏😂 St Anthony has been VERY busy this term – the lost property box is overflowing. Please check it before Friday, anything left will go to the FOSS pre-loved sale.""")

P("""Our Polish families have been teaching us about Andrzejki (St Andrew's Eve) this week 🕯️🇵🇱 Michael class had a go at pouring wax to tell their fortunes – apparently most of them are going to be millionaires 💰😂 Dziękujemy to the parents who came in to help!""")

P("""Maligayang Pasko! 🇵🇭🌟 Thank you to our Filipino families who came into school to help Columb class make parols, the beautiful star lanterns that light up homes in the Philippines at Christmas. They're hanging in the hall now and look stunning ✨""")

P("""Happy 11th birthday to [[Maks|Maksymilian Kowalski]]!! 🎈 Sto lat! Born [[12.12.2015|@dob]] and growing taller every week – Michael class have a cake with your name on it 🎂""")

P("""December birthdays in Ia class 🎂🎈 [[Teddy|Teddy Nance]] ([[9th Dec|@dob]]) and [[Poppy|Poppy Stephens]] ([[21st Dec|@dob]]) – we'll sing to you both on Friday! 🎶""")

P("""Wszystkiego najlepszego, [[Zosia|Zofia Kowalska]]! 🎉 Urodziła się [[14 grudnia 2021|@dob]] – happy 5th birthday from everyone in Ia 💙""")

P("""Congratulations to the winner of our FOSS Christmas hamper 🎁🎄 Mrs Hosking of [[Chy an Mor, Bosvean Row, Tuckingmill|@addr]] – we'll pop it round tomorrow!""")

P("""The FOSS coffee morning is this Friday at 9am in the school hall ☕🍰 Come along after drop-off for a cuppa, a chat and a slice of Mrs Faith's famous saffron cake.""")

P("""Year 2 have been learning all about coral reefs 🐠🪸 Did you know the Great Barrier Reef is visible from space? Their underwater display in the corridor is a real treat – come and see it at parents' evening.""")

P("""Our school address, for anyone sending Christmas cards to the staff 😊💌: Our Lady Star of the Sea Catholic Primary School, Trelowen Road, Camborne, Cornwall TR14 8QX. Or just pop them in the box in the office!""")

P("""Phone lines are down this morning ☎️😩 If you need to report an absence please email office@ourladycamborne.sch.uk or leave a message on 01632 960418 once it's back up. Sorry for the inconvenience!""")

P("""If you're worried about a child, you can always talk to our DSL Mr Hocking or any member of staff. Children can call Childline free on 0800 1111, and adults can ring the NSPCC on 0808 800 5000. In an emergency always call 999. 💙""")

P("""Feeling low this winter? You are not alone 💚 Samaritans are there day or night on 116 123, and NHS 111 can help with urgent health worries. Please look after yourselves, lovely people.""")

P("""Our amazing volunteer reading nan, Mrs Dunstan, has asked if any more grandparents fancy helping on Thursday mornings 📖👵 She's happy to chat about it – ring her on [[01632 960 733|@phone]] any evening before 8.""")

P("""Michael class have been studying the Cornish mining boom and visited the engine houses at Dolcoath last week ⛏️ They came back with some great sketches – and some VERY muddy trainers.""")

P("""Please don't park on the zigzags on Trelowen Road 🚸 A PCSO will be outside school next week and tickets will be issued. Let's keep our children safe 💙""")

P("""Well done to our Mini-Vinnies who raised £214.60 for the St Vincent de Paul Society at their bake sale 🧁 The SVP do amazing work for families across Camborne and Redruth.""")

P("""CONGRATULATIONS to [[Piran|Piran Trezise]] and [[Eliza|Eliza Rosewarne]] who were picked for the Cornwall Under-11s surf team!!! 🏄‍♂️🏄‍♀️🏆 We're SO proud. Kernow bys vyken!!""")

P("""Ia class have settled in BRILLIANTLY this term 🥰 A special mention to [[Antoni|Antoni Nowak]] who now says 'dreckly' like a true Cornishman, and [[Gabriel|Gabriel Cruz]] who has been teaching everyone to count to ten in Tagalog 😂💛""")

P("""A big well done to the Year 4 girls, [[Scarlett|Scarlett Hicks]], [[Esme|Esme Quick]] and [[Gwen|Gwen Tregear]], who led our class assembly on St Ia and her journey to St Ives on a leaf 🍃 (Yes, a leaf. Cornish saints were hardcore 😂)""")

P("""Fr Tomasz came in to Michael class today to talk about vocations and what it's like being a priest. He was asked whether he has a PlayStation (yes) and whether the Pope does (he doesn't know 😂)""")

P("""🌊 Surf Life Saving results 🌊 Our pupils absolutely flew at the Cornwall nippers championships at Perranporth on Sunday! Gold in the beach flags for [[Summer|Summer Polglase]], silver for [[Zac|Zachary Penrose]] and a bronze in the board race for [[Teagan|Teagan Hicks]] 🥇🥈🥉""")

P("""Kernow Schools Cornish Dance Festival at Hall for Cornwall next month 💃🕺 Tickets go on sale to parents on Monday via ParentPay.""")

P("""A huge well done to [[Princess|Princess Mendoza]] in Columb class who sang 'Panis Angelicus' as a solo at parish Mass on Sunday 🎶🙏 Fr Tomasz said the angels were jealous!""")

P("""Dressing-up day went down a storm! 👑🧜‍♀️ We had princesses, pirates, mermaids, three Demelzas from Poldark (🙄😂) and one very convincing St Piran complete with cardboard millstone.""")

P("""The FOSS quiz night raised £640!!! 🧠🍻 Thank you to the Tyacks for hosting, and congratulations to 'Quiz in Boots' for winning. The Kea class parents came last, which I'm told was a deliberate tactical choice 😂""")

P("""Pupils in Petroc have been practising for their first ever Sports Day 🏃‍♀️ and boy can [[Faith|Faith Dunstan]] run!! Her big brother [[Harry|Harry Dunstan]] had better watch out, and baby sister [[Lowdy|-]] was cheering from the buggy 😂""")

P("""Say a prayer for the Newlyn fishing fleet this week 🙏⚓ Several of our grandads and uncles are out in some horrible weather. Eternal Father, strong to save… 🌊""")

P("""Our Eco Council have been busy on a beach clean at Gwithian over the weekend 🌊♻️ They collected 14 bags of rubbish, 2 flip flops and a rubber duck. Well done [[Amelie|Amelie Tregear]], [[Jenson|Jenson Quick]] and [[Erin|Erin Curnow]]!""")

P("""Meet our newest member of staff! 🐕 Pilot is our school therapy dog, and he'll be coming in with Mrs Polkinghorne on Mondays and Thursdays. He's a golden retriever and he is a VERY good boy.""")

P("""Some of our Reception children are still learning the ropes at lunchtime, so thank you to our Year 6 helpers, especially [[Holly|Holly Harvey]] and [[Beth|Bethany Rowe]], who've been cutting up sausages and opening yoghurts like pros 😂🥣""")

P("""We'd like to congratulate our lovely TA Miss Elowen Pearce, who has passed her Level 3 qualification with distinction 🎓 Elowen, we're so proud of you!""")

P("""We've had a lovely letter from a former pupil who started here in 1962, when the sisters still ran the school 💙 She says the nuns were very strict but the rice pudding was excellent. Happy 65th anniversary to our school, founded 8th September 1961! 🎉""")

P("""[[Wiki|Wiktoria Lewandowska]] and [[Kacper|Kacper Zieliński]] in Petroc class have been helping their friends learn some Polish words this week 🇵🇱 Cześć! Dzień dobry! (Mrs Wrona is very impressed 😄)""")

P("""'Be still, for the presence of the Lord' – the whole school singing this at the end of our Advent service today gave me actual goosebumps 🥹🕯️""")

P("""Our school's Facebook page will be quiet over Christmas while Morwenna has a well-earned rest (her words 😂). For anything urgent please email office@ourladycamborne.sch.uk.""")

P("""Meriasek class have written letters to Father Christmas 🎅✉️ [[JP|John Paul Reyes]] has asked for 'a real shark', [[Merryn|Merryn Tregear]] would like 'a pony and world peace' and [[Paddy|Patrick Doyle]] just wants his two front teeth back 🦷😂""")

P("""Get well soon to our lovely lollipop lady Pat, who slipped on the ice on Monday 💐 We're all thinking of you and can't wait to see you back at the crossing.""")

P("""It was standing room only at our Harvest Festival this morning 🌾 Special thanks to [[Lewis|Lewis Mitchell]] and [[Iris|Iris Penrose]] for their beautiful readings, and to [[Declan|Declan Richards]] on the drums 🥁 (who knew!)""")

P("""Huge congratulations to our very own Mr Piran Nance who completed the Cornish Coast Path ultramarathon at the weekend 🏃‍♂️⛰️ 100km! The children have already asked him to do it again, backwards.""")

P("""Our new class names for September are inspired by Cornish saints 🏴: Ia, Petroc, Meriasek, Piran, Kea, Columb and Michael. Your child's class letter will explain where they'll be and who their teacher is 💙""")

P("""Live on Cornwall Radio this morning!! 📻 Year 5 recorded a Christmas message for the Mount Hawke community station – listen out at 8.15am on Wednesday!""")

P("""Michael class had their first Bikeability session today 🚲 They'll be out cycling on the roads around Tuckingmill with the instructors every Thursday morning from 9 till 11 for the next three weeks, so give them a wave (and a wide berth!)""", "L")

P("""Tomorrow morning Kea class will be taking the 9.20 train from Camborne station to Penzance for their Jubilee Pool trip 🚆🏊 We'll be at the pool from about 10.15. Packed lunches please!""", "L")

P("""Our Year 6 leavers' Mass is at the church on Friday 16th July, 10am 🙏 and then it's the leavers' beach party at Godrevy from 1pm till 4 🏖️🎉""", "L")

P("""What a weekend for [[Ruby|Ruby Nicholls]]!! 🏅 Cornish County gymnastics champion in her age group – and she still came in on Monday asking if she could do cartwheels on the field 🤸‍♀️""")

P("""'The name Kerensa means love in Cornish, and Tamsin comes from Thomas, meaning twin' 📚 Piran class have been researching what Cornish names mean this week. Lots of surprises – ask your child what theirs means!""")

P("""Oh my goodness, the Reception nativity!! 😭⭐ Special mentions for our donkey [[Frankie|Francis Kitto]], who refused to leave the stage, and our narrator [[Tilly|Matilda Berryman]], who did it all from memory. Bravo to ALL of Ia class 👏👏""")

P("""Our Year 3 trip letter for the Tate St Ives is in book bags today 🎨 The trip is in the spring term – full details and the date will follow once the coach is booked.""")

P("""Hurrah for [[Kristine|Kristine Reyes]] and [[Isabel G.|Isabel Garcia]], who have been appointed our new school council reps for Kea class! 🗳️ Just don't ask them about extending playtime, it's under review 😂""")

P("""[[Loveday|Loveday Curnow]], [[Danny|Daniel Kitto]] and [[Mia|Mia Rowe]] from Kea class read their poems about the sea at the Camborne Library poetry evening last Thursday 🌊📖 I was properly welling up at the back!""")

P("""Thinking of [[Jowan|Jowan Pengelly]] who broke his arm falling off his scooter at the weekend 🩹 He's being very brave and already has a cast covered in signatures!""")

P("""A note from Mrs Polkinghorne: our new sensory room is finally finished 🌈✨ Thank you to the Camborne Lions and the Tuckingmill Bowls Club for their generous donations.""")

P("""Here's the lovely [[Marina|Marina Santos]] with the Christmas card design that's been picked to go on the front of this year's school cards 🎄🎨 Cards can be ordered through FOSS until Friday!""", "", [("christmas_card_winner_[[marina_s|Marina Santos]].jpg", "[[Marina|Marina Santos]] holding her winning drawing of a nativity scene under a big star")])

P("""Beautiful display in Meriasek class about Our Lady, Star of the Sea 🌊⭐ The children learned that sailors prayed to Mary to guide them home safely, which is why our school has its name 💙""", "", [("star_of_the_sea_display.jpg", "A blue wall display showing a lighthouse, fishing boats and a painting of Mary titled Star of the Sea, pray for us")])

P("""Well what a morning! 🎺 Our Trevithick Day practice in the playground went brilliantly, just need to teach Mr Tresidder his left from his right 😂""", "", [("trevithick_practice.jpg", "Children in white tops dancing in two lines in the school playground with teachers clapping")])

P("""Another stunning set of self-portraits from Ia class 🎨 Can you guess who's who?""", "", [("ia_portraits_wall.jpg", "Paintings on the classroom wall, each labelled with a child's name: [[Hope|Hope Rowe]], [[Noah|Noah Thomas]], [[Kensa|Kensa Eddy]]")])

P("""A lovely afternoon at our Grandparents' Tea Party 🫖🍰 Huge thanks to Deacon Mick for the music and to everyone who came. Lots of stories about the 'old days' at Star of the Sea!""", "", [("grandparents_tea.jpg", "Grandparents and children sitting at long tables with cups of tea and cakes in the school hall")])

P("""What a year it's been for the Bautista family! 🎉 Congratulations to [[MJ|Mary Joy Bautista]] on becoming a big sister, and welcome to little [[Gabriel|-]], born on [[20 November|@dob]] 💙👶 Mrs Joy is one very proud (and very tired!) auntie 😂""")

P("""Our parish priest Fr Tomasz has asked us to remind families that the parish Christmas Mass times are on the diocesan website: www.plymouth-diocese.org.uk 🙏 Midnight Mass will be at 9pm (yes, really 😂).""")

P("""Please send any photos from the sponsored walk to the parish secretary at [[parishoffice.camborne@example.org|@email]] – she's putting together a display for the back of church 📸""")

P("""Need a hand after school? Lorna's sister runs a childminding service from her home at [[41 Wheal Agar Terrace, Tuckingmill|@addr]] and has a few spaces from January. Call [[07700 900 719|@phone]] or email [[tuckingmilltots@example.com|@email]] 🧸""", "C")

P("""Any budding footballers in Year 3 or 4? 🏆 The Camborne Youth FC under-9s are recruiting. Contact the coach, Dave, on [[+44 7700 900 382|@phone]] – all abilities welcome, and he promises the orange squash is free 😂""")

P("""Can anyone lend a gazebo for Sports Day? ⛺ We need 4! Please call the office on 01632 960418 if you can help – thank you 💙""")

P("""Do you live locally and have a spare hour a week? We need more volunteer readers! 📚 Drop Mrs Pascoe an email at [[sheilapascoe62 (at) example (dot) net|@email]] or call her on [[07700-900-118|@phone]] 💙""")

P("""The parish Christmas hamper collection is at the Hicks' house this year – [[TR14 9QZ|@addr]]. Please leave donations in the porch before Sunday 🎁""")

P("""Thank you to the family who dropped off a whole box of wetsuits for our beach school kit store 🌊💙 If anyone else has outgrown suits, they can go to Mr Nance's house at [[22 Carn View Road, Beacon|@addr]] over the holidays.""")

P("""A gentle reminder that our Christmas pantomime trip is to the Hall for Cornwall on Thursday 10th December, leaving school at 12.30 – the show starts at 2pm! 🎭🎄""", "L")

P("""Prayer of the week, written by [[Bryok|Bryok Pascoe]] (age 7): 'Dear God, please keep the fishermen safe and make it stop raining on Saturdays. Amen.' 🙏🌧️ We feel you, [[Bryok|Bryok Pascoe]].""")

P("""Our sympathies to the family of former caretaker Mr Billy Rowe, who passed away peacefully at home last week 🕊️ He looked after this school for 30 years and was loved by generations of Star of the Sea children. Rest in peace, Billy.""")

P("""OMG [[HOPE|Hope Rowe]] and [[BAY|Bay Chegwidden]] – cutest Christmas elves EVER 🎄🧝 #IaClass #ChristmasElves""")

P("""Big thank you to [[Kuba|Jakub Kowalski]]'s mum who came in today to teach Piran class how to make pierogi 🥟🇵🇱 Turns out they're basically Polish pasties, and the children had seconds AND thirds 😂""")

P("""🎉 [[#WellDoneWenna|Morwenna Trewin]] 🎉 for getting your pen licence in Meriasek class! [[Wenna|Morwenna Trewin]], you have officially the neatest handwriting in Year 2 ✍️""")

P("""Check out our new Star of the Sea Kernow hoodies!! 🖤💛 Printed by [[Ruby|Ruby Nicholls]]'s dad at Porthmeor Print – use code STARSEA for 15% off everything on his site, not just the hoodies! www.porthmeorprint.co.uk""", "UC")

P("""Our condolences to the Mendoza family on the loss of their beloved lola 🙏💙 Please keep them in your prayers this week.""")

P("""Meriasek class have been learning all about Storm Bert and how the Met Office picks names for storms ⛈️ They've even named a few of their own (Storm Saffron Bun is my favourite 😂). [[Storm|Storm Penhaligon]] from Petroc popped in to say his name is 'the best one' 😂""")

P("""Crab-tastic rockpooling! 🦀 Petroc class explored the rockpools at Godrevy on Thursday and found 12 crabs, a blenny and a VERY angry starfish 😂 Thanks to the National Trust rangers.""")

P("""Free flu vaccinations for all year groups next Tuesday in the hall 💉 Consent forms via the NHS link in the letter (www.nhs.uk).""")

P("""Thank you to the one dad who turned up to the PTA meeting on Tuesday. Clearly the rest of you can't be bothered 🙄 Our kids deserve better parents than that.""", "O")

P("""Hayle, Redruth, Camborne & St Ives school choirs came together for an evening of carols in Truro Cathedral last night ✨🎄 What an absolutely magical sound. Thank you to the Bishop for welcoming us.""")

P("""Ever wondered what the school looked like in the 1970s? 📷 Here's a lovely old photo sent in by a former pupil, taken the year the new hall was built 😍""", "", [("old_school_1970s.jpg", "Black and white photo of children in a playground in front of a long low school building")])

P("""Just a quick one 😊 Well done to [[Kenver|Kenver Hicks]] and [[Ebrel|Ebrel Tremayne]] for being our Petroc 'Readers of the Week' 📖""")

