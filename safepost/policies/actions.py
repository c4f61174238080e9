"""Writes for a school's policy. Each is atomic and writes its audit event."""

from __future__ import annotations

from django.db import transaction

from safepost.audit.chain import record
from safepost.engine import InputError, load_policy
from safepost.policies.models import LocalSeverity, SeverityChange
from safepost.schools.models import Membership, School


class PolicyError(Exception):
    """The change cannot be made; the message says why."""


@transaction.atomic
def do_choose_pack(membership: Membership, pack: str) -> None:
    """Switch the school to another policy pack."""
    try:
        load_policy(pack)
    except InputError as exc:
        raise PolicyError(exc.message) from None
    School.objects.filter(pk=membership.school.pk).update(policy_pack=pack)
    membership.school.policy_pack = pack
    membership.school.bump()
    record(membership.user, membership.school, "policy.pack-chosen", membership.school, pack=pack)


@transaction.atomic
def do_change_severity(membership: Membership, rule: str, severity: LocalSeverity, reason: str) -> SeverityChange:
    """Change one rule's severity for this school, saying why."""
    if not reason.strip():
        raise PolicyError("say why the severity is changed")
    change = SeverityChange.objects.create(school=membership.school, rule=rule, severity=severity,
                                           reason=reason.strip(), changed_by=membership.user)
    membership.school.bump()
    record(membership.user, membership.school, "policy.severity-changed", change, rule=rule, severity=severity.value)
    return change
