"""The governors' report of a school with a year of data: how long the PDF takes to render.

    python bench/governors_report.py                   # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sp_x python bench/governors_report.py
    python bench/governors_report.py --out report.pdf --lang cy --repeat 5 --profile

Seeds the demo trust (safepost/web/demo.py) and a synthetic year of posts, comments, replies and
takedowns for its first school (safepost/reports/yeardata.py), then times, for the term that
ended last before the year's end (default): gathering the
numbers, rendering the HTML, and rendering the PDF with WeasyPrint. The target is under 5 s
for the whole PDF. Wall time on a shared machine mostly measures the other processes: the CPU
time this process spent is printed too, with the load average. ``--profile`` prints cProfile's
top functions of one PDF render.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--end", help="the year's last day (YYYY-MM-DD; default today)")
    parser.add_argument("--term", help="default: the last whole term before --end (the year holds all of it)")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", help="also write the PDF here")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("SAFEPOST_DATA_DIR", tempfile.mkdtemp(prefix="safepost-governors-"))
    os.environ.setdefault("SAFEPOST_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    from safepost.web import runtime

    runtime.configure()
    runtime.migrate()
    from safepost.reports.report import render_body, render_pdf, school_report
    from safepost.reports.terms import parse_term, term_of
    from safepost.reports.yeardata import seed_year
    from safepost.schools.models import School
    from safepost.web.demo import SCHOOLS, seed

    began = time.perf_counter()
    seed("http://127.0.0.1:8000")
    school = School.objects.get(slug=SCHOOLS[0].slug)
    from django.utils import timezone

    end = date.fromisoformat(args.end) if args.end else timezone.localdate()
    seeded = seed_year(school, end)
    print(f"database: {runtime.database_label()}; seeded in {time.perf_counter() - began:.1f} s: {seeded}")
    term = parse_term(args.term) if args.term else term_of(end).previous()
    render_pdf(school_report(school, term, args.lang))  # warm: fonts, templates, the engine context
    gather, html, pdf_times, cpu = [], [], [], []
    pdf = b""
    for _ in range(args.repeat):
        c0 = time.process_time()
        t0 = time.perf_counter()
        report = school_report(school, term, args.lang)
        t1 = time.perf_counter()
        render_body(report)
        t2 = time.perf_counter()
        pdf = render_pdf(report)
        t3 = time.perf_counter()
        gather.append(t1 - t0)
        html.append(t2 - t1)
        pdf_times.append(t3 - t0)
        cpu.append(time.process_time() - c0)
    print(f"{term.key} ({args.lang}): numbers {statistics.median(gather):.2f} s, HTML {statistics.median(html):.3f} s, "
          f"whole PDF {statistics.median(pdf_times):.2f} s wall, {statistics.median(cpu):.2f} s CPU "
          f"(median of {args.repeat}; {len(pdf) // 1024} KB); target < 5 s; load average {os.getloadavg()[0]:.1f}")
    if args.out:
        Path(args.out).write_bytes(pdf)
        print(f"wrote {args.out}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        render_pdf(school_report(school, term, args.lang))
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
