# one-off: turn some Cardiff English comments into Welsh/English code-switched ones (run once)
import sys
EDITS = {
"train_car.txt": {
"Is there uniform help? Ta": "We're a Traveller family from the Rover Way site, my two start after half term. Is there uniform help? Diolch, ta",
"Not having a go but a Saturday": "Jumble sale was on a Friday lunchtime which is when we are at the mosque. Dim cwyno go iawn, but a Saturday would let more of us help.",
"We're not church people.": "Newsletter said \"bring in something from your church\" for harvest. Dyn ni ddim yn mynd i'r capel. Maybe \"from home\" next time?",
"her other mum is on pick up tonight": "her other mum is on pick up heno so if anyone needs the Year 3 spelling sheet she's got spares, cofion",
"Nobody round here thinks the Roma families": "Nobody round here thinks the Roma families are any different from the rest of us. Mae fy mhlant i'n chwarae gyda nhw bob dydd on the rec.",
"Being gay isn't a phase": "Being gay isn't a phase, it isn't catching and it isn't \"pushed\" by a picture book. Teuluoedd ydyn nhw, dyna i gyd.",
"Nobody is \"importing\" anything.": "Nobody is \"importing\" anything. Splott's been a docks community since the 1800s. Morwyr o bob man. That IS Sblot.",
"Imagine typing \"not racist but\"": "Imagine typing \"not racist but\" on a primary school's Facebook page and pressing send. Ar bost am sioe Diwali. Wow.",
"Thank you Mrs Hughes for the assembly": "Diolch Mrs Hughes for the assembly about racism after what happened at the bus stop. My son said it helped him feel safe",
"Honestly the best thing about this school is it looks like Splott": "Honestly the best thing about this school is it looks like Sblot. Pob lliw, pob iaith, every kid mates with every other kid",
"Pride assembly was so lovely": "Pride assembly was so lovely 🏳️‍🌈 my youngest came home and said \"so anyone can love anyone\". Ie. Yn union.",
"Welcome to the Ukrainian families in Adamsdown": "Croeso to the Ukrainian families in Adamsdown and Splott. If anyone needs a bike fixed for the school run, I'll do it am ddim",
"Kids running round Splott Road at 10am": "I just think the Roma families don't care about school. Plant yn rhedeg o gwmpas Splott Road at 10am every day",
"is it even a Welsh school anymore": "why are there so many foreigners in this school now? ydy hi hyd yn oed yn ysgol Gymreig dim mwy or what",
"Send em back. All of em.": "Send em back. Pob un ohonyn nhw. Start with the ones on benefits.",
"Welsh speakers are all snobs": "Welsh speakers are all snobs who think they're better than the rest of us. Inbred lot. Cau dy geg am dy \"iaith\"",
"Wales is full. Put them back on the boats.": "Ukrainians, Syrians, Afghans... digon yw digon. Wales is full. Put them back on the boats.",
"Eid Mubarak to the whole Splott family": "Eid Mubarak to the whole Splott family, and Nadolig Llawen in advance to those who are counting the days 🌙🎄",
"The Welsh teachers are so patient": "The Welsh teachers are so patient with my Romanian daughter. Now she sings Calon Lân in the bath. I cry every time",
"Bore da and sabah al khair": "My daughter's class made an Arabic and Welsh word wall together. Bore da and sabah al khair side by side. So happy ☀️",
"Can guide dogs come into the hall": "Ydy cŵn tywys yn cael dod i'r neuadd for the Christmas show? My dad is blind and his dog is very calm",
"Blind or not, that dad's guide dog": "Blind or not, that dad's guide dog has no place yn y neuadd. If you can't see the show why come",
"Somali families didn't bring \"trouble\" to Splott": "Somali families didn't bring \"trouble\" to Splott, cau'r dociau did. Get your history right before you post",
"Are the Roma families coming to the Christmas fair? My girl": "Are the Roma families coming to the Christmas fair? Mae'r ferch eisiau dangos y groto Siôn Corn i'w ffrind",
"Is the Traveller education worker": "Is the Traveller education worker still coming in ar ddydd Mercher? My two loved her",
"autistic kids on school trips = one very happy boy": "autistic kids on school trips = one very happy boy who wouldn't stop talking about the pengwiniaid at the aquarium 🐧",
},
"dev_car.txt": {
"Three dads at the Friday mosque run": "Tri tad at the Friday mosque run and all three of us forgot the PE kit. Solidarity",
"lol at the Diwali craft table": "lol at the Diwali craft table, my son made a diva lamp and immediately tried to put a Pokemon ynddo fe",
"Nobody in our class WhatsApp thinks the Yemeni": "Nobody in our class WhatsApp thinks the Yemeni families are \"trouble\". Un boi ar Facebook yw e, and he doesn't even have kids in the school",
"Best thing about this school is the Deaf awareness club": "Best thing about this school is the Deaf awareness club. Mae fy mhartner yn gallu sgwrsio with the kids at the gate now",
"Splott for Splott people. Anyone who": "Sblot i bobl Sblot. Anyone who doesn't like bacon butties and rugby can go back where they came from",
"The \"Splott for Splott people\" comment": "The \"Sblot i bobl Sblot\" comment is from an account made yesterday with no friends. Report it and don't feed it",
},
}
for fn, ed in EDITS.items():
    lines = open(fn, encoding="utf-8").read().split("\n"); used = set()
    for i, l in enumerate(lines):
        if l.startswith("#") or not l: continue
        p = l.split("|", 5)
        for k, v in ed.items():
            if k in p[5]:
                assert k not in used, k; used.add(k)
                p[4] = "mixed"; p[5] = v; lines[i] = "|".join(p)
    missing = set(ed) - used; assert not missing, missing
    open(fn, "w", encoding="utf-8").write("\n".join(lines))
