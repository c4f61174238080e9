"""Build the names probe (roster.csv, staff.csv, posts.jsonl): names that are not children.

Strathbrae is an invented primary. Its pupils have given names that are also places, storms,
foods, breeds, plants, surnames of famous people or clans (Harris, Darragh, Victoria, Morgan,
Lily, Grant...). Half the posts use those names for things or adults ("Storm Darragh", "Victoria
sponge", "Morgan horses", "Hamish from the fire service"), half name the children in sentences
of the same shape ("Harris and Lewis won the relay"), so that a precision gain paid for with
recall shows. Written by the developer of the cues it tests, before them. Markup as in
``../larkfield/build.py``. Run: ``python evaluation/dev/names-probe/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

PUPILS = [  # first name, surname, year, class
    ("Harris", "Baird", "P5", "Lomond"), ("Lewis", "Crane", "P5", "Lomond"), ("Darragh", "Quill", "P3", "Tay"),
    ("Bella", "Marsh", "P2", "Ness"), ("Glen", "Fairlie", "P6", "Fyne"), ("Louise", "Tarbet", "P4", "Tay"),
    ("Ewan", "Mackie", "P4", "Tay"), ("Grant", "Mackay", "P7", "Awe"), ("Hamish", "Corr", "P6", "Fyne"),
    ("Rhona", "Lindsay", "P1", "Earn"), ("Lily", "Garvie", "P3", "Tay"), ("Rose", "Dunlop", "P3", "Tay"),
    ("Clyde", "Rennie", "P7", "Awe"), ("Forth", "Abbot", "P2", "Ness"), ("Morgan", "Pryde", "P5", "Lomond"),
    ("Victoria", "Wishart", "P6", "Fyne"), ("Jay", "Ormond", "P4", "Tay"), ("Finch", "Laidlaw", "P4", "Tay"),
    ("Fraser", "Nimmo", "P5", "Lomond"), ("Morven", "Beattie", "P1", "Earn"), ("Storm", "Keddie", "P6", "Fyne"),
    ("Cullen", "Spence", "P2", "Ness"), ("Sunny", "Rait", "P3", "Tay"), ("Aisling", "Coyle", "P5", "Lomond"),
    ("Skye", "Tulloch", "P4", "Tay"), ("Rowan", "Gibb", "P4", "Tay"), ("Heather", "Kidd", "P2", "Ness"),
    ("Angus", "Lowrie", "P6", "Fyne"), ("Ailsa", "Petrie", "P7", "Awe"), ("Brodie", "Gourlay", "P1", "Earn"),
]
STAFF = [("SB01", "Mrs", "Elspeth", "Cowan", "Head Teacher"), ("SB02", "Mr", "Neil", "Dewar", "Class Teacher")]

P = "p"
POSTS: list[tuple[str, str]] = [
    # --- not children: the same names as storms, places, foods, breeds, plants, namesakes, visitors ---
    (P, "Storm Darragh brought down two trees on the field overnight, so PE is indoors today."),
    (P, "The trip to the museum is postponed because of Storm Bella. Please stay safe."),
    (P, "Isle of Harris tweed samples came in for our textiles lesson."),
    (P, "Glen Lyon was our walking route this week and the views were stunning."),
    (P, "Lake Louise is one of the places we looked at in our Canada topic."),
    (P, "Who watched Ewan McGregor's new film at the weekend? No spoilers!"),
    (P, "Did anyone catch Hugh Grant in the Christmas film last night?"),
    (P, "Hamish from the fire service showed P2 round the engine this morning."),
    (P, "Rhona from the library came to read us a story about the sea."),
    (P, "Lily is in bloom on the school pond at last."),
    (P, "Harris and Lewis are famous for their white sandy beaches."),
    (P, "Clyde and Forth are two of the Scottish rivers we studied this term."),
    (P, "Morgan horses at the riding school today, the P5s loved grooming them."),
    (P, "Cullen skink on the lunch menu for Burns Day!"),
    (P, "Victoria sponge and shortbread at the bake sale on Friday."),
    (P, "Jay and Finch nest boxes are up in the wildlife garden."),
    (P, "Fraser and Grant – two Highland clans we researched for our tartan project."),
    (P, "Morven, the hill behind the village, was covered in snow this morning."),
    (P, "Rose is in bloom by the front gate, so pretty."),
    (P, "Sunny spells are forecast for sports day on Thursday."),
    (P, "We learned about the Irish word aisling, a dream or vision poem, and wrote our own aisling verses."),
    (P, "Heather is out on the hills above the school, all purple."),
    (P, "Angus beef burgers at the barbecue, thank you to the Parent Council."),
    (P, "Ailsa Craig granite is used to make curling stones, we found out."),
    (P, "The Loch Lomond trip is on Monday, and Brodie Castle is next month."),
    # --- children, in sentences of the same shapes ---
    (P, "{Storm} scored the winning goal at the match on Saturday!"),
    (P, "Well done to {Darragh} and {Bella} for their art prizes."),
    (P, "{Harris} and {Lewis} won the three-legged race at sports day."),
    (P, "{Glen} and {Louise} helped tidy the library at lunchtime."),
    (P, "{Ewan} brought in his grandad's medals for Remembrance."),
    (P, "{Grant Mackay} won the art prize for P7."),
    (P, "{Hamish} from P6 showed us how his rocket works."),
    (P, "{Rhona} from Earn class read us her story about the sea."),
    (P, "{Lily} is in P3 and loves drawing horses."),
    (P, "{Harris} and {Lewis} are our new class monitors this term."),
    (P, "{Clyde} and {Forth} helped set up the hall for assembly."),
    (P, "{Morgan} scored twice at football today."),
    (P, "{Cullen} helped serve the soup at the Burns lunch."),
    (P, "{Victoria} ran the fastest lap at the cross-country."),
    (P, "{Jay} and {Finch} made bird boxes for the wildlife garden."),
    (P, "{Fraser} is famous in P5 for his jokes!"),
    (P, "{Morven} drew the hill behind the village for her art homework."),
    (P, "{Rose} read her poem at assembly and was brilliant."),
    (P, "{Sunny} was the star of the show in the nativity."),
    (P, "Congratulations to {Aisling} for reading her poem in Irish."),
    (P, "{Heather} read her poem at the Burns supper."),
    (P, "{Angus} baked scones for the bake sale."),
    (P, "{Skye} and {Rowan} won the relay."),
    (P, "{Ailsa} and {Brodie} planted bulbs in the garden today."),
    (P, "{Lily} and {Rose} sang a duet at the concert."),
    (P, "{Angus} always helps the P1s at lunchtime."),
    (P, "{Victoria}'s sponge won the bake-off!"),
    (P, "{Glen} came to school dressed as a pirate."),
]


def main() -> None:
    pupils = [builder.pupil(builder.pupil_id("SB", i), first, last, first, year, cls)
              for i, (first, last, year, cls) in enumerate(PUPILS, 1)]
    builder.write_school(HERE, pupils, STAFF)
    by_name = builder.ids_by_preferred_name(pupils)
    by_name.update({f"{p['first_name']} {p['last_name']}": p["pupil_id"] for p in pupils})
    builder.write_marked_posts(HERE, POSTS, "np", by_name)


if __name__ == "__main__":
    main()
