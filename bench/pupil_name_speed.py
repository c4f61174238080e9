"""pupil-name speed: `python bench/pupil_name_speed.py [--drafts N] [--roster N]`.

Times the pupil-name rule (PUP001) alone on 300-word drafts against a synthetic school of
``--roster`` pupils, on one core, and prints the mean, p50 and p99 time per draft in ms. Two
draft mixes are timed: the plain filler drafts of ``bench/speed.py`` (one in three names a
pupil) and "busy" drafts that also carry names that are words (Will, May, Poppy), staff
titles, a list of names and a hashtag: the work per match is what those measure.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import drafts, school

from safepost.engine import load_policy
from safepost.engine.rules import Env, Field, FieldKind
from safepost.engine.rules.pupil_name import PupilName
from safepost.engine.school import Pupil

# Invented sentences, each with something the rule must look at twice.
BUSY = (
    "Will parents please remember that May half term starts on Friday",
    "The Poppy Appeal stall is open in the hall every morning",
    "Mrs Marsh and Mr Green will be on the gate at pick-up",
    "Well done {a} and {b} for a fantastic week in class",
    "Our reading champions this week are {a}, {b} and {c}",
    "Huge congratulations to {a} {last} on the swimming gala #WellDone{b}",
    "A robin has been visiting the holly bush by the garden",
    "Year 3 have been reading Harry Potter in guided reading",
)


def busy_drafts(count: int, pupils: tuple[Pupil, ...], words: int = 300, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    base = drafts(count, words=words - 60, seed=seed)
    out = []
    for text in base:
        a, b, c = (rng.choice(pupils) for _ in range(3))
        extra = [s.format(a=a.first_name, b=b.first_name, c=c.first_name, last=a.last_name) for s in BUSY[:5]]
        rng.shuffle(extra)
        out.append(text + " " + ". ".join(extra) + ".")
    return out


def time_rule(texts: list[str], env: Env) -> dict[str, float]:
    rule = PupilName()
    for text in texts[:50]:  # warm up: the school's index is built on first use
        list(rule.find(Field("text", FieldKind.TEXT, text), env))
    latencies = []
    for text in texts:
        field = Field("text", FieldKind.TEXT, text)  # a new field per draft, as check() makes
        t0 = time.perf_counter()
        list(rule.find(field, env))
        latencies.append(time.perf_counter() - t0)
    latencies.sort()
    return {
        "mean_ms": statistics.fmean(latencies) * 1000,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=3000)
    parser.add_argument("--roster", type=int, default=1000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sch = school(args.roster)
    env = Env(school=sch, policy=load_policy("default"))
    mixes = {
        "filler (1 in 3 names a pupil)": drafts(args.drafts, pupils=sch.pupils),
        "busy (names, word-names, titles)": busy_drafts(args.drafts, sch.pupils),
    }
    print(f"pupil-name, {args.roster}-pupil roster, {args.drafts} drafts of ~300 words, one core")
    print(f"{'drafts':34s} {'mean ms':>9s} {'p50 ms':>9s} {'p99 ms':>9s}")
    for name, texts in mixes.items():
        row = time_rule(texts, env)
        print(f"{name:34s} {row['mean_ms']:9.3f} {row['p50_ms']:9.3f} {row['p99_ms']:9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
