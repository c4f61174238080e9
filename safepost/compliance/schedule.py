"""What each adult must do, and by when: pure functions of their rows, the current policy version
and the pack's schedule. The compliance pages, the reminder sweep, the API and the governors'
statistics all read this one computation.

* **Acknowledge** the current version: at induction, after a new version is published, and on the
  pack's schedule (``compliance.acknowledge_every``: each September, or a year after the last).
* **Training**: at least one record that has not expired.
* **Declare** (a link with a pupil or parent, a personal account naming the school, or nothing)
  at induction and on the same schedule as acknowledgements.
* **Joining checklist** once; **leaving checklist** before the leaving date.

Something is *due* from its start date and *overdue* once ``GRACE`` has passed. Leavers owe only
the leaving checklist.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from django.utils import timezone

from safepost.compliance.models import (
    Acknowledgement,
    Adult,
    ChecklistCompletion,
    ChecklistKind,
    Declaration,
    PolicyVersion,
    TrainingRecord,
)
from safepost.compliance.versions import current_version
from safepost.engine.policy import AcknowledgeEvery, Compliance
from safepost.policies.bridge import engine_for
from safepost.schools.models import School

GRACE = timedelta(days=14)
TRAINING_GRACE = timedelta(days=30)
LEAVING_NOTICE = timedelta(days=14)


class Task(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    TRAINING = "training"
    DECLARE = "declare"
    JOINING = "joining-checklist"
    LEAVING = "leaving-checklist"


@dataclass(frozen=True)
class Due:
    task: Task
    since: date
    by: date

    def overdue(self, today: date) -> bool:
        return today > self.by


@dataclass(frozen=True)
class Records:
    """An adult's rows, as the computation needs them."""

    acknowledgements: tuple[Acknowledgement, ...] = ()
    training: tuple[TrainingRecord, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    checklists: tuple[ChecklistCompletion, ...] = ()


@dataclass(frozen=True)
class Status:
    adult: Adult
    dues: tuple[Due, ...]
    last_acknowledgement: Acknowledgement | None
    current_training: TrainingRecord | None
    today: date
    checklists_done: frozenset[str] = frozenset()

    def due(self, task: Task) -> Due | None:
        return next((d for d in self.dues if d.task == task), None)

    def overdue(self, task: Task) -> bool:
        due = self.due(task)
        return due is not None and due.overdue(self.today)

    @property
    def any_overdue(self) -> bool:
        return any(d.overdue(self.today) for d in self.dues)


def cycle_start(every: AcknowledgeEvery, last: date | None, today: date) -> date | None:
    """When the current round of acknowledging began: the last 1 September on or before today,
    or a year after the adult's last acknowledgement. None when no round has started yet."""
    if every is AcknowledgeEvery.SEPTEMBER:
        year = today.year if today >= date(today.year, 9, 1) else today.year - 1
        return date(year, 9, 1)
    if last is None:
        return None
    try:
        anniversary = last.replace(year=last.year + 1)
    except ValueError:  # 29 February
        anniversary = last + timedelta(days=365)
    return anniversary if anniversary <= today else None


def _local(moment: object) -> date:
    return timezone.localdate(moment)  # type: ignore[arg-type]


def acknowledge_due(adult: Adult, records: Records, version: PolicyVersion | None, every: AcknowledgeEvery,
                    today: date) -> Due | None:
    if version is None:
        return None
    published = _local(version.published_at)
    last = records.acknowledgements[0] if records.acknowledgements else None
    if last is None or last.version_id != version.pk:
        since = max(adult.joined_on, published)
        return Due(Task.ACKNOWLEDGE, since, since + GRACE)
    start = cycle_start(every, _local(last.acknowledged_at), today)
    if start is not None and _local(last.acknowledged_at) < start and adult.joined_on < start:
        return Due(Task.ACKNOWLEDGE, start, start + GRACE)
    return None


def current_training(records: Records, today: date) -> TrainingRecord | None:
    live = [t for t in records.training if t.expires_on is None or t.expires_on >= today]
    return max(live, key=lambda t: t.expires_on or date.max, default=None)


def training_due(adult: Adult, records: Records, today: date) -> Due | None:
    if current_training(records, today) is not None:
        return None
    expired = [t.expires_on for t in records.training if t.expires_on is not None]
    since = max([adult.joined_on, *(e + timedelta(days=1) for e in expired)])
    return Due(Task.TRAINING, since, since + TRAINING_GRACE)


def declare_due(adult: Adult, records: Records, every: AcknowledgeEvery, today: date) -> Due | None:
    made = [_local(d.declared_at) for d in records.declarations]
    if not made:
        return Due(Task.DECLARE, adult.joined_on, adult.joined_on + GRACE)
    start = cycle_start(every, max(made), today)
    if start is not None and max(made) < start and adult.joined_on < start:
        return Due(Task.DECLARE, start, start + GRACE)
    return None


def checklist_due(adult: Adult, records: Records) -> Due | None:
    done = {c.kind for c in records.checklists}
    if adult.left_on is not None:
        if ChecklistKind.LEAVING in done:
            return None
        return Due(Task.LEAVING, adult.left_on - LEAVING_NOTICE, adult.left_on)
    if ChecklistKind.JOINING in done:
        return None
    return Due(Task.JOINING, adult.joined_on, adult.joined_on + GRACE)


def status_of(adult: Adult, records: Records, version: PolicyVersion | None, every: AcknowledgeEvery,
              today: date) -> Status:
    """Everything the adult must do on ``today``."""
    leaving = adult.left_on is not None and adult.left_on <= today
    found = [checklist_due(adult, records)]
    if not leaving:
        found += [acknowledge_due(adult, records, version, every, today), training_due(adult, records, today),
                  declare_due(adult, records, every, today)]
    dues = tuple(d for d in found if d is not None and d.since <= today)
    return Status(adult=adult, dues=dues,
                  last_acknowledgement=records.acknowledgements[0] if records.acknowledgements else None,
                  current_training=current_training(records, today), today=today,
                  checklists_done=frozenset(c.kind for c in records.checklists))


def schedule_of(school: School) -> Compliance:
    """The school's pack's compliance section (its schedule and review period)."""
    return engine_for(school)[1].compliance


def _on_or_before(row: object, today: date) -> bool:
    """Whether a record existed on ``today`` (for figures about a past day)."""
    for name in ("acknowledged_at", "declared_at", "completed_at"):
        if hasattr(row, name):
            return _local(getattr(row, name)) <= today
    completed: date = getattr(row, "completed_on")  # noqa: B009
    return completed <= today


def _version_on(school: School, today: date, historic: bool) -> PolicyVersion | None:
    if not historic:
        return current_version(school)
    versions = PolicyVersion.objects.filter(school=school).order_by("-number")
    return next((v for v in versions if _local(v.published_at) <= today), None)


def statuses(school: School, today: date, adults: Iterable[Adult] | None = None,
             historic: bool = False) -> list[Status]:
    """Every adult's status (or those given), in five queries whatever the number of adults.
    ``historic``: as things stood on ``today`` (a past day): later records and versions are left out."""
    rows = list(Adult.objects.filter(school=school) if adults is None else adults)
    version = _version_on(school, today, historic)
    every = schedule_of(school).acknowledge_every
    ids = [a.pk for a in rows]
    by_adult: dict[int, dict[str, list[Any]]] = {pk: {} for pk in ids}
    for name, model in (("acknowledgements", Acknowledgement), ("training", TrainingRecord),
                        ("declarations", Declaration), ("checklists", ChecklistCompletion)):
        for row in model.objects.filter(adult_id__in=ids):
            if not historic or _on_or_before(row, today):
                by_adult[row.adult_id].setdefault(name, []).append(row)
    out = []
    for adult in rows:
        found = by_adult[adult.pk]
        acks = sorted(found.get("acknowledgements", []), key=lambda a: (a.acknowledged_at, a.pk), reverse=True)
        records = Records(tuple(acks), tuple(found.get("training", [])), tuple(found.get("declarations", [])),
                          tuple(found.get("checklists", [])))
        out.append(status_of(adult, records, version, every, today))
    return out
