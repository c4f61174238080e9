# Test set: Carnbeg Integrated Primary School, west Belfast (invented).
SEED = 9263
ID_PREFIX = "CB"
STAFF_PREFIX = "CBS"
N_POSTS = 90
NO_CONSENT = 10
CLASSES = ["Wren", "Robin", "Kestrel", "Heron", "Curlew", "Lapwing", "Skylark"]
CLASS_SIZE = [23, 23, 23, 23, 23, 23, 23]
HOUSES = ["Fionn", "Oisín", "Méabh", "Lir"]

SCHOOL_NAME = "Carnbeg Integrated Primary School"
PLACE = "Belfast"

SCHOOL_TOML = '''# A synthetic integrated primary school in Belfast, Northern Ireland. Used by `safepost check --school` and `safepost triage --school`.
name = "Carnbeg Integrated Primary School"
name_ga = "Bunscoil Imeasctha an Chairn Bhig"
policy = "default"          # the default pack enables every rule
nation = "northern-ireland"
address = "2 Carnbeg Drive, Belfast BT11 9QZ"
local_authority = "Education Authority (Belfast Region)"
web_domains = ["carnbegips.ni.sch.uk"]
email_domains = ["carnbegips.ni.sch.uk"]
emails = ["office@carnbegips.ni.sch.uk"]
phones = ["028 9649 6874"]
allowed_link_domains = ["carnbegips.ni.sch.uk", "eani.org.uk", "education-ni.gov.uk", "nidirect.gov.uk", "gov.uk", "bbc.co.uk", "hscni.net"]
platforms = ["facebook", "instagram", "seesaw"]
'''

FEATURED = {
    1: [("Oisín", "McKenna"), ("Erin", "Wilson"), ("Sky", "Boyle"), ("Éabha", "Mac Giolla Phádraig"),
        ("Cian", "Reid"), ("Hope", "McAllister")],
    2: [("Síofra", "Agnew"), ("Robin", "McCartan"), ("Grace", "Magee"), ("Rose", "Ó Gallchóir"),
        ("Caolán", "Toner"), ("Brooke", "Murray")],
    3: [("Fionn", "Lavery"), ("Aoife", "Kerr"), ("Ruairí", "Mac an Bhaird"), ("Bay", "O'Hare"),
        ("Neve", "McGrath"), ("Dara", "Lynch"), ("Saoirse", "Ní Chonaill"), ("Shannon", "Rooney"),
        ("Aine", "Murray")],
    4: [("Conall", "Ó Neachtain"), ("Kerry", "Hamill"), ("Déaglán", "Reid"), ("Caoimhe", "Stewart"),
        ("Ross", "McKeown"), ("Bríd", "Nic Cárthaigh"), ("Maeve", "Boyle")],
    5: [("Pádraig", "Toner", "Paudie"), ("Clodagh", "McGrath"), ("Siobhán", "Lynch"), ("Donnacha", "Ó Gallchóir"),
        ("Faith", "Agnew"), ("Colm", "McAllister"), ("Brendan", "Magee")],
    6: [("Ciarán", "Morgan"), ("Bronagh", "McKenna"), ("Eoin", "Mac an Bhaird"), ("Patrick", "Murray"),
        ("Clare", "O'Hare"), ("Orla", "Ó Ceallaigh"), ("Rory", "McGrath")],
    7: [("Aisling", "Boyle"), ("Niall", "Kerr"), ("Bridget", "Toner"), ("Róisín", "Lynch"),
        ("Niamh", "McCartan"), ("Tadhg", "Ó Neachtain")],
}
FILL_GIRLS = ["Zara", "Mollie", "Amelia", "Ruby", "Isla", "Layla", "Zofia", "Lucy", "Ella", "Ciara", "Aoibhe",
              "Cara", "Sophie", "Olivia", "Niamh", "Aoife", "Caitlin", "Emily", "Hannah", "Sorcha", "Eimear",
              "Ava", "Lily", "Grace", "Orlaith", "Fiadh", "Saoirse", "Ailbhe"]
