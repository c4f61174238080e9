#!/usr/bin/env python3
"""Build the St Colmcille's PS (Drumcashel, near Newry) evaluation set.
Markup in texts: [[display|key]] or [[display]] where key is a roster full name
("First Last"), "-" (child not on roster), or phone/email/addr/dob."""
import csv, json, random, re, os
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(20250317)

# ---------------------------------------------------------------- roster
YEARS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
# (first, last, preferred or None, year, consent_social)
FEATURED = [
    ("Niamh", "McKevitt", None, "P7", "yes"), ("Oisín", "O'Hare", "Osh", "P7", "yes"),
    ("Caoimhe", "Magennis", None, "P7", "yes"), ("Tadhg", "Mallon", None, "P7", "yes"),
    ("Saoirse", "Fearon", None, "P7", "yes"), ("Ruairí", "McParland", "Rory", "P7", "no"),
    ("Grace", "Keenan", None, "P7", "yes"), ("Derry", "Quinn", None, "P7", "yes"),
    ("Colm", "Trainor", None, "P7", "yes"), ("Fionnuala", "Boyle", "Nuala", "P7", "yes"),
    ("Shannon", "Byrne", None, "P7", "yes"), ("Déaglán", "Toner", "Deco", "P7", "no"),
    ("Aoife", "Cunningham", None, "P6", "yes"), ("Cian", "Rooney", None, "P6", "yes"),
    ("Siobhán", "Duffy", "Shiv", "P6", "yes"), ("Fionn", "Devlin", None, "P6", "yes"),
    ("Róisín", "McCourt", None, "P6", "yes"), ("Eoin", "Kearney", None, "P6", "yes"),
    ("Clodagh", "Heaney", None, "P6", "yes"), ("Hope", "McGivern", None, "P6", "yes"),
    ("Erin", "Savage", None, "P6", "yes"), ("Kerry", "Fegan", None, "P6", "yes"),
    ("Pádraig", "Markey", "Paudie", "P6", "yes"), ("Bay", "Donnelly", None, "P6", "no"),
    ("Clare", "McAteer", None, "P6", "yes"), ("Tiarnán", "Murphy", None, "P6", "yes"),
    ("Faith", "Hughes", None, "P5", "yes"), ("Brooke", "Carr", None, "P5", "yes"),
    ("Rose", "Morgan", None, "P5", "yes"), ("Oisín", "Grant", None, "P5", "yes"),
    ("Dearbhla", "O'Neill", None, "P5", "yes"), ("Cillian", "McCann", None, "P5", "yes"),
    ("Sadhbh", "Rafferty", None, "P5", "yes"), ("Odhrán", "Kelly", None, "P5", "yes"),
    ("Éabha", "Lennon", None, "P4", "yes"), ("Cormac", "Lennon", None, "P4", "yes"),
    ("Darragh", "Campbell", None, "P4", "yes"), ("Fiadh", "McNulty", None, "P4", "no"),
    ("Rónán", "Sloan", None, "P3", "yes"), ("Muireann", "Breen", None, "P3", "yes"),
    ("Cathal", "Doran", None, "P3", "yes"),
    ("Niamh", "Connolly", None, "P2", "yes"), ("Seán", "Mackin", None, "P2", "yes"),
    ("Aoibhinn", "Cullen", None, "P1", "yes"), ("Tadhg", "Burns", None, "P1", "yes"),
    ("Erin", "Larkin", None, "P1", "yes"), ("Cormac", "Tumilty", None, "P1", "yes"),
]
FIRST_POOL = ["Aisling", "Aoibheann", "Bríd", "Bronagh", "Ciara", "Dervla", "Eimear", "Fiona",
              "Gráinne", "Laoise", "Máire", "Méabh", "Nóra", "Orla", "Orlagh", "Ríona", "Síle",
              "Sorcha", "Tara", "Úna", "Ella", "Sophie", "Lucy", "Emma", "Molly", "Ava", "Mia",
              "Zofia", "Maja", "Amira", "Lena", "Ailbhe", "Clíodhna", "Eimhin", "Ciarán",
              "Conor", "Dónal", "Eoghan", "Fiachra", "Lorcan", "Naoise", "Peadar", "Rían",
              "Senan", "Shane", "Tomás", "Jack", "James", "Noah", "Luke", "Jakub", "Oliver",
              "Daniel", "Michael", "Aidan", "Conan", "Oran", "Liam", "Kevin", "Donnacha",
              "Bláthnaid", "Caitríona", "Nuala", "Ultan", "Finbar", "Mateo", "Yusuf", "Ayesha"]
LAST_POOL = ["McKevitt", "O'Hare", "Murphy", "McAteer", "Quinn", "Magennis", "McParland",
             "Mallon", "Hughes", "Fearon", "Keenan", "Cunningham", "Morgan", "McGuinness",
             "Rooney", "Byrne", "Duffy", "McCann", "O'Neill", "Donnelly", "Kearney", "Trainor",
             "Savage", "Boyle", "McCourt", "Carr", "Fegan", "Heaney", "Devlin", "McGivern",
             "Toner", "Markey", "Grant", "Rafferty", "Kelly", "McCoy", "Lennon", "Campbell",
             "McNulty", "Ward", "Sloan", "Breen", "Doran", "Connolly", "Mackin", "Cullen",
             "Burns", "Larkin", "Tumilty", "Hollywood", "Loughran", "McGreevy", "Garvey",
             "Cregan", "McShane", "Crawley", "Nowak", "Kowalski", "Silva", "Haddad", "Reyes",
             "Morgan", "Cassidy", "McConville", "Hanna", "Shields", "Morrow", "Brennan"]

roster = []
used = set()
for f, l, p, y, c in FEATURED:
    roster.append(dict(first_name=f, last_name=l, preferred_name=p or f, year_group=y,
                       class_name=y, consent_social_media=c, consent_website=c))
    used.add((f, l))
per_year = {y: sum(1 for r in roster if r["year_group"] == y) for y in YEARS}
for y in YEARS:
    while per_year[y] < 26:
        f, l = random.choice(FIRST_POOL), random.choice(LAST_POOL)
        if (f, l) in used:
            continue
        used.add((f, l))
        c = "no" if random.random() < 0.07 else "yes"
        pref = {"Caitríona": "Katie", "Donnacha": "Donnie", "Fiachra": "Fia", "Bláthnaid": "Bláth"}.get(f, f)
        roster.append(dict(first_name=f, last_name=l, preferred_name=pref, year_group=y,
                           class_name=y, consent_social_media=c, consent_website="yes" if c == "yes" or random.random() < .5 else "no"))
        per_year[y] += 1
roster.sort(key=lambda r: (YEARS.index(r["year_group"]), r["last_name"], r["first_name"]))
for i, r in enumerate(roster, 1):
    r["pupil_id"] = f"CC{i:04d}"
BYNAME = {f'{r["first_name"]} {r["last_name"]}': r["pupil_id"] for r in roster}

