"""Questions about a group (triage.questions) and Welsh denials (lexicon.NEGATED_CLAIM_CY): fourteenth session.

Hate put as a question is hate; a practical question that names a group is a question the model must be
surer of before it calls hate; a denied claim about a group is no evidence of hate, in English and Welsh,
with the Welsh group words mutated as they are after "i", "o", "yn" and "a".
"""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage.categories import Category
from safepost.engine.triage.classifier import (
    ASKED_HARM_VETO,
    HATE_WHEN_ASKING,
    Classification,
    GrammarContext,
    classify,
    combine,
    compiled,
)
from safepost.engine.triage.lexicon import NEGATED_CLAIM_CY
from safepost.engine.triage.normalise import prepare
from safepost.engine.triage.questions import (
    GROUP_CY_MUTATED,
    asked_generalisation,
    mutations,
    practical_question,
)


def test_it_mutates_a_welsh_word_as_welsh_does() -> None:
    assert mutations("pobl") == ("bobl", "mhobl", "phobl")
    assert mutations("teithwyr") == ("deithwyr", "nheithwyr", "theithwyr")
    assert mutations("mwslemiaid") == ("fwslemiaid",)
    assert mutations("rhieni") == ("rieni",)
    assert mutations("iddewon") == ()  # a vowel does not mutate


@pytest.mark.parametrize("text", ["o Fwslemiaid", "i bobl hoyw", "ym Mhwyliaid", "a phlant anabl", "i rieni Iddewig"])
def test_it_knows_a_mutated_welsh_group_word(text: str) -> None:
    assert re.search(rf"\b{GROUP_CY_MUTATED}\b", prepare(text)) is not None


def test_the_classifier_counts_a_mutated_welsh_group_word_as_a_group_mention() -> None:
    assert compiled().group.search(prepare("Does dim lle i Deithwyr yn ein hysgol ni")) is not None


@pytest.mark.parametrize("text", ["i bobl eraill", "o blant y pentref", "bwyd i bawb"])
def test_it_does_not_take_a_mutated_everyday_word_for_a_group(text: str) -> None:
    assert re.search(rf"\b{GROUP_CY_MUTATED}\b", prepare(text)) is None


@pytest.mark.parametrize("text", [
    "is it just me or do the Sikh families never bring anything to the bake sale?",
    "Has anyone else noticed how the Romanian parents take every space in the car park?",
    "How come the Nigerian kids are always the ones in detention?",
    "Why are gay couples so desperate to push it on everyone?",
    "Oes rhywun arall wedi sylwi bod y Pwyliaid wastad yn hwyr?",
    "Pam fod Teithwyr byth yn talu am y gwisg ysgol?",
    "Ai fi yw'r unig un sy'n meddwl bod pobl draws yn beryglus?",
    "Oes rhywun arall wedi sylwi bod gormod o Fwslemiaid yn y dosbarth?",
    "Pam mae Sipsiwn mor swnllyd ar y cae?",
    "Why is it always the Albanian lads who end up in the head's office?",  # the generaliser before the group
    "Ydy pawb arall wedi sylwi bod y Rwmaniaid yn gadael sbwriel ym mhobman?",
])
def test_a_stereotype_put_as_a_question_is_found(text: str) -> None:
    assert asked_generalisation(prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "Why do the buses always come late on a Friday?",  # no group
    "Why do Muslims fast during Ramadan? My son asked",  # curiosity: no generalisation
    "Why do the autistic kids always get left out of the trips?",  # the group defended
    "Is it just me or are the Polish families always the first to help out?",  # praised
    'Someone asked "why do the Jewish families always ..." and that is vile',  # quoted to condemn it
    "Has anyone else noticed the Eid lights in the hall?",  # a festival, not people
])
def test_a_question_that_is_no_stereotype_is_not_found(text: str) -> None:
    assert asked_generalisation(prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Is there a kosher choice at the leavers' lunch?",
    "My daughter is deaf, will the play have a signer this year?",
    "Will the letters about the trip come home in Romanian too? Thanks",
    "Is there help with the forms for Traveller families? My reading isn't great",
    "A oes lle i blant Mwslimaidd weddïo amser cinio?",
    "Fydd y llythyr yn Bwyleg hefyd? Diolch",
])
def test_a_practical_question_is_practical(text: str) -> None:
    assert practical_question(prepare(text))


