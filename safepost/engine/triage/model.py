"""A small trained text model for triage, scored in pure Python (no scikit-learn, no NumPy).

The lexicons only see phrases someone thought of; the model sees every comment. It is a
multinomial logistic regression over binary TF-IDF features of the prepared text (see
:func:`features`): word 1-2-grams, character 2-5-grams, the author's role and, when the model was
trained with them, the words in a negation's scope; a model trained with identity abstraction reads every
protected group's name as one placeholder (:func:`abstract_identity`). It is trained by
``python -m training.triage`` (``training/triage/``) on comments generated and written for safepost, and shipped as
``data/model.json.gz``: the feature strings, each feature's weights (IDF already folded in,
quantised, packed as below, in hex) and the class biases.

Scoring packs a feature's nine weights and its squared IDF into one Python integer (ten
64-bit lanes, each offset so it never goes negative), so a comment's scores are one
``sum()`` over the features it has, not nine additions per feature: this keeps the model to a
few tens of microseconds per comment. The offsets come off again when the lanes are unpacked.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from safepost.engine.triage.categories import Category
from safepost.engine.triage.lexicon import IDENTITY_TERM

MODEL_FILE = Path(__file__).resolve().parent / "data" / "model.json.gz"
#: Character n-gram lengths and the cap on text the model reads (the lexicons still read it all).
CHAR_NGRAMS = (4,)
MAX_MODEL_CHARS = 3000
#: Prefixes that keep word and role features apart from character n-grams.
WORD, ROLE = "\x01", "\x02"
_WORDS = re.compile(r"[a-z0-9\u00c0-\u024f']+|[^\sa-z0-9\u00c0-\u024f]")

_LANE_BITS = 64
_LANE_MASK = (1 << _LANE_BITS) - 1
_OFFSET = 1 << 40  # added to every quantised weight so that no lane goes negative


def features(prepared: str, author_role: str = "unknown", char_ngrams: tuple[int, ...] = CHAR_NGRAMS,
             negation_scope: bool = False, identity_abstraction: bool = False) -> set[str]:
    """The model's features of text already passed through ``normalise.prepare``.

    Training calls this same function; at run time :meth:`Model.probabilities` finds the same
    set faster (an Aho-Corasick pass for the character n-grams the model knows).
    """
    text = _model_text(prepared, identity_abstraction)
    padded = f" {text} "
    size = len(padded)
    out = {padded[i : i + n] for n in char_ngrams for i in range(size - n + 1)}
    out.update(_word_features(text, author_role, negation_scope))
    return out


#: What every protected group's name becomes in the model's text (:func:`abstract_identity`): a word no
#: comment contains, so its word and character n-gram features mean "a group" and nothing else.
GROUP_PLACEHOLDER = "qgroupq"


@cache
def _identity_pattern() -> re.Pattern[str]:
    # Compiled at first use: the shipped model is not trained with abstraction, and the group
    # list's regex costs ~3 ms to compile on every start-up that imports the model.
    return re.compile(IDENTITY_TERM)


def abstract_identity(prepared: str) -> str:
    """``prepared`` with every protected group's name replaced by one placeholder: counterfactual
    token fairness (Garg et al. 2019). Trained this way the model cannot learn that a group word is
    evidence of hate (most comments in the training data that name some groups are hateful), so
    "<group> live all over Wales" and "<group> are vermin" differ only by what is said of the group.
    Not used by the shipped model (``training/triage/train.py``, ``IDENTITY_ABSTRACTION``): it cost
    Welsh hate the model had learnt by its group words."""
    return _identity_pattern().sub(GROUP_PLACEHOLDER, prepared)


def _model_text(prepared: str, identity_abstraction: bool) -> str:
    text = prepared[:MAX_MODEL_CHARS]
    return abstract_identity(text) if identity_abstraction else text


#: Words that deny what follows them, English and Welsh ("n't" forms are caught by their ending).
NEGATORS = frozenset({
    "not", "no", "never", "nobody", "noone", "none", "nothing", "nor", "neither", "dont", "doesnt", "isnt", "arent",
    "wasnt", "werent", "cant", "wont", "didnt", "shouldnt", "wouldnt", "couldnt", "aint", "hasnt", "havent",
    "ddim", "dim", "nid", "nad", "neb", "byth",
})
#: Words that end a negation's scope as punctuation does ("I'm not saying ... but <claim>").
_SCOPE_ENDS = frozenset({"but", "ond", "though", "although", "because", "cos", "achos", "and", "ac"})
#: Marks a word read inside a negation's scope, so "are not criminals" and "are criminals" differ.
NEGATED = "~"


def _word_features(text: str, author_role: str, negation_scope: bool = False) -> list[str]:
    words = _WORDS.findall(text)
    out = [*(WORD + w for w in words), *(f"{WORD}{a} {b}" for a, b in itertools.pairwise(words)), ROLE + author_role]
    if negation_scope:
        out.extend(WORD + NEGATED + w for w in _negated_words(words))
    return out


def _negated_words(words: list[str]) -> list[str]:
    """The words between a negator and the next punctuation mark or clause joiner (the negation
    tagging of sentiment analysis: Das & Chen 2001, Pang et al. 2002): what the negator denies,
    not the rest of the sentence."""
    out: list[str] = []
    scoped = False
    for word in words:
        if not word[0].isalnum() or word in _SCOPE_ENDS:
            scoped = False
        elif word in NEGATORS or word.endswith("n't"):
            scoped = True
        elif scoped:
            out.append(word)
    return out


@dataclass(frozen=True)
class Model:
    """The loaded model: an automaton over its character n-grams, a table of its word and role
    features, each feature's packed weights, the class order, biases and the weight scales."""

    classes: tuple[Category, ...]
    char_ngrams: tuple[int, ...]
    automaton: Any  # ahocorasick.Automaton (untyped): character n-gram -> feature number
    words: Mapping[str, int]
    packed: tuple[int, ...]
    bias: tuple[float, ...]
    scale: float
    idf_scale: float
    negation_scope: bool = False
    identity_abstraction: bool = False

    def probabilities(self, prepared: str, author_role: str = "unknown") -> dict[Category, float]:
        """p(category) for a prepared comment: softmax of the linear scores."""
        text = _model_text(prepared, self.identity_abstraction)
        ids = {i for _, i in self.automaton.iter(f" {text} ")} if text else set()
        get = self.words.get
        ids.update(i for f in _word_features(text, author_role, self.negation_scope) if (i := get(f)) is not None)
        k = len(self.classes)
        if not ids:
            return _softmax(self.classes, list(self.bias))
        packed = self.packed
        total = sum([packed[i] for i in ids])
        offset = len(ids) * _OFFSET
        lanes = [((total >> (_LANE_BITS * i)) & _LANE_MASK) - offset for i in range(k + 1)]
        norm = math.sqrt(max(lanes[k], 1) / self.idf_scale)
        return _softmax(self.classes, [lanes[i] / self.scale / norm + self.bias[i] for i in range(k)])


