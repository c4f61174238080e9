"""Build St Aidan's development set (roster.csv, staff.csv, posts.jsonl), written after the first
round of English word-name fixes and scored once, as a check on them.

St Aidan's is an invented Catholic primary in Lancashire. Its classes are named after birds
(two of them pupils' names too), and about 40 % of its pupils have given names that are also
English words. Two voices: a Year 4 teacher's chatty class account, and the office's formal
newsletter posts. Markup as in ``../larkfield/build.py``. Run:
``python evaluation/dev/st-aidans/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

WORD_NAMES = (
    "Olive Blossom Fern Clover Meadow Coral Cherry Ginger Lark Dove Raven Ocean Rain Bear Fox Wolf "
    "Phoenix Destiny Trinity Hope Grace Joy Summer Rose Ruby Max Sonny Dusty Honor Kestrel"
).split()
OTHER_NAMES = (
    "Aidan Bede Hilda Cuthbert Niamh Siobhan Declan Kieran Aoife Ciara Maisie Layla Isabelle Ruben Nathan "
    "Kyle Tyler Jayden Kayden Leah Holly-Mae Lacey Poppy-Rose Darcy Tilly Evan Owen Zain Maryam Bilal Ayaan "
    "Safa Hannah Liam Conor Shannon Kerry Megan Abigail Nina Luca Marco Gianni Francesca Ellie"
).split()
FIRST = {"Max": "Maximilian", "Sonny": "Jackson", "Dusty": "Dustin"}
SURNAMES = "Walsh Brady Kenny Duffy Rafferty Hussain Ashcroft Entwistle Fletcher Sharples Ogden Tattersall".split()
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Wrens", "Year 1": "Robins", "Year 2": "Larks", "Year 3": "Swifts",
           "Year 4": "Kestrels", "Year 5": "Herons", "Year 6": "Falcons"}
STAFF = [
    ("SA01", "Mrs", "Bernadette", "Cullen", "Headteacher"),
    ("SA02", "Mr", "Joe", "Bell", "Class Teacher"),
    ("SA03", "Miss", "Grace", "Ormerod", "Class Teacher"),
    ("SA04", "Mrs", "Anne", "Summers", "School Office"),
    ("SA05", "Fr", "Michael", "Doyle", "Parish Priest and Governor"),
]

T, N = "teacher", "news"
POSTS: list[tuple[str, str]] = [
    # --- naming pupils ---
    (T, "Kestrels, you were AMAZING in mass this morning 🙌 Special shout out to {Olive} and {Blossom} for the readings."),
    (T, "{Fern} has been practising her 8 times table all week and nailed it today! 💯"),
    (N, "Congratulations to {Clover} in Year 2, who has been awarded the Bishop's Badge for service."),
    (T, "Who knew {Meadow} could juggle?! Talent show next week is going to be epic 🤹"),
    (N, "{Coral} and {Cherry} represented St Aidan's at the Lancashire schools' swimming gala."),
    (T, "Our new reading buddies: {Ginger} (Y4) is reading with {Lark} from Larks every Friday 📚"),
    (T, "Massive thanks to {Dove} for tidying the book corner without being asked. Legend."),
    (N, "{Raven} and {Ocean} have raised £85 for CAFOD by selling loom bands."),
    (T, "{Rain} asked the bishop the best question of the day: \"Do you have to wear the hat?\" 😂"),
    (T, "Kestrels' artists of the week: {Bear}, {Fox} and {Wolf}! Look at those pastel skies 🎨"),
    (N, "A warm welcome to {Phoenix}, who joins Herons class after half term."),
    (T, "{Destiny} and {Trinity} wrote and performed their own prayer for our class liturgy 🙏"),
    (N, "We are delighted that {Hope} has been chosen as our new Head Girl."),
    (T, "Grace before lunch was led by {Grace} today, and she did it beautifully."),
    (T, "{Joy} finally conquered the climbing wall. Never give up! 🧗"),
    (N, "Year 6 leavers' awards: Sportsperson of the Year goes to {Summer}."),
    (T, "{Rose} brought in her nan's wartime ration book for our history topic. Fascinating!"),
    (T, "Happy birthday {Ruby}! 🎂 Hope you have the best day."),
    (N, "{Max} and {Sonny} have been selected for the Burnley FC community football squad."),
    (T, "Cheeky grin from {Dusty} when he beat me at chess 😅 Rematch tomorrow."),
    (N, "{Honor} has achieved her Grade 3 violin with distinction."),
    (T, "{Kestrel} in Kestrels?! Yes really – and she's our class tech whizz 💻"),
    (T, "well done {rose=Rose} and {ruby=Ruby} for your fab poster about plastic in the oceans 🌊"),
    (N, "The Young Voices choir this year: {Aidan}, {Hilda}, {Niamh}, {Aoife} and {Maisie}."),
    (T, "{Bede} spent his golden time building a cathedral out of Lego. Durham has competition!"),
    (N, "{Cuthbert} and {Declan} will serve at the First Holy Communion mass on Sunday."),
    (T, "{Layla}, {Zain} and {Maryam} made our Eid display for the entrance hall 🌙"),
    (T, "Spelling bee champion for the second year running: {Isabelle}! 🐝"),
    (N, "Congratulations to {Jayden} and {Kayden} on passing their cycling proficiency."),
    (T, "{Holly-Mae} and {Poppy-Rose} ran our class tuck shop all week and made £42 profit 🍎"),
    (T, "Shout out to {Bear}'s grandad, who came in to talk about life down the pit."),
    (N, "{Olive}'s family have kindly donated a bench for the prayer garden."),
    (T, "Thank you {Fox}! The class guinea pig has never been so well looked after 🐹"),
    (T, "{Phoenix} told the class all about Chinese New Year and taught us to write our names."),
    (T, "BIG well done to {OCEAN=Ocean}!!! 🏆"),
    (N, "Our Mini Vinnies group, led by {Trinity}, collected 90 tins for the food bank."),
    (T, "{Summer} and {Grace} were our class reporters for the Bishop's visit."),
    (T, "Proud of {Wolf}, who read his story aloud even though he was nervous."),
    (N, "{Cherry Walsh=Cherry} (Year 5) has been named the county's young carer of the year."),
    (T, "Meet our new class helper: {Meadow}! She'll be looking after the plants this term 🌱"),
    # --- the same words as words ---
    (N, "Summer uniform may be worn from Monday 28 April."),
    (T, "Hope everyone had a lovely Easter! Ready for the summer term 🌞"),
    (N, "Our Grace Before Meals prayer card is available to download from the school website."),
    (T, "Joy and wonder in Kestrels today: we hatched chicks! 🐣"),
    (N, "Faith in Action award: nominations close on Friday."),
    (T, "Rose, lavender and sage are all flowering in our sensory garden 🌸"),
    (N, "Ruby Wedding congratulations to our lollipop lady Pat and her husband Ken!"),
    (T, "Max effort from everyone in PE today 💪"),
    (T, "Sonny and Cher's greatest hits blasting out at our 70s disco rehearsal 🕺"),
    (N, "Clover Hill Farm have invited Reception for a lambing visit next term."),
    (T, "Olive oil, bread and hummus: Kestrels tried Mediterranean food in our geography lesson."),
    (T, "Blossom is out on the cherry trees in the playground! Spring has sprung 🌸"),
    (N, "Fern Lane will be closed for roadworks from 3 to 7 March. Please allow extra time."),
    (T, "Meadow walk with Larks class this afternoon – wellies on!"),
    (T, "Coral reefs are our science topic this half term. Did you know they are animals? 🐠"),
    (N, "Cherry blossom, daffodils and primroses: our May procession flowers are ready."),
    (T, "Ginger biscuits for our Gingerbread Man retelling! 🍪"),
    (T, "The larks were singing over the field during our cross-country. Lovely morning."),
    (N, "Dove Cottage trip for Year 6: we are visiting Wordsworth's home in Grasmere."),
    (T, "Raven's Wood is the setting of our class novel. Spooky!"),
    (T, "Year 4 made posters for World Ocean Day 🌊"),
    (N, "Rain is forecast for sports day, so it will move to Thursday 12 June."),
    (T, "We're Going on a Bear Hunt! Reception acted it out on the field."),
    (T, "Fantastic Mr Fox is our class read this term. Whoever can guess the ending gets a sticker 🦊"),
    (T, "Who's afraid of the big bad wolf? Not Wrens class!"),
    (N, "Phoenix Leisure Centre will host our swimming lessons from September."),
    (N, "Holy Trinity Church will host our Carol Service on 16 December."),
    (T, "Destiny's Child on the speakers at the disco. Mr Bell has requested no more 90s music 🙈"),
    (N, "Joy Ormerod, a former pupil and now a nurse, visited to talk to Year 6 about careers."),
    (T, "Miss Grace Ormerod is leading the school choir this year."),
    (T, "Amazing Grace was our hymn at the end-of-term mass 🎶"),
    (N, "Summer Fair raised £1,240 – thank you to everyone who helped."),
    (T, "A rose by any other name... Year 6 are studying Romeo and Juliet!"),
    (N, "Ruby, our school therapy dog, will be in on Tuesdays and Thursdays."),
    (T, "We tried to count how many words we could make from the letters in 'honor'. 11!"),
    (N, "Kestrel Class will lead the Year 4 assembly on Friday at 9am; parents are welcome."),
    (T, "Dusty shelves in the library got a spring clean from the book monitors."),
    (T, "Hope and faith are two of the gifts of the Holy Spirit we learned about today."),
    (N, "Please return the Phoenix Trust consent forms by Friday."),
    (T, "The word 'summer' comes from an old English word, sumor. Who knew? 🤓"),
]


def main() -> None:
    pupils = []
    for i, pref in enumerate(WORD_NAMES + OTHER_NAMES):
        year = YEARS[(i * 4) % 7]
        last = SURNAMES[(i * 5) % len(SURNAMES)] if pref != "Cherry" else "Walsh"
        pupils.append(builder.pupil(builder.pupil_id("SA", i + 1), FIRST.get(pref, pref), last, pref, year,
                                    CLASSES[year]))
    by_name = builder.ids_by_preferred_name(pupils)
    builder.write_school(HERE, pupils, STAFF)
    builder.write_marked_posts(HERE, POSTS, "sa", by_name)
    print(f"{len(WORD_NAMES)} of the pupils have word-names")


if __name__ == "__main__":
    main()
