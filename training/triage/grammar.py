"""The template grammar of the triage training data: slots, ``expand`` and ``augment``.

A template is expanded by :func:`expand`: ``{name}`` is a slot (a random entry of
``SLOTS[name]``, itself expanded), ``{a|b|c}`` picks one alternative inline and ``{|x}`` makes
``x`` optional. :func:`augment` makes a noisier copy (case, textspeak, typos) as people type.
"""

from __future__ import annotations

import random
import re

_BRACES = re.compile(r"\{([^{}]*)\}")

SLOTS: dict[str, list[str]] = {
    # people
    "staff": ["the head", "the headteacher", "the head teacher", "the deputy head", "the deputy", "the caretaker",
              "the lollipop lady", "the lollipop man", "the crossing patrol", "the receptionist", "the office lady",
              "the woman in the office", "the dinner lady", "the PE teacher", "the year 4 teacher", "the new teacher",
              "the TA", "the teaching assistant", "the SENCO", "the music teacher", "the supply teacher",
              "the breakfast club woman", "the bus driver", "the chair of governors", "{title} {surname}",
              "{title} {surname}", "the head of the juniors", "the nursery manager", "the site manager",
              "the after school club lady", "the year 6 teacher", "the reception teacher", "the cook"],
    "title": ["Mr", "Mrs", "Miss", "Ms", "mr", "mrs", "miss", "Sir"],
    "surname": ["Pritchard", "Lloyd", "Okafor", "Harris", "Bevan", "Nowak", "Thomas", "Khan", "Morgan", "Price",
                "Whitfield", "Caddick", "Rowlands", "Ahmed", "Kowalski", "Jenkins", "Fairweather", "Bowen",
                "Mbeki", "Lewis", "Garland", "Hughes", "Dunmore", "Patel", "Evans", "Sheridan", "Quinn", "Ellis"],
    "kidname": ["Alfie", "Poppy", "Macy", "Tomos", "Ffion", "Jayden", "Amira", "Kacper", "Lily-Mae", "Osian",
                "Ruby", "Zain", "Harper", "Dylan", "Seren", "Mason", "Elsie", "Bobby", "Nia", "Leo", "Maisie",
                "Iwan", "Aisha", "Theo", "Gracie", "Rhys", "Layla", "Finley", "Megan", "Ollie"],
    "adultname": ["Karen", "Dai", "Sian", "Gemma", "Lee", "Bethan", "Craig", "Nicola", "Jason", "Leanne",
                  "Gareth", "Donna", "Stacey", "Wayne", "Emma", "Carys", "Mark", "Sharon", "Kirsty", "Ryan"],
    "mykid": ["my son", "my daughter", "my lad", "my boy", "my girl", "my little one", "my youngest", "my eldest",
              "our {kidname}", "my {age} year old", "my child", "my stepson", "my stepdaughter", "my grandson",
              "my granddaughter", "my nephew", "my niece", "our little girl", "our little boy", "my kid"],
    "age": ["6", "7", "8", "9", "10", "11", "five", "six", "seven", "eight", "nine", "ten", "eleven"],
    "kids": ["the kids", "the children", "the pupils", "the little ones", "the girls", "the boys", "the infants",
             "the juniors", "the year 2s", "the year 5s", "the reception kids", "kids", "children", "the nursery kids"],
    "yeargroup": ["reception", "year 1", "year 2", "year 3", "year 4", "year 5", "year 6", "yr 3", "y4", "nursery",
                  "the infants", "the juniors", "class 2", "the year 6s"],
    "school": ["{place} Primary", "{place} primary", "St {saint}'s", "{place} Juniors", "Ysgol {welshplace}",
               "{place} Infants", "{place} Academy", "{place} school", "St {saint}s"],
    "place": ["Brynmawr", "Oakfield", "Hillside", "Millbrook", "Cwm Glas", "Ashgrove", "Pen y Bryn", "Riverside",
              "Larkhill", "Thornbury", "Heathfield", "Maesteg Road", "Woodlands", "Parc Lane", "Fernhill",
              "Castle View", "Meadowbank", "Station Road", "Greenway", "Ty Isaf"],
    "saint": ["Mary", "Joseph", "David", "Teilo", "Illtyd", "Michael", "Anne", "Cadoc", "Bernadette", "John"],
    "welshplace": ["Bro Dur", "y Cwm", "Glan Ffrwd", "Pen y Dre", "Bryn Celyn", "Cae Mawr", "Tir Morfa"],
    # times and places
    "when": ["every afternoon", "every morning", "most mornings", "three days this week", "again today",
             "at home time", "at pick up", "at drop off", "this morning", "yesterday", "after school",
             "at lunchtime", "during PE", "every day this week", "for the last fortnight", "on and off all week",
             "twice now", "at quarter past three", "around 3 o'clock", "first thing", "last night", "at break time"],
    "spot": ["outside the gate", "by the main gate", "across the road from the school", "near the crossing",
             "by the bottom field", "next to the bus stop", "by the park railings", "at the back of the playground",
             "in the lay-by near the school", "outside the juniors' entrance", "by the alleyway", "near the shop",
             "at the end of the lane", "on the corner by the school", "by the fence near the yard",
             "opposite the nursery door", "by the playing field", "in the car park of the leisure centre"],
    "vehicle": ["a white van", "a silver car", "a black car", "a van with no markings", "a blue hatchback",
                "an old transit", "a dark grey car", "a red van", "a car with tinted windows", "a people carrier"],
    "man": ["a man", "a bloke", "an older man", "some guy", "a fella", "a man in his 40s", "a grown man",
            "a man nobody recognises", "a guy with a hood up", "a woman", "a couple of men", "an adult",
            "someone who isn't a parent", "a man on his own", "a strange man", "this bloke"],
    "watching": ["watching the kids", "just sat watching the children", "staring at the girls",
                 "watching the playground", "watching the kids come out", "taking photos of the children",
                 "filming the kids on his phone", "looking over the fence at the kids", "sat there watching the yard",
                 "trying to talk to the kids", "calling kids over", "offering the kids sweets",
                 "asking the children their names", "watching the juniors play", "following a couple of the girls",
                 "hanging about where the kids walk", "watching PE through the fence", "photographing the kids"],
    "app": ["fortnite", "roblox", "minecraft", "tiktok", "snapchat", "instagram", "discord", "an online game",
            "xbox live", "a gaming app", "whatsapp", "a chat app", "youtube comments", "a game on her tablet"],
    "adultage": ["16", "17", "18", "19", "20", "22", "24", "25", "27", "30", "35", "40", "nineteen", "twenty"],
    "insultnoun": ["idiot", "goblin", "troll", "old toad", "weasel", "dinosaur", "clown", "muppet", "donkey",
                   "numpty", "cow", "old bat", "slug", "rat", "snake", "waste of space", "jobsworth", "dragon",
                   "gargoyle", "old crow", "sloth", "pig", "walrus", "halfwit", "dimwit", "imbecile", "buffoon",
                   "plank", "melt", "weirdo", "creep", "old witch", "hag", "baboon", "penguin", "ogre"],
    "insultadj": ["miserable", "useless", "bitter", "ugly", "fat", "thick", "lazy", "smug", "gormless", "pathetic",
                  "sour-faced", "stuck up", "wrinkly", "dozy", "spiteful", "jumped up", "clueless", "vile",
                  "sad", "creepy", "greasy", "brainless", "nasty", "horrible", "stupid", "dopey", "pompous"],
    "violent": ["punch her lights out", "put him in hospital", "smash his face in", "knock her out",
                "break his legs", "batter him", "give her a slap she won't forget", "deck him",
                "rip her head off", "put her through the window", "run him over", "kick his head in",
                "glass him", "stab him", "sort her out properly", "drag her out by her hair", "knock his teeth out",
                "break every bone in his body", "wrap that lollipop round her neck", "do him in"],
    "nationality": ["polish", "romanian", "eastern european", "pakistani", "somali", "nigerian", "indian",
                    "syrian", "afghan", "chinese", "bulgarian", "lithuanian", "albanian", "english", "foreign",
                    "immigrant", "refugee", "asylum seeker", "traveller", "gypsy", "bangladeshi", "kurdish"],
    "religion": ["muslims", "the muslim families", "the jews", "the sikhs", "the hindus", "the catholics",
                 "the muslim kids", "islam", "the jewish kids", "the religious lot"],
    "sexgroup": ["women", "men", "female teachers", "male teachers", "girls", "a woman", "a man", "lady heads",
                 "mums", "blokes"],
    "lgbt": ["gay couples", "two dads", "two mums", "trans people", "the gays", "lesbians", "a trans teacher",
             "people like that", "the LGBT lot", "same sex parents", "a gay teacher"],
    "disab": ["disabled kids", "the SEN kids", "autistic kids", "kids in wheelchairs", "the special needs lot",
              "the down's syndrome boy", "kids with ADHD", "the deaf kids"],
    "cost": ["twelve quid", "8 quid", "£9.99", "fifteen pounds", "30 pound", "a fiver each", "three quid a go", "£3", "£5", "£7.50", "£12", "£15", "£20", "£25", "£40", "£60", "£2.50 a day", "£80", "£150", "a tenner",
             "a fiver", "twenty quid", "forty quid"],
    "thing": ["the trip", "the school photos", "the disco", "the christmas fair", "breakfast club", "after school club",
              "the uniform", "the jumpers", "the residential", "school dinners", "the nativity tickets",
              "the book fair", "swimming lessons", "the summer fete", "the panto trip", "the PE kit", "the music lessons",
              "wraparound care", "the hoodies", "the leavers' hoodies", "the cake sale", "the sponsored walk"],
    "event": ["sports day", "the nativity", "the christmas concert", "parents evening", "the school fair",
              "the summer fete", "the leavers assembly", "the harvest service", "the st david's day concert",
              "the class assembly", "the eisteddfod", "the sponsored walk", "the open evening", "the disco",
              "world book day", "the talent show", "the carol service", "the school trip"],
    "emojipos": ["❤️", "👏", "😍", "🥰", "🌟", "💙", "😊", "🙌", "👍", "🎉", "xx", "x", ""],
    "emojilaugh": ["😂", "🤣", "lol", "haha", "😆", "😅", ""],
    "emojiangry": ["😡", "🙄", "😤", "🤬", "!!", "", ""],
}


