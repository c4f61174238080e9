"""Names used for places, storms, foods, breeds, plants, namesakes, visitors and clans, read from
general grammar (``safepost/engine/names/things.py``) on the development probe Strathbrae
(``evaluation/dev/names-probe``): each test pairs the thing with a child in a sentence of the
same shape, which must still be found."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "names-probe")


def test_it_reads_a_name_after_a_storm_or_place_head_as_that_storm_or_place() -> None:
    assert _names("Storm Bella has closed the ferry, so the trip is off.") == []
    assert _names("Our P6s walked the path round the Isle of Harris in the video.") == []
    assert _names("Lake Louise looks frozen in the photos from our pen pals.") == []
    assert _names("Storm and Bella helped plant the new hedge.") == ["Storm", "Bella"]
    assert _names("Well done to Harris for his speech!") == ["Harris"]


def test_it_reads_a_head_noun_name_before_a_place_name_as_the_place() -> None:
    assert _names("Glen Lyon is where we are walking on Friday.") == []
    assert _names("Glen Fairlie won the chess tournament.") == ["Glen Fairlie"]
    assert _names("Glen and Louise won the chess tournament.") == ["Glen", "Louise"]


def test_it_reads_a_name_described_as_a_place_river_or_clan_as_that_kind() -> None:
    assert _names("Morven, the hill behind the school, was white this morning.") == []
    assert _names("Clyde and Forth are two rivers we mapped in geography.") == []
    assert _names("Fraser and Grant – two Scottish clans with their own tartans.") == []
    assert _names("Morven, our P1 buddy, showed the visitors round.") == ["Morven"]
    assert _names("Clyde and Forth are two of our best readers!") == ["Clyde", "Forth"]


def test_it_reads_a_predicate_no_child_has_as_a_plant_the_weather_or_a_place() -> None:
    assert _names("Rose is blooming by the front door.") == []
    assert _names("Sunny spells are forecast for the fun run.") == []
    assert _names("Harris and Lewis are famous for their beaches.") == []
    assert _names("Rose is blowing out the candles on her cake.") == ["Rose"]
    assert _names("Lewis is famous in P5 for his card tricks.") == ["Lewis"]


def test_it_reads_a_name_from_an_organisation_as_a_visiting_adult() -> None:
    assert _names("Hamish from the lifeboat crew brought the RNLI boat to school.") == []
    assert _names("Rhona from our local library ran a storytelling session.") == []
    assert _names("Hamish from P6 brought his lifeboat model to school.") == ["Hamish"]
    assert _names("Rhona from Earn class ran the storytelling session.") == ["Rhona"]


def test_it_reads_names_opening_a_sentence_before_a_noun_as_describing_it() -> None:
    assert _names("Victoria sponge at the coffee morning, thank you bakers!") == []
    assert _names("Angus beef on the menu for the Burns lunch.") == []
    assert _names("Jay and Finch bird feeders are up by the gate.") == []
    assert _names("Victoria won the egg and spoon race.") == ["Victoria"]
    assert _names("Angus always helps at the Burns lunch.") == ["Angus"]
    assert _names("Jay and Finch made bird feeders for the gate.") == ["Jay", "Finch"]
    assert _names("Angus wore his kilt for the Burns lunch.") == ["Angus"]


def test_it_reads_a_lower_case_name_before_a_noun_as_a_word_in_a_capitalised_post() -> None:
    assert _names("We read some aisling poems from Ireland in class.") == []
    assert _names("Well done aisling for your poem!") == ["aisling"]


def test_it_reads_a_name_after_another_first_name_as_someone_elses_surname() -> None:
    assert _names("Did you see Hugh Grant in the Christmas film?") == []
    assert _names("Watching Colin Fraser's cooking show tonight.") == []
    assert _names("Grant Mackay won the art prize.") == ["Grant Mackay"]
    assert _names("Well done to Grant and Fraser!") == ["Grant", "Fraser"]


def test_it_reads_names_given_as_names_and_welsh_place_heads_as_no_children() -> None:
    welsh = partial(names_found, "ysgol-y-wawr")
    assert welsh("Aur ac Efa yw enwau'r ddwy gath fach newydd.") == []
    assert welsh("Aeth Blwyddyn 6 ar daith i Ynys Enlli ddoe.") == []
    assert welsh("Aur ac Efa enillodd y ras.") == ["Aur", "Efa"]
    assert _names("Jay and Finch are the names of our two new guinea pigs.") == []


def test_it_keeps_a_child_before_a_caption_noun_or_a_place_in_the_photo() -> None:
    assert _names("Angus star of the week for his kindness!") == ["Angus"]
    assert _names("Victoria front left, Morgan behind her.") == ["Victoria", "Morgan"]
    assert _names("Angus home from hospital and back in class on Monday.") == ["Angus"]


def test_it_reads_a_verb_no_child_does_as_a_plant_or_a_river() -> None:
    assert _names("Lily flowered early this year in the pond.") == []
    assert _names("Clyde flooded the riverside path after the rain.") == []
    assert _names("Lily bloomed on stage in her first solo.") == ["Lily"]


def test_it_reads_a_plural_noun_subject_and_a_noun_in_ly_after_a_name() -> None:
    assert _names("Morgan ponies are gentle with the little ones.") == []
    assert _names("Victoria jelly and ice cream at the party.") == []
    assert _names("Morgan helps at the riding school on Saturdays.") == ["Morgan"]
    assert _names("Angus happily helped at the Burns lunch.") == ["Angus"]
    assert _names("Lily, a water plant, grows on the pond.") == []
    assert _names("Hamish from the dental practice came in to talk about teeth.") == []


def test_it_reads_the_welsh_visitor_kind_and_place_head_too() -> None:
    welsh = partial(names_found, "ysgol-y-wawr")
    assert welsh("Daeth Gwion o'r heddlu i siarad â Blwyddyn 5.") == []
    assert welsh("Llongyfarchiadau i Gwion o Ddosbarth Derwen!") == ["Gwion"]
    assert welsh("Teifi, yr afon hiraf yng Nghymru, oedd ein thema.") == []
    assert welsh("Teifi, y disgybl cyntaf i orffen, enillodd y ras.") == ["Teifi"]
    assert welsh("Traeth Mererid oedd ein taith ddoe.") == []
