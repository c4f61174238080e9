"""Reading drafts from the inputs `safepost check` accepts: .txt/.md, .json, .jsonl or `-`."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from safepost.engine.draft import Draft, draft_from_object
from safepost.engine.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_drafts(inputs: list[str]) -> Iterator[Draft]:
    """Yield drafts in input order. Raises InputError naming the file and line."""
    for name in inputs:
        text, label, base = read_text(name)
        yield from _drafts_from_text(text, name, label, base)


def read_text(name: str) -> tuple[str, str, Path]:
    """A file (or `-` for standard input) as text, with the label errors use and its folder.

    Refuses files over the size limit, binary files and invalid UTF-8, naming where."""
    raw, label, base = _read_bytes(name)
    return _decode(raw, label), label, base


def _read_bytes(name: str) -> tuple[bytes, str, Path]:
    if name == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "<stdin>", Path.cwd()
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError("is a directory; give a .txt, .md, .json or .jsonl file", file=name)
        with path.open("rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError("file not found", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", file=name) from None
    return raw, name, path.parent


def _decode(raw: bytes, label: str) -> str:
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB", file=label)
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError("contains NUL bytes: this looks like a binary file, not text", file=label, line=line)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError("is not valid UTF-8", file=label, line=line, column=column) from None


def _drafts_from_text(text: str, name: str, label: str, base: Path) -> Iterator[Draft]:
    suffix = Path(name).suffix.lower() if name != "-" else _sniff(text)
    if not text.strip():
        raise InputError("is empty: nothing to check", file=label)
    if suffix == ".jsonl":
        yield from _jsonl(text, label, base)
    elif suffix == ".json":
        yield _resolve_paths(_json_draft(text, label, Path(name).stem if name != "-" else "stdin"), base)
    else:
        yield Draft(id=Path(name).stem if name != "-" else "stdin", text=text)


def _sniff(text: str) -> str:
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        return ".txt"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return ".jsonl" if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines) else ".json"


def _json(text: str, label: str, first_line: int) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=label, line=first_line + exc.lineno - 1, column=exc.colno) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", file=label, line=first_line) from None


def _json_draft(text: str, label: str, default_id: str) -> Draft:
    """A .json file holds one draft, so an error about one of its keys names the key's line."""
    obj = _json(text, label, 1)
    try:
        return draft_from_object(obj, label, default_id)
    except InputError as exc:
        if exc.key is None:
            raise
        top_key = re.split(r"[.\[]", exc.key, maxsplit=1)[0]
        raise InputError(exc.message, file=label, line=_line_of_key(text, top_key), key=exc.key) from None


def _line_of_key(text: str, key: str) -> int:
    """The line of ``"key":`` in a JSON text, else of the object's opening brace."""
    found = re.search(r'"' + re.escape(key) + r'"\s*:', text)
    offset = found.start() if found else len(text) - len(text.lstrip())
    return text.count("\n", 0, offset) + 1


def _jsonl(text: str, label: str, base: Path) -> Iterator[Draft]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            obj = _json(line, label, number)
            yield _resolve_paths(draft_from_object(obj, f"{label}:{number}", f"line-{number}"), base)


def _resolve_paths(draft: Draft, base: Path) -> Draft:
    """Image paths are taken as given, or else relative to the file that names them."""
    images = []
    for image in draft.images:
        if image.path and not Path(image.path).exists() and (base / image.path).exists():
            image = replace(image, path=str(base / image.path))
        images.append(image)
    return replace(draft, images=tuple(images))