SLOTS.update({
    "digits": ["118", "204", "377", "451", "590", "612", "733", "845", "906", "021"],
    "biz": ["sparkleclean", "jonesgardens", "info", "bookings", "quotes", "hello", "tidyhomes", "paws"],
    "mail": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "mail.com"],
})



def expand(template: str, rng: random.Random) -> str:
    """Fill a template's slots and inline choices (innermost first) until none is left."""
    text = template
    for _ in range(40):
        match = _BRACES.search(text)
        if match is None:
            break
        body = match.group(1)
        if "|" in body:
            choice = rng.choice(body.split("|"))
        elif body in SLOTS:
            choice = rng.choice(SLOTS[body])
        else:
            raise KeyError(f"unknown slot {{{body}}} in {template!r}")
        text = text[: match.start()] + choice + text[match.end() :]
    return re.sub(r"\s+", " ", text).strip()


_TEXTSPEAK = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\bbecause\b", "cos"),
              (r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bdon't\b", "dont"), (r"\bi'm\b", "im"),
              (r"\bgoing to\b", "gonna"), (r"\bwant to\b", "wanna"), (r"\breally\b", "rly"), (r"\btonight\b", "2nite"),
              (r"\bsomeone\b", "some1"), (r"\bthat's\b", "thats"), (r"\bit's\b", "its"), (r"\bcan't\b", "cant"),
              (r"\bwhat\b", "wat"), (r"\bthe\b", "da"), (r"\bto\b", "2"), (r"\bfor\b", "4")]



