"""Recording consent. Each change is an event; the pupil row holds the current value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import models, transaction
from django.utils.translation import gettext as _

from safepost.audit.chain import record
from safepost.consent.models import Channel, ConsentChange, ConsentEvent
from safepost.schools.models import Membership, Pupil, School

#: The evidence of every change an import makes (the file's content is not evidence of anything more).
IMPORT_EVIDENCE = "roster import"
REGRANT_EVIDENCE = "roster import; re-given over a withdrawal recorded in safepost, confirmed in the preview"
#: A "no" a person recorded in safepost that an import must not silently turn into a "yes".
PERSON_NO = frozenset({ConsentChange.WITHDRAWN, ConsentChange.REFUSED})


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
        raise ConsentError(_("say what the evidence is (for example, the signed form)"))
    change = ConsentChange.GIVEN if granted else ConsentChange.REFUSED
    return _change(membership, pupil, channel, change, granted, evidence)


@transaction.atomic
def do_withdraw_consent(membership: Membership, pupil: Pupil, channel: Channel, evidence: str) -> ConsentEvent:
    """Withdraw consent. The event is what later work uses to take published posts down."""
    if not current(pupil, channel):
        raise ConsentError(_("there is no consent to withdraw for this channel"))
    if not evidence.strip():
        raise ConsentError(_("say how the withdrawal was received (for example, an email from a parent)"))
    return _change(membership, pupil, channel, ConsentChange.WITHDRAWN, False, evidence)


def _change(membership: Membership, pupil: Pupil, channel: Channel, change: ConsentChange, granted: bool,
            evidence: str) -> ConsentEvent:
    event = _set(membership, pupil, channel, change, granted, evidence, by_import=False)
    membership.school.bump()
    # The pupil's database id only: no name, and evidence text may contain names, so not that either.
    record(membership.user, membership.school, f"consent.{change.value}", event, pupil=pupil.pk,
           channel=channel.value, granted=granted, source="person")
    return event


def _set(membership: Membership, pupil: Pupil, channel: Channel, change: ConsentChange, granted: bool,
         evidence: str, by_import: bool) -> ConsentEvent:
    Pupil.objects.filter(pk=pupil.pk).update(**{f"consent_{channel.value}": granted})
    setattr(pupil, f"consent_{channel.value}", granted)
    return ConsentEvent.objects.create(school=membership.school, pupil=pupil, channel=channel, change=change,
                                       granted=granted, evidence=evidence[:300], recorded_by=membership.user,
                                       by_import=by_import)


@dataclass(frozen=True)
class ImportConflict:
    """A pupil whose consent a person withdrew or refused in safepost, for whom the file says yes."""

    pupil: Pupil
    channel: Channel
    change: ConsentChange
    recorded_at: datetime

    @property
    def key(self) -> str:
        """What the preview's checkbox sends: database id and channel, never a name."""
        return f"{self.pupil.pk}:{self.channel.value}"


def import_conflicts(school: School, rows: Iterable[dict[str, object]]) -> list[ImportConflict]:
    """Every (pupil, channel) where the file says yes but the latest event is a "no" recorded by
    a person in safepost. The import keeps that "no" unless someone confirms the pupil."""
    says_yes = {str(row["pupil_id"]): [c for c in Channel if row.get(f"consent_{c.value}") is True] for row in rows}
    pupils = {p.pk: p for p in Pupil.objects.filter(school=school, pupil_id__in=[k for k, v in says_yes.items() if v])}
    wanted = {(pk, c.value) for pk, p in pupils.items() for c in says_yes[p.pupil_id]}
    latest: dict[tuple[int, str], ConsentEvent] = {}
    events = ConsentEvent.objects.filter(school=school, pupil_id__in=list(pupils)).order_by(
        "pupil_id", "channel", "-recorded_at", "-pk").only("pupil_id", "channel", "change", "recorded_at", "by_import")
    for event in events:
        latest.setdefault((event.pupil_id, event.channel), event)
    conflicts = [ImportConflict(pupils[pk], Channel(channel), ConsentChange(event.change), event.recorded_at)
                 for (pk, channel), event in latest.items()
                 if (pk, channel) in wanted and event.change in PERSON_NO and not event.by_import]
    return sorted(conflicts, key=lambda c: (c.pupil.last_name, c.pupil.first_name, c.pupil.pk, c.channel.value))


def record_imported_consent(membership: Membership, pupil: Pupil, row: dict[str, object], is_new: bool,
                            kept: set[str], confirmed: set[str]) -> list[ConsentEvent]:
    """Consent columns in an import: a consent event for each channel whose value changes.
    ``kept`` holds the keys of withdrawals the file must not overturn, ``confirmed`` those a
    person confirmed it may. The caller writes the audit events (:func:`record_import_audit`)."""
    events = []
    for channel in Channel:
        column, key = f"consent_{channel.value}", f"{pupil.pk}:{channel.value}"
        if row.get(column) is None or key in kept:
            continue
        granted, before = bool(row[column]), getattr(pupil, column)
        if not is_new and before == granted:
            continue
        withdrawn = bool(before) and not granted and not is_new
        change = ConsentChange.WITHDRAWN if withdrawn else ConsentChange.IMPORTED
        evidence = REGRANT_EVIDENCE if key in confirmed and granted else IMPORT_EVIDENCE
        events.append(_set(membership, pupil, channel, change, granted, evidence, by_import=True))
    return events


def record_import_audit(membership: Membership, batch: models.Model, events: list[ConsentEvent]) -> None:
    """The audit events for the consent changes of one import: one per channel and kind of change
    (given, withdrawn, given again over a withdrawal a person confirmed), each listing the pupils'
    and consent events' database ids, never a name. One audit event per change made applying a
    1,000-pupil roster nine times slower; grouped, every change is still in the trail."""
    groups: dict[tuple[str, str, bool, bool], list[ConsentEvent]] = {}
    for event in events:
        regranted = event.evidence == REGRANT_EVIDENCE
        groups.setdefault((event.channel, event.change, event.granted, regranted), []).append(event)
    for (channel, change, granted, regranted), group in sorted(groups.items()):
        record(membership.user, membership.school, f"consent.{change}", batch, source="import", channel=channel,
               granted=granted, over_withdrawal=regranted, pupils=[e.pupil_id for e in group],
               consent_events=[e.pk for e in group])
