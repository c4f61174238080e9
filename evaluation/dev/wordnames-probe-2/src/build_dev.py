import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

CLASSES = {"Reception": "Robins", "Year 1": "Sparrows", "Year 2": "Wrens", "Year 3": "Owls", "Year 4": "Kestrels", "Year 5": "Falcons", "Year 6": "Herons"}
N = lambda f, l, y, p=None: (f, l, p, y)
NAMED = [
 N("Storm","Hill","Year 3"), N("William","Marsh","Year 2","Will"), N("Rose","Bird","Year 2"), N("Summer","Wood","Year 4"),
 N("River","Moss","Year 1"), N("Ivy","Page","Year 5"), N("Autumn","Cook","Year 6"), N("Hunter","Brook","Year 6"),
 N("Mason","King","Year 5"), N("Brooke","Fox","Year 4"), N("Hope","Mason","Year 3"), N("Sky","Patel","Year 1"),
 N("Rocky","Evans","Year 2"), N("Marley","Jones","Year 6"), N("Harley","Shaw","Year 5"), N("Jack","Wood","Year 3"),
 N("Lily","Hughes","Year 1"), N("Poppy","Bird","Reception"), N("Daisy","Moss","Reception"), N("Ruby","Khan","Year 4"),
 N("Amber","Hill","Year 6"), N("Jasmine","Ali","Year 3"), N("Frankie","Marsh","Year 5"), N("Ace","Turner","Year 2"),
 N("Blue","Walker","Reception"), N("Star","Begum","Year 1"), N("Reign","Johnson","Year 4"), N("Legend","Smith","Year 3"),
 N("King","Adeyemi","Year 5"), N("Royal","Thompson","Year 1"), N("Bear","Hall","Reception"), N("Wolf","Nowak","Year 2"),
 N("Robin","Page","Year 6"), N("Wren","Cook","Year 1"), N("Dove","Harris","Year 4"), N("Penelope","Carter","Year 2","Penny"),
 N("Joy","Okafor","Year 3"), N("Sunny","Ahmed","Year 6"), N("Faith","Brook","Year 5"), N("Grace","Fox","Year 4"),
 N("Miles","Bird","Year 6"), N("Chase","Hill","Year 3"), N("Cash","Mitchell","Year 5"), N("Arthur","Moss","Year 4","Art"),
 N("Sonny","Wood","Year 2"), N("Raymond","Singh","Year 1","Ray"), N("Rocco","Bianchi","Year 6"), N("Hero","Lewis","Year 3"),
 N("Harry","Kane","Year 4"), N("Oliver","Brown","Year 3"), N("Amelia","Wright","Year 2"), N("Noah","Hussain","Year 5"),
 N("Isla","Green","Year 1"),
]
WORD = ["Willow","Holly","Hazel","Violet","Iris","Jasper","Angel","Phoenix","Honey","Skye","Heath","Sage","Pearl","Coral",
        "Blossom","Duke","Prince","Major","Flint","Ocean","Cherry","Melody","Harmony","Liberty","Destiny","Stone","Reed"]
PLAIN = ["Olivia","Ava","Freya","Oscar","Alfie","George","Leo","Charlie","Archie","Evie","Mia","Sophia","Isabella","Ella",
         "Theo","Jacob","Ethan","Aisha","Zara","Maya","Layla","Kacper","Zofia","Yusuf","Ibrahim","Chloe","Ellie","Tyler",
         "Kai","Logan","Harvey","Lucas","Sienna","Erin","Niamh","Callum","Jayden","Maisie","Thomas","Lola"]
LAST = ["Hill","Wood","Fox","Bird","Moss","Marsh","Brook","King","Page","Cook","Mason","Bailey","Salt","Plant","Barlow",
        "Hancock","Colclough","Beech","Tatton","Rowley","Steele","Finney","Ahmed","Patel","Kaur","Mensah","Lewandowski"]
roster, BY = build_roster("FL", NAMED, WORD, PLAIN, LAST, CLASSES, 168, 7)