def augment(text: str, rng: random.Random) -> str:
    """A noisier copy: case, textspeak, typos and punctuation as people really type."""
    if rng.random() < 0.25:
        for pattern, short in rng.sample(_TEXTSPEAK, 6):
            if rng.random() < 0.6:
                text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    if rng.random() < 0.2:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if rng.random() < 0.5 else w[:j] + w[j + 1 :]
        text = " ".join(words)
    roll = rng.random()
    if roll < 0.35:
        text = text.lower()
    elif roll < 0.6:
        text = text[:1].upper() + text[1:]
    elif roll < 0.64:
        text = text.upper()
    if rng.random() < 0.2:
        text = text.replace("'", "")
    if rng.random() < 0.15:
        text = text.rstrip(".!?") + rng.choice(["!!", "...", " x", "!", "."])
    return text


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def obfuscate(text: str, rng: random.Random) -> str:
    """One longer word written to slip past a filter: digits for letters, a masked vowel, or spaced out."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    word = words[i]
    roll = rng.random()
    if roll < 0.4:
        words[i] = word.translate(_LEET)
    elif roll < 0.75:
        vowels = [j for j in range(1, len(word) - 1) if word[j] in "aeiou"]
        if vowels:
            j = rng.choice(vowels)
            words[i] = word[:j] + "*" + word[j + 1 :]
    else:
        words[i] = " ".join(word)
    return " ".join(words)
