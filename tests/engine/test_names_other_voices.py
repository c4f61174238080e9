"""Families of pupil-name mistakes found on two schools written by other voices (Ysgol
Bryncelyn, Lagan Vale), tested in new sentences on the development schools Ysgol y Wawr
(Welsh), Kilcraig (Scotland) and Larkfield (England): each test is one family."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_welsh = partial(names_found, "ysgol-y-wawr")
_scottish = partial(names_found, "kilcraig")
_english = partial(names_found, "larkfield")


def test_a_welsh_family_word_before_a_name_is_the_childs_relative() -> None:
    # Welsh puts the owner after the thing owned: "mam Osian" is Osian's mum
    assert _welsh("Mae mam Osian yn gwerthu cacennau yn y ffair.") == ["Osian"]
    assert _welsh("Diolch i deulu Cadi am y blodau hyfryd.") == ["Cadi"]
    assert _welsh("Mam Tomos ydi'r un sy'n trefnu'r bws.") == ["Tomos"]
    # a grandparent addressed by title inside a sentence, and English "mum Kayleigh", stay adults
    assert _welsh("Diolch i Nain Mair am y bara brith.") == []
    assert _english("Thanks to mum Kayleigh for the cakes.") == []


def test_a_welsh_mutation_carries_along_a_list() -> None:
    assert _welsh("Llongyfarchiadau i Domos, Gadi a Wenno am ennill y ras.") == ["Domos", "Gadi", "Wenno"]
    assert _welsh("Da iawn cadi a thomos am ddarllen yn uchel.") == ["cadi", "thomos"]  # Welsh "a" ("and")
    assert _welsh("Ffion a Wenno yn y cyngerdd") == ["Ffion"]  # no mutating word before the list


def test_a_figure_of_a_tale_is_no_child() -> None:
    assert _welsh("Buom yn dysgu chwedl Branwen a'i brawd.") == []
    assert _welsh("Perfformiodd y plant stori Branwen ferch Llŷr.") == []
    assert _welsh("Dysgodd Blwyddyn 2 hanes Dwynwen a Maelon heddiw.") == []
    assert _welsh("Roedd Taliesin yn fardd enwog yn y chweched ganrif.") == []
    assert _scottish("P5 heard the legend of Fionn mac Cumhaill today.") == []
    # a pupil of the same name, with a cue, is still the pupil
    assert _welsh("Llongyfarchiadau i Dwynwen am ei stori!") == ["Dwynwen"]


def test_counted_characters_are_costumes_not_children() -> None:
    assert _welsh("Roedd gennym ddau Jac a thri Osian ar Ddiwrnod y Llyfr!") == []


def test_a_name_glossed_as_a_word_is_no_child() -> None:
    assert _welsh("This week we learnt what Welsh names mean: Eira is snow and Haf is summer.") == []
    assert _scottish("Our Gaelic word of the week is saoirse, which means freedom.") == []
    assert _welsh("Seren yw ein gwerth y mis.") == []


def test_a_welsh_pet_is_no_child() -> None:
    assert _welsh("Mae Eira, cwningen y dosbarth, yn mynd adref dros yr haf.") == []
    assert _welsh("Enw'r bochdew newydd: Cadi!") == []


def test_an_adult_titled_elsewhere_in_the_text_stays_that_adult() -> None:
    assert _welsh("Daeth Dr Gethin Llwyd i siarad am ei waith. Diolch Gethin!") == []
    assert _welsh("Diolch Gethin!") == ["Gethin"]


def test_an_authors_initials_make_an_author() -> None:
    assert _scottish("C.S. Lewis was born in Belfast.") == []
    assert _scottish("Well done Lewis for your story!") == ["Lewis"]


def test_a_sentence_typed_in_lower_case_reads_names_as_in_lower_case_text() -> None:
    assert _english("hope brought in her medals for Remembrance Day.") == ["hope"]
    assert _english("hope you all have a lovely half term. Well done Hope!") == ["Hope"]
    assert _english("shoutout to grace and hope for running the stall!") == ["grace", "hope"]


def test_a_name_that_plays_a_persons_part_is_a_person() -> None:
    assert _scottish("Holly and Ivy were our class reporters for the newsletter.") == ["Holly", "Ivy"]
    assert _english("River has been our Helper of the Day all week.") == ["River"]
    assert _scottish("Holly and Ivy are plants that grow in winter.") == []


def test_an_adult_to_contact_is_no_child() -> None:
    assert _welsh("Benthyciad sydyn! Cysylltwch â Dafydd ar WhatsApp.") == []
    assert _welsh("Ffoniwch dad Osian ar ôl ysgol.") == ["Osian"]
