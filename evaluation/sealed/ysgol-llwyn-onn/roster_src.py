# id|first|last|preferred|sm|web  -- class by year group
CLASSES = [("Reception", "Eos"), ("Year 1", "Dryw"), ("Year 2", "Titw"), ("Year 3", "Barcud"),
           ("Year 4", "Glas y Dorlan"), ("Year 5", "Tylluan"), ("Year 6", "Gwalch")]
ROWS = """
Eira|Jones|Eira|yes|yes
Hodan|Warsame|Hodan|yes|yes
Kacper|Nowak|Kacper|yes|yes
River|Thompson|River|yes|yes
Nusrat|Rahman|Nusrat|yes|yes
Bryn|Llewellyn|Bryn|yes|yes
Zofia|Kowalska|Zosia|yes|yes
Hamza|Farah|Hamza|yes|yes
Mali|Pritchard|Mali|yes|yes
Osian|Morgan|Osian|yes|yes
Ayaan|Abdi|Ayaan|yes|yes
Lena|Wiśniewska|Lena|yes|yes
Tahmid|Uddin|Tahmid|yes|yes
Hope|Davies|Hope|yes|yes
Cai|Roberts|Cai|yes|yes
Idil|Hassan|Idil|no|no
Gwawr|Evans|Gwawr|yes|yes
--
Seren|Williams|Seren|yes|yes
Jakub|Zieliński|Kuba|yes|yes
Sagal|Mohamed|Sagal|yes|yes
Rhys|Bevan|Rhys|yes|yes
Joy|Hossain|Joy|yes|yes
Haf|Jenkins|Haf|yes|yes
Yusuf|Ali|Yusuf|yes|yes
Maja|Lewandowska|Maja|yes|yes
Tomos|Price|Twm|yes|yes
Khadra|Ahmed|Khadra|yes|yes
Elis|Howells|Elis|yes|yes
Summer|Clarke|Summer|yes|yes
Ishraq|Miah|Ishraq|yes|yes
Cadi|Rees|Cadi|yes|yes
Filip|Kamiński|Filip|no|yes
Awel|Jones|Awel|yes|yes
Liban|Osman|Liban|yes|yes
--
Heulwen|Thomas|Heulwen|yes|yes
Abdirahman|Yusuf|Abdi|yes|yes
Oliwia|Wójcik|Oliwia|yes|yes
Farhan|Chowdhury|Farhan|yes|yes
Gruffydd|Harris|Gruff|yes|yes
Alaw|Griffiths|Alaw|yes|yes
Grace|O'Brien|Grace|yes|yes
Mohamed|Nur|Mohamed|yes|yes
Szymon|Kaczmarek|Szymon|yes|yes
Tasnim|Islam|Tasnim|yes|yes
Mabli|Hughes|Mabli|yes|yes
William|Parry|Will|yes|yes
Fartun|Ismail|Fartun|no|no
Dewi|Lloyd|Dewi|no|yes
Nel|Owen|Nel|yes|yes
Igor|Mazur|Igor|yes|yes
Sumaiya|Karim|Sumaiya|yes|yes
--
Celyn|Watkins|Celyn|yes|yes
Hibaaq|Dahir|Hibaaq|yes|yes
Antoni|Krawczyk|Antek|yes|yes
Rifat|Hossain|Rifat|yes|yes
Tirion|Morgan|Tirion|yes|yes
Jac|Phillips|Jac|yes|yes
Nasra|Aden|Nasra|no|yes
Hanna|Dąbrowska|Hanna|yes|yes
Ayesha|Siddique|Ayesha|yes|yes
Dafydd|Evans|Deio|yes|yes
Rose|Mitchell|Rose|yes|yes
Steffan|Jones|Steffan|yes|yes
Skye|Bennett|Skye|yes|yes
Wiktoria|Nowicka|Wiki|no|no
Arif|Rahman|Arif|yes|yes
Efa|Powell|Efa|yes|yes
Guto|Edwards|Guto|yes|yes
--
Mai|Richards|Mai|yes|yes
Abdullahi|Warsame|Abdullahi|yes|yes
Lili|Davies|Lili|yes|yes
Jan|Pawlak|Jan|yes|yes
Nadia|Begum|Nadia|yes|yes
Carys|Lewis|Carys|yes|yes
Faith|Morris|Faith|yes|yes
Iolo|Prosser|Iolo|yes|yes
Ubah|Jama|Ubah|yes|yes
Mateusz|Sikora|Mati|yes|yes
Tegwen|Rowlands|Tegwen|no|no
Harri|Thomas|Harri|yes|yes
Mitu|Akter|Mitu|yes|yes
Amelia|Reid|Millie|yes|yes
Llŷr|Parri|Llŷr|yes|yes
Afon|Jenkins|Afon|yes|yes
Zakaria|Abdullahi|Zakaria|yes|yes
--
Nanw|Pugh|Nanw|yes|yes
Leo|Bishop|Leo|yes|yes
Hawa|Mohamud|Hawa|yes|yes
Dawid|Kowalczyk|Dawid|yes|yes
Ffion|Gibbon|Ffion|yes|yes
Rahim|Uddin|Rahim|yes|yes
Heledd|Morris|Heledd|yes|yes
Ilhan|Ahmed|Ilhan|yes|yes
Amber|Cox|Amber|yes|yes
Dylan|Fox|Dylan|yes|yes
Julia|Wróbel|Julia|yes|yes
Gwen|Roberts|Gwen|yes|yes
Shirin|Khatun|Shirin|no|no
Mabon|Lloyd|Mabon|yes|yes
Bella|Hart|Bella|no|yes
Ifan|Davies|Ifan|yes|yes
Sahra|Ali|Sahra|yes|yes
--
Begw|Evans|Begw|yes|yes
Ahmed|Farah|Ahmed|yes|yes
Natalia|Szymańska|Natalia|yes|yes
Tanvir|Alam|Tanvir|yes|yes
Brook|Sullivan|Brook|yes|yes
Mared|Hughes|Mared|yes|yes
Kamil|Nowak|Kamil|no|yes
Catrin|Lewis|Catrin|yes|yes
Hussein|Abdi|Hussein|yes|yes
Francesca|Doyle|Frankie|yes|yes
Lowri|Bevan|Lowri|yes|yes
Munira|Hossain|Munira|yes|yes
Teilo|Morgan|Teilo|yes|yes
Angharad|Price|Anga|yes|yes
Bilal|Siddique|Bilal|yes|yes
Poppy|Evans|Poppy|yes|yes
Ela|Wiśniewska|Ela|no|no
Siôn|Harries|Siôn|yes|yes
"""

