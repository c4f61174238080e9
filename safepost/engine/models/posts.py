"""The post rules' learned model: character and word n-grams, scored in pure Python.

Two binary logistic regressions share one feature vocabulary: ``offensive`` (LAN401) and
``live`` (LOC201). A post is cut into sentences (``_content.sentences``); each sentence and each
pair of neighbouring sentences is scored, and a rule reads the best window. The features are
the post's words (lower case, folded, digits-for-letters undone by ``triage.normalise.prepare``,
one word at a time), their 1-2-grams with digits mapped to ``0`` (so "9.15" and "3.40" look
alike) and the character 4-grams of each word padded with spaces. Binary TF-IDF,
l2-normalised, IDF folded into the weights. Character n-grams stay inside a word so that a
word's features are computed once and cached: a 300-word post costs well under a millisecond.

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

from safepost.engine.triage.normalise import prepare

MODEL_FILE = Path(__file__).resolve().parent / "data" / "posts.json.gz"
HEADS = ("offensive", "live")
CHAR_NGRAMS = (4,)
#: Longer sentences are cut: a window is a sentence or two, and hostile input stays linear.
MAX_WINDOW_CHARS = 600
MAX_SENTENCES = 200
#: A pair of neighbouring sentences is scored only when one of them scores at least this.
PAIR_FROM = 0.2
WORD = "\x01"
_WORDS = re.compile(r"[a-z0-9\u00c0-\u024f']+|[^\sa-z0-9\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")

_LANE_BITS = 64
_LANE_MASK = (1 << _LANE_BITS) - 1
_OFFSET = 1 << 40


def tokens(text: str) -> list[str]:
    """The words the model reads: lower case, folded, digits-for-letters undone (per word, cached)."""
    return [_token(w) for w in _WORDS.findall(text[:MAX_WINDOW_CHARS].lower())]


@lru_cache(maxsize=65536)
def _token(raw: str) -> str:
    return prepare(raw) or raw


def word_features(words: list[str]) -> list[str]:
    shapes = [_DIGIT.sub("0", w) for w in words]
    return [*(WORD + w for w in shapes), *(f"{WORD}{a} {b}" for a, b in itertools.pairwise(shapes))]


def char_features(word: str, char_ngrams: tuple[int, ...] = CHAR_NGRAMS) -> set[str]:
    """Character n-grams of one word padded with a space each side (" mock", "ock ")."""
    padded = f" {word} "
    return {padded[i : i + n] for n in char_ngrams for i in range(len(padded) - n + 1)}


def features(text: str, char_ngrams: tuple[int, ...] = CHAR_NGRAMS) -> set[str]:
    """Every feature of a text (training uses this; run time finds the same set with caches)."""
    words = tokens(text)
    out: set[str] = set()
    for w in words:
        out |= char_features(w, char_ngrams)
    out.update(word_features(words))
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


class PostModel:
    """The loaded model: feature numbers, packed weights, biases and scales, plus a cache of
    each word's character n-gram features (school posts reuse a small vocabulary)."""

    def __init__(self, grams: dict[str, int], words: dict[str, int], packed: tuple[int, ...],
                 bias: tuple[float, ...], scale: float, idf_scale: float) -> None:
        self.grams, self.words, self.packed = grams, words, packed
        self.bias, self.scale, self.idf_scale = bias, scale, idf_scale
        self.word_info = lru_cache(maxsize=65536)(self._word_info)

    def _word_info(self, raw: str) -> tuple[frozenset[int], str]:
        """One typed word's features (its character n-grams and itself) and its shape for bigrams."""
        word = _token(raw)
        shape = _DIGIT.sub("0", word)
        get = self.grams.get
        found = {i for g in char_features(word) if (i := get(g)) is not None}
        if (i := self.words.get(WORD + shape)) is not None:
            found.add(i)
        return frozenset(found), shape

    def ids(self, text: str) -> set[int]:
        found: set[int] = set()
        previous = None
        get = self.words.get
        for raw in _WORDS.findall(text[:MAX_WINDOW_CHARS].lower()):
            word_ids, shape = self.word_info(raw)
            found |= word_ids
            if previous is not None and (i := get(f"{WORD}{previous} {shape}")) is not None:
                found.add(i)
            previous = shape
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
        return self.probabilities(self.ids(text))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x > -500 else 0.0


@lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> PostModel | None:
    """The shipped model, read once per process; ``None`` when the file is not installed."""
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    grams: dict[str, int] = {}
    words: dict[str, int] = {}
    for i, feature in enumerate(data["features"]):
        (words if feature[0] == WORD else grams)[feature] = i
    return PostModel(grams, words, tuple(int(h, 16) for h in data["packed"]),
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
    per_sentence = [model.ids(text[a:b]) for a, b in bounds]
    scores = [model.probabilities(ids) for ids in per_sentence]
    best_windows = [Window(0, 0, 0.0) for _ in HEADS]
    for i, probabilities in enumerate(scores):
        _keep(best_windows, bounds[i][0], bounds[i][1], probabilities)
        # two sentences together only when one of them already leans that way: most do not
        if i + 1 < len(scores) and max(*probabilities, *scores[i + 1]) >= PAIR_FROM:
            together = model.probabilities(per_sentence[i] | per_sentence[i + 1])
            _keep(best_windows, bounds[i][0], bounds[i + 1][1], together)
    return tuple(best_windows)


def _keep(best_windows: list[Window], start: int, end: int, probabilities: tuple[float, ...]) -> None:
    for h, p in enumerate(probabilities):
        if p > best_windows[h].probability:
            best_windows[h] = Window(start, end, p)


def head(name: str) -> int:
    return HEADS.index(name)
