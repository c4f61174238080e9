"""The post rules' learned model: character and word n-grams, scored in pure Python.

Four binary logistic regressions share one feature vocabulary: ``offensive`` (LAN401),
``live`` (LOC201), ``commercial`` and ``political`` (CON601's two halves). A post is read in windows of 24 words every 12 words (about a sentence or
two), and a rule reads the best window. The features are the post's words (lower case, folded,
digits-for-letters undone by ``triage.normalise.prepare``, one word at a time), each word with
the one before it (digits mapped to ``0``, so "9.15" and "3.40" look alike) and the character
4-grams of each word padded with spaces, counted with repeats; TF-IDF over every occurrence,
l2-style normalised, IDF folded into the weights. Character n-grams stay inside a word so that
a word's packed weights are computed once and cached, and running totals make every window one
subtraction: a 300-word post costs a few tenths of a millisecond.

Trained by ``python -m training.posts`` on posts written for safepost (``training/posts/``) and
shipped as ``data/posts.json.gz``. As in triage, a feature's quantised weights (one per head) and its
squared IDF are packed into one Python integer, so a window costs one ``sum()``. Without the
file (a trimmed install) :func:`best` returns ``None`` and the rules fall back on their lexicons.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
import struct
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from safepost.engine.triage.normalise import prepare

MODEL_FILE = Path(__file__).resolve().parent / "data" / "posts.json.gz"
HEADS = ("offensive", "live", "commercial", "political")
CHAR_NGRAMS = (4,)
#: A window is a run of this many words (about a sentence or two), one every WINDOW_STEP words.
WINDOW_WORDS = 24
WINDOW_STEP = 12
#: The model reads this much of a text (a long post is still read in windows up to here).
MAX_TEXT_CHARS = 20_000
WORD = "\x01"
_WORDS = re.compile(r"[a-z0-9\u00c0-\u024f']+|[^\sa-z0-9\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")
# Asterisks used for emphasis, not to mask a word: "**this Friday**" (markdown, no space inside)
# and "*** IMPORTANT ***" or "** dydd Sadwrn **" (a banner around a few words, one capitalised or a number).
# A star between digits is a times sign ("5*3"). Masked swearing keeps its asterisks: "sh*t"
# (inside a word), "what the ****" (unpaired).
_EMPHASIS = re.compile(
    r"(?<=\d)\*(?=\d)|"
    r"(?<![\w*])(?P<run>\*{1,3})(?=[^\s*])[^*\n]{0,100}?[^\s*](?P=run)(?![\w*])"
    r"|(?<![\w*])(?P<banner>\*{2,})[ \t]+(?=[^*\n]{0,40}?[A-Z0-9])[^*\n]{1,40}?[ \t]+(?P=banner)(?![\w*])"
)

_LANE_BITS = 64
_OFFSET = 1 << 40
_LANES = struct.Struct(f"<{len(HEADS) + 1}Q")  # a packed sum's lanes, little-endian
#: A running sum carries its feature count in one more lane above the packed weights, so one
#: ``accumulate`` gives both and one ``unpack`` reads a window's lanes and count together.
_COUNT_SHIFT = _LANE_BITS * (len(HEADS) + 1)
_WEIGHTS_MASK = (1 << _COUNT_SHIFT) - 1
#: How many word pairs a model keeps the sums of (about 300 bytes an entry when full, ~19 MB;
#: school posts reuse their word pairs); the cache starts again when it is full.
PAIR_CACHE_SIZE = 65536


def reading(text: str) -> str:
    """The text as the model reads it: its first ``MAX_TEXT_CHARS``, emphasis asterisks blanked
    (the same length, so word offsets still point into the text), lower case."""
    text = text[:MAX_TEXT_CHARS]
    if "*" in text:
        text = _EMPHASIS.sub(_blank_asterisks, text)
    return text.lower()


def _blank_asterisks(match: re.Match[str]) -> str:
    return match.group().replace("*", " ")


def tokens(text: str) -> list[str]:
    """The words the model reads: lower case, folded, digits-for-letters undone (per word, cached)."""
    return [_token(w) for w in _WORDS.findall(reading(text))]


@lru_cache(maxsize=65536)
def _token(raw: str) -> str:
    return prepare(raw, disguises=False) or raw


def char_features(word: str, char_ngrams: tuple[int, ...] = CHAR_NGRAMS) -> set[str]:
    """Character n-grams of one word padded with a space each side (" mock", "ock ")."""
    padded = f" {word} "
    return {padded[i : i + n] for n in char_ngrams for i in range(len(padded) - n + 1)}


def features(text: str, char_ngrams: tuple[int, ...] = CHAR_NGRAMS) -> list[str]:
    """Every feature of a text, with repeats (training uses this; run time sums the same per word).

    Per word: its character n-grams (once each), itself, and the pair it makes with the word before."""
    out: list[str] = []
    previous = None
    for word in tokens(text):
        shape = _DIGIT.sub("0", word)
        out.extend(sorted(char_features(word, char_ngrams)))
        out.append(WORD + shape)
        if previous is not None:
            out.append(f"{WORD}{previous} {shape}")
        previous = shape
    return out


def pack(weights: list[int], idf_squared: int) -> int:
    value = 0
    for i, w in enumerate([*weights, idf_squared]):
        value |= (w + _OFFSET) << (_LANE_BITS * i)
    return value


class Window:
    """The best-scoring run of words of a text for one head: p(positive) and character offsets.

    The offsets are found only when a rule asks for them: most windows are read for their
    probability alone, and finding a word's offsets means reading the text again."""

    __slots__ = ("_end_word", "_first_word", "_offsets", "_text", "probability")

    def __init__(self, text: str, first_word: int, end_word: int, probability: float) -> None:
        self._text, self._first_word, self._end_word = text, first_word, end_word
        self._offsets: tuple[int, int] | None = None
        self.probability = probability

    @property
    def start(self) -> int:
        return self.offsets()[0]

    @property
    def end(self) -> int:
        return self.offsets()[1]

    def offsets(self) -> tuple[int, int]:
        """Character offsets of words ``first_word`` to ``end_word - 1`` of the text."""
        if self._offsets is None:
            words = _WORDS.finditer(reading(self._text))
            spans = [m.span() for m in itertools.islice(words, self._first_word, self._end_word)]
            self._offsets = (spans[0][0], min(spans[-1][1], len(self._text))) if spans else (0, 0)
        return self._offsets

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Window):
            return NotImplemented
        return (self.offsets(), self.probability) == (other.offsets(), other.probability)

    def __hash__(self) -> int:
        return hash((self.offsets(), self.probability))

    def __repr__(self) -> str:
        return f"Window(start={self.start}, end={self.end}, probability={self.probability})"


