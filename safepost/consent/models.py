"""Consent events: each grant, refusal or withdrawal, with who recorded it and the evidence."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SOCIAL_MEDIA = "social_media", _("Social media")
    WEBSITE = "website", _("School website")
    CLASS_PLATFORM = "class_platform", _("Class platform")


class ConsentChange(models.TextChoices):
    GIVEN = "given", _("Given")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    IMPORTED = "imported", _("Imported")


class ConsentEvent(models.Model):
    """One change of a pupil's consent for one channel. Withdrawals are consumed by later work
    (taking down published posts); ``handled_at`` marks when that happened."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    pupil = models.ForeignKey("schools.Pupil", on_delete=models.CASCADE, related_name="consent_events")
    channel = models.CharField(max_length=20, choices=Channel.choices)
    change = models.CharField(max_length=10, choices=ConsentChange.choices)
    granted = models.BooleanField()
    evidence = models.CharField(_("evidence"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    #: Written by a roster import rather than recorded by a person. A "no" a person recorded is
    #: never overturned by an import unless someone confirms it for that pupil.
    by_import = models.BooleanField(default=False)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        indexes = [models.Index(fields=["school", "change", "handled_at"])]
