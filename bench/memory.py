"""Memory for a large roster: `python bench/memory.py [--roster 5000]`.

Writes a synthetic roster CSV, loads the school directory, builds every per-school index (by
checking one draft) and prints the growth of the process's resident memory and Python's peak
traced allocation.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import roster

from safepost.engine import Draft, check, load_policy, load_school
from safepost.engine.school import ROSTER_COLUMNS


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_school(directory: Path, size: int) -> None:
    (directory / "school.toml").write_text('name = "Memory Test Primary"\npolicy = "default"\n', encoding="utf-8")
    with (directory / "roster.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(ROSTER_COLUMNS)
        for p in roster(size):
            writer.writerow([p.id, p.first_name, p.last_name, p.preferred_name, p.year_group, p.class_name, "yes", "yes"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--roster", type=int, default=5000)
    args = parser.parse_args()
    policy = load_policy("default")
    check(Draft("warm", "Hello"), load_school(Path(__file__).resolve().parents[1] / "examples" / "school"), policy)
    with tempfile.TemporaryDirectory() as tmp:
        write_school(Path(tmp), args.roster)
        before = rss_mb()
        tracemalloc.start()
        school = load_school(tmp, staff_required=False)  # a roster only: the staff list is not measured
        check(Draft("d", "Well done everyone on a lovely assembly."), school, policy)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        after = rss_mb()
    print(f"roster of {len(school.pupils)} pupils loaded and indexed")
    print(f"resident memory growth: {after - before:.1f} MB; peak Python allocation: {peak / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
