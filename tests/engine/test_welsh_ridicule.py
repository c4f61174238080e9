"""LAN401 in Welsh (thirteenth session): ridicule's grammar, Welsh insults with their plurals and
mutations, mild Welsh swearing, and the lower bar beside a cue for a post written in Welsh.
Every sentence here was written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from safepost.engine.rules import Field, FieldKind, _learned
from safepost.engine.rules import offensive_language as lan
from safepost.engine.rules.offensive_language import ASIDE, BELITTLES_GROUP, CORE, PROFANITY
from tests.engine._lan401 import fires_on_lexicon, flagged, signals

SWEEPING = lan.SUMS_UP




@pytest.mark.parametrize(
    "text",
    [
        # a third person's performance, its noun mutated after "ei"/"eu", and a damning adjective
        "Roedd ei berfformiad yn y ras yn druenus.",
        "Mae eu hymdrech yn y prawf sillafu mor wael.",
        "Eu canu nhw yn y gymanfa yn boenus i wrando arno.",
        # a class or the boys with the same verdict
        "Yr hogia yn y gêm ddoe mor druenus o'r dechrau i'r diwedd.",
        "Blwyddyn 3 mor araf ofnadwy yn y ras gyfnewid.",
        "Dim siâp o gwbl ar y tîm dan 10.",
        "Mae hi'n dal i fethu darllen y cloc.",
        "Roedd y plant eraill yn chwerthin am ei ben o.",
        "Am griw o fabis. Crio am bopeth.",
        "Y tîm pêl-rwyd. Am lanast.",
        "Roedd y dawnsio fel ceffyl wedi meddwi.",
        "Darllen Blwyddyn 4 fel tractor yn rhydu mewn cae.",
        "Dw i wedi gweld mwy o fywyd mewn pwll hwyaid.",
        "Mae'r ci acw'n canu'n well na nhw.",
        "Gofynnodd hogyn o'r dosbarth ai Ffrainc ydi prifddinas Sbaen. Blwyddyn 6.",
        "Nid yn union athrylithoedd, y criw yma.",
        "Dyna faint mae'r ysgol yn ei olygu i chi.",
    ],
)
def test_welsh_verdicts_on_people_open_the_model_but_are_not_offensive_alone(text: str) -> None:
    found = signals(text)
    assert BELITTLES_GROUP in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Roedd y sioe yn hir. Dim ond deud.",
        "Pedwar rhiant ddaeth i'r cyfarfod. Dyna'r cwbl.",
        "Bendith arni, mae hi'n trio.",
        "Mae'r garej yn addo trwsio'r bws erbyn dydd Llun. Pob lwc efo hynny.",
        "Wedi pasio'r prawf nofio ar y chweched cynnig!",
        "Pa mor anodd ydi hi i gau giât?",
        "Gwych, os dach chi'n licio sŵn seiren.",
        "Peidiwch â disgwyl gormod gan y côr eleni.",
        "Daeth tri i'r ffair. Tri.",
        "Roeddan nhw'n edrych fel tasan nhw'n cysgu.",
        "Be' maen nhw'n ddysgu yn yr ysgol yna?",
    ],
)
def test_welsh_sarcastic_tells_are_asides(text: str) -> None:
    found = signals(text)
    assert ASIDE in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r Saeson yn y tai haf wedi cyrraedd eto.",
        "Pobl ddŵad i gyd, wrth gwrs.",
        "Maen nhw i gyd yr un fath i lawr fanna.",
    ],
)
def test_a_people_summed_up_in_welsh_is_a_sweeping_remark_short_of_firing(text: str) -> None:
    found = signals(text)
    assert SWEEPING in found, text
    assert SWEEPING in lan.OPENS_MODEL and SWEEPING not in CORE
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Llongyfarchiadau mawr i'r côr, roedd eu canu'n hyfryd.",
        "Roedd ein perfformiad ni'r staff yn y cwis yn druenus, ond mi gawson ni hwyl 🙈",
        "Pob lwc i'r tîm ddydd Sadwrn!",
        "Daeth dros 200 o bobl i'r ffair. 200!",
        "Roedd y plant yn canu fel angylion.",
        "Diolch i'r rhieni am eu hymdrech gyda'r gwisgoedd.",
        "Mae'r tywydd yn ofnadwy o braf heddiw.",
    ],
)
def test_kind_welsh_posts_with_the_same_words_do_not_open_the_model(text: str) -> None:
    found = signals(text)
    assert not found.keys() & lan.OPENS_MODEL, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Am mai Cymraeg ydi iaith yr ysgol, y penbyliaid.",
        "Lembos. Y giât ar agor eto.",
        "Rhyw goc oen o ddyfarnwr heddiw.",
        "Y twpsod yn y car coch wedi parcio ar y llinellau melyn.",
        "Chwarae fel llo gan yr amddiffyn.",
    ],
)
def test_welsh_insults_fire_with_their_plurals_and_mutations(text: str) -> None:
    assert fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    ["Pa ddiawl adawodd y drws ar agor?", "Uffar o lanast ar ôl y parti.", "Y diawliaid bach wedi cuddio'r bêl."],
)
def test_mild_welsh_swearing_is_profanity(text: str) -> None:
    assert PROFANITY in signals(text), text


def test_tadpoles_at_the_pond_are_not_blockheads() -> None:
    assert not fires_on_lexicon("Penbyliaid! Mae'r pwll yn llawn grifft eto eleni.")
    assert fires_on_lexicon("Penbyliaid! Pwy adawodd y giât ar agor eto?")


def test_the_welsh_bar_beside_a_cue_is_between_the_english_one_and_none() -> None:
    assert 0.5 < _learned.OFFENSIVE_WITH_WELSH_CUE <= _learned.OFFENSIVE_WITH_CUE < _learned.OFFENSIVE_ALONE


def test_the_welsh_bar_is_asked_only_beside_a_cue_and_only_of_welsh_posts(monkeypatch: pytest.MonkeyPatch) -> None:
    field = Field("body", FieldKind.TEXT, "Roedd y cyngerdd yn hir.")

    class Window:
        probability = (_learned.OFFENSIVE_WITH_WELSH_CUE + _learned.OFFENSIVE_WITH_CUE) / 2
        start, end = 0, 5

    monkeypatch.setattr(_learned, "window", lambda *_: Window())
    asked: list[bool] = []

    def welsh() -> bool:
        asked.append(True)
        return True

    assert _learned.offensive(field, 0.3, welsh=welsh) is not None
    assert _learned.offensive(field, 0.3, welsh=lambda: False) is None
    asked.clear()
    assert _learned.offensive(field, 0.0, welsh=welsh) is None
    assert not asked




@pytest.mark.parametrize(
    "text",
    [
        # calves frolicking, tadpoles growing legs, an eisteddfod without rivalry, praise
        "Roedd y plant yn prancio fel lloi bach yn y cae!",
        "Mae Dosbarth Derw wedi bod yn gwylio'r penbyliaid yn tyfu coesau.",
        "Newyddion da: mae'r grifft wedi troi'n benbyliaid! Am lond llaw o benbyliaid!",
        "Dim cythraul canu yma - pawb yn cefnogi ei gilydd yn yr Eisteddfod.",
        "Roedd y cyngerdd yn uffar o dda! Da iawn pawb.",
        # friends from over the border welcomed with a laugh: a people named is no core cue
        "Croeso i'r plant o dros y ffin! Sut ar y ddaear mae hi'n fis Mehefin yn barod? 😂",
        "Croeso i'r plant o dros y ffin! Pob lwc efo hynny, y gêm gyntaf ar y pumed cynnig 😂",
        # quiet as a sleeping baby; the next clause's weather; children off ill
        "Roedd y neuadd yn dawel fel babi yn cysgu.",
        "Roedd y plant mor dawel fel llygod yn cysgu.",
        "Roedd eu perfformiad yn wych, er bod y tywydd yn ofnadwy.",
        "Mae nifer o blant yn wael gyda'r ffliw ar hyn o bryd. Cadwch nhw adref os gwelwch yn dda.",
        # questions, invitations, thanks, a mess made on purpose, a let-down, a winner named
        "Be dach chi'n neud dros yr hanner tymor? Rhannwch eich lluniau!",
        "Dewch i'r ffair Nadolig, os dach chi'n licio crefftau.",
        "Dim ond deud - diolch o galon i bawb am eich help gyda'r ffair.",
        "Paentio gyda'n traed heddiw. Am lanast! Diolch i'r rhieni am olchi'r dillad.",
        "Mae'r trip wedi'i ganslo oherwydd y tywydd. Am siom! Byddwn yn aildrefnu.",
        "Dal i fethu deud diolch digon wrth ein rhieni gwych!",
        "Enillydd y gystadleuaeth gelf: Siôn Jones. Blwyddyn 6.",
        # an English post with a Welsh word is judged at the English bar
        "Year 6 aced their spelling test, which is more than we can say for the staff! Diolch Ysgol Bryn.",
    ],
)
def test_kind_posts_from_the_review_are_not_flagged(text: str) -> None:
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Roedd y neuadd yn dawel fel babi yn cysgu.",
        "Roedd eu perfformiad yn wych, er bod y tywydd yn ofnadwy.",
        "Mae nifer o blant yn wael gyda'r ffliw ar hyn o bryd.",
        "Be dach chi'n neud dros yr hanner tymor?",
        "Dewch i'r ffair Nadolig, os dach chi'n licio crefftau.",
        "Dim ond deud - diolch o galon i bawb.",
        "Paentio gyda'n traed heddiw. Am lanast!",
        "Dal i fethu deud diolch digon wrth ein rhieni gwych!",
        "Newyddion da: mae'r grifft wedi troi'n benbyliaid! Am lond llaw o benbyliaid!",
    ],
)
def test_kind_welsh_posts_from_the_review_do_not_open_the_model(text: str) -> None:
    found = signals(text)
    assert not found.keys() & lan.OPENS_MODEL, (text, found)


def test_a_welsh_people_summed_up_with_a_laugh_and_an_aside_cannot_fire_alone() -> None:
    text = "Croeso i'r plant o dros y ffin! Sut ar y ddaear mae hi'n fis Mehefin yn barod? 😂"
    assert not fires_on_lexicon(text)


def test_pond_words_are_whole_words_and_the_swimming_pool_is_no_pond() -> None:
    assert fires_on_lexicon("Penbyliaid. Please respond by Friday.")
    assert fires_on_lexicon("Penbyliaid! Pawb wedi anghofio'u gwisg nofio i'r pwll nofio eto.")
    assert not fires_on_lexicon("Mae'r penbyliaid yn tyfu coesau.")


def test_welsh_mockery_still_fires_or_opens() -> None:
    assert fires_on_lexicon("Chwarae fel llo gan yr amddiffyn.")
    assert fires_on_lexicon("Sefyll fel lloi yn y gôl drwy'r gêm.")
    assert PROFANITY in signals("Uffar o lanast ar ôl y parti.")
    assert BELITTLES_GROUP in signals("Y tîm pêl-rwyd. Am lanast.")
    assert BELITTLES_GROUP in signals("Roedd ei gôl-geidwad yn druenus.")


@pytest.mark.parametrize(
    ("text", "welsh"),
    [
        # an English sentence opened by an English cue: a Welsh word elsewhere does not count
        ("Year 6 aced their spelling test, which is more than we can say for the staff! Diolch Ysgol Bryn.", False),
        ("Year 6 aced their spelling test, which is more than we can say for the staff!", False),
        # a cue in a Welsh sentence, or a Welsh cue in an English one
        ("Roedd ei berfformiad yn y ras yn druenus.", True),
        ("Our English incomers have found the school gate. Croeso i Gymru.", True),
    ],
)
def test_the_welsh_bar_needs_a_welsh_cue_or_a_welsh_sentence(text: str, welsh: bool) -> None:
    field = Field("body", FieldKind.TEXT, text)
    signals = lan.assess(field)
    assert signals, text
    assert lan._welsh_opened(field, signals) is welsh, text
