import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

CLASSES = {"Reception": "Hazel", "Year 1": "Holly", "Year 2": "Willow", "Year 3": "Rowan", "Year 4": "Maple", "Year 5": "Ash", "Year 6": "Oak"}
N = lambda f, l, y, p=None: (f, l, p, y)
NAMED = [
 N("River","Fox","Year 2"), N("Ivy","Marsh","Year 4"), N("Hunter","Hill","Year 5"), N("Autumn","Page","Year 3"),
 N("Summer","King","Year 6"), N("William","Brook","Year 5","Will"), N("Hope","Wood","Year 1"), N("Jack","Bird","Year 6"),
 N("Lily","Mason","Year 2"), N("Daisy","Cook","Year 1"), N("Ruby","Moss","Year 3"), N("Amber","King","Year 4"),
 N("Jasmine","Wood","Year 5"), N("Frankie","Hill","Year 3"), N("Storm","Page","Year 4"), N("Rose","Marsh","Year 6"),
 N("Sky","Bird","Reception"), N("Rocky","Brook","Year 3"), N("Marley","Cook","Year 2"), N("Harley","Fox","Year 6"),
 N("Mason","Hill","Year 4"), N("Brooke","Page","Year 1"), N("Poppy","King","Year 5"), N("Ace","Moss","Year 1"),
 N("Blue","Mason","Reception"), N("Star","Wood","Year 2"), N("Reign","Patel","Year 6"), N("Legend","Hussain","Year 3"),
 N("King","Obi","Year 4"), N("Royal","Evans","Year 5"), N("Bear","Cook","Reception"), N("Wolf","Brook","Year 2"),
 N("Robin","Fox","Year 3"), N("Wren","Hill","Year 5"), N("Dove","Page","Year 6"), N("Penny","Bird","Year 4"),
 N("Joy","Marsh","Year 1"), N("Sunny","King","Year 2"), N("Faith","Moss","Year 6"), N("Grace","Hill","Reception"),
 N("Miles","Wood","Year 4"), N("Chase","Bird","Year 5"), N("Cash","Page","Year 3"), N("Arthur","Fox","Year 6","Art"),
 N("Sonny","Marsh","Year 1"), N("Rayan","Khan","Year 4","Ray"), N("Rocco","Mason","Year 5"), N("Hero","Brook","Year 1"),
 N("Emily","Carter","Year 3"), N("Oscar","Pearce","Year 5"),
]
WORD = ["Willow","Hazel","Violet","Iris","Jasper","Phoenix","Honey","Skye","Sage","Pearl","Blossom","Duke","Ocean",
        "Melody","Harmony","Liberty","Destiny","Clover","Juniper","Saffron","Bonnie","Sonny","Rain","Forest"]
PLAIN = ["Olivia","Ava","Freya","Oscar","Alfie","George","Leo","Charlie","Archie","Evie","Mia","Sophia","Isabella","Ella",
         "Theo","Jacob","Ethan","Aisha","Zara","Maya","Layla","Tomas","Lena","Yusuf","Chloe","Ellie","Tyler","Harrison",
         "Logan","Harvey","Lucas","Sienna","Erin","Finley","Jayden","Maisie","Henry","Lola","Albie","Matilda"]
LAST = ["Hill","Wood","Fox","Bird","Moss","Marsh","Brook","King","Page","Cook","Mason","Howes","Loades","Thrower",
        "Gotts","Mayes","Dye","Pointer","Utting","Rix","Sayer","Gedge","Bloomfield","Okonkwo","Silva","Nowicki"]
roster, BY = build_roster("WR", NAMED, WORD, PLAIN, LAST, CLASSES, 156, 11)

STAFF = [
 ["WRS01","Mr","Bill","Garrod","Headteacher; Designated Safeguarding Lead (DSL)"],
 ["WRS02","Mrs","Holly","Fenn","Office Manager"],
 ["WRS03","Mr","Jack","Spalding","PE Teacher"],
 ["WRS04","Miss","Ivy","Thurlow","Class teacher (Year 4, Maple)"],
 ["WRS05","Mr","Art","Blyth","Class teacher (Year 6, Oak)"],
 ["WRS06","Mrs","Daisy","Loades","Class teacher (Year 1, Holly)"],
 ["WRS07","Mrs","Grace","Nunn","Class teacher (Year 3, Rowan)"],
 ["WRS08","Miss","Amber","Gooch","Class teacher (Year 5, Ash)"],
 ["WRS09","Mrs","Pearl","Bales","Class teacher (Reception, Hazel)"],
 ["WRS10","Miss","Robin","Eke","Class teacher (Year 2, Willow)"],
 ["WRS11","Mr","Sonny","Tungate","Caretaker"],
]

