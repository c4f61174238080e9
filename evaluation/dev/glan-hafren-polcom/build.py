"""Write posts.jsonl for the Glan Hafren political_or_commercial development set.

Written by one helper in its own voice (a school office, a head, a PTA chair, a few staff) before
reading the rule's cues. Every post is free of names, numbers and links, so only the
political_or_commercial label is at stake; every other label is false. Run from anywhere:
``python evaluation/dev/glan-hafren-polcom/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

# Selling a private business or product, or party campaigning: political_or_commercial.
POSITIVE = [
    # gambling sponsorship with sign-up offers
    "A big diolch to SpinCastle Casino for sponsoring our netball bibs! Grown-ups, new players get 50 free spins when they register with code GLANHAFREN. 18+ only, play responsibly.",
    "Our sports day tug-of-war is brought to you by GoalRush Bets ⚽ Mums and dads: open an account this week and your first £10 bet is matched up to £40.",
    "The Christmas raffle prizes this year come from Lucky Clover Bingo. Sign up on their app before Friday and get a £15 bonus to play with. Must be 18+.",
    "Parents, fancy a flutter on the Grand National? Our friends at PaddockPunt are offering a risk-free first bet to anyone who joins using the school's referral link on the newsletter.",
    "Noddir ein twrnamaint pêl-droed gan BetDdraig 🐉 Rhieni – cofrestrwch gyda'r cod YSGOL20 i gael bet am ddim gwerth £20. Dros 18 yn unig.",
    "Thanks to Jackpot Junction for the new football kits! Use promo code KITS at sign-up for 100 free spins on Starburst this weekend.",
    "Quiz night is sponsored by OddsOn Sports – they've given every table a voucher: deposit £10 online and get £30 in free bets. Good luck!",
    "Mae'r raffl Nadolig yn cael ei noddi gan Bingo Bach eleni. Ymunwch ar yr ap cyn diwedd y mis am £10 o gredyd am ddim i chwarae!",
    "Did you know our playground markings were paid for by ScratchStar Lotto? Say thank you by grabbing their welcome offer – 20 free scratchcards with your first deposit.",
    "Leavers' hoodies are sponsored by FairwayBet this year. Parents who open an account using the code on the back of the hoodie get a free £5 bet, no strings.",
    # catalogue and party-plan selling
    "Mrs Pardoe's new autumn catalogue is in! Lipsticks, bath bombs and the gift sets are back – message her for a copy and get your Christmas orders in early. Free delivery to school.",
    "Who's up for a candle party? One of our lovely Year 2 mums is hosting a Scentsy-style evening in the school hall on Thursday – browse, sniff and order, and hosts earn free wax melts!",
    "Brochures for Pamper Pantry skincare are on the table by the office. All orders placed this week come with a free mini hand cream – place orders with Miss Galloway.",
    "Tupperware night! 🥡 Come along to the staffroom after pickup on Friday for a demo from a Year 4 parent who's just become a consultant. Orders on the night get 10% off.",
    "Llyfryn newydd Avon wedi cyrraedd! Os ydych chi eisiau archebu, gadewch eich archeb gyda Mrs Pardoe yn y swyddfa erbyn dydd Gwener.",
    "Join Ms Llewelyn-Cross's online jewellery party this Sunday at 8pm on Facebook Live – every ring and bracelet is 20% off for school families and there are freebies for the first ten orders.",
    "Calling all bakers! Our Year 6 teaching assistant is now an independent Pampered Chef consultant. Book a cooking party at home and get the stoneware for half price.",
    "Mae rhiant o Flwyddyn 1 yn cynnal parti gemwaith yn y neuadd nos Iau. Dewch i bori, archebu a chael gostyngiad arbennig i deuluoedd yr ysgol!",
    "Parents, the Little Scholars Book People catalogue has lovely bargains this term – order through our Year 5 parent rep, who gets commission on each box, and help her hit her target!",
    "Our office will be taking orders for Kirsty's Kitchen gift hampers (a parent's business) until 1 December. Three sizes, prices on the flyer in book bags.",
    # paid private services advertised by staff
    "Mr Ashdown is offering private maths tuition in the evenings for Year 5 and 6 – £30 an hour, small groups at his house. Spaces are limited so message him quickly!",
    "Need your nails done for the Christmas party? Our own Miss Galloway has opened a nail studio at home on weekends – gel sets from £20, school mums get 10% off.",
    "Mae Mr Brereton yn cynnig gwersi gitâr preifat ar nos Fawrth – £15 am hanner awr. Cysylltwch ag ef yn uniongyrchol i drefnu.",
    "Going away at half term? Ms Llewelyn-Cross runs a dog walking and pet sitting business, fully insured, and has a few spaces left. Book now before they go!",
    "Our brilliant TA Bethan also runs Bright Sparks Tutoring – 11+ prep, reading catch-up and GCSE English. First session free for Glan Hafren families!",
    "Mrs Cadwaladr's husband has just opened a driving school – if any parents or older siblings are looking for lessons, he's offering a block of ten for the price of eight.",
    "Gwasanaeth gwarchod plant gan Miss Galloway dros yr haf – £8 yr awr, ar gael o ddydd Llun i ddydd Iau. Archebwch yn fuan!",
    "Our caretaker is now taking bookings for gutter clearing, fencing and small garden jobs at weekends. Very reasonable rates – ask him at the gate.",
    "Mr Ashdown is also a qualified personal trainer! His bootcamp on the field runs Saturdays at 9, £5 a session, first one free for staff and parents.",
    "Mrs Pardoe now does wedding and event cakes from her home kitchen. Have a look at her page and mention the school for a discount on your first order 🎂",
    "Miss Galloway offers one-to-one Welsh tuition for adults learning alongside their children. Block bookings of six lessons are £90. DM her to book.",
    "Mae ein cynorthwyydd dysgu yn cynnig gwersi nofio preifat yn y pwll lleol ar fore Sadwrn. Lleoedd cyfyngedig – £12 y wers.",
    # commercial novelty products
    "These glow-in-the-dark slime kits are THE must-have this Christmas 🎁 Order through the link in our bio before stocks run out – 3 for £15!",
    "Fidget spinners in school colours are now available for £4 each from a local seller – ask at the office and we'll pass your order on.",
    "Check out the new ChompChamp sugar-free sour sweets – every child who brings in a wrapper gets entered into their prize draw, and parents can buy multipacks at 30% off with code CHOMP.",
    "Have you seen the personalised talking teddy bears from Cwtch Toys? Record your own voice message inside – perfect for Christmas. Use code GLAN10 for 10% off.",
    "Mae'r sliperi unicorn sy'n goleuo ar werth nawr gan gwmni bach lleol – £18 y pâr, archebwch drwy'r swyddfa cyn y Nadolig!",
    "Squishmallow-style plushies are back in stock at Toy Tornado! Every child in Year 2 has been given a voucher – spend £20 and get a mini one free.",
    "Don't miss the new Blastbox gaming headset – the kids will love it. Limited edition school-colours version available this week only from their website.",
    "Water bottles that glow when they need refilling? Yes please! HydroHero bottles are £12.99 – order through the school office and you'll have them before the holidays.",
    "Collectible Dino Eggs are the craze in Year 3 this week 🦕 Grab a blind bag from Treasure Trove on the high street, buy 5 get 1 free for our families.",
    "Light-up LED trainers from Zoomers now 25% off for Glan Hafren parents – just quote the school name at the till.",
    # investment apps aimed at children
    "Teach your children about money the smart way! Download the CoinCub app – kids can buy their first fraction of a share for just £1, and new accounts get a free stock worth up to £50.",
    "Mae ap PiggyCrypto yn ffordd wych i blant ddechrau buddsoddi! Lawrlwythwch heddiw a chael £5 o Bitcoin am ddim i'ch plentyn.",
    "Our Year 6 enterprise week is supported by Stackers, the investing app for under-18s. Parents who open a junior account this month get their first £20 invested free.",
    "Want your little ones to grow their pocket money? The MoneyTree kids' trading app lets them pick their own shares from age 8. Sign up with our school code for a bonus.",
    "Introduce your child to crypto with BitBuddies 🚀 – fun, safe and educational. First 100 Glan Hafren families to register get a free digital coin.",
    "Forget piggy banks – the JuniorInvest app lets children put their birthday money into real stocks. Referral code GLANKIDS gives you £10 on joining.",
    "Ap newydd i blant: Sêr Arian. Gall eich plentyn fuddsoddi mewn cyfranddaliadau go iawn o £1 yn unig. Cofrestrwch gyda chod yr ysgol am fonws!",
    "Financial literacy starts early! Parents, the TinyTrader app lets your child trade gold and crypto with pocket money. It's what the Year 6 enterprise club used – sign up via the link.",
    # local businesses / side businesses promotion unrelated to school
    "Shout out to Hafod Hair & Beauty who have just opened on Great Oak Street – they're doing 20% off all cuts in October. Go and treat yourself!",
    "One of our dads has just launched his own plumbing business 🔧 Boilers, bathrooms, emergency call-outs – support local and give him a ring!",
    "Mae caffi newydd wedi agor ar Stryd Hafren – coffi ardderchog a chacennau cartref. Dangoswch y neges hon i gael diod boeth am ddim!",
    "Looking for a new car? Severn Motors are running a family car event this weekend with finance from 0% – tell them Glan Hafren sent you.",
    "Our lovely Year 4 mum has just qualified as a mortgage adviser. If you're moving or remortgaging, she offers a free first consultation – message her on Facebook.",
    "Llanidloes Fitness is offering a January joining deal – no joining fee and your first month for £10. Get those new year resolutions going!",
    "Big congratulations to a Reception parent who's opened her own dog grooming salon! Book your pup in this month for a free nail trim.",
    "If you're thinking of selling your house, Riverside Estates are offering free valuations for school families this month and a reduced commission rate.",
    "Mae un o'n tadau wedi dechrau busnes ffenestri a drysau – dyfynbris am ddim a 10% i ffwrdd i deuluoedd yr ysgol. Cefnogwch fusnesau lleol!",
    "Need a cleaner? Sparkle Sisters (run by two of our parents) have spaces for weekly cleans from next month. Mention this post for your first clean half price.",
    "Treat the family to Sunday lunch at the Red Kite Inn – kids eat free with every adult main throughout November!",
    "A parent has started selling handmade wax melts and candles – gorgeous scents and perfect Christmas presents. Orders through her page, collection at the gate.",
    "Switch your broadband to ValleyNet and get three months free – their local rep will be in the playground on Wednesday with sign-up forms.",
    "Mae fferm leol yn gwerthu bocsys cig a llysiau – archebwch cyn dydd Mercher i gael eich bocs ddydd Sadwrn. Pris arbennig i rieni'r ysgol!",
    "Home solar panels from SunnyHills Energy – book a free survey this month and they'll donate £50 to the school for each installation. Win-win!",
    "Our school cook also runs a catering business! Birthdays, christenings, wakes – full buffets from £6 a head. Get in touch to book.",
    "Spring clean your wardrobe with Thread Again, the clothes resale app – sell your old things and get £5 credit when you sign up with our code.",
    "Anyone need a new kitchen? A Year 1 dad fits them and he's doing free design visits throughout January.",
    # party campaigning
    "Polling day is Thursday! Please remember to use your vote – and if you want smaller class sizes, the Liberal Democrats are the only party with a real plan for our schools.",
    "Proud to welcome our local Plaid Cymru candidate to assembly today. On 7 May, vote Plaid to keep our rural schools open!",
    "Pleidleisiwch dros Lafur ddydd Iau i sicrhau dyfodol ein hysgolion bach gwledig. Mae pob pleidlais yn cyfrif!",
    "The Conservatives have promised to cut the red tape strangling our teachers. Please think about that when you vote next week.",
    "If you care about school funding, don't vote Reform. Their plans would be a disaster for Welsh-medium education.",
    "Our head is backing Councillor Morgan's re-election campaign – she's always stood up for this school. Vote Green on Thursday!",
    "Thanks to the Labour team for the leaflets about free school meals – we've popped one in every book bag so families know who's delivering for them.",
    "Mae'r Ceidwadwyr wedi methu ein hysgolion ers blynyddoedd. Peidiwch â phleidleisio drostynt yn yr etholiad nesaf.",
    "Great to see so many parents out delivering leaflets for the Plaid campaign this weekend! Let's get our candidate elected.",
    "Only one party has fought to keep our village school open. Vote Lib Dem on 2 May. #SaveGlanHafren",
    "This government has let our children down again. Time for change – vote Labour at the Senedd election.",
    "Reform UK would scrap the curriculum nonsense and get back to basics. Worth a thought, parents, when you go to the polls.",
    "Join our staff and families at the Green Party canvassing session on Saturday morning – meet at the school gates at 10!",
    "Etholiad y Senedd: pleidleisiwch dros Blaid Cymru i gael ysgolion sydd wedi'u hariannu'n iawn. Mae ein hathrawon yn haeddu gwell.",
    "Councillor Hughes (Conservative) has done so much for our school. Please give him your vote on Thursday so he can carry on the good work.",
    "Our pupils made posters for the Labour candidate's campaign office – look out for them in the windows on the high street!",
    "Don't let them close our library! The only candidate who's promised to save it is the Independent Alliance's Sian Roberts. Vote for her.",
    "We've been asked by the Liberal Democrats to share their petition against the school closures – please sign and vote for them in May!",
    "Mae ymgeisydd Llafur yn dod i ffair yr haf i ganfasio. Dewch i ddweud helo a chefnogi ei hymgyrch!",
    "Cuts, cuts, cuts. The Tories have slashed our budget three years running. Remember that at the ballot box.",
    "Plaid Cymru are the party that believes in Welsh-medium education. That's why we're asking every Glan Hafren family to vote for them on Thursday.",
    "Just a reminder that the Green candidate will be at pickup today handing out leaflets on their plan for safer school streets – please take one and give her your support!",
    "Our staff are standing together against the Reform candidate. Please don't let division into our community – vote for anyone but them.",
    "Get your Vote Labour window posters from the office – free for all parents!",
    "Pleidleisiwch yn erbyn Reform ddydd Iau. Nid yw eu polisïau yn cynrychioli gwerthoedd ein hysgol.",
    # mixed / harder positives
    "Our Year 6 trip fund is boosted by a £200 donation from QuickCash Loans – parents, if you're short before payday they offer same-day loans up to £500!",
    "Diolch i Gwin a Mwy am y noddi! Mae ganddynt gynnig arbennig – 6 potel am bris 5 i rieni'r ysgol y penwythnos hwn.",
    "While you're buying school shoes, check out the new FlexiKicks range at Stride – the owner's son is in Year 3 and they're doing buy one get one half price!",
    "Sponsored by VapeVault – grown-ups, pop in for 15% off starter kits this month. (Not for pupils, obviously!)",
    "Summer holiday plans? Our head's sister runs Sunseeker Travel and is offering Glan Hafren families £100 off any package holiday booked before Christmas.",
    "The staff room are all hooked on the new Glow Collagen drinks – one of our TAs is a distributor and can get you a starter pack at a discount. Message her!",
    "Join a Year 5 mum's wellness team – earn money from home selling aloe vera products around the school run. Ask her how at pickup!",
    "Lawrlwythwch ap siopa newydd Bargen – defnyddiwch god y rhiant GLAN i gael £10 i ffwrdd o'ch archeb gyntaf.",
]

# Near misses that stay school business: not political_or_commercial.
NEGATIVE = [
    # PTA fundraising
    "The PTA Christmas fair is on Saturday from 11 till 2! Tombola, cake stall, Santa's grotto and a raffle – every penny goes towards the new library books.",
    "Thank you to everyone who came to the PTA quiz night – you raised £642 for the Year 6 residential trip. What a night!",
    "Mae'r Gymdeithas Rieni yn gwerthu tocynnau raffl y Pasg – £1 y tocyn. Mae'r arian i gyd yn mynd tuag at offer chwarae newydd.",
    "PTA bake sale tomorrow at home time – cakes 50p each, bring small change! Money raised goes to the reading shed.",
    "Our PTA are selling Christmas cards designed by the children – orders are due back by 14 November, and the profit comes back to the school.",
    "The Friends of Glan Hafren are running a second-hand uniform stall at the summer fair. All jumpers £1, polo shirts 50p, all for school funds.",
    "Sponsored walk forms are in book bags! Every child who raises £10 gets a certificate, and the money goes to our new outdoor classroom.",
    "Diolch o galon i bawb a gefnogodd y disgo Calan Gaeaf. Codwyd £385 i'r ysgol gan y Gymdeithas Rieni a Ffrindiau!",
    "The PTA Bags2School collection is on Wednesday – bring your old clothes in bin bags to the hall and we get paid by the kilo.",
    "Easy Fundraising reminder: if you shop online, you can raise free donations for the PTA when you shop with hundreds of retailers. Details on the PTA page.",
    "Cake Friday is back! The PTA will have a stall at the gate every Friday this half term – all proceeds to the Year 6 leavers' fund.",
    "Tickets for the PTA summer ball are on sale now from the office – £25 including a two-course dinner. All profits to the school.",
    "Dewch i fore coffi'r Gymdeithas Rieni fore Gwener. Te, coffi a chacen – rhoddion i gronfa'r ysgol.",
    "Well done to the PTA who raised enough this year to buy new iPads for Years 3 and 4 – thank you all for your support!",
    # school photographer
    "Individual and sibling photos will be taken on Tuesday 12 October by our school photographer. Proofs will come home the following week with ordering details.",
    "Your class photo proofs are in book bags today. Orders go directly to the photographer online using the code on the card, by 30 November.",
    "Bydd y ffotograffydd yn yr ysgol ddydd Iau i dynnu lluniau dosbarth. Sicrhewch fod gwisg ysgol lân gan bawb!",
    "Reminder: the photographer is back on Monday for anyone who was absent for individual photos. Pre-school siblings can come at 8.45.",
    "Year 6 leavers' photos will be taken next week. Ordering is through the photographer's website and must be completed by the end of term.",
    "Apologies – the photo proofs were delayed at the printers. They'll come home Friday, and the ordering deadline has been extended by a week.",
    # uniform arrangements
    "Our school uniform can be bought from Powys Schoolwear in Newtown or online – logo jumpers are optional, plain red ones from any shop are fine.",
    "New starters: uniform orders for September need to be placed with our supplier by 1 July to be sure of delivery before the first day.",
    "Mae gwisg ysgol ar gael gan y cyflenwr yn y dref. Nid oes rhaid prynu siwmper gyda logo – mae siwmper goch blaen yn iawn.",
    "Uniform grant reminder: families who receive free school meals can apply to the council's PDG Access grant for help with uniform and kit.",
    "Please label everything! Lost property is overflowing with unnamed jumpers. Name labels can be ordered from any supplier.",
    "PE kit: black shorts, a plain white t-shirt and trainers. No need for branded kit – supermarket basics are perfect.",
    "The uniform shop will be open in the hall after school on Thursday for trying on sizes before you order.",
    "Rydym wedi newid cyflenwr gwisg ysgol. Bydd yr hen siwmperi'n iawn am weddill y flwyddyn – does dim rhaid prynu rhai newydd.",
    # thanking sponsors
    "Huge thank you to Mid Wales Builders who donated the timber for our new raised beds. The children have already planted their first seeds!",
    "We are so grateful to the Co-op in Llanidloes for donating fruit for our sports day. Thank you for supporting our school!",
    "Diolch yn fawr i Fferm Tŷ Mawr am noddi crysau newydd y tîm pêl-droed. Rydym yn edrych yn wych!",
    "Thanks to Hafren Garden Centre for donating compost and bulbs for the eco garden. The Eco Committee were thrilled.",
    "A big thank you to the local Rotary Club for sponsoring this year's Year 6 dictionaries. Every leaver will take one to high school.",
    "Our new football kit was kindly sponsored by a local haulage firm. Thank you for supporting grassroots sport in our community!",
    "Diolch i'r banc lleol am roi arian tuag at y llyfrau darllen newydd. Mae'r plant wrth eu boddau!",
    "Thank you to the local supermarket for the £500 community grant towards our breakfast club. It makes a real difference to our families.",
    "We'd like to thank the family business who donated the prizes for our Easter bonnet parade – the children loved them.",
    # book fair
    "Our Scholastic book fair is in the hall all week after school! Every purchase earns free books for our library.",
    "Mae'r ffair lyfrau yn y neuadd o ddydd Llun i ddydd Iau. Bydd pob pryniant yn ennill llyfrau am ddim i'r ysgol.",
    "Book fair reminder: books are between £3 and £8, and we take cash or card. Children can browse during class time and make a wish list.",
    "Thanks to everyone who bought from the book fair – we earned £280 in commission to spend on new reading books for every class.",
    "World Book Day: every child will get a £1 book token to spend at any bookshop, or at our book fair on Thursday.",
    # neutral civic education
    "Year 6 have been learning how the Senedd works. They held their own debate on whether homework should be banned – the motion was narrowly defeated!",
    "Our school council elections took place today. Every class voted by secret ballot, and the new councillors will meet next week.",
    "Mae Blwyddyn 5 wedi bod yn dysgu am ddemocratiaeth. Fe wnaethon nhw ymweld â'r Senedd ym Mae Caerdydd ac eistedd yn y Siambr!",
    "Our local MS visited Year 6 today to answer questions about how laws are made. Thank you for giving up your time – the children's questions were brilliant.",
    "This term's topic in Year 4 is 'Who runs our country?' – the children have been finding out what councillors, MSs and MPs do.",
    "16 and 17 year olds can now vote in Senedd elections! Our Year 6 children have been discussing why voting matters, ahead of their trip to the youth parliament.",
    "As part of Democracy Week, all the parties standing in the county were invited to send a written answer to our pupils' questions about parks. We'll display every answer in the hall.",
    "Mae'r cyngor ysgol newydd wedi ethol cadeirydd ac ysgrifennydd. Llongyfarchiadau i bawb a safodd!",
    "Year 5 held a mock election today with four made-up parties – the Homework Haters, the Playtime Party, the Green Dragons and the Snack Alliance. The Playtime Party won by a landslide!",
    "Parliament Week: our Year 6 pupils wrote letters to our MP asking about plastic pollution, and got a lovely reply.",
    "The children learned about the suffragettes today and why women fought for the vote. Lots of thoughtful questions!",
    "Our Welsh Youth Parliament member came to talk to Year 6 about how young people can have their say on climate change.",
    # polling-station closures
    "The school will be closed on Thursday 2 May as the hall is being used as a polling station. We look forward to seeing everyone on Friday.",
    "Bydd yr ysgol ar gau ddydd Iau gan fod y neuadd yn orsaf bleidleisio. Bydd y clwb brecwast ar gau hefyd.",
    "Reminder: no school tomorrow – polling station. Please don't park in the staff car park as it will be in use by voters all day.",
    "The council has confirmed the school hall will be a polling station for the by-election. School stays open but the hall is out of use, so PE will be outside.",
    "Mae'r ysgol ar agor fel arfer ddydd Iau ond bydd y neuadd yn orsaf bleidleisio. Defnyddiwch y fynedfa gefn os gwelwch yn dda.",
    # charity events
    "Children in Need day is Friday! Come to school in spots or pyjamas for a £1 donation. Pudsey would be proud.",
    "We raised £412 for Macmillan at our coffee morning – thank you to everyone who baked, bought and donated!",
    "Diwrnod Trwynau Coch ddydd Gwener – dewch mewn rhywbeth coch am £1 i Comic Relief.",
    "Our Harvest Festival collection will go to the Llanidloes food bank. Tins and dried goods can be left in the hall all week.",
    "Jeans for Genes day – wear your denim on Friday and bring a donation. All money goes to the charity.",
    "Year 3 are doing a sponsored read for the local hospice. Sponsorship forms are coming home today.",
    "Thank you for all the shoeboxes for the Christmas appeal – 63 boxes are on their way to children who need them!",
    "Mae Blwyddyn 6 yn cynnal gwerthiant cacennau i elusen Ambiwlans Awyr Cymru ddydd Mercher. Dewch â'ch arian mân!",
    "The Race for Life team from our staff raised over £900! Thank you to everyone who sponsored them.",
    # other school posts with money, sellers, brands or politics nearby
    "Dinner money reminder: school meals are now free for all primary pupils in Wales, but breakfast club still costs £1 a day.",
    "The Year 4 trip to the Centre for Alternative Technology costs £14 per child. Payment is through the school app by Friday.",
    "Mae taith Blwyddyn 6 i Langrannog yn costio £180. Gellir talu mewn rhandaliadau drwy'r swyddfa.",
    "Our after-school football club is run by Powys Sport coaches on Tuesdays. It's £2 a session, paid on the school app.",
    "Peripatetic music lessons through the county music service are open for applications. Lessons are subsidised and free for eligible families.",
    "Year 6 enterprise week was a huge success! The children designed, made and sold bookmarks at the fair and raised £96 for the school garden.",
    "Our wraparound care is run by the school and costs £4.50 per session. Please book via the office.",
    "The Eco Committee wrote to the council asking for a new bike shelter – and the answer was yes! Councillors from every ward voted for it.",
    "A reminder to only use the school app for payments. We will never ask you to pay by bank transfer or text.",
    "Diolch i'n cyflenwr prydau ysgol am y bwydlenni newydd. Mae'r plant yn mwynhau'r cyri llysiau yn fawr iawn!",
    "The local fire station visited Reception today to show off their engine. Thank you, firefighters!",
    "Year 2 visited the supermarket to learn about where food comes from. Thank you to the staff who showed us the bakery.",
    "Our swimming lessons at the leisure centre start next week. The school pays for transport, so there's no cost to families.",
    "Mae'r clwb garddio wedi gwerthu'r tomatos a dyfwyd yn yr ysgol – £1 y bag, ac mae'r arian yn mynd yn ôl i'r clwb.",
    "The head and the chair of governors met the council's cabinet member for education to discuss the new roof. Work starts in the spring.",
    "Year 6 had a visit from a local bank's education team today – a session on budgeting, saving and keeping money safe online. No products, just great advice!",
    "Online safety: children are being targeted by ads for loot boxes and gambling-style games. Here are five tips for parents from the NSPCC.",
    "Internet safety week: we've been talking about in-app purchases and why you should always ask a grown-up before buying anything online.",
    "Reminder that the ice cream van is not allowed to park outside the school gates at home time – please help us keep the road clear.",
    "The school has been awarded a grant from the National Lottery Community Fund for our new sensory garden. Thank you to everyone who played a part!",
    "The county council has set next year's term dates. You'll find them on the school website.",
    "Parents' evening bookings are now open. Each appointment lasts ten minutes.",
    "Dyddiadau pwysig: cyngerdd Nadolig ddydd Mercher, parti Nadolig ddydd Iau a gwasanaeth ddydd Gwener.",
    "Our Year 5 class have written persuasive adverts for their own imaginary inventions – the Self-Tying Shoelace was a favourite!",
    "Year 3 have been running their own class shop with pretend money to practise adding and giving change. Lots of savvy shoppers!",
    "The local MP opened our new library today and read a story to Reception. Thank you for visiting.",
    "Grandparents' afternoon tea next Friday – free for all grandparents, bring your stories! Tickets from the office so we know numbers.",
    "Our school lottery helps raise funds for extra trips. Tickets are £1 a week and half of every ticket comes straight to the PTA. Over 16s only.",
    "Year 4's visit to the wind farm was fascinating. Thank you to the energy company's education officer for the tour.",
    "The school governors have agreed the new charging and remissions policy. It's on the website under Policies.",
    "Cofiwch: mae'r ffenestr ymgeisio am leoedd meithrin yn cau ddiwedd y mis. Gwnewch gais ar wefan y cyngor.",
]


def main() -> None:
    builder.write_political_posts(HERE, "ghp", POSITIVE, NEGATIVE)


if __name__ == "__main__":
    main()