def roster():
    out = []
    n = 0
    for ci, block in enumerate(ROWS.strip().split("--")):
        yg, cls = CLASSES[ci]
        for line in block.strip().splitlines():
            f, l, p, sm, web = line.split("|")
            n += 1
            out.append(dict(pupil_id=f"LO{n:03d}", first_name=f, last_name=l, preferred_name=p,
                            year_group=yg, class_name=cls, consent_social_media=sm, consent_website=web))
    return out

STAFF = [
    ("LOS01", "Mrs", "Eleri", "Vaughan", "Pennaeth / Headteacher"),
    ("LOS02", "Mr", "Gareth", "Prys", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
    ("LOS03", "Mrs", "Bethan", "Harcombe", "Office manager"),
    ("LOS04", "Miss", "Seren", "Parry", "Class teacher (Reception, Eos)"),
    ("LOS05", "Mr", "Rhodri", "Ellis", "Class teacher (Year 1, Dryw)"),
    ("LOS06", "Mrs", "Anwen", "Maddocks", "Class teacher (Year 2, Titw)"),
    ("LOS07", "Mr", "Tom", "Hale", "Class teacher (Year 3, Barcud)"),
    ("LOS08", "Miss", "Haf", "Bowen", "Class teacher (Year 4, Glas y Dorlan)"),
    ("LOS09", "Mr", "Dafydd", "Ifans", "Class teacher (Year 5, Tylluan)"),
    ("LOS10", "Mrs", "Delyth", "Caradog", "Class teacher (Year 6, Gwalch)"),
    ("LOS11", "Ms", "Fadumo", "Hirsi", "Teaching assistant; family liaison (Somali)"),
    ("LOS12", "Mrs", "Agnieszka", "Baran", "Teaching assistant; EAL support (Polish)"),
    ("LOS13", "Mr", "Shahid", "Alom", "HLTA; Welsh immersion and EAL (Bengali/Sylheti)"),
    ("LOS14", "Mrs", "Rhian", "Solomon", "ALNCo; Deputy DSL"),
    ("LOS15", "Mr", "Bryn", "Jeffreys", "Site manager"),
    ("LOS16", "Mrs", "Lynne", "Tapper", "Administrative assistant"),
    ("LOS17", "Miss", "Caitlin", "Webb", "Teaching assistant"),
]
