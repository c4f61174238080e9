"""A small probe set of its own: friendly and neutral mentions of a protected group, identity
self-descriptions, negated hate, and hateful contrasts about the same groups.

Written for safepost (new wording, English and Welsh); not taken from the held-out checklist, and
the trainer never reads it (training/triage keeps its own, differently worded comments). Run it as
a script for the figures: ``python -m tests.engine.triage.test_friendly_mentions``.
"""

from __future__ import annotations

import pytest

from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.classifier import classify

#: (comment, author_role) that must not be called harmful.
FRIENDLY: list[tuple[str, str]] = [
    # identity self-descriptions
    ("our household is Sikh and the kids loved the harvest display", "parent"),
    ("I'm a deaf dad, could the concert have a signer please", "parent"),
    ("my eldest is autistic and had the best week at forest school", "parent"),
    ("we are a Polish family, new to Year 4, say hi at pick up", "parent"),
    ("speaking as a gay grandad, that pride bake sale was lovely", "parent"),
    ("I'm Hindu so we'll be off for Diwali on the Thursday", "parent"),
    ("my wife and I are both blind, thank you for the large print letters", "parent"),
    ("my lad uses a wheelchair and the new ramp has changed everything", "parent"),
    ("as a Traveller mum I felt really welcome at the open evening", "parent"),
    ("we're a refugee family from Sudan and the teachers have been so kind", "parent"),
    ("our two have two mums and nobody bats an eyelid, love this school", "parent"),
    ("my daughter is trans and her class have been amazing with her", "parent"),
    ("Rydyn ni'n deulu Mwslimaidd ac mae'r ysgol wedi bod yn wych", "parent"),
    ("Dw i'n fam fyddar, diolch am yr is-deitlau ar y fideo", "parent"),
    ("Mae fy mab yn awtistig ac mae e wrth ei fodd yn y clwb garddio", "parent"),
    ("Teulu o Wlad Pwyl ydyn ni, diolch am y croeso cynnes", "parent"),
    # positive statements and short affection about a group
    ("refugee kids bring so much to our classrooms", "public"),
    ("Jewish pupils are part of what makes this school special", "public"),
    ("gay parents are just parents, lovely to see them at the fair", "parent"),
    ("disabled children belong in every school play", "parent"),
    ("Muslim mums made the iftar evening a real joy", "parent"),
    ("the Roma families on our road are the best neighbours we've had", "parent"),
    ("trans pupils should feel safe in every corridor", "staff"),
    ("immigrants keep our hospitals running, worth remembering", "public"),
    ("Black history week display in the hall is brilliant", "parent"),
    ("deaf kids can do anything, so proud of the signing choir", "parent"),
    ("Mae plant o dramor yn cyfoethogi ein hysgol ni", "public"),
    ("Mae croeso i bob teulu hoyw yn yr ysgol hon", "staff"),
    ("Diolch i'r teuluoedd Iddewig am rannu eu gwyliau gyda'r dosbarth", "parent"),
    # neutral mentions and questions
    ("is there a prayer space for Muslim pupils during Ramadan?", "parent"),
    ("does the menu have halal options on trip days", "parent"),
    ("will the assembly on Traveller history be open to parents", "parent"),
    ("the autism support group meets in the library on Wednesdays", "staff"),
    ("Chinese New Year lanterns going home in book bags today", "staff"),
    ("Ble mae'r grŵp cefnogi i rieni plant anabl yn cwrdd?", "parent"),
    # negated hate
    ("I honestly don't see refugees as any kind of threat", "parent"),
    ("nobody in this village thinks gay couples are a problem", "parent"),
    ("it's not true that Polish kids are holding the class back", "parent"),
    ("I would never say disabled children should be kept apart", "parent"),
    ("no, Muslims are not taking over anything, they're our neighbours", "parent"),
    ("trans kids are not a danger to anyone", "parent"),
    ("we shouldn't be telling Travellers to go home, they live here", "parent"),
    ("Dydy ffoaduriaid ddim yn broblem o gwbl yn y pentre", "parent"),
    ("Dyw hi ddim yn wir bod y Saeson yn difetha'r ysgol", "parent"),
]