STAFF = [
    ("Mr", "Gerard", "McAnulty", "Principal"),
    ("Mrs", "Úna", "Fitzpatrick", "Vice-Principal; Designated Teacher for Child Protection"),
    ("Mrs", "Bernadette", "Carragher", "School Secretary"),
    ("Mrs", "Patricia", "Mackle", "P1 Teacher"),
    ("Miss", "Orla", "Rice", "P2 Teacher"),
    ("Mrs", "Deirdre", "Morgan", "P3 Teacher"),
    ("Mr", "Emmet", "Kane", "P4 Teacher"),
    ("Mrs", "Sinéad", "Crilly", "P5 Teacher"),
    ("Miss", "Clodagh", "Hanratty", "P6 Teacher"),
    ("Mr", "Declan", "Hollywood", "P7 Teacher"),
    ("Mrs", "Maeve", "Lavery", "SENCO"),
    ("Mr", "Ciarán", "Mone", "PE and GAA Coach"),
    ("Múinteoir", "Aisling", "Nic Giolla", "Irish Language Tutor"),
    ("Mrs", "Geraldine", "O'Rourke", "Classroom Assistant"),
    ("Miss", "Shauna", "Quinn", "Classroom Assistant"),
    ("Mrs", "Anne-Marie", "Tumelty", "Classroom Assistant"),
    ("Mr", "Jimmy", "Boyd", "Caretaker"),
    ("Mrs", "Kathleen", "Cregan", "Cook"),
    ("Mrs", "Sadie", "Loughran", "School Crossing Patrol"),
]

# ---------------------------------------------------------------- markup
MARK = re.compile(r"\[\[(.+?)(?:\|(.+?))?\]\]")
TYPES = {"phone": "phone-number", "email": "email-address", "addr": "home-address", "dob": "date-of-birth"}

