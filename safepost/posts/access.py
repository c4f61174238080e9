"""Permission-checked reads of posts, photos, publications and takedowns (one 404 for missing
and forbidden: a user of another school cannot even learn that a row exists)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from safepost.posts.models import Media, Post, Publication, Takedown
from safepost.schools.access import Perm, access_school, holds, not_found
from safepost.schools.models import Membership

User = AbstractBaseUser | AnonymousUser


def _membership(who: Membership | User, slug: str, perm: Perm) -> Membership:
    if isinstance(who, Membership):
        if who.school.slug != slug or not holds(who, perm):
            raise not_found()
        return who
    return access_school(who, slug, perm)


def _get(model: Any, pk: Any, **scope: Any) -> Any:
    try:
        return model.objects.get(pk=int(pk), **scope)
    except (model.DoesNotExist, ValueError, TypeError):
        raise not_found() from None


def access_post(who: Membership | User, slug: str, post_id: Any, perm: Perm = Perm.VIEW_POSTS) -> Post:
    """A post of the school ``slug`` for a member whose role holds ``perm``."""
    membership = _membership(who, slug, perm)
    post: Post = _get(Post, post_id,
                      school=membership.school)
    return post


def access_media(who: Membership | User, slug: str, media_id: Any) -> Media:
    """A photo uploaded to the school, for a member who may write posts or see them."""
    membership = _membership(who, slug, Perm.VIEW_POSTS)
    media: Media = _get(Media, media_id, school=membership.school)
    return media


def access_publication(who: Membership | User, slug: str, publication_id: Any,
                       perm: Perm = Perm.VIEW_POSTS) -> Publication:
    membership = _membership(who, slug, perm)
    publication: Publication = _get(Publication, publication_id, post__school=membership.school)
    return publication


def access_takedown(who: Membership | User, slug: str, takedown_id: Any,
                    perm: Perm = Perm.MANAGE_TAKEDOWN) -> Takedown:
    membership = _membership(who, slug, perm)
    takedown: Takedown = _get(Takedown, takedown_id, school=membership.school)
    return takedown
