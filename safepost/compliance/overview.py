"""What the compliance pages show, gathered in one place for the views and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.compliance.models import Adult, ChecklistKind, Declaration, PolicyReview
from safepost.compliance.schedule import Status, Task, schedule_of, statuses
from safepost.compliance.states import DeclarationStatus
from safepost.compliance.versions import current_version, policy_state
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, School

#: Leavers stay on the overview this long after leaving if they owe nothing.
SHOW_LEAVERS_FOR = timedelta(days=90)


@dataclass(frozen=True)
class Counts:
    adults: int
    overdue: dict[str, int]
    anyone_overdue: int


def _visible(status: Status, today: date) -> bool:
    left = status.adult.left_on
    return left is None or left > today - SHOW_LEAVERS_FOR or bool(status.dues)


def _counts(rows: list[Status], today: date) -> Counts:
    present = [s for s in rows if s.adult.left_on is None or s.adult.left_on > today]
    overdue = {task.value: sum(1 for s in rows if s.overdue(task)) for task in Task}
    return Counts(adults=len(present), overdue=overdue, anyone_overdue=sum(1 for s in rows if s.any_overdue))


@dataclass(frozen=True)
class Cell:
    """One task of one adult on the overview: ``state`` is done, due, overdue or none (CSS and tests)."""

    state: str
    text: str


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _due_cell(status: Status, task: Task) -> Cell | None:
    due = status.due(task)
    if due is None:
        return None
    if due.overdue(status.today):
        return Cell("overdue", _("Overdue: was due by %(day)s") % {"day": _day(due.by)})
    return Cell("due", _("Due by %(day)s") % {"day": _day(due.by)})


def _ack_cell(status: Status) -> Cell:
    last = status.last_acknowledgement
    if last is None:
        return Cell("none", "–")
    return Cell("done", _("Version %(n)s on %(day)s") % {"n": last.version.number,
                                                         "day": _day(timezone.localdate(last.acknowledged_at))})


def _training_cell(status: Status) -> Cell:
    current = status.current_training
    if current is None:
        return Cell("none", "–")
    if current.expires_on is None:
        return Cell("done", _("%(course)s (does not expire)") % {"course": current.course})
    return Cell("done", _("%(course)s, until %(day)s") % {"course": current.course, "day": _day(current.expires_on)})


def cells(status: Status) -> list[Cell]:
    """The overview's four columns for one adult: acknowledgement, training, declaration, checklist."""
    checklist = Task.LEAVING if status.adult.left_on else Task.JOINING
    return [_due_cell(status, Task.ACKNOWLEDGE) or _ack_cell(status),
            _due_cell(status, Task.TRAINING) or _training_cell(status),
            _due_cell(status, Task.DECLARE) or Cell("done", _("Up to date")),
            _due_cell(status, checklist) or _checklist_cell(status)]


def _checklist_cell(status: Status) -> Cell:
    done = status.checklists_done
    if ChecklistKind.LEAVING in done:
        return Cell("done", _("Leaving checklist done"))
    if status.adult.left_on is not None:
        return Cell("none", _("Leaving on %(day)s") % {"day": _day(status.adult.left_on)})
    return Cell("done", _("Joining checklist done")) if ChecklistKind.JOINING in done else Cell("none", "–")


def review_due(school: School) -> PolicyReview | None:
    return PolicyReview.objects.filter(school=school).order_by("-reviewed_on", "-pk").first()


def school_overview(membership: Membership) -> dict[str, Any]:
    """Everything the overview page shows: the version, the review date, and each adult's status."""
    from safepost.compliance.actions import do_sync_adults

    school, today = membership.school, timezone.localdate()
    do_sync_adults(school, today)
    version = current_version(school)
    rows = sorted((s for s in statuses(school, today) if _visible(s, today)),
                  key=lambda s: (not s.any_overdue, not s.dues, s.adult.name.lower()))
    pending = (Declaration.objects.filter(adult__school=school, status=DeclarationStatus.SUBMITTED)
               .select_related("adult") if holds(membership, Perm.REVIEW_DECLARATION) else [])
    table = [(s, cells(s)) for s in rows]
    return {"table": table, "version": version, "changed": version is None or version.fingerprint != policy_state(school).fingerprint,
            "review": review_due(school), "rows": rows, "counts": _counts(rows, today), "today": today,
            "pending": pending, "schedule": schedule_of(school), "tasks": list(Task)}


def adult_page(adult: Adult) -> dict[str, Any]:
    """One adult's status and records: their own page, and the page a manager records training on."""
    today = timezone.localdate()
    status = statuses(adult.school, today, [adult])[0]
    return {"adult": adult, "me": status, "ack_due": status.due(Task.ACKNOWLEDGE) is not None, "version": current_version(adult.school), "today": today,
            "acknowledgements": adult.acknowledgements.select_related("version")[:20],
            "training": adult.training.select_related("recorded_by")[:50],
            "declarations": adult.declarations.all()[:50], "checklists": adult.checklists.all(),
            "schedule": schedule_of(adult.school), "tasks": list(Task)}
