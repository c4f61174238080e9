"""Train the post rules' model: `python -m training.posts` from the repository root (seeded, under a minute).

Generates the training posts (``training/posts/data/{offensive,live,commercial,political}.jsonl``) from the templates
and hand-written posts of this package, fits one logistic regression per head (``offensive``
for LAN401, ``live`` for LOC201, ``commercial`` and ``political`` for CON601) over the features of :func:`safepost.engine.models.posts.features`,
and writes ``safepost/engine/models/data/posts.json.gz`` (byte-identical for the same seed).
Before that it prints figures on *templates the model never saw*: a fifth of each family's
templates is held out, a model is fitted on the rest and scored on them, which says more about
new wording than a random split would.

Everything here was written for safepost: no post from a bench set, a sealed school, the
functional tests or a published suite is copied, paraphrased or read. scikit-learn is needed
here only (the ``training`` extra); the engine scores the exported weights in pure Python.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import time
from collections import Counter
from pathlib import Path

from safepost.engine.models import posts
from training import voices as writers
from training.posts.everyday import EVERYDAY_CY, EVERYDAY_EN
from training.posts.handwritten import HANDWRITTEN
from training.posts.slots import SLOTS
from training.posts.templates import FAMILIES, VOICES_CY, VOICES_EN
from training.posts.voices import VOICES
from training.triage.grammar import augment

ROOT = Path(__file__).resolve().parents[2]
TRAIN_DIR = ROOT / "training" / "posts" / "data"
SEED = 20261206
#: The share of a family's examples drawn from its Welsh or mixed templates.
WELSH_SHARE = 0.34
SCALE = 100_000
IDF_SCALE = 10_000
_BRACES = re.compile(r"\{([^{}]*)\}")

Row = dict[str, object]


def expand(template: str, rng: random.Random) -> str:
    """Fill ``{slot}``, ``{a|b}`` and ``{|optional}`` (innermost first)."""
    text = template
    for _ in range(60):
        match = _BRACES.search(text)
        if match is None:
            break
        body = match.group(1)
        choice = rng.choice(body.split("|")) if "|" in body else rng.choice(SLOTS[body])
        text = text[: match.start()] + choice + text[match.end() :]
    return re.sub(r"[ \t]+", " ", text).strip()


def generate(seed: int = SEED) -> list[Row]:
    """Every training post, deduplicated: each family's templates in many voices, then the
    hand-written posts of ``handwritten.py`` and ``voices.py`` (each also in three noisier copies)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    rows: list[Row] = []
    for family, spec in FAMILIES.items():
        made, tries = 0, 0
        while made < spec["count"] and tries < spec["count"] * 30:
            tries += 1
            welsh = bool(spec["cy"]) and rng.random() < WELSH_SHARE
            pool = spec["cy"] if welsh else spec["en"]
            index = rng.randrange(len(pool))
            voices = VOICES_CY if welsh else VOICES_EN
            voice = rng.choice(sorted(voices))
            text = expand(rng.choice(voices[voice]) + pool[index], rng)
            if rng.random() < 0.5:
                text = augment(text, rng)
            made += _add(rows, seen, text, spec["rule"], spec["label"], family, voice,
                         "cy" if welsh else "en", f"{family}/{'cy' if welsh else 'en'}{index}")
    _everyday(rows, seen, rng)
    _from_triage(rows, seen, rng)
    for i, (rule, label, voice, text) in enumerate([*HANDWRITTEN, *VOICES]):
        lang = "cy" if voice.startswith(("welsh", "bilingual")) else "en"
        for variant in [text] + [augment(text, rng) for _ in range(3)]:
            _add(rows, seen, variant, rule, label, "hand-written", voice, lang, f"hand/{i}")
    for i, post in enumerate(writers.posts()):  # independent writers (training/voices)
        rule, label = _writer_label(post)
        lang = "en" if post.get("lang") == "en" else "cy"
        for variant in [post["text"]] + [augment(post["text"], rng) for _ in range(3)]:
            _add(rows, seen, variant, rule, label, "writers", f"{post['writer']}/{post.get('voice', '')}", lang,
                 f"writers/{i}")
    return rows


def _writer_label(post: dict[str, object]) -> tuple[str, int]:
    """A writer's post as one row: positive for the head its label names, else a negative."""
    if post.get("offensive"):
        return "offensive", 1
    if post.get("live_location"):
        return "live", 1
    if post.get("political"):
        return "political", 1
    if post.get("commercial"):
        return "commercial", 1
    if "commercial" in post:  # a writer of selling and not-selling posts: a negative for that head
        return "commercial", 0
    return "offensive", 0


#: Everyday posts (negatives for both heads), each one to three sentences.
EVERYDAY_COUNT = 1400


