"""Writing and verifying the hash chain.

Each event's ``hash`` is an HMAC-SHA256, under the audit key, of every stored field and the
previous event's hash. The key lives outside the database (``SAFEPOST_AUDIT_KEY`` or its key
file), so someone who can edit the database but not read the key cannot rewrite an event and
recompute the hashes after it. What the chain cannot show on its own, it can with anchors: the
head (sequence number and hash) copied outside the database by `safepost audit anchor`; a chain
cut back, or emptied, no longer contains an anchored event. docs/security.md says what each
proves.

Events written before the chain was keyed carry plain SHA-256 hashes (``keyed`` False); they
are verified with that scheme, and only before the first keyed event.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models, transaction
from django.utils import timezone

from safepost.audit.models import ChainHead, Event
from safepost.web.config import write_private

GENESIS = "0" * 64


class AuditKeyError(Exception):
    """The audit key is missing while keyed events exist (restore it from the key backup)."""


class ChainHeadMissing(Exception):
    """The chain head row was deleted while events exist: appending would hide the deletion."""


def _body(seq: int, at: datetime, school_id: int | None, actor_id: int | None, actor_label: str,
          action: str, object_type: str, object_id: str, detail: dict[str, Any], prev_hash: str) -> bytes:
    return json.dumps(
        [seq, at.isoformat(timespec="microseconds"), school_id, actor_id, actor_label, action,
         object_type, object_id, detail, prev_hash],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    ).encode("utf-8")


def digest(seq: int, at: datetime, school_id: int | None, actor_id: int | None, actor_label: str,
           action: str, object_type: str, object_id: str, detail: dict[str, Any], prev_hash: str) -> str:
    """The unkeyed hash of one event (the scheme before the chain was keyed)."""
    body = _body(seq, at, school_id, actor_id, actor_label, action, object_type, object_id, detail, prev_hash)
    return hashlib.sha256(body).hexdigest()


def keyed_digest(key: bytes, seq: int, at: datetime, school_id: int | None, actor_id: int | None,
                 actor_label: str, action: str, object_type: str, object_id: str, detail: dict[str, Any],
                 prev_hash: str) -> str:
    """The HMAC of one event under the audit key."""
    body = _body(seq, at, school_id, actor_id, actor_label, action, object_type, object_id, detail, prev_hash)
    return hmac.new(key, b"safepost-audit-v2\n" + body, hashlib.sha256).hexdigest()


def _event_hash(event: Any, key: bytes | None) -> str:
    fields = (event.seq, event.at, event.school_id, event.actor_id, event.actor_label, event.action,
              event.object_type, event.object_id, event.detail, event.prev_hash)
    if event.keyed:
        if key is None:
            raise AuditKeyError("no audit key")
        return keyed_digest(key, *fields)
    return digest(*fields)


# ---- the key -------------------------------------------------------------------------------

def audit_key(create: bool = False) -> bytes:
    """The HMAC key: ``SAFEPOST_AUDIT_KEY``, else its key file. ``create`` generates the file
    when it is missing; callers allow that only while no keyed event exists, because a new key
    would make every earlier keyed event look rewritten."""
    if settings.SAFEPOST_AUDIT_KEY:
        return settings.SAFEPOST_AUDIT_KEY.encode("utf-8")
    path = Path(settings.SAFEPOST_AUDIT_KEY_FILE)
    if path.exists():
        value = path.read_text(encoding="ascii").strip()
        if len(value) >= 32:
            return value.encode("ascii")
        raise AuditKeyError(f"the audit key file {path} is empty or too short; restore it from your key backup")
    if not create:
        raise AuditKeyError(f"the audit key file {path} is missing; restore it from your key backup "
                            "(or set SAFEPOST_AUDIT_KEY / SAFEPOST_AUDIT_KEY_FILE to where it is)")
    write_private(path, secrets.token_hex(32) + "\n", replace=False)  # a key made meanwhile wins
    return path.read_text(encoding="ascii").strip().encode("ascii")


def _key_for_writing(event_model: Any) -> bytes:
    try:
        return audit_key(create=False)
    except AuditKeyError:
        if event_model.objects.filter(keyed=True).exists():
            raise
        return audit_key(create=True)


# ---- writing -------------------------------------------------------------------------------

def record(actor: AbstractBaseUser | AnonymousUser | None, school: Any, action: str,
           obj: models.Model | None = None, **detail: Any) -> Event:
    """Append one event. Call inside the action's transaction so both commit or neither does."""
    with transaction.atomic():
        head = _locked_head()
        key = _key_for_writing(Event)
        actor_id = actor.pk if actor is not None and actor.is_authenticated else None
        label = actor.get_username() if actor is not None and actor.is_authenticated else "system"
        return _append(Event, ChainHead, head, key, school_id=school.pk if school is not None else None,
                       actor_id=actor_id, actor_label=label, action=action,
                       object_type=obj._meta.label_lower if obj is not None else "",
                       object_id=str(obj.pk) if obj is not None else "",
                       detail=json.loads(json.dumps(detail, default=str)))


