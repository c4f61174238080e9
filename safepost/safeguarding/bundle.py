"""The export bundle for the police or the LADO, and the checks that evidence is unchanged.

A bundle is a zip: ``evidence/<n>-<id>.<ext>`` for every file, ``items.json`` (every item,
with or without a file, as recorded), ``chronology.csv`` and ``chronology.html``, and
``manifest.json`` listing the SHA-256 of every other member. `safepost evidence verify-bundle`
recomputes them; the manifest's own hash is written to the audit trail when the bundle is made,
so a bundle can also be matched to the record of its export.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import UTC
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from safepost.safeguarding import files
from safepost.safeguarding.bundlecheck import FORMAT, Problem
from safepost.safeguarding.chronology import Entry, incident_chronology
from safepost.safeguarding.models import Evidence, EvidenceKind, Incident


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _item(item: Evidence, member: str) -> dict[str, Any]:
    return {"id": item.pk, "kind": item.kind, "sha256": item.sha256, "file": member, "file_name": item.file_name,
            "mime_type": item.mime_type, "size": item.size, "corrects": item.corrects_id,
            "description": item.description, "text": item.text, "url": item.url, "platform": item.platform,
            "platform_ids": item.platform_ids, "author_handle": item.author_handle,
            "captured_at": item.captured_at.astimezone(UTC).isoformat(), "place": item.place,
            "added_by": item.added_by.get_username(), "added_at": item.added_at.astimezone(UTC).isoformat()}


def _csv(entries: list[Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["when (UTC)", "what", "by", "details"])
    for entry in entries:
        writer.writerow([entry.at.astimezone(UTC).isoformat(), entry.what, entry.by, entry.details])
    return out.getvalue().encode("utf-8")


def build_bundle(incident: Incident) -> tuple[bytes, str]:
    """The zip's bytes and the manifest's SHA-256."""
    members: dict[str, bytes] = {}
    items = []
    for number, item in enumerate(incident.evidence.select_related("added_by").order_by("pk"), start=1):
        member = ""
        if item.kind == EvidenceKind.FILE and item.file:
            member = f"evidence/{number:03d}-{item.pk}.{str(item.file.name).rsplit('.', 1)[-1]}"
            with item.file.open("rb") as stream:
                members[member] = stream.read()
        items.append(_item(item, member))
    entries = incident_chronology(incident)
    members["items.json"] = json.dumps(items, indent=2, ensure_ascii=False).encode("utf-8")
    members["chronology.csv"] = _csv(entries)
    members["chronology.html"] = render_to_string("safeguarding/bundle_chronology.html",
                                                  {"incident": incident, "entries": entries, "items": items}).encode()
    manifest = {"format": FORMAT, "incident": incident.reference, "type": incident.type,
                "exported_at": timezone.now().astimezone(UTC).isoformat(),
                "files": {name: _sha(data) for name, data in sorted(members.items())},
                "evidence": {str(i["id"]): i["sha256"] for i in items}}
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue(), _sha(manifest_bytes)


# --- the stored evidence ----------------------------------------------------------------------

def verify_stored(rows: Any = None) -> tuple[int, list[Problem]]:
    """Recompute every stored item's hash (the file's bytes, or the recorded fields)."""
    problems: list[Problem] = []
    count = 0
    for item in (rows if rows is not None else Evidence.objects.order_by("pk")).iterator():
        count += 1
        where = f"evidence {item.pk} (incident SG-{item.incident_id:05d})"
        problem = _stored_problem(item)
        if problem:
            problems.append(Problem(where, problem))
    return count, problems


def _stored_problem(item: Evidence) -> str:
    if item.kind != EvidenceKind.FILE:
        actual = files.item_digest(files.recorded_fields(item))
        return "" if actual == item.sha256 else "its recorded details were changed since it was added"
    if not item.file:
        return "its file is missing from the record"
    try:
        with item.file.open("rb") as stream:
            actual = files.file_digest(stream)
    except OSError:
        return f"its file {item.file.name} is missing from the data directory"
    return "" if actual == item.sha256 else (f"its file {item.file.name} was changed: SHA-256 {actual}, "
                                             f"recorded {item.sha256}")
