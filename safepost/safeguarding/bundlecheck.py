"""Checking an exported evidence bundle against its manifest. Pure Python (no Django, no
database), so whoever receives a bundle can check it with `safepost evidence verify-bundle`."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "safepost-evidence-bundle/1"
#: A bundle being verified is read member by member; these bound what a hostile zip can cost.
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 40 * 1024 * 1024  # twice the largest evidence file
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    where: str
    message: str


class BundleError(Exception):
    """The file is not a bundle at all (not a zip, no manifest); the message says which."""


def verify_bundle(path: Path) -> tuple[int, list[Problem]]:
    """Check a bundle against its manifest: every listed member present and unchanged, nothing else."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleError(f"{path} is not a zip file ({exc})") from None
    with archive:
        manifest = _manifest(archive, path)
        listed: dict[str, str] = manifest.get("files", {})
        problems = _member_problems(archive, listed)
    return len(listed), problems


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        info = archive.getinfo("manifest.json")
    except KeyError:
        raise BundleError(f"{path} has no manifest.json: it is not a safepost evidence bundle") from None
    if info.file_size > 10 * 1024 * 1024:
        raise BundleError(f"{path}: manifest.json is implausibly large")
    try:
        manifest = json.loads(archive.read(info))
    except (ValueError, zipfile.BadZipFile) as exc:
        raise BundleError(f"{path}: manifest.json cannot be read ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise BundleError(f"{path}: manifest.json is not a {FORMAT} manifest")
    return manifest


def _member_problems(archive: zipfile.ZipFile, listed: dict[str, str]) -> list[Problem]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        return [Problem("bundle", "it holds more than any evidence bundle could: refused without unpacking it")]
    problems = [Problem(name, "listed in the manifest but missing from the bundle")
                for name in sorted(set(listed) - {i.filename for i in infos})]
    for info in infos:
        if info.filename == "manifest.json":
            continue
        if info.filename not in listed:
            problems.append(Problem(info.filename, "in the bundle but not in the manifest (added afterwards?)"))
            continue
        problem = _member_problem(archive, info, listed[info.filename])
        if problem:
            problems.append(Problem(info.filename, problem))
    return problems


def _member_problem(archive: zipfile.ZipFile, info: zipfile.ZipInfo, expected: str) -> str:
    if info.file_size > MAX_MEMBER_BYTES:
        return "larger than any evidence file: not unpacked"
    digest = hashlib.sha256()
    seen = 0
    try:
        with archive.open(info) as stream:
            for chunk in iter(lambda: stream.read(1024 * 1024), b""):
                seen += len(chunk)
                if seen > MAX_MEMBER_BYTES:  # the header lied about the size: a zip bomb
                    return "unpacks to more than it declares: not unpacked further"
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        return f"cannot be read ({exc})"
    return "" if digest.hexdigest() == expected else f"changed: SHA-256 {digest.hexdigest()}, manifest {expected}"