def _append(event_model: Any, head_model: Any, head: Any, key: bytes, **fields: Any) -> Any:
    """Write the next keyed event after ``head`` (locked by the caller) and move the head."""
    seq, at = head.seq + 1, timezone.now()
    event_hash = keyed_digest(key, seq, at, fields["school_id"], fields["actor_id"], fields["actor_label"],
                              fields["action"], fields["object_type"], fields["object_id"], fields["detail"],
                              head.hash)
    event = event_model.objects.create(seq=seq, at=at, prev_hash=head.hash, hash=event_hash, keyed=True, **fields)
    head_model.objects.filter(pk=head.pk).update(seq=seq, hash=event_hash)
    return event


def append_keyed_marker(event_model: Any, head_model: Any, head: Any) -> None:
    """The migration step: one keyed event after the unkeyed ones, so they cannot be rewritten."""
    _append(event_model, head_model, head, _key_for_writing(event_model), school_id=None, actor_id=None,
            actor_label="system", action="audit.chain-keyed", object_type="", object_id="",
            detail={"unkeyed_events": head.seq})


def _locked_head() -> ChainHead:
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        if Event.objects.exists():
            raise ChainHeadMissing("the audit chain head is missing; run `safepost audit verify`")
        # A database emptied by the test runner's flush (the migrations create the head).
        ChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": GENESIS})
        head = ChainHead.objects.select_for_update().get(pk=1)
    return head


def ready_problem() -> str:
    """Why new events cannot be written ("" if they can): checked by `safepost serve` at start,
    so a deleted head or a lost key stops the server with an explanation, not every action with
    an error page."""
    if not Event.objects.exists():
        return ""
    if not ChainHead.objects.filter(pk=1).exists():
        return "the audit chain head is missing (deleted?): run `safepost audit verify` and investigate"
    if Event.objects.filter(keyed=True).exists():
        try:
            audit_key(create=False)
        except AuditKeyError as exc:
            return str(exc)
    return ""


# ---- verifying -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    seq: int
    message: str


def verify(batch: int = 2000) -> tuple[int, list[Problem]]:
    """Recompute every hash. Returns (events checked, problems). Finds edits (hash mismatch, also
    when every later hash was recomputed without the key), deletions inside the chain (gap or
    broken link), a deleted last event (head mismatch) and a deleted head. A chain cut back to an
    earlier event with the head moved to match needs an anchor: see :func:`check_anchors`."""
    problems: list[Problem] = []
    key = _key_for_verifying(problems)
    expected_prev, expected_seq, count, seen_keyed = GENESIS, 1, 0, False
    for event in _all_events(batch):
        count += 1
        if event.seq != expected_seq:
            problems.append(Problem(event.seq, f"events {expected_seq}..{event.seq - 1} are missing"))
        if event.prev_hash != expected_prev:
            problems.append(Problem(event.seq, "does not link to the previous event"))
        if not event.keyed and seen_keyed:
            problems.append(Problem(event.seq, "is unkeyed after keyed events (rewritten without the key)"))
        if event.keyed and key is None:
            pass  # reported once by _key_for_verifying
        elif _event_hash(event, key) != event.hash:
            problems.append(Problem(event.seq, "was changed after it was written (hash mismatch)"))
        seen_keyed = seen_keyed or event.keyed
        expected_prev, expected_seq = event.hash, event.seq + 1
    if count and not seen_keyed:
        problems.append(Problem(expected_seq - 1, "no event is keyed: the chain was rewritten with plain hashes, "
                                                  "or the audit migration has not run (safepost manage migrate)"))
    problems.extend(_head_problems(expected_seq - 1, expected_prev, count))
    return count, problems