FILL_BOYS = ["Jack", "Harry", "Oliver", "Lewis", "Jacob", "Kacper", "Amir", "Ryan", "Conor", "Cormac", "Seán",
             "Matthew", "Daniel", "Callum", "Darragh", "Odhrán", "Finn", "Luca", "Thomas", "Reuben", "Cian",
             "Tiernan", "Cathal", "Ethan", "Noah", "Eoghan", "Ruairí"]
FILL_SURNAMES = ["McKenna", "Wilson", "Boyle", "Reid", "McAllister", "Agnew", "Magee", "Toner", "Murray",
                 "Lavery", "Kerr", "O'Hare", "McGrath", "Lynch", "Rooney", "Hamill", "Stewart", "McKeown",
                 "Morgan", "McCartan", "Thompson", "Patterson", "Nowak", "Khan", "Greer", "McAteer",
                 "Fitzsimons", "Maguire", "Hutchinson", "Mac an Bhaird", "Ó Gallchóir", "Devine", "Irvine"]
FILL_SURNAMES_GIRL = ["Ní Chonaill", "Nic Cárthaigh", "Ní Neachtain", "Ní Cheallaigh"]
FILL_SURNAMES_BOY = ["Ó Neachtain", "Ó Ceallaigh", "Mac Cárthaigh", "Ó Conaill"]

STAFF = [
    ("Mrs", "Róisín", "Hamill", "Principal; Designated Teacher for Child Protection"),
    ("Mrs", "Brigid", "Morgan", "Vice-principal; SENCo"),
    ("Mrs", "Bronagh", "Reid", "School secretary"),
    ("Mrs", "Hope", "Stewart", "Class teacher (P1 Wren)"),
    ("Miss", "Shannon", "Kerr", "Class teacher (P2 Robin)"),
    ("Mr", "Fionn", "Gilmore", "Class teacher (P3 Kestrel)"),
    ("Mr", "Niall", "Magee", "Class teacher (P4 Heron)"),
    ("Mrs", "Aisling", "Rooney", "Class teacher (P5 Curlew)"),
    ("Mr", "Rory", "Boyle", "Class teacher (P6 Lapwing)"),
    ("Miss", "Saoirse", "McKeown", "Class teacher (P7 Skylark)"),
    ("Mr", "Dara", "Ó Ceallaigh", "PE and Gaelic games coach"),
    ("Mrs", "Faith", "Wilson", "Classroom assistant"),
    ("Miss", "Clare", "Toner", "Classroom assistant"),
    ("Mr", "Ross", "Agnew", "Classroom assistant"),
    ("Ms", "Éabha", "Ní Dhuibhir", "Irish language tutor (Múinteoir Éabha)"),
    ("Mr", "Gerry", "Murray", "Caretaker"),
    ("Mrs", "Patricia", "Lavery", "Cook"),
]

