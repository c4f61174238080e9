"""Build Larkfield's development set (roster.csv, staff.csv, posts.jsonl) from the marked-up posts below.

Larkfield is an invented English Church of England primary. About 40 % of its pupils have given
names that are also English words (Hope, Grace, May, Will, River, Hazel...), its classes are named
after trees that are also pupils' names, and its houses after gems that are too. Half the posts
name pupils; the other half use the same words as words, in titles, for pets, saints, famous
namesakes, classes, houses and months.

Markup: ``{Surface}`` is a pupil named by their preferred name; ``{Surface=Preferred}`` is a pupil
written another way (lower case, capitals, a hashtag, an initial); ``{Surface=?}`` is a child not
on the roster. Everything is invented. Run: ``python evaluation/dev/larkfield/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

# Given names that are also English words, then other names (some shared with characters and famous people).
WORD_NAMES = (
    "Hope Grace Faith Joy Summer Autumn May April June Rose Lily Ruby Amber Jade Will Bill Mark Pat Frank "
    "Sunny River Sky Holly Ivy Daisy Poppy Violet Hazel Heather Iris Pearl Dawn Robin Wren Jay Rowan Ash "
    "Willow Storm Star Honey Reed Drew Chase Hunter Miles Penny Melody Harmony Liberty Angel Patience Rocky "
    "Ray Sage Brook Jack Harry Clay Art"
).split()
OTHER_NAMES = (
    "Olivia Amelia Isla Ava Mia Freya Evie Ella Aria Sophia Noah Oliver Leo Arthur Oscar Theo Archie Henry "
    "Freddie Alfie Jacob Thomas Isaac Finley Lucas Ethan Harrison Logan Zara Maya Aisha Yusuf Ibrahim Priya "
    "Arjun Kacper Zofia Emily Chloe Sienna Harper Isabella Millie Elsie Florence Matilda Charlie Peter Alice "
    "Lucy Max Sam Ben Toby Reuben Jude Ezra Kai Ronan Tommy Dylan Erin Nancy Beatrice Mabel Edie Orla Niamh "
    "Connor Callum Lewis Jamie Rory Hugo Felix Jasper Marcus George Elsa Anna Nicholas Patrick Amira Hamza "
    "Fatima Lena Mateo Esme"
).split()
FIRST = {"Will": "William", "Bill": "William", "Pat": "Patrick", "Sunny": "Sunil", "Frank": "Francis",
         "Jack": "Jack", "Harry": "Henry", "Art": "Arthur", "Drew": "Andrew", "Ray": "Raymond"}
SURNAMES = (
    "Hartley Okafor Nowak Bennett Shaw Patel Whitaker Holmes Crossley Dobson Ahmed Lister Pickering Kaur "
    "Atkinson Greenwood Moss Haigh Sutcliffe Brennan Fairclough Kowalski Barker Ingram Thornton Mahmood "
    "Lockwood Dale Ramsden Usher"
).split()
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Acorn", "Year 1": "Hazel", "Year 2": "Rowan", "Year 3": "Willow",
           "Year 4": "Holly", "Year 5": "Ash", "Year 6": "Oak"}

STAFF = [
    ("LK01", "Mrs", "Caroline", "Ashworth", "Headteacher"),
    ("LK02", "Mr", "Daniel", "Okoro", "Deputy Headteacher"),
    ("LK03", "Miss", "Rebecca", "May", "Class Teacher"),
    ("LK04", "Mr", "Tom", "Field", "Class Teacher"),
    ("LK05", "Mrs", "Sandra", "Hope", "Teaching Assistant"),
    ("LK06", "Mrs", "Nadia", "Lal", "School Business Manager"),
    ("LK07", "Mr", "Gareth", "Wills", "PE Lead"),
    ("LK08", "Mrs", "Helen", "Brightwell", "Class Teacher"),
    ("LK09", "Miss", "Kirsty", "Lamb", "Class Teacher"),
]

OFF, HEAD, CLASS, PTA = "off", "head", "class", "pta"
POSTS: list[tuple[str, str]] = [
    # --- posts that name pupils ---
    (HEAD, "Well done {Grace}! Our Star of the Week in Willow class for her kindness at lunchtimes. ⭐"),
    (OFF, "Congratulations to {Hope} and {Faith} in Year 3, who both passed their Grade 1 piano this week."),
    (CLASS, "{Summer} read her poem about autumn leaves to the whole class today – beautiful work."),
    (PTA, "huge thanks to {joy=Joy} and {amber=Amber} for running the tombola on friday!! 🎉"),
    (HEAD, "{Will} and {Frank} represented Larkfield at the district chess tournament and came home with a trophy."),
    (CLASS, "Hazel class were amazed when {Hazel} brought in her grandad's medals for our Remembrance display."),
    (OFF, "Thank you, {River}, for showing our new families around at the open morning."),
    (HEAD, "{Mark} scored twice in the cup final – a brilliant effort from the whole team."),
    (PTA, "Raffle winners: {May} (Y2), {April} (Y5) and {June} (Reception). Prizes are in the office!"),
    (CLASS, "A big well done to {Rose} and {Lily}, who planted the new rose bed by the front gate."),
    (HEAD, "This week's Headteacher's Award goes to {Ruby} for her determination in maths."),
    (OFF, "{Jade} has been chosen as Rowan class's new school council representative."),
    (CLASS, "{Bill} built a working model of a bridge out of lolly sticks. An engineer in the making!"),
    (PTA, "shout out to {pat=Pat} who sold 40 cupcakes in 20 minutes 🧁"),
    (HEAD, "{Sunny} and {Sky} led our harvest assembly and read the prayer beautifully."),
    (CLASS, "Year 4 enjoyed forest school today. {Holly} and {Ivy} found a frog by the pond!"),
    (OFF, "Congratulations to {Daisy} and {Poppy} on their swimming certificates."),
    (HEAD, "I'd like to thank {Violet} in Year 6 for helping a younger pupil who had fallen over."),
    (CLASS, "{Heather} and {Iris} wrote brilliant diary entries as evacuees in 1940."),
    (PTA, "Well done to {Pearl} and {Dawn} for designing the poster for our Christmas fayre 🎄"),
    (CLASS, "{Robin} spotted a robin on the bird feeder and drew it for our nature journal."),
    (HEAD, "{Wren} and {Jay} have been awarded their Blue Peter badges!"),
    (OFF, "Rowan class are delighted to welcome {Rowan} back after his operation – we've missed you!"),
    (CLASS, "{Ash} and {Willow} were our roving reporters at the Year 5 science fair."),
    (PTA, "congrats to {storm=Storm} on his black belt!!! 🥋"),
    (HEAD, "Star of the Week: {Star}! Always the first to offer help."),
    (CLASS, "{Honey} made everyone laugh with her joke at the class assembly."),
    (OFF, "{Reed}, {Drew} and {Chase} will be our Year 6 play leaders this term."),
    (HEAD, "{Hunter} ran the fastest 100 metres at sports day – well done!"),
    (CLASS, "{Miles} completed the times tables challenge. He's miles ahead now!"),
    (PTA, "Thank you to {Penny} and her mum for the bake sale brownies 🍫"),
    (CLASS, "{Melody} and {Harmony} sang a duet at the spring concert."),
    (HEAD, "So proud of {Liberty}, who raised £200 for the hospice with a sponsored silence."),
    (OFF, "A warm Larkfield welcome to {Angel}, who joins Acorn class this week."),
    (CLASS, "{Patience} showed real patience teaching the younger children to knit."),
    (PTA, "{Rocky} and {Ray} won the three-legged race 🏃"),
    (HEAD, "{Sage} and {Brook} have been named our Eco Champions for all their litter-picking."),
    (CLASS, "{Jack} and {Harry} built a den at forest school and refused to come out."),
    (OFF, "{Clay} has been selected for the county cross-country squad."),
    (CLASS, "{Art} won first prize in the art competition with his painting of Whitby harbour."),
    (HEAD, "Well done to {Matilda}, who read the whole of Matilda by Roald Dahl in a week!"),
    (CLASS, "{Charlie} was the first to finish Charlie and the Chocolate Factory in our reading race."),
    (PTA, "{Peter} was a fantastic Captain Hook in our production of Peter Pan 🏴‍☠️"),
    (HEAD, "{Jude} scored a hat-trick on Saturday – move over, Jude Bellingham!"),
    (CLASS, "{Alice} and {Elsa} designed a new cover for Alice in Wonderland."),
    (OFF, "{George} and {Patrick} will carry the flag at the St George's Day parade."),
    (HEAD, "{Marcus} wrote a letter to our MP about free school meals. Very persuasive!"),
    (PTA, "well done {grace=Grace}!! so proud x"),
    (CLASS, "Our new class hamster has been named Biscuit by {Olivia}, {Isla} and {Noah}."),
    (OFF, "Congratulations to {Evie} and {Oscar} on winning the Year 3 spelling bee."),
    (HEAD, "{Amelia}, {Freya} and {Theo} have read over 100 books between them!"),
    (CLASS, "{Arthur} told us all about his visit to a real castle over half term."),
    (PTA, "Raffle draw: {Aisha} and {Yusuf} picked the winning tickets."),
    (HEAD, "A very warm welcome to our newest pupils, {Zofia} and {Kacper}."),
    (CLASS, "{Priya} explained photosynthesis better than I could!"),
    (HEAD, "{HOPE=Hope} AND {FAITH=Faith} – WHAT A PERFORMANCE!"),
    (CLASS, "Jaw-dropping artwork by {Autumn} in Ash class."),
    (PTA, "{#WellDoneRuby=Ruby} 🎉"),
    (CLASS, "May I say how proud I am of {May} this week."),
    (HEAD, "Will you join me in congratulating {Will} on his reading award?"),
    (OFF, "Hope you all had a restful half term. A special welcome back to {Hope}, who has been in hospital."),
    (CLASS, "Summer term has started and {Summer} has already finished her first project!"),
    (PTA, "Joy all round at the disco – and {Joy} won the dance-off! 💃"),
    (CLASS, "Mark your calendars: {Mark} and {Pat} are hosting our class assembly on Thursday."),
    (HEAD, "{Frank} gave a very frank talk about recycling in assembly."),
    (CLASS, "It was a sunny afternoon, and {Sunny} led the nature walk down to the river with {River}."),
    (OFF, "{Grace} in Year 1 is collecting for the Poppy Appeal with {Poppy}."),
    (CLASS, "Amber warning for snow tomorrow – but {Amber} says she's ready for a snowball fight!"),
    (PTA, "{Ivy}'s mum has kindly donated holly and ivy wreaths for the fayre."),
    (HEAD, "Well done {Daisy B.=Daisy} for excellent attendance all year."),
    (CLASS, "{Lily} painted a lily, {Rose} painted a rose and {Violet} painted violets."),
    (OFF, "{Ruby} from Ruby House won the most house points this week!"),
    (HEAD, "We are all thinking of {Faith} and her family this week."),
    (CLASS, "{jack=Jack} and {harry=Harry} (as they signed their card) thank the kitchen team for the pancakes."),
    (PTA, "Please welcome baby {Bonnie=?}, {Rowan}'s new little sister! 👶"),
    (HEAD, "Special mention for {Storm}, who helped clear the playground after Storm Odette."),
    # --- posts that use the same words as words, titles, pets, namesakes, classes, houses ---
    (OFF, "Hope you all had a lovely Christmas. School reopens on Tuesday 6 January."),
    (HEAD, "We hope to see as many families as possible at the Summer Fair on Saturday 21 June."),
    (CLASS, "Autumn has arrived in Hazel class: we collected conkers and autumn leaves for our display."),
    (OFF, "May Day celebrations: maypole dancing on the field from 2pm."),
    (PTA, "Will all parents please remember that the car park is for staff only."),
    (HEAD, "Mark your calendars: parents' evening is on 12 and 13 March."),
    (CLASS, "Pat yourselves on the back, Year 5 – 100% attendance this week!"),
    (OFF, "To be frank, the parking on Mill Lane has become dangerous. Please park considerately."),
    (PTA, "Sunny skies for our sponsored walk! Thank you to everyone who came along ☀️"),
    (CLASS, "Year 3 are studying rivers: we followed the River Brack from its source to the sea."),
    (HEAD, "Sky blue is the colour of our new PE kit. Orders through ParentPay."),
    (OFF, "Ruby red jumpers are now available in the uniform shop."),
    (CLASS, "Year 1 have been learning about amber, fossils and insects trapped in resin."),
    (PTA, "Jade plants, spider plants and cacti for sale at the plant stall – all £2."),
    (HEAD, "Faith and worship: our collective worship theme this half term is forgiveness."),
    (OFF, "Amber weather warning for snow: the school will close at 1.30pm today."),
    (CLASS, "Year 2 read The Gruffalo and made their own Gruffalo masks."),
    (HEAD, "Our Year 6 production this year is Matilda the Musical. Tickets on sale Monday."),
    (PTA, "Film night: Charlie and the Chocolate Factory, popcorn £1 🍿"),
    (CLASS, "We have been reading Peter Pan and designing our own maps of Neverland."),
    (OFF, "World Book Day: we had three Matildas, two Harry Potters and a very tall Willy Wonka!"),
    (HEAD, "Our class hamster, Biscuit, is spending half term with a family in Year 2."),
    (CLASS, "Meet Poppy, our new school dog! She will be visiting classes every Friday 🐶"),
    (PTA, "Rocky the guinea pig needs a holiday home over Easter – can you help?"),
    (OFF, "St George's Day: children may come to school dressed in red and white."),
    (HEAD, "We watched the King's Christmas message and talked about what service means."),
    (CLASS, "Our topic this term is the Tudors: Henry VIII and his six wives."),
    (HEAD, "Harry Kane's visit to the town's football club has inspired our Year 6 team!"),
    (OFF, "St Patrick's Day: green non-uniform on Monday, £1 for the charity."),
    (CLASS, "The name Grace comes from the Latin gratia. We researched what our own names mean."),
    (CLASS, "Spelling words this week: hope, rose, bill, jade and pearl."),
    (HEAD, "Holly class and Willow class will swap classrooms while the roof is repaired."),
    (OFF, "Congratulations to Ruby House, who won the house cup for the third year running!"),
    (PTA, "Emerald and Amber houses are neck and neck in the sports day points."),
    (CLASS, "Rowan class visited St Mary's church for our Christingle service."),
    (HEAD, "Our harvest collection raised 300 tins for the food bank. Thank you for your kindness and grace."),
    (OFF, "Please pay the trip bill by Friday via ParentPay."),
    (CLASS, "Daisy chains, buttercups and a lot of giggles on the field today 🌼"),
    (PTA, "The Poppy Appeal collection raised £156. Thank you!"),
    (HEAD, "April showers did not stop our Easter egg hunt!"),
    (OFF, "The summer term ends on Friday 18 July. June is a busy month, so please check the calendar."),
    (CLASS, "Year 4 made stained glass windows inspired by the rose window at York Minster."),
    (CLASS, "Our science question: why is the sky blue? Ask your child at home!"),
    (PTA, "Joy to the World rang out at the Christmas concert 🎶"),
    (HEAD, "Honey from our school beehives is on sale at the fayre, £4 a jar 🍯"),
    (OFF, "The Brook Street entrance will be closed on Wednesday for resurfacing."),
    (CLASS, "Sage, mint and rosemary are growing well in the school herb garden."),
    (HEAD, "A penny for your thoughts: our new suggestions box is in the entrance hall."),
    (CLASS, "Year 6 saw a shooting star on the last night of their residential! 🌠"),
    (PTA, "Violet, lilac and lavender: the colours of our new PTA logo."),
    (OFF, "Irises and daffodils are blooming in the memorial garden."),
    (HEAD, "Heather moorland walk for Year 5 on Thursday: please bring waterproofs."),
    (CLASS, "Pearl Harbor, Dunkirk and D-Day: Year 6 have been busy with their WW2 topic."),
    (OFF, "Dawn chorus walk with the RSPB this Sunday – families welcome!"),
    (PTA, "Robin Hood was the theme of the Year 3 assembly, complete with bows and arrows!"),
    (CLASS, "Year 2 acted out the fable of the Jay and the Peacock today."),
    (HEAD, "Ash Wednesday service at St Mary's at 9.15am. All welcome."),
    (OFF, "Storm Odette is forecast for Thursday. Please check the website for any closure."),
    (CLASS, "Reed warblers, herons and ducks were spotted on our pond dipping trip."),
    (HEAD, "Miles of smiles at sports day – thank you to every parent who came."),
    (PTA, "Drew the winning raffle tickets in assembly today: pink 047, blue 112 and yellow 230."),
    (OFF, "Chase Farm is the venue for our Reception trip next term."),
    (CLASS, "Treasure Hunter badges for everyone who completed the woodland trail."),
    (HEAD, "Melody, rhythm and harmony: our Year 4 musicians performed brilliantly."),
    (OFF, "Liberty bodices and ration books – Year 6's evacuee day was a huge success."),
    (CLASS, "Angel costumes for the nativity: a white sheet and a tinsel halo. Thank you!"),
    (HEAD, "Patience is one of our school values this term, alongside kindness and courage."),
    (PTA, "Ray of sunshine: our coffee morning raised £310!"),
    (CLASS, "Year 5 studied light: a ray travels in a straight line."),
    (OFF, "Jack and the Beanstalk is this year's pantomime at the village hall."),
    (HEAD, "Clay modelling workshop for Year 3 on Wednesday – old shirts please!"),
    (CLASS, "Art week: every class studied a different artist, from Hockney to Kahlo."),
    (HEAD, "Jude Bellingham's goal had the whole of Year 6 cheering at lunchtime!"),
    (OFF, "Saint Mark's Church has kindly lent us their hall for the concert."),
    (CLASS, "Bill of Rights, Magna Carta and parliament: our Year 6 democracy week."),
    (PTA, "Grace before our harvest picnic was said by the Reverend Sally Cook."),
    (OFF, "Faith leaders' visit: the local imam and vicar spoke to Year 5 about their faith."),
    (HEAD, "Summer holiday reading challenge: borrow six books from the library!"),
    (CLASS, "Mrs Hope and Miss May took Year 2 to the park for a picnic."),
    (PTA, "sunny day = ice lollies after school, 50p at the gate ☀️ hope to see you there!"),
    (CLASS, "we had a go at writing haiku about the sky, the river and the autumn trees."),
]


def roster() -> list[dict[str, str]]:
    rows = []
    for i, pref in enumerate(WORD_NAMES + OTHER_NAMES):
        year = YEARS[(i * 3) % 7]
        last = SURNAMES[(i * 7) % len(SURNAMES)]
        rows.append(builder.pupil(builder.pupil_id("LK", i + 1), FIRST.get(pref, pref), last, pref, year,
                                  CLASSES[year], consent_social_media="no" if i % 19 == 7 else "yes"))
    return rows


def main() -> None:
    pupils = roster()
    by_name = builder.ids_by_preferred_name(pupils)
    assert len(by_name) == len(pupils), "preferred names must be unique"
    builder.write_school(HERE, pupils, STAFF)
    builder.write_marked_posts(HERE, POSTS, "lk", by_name)
    print(f"{len(WORD_NAMES)} of the pupils have word-names")


if __name__ == "__main__":
    main()
