"""Abuse and threat near misses, and the harm they sit next to (session 13, issue 11).

The families' grammar (:mod:`training.triage.families`) teaches that "I know what time <teacher>
leaves" is a veiled threat and "why is it always <group> ..." is hate. Written alone, those frames
taught the model that the frame itself is the harm: on a new writer's school it read a parent's
complaint that a manager leaves early ("I know when she finishes on a Friday, and nobody is on the
gate") as a threat, "why is it always the same children who get picked" as hate, and a
conditional compliment ("if Miss keeps this up he'll be top of the class") as a threat. This module
writes the same frames with their harmless endings, beside the harm a new writer showed the
grammar lacked:

- complaints in the threat's frame: a place, a day or a time about a member of staff, with a
  grievance about a duty (who covers, the office empty, "should be here"), aimed at the school's
  decision, not at the person's safety;
- complaints in hate's question frame with no group in it ("why is it always the same few",
  Welsh "pam fod rhaid i ni ..."), and sarcastic complaints (praise words round a grievance:
  "great, the date changed again, thanks for the two hours' notice");
- praise in the threat's frames: thanks with a place and a time ("see you at the gate at 3,
  thanks for today"), conditional compliments ("if she keeps this up ..."), the "kill it" idioms;
- banter between parents who know each other (teasing about the dads' race, the school run);
- abuse the grammar lacked: pile-ons (rallying others to comment, share or tag until a person
  quits), allegations passed off as common knowledge ("everyone knows he ...", "ask around"), and
  ridicule of a child's looks in a photo;
- threats that borrow an errand's or a thank-you's words, so that "thanks" alone never disarms a
  threat ("thanks for nothing, see you at the gate").

English, Scots and Welsh or mixed voices; written for safepost, not copied from any evaluation set
(the development probe's misses were read for their families, never their sentences). Behind
``NEAR_MISSES`` in ``train.py``, with its own random stream (``train._near_miss_rows``).
"""

from __future__ import annotations

from training.triage import families  # noqa: F401  (its slots: tgt, cytgt, placeway, clock, day, parentname, kid, cykid)
from training.triage.grammar import SLOTS

SLOTS.update({
    "staffduty": ["nobody's on the gate", "the office is empty", "there's no one to ask about anything",
                  "the rest of us are left waiting in the rain", "the phones go unanswered", "the kids are left with a TA",
                  "we can never get an answer at pick-up", "there's nobody to hand the forms to"],
    "shouldbe": ["should be here at home time", "should be covering pick-up like everyone else",
                 "needs to be on the yard at 3", "should be answering parents, not off early",
                 "should be available when we collect", "needs to sort the rota"],
    "sameones": ["the same kids", "the same few families", "the teachers' kids", "the PTA's kids", "the same handful",
                 "the same names", "the same three or four"],
    "gotpicked": ["get picked for everything", "get the main parts", "get star of the week", "get chosen for the trips",
                  "end up on the team", "get the certificates"],
    "payfor": ["non-uniform day", "the trip", "the photos", "the Christmas jumper day", "the new book bags",
               "the leavers' hoodies", "the disco", "the sponsored walk"],
    "cypayfor": ["bopeth", "y trip", "y lluniau", "y crysau chwys", "diwrnod gwisg eich hun", "y disgo", "y bagiau llyfrau"],
    "changed": ["changing the date again", "another letter home the night before", "moving sports day again",
                "another non-uniform day announced at 8pm", "the concert moved with no warning",
                "another form that needs printing tonight", "swapping the trip day again"],
    "cychanged": ["Newid y dyddiad eto", "Llythyr arall y noson cynt", "Symud y mabolgampau eto", "Neges arall am 9 y nos",
                  "Newid y trip eto"],
    "shortnotice": ["the two hours' notice", "the ten minutes' warning", "all the notice", "the heads up at 8pm",
                    "letting us know the night before", "the last-minute text"],
    "sarcface": ["🙃", "🙄", "👏", "", "😒", "lol"],
    "goodthing": ["walking out with a prize", "reading before me", "top of the class", "doing maths for fun",
                  "wanting to be a teacher", "asking for homework", "singing at home every night", "a chess champion"],
    "cygoodthing": ["ennill pob gwobr", "darllen yn well na fi", "eisiau bod yn athro", "canu drwy'r dydd",
                    "gofyn am waith cartre"],
    "thanksfor": ["a lovely trip", "today", "taking them", "looking after them", "all your help", "a brilliant day out",
                  "organising it", "the lift"],
    "teasing": ["you're too old for the dads' race", "you still owe me a coffee", "your sponge was better than mine",
                "you did the school run in your slippers", "your lot ate all the sausage rolls",
                "you're not allowed near the tombola again"],
    "cyteasing": ["ti'n rhy hen i ras y tadau", "ti dal mewn dyled i fi am goffi", "roedd dy gacen di'n well na fy un i",
                  "est ti ar y rhediad ysgol yn dy slipers", "ti ddim i fod yn agos at y tombola eto"],
    "quits": ["quits", "resigns", "leaves", "is gone", "gets the sack", "packs it in"],
    "cyquits": ["gadael", "ymddiswyddo", "mynd"],
    "allegation": ["drinks at lunch", "has been helping himself to the trip money", "was moved on from her last school",
                   "can't be left alone with the takings", "fiddled the fundraising", "turns up half cut",
                   "was let go from his last job", "pockets the raffle money"],
    "cyallegation": ["yn yfed amser cinio", "wedi bod yn dwyn arian y trip", "wedi cael y sac o'i hen ysgol",
                     "yn cadw arian y raffl"],
    "looks": ["haircut", "fringe", "jumper", "glasses", "school shoes", "costume"],
})

