"""polcom-s16: issue 11's CON601 families, written by the sixteenth session's engineer before
scoring (`python build.py` writes posts.jsonl). Seven families that must fire, five that must
stay quiet, about a third Welsh or mixed. The school files are polcom-4's (Foyle Meadow College)."""

from __future__ import annotations

import json
from pathlib import Path

POSITIVE = {
    "gambling": [
        "Our new shirt sponsor SpinCity are giving every new player 50 free spins when they register – get in there before Saturday's match!",
        "Huge thanks to LuckyLine Bingo for the new minibus 🚌 Join today with promo FMC and get a £20 bingo bonus on your first deposit.",
        "The quiz night is sponsored by GoalRush – download the GoalRush app, place your first wager and they'll refund it if it loses!",
        "Diolch i BetGlas am noddi'r tîm pêl-droed! Ymunwch heddiw a chael £10 o fet am ddim gyda'r cod YSGOL10 🎉",
        "Congrats to the U14s! Match sponsor WinnersBay have an enhanced welcome offer on this week – stake £5, get £25 in bet credits.",
        "Sports day prizes kindly provided by Jackpot Jungle. Parents – new members get 100 bonus spins, 18+ T&Cs apply.",
        "Noddwr newydd y clwb rygbi yw LwcCasino 🎰 Cofrestrwch nawr am 30 troelliad am ddim!",
        "Kit sponsored by ScoreBet 🙌 Use our team code and your first accumulator is boosted to double odds.",
        "Tonight's fixture is brought to you by MegaOdds – open an account tonight and claim your risk-free first bet.",
        "Diolch o galon i Bingo'r Bae am y crysau newydd! Mae cynnig croeso o £20 i bob aelod newydd sy'n ymuno ar-lein.",
    ],
    "party_plan": [
        "I'm hosting a Body Glow pamper evening at my house on Friday – all our school mums welcome, 20% off everything ordered on the night!",
        "My new spring brochure has landed 📖 Message me for a copy, orders in by the 15th and I'll drop them off at pick-up.",
        "Anyone fancy earning a bit extra around the school run? I'm looking for two more ladies to join my skincare business 💕",
        "Mae gen i gatalog newydd Avon – anfonwch neges os hoffech chi archebu, dosbarthu i'r ysgol ddydd Gwener.",
        "Scentsy warmers back in stock! Miss Rees is taking orders in the staff room until Thursday 🕯️",
        "Book your own Pampered Chef party before Christmas and receive free products worth £60 as a host reward!",
        "Noson parti Tupperware yn fy nhŷ i nos Iau – dewch â ffrind, mae anrheg am ddim i bawb sy'n archebu.",
        "Our TA Jo has started selling Younique make-up – her online party is live on Facebook tonight, have a look!",
        "Stocking fillers sorted 🎁 Catalogue orders close Sunday, I'll bring everything into school for you in labelled bags.",
        "Looking for a flexible side hustle? Our Year 2 teacher's wellness team is growing – drop her a message to hear more.",
    ],
    "staff_services": [
        "Mrs Lewis (Year 4) is offering private maths tuition after school – £25 an hour, GCSE and 11+ prep. Email her for availability.",
        "Need your garden tidied? Our caretaker Steve does lawns and hedges at weekends, very reasonable rates – ring him for a quote.",
        "Mr Owen will be running his own holiday football camp at the leisure centre, £18 a day. Book direct with him!",
        "Mae Miss Jones yn cynnig gwersi piano preifat yn ei chartref – £15 am hanner awr. Cysylltwch â hi'n uniongyrchol.",
        "Our receptionist Claire has just qualified as a nail technician 💅 Gel sets £20 this month, evenings and Saturdays.",
        "Mr Patel is taking on a few more students for private guitar lessons – first lesson free, message him for times.",
        "Angen tiwtor Cymraeg? Mae Mrs Hughes ar gael ar nos Fawrth a nos Iau, £20 y sesiwn.",
        "Our PE teacher now runs personal training sessions for parents at the park – 6-week block for £60, spaces limited!",
        "Mrs Kaur from the kitchen bakes celebration cakes to order – birthdays, christenings, weddings. Prices from £30.",
        "Looking for a childminder over half term? Our lunchtime supervisor Dawn has two spaces, £5 an hour per child.",
    ],
    "novelty": [
        "These light-up unicorn pens are the must-have of the term! Grab one for £3.99 from PencilPals online before they sell out ✨",
        "Every kid in Year 6 has a fidget cube now 😂 if yours wants one, FidgetWorld have 3 for £10 this week.",
        "Slime kits are back! SlimeLab's glitter tubs are £4.50 each or 3 for £12 – perfect party bag fillers 🎉",
        "Ydy'ch plentyn eisiau potel ddŵr sy'n newid lliw? Mae gan SiopHwyl nhw am £9.99 – archebwch ar-lein heddiw!",
        "Want a keyring that glows in the dark with your child's name on it? TagTastic personalise them for £5 – link in our bio.",
        "The Squishmallow craze has hit our playground! Squish Depot in the retail park has the new range for £12.",
        "Our pupils love the new Brainy Bear flashcards – pick up a pack from BrainyBear.co.uk for just £7.",
        "Mae sanau hwyl SockPop yn boblogaidd iawn yma! Tri phâr am £8 ar eu gwefan.",
        "Christmas jumpers with flashing pom-poms, only £14.99 from JollyKnits – order by Monday for delivery before our jumper day!",
        "Collectable stickers alert! PackMania's new football album is £2 and packets are 80p – available at the corner shop.",
    ],
    "investment_app": [
        "Teach them about money early 💷 PiggyPro is the investing app built for under-18s – open a junior account and get £5 free.",
        "Dechreuwch fuddsoddi ar ran eich plentyn gyda'r ap CoinCub! £10 am ddim wrth gofrestru.",
        "Kids can now buy fractions of shares from just £1 with StockSprout. Download it and use our school's referral code.",
        "Want your child to learn about saving? MoneyMoose gives every child a prepaid card and an investing pot – sign up via our link for a free month.",
        "Our sponsor CryptoKids makes it easy for young people to start with Bitcoin – parents, set up an account in minutes!",
        "Rhowch ddechrau da i'ch plant: mae ap BuddsoddiBach yn cynnig cyfrif cynilo ac ISA i blant, a bonws o £15 i deuluoedd yr ysgol.",
        "Pocket money that grows! GrowPot lets children invest their pennies in real companies. First 100 families get a free year.",
        "Parents: TeenTrader is running a special offer for our pupils – start investing with £0 fees until March.",
        "Why let birthday money sit in a drawer? FutureFund Junior puts it into index funds. Download now, link below 👇",
        "Mae'r ap PocedCall yn rhoi cerdyn i bob plentyn ac yn eu dysgu i fuddsoddi – defnyddiwch god yr ysgol am fis am ddim.",
    ],
    "campaigning": [
        "On 2 May, think carefully about which party has cut our school budgets year after year. Our children deserve better.",
        "Delighted that Councillor Sam Burke is standing again – he has always fought for this school and he needs every vote he can get.",
        "Only one party has promised free breakfast clubs in every school. Remember that when you go to the polls.",
        "Mae'r llywodraeth wedi methu ein hysgolion. Mae'n bryd am newid ym mis Mai – peidiwch â gadael iddyn nhw ennill eto.",
        "If you want smaller class sizes, back the Green candidate on Thursday – she's a parent here and she gets it.",
        "This government has let our children down. Time for a change – make your voice heard at the ballot box next week.",
        "Cefnogwch ein hymgeisydd lleol, Elin Pryce, yn yr etholiad – mae hi wedi bod yn llywodraethwr yma ers blynyddoedd.",
        "Our head will be joining the Labour candidate on the doorstep this Saturday. Come along and help deliver leaflets!",
        "Please don't let the Conservatives back in – they've closed three libraries in our area.",
        "Get behind Rhys Morgan for the Senedd: a former pupil who will stand up for Welsh-medium education.",
    ],
    "petition": [
        "The Welsh Government wants to change the school day. Please sign our petition to stop it – link in bio!",
        "Stop the cuts to school transport! Add your name to the petition and share with every parent you know.",
        "Llofnodwch y ddeiseb yn erbyn cynllun y Cyngor i gau ysgolion bach gwledig 📝",
        "We are asking all families to sign the online petition opposing the government's new free-school-meals rules.",
        "Say NO to VAT on school uniforms – our petition to Westminster needs 10,000 signatures by Friday!",
        "Please sign and share: the government's plan to scrap SEN funding will hurt children like ours.",
        "Arwyddwch y ddeiseb i wrthwynebu'r toriadau i gyllideb addysg – mae pob llofnod yn cyfri!",
        "Join parents across the county in signing the petition against the minister's new inspection regime.",
        "Tell the Education Secretary this is wrong – sign the petition against the teacher pay freeze today.",
        "Our parents' action group has launched a petition against the council's budget cuts to nursery places. Please sign!",
    ],
}

