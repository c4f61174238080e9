"""Every write of the compliance app. Each is atomic and writes its audit event (ids and codes
only: never a pupil's name, never a declaration's words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.audit.chain import record
from safepost.compliance.checklists import items_for
from safepost.compliance.models import (
    Acknowledgement,
    Adult,
    ChecklistCompletion,
    ChecklistKind,
    Declaration,
    DeclarationKind,
    PolicyReview,
    PolicyVersion,
    TrainingRecord,
    Via,
)
from safepost.compliance.schedule import schedule_of
from safepost.compliance.states import DECLARATION_GRAPH, DeclarationStatus, require
from safepost.compliance.sync import SyncResult, sync_adults
from safepost.compliance.versions import current_version, policy_state
from safepost.engine import Draft, check
from safepost.policies.bridge import engine_for
from safepost.schools.models import Membership, School

MAX_TEXT = 2000


class ComplianceError(Exception):
    """A request the rules do not allow; the message (translated) is shown to the person."""


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@transaction.atomic
def do_sync_adults(school: School, today: date | None = None) -> SyncResult:
    """Bring the school's adults in step with its memberships and staff list; audit joins and leaves."""
    result = sync_adults(school, today or timezone.localdate())
    for pk in result.joined:
        record(None, school, "compliance.adult-joined", Adult(pk=pk))
    for pk in result.left:
        record(None, school, "compliance.adult-left", Adult(pk=pk))
    return result


# --- versions and reviews ------------------------------------------------------------------------

@transaction.atomic
def do_publish_version(membership: Membership, summary: str) -> PolicyVersion:
    """Publish the policy as it stands as the next version: every adult must acknowledge it."""
    school = membership.school
    state = policy_state(school)
    current = current_version(school)
    if current is not None and current.fingerprint == state.fingerprint:
        raise ComplianceError(_("The policy has not changed since version %(n)s: there is nothing new to publish. "
                                "To record that you reviewed it, use “Record a review”.") % {"n": current.number})
    if len(summary) > MAX_TEXT:
        raise ComplianceError(_("Keep the summary of changes under %(n)s characters.") % {"n": MAX_TEXT})
    number = (PolicyVersion.objects.select_for_update().filter(school=school).aggregate(n=Max("number"))["n"] or 0) + 1
    version = PolicyVersion.objects.create(school=school, number=number, pack=state.policy.id,
                                           fingerprint=state.fingerprint, text=state.text, summary=summary.strip(),
                                           published_by_id=membership.user_id, published_at=timezone.now())
    _review(membership, version, _("Published as version %(n)s.") % {"n": number})
    record(membership.user, school, "compliance.version-published", version, number=number,
           fingerprint=state.fingerprint, pack=state.policy.id)
    return version


def _review(membership: Membership, version: PolicyVersion, note: str) -> PolicyReview:
    today = timezone.localdate()
    months = schedule_of(membership.school).review_every_months
    return PolicyReview.objects.create(school=membership.school, version=version, reviewed_by_id=membership.user_id,
                                       reviewed_on=today, next_review_on=_months_later(today, months), note=note)


@transaction.atomic
def do_record_review(membership: Membership, note: str) -> PolicyReview:
    """Record that the school reviewed its policy without changing it; sets the next review date."""
    version = current_version(membership.school)
    if version is None:
        raise ComplianceError(_("Publish the first version of the policy before recording a review."))
    note = note.strip()
    if not note or len(note) > MAX_TEXT:
        raise ComplianceError(_("Say briefly what the review found (up to %(n)s characters).") % {"n": MAX_TEXT})
    review = _review(membership, version, note)
    record(membership.user, membership.school, "compliance.policy-reviewed", review, version=version.number,
           next_review_on=review.next_review_on)
    return review


# --- acknowledgements ----------------------------------------------------------------------------

