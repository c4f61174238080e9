"""Build Kilcraig's development set (roster.csv, staff.csv, posts.jsonl).

Kilcraig is an invented non-denominational primary with a Gaelic Medium unit on the North Ayrshire
coast, looking over the Firth of Clyde to Arran and Cumbrae. Many pupils have given names that are
also places (Iona, Skye, Arran, Islay, Clyde), words (Heather, Dawn, Storm, Hunter, Bonnie) or
surnames (Ross, Murray, Campbell); classes are named after islands (two of them pupils' names too);
five staff share a first name with a pupil. Four voices: the school office, a P5 teacher's chatty
class account (some Scots), the Parent Council, and the Gaelic unit. Markup as in
``../larkfield/build.py``. Run: ``python evaluation/dev/kilcraig/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

WORD_NAMES = (
    "Iona Skye Rowan Heather Ross Clyde Grace Dawn Brooke Hunter Mason Taylor Cooper Isla Lewis "
    "Harris Fraser Blair Morven Lennox Bruce Wallace Douglas Kyle Glen Ailsa Arran Jura Islay Lorne "
    "Flora Robin Wren Holly Ivy Bonnie Storm Ciaran Aurora Misty Sunny Murray Angus Duncan Campbell "
    "Cara Aisling Saoirse Dara Sorcha Brodie Innes Amber Ruby Scarlett Robbie Andy Harper Faith Morag"
).split()
OTHER_NAMES = (
    "Eilidh Mhairi Ruairidh Seonaid Catriona Kirsty Lorna Shona Hamish Ewan Callum Finlay Euan Struan "
    "Jamie Connor Aiden Sean Liam Declan Orla Erin Caitlin Siobhan Roisin Ciara Aoife Grainne Eoin Oisin "
    "Cormac Fionn Padraig Conall Maisie Olivia Emily Sophie Ava Mia Lily Ella Freya Millie Evie "
    "Charlotte Amelia Hannah Chloe Abbie Katie Rachel Megan Lauren Nicole Jack Oliver Noah Leo Alfie "
    "Max Jacob Ethan Logan Lucas Daniel Matthew Alexander Thomas Cameron Rhys Kai Arlo Zara Aleksander "
    "Zofia Kacper Amir Ayesha Zainab Ibrahim Yusuf Priya Arjun Mei Sienna Layla Isabella Gracie Darcy "
    "Ellie Eva Jessica Jenna Rebecca Molly Kayla"
).split()
FIRST = {"Robbie": "Robert", "Andy": "Andrew", "Sunny": "Sunil", "Max": "Maxwell"}
SURNAMES = (
    "MacLeod MacDonald Stewart Robertson Thomson Anderson Paterson Reid Bell Banks Shaw Moss Burns Hill "
    "Wood Black White Young King Brown Gray Kerr Boyle Gallagher Docherty Quinn McLaughlin Kennedy "
    "Sinclair Gillies Munro Gemmell"
).split()
# set by hand: the full names posts use, and Morag, whom the cycle gave her teacher's full name
SURNAME_OF = {"Rowan": "Black", "Heather": "Gray", "Morag": "Munro"}
YEARS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
CLASSES = {"P1": "Cumbrae", "P2": "Bute", "P3": "Mull", "P4": "Tiree", "P5": "Skye", "P6": "Barra",
           "P7": "Arran"}
STAFF = [
    ("KC01", "Mrs", "Heather", "Sinclair", "Head Teacher"),
    ("KC02", "Mr", "Ross", "MacKay", "Depute Head Teacher"),
    ("KC03", "Miss", "Grace", "Boyle", "Class Teacher"),
    ("KC04", "Mr", "Callum", "Reid", "Class Teacher"),
    ("KC05", "Mrs", "Morag", "Gillies", "Gaelic Medium Teacher"),
    ("KC06", "Miss", "Dawn", "Kerr", "Office Manager"),
]

OFF, T, PC, G = "office", "p5", "parents", "gaelic"
POSTS: list[tuple[str, str]] = [
    # --- naming pupils ---
    (OFF, "Congratulations to {Iona} in P4, who won the North Ayrshire schools' poetry prize with her poem about the sea."),
    (T, "Skye class were pure brilliant at the swimming gala! Special mention to {Skye} for her first length unaided 🏊"),
    (T, "{Rowan} has been practising his Scots poem all week and he absolutely nailed it today 👏"),
    (OFF, "Well done to {Heather} and {Ross} for representing Kilcraig at the Burns Federation recitation."),
    (T, "{Clyde} brought in his grandad's old shipyard photos for our topic. Amazing!"),
    (T, "{Grace} and {Dawn} took charge of the class tuck shop and made £38 for the RNLI."),
    (OFF, "Our new Junior Road Safety Officers are {Brooke}, {Hunter} and {Mason}."),
    (T, "Who knew {Taylor} could play the bagpipes?! Cannae wait for the talent show 🎶"),
    (T, "Big shout out to {Cooper} for helping a P1 pal who fell in the playground. Kindness matters."),
    (OFF, "{Isla} and {Lewis} have been selected for the Ayrshire under-11 hockey squad."),
    (T, "{Harris} finally beat me at chess. I'm demanding a rematch tomorrow 😅"),
    (OFF, "A warm welcome to {Fraser}, who joins Barra class this week."),
    (T, "{Blair} read her story to the whole class – it had us all in stitches 😂"),
    (PC, "Thank you to {Morven}'s mum for running the bake sale stall on Saturday!"),
    (T, "{Lennox} and {Bruce} built a working lighthouse out of junk modelling 💡"),
    (OFF, "Congratulations to {Wallace} and {Douglas} on their Bikeability Level 2."),
    (T, "{Kyle} has read 40 books this term. Forty! 📚"),
    (T, "Happy birthday {Glen}! 🎂 Hope you have the best day, wee man."),
    (OFF, "{Ailsa} has achieved her Grade 2 fiddle with distinction."),
    (T, "{Arran} in Arran class – aye, really – was our Pupil of the Week for her fab persuasive writing."),
    (T, "{Jura} and {Islay} designed our new class charter. Looks great on the wall!"),
    (PC, "Huge thanks to {Lorne}'s dad who fixed the fence by the P1 garden."),
    (T, "{Flora} planted our sunflower seeds and they're already sprouting 🌻"),
    (OFF, "{Robin} and {Wren} represented the school at the Eco-Schools conference in Irvine."),
    (T, "{Holly} and {Ivy} were our class reporters for the school newsletter this week."),
    (T, "{Bonnie} asked the best question of the visit: \"Do lighthouse keepers get lonely?\""),
    (OFF, "{Storm} has been awarded the Head Teacher's Award for her work as a buddy."),
    (T, "{Ciaran} taught us some Irish words today. Go raibh maith agat, {Ciaran}!"),
    (T, "{Aurora} drew the most incredible picture of the northern lights 🌌"),
    (T, "Well done {Misty} and {Sunny} for your super fractions work today!"),
    (OFF, "{Murray} and {Angus} ran the school's Poppy Scotland collection this year."),
    (T, "{Duncan} was brilliant as the narrator in our class assembly."),
    (OFF, "Congratulations to {Campbell} on being elected Pupil Council chair."),
    (T, "{Cara} and {Aisling} have been learning Irish dancing and showed us a jig ☘️"),
    (T, "{Saoirse} finally got her pen licence. Proud teacher moment!"),
    (OFF, "{Dara} and {Sorcha} will read at the Remembrance service on Friday."),
    (T, "{Brodie} scored the winning goal at lunchtime and hasn't stopped smiling since ⚽"),
    (OFF, "{Innes} has raised £120 for the Beatson cancer charity by shaving his head."),
    (T, "{Amber} and {Ruby} made the class a Christmas card for the care home."),
    (T, "{Scarlett} won the class spelling bee. Spectacular!"),
    (OFF, "{Robbie} and {Andy} will represent Kilcraig at the Ayrshire chess championship."),
    (T, "{Harper} and {Faith} led our class in a song for the nursery bairns 🎤"),
    (G, "Meal a naidheachd {Morag}! {Morag} won first prize for solo singing at the Mòd 🏆"),
    (G, "Fàilte gu {Eilidh} agus {Mhairi}, who have joined the Gaelic Medium P1 class."),
    (G, "{Ruairidh} and {Seonaid} recited a Gaelic poem at the local Mòd. Math fhèin!"),
    (OFF, "{Catriona}, {Kirsty} and {Lorna} have been chosen as house captains."),
    (T, "{Hamish} and {Ewan} built a catapult for our Romans topic (we tested it on the field, safely!)."),
    (OFF, "Congratulations to {Finlay} and {Euan} on their Junior Chef certificates."),
    (T, "{Struan} told us all about his trip to the Isle of Skye over the holidays."),
    (PC, "Thank you to {Jamie}'s gran for the beautiful knitted blankets for the raffle."),
    (T, "{Orla}, {Erin} and {Caitlin} wrote a play and performed it at golden time 🎭"),
    (OFF, "{Fionn} and {Cormac} have been selected for the Scottish primary schools' cross-country."),
    (T, "{Zofia} and {Kacper} taught us to count to ten in Polish today!"),
    (T, "{Amir} and {Ayesha} made our Eid display for the corridor 🌙"),
    (OFF, "Well done to {Gracie} for 100% attendance this year."),
    (T, "{skye=Skye} and {rowan=Rowan} – great teamwork on the science investigation today! 🔬"),
    (T, "shout out to {heather=Heather} for being the best lunch buddy 💛"),
    (T, "Today's star writers: {ISLA=Isla} and {CLYDE=Clyde}! ⭐"),
    (OFF, "{#WellDoneIona=Iona} on your poetry prize! 🎉"),
    (T, "{Skye}'s poem about the ferry was read out at assembly."),
    (PC, "{Rowan}'s mum is running the tombola this year – any donations to the office please."),
    (PC, "{Iona}'s dad has kindly offered to DJ at the P7 leavers' disco."),
    (T, "{Heather Gray=Heather} won the class quiz today with a perfect score 🧠"),
    (T, "Well done {Hunter}! You were a star on sports day 🏃"),
    (OFF, "Pupil of the Week: {Dawn} (P3), {Grace} (P6) and {Ross} (P7)."),
    (T, "{Storm} and {Misty} made weather vanes for our weather topic – fitting names!"),
    (T, "{Arran} and {Skye} are the new class monitors in Arran and Skye classes."),
    (G, "Tha {Iona} agus {Islay} a' dèanamh sgoinneil! Well done in the Gaelic spelling test."),
    (OFF, "Congratulations to {Rowan Black=Rowan} on winning the Kilcraig Rotary Club quiz."),
    (T, "Huge well done to {Clyde} – his model of the Waverley paddle steamer is epic 🚢"),
    (T, "{Bonnie} and {Heather} won the three-legged race. Unstoppable!"),
    (PC, "Thank you {Ciaran} and {Storm} for helping set up the Christmas fair."),
    (T, "Our wee P5 author {Lewis} has finished his first chapter book 📖"),
    (OFF, "{Ross} has been named Young Volunteer of the Year by North Ayrshire Council."),
    (T, "Lovely to see {Grace} back after her operation. We missed you!"),
    (T, "{Dawn} asked if we could have a class pet. Watch this space 🐹"),
    # --- the same words as words, places, adults, titles ---
    (OFF, "Reminder: the P7 residential trip to the Isle of Iona leaves on Monday at 8am."),
    (T, "We watched the ferry sail over to Arran today. Gorgeous views across the Firth of Clyde!"),
    (PC, "The Parent Council meets on Tuesday at 7pm in the library. All welcome."),
    (OFF, "The school will be closed on Friday due to Storm Ciaran. Please stay safe."),
    (T, "Storm Babet has blown our class sunflowers right over 😩"),
    (OFF, "Iona is a small island off the Isle of Mull, famous for its abbey."),
    (T, "We sang the Skye Boat Song in assembly. Not a dry eye in the hall!"),
    (T, "Amazing Grace on the bagpipes at the Remembrance service. Stunning."),
    (OFF, "Mrs Heather Sinclair, our Head Teacher, will be at the gate every morning this week."),
    (OFF, "Mr Ross MacKay will be leading the P6 trip to Glasgow Science Centre."),
    (T, "Miss Boyle's class have been learning about the Clyde shipyards."),
    (T, "Heather is out in bloom on the hills behind the school. Purple everywhere 💜"),
    (T, "The heather was beautiful on our walk up to the Knock Hill today."),
    (PC, "Rowan berries everywhere on the walk to school! Did you know the rowan tree was said to keep witches away?"),
    (T, "Dawn broke over Arran as we arrived for our sunrise photography session 🌅"),
    (OFF, "Ross County v Kilmarnock tickets are available for P6 and P7 families through the club's schools scheme."),
    (T, "Clyde FC came to visit and ran a football session with P5. Brilliant coaching!"),
    (PC, "Harris Tweed bags and scarves are on sale at the craft fair this Saturday."),
    (T, "We learned about the Lewis chessmen today – found on the Isle of Lewis in 1831."),
    (OFF, "Hunter wellies are great for the forest school sessions, but any wellies will do!"),
    (T, "Dreich day, so indoor PE in the hall. Misty over the water too."),
    (T, "Sunny day = ice lollies at the gate after school ☀️"),
    (PC, "Brodie's Butchers have kindly donated the sausages for the sports day barbecue."),
    (OFF, "The Rowan Tree Nursery will hold an open morning on Thursday."),
    (T, "Grace before meals at our Burns lunch was said in Scots. Lovely."),
    (OFF, "Reminder: Burns Night supper for families on 25th January. Tickets from the office."),
    (T, "We learned 'To a Mouse' for Burns Day. The P5s loved 'wee sleekit cow'rin tim'rous beastie'."),
    (OFF, "Robert Burns was born in Alloway in 1759."),
    (T, "Who's watching Andy Murray's documentary tonight? Great for our sport topic 🎾"),
    (PC, "Thank you to everyone at the Kyle of Lochalsh youth club for the donation."),
    (OFF, "Our P4s visited Blair Atholl and Blair Castle as part of their Jacobite topic."),
    (T, "The Wallace Monument is huge! 246 steps – P6 climbed every one."),
    (T, "Robert the Bruce and the spider story – a great lesson in perseverance 🕷️"),
    (OFF, "Glen Rosa on Arran was our P7 walking route this year."),
    (T, "The glen was full of mist this morning. Absolutely bonnie."),
    (T, "Bonnie Prince Charlie and the Jacobites – P6's new topic starts Monday!"),
    (PC, "Wren and Robin bird boxes made by the Eco Committee are now up in the garden."),
    (T, "A robin visited our window every day this week. We've named him Rab 🐦"),
    (T, "Holly and ivy decorations are up in the dining hall 🎄"),
    (OFF, "Flora and fauna of the Ayrshire coast – P3's topic this term."),
    (T, "The aurora borealis was visible from Kilcraig last night! Did anyone see it?"),
    (PC, "Amber weather warning for wind on Tuesday. Please check the website for updates."),
    (OFF, "Ruby wedding congratulations to our lollipop man and his wife!"),
    (T, "Faith, hope and love – our class values this term."),
    (G, "Madainn mhath! Fàilte gu blog nan clasaichean Gàidhlig."),
    (G, "Mrs Gillies will be taking the Gaelic choir to the Royal National Mòd in Paisley."),
    (G, "Morag Gillies, our Gaelic Medium teacher, has been shortlisted for a Gaelic Award."),
    (OFF, "A chara, please find attached the new uniform policy. Le meas, the school office."),
    (OFF, "Saoirse is the Irish word for freedom – P6 learned this in their languages week."),
    (T, "Aisling means dream or vision in Irish. We wrote our own aisling poems!"),
    (G, "Oidhche mhath! Thanks to all who came to the ceilidh."),
    (OFF, "Lewis Capaldi's song 'Someone You Loved' was played at the P7 leavers' assembly."),
    (T, "Campbell's soup cans and a Warhol-style art lesson in P5 today 🥫"),
    (PC, "The Murray Park ground will be used for the sports day races."),
    (OFF, "Angus cattle at the farm visit today – P1 loved them!"),
    (T, "We read 'Duncan's Dream' in our class novel study today."),
    (T, "Kyle, the strait between Skye and the mainland, is where the Skye Bridge is."),
    (OFF, "Douglas Park in Hamilton will host the regional cross-country this year."),
    (PC, "Thank you to the Fraser family and the Taylor family for donating raffle prizes."),
    (T, "We read a book by Julia Donaldson – Mason the Mole? No, it was The Gruffalo 😂"),
    (OFF, "Cooper's Garage has sponsored our new football strips. Thank you!"),
    (T, "Isla Gray from the library came to read stories with us. Thank you, Isla!"),
    (OFF, "Dawn Kerr in the office can help with any questions about lunches."),
    (T, "Grace Boyle's P2 class sang 'Loch Lomond' beautifully this morning."),
    (T, "Callum from the community police came to talk about online safety."),
    (PC, "Heather from the Parent Council will collect the raffle money at the door."),
    (OFF, "Ailsa Craig can be seen from our playground on a clear day."),
    (T, "Jura and Islay are famous for their whisky distilleries – we learned about them for our islands topic (not a tasting session! 😂)."),
    (OFF, "The Islay ferry leaves from Kennacraig, not Ardrossan."),
    (T, "The Brooke Bond tea adverts were a hit in our 1970s topic."),
    (PC, "Storm clouds over Arran tonight. Hope the ferry runs!"),
    (T, "Misty morning on the Clyde. Lovely photos from our walk."),
    (OFF, "Harper Collins books are on sale at the book fair."),
    (T, "Arran and Cumbrae classes joined together for a big art lesson today."),
    (OFF, "Skye class will visit the Scottish Maritime Museum on Wednesday."),
    (T, "Mull class have made an amazing map of the Hebrides."),
    (OFF, "Taylor's Bakery has kindly donated scones for the coffee morning."),
    (T, "Glen Coe is one of the most beautiful places in Scotland – P7 saw it on their trip."),
    (PC, "Lorne sausage rolls at the Parent Council breakfast this Friday! 🥓"),
    (T, "Innes and MacLeod – two Scottish clans we researched for our tartan designs."),
]


def main() -> None:
    pupils = []
    for i, pref in enumerate(WORD_NAMES + OTHER_NAMES):
        year = YEARS[(i * 3) % 7]
        last = SURNAME_OF.get(pref, SURNAMES[(i * 7) % len(SURNAMES)])
        pupils.append(builder.pupil(builder.pupil_id("KC", i + 1), FIRST.get(pref, pref), last, pref, year,
                                    CLASSES[year], consent_social_media="no" if i % 23 == 5 else "yes"))
    by_name = builder.ids_by_preferred_name(pupils)
    assert len(by_name) == len(pupils), "preferred names must be unique"
    builder.write_school(HERE, pupils, STAFF)
    builder.write_marked_posts(HERE, POSTS, "kc", by_name)
    print(f"{len(WORD_NAMES)} of the pupils have word-names")


if __name__ == "__main__":
    main()
