"""Safeguarding incidents, the people involved, their workflow steps and their evidence.

Every row here is restricted (see access.py): the DSL, deputy DSLs and the headteacher read all
of a school's incidents, named investigators the ones they are named on, nobody else.
Evidence and steps are append-only: ``save`` refuses to change a stored row and ``delete``
refuses to remove one; a correction is a new row that references the old.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.safeguarding.states import IncidentStatus


class IncidentType(models.TextChoices):
    CYBERBULLYING = "cyberbullying", _("Cyberbullying")
    CHILD_CONTACTED_STAFF = "child-contacted-staff", _("A child contacting staff on a personal account")
    INAPPROPRIATE_CHILD = "inappropriate-communication", _("Inappropriate communication involving a child")
    STAFF_MISUSE = "staff-misuse", _("Staff misuse of social media")
    PARENT_POST = "parent-post", _("A parent's inappropriate post")
    ILLEGAL_CONTENT = "illegal-content", _("Illegal content")
    IMPERSONATION = "impersonation", _("Impersonation of the school's account")
    CONSENT_BREACH = "consent-breach", _("A consent breach (e.g. a photo of a child without consent)")
    #: Raised by any member of the school (reporting.do_report_concern); the DSL's assessment sorts it.
    CONCERN = "concern", _("A concern raised by a member of the school")


class Outcome(models.TextChoices):
    NO_FURTHER_ACTION = "no-further-action", _("No further action")
    PARENT_MEETING = "parent-meeting", _("Meeting with parents")
    GOVERNORS_LETTER = "governors-letter", _("Letter from the governing body")
    DISCIPLINARY = "disciplinary", _("Disciplinary process")
    POLICE = "police", _("Referral to the police")
    CEOP = "ceop", _("Referral to CEOP")
    LADO = "lado", _("Referral to the LADO")
    SOCIAL_CARE = "social-care", _("Referral to children's social care")
    PLATFORM_REPORT = "platform-report", _("Reported to the platform")


class Incident(models.Model):
    """One safeguarding incident. ``summary`` may name a child: it never leaves this record
    (notifications and the audit trail carry the incident's number and type only)."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    type = models.CharField(max_length=40, choices=IncidentType.choices)
    status = models.CharField(max_length=20, choices=IncidentStatus.choices, default=IncidentStatus.REPORTED)
    summary = models.TextField()
    occurred_at = models.DateTimeField()
    place = models.CharField(max_length=300, blank=True)  # e.g. "Facebook, comments on the trip post"
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField(auto_now_add=True)
    reporter_wishes = models.TextField(blank=True)
    victim_wishes = models.TextField(blank=True)
    outcome = models.CharField(max_length=30, choices=Outcome.choices, blank=True)
    investigators = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)
    concern = models.OneToOneField("inbox.SafeguardingConcern", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="incident")
    comment = models.ForeignKey("inbox.Comment", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    publication = models.ForeignKey("posts.Publication", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    next_step_due = models.DateTimeField(null=True, blank=True)
    # Claimed by the sweep with conditional updates; cleared when the deadline moves.
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_alerted_at = models.DateTimeField(null=True, blank=True)
    # A concern raised by any member: the person said a child may be in immediate danger.
    immediate_danger = models.BooleanField(default=False)
    # A concern raised by any member alerts the DSLs and the headteacher at once. The send is
    # claimed first and the claim cleared if it fails, so the sweep retries (reporting.py).
    # False for incidents the DSL or headteacher record themselves: they need no alert.
    needs_alert = models.BooleanField(default=False)
    alert_claimed_at = models.DateTimeField(null=True, blank=True)
    alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-reported_at", "-pk"]
        indexes = [models.Index(fields=["school", "status", "reported_at"], name="incident_list"),
                   models.Index(fields=["status", "next_step_due"], name="incident_sweep"),
                   models.Index(fields=["alert_claimed_at"], name="incident_unalerted",
                                condition=models.Q(needs_alert=True, alerted_at__isnull=True))]

    def __str__(self) -> str:
        return f"incident {self.pk}"  # never the summary: str() reaches logs

    @property
    def reference(self) -> str:
        return f"SG-{self.pk:05d}"


class AppendOnly(models.Model):
    """A row that is written once: never changed, never deleted."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise PermissionError(f"{type(self).__name__} rows are append-only: add a correction instead")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(f"{type(self).__name__} rows are append-only and cannot be deleted")


class StepKind(models.TextChoices):
    TRANSITION = "transition", _("Status changed")
    WISHES = "wishes", _("Wishes recorded")
    NOTE = "note", _("Note")
    DEADLINE = "deadline", _("Next-step deadline set")
    INVESTIGATORS = "investigators", _("Investigators named")
    PERSON = "person", _("Person involved added")


class Step(AppendOnly):
    """One thing done on an incident: who, when, why. The chronology is made of these and the evidence."""

    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="steps")
    kind = models.CharField(max_length=20, choices=StepKind.choices)
    from_status = models.CharField(max_length=20, choices=IncidentStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=IncidentStatus.choices, blank=True)
    outcome = models.CharField(max_length=30, choices=Outcome.choices, blank=True)
    why = models.TextField(blank=True)
    detail = models.JSONField(default=dict)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]


class PersonRole(models.TextChoices):
    VICTIM = "victim", _("Victim / affected")
    SUBJECT = "subject", _("Alleged to have done it")
    WITNESS = "witness", _("Witness")
    REPORTER = "reporter", _("Reported it")
    OTHER = "other", _("Other")


class Involvement(AppendOnly):
    """A child (by the pupil row: never a name copied here) or an adult involved in an incident.
    An adult is a member of staff (by row) or someone else named in ``adult_name`` (a parent)."""

    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="people")
    role = models.CharField(max_length=20, choices=PersonRole.choices)
    pupil = models.ForeignKey("schools.Pupil", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    staff = models.ForeignKey("schools.StaffMember", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    adult_name = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]
        constraints = [models.CheckConstraint(
            condition=(models.Q(pupil__isnull=False, staff__isnull=True, adult_name="")
                       | models.Q(pupil__isnull=True, staff__isnull=False, adult_name="")
                       | (models.Q(pupil__isnull=True, staff__isnull=True) & ~models.Q(adult_name=""))),
            name="involvement_is_one_person")]


class EvidenceKind(models.TextChoices):
    FILE = "file", _("Screenshot or file")
    URL = "url", _("Web address")
    NOTE = "note", _("Written account")
    COMMENT = "comment", _("Comment from the inbox")
    POST = "post", _("The school's published post")


class Evidence(AppendOnly):
    """One item of evidence. ``sha256`` is the file's hash, or for an item without a file the hash
    of its recorded fields (see ``files.item_digest``): `safepost evidence verify` checks both."""

    incident = models.ForeignKey(Incident, on_delete=models.PROTECT, related_name="evidence")
    kind = models.CharField(max_length=10, choices=EvidenceKind.choices)
    corrects = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    description = models.TextField(blank=True)
    text = models.TextField(blank=True)  # a comment's text, a written account
    url = models.CharField(max_length=2000, blank=True)
    platform = models.CharField(max_length=50, blank=True)
    platform_ids = models.JSONField(default=dict)  # remote ids: comment, post, parent, account handle
    author_handle = models.CharField(max_length=300, blank=True)
    captured_at = models.DateTimeField()  # when the thing happened or was seen (not when it was added)
    place = models.CharField(max_length=300, blank=True)
    file = models.FileField(upload_to="evidence/", blank=True)  # private data dir; never served statically
    file_name = models.CharField(max_length=255, blank=True)  # as uploaded (shown to readers of the incident only)
    mime_type = models.CharField(max_length=50, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["captured_at", "pk"]

    def __str__(self) -> str:
        return f"evidence {self.pk} of incident {self.incident_id}"
