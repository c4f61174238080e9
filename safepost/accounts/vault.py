"""The vault: account logins encrypted at rest with MultiFernet, so keys can be rotated.

Keys come from ``SAFEPOST_VAULT_KEYS`` (comma-separated, newest first) or from a key file:
``SAFEPOST_VAULT_KEYS_FILE``, else ``vault-keys`` in ``SAFEPOST_KEYS_DIR``, else in the data
directory (the demo's default), generated on first use. Rotation adds a new key in front and
re-encrypts every stored login with it; retiring then drops every key but the newest, once no
stored login needs them (``safepost vault rotate --retire``).
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from safepost.web.config import write_private


class VaultError(Exception):
    """The vault cannot decrypt a login (a key was removed or the data was changed)."""


def key_file() -> Path:
    return Path(settings.SAFEPOST_VAULT_KEYS_FILE)


def keys_from_environment() -> bool:
    """True when the keys are given as a value (SAFEPOST_VAULT_KEYS), which safepost cannot rewrite."""
    return bool(settings.SAFEPOST_VAULT_KEYS.strip())


def keys() -> list[bytes]:
    configured = [k.strip() for k in settings.SAFEPOST_VAULT_KEYS.split(",") if k.strip()]
    if configured:
        return [k.encode("ascii") for k in configured]
    path = key_file()
    if not path.exists():
        # Two processes starting at once: the first key written wins, none is lost.
        write_private(path, Fernet.generate_key().decode("ascii") + "\n", replace=False)
    return [line.strip().encode("ascii") for line in path.read_text("ascii").splitlines() if line.strip()]


def write_keys(new_keys: list[bytes]) -> None:
    if keys_from_environment():
        raise VaultError("the vault keys come from SAFEPOST_VAULT_KEYS: change that value, not the key file")
    write_private(key_file(), "\n".join(k.decode("ascii") for k in new_keys) + "\n")


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(k) for k in keys()])


def seal(login: dict[str, str]) -> str:
    return _fernet().encrypt(json.dumps(login).encode("utf-8")).decode("ascii")


def unseal(token: str) -> dict[str, str]:
    try:
        data: dict[str, str] = json.loads(_fernet().decrypt(token.encode("ascii")))
    except (InvalidToken, ValueError) as exc:
        raise VaultError("this login cannot be decrypted with the current vault keys") from exc
    return data


def rotate_token(token: str) -> str:
    try:
        return _fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken as exc:
        raise VaultError("a stored login cannot be decrypted with the current vault keys") from exc


def opens_with_newest_key_only(token: str) -> bool:
    """True if the newest key alone decrypts ``token``: the older keys are no longer needed for it."""
    try:
        Fernet(keys()[0]).decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True
