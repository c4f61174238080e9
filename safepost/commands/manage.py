"""`safepost manage COMMAND ...`: any Django management command (migrate, createsuperuser,
rotate_vault_key, ...) with safepost's settings. Every command but ``migrate`` needs an existing
data directory and says where it looked when there is none."""

from __future__ import annotations

import argparse

from safepost.commands._common import EXIT_BAD_INPUT, open_existing_data_dir

#: Only `migrate` may create the data directory and its database; every other management
#: command works on the installation `safepost serve` (or `manage migrate`) set up, and a
#: mistyped --data-dir must not quietly start an empty one.
CREATES_DATA_DIR = frozenset({"migrate"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="the management command and its options")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    arguments = args.arguments or ["help"]
    if arguments[0] in CREATES_DATA_DIR:
        runtime.configure(args.data_dir)
    elif not open_existing_data_dir(args.data_dir, "manage"):
        return EXIT_BAD_INPUT
    from django.core.management import execute_from_command_line

    execute_from_command_line(["safepost manage", *arguments])
    return 0
