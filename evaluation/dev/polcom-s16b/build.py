"""polcom-s16b: a second probe by the sixteenth session's engineer, written after the first
probe's cues and scored once before any change it prompted (`python build.py` writes
posts.jsonl). Same families as polcom-s16, new voices and wording; school files polcom-4's."""

from __future__ import annotations

import json
from pathlib import Path

POSITIVE = [
    # gambling sponsors
    "Our Under 12s' away trip was paid for by PitchBet 🙏 They've got a new-customer deal on – £5 bet gets you £20 back in free bets if you join through the link in our bio.",
    "Mae Casino Cymru wedi talu am fws y daith – ymunwch â nhw heddiw a chael 25 troelliad ychwanegol.",
    "Massive thanks to BallyBingo for the Christmas party! Sign up before Sunday and your first game is on them.",
    "Half-time draw sponsored by TopScore Sports – scan the QR on the programme to join and get your stake back as a bet credit.",
    # catalogue and party plan
    "My candle party is this Friday at 7 – come for wine and nibbles, all orders placed on the evening get a free wax melt 🕯️",
    "Mae'r llyfryn Nadolig wedi cyrraedd! Gadewch eich archeb gyda fi wrth y giât erbyn dydd Llun.",
    "Gel nail wraps party online tonight, hosted by our Year 1 mum Kerry – join the Facebook group to shop the new designs!",
    "Any mums want to work flexible hours? I earn around the school day selling skincare and I'm looking for a couple more to join me.",
    # staff services
    "Miss Carter (Reception) is a qualified swimming teacher and is running private lessons at the leisure centre on Sundays – £15 for 30 minutes.",
    "Mae Mr Bowen y gofalwr yn torri coed tân ac yn eu gwerthu – £60 y llwyth. Ffoniwch e ar ôl 4.",
    "Our school cook Pat does wedding cakes and buffets on the side – ask her in the kitchen for her price list!",
    "Year 5's teacher Mr Iqbal does guitar and ukulele lessons in the evenings, £20 a lesson. Drop him an email.",
    # novelty products
    "Everyone's asking where Leo got his glow-in-the-dark trainers – ZoomKicks sell them for £29.99, in sizes from 10 to 5!",
    "Mae pawb eisiau'r pensiliau persawrus newydd – gallwch eu prynu gan SiopSmel am £1.50 yr un.",
    "These magnetic building tiles are the best thing we've seen – TileTown have 20% off this week!",
    "Want the same talking plush dragon as Class 2? DragonPals ship next day for £18.",
    # investment apps for children
    "Turn birthday cash into a real investment: KidsCoin lets under-16s buy digital coins with parental approval. New accounts get £3!",
    "Mae ap ArianIfanc yn gadael i blant brynu cyfranddaliadau mewn cwmnïau go iawn – cofrestrwch heddiw.",
    # campaigning
    "Whoever you are thinking of supporting, please remember Mr Davies (Labour) has backed every one of our funding bids.",
    "We need councillors who put schools first. That's why our head is out with Plaid this weekend – say hi if you see her!",
    "Mae angen llais cryf dros addysg Gymraeg – dyna pam rydyn ni'n annog pawb i gefnogi Catrin Huws ar 6 Mai.",
    "Reminder that the Greens are the only ones promising to save our nursery. Think about your children on Thursday.",
    # petitions
    "Our parents' group is collecting names against the Welsh Government's changes to the school year – forms are in the playground.",
    "Help us fight the government's cap on SEN places – the petition link is pinned at the top of our page.",
]

NEGATIVE = [
    "Thank you to PitchSide Sports for sponsoring our Under 12s – the new strips look brilliant!",
    "Our summer fair raised £820! Thanks to everyone who ran a stall, bought a cake or won on the tombola.",
    "Llongyfarchiadau i'r tîm rygbi – diolch i Garej Bowen am noddi'r crysau newydd!",
    "PTA disco on Friday: £3 on the door, glow sticks 50p, all money to the Year 6 trip.",
    "Free swimming sessions at the council leisure centre all summer for under-16s – just bring a towel!",
    "The county's free summer reading challenge starts on Saturday at the library.",
    "Mae'r casgliad banc bwyd yn y cyntedd tan ddydd Gwener – diolch am eich haelioni.",
    "Children in Need: thank you for the £356 raised from our spotty cake sale!",
    "Year 6 learned about shares and interest in maths – they ran a pretend stock market with sweets!",
    "Mrs Jenkins has qualified as a Mental Health First Aider – she's here if anyone needs a chat.",
    "Our school cook Pat is retiring after 22 years – come and say goodbye on Friday!",
    "Mr Iqbal's ukulele club restarts on Wednesday lunchtime in the music room.",
    "Polling station reminder: the hall is closed to pupils on Thursday, school is open as normal.",
    "Year 5 have written to our MS asking for a zebra crossing outside the gate – here's her reply!",
    "Mae Blwyddyn 6 yn cynnal etholiad ffug ddydd Iau – dewch i weld y posteri yn y neuadd!",
    "Congratulations to our new school councillors, voted in by their classes this week!",
]


def main() -> None:
    rows = []
    for gold, texts, kind in ((True, POSITIVE, "pos"), (False, NEGATIVE, "neg")):
        for n, text in enumerate(texts, 1):
            rows.append({
                "id": f"s16b-{kind}-{n:02d}", "text": text, "images": [],
                "labels": {"offensive": False, "live_location": False, "unsafe_link": False,
                           "political_or_commercial": gold},
                "spans": [], "image_spans": [],
            })
    out = Path(__file__).with_name("posts.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
