"""The vault: account logins encrypted at rest with MultiFernet, so keys can be rotated.

Keys come from ``SAFEPOST_VAULT_KEYS`` (comma-separated, newest first) or from ``vault-keys``
in the data directory, generated on first use. Rotation adds a new key in front and
re-encrypts every stored login with it; old keys still decrypt until they are removed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


class VaultError(Exception):
    """The vault cannot decrypt a login (a key was removed or the data was changed)."""


def key_file() -> Path:
    return Path(settings.DATA_DIR) / "vault-keys"


def keys() -> list[bytes]:
    configured = [k.strip() for k in settings.SAFEPOST_VAULT_KEYS.split(",") if k.strip()]
    if configured:
        return [k.encode("ascii") for k in configured]
    path = key_file()
    if not path.exists():
        write_keys([Fernet.generate_key()])
    return [line.strip().encode("ascii") for line in path.read_text("ascii").splitlines() if line.strip()]


def write_keys(new_keys: list[bytes]) -> None:
    path = key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write("\n".join(k.decode("ascii") for k in new_keys) + "\n")
    temp.replace(path)


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
    return _fernet().rotate(token.encode("ascii")).decode("ascii")
