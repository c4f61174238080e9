"""Recording consent. Each change is an event; the pupil row holds the current value."""

from __future__ import annotations

from django.db import transaction

from safepost.audit.chain import record
from safepost.consent.models import Channel, ConsentChange, ConsentEvent
from safepost.schools.models import Membership, Pupil


class ConsentError(Exception):
    """The change does not make sense (e.g. withdrawing consent that was never given)."""


def current(pupil: Pupil, channel: Channel) -> bool:
    value = getattr(pupil, f"consent_{channel.value}")
    return bool(value)


@transaction.atomic
def do_record_consent(membership: Membership, pupil: Pupil, channel: Channel, granted: bool,
                      evidence: str) -> ConsentEvent:
    """Record consent given or refused, with the evidence (e.g. 'signed form, 3 Sept')."""
    if not evidence.strip():
        raise ConsentError("say what the evidence is (for example, the signed form)")
    change = ConsentChange.GIVEN if granted else ConsentChange.REFUSED
    return _change(membership, pupil, channel, change, granted, evidence)


@transaction.atomic
def do_withdraw_consent(membership: Membership, pupil: Pupil, channel: Channel, evidence: str) -> ConsentEvent:
    """Withdraw consent. The event is what later work uses to take published posts down."""
    if not current(pupil, channel):
        raise ConsentError("there is no consent to withdraw for this channel")
    if not evidence.strip():
        raise ConsentError("say how the withdrawal was received (for example, an email from a parent)")
    return _change(membership, pupil, channel, ConsentChange.WITHDRAWN, False, evidence)


def _change(membership: Membership, pupil: Pupil, channel: Channel, change: ConsentChange, granted: bool,
            evidence: str) -> ConsentEvent:
    Pupil.objects.filter(pk=pupil.pk).update(**{f"consent_{channel.value}": granted})
    setattr(pupil, f"consent_{channel.value}", granted)
    event = ConsentEvent.objects.create(school=membership.school, pupil=pupil, channel=channel, change=change,
                                        granted=granted, evidence=evidence[:300], recorded_by=membership.user)
    membership.school.bump()
    # The pupil's database id only: no name, and evidence text may contain names, so not that either.
    record(membership.user, membership.school, f"consent.{change.value}", event, pupil=pupil.pk,
           channel=channel.value)
    return event


def record_imported_consent(membership: Membership, pupil: Pupil, row: dict[str, object], is_new: bool) -> None:
    """Consent columns in an import: an event for each channel whose value changed."""
    for channel in Channel:
        column = f"consent_{channel.value}"
        if column not in row or row[column] is None:
            continue
        granted = bool(row[column])
        before = getattr(pupil, column)
        if is_new or before != granted:
            if before and not granted and not is_new:
                _change(membership, pupil, channel, ConsentChange.WITHDRAWN, False, "roster import")
            else:
                Pupil.objects.filter(pk=pupil.pk).update(**{column: granted})
                setattr(pupil, column, granted)
                ConsentEvent.objects.create(school=membership.school, pupil=pupil, channel=channel,
                                            change=ConsentChange.IMPORTED, granted=granted,
                                            evidence="roster import", recorded_by=membership.user)
