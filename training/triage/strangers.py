"""Praise from people the school does not know: the harmless side of a stranger's comment.

Written by hand for safepost. The independent writers' safeguarding comments (training/voices)
rightly include strangers who praise a photo and then ask for private contact or a child's
details. Without the plain other side, the model learnt that a stranger praising photos is itself
a concern ("Lovely photos" from an unknown account went to the DSL). What makes such a comment a
concern is the request that follows, never the praise. These comments, each written once for
both a public and an unknown author, are that other side: neighbours, old pupils, grandparents'
friends and local businesses admiring photos and events, in English and Welsh.
"""

from __future__ import annotations

STRANGER_PRAISE = [
    "Lovely photos",
    "Lovely photos!",
    "Great photos, looks like a brilliant day",
    "Beautiful pictures, well done everyone",
    "What lovely photos of the fun run",
    "Fab pics, the costumes are amazing",
    "Gorgeous photos from the nativity",
    "Brilliant photos, what a team",
    "Nice pics, looks like great fun",
    "Such lovely photos, brings back memories of my own school days",
    "Old pupil here, lovely to see the photos of the new library",
    "Lovely photos from the harvest festival, thank you for sharing",
    "Great pictures of the sports day, well done to all the runners",
    "Amazing photos, the garden looks wonderful",
    "lovely pics x",
    "great photos 👏",
    "Beautiful photos of the choir at the care home, it made our residents' day",
    "From the bakery down the road: lovely photos, well done all",
    "Lluniau hyfryd!",
    "Lluniau gwych, diwrnod bendigedig",
    "Lluniau bendigedig o'r eisteddfod",
    "Am luniau hyfryd, da iawn bawb",
    "Lluniau lyfli o'r ras hwyl",
    "Hen ddisgybl yma, lluniau hyfryd o'r ysgol",
    "lovely photos, diolch am rannu",
    "Lluniau gwych o'r cyngerdd Nadolig",
]