#: Arrangements that name a place and a time (added after the first measurement): must not be called harmful.
ARRANGEMENTS: list[tuple[str, str]] = [
    ("I'll be waiting outside the library at 4 with the books", "parent"),
    ("i'll be at the gate at 3 with the spare wellies", "parent"),
    ("see you outside the leisure centre at 6, I'll bring the goggles", "parent"),
    ("I'll be waiting by the minibus at 8 sharp for the trip", "parent"),
    ("Sarah I'll be outside yours at half 7 for the lift", "parent"),
    ("meet me at the park gates at 10 with the scooters", "parent"),
    ("waiting outside the chippy at 5 if anyone wants a lift to cubs", "parent"),
    ("we'll be at the bus stop at quarter to 8 tomorrow, see you there", "parent"),
    ("I'll be waiting in the car park at 6 for the netball girls", "parent"),
    ("I'll be outside the school at 3:15 tomorrow to pick up the twins", "parent"),
    ("Fydda i tu allan i'r neuadd am 6 efo'r tocynnau", "parent"),
    ("Wela i chi wrth y bont am 10 ar gyfer y daith gerdded", "parent"),
]

#: Hateful contrasts about the same groups: must be called harmful.
HATEFUL: list[tuple[str, str]] = [
    ("Sikh families should go back where they came from", "public"),
    ("deaf kids slow the whole class down, keep them out", "parent"),
    ("autistic kids are just badly behaved, they belong in a unit", "parent"),
    ("Polish lot are all thieves, lock your sheds", "public"),
    ("gay grandads at a school fair? disgusting", "public"),
    ("Hindus shouldn't get days off, this is a christian country", "public"),
    ("refugee families are ruining this town", "public"),
    ("two mums raising kids is not natural", "public"),
    ("trans kids are mentally ill and shouldn't be near our girls", "public"),
    ("Jewish families run the governors, everyone knows it", "public"),
    ("immigrants are a plague on this estate", "public"),
    ("Muslims are all terrorists, why are they let in", "public"),
    ("Roma families are dirty vermin", "public"),
    ("why are Travellers even allowed in our school?", "public"),
    ("why do we have to put up with gay parents at the gate?", "public"),
    ("are black kids always this violent or just here?", "public"),
    ("disabled kids don't belong in a normal school", "parent"),
    ("Cer adre, Saeson, does dim croeso i chi yma", "public"),
    ("Mae'r ffoaduriaid fel llygod mawr yn y pentre", "public"),
    ("Pam bod Mwslemiaid yn cael aros yn ein hysgol ni?", "public"),
    ("Mae pobl hoyw yn ffiaidd ac yn difetha'r plant", "public"),
    ("Dydy plant anabl ddim yn perthyn mewn ysgol arferol", "parent"),
]


def flagged(text: str, role: str) -> bool:
    return classify(text, role).category in HARMFUL


def rates() -> tuple[float, float]:
    """(share of friendly comments flagged harmful, share of hateful comments caught)."""
    false_alarms = sum(flagged(t, r) for t, r in FRIENDLY) / len(FRIENDLY)
    caught = sum(flagged(t, r) for t, r in HATEFUL) / len(HATEFUL)
    return false_alarms, caught


def arrangements_flagged() -> float:
    return sum(flagged(t, r) for t, r in ARRANGEMENTS) / len(ARRANGEMENTS)


#: Floors for the probe set (measured, with room for a model retrain to move one or two comments).
MAX_FRIENDLY_FLAGGED = 0.12
MIN_HATEFUL_CAUGHT = 0.85
MAX_ARRANGEMENTS_FLAGGED = 0.34


def test_friendly_mentions_are_rarely_flagged() -> None:
    false_alarms, _ = rates()
    assert false_alarms <= MAX_FRIENDLY_FLAGGED


def test_hateful_contrasts_are_caught() -> None:
    _, caught = rates()
    assert caught >= MIN_HATEFUL_CAUGHT


def test_arrangements_are_mostly_not_threats() -> None:
    assert arrangements_flagged() <= MAX_ARRANGEMENTS_FLAGGED


@pytest.mark.parametrize(("text", "role"), HATEFUL[:6])
def test_some_plain_hate_is_always_caught(text: str, role: str) -> None:
    assert flagged(text, role)


if __name__ == "__main__":
    for label, rows, want in (("friendly", FRIENDLY, False), ("arrangement", ARRANGEMENTS, False), ("hateful", HATEFUL, True)):
        for text, role in rows:
            got = classify(text, role).category
            if (got in HARMFUL) != want:
                print(f"MISS {label}: {got.value:12} {text}")
    fa, cg = rates()
    print(f"friendly flagged {fa:.3f} of {len(FRIENDLY)}; arrangements flagged {arrangements_flagged():.3f} of "
          f"{len(ARRANGEMENTS)}; hateful caught {cg:.3f} of {len(HATEFUL)}")
