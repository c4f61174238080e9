"""Background tasks for accounts: thin, idempotent, calling into actions and mail."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django_tasks import task

from safepost.accounts.models import Application
from safepost.accounts.states import ApplicationStatus
from safepost.schools.models import Membership, Role


@task()
def notify_deciders(application_id: int) -> int:
    """Email the school's headteacher and senior leaders that an application waits for them.
    Does nothing if it was decided meanwhile. Returns how many people were told."""
    app = Application.objects.select_related("school").filter(pk=application_id).first()
    if app is None or app.status != ApplicationStatus.SUBMITTED:
        return 0
    emails = sorted({m.user.email for m in Membership.objects.select_related("user").filter(
        school=app.school, role__in=[Role.HEADTEACHER, Role.SLT]) if m.user.email})
    if not emails:
        return 0
    path = reverse("accounts:show-application", kwargs={"school": app.school.slug, "pk": app.pk})
    send_mail(f"safepost: an account application waits for your decision ({app.school.name})",
              f"An application for a new {app.get_platform_display()} account waits for a decision:\n{path}\n",
              settings.DEFAULT_FROM_EMAIL, emails)
    return len(emails)
