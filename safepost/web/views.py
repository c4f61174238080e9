"""Pages outside any school: home, health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from safepost.schools.access import user_schools


@login_required
def home(request: HttpRequest) -> HttpResponse:
    from safepost.people.access import administered_organisations

    memberships = user_schools(request.user)
    organisations = administered_organisations(request.user)
    if len(memberships) == 1 and not organisations:
        return redirect("schools:dashboard", school=memberships[0].school.slug)
    return render(request, "home.html", {"memberships": memberships, "organisations": organisations})


def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
