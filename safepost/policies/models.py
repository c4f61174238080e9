"""Local changes to a pack's severities, kept as history (who, when, why)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LocalSeverity(models.TextChoices):
    BLOCK = "block", _("Block")
    REVIEW = "review", _("Review")
    ADVISE = "advise", _("Advise")
    OFF = "off", _("Off")
    PACK = "pack", _("As the pack says")


class SeverityChange(models.Model):
    """One change of one rule's severity for one school. The newest per rule is in force."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="severity_changes")
    rule = models.CharField(max_length=80)
    severity = models.CharField(max_length=10, choices=LocalSeverity.choices)
    reason = models.TextField()
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
