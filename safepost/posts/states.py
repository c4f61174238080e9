"""State graphs for posts, publications and takedowns, checked when the module is imported.

A post moves through review as a whole; each (approved revision, account) pair is a
publication with its own graph, because one account can fail while another succeeds.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.accounts.states import InvalidTransition, check_graph, require

__all__ = ["InvalidTransition", "require"]


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for approval")
    CHANGES_REQUESTED = "changes_requested", _("Sent back for changes")
    APPROVED = "approved", _("Approved: scheduled")
    PUBLISHING = "publishing", _("Publishing")
    PUBLISHED = "published", _("Published")
    FAILED = "failed", _("Failed to publish")
    REJECTED = "rejected", _("Rejected")
    EXPIRED = "expired", _("Expired: not approved before its time")
    TAKEN_DOWN = "taken_down", _("Taken down")


class PublicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for its time")
    IN_FLIGHT = "in_flight", _("Being sent")  # key recorded, platform call may have happened
    PUBLISHED = "published", _("Published")
    MANUAL = "manual", _("Waiting for someone to post it by hand")
    RETRYING = "retrying", _("Failed; will retry")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")
    DELETED = "deleted", _("Deleted from the platform")
    # A worker died mid-publish on a platform that cannot be asked whether the post arrived:
    # a person looks, then pastes the address or publishes again.
    UNCERTAIN = "uncertain", _("Interrupted: check the platform")


class TakedownStatus(models.TextChoices):
    OPEN = "open", _("To take down")
    DONE = "done", _("Taken down")


class Decision(models.TextChoices):
    APPROVE = "approve", _("Approved")
    SEND_BACK = "send_back", _("Sent back")
    REJECT = "reject", _("Rejected")


class ApproverKind(models.TextChoices):
    MODERATOR = "moderator", _("Moderator")
    SLT = "slt", _("Senior leadership")


P = PostStatus
POST_GRAPH: Mapping[PostStatus, frozenset[PostStatus]] = {
    P.DRAFT: frozenset({P.SUBMITTED}),
    P.SUBMITTED: frozenset({P.DRAFT, P.CHANGES_REQUESTED, P.APPROVED, P.REJECTED, P.EXPIRED}),
    P.CHANGES_REQUESTED: frozenset({P.DRAFT, P.SUBMITTED}),
    # An edit after approval withdraws it: the post goes back to draft with a new revision.
    P.APPROVED: frozenset({P.DRAFT, P.PUBLISHING}),
    P.PUBLISHING: frozenset({P.PUBLISHED, P.FAILED}),
    P.PUBLISHED: frozenset({P.TAKEN_DOWN}),
    P.FAILED: frozenset({P.PUBLISHING, P.DRAFT}),
    P.REJECTED: frozenset(),
    P.EXPIRED: frozenset({P.DRAFT}),
    P.TAKEN_DOWN: frozenset(),
}

Q = PublicationStatus
PUBLICATION_GRAPH: Mapping[PublicationStatus, frozenset[PublicationStatus]] = {
    Q.PENDING: frozenset({Q.IN_FLIGHT, Q.MANUAL, Q.CANCELLED}),
    Q.IN_FLIGHT: frozenset({Q.PUBLISHED, Q.RETRYING, Q.FAILED, Q.UNCERTAIN}),
    Q.RETRYING: frozenset({Q.IN_FLIGHT, Q.CANCELLED, Q.FAILED}),
    Q.MANUAL: frozenset({Q.PUBLISHED, Q.CANCELLED}),
    Q.PUBLISHED: frozenset({Q.DELETED}),
    Q.FAILED: frozenset({Q.IN_FLIGHT, Q.RETRYING, Q.CANCELLED}),  # RETRYING: someone asked to retry
    Q.CANCELLED: frozenset(),
    Q.DELETED: frozenset(),
    Q.UNCERTAIN: frozenset({Q.PUBLISHED, Q.RETRYING, Q.CANCELLED}),  # address pasted, or publish again
}

TAKEDOWN_GRAPH: Mapping[TakedownStatus, frozenset[TakedownStatus]] = {
    TakedownStatus.OPEN: frozenset({TakedownStatus.DONE}),
    TakedownStatus.DONE: frozenset(),
}

check_graph(POST_GRAPH, P.DRAFT)  # type: ignore[arg-type]
check_graph(PUBLICATION_GRAPH, Q.PENDING)  # type: ignore[arg-type]
check_graph(TAKEDOWN_GRAPH, TakedownStatus.OPEN)  # type: ignore[arg-type]