@transaction.atomic
def do_acknowledge(adult: Adult, version: PolicyVersion, via: Via, actor: Any = None) -> Acknowledgement:
    """The adult acknowledges ``version``, which must be the current one. Acknowledging again on
    the same day changes nothing (a double click, or the link opened twice)."""
    adult = Adult.objects.select_for_update().get(pk=adult.pk)
    current = current_version(adult.school)
    if current is None or version.school_id != adult.school_id:
        raise ComplianceError(_("There is no published policy to acknowledge."))
    if version.pk != current.pk:
        raise ComplianceError(_("This is version %(old)s of the policy, which version %(new)s replaced on %(when)s. "
                                "Read and acknowledge version %(new)s instead.")
                              % {"old": version.number, "new": current.number,
                                 "when": timezone.localdate(current.published_at).strftime("%d/%m/%Y")})
    if adult.left_on is not None and adult.left_on <= timezone.localdate():
        raise ComplianceError(_("You have left the school, so there is nothing to acknowledge."))
    today = timezone.localdate()
    existing = adult.acknowledgements.filter(version=version).first()
    if existing is not None and timezone.localdate(existing.acknowledged_at) == today:
        return existing
    ack = Acknowledgement.objects.create(adult=adult, version=version, acknowledged_at=timezone.now(), via=via)
    record(actor, adult.school, "compliance.acknowledged", ack, adult=adult.pk, version=version.number, via=via.value)
    return ack


# --- training ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingInput:
    course: str
    completed_on: date
    expires_on: date | None


@transaction.atomic
def do_record_training(actor: Membership, adult: Adult, data: TrainingInput) -> TrainingRecord:
    """Record a course the adult completed (by a manager, or by the adult for themselves)."""
    course = data.course.strip()
    if not course or len(course) > 200:
        raise ComplianceError(_("Name the course (up to 200 characters)."))
    if data.completed_on > timezone.localdate():
        raise ComplianceError(_("The completion date %(day)s is in the future: record training once it is done.")
                              % {"day": data.completed_on.strftime("%d/%m/%Y")})
    if data.expires_on is not None and data.expires_on <= data.completed_on:
        raise ComplianceError(_("The expiry date must be after the completion date."))
    row = TrainingRecord.objects.create(adult=adult, course=course, completed_on=data.completed_on,
                                        expires_on=data.expires_on, recorded_by_id=actor.user_id)
    record(actor.user, adult.school, "compliance.training-recorded", row, adult=adult.pk,
           completed_on=data.completed_on, expires_on=data.expires_on)
    return row


# --- declarations --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeclarationInput:
    kind: DeclarationKind
    platform: str = ""
    relationship: str = ""
    year_group: str = ""
    account: str = ""
    disclaimer: str = ""
    details: str = ""


def _names_a_pupil(school: School, text: str) -> bool:
    """Whether the engine's pupil-name rule finds one of the school's pupils in ``text``."""
    if not text.strip():
        return False
    context, policy, _note = engine_for(school)
    report = check(Draft(id="declaration", text=text), context, policy)
    return any(f.rule == "pupil-name" for f in report.findings)


def _check_declaration(school: School, data: DeclarationInput) -> None:
    link = data.kind in {DeclarationKind.PUPIL_LINK, DeclarationKind.PARENT_LINK}
    if link and not (data.platform.strip() and data.relationship):
        raise ComplianceError(_("For a link, give the platform and how you know them (the relationship)."))
    if data.kind == DeclarationKind.PERSONAL_ACCOUNT:
        if not (data.platform.strip() and data.account.strip()):
            raise ComplianceError(_("For a personal account, give the platform and the account's name or address."))
        if not data.disclaimer.strip():
            raise ComplianceError(_("A personal account that names the school needs a disclaimer: copy the words "
                                    "your profile shows, e.g. “Views are my own, not the school’s”."))
    for label, text in ((_("details"), data.details), (_("account"), data.account), (_("disclaimer"), data.disclaimer)):
        if len(text) > MAX_TEXT:
            raise ComplianceError(_("The %(field)s field is too long (up to %(n)s characters).")
                                  % {"field": label, "n": MAX_TEXT})
        if _names_a_pupil(school, text):
            raise ComplianceError(_("The %(field)s field names a pupil. Leave names out: choose the relationship "
                                    "and year group, and tell the headteacher the rest in person.") % {"field": label})


