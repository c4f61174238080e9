"""Helpers every view uses: render a school page with its navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from safepost.schools.access import permissions_held
from safepost.schools.models import Membership


def page(request: HttpRequest, template: str, membership: Membership, status: int = 200, **context: Any) -> HttpResponse:
    """Render a page inside a school: the template sees ``school``, ``membership`` and ``can``."""
    perms = {p.value for p in permissions_held(membership)}
    base = {"school": membership.school, "membership": membership, "can": perms}
    return render(request, template, base | context, status=status)