@pytest.mark.parametrize("text", [
    "Are the Roma families coming to the fair? Better lock the raffle prizes away then",  # the jibe after it
    "Is it true the Muslim pupils get let off swimming?",  # a rumour
    "What's next, a prayer room for the Polish dads?",  # rhetorical
    "Why do the Gypsy families never pay for trips?",  # a stereotype
    "Do the refugee kids get everything free while we pay?",  # a hostile claim
    "The new teacher is gay, is that allowed",  # no question mark
])
def test_a_loaded_question_is_not_practical(text: str) -> None:
    assert not practical_question(prepare(text))


def _lexical(category: Category, score: float) -> Classification:
    scores = dict.fromkeys(Category, 0.0)
    scores[category] = score
    return Classification(category, 0.6, ("x",), scores)


def _probabilities(**given: float) -> dict[Category, float]:
    rest = (1.0 - sum(given.values())) / (len(Category) - len(given))
    return {c: given.get(c.value, rest) for c in Category}


def test_a_practical_question_needs_a_surer_model_to_be_hate() -> None:
    unsure = _probabilities(hate=0.6, question=0.3)
    lexical = _lexical(Category.QUESTION, 2.0)
    assert combine(lexical, unsure).category is Category.HATE
    assert combine(lexical, unsure, GrammarContext(practical_question_about_group=True)).category is Category.QUESTION
    sure = _probabilities(hate=HATE_WHEN_ASKING + 0.05, question=0.1)
    assert combine(lexical, sure, GrammarContext(practical_question_about_group=True)).category is Category.HATE


def test_an_asked_stereotype_is_not_vetoed_by_the_harm_total() -> None:
    harmless = _probabilities(hate=0.04, question=0.9)  # harm total under HARM_VETO, p(hate) over CATEGORY_VETO
    lexical = _lexical(Category.HATE, 2.0)
    assert combine(lexical, harmless).category is not Category.HATE
    assert combine(lexical, harmless, GrammarContext(stereotype_as_question=True)).category is Category.HATE


@pytest.mark.parametrize("text", [
    "is it just me or do the Hindu families never pay for the coach?",
    "Oes rhywun arall wedi sylwi bod Mwslemiaid wastad yn cael eu ffordd eu hunain?",
])
def test_it_triages_a_stereotype_put_as_a_question_as_hate(text: str) -> None:
    result = classify(text, "parent")
    assert result.category is Category.HATE
    assert any("“" in str(e) for e in result.evidence)  # the asked words quoted as evidence


@pytest.mark.parametrize("text", [
    "Is there a halal choice at the summer barbecue?",
    "Oes dewis kosher ar y trip i'r sw?",
    "Will the trip letter be in Polish as well?",
])
def test_it_triages_a_practical_question_that_names_a_group_as_a_question(text: str) -> None:
    assert classify(text, "parent").category is Category.QUESTION


@pytest.mark.parametrize("text", [
    "Nid yw Iddewon yn rheoli'r cyfryngau",
    "Dydy Mwslemiaid ddim yn beryglus",
    "Nid bygythiad yw ffoaduriaid",
    "Sa i'n credu bod pobl hoyw yn broblem",
    "Nid yw'n wir fod Sipsiwn yn dwyn",
    "Celwydd yw dweud bod Mwslemiaid yn beryglus",
])
def test_a_welsh_denial_of_a_claim_about_a_group_is_read(text: str) -> None:
    assert re.search(NEGATED_CLAIM_CY, prepare(text)) is not None
    assert not classify(text, "parent").category.harmful