def _key_for_verifying(problems: list[Problem]) -> bytes | None:
    try:
        return audit_key(create=False)
    except AuditKeyError as exc:
        if Event.objects.filter(keyed=True).exists():
            problems.append(Problem(0, f"cannot check the keyed events: {exc}"))
        return None


def _head_problems(last_seq: int, last_hash: str, count: int) -> list[Problem]:
    head = ChainHead.objects.filter(pk=1).first()
    if head is None:
        what = "events were deleted with it" if count == 0 else "it was deleted"
        return [Problem(last_seq, f"the chain head is missing: {what} (the migrations create it)")]
    if head.seq != last_seq or head.hash != last_hash:
        return [Problem(head.seq, f"the chain should end at event {head.seq}; it ends at {last_seq}")]
    return []


def _all_events(batch: int) -> Iterator[Event]:
    last = 0
    while True:
        chunk = list(Event.objects.filter(seq__gt=last).order_by("seq")[:batch])
        if not chunk:
            return
        yield from chunk
        last = chunk[-1].seq


# ---- anchors -------------------------------------------------------------------------------
# One line per anchor, easy to print, email or paste into a ticket:
#   safepost-audit-anchor seq=1234 hash=<64 hex> at=2026-12-06T05:30:00+00:00

ANCHOR_LINE = re.compile(r"^safepost-audit-anchor seq=(?P<seq>\d+) hash=(?P<hash>[0-9a-f]{64})(?: at=(?P<at>\S+))?$")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    at: str = ""

    def line(self) -> str:
        return f"safepost-audit-anchor seq={self.seq} hash={self.hash}" + (f" at={self.at}" if self.at else "")


class AnchorFileError(Exception):
    """An anchor file that cannot be read; the message names the file and line."""


def current_anchor() -> Anchor:
    head = ChainHead.objects.filter(pk=1).first()
    if head is None:
        raise ChainHeadMissing("the audit chain head is missing; run `safepost audit verify`")
    return Anchor(head.seq, head.hash, timezone.now().isoformat(timespec="seconds"))


def read_anchors(path: Path) -> list[tuple[int, Anchor]]:
    """(line number, anchor) for every anchor line; blank lines and # comments are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AnchorFileError(f"{path}: cannot read it ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise AnchorFileError(f"{path}: is not a text file") from None
    anchors = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        found = ANCHOR_LINE.match(line)
        if found is None:
            raise AnchorFileError(f"{path}:{number}: not an anchor line (expected "
                                  "'safepost-audit-anchor seq=N hash=<64 hex digits>')")
        anchors.append((number, Anchor(int(found["seq"]), found["hash"], found["at"] or "")))
    if not anchors:
        raise AnchorFileError(f"{path}: holds no anchor line")
    return anchors


def check_anchors(path: Path) -> list[Problem]:
    """Every anchored event must still be in the chain, unchanged, and the chain at least as long."""
    problems = []
    head = ChainHead.objects.filter(pk=1).first()
    last = Event.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    for number, anchor in read_anchors(path):
        where = f"anchor {path}:{number}"
        if anchor.seq == 0:
            continue  # anchored an empty chain: anything since extends it
        stored = Event.objects.filter(seq=anchor.seq).values_list("hash", flat=True).first()
        if stored is None:
            problems.append(Problem(anchor.seq, f"{where}: event {anchor.seq} is gone; the chain ends at "
                                                f"{last} (it was cut back or emptied after the anchor)"))
        elif not hmac.compare_digest(stored, anchor.hash):
            problems.append(Problem(anchor.seq, f"{where}: event {anchor.seq} differs from the anchored one "
                                                "(the chain up to it was rewritten)"))
        if head is not None and head.seq < anchor.seq:
            problems.append(Problem(head.seq, f"{where}: the chain head is at {head.seq}, before the "
                                              f"anchored event {anchor.seq}"))
    return problems
