"""Text-check speed: `python bench/speed.py [--drafts N] [--roster N] [--no-presidio]`.

Checks the same 300-word drafts (twice by default: the second pass is a long-running server's
steady state, with the model's per-word cache warm) against a synthetic 1,000-pupil school, on one core, with:
  * safepost (every text rule the default pack enables),
  * a naive baseline: one case-insensitive whole-word regex over every roster name,
  * Presidio's AnalyzerEngine with only its pattern recognisers (a blank spaCy pipeline saved to
    a temporary folder, so nothing is downloaded),
and prints drafts/s, p50 and p99 latency for each, and the ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import drafts, school

from safepost.engine import Draft, check, load_policy


def measure(name: str, fn: Callable[[str], object], texts: list[str]) -> dict[str, float]:
    """Wall-clock and CPU-time rates and latencies. On a machine other work shares, wall-clock
    includes time spent waiting for the core; CPU time (``time.process_time``) is what the
    check itself costs, and matches wall-clock on a quiet machine."""
    for text in texts[:20]:  # warm up caches and indexes
        fn(text)
    latencies, cpu_latencies = [], []
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        fn(text)
        latencies.append(time.perf_counter() - t0)
        cpu_latencies.append(time.process_time() - c0)
    total, cpu_total = time.perf_counter() - start, time.process_time() - cpu_start
    latencies.sort()
    cpu_latencies.sort()
    row = {
        "drafts_per_s": len(texts) / total,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": _p99(latencies) * 1000,
        "drafts_per_cpu_s": len(texts) / cpu_total if cpu_total else float("inf"),
        "cpu_p99_ms": _p99(cpu_latencies) * 1000,
    }
    print(f"{name:34s} {row['drafts_per_s']:10.0f} {row['p50_ms']:9.3f} {row['p99_ms']:9.3f}"
          f" {row['drafts_per_cpu_s']:12.0f} {row['cpu_p99_ms']:11.3f}")
    return row


def _p99(sorted_values: list[float]) -> float:
    return sorted_values[int(len(sorted_values) * 0.99) - 1]


def presidio_analyzer() -> Callable[[str], object]:
    import spacy
    import tldextract.tldextract

    # Presidio's email recogniser calls tldextract, which would fetch the suffix list: stay offline.
    tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls = ()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    model_dir = Path(tempfile.mkdtemp()) / "blank_en"
    spacy.blank("en").to_disk(model_dir)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": str(model_dir)}])
    nlp_engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp_engine)
    for recognizer in list(registry.recognizers):
        if type(recognizer).__name__ in {"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"}:
            registry.remove_recognizer(recognizer.name)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    return lambda text: engine.analyze(text=text, language="en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--roster", type=int, default=1000)
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--passes", type=int, default=2, help="passes over the drafts (the last one is compared)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sch = school(args.roster)
    policy = load_policy("default")
    texts = drafts(args.drafts, pupils=sch.pupils)
    words = statistics.mean(len(t.split()) for t in texts)
    print(f"{len(texts)} drafts of ~{words:.0f} words, roster of {len(sch.pupils)} pupils, one core\n")
    print(f"{'':34s} {'drafts/s':>10s} {'p50 ms':>9s} {'p99 ms':>9s} {'per CPU s':>12s} {'CPU p99 ms':>11s}")
    names = sorted({n for p in sch.pupils for n in (p.first_name, p.last_name, p.preferred_name)}, key=len, reverse=True)
    naive_re = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)
    ours = measure("safepost check (every rule)", lambda t: check(Draft("d", t), sch, policy), texts)
    for n in range(2, args.passes + 1):  # a server's steady state: its per-word caches already warm
        ours = measure(f"  the same drafts again (pass {n})", lambda t: check(Draft("d", t), sch, policy), texts)
    naive = measure("naive roster regex", lambda t: naive_re.findall(t), texts)
    print(f"\nsafepost / naive throughput: {ours['drafts_per_s'] / naive['drafts_per_s']:.2f}x")
    if not args.no_presidio:
        try:
            analyzer = presidio_analyzer()
        except ImportError:
            print("presidio-analyzer or spacy is not installed: pip install -e '.[bench]'")
            return 0
        presidio = measure("presidio pattern recognisers", analyzer, texts)
        print(f"safepost / presidio throughput: {ours['drafts_per_s'] / presidio['drafts_per_s']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