COMPLAINT = [
    "{tgt} {is off|has gone} by {clock} every {day} {I've noticed|as far as I can tell} and {staffduty}. {tgt} {shouldbe}.",
    "{We all know|Half the yard knows} {tgt} {clocks off early|is away before the bell} on {day} and {staffduty}{, please sort it|. Not good enough.|}",
    "{tgt} {hasn't been|is never} {at|on} {placeway} at {clock} {this term|lately} and {staffduty}. {Who is covering?|Please look at the rota.|}",
    "{How come|Why does it feel like} {sameones} {always|every single time} {gotpicked}? {Other children try just as hard.|Not fair on the rest.|Asking for my daughter.}",
    "{Honestly|Genuinely}, {how is it|why is it} {on us|down to parents} to {fork out|pay} for {payfor} {as well|again|on top of everything}? {Three kids, it adds up.|It never stops.|}",
    "Pam {mae'n rhaid|bod disgwyl} i {rieni|deuluoedd} {dalu am|brynu} {cypayfor} {hefyd|eto fyth|bob tymor}? {Mae'n ormod.|Dim digon da.|Pam???}",
    "Pam {mai'r|taw'r} un {plant|teuluoedd} sy'n cael {y rhannau gorau|eu dewis i'r tîm|y tystysgrifau} {bob tro|o hyd}? {Dyw e ddim yn deg.|Siomedig.|}",
    "{Great|Brilliant|Fab|Super}. {changed}. {Thanks|Cheers|Thank you so much} for {shortnotice} {sarcface}",
    "{Hyfryd|Bendigedig|Ffantastig}. {cychanged}. {Diolch|Diolch o galon} am {y rhybudd munud ola|roi gwybod mor gynnar} {sarcface}",
    "{Love|Loving} how {the newsletter|the website|the trip letter} {only comes in English|had no Welsh at all} {again|this week}. {Very bilingual|Really inclusive|Top marks} {sarcface}",
    "{tgt}, please {think again about|reconsider} {scrapping|closing|ending} the {breakfast club|after-school club|minibus} {at a week's notice|mid-term|before Christmas}: {working parents rely on it|we have nowhere else to go|it's the wrong call}.",
    "{tgt}, {your|the} decision to {cancel the trip|stop the late bus|close the car park} {is wrong|lets working parents down} and {we'll be raising it with the governors|I'd like a meeting}.",
]

