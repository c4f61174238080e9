"""Build the second names probe (roster.csv, staff.csv, posts.jsonl), written after the cues of
``safepost/engine/names/things.py`` and scored once before any change it prompted.

Glenmuir is an invented primary; its pupils' names are also places, storms, foods, breeds,
flowers or famous surnames. Half the posts use them for things or adults, half name the children
in sentences of the same shape. Markup as in ``../larkfield/build.py``. Run:
``python evaluation/dev/names-probe-2/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder

from evaluation import builder  # noqa: E402

PUPILS = [  # first name, surname, year, class
    ("Agnes", "Rutter", "P4", "Rowan"), ("Milton", "Oakes", "P6", "Birch"), ("Leven", "Scobie", "P3", "Hazel"),
    ("Katrine", "Dow", "P5", "Alder"), ("May", "Fenwick", "P2", "Elm"), ("Charlotte", "Imrie", "P1", "Oak"),
    ("Piper", "Lunan", "P5", "Alder"), ("Farah", "Qureshi", "P6", "Birch"), ("Ellie", "Maxton", "P2", "Elm"),
    ("Ruby", "Strang", "P4", "Rowan"), ("Iris", "Bogle", "P3", "Hazel"), ("Poppy", "Crichton", "P3", "Hazel"),
    ("Tegid", "Pugh", "P7", "Ash"), ("Sorrel", "Gow", "P1", "Oak"), ("Lewis", "Haig", "P6", "Birch"),
    ("Hunter", "Main", "P4", "Rowan"), ("Morgan", "Leckie", "P7", "Ash"), ("Duncan", "Rae", "P5", "Alder"),
    ("Nevis", "Ure", "P2", "Elm"), ("Clementine", "Auld", "P1", "Oak"), ("Bramble", "Tosh", "P3", "Hazel"),
    ("Jersey", "Allan", "P7", "Ash"),
]
STAFF = [("GM01", "Mrs", "Fiona", "Laing", "Head Teacher")]

P = "p"
POSTS: list[tuple[str, str]] = [
    # --- not children ---
    (P, "Storm Agnes has brought the big oak down, so the field is closed."),
    (P, "Hurricane Milton was on the news and P6 tracked it on the map."),
    (P, "A lovely walk along the River Leven for our Outdoor Learning day."),
    (P, "Loch Katrine looked like glass on our trip to the Trossachs."),
    (P, "Photos from our boat trip to the Isle of May to see the puffins."),
    (P, "Charlotte potatoes in the school garden are ready to dig up!"),
    (P, "Mo Farah's running tips got everyone moving at the assembly."),
    (P, "Ellie from the dental practice showed us how to brush properly."),
    (P, "Ruby, a red gemstone, was the colour for our gem topic."),
    (P, "Iris and Poppy are both flowers we painted for the spring display."),
    (P, "Bala is next to Llyn Tegid, the biggest natural lake in Wales."),
    (P, "Sorrel soup was a new taste for some of our P1s at forest school."),
    (P, "The Lewis chessmen are on the museum trip worksheet."),
    (P, "Hunter wellies and waterproofs please for Friday's forest session."),
    (P, "Morgan ponies are calm and strong, the riding instructor told us."),
    (P, "Duncan Hines cake mix was the secret, said the P5 bakers."),
    (P, "Ben Nevis is the highest mountain in the UK, and Nevis is the glen below it."),
    (P, "Clementine segments and oatcakes for snack today."),
    (P, "Bramble jelly from the hedgerow berries, made by the Eco group!"),
    (P, "Jersey cows at the dairy farm on our P7 visit."),
    (P, "Piper from the pipe band came to play for the Burns assembly."),
    # --- children ---
    (P, "{Agnes} scored the first goal of the season!"),
    (P, "{Milton} and {May} won the quiz for Birch and Elm."),
    (P, "{Leven} finished his river project at the weekend."),
    (P, "{Katrine} read her story to the P1s."),
    (P, "{May} and {Charlotte} planted the potatoes in the school garden."),
    (P, "{Piper} played the chanter at the Burns assembly."),
    (P, "Well done to {Farah} for her running medal."),
    (P, "{Ellie} from Elm class showed us how to brush properly."),
    (P, "{Ruby} and {Iris} painted flowers for the spring display."),
    (P, "{Tegid} swam across the pool for the first time."),
    (P, "{Sorrel} helped make soup at forest school."),
    (P, "{Lewis} and {Hunter} made chess sets in technology."),
    (P, "{Morgan} groomed the ponies on the farm trip."),
    (P, "{Duncan} baked the best cake at the P5 sale."),
    (P, "{Nevis} climbed to the top of the climbing wall!"),
    (P, "{Clementine} brought oatcakes for everyone at snack."),
    (P, "{Bramble} and {Poppy} picked berries for the Eco group."),
    (P, "{Jersey} was very brave at the dairy farm."),
    (P, "{Lewis} is famous for his chess skills!"),
    (P, "{Duncan}, our P5 monitor, rang the bell."),
    (P, "{Charlotte} top of the class in the spelling test!"),
]


def main() -> None:
    pupils = [builder.pupil(builder.pupil_id("GM", i), first, last, first, year, cls)
              for i, (first, last, year, cls) in enumerate(PUPILS, 1)]
    builder.write_school(HERE, pupils, STAFF)
    by_name = builder.ids_by_preferred_name(pupils)
    builder.write_marked_posts(HERE, POSTS, "np2", by_name)


if __name__ == "__main__":
    main()
