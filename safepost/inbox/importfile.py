"""Comments from a CSV or JSON Lines file, for platforms without an API (a person exports them).

Columns / keys: ``id`` (the platform's id; required), ``text`` (required), ``received_at`` (ISO 8601
with a time zone; required), ``post_id``, ``parent_id``, ``author``, ``author_role``, ``url``.
Each bad line is reported with its line number and the rest are imported. Bytes that are not
UTF-8 are reported on the line they are on; nothing crashes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from safepost.connectors import RemoteComment
from safepost.engine.triage.triage import KNOWN_ROLES

REQUIRED = ("id", "text", "received_at")
MAX_FILE_BYTES = 200 * 1024 * 1024
csv.field_size_limit(10 * 1024 * 1024)


@dataclass
class Parsed:
    comments: list[RemoteComment] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse(data: bytes, filename: str) -> Parsed:
    """Parse an import file by its name: ``.jsonl``/``.ndjson`` or ``.csv``."""
    out = Parsed()
    if len(data) > MAX_FILE_BYTES:
        out.errors.append(f"{filename}: the file is {len(data):,} bytes; split it into files under "
                          f"{MAX_FILE_BYTES:,} bytes")
        return out
    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    rows = _jsonl(text, filename, out) if filename.lower().endswith((".jsonl", ".ndjson")) else _csv(text, filename,
                                                                                                    out)
    for line, obj in rows:
        _one(obj, f"{filename}:{line}", out)
    return out


def _jsonl(text: str, filename: str, out: Parsed) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if _bad_bytes(line):
            out.errors.append(f"{filename}:{number}: this line is not valid UTF-8 ({_bad_bytes(line)}); "
                              "save the file as UTF-8")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            out.errors.append(f"{filename}:{number}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            out.errors.append(f"{filename}:{number}: each line must be a JSON object")
            continue
        yield number, obj


def _csv(text: str, filename: str, out: Parsed) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        out.errors.append(f"{filename}:1: the header lacks the column(s) {', '.join(missing)} "
                          f"(it needs {', '.join(REQUIRED)})")
        return
    try:
        for row in reader:
            line = reader.line_num
            bad = next((_bad_bytes(v) for v in row.values() if isinstance(v, str) and _bad_bytes(v)), "")
            if bad:
                out.errors.append(f"{filename}:{line}: this line is not valid UTF-8 ({bad}); save the file as UTF-8")
                continue
            if None in row:
                out.errors.append(f"{filename}:{line}: more cells than columns in the header")
                continue
            yield line, row
    except csv.Error as exc:
        out.errors.append(f"{filename}:{reader.line_num}: {exc}; lines after it were not read")


def _bad_bytes(value: str) -> str:
    """The first undecodable byte, as 0xNN, or ''."""
    for char in value:
        if 0xDC80 <= ord(char) <= 0xDCFF:
            return f"byte 0x{ord(char) - 0xDC00:02x}"
    return ""


def _one(obj: dict[str, Any], where: str, out: Parsed) -> None:
    for key in REQUIRED:
        value = obj.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            out.errors.append(f"{where}: '{key}' is missing or empty")
            return
    if not isinstance(obj["text"], str):
        out.errors.append(f"{where}: 'text' must be a string")
        return
    optional = {k: obj.get(k) or "" for k in ("post_id", "parent_id", "author", "author_role", "url")}
    if any(not isinstance(v, str) for v in optional.values()) or not isinstance(obj["id"], str | int):
        out.errors.append(f"{where}: 'id', 'post_id', 'parent_id', 'author', 'author_role' and 'url' must be text")
        return
    received = _when(obj["received_at"])
    if received is None:
        out.errors.append(f"{where}: 'received_at' {str(obj['received_at'])[:40]!r} is not an ISO 8601 date and "
                          "time with a time zone, such as 2026-11-30T09:15:00+00:00")
        return
    remote_id = str(obj["id"]).strip()
    role = optional["author_role"].strip().lower()
    out.roles[remote_id] = role if role in KNOWN_ROLES else "unknown"
    out.comments.append(RemoteComment(remote_id=remote_id, text=obj["text"], author_handle=optional["author"],
                                      created_at=received, post_remote_id=optional["post_id"],
                                      parent_remote_id=optional["parent_id"] or None, url=optional["url"]))


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
