"""Compliance rows. Every adult of a school (a member who signs in, or a member of staff from the
staff list) has one :class:`Adult` row; everything else hangs off it, so the records outlive a
membership that is removed (a leaver's acknowledgements stay as evidence)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from safepost.compliance.states import DeclarationStatus


class Adult(models.Model):
    """One adult of a school: kept in step with memberships and the staff list by ``sync.py``.

    ``joined_on`` starts induction (acknowledgement and the joining checklist); ``left_on``
    asks for the leaving checklist. ``remind_key``/``reminded_at`` let the sweep claim a
    reminder with a conditional update, so two sweepers never send it twice."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+")
    staff = models.ForeignKey("schools.StaffMember", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    role = models.CharField(max_length=20)
    joined_on = models.DateField()
    left_on = models.DateField(null=True, blank=True)
    remind_key = models.CharField(max_length=100, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["school", "user"], condition=Q(user__isnull=False),
                                    name="one_adult_per_user_per_school"),
            # A staff record may be linked to more than one membership; only the adults who do not
            # sign in are keyed by it.
            models.UniqueConstraint(fields=["school", "staff"], condition=Q(staff__isnull=False, user__isnull=True),
                                    name="one_adult_per_staff_member"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def role_label(self) -> str:
        """The role's name in the reader's language ("staff" for someone on the staff list only)."""
        from safepost.schools.models import Role

        return str(Role(self.role).label) if self.role in Role.values else str(Role.STAFF.label)


class PolicyVersion(models.Model):
    """A published version of the school's policy: its pack and the policy's text, fixed by
    ``fingerprint`` (SHA-256 of the pack file, the policy text and the local severity changes)
    and numbered 1, 2, 3... per school. Publishing one asks every adult to acknowledge it."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    pack = models.CharField(max_length=100)
    fingerprint = models.CharField(max_length=64)
    #: The policy's words as published: what an adult reads and acknowledges, kept as evidence.
    text = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField()

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["school", "number"], name="one_policy_version_number")]

    def __str__(self) -> str:
        return f"version {self.number}"

    @property
    def short(self) -> str:
        return self.fingerprint[:12]


class PolicyReview(models.Model):
    """A review of the policy by the school (publishing a version is one too). The newest one's
    ``next_review_on`` is when the headteacher is next reminded."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="reviews")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reviewed_on = models.DateField()
    next_review_on = models.DateField()
    note = models.TextField(blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-reviewed_on", "-pk"]


class Via(models.TextChoices):
    PAGE = "page", _("On their compliance page")
    EMAIL_LINK = "email-link", _("From the link in a reminder email")
    API = "api", _("Through the API")


class Acknowledgement(models.Model):
    """An adult read and acknowledged one version of the policy on a date. Never changed."""

    adult = models.ForeignKey(Adult, on_delete=models.PROTECT, related_name="acknowledgements")
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField()
    via = models.CharField(max_length=20, choices=Via.choices)

    class Meta:
        ordering = ["-acknowledged_at", "-pk"]


class TrainingRecord(models.Model):
    """A course an adult completed, when, and until when it counts (empty: it does not expire)."""

    adult = models.ForeignKey(Adult, on_delete=models.PROTECT, related_name="training")
    course = models.CharField(max_length=200)
    completed_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on", "-pk"]


class DeclarationKind(models.TextChoices):
    NOTHING = "nothing", _("Nothing to declare")
    PUPIL_LINK = "pupil-link", _("A social media link with a pupil")
    PARENT_LINK = "parent-link", _("A social media link with a parent or carer")
    PERSONAL_ACCOUNT = "personal-account", _("A personal account that names the school")


class Relationship(models.TextChoices):
    """Why the link exists: a category, never a name (the headteacher asks in person)."""

    FAMILY = "family", _("Family member")
    FRIEND = "friend", _("Friend outside school")
    NEIGHBOUR = "neighbour", _("Neighbour")
    COMMUNITY = "community", _("Club, faith or community group")
    OTHER = "other", _("Other")


class Declaration(models.Model):
    """An adult's declaration, reviewed by the headteacher. It names no pupil: a link gives the
    relationship (a category) and optionally the year group; ``details`` is checked for pupils'
    names before it is stored. "Nothing to declare" is a declaration too: it counts for the year."""

    adult = models.ForeignKey(Adult, on_delete=models.PROTECT, related_name="declarations")
    kind = models.CharField(max_length=20, choices=DeclarationKind.choices)
    platform = models.CharField(max_length=50, blank=True)
    relationship = models.CharField(max_length=20, choices=Relationship.choices, blank=True)
    year_group = models.CharField(max_length=50, blank=True)
    account = models.CharField(max_length=200, blank=True)
    disclaimer = models.TextField(blank=True)
    details = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=DeclarationStatus.choices, default=DeclarationStatus.SUBMITTED)
    declared_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-declared_at", "-pk"]


class ChecklistKind(models.TextChoices):
    JOINING = "joining", _("Joining")
    LEAVING = "leaving", _("Leaving")


class ChecklistCompletion(models.Model):
    """An adult's self-review on joining or leaving, with every item ticked (ids in ``items``)."""

    adult = models.ForeignKey(Adult, on_delete=models.PROTECT, related_name="checklists")
    kind = models.CharField(max_length=10, choices=ChecklistKind.choices)
    items = models.JSONField(default=list)
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["adult", "kind"], name="one_checklist_per_kind")]


class SchoolSweep(models.Model):
    """When the reminder sweep next looks at a school: claimed with a conditional update."""

    school = models.OneToOneField("schools.School", on_delete=models.CASCADE, related_name="+")
    next_at = models.DateTimeField(null=True, blank=True)