STAFF = [
 ["FLS01","Mrs","Grace","Woodcock","Headteacher; Designated Safeguarding Lead (DSL)"],
 ["FLS02","Mrs","Dawn","Salt","Office Manager"],
 ["FLS03","Mr","Robin","Hartley","PE and Sport Lead"],
 ["FLS04","Miss","Ruby","Stanton","Class teacher (Year 4, Kestrels)"],
 ["FLS05","Mr","Miles","Cope","Class teacher (Year 6, Herons)"],
 ["FLS06","Miss","Hope","Bradbury","Class teacher (Year 2, Wrens)"],
 ["FLS07","Mrs","Joy","Platt","Class teacher (Reception, Robins)"],
 ["FLS08","Mr","Will","Adderley","Class teacher (Year 5, Falcons)"],
 ["FLS09","Mrs","Faith","Mellor","Class teacher (Year 1, Sparrows)"],
 ["FLS10","Mrs","Amber","Lowe","Class teacher (Year 3, Owls)"],
 ["FLS11","Mrs","Penny","Baddeley","Teaching Assistant"],
 ["FLS12","Mr","Ray","Bennett","Site Manager"],
]

TOML = '''# Invented school for a pupil-name probe set. Everything is synthetic.
name = "Fenpark Lane Primary School"
policy = "default"
nation = "england"
address = "Fenpark Lane, Fenton, Stoke-on-Trent ST4 9QJ"
local_authority = "Stoke-on-Trent City Council"
web_domains = ["fenparklane.sch.uk"]
email_domains = ["fenparklane.sch.uk"]
emails = ["office@fenparklane.sch.uk"]
phones = ["01782 496 0218"]
allowed_link_domains = ["fenparklane.sch.uk", "stoke.gov.uk", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x"]
'''