def _everyday(rows: list[Row], seen: set[str], rng: random.Random) -> None:
    made, tries = 0, 0
    while made < EVERYDAY_COUNT and tries < EVERYDAY_COUNT * 30:
        tries += 1
        welsh = rng.random() < WELSH_SHARE
        pool = EVERYDAY_CY if welsh else EVERYDAY_EN
        picks = [rng.randrange(len(pool)) for _ in range(rng.choice((1, 1, 2, 3)))]
        voices = VOICES_CY if welsh else VOICES_EN
        voice = rng.choice(sorted(voices))
        text = expand(rng.choice(voices[voice]) + " ".join(pool[i] for i in picks), rng)
        if rng.random() < 0.4:
            text = augment(text, rng)
        made += _add(rows, seen, text, "everyday", 0, "everyday", voice, "cy" if welsh else "en",
                     f"everyday/{'cy' if welsh else 'en'}{picks[0]}")


#: Comments from the triage training data (``training/triage/data``, also written for safepost)
#: shared with the post model, so both read hate and abuse alike: per category, how many and
#: as what. Abuse and hate are offensive in a post; praise, questions and chat are not.
FROM_TRIAGE = {"abuse": (500, "offensive", 1), "hate": (500, "offensive", 1),
               "praise": (400, "everyday", 0), "question": (300, "everyday", 0), "other": (700, "everyday", 0)}
TRIAGE_DATA = ROOT / "training" / "triage" / "data"
#: Triage's balance of group words (training/triage/identity.py) is not shared: the post model's
#: training stays as it was shipped (whether it would gain from the balance is untried). Nor are triage's
#: why-frame comments (training/triage/whyframe.py, session 15), so that they leave the post model as it was.
TRIAGE_ONLY_SOURCES = frozenset({"identity", "whyframe"})


def _triage_only(source: str) -> bool:
    """Rows the post model does not sample: the identity balance and triage's late panels (training/triage/train.py,
    LATE_PANELS: read by triage alone, so that a new comment panel leaves the post model as it was)."""
    return source in TRIAGE_ONLY_SOURCES or source.startswith("late-panel/")


def _from_triage(rows: list[Row], seen: set[str], rng: random.Random) -> None:
    for category, (count, rule, label) in FROM_TRIAGE.items():
        lines = [line for line in (TRIAGE_DATA / f"{category}.jsonl").read_text(encoding="utf-8").splitlines()
                 if not _triage_only(json.loads(line).get("source", ""))]
        for line in rng.sample(lines, min(count, len(lines))):
            text = json.loads(line)["text"]
            welsh = _looks_welsh(text)
            _add(rows, seen, text, rule, label, f"triage {category}", "comment", "cy" if welsh else "en",
                 f"triage/{category}/{text[:12].lower()}")


_WELSH_WORDS = re.compile(r"\b(?:yn|y|yr|mae|ac|a'r|i'r|diolch|da iawn|plant|ysgol|rhieni|ddim|wedi|bod|chi|ni)\b", re.I)


def _looks_welsh(text: str) -> bool:
    return len(_WELSH_WORDS.findall(text)) >= 2


def _add(rows: list[Row], seen: set[str], text: str, rule: str, label: int, family: str, voice: str,
         lang: str, template: str) -> int:
    if text.lower() in seen:
        return 0
    seen.add(text.lower())
    rows.append({"text": text, "rule": rule, "label": label, "family": family, "voice": voice,
                 "lang": lang, "template": template})
    return 1


def targets(rows: list[Row], head: str) -> list[int]:
    """A post is positive for a head only when its own rule's label says so."""
    return [int(r["rule"] == head and r["label"] == 1) for r in rows]


