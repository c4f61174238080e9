"""Add a new vault key and re-encrypt every stored account login with it."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from safepost.accounts import vault
from safepost.accounts.actions import do_rotate_vault_key


class Command(BaseCommand):
    help = "rotate the vault key: new key first, every login re-encrypted, old keys kept for reading"

    def handle(self, *args: Any, **options: Any) -> None:
        from django.conf import settings

        if settings.SAFEPOST_VAULT_KEYS:
            raise CommandError("keys come from SAFEPOST_VAULT_KEYS: put a new key first there, then run this "
                               "command again with the file-based keys, or re-encrypt with your own tooling")
        try:
            count = do_rotate_vault_key()
        except vault.VaultError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"vault key rotated; {count} login(s) re-encrypted")
