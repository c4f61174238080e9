"""`safepost vault rotate|reencrypt|retire`: manage the keys that encrypt official accounts' logins.

rotate     add a new key first and re-encrypt every stored login with it (old keys still read)
reencrypt  re-encrypt every login with the newest key (after putting one first in SAFEPOST_VAULT_KEYS)
retire     re-encrypt with the newest key, then drop every older key (``rotate --retire``: both)

Every step is written to the audit trail.
"""

from __future__ import annotations

import argparse
import sys

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["rotate", "reencrypt", "retire"],
                        help="rotate: new key + re-encrypt; reencrypt: with the newest key; "
                             "retire: re-encrypt, then drop the older keys")
    parser.add_argument("--retire", action="store_true", help="rotate: also retire the old keys afterwards")
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    if args.retire and args.action != "rotate":
        print("safepost vault: error: --retire goes with `rotate`", file=sys.stderr)
        return EXIT_BAD_INPUT
    runtime.configure(args.data_dir)
    if not runtime.system_checks_pass("vault"):
        return EXIT_BAD_INPUT
    from django.db import DatabaseError

    from safepost.accounts import actions, vault

    try:
        if args.action == "rotate":
            if vault.keys_from_environment():
                print("safepost vault: error: the keys come from SAFEPOST_VAULT_KEYS: put a new key first in that "
                      "value (python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'), "
                      "restart, then run `safepost vault retire`", file=sys.stderr)
                return EXIT_BAD_INPUT
            print(f"safepost vault: new key added to {vault.key_file()}; "
                  f"{actions.do_rotate_vault_key()} login(s) re-encrypted")
        if args.action == "reencrypt":
            print(f"safepost vault: {actions.do_reencrypt_vault()} login(s) re-encrypted with the newest key")
        if args.action == "retire" or args.retire:
            retired = actions.do_retire_vault_keys()
            if vault.keys_from_environment() and retired:
                print(f"safepost vault: every login opens with the newest key: remove the other {retired} key(s) "
                      "from SAFEPOST_VAULT_KEYS and restart")
            else:
                print(f"safepost vault: {retired} old key(s) retired; {vault.key_file()} holds one key")
    except vault.VaultError as exc:
        print(f"safepost vault: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DatabaseError as exc:
        print(f"safepost vault: error: cannot read the stored logins ({exc}); has the database been created?",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
