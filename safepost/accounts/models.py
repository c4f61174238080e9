"""Account applications and the registry of official accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.accounts.states import AccountStatus, ApplicationStatus


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    BLUESKY = "bluesky", "Bluesky"
    MASTODON = "mastodon", "Mastodon"
    TIKTOK = "tiktok", "TikTok"
    LINKEDIN = "linkedin", "LinkedIn"
    CLASSDOJO = "classdojo", "ClassDojo"
    SEESAW = "seesaw", "Seesaw"
    BLOG = "blog", _("Blog or website")
    OTHER = "other", _("Other")


class Visibility(models.TextChoices):
    OPEN = "open", _("Open: anyone can see it")
    CLOSED = "closed", _("Closed: only invited members")


class Application(models.Model):
    """A request to open an official account, decided by senior leadership."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="applications")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    name = models.CharField(_("account name"), max_length=200)
    aim = models.TextField(_("aim"))
    audience = models.TextField(_("audience"))
    promotion = models.TextField(_("how it will be promoted"))
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    lead = models.ForeignKey("schools.StaffMember", on_delete=models.PROTECT, related_name="led_applications")
    runners = models.ManyToManyField("schools.StaffMember", related_name="run_applications")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.SUBMITTED)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    decided_at = models.DateTimeField(null=True)
    decision_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at"]


class ConnectionStatus(models.TextChoices):
    """What the last connection check found (an observation, not a state: no graph)."""

    OK = "ok", _("Connected")
    BAD_CREDENTIALS = "bad-credentials", _("Sign-in no longer works")
    UNREACHABLE = "unreachable", _("Could not be reached")
    RATE_LIMITED = "rate-limited", _("Too many requests for now")
    NO_LOGIN = "no-login", _("No usable login stored")


class OfficialAccount(models.Model):
    """An account the school runs. Its login lives encrypted in ``secret``."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="official_accounts")
    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="account")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    name = models.CharField(max_length=200)
    url = models.URLField(max_length=500)
    handle = models.CharField(max_length=200)
    about_links_aup = models.BooleanField(default=False)
    lead = models.ForeignKey("schools.StaffMember", on_delete=models.PROTECT, related_name="led_accounts")
    runners = models.ManyToManyField("schools.StaffMember", related_name="run_accounts")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=AccountStatus.choices, default=AccountStatus.ACTIVE)
    flag_reason = models.TextField(blank=True)
    flagged_at = models.DateTimeField(null=True)
    secret = models.TextField(blank=True)
    secret_updated_at = models.DateTimeField(null=True)
    # The last "Check the connection" (accounts.connection): when, what it found, and for a rate
    # limit when the platform's window ends.
    connection_checked_at = models.DateTimeField(null=True, blank=True)
    connection_status = models.CharField(max_length=20, choices=ConnectionStatus.choices, blank=True)
    connection_retry_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