P = []
a = P.append
# --- office manager (Mrs Salt) ---
a("Reminder from the office: the tuck shop is cash only this week while the card reader is being repaired. Exact change is a big help!")
a("The Met Office has issued an amber weather warning for wind on Thursday. School will be open as normal, but please allow extra time for the journey.")
a("Lost property alert: a navy coat with {Chase Hill|Chase Hill} written inside the hood is waiting in the office. Plenty of other unnamed coats too, please come and have a look.")
a("Storm Bert is due to reach Stoke overnight. If we have to close, we will post here before 7.30am and send a text.")
a("We will be closed to visitors on Friday afternoon for staff training. The Royal Mail collection will still go at 3pm as usual.")
a("Dinner money is now due for the half term. ParentPay is the quickest way to pay; the office cannot accept cash for dinners.")
a("Could the parent of {Blue Walker|Blue Walker} pop into the office at pick-up, please? Nothing to worry about, just a form to sign.")
a("{Marley|Marley Jones}'s lunchbox has been handed in: green with a dinosaur on the lid. It is on the office windowsill.")
a("The car park will be closed from 8am tomorrow while the gates are repaired. Please use the Fenpark Lane entrance and walk the last few metres, it is only a short chase across the playground for the little ones!")
a("A big thank you to Mr Bennett, who was here at 6am gritting the paths so we could open safely. Sunny spells forecast for the afternoon, so fingers crossed it melts.")
a("Book bags found on the bench by the Robins door belonging to {Poppy Bird|Poppy Bird} and {Daisy|Daisy Moss}. Both now back in class.")
a("Photo day: individual and sibling photos on Tuesday. {Hero Lewis|Hero Lewis} and {Legend Smith|Legend Smith} have kindly agreed to help the photographer carry the benches, thank you boys!")
a("We have a parcel at the office addressed to 'King' with no surname. {King Adeyemi|King Adeyemi}, is this your reading prize?")
a("Reminder: wellies on the field until the grass dries out. Wet socks make for a long afternoon!")
# --- headteacher (Mrs Woodcock) ---
a("Headteacher's awards this week go to {Storm Hill|Storm Hill}, {Ivy Page|Ivy Page}, {Cash Mitchell|Cash Mitchell} and {Wren Cook|Wren Cook}. You have all shown our school value of kindness in spades.")
a("Our school values are respect, hope and joy. This half term our assemblies will focus on hope: what it means, how we keep it going, and how we share it with others.")
a("{Storm|Storm Hill} brought in a beautiful fossil she found on holiday and told the whole assembly how it formed. Such confidence in Year 3!")
a("Thank you to everyone who came to our open evening. We will publish our reception admissions information on the website next week.")
a("This week in assembly we learnt about Ruby Bridges, who at six years old walked into an all-white school in New Orleans with federal marshals beside her. The children asked wonderful questions.")
a("Congratulations to {Hope Mason|Hope Mason}, who was chosen by the whole school council as our new Year 3 representative. {Hope|Hope Mason} rose to the challenge of making a speech in front of everyone!")
a("We rose to the challenge this week: every class managed a full week with no late arrivals. Thank you, families!")
a("Our Christmas performance this year is The Gruffalo's Child for Key Stage 1 and A Christmas Carol for Key Stage 2. Tickets will be released through ParentPay.")
a("I am so proud of our Year 6 team who represented the school at the city debating competition. Special mention for {AMBER HILL|Amber Hill} who was named best speaker of the afternoon.")
a("Today we remembered with the rest of the country. The Poppy Appeal raised £214 at our cake table, thank you to everyone who baked.")
a("Some lovely letters arrived from {Joy Okafor|Joy Okafor} and {Jasmine|Jasmine Ali} asking for more benches in the Year 3 playground. Leave it with me, girls!")
a("We have been asked whether children can bring in their pets for our pets assembly. Sadly not this year, but photos are very welcome!")
a("Bear, our school therapy dog, is having a week off after a small operation. He is recovering well and sends a waggy hello.")
a("{Bear|Bear Hall} in Robins told me this morning that he has the same name as our school dog and that the dog was named after him. I did not have the heart to correct him!")
a("Our Ofsted report is now on the website. I would like to thank every child, parent and member of staff. Faith in each other got us here.")
a("The Diocese has kindly offered us a grant for our reading garden. The first plants, lavender, rosemary and ivy, go in next week.")
a("{Frankie|Frankie Marsh}, {Harley|Harley Shaw} and {Mason King|Mason King} represented Fenpark Lane at the Lord Mayor's reception and were a credit to us all.")
a("The Lord Mayor of Stoke-on-Trent visited our Year 5s to talk about local democracy. She wore the chain of office and the children had a go at holding the mayor's mace.")
a("Please join me in wishing Mrs Platt a wonderful maternity leave. Mrs Grace Hollins joins the Robins team from Monday.")
a("It is Anti-Bullying Week. Our theme: choose respect. Ask your child what the odd socks in the photo mean!")
a("Shout out to {Miles Bird|Miles Bird} in Herons, who has walked to school every single day this year. That's over 200 miles if you count the way home!")
a("Our sponsored walk raised £1,140 and between us we covered 312 miles. That is further than from here to Edinburgh!")
a("{sunny|Sunny Ahmed} and {rocco|Rocco Bianchi} have written to the council about the broken bench on the park. The council wrote back, and it is being fixed next month.")
# --- Y2 teacher Miss Bradbury, all lower case ---
a("wrens have been learning about the great fire of london this week. we made our own tudor houses out of cardboard and tomorrow we will find out whether they survive!")
a("well done to {will|Will Marsh} and {rose|Rose Bird} who did a brilliant job leading our class assembly today. {will|Will Marsh} remembered every single line.")
a("will you help us? we are collecting empty toilet roll tubes for our castle project. please send them in by friday.")
a("our class hamster rocky has had a busy weekend at {penny|Penny Carter}'s house. he ate all his carrot and slept through the whole of strictly.")
a("rocky the hamster is back in class and back on his wheel at 3am, apparently. thank you to everyone who has looked after him this term.")
a("{rocky|Rocky Evans} is our star of the week! he has been working so hard on his handwriting and it really shows.")
a("today we read fantastic mr fox and designed our own underground tunnels. the children were amazed that boggis, bunce and bean never caught him.")
a("{ace|Ace Turner}, {wolf|Wolf Nowak} and {sonny|Sonny Wood} built the tallest tower in the class today, 1.4 metres! the tape measure came out and everything.")
a("wrens had a brilliant time in forest school. we found a robin red-breast singing on the fence and a dove on the roof of the shed.")
a("we will be reading the big bad wolf stories all week. who do you think was telling the truth, the wolf or the three little pigs?")
a("a huge thank you to {amelia|Amelia Wright}'s grandad who came in to talk to us about life in stoke when the bottle ovens were still working.")
a("wrens art week display is up in the hall! come and see it at parents' evening. we used clay from a real pottery.")
a("{penny|Penny Carter} asked today why money is called a penny. we did some research and ended up learning about old coins from the reign of queen victoria.")
a("it was so sunny today that we took our maths outside and did chalk number lines on the playground.")
a("{WOLF|Wolf Nowak} made the whole class laugh today by howling during our reading of the three little pigs. he stayed in character all afternoon.")
# --- Y4 Miss Stanton ---
a("Kestrels have been studying the Romans. Today we found out about Boudicca and the rebellion against Roman rule.")
a("Fantastic effort from {Brooke Fox|Brooke Fox} and {Grace Fox|Grace Fox} (no relation, they tell me!) in our times tables challenge.")
a("Miss Stanton's reading recommendation this week: Fantastic Mr Fox. Kestrels, who can tell me how the farmers tried to catch him?")
a("{Summer|Summer Wood} has written a poem called 'Summer Rain' which is now up on our class blog. It is a beautiful piece of writing.")
a("Summer term starts on Monday 14th April. Please make sure your child has a named sun hat and a water bottle.")
a("Kestrels learnt about Harry Kane's record for England goals today in our maths lesson on place value.")
a("And yes, before anyone asks, our own {Harry Kane|Harry Kane} scored a hat-trick at lunchtime football! {Harry|Harry Kane} says he is keeping the record in the family.")
a("Our class has been learning about the reign of Henry VIII. Question of the day: why did he marry six times?")
a("Well done to {Reign|Reign Johnson}, {Dove|Dove Harris} and {Art|Art Moss} for their wonderful Tudor portraits.")
a("Art week is here! Kestrels are creating mosaics inspired by Roman villas. Please send in any old magazines.")
a("Miss Ruby's star writers this week: {Ruby Khan|Ruby Khan} and {Dove|Dove Harris}. Keep it up, girls!")
a("Kestrels enjoyed a visit from the RSPB today. We learnt that the wren is one of the smallest birds in the UK but has one of the loudest songs.")
a("{Art|Art Moss}'s model of Hadrian's Wall was so good that we have put it in the library for everyone to see.")
a("Kestrels will be at the swimming pool every Wednesday this half term. Please pack a towel, costume and a hat for after.")
# --- Y3 Mrs Lowe ---
a("Owls have started our topic on the Stone Age. We learnt that hunter-gatherers moved from place to place following the animals they hunted.")
a("{Hunter|Hunter Brook}'s little brother {Ezra|-} came in to see Owls today and showed us his new baby tooth gap. Thank you for the visit!")
a("Owls class sang 'Here Comes the Sun' in assembly. Sunny spells all round!")
a("{Legend|Legend Smith} and {Jack Wood|Jack Wood} were amazing in our Stone Age drama. {Jack|Jack Wood} played a mammoth and {Legend|Legend Smith} was the hunter.")
a("Everyone in Owls is a legend after this week's reading challenge. 1,200 minutes read between us!")
a("A great start to the morning: {CHASE|Chase Hill} and {STORM|Storm Hill} read their stories aloud to Reception. Proud of you both!")
a("Chase games are banned on the top playground until the ice melts. Please remind your children at home.")
a("{Joy|Joy Okafor} wrote a beautiful letter to the author of 'The Storm Whale', who wrote back! We are all very excited.")
a("Owls have been reading The Storm Whale by Benji Davies. We wrote our own stories about rescuing a sea creature.")
a("#WellDone{Hero|Hero Lewis} for your amazing Stone Age shelter! Mrs Lowe was very impressed.")
a("#StarOfTheWeek goes to {Oliver Brown|Oliver Brown} for his kindness at lunchtimes.")
a("Owls learnt about Robin Hood today and debated: was he a hero or a villain?")
a("A lovely moment in Owls: {Hope|Hope Mason} gave her spare pencil case to a new classmate without being asked. That is what our value of hope is all about.")
# --- Y6 Mr Cope ---
a("Herons have been studying climate. Today we looked at how storms are named, and why Storm Arwen caused so much damage in 2021.")
a("{Storm|Storm Hill} was very proud to tell us that Storm Arwen was not named after her. Apparently her big sister's goldfish is called Arwen though.")
a("Year 6 SATs week starts on 12th May. Breakfast club will be free for all Year 6 pupils that week.")
a("Herons' book of the term: Holes by Louis Sachar. Ask your child about Stanley Yelnats and his no-good-dirty-rotten-pig-stealing-great-great-grandfather!")
a("Congratulations to {Autumn Cook|Autumn Cook} and {Hunter Brook|Hunter Brook}, our new head girl and head boy.")
a("Autumn leaves collage in Herons today. We used over 300 leaves collected from the school field.")
a("In music, Herons have been listening to Bob Marley. We learnt about reggae and how music can carry a message of peace.")
a("{Marley|Marley Jones} led our music lesson today and taught us the drum rhythm for 'Three Little Birds'. Amazing!")
a("{Robin|Robin Page}, {Miles|Miles Bird} and {Rocco|Rocco Bianchi} have been selected for the city cross-country final. Good luck lads!")
a("Herons have researched the Royal family tree for history. Did you know Elizabeth II reigned for 70 years?")
a("{Sunny Ahmed|Sunny Ahmed} and {Amber|Amber Hill} have organised a Year 6 bake sale for the hospice. Please bring your pennies!")
a("It was a legend of a residential trip! Herons are back safe and sound after three nights at Standon Bowers. Thank you to all the staff who went.")
a("{autumn|Autumn Cook} and {robin|Robin Page} won the Year 6 quiz. Their team name was 'The Bird Brains' and they were very proud of it.")
a("Bird brains indeed: Herons tallied 42 different bird species on our walk round Fenton Park, including a wren and two jays.")
# --- Y5 Mr Adderley ---
a("Falcons have been studying space. We learnt that the Sun is a star and that our nearest star after it is about four light years away.")
a("{Star|Star Begum}'s big sister came in to talk to Falcons about her job at the planetarium. {Star|Star Begum} was our helper for the afternoon.")
a("Falcons' star of the week: {Faith Brook|Faith Brook}! Always ready to help and never gives up.")
a("{Cash|Cash Mitchell} won the school chess tournament for the second year running. Cash in hand for the PTA too: the entry fees raised £38.")
a("Falcons visited the Potteries Museum last week. We saw the Staffordshire Hoard and the famous Spitfire.")
a("{Mason King|Mason King} and {Ivy|Ivy Page} performed their poem about the Potteries at the Victoria Hall last night. What a performance!")
a("Mason jars, string and old spoons: Falcons made wind chimes for art week. The playground sounded magical this afternoon.")
a("Will Falcons beat Herons in the rounders rematch? Find out on Friday!")
a("{KING|King Adeyemi}, {FRANKIE|Frankie Marsh} and {NOAH|Noah Hussain} designed a new logo for our eco-council. It goes on the recycling bins next week.")
a("Falcons enjoyed a visit from a beekeeper today. We tasted three kinds of honey and learnt how the queen bee rules the hive.")
# --- Y1 Mrs Mellor & Reception Mrs Platt ---
a("Sparrows have been learning about the seasons. Autumn is our favourite because of the crunchy leaves!")
a("{River|River Moss} found a ladybird in the garden today and we all watched it fly away. {River|River Moss} said goodbye very politely.")
a("Sparrows visited the River Trent path in our local walk and counted the ducks. We saw 14!")
a("Well done to {Lily|Lily Hughes} and {Sky|Sky Patel} for finishing their first reading book!")
a("Our frog topic begins this week. We will be looking at the life cycle from frogspawn to lily pad.")
a("{Royal|Royal Thompson} brought in his grandma's medal from her time in the Royal Navy. Thank you for sharing it with Sparrows!")
a("{Ray|Ray Singh}, {Wren|Wren Cook} and {Isla|Isla Green} made a fantastic rocket for our space corner.")
a("The sky was so blue today that Sparrows did their painting outside. We tried to mix every shade of blue we could.")
a("Robins have been reading The Gruffalo and making masks. A mouse took a stroll through the deep dark wood...")
a("{Poppy|Poppy Bird}, {Daisy|Daisy Moss} and {Bear|Bear Hall} planted sunflower seeds today. We will measure them every week.")
a("Robins have been planting poppy and daisy seeds in the nursery garden. We can't wait to see them flower.")
a("Peter Rabbit came to Robins today (well, a very friendly rabbit from the farm visit) and the children fed him dandelion leaves.")
a("{blue|Blue Walker} counted to 100 today all by himself! High fives all round in Robins.")
a("Robins learnt a new song: 'Twinkle Twinkle Little Star'. We sang it to Year 6 at lunchtime.")
a("{Star Begum|Star Begum} and {Lily Hughes|Lily Hughes} will be reading in assembly tomorrow. Good luck!")
# --- PE Mr Hartley ---
a("PE update: our Year 5 and 6 football teams both won on Saturday. Final scores 4-1 and 2-2 (won on penalties). Superb!")
a("Goal of the season contender from {Hunter|Hunter Brook} yesterday, a volley from outside the box. Harry Kane would be proud.")
a("Cross-country results: 1st {ROBIN PAGE|Robin Page}, 2nd {MILES BIRD|Miles Bird}, 3rd {ROCCO BIANCHI|Rocco Bianchi}. Congratulations lads!")
a("Our Daily Mile is going well. Herons have run 88 miles between them since September.")
a("Sports Day will be on Friday 20th June from 1.30pm on the school field. Races will include the egg-and-spoon, sack race and the famous fox and hounds chase.")
a("Netball team: {Amber|Amber Hill}, {Autumn|Autumn Cook}, {Ivy|Ivy Page}, {Faith|Faith Brook}, {Grace|Grace Fox}, {Brooke|Brooke Fox} and {Joy|Joy Okafor}. A brilliant afternoon at the Stoke schools tournament!")
a("The Stoke City Community Trust visited for a coaching session. The Year 4s loved the penalty shoot-out.")
a("{Sonny|Sonny Wood}'s dad, who played for Port Vale, came in to coach Year 2 football. Thank you Mr Wood!")
a("Big thanks to Mr Robin Hartley's old team, the Longton Harriers, for lending us hurdles for Sports Day.")
a("Well done to everyone who completed the cycling proficiency course today. {Harley|Harley Shaw}, you were a star on that roundabout!")
a("Storm-proof PE: with the weather warning, PE will be indoors on Wednesday. Please still send kit.")
a("Swimming gala next Tuesday: relay teams have been picked and posted in class. Our Year 6 captain is {Marley Jones|Marley Jones}.")
# --- PTA ---
a("PTA: our Christmas fair is on Saturday 7th December, 11am to 2pm in the school hall. Santa's grotto, tombola and cake stall. Cash only please!")
a("PTA: a huge thank you to everyone who came to the quiz night. The winning team were 'Quiz Team Aguilera' and they are now legends.")
a("PTA: the Easter raffle winners are {Jasmine Ali|Jasmine Ali} (chocolate hamper), {Chase|Chase Hill} (giant egg) and {Sky Patel|Sky Patel} (bunny).")
a("PTA: we are looking for volunteers for the summer fair. It only takes an hour or two of your time. Will you join us?")
a("PTA: a reminder that our uniform sale will be in the hall after school on Friday. All items £1, cash only.")
a("PTA: thank you {Rose|Rose Bird} and {Hope|Hope Mason} for designing the winning poster for our summer fair!")
a("PTA: the Mothering Sunday gift room was a hit. Thanks to our fantastic volunteers, Kerry, Joy and Faith.")
a("PTA: we've been asked about the Fox and Hounds pub quiz. It is not a PTA event but we wish them all the best!")
a("PTA: disco tickets now on sale. Theme: 'Rock Stars and Royals'. Prizes for the best costume!")
a("PTA: the disco was amazing. Best costume winners were {Reign|Reign Johnson} (as the Queen) and {Rocky|Rocky Evans} (as Elvis).")
a("PTA: a family bingo night is coming. We promise all the classic calls: legs eleven, two fat ladies and clickety-click!")
a("PTA: lost at the fair: a pink purse with the name {Lily|Lily Hughes} on it. Now at the office.")
a("PTA: thank you to the Bird family, whose bakery donated 200 hot cross buns.")
a("PTA: summer fair plant stall favourites were the jasmine and the ivy. We sold out by 1pm!")
a("PTA: congratulations to {Ace|Ace Turner}, {Sonny|Sonny Wood}, {River|River Moss} and {Penny|Penny Carter}, winners of our colouring competition.")
a("PTA: 'Wishing on a Star' raffle in aid of the children's ward: tickets on sale at the gates every morning this week.")
a("PTA: bake off winner was {Chase|Chase Hill} with a Victoria sponge so tall it nearly toppled over.")
a("PTA: the summer fair will go ahead rain or shine. Sunny spells are forecast, so bring sun cream and an umbrella!")
# --- mixed / tricky ---
a("Robin red-breast has been visiting our Robins classroom window every morning. The children have named him Fred.")
a("The Wolf, the Fox and the Bear are our three lunchtime teams. Points go to the team with the tidiest tables.")
a("Brook Street is closed for roadworks next week, so please allow extra time if you usually come that way.")
a("A little shout-out to {Wolf|Wolf Nowak} and {Fox|-} (his cousin, visiting from Poland) who helped tidy the library at break.")
a("Our school nurse Mrs Page will be in on Thursday. Parents of Year R and Year 6 are welcome to drop in with any questions.")
a("Miss Hope and Miss Ruby are running a lunchtime sewing club for Year 3 and 4. Sign up with the office!")
a("Mason, King and Page: these three houses made up our Year 6 Tudor court in today's role play.")
a("Dawn chorus walk on Saturday! We heard blackbirds, a song thrush and a wren before 6am.")
a("{Will Marsh|Will Marsh} and {Frankie Marsh|Frankie Marsh} are cousins, and both finished the maths challenge with top marks. Well done to the Marsh family!")
a("Did you know? The name Sky was almost unheard of fifty years ago. In Year 1 this week we have been learning how words change over time.")
a("Congratulations to our old pupil Jordan Hill, now 24, who has just been selected for the England rugby league squad!")
a("Ray of sunshine award goes to our caretaker, Mr Ray Bennett, for fixing the boiler on a Sunday.")
print(len(P), file=sys.stderr)

