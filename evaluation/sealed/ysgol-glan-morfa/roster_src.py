# Source list for roster.csv: "First Last[/Preferred][*]" ; * = no social-media consent, ** = no consent at all
YEARS = [
 ("Reception", "Cregyn", """Edward Hughes/Nedw; Llio Roberts; Mabli Owen; Cai Parry; Seren Williams; Oliver Shore/Ollie;
 Zofia Kowalska/Zosia; Omar Al-Hassan; Althea Santos; Poppy Baker; Harri Lloyd; Efa Pritchard; Jac Davies; Amelia Fisher**;
 Gwion Ellis; Nour Haddad; Alfie Green; Begw Jones; Tomos Morris/Twm; Elan Griffiths; Mason Wright; Maja Nowicka;
 Hope Sands; Ianto Rowlands; Lili Edwards*; Jericho Bautista; Haf Thomas; Noah Marsh"""),
 ("Year 1", "Gwymon", """Osian Jones; Gwenllian Evans/Gwen; Elis Humphreys; Macsen Lewis; Nel Williams; Ruby Taylor;
 William Fisher/Will; Jakub Wiśniewski/Kuba; Rahaf Khalil; Kristine Mendoza; Eira Parry**; Dafydd Wyn/Deio; Cadi Roberts;
 Freddie King; Awel Davies; Leo Hill; Mared Owen; Archie Young; Lowri Ellis; Yusuf Darwish*; Angelo Reyes; Iolo Pritchard;
 Summer Brown; Enfys Hughes; Szymon Zielinski; Ffion Morris*; Guto Edwards; Daisy Wood"""),
 ("Year 2", "Gwylanod", """Gruffydd Jones/Gruff; Catrin Hughes/Cat; Tirion Lloyd; Hedd Roberts; Grace Fisher; Princess Dela Cruz;
 Mary Joy Villanueva; Lina Al-Masri; Wiktoria Kowalczyk; Alexander Thomas/Alex; Celt Owen; Glain Davies; Rhys Williams;
 Holly Marsh*; Hunter Clarke*; Carys Ellis; Steffan Jenkins; Manon Griffiths; Ahmad Haddad; Beatriz Santos/Bea; Siôn Parry;
 Aneurin Lewis/Nye; Amber Wright; Tiago Ferreira; Mali Jones; Deri Evans; Joud Darwish**; Lleucu Morris; Harvey Baker"""),
 ("Year 3", "Morloi", """Elliw Pritchard; Morgan Hughes; Gethin Roberts; Isla Shore; Jessica Taylor/Jess; Filip Kamiński;
 Sham Khalil; Miguel Reyes; Alaw Williams; Bedwyr Jones; Heulwen Davies; Evie Green; Idris Lloyd; Catrin Owen; Tomi Evans;
 Ela Humphreys; Oliwia Lewandowska; Jhon Paul Mendoza/JP; Swyn Edwards; Lucas Hill*; Ayham Al-Hassan; Megan Parry*;
 Rhodri Wyn; Charlotte King/Lottie; Emrys Thomas; Greta Marsh; Nia Griffiths; Chidi Okafor; Efan Morris**"""),
 ("Year 4", "Dolffiniaid", """Mabon Jones; Gwawr Roberts; Ifan Williams; Matilda Fisher/Tilly; Aleksander Nowicki/Olek;
 Lowri Parry; Hamza Haddad; Mia Taylor; Cian Byrne*; Anest Hughes; Llŷr Evans; Erin Davies; Beca Owen; Ethan Wright*;
 Andreea Popescu; Dewi Pritchard; Ffion Lloyd; Jasmine Young; Tudur Ellis; Łucja Kowalska; Berian Morris; Skye Brown;
 Aisha Rahman; Mererid Jones**; Harrison Baker/Harry; Cerys Humphreys; Jhoanna Bautista; Rhun Lewis; Francesca Hill/Frankie"""),
 ("Year 5", "Mulfrain", """Elis Roberts; Mali Williams; Osian Davies; Gwenno Parry; Dafydd Ellis/Dai; Jack Marsh; Lily-Mai Green;
 Wiktor Zieliński; Yara Al-Masri; Ayaan Hussain; Maelon Lloyd; Sophie Clarke; Gwydion Jones; Alys Morris; Connor Byrne;
 Nansi Pritchard; Dylan Evans; Sara Owen; Bohdan Kovalenko*; Lacey Wood*; Tegan Hill; Cadi Lewis; Rhydian Thomas;
 Ioan Humphreys; Maryam Khalil; Kai Young; Eben Roberts; Tesni Jones**; Lewis Taylor"""),
 ("Year 6", "Goleudy", """Iestyn Williams; Mirain Roberts; Caio Jones; Elinor Hughes/Ellie; Kacper Wiśniewski; Rosie Baker;
 Joshua Fisher/Josh; Ariana Villanueva; Karam Darwish; Non Evans; Cynan Lloyd; Eleri Owen; Ryan Wright; Sofiia Kovalenko;
 Angharad Pritchard; Liam Byrne; Taliesin Jones/Tal; Chloe Marsh*; Mathew Davies/Matty; Awen Humphreys; Daniel Thomas/Dan;
 Ceri Morris; Luned Edwards; Dominik Kamiński*; Lola Hill; Hari Pugh; Precious Mendoza; Tanwen Ellis**"""),
]
MULTI_WORD_FIRST = {"Mary Joy", "Jhon Paul"}
MULTI_WORD_LAST = {"Dela Cruz"}

def pupils():
    out = []
    n = 0
    for year, cls, src in YEARS:
        for item in [s.strip() for s in src.replace("\n", " ").split(";")]:
            soc, web = "yes", "yes"
            if item.endswith("**"):
                soc, web, item = "no", "no", item[:-2]
            elif item.endswith("*"):
                soc, item = "no", item[:-1]
            name, _, pref = item.partition("/")
            first = next((m for m in MULTI_WORD_FIRST if name.startswith(m + " ")), None)
            if first:
                last = name[len(first) + 1:]
            else:
                last_m = next((m for m in MULTI_WORD_LAST if name.endswith(" " + m)), None)
                if last_m:
                    first, last = name[: -len(last_m) - 1], last_m
                else:
                    first, last = name.split(" ", 1)
            n += 1
            out.append(dict(pupil_id=f"GM{n:04d}", first_name=first, last_name=last, preferred_name=pref or first,
                            year_group=year, class_name=cls, consent_social_media=soc, consent_website=web))
    return out
