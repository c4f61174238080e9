"""LAN401's thorough check: how the n-gram's and the encoder's opinions are combined, learned from
writers the models never read (fourteenth session).

    python -m training.encoder --write     # fits the head and this combination, ships both (the same
                                           # as python -m training.encoder.combine)
    python -m training.encoder.combine --c 0.1 --writer-weight 3 --out /tmp/head.json   # a trial head

Until the fourteenth session the engine averaged the two probabilities (``(n + e) / 2`` at a bar
chosen by leave-one-group-out precision). The average cannot tell a sure encoder from an unsure
one: ridicule with no word the n-gram knows (n 0.40-0.52) that the encoder is sure of (e
0.86-0.98) averages 0.63-0.75, under the bar. Here a logistic regression over the two logits and
whether a lexicon cue opened the model is fitted on *out-of-fold* scores of the posts the engine
asks the encoder about (``consulted``): every writer folder of
``training/voices`` and every hand-written voice is scored by an n-gram model and an encoder head
fitted without it, so the combination learns how far to trust each on a writer neither has read.
Its bar is the lowest at which LAN401 (lexicon, n-gram bars, then this) is at least as precise on
those posts as with the average at its bar (the lowest with pooled precision ``PRECISE``): the
precision holds and the recall is what moves. Each group is scored for that by a combination
fitted without it (a second level out).

The n-gram's out-of-fold scores are cached in ``training/encoder/cache/`` (keyed by the training
rows, so a change of data refits); a cold run fits one offensive head per group (~25, a minute
each on a loaded machine).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from safepost.engine.rules import Field, FieldKind, offensive_language
from training.posts.train import Row, fit, load_exported

CACHE_DIR = Path(__file__).resolve().parent / "cache"
#: The engine consults the encoder only where the n-gram scores at least this (``_learned.ENCODER_FLOOR``).
FLOOR = 0.1
#: Logits are clipped here: a probability of exactly 0 or 1 must not dominate the fit.
LOGIT_CLIP = 6.0
COMBINE_C = 1.0


@dataclass
class OutOfFold:
    """Every group's posts as written, scored by models fitted without that group."""

    texts: list[str]
    truth: np.ndarray
    group: np.ndarray
    ngram: np.ndarray
    e5: np.ndarray

    def cues(self) -> tuple[np.ndarray, np.ndarray]:
        """Per post: whether LAN401's lexicon decides alone, and whether a cue opened the model."""
        decided, opened = [], []
        for text in self.texts:
            signals = offensive_language.assess(Field("text", FieldKind.TEXT, text))
            decided.append(offensive_language.decides(signals))
            opened.append(any(s.name in offensive_language.OPENS_MODEL for s in signals))
        return np.array(decided), np.array(opened)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.clip(np.log(p / (1 - p)), -LOGIT_CLIP, LOGIT_CLIP)


def features(ngram: np.ndarray, e5: np.ndarray, opened: np.ndarray) -> np.ndarray:
    """What the combination reads: the two logits and whether a lexicon cue opened the model."""
    return np.column_stack([logit(ngram), logit(e5), opened.astype(float)])


def fit_combination(x: np.ndarray, truth: np.ndarray) -> tuple[list[float], float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=COMBINE_C, max_iter=2000).fit(x, truth)
    return [float(w) for w in lr.coef_[0]], float(lr.intercept_[0])


def apply(weights: list[float], bias: float, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ np.array(weights) + bias)))


def consulted(oof: OutOfFold, decided: np.ndarray, opened: np.ndarray, alone: float, with_cue: float) -> np.ndarray:
    """The posts the engine asks the encoder about: the lexicon does not decide, the n-gram is at
    least ``FLOOR`` and short of its own bars. The combination is fitted on these alone."""
    ngram_fires = (oof.ngram >= alone) | (opened & (oof.ngram >= with_cue))
    return ~decided & (oof.ngram >= FLOOR) & ~ngram_fires


def second_level(oof: OutOfFold, opened: np.ndarray, band: np.ndarray) -> np.ndarray:
    """Each group's combined scores from a combination fitted on the other groups' ``band`` only."""
    x, out = features(oof.ngram, oof.e5, opened), np.zeros(len(oof.texts))
    for g in np.unique(oof.group):
        mine = oof.group == g
        weights, bias = fit_combination(x[~mine & band], oof.truth[~mine & band])
        out[mine] = apply(weights, bias, x[mine])
    return out


def ngram_cache_key(train: list[Row], group: str, c: float, min_df: int) -> str:
    digest = hashlib.sha1(f"{group}|{c}|{min_df}".encode())
    for r in train:
        digest.update(f"{r['text']}\x00{r['rule']}\x00{r['label']}\x01".encode())
    return digest.hexdigest()


def ngram_oof(train: list[Row], texts: list[str], group: str, *, c: float, min_df: int) -> np.ndarray:
    """The offensive head's best-window scores of ``texts`` from a model fitted on ``train`` (cached)."""
    from training.encoder.__main__ import best_window  # the probe's reading of the engine

    path = CACHE_DIR / "ngram-oof.json"
    cache = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    key = ngram_cache_key(train, group, c, min_df)
    if key not in cache or len(cache[key]) != len(texts):
        model = load_exported(fit(train, c=c, min_df=min_df, heads=("offensive",)),
                              Path(f"/tmp/encoder_combine_{key[:8]}.json.gz"))
        cache[key] = [best_window(model, t) for t in texts]
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(cache), encoding="utf-8")
        partial.replace(path)
    return np.array(cache[key])


def precise_bar(scores: np.ndarray, truth: np.ndarray, precision: float) -> float:
    """The lowest bar (0.01 steps) whose precision over ``scores`` reaches ``precision``."""
    for bar in np.round(np.arange(0.05, 0.995, 0.01), 2):
        hit = scores >= bar
        if hit.any() and (hit & (truth == 1)).sum() / hit.sum() >= precision:
            return float(bar)
    return 0.99


def rule_hits(oof: OutOfFold, decided: np.ndarray, opened: np.ndarray, consulted_fires: np.ndarray,
              alone: float, with_cue: float) -> np.ndarray:
    """LAN401 as the engine decides (Welsh bar aside): the lexicon alone, the n-gram at its bars,
    else the thorough second opinion where the n-gram is at least ``FLOOR``."""
    ngram_fires = (oof.ngram >= alone) | (opened & (oof.ngram >= with_cue))
    return decided | ngram_fires | ((oof.ngram >= FLOOR) & consulted_fires)


def main() -> int:
    import argparse

    from training.encoder.__main__ import EMB_C, ENGINE_HEAD, WRITER_WEIGHT, write

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--c", type=float, default=EMB_C, help="the encoder head's C")
    parser.add_argument("--writer-weight", type=float, default=WRITER_WEIGHT,
                        help="how much more a writer's post counts than a generated one in the encoder head")
    parser.add_argument("--out", type=Path, default=ENGINE_HEAD, help="where to write the head (a trial: elsewhere)")
    args = parser.parse_args()
    return write(args.out, args.c, args.writer_weight)


if __name__ == "__main__":
    raise SystemExit(main())
