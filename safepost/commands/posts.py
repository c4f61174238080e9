"""`safepost posts publish-due [--worker-id ID] [--loop]` and `safepost posts list --school SLUG
--queue NAME`: the publishing worker on the command line, and a school's queues."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK

QUEUES = ("mine", "waiting", "scheduled", "published", "failed", "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    publish = sub.add_parser("publish-due", help="publish every post whose time has come, then exit (or --loop)")
    publish.add_argument("--worker-id", help="name recorded on the publications this process claims")
    publish.add_argument("--loop", action="store_true", help="keep publishing until stopped (SIGTERM or Ctrl-C)")
    publish.add_argument("--interval", type=float, default=2.0, help="seconds between passes with --loop")
    publish.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    listing = sub.add_parser("list", help="list a school's posts in one queue")
    listing.add_argument("--school", required=True, metavar="SLUG")
    listing.add_argument("--queue", default="all", choices=QUEUES)
    listing.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    runtime.configure(args.data_dir)
    if not runtime.system_checks_pass("posts"):
        return EXIT_BAD_INPUT
    runtime.migrate()
    return _publish(args) if args.action == "publish-due" else _list(args)


def _publish(args: argparse.Namespace) -> int:
    from safepost.posts.publishing import default_worker_id, sweep_due_publications
    from safepost.posts.sweeps import sweep_expired_posts

    worker = args.worker_id or default_worker_id()
    if not args.loop:
        expired = sweep_expired_posts()
        done = 0
        while (n := sweep_due_publications(worker)) > 0:
            done += n
        print(f"safepost posts: {done} publication(s) handled, {expired} post(s) expired ({worker})")
        return EXIT_OK
    from safepost.web import runtime

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    runtime.publish_loop(stop, args.interval, worker)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from safepost.posts.models import Post
    from safepost.posts.queues import QUEUE_FILTERS
    from safepost.schools.models import School

    school = School.objects.filter(slug=args.school).first()
    if school is None:
        print(f"safepost posts: error: --school {args.school!r}: no school with that slug", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.queue == "mine":
        print("safepost posts: error: --queue mine needs a signed-in user; use the web page", file=sys.stderr)
        return EXIT_BAD_INPUT
    posts = Post.objects.filter(school=school).select_related("latest", "author")
    if args.queue != "all":
        posts = posts.filter(QUEUE_FILTERS[args.queue])
    count = 0
    for post in posts.order_by("pk"):
        when = post.latest.scheduled_for.isoformat(timespec="minutes") if post.latest and post.latest.scheduled_for \
            else "when approved"
        # the post's words are not printed: they may name a child; its id and state are enough
        print(f"post {post.pk}\t{post.status}\trevision {post.latest.number if post.latest else 0}\t{when}\t"
              f"by {post.author.get_username()}")
        count += 1
    print(f"safepost posts: {count} post(s) in {args.queue}", file=sys.stderr)
    return EXIT_OK
