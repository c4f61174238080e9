import csv, random
random.seed(7)
word = """Grace Hope Faith Joy Blessing Precious Favour Gift Destiny Summer Autumn April May June River Rain Storm Sky Skye Rose Lily Holly Ivy Poppy Daisy Jasmine Amber Ruby Pearl Jade Crystal Honey Angel Prince King Duke Major Rocco Rio Paris London Brooklyn Dallas Chelsea Harley Mercedes Lexus Bentley Tesla Apple Messiah Nevaeh Bear Fox Wolf Robin Jay Sunny Art Hunter Archer Mason Taylor Carter Cooper Tyler Walker Frank Earnest Patience Harmony Melody Journey Legend Nova Star Marvel""".split()
other = """Amira Zain Oliver Kacper Fatima Ayaan Olumide Isla Mohammed Zofia Leo Hamza Aisha Noah Chloe Yusuf Maya Tomasz Ibrahim Ella Kofi Sienna Arjun Layla Callum Nadia Theo Priya Dylan Ines Omar Evie Jacob Hana Reuben Mariam Finley Adaeze Luca Safiya Ethan Zara Kai Niamh Idris Freya Ahmed Lola Samuel Khadija""".split()
last = """Okafor Hussain Smith Nowak Begum Ali Adeyemi Jones Campbell Patel Williams Khan Mensah Taylor Brown Kowalski Ahmed Clarke Osei Davies Mahmoud Evans Shah Wright Hughes Mirza Green Nguyen Obi Morris Rahman Bennett Hall Abdi Farah Turner Singh Price Walsh Ibrahim""".split()
# preferred-name nicknames for a few
nick = {"Will": None}
names = word + other
assert len(set(names)) == len(names)
classes = [("Reception","Rose Class"),("Year 1","Holly Class"),("Year 2","Oak Class"),("Year 3","Ivy Class"),("Year 4","Cedar Class"),("Year 5","Birch Class"),("Year 6","Hazel Class")]
rows=[]
# add William->Will, a Wilhelmina? keep: William pref Will, Rebekah pref Bill? use 'Billie'
extra=[("William","Will"),("Wilhelmina","Bill")]
allp=[(n,n) for n in names]+extra
random.shuffle(allp)
allp=allp[:125]
for i,(f,p) in enumerate(allp):
    yg,cl = classes[i%7]
    rows.append(dict(pupil_id=f"EV{i+1:04d}",first_name=f,last_name=random.choice(last),preferred_name=p,year_group=yg,class_name=cl,consent_social_media="no" if i%17==5 else "yes",consent_website="no" if i%17==5 else "yes"))
with open("roster.csv","w",newline="") as fh:
    w=csv.DictWriter(fh,fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(len(rows), sum(1 for r in rows if r["first_name"] in word or r["preferred_name"] in ("Will","Bill")))
missing=[n for n in names+["Will","Bill"] if n not in [r["preferred_name"] for r in rows]]
print("missing",missing)
