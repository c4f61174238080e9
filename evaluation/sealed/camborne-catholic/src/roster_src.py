# Roster source: (first, last, preferred or "", consent_social_media) per year group.
# Consent "no" marked with a trailing "!" on the first name.
YEARS = [
("Reception", "Ia", """
Elowen Trewin
Jago Bolitho
Zofia Kowalska|Zosia
Angelo Santos
Hope Rowe
Bay Chegwidden
Freddie Pengelly
Isla Hosking
Teddy Nance
Maja Wójcik!
Bernadette Keast|Bernie
Arthur Polglase!
Kensa Eddy
Noah Thomas
Ysabel Reyes
Ruan Tregear
Poppy Stephens
Antoni Nowak
Sunny Carbis
Matilda Berryman|Tilly
Leo Williams!
Coral Oates
Francis Kitto|Frankie
Ava Richards
Gabriel Cruz
Senara Jenkin
"""),
("Year 1", "Petroc", """
Tamsin Pascoe
Oscar Trezise
Wiktoria Lewandowska|Wiki
Mary Joy Bautista|MJ
Cadan Rosewarne
Faith Dunstan
Theo Gilbert!
Lowen Mitchell
Evie Harvey
Kacper Zieliński
Storm Penhaligon
Clare Bennetts
Archie Quick
Miguel Mendoza
Amelia Prisk|Millie
Joseph Vivian|Joe
Ebrel Tremayne
Harry Dunstan
Lily Trengove!
Kenver Hicks
Althea Villanueva
Jack Uren
Rosie Penrose
Filip Szymański
Daisy Rowe
Dominic Eddy|Dom
"""),
("Year 2", "Meriasek", """
Morwenna Trewin|Wenna
Hanna Kamińska
Tristan Hosking
Grace Pascoe
Alfie Bolitho
John Paul Reyes|JP
Marina Santos
Charlie Nance
Ellie Curnow!
Jowan Pengelly
Teresa Garcia|Tess
Harvey Pollard
Isabelle Trezise|Izzy
Finn Carbis
Oliwia Nowak!
Benedict Kitto|Ben
Sophia Rosewarne
George Thomas
Merryn Tregear
Reign Aquino
Mason Stephens
Evelyn Hicks|Evie
Patrick Doyle|Paddy
Star Chegwidden
Ivy Williams
Szymon Wiśniewski
"""),
("Year 3", "Piran", """
Demelza Trengove
Jakub Kowalski|Kuba
Joy Mendoza
Thomas Polglase|Tom
Cecilia Bautista|Cece
Riley Quick!
Kerensa Penrose
Harrison Eddy!
Lola Harvey
Bryok Pascoe
Ruby Nicholls
Jericho Dela Cruz
Agnes Mitchell
Ethan Penhaligon
Amber Trezise
Kit Rosewarne
Willow Vivian
Aleksander Zieliński|Olek
Sienna Berryman
Louie Richards!
Tressa Jenkin
Max Williams
Harper Oates
Ignatius Doyle|Iggy
Ellie-Mae Pollard
Lukas Wójcik
"""),
("Year 4", "Kea", """
Jago Penrose
Ava-Rose Pengelly
Franciszek Lewandowski|Franek
Kristine Reyes
Loveday Curnow
Benjamin Uren|Benji
Dylan Hosking
Lucy Tremayne
Aloysius Keast|Louis
Isabel Garcia!
Daniel Kitto|Danny
Mia Rowe
Oskar Szymański
Charlotte Nance|Lottie
Kai Carbis
Gwen Tregear
Samuel Prisk|Sam
Jasmine Aquino!
Josh Bennetts
Scarlett Hicks
Rhys Nicholls
Esme Quick
Connor Doyle
Layla Pollard
"""),
("Year 5", "Columb", """
Piran Trezise
Eliza Rosewarne
Jan Kamiński
Princess Mendoza
Oliver Bolitho|Olly
Clara Eddy
Zachary Penrose|Zac
Natalia Wiśniewska!
Leah Trewin
Callum Pengelly
Summer Polglase
Rafael Cruz
Teagan Hicks
Hedra Jenkin
Luca Nance
Maisie Vivian
Anthony Doyle|Tony
Rosa Trengove!
Ethan Stephens
Phoebe Prisk
Isaac Uren
Amelia-Rose Bennetts
Matthew Garcia|Matty
Jessica Oates|Jess
Harry Richards!
"""),
("Year 6", "Michael", """
Grace Nicholls
Lowenna Bolitho
Maksymilian Kowalski|Maks
Cyrus Bautista
Ruby-Mae Hosking
Oliver Penhaligon|Ollie
Kieran Doyle
Bethany Rowe|Beth
Jenson Quick
Amelie Tregear
Dominika Nowak!
Logan Carbis
Erin Curnow
Jory Tremayne
Holly Harvey
Lewis Mitchell
Kayla Reyes!
Francesca Vivian|Frankie
Charlie Uren
Iris Penrose
Declan Richards
Bridget Keast|Bridie
Tyler Prisk
Paige Stephens!
Morgan Trewin
"""),
]

def roster():
    rows = []
    n = 0
    for year, cls, block in YEARS:
        for line in block.strip().splitlines():
            name, _, pref = line.partition("|")
            consent = "yes"
            if name.endswith("!"):
                name = name[:-1]; consent = "no"
            parts = name.split(" ")
            # last name is final token except "Dela Cruz"
            if parts[-2:] == ["Dela", "Cruz"]:
                first, last = " ".join(parts[:-2]), "Dela Cruz"
            else:
                first, last = " ".join(parts[:-1]), parts[-1]
            n += 1
            rows.append(dict(pupil_id=f"CC{n:04d}", first_name=first, last_name=last,
                             preferred_name=pref or first, year_group=year, class_name=cls,
                             consent_social_media=consent,
                             consent_website="no" if consent == "no" and n % 3 else "yes"))
    return rows

if __name__ == "__main__":
    r = roster()
    print(len(r), sum(x["consent_social_media"] == "no" for x in r))
    names = [x["first_name"] + " " + x["last_name"] for x in r]
    assert len(names) == len(set(names))
