"""`safepost serve`: the web application (gunicorn), the task worker and the sweep loop.

Creates and migrates the database on first start. Stops cleanly on SIGTERM or Ctrl-C: the
children get SIGTERM, then SIGKILL if they have not gone after a grace period.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK

GRACE_SECONDS = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    parser.add_argument("--workers", type=int, default=max(2, min(8, (os.cpu_count() or 1) + 1)),
                        help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=8, help="threads per gunicorn worker")
    parser.add_argument("--no-worker", action="store_true", help="do not start the task worker")
    parser.add_argument("--access-log", action="store_true", help="log every request to stdout")
    if parser.prog.endswith(" serve"):
        parser.add_argument("--allow-insecure", action="store_true",
                            help="start even when Django's deployment checks (check --deploy) report errors")


def run(args: argparse.Namespace) -> int:
    return serve(args, "serve")


def serve(args: argparse.Namespace, command: str, banner: str = "") -> int:
    """Shared by `safepost serve` and `safepost demo`."""
    from safepost.web import runtime

    if not 0 < args.port < 65536:
        print(f"safepost {command}: error: --port {args.port} is not a port number", file=sys.stderr)
        return EXIT_BAD_INPUT
    # Links in emails need the site's address; without SAFEPOST_SITE_URL, the one we listen on
    # (children inherit it). Behind a proxy, set SAFEPOST_SITE_URL to the public address.
    if not (os.environ.get("SAFEPOST_SITE_URL") or os.environ.get("SAFEPOST_BASE_URL")):
        os.environ["SAFEPOST_SITE_URL"] = f"http://{args.host}:{args.port}"
    data_dir = runtime.configure(args.data_dir, demo=command == "demo")
    for change in runtime.make_data_dir_private(data_dir):
        print(f"safepost {command}: made the data directory private: {change}", file=sys.stderr)
    if not _checks_pass(args, command):
        return EXIT_BAD_INPUT
    runtime.migrate()
    from safepost.audit.chain import ready_problem

    if problem := ready_problem():
        print(f"safepost {command}: error: cannot write the audit trail: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if command == "demo":
        from safepost.web.demo import seed

        banner = seed(f"http://{args.host}:{args.port}/")
    return _supervise(args, command, banner)


def _checks_pass(args: argparse.Namespace, command: str) -> bool:
    """`serve` runs the deployment checks too and refuses to start on an error unless
    --allow-insecure; the demo (http on 127.0.0.1) runs the plain checks and warns about keys."""
    from safepost.web import runtime

    if command == "demo":
        from safepost.web.checks import check_key_locations

        for warning in check_key_locations():
            print(f"safepost demo: warning: {warning.msg} (fine for a demo)", file=sys.stderr)
        return runtime.system_checks_pass(command)
    if runtime.system_checks_pass(command, deploy=True):
        return True
    if getattr(args, "allow_insecure", False):
        print(f"safepost {command}: starting despite the errors above (--allow-insecure)", file=sys.stderr)
        return True
    print(f"safepost {command}: not started: fix the errors above, or pass --allow-insecure to start anyway",
          file=sys.stderr)
    return False


def _children(args: argparse.Namespace) -> list[list[str]]:
    gunicorn = [sys.executable, "-m", "gunicorn", "safepost.web.wsgi:application",
                "--bind", f"{args.host}:{args.port}", "--workers", str(args.workers), "--threads", str(args.threads),
                "--worker-class", "gthread", "--graceful-timeout", str(GRACE_SECONDS - 2), "--timeout", "60",
                # Browsers reuse a connection for the next click: keep it open a few seconds.
                "--keep-alive", "5",
                # Files the web processes create (SQLite's WAL and journal) are private too.
                "--umask", "0o077"]
    if args.access_log:
        gunicorn += ["--access-logfile", "-"]
    children = [gunicorn]
    if not args.no_worker:
        children.append([sys.executable, "-m", "safepost", "worker", "--no-sweep"])
    return children


def _supervise(args: argparse.Namespace, command: str, banner: str) -> int:
    from safepost.web import runtime

    stop = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGTERM, signal.SIGINT)}
    env = os.environ.copy()
    # Children ignore terminal Ctrl-C (own session); we stop them in order, once.
    procs = [subprocess.Popen(cmd, env=env, start_new_session=True) for cmd in _children(args)]
    print(f"safepost {command}: listening on http://{args.host}:{args.port}/ ({runtime.database_label()})", flush=True)
    if banner:
        print(banner, flush=True)
    sweeper = threading.Thread(target=runtime.sweep_loop, args=(stop,), daemon=True, name="sweeps")
    sweeper.start()
    threading.Thread(target=runtime.publish_loop, args=(stop,), daemon=True, name="publish").start()
    runtime.wait_forever(stop, 0.5, lambda: all(p.poll() is None for p in procs))
    crashed = [p for p in procs if p.poll() not in (None, 0)]
    signalled = stop.is_set()
    stop.set()
    _stop_all(procs)
    for sig, handler in previous.items():
        signal.signal(sig, handler)
    if crashed and not signalled:
        command_line = crashed[0].args
        name = " ".join(map(str, command_line[2:4])) if isinstance(command_line, list) else "a child"
        print(f"safepost {command}: a child process exited ({name}); stopped", file=sys.stderr)
        return 1
    print(f"safepost {command}: stopped", flush=True)
    return EXIT_OK


def _stop_all(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