@transaction.atomic
def do_declare(adult: Adult, data: DeclarationInput, actor: Any) -> Declaration:
    """The adult's own declaration, for the headteacher to review ("nothing to declare" needs none)."""
    _check_declaration(adult.school, data)
    nothing = data.kind == DeclarationKind.NOTHING
    row = Declaration.objects.create(
        adult=adult, kind=data.kind, platform=data.platform.strip()[:50], relationship=data.relationship,
        year_group=data.year_group.strip()[:50], account=data.account.strip()[:200],
        disclaimer=data.disclaimer.strip(), details=data.details.strip(), declared_at=timezone.now(),
        status=DeclarationStatus.ACCEPTED if nothing else DeclarationStatus.SUBMITTED)
    record(actor, adult.school, "compliance.declared", row, adult=adult.pk, kind=data.kind.value)
    return row


@transaction.atomic
def do_review_declaration(membership: Membership, declaration: Declaration, outcome: DeclarationStatus,
                          note: str) -> Declaration:
    """The headteacher's review: accepted, or advice given (the note says what to change)."""
    declaration = Declaration.objects.select_for_update().get(pk=declaration.pk)
    if outcome not in {DeclarationStatus.ACCEPTED, DeclarationStatus.ADVICE}:
        raise ComplianceError(_("Choose accepted or advice given."))
    if outcome == DeclarationStatus.ADVICE and not note.strip():
        raise ComplianceError(_("Write the advice you are giving."))
    if declaration.adult.user_id is not None and declaration.adult.user_id == membership.user_id:
        raise ComplianceError(_("Another person must review your own declaration."))
    require(DECLARATION_GRAPH, declaration.status, outcome)
    declaration.status, declaration.review_note = outcome, note.strip()[:MAX_TEXT]
    declaration.reviewed_by_id, declaration.reviewed_at = membership.user_id, timezone.now()
    declaration.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at"])
    record(membership.user, membership.school, "compliance.declaration-reviewed", declaration, outcome=outcome.value)
    return declaration


@transaction.atomic
def do_end_declaration(adult: Adult, declaration: Declaration, actor: Any) -> Declaration:
    """The adult says the link or account no longer exists."""
    declaration = Declaration.objects.select_for_update().get(pk=declaration.pk, adult=adult)
    require(DECLARATION_GRAPH, declaration.status, DeclarationStatus.ENDED)
    declaration.status = DeclarationStatus.ENDED
    declaration.save(update_fields=["status"])
    record(actor, adult.school, "compliance.declaration-ended", declaration)
    return declaration


# --- checklists ----------------------------------------------------------------------------------

@transaction.atomic
def do_complete_checklist(adult: Adult, kind: ChecklistKind, ticked: list[str], actor: Any) -> ChecklistCompletion:
    """The adult's joining or leaving self-review: every item must be ticked. Done once."""
    items = [i.id for i in items_for(kind)]
    missing = [i for i in items if i not in ticked]
    if missing:
        raise ComplianceError(_("Tick every item once you have done it: %(n)s still to do.") % {"n": len(missing)})
    if kind == ChecklistKind.LEAVING and adult.left_on is None:
        raise ComplianceError(_("The leaving checklist is for adults with a leaving date."))
    if ChecklistCompletion.objects.filter(adult=adult, kind=kind).exists():
        raise ComplianceError(_("You have already completed this checklist."))
    row = ChecklistCompletion.objects.create(adult=adult, kind=kind, items=items, completed_at=timezone.now())
    record(actor, adult.school, "compliance.checklist-completed", row, adult=adult.pk, kind=kind.value)
    return row
