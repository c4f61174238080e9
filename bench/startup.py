"""How long does `safepost check` take on one draft, whole process? `python bench/startup.py [TREE ...]`.

Runs ``python -m safepost.cli check --school examples/school examples/draft.txt`` (the README's
first command: a thorough check of a two-line draft) ``--repeat`` times in each source tree
given (default: this one), taking the trees in turn so that a shared machine's load falls on
each alike, and prints the wall time and the CPU time (user + system) of each tree's runs:
median, lowest and highest. Give two trees (say the session's starting commit unpacked with
``git archive`` and the work tree) to compare them in the same minutes; run it under
``taskset -c 0`` for one core. The target is under a second of wall time on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = ["-m", "safepost.cli", "check", "--school", "examples/school", "examples/draft.txt"]


def run_once(tree: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `safepost check` in ``tree`` (its own code on PYTHONPATH)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *COMMAND], cwd=tree, env=env, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s (lowest {min(values):.3f}, highest {max(values):.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("trees", nargs="*", type=Path, default=[ROOT], help="source trees to time (default: this one)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per tree (default 5)")
    args = parser.parse_args(argv)
    trees = [t.resolve() for t in args.trees]
    for tree in trees:
        run_once(tree)  # warm the file cache and the bytecode of each tree before timing
    walls: dict[Path, list[float]] = {t: [] for t in trees}
    cpus: dict[Path, list[float]] = {t: [] for t in trees}
    for _ in range(args.repeat):
        for tree in trees:
            wall, cpu = run_once(tree)
            walls[tree].append(wall)
            cpus[tree].append(cpu)
    for tree in trees:
        print(f"{tree}: {args.repeat} runs")
        print(f"  wall {summary(walls[tree])}")
        print(f"  cpu  {summary(cpus[tree])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