TOML = '''# Invented school for a pupil-name probe set. Everything is synthetic.
name = "Wensum Reach Primary School"
policy = "default"
nation = "england"
address = "Heigham Reach, Norwich NR2 9WX"
local_authority = "Norfolk County Council"
web_domains = ["wensumreach.sch.uk"]
email_domains = ["wensumreach.sch.uk"]
emails = ["office@wensumreach.sch.uk"]
phones = ["01603 496 0377"]
allowed_link_domains = ["wensumreach.sch.uk", "norfolk.gov.uk", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "instagram"]
'''

P = []
a = P.append
# office manager Mrs Fenn
a("Good morning from the office. Storm Ciarán is bringing heavy rain this afternoon, so please have a waterproof ready for home time.")
a("A purple water bottle with {STAR|Star Wood} on the lid is sitting on the office counter, waiting to be reunited with its owner.")
a("Please remember that the breakfast club is now card or ParentPay only. We can no longer take cash at the door.")
a("Two pairs of wellies have been left in the Hazel cloakroom. One pair has a bear on each toe, the other is plain green.")
a("We have had a call from {Miles|Miles Wood}'s grandad, who found a reading book in his car. He'll drop it in tomorrow, so no need to panic!")
a("Roadworks on Heigham Street from Monday. The buses will be diverted along the river, so allow a few extra minutes.")
a("Could {Cash Page|Cash Page} and {Rocky Brook|Rocky Brook} please collect their swimming certificates from the office at break?")
a("The amber traffic lights at the crossing are being replaced next week. Our crossing patrol, Mrs Thrower, will be there as usual.")
a("Holly's coat hooks are being moved this weekend. Year 1 families, please use the side door from Monday.")
a("Forms for the Year 4 trip need to be back by Thursday. We have had most, thank you, but {Mason|Mason Hill}, {King|King Obi} and {Penny|Penny Bird} still need theirs.")
a("Our tortoise, King, has come out of hibernation! He is in the Reception garden enjoying the sunshine and a bit of dandelion.")
a("{King|King Obi} from Maple has been made honorary tortoise keeper for the summer term, and he takes the job very seriously.")
# head Mr Garrod
a("Head's commendations this week: {Ivy Marsh|Ivy Marsh}, {Legend Hussain|Legend Hussain}, {Brooke Page|Brooke Page} and {Reign Patel|Reign Patel}. Thank you for making Wensum Reach a kinder place.")
a("Our assembly this week was about Edith Cavell, the Norfolk nurse who helped soldiers escape in the First World War. The children were very moved.")
a("Today we welcomed the Bishop of Norwich, who told us about the Cathedral's stonemasons. One of them was a master mason for forty years!")
a("{Mason|Mason Hill} in Maple has decided he wants to become a stonemason after today's assembly. He has already asked if he can carve the school sign.")
a("I would like to thank every parent who joined our reading cafe. Hope is the thing that keeps us reading through the long winter evenings.")
a("{Hope Wood|Hope Wood} and {Joy Marsh|Joy Marsh} read to the whole school in assembly today. Year 1 confidence at its finest!")
a("Our new library has a name: the Julian Room, after Julian of Norwich. Come and see it at the open morning.")
a("A wonderful letter from {Summer King|Summer King} asking for a school allotment. {Summer|Summer King}, you have persuaded me. We start digging in the summer!")
a("Our summer reading challenge starts at Norwich Millennium Library next month. Details are on the Norfolk libraries website.")
a("Congratulations to {rose marsh|Rose Marsh} and {jack bird|Jack Bird}, who won the Norfolk young writers award for their story about the Broads.")
a("I was delighted to see our Year 5s rise to the challenge of the Eco Schools audit. We are now a Green Flag school again!")
a("Shout out to Mr Tungate, our caretaker, who built the new bird boxes. A pair of blue tits has already moved in.")
a("We welcome {Wren Hill|Wren Hill}'s baby sister {Clementine|-} to the world! Congratulations to the whole Hill family.")
a("Please join me in wishing a happy retirement to Mrs Dove, who has served our school lunches for 27 years.")
a("This term's value is faith in ourselves. We have been talking about believing we can do hard things.")
# Y1 Mrs Loades, lower case
a("holly class have been reading the tiger who came to tea. we made our own sandwiches and nobody drank all the water from the tap!")
a("well done {ace|Ace Moss} and {sonny|Sonny Marsh} for finishing the phonics challenge. you both worked so hard.")
a("we went on a bear hunt around the school field today. we had to go through the long wavy grass and the swishy swashy mud.")
a("{hero|Hero Brook} brought in his grandad's old penny farthing bike photo for our transport topic. what a wheel!")
a("a penny farthing, a steam train and a hot air balloon: holly class made a transport timeline for the hall.")
a("{daisy|Daisy Cook} and {brooke|Brooke Page} planted sunflowers and we will measure them every friday until july.")
a("will it rain? will it snow? holly class have started a weather diary and we are recording every day.")
a("our weather diary says: sunny, sunny, storm, rain, sunny. the children think that's a very british week!")
a("{joy|Joy Marsh}'s mum came in to read us a story in polish. thank you, it was lovely to hear.")
a("{hope|Hope Wood}, {daisy|Daisy Cook} and {ace|Ace Moss} are our reading stars this week!")
# Y4 Miss Thurlow
a("Maple have been learning about the Iceni. Boudicca's rebellion nearly drove the Romans out of Britain!")
a("{Storm|Storm Page} was brilliant in our Boudicca drama today: she played the queen herself and gave a rousing speech.")
a("Our class rabbit, Storm, had a check-up at the vet. She is fine but needs to eat fewer treats.")
a("Maple learnt about the Royal Norfolk Show today. Some of the children have been with their families and told us about the cattle judging.")
a("{Royal|Royal Evans}'s family run a stall at the Royal Norfolk Show every year, and he brought in a rosette to show the class.")
a("Star writers in Maple: {Amber King|Amber King}, {Ray|Ray Khan} and {Miles Wood|Miles Wood}. Wonderful stories about the Norwich dragon, Snap!")
a("Miss Ivy's top tip for times tables: sing them! Maple sang their 7s all the way to lunch.")
a("{Ivy|Ivy Marsh} made a beautiful Christmas card for the care home with holly and ivy on the front.")
a("Maple have been learning 'The Holly and the Ivy' for the carol concert at St Peter Mancroft. We cannot wait!")
a("Well done to {Penny Bird|Penny Bird} for reaching 100 reads in her reading record. {Penny|Penny Bird} has been reading every night.")
a("Maple made water filters from sand, gravel and cotton wool. The river water from the Wensum came out very clean!")
# Y3 Mrs Nunn
a("Rowan class have started our topic on the Stone Age. We made cave paintings with chalk and charcoal today.")
a("{Robin|Robin Fox} painted a hunting scene so lifelike that Mrs Nunn thought a real deer was running across the page!")
a("Robins, blue tits and a wren visited our bird feeder this week. Rowan class are keeping a tally for the RSPB Big Schools' Birdwatch.")
a("{Autumn|Autumn Page} and {Ruby Moss|Ruby Moss} have been chosen for the city choir. They sing at the Forum next month.")
a("Autumn fair on Saturday! Rowan class have made bird feeders to sell. All money goes to the school library.")
a("{Frankie|Frankie Hill}, {Emily Carter|Emily Carter} and {Legend|Legend Hussain} built a model of Norwich Castle from sugar cubes.")
a("Rowan learnt about the legend of the Norwich dragon, Snap. The children designed their own dragons for the Lord Mayor's procession.")
a("Ruby red leaves and golden yellow ones: Rowan class made autumn leaf crowns today.")
a("#WellDone{Cash|Cash Page} for your amazing effort in swimming. Two widths without the float!")
# Y6 Mr Blyth
a("Oak have read A Christmas Carol. We debated whether Jacob Marley was right to warn Scrooge.")
a("{Marley|Marley Cook} from Willow is joining Oak for maths this term and keeping up brilliantly with the Year 6s.")
a("Oak class learnt about Horatio Nelson, who went to school in Norwich. We wrote diary entries from HMS Victory.")
a("Oak have been studying the Wild Things. Max sails away in his boat and becomes king of all the wild things. We wrote our own kingdoms.")
a("Art week in Oak: we studied the Strawberry Thief by William Morris and made printed tiles.")
a("{Art|Art Fox} is now our official class artist. His William Morris tile was chosen for the school corridor.")
a("{Harley|Harley Fox}, {Faith|Faith Moss}, {Dove|Dove Page} and {Reign|Reign Patel} are our new house captains. Good luck to you all!")
a("Oak wrote letters to our MP asking for a crossing on Heigham Road. A great piece of persuasive writing, and a lesson in how to be heard.")
a("Hunter-gatherers to farmers: Oak are learning how Britain changed in the Neolithic period.")
a("{HUNTER|Hunter Hill} and {JACK|Jack Bird} have been selected for the Norfolk young engineers final. Good luck, boys!")
# Y5 Miss Gooch
a("Ash class visited Norwich Cathedral last week and found the famous stone labyrinth. We walked it in silence.")
a("{Will|Will Brook} asked the guide whether the Cathedral spire was taller than Salisbury's. It is not, but it is the second tallest in England!")
a("Ash have been studying the solar system. The Sun is a star, and the star nearest to it is called Proxima Centauri.")
a("{Poppy|Poppy King} and {Jasmine|Jasmine Wood} have been chosen for the Ash class eco-team. Thank you for volunteering!")
a("Jasmine tea, mint tea and green tea: Ash did a taste test as part of our Chinese New Year celebration.")
a("{Rocco|Rocco Mason} and {Chase|Chase Bird} were absolute legends at the Norwich schools quiz. Second place!")
a("Ash tested paper aeroplanes today. The longest flight was 14 metres, nearly the length of the hall.")
a("{Oscar|Oscar Pearce} and {Royal|Royal Evans} won the paper aeroplane contest with a flight of 14 metres!")
# Reception Mrs Bales & Y2 Miss Eke
a("Hazel class have been reading Owl Babies. Sarah, Percy and Bill were so worried, but mummy owl came back!")
a("{Sky|Sky Bird}, {Blue|Blue Mason} and {Bear|Bear Cook} made a den in the outdoor area and invited everyone in for a teddy bears' picnic.")
a("Hazel class made their own Blue Peter badges today after watching an old clip. Very proud faces!")
a("The sky was so blue this morning that we went outside and painted clouds with cotton wool.")
a("{Grace|Grace Hill} said grace before our harvest lunch and everyone joined in.")
a("Willow class have been reading Room on the Broom. Our favourite character is the dragon.")
a("{River Fox|River Fox}, {Lily Mason|Lily Mason} and {Star Wood|Star Wood} walked to the River Wensum with Miss Eke last week and counted 22 swans.")
a("Willow class looked at water lilies in the pond today and found a frog on a lily pad.")
a("Well done {Wolf|Wolf Brook} for your amazing model of the Big Bad Wolf's house. It had three chimneys!")
a("{Sunny|Sunny King} brought in a sunflower from her garden that was taller than Miss Eke.")
# PE Mr Spalding
a("PE: the Year 5/6 football team won the Norwich schools cup on Saturday! Goals from {Hunter|Hunter Hill} and {Harley|Harley Fox}.")
a("PE: huge thanks to Norwich City in the Community for this week's coaching. On the ball, City!")
a("PE: the cross-country route is along the river path. It's about two miles, so please bring trainers with good grip.")
a("PE: {Will Brook|Will Brook} ran the mile in under seven minutes! What a run.")
a("PE: chase and tag games are great for warming up. We played 'fox and hens' today and the Year 3s loved it.")
a("PE: our swimming squad will be at the Riverside Leisure Centre every Tuesday at 9.15am this half term.")
a("PE: the rounders team to play Heigham Park is {Rose|Rose Marsh}, {Summer|Summer King}, {Faith|Faith Moss}, {Dove|Dove Page}, {Jack|Jack Bird}, {Art|Art Fox}, {Reign|Reign Patel}, {Harley|Harley Fox} and {Hunter|Hunter Hill}.")
a("PE: Ace result from the netball team. Four wins and a draw!")
# PTA
a("PTA: Christmas fair on Saturday, 10am to 1pm. Cash and card accepted. Grotto, raffle and mulled apple juice!")
a("PTA: congratulations to the raffle winners {Rocky|Rocky Brook}, {Sonny|Sonny Marsh} and {Poppy King|Poppy King}!")
a("PTA: a huge thank you to Jasmine and Faith from the parents' team for running the cake stall. You are stars!")
a("PTA: our next quiz night theme is 'Legends of Norfolk'. Think Nelson, Boudicca and Delia Smith!")
a("PTA: thank you to the Cook family for donating the bouncy castle. {Marley|Marley Cook} and {Bear|Bear Cook} were first in the queue!")
a("PTA: the book swap was a hit. Our most popular titles were Paddington, The Jolly Postman and Where the Wild Things Are.")
a("PTA: summer disco tickets are on sale at the gate. Theme: Kings and Queens. Crowns available from the office for 50p.")
print(len(P), file=sys.stderr)