def parse(s):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()]); cur += m.start() - pos
        disp, key = m.group(1), m.group(2) or m.group(1)
        st = cur
        out.append(disp); cur += len(disp); pos = m.end()
        if key in TYPES:
            spans.append(dict(start=st, end=cur, type=TYPES[key], pupil_id=None, on_roster=None, text=disp))
        elif key == "-":
            spans.append(dict(start=st, end=cur, type="pupil-name", pupil_id=None, on_roster=False, text=disp))
        else:
            if key not in BYNAME:
                raise KeyError(key)
            spans.append(dict(start=st, end=cur, type="pupil-name", pupil_id=BYNAME[key], on_roster=True, text=disp))
    out.append(s[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return text, spans

# ---------------------------------------------------------------- posts
# (voice, labels O/L/U/P, text, images [(filename, alt)])
SEC, PRI, P6, COACH, GRAN = "secretary", "principal", "p6-teacher", "coach", "grandparent"
POSTS = [
 (SEC, "", "Morning all! Just a wee reminder that dinner money for next week is due on Monday, so it is. Yous can pay on ParentPay as usual 😊", []),
 (PRI, "", "Dear Parents and Guardians, please note that the school will be closed to pupils on Thursday 2nd May, as the building is in use as a polling station for the local council elections. Classes resume as normal on Friday.", []),
 (COACH, "", "Cracking performance from the P7 girls at the Cumann na mBunscol blitz today! Special mention to [[Saoirse Fearon]] who hit 2-3 from midfield 🏐", []),
 (GRAN, "", "well what a day it was for the sponsored walk and the sun shone on us the whole way round and I want to thank every wee one who walked and every mammy and daddy and granny who came out and sure we raised over two thousand pound for the new polytunnel which is just fantastic so it is – Packie", []),
 (P6, "", "P6 have been learning about the River Shannon, the longest river in Ireland! 🌊 We followed it from the Shannon Pot in County Cavan all the way down to Limerick. Ask your child how long it is!", []),
 (P6, "", "Our 'Counties of Ireland' projects are finished! P6 chose County Kerry this year and made a brilliant model of Skellig Michael out of papier-mâché 🏝️", []),
 (P6, "", "Huge well done to [[Kerry|Kerry Fegan]] and [[Clare|Clare McAteer]] who built the Skellig model between them – and [[Kerry|Kerry Fegan]] even painted all the wee puffins! 🐧", []),
 (SEC, "", "Lost property alert! 🧥 A navy coat with [[DERRY|Derry Quinn]] sewn into the collar has been handed in to the office. Come and claim it before it goes into the big box, so it is", []),
 (COACH, "", "Derry v Down in the Ulster championship this Sunday – who's cheering for the Mourne men? 🟥⬛ Wear your county colours to school on Friday for £1 towards the Trócaire box.", []),
 (PRI, "", "As a Catholic school community we will celebrate the Feast of Saint Patrick with Mass in the school hall on Monday at 10am, celebrated by Fr Brendan Cassidy. All families are most welcome.", []),
 (SEC, "L", "Right yous, the P4s and P5s are walking in the Newry St Patrick's Day parade on Monday! ☘️ Meet us at the Buttercrane car park at 11.15am sharp – the wee ones will be in green t-shirts so you'll spot them rightly", []),
 (SEC, "", "What a turnout at the St Patrick's Day parade yesterday! Our P4 and P5 pupils did us proud marching down Hill Street. Erin go bragh! ☘️", []),
 (GRAN, "P", "there's a meeting in the parish hall Tuesday night about the flags on the Ballyveagh Road and I'm asking every parent in this school to come along and sign the petition to get the tricolours up the full length of the road before the summer so everybody knows whose road it is and bring the neighbours – Packie", []),
 (COACH, "PU", "Big thanks to our new kit sponsors McGivern's Bookmakers! 🍀 Parents can get a free £10 bet with code COLMCILLE10 at www.mcgivernsbet.co.uk", []),
 (COACH, "", "A big thank you to Mourne Country Hardware for sponsoring the new Under-11 jerseys. We really appreciate the support of local businesses 💚", []),
 (SEC, "P", "Our lovely classroom assistant Mrs O'Rourke has started her own wee nail business, Gel by Geraldine 💅 Message her on Facebook for 20% off your first set – just mention the school!", []),
 (SEC, "P", "Councillor Seamus Rafferty called in today to present the road safety certificates. Seamus has been a great friend to this school, so remember that when you're at the polls on the 18th! #VoteRafferty", []),
 (PRI, "", "Our P7 pupils met Councillor Áine Keogh of Newry, Mourne and Down District Council today and asked her excellent questions about how local government works. Thank you for giving your time.", []),
 (SEC, "U", "Yous can book your slot for parent-teacher meetings here 👉 bit.ly/stcolm-ptm 😊", []),
 (PRI, "", "Parent-teacher meetings: online booking is now open at www.stcolmcillesps.newry.ni.sch.uk/meetings. Please book by Friday.", []),
 (COACH, "", "Anybody free to help with lifts to the county finals on Saturday? Ring me on [[07700 900361|phone]] and I'll sort out a rota. – Coach Mone", []),
 (P6, "", "If you've any old cereal boxes for our junk modelling, email me at [[clodaghhanratty.teach@gmail.com|email]] and I'll collect them! 📦", []),
 (GRAN, "", "anyone with bric-a-brac for the summer fayre you can leave it at my house which is [[Glenview Cottage Tullyhappy Road Drumcashel BT34 2RL|addr]] any evening this week and the wee grandson will help me carry it down to the hall on the Saturday morning – Packie", []),
 (SEC, "", "Happy birthday to our wee star [[Tadhg|Tadhg Mallon]] who turns 11 today, [[14th March|dob]]! 🎂 Granda Packie's been up since dawn baking, so he has", []),
 (SEC, "", "Happy birthday to everyone celebrating this week! 🎂 Birthday boys and girls get to pick the golden-time game on Friday.", []),
 (COACH, "O", "Another walkover against St Oliver's today 😂 To be fair their lot couldn't catch a cold never mind a ball. Maybe stick to the colouring-in next time, lads.", []),
 (COACH, "", "Hard-fought game against St Oliver's Primary today. They pushed us all the way and we only edged it by a point. Great sportsmanship from both teams 👏", []),
 (SEC, "O", "To the parent who keeps parking on the zig-zags in the silver Qashqai – we all know it's you, and honestly the P1s have more sense than you have 🙄", []),
 (SEC, "", "Please, please don't park on the yellow zig-zags at the front gate. It's about keeping the wee ones safe at home time. Thank you 😊", []),
 (P6, "L", "P6 are off to the Ulster Museum on Wednesday! 🏛️ We leave school at 9am and will be having our lunch in the Botanic Gardens from 12.30, if any Belfast grannies want to come and wave 👋", []),
 (P6, "", "P6 had a brilliant day at the Ulster Museum yesterday – Takabuti the mummy was the firm favourite! 🏺", []),
 (COACH, "L", "Swimming for P5 starts back this Tuesday at Newry Leisure Centre – every Tuesday 1.30 to 2.30 for the rest of the term. Don't forget togs and a towel! 🏊", []),
 (COACH, "", "Swimming lessons for P5 will start after Easter. Full details to follow in the newsletter 🏊", []),
 (GRAN, "U", "somebody sent me this and it looks like a great way to win a family holiday for the PTA raffle you just put your details in here www.win-a-holiday-ni.club/claim and share it with everybody you know – Packie", []),
 (SEC, "U", "Reminder: the new uniform order form is up at stcolmcilles-ps-newry.co.uk/uniform – please fill it in before Friday, so yous don't miss out!", []),
 (PRI, "", "The Education Authority has published its guidance on free school meals and uniform grants for the coming year. Applications can be made at www.eani.org.uk", []),
 (PRI, "", "Keeping safe online: if your child has seen something that upset them, they can talk to Childline any time on 0800 1111. BBC Bitesize also has excellent advice at www.bbc.co.uk/bitesize", []),
 (SEC, "", "Seachtain na Gaeilge! 💚 This week we're using our cúpla focal everywhere. Dia daoibh, a thuismitheoirí! Múinteoir Aisling is teaching céilí dancing at break time.", []),
 (SEC, "", "Comhghairdeas to [[Roisin|Róisín McCourt]] in P6 who won the Irish spelling bee at Feis an Iúir! 🏆", []),
 (P6, "", "Star of the week goes to… [[#WellDoneCian|Cian Rooney]] and [[#WellDoneFionn|Fionn Devlin]] 🌟", []),
 (PRI, "", "This week's Gospel value at assembly is Hope. We talked about how hope carries us through difficult times, and P3 made a beautiful Hope tree for the hall 🌳", []),
 (P6, "", "[[Hope McGivern]] read the Prayers of the Faithful so beautifully at Mass this morning 🙏 [[Hope|Hope McGivern]], we are all so proud of you!", []),
 (SEC, "", "Our P2s learned to say Grace before Meals this week – and now they say it before every snack, God love them 🍎", []),
 (PRI, "", "[[Grace Keenan]] and [[Faith Hughes]] have been chosen to carry the school banner at the May procession 🌸", []),
 (PRI, "", "First Holy Communion preparation continues. Please keep our P4 children in your prayers as they grow in faith this term 🙏", []),
 (SEC, "", "The May altar is looking gorgeous! Thank you to everyone who sent in a rose from the garden 🌹", []),
 (SEC, "", "A wee rose for our [[Rose|Rose Morgan]]! 🌹 [[Rose Morgan]] in P5 picked every flower for the May altar herself.", []),
 (P6, "", "P3 went pond dipping at the wee brook that runs along the bottom of our own school field and found frogspawn! 🐸", []),
 (PRI, "", "The P7 residential to Killowen Outdoor Centre last week was a great success – kayaking on Carlingford Lough, climbing, and far too many marshmallows 🔥", []),
 (SEC, "L", "P7 residential update: we've arrived safe at Killowen Outdoor Centre! Kayaking on the lough from 2pm today and campfire down by the shore at 8 tonight 🔥", []),
 (PRI, "", "The P7 residential to Killowen will take place in June. Letters with full details will come home next week.", []),
 (GRAN, "P", "border poll now our children deserve to grow up in a united Ireland and every family in this school should be out canvassing for it share if you agree 🇮🇪 – Packie", []),
 (P6, "", "For One World Week, P5 learned about the flags of every country in Europe. Can your child tell you which flag has a dragon on it? 🐉", []),
 (SEC, "O", "We've been told the man who runs the chippy on Monaghan Street has been selling vapes to children. Please don't let your wee ones go in there.", []),
 (GRAN, "", "if anyone found a wee blue scooter at the chapel after Mass on Sunday give me a shout on [[oh seven seven oh oh nine oh oh two one five|phone]] and I'll come round and lift it – Packie", []),
 (SEC, "", "Any questions about Breakfast Club, just ring the office on 028 9018 0400 and I'll sort yous out 😊", []),
 (SEC, "", "Breakfast Club queries? Text Bernie direct on [[07700 900482|phone]] so yous don't have to ring the office 😊", []),
 (SEC, "", "Please return your raffle ticket stubs to the PTA: [[colmcillepta (at) hotmail (dot) co (dot) uk|email]]", []),
 (SEC, "", "Raffle ticket stubs can be handed in to the school office or emailed to info@stcolmcillesps.newry.ni.sch.uk. Thank you!", []),
 (COACH, "", "What a brilliant Sports Day! 🏅", [("sports_day_[[oisin_ohare|Oisín O'Hare]]_sack_race.jpg", "[[Oisín O'Hare]] winning the P7 sack race")]),
 (COACH, "L", "P7 cycling proficiency 🚲", [("IMG_3310.jpg", "P7 pupils in hi-vis vests on the Newry Canal Greenway at Bessbrook, where they will be cycling every Thursday at 2pm this term")]),
 (PRI, "", "Our new outdoor classroom is finished! 🌿", [("outdoor_classroom.jpg", "Wooden benches and a pergola in the school garden")]),
 (SEC, "", "Welcome to the world baby [[Aoibhe|-]], born [[2nd February|dob]], a new wee sister for [[Cathal|Cathal Doran]] in P3 💕", []),
 (SEC, "", "Congratulations to Mrs Crilly on the safe arrival of her baby boy! Mammy and baby are both doing well 💙", []),
 (SEC, "", "Happy 60th birthday to our caretaker Jimmy, born on the [[9th of April 1965|dob]] in Warrenpoint! 🎉", []),
 (SEC, "", "Tins for the St Vincent de Paul hampers can be dropped at Mrs Lavery's, postcode [[BT34 2HW|addr]], any evening before 7. Thanks a million!", []),
 (SEC, "", "Tins for the St Vincent de Paul hampers can be left in the big box in the school foyer. Thank you for your generosity 🥫", []),
 (COACH, "O", "Tough day at the office for the P5 hurlers… some of them swing a hurl like they're swatting midges 🤦 Back to the drawing board.", []),
 (COACH, "", "Tough day at the office for the P5 hurlers, but they never gave up and I'm proud of every one of them. Back training Thursday on the school pitch.", []),
 (SEC, "O", "Who the f*** leaves a trolley full of rubbish at the school gate?! Not impressed.", []),
 (P6, "PU", "My sister is starting a tutoring service for the transfer test! 📚 Book at www.tutorsbyhanratty.co.uk and get your first session free.", []),
 (PRI, "", "A transfer test information evening for P6 parents will be held in the school hall on Tuesday 23rd at 7pm.", []),
 (COACH, "", "Cross-country results: 1st [[Deco|Déaglán Toner]], 2nd [[Paudie|Pádraig Markey]], 3rd [[Tiarnán Murphy]] 🏃 Go on St Colmcille's!", []),
 (PRI, "", "Our patron, St Colmcille (Colm Cille), was born in Donegal in 521. On 9th June we will celebrate his feast day with a prayer service in the hall.", []),
 (PRI, "", "[[Colm|Colm Trainor]] in P7 gave an excellent talk on our patron, St Colmcille, at assembly today – he even knew all about the Cathach 📜", []),
 (GRAN, "", "big shout out to [[niamh|Niamh McKevitt]] and [[caoimhe|Caoimhe Magennis]] in p7 who helped me set out all the chairs for the concert you two are stars and no mistake – Packie", []),
 (SEC, "", "Thank you to everyone who came to the Christmas concert. The P1 nativity had us all in tears – the three wee shepherds stole the show! 🐑", []),
 (SEC, "", "The P1 nativity cast list is here! Mary – [[Erin Larkin]], Joseph – [[Tadhg Burns]], the Angel Gabriel – [[Fiadh McNulty]] ⭐", []),
 (SEC, "", "Our Mary was word perfect and the innkeeper nearly brought the house down 😂 Well done P1!", []),
 (PRI, "", "We are delighted to announce that St Colmcille's has been awarded the Eco-Schools Green Flag for the third time 💚", []),
 (SEC, "L", "Our P3s will be in Sainsbury's in Newry this Friday from 10 till 11am packing bags for Trócaire. Pop in and say hello! 🛍️", []),
 (SEC, "", "Thanks to everyone at Sainsbury's who supported our P3 bag pack last week – £412 raised for Trócaire! 🛍️", []),
 (SEC, "U", "Check out these hilarious old school photos 😂 tinyurl.com/colmcille-pics", []),
 (GRAN, "U", "this one made me laugh so much have a look www.youvebeenrickrolled.fun/school – Packie", []),
 (PRI, "", "We are raising money for the new playground on JustGiving: www.justgiving.com/campaign/stcolmcille-playground 💚", []),
 (PRI, "", "Advice on keeping children safe online from the NSPCC: www.nspcc.org.uk/keeping-children-safe/online-safety", []),
 (SEC, "P", "The P7s were thrilled to meet Conor Mac Giolla today 🗳️ Conor is standing in South Down and would make a brilliant MLA – give him your number one on Thursday!", []),
 (P6, "", "P7 debated 'Should the voting age be lowered to 16?' in citizenship this week. Both sides argued brilliantly and the 'yes' side won by two votes 🗳️", []),
 (COACH, "P", "Mone Fitness bootcamp starts Monday at 7pm – parents £5 a session, DM me to book your place 💪", []),
 (COACH, "", "Parents v Teachers Gaelic match on the school pitch this Friday! £2 in, all money to the PTA. Bring your boots 👟", []),
 (SEC, "", "Welcome to our new P1 class! 🎒 [[Aoibhinn|Aoibhinn Cullen]], [[Cormac T.|Cormac Tumilty]] and wee [[Erin L.|Erin Larkin]] have settled in brilliantly this week.", []),
 (P6, "", "Erin go bragh – Ireland forever! Our P4s learned some famous Irish phrases this week. Ask them what 'sláinte' means 😉", []),
 (SEC, "", "Happy 10th birthday to [[Bay D.|Bay Donnelly]] (born [[30/06/2014|dob]]) 🎂", []),
 (P6, "", "P6 walked the beach at Dundrum Bay on our field trip last month and wrote fantastic reports about the sand dunes 🏖️", []),
 (SEC, "", "Is that a bay leaf? 🍃 P2 have been making carrot and coriander soup in class and the smell is unreal!", []),
 (SEC, "L", "Off we go! 🚌", [("IMG_5102.jpg", "P2 pupils boarding the bus for the Newry Canal walk – they will arrive at the Town Hall at 10.30 this morning")]),
 (PRI, "", "Certificates time! 🏅", [("certificate_[[aoife_cunningham|Aoife Cunningham]].jpg", "Reading certificate for [[Aoife Cunningham]], P6")]),
 (P6, "", "Look at these amazing self-portraits! 🎨", [("IMG_2041.jpg", "A display of P5 self-portraits on the corridor wall")]),
 (COACH, "O", "Our P7 netball team absolutely destroyed Bessbrook Integrated 🤣 Honestly it was like playing against a bunch of toddlers. #Embarrassing", []),
 (COACH, "", "Our P7 netball team smashed it at the area finals! 🏆 Great to see such brilliant team spirit.", []),
 (SEC, "P", "Looking for a reliable childminder? Róisín (a mum of two in P3) has spaces from September. Text [[07700 900517|phone]] 👶", []),
 (SEC, "", "The library books can be collected from our lollipop lady Sadie at [[Rathmore, Tullynacross Road, Drumcashel|addr]] after 4 on Friday 📚", []),
 (SEC, "", "The library van is coming to the school car park on Wednesday – please have books returned by Tuesday 📚", []),
 (SEC, "L", "Our Irish dancers are performing at The Quays Shopping Centre this Saturday at 1pm for the Féile! Come along and give them a clap 💃", []),
 (SEC, "", "Well done to our Irish dancers who performed at the Newry Féile on Saturday. Yous were all fabulous 💃", []),
 (SEC, "", "Double celebration in P4! Twins [[Éabha|Éabha Lennon]] and [[Cormac|Cormac Lennon]] turn 8 today, [[21st November|dob]] 🎂🎂", []),
 (SEC, "O", "Some parents have said that Davy, the new driver from Mourne Coaches, was drinking before the school run. We're looking into it.", []),
 (PRI, "", "Mourne Coaches have confirmed a new driver for the Rostrevor route from Monday. Please ensure children are at their stop five minutes early.", []),
 (SEC, "PU", "Get 50% off school uniforms this week only at www.cheap-school-uniforms-ie.shop 👕", []),
 (PRI, "", "Uniform is available from Clarke's Schoolwear on Hill Street, the school's official supplier.", []),
 (SEC, "", "Lovely to see [[Fionn|Fionn Devlin]]'s big sister [[Orlaith|-]] back visiting from St Mary's High today! 😊", []),
 (SEC, "", "Congratulations to [[Ellie-Mae Crawford|-]] from Bessbrook Integrated, who beat our own [[Eoin Kearney]] in a nail-biting chess final ♟️", []),
 (PRI, "", "We are delighted to welcome pupils from Bessbrook Integrated Primary School for our Shared Education programme this term. Our P6 classes will work together on a STEM project.", []),
 (GRAN, "P", "the Drumcashel Residents Group is protesting the band parade through the village on the 12th and we need every family from the school to stand with us placards will be provided so meet at the chapel gates and show them they're not wanted – Packie", []),
 (P6, "", "In Shared Education this week, P6 learned why different communities in Northern Ireland celebrate different traditions, from St Patrick's Day to the Twelfth. Respect for all 💚🧡", []),
 (SEC, "O", "Glad we're not like some schools up the road that teach the wee ones to wave the wrong flag 🙄", []),
 (PRI, "", "St Colmcille's welcomes families of all faiths and none. Our school community includes children whose families come from Poland, Lithuania, Brazil, the Philippines and Syria, and we are proud of every one of them.", []),
 (SEC, "", "[[Derry Quinn]] in P7 went up to Derry for the Féile and came back with three medals! 🥇", []),
 (P6, "", "Our P7s walked the Walls of Derry last month as part of their history topic. A fascinating day 🏰", []),
 (COACH, "", "MOTM: [[OSH O'HARE|Oisín O'Hare]]!! ⚽🔥 What a goal.", []),
 (COACH, "", "MOTM this week goes to the whole squad – every single one of yous put in a shift 👏", []),
 (SEC, "P", "Don't forget to vote for Eamon Burke on Thursday – he's promised us a new crossing outside the school! 🗳️", []),
 (PRI, "", "Newry, Mourne and Down District Council has confirmed that a new pedestrian crossing will be installed outside the school over the summer. Details at www.newrymournedown.org", []),
 (COACH, "U", "Free Down GAA tickets for every family! 🎟️ Claim yours here: cutt.ly/downgaa-free", []),
 (COACH, "", "Our Cumann na mBunscol team has been invited to play a half-time mini-game at a county match in the summer! More info on www.gaa.ie", []),
 (GRAN, "", "the bulbs are all in now in the wee garden at the front of the school and the P3s done a great job helping me and Mrs Morgan and come the spring it'll be a sea of daffodils so it will – Packie", []),
 (GRAN, "", "I have to say my own grandson [[Tadhg|Tadhg Mallon]] and his pal [[Fionn|Fionn Devlin]] were a great help at the car wash today and [[Fionn|Fionn Devlin]] never stopped the whole time God love him – Packie", []),
 (GRAN, "L", "we're doing the litter pick with the P6s every Saturday morning from 10 at the Camlough Lake car park so if anybody wants to join us bring gloves and a flask – Packie", []),
 (GRAN, "", "the litter pick went great on Saturday and the P6s filled eleven bags between them I was never as proud – Packie", []),
 (GRAN, "PU", "my nephew has a great wee website for cheap heating oil and he says school families get a discount if you go through this www.oilcheapni.biz/colm – Packie", []),
 (PRI, "", "The school will close at 12 noon on Friday 20th December for the Christmas holidays. We wish all our families a happy and holy Christmas. Nollaig shona daoibh! 🎄", []),
 (PRI, "", "The Board of Governors meets on Tuesday. Parents wishing to raise an item should contact the school office in writing.", []),
 (SEC, "", "Flu vaccine forms are due back to the office by Friday, so they are. The school nursing team is in on Wednesday 💉", []),
 (P6, "", "P6 have been writing persuasive letters to the Education Minister about school dinners! Watch this space 📬", []),
 (P6, "", "Could the parents of [[Shiv|Siobhán Duffy]] please email the permission slip to [[c.hanratty@icloud.com|email]]? Thanks a million!", []),
 (SEC, "P", "Looking for a cleaner? Mrs Tumelty's daughter runs Sparkle Clean NI ✨ Get in touch at [[sparklecleanni@gmail.com|email]] for a quote.", []),
 (PRI, "", "For any questions about the uniform grant, please visit www.eani.org.uk or email the school office at info@stcolmcillesps.newry.ni.sch.uk", []),
 (P6, "", "[[Clodagh Heaney]] in P6 wrote the winning poem about Slieve Gullion 🏔️ Miss Clodagh Hanratty says it's the best she has read all year!", []),
 (SEC, "", "Miss Clodagh Hanratty is running a Lego club on Thursdays after school in the P6 room. £1 a week 🧱", []),
 (COACH, "L", "U11 training moves to Páirc Esler this week – Wednesday at 5pm. Parents, drop them at the main gate on the Ashgrove Road side.", []),
 (COACH, "", "Training continues on the school pitch on Wednesdays after school. Gumshields please! 🦷", []),
 (P6, "", "[[Saoirse|Saoirse Fearon]]'s and [[Aoife|Aoife Cunningham]]'s project on pollution in the Shannon river has made it to the NI science finals! 🧪", []),
 (P6, "", "Our P5 science club discovered that the Mourne Mountains are made of granite. Who knew? 🪨", []),
 (P6, "O", "Some people in P6 still can't tell the time… we won't name names 😂 but you know who you are!", []),
 (P6, "", "P6 have mastered telling the time on analogue clocks this week – well done all! ⏰", []),
 (COACH, "P", "Our new scoreboard was kindly donated by BetKing Newry – use promo code SCHOOL20 for your first bet! 🎰", []),
 (SEC, "", "A huge thank you to Bernie's Bakery for donating the buns for our Macmillan coffee morning. We raised £640! ☕", []),
 (SEC, "", "Lost: a wee grey teddy called Mr Buttons 🧸 If found please ring [[+44 (0)7700 900633|phone]]", []),
 (SEC, "", "Found: a grey teddy in the playground. He's sitting in the office waiting for his owner 🧸", []),
 (P6, "", "See [[Ruairí|Ruairí McParland]]'s winning painting on our website: www.stcolmcillesps.newry.ni.sch.uk/gallery/[[ruairi_mcparland|Ruairí McParland]]_art 🎨", []),
 (COACH, "", "Did you know Kerry have won more All-Irelands than any other county? P4 found that out in their GAA history project 🏐", []),
 (P6, "", "P5 loved learning about the Cliffs of Moher in County Clare. Some of them want to go this summer! 🌊", []),
 (PRI, "", "Congratulations to [[Brooke Carr]] and [[Odhrán Kelly]], our new Eco-Council representatives 🌍", []),
 (SEC, "", "[[Shannon B.|Shannon Byrne]] from P7 sang 'The Town I Loved So Well' at the Senior Citizens' party and there wasn't a dry eye in the room 🎤", []),
 (P6, "", "Maith thú, a [[Chian|Cian Rooney]]! [[Cian|Cian Rooney]] got full marks in his tables test today 🌟", []),
 (COACH, "", "Mr Mone with the Cumann na mBunscol shield 🏆", [("coach_mone_shield.jpg", "Mr Mone holding the Cumann na mBunscol shield in the school hall")]),
 (PRI, "", "Past pupil Orla Magennis, now a nurse at Daisy Hill Hospital, came back to talk to P7 about careers in health 🩺", []),
 (SEC, "", "P3 made St Brigid's crosses for Lá Fhéile Bríde on 1st February – they're hanging in every classroom now ✝️", []),
 (SEC, "", "Reading Week fun 📖", [("reading_week_[[nuala_boyle|Fionnuala Boyle]].jpg", "[[Nuala|Fionnuala Boyle]] dressed as the Queen of Hearts for Reading Week")]),
 (COACH, "L", "Our P6 and P7 athletes will be at the Mary Peters Track in Belfast on Thursday 12th June – we'll be warming up by the stand from 10am, give them a cheer! 🏃", []),
 (P6, "L", "P6 are at Slieve Gullion Forest Park right now on the Giant's Lair trail 🧚 We'll be at the café for lunch at 12.30 if anybody wants to bring down the forgotten lunchboxes!", []),
 (P6, "", "Photos from our Giant's Lair trail at Slieve Gullion Forest Park last week are now on the school website 🧚", []),
 (SEC, "", "P4 went to see the lambs at a farm in Mayobridge before Easter and haven't stopped talking about it since 🐑", []),
 (SEC, "O", "Honestly, the state of some of the packed lunches coming in – crisps and a can of Monster for a 6-year-old. Some parents need their heads looked at.", []),
 (SEC, "", "Healthy lunchbox ideas from the Public Health Agency are on www.nidirect.gov.uk – a wee bit of fruit goes a long way 🍎", []),
]

# ---------------------------------------------------------------- comments
# (role, category, text)
COMMENTS = [
 # safeguarding
 ("parent", "safeguarding", "My wee girl came home with bruises on her arms again and says it's the big ones at the bus stop who do it. She's frightened to go out."),
 ("pupil", "safeguarding", "miss hanratty can i message you privately i dont want to go home tonight"),
 ("parent", "safeguarding", "There's been a white van parked across from the gates every afternoon this week, a man just sitting watching the yard. Has anyone reported it?"),
 ("unknown", "safeguarding", "Lovely photos. Could you send me the full-size ones of the wee girls at the swimming gala? Happy to pay. DM me."),
 ("public", "safeguarding", "Not being funny but a wee lad from P3 has been walking home on his own along the main road at 7pm, no coat on him, every night. Is anybody looking after him?"),
 ("parent", "safeguarding", "[[Déaglán|Déaglán Toner]] told my son he's been cutting himself. Please can someone at the school talk to him today."),
 ("unknown", "safeguarding", "Hi sweetie you look so grown up in that photo, add me on Snapchat and we can chat 😘"),
 ("pupil", "safeguarding", "my daddy says if i tell anyone about the shouting he'll send me away. i like school"),
 ("public", "safeguarding", "Two wee ones from the school were down at the river by Carrickbawn bridge on their own at dinner time today. They could easily have fallen in."),
 ("pupil", "safeguarding", "my wee brother hasnt had breakfast all week cos there's no food in the house. can the school help him? dont tell mammy i said"),
 ("parent", "safeguarding", "Some older fella has been giving the P7 boys vapes and money outside the shop after school and asking them to drop parcels off for him. Very worried."),
 ("unknown", "safeguarding", "I'm a photographer putting together a portfolio of Irish children. Any parents happy to send me pics of their kids in swimwear please message me privately."),
 ("parent", "safeguarding", "Our [[Fiadh|Fiadh McNulty]] has been collected twice now by a man none of us know and the school let her go with him. Who is he?"),
 ("parent", "safeguarding", "Please can someone check on the wee girl in P5 who was crying in the yard today. She told my daughter she's scared of her mammy's boyfriend."),
 ("public", "safeguarding", "Can I volunteer at the after-schools? I haven't got an Access NI check but I love kids and I could give a few of them lifts home."),
 ("pupil", "safeguarding", "there's a post on tiktok saying a boy from our school wants to kill himself, its [[Cian|Cian Rooney]]'s friend, someone has to do something"),
 # threat
 ("unknown", "threat", "Tullyhappy Road bridge. Friday. Half ten. The coach knows."),
 ("parent", "threat", "If that referee shows his face at the next blitz he won't be walking home."),
 ("public", "threat", "Somebody should put a brick through the principal's window, see how he likes it."),
 ("parent", "threat", "Keep letting that wee thug near my son and see what happens to his da's car."),
 ("unknown", "threat", "I know what car Miss Hanratty drives and where she leaves it. Just saying."),
 ("public", "threat", "Them flags go up outside the school again and they'll be burnt along with whatever's next to them."),
 ("parent", "threat", "That bus driver better watch his back on the Rostrevor road."),
 ("public", "threat", "Would be a shame if that new polytunnel got a match put to it some night."),
 ("parent", "threat", "Next time I see that coach at the pitch I'll put him in the ground."),
 ("parent", "threat", "Put a hand on my child again and I'll be waiting at the gates at half three. You've been warned."),
 ("unknown", "threat", "Everybody sick of this school, be at the front gates 3pm Friday and let's give them something to remember 🔥"),
 # hate
 ("public", "hate", "Typical of that sort of school, more interested in the GAA and the Pope than reading and writing."),
 ("public", "hate", "Teaching weans Irish like it's something to be proud of. Go back across the border if you love it that much."),
 ("public", "hate", "Half that class aren't even from here. Sure they'll be getting the free dinners while the rest of us pay."),
 ("public", "hate", "Keep your sort on your own side of the town, nobody wants yous at that Shared Education nonsense."),
 ("public", "hate", "A Catholic school preaching 'respect for all' – that's a laugh, we all know what your lot are like."),
 ("parent", "hate", "Why are the Polish kids getting all the extra help? Should be for our own first, they can go home if they don't like it."),
 ("public", "hate", "Can't believe people in this day and age still hand their kids over to be brainwashed by priests and nuns."),
 ("public", "hate", "That wee Syrian boy shouldn't be in the photo, this is an Irish school."),
 ("parent", "hate", "Wouldn't let mine play against that integrated crowd, sure they're all Orange at heart and you can't trust them."),
 ("public", "hate", "Another wheelchair ramp? Money wasted on kids who'll never amount to anything."),
 ("public", "hate", "Wee boys doing Irish dancing now? Turning them soft, and we all know what that leads to."),
 ("public", "hate", "Travellers' kids at the school again, better lock up your bikes."),
 ("unknown", "hate", "The Ukrainians should be grateful for what they're given and keep their mouths shut."),
 # abuse
 ("parent", "abuse", "That coach hasn't a clue. Couldn't manage a bath never mind a team."),
 ("parent", "abuse", "Mr McAnulty is a useless clown and everybody knows it."),
 ("public", "abuse", "The wee one in the middle looks like he's been dragged through a hedge backwards 😂"),
 ("parent", "abuse", "Bernie in the office is the rudest woman in Newry, face like a wet weekend on her."),
 ("pupil", "abuse", "lol St Oliver's got hammered, what a bunch of losers 😂😂"),
 ("public", "abuse", "That teacher's a drunk, I see her staggering out of the Canal Court every Friday."),
 ("public", "abuse", "Your school is a joke run by clowns."),
 ("public", "abuse", "Whoever did that child's hair should be ashamed of themselves lmao"),
 ("parent", "abuse", "Miss Hanratty has her favourites and she's a stuck-up snob, simple as."),
 ("unknown", "abuse", "Absolute muppets the lot of yous."),
 ("pupil", "abuse", "imagine being that ugly in the school photo 💀"),
 ("parent", "abuse", "The caretaker's a lazy oul goat, never seen him lift a brush in five years."),
 ("parent", "abuse", "Big fat [[Kerry|Kerry Fegan]] got picked for the team ahead of my wain? Give me a break."),
 ("parent", "abuse", "Do the teachers actually teach or just take selfies all day? Useless, the whole lot of them."),
 ("public", "abuse", "The principal's a liar and a fraud, he's been pocketing the PTA money for years."),
 ("public", "abuse", "Your GAA team is pathetic, my granny could beat them with her zimmer."),
 ("public", "abuse", "Give it a rest Packie, nobody cares about your bulbs ya oul eejit"),
 ("unknown", "abuse", "Thick as champ, the whole lot of them in P5."),
 ("unknown", "abuse", "Stupid post from a stupid school."),
 ("parent", "abuse", "[[Oisín|Oisín O'Hare]] is a wee cheat and everybody saw he was offside."),
 ("parent", "abuse", "That dinner lady should be sacked, she's a nasty piece of work."),
 ("public", "abuse", "Honestly the state of the parents at this school 🤢"),
 # complaint
 ("parent", "complaint", "Oh brilliant, another non-uniform day for a pound. At this rate I'll need a second mortgage 🙄"),
 ("parent", "complaint", "Why is there never any notice for these trips? Two days isn't enough to find £15."),
 ("parent", "complaint", "The car park at home time is a disgrace. Somebody's going to get knocked down and the school does nothing about it."),
 ("parent", "complaint", "Very disappointed the P7 residential has gone up again this year."),
 ("parent", "complaint", "Please take down the photo of my son, I never gave permission for it."),
 ("parent", "complaint", "Great, so the school is closed AGAIN for an election. Some of us have jobs to go to."),
 ("parent", "complaint", "My child has been bullied for weeks and I've had no call back from the school. Not good enough."),
 ("parent", "complaint", "Why do the same kids always get picked for the GAA team?"),
 ("parent", "complaint", "Whoever decided on a 2pm finish on a Friday clearly doesn't have to work."),
 ("parent", "complaint", "The dinner portions are tiny for what we're paying."),
 ("parent", "complaint", "Oh lovely, a Christmas jumper day. Because we all have £20 lying about in December 🙃"),
 ("parent", "complaint", "Still waiting on a reply to my email from three weeks ago."),
 ("parent", "complaint", "Bloody ridiculous that the hall was too small for the concert, half of us had to stand outside."),
 ("parent", "complaint", "Can you please remove my daughter's photo from this post."),
 ("parent", "complaint", "Why was Irish dancing cancelled with no explanation?"),
 ("parent", "complaint", "The homework in P6 is far too much for 10-year-olds."),
 ("parent", "complaint", "Surely somebody could have told us the bus was late instead of us standing in the rain for 40 minutes."),
 ("parent", "complaint", "Not happy that the school photographer's prices have gone up 30%."),
 ("parent", "complaint", "Shocking that the pitch still isn't fixed after a whole year of fundraising."),
 ("parent", "complaint", "Why does every letter come home the day before the deadline?"),
 ("parent", "complaint", "The after-schools charge is daylight robbery."),
 ("parent", "complaint", "What's the point of a parents' council if nobody listens to a word we say?"),
 ("parent", "complaint", "Thanks for telling us at 8am that the school was closed for snow. Really helpful when we're already in the car 👏"),
 ("public", "complaint", "The nativity tickets sold out in ten minutes and grandparents couldn't get in. Poor organisation."),
 ("parent", "complaint", "Why was my son kept in at break for forgetting his PE kit? Seems very harsh."),
 ("parent", "complaint", "Fed up with things coming by Seesaw AND paper AND text. Pick one!"),
 ("parent", "complaint", "There's a St Patrick's Day assembly every year but nothing at all for Chinese New Year. Some of our kids would love that."),
 ("parent", "complaint", "Zero communication about the new lunch menu. My child came home starving."),
 ("public", "complaint", "Why does this school still not have a proper crossing patrol at the back gate? It's been promised for years."),
 ("parent", "complaint", "Swimming cancelled again – that's three weeks in a row. Very annoyed."),
 # question
 ("parent", "question", "What time does the bus get back from the Ulster Museum?"),
 ("parent", "question", "Is it full uniform or PE kit for sports day?"),
 ("parent", "question", "Does anyone know if Breakfast Club is on over half term?"),
 ("parent", "question", "How do I pay for the trip if I haven't got ParentPay set up yet?"),
 ("parent", "question", "Has anyone found a navy Down GAA jersey? Lost on Friday after training."),
 ("parent", "question", "Is there a P1 open morning for next September's starters?"),
 ("parent", "question", "When are the transfer test results out?"),
 ("parent", "question", "What date is the school closing for Easter?"),
 ("parent", "question", "Can grandparents come to the Grandparents' Mass or is it parents only?"),
 ("parent", "question", "Where do we send the form for the uniform grant?"),
 ("parent", "question", "Will there be a 12 o'clock finish on the last day of term?"),
 ("parent", "question", "My son's lunchbox went missing – blue Paw Patrol one. Has anyone seen it?"),
 ("parent", "question", "Is the Irish dancing class still on Thursdays?"),
 ("parent", "question", "Do they need a packed lunch for the trip or are dinners provided?"),
 ("public", "question", "Hi, does the school accept P1 applications from outside the parish?"),
 ("parent", "question", "How much is the residential altogether and can we pay it in instalments?"),
 ("parent", "question", "Could you confirm the date of the First Communion please?"),
 ("parent", "question", "Which gate should we use for collection while the building work is on?"),
 ("parent", "question", "Is [[Róisín|Róisín McCourt]]'s certificate in the office? She left it on the bus."),
 ("parent", "question", "Is the flu spray OK for kids with an egg allergy?"),
 ("parent", "question", "Are younger siblings allowed to come and watch sports day?"),
 ("parent", "question", "Anyone know if Cumann na mBunscol training is still on tomorrow with this weather?"),
 ("parent", "question", "Can I pick my child up early on Friday for a hospital appointment?"),
 ("parent", "question", "What's the login for the school app? Mine's not working."),
 ("public", "question", "Is the school hall available to hire for a christening party?"),
 ("parent", "question", "Where can I get the school jumper with the crest on it?"),
 ("parent", "question", "Will the concert be recorded for those of us who are working?"),
 ("parent", "question", "Hi, [[Caoimhe|Caoimhe Magennis]] has a dentist appointment on Tuesday at 2. Can she be collected from the office?"),
 ("parent", "question", "Does the school run a homework club?"),
 ("parent", "question", "Do snacks have to be nut-free in P2?"),
 ("parent", "question", "How do I get in touch with the PTA?"),
 ("parent", "question", "What colour t-shirt do they need for the parade?"),
 ("parent", "question", "Is there a waiting list for the after-schools club?"),
 ("parent", "question", "Could you let me know the dates for the parent-teacher meetings?"),
 ("public", "question", "Is the school collecting for the Simon Community again this year?"),
 ("parent", "question", "When will the photos from sports day be up?"),
 ("public", "question", "Hi, I'm new to the area – is the school Catholic-maintained or integrated?"),
 ("parent", "question", "Can the office ring me back on [[07700 900744|phone]] about the dinner money?"),
 ("parent", "question", "Who do I contact about the Irish classes for parents? I'm at [[maire.obyrne@hotmail.com|email]]"),
 ("parent", "question", "Could someone drop the forgotten PE bag out to us at [[Ardmore, Ballyholland Road, Newry|addr]]? We're in all day."),
 # spam
 ("unknown", "spam", "🔥 Earn £500 a day from home with crypto! DM me for details 💰"),
 ("unknown", "spam", "Congratulations! You've been selected for a free iPhone 15. Claim now: bit.ly/fr33phone"),
 ("unknown", "spam", "Cheap Ray-Bans this week only 😎 www.raybans-outlet-sale.shop"),
 ("unknown", "spam", "Hello dear, I am US army general on peacekeeping, lonely and looking for friendship. Please reply to me."),
 ("unknown", "spam", "Your page will be disabled for violating community standards. Verify your account here: fb-verify-support.com"),
 ("public", "spam", "Best hot tubs in Ulster!! Visit Mourne Spa Co. for 10% off this month 🛁"),
 ("unknown", "spam", "WIN a €1000 Penneys voucher!! Just share and comment DONE 🎉"),
 ("unknown", "spam", "Need cash fast? Same-day loans, no credit checks. Text [[07700 900812|phone]]"),
 ("unknown", "spam", "I made £3,000 last week thanks to Mr Kelvin's investment scheme, message him on WhatsApp today!"),
 ("unknown", "spam", "Buy real followers cheap 👉 growfast.biz"),
 ("unknown", "spam", "Hello beautiful school. I sell quality essays for university students, contact [[essaykingz@gmail.com|email]]"),
 ("public", "spam", "Driveways cleaned & sealed, Newry & Mourne area, best prices around, call Dessie [[07700 900903|phone]]"),
 ("unknown", "spam", "FREE casino spins for new players today only 🎰 luckyspinz.win"),
 ("public", "spam", "Anybody want a 2012 Ford Fiesta? Good runner, £1800 ono, message me."),
 ("public", "spam", "Bus trip to the Dundalk Christmas market, only €25 a seat! Message Kieran for details 🎄"),
 # praise
 ("parent", "praise", "Well done to all the wee ones, yous were brilliant! 👏"),
 ("parent", "praise", "So proud of our P7s, what a team ☘️"),
 ("public", "praise", "Beannachtaí na Féile Pádraig to all the staff and pupils! ☘️"),
 ("parent", "praise", "God bless all the children making their First Holy Communion 🙏"),
 ("parent", "praise", "Proud to be Irish and proud of this wee school 🇮🇪💚"),
 ("parent", "praise", "Thank you Mr Mone for all the time you give up for the team."),
 ("parent", "praise", "Gorgeous photos, thanks for sharing."),
 ("parent", "praise", "Packie you're a legend, thanks for all you do ❤️"),
 ("parent", "praise", "Brilliant idea, the kids loved it."),
 ("parent", "praise", "Maith sibh, a pháistí! 🌟"),
 ("parent", "praise", "What a fantastic day, thank you to all the staff."),
 ("parent", "praise", "Absolutely delighted for [[Saoirse|Saoirse Fearon]], she works so hard ⚽"),
 ("public", "praise", "Lovely to see the Shared Education work, well done to both schools 💚🧡"),
 ("parent", "praise", "Congratulations on the Green Flag, well deserved!"),
 ("parent", "praise", "My granddaughter loved every minute of it. Thank you all so much."),
 ("parent", "praise", "Fair play to the lot of yous, great work."),
 ("parent", "praise", "Dziękuję to everyone for welcoming our family so warmly 🇵🇱❤️"),
 ("public", "praise", "Best wee school in Co. Down 😍"),
 ("parent", "praise", "Thank you Bernie for sorting out my dinner money mess, you're a star!"),
 ("parent", "praise", "Stunning May altar, God bless 🌹"),
 ("public", "praise", "As a past pupil from the 80s I'm delighted to see the school thriving."),
 ("parent", "praise", "The nativity was magic. Well done P1! 🌟"),
 ("parent", "praise", "Eid Mubarak to all our Muslim families from a St Colmcille's mum 🌙"),
 ("parent", "praise", "Well done Miss Hanratty and P6, what a project!"),
 ("parent", "praise", "So glad to see the kids using the cúpla focal, maith sibh!"),
 ("parent", "praise", "Go raibh maith agaibh to everyone who donated 💚"),
 ("parent", "praise", "Amazing effort, so proud of my wee man."),
 ("parent", "praise", "Brilliant result for the netball girls, up the Colmcille's! 🏆"),
 ("parent", "praise", "Thanks for the quick reply about the bus, much appreciated."),
 ("parent", "praise", "Congratulations to the chess team – great to see brains as well as brawn!"),
 ("public", "praise", "What a credit those children are to their families."),
 ("public", "praise", "Lovely to see kids from both schools having fun together. That's the future of this place 💚"),
 ("parent", "praise", "Happy Christmas to all the staff and thank you for a great term 🎄"),
 ("pupil", "praise", "Proud big sister moment!! Well done [[Rory|Ruairí McParland]] ❤️🎨"),
 ("parent", "praise", "Wishing the P7s the best of luck in the transfer test, yous will be flying 🍀"),
 ("parent", "praise", "Happy birthday to our [[Erin|Erin Larkin]], 5 today on the [[12th of May|dob]]! Thank you P1 for the lovely card 🎂"),
 # other
 ("parent", "other", "@Deirdre Byrne is this the one you were on about?"),
 ("parent", "other", "Haha our [[Tadhg|Tadhg Burns]] talks about nothing else 😂"),
 ("public", "other", "I remember sitting in those same desks in 1987! Mrs Ó Dálaigh used to terrify the life out of us 😂"),
 ("parent", "other", "We're heading to the match on Sunday too, see yous there!"),
 ("public", "other", "That's the weather turned anyway ☔"),
 ("parent", "other", "Sharing for my cousin."),
 ("parent", "other", "Our dog ate the homework. Genuinely. 🐶"),
 ("pupil", "other", "big sister here – I had Miss Hanratty's mum as my P6 teacher, small world 😂"),
 ("parent", "other", "🍀🍀🍀"),
 ("public", "other", "First time I've seen that hall painted since the 90s lol"),
 ("parent", "other", "Who else is already dreading the Christmas shopping 🎄😩"),
 ("public", "other", "The Mournes look class in the background of that photo"),
 ("public", "other", "Saw yous all on the bus this morning, some singing going on 😂"),
 ("parent", "other", "@Sean Og Murphy get your hurl down out of the attic"),
 ("public", "other", "That's my granny's old house in the background!"),
 ("public", "other", "My two went to this school twenty years ago and still talk about the céilí dancing."),
 ("parent", "other", "Our [[Shannon|Shannon Byrne]]'s going to be mortified when she sees this 😂"),
 ("parent", "other", "Anyone else's wee one come home covered in paint today? 🎨😂"),
 ("parent", "other", "Ha, the bay leaf soup sounds better than anything I make"),
 ("pupil", "other", "thats me at the back with the hat on 🙈"),
]

def main():
    # roster / staff
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        cols = ["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name", "consent_social_media", "consent_website"]
        w.writerow(cols)
        for r in roster:
            w.writerow([r[c] for c in cols])
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(STAFF, 1):
            w.writerow([f"CCS{i:02d}", *s])
    posts = []
    for i, (voice, lab, text, imgs) in enumerate(POSTS, 1):
        t, spans = parse(text)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            fn_t, fs = parse(fn); alt_t, as_ = parse(alt)
            images.append({"filename": fn_t, "alt": alt_t})
            for field, ss in (("filename", fs), ("alt", as_)):
                for s in ss:
                    ispans.append({"image": k, "field": field, **s})
        assert set(lab) <= set("OLUP"), lab
        labels = {"offensive": "O" in lab, "live_location": "L" in lab,
                  "unsafe_link": "U" in lab, "political_or_commercial": "P" in lab}
        posts.append({"id": f"post-{i:03d}", "text": t, "images": images, "labels": labels,
                      "spans": spans, "image_spans": ispans, "_voice": voice})
    comments = []
    for i, (role, cat, text) in enumerate(COMMENTS, 1):
        t, spans = parse(text)
        assert role in ("parent", "public", "pupil", "unknown")
        assert cat in ("safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other")
        comments.append({"id": f"comment-{i:03d}", "text": t, "author_role": role, "category": cat, "spans": spans})
    with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps({k: v for k, v in p.items() if k != "_voice"}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "comments.jsonl"), "w", encoding="utf-8") as fh:
        for c in comments:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    open(os.path.join(OUT, "images.jsonl"), "w").close()
    # stats
    st = {}
    st["roster"] = len(roster); st["no_consent"] = sum(r["consent_social_media"] == "no" for r in roster)
    st["staff"] = len(STAFF); st["posts"] = len(posts)
    bad = [p for p in posts if p["spans"] or p["image_spans"] or any(p["labels"].values())]
    st["problem_posts"] = len(bad); st["clean_posts"] = len(posts) - len(bad)
    st["labels"] = {k: sum(p["labels"][k] for p in posts) for k in posts[0]["labels"]}
    st["span_types"] = dict(Counter(s["type"] for p in posts for s in p["spans"]))
    st["span_posts"] = {t: sum(any(s["type"] == t for s in p["spans"]) for p in posts) for t in st["span_types"]}
    st["off_roster_post_spans"] = sum(1 for p in posts for s in p["spans"] if s["on_roster"] is False)
    st["image_spans"] = sum(len(p["image_spans"]) for p in posts)
    st["image_span_posts"] = sum(bool(p["image_spans"]) for p in posts)
    st["posts_with_images"] = sum(bool(p["images"]) for p in posts)
    st["voices"] = dict(Counter(p["_voice"] for p in posts))
    st["comments"] = len(comments)
    st["categories"] = dict(Counter(c["category"] for c in comments))
    st["roles"] = dict(Counter(c["author_role"] for c in comments))
    st["comment_spans"] = dict(Counter(s["type"] for c in comments for s in c["spans"]))
    print(json.dumps(st, indent=1, ensure_ascii=False))
    json.dump(st, open(os.path.join(OUT, "src", "stats.json"), "w"), indent=1, ensure_ascii=False)

if __name__ == "__main__":
    main()
