"""Pages outside any school: home, health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from safepost.schools.access import user_schools
from safepost.schools.models import Organisation


@login_required
def home(request: HttpRequest) -> HttpResponse:
    memberships = user_schools(request.user)
    if len(memberships) == 1:
        return redirect("schools:dashboard", school=memberships[0].school.slug)
    # Organisations the user administers: their trust's governors' report (counts only).
    trusts = Organisation.objects.filter(admins__user_id=request.user.pk) if request.user.is_authenticated else []
    return render(request, "home.html", {"memberships": memberships, "trusts": trusts})


def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