def _softmax(classes: tuple[Category, ...], scores: list[float]) -> dict[Category, float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps, strict=True)}


def pack(weights: list[int], idf_squared: int) -> int:
    """One feature's quantised class weights and squared IDF as a single integer (see module doc)."""
    value = 0
    for i, w in enumerate([*weights, idf_squared]):
        value |= (w + _OFFSET) << (_LANE_BITS * i)
    return value


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> Model:
    """Read the shipped model once per process (about a tenth of a second)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    char_ngrams = tuple(int(n) for n in data["char_ngrams"])
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    words: dict[str, int] = {}
    for i, feature in enumerate(data["features"]):
        if feature[0] in (WORD, ROLE):
            words[feature] = i
        else:
            automaton.add_word(feature, i)
    automaton.make_automaton()
    packed = tuple(int(h, 16) for h in data["packed"])
    return Model(tuple(Category(c) for c in data["classes"]), char_ngrams, automaton, words, packed,
                 tuple(float(b) for b in data["bias"]), float(data["scale"]), float(data["idf_scale"]),
                 bool(data.get("negation_scope", False)), bool(data.get("identity_abstraction", False)))


def model_available(path: Path = MODEL_FILE) -> bool:
    """Whether the model file ships with this install (the lexicons work without it)."""
    return path.is_file()
