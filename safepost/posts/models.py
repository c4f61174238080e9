"""Posts, their immutable revisions, approvals bound to a revision, publications and takedowns.

The shape is wagtail's: a post is a pointer to its latest revision; every edit writes a new
revision and never changes an old one; an approval names the revision it approves, so an edit
after approval leaves that approval behind. What goes out is always an approved revision's
exact text, photos (cleaned copies) and targets.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.posts.states import (
    ApproverKind,
    Decision,
    PostStatus,
    PublicationStatus,
    TakedownStatus,
)


class Media(models.Model):
    """An uploaded photo. The original is kept privately for checking; only ``cleaned`` (pixels
    only, every byte of metadata gone) is ever sent to a platform."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    original = models.FileField(upload_to="media/original/")
    cleaned = models.FileField(upload_to="media/cleaned/")
    thumbnail = models.FileField(upload_to="media/thumbs/")
    mime_type = models.CharField(max_length=50)  # of the cleaned copy
    sha256 = models.CharField(max_length=64)  # of the original bytes
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    scan = models.JSONField(default=dict)  # image findings: codes, sources, boxes; never names
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)


class Post(models.Model):
    """A post for one or more of the school's official accounts."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts")
    status = models.CharField(max_length=20, choices=PostStatus.choices, default=PostStatus.DRAFT, db_index=True)
    latest = models.ForeignKey("Revision", on_delete=models.PROTECT, null=True, related_name="+")
    # What was approved. Equals ``latest`` while the approval stands; an edit moves ``latest`` on.
    approved = models.ForeignKey("Revision", on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["school", "status", "-updated_at"])]


class Revision(models.Model):
    """One immutable version of a post: the exact words, photos, targets, tags and schedule."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    accounts = models.ManyToManyField("accounts.OfficialAccount", related_name="+")
    tagged_pupils = models.ManyToManyField("schools.Pupil", related_name="+")
    # Pupils the engine found named in the text or alt text (ids only, never the names), so a
    # withdrawal of consent finds the posts that name a child as well as those that tag them.
    named_pupils = models.ManyToManyField("schools.Pupil", related_name="+")
    scheduled_for = models.DateTimeField(null=True, blank=True)  # None: as soon as approved
    answers = models.JSONField(default=dict)  # the pack's pre-posting questions: id -> bool
    verdict = models.CharField(max_length=10)  # the engine's verdict: pass | review | block
    findings = models.JSONField(default=list)  # code, rule, severity, source, start, end; no excerpts
    needs_slt = models.BooleanField(default=False)  # a finding asks for review as controversial
    content_hash = models.CharField(max_length=64)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["post", "number"]
        constraints = [models.UniqueConstraint(fields=["post", "number"], name="one_revision_number_per_post")]

    @staticmethod
    def hash_of(text: str, photos: list[tuple[str, str]], account_ids: list[int], pupil_ids: list[int],
                scheduled_for: str) -> str:
        """A digest of everything an approver approves, so two revisions can be compared."""
        parts = [text, repr(sorted(photos)), repr(sorted(account_ids)), repr(sorted(pupil_ids)), scheduled_for]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class RevisionPhoto(models.Model):
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="photos")
    media = models.ForeignKey(Media, on_delete=models.PROTECT, related_name="+")
    alt_text = models.CharField(max_length=1000)
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["revision", "position"]


class Approval(models.Model):
    """A decision on one revision. Only approvals of ``post.latest`` count."""

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="approvals")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    as_kind = models.CharField(max_length=10, choices=ApproverKind.choices)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    comment = models.TextField(blank=True)
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decided_at"]


class Override(models.Model):
    """Senior leadership lets a revision with a ``block`` finding be submitted, with a reason."""

    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="overrides")
    codes = models.JSONField(default=list)  # the block findings' codes it overrides
    reason = models.TextField()
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(auto_now_add=True)


class Publication(models.Model):
    """One approved revision going to one account: the unit of exactly-once publishing.

    ``idempotency_key`` is written before the platform is called. After a crash, a worker that
    finds the row IN_FLIGHT asks the connector whether a post with that key exists before it
    calls publish again."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="publications")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="publications")
    account = models.ForeignKey("accounts.OfficialAccount", on_delete=models.PROTECT, related_name="publications")
    idempotency_key = models.CharField(max_length=100, unique=True)
    status = models.CharField(max_length=20, choices=PublicationStatus.choices,
                              default=PublicationStatus.PENDING)
    due_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)  # worker id while IN_FLIGHT
    claimed_at = models.DateTimeField(null=True, blank=True)
    remote_id = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    error = models.TextField(blank=True)  # the platform's error in plain words
    published_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")  # for manual publications

    class Meta:
        ordering = ["due_at"]
        constraints = [models.UniqueConstraint(fields=["revision", "account"], name="one_publication_per_account")]
        indexes = [models.Index(fields=["status", "due_at"])]


class Takedown(models.Model):
    """A published post that must come down because a tagged or named pupil's consent for its
    channel was withdrawn. Created by the withdrawal; done through the connector or by hand."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    publication = models.ForeignKey(Publication, on_delete=models.PROTECT, related_name="takedowns")
    pupil = models.ForeignKey("schools.Pupil", on_delete=models.PROTECT, related_name="+")
    consent_event = models.ForeignKey("consent.ConsentEvent", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=10, choices=TakedownStatus.choices, default=TakedownStatus.OPEN)
    due_at = models.DateTimeField(db_index=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+")
    how = models.CharField(_("how it was taken down"), max_length=200, blank=True)
    # Who must do it: one of the account's lead and runners who signs in to safepost (the lead
    # first); a moderator may hand it to another. None when nobody running the account has a login.
    assignee = models.ForeignKey("schools.StaffMember", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at"]
        constraints = [models.UniqueConstraint(fields=["publication", "consent_event"],
                                               name="one_takedown_per_withdrawal")]