# Voices: S secretary (Mrs Bronagh Reid), P principal (Mrs Róisín Hamill), G Gaelic games coach (Mr Dara Ó Ceallaigh),
# T P3 teacher in lower case (Mr Fionn Gilmore), V grandparent reading volunteer (Grandad Billy).
POSTS = [
    ("S", "class,word", "Hiya folks 👋 Big shout out to {Robin McCartan} in P2 Robin class, who spotted a real robin on the windowsill this morning and named it after himself 🐦"),
    ("P", "saint,place", "Carnbeg Integrated Primary School will mark Saint Bronagh's Day this week. Pupils will learn about the sixth-century saint of Kilbroney and the bell that was found inside an oak tree near Rostrevor."),
    ("G", "", "What a session on the school pitch tonight ⚽ {Orla|Orla Ó Ceallaigh} and {Clare|Clare O'Hare} were flying and {Rory|Rory McGrath} kicked a point off his weaker foot. Class."),
    ("T", "staff", "{fionn|Fionn Lavery} asked me if he's allowed to call me fionn since we have the same name. answer: no. nice try though 😂"),
    ("V", "famous,place", "Grandad Billy here, your Wednesday reader. We finished The Lion, the Witch and the Wardrobe today and I told the P5s that C.S. Lewis grew up just across the city in east Belfast. They were not impressed until I mentioned the wardrobe. Billy"),
    ("S", "staff,place", "The Cave Hill walk was a triumph 🥾 Thank you to Miss Shannon Kerr and Mr Ross Agnew for organising, and for carrying the wee ones down the last bit 😅"),
    ("P", "class", "I am delighted to announce that {Niamh McCartan} of P7 Skylark has been selected for the Belfast Youth Orchestra's junior strings programme."),
    ("G", "famous,gaa", "Antrim hurlers were in to visit the P6s today and the questions were something else. 'How many hurls have you broken?' 'Do you know Dara Ó Briain?' 😂 Thanks lads!"),
    ("T", "legend", "{aoife|Aoife Kerr} and {neve|Neve McGrath} built a castle for cúchulainn out of lego. he now has a moat and a car park 🏰"),
    ("V", "", "Wee {Hope|Hope McAllister} in P1 told me she's five and a quarter. I told her I'm seventy-three and three quarters. She said 'wow, you're really old'. Billy"),
    ("S", "", "{#TeamTadhg|Tadhg Ó Neachtain} 💚 Our P7 {Tadhg|Tadhg Ó Neachtain} is running a mile every day in May for the children's hospital and has already smashed his target! Go on {Tadhg|Tadhg Ó Neachtain}!"),
    ("P", "house,legend", "Our four school houses, Fionn, Oisín, Méabh and Lir, compete for the Cúchulainn Cup each year. This year's house captains will be announced at Friday's assembly."),
    ("G", "", "P5 and P6 camogie squad for Friday's blitz on our own pitch: {Clodagh McGrath}, {Siobhan Lynch|Siobhán Lynch}, {Faith Agnew}, {Bronagh McKenna}, {Orla Ó Ceallaigh} and {Clare O'Hare}. Bring water, bring helmets!"),
    ("T", "place,class", "our new class book is about a girl who lives on the kerry coast and wants to fly. p3 kestrel are already obsessed. no spoilers pls"),
    ("V", "song,place", "The P2s asked me to sing them something from when I was wee, so I gave them I'll Tell Me Ma. They liked the bit about Rosie and Albert Mooney best. Billy"),
    ("S", "staff", "Awww 🥹 {Sky Boyle} and {Erin Wilson} from P1 have made a welcome card for our new cook, Mrs Lavery. It's on the kitchen door if you want a peek!"),
    ("P", "", "Congratulations to {Bronagh McKenna} and {Patrick Murray} of P6, whose entries have been shortlisted in the city's young poets competition."),
    ("G", "", "Handpass of the week goes to {Paudie|Pádraig Toner} 👐 Sure it was a fumble, but it went in. {#PaudieMagic|Pádraig Toner}"),
    ("T", "word", "{ruairi|Ruairí Mac an Bhaird} wrote 'the sky is a big blue blanket' in his poem and i nearly cried. proper poet. {bay|Bay O'Hare} wrote 'the sea is a big wet blanket'. also valid 🌊"),
    ("V", "", "{Caolán|Caolán Toner} in P2 told me all about his baby brother {Odhrán|-}, who eats sand. I've met a few grown men who do the same. Billy"),
    ("S", "staff", "Reminder! 🎒 Non-uniform day on Friday for the children's hospital. Wear red, green, spots, anything really, we're not fussy 😂 Mrs Faith Wilson is doing face paints."),
    ("P", "saint,famous", "To mark International Women's Day, P7 pupils have researched notable Irish women, including Mary McAleese, Saint Bridget of Kildare and the crystallographer Kathleen Lonsdale."),
    ("G", "legend,famous,class", "Coach Dara's top three Gaelic legends, as voted by P6 Lapwing: 1. Cúchulainn (not technically a player) 2. Kieran McGeeney 3. me. Democracy is broken 😂"),
    ("T", "staff", "{SAOIRSE NÍ CHONAILL|Saoirse Ní Chonaill}: that's how she signs everything now, capitals, fada and all 😄 miss mckeown in p7 says it's very professional"),
    ("V", "word", "{Grace|Grace Magee} in P2 says grace before her lunch every day, even though nobody told her to. Lovely wee girl. Billy"),
    ("S", "", "Lost: one tooth 🦷 Owner: {Caoimhe Stewart}, P4. Last seen somewhere between the dinner hall and the playground. If found please return to the office, the tooth fairy has been informed 😂"),
    ("P", "", "Carnbeg is proud to congratulate {Eoin Mac an Bhaird} of P6, who has been named young reader of the year by Libraries NI. {Eoin|Eoin Mac an Bhaird} read 112 books this year."),
    ("G", "staff", "Hurling camp is back at Easter on our own pitch 🏑 Coaches: me, Mr Ross Agnew and Miss Clare Toner. Forms in the office from Monday."),
    ("T", "saint,place,class", "p3 kestrel learned about saint patrick today and that he was a shepherd on slemish mountain. we counted sheep. several children fell asleep. success?"),
    ("V", "place,word", "At reading club we had a book about a boy who sails from Belfast Lough to Dundrum Bay in a bathtub. The P3s want to try it. I have said no. Billy"),
    ("S", "staff,class", "New starter alert 🎉 Please give a big Carnbeg welcome to {Áine|Aine Murray} who has joined P3 Kestrel! Mr Gilmore says she's settled in like she's been here forever 💕"),
    ("P", "staff,irish", "The school's Irish club, led by Múinteoir Éabha, meets each Tuesday afternoon in room 4. Parents interested in Seachtain na Gaeilge events are invited to contact the school office."),
    ("G", "", "Look at the concentration on {Colm|Colm McAllister}'s face at free-taking practice 🎯 Coach's orders: keep your head down, {Colm|Colm McAllister}!"),
    ("T", "word", "{dara|Dara Lynch} brought in an acorn and told us his name means oak. {shannon|Shannon Rooney}'s means river, she says, and {bay|Bay O'Hare} says hers means the seaside 😂"),
    ("V", "saint", "Young {Deaglan|Déaglán Reid} in P4 told me he's named after a saint from Waterford and is therefore basically famous. Billy"),
    ("S", "staff,place", "Twenty years of Mrs Faith Wilson in P1! 🎉 Faith, you've wiped more noses than anyone in Belfast. We love you!"),
    ("P", "", "The following pupils have been selected for the school's cross-community choir: {Aisling Boyle}, {Niall Kerr}, {Róisín Lynch}, {Conall Ó Neachtain}, {Brooke Murray} and {Maeve Boyle}."),
    ("G", "gaa,saint,irish", "Congratulations to Naomh Bríd GAC on winning the junior league! Plenty of Carnbeg past pupils in that team. Naomh Bríd abú! 💚"),
    ("T", "", "{kerry|Kerry Hamill} came down from p4 to help with reading and {saoirse|Saoirse Ní Chonaill} said she's the best big girl in the school. {kerry|Kerry Hamill} went bright red 😊"),
    ("V", "famous", "The P7s tell me there's a singer called Niall Horan who is apparently more famous than Van Morrison. I have my doubts. Billy"),
    ("S", "", "Birthday wishes to {Brendan|Brendan Magee} in P5 🎂 who brought in buns for the whole class AND the office. {Brendan|Brendan Magee}, you're a legend!"),
    ("P", "word,adult", "On Friday the school will hold its annual Rose Day, when pupils plant roses in the memorial garden in memory of former principal Mrs Eileen Shannon."),
    ("G", "", "Squad for the Cumann na mBunscol Antrim blitz 🏆 {Aisling Boyle}, {Niall Kerr}, {Tadhg Ó Neachtain}, {Róisín Lynch}, {Niamh McCartan} and {Bridget Toner}. Details in the letter home 📬"),
    ("T", "word,class", "rule in p3 kestrel: if the sky is blue we go out for maths. the sky is grey. we did not go out for maths 😔"),
    ("V", "", "{Ciarán|Ciarán Morgan} in P6, who the others call {Ciaro|Ciarán Morgan}, helped me tidy the library. He's a great lad. Billy"),
    ("S", "gaa,place", "Anyone missing a Kerry GAA jersey, age 7-8? 💚💛 Found on the climbing frame. It's in the office with all the others (there are a LOT of others)"),
    ("P", "irish", "Congratulations to {Donnacha Ó Gallchóir} and {Siobhán Lynch} of P5 Curlew, who won the Belfast primary schools' Irish-language quiz."),
    ("G", "", "Man of the match {Ross|Ross McKeown} 💪 Not the tallest on the pitch but the bravest. {#RossTheBoss|Ross McKeown}"),
    ("T", "", "{aine|Aine Murray} and {ruairí|Ruairí Mac an Bhaird} were the kindest table today. they shared their glue sticks without being asked. that's basically a miracle in p3 🙏"),
    ("V", "famous,place", "I told the P6s that I once saw George Best play at Windsor Park. They asked if that was in black and white. Billy"),
    ("S", "", "Look at this wee star 🌟 {Brooke|Brooke Murray} from P2 has been picked to switch on the school Christmas tree lights! {Brooke|Brooke Murray}'s mum says she's been practising the countdown in the bath"),
    ("P", "famous,class,place", "Pupils in P6 Lapwing have completed their study of the Titanic and of its chief designer, Thomas Andrews. I thank the staff of Titanic Belfast for a memorable visit last week."),
    ("G", "staff", "Wee reminder from Coach Dara: camogie skorts are in the PE store. If you borrowed one from Miss Clare please bring it back 🙏"),
    ("T", "class,staff", "who knew that robin class next door would be so loud at home time. miss kerr, we love you, but WOW 🔊"),
    ("V", "", "{Rose|Rose Ó Gallchóir} and {Síofra|Síofra Agnew} from P2 taught me a clapping song. I got it wrong every time. Billy"),
    ("S", "", "{Faith|Faith Agnew} from P5 handed in a £10 note she found in the playground 💷 Honesty itself! No one's claimed it yet so pop into the office if it's yours"),
    ("P", "", "I would like to thank {Clodagh McGrath} and {Colm McAllister} of P5, who gave the welcome address to our visitors from the Department of Education with great confidence."),
    ("G", "gaa,place", "Throwback to the shinty-hurling international in Belfast. The P6s didn't believe me that the two games can be played together. Watch this space 😂"),
    ("T", "", "{shannon r.|Shannon Rooney} told the class she's going to be an astronaut, a vet and a hairdresser. all on the same day. love the ambition 🚀"),
    ("V", "house", "{Oisín|Oisín McKenna} in P1 is in Oisín house, and he thinks it's named after him. Nobody has the heart to tell him. Billy"),
    ("S", "house", "The Fionn house team won the quiz 🏆 Méabh house have demanded a recount 😂 It's all very civilised here in the office."),
    ("P", "adult", "Canon Brendan Tully and the Rev. Clare Boyd led our joint Advent service this morning. We thank them both for their continued support of the school."),
    ("G", "", "Three P4s have joined hurling this week: {Conall|Conall Ó Neachtain}, {Bríd|Bríd Nic Cárthaigh} and {Maeve|Maeve Boyle}. Brilliant to have you, welcome aboard 🏑"),
    ("T", "legend,class", "we read a story about queen méabh and her brown bull today. p3 kestrel have decided she was a bit greedy. historians take note 🐂"),
    ("V", "staff", "{Niall|Niall Kerr} in P7 has been helping the little ones with their reading. When I asked if he's related to Miss Kerr in P2, he said everybody asks that. Billy"),
    ("S", "", "Happy 5th birthday to {Eabha|Éabha Mac Giolla Phádraig} in P1 🎈 She told me she's practically a grown-up now. Sure you are pet 💕"),
    ("P", "", "I congratulate {Rory McGrath} of P6, who represented Northern Ireland at the under-11 cross-country championships in Wales last month."),
    ("G", "staff", "Big thanks to Mr Niall Magee for refereeing today's P4 game on the school pitch. He has sworn never to do it again 😂"),
    ("T", "", "{neve|Neve McGrath}, {dara|Dara Lynch}, {fionn|Fionn Lavery} and {aoife k|Aoife Kerr}: you are my heroes for tidying the book corner without being asked. the rest of p3, take note 📚"),
    ("V", "word", "Hope springs eternal: we've finally got a new set of reading books for the P4s. The old ones had been held together with tape since I started. Billy"),
    ("S", "", "{PAUDIE|Pádraig Toner} IS BACK! 🎉 Our P5 {Pádraig Toner} is home from hospital and came to say hi to the office today. Missed you, wee man!"),
    ("P", "saint,class", "Next term P4 Heron will explore the stories of Saint Patrick, Saint Brigid and Saint Colmcille, the three patron saints of Ireland, as part of their topic on early Christian Ireland."),
    ("G", "place", "{Kerry|Kerry Hamill} hit the post three times today and then scored off the fourth 😅 Persistence pays, {Kerry|Kerry Hamill}! P.S. to any Kerry people reading: she's a Belfast girl"),
    ("T", "irish,class", "{caoimhe|Caoimhe Stewart} from p4 came in to teach p3 kestrel how to count in irish. a haon, a dó, a trí... {saoirse|Saoirse Ní Chonaill} knew them all already and was very smug about it 😄"),
    ("V", "famous", "Little {Cian|Cian Reid} in P1 and his wee cousin {Lorcan|-}, who goes to a school in Lisburn, both asked if I'm Santa's brother. I said possibly. Billy"),
    ("S", "staff", "Calling all grannies and grandas! 👵👴 Grandparents' Day is Friday in the hall. Grandad Billy is doing a reading and Mrs Brigid Morgan is making the tea. Don't miss it!"),
    ("P", "class", "The school wishes {Bridget Toner} (P7) a speedy recovery following her operation. Her classmates in P7 Skylark have made a giant card, which I will deliver this week."),
    ("G", "class", "Camogie, hurling, football, whatever you call it, the P7 girls are a force. Ask any of the lads who tried to tackle them 😂 Proud of Skylark class."),
    ("T", "staff", "hashtag of the week in p3: #brainsbeforebreak. someone suggested #mrgilmoreisthebest and honestly they're getting a sticker"),
    ("V", "place", "Young {Patrick|Patrick Murray} in P6 tells me he wants to be a pilot. Maybe he'll fly me to Kerry one day to see my cousin. Billy"),
    ("S", "pet,saint", "Name the class guinea pig results are in 🐹 P2 voted for Saint Patrick, which {Grace|Grace Magee} suggested. We're calling him Paddy for short 😂"),
    ("P", "", "It is my pleasure to announce the appointment of {Aisling Boyle} and {Tadhg Ó Neachtain} as head girl and head boy for the coming year, with {Róisín Lynch} and {Niall Kerr} as their deputies."),
    ("G", "", "Two hat-tricks in one game 🔥 {A. Boyle|Aisling Boyle} and {N. McCartan|Niamh McCartan} were unstoppable at the weekend. Coach is still recovering."),
    ("T", "pet,class", "p3 kestrel have named our classroom cactus sky. don't ask me why. it's not blue 🌵"),
    ("V", "legend,staff", "Three boys in P5 were arguing about whether Cúchulainn or Fionn mac Cumhaill would win a fight. I said Mrs Hamill would beat the both of them. Billy"),
    ("S", "", "Who's this wee champion? 🏅 {Faith A.|Faith Agnew} won the P5 spelling bee, beating {Brendan M.|Brendan Magee} on the very last word (it was conscientious, no pressure) 🐝"),
    ("P", "adult", "The Easter holidays begin at 12 noon on Thursday. The Easter story will be retold at assembly that morning by the Rev. Clare Boyd and Father Colm Hanna. We wish all our families a peaceful Easter."),
    ("G", "adult,gaa", "End-of-season awards night is in the school hall next month 🏆 Special guest: a certain Ciarán from the Antrim senior panel. No more clues 🤫"),
    ("T", "", "last day of term in p3 kestrel 😭 thank you to every single one of you, especially {bay|Bay O'Hare} who has asked me 'is it home time yet' every day since september. it is now home time, {bay|Bay O'Hare}."),
    ("V", "staff", "That's me for another year. Thank you to Mrs Hamill, Miss Saoirse, Mr Gilmore and all the wee ones who put up with an old man and his terrible voices. Grandad Billy"),
]
