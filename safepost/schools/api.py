"""The schools a token's user can reach."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from safepost.schools.access import user_schools
from safepost.web.apitools import user_of

router = Router(tags=["schools"])


class SchoolOut(Schema):
    slug: str
    name: str
    role: str | None
    organisation_admin: bool


class SchoolsOut(Schema):
    schools: list[SchoolOut]


@router.get("/schools", response=SchoolsOut, summary="Schools you belong to (with your role) or administer")
def list_schools(request: HttpRequest) -> SchoolsOut:
    return SchoolsOut(schools=[SchoolOut(slug=m.school.slug, name=m.school.name, role=m.role or None,
                                         organisation_admin=m.org_admin)
                               for m in user_schools(user_of(request))])
