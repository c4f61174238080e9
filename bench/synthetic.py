"""Synthetic schools and drafts for the speed and memory benchmarks (all names invented)."""

from __future__ import annotations

import random

from safepost.engine.school import ConsentKind, Pupil, SchoolContext, StaffMember, school_from_settings

FIRST = (
    "Amelia Olivia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Evie Poppy Ella Daisy "
    "Florence Harper Sienna Millie Ruby Phoebe Esme Alice Maya Erin Matilda Layla Zara Aisha Nia Seren Cerys "
    "Ffion Megan Lowri Carys Mali Alys Elin Zofia Hanna Amira Fatima Priya Anaya Oliver Noah George Leo "
    "Arthur Muhammad Harry Oscar Archie Henry Theo Jack Charlie Freddie Alfie Thomas Finley Jacob Isaac "
    "Tommy Joshua Max Lucas Ethan Rhys Dylan Osian Ioan Gethin Tomos Harri Cai Iwan Owain Aled Kacper "
    "Jakub Arjun Rohan Ibrahim Yusuf Omar Bilal Kofi Tobi Ezra Elijah Jude Reggie Albie Louie Teddy Ronnie "
    "Frankie Rory Hugo Sebastian Felix Jasper Luca Mason Logan Riley Eliza Beatrice Clara Imogen Hallie "
    "Nancy Orla Maisie Edie Thea Bonnie Lyla Aurora Violet"
).split()
LAST = (
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
    "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill "
    "Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker "
    "Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy "
    "Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman "
    "Powell Webb Rogers Gray Mason Ali Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight "
    "Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Nowak Kowalski Okafor Mensah"
).split()
NICKNAMES = {"Millie": "Amelia", "Alfie": "Alfred", "Harri": "Harry"}

FILLER = (
    "This week our pupils have been working hard on their projects and the results are fantastic. "
    "Thank you to all the families who came along to the celebration assembly on Friday afternoon. "
    "Please remember that the autumn term reports will be sent home next week with your child. "
    "Our eco council has planted bulbs around the playground and the garden is looking lovely. "
    "Year five have been learning about the water cycle and made posters for the corridor display. "
    "The library is open after school on Wednesdays for families who would like to borrow books. "
    "We are very proud of the way everyone has settled into the new routines this half term. "
    "Details of the Christmas concert and the dress rehearsal will follow in the newsletter soon. "
).split(". ")


def roster(size: int, seed: int = 7) -> tuple[Pupil, ...]:
    rng = random.Random(seed)
    years = ["Reception"] + [f"Year {n}" for n in range(1, 7)]
    pupils = []
    for i in range(size):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        consent = {ConsentKind.SOCIAL_MEDIA: rng.random() > 0.1, ConsentKind.WEBSITE: rng.random() > 0.05}
        pupils.append(Pupil(f"P{i:05d}", first, last, first, rng.choice(years), f"Class {i % 30}", consent))
    return tuple(pupils)


def school(size: int) -> SchoolContext:
    settings = {
        "name": "Speedwell Primary School",
        "policy": "default",
        "nation": "england",
        "address": "1 School Lane, Anytown AB1 2CD",
        "web_domains": ["speedwell.sch.uk"],
        "email_domains": ["speedwell.sch.uk"],
        "emails": ["office@speedwell.sch.uk"],
        "phones": ["01632 960000"],
        "allowed_link_domains": ["speedwell.sch.uk", "gov.uk"],
    }
    staff = (StaffMember("S1", "Mrs", "Helen", "Marsh", "Headteacher"),)
    return school_from_settings(settings, "synthetic", roster(size), staff)


def drafts(count: int, words: int = 300, seed: int = 11, pupils: tuple[Pupil, ...] = ()) -> list[str]:
    """Drafts of about ``words`` words; one in three names a pupil, one in five has a phone number."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        sentences: list[str] = []
        while sum(len(s.split()) for s in sentences) < words:
            sentences.append(rng.choice(FILLER))
        if pupils and i % 3 == 0:
            sentences.insert(rng.randrange(len(sentences)), f"Well done {rng.choice(pupils).first_name} for a super effort")
        if i % 5 == 0:
            sentences.append("Ring the office on 01632 960000 or email office@speedwell.sch.uk")
        out.append(". ".join(sentences) + ".")
    return out
