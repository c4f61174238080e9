"""The bridge to the engine: a school's rows as a `SchoolContext`, its pack with local changes.

Contexts are cached per process by (school, data_version): building a roster automaton costs
far more than a check, and any change to pupils, staff, consent or policy bumps the version.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import replace
from typing import Any, cast

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from safepost.engine import InputError, Policy, Pupil, SchoolContext, StaffMember, load_policy
from safepost.engine.findings import Severity
from safepost.engine.school import ConsentKind, school_from_settings
from safepost.policies.models import LocalSeverity, SeverityChange
from safepost.schools.models import Pupil as PupilRow
from safepost.schools.models import School
from safepost.schools.models import StaffMember as StaffRow

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_cache: dict[int, tuple[int, SchoolContext, Policy, str, dict[str, SeverityChange]]] = {}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _pupil(row: PupilRow) -> Pupil:
    consent = {ConsentKind.SOCIAL_MEDIA: row.consent_social_media, ConsentKind.WEBSITE: row.consent_website}
    if row.consent_class_platform is not None:
        consent[ConsentKind.CLASS_PLATFORM] = row.consent_class_platform
    return Pupil(id=row.pupil_id, first_name=row.first_name, last_name=row.last_name,
                 preferred_name=row.preferred_name or row.first_name, year_group=row.year_group,
                 class_name=row.class_name, consent=consent)


def build_context(school: School) -> SchoolContext:
    settings: dict[str, Any] = {
        "name": school.name, "policy": school.policy_pack, "nation": school.nation, "name_cy": school.name_cy,
        "address": school.address, "web_domains": _split(school.web_domains),
        "email_domains": _split(school.email_domains), "phones": _split(school.phones),
        "allowed_link_domains": _split(school.allowed_link_domains),
    }
    pupils = tuple(_pupil(p) for p in PupilRow.objects.filter(school=school).iterator())
    staff = tuple(
        StaffMember(id=s.staff_id, title=s.title, first_name=s.first_name, last_name=s.last_name, role=s.job_title)
        for s in StaffRow.objects.filter(school=school, leaving_processed=False)
    )
    return school_from_settings(settings, f"school {school.slug}", pupils, staff)


def current_changes(school: School) -> dict[str, SeverityChange]:
    """The change in force for each rule (the newest)."""
    latest: dict[str, SeverityChange] = {}
    for change in SeverityChange.objects.filter(school=school).select_related("changed_by"):
        latest.setdefault(change.rule, change)
    return latest


@functools.lru_cache(maxsize=64)
def _pack(pack: str) -> Policy:
    """A pack as shipped, parsed once per process (packs are files of the installed package)."""
    return load_policy(pack)


def build_policy(school: School, changes: dict[str, SeverityChange] | None = None) -> tuple[Policy, str]:
    """The school's pack with its local severity changes applied, and a note if the pack is missing."""
    note = ""
    try:
        policy = _pack(school.policy_pack)
    except InputError as exc:
        # for staff, in their language when shown (the note is cached across requests); the
        # loader's details (a file, a key) are for the log, not the page
        logger.warning("policy pack %r could not be loaded: %s", school.policy_pack, exc.message)
        note = cast(str, format_lazy(  # lazy: a str once rendered, in the reader's language
            gettext_lazy("The policy pack {pack} could not be loaded; the default pack is used instead."),
            pack=school.policy_pack))
        policy = _pack("default")
    rules = dict(policy.rules)
    for rule, change in (current_changes(school) if changes is None else changes).items():
        if rule in rules and change.severity != LocalSeverity.PACK:
            severity = None if change.severity == LocalSeverity.OFF else Severity(change.severity)
            # A local change replaces every per-channel and per-audience variation: one severity.
            rules[rule] = replace(rules[rule], severity=severity, by_audience={}, by_channel={})
    return replace(policy, rules=rules), note


def _cached(school: School) -> tuple[int, SchoolContext, Policy, str, dict[str, SeverityChange]]:
    with _lock:
        cached = _cache.get(school.pk)
    if cached is not None and cached[0] == school.data_version:
        return cached
    changes = current_changes(school)
    policy, note = build_policy(school, changes)
    entry = (school.data_version, build_context(school), policy, note, changes)
    with _lock:
        _cache[school.pk] = entry
    return entry


def engine_for(school: School) -> tuple[SchoolContext, Policy, str]:
    """The cached (context, policy, note) for a school at its current data version.

    Every change to pupils, staff, consent or policy bumps ``School.data_version`` (read with
    the membership, no extra query), so a stale entry is never used, in any process.
    """
    _version, context, policy, note, _changes = _cached(school)
    return context, policy, note


def changes_for(school: School) -> dict[str, SeverityChange]:
    """The local severity change in force per rule, cached like :func:`engine_for`."""
    return _cached(school)[4]
