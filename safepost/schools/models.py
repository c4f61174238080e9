"""Organisations, schools, people and their roles."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """A person's role in one school. Privileged roles must use a second factor."""

    HEADTEACHER = "headteacher", _("Headteacher")
    SLT = "slt", _("Senior leadership")
    DSL = "dsl", _("Designated safeguarding lead")
    ADMINISTRATOR = "administrator", _("Moderator / administrator")
    STAFF = "staff", _("Staff")
    GOVERNOR = "governor", _("Governor")
    VOLUNTEER = "volunteer", _("Volunteer")


PRIVILEGED_ROLES = frozenset({Role.HEADTEACHER, Role.SLT, Role.DSL, Role.ADMINISTRATOR})


class OrganisationKind(models.TextChoices):
    TRUST = "trust", _("Trust")
    LOCAL_AUTHORITY = "local_authority", _("Local authority")
    SINGLE = "single", _("Single school")


class Nation(models.TextChoices):
    ENGLAND = "england", _("England")
    WALES = "wales", _("Wales")
    SCOTLAND = "scotland", _("Scotland")
    NORTHERN_IRELAND = "northern-ireland", _("Northern Ireland")


class Organisation(models.Model):
    """A trust or local authority running one or more schools on this installation."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.TRUST)

    def __str__(self) -> str:
        return self.name


class School(models.Model):
    """One school: the tenant every other row is scoped to."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="schools")
    name = models.CharField(max_length=200)
    name_cy = models.CharField(max_length=200, blank=True)
    slug = models.SlugField(unique=True)
    nation = models.CharField(max_length=20, choices=Nation.choices, default=Nation.ENGLAND)
    policy_pack = models.CharField(max_length=100, default="default")
    address = models.CharField(max_length=300, blank=True)
    web_domains = models.CharField(max_length=300, blank=True, help_text="comma-separated")
    email_domains = models.CharField(max_length=300, blank=True, help_text="comma-separated")
    phones = models.CharField(max_length=300, blank=True, help_text="comma-separated")
    allowed_link_domains = models.CharField(max_length=500, blank=True, help_text="comma-separated")
    aup_url = models.URLField(blank=True)
    # Bumped whenever pupils, staff, consent or policy change, so cached engine contexts expire.
    data_version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return self.name

    def bump(self) -> None:
        """Invalidate cached engine contexts for this school."""
        School.objects.filter(pk=self.pk).update(data_version=models.F("data_version") + 1)
        self.refresh_from_db(fields=["data_version"])


class StaffMember(models.Model):
    """A member of staff (from the staff import or added by hand). May or may not sign in."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="staff")
    staff_id = models.CharField(max_length=50)
    title = models.CharField(max_length=30, blank=True)
    first_name = models.CharField(max_length=100, blank=True)
    last_name = models.CharField(max_length=100)
    job_title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    left_on = models.DateField(null=True, blank=True)
    # Set by the sweep that flags a leaver's accounts, so it runs exactly once.
    leaving_processed = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "staff_id"], name="unique_staff_id_per_school")]
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def has_left(self) -> bool:
        return self.leaving_processed


def current_staff(school: School) -> models.QuerySet[StaffMember]:
    """Staff still at the school: not processed as leavers, and no last day already over (the
    sweep may not have processed yesterday's leaver yet; they have left all the same)."""
    from django.utils import timezone

    return StaffMember.objects.filter(school=school, leaving_processed=False).filter(
        models.Q(left_on__isnull=True) | models.Q(left_on__gte=timezone.localdate()))


class Membership(models.Model):
    """A user's role in one school. A user may belong to several schools."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    staff = models.ForeignKey(StaffMember, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "school"], name="one_role_per_school")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.school}: {self.role}"

    #: Set by ``access_school``: the user administers the school's organisation. Not a column.
    org_admin = False

    @property
    def privileged(self) -> bool:
        return self.role in PRIVILEGED_ROLES or self.org_admin


class OrganisationAdmin(models.Model):
    """A trust's or local authority's IT administrator: administers every school of the
    organisation without a membership in each (see ``access.ORG_ADMIN``), but reads a school's
    safeguarding records only through a DSL or headteacher membership of that school."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organisation_admin")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="admins")
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="one_admin_grant_per_org")]

    def __str__(self) -> str:
        return f"{self.user} administers {self.organisation}"


class Pupil(models.Model):
    """A pupil. Names are used for checking drafts and never written to logs or the audit trail."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="pupils")
    pupil_id = models.CharField(max_length=50)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100, blank=True)
    preferred_name = models.CharField(max_length=100, blank=True)
    year_group = models.CharField(max_length=50, blank=True)
    class_name = models.CharField(max_length=100, blank=True)
    # Current consent per channel; the history is in consent.ConsentEvent.
    consent_social_media = models.BooleanField(default=False)
    consent_website = models.BooleanField(default=False)
    consent_class_platform = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "pupil_id"], name="unique_pupil_id_per_school")]
        ordering = ["year_group", "class_name", "last_name", "first_name"]

    def __str__(self) -> str:
        # Deliberately the id, never the name: str() ends up in logs and error pages.
        return f"pupil {self.pupil_id}"


class ImportKind(models.TextChoices):
    PUPILS = "pupils", _("Pupils")
    STAFF = "staff", _("Staff")


class ImportStatus(models.TextChoices):
    PREVIEWED = "previewed", _("Previewed")
    APPLIED = "applied", _("Applied")
    DISCARDED = "discarded", _("Discarded")


class ImportBatch(models.Model):
    """A parsed CSV waiting for someone to look at the preview and apply it."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="imports")
    kind = models.CharField(max_length=10, choices=ImportKind.choices)
    status = models.CharField(max_length=10, choices=ImportStatus.choices, default=ImportStatus.PREVIEWED)
    filename = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    rows = models.JSONField(default=list)
    errors = models.JSONField(default=list)
    notes = models.JSONField(default=list)
