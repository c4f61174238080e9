"""Permission-checked reads of inbox rows (one 404 for missing and forbidden)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from safepost.inbox.models import Comment, MentionFeed, Reply, RotaEntry, SafeguardingConcern
from safepost.schools.access import Perm, access_school, scoped_row
from safepost.schools.models import Membership

User = AbstractBaseUser | AnonymousUser


def access_comment(user: User, slug: str, pk: Any, perm: Perm = Perm.VIEW_INBOX) -> tuple[Membership, Comment]:
    """A comment on one of the school's accounts, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    comment = scoped_row(Comment.objects.select_related("account", "assignee"), pk, school=membership.school)
    return membership, comment


def access_concern(user: User, slug: str, pk: Any) -> tuple[Membership, SafeguardingConcern]:
    """A safeguarding concern: the DSL and the headteacher only (``Perm.VIEW_SAFEGUARDING``)."""
    membership = access_school(user, slug, Perm.VIEW_SAFEGUARDING)
    concern = scoped_row(SafeguardingConcern.objects.select_related("comment__account"), pk,
                         school=membership.school)
    return membership, concern


def access_rota_entry(user: User, slug: str, pk: Any) -> tuple[Membership, RotaEntry]:
    """A rota entry of the school, for a user who may manage the rota."""
    membership = access_school(user, slug, Perm.MANAGE_ROTA)
    entry = scoped_row(RotaEntry.objects, pk, school=membership.school)
    return membership, entry


def access_mention_feed(user: User, slug: str, pk: Any) -> tuple[Membership, MentionFeed]:
    """A mention feed of the school, for a user who may act in the inbox (moderators)."""
    membership = access_school(user, slug, Perm.ACT_INBOX)
    feed = scoped_row(MentionFeed.objects, pk, school=membership.school)
    return membership, feed


def access_reply(user: User, slug: str, pk: Any) -> tuple[Membership, Reply]:
    """A reply to one of the school's comments, for a user who may act in the inbox."""
    membership = access_school(user, slug, Perm.ACT_INBOX)
    reply = scoped_row(Reply.objects.select_related("comment__account", "comment__school"), pk,
                       comment__school=membership.school)
    return membership, reply
