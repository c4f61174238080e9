"""`safepost manage COMMAND ...`: any Django management command (migrate, createsuperuser,
rotate_vault_key, ...) with safepost's settings."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="the management command and its options")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    runtime.configure(args.data_dir)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["safepost manage", *(args.arguments or ["help"])])
    return 0
