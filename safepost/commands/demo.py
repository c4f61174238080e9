"""`safepost demo`: `safepost serve` with a demo trust of five schools built on the five policy
packs, synthetic pupils and staff, and demo logins printed at start."""

from __future__ import annotations

import argparse
import os

from safepost.commands import serve


def add_arguments(parser: argparse.ArgumentParser) -> None:
    serve.add_arguments(parser)
    parser.set_defaults(data_dir=os.environ.get("SAFEPOST_DATA_DIR", "./safepost-demo"))


def run(args: argparse.Namespace) -> int:
    return serve.serve(args, "demo")