@pytest.mark.parametrize("text", [
    "Dw i'n credu bod Mwslemiaid yn beryglus",  # a belief asserted, not denied
    "Mae Iddewon yn rheoli'r cyfryngau",
])
def test_a_welsh_claim_that_is_not_denied_is_not_read_as_a_denial(text: str) -> None:
    assert re.search(NEGATED_CLAIM_CY, prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Nid yw'n wir. Mae'r Mwslemiaid yn beryglus ac yn fygythiad",  # the denial ends before the group
    "Sa i'n credu bod lle i'r teithwyr yn y ffair, lladron ydyn nhw i gyd",  # the group is no subject of the denial
    "Dw i ddim yn cytuno. Mae pobl hoyw yn afiach",
    "Sa i'n credu bod y bws yn dod, mae'r Mwslemiaid yn beryglus",
])
def test_a_welsh_denial_without_a_group_in_its_scope_denies_nothing_about_a_group(text: str) -> None:
    assert re.search(NEGATED_CLAIM_CY, prepare(text)) is None


def test_a_welsh_claim_after_a_bare_denial_is_hate() -> None:
    assert classify("Nid yw'n wir. Mae'r Mwslemiaid yn beryglus ac yn fygythiad", "parent").category is Category.HATE


@pytest.mark.parametrize("text", [
    "Jewish people do not control the media",  # a people noun between the group and its denied claim
    "Gay people don't recruit kids",
    "Dydy teuluoedd Mwslimaidd ddim yn cymryd drosodd",
])
def test_a_denied_trope_is_not_flagged(text: str) -> None:
    assert not classify(text, "parent", thorough=True).category.harmful


@pytest.mark.parametrize("text", ["Gay people are recruiting kids", "Mae Mwslemiaid yn cymryd drosodd"])
def test_the_same_trope_asserted_is_hate(text: str) -> None:
    assert classify(text, "parent").category is Category.HATE


def test_a_denied_trope_about_gay_people_is_no_safeguarding_concern() -> None:
    assert classify("Gay people are not perverts", "parent").category not in {Category.SAFEGUARDING, Category.HATE}


@pytest.mark.parametrize("tail", [
    " " + ".!" * 10_000 + " hun",  # the run that once backtracked exponentially (each ".!" pair quadrupled the time)
    " " + ".!, " * 5_000 + " hun",
    " thanks" * 3_000 + " lol",
    " x" * 10_000 + "y",
    " diolch yn fawr iawn" * 1_000 + " hun",
])
def test_the_tail_after_a_question_cannot_run_away(tail: str) -> None:
    import time

    text = "Are trans kids allowed in the girls' toilets?" + tail
    started = time.process_time()  # CPU time: a guard against runaway regexes, deaf to machine load
    practical_question(prepare(text))
    classify(text, "parent")
    assert time.process_time() - started < 5


@pytest.mark.parametrize("text", [
    "why do " + "the muslims " * 1_700 + "hun",
    "is it just me or " * 1_200 + "the polish",
    "has anyone noticed that the " * 700,
    "pam fod " + "y mwslemiaid " * 1_500 + "x",
    "dw i ddim yn meddwl " * 1_000 + "bod",
    "since when do we let the " + "muslims " * 2_500,
])
def test_the_question_patterns_stay_fast_on_a_long_adversarial_comment(text: str) -> None:
    import time

    started = time.process_time()
    asked_generalisation(prepare(text))
    practical_question(prepare(text))
    classify(text, "parent")
    assert time.process_time() - started < 10


def test_thanks_and_kisses_after_a_practical_question_still_leave_it_practical() -> None:
    for tail in (" thanks x", " Thank you in advance.", " diolch yn fawr iawn 😊", "!!", " cheers xx"):
        assert practical_question(prepare("Is there a halal option at the fair?" + tail))
    assert not practical_question(prepare("Is there a halal option at the fair? thanksx"))