NEGATIVE = {
    "own_fundraiser": [
        "Our Christmas fair raised £1,240 for new library books – thank you to everyone who baked, bought and volunteered!",
        "Sponsored walk forms are in book bags today. Every pound raised goes towards the new outdoor classroom.",
        "Mae'r ysgol yn gwerthu calendrau'r plant am £6 – arian at daith Blwyddyn 6. Archebwch drwy'r swyddfa.",
        "Non-uniform day this Friday, £1 donation please, all money towards our Year 6 residential.",
        "Our pupils' own Christmas card designs can be ordered until Friday – proceeds go to the school fund.",
        "Bake sale after school on Wednesday – cakes 50p each, money raised buys new playground equipment.",
        "Diolch i bawb a gefnogodd y ffair haf – codwyd £900 i'r ysgol!",
        "School discos are back! Tickets £3 from the office, includes a drink and crisps.",
        "The 100 Club draw for March is tonight – good luck to all our members! Profits go to the school.",
        "Year 5 enterprise week: pupils will sell their own bookmarks and keyrings at break, 20p–£1, all profits to class funds.",
    ],
    "pta": [
        "PTA quiz night on Friday 7pm in the hall – teams of six, £5 a head, bring your own snacks!",
        "Cyfarfod y Gymdeithas Rieni ac Athrawon nos Lun am 6 – croeso i bawb, dewch â syniadau!",
        "The PTA second-hand uniform sale is on Thursday after school, everything £1.",
        "Thank you to our amazing PTA for funding the Year 2 trip to the farm 🐑",
        "The PTA is looking for volunteers to run the tombola at the summer fayre – please sign up at the office.",
        "Raffle tickets from the PTA are £1 a strip – first prize is a hamper donated by local businesses.",
        "Mae'r CRhA yn trefnu disgo Calan Gaeaf – tocynnau £2 o'r swyddfa.",
        "PTA movie night: popcorn and juice included, £3 per child, parents stay free.",
        "The PTA's Easter egg hunt is this Saturday morning – free for all pupils and their siblings!",
        "Huge thanks to the PTA for the new reading sofas – the children love them.",
    ],
    "free_council": [
        "The council's free holiday activity and food programme is open for bookings for children on free school meals.",
        "Mae cynllun brecwast am ddim y Cyngor ar gael i bob disgybl o fis Medi.",
        "Free flu vaccinations for Reception to Year 6 on Tuesday – the school nursing team will be in.",
        "The county library runs a free Summer Reading Challenge – sign up at any branch.",
        "Council bulk waste collection is free this month – a reminder from our eco-council 🌱",
        "Free swimming for under-16s at council leisure centres during the school holidays.",
        "Mae'r Cyngor yn cynnig gwersi beicio am ddim i Flwyddyn 6 y tymor hwn.",
        "Families can apply for the free school uniform grant through the council website until 30 June.",
        "The local authority is offering free parenting workshops on Thursday mornings in the community hall.",
        "Free school meals applications are open for September – it only takes five minutes on the council website.",
    ],
    "charity": [
        "Thank you for your generosity on Children in Need day – you raised £412!",
        "Mae'r banc bwyd yn casglu tuniau a phasta yn y cyntedd tan ddydd Gwener.",
        "Our Year 6 charity team are collecting for the local hospice – buckets at the gate after school.",
        "Red Nose Day: wear something red and bring £1 for Comic Relief.",
        "Poppy appeal: poppies and wristbands available at the office for a donation.",
        "The Shoebox appeal closes on Friday – thank you for every box you've filled.",
        "Macmillan coffee morning in the hall on Friday, all donations to Macmillan Cancer Support.",
        "Diolch am gefnogi Diwrnod Siwmper Nadolig ar ran Achub y Plant!",
        "Our school council chose the RNLI as this year's charity – sponsored silence next week.",
        "Pyjama day for Barnardo's – £1 donation, pyjamas and slippers welcome!",
    ],
    "sponsor_thanks": [
        "A big thank you to Hughes Builders for sponsoring the new football kit – the team look fantastic!",
        "Diolch i Garej Glyn am noddi crysau newydd y tîm rygbi 🏉",
        "Thanks to Morgan's Bakery for donating bread for our harvest breakfast.",
        "Our netball team's new bibs were kindly sponsored by the Co-op – thank you!",
        "Thank you to Bay Electrical for sponsoring our sports day medals.",
        "We're grateful to the rotary club for the new dictionaries for every Year 5 pupil.",
        "Diolch yn fawr i Fferm Pen-y-bryn am yr wyau Pasg i bob plentyn!",
        "Thanks to the local Tesco for supporting our community garden with plants and compost.",
        "Our new cricket whites are thanks to Jones & Son Solicitors – thank you for your support.",
        "Thank you Evans Coaches for sponsoring the Year 6 leavers' hoodies this year 💙",
    ],
    "civic": [
        "Year 6 visited the Senedd today and met our local MS, who answered questions about how laws are made.",
        "The school will be closed on Thursday as it is being used as a polling station.",
        "Mae'r cyngor ysgol wedi cynnal etholiad – llongyfarchiadau i'r aelodau newydd!",
        "Our mock election results are in: the Pupil Party for Longer Playtimes won by a landslide 😂",
        "Year 5 wrote letters to the council about road safety outside the school – here's their reply.",
        "Our school council has started a petition for a new bike shelter – sign it at the office!",
        "Politics week: pupils learned about the different parties and how voting works.",
        "Our MP visited to open the new library and read a story to Reception.",
        "Mae Blwyddyn 6 wedi bod yn dysgu am sut mae'r llywodraeth yn gweithio.",
        "Vote for our eco-garden in the Keep Wales Tidy awards – voting closes Friday!",
    ],
}


def main() -> None:
    rows = []
    for gold, families in ((True, POSITIVE), (False, NEGATIVE)):
        for family, texts in families.items():
            for n, text in enumerate(texts, 1):
                rows.append({
                    "id": f"s16-{family}-{n:02d}",
                    "text": text,
                    "images": [],
                    "labels": {"offensive": False, "live_location": False, "unsafe_link": False,
                               "political_or_commercial": gold},
                    "spans": [],
                    "image_spans": [],
                })
    out = Path(__file__).with_name("posts.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