README = """# wordnames-probe-2 (dev): Fenpark Lane Primary School, Stoke-on-Trent

Synthetic probe set about one thing: **pupil-name spans where first names (and some surnames) are also ordinary English
words or famous names**. Every post label is false; there are no phone numbers, emails, addresses or birthdays, no
comments and no images. Everything is invented.

## Counts

| item | count |
|---|---|
| roster.csv | {pupils} pupils, 7 classes named after birds (Robins, Sparrows, Wrens, Owls, Kestrels, Falcons, Herons) |
| staff.csv | {staff} staff |
| posts.jsonl | {posts} posts: {named_posts} with at least one pupil-name span, the rest clean |
| pupil-name spans | {spans} ({off} of them children not on the roster) |
| other span types / labels | 0 |
| comments.jsonl, images.jsonl | empty |

About 58 % of the roster's first names (98 of 168) are word or famous names (weather and season words, flowers and gems, birds and
animals, virtues, royalty words, film and music names), and many surnames are words (Hill, Wood, Fox, Bird, Moss,
Marsh, Brook, King, Page, Cook, Mason).

## Voices

Office manager (notices, lost property, weather closures), headteacher (awards, assemblies, values), a Year 2 teacher
who writes entirely in lower case, Year 1/3/4/5/6 and Reception class teachers, the PE lead, and the PTA.

## Hard cases included (described, not quoted)

* Pupils named in full, by first name alone, by preferred name (a William who goes by Will, Arthur who goes by Art,
  Penelope who goes by Penny, Raymond who goes by Ray), in lower case, ALL CAPS, with possessives, in hashtags, in
  lists and as the first word of a sentence.
* The same words used as words: named storms and weather warnings, sunny spells, season names and term names,
  birds seen in the playground, the postal service, "legend", modal "will", "rose to the challenge", reigns of monarchs,
  Stone Age hunter-gatherers, chase games, cash-only notices, art week, miles walked, lily pads, flowers and plants.
* Titles and characters (fox and wolf stories, a rabbit story, the Gruffalo, a whale picture book) and famous namesakes
  (a reggae singer, the England striker, a 2021 storm, a civil-rights pioneer, Robin Hood); a pupil who shares his
  full name with the footballer appears in one post and the footballer in others.
* Staff whose first names match pupils' (Ruby, Robin, Hope, Miles, Will, Joy, Faith, Amber, Penny, Ray, Dawn, Grace) and
  are referred to as "Miss/Mr + first name" or by full name; parents and volunteers named by first name; an adult
  former pupil; the school dog and a class hamster that share names with pupils; lunchtime teams and houses named with
  surname words; a street named with a surname word; a post discussing a name as a word.
* A few children not on the roster (a visiting younger brother, a visiting cousin).

Built by `src/build_dev.py` (offsets computed, each span checked to slice to its text).
"""
import os
out = os.path.join(os.path.dirname(__file__), "..", "dev")
print(write_set(out, TOML, roster, STAFF, P, BY, README, "flp"))