@pytest.mark.parametrize("text", [
    "Anyone else noticed the Muslim mums always bring the best food to the international evening? 😋",
    "How come the Ukrainian families never got an invite to the coffee morning? They'd love to come",
    "Why do the Welsh kids always win the Eisteddfod? Da iawn bawb!",
    "Is it just me or do the Somali girls always make the best costumes for World Book Day?",
    "Pam fod plant Pwylaidd wastad yn ennill y gystadleuaeth sillafu?",
])
def test_praise_or_a_missed_welcome_after_a_frame_is_no_asked_stereotype(text: str) -> None:
    assert asked_generalisation(prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Anyone else noticed the Muslim mums always bring the best food to the international evening? 😋",
    "How come the Ukrainian families never got an invite to the coffee morning? They'd love to come",
])
def test_praise_or_a_missed_welcome_put_as_a_question_is_not_hate(text: str) -> None:
    assert classify(text, "parent").category is not Category.HATE


@pytest.mark.parametrize("text", [
    "anyone else noticed how the Travellers always grab the best spots and never wait their turn?",  # what they take
    "Why do the Romanian families always get the best houses?",
])
def test_the_best_a_group_takes_is_still_an_asked_stereotype(text: str) -> None:
    assert asked_generalisation(prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "What is it about Pakistani dads that makes them park like idiots?",
    "What's it about the Polish lads that they can't queue?",
])
def test_what_is_it_about_a_group_is_rhetorical_not_practical(text: str) -> None:
    assert not practical_question(prepare(text))


def test_what_is_it_about_a_group_that_insults_it_is_hate() -> None:
    assert classify("What is it about Pakistani dads that makes them park like idiots?", "parent").category is Category.HATE


def test_an_asked_stereotype_is_vetoed_when_the_model_is_clearly_against_it() -> None:
    lexical = _lexical(Category.HATE, 2.0)
    against = _probabilities(hate=0.005, abuse=0.005, threat=0.005, safeguarding=0.005, spam=0.005, question=0.9)
    assert sum(against[c] for c in (Category.HATE, Category.ABUSE, Category.THREAT, Category.SAFEGUARDING)) < ASKED_HARM_VETO
    assert combine(lexical, against, GrammarContext(stereotype_as_question=True)).category is not Category.HATE


def test_a_stereotype_put_as_a_question_is_cited_once() -> None:
    result = classify("Is it only me who thinks the foreigners are taking over", "parent")
    assert result.category is Category.HATE
    assert len(result.evidence) == len(set(result.evidence))
    assert sum("only me who thinks" in item for item in result.evidence) == 1


@pytest.mark.parametrize("text", [
    "Sa i'n credu bod lle i'r teithwyr yn y ffair, lladron ydyn nhw i gyd",
    "Dw i ddim yn erbyn Pwyliaid ond maen nhw i gyd yn ddiog",
    "Mae'r Rwmaniaid wedi symud i'r stryd, maen nhw'n fudr",
])
def test_a_welsh_trait_said_of_them_after_the_group_is_named_is_a_generalisation(text: str) -> None:
    assert classify(text, "parent").scores[Category.HATE] >= 2.0  # the lexicons' (the model may still overrule them)


@pytest.mark.parametrize("text", [
    "Mae teuluoedd Mwslimaidd yn y dosbarth, maen nhw'n hyfryd",
    "Dydy Pwyliaid ddim yn ddiog, maen nhw'n gweithio'n galed",
    "Mae'r Pwyliaid yn dod i'r ffair. Maen nhw'n ddiog medd rhai, ond celwydd yw hynny",  # another sentence
])
def test_a_welsh_kind_word_of_them_or_one_in_another_sentence_is_no_generalisation(text: str) -> None:
    assert not classify(text, "parent").category.harmful


def test_a_welsh_trait_of_them_after_a_group_is_hate() -> None:
    assert classify("Sa i'n credu bod lle i'r teithwyr yn y ffair, lladron ydyn nhw i gyd", "parent").category is Category.HATE
