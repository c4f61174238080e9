"""`safepost worker`: background task workers (and, unless --no-sweep, the sweep loop), for a
deployment where web and workers run on different machines (PostgreSQL)."""

from __future__ import annotations

import argparse
import signal
import threading

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    parser.add_argument("--no-sweep", action="store_true", help="run tasks only, not the time-based sweeps")
    parser.add_argument("--sweep-only", action="store_true", help="run the sweeps only, not tasks")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls for new tasks")
    parser.add_argument("--batch", action="store_true", help="run the waiting tasks and sweeps once, then exit")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    runtime.configure(args.data_dir)
    if not runtime.system_checks_pass("worker"):
        return EXIT_BAD_INPUT
    runtime.migrate()
    if args.batch:
        return _once(args)
    stop = threading.Event()
    if not args.no_sweep:
        threading.Thread(target=runtime.sweep_loop, args=(stop,), daemon=True, name="sweeps").start()
        threading.Thread(target=runtime.publish_loop, args=(stop,), daemon=True, name="publish").start()
    if args.sweep_only:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        stop.wait()
        return EXIT_OK
    from django.core.management import call_command

    # db_worker installs its own SIGTERM/SIGINT handlers and finishes the task in hand.
    call_command("db_worker", interval=args.interval, no_startup_delay=True, verbosity=0)
    stop.set()
    return EXIT_OK


def _once(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    from safepost.web import runtime

    if not args.sweep_only:
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    if not args.no_sweep:
        runtime.run_sweeps_once()
    return EXIT_OK
