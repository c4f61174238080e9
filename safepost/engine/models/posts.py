"""The post rules' learned model: character and word n-grams, scored in pure Python.

Two binary logistic regressions share one feature vocabulary: ``offensive`` (LAN401) and
``live`` (LOC201). A post is cut into sentences (``_content.sentences``); each sentence and each
pair of neighbouring sentences is scored, and a rule reads the best window. The features are
those of the triage model (:mod:`safepost.engine.triage.model`): the text after
``triage.normalise.prepare`` (folded, digits-for-letters and spaced letters undone), its
character 4-grams and its word 1-2-grams, with digits in words mapped to ``0`` so that "9.15"
and "3.40" look alike. Binary TF-IDF, l2-normalised, IDF folded into the weights.

Trained by ``python -m training.posts`` on posts written for safepost (``training/posts/``) and
shipped as ``data/posts.json.gz``. As in triage, a feature's two quantised weights and its
squared IDF are packed into one Python integer, so a window costs one ``sum()``. Without the
file (a trimmed install) :func:`best` returns ``None`` and the rules fall back on their lexicons.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from safepost.engine.triage.normalise import prepare

MODEL_FILE = Path(__file__).resolve().parent / "data" / "posts.json.gz"
HEADS = ("offensive", "live")
CHAR_NGRAMS = (4,)
#: Longer sentences are cut: a window is a sentence or two, and hostile input stays linear.
MAX_WINDOW_CHARS = 600
MAX_SENTENCES = 200
WORD = "\x01"
_WORDS = re.compile(r"[a-z0-9\u00c0-\u024f']+|[^\sa-z0-9\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")

_LANE_BITS = 64
_LANE_MASK = (1 << _LANE_BITS) - 1
_OFFSET = 1 << 40


def model_text(text: str) -> str:
    """The form the model reads (training and run time alike)."""
    return prepare(text[:MAX_WINDOW_CHARS])


def word_features(prepared: str) -> list[str]:
    words = [_DIGIT.sub("0", w) for w in _WORDS.findall(prepared)]
    return [*(WORD + w for w in words), *(f"{WORD}{a} {b}" for a, b in itertools.pairwise(words))]


def features(prepared: str, char_ngrams: tuple[int, ...] = CHAR_NGRAMS) -> set[str]:
    """Every feature of a prepared text (training uses this; run time finds the same set faster)."""
    padded = f" {prepared} "
    out = {padded[i : i + n] for n in char_ngrams for i in range(len(padded) - n + 1)}
    out.update(word_features(prepared))
    return out


def pack(weights: list[int], idf_squared: int) -> int:
    value = 0
    for i, w in enumerate([*weights, idf_squared]):
        value |= (w + _OFFSET) << (_LANE_BITS * i)
    return value


@dataclass(frozen=True)
class Window:
    """The best-scoring span of a text for one head: character offsets and p(positive)."""

    start: int
    end: int
    probability: float


@dataclass(frozen=True)
class PostModel:
    automaton: Any  # ahocorasick.Automaton: character n-gram -> feature number
    words: dict[str, int]
    packed: tuple[int, ...]
    bias: tuple[float, ...]
    scale: float
    idf_scale: float

    def ids(self, prepared: str) -> set[int]:
        found = {i for _, i in self.automaton.iter(f" {prepared} ")} if prepared else set()
        get = self.words.get
        found.update(i for f in word_features(prepared) if (i := get(f)) is not None)
        return found

    def probabilities(self, ids: set[int]) -> tuple[float, ...]:
        k = len(HEADS)
        if not ids:
            return tuple(_sigmoid(b) for b in self.bias)
        total = sum([self.packed[i] for i in ids])
        offset = len(ids) * _OFFSET
        lanes = [((total >> (_LANE_BITS * i)) & _LANE_MASK) - offset for i in range(k + 1)]
        norm = math.sqrt(max(lanes[k], 1) / self.idf_scale)
        return tuple(_sigmoid(lanes[i] / self.scale / norm + self.bias[i]) for i in range(k))

    def score(self, text: str) -> tuple[float, ...]:
        """p(head) for a whole short text (training and tests)."""
        return self.probabilities(self.ids(model_text(text)))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x > -500 else 0.0


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> PostModel | None:
    """The shipped model, read once per process; ``None`` when the file is not installed."""
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    words: dict[str, int] = {}
    for i, feature in enumerate(data["features"]):
        if feature[0] == WORD:
            words[feature] = i
        else:
            automaton.add_word(feature, i)
    automaton.make_automaton()
    return PostModel(automaton, words, tuple(int(h, 16) for h in data["packed"]),
                     tuple(float(b) for b in data["bias"]), float(data["scale"]), float(data["idf_scale"]))


@lru_cache(maxsize=64)
def best(text: str) -> tuple[Window, ...] | None:
    """For each head, the best window of ``text`` (a sentence or two neighbouring sentences).

    Cached by text: both rules ask about the same post body."""
    from safepost.engine.rules._content import sentences  # the rules' own sentence cut

    model = load()
    if model is None:
        return None
    bounds = sentences(text)[:MAX_SENTENCES] or [(0, len(text))]
    per_sentence = [model.ids(model_text(text[a:b])) for a, b in bounds]
    best_windows = [Window(0, 0, 0.0) for _ in HEADS]
    for i, ids in enumerate(per_sentence):
        candidates = [(bounds[i][0], bounds[i][1], ids)]
        if i + 1 < len(per_sentence):
            candidates.append((bounds[i][0], bounds[i + 1][1], ids | per_sentence[i + 1]))
        for start, end, window_ids in candidates:
            for h, p in enumerate(model.probabilities(window_ids)):
                if p > best_windows[h].probability:
                    best_windows[h] = Window(start, end, p)
    return tuple(best_windows)


def head(name: str) -> int:
    return HEADS.index(name)
