"""Families of pupil-name mistakes found on a County Tyrone school's posts (the Irish names
probe), tested in new sentences against its roster: pupils called Kerry, Clare, Derry, Shannon,
Patrick, Bridget, Grace, Sky, Erin, Saoirse and Bríd, and staff called Brendan, Grace and
Pádraig Ó Catháin. Each test is one family."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_tyrone = partial(names_found, "irish-names-probe")


def test_a_county_or_a_water_is_a_place() -> None:
    assert _tyrone("Our P5 project this term is all about County Clare and the Burren.") == []
    assert _tyrone("we drew the river shannon on our big map today") == []
    assert _tyrone("The walk went along the shore of Lough Erne.") == []
    assert _tyrone("Co. Kerry has the highest mountains in Ireland.") == []
    assert _tyrone("Saint Columba built a church at Derry long ago.") == []
    assert _tyrone("we are heading to clare for the p7 residential") == []
    # a pupil of the same name, with her class or looked at, is still the pupil
    assert _tyrone("Well done to Kerry in P3 for her map of the county.") == ["Kerry"]
    assert _tyrone("Look at Derry go on the climbing frame!") == ["Derry"]


def test_a_county_name_for_its_team_is_no_child() -> None:
    assert _tyrone("Derry v Donegal this Sunday, throw-in at 4pm!") == []
    assert _tyrone("Wear your Kerry jersey on Friday for the sports day.") == []
    assert _tyrone("The Clare and Kerry flags are up in the hall.") == []
    assert _tyrone("Quiz time: how many times has Kerry won the All-Ireland?") == []
    assert _tyrone("Kerry's jersey was left in the hall.") == ["Kerry"]


def test_a_religious_or_club_title_makes_an_adult() -> None:
    assert _tyrone("Fr Patrick will say Mass for the P4s on Thursday.") == []
    assert _tyrone("Years ago we had a Sister Grace who played the harp.") == []
    assert _tyrone("Club chairman Derry Quinn presented the cup.") == []
    assert _tyrone("The senior team lost narrowly to Naomh Colm.") == []
    assert _tyrone("Her big sister Shannon came to watch.") == ["Shannon"]


def test_houses_named_after_saints_are_houses() -> None:
    assert _tyrone("Our four houses, Patrick, Bridget, Kevin and Brendan, met for the quiz.") == []
    assert _tyrone("Brigid house won sports day, ahead of Patrick and Colmcille.") == []


def test_an_irish_phrase_or_a_word_given_out_is_no_child() -> None:
    assert _tyrone("The banner said Erin go Brách in green letters.") == []
    assert _tyrone("In the old songs, Erin is an old name for the island.") == []
    assert _tyrone("our word of the week in p6 is saoirse. can you use it in a sentence?") == []
    assert _tyrone("we looked up what our names mean. the answer for light was (aisling).") == []


def test_a_song_a_charity_a_toy_and_the_departed_are_no_children() -> None:
    assert _tyrone("The choir are singing Grace at the Easter concert.") == []
    assert _tyrone("We raised £300 in aid of Hope for Tyrone last week.") == []
    assert _tyrone("Look out for a blue rabbit. She's soft and she's called Shannon.") == []
    assert _tyrone("Prayers for the family of the late Patrick (Paddy) Devlin, a past pupil's grandad.") == []
    assert _tyrone("A wee lad in P4 called Patrick won the raffle.") == ["Patrick"]


def test_a_word_the_text_also_uses_as_a_word_stays_the_word() -> None:
    assert _tyrone("P1 learned to say a Grace before meals. Grace means thanks.") == []
    # Welsh "a" is "and": a pupil named in a list stays a pupil when named again
    assert names_found("ysgol-y-wawr", "Da iawn Mali a Grace! Grace oedd gyntaf.") == ["Mali", "Grace", "Grace"]


def test_staff_in_apposition_or_with_an_irish_surname_are_adults() -> None:
    assert _tyrone("A big thank you to Brendan our caretaker for gritting the paths.") == []
    assert _tyrone("Go raibh maith agaibh. Pádraig Ó Catháin, Principal") == []
    # a pupil with the teacher's first name and the cook's surname is still a pupil
    assert _tyrone("Well done to Eoin McGuigan and Siobhán Mac Cionnaith on their project.") == [
        "Eoin McGuigan", "Siobhán Mac Cionnaith"]


def test_a_tales_pair_and_a_costume_animal() -> None:
    assert _tyrone("We read the legend of Fionn and Oisín at story time.") == []
    assert _tyrone("Ruairí Mullan is a shepherd and Sky McAleer is an angel, with Erin as a lamb.") == [
        "Ruairí Mullan", "Sky McAleer", "Erin"]


def test_praise_after_the_is_a_title_for_the_child() -> None:
    assert _tyrone("after the spelling test we all agreed: 'colm the brave' 🛡️") == ["colm"]


def test_a_name_in_capitals_again_is_the_same_child() -> None:
    assert _tyrone("Well done Shannon and Grace on the relay! GRACE, what a finish!") == ["Shannon", "Grace", "GRACE"]


def test_a_baby_brother_with_a_rare_name_is_a_child() -> None:
    assert _tyrone("Ultan Campbell is now a big brother to wee Fintan, born on Sunday.") == [
        "Ultan Campbell", "Fintan"]
    assert _tyrone("Méabh told me her baby sister Ciannait has a lot to say.") == ["Méabh", "Ciannait"]


def test_an_irish_pet_form_or_spelling_finds_the_pupil() -> None:
    assert _tyrone("Bridie scored two points in the final 🏐") == ["Bridie"]
    assert _tyrone("What a save from Deccy in goal!") == ["Deccy"]
    # a fada dropped or added still finds the pupil
    assert _tyrone("Well done to Roisin Quinn and Síofra Quinn.") == ["Roisin Quinn", "Síofra Quinn"]
    assert _tyrone("Well done to Róisín Quinn and Siofra Quinn.") == ["Róisín Quinn", "Siofra Quinn"]


def test_a_name_lenited_in_irish_is_the_pupil() -> None:
    assert _tyrone("Ar fheabhas, a Chaoimhe! Lovely reading today.") == ["Chaoimhe"]
    assert _tyrone("Comhghairdeas do Phádraig agus a chlann.") == ["Phádraig"]
    assert _tyrone("Go raibh maith agat, a Sheáin, for tidying up.") == ["Sheáin"]
    # an English word or name with an h is no lenited name
    assert _tyrone("We baked a Thomas the Tank Engine cake for a Christmas party.") == []
