"""Welsh word-names in the grammar of Welsh (twelfth session, branch s12-welshnames), on the
development school Pant-y-Wern (``evaluation/dev/pant-y-wern-welsh-probe``): a legend's pair, a
name in apposition with a place or a business, and, in both languages, the near misses."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "pant-y-wern-welsh-probe")


def test_either_figure_of_a_legend_pair_is_no_child() -> None:
    # "chwedl" (legend) opens a tale; the second of the pair is a figure too
    assert _names("Blwyddyn 3 yn darllen chwedl Pwyll a Rhiannon heddiw.") == []
    assert _names("Dysgon ni chwedlau Branwen a Rhiannon o'r Mabinogi.") == []
    # a child's own story is hers: "stori Awel" with no pair after it
    assert _names("Mae stori Awel am y ddraig yn y cylchgrawn.") == ["Awel"]
    # English near miss: "the legend of" already names a figure, a child thanked is a child
    assert _names("We read the legend of Rhiannon today.") == []
    assert _names("Thank you Rhiannon and Mabon for reading to the class.") == ["Rhiannon", "Mabon"]


def test_a_name_in_apposition_with_a_welsh_place_or_business_is_no_child() -> None:
    assert _names("Mae Enfys, y siop elusen yn y dref, yn casglu gwisgoedd ysgol.") == []
    assert _names("Diolch i Seren, y caffi ar y sgwâr, am y cacennau.") == []
    assert _names("Mae Celyn, y fferm ar ben y bryn, yn croesawu ymwelwyr.") == []
    # a feminine noun mutates after "y": "tafarn" is written "dafarn"
    assert _names("Diolch i Llew, y dafarn ar y gornel, am y raffl.") == []
    # a child in apposition with a person stays a child
    assert _names("Llongyfarchiadau i Enfys, ein capten newydd, ar ei gwobr.") == ["Enfys"]
    # English near miss
    assert _names("Well done Enfys, our new captain!") == ["Enfys"]


def test_a_lower_case_name_doing_a_persons_verb_in_welsh_order_is_a_child() -> None:
    # a teacher who writes in lower case: the verb comes first, the person's verb-noun after "yn"
    assert _names("bore ma buodd eira a gwen yn darllen i'r plant bach") == ["eira", "gwen"]
    assert _names("heddiw buodd cai yn dangos ei lun i'r dosbarth") == ["cai"]
    # a person's past tense in -odd before the name: "asked", "sang"
    assert _names("gofynnodd seren pam mae'r lleuad yn newid siâp") == ["seren"]
    assert _names("canodd alaw unawd yn y gwasanaeth") == ["alaw"]
    # the weather does other things: falling, melting, a season beginning
    assert _names("roedd eira yn disgyn drwy'r bore") == []
    assert _names("disgynnodd eira dros nos ac roedd y cae yn wyn") == []
    assert _names("dechreuodd haf yn gynnar eleni") == []
    # English near misses in lower case
    assert _names("snow was falling all morning so we stayed in") == []


def test_a_business_or_place_word_opening_a_sentence_before_a_name_in_the_is_no_child() -> None:
    # "Caffi Seren yn y pentref": the café "in the village", not Seren
    assert _names("Caffi Seren yn y pentref yn rhoi gwobrau i'r enillwyr.") == []
    assert _names("Siop Celyn yn y dref yn noddi'r ras.") == []
    # a verb first keeps its subject: "Bu Awel yn y gystadleuaeth", "Dyma Haf yn y llun"
    assert _names("Bu Awel yn y gystadleuaeth siarad cyhoeddus ddoe.") == ["Awel"]
    assert _names("Dyma Haf yn y llun gyda'i thystysgrif.") == ["Haf"]
    # a name opening a sentence and acting stays a child
    assert _names("Llongyfarchiadau Seren yn y ras!") == ["Seren"]


def test_a_word_name_listed_the_welsh_way_with_capitalised_welsh_words_is_a_word() -> None:
    # "a"/"ac" is Welsh "and": a list of themes or places, not of children
    assert _names("Thema'r tymor: Eira, Iâ a Rhew. Bydd y plant yn dysgu am y gaeaf.") == []
    assert _names("Afon, Môr a Mynydd: prosiect daearyddiaeth Blwyddyn 5.") == []
    # two things joined by "a", the second mutated after it ("cân" is written "Chân")
    assert _names("Cyngerdd Alaw a Chân: nos Iau yn y neuadd.") == []
    # a child listed with another child, or with her family, stays a child
    assert _names("Diolch i Alaw a Chai am helpu yn y ffair.") == ["Alaw", "Chai"]
    assert _names("Diolch i Haf a Nain am y cacennau.") == ["Haf"]
    assert _names("Mae Eira, Awel a Gwawr yn y côr eleni.") == ["Eira", "Awel", "Gwawr"]
    # English near misses: "and" lists keep working both ways
    assert _names("Our science topic this term: Eira, Ice and Frost.") == []
    assert _names("Well done Eira and Awel for your poems!") == ["Eira", "Awel"]


def test_a_word_name_glued_into_a_welsh_hashtag_phrase_or_a_year_is_a_word() -> None:
    # the describing noun comes after in Welsh: "snow day", "summer festival"
    assert _names("#DiwrnodEira – lluniau'r dosbarth ar y wefan.") == []
    assert _names("Lluniau #GwylHaf ar y wefan.") == []
    # a season glued to a year, in both languages
    assert _names("#Haf2026 – diolch am flwyddyn wych!") == []
    # Welsh "the" after the name: "Seren yr Wythnos"
    assert _names("#SerenYrWythnos: dewch i weld y dystysgrif!") == []
    # a cue glued before the name keeps the child, in Welsh and English
    assert _names("#LlongyfarchiadauSeren") == ["#LlongyfarchiadauSeren"]
    assert _names("#DaIawnAlaw am dy waith!") == ["#DaIawnAlaw"]
    assert _names("#WellDoneEira") == ["#WellDoneEira"]


def test_a_word_name_identified_with_a_persons_part_in_welsh_is_a_child() -> None:
    # name, link, "the"/"our", the part: the Welsh identifying sentence
    assert _names("Cystadleuaeth sillafu: GWEN yw'r enillydd eleni.") == ["GWEN"]
    assert _names("EIRA A SEREN oedd ein cynrychiolwyr yn y cyngor.") == ["EIRA", "SEREN"]
    # a season or a thing after the link gives no part
    assert _names("GAEAF YW'R TYMOR: EIRA OEDD Y THEMA.") == []
    # English near miss: a part after "is our"
    assert _names("EIRA is our new class reporter!") == ["EIRA"]


def test_a_mutated_or_irregular_persons_past_before_the_name_makes_a_child() -> None:
    # "fe", "mi" and "a" mutate the verb ("canodd" -> "ganodd", "chanodd"): unmutated, it is a
    # person's; irregular stems ("enillodd": ennill, "dywedodd": dweud) too
    assert _names("fe ganodd eira unawd yn y cyngerdd") == ["eira"]
    assert _names("mi ganodd eira yn hyfryd heddiw") == ["eira"]
    assert _names("ddoe a chanodd eira gyda ni") == ["eira"]
    assert _names("a thynnodd eira lun o'r castell") == ["eira"]
    assert _names("ddawnsiodd haf yn y sioe") == ["haf"]
    assert _names("enillodd eira y ras") == ["eira"]
    assert _names("dywedodd haf stori") == ["haf"]
    assert _names("gwrandawodd eira ar y stori") == ["eira"]
    # near miss: the weather's past, mutated or not, is still the weather
    assert _names("fe ddisgynnodd eira neithiwr") == []


def test_welsh_praise_glued_before_a_name_in_a_hashtag_keeps_the_child() -> None:
    # "brilliant Eira": praise is said of the child, not the first half of a Welsh phrase
    assert _names("#GwychEira am dy waith!") == ["#GwychEira"]
    assert _names("#ArbennigHaf heddiw.") == ["#ArbennigHaf"]
    assert _names("#AnhygoelAlaw yn y ras!") == ["#AnhygoelAlaw"]
    # near miss: a Welsh noun before the name still makes a phrase ("snow day")
    assert _names("#DiwrnodEira – lluniau'r dosbarth ar y wefan.") == []
