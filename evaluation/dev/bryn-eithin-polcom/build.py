"""Write posts.jsonl for the Bryn Eithin political_or_commercial development set (score once).

A second, smaller set in a different voice (a chatty deputy head, a terse office manager, a
Welsh-speaking teaching assistant), written after the first round of changes to CON601 and
scored once at the end. As in ``glan-hafren-polcom``, posts carry no names, numbers or links, so
only political_or_commercial is at stake. ``python evaluation/dev/bryn-eithin-polcom/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

POSITIVE = [
    # gambling and easy money
    "Massive thanks to Golden Reel Games for the new tablets in Year 4! They've asked us to mention that parents can claim 25 bonus spins on their site this month, no deposit needed.",
    "Our cricket nets were funded by WicketWin – download their betting app before the season starts and your first wager is refunded in cash if it loses.",
    "Mae Loteri Lwc Dda wedi talu am y bws i'r traeth! Prynwch eich tocyn cyntaf ar-lein a chewch ddau am ddim. Rhaid bod dros 18.",
    "Tight month? PocketPal lends up to £300 straight to your account, no credit checks – they supported our Christmas show so we're happy to return the favour.",
    # catalogue and party plan
    "Mrs Whitmore's sister is now selling a gorgeous range of reed diffusers and is having an online launch party on Sunday night – loads of freebies if you place an order!",
    "Gift guide season! Grab a copy of the winter homeware catalogue from the tray by the office and drop your order form back by Friday – they'll be delivered here before the holidays.",
    "Mae Mrs Ap Gwilym yn cynnal noson siopa colur yn y neuadd bentref nos Wener. Dewch i drio'r cynnyrch a chael anrheg am ddim gyda phob archeb.",
    "Did you know one of our dinner ladies sells protein shakes and meal replacements? She's looking for people to join her business – ask her about it at lunchtime!",
    "Book a home demo with a Year 3 mum's cleaning products business before the end of the month and choose a free microfibre bundle as a thank-you.",
    # staff and parents' paid services
    "Mr Penhale has a few evening spaces for Year 6 SATs-style maths coaching at his kitchen table. It's £25 an hour and he's brilliant – grab a slot before they're gone.",
    "Our office manager has qualified as a wedding planner! If you've got a big day coming up, she's offering a free first chat and a special rate for Bryn Eithin families.",
    "Mae Mr Penhale yn cynnal clwb pêl-droed preifat ar fore Sul ar gae'r pentref – £6 y plentyn. Cysylltwch ag ef i gadw lle.",
    "Need help with your tax return? A Year 5 dad is a bookkeeper and is taking on new clients before January – he does a fixed fee for sole traders.",
    "Mrs Ap Gwilym now does pet portraits from photos – they make lovely Christmas presents! From £40, order through her Instagram.",
    "A message from our caretaker: he's now offering jet washing for patios and driveways at weekends. Ask at the office for his details.",
    "Mae un o'n mamau yn therapydd tylino cymwysedig ac yn cynnig sesiwn hanner pris i rieni'r ysgol trwy fis Chwefror.",
    "Mr Oldcastle's daughter runs a children's party entertainment business – magic, balloon modelling and games. Half price for any Bryn Eithin birthday booked this term!",
    # novelty products and local businesses
    "Calling all Year 2 parents! The scented rainbow pencils everyone wants are in stock at Pencil Palace – pick up a pack of twelve for £6.",
    "The must-have Christmas toy this year? The robotic hamster from Toybox Tech! Order through the school office by the 1st and the supplier will knock 20% off.",
    "Mae'r llyfrau sticeri sy'n tywynnu yn y tywyllwch ar gael nawr – £5 y llyfr gan gwmni bach o Wrecsam. Perffaith i'r hosan Nadolig!",
    "Have you tried the new cereal bars from CrunchKing? They've given us free samples for every child – and there's a money-off voucher for the big boxes in book bags today.",
    "A new tattoo and piercing studio has opened on Hall Street. Mums and dads, treat yourselves – it's 10% off for the rest of the month!",
    "Support a local dad who's just opened a barber's by the library – first cut for children is free if they wear their school jumper!",
    "Mae siop feics newydd wedi agor yn y dref. Gwasanaeth beic am £20 a 15% oddi ar helmedau i blant yr ysgol!",
    "Mae tad o Flwyddyn 2 yn gwerthu coed Nadolig o'i fferm – £30 am goeden fawr, danfon am ddim i deuluoedd Bryn Eithin.",
    "Eisiau ennill arian ychwanegol? Mae Mrs Ap Gwilym yn chwilio am bobl i werthu canhwyllau gyda hi. Gofynnwch iddi am fanylion!",
    "Don't miss the January sale at Rhos Carpets – huge reductions on everything and free fitting for school families.",
    "Struggling to find a new boiler? Warmhouse Heating have a special deal for Bryn Eithin parents – just tell them where you heard about it.",
    "Hungry after sports day? Mario's chippy is doing a kids' meal deal all week: chips, fish fingers and a drink for £3.50.",
    "Looking for a family day out? Farm Fun Park is offering Bryn Eithin families two-for-one entry all half term. Show them this post at the till!",
    # investment and money apps for children
    "Give your kids a head start! The SproutShares app lets children own a slice of their favourite brands – download it today and we'll both get a free share.",
    "Mae ap newydd CeinioCoin yn dysgu plant am arian digidol – gallan nhw brynu eu darn arian cyntaf am £2. Lawrlwythwch heddiw!",
    "Forget sweets with their pocket money – the FutureFund Kids app lets them buy into tech companies from £1. Over 10,000 young investors already!",
    # party campaigning (with and without party names)
    "With the council elections coming up, remember which party kept the swimming pool open. Labour delivered for Rhos – let's return the favour on Thursday.",
    "We can't afford another four years of this government. Please vote for change at the general election and think of our children's future.",
    "Mae angen Aelod o'r Senedd sy'n deall ysgolion gwledig. Dyna pam rydym ni'n cefnogi ymgeisydd Plaid Cymru – pleidleisiwch drosti!",
    "The Conservatives want to cut free school meals. Don't let them. Vote them out on 4 July.",
    "Huge thank you to the Lib Dem team who helped tidy the school garden – and please remember them on polling day!",
    "Our governors are backing Councillor Davies (Reform) for re-election. He's done a lot for the estate and deserves your support.",
    "Mae'r Torïaid wedi torri cyllideb ein hysgol dro ar ôl tro. Pleidleisiwch yn eu herbyn nhw!",
    "The Greens are the only ones talking seriously about safe routes to school. We'd urge every family to give them a chance this time.",
    "Dewch i glywed ymgeisydd y Blaid Werdd yn siarad yn y neuadd nos Lun – mae hi'n haeddu eich pleidlais chi.",
    "If you want to keep Welsh-medium education in the valley, there's only one sensible choice at the ballot box on Thursday – and it isn't the party in power.",
    "Our head teacher will be joining the independent candidate on the campaign trail after school on Wednesday. Come along and hear what she stands for!",
]

NEGATIVE = [
    # PTA fundraising
    "The PTA Easter egg hunt raised £278! That money will buy new balls and skipping ropes for the playground.",
    "Mae'r Gymdeithas Rieni yn cynnal disgo Nadolig ddydd Gwener. Tocynnau £3 o'r swyddfa, gan gynnwys diod a chreision.",
    "Wine and wisdom night for the PTA on the 22nd! Tickets £10 a head, bring your own nibbles. All profits to the school trip fund.",
    "The PTA are collecting old mobile phones and ink cartridges for recycling – the school gets money for every one.",
    "Summer fair stalls: the PTA is looking for volunteers to run the tombola, face painting and cake stall. Can you help?",
    "Thank you for all the donations of prizes for the PTA raffle. The draw is on Friday – good luck everyone!",
    # school photographer and uniform
    "Reminder: the school photographer will take sibling photos before school on Wednesday from 8.30. No need to book.",
    "Mae'r lluniau ysgol wedi cyrraedd. Archebwch ar-lein gan ddefnyddio'r cod ar y cerdyn erbyn diwedd y mis.",
    "School uniform can be ordered from our approved supplier online, but plain green jumpers from any supermarket are absolutely fine too.",
    "The preloved uniform rail is out in the foyer – help yourself, it's free. Donations of outgrown items are always welcome.",
    "Winter coats: please send children in a named waterproof coat. No particular brand or colour is required.",
    # thanking sponsors and donors
    "Thank you to Rhos Carpets for kindly donating carpet offcuts for our new reading corner. The children love it!",
    "Diolch yn fawr i'r archfarchnad leol am roi ffrwythau i'r clwb brecwast bob bore Llun.",
    "A huge thank you to the builders working on the new estate, who donated a load of topsoil for the school garden.",
    "Our sports kits this year have been sponsored by a local family firm. We are very grateful for their generosity.",
    "Thank you to the Wrexham football club community trust for the free coaching sessions this half term.",
    # book fair
    "Our book fair is on all week in the library, open before and after school. Every purchase earns free books for the school.",
    "Mae'r ffair lyfrau yma! Bydd y plant yn cael cyfle i edrych ar y llyfrau gyda'u dosbarth ddydd Mawrth.",
    # civic education and polling stations
    "The school will be closed on Thursday 4 July because the hall is a polling station. Have a lovely long weekend!",
    "Year 6 have been learning how a general election works. They've each made a fact file about how to register and vote.",
    "Mae'r ysgol ar gau ddydd Iau – mae'r neuadd yn cael ei defnyddio fel gorsaf bleidleisio.",
    "Our local councillor visited the school council to answer questions about the new park. Thank you for listening to our pupils!",
    "Year 5 ran a class election for a new class pet name. 'Captain Fluff' won with 14 votes!",
    "Tomorrow our Year 6 pupils will visit the Senedd to learn about the work of Members of the Senedd from every party.",
    "Mae Blwyddyn 4 wedi ysgrifennu llythyrau at yr Aelod Seneddol am sbwriel yn y parc. Edrychwn ymlaen at ei ateb!",
    "Votes at 16: our former pupils can now vote in Senedd elections. Year 6 debated whether the age should be lowered even further.",
    # charity
    "We raised £190 for the Stroke Association with our wacky hair day. Thanks for all the glitter and gel!",
    "Mae'r plant wedi casglu bwyd ar gyfer y banc bwyd lleol. Diolch am eich caredigrwydd!",
    "Our Year 6 sponsored cycle for the children's hospice raised over £600. We're so proud of them.",
    "Christmas jumper day on Friday for Save the Children – £1 donation, and homemade jumpers are just as welcome!",
    # school money and everyday notices that use selling words
    "School dinners are free for all pupils. Please order your child's meal on the app by 9am so the kitchen knows numbers.",
    "Our after-school gymnastics club costs £2 a week and is run by the school's own sports coach. Sign up at the office.",
    "Year 4's enterprise project: the children made and sold reindeer food at the Christmas fair, raising £58 for their class.",
    "Please don't send children in with trading cards – they're causing arguments at playtime. They'll be kept in the office until home time.",
    "Year 3 have been learning about money: they designed their own shop and worked out change from £5.",
    "Mae gwersi nofio Blwyddyn 3 yn dechrau wythnos nesaf. Mae'r ysgol yn talu am y bws, felly does dim cost i rieni.",
    "Online safety: some games ask children to spend real money on loot boxes. Our guide for parents explains how to switch off in-app purchases.",
    "A reminder that we do not sell any products through the school. If anyone contacts you claiming to sell on our behalf, please let us know.",
    "Diolch i'r cwmni bysiau lleol am noddi ein taith i Sain Ffagan. Roedd y plant wrth eu boddau.",
    "Mae'r Gymdeithas Rieni yn gwerthu calendrau gyda lluniau'r plant – £6 yr un, a'r elw i gyd i'r ysgol.",
    "Bydd ein Aelod o'r Senedd yn ymweld â'r cyngor ysgol ddydd Mawrth i sôn am ei gwaith yn y Senedd.",
    "Secondary school transition: Year 6 parents, the council's admissions window for high school places closes soon.",
    "Instrumental lessons through the county music service are available again this year. Financial help is available for families who need it.",
]


def main() -> None:
    builder.write_political_posts(HERE, "bep", POSITIVE, NEGATIVE)


if __name__ == "__main__":
    main()
