"""Writing and verifying the hash chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models, transaction
from django.utils import timezone

from safepost.audit.models import ChainHead, Event

GENESIS = "0" * 64


def digest(seq: int, at: datetime, school_id: int | None, actor_id: int | None, actor_label: str,
           action: str, object_type: str, object_id: str, detail: dict[str, Any], prev_hash: str) -> str:
    """The hash of one event: every stored field plus the previous event's hash."""
    body = json.dumps(
        [seq, at.isoformat(timespec="microseconds"), school_id, actor_id, actor_label, action,
         object_type, object_id, detail, prev_hash],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(actor: AbstractBaseUser | AnonymousUser | None, school: Any, action: str,
           obj: models.Model | None = None, **detail: Any) -> Event:
    """Append one event. Call inside the action's transaction so both commit or neither does."""
    with transaction.atomic():
        head = _locked_head()
        at = timezone.now()
        actor_id = actor.pk if actor is not None and actor.is_authenticated else None
        label = actor.get_username() if actor is not None and actor.is_authenticated else "system"
        object_type = obj._meta.label_lower if obj is not None else ""
        object_id = str(obj.pk) if obj is not None else ""
        school_id = school.pk if school is not None else None
        seq = head.seq + 1
        clean = json.loads(json.dumps(detail, default=str))
        event_hash = digest(seq, at, school_id, actor_id, label, action, object_type, object_id, clean, head.hash)
        event = Event.objects.create(
            seq=seq, at=at, school_id=school_id, actor_id=actor_id, actor_label=label, action=action,
            object_type=object_type, object_id=object_id, detail=clean, prev_hash=head.hash, hash=event_hash,
        )
        ChainHead.objects.filter(pk=head.pk).update(seq=seq, hash=event_hash)
        return event


def _locked_head() -> ChainHead:
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        ChainHead.objects.get_or_create(pk=1, defaults={"seq": 0, "hash": GENESIS})
        head = ChainHead.objects.select_for_update().get(pk=1)
    return head


@dataclass(frozen=True)
class Problem:
    seq: int
    message: str


def verify(batch: int = 2000) -> tuple[int, list[Problem]]:
    """Recompute every hash. Returns (events checked, problems). Finds edits (hash mismatch),
    deletions inside the chain (gap or broken link) and a deleted last event (head mismatch)."""
    problems: list[Problem] = []
    expected_prev, expected_seq, count = GENESIS, 1, 0
    for event in _all_events(batch):
        count += 1
        if event.seq != expected_seq:
            problems.append(Problem(event.seq, f"events {expected_seq}..{event.seq - 1} are missing"))
        if event.prev_hash != expected_prev:
            problems.append(Problem(event.seq, "does not link to the previous event"))
        actual = digest(event.seq, event.at, event.school_id, event.actor_id, event.actor_label, event.action,
                        event.object_type, event.object_id, event.detail, event.prev_hash)
        if actual != event.hash:
            problems.append(Problem(event.seq, "was changed after it was written (hash mismatch)"))
        expected_prev, expected_seq = event.hash, event.seq + 1
    head = ChainHead.objects.filter(pk=1).first()
    if head is not None and (head.seq != expected_seq - 1 or head.hash != expected_prev):
        problems.append(Problem(head.seq, f"the chain should end at event {head.seq}; it ends at {expected_seq - 1}"))
    return count, problems


def _all_events(batch: int) -> Iterator[Event]:
    last = 0
    while True:
        chunk = list(Event.objects.filter(seq__gt=last).order_by("seq")[:batch])
        if not chunk:
            return
        yield from chunk
        last = chunk[-1].seq