def fit(rows: list[Row], *, c: float, min_df: int, heads: tuple[str, ...] = posts.HEADS) -> dict[str, object]:
    """Fit the heads on ``rows`` and return the exported form :mod:`safepost.engine.models.posts` loads
    (``heads``: the heads to fit, the others never fire; a probe of one head saves the rest's time)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    feats = [Counter(posts.features(str(r["text"]))) for r in rows]
    df = Counter(f for fs in feats for f in fs)
    vocab = sorted(f for f, n in df.items() if n >= min_df)
    index = {f: i for i, f in enumerate(vocab)}
    idf = np.array([math.log((1 + len(rows)) / (1 + df[f])) + 1 for f in vocab])
    indptr, indices, values = [0], [], []
    for fs in feats:
        known = sorted((index[f], n) for f, n in fs.items() if f in index)
        ids = [i for i, _ in known]
        repeats = np.array([n for _, n in known], dtype=float)
        # the run time's norm: the square root of the summed squared IDF over every occurrence
        norm = float(np.sqrt((repeats * idf[ids] ** 2).sum())) or 1.0
        indices.extend(ids)
        values.extend((repeats * idf[ids] / norm).tolist())
        indptr.append(len(indices))
    x = csr_matrix((values, indices, indptr), shape=(len(rows), len(vocab)))
    coefs, biases = [], []
    for head in posts.HEADS:
        if head not in heads or not any(targets(rows, head)):
            # a probe's fold can leave out every positive of a head (one panel writes all the
            # political posts): that head never fires rather than the fit failing
            coefs.append(np.zeros(len(vocab)))
            biases.append(-20.0)
            continue
        clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        clf.fit(x, targets(rows, head))
        coefs.append(clf.coef_[0] * idf)  # idf folded in: the runtime divides by the norm only
        biases.append(round(float(clf.intercept_[0]), 6))
    coef = np.stack(coefs, axis=1) * SCALE
    return {
        "version": 1,
        "heads": list(posts.HEADS),
        "features": vocab,
        "scale": SCALE,
        "idf_scale": IDF_SCALE,
        "packed": [format(posts.pack([round(w) for w in row], round(i2)), "x")
                   for row, i2 in zip(coef.tolist(), (idf**2 * IDF_SCALE).tolist(), strict=True)],
        "bias": biases,
        "trained_on": {head: dict(Counter(targets(rows, head))) for head in posts.HEADS},
    }


def write_model(exported: dict[str, object], path: Path) -> None:
    raw = json.dumps(exported, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(raw)


def load_exported(exported: dict[str, object], tmp: Path) -> posts.PostModel:
    write_model(exported, tmp)
    posts.load.cache_clear()
    model = posts.load(tmp)
    assert model is not None
    return model


def held_out_templates(rows: list[Row], seed: int) -> tuple[list[Row], list[Row]]:
    """Split by template: a fifth of each family's templates (and of the hand-written posts) is held out."""
    rng = random.Random(seed + 1)
    groups = sorted({str(r["template"]) for r in rows})
    held = {g for g in groups if rng.random() < 0.2}
    return [r for r in rows if r["template"] not in held], [r for r in rows if r["template"] in held]


def report(name: str, model: posts.PostModel, rows: list[Row]) -> None:
    print(f"{name} ({len(rows)} posts)")
    for h, head in enumerate(posts.HEADS):
        gold = targets(rows, head)
        probs = [model.score(str(r["text"]))[h] for r in rows]
        for threshold in (0.5, 0.7, 0.85):
            tp = sum(p >= threshold and g for p, g in zip(probs, gold, strict=True))
            fp = sum(p >= threshold and not g for p, g in zip(probs, gold, strict=True))
            fn = sum(p < threshold and g for p, g in zip(probs, gold, strict=True))
            prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            f1 = 2 * prec * rec / max(prec + rec, 1e-9)
            print(f"  {head:9s} p>={threshold:.2f}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}  (pos {sum(gold)})")


def write_training_files(rows: list[Row]) -> None:
    TRAIN_DIR.mkdir(parents=True, exist_ok=True)
    for rule in (*posts.HEADS, "everyday"):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["rule"] == rule)
        (TRAIN_DIR / f"{rule}.jsonl").write_text(lines, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation of the logistic regressions")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="evaluate only: keep the shipped model")
    args = parser.parse_args()
    start = time.perf_counter()
    rows = generate(args.seed)
    for rule in (*posts.HEADS, "everyday"):
        mine = [r for r in rows if r["rule"] == rule]
        welsh = sum(r["lang"] == "cy" for r in mine)
        print(f"{rule}: {len(mine)} posts ({sum(int(r['label'] == 1) for r in mine)} positive), "
              f"Welsh or mixed {welsh / len(mine):.0%}, voices {len({r['voice'] for r in mine})}")
    train_rows, test_rows = held_out_templates(rows, args.seed)
    trial = load_exported(fit(train_rows, c=args.c, min_df=args.min_df), Path("/tmp/posts_model_trial.json.gz"))
    report("held-out templates (model fitted without them)", trial, test_rows)
    exported = fit(rows, c=args.c, min_df=args.min_df)
    print(f"trained on {len(rows)} posts, {len(exported['features']):,} features "  # type: ignore[arg-type]
          f"in {time.perf_counter() - start:.1f} s")
    if not args.no_write:
        write_training_files(rows)
        write_model(exported, posts.MODEL_FILE)
        posts.load.cache_clear()
        print(f"wrote {posts.MODEL_FILE.relative_to(ROOT)} ({posts.MODEL_FILE.stat().st_size / 1e6:.2f} MB) "
              f"and {TRAIN_DIR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
