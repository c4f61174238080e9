"""Time-based compliance work, run by the sweep loop of `safepost serve` / `safepost worker` and
by `safepost compliance remind`. Every step claims its rows with a conditional update first, so
two sweepers running at once never send the same email twice (the inbox sweep's pattern).

* Each school is looked at once an hour (``SchoolSweep.next_at``, claimed like a lease): its
  adults are brought in step with memberships and the staff list, then
* each adult with something due gets one reminder, claimed on the adult row; the same things
  due are not reminded again for ``REMIND_EVERY``;
* the headteacher is reminded once per review when the policy's review date is near.

Reminders need ``SAFEPOST_BASE_URL`` (links in emails are absolute); without it nothing is sent.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from safepost.audit.chain import record
from safepost.compliance.actions import do_sync_adults
from safepost.compliance.links import acknowledge_url, link_days
from safepost.compliance.models import Adult, PolicyReview, SchoolSweep
from safepost.compliance.overview import review_due
from safepost.compliance.schedule import Status, Task, statuses
from safepost.compliance.versions import current_version
from safepost.inbox.safeguarding import base_url
from safepost.schools.models import Membership, Role, School

log = logging.getLogger("safepost.compliance")

SWEEP_EVERY = timedelta(hours=1)
REMIND_EVERY = timedelta(days=7)
REVIEW_NOTICE = timedelta(days=30)
BATCH = 200


def sweep_compliance(now: datetime | None = None, force: bool = False) -> int:
    """Everything time-based the compliance app does. Returns how many emails it sent.
    ``force``: look at every school now, not only those whose hour has come (the adults' own
    claims still stop a second email)."""
    now = now or timezone.now()
    if not base_url():
        log.warning("compliance reminders not sent: set SAFEPOST_BASE_URL (links in emails must be absolute)")
        return 0
    _add_missing_schools()
    sent = 0
    for school in _claim_schools(now, force):
        do_sync_adults(school, timezone.localdate(now))
        sent += remind_adults(school, now) + remind_review(school, now)
    return sent


def _add_missing_schools() -> None:
    missing = School.objects.exclude(pk__in=SchoolSweep.objects.values("school_id")).values_list("pk", flat=True)
    SchoolSweep.objects.bulk_create([SchoolSweep(school_id=pk) for pk in missing[:BATCH]], ignore_conflicts=True)


def _claim_schools(now: datetime, force: bool = False) -> list[School]:
    """Schools whose hour has come, each claimed by exactly one sweeper."""
    rows = SchoolSweep.objects.all() if force else SchoolSweep.objects.filter(Q(next_at__isnull=True)
                                                                              | Q(next_at__lte=now))
    claimed = [pk for pk, at in list(rows.values_list("pk", "next_at")[:BATCH])
               if SchoolSweep.objects.filter(pk=pk, next_at=at).update(next_at=now + SWEEP_EVERY) == 1]
    return list(School.objects.filter(pk__in=SchoolSweep.objects.filter(pk__in=claimed).values("school_id")))


# --- adults --------------------------------------------------------------------------------------

def remind_key(status: Status, version_number: int | None) -> str:
    """What the reminder is about: a change (a new version, a new task) is reminded at once."""
    return ",".join(sorted(d.task.value for d in status.dues)) + f"|v{version_number or 0}"


def remind_adults(school: School, now: datetime) -> int:
    version = current_version(school)
    sent = 0
    for status in statuses(school, timezone.localdate(now)):
        adult = status.adult
        if not status.dues or not adult.email:
            continue
        key = remind_key(status, version.number if version else None)
        if adult.remind_key == key and adult.reminded_at is not None and adult.reminded_at > now - REMIND_EVERY:
            continue
        if not _claim_adult(adult, key, now):
            continue  # another sweeper has it
        if _send_reminder(status, version, school):
            record(None, school, "compliance.reminded", adult, tasks=[d.task.value for d in status.dues])
            sent += 1
        else:  # released, so the next sweep tries again
            Adult.objects.filter(pk=adult.pk, reminded_at=now).update(reminded_at=adult.reminded_at,
                                                                    remind_key=adult.remind_key)
    return sent


def _claim_adult(adult: Adult, key: str, now: datetime) -> bool:
    return bool(Adult.objects.filter(pk=adult.pk, reminded_at=adult.reminded_at, remind_key=adult.remind_key)
                .update(reminded_at=now, remind_key=key))


def _language(adult: Adult) -> str:
    from safepost.signin.models import Profile

    profile = Profile.objects.filter(user_id=adult.user_id).first() if adult.user_id else None
    return profile.language if profile and profile.language else "en"


TASK_LINES = {
    Task.ACKNOWLEDGE: gettext_noop("Read and acknowledge the policy"),
    Task.TRAINING: gettext_noop("Complete your social media training"),
    Task.DECLARE: gettext_noop("Make your declaration for this year"),
    Task.JOINING: gettext_noop("Complete the joining checklist"),
    Task.LEAVING: gettext_noop("Complete the leaving checklist"),
}


def _send_reminder(status: Status, version: object, school: School) -> bool:
    adult = status.adult
    with translation.override(_language(adult)):
        lines = [_("%(task)s, by %(day)s") % {"task": _(TASK_LINES[d.task]), "day": d.by.strftime("%d/%m/%Y")}
                 for d in status.dues]
        link = acknowledge_url(adult, version) if status.due(Task.ACKNOWLEDGE) and version else ""  # type: ignore[arg-type]
        mine = base_url() + reverse("compliance:show-mine", kwargs={"school": school.slug})
        body = render_to_string("compliance/email_reminder.txt", {"adult": adult, "school": school, "lines": lines,
                                                                  "link": link, "version": version, "mine": mine,
                                                                  "days": link_days()})
        subject = _("%(school)s: your social media policy tasks") % {"school": school.name}
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [adult.email])
    except Exception:  # the mail server is down: the claim is released and retried next sweep
        log.exception("compliance reminder for adult %s not sent", adult.pk)
        return False
    return True


# --- policy review -------------------------------------------------------------------------------

def remind_review(school: School, now: datetime) -> int:
    """Tell the headteacher(s) once when the policy's review date is within REVIEW_NOTICE."""
    review = review_due(school)
    if review is None or review.reminded_at is not None:
        return 0
    if review.next_review_on > timezone.localdate(now) + REVIEW_NOTICE:
        return 0
    if PolicyReview.objects.filter(pk=review.pk, reminded_at__isnull=True).update(reminded_at=now) != 1:
        return 0
    heads = [m.user.email for m in Membership.objects.select_related("user")
             .filter(school=school, role=Role.HEADTEACHER) if m.user.email]
    if not heads:
        return 0
    link = base_url() + reverse("compliance:show-overview", kwargs={"school": school.slug})
    day = review.next_review_on.strftime("%d/%m/%Y")
    try:
        send_mail(_("%(school)s: the social media policy is due for review by %(day)s") % {"school": school.name,
                                                                                            "day": day},
                  _("The school's social media policy is due for review by %(day)s. Review it and publish a new "
                    "version, or record that it needs no change:\n%(link)s\n") % {"day": day, "link": link},
                  settings.DEFAULT_FROM_EMAIL, heads)
    except Exception:
        PolicyReview.objects.filter(pk=review.pk).update(reminded_at=None)
        log.exception("policy review reminder for school %s not sent", school.pk)
        return 0
    record(None, school, "compliance.review-reminded", review, next_review_on=review.next_review_on)
    return 1
