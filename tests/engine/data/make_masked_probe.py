"""Writes ``masked_profanity_probe.jsonl``: masked and obfuscated swearing, and clean text that
uses the same characters legitimately. Written by hand for safepost (session 7); run
``python tests/engine/data/make_masked_probe.py`` to rebuild the jsonl after editing.

Each masked form is paired with sentence frames of its kind (a name-call, an expletive before a
noun, an exclamation, a "... off"), so the same disguise is seen in a post and in a comment.
Rows: ``id``, ``text``, ``offensive`` (the LAN401 answer for a post), ``category`` (the triage
answer for a comment: abuse, complaint or hate for masked rows; ``clean`` rows must not be
triaged as harmful), ``lang`` and ``how`` (the disguise).
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

# (masked form, kind, how, lang). kind: noun (called someone), adj (before a noun),
# excl (on its own), off ("... off"), abbr (text-speak abbreviation used as an exclamation)
MASKED: list[tuple[str, str, str, str]] = [
    # asterisks, inside, first or last
    ("sh*t", "excl", "asterisk-mid", "en"), ("f*ck", "excl", "asterisk-mid", "en"),
    ("f**k", "excl", "asterisk-mid", "en"), ("c*nt", "noun", "asterisk-mid", "en"),
    ("tw*t", "noun", "asterisk-mid", "en"), ("b*tch", "noun", "asterisk-mid", "en"),
    ("w*nker", "noun", "asterisk-mid", "en"), ("b*stard", "noun", "asterisk-mid", "en"),
    ("a**hole", "noun", "asterisk-mid", "en"), ("d*ckhead", "noun", "asterisk-mid", "en"),
    ("p*ss", "off", "asterisk-mid", "en"), ("bo**ocks", "excl", "asterisk-mid", "en"),
    ("f***ing", "adj", "asterisk-mid", "en"), ("sh***y", "adj", "asterisk-mid", "en"),
    ("bl**dy", "adj", "asterisk-mid", "en"), ("*hit", "excl", "asterisk-first", "en"),
    ("*unt", "noun", "asterisk-first", "en"), ("fu**", "excl", "asterisk-last", "en"),
    ("f***", "off", "asterisk-last", "en"), ("twa*", "noun", "asterisk-last", "en"),
    ("wank**", "noun", "asterisk-last", "en"), ("s**t", "excl", "asterisk-mid", "en"),
    ("c**t", "noun", "asterisk-mid", "en"), ("bast**d", "noun", "asterisk-mid", "en"),
    ("a*sehole", "noun", "asterisk-mid", "en"), ("kn*bhead", "noun", "asterisk-mid", "en"),
    ("t*sser", "noun", "asterisk-mid", "en"), ("wh*re", "noun", "asterisk-mid", "en"),
    ("sl*t", "noun", "asterisk-mid", "en"), ("pr*ck", "noun", "asterisk-mid", "en"),
    ("f*cking", "adj", "asterisk-mid", "en"), ("sh*tting", "adj", "asterisk-mid", "en"),
    ("b*llend", "noun", "asterisk-mid", "en"), ("d**khead", "noun", "asterisk-mid", "en"),
    ("id**t", "noun", "asterisk-mid", "en"), ("mor*n", "noun", "asterisk-mid", "en"),
    # other symbols standing in for letters or masking them
    ("sh#t", "excl", "symbol", "en"), ("f@ck", "excl", "symbol", "en"), ("f#ck", "excl", "symbol", "en"),
    ("f%ck", "excl", "symbol", "en"), ("b!tch", "noun", "symbol", "en"), ("$hit", "excl", "symbol", "en"),
    ("sh!t", "excl", "symbol", "en"), ("p!ss", "off", "symbol", "en"), ("c@nt", "noun", "symbol", "en"),
    ("tw@t", "noun", "symbol", "en"), ("w@nker", "noun", "symbol", "en"), ("@rsehole", "noun", "symbol", "en"),
    ("f--k", "excl", "symbol", "en"), ("f__king", "adj", "symbol", "en"), ("b@st@rd", "noun", "symbol", "en"),
    ("sh?t", "excl", "symbol", "en"), ("f^ck", "excl", "symbol", "en"), ("c0ck", "noun", "digit", "en"),
    ("fu¢k", "excl", "symbol", "en"), ("$h!t", "excl", "symbol", "en"), ("a$$hole", "noun", "symbol", "en"),
    ("b!+ch", "noun", "symbol", "en"), ("f.cking", "adj", "symbol", "en"), ("sh.t", "excl", "symbol", "en"),
    ("d!ckhead", "noun", "symbol", "en"), ("id!ot", "noun", "symbol", "en"), ("mupp*t", "noun", "asterisk-mid", "en"),
    # digits for letters
    ("sh1t", "excl", "digit", "en"), ("b1tch", "noun", "digit", "en"), ("4rsehole", "noun", "digit", "en"),
    ("a55hole", "noun", "digit", "en"), ("tw4t", "noun", "digit", "en"), ("w4nker", "noun", "digit", "en"),
    ("b4stard", "noun", "digit", "en"), ("5hit", "excl", "digit", "en"), ("pi55", "off", "digit", "en"),
    ("fvck", "excl", "digit", "en"), ("b0ll0cks", "excl", "digit", "en"), ("sh1tty", "adj", "digit", "en"),
    ("f0ck1ng", "adj", "digit", "en"), ("d1ckhead", "noun", "digit", "en"), ("1d10t", "noun", "digit", "en"),
    ("m0r0n", "noun", "digit", "en"), ("t0sser", "noun", "digit", "en"), ("c0w", "noun", "digit", "en"),
    # letters spaced or dotted apart
    ("s h i t", "excl", "spaced", "en"), ("f.u.c.k", "excl", "spaced", "en"), ("f-u-c-k-i-n-g", "adj", "spaced", "en"),
    ("c u n t", "noun", "spaced", "en"), ("t.w.a.t", "noun", "spaced", "en"), ("b i t c h", "noun", "spaced", "en"),
    ("w a n k e r", "noun", "spaced", "en"), ("p_i_s_s", "off", "spaced", "en"), ("i d i o t", "noun", "spaced", "en"),
    ("F U C K", "excl", "spaced", "en"), ("s.h.i.t.e", "excl", "spaced", "en"), ("b.a.s.t.a.r.d", "noun", "spaced", "en"),
    # repeated letters
    ("shiiiiit", "excl", "repeated", "en"), ("fuuuuck", "excl", "repeated", "en"), ("twaaaat", "noun", "repeated", "en"),
    ("biiiitch", "noun", "repeated", "en"), ("fuckkkk", "excl", "repeated", "en"), ("cuuunt", "noun", "repeated", "en"),
    ("wankerrr", "noun", "repeated", "en"), ("fuuuckin", "adj", "repeated", "en"), ("pisssss", "off", "repeated", "en"),
    ("shhhhiiiit", "excl", "repeated", "en"),
    # text-speak and phonetic spellings
    ("fkn", "adj", "textspeak", "en"), ("fkin", "adj", "textspeak", "en"), ("fking", "adj", "textspeak", "en"),
    ("fcking", "adj", "textspeak", "en"), ("fuk", "excl", "textspeak", "en"), ("phuck", "excl", "textspeak", "en"),
    ("shyt", "excl", "textspeak", "en"), ("biatch", "noun", "textspeak", "en"), ("btch", "noun", "textspeak", "en"),
    ("wtf", "abbr", "textspeak", "en"), ("ffs", "abbr", "textspeak", "en"), ("stfu", "abbr", "textspeak", "en"),
    ("wtaf", "abbr", "textspeak", "en"), ("fml", "abbr", "textspeak", "en"), ("mofo", "noun", "textspeak", "en"),
    ("fukin", "adj", "textspeak", "en"), ("fckn", "adj", "textspeak", "en"), ("sh1te", "excl", "textspeak", "en"),
    ("azzhole", "noun", "textspeak", "en"), ("fuckwit", "noun", "textspeak", "en"),
    # mixed case, with and without masks
    ("ShIt", "excl", "mixed-case", "en"), ("FuCk", "excl", "mixed-case", "en"), ("F*cK", "excl", "mixed-case", "en"),
    ("TwAt", "noun", "mixed-case", "en"), ("B1TcH", "noun", "mixed-case", "en"), ("SH!T", "excl", "mixed-case", "en"),
    ("C*NT", "noun", "mixed-case", "en"), ("W@NKER", "noun", "mixed-case", "en"), ("FuCkInG", "adj", "mixed-case", "en"),
    # Welsh swear words and insults, masked the same ways
    ("c*chu", "excl", "asterisk-mid", "cy"), ("ca*hu", "excl", "asterisk-mid", "cy"), ("c@chu", "excl", "symbol", "cy"),
    ("c.a.c.h.u", "excl", "spaced", "cy"), ("caaachu", "excl", "repeated", "cy"), ("CaChU", "excl", "mixed-case", "cy"),
    ("ff*cin", "adj", "asterisk-mid", "cy"), ("ffyc*n", "adj", "asterisk-mid", "cy"), ("ff**in", "adj", "asterisk-mid", "cy"),
    ("ffyc1n", "adj", "digit", "cy"), ("ff-y-c-i-n", "adj", "spaced", "cy"), ("ffwc*n", "adj", "asterisk-mid", "cy"),
    ("c*chgi", "noun", "asterisk-mid", "cy"), ("cachg1", "noun", "digit", "cy"), ("hurt*n", "noun", "asterisk-mid", "cy"),
    ("h*rtyn", "noun", "asterisk-mid", "cy"), ("twps*n", "noun", "asterisk-mid", "cy"), ("tw*syn", "noun", "asterisk-mid", "cy"),
    ("b*stad", "noun", "asterisk-mid", "cy"), ("b@stad", "noun", "symbol", "cy"), ("pen d*fad", "noun", "asterisk-mid", "cy"),
    ("hen *st", "noun", "asterisk-first", "cy"), ("c*c oen", "noun", "asterisk-mid", "cy"), ("ffw*l", "noun", "asterisk-mid", "cy"),
    ("FF*CIN", "adj", "mixed-case", "cy"), ("cachuuu", "excl", "repeated", "cy"), ("ffycinnn", "adj", "repeated", "cy"),
    ("ffwc1o", "excl", "digit", "cy"), ("ff#cin", "adj", "symbol", "cy"), ("c#chu", "excl", "symbol", "cy"),
]

FRAMES = {
    ("noun", "en"): [
        ("The head is an absolute {w} for cancelling sports day.", "abuse"),
        ("Whoever parked across the gate this morning is a {w}.", "abuse"),
        ("Mrs Pryce you {w}, answer my email.", "abuse"),
        ("What a {w} that PE teacher is.", "abuse"),
        ("the ref today was a total {w} tbh", "abuse"),
        ("You lot in the office are {w}s, every one of you.", "abuse"),
    ],
    ("adj", "en"): [
        ("This {w} car park is a death trap every single morning.", "complaint"),
        ("Third {w} letter about uniform this term. Give it a rest.", "complaint"),
        ("Nobody answers the {w} phone at that school.", "complaint"),
        ("The {w} website has been down all week.", "complaint"),
    ],
    ("excl", "en"): [
        ("Oh {w}, I forgot the trip money again.", "complaint"),
        ("{w}! Another inset day and no notice.", "complaint"),
        ("What a load of {w}, the menu changed again.", "complaint"),
        ("Well that was {w}. Our lot lost 5-0.", "complaint"),
    ],
    ("off", "en"): [
        ("Tell the governors to {w} off.", "abuse"),
        ("{w} off with your fines for term-time holidays.", "abuse"),
        ("Honestly you can {w} off, I'm done with this school.", "abuse"),
    ],
    ("abbr", "en"): [
        ("{w} is going on with the bus times", "complaint"),
        ("{w}, the hall is booked again on the same night", "complaint"),
        ("Non-uniform day AGAIN {w}", "complaint"),
    ],
    ("noun", "cy"): [
        ("Mae'r pennaeth yn {w} llwyr.", "abuse"),
        ("Ti'n {w}, ateb y ffôn!", "abuse"),
        ("Yr athro chwaraeon 'na, am {w}.", "abuse"),
    ],
    ("adj", "cy"): [
        ("Mae'r {w} maes parcio 'ma yn beryg bywyd.", "complaint"),
        ("Dim ateb i'r {w} ebost eto.", "complaint"),
    ],
    ("excl", "cy"): [
        ("O {w}, dw i wedi anghofio'r arian trip.", "complaint"),
        ("Diwrnod HMS arall heb rybudd, {w}.", "complaint"),
    ],
}

#: Slurs masked the same ways: hate in a comment, offensive in a post.
SLURS = [
    ("Send the p*ki kids somewhere else.", "asterisk-mid"),
    ("That family are f@ggots and shouldn't be near children.", "symbol"),
    ("r3tard parents, the lot of them", "digit"),
    ("Classic g y p p o behaviour from that family.", "spaced"),
    ("Why do we let n*gg*rs into the school choir", "asterisk-mid"),
]

# Clean text that uses the same characters legitimately (hand-written, one per line).
CLEAN_EN = """\
Our Year 6 residential was rated 5* by every pupil who went!
★★★★☆ from the inspectors for our new library corner.
**Reminder:** PE kit is needed on Tuesday and Thursday.
*Please* bring a named water bottle every day.
_Swimming_ starts after half term for Year 4.
Trip costs £12.50* (*voluntary contribution; no child will miss out).
Tickets £3 for adults, £1.50 for children**. **Under-3s free.
Breakfast club opens at 7:45am; doors open for everyone at 8:40.
The bus leaves at 9.15 and returns by 3.30pm.
Under-11s won 3-1 against Parc Lane today. Brilliant effort!
Netball final score 21-14 to us 🏐
Y6 and Yr5 will share the hall from 2pm.
Email office@brynhafod.sch.uk with any questions.
Contact admin@ysgol-y-waun.cymru for the form.
#proud #teamwork #Year6 #KindnessMatters
What a day! :-) See you all tomorrow ;)
Lovely to see so many families <3 xx
Q&A evening for new parents on Thursday at 6pm.
Q: Do they need a coat? A: Yes, it will be cold.
Sign up b4 Friday pls, it'll be gr8!
c u l8r at the disco, thx for all the cakes
Please drop forms at the office on St. David's Day.
The coach will stop on Heol Fawr Rd. by the library.
Mr. Ellis and Mrs. Okafor are running the club, i.e. after school on Weds.
Assessment week starts Monday; class 3 have their passage reading.
Our Scunthorpe trip was cancelled because of snow.
We read Dickens in Year 6 and loved it.
Year 5 made shiitake mushroom soup in DT.
Well done to the Arsenal Ladies fans in Year 3 who wrote to the club!
Shhhh! Quiet reading time in class 4.
Sooooo proud of our choir tonight!!!
Nooooo, the rain has cancelled the fun run :(
Whooosh! Year 2 launched their rockets today.
Hisssss! Our snake visitor was a hit in Reception.
Arrrr! Talk Like a Pirate Day was a success.
Password for the class blog is on the sheet: ********
Card payments ending **** only, please check your statement.
Maths challenge: 5*3 = 15, 6*4 = 24. Can you do 7*8?
Music exam pieces in F# minor and Bb major.
Year 10 are learning C# and Python in computing.
Search the library catalogue with educat* to find every book.
Hangman word: _ _ a _ e (it's a shape!)
Code for the hall door has changed to B12#.
Our postcode for sat navs is CF83 2BQ.
Lost property ref: LP-2024-117.
Room H3 is the new music room.
Wi-Fi name: SchoolGuest, code on the board.
The PTA raised £1,245.60 at the Christmas fair!
FA Cup trip for Year 6 football team: meet at 8am.
PE, RE and DT groups are on the board.
STEM club is full; waiting list for Y3/4.
Our A* results in GCSE art are up on the wall!
Half-term: 28/10 - 01/11. Back on 04/11.
See page 4 of the newsletter* (*printed copies at reception).
Please don't park on the zig-zags, thank you!
Scores on the doors: Red 45, Blue 38, Green 52, Yellow 41.
Year 4 learnt about the bass clef and the treble clef.
Class 2's basement art studio is open to visitors.
Our therapist visits on Wednesdays.
Grape, apple or orange juice at the café stall.
The Cockburn family kindly donated the new benches.
Great to see our Middlesex friends on the exchange trip.
Cocktail sausages and fairy cakes at the summer fair.
Penistone Road is closed for resurfacing on Friday.
Hello!!! We are back!! 😀
We are h4ppy to welcome Miss Rees to the team!
Great job everyone *thumbs up*
*** IMPORTANT *** School closes at 1pm on Friday.
Term dates 2025/26 are now on the website.
Spell it out: s-c-h-o-o-l! Reception did so well.
Phonics today: c.a.t, d.o.g and s.u.n.
Y.6 S.A.T.s revision packs go home today.
P.E. kit on Monday, please.
The B.B.C. came to film our choir!
Meet at 8.45 a.m. at the gates.
T-shirts £5 each, sizes 5-6, 7-8, 9-10.
The ratio is 1:30 for the trip.
Year 3 scored 100% in the times tables test!
10/10 for effort, Class 1!
Book fair: 2-for-1 on Thursday.
Parents' evening 4pm-7pm; book your slot online.
Did u get the letter? Pls reply by 2moro.
Gr8 2 see u all at sports day 2day!
4ever grateful to our volunteers <3
Omg what a show, lol, the kids were amazing!
Tbh the weather could've been better but we had fun.
Thx 4 the cakes! m8s from Year 6 sold out in 10 mins.
FYI the hall is closed for the exam.
Happy Diwali to all our families! 🪔
Class 5 says a big THANK YOU!!!!!
Bring 2 x £1 coins for the tuck shop.
Science week: H2O, CO2 and O2 explained by Year 6.
The C-section of the car park is closed. Use section D.
Sponsored walk: 5km. Target: £500.
Team A 2, Team B 2 — a draw!
Our 1st XI won on penalties.
Ages 4-11 welcome at holiday club.
Assist the lollipop lady by crossing at the zebra.
Mrs. Hall's class made scrapbooks about the Romans.
Pupils enjoyed the passing drills in rugby.
Shell collection display in the hall this week.
Leeds U9s vs. our U9s on Saturday 10:30.
Mock exams (Yr 11) start on 6/1.
The dress code is *smart casual* for the leavers' do.
Who did it? :o The mystery of the missing cake!
Our footie team are the champs ^_^
Hooray!!! xD
Register at www.example.sch.uk/clubs.
Ref. no. 2024/PT/33 for the trip payment.
Buzzzzz! The bees have arrived at our garden.
Yaaaaas, we won the quiz!
Fiiinally the new playground is open!
The s.t.e.m. fair is on 12/3.
Dress as your fave book character on 6/3, e.g. Matilda, Gruffalo etc.
Year 6 leavers' hoodies: £18 (inc. name print).
Grade 5 piano (merit*) for Amira in Year 6. *Pupil's family gave permission to share.
A big shout out to our kitchen staff 👏
Lunch is £2.40 a day; FSM pupils free.
Our school ethos: be kind, be brave, be you.
"""

CLEAN_CY = """\
Da iawn Blwyddyn 6! Taith wych i Langrannog.
Bl 6 a Bl.5 yn y neuadd am 2 o'r gloch.
Cyngerdd Nadolig: tocynnau £3* (*plant dan 5 am ddim).
**Atgoffa:** Dillad AG ar ddydd Mawrth.
Sesiwn holi ac ateb i rieni newydd nos Iau.
C: Oes angen cot? A: Oes, plis!
E-bost: swyddfa@ysgolbryn.cymru
#Cymraeg #balch #DyddGŵylDewi
Cacen siocled i bawb ar ddiwedd y tymor!
Mae twll yn y ffordd ger y giât, byddwch yn ofalus.
Roedd y cwt ieir yn llawn wyau heddiw.
Twt iawn! Diolch am gadw'r dosbarth yn daclus.
Gwnaeth Blwyddyn 2 bypedau dafad a phen oen.
Ffug neu ffaith? Gwers ddigidol i Flwyddyn 5.
Dim ffwdan, dewch â'r ffurflen yfory.
Mae'r asyn yn y sioe Nadolig yn seren!
Basged o ffrwythau i bob dosbarth.
Hwyl fawr i Mrs Jones, diolch am bopeth <3
Sgôr terfynol: 3-2 i ni!
Amser agor: 8:45yb. Cau: 3:15yp.
Dewch i'r ffair haf am 2yp.
Mae'r ffacs wedi mynd, defnyddiwch e-bost os gwelwch yn dda.
Ffa pob a thatws i ginio heddiw.
Ffon hud i bob plentyn yn y sioe!
Cerdyn aur ⭐⭐⭐ i Ddosbarth 3.
Pen-blwydd hapus i'n gofalwr ni!
Waw, mae'r tywydd yn braf heddiw!
Dyma luniau'r Eisteddfod: 1af, 2il a 3ydd.
Ysgol y Cwm yn ennill 4-0!
Shwmae bawb! Croeso nôl ar ôl y gwyliau.
Sut mae? Gobeithio bod pawb yn iawn.
Pys, moron a chig oen i ginio dydd Sul.
Twll yn y wal? Rhowch wybod i'r gofalwr.
Roedd y plant yn canu'n hyfryd yn y cyngerdd.
Hwrê! Mae'r cwpan gyda ni!!!
Blwyddyn 6: gwaith cartref ar-lein erbyn 5/12.
Côr y Cwm yn cyrraedd y rownd derfynol 🎶
*Pwysig* Dim parcio ar y llinellau igam-ogam.
Diolch yn fawr iawn i'r CRhA am y £500!
Mae'r asen yn dyner, meddai'r cogydd.
Roedd y cwpl o fabis hwyaid yn hyfryd.
Gêm ffwtbol: Ysgol y Bryn 2, Ysgol y Waun 2.
Cyfarfod rhieni am 6:30yh yn y neuadd.
Pob lwc i'r tîm rygbi dan 11!
Ha-ha! Diwrnod gwisgo fel môr-leidr yn llwyddiant.
Cofiwch eich ffon fesur ar gyfer mathemateg.
Caaaaân! Am gôr gwych!
Pwy sy'n dod i'r disgo? Tocynnau £2.
Rhif cyfeirnod y daith: TD-2025-04.
Dosbarth 4 wedi gwneud cacennau cri.
"""

CLEAN_COMMENT = """\
Can someone tell me if Y6 need a packed lunch on Friday? Thx!
Is the disco £2 or £3? Ta x
Gr8 photos, well done every1!
My son said it was 5* and wants to go again :)
Will u be sending the letter b4 half term?
What time is pick up, 3:15 or 3:30?
Shhh don't tell my daughter about the surprise assembly!
Sooo proud of Class 2 ❤️❤️
Where do I email? office@ or the head@?
LOL the pirate costumes 🏴‍☠️ arrrr
Is the password still ****** for the homework site?
Any Qs about the trip just message me on the PTA page.
Mr. Patel is the best, thx 4 everything!
Diolch o galon! Da iawn pawb 👏
Pryd mae'r cyngerdd? 6yh neu 7yh?
Oes angen arian ar gyfer y daith? £5?
Hwyl fawr Miss, diolch am bopeth x
"""


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    frames = {key: cycle(value) for key, value in FRAMES.items()}
    for n, (form, kind, how, lang) in enumerate(MASKED, 1):
        key = (kind, lang)
        frame, category = next(frames[key])
        text = frame.replace("{w}", form)
        text = text[0].upper() + text[1:] if frame.startswith("{w}") and form.islower() and n % 2 else text
        out.append({"id": f"masked-{n:03d}", "text": text, "offensive": True, "category": category,
                    "lang": lang, "how": how})
    for n, (text, how) in enumerate(SLURS, 1):
        out.append({"id": f"slur-{n:03d}", "text": text, "offensive": True, "category": "hate", "lang": "en",
                    "how": how})
    for prefix, block, lang in (("clean", CLEAN_EN, "en"), ("glan", CLEAN_CY, "cy"), ("reply", CLEAN_COMMENT, "mixed")):
        for n, text in enumerate(block.splitlines(), 1):
            out.append({"id": f"{prefix}-{n:03d}", "text": text, "offensive": False, "category": "clean",
                        "lang": lang, "how": "clean"})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("masked_profanity_probe.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    print(path, len(rows()))
