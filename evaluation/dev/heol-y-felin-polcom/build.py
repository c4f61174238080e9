"""Write posts.jsonl for the Heol y Felin political_or_commercial development set (score once).

A third small set, in a city school's voices (an upbeat social-media volunteer, a bilingual
head, a site manager), written after the political head was added (that change came after
``bryn-eithin-polcom`` was scored) and scored once at the end. No names, numbers or links:
only political_or_commercial is at stake. ``python evaluation/dev/heol-y-felin-polcom/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

POSITIVE = [
    "Shout out to Ace Odds for our new goal nets! 🥅 Grown-ups: they're giving new account holders a £20 matched bet this weekend – details on their site.",
    "Our sports hall scoreboard is courtesy of Lucky Penny Slots. Pop their code FELIN into the app for 40 free spins (adults only!).",
    "Mae Sêr y Bingo yn rhoi £10 i bob rhiant sy'n ymuno ar-lein y mis yma. Diolch iddynt am noddi'r ras hwyl!",
    "Anyone fancy hosting a make-up party? A Year 2 mum sells a vegan beauty range and will bring samples to your house – hosts get half-price products.",
    "Our Year 4 TA has become an ambassador for a children's clothing label – she has a rail of samples in the staffroom if you want to try before you buy.",
    "Cooking, candles, cleaning – whatever your party plan, our lovely dinner lady has a catalogue for it! Ask her for the latest one at lunchtime.",
    "Mae Mrs Castellan yn gwerthu gemwaith arian wedi'i wneud â llaw. Bydd hi'n dod â'r casgliad i'r ffair – a chewch chi 10% oddi ar unrhyw beth cyn y Nadolig.",
    "Mr Ellery offers private Welsh GCSE revision sessions at weekends – £30 for 90 minutes, in person or online. Message him through his tutoring page.",
    "Our site manager Rhodri is now a fully qualified gas engineer! Boiler services at a discounted rate for school families – ask at the office for his card.",
    "Need a babysitter for date night? Two of our teaching assistants have started a sitting service – evenings and weekends, DBS checked, £10 an hour.",
    "Mae Ms Vickery yn cynnig gwersi telyn preifat i blant o bob oed. Prisiau rhesymol – siaradwch â hi wrth y giât.",
    "Mrs Castellan's husband is a personal chef and is offering dinner parties cooked in your home – mention the school and get the starter free.",
    "The rainbow pop-it pencil cases everyone's talking about are at Fun Stuff on Queen Street for just £3.99! Get there before they sell out.",
    "Must-have alert 🚨 Glow-up unicorn lamps – change colour with a clap! We've teamed up with the seller to get Heol y Felin parents 25% off.",
    "Mae'r oriawr glyfar newydd i blant ar gael am £29 yn unig gan y cwmni lleol Tic Toc – delfrydol i gadw llygad ar eich plentyn!",
    "Grab the new Dino Crunch cereal in store – every box has a collectable figure inside and the kids can't get enough of them!",
    "Fancy a new look for summer? Glam Lab Hair in Canton is offering cut and blow-dry for £25 throughout June – tell them you're a Heol y Felin parent!",
    "Pizza night sorted 🍕 Luigi's are giving families a free garlic bread with any large pizza when you order online with code FELINFAM.",
    "Mae gym newydd wedi agor yn Llandaf – aelodaeth am hanner pris i rieni'r ysgol am y tri mis cyntaf!",
    "Time for a new sofa? Cardiff Comfort have 0% interest and free delivery this weekend. Treat yourselves!",
    "The Budgie Bucks app lets children buy and sell shares in pretend and real companies – great for little entrepreneurs. Sign up through our referral link for a free starter share.",
    "Mae ap TrysorCoin yn gadael i'ch plant gynilo mewn arian cripto. Ymunwch nawr a chewch £5 am ddim i ddechrau.",
    "Crypto for kids? Absolutely! The MiniMiner app teaches children to trade digital coins safely. First deposit matched for Heol y Felin families.",
    "Please vote Labour on Thursday – they've delivered free school meals for every child in Wales and deserve another term.",
    "The Plaid Cymru candidate for Cardiff West joined our Welsh assembly today. She'd make a brilliant MS – we hope you'll support her at the ballot box.",
    "Mae'r Ceidwadwyr yn addo torri trethi a chadw ysgolion ar agor. Cofiwch hynny ar ddiwrnod yr etholiad!",
    "Reform have got some sensible ideas about discipline in schools. Worth considering when you vote in May, folks.",
    "Our staff are out campaigning for the Greens this weekend. Join us outside the library at ten if you want to help get them elected!",
    "Don't let the Tories back in. Remember the cuts to our school budget when you fill in your ballot paper.",
    "Lib Dem window posters are available at reception for any families who'd like to show their support this election.",
]

NEGATIVE = [
    "Our PTA summer fete is on Saturday – bouncy castle, ice cream, tombola and a dog show! All money raised goes to new playground equipment.",
    "Mae'r Gymdeithas Rieni wedi codi £600 ar gyfer bws taith Blwyddyn 6. Diolch i bawb a brynodd docyn raffl!",
    "Cake and coffee in the hall on Friday morning, hosted by the PTA. Donations welcome, all proceeds to the school garden.",
    "Class photographs will be taken on Tuesday. You'll receive a proof card with details of how to order from the photographer.",
    "Uniform reminder: grey trousers or skirt, white polo and a red jumper. Logo items are optional and available from the supplier in Ely.",
    "Mae siwmperi gwisg ysgol ail-law ar gael am ddim yn y dderbynfa. Helpwch eich hunain!",
    "Thank you to Cardiff Comfort for donating two sofas to our new reading lounge. The children love curling up with a book!",
    "A big diolch to Luigi's for feeding our football team after the cup final. We're grateful for your support!",
    "Our book fair is in the library until Thursday. Children can buy books before and after school, and every sale earns rewards for the school.",
    "The school will be closed to pupils on Thursday as our hall is being used as a polling station. See you all on Friday!",
    "Mae Blwyddyn 6 wedi bod yn ymchwilio i sut mae'r Senedd yn gweithio ac wedi ysgrifennu eu maniffestos eu hunain ar gyfer parc newydd.",
    "Year 5 interviewed a local councillor about how decisions are made in the city. Great questions, Year 5!",
    "The whole school voted for our charity of the year – the children's hospital won by a mile.",
    "Our MS visited today to present the Welsh language award. Thank you for taking the time to meet our pupils.",
    "Votes at 16 is now a reality in Wales! Our Year 6 debating club discussed whether it should be even younger.",
    "Red Nose Day on Friday – wear something red for a £1 donation to Comic Relief. Let's make it the silliest day of the year!",
    "Mae Blwyddyn 3 yn cynnal gwerthiant teganau ail-law i elusen canser plant ddydd Iau. Dewch â'ch arian mân!",
    "Our sponsored spell raised £740 for the local children's hospice. We're incredibly proud of every child who took part.",
    "Breakfast club costs £1 a day and is booked on the school app. Free places are available – please ask the office in confidence.",
    "Year 2 opened a class café this week, taking orders and giving change in pennies and pounds. Customer service was excellent!",
    "Mae clwb coginio ar ôl ysgol yn costio £2 y sesiwn. Mae'r ysgol yn darparu'r holl gynhwysion.",
    "Online safety: some apps aimed at children encourage trading or crypto 'games'. Have a chat with your child about real money and in-app purchases.",
    "We do not advertise businesses or political parties on our school pages. Please don't ask us to share posts of this kind.",
    "Year 6 enterprise: the children ran a smoothie stall at the fete and raised £85 towards their leavers' hoodies.",
    "Our school has been given free bikes and helmets by the council's active travel team. Thank you!",
    "Mae'r cyngor wedi cadarnhau dyddiadau'r tymor nesaf. Maen nhw ar wefan yr ysgol.",
    "Reminder: the school trip to the Senedd leaves at 9am on Wednesday. Packed lunches please.",
    "Swimming lessons for Year 4 start after half term. The council covers the cost of the pool and the coach.",
    "Thank you to the local bank for volunteering at our money week. The children learned how to make a simple budget.",
    "Our site manager has fixed the fence on the field – thank you, Mr Fenwick, for giving up your weekend!",
]


def main() -> None:
    builder.write_political_posts(HERE, "hfp", POSITIVE, NEGATIVE)


if __name__ == "__main__":
    main()