PRAISE = [
    "{Thanks|Thank you|Cheers} for {thanksfor}, {tgt}! {We'll meet you|I'll be} at {placeway} {at|about} {clock} {emojipos}",
    "{Back at|Pick-up from} {placeway} at {clock} then, {tgt}, {thanks|diolch|cheers} {again|so much} for {thanksfor} {emojipos}",
    "{Diolch am|Diolch o galon am} {y trip|heddiw|bopeth}, {cytgt}! {Wela i chi|Byddwn ni} {wrth y giât|yn y maes parcio} am {3|4|hanner awr wedi 3} {emojipos}",
    "{At this rate|The way things are going|If the reading keeps going like this}, {mykid} will be {goodthing}{. Thanks {tgt}!| {emojipos}|, all down to {tgt}}",
    "{Keep it up|Carry on like this}, {tgt}, and {mykid} will be {goodthing} {emojipos}",
    "Os {ydy|yw} {cytgt} yn cario 'mlaen fel hyn, bydd {cykid} yn {cygoodthing}{. Diolch!| {emojipos}}",
    "{They|The choir|Year 6|The team} {absolutely killed it|smashed it|nailed it} {at the concert|at the gala|on stage|today}{, well done all| {emojipos}}",
    "{Fe wnaeth y côr|Y plant wnaeth|Blwyddyn 4 wnaeth} ei lladd hi {ar y llwyfan|yn y sioe|heddiw}! {Llongyfarchiadau|Da iawn bawb} {emojipos}",
]

OTHER = [
    "{Oi|Go on} {parentname}, {teasing} {emojilaugh}",
    "@{parentname} {teasing} {emojilaugh}",
    "{Cer o 'na|Clyw} {parentname}, {cyteasing} {emojilaugh}",
    "{parentname} it's your go on the {school run|lift share} {tomorrow|Friday}, I {did|covered} {day}{ lol| 😂|!}",
    "{You're|We're all} {daft|bonkers}, {queueing before dawn|camping out} for {second-hand blazers|panto tickets}? {I'll bring the flask|save me a spot} {emojilaugh}",
]

ABUSE = [
    "{Everyone|Lads|Girls} {post|comment} under every {post|photo} {she|he} {puts up|shares} {till|until} {she|he} {quits}{. keep it going| 💪|, don't let up|}",
    "{Tag|Share this with} everyone you know{,|.} {let the whole|I want the whole} {town|village|estate} to know what {tgt} {is|is really like}",
    "{We|I} will keep {posting|commenting} {every day|on every post|here} until {tgt} {quits}{. every post.|, simple as|}",
    "{Byddwn ni'n|Bydda i'n} dal i {bostio|gomentio} {fan hyn|bob dydd} nes bo {cytgt} yn {cyquits}",
    "Rhannwch hwn, {pawb|bois}. {Pawb i|Dylai pawb} wybod {beth yw|sut un yw} {cytgt} go iawn",
    "{Everyone|Everybody|All the mums} {round here|at the gate|in the village} knows {tgt} {allegation}{. Disgrace.| 🤐|, ask anyone|}",
    "{tgt} {allegation}, {ask around|everyone knows|all the dads know}{.|. just saying.|}",
    "Mae pawb yn gwybod bod {cytgt} {cyallegation}{. Cywilydd.|, gofynnwch i unrhyw un|}",
    "{the|that} {kid|boy|girl} {at the back|on the left} {with the|in the} {looks}{, state of it|, poor thing never stood a chance|, did nobody own a mirror}{ {emojilaugh}|}",
    "who {let|sent} {the|that} {kid|boy|girl} out with {that|the} {looks}{? {emojilaugh}|, dear oh dear {emojilaugh}}",
]

THREAT = [
    "{Thanks for nothing|Cheers for nothing}, {tgt}. {See you at|I'll be waiting at} {placeway} at {clock}{.| 👀|}",
    "{Thanks|Cheers} for {the letter|the reply|getting back to me}, {tgt}. {I know where you park|I'll be at {placeway} at {clock}, you'll know why|Watch your back}",
    "{tgt} {finishes|leaves} at {clock} on {day}. {I'll be there.|Noted.|See you then.}",
]

NEAR_MISS_TEMPLATES: dict[str, list[str]] = {
    "complaint": COMPLAINT, "praise": PRAISE, "other": OTHER, "abuse": ABUSE, "threat": THREAT,
}
#: Generated comments per category (on top of everything else; a small share of each category).
NEAR_MISS_COUNTS: dict[str, int] = {"complaint": 160, "praise": 120, "other": 80, "abuse": 140, "threat": 50}
#: The share drawn from the Welsh or mixed templates.
NEAR_MISS_WELSH_SHARE = 0.35