README = """# wordnames-probe-2 (test): Wensum Reach Primary School, Norwich

Synthetic held-out probe set about one thing: **pupil-name spans where first names (and some surnames) are also
ordinary English words or famous names**. Different school, roster, topics and sentences from the dev set. Every
post label is false; there are no phone numbers, emails, addresses or birthdays, no comments and no images.
Everything is invented.

## Counts

| item | count |
|---|---|
| roster.csv | {pupils} pupils, 7 classes named after trees (Hazel, Holly, Willow, Rowan, Maple, Ash, Oak) |
| staff.csv | {staff} staff |
| posts.jsonl | {posts} posts: {named_posts} with at least one pupil-name span, the rest clean |
| pupil-name spans | {spans} ({off} of them children not on the roster) |
| other span types / labels | 0 |
| comments.jsonl, images.jsonl | empty |

About 67 % of first names (105 of 156) are word or famous names; many surnames are words (Hill, Wood, Fox, Bird, Moss, Marsh,
Brook, King, Page, Cook, Mason). Several class names (Hazel, Holly, Willow) are also girls' names.

## Voices

Office manager, headteacher, a Year 1 teacher who writes entirely in lower case, Reception and Year 2/3/4/5/6 class
teachers, the PE teacher and the PTA.

## Hard cases included (described, not quoted)

* Pupils by full name, first name, preferred name (William as Will, Arthur as Art, Rayan as Ray), lower case,
  ALL CAPS, possessives, a hashtag, long team lists, sentence openings.
* The same words as words: a named storm, weather diaries, amber traffic lights, a bear hunt, a penny farthing,
  legends and a city dragon legend, "will it…?", hunter-gatherers, the Sun as a star, stonemasons, grace before a meal,
  tag and chase games, the ace of results, art week, miles run, lily pads, jasmine tea, ruby-red leaves, the autumn fair,
  the summer reading challenge, a county show with "Royal" in its name, birds at the feeder, a carol about holly and ivy.
* Titles and characters (a tiger story, a bear-hunt story, owl story, broomstick story, wild-things story, a bear from
  Peru, a postman story, a Dickens ghost sharing a pupil's first name, the Big Bad Wolf) and famous or historical
  namesakes (Boudicca, Nelson, a Norfolk nurse, a Norwich mystic, William Morris).
* A school tortoise and a class rabbit sharing names with pupils; staff whose first names match pupils' (Jack, Ivy,
  Art, Daisy, Grace, Amber, Robin, Sonny, Holly) shown with titles; parent volunteers and a retiring cook named with
  name-words; families referred to by surname; a class name that is a name.
* A child not on the roster (a baby sister).

Built by `src/build_test.py` (offsets computed, each span checked to slice to its text).
"""
import os
out = os.path.join(os.path.dirname(__file__), "..", "test")
print(write_set(out, TOML, roster, STAFF, P, BY, README, "wrp"))