class _PairSteps(dict[tuple[str | None, str], int]):
    """Word pairs' running-sum steps, each worked out the first time it is asked for; emptied
    when it holds ``PAIR_CACHE_SIZE`` of them."""

    def __init__(self, pair_info: Callable[[tuple[str | None, str]], tuple[int, int]]) -> None:
        super().__init__()
        self._pair_info = pair_info

    def __missing__(self, pair: tuple[str | None, str]) -> int:
        if len(self) >= PAIR_CACHE_SIZE:
            self.clear()
        value, count = self._pair_info(pair)
        step = self[pair] = value + (count << _COUNT_SHIFT)
        return step


class PostModel:
    """The loaded model: feature numbers, packed weights, biases and scales, plus a cache of each
    typed word's packed weights (school posts reuse a small vocabulary, so most words are known)."""

    def __init__(self, grams: dict[str, int], words: dict[str, int], packed: tuple[int, ...],
                 bias: tuple[float, ...], scale: float, idf_scale: float) -> None:
        self.grams, self.words, self.packed = grams, words, packed
        self.bias, self.scale, self.idf_scale = bias, scale, idf_scale
        self.word_info = lru_cache(maxsize=65536)(self._word_info)
        #: (previous word, word) -> the running-sum step of :meth:`_pair_info` (see ``_COUNT_SHIFT``).
        #: A dict read through ``map(steps.__getitem__, zip(...))``, filled in by ``__missing__``:
        #: an ``lru_cache`` builds a key tuple and relinks its list on every hit, which cost as
        #: much as the rest of the sum.
        self._pair_steps = _PairSteps(self._pair_info)
        #: word pairs ("previous shape" -> packed weights; never 0: every lane carries an offset)
        self.pairs = {f[1:]: packed[i] for f, i in words.items() if " " in f}

    def _word_info(self, raw: str) -> tuple[int, int, str]:
        """One typed word: the packed sum of its known character n-grams and unigram, how many
        they are, and its shape (for the pair with the next word)."""
        word = _token(raw)
        shape = _DIGIT.sub("0", word)
        ids = [i for g in char_features(word) if (i := self.grams.get(g)) is not None]
        if (i := self.words.get(WORD + shape)) is not None:
            ids.append(i)
        return sum([self.packed[i] for i in ids]), len(ids), shape

    def _pair_info(self, pair: tuple[str | None, str]) -> tuple[int, int]:
        """One typed word after another (``None`` before the first): the packed sum of the
        second word's features and of the pair they make, and how many those are."""
        previous, raw = pair
        value, n, shape = self.word_info(raw)
        if previous is not None and (pair_value := self.pairs.get(f"{self.word_info(previous)[2]} {shape}")):
            return value + pair_value, n + 1
        return value, n

    def running_sums(self, text: str) -> list[int]:
        """Running totals over the words of ``text``, each a packed sum with its feature count in
        the top lane (``_COUNT_SHIFT``), so that any run of words costs one subtraction. Built
        with ``map`` and ``accumulate`` over cached word pairs rather than a loop: this is the
        engine's hottest code (profiled)."""
        raws = _WORDS.findall(reading(text))
        return [0, *itertools.accumulate(map(self._pair_steps.__getitem__, zip([None, *raws], raws, strict=False)))]

    def running(self, text: str) -> tuple[list[int], list[int]]:
        """Running totals over the words of ``text``: packed sums and feature counts."""
        sums = self.running_sums(text)
        return [s & _WEIGHTS_MASK for s in sums], [s >> _COUNT_SHIFT for s in sums]

    def probabilities(self, total: int, count: int) -> tuple[float, ...]:
        return tuple(_sigmoid(x) for x in self.logits(total, count))

    def logits(self, total: int, count: int) -> tuple[float, ...]:
        """Each head's log-odds for a run of words (its packed sum and feature count)."""
        if not count:
            return self.bias
        offset = count * _OFFSET
        # the lanes, one per head and the IDF's, in one C call each way (shifting and masking a
        # 320-bit integer five times costs more than the rest of the sum)
        *heads, idf = _LANES.unpack(total.to_bytes(_LANES.size, "little"))
        norm = self.scale * math.sqrt(max(idf - offset, 1) / self.idf_scale)
        return tuple((lane - offset) / norm + bias for lane, bias in zip(heads, self.bias, strict=True))

    def window_logits(self, runs: list[int]) -> list[list[float]]:
        """:meth:`logits` of many runs of words at once (running-sum differences, each with its
        count in the top lane), one list per head: every run's lanes are unpacked in one call
        and each head's logits made in one comprehension, where a call per window cost twice as
        much (profiled: the windows loop was half the model's time)."""
        lanes = len(HEADS) + 2
        flat = struct.unpack(f"<{lanes * len(runs)}Q", b"".join([run.to_bytes(lanes * 8, "little") for run in runs]))
        offsets = [count * _OFFSET for count in flat[lanes - 1 :: lanes]]
        norms = [self.scale * math.sqrt(max(idf - offset, 1) / self.idf_scale)
                 for idf, offset in zip(flat[lanes - 2 :: lanes], offsets, strict=True)]
        return [[(lane - offset) / norm + bias if offset else bias
                 for lane, offset, norm in zip(flat[h::lanes], offsets, norms, strict=True)]
                for h, bias in enumerate(self.bias)]

    def score(self, text: str) -> tuple[float, ...]:
        """p(head) for a whole short text (training and tests)."""
        totals, counts = self.running(text)
        return self.probabilities(totals[-1], counts[-1])


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
    """For each head, the shipped model's best window of ``text`` (:func:`best_windows`), or None
    without the model. Cached by text: both rules ask about the same post."""
    model = load()
    return None if model is None else best_windows(model, text)


def best_windows(model: PostModel, text: str) -> tuple[Window, ...]:
    """For each head, ``model``'s best window of ``text``: runs of ``WINDOW_WORDS`` words, every
    ``WINDOW_STEP`` words (a sentence or two)."""
    sums = model.running_sums(text)
    n = len(sums) - 1
    starts = range(0, max(n - WINDOW_WORDS, 0) + 1, WINDOW_STEP)
    ends = [min(a + WINDOW_WORDS, n) for a in starts]
    found = []
    for column in model.window_logits([sums[b] - sums[a] for a, b in zip(starts, ends, strict=True)]):
        # compare logits (the sigmoid keeps their order) and take the sigmoid of the best only;
        # the first window wins a tie
        i = column.index(max(column))
        found.append(Window(text, starts[i], ends[i], _sigmoid(column[i])))
    return tuple(found)


def head(name: str) -> int:
    return HEADS.index(name)
