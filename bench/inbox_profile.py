"""One inbox page request, measured: its queries (how many, how long each) and its time.

    python bench/inbox_profile.py                      # SQLite in a temporary folder, 100,000 comments
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sp_x python bench/inbox_profile.py
    python bench/inbox_profile.py --comments 20000 --repeat 50 --pyinstrument

Seeds like bench/inbox_load.py, then asks Django's test client (in this process, no server) for
the queue, page 2, "assigned to me" and one comment; prints the median time per page over
``--repeat`` requests and each query of the last request with its time. ``--pyinstrument``
(``pip install pyinstrument``; not a runtime dependency) prints a profile of the queue page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--pyinstrument", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("SAFEPOST_DATA_DIR", tempfile.mkdtemp(prefix="safepost-inbox-profile-"))
    from safepost.web import runtime

    runtime.configure()
    runtime.migrate()
    from bench.inbox_load import seed

    slug, sessions, comments = seed(args.comments, 20)
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=(settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".") or "localhost")
    client.cookies[settings.SESSION_COOKIE_NAME] = sessions[0]
    pages = {"queue": f"/s/{slug}/inbox/", "page 2": f"/s/{slug}/inbox/?page=2",
             "mine": f"/s/{slug}/inbox/?queue=mine", "comment": f"/s/{slug}/inbox/{comments[0]}/"}
    print(f"database: {runtime.database_label()}; {args.comments:,} comments")
    for name, path in pages.items():
        for _ in range(3):  # warm: templates loaded, caches filled
            answer = client.get(path)
            assert answer.status_code == 200, (path, answer.status_code, answer.get("Location"))
        times = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - began) * 1000)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        total = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        print(f"\n{name:<8} median {statistics.median(times):6.1f} ms, min {min(times):6.1f} ms; "
              f"{len(captured)} queries, {total:.1f} ms in the database")
        for query in captured.captured_queries:
            print(f"  {float(query['time']) * 1000:6.1f} ms  {query['sql'][:150]}")
    if args.pyinstrument:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(args.repeat):
                client.get(pages["queue"])
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
