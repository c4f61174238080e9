"""Comments in: from a connector's ``fetch_comments`` or an import file, triaged on arrival.

``do_ingest_comments`` is the only writer. It is idempotent: a comment already stored for the
account (same platform id) is counted as a duplicate and left alone, so a re-fetch or a re-import
never doubles anything.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.audit.chain import record
from safepost.connectors import RemoteComment
from safepost.engine.draft import Comment as EngineComment
from safepost.engine.findings import Finding
from safepost.engine.policy import Policy
from safepost.engine.school import DateRange, SchoolContext
from safepost.engine.triage import Category, Triage, triage
from safepost.inbox.models import (
    MAX_COMMENT_CHARS,
    Closure,
    Comment,
    SafeguardingConcern,
    priority_for,
)
from safepost.inbox.states import CommentStatus
from safepost.policies.bridge import engine_for
from safepost.schools.models import School

#: Rows looked up per query when checking for duplicates (SQLite allows 999 parameters).
CHUNK = 500


@dataclass
class IngestResult:
    """What one ingest did: ids created, duplicates skipped, and every refusal in words."""

    created: list[int] = field(default_factory=list)
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    safeguarding: list[int] = field(default_factory=list)


def engine_context(school: School) -> tuple[SchoolContext, Policy]:
    """The engine's view of the school, with the inbox's closure days as non-working days."""
    context, policy, _note = engine_for(school)
    closures = tuple(DateRange(c.starts_on, c.ends_on, c.label) for c in Closure.objects.filter(school=school))
    if closures:
        context = replace(context, closures=(*context.closures, *closures))
    return context, policy


def finding_record(finding: Finding) -> dict[str, object]:
    """A finding as stored: code and span, never the words it matched."""
    return {"code": finding.code, "rule": finding.rule, "severity": str(finding.severity),
            "start": finding.start, "end": finding.end}


def triage_fields(result: Triage) -> dict[str, object]:
    """The Comment columns the engine's triage fills."""
    return {
        "category": str(result.category), "confidence": round(result.confidence, 3),
        "evidence": list(result.evidence), "actions": [a.to_dict() for a in result.actions],
        "findings": [finding_record(f) for f in result.findings], "notes": list(result.notes),
        "deadline": result.deadline,
        "priority": priority_for(result.category, result.deadline),
    }


def refusal(remote: RemoteComment) -> str | None:
    """Why a comment cannot be stored, in words, or None."""
    if not remote.remote_id or len(remote.remote_id) > 500:
        return "has no platform id (or one longer than 500 characters)"
    if len(remote.text) > MAX_COMMENT_CHARS:
        return (f"is {len(remote.text):,} characters long; the inbox stores comments of up to "
                f"{MAX_COMMENT_CHARS:,} characters whole and never cuts one short: read it on the platform")
    if remote.created_at.tzinfo is None:
        return "has a creation time without a time zone"
    return None


def _already_stored(account: OfficialAccount, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        found.update(Comment.objects.filter(account=account, remote_id__in=chunk).values_list("remote_id", flat=True))
    return found


def _new_only(account: OfficialAccount, remotes: Iterable[RemoteComment],
              result: IngestResult) -> list[RemoteComment]:
    fresh: dict[str, RemoteComment] = {}
    for remote in remotes:
        problem = refusal(remote)
        if problem:
            result.errors.append(f"comment {remote.remote_id[:80]!r}: {problem}")
        elif remote.remote_id in fresh:
            result.duplicates += 1
        else:
            fresh[remote.remote_id] = remote
    stored = _already_stored(account, list(fresh))
    result.duplicates += len(stored)
    return [r for r in fresh.values() if r.remote_id not in stored]


def _row(account: OfficialAccount, remote: RemoteComment, role: str, source: str,
         context: SchoolContext, policy: Policy, assignee_id: int | None) -> Comment:
    result = triage(EngineComment(id=remote.remote_id, text=remote.text, author_role=role,
                                  received_at=remote.created_at), context, policy, thorough=True)
    return Comment(
        school_id=account.school_id, account=account, remote_id=remote.remote_id,
        post_remote_id=remote.post_remote_id[:500], parent_remote_id=(remote.parent_remote_id or "")[:500],
        url=remote.url[:1000], author_handle=remote.author_handle[:300],
        author_remote_id=remote.author_remote_id[:200], author_role=role, text=remote.text,
        received_at=remote.created_at, source=source, assignee_id=assignee_id,
        status=CommentStatus.ASSIGNED if assignee_id else CommentStatus.NEW, **triage_fields(result),
    )


def do_ingest_comments(account: OfficialAccount, remotes: Iterable[RemoteComment], *, source: str = "connector",
                       roles: Mapping[str, str] | None = None, actor: object = None,
                       now: datetime | None = None) -> IngestResult:
    """Store and triage the comments not yet stored; raise a safeguarding concern for each
    disclosure (its alert goes out when the transaction commits). ``roles``: remote id -> the
    author's role, where the source says (an import file); otherwise unknown. New comments go to
    whoever is on the rota at ``now`` (default: the present)."""
    from safepost.inbox.rota import on_duty

    result = IngestResult()
    fresh = _new_only(account, remotes, result)
    if not fresh:
        return result
    context, policy = engine_context(account.school)
    moderators = itertools.cycle(on_duty(account.school, timezone.localdate(now or timezone.now())) or [None])
    rows = [_row(account, remote, (roles or {}).get(remote.remote_id, "unknown"), source, context, policy,
                 next(moderators)) for remote in fresh]
    with transaction.atomic():
        stored = _store(rows, result)
        _raise_concerns([row for row in stored if row.category == Category.SAFEGUARDING], result)
        record(actor, account.school, "inbox.ingested", account, source=source, created=len(stored),  # type: ignore[arg-type]
               duplicates=result.duplicates, refused=len(result.errors))
    return result


def _store(rows: list[Comment], result: IngestResult) -> list[Comment]:
    try:
        with transaction.atomic():
            stored = Comment.objects.bulk_create(rows, batch_size=CHUNK)
    except IntegrityError:
        # Another fetch stored some of these a moment ago: store the rest one by one.
        stored = []
        for row in rows:
            try:
                with transaction.atomic():
                    row.save(force_insert=True)
                stored.append(row)
            except IntegrityError:
                result.duplicates += 1
    if stored and stored[0].pk is None:  # a backend that does not return ids from bulk_create
        ids = dict(Comment.objects.filter(account=stored[0].account, remote_id__in=[r.remote_id for r in stored])
                   .values_list("remote_id", "pk"))
        for row in stored:
            row.pk = ids[row.remote_id]
    result.created.extend(row.pk for row in stored)
    return stored


def _raise_concerns(rows: list[Comment], result: IngestResult) -> None:
    """One restricted concern per disclosure (in bulk: a fetch can bring many), each audited;
    the alerts are queued when the transaction commits."""
    from safepost.inbox.safeguarding import queue_alerts

    if not rows:
        return
    concerns = SafeguardingConcern.objects.bulk_create([
        SafeguardingConcern(school_id=row.school_id, comment=row, reason=("; ".join(row.evidence)
                                                                         or "triaged as safeguarding")[:2000])
        for row in rows])
    if concerns[0].pk is None:
        concerns = list(SafeguardingConcern.objects.filter(comment__in=rows))
    for concern in concerns:
        record(None, rows[0].account.school, "inbox.safeguarding-raised", concern, comment=concern.comment_id,
               by="engine")
    ids = [c.pk for c in concerns]
    transaction.on_commit(lambda: queue_alerts(ids))
    result.safeguarding.extend(row.pk for row in rows)
