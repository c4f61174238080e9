"""Background tasks for accounts: thin, idempotent, calling into actions and mail.

Every email says what waits for the reader and links to it with an absolute address
(``SAFEPOST_SITE_URL``), in the reader's language."""

from __future__ import annotations

from django.urls import reverse
from django_tasks import task

from safepost.accounts.models import Application
from safepost.accounts.states import ApplicationStatus
from safepost.schools.access import MATRIX, Perm
from safepost.schools.models import Membership, Role
from safepost.web.links import absolute
from safepost.web.mail import email_person


def _link(app: Application) -> str:
    return absolute(reverse("accounts:show-application", kwargs={"school": app.school.slug, "pk": app.pk}))


def _tell(app: Application, roles: frozenset[str] | list[Role], template: str) -> int:
    """Email every member of the school holding one of ``roles``; how many were told."""
    members = Membership.objects.select_related("user").filter(school=app.school, role__in=list(roles),
                                                               user__is_active=True).exclude(user__email="")
    context = {"app": app, "school": app.school, "link": _link(app), "platform": app.get_platform_display()}
    told = {m.user.email for m in members if email_person(m.user, template, context)}
    return len(told)


@task()
def notify_deciders(application_id: int) -> int:
    """Email the school's headteacher and senior leaders that an application waits for them.
    Does nothing if it was decided meanwhile. Returns how many people were told."""
    app = Application.objects.select_related("school").filter(pk=application_id).first()
    if app is None or app.status != ApplicationStatus.SUBMITTED:
        return 0
    return _tell(app, [Role.HEADTEACHER, Role.SLT], "accounts/email/waiting")


@task()
def notify_decision(application_id: int) -> int:
    """Tell the applicant the decision; when approved, tell whoever records accounts (the
    school's administrators) to create it. Returns how many people were told."""
    app = Application.objects.select_related("school", "requested_by").filter(pk=application_id).first()
    if app is None or app.status not in (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED):
        return 0
    context = {"app": app, "school": app.school, "link": _link(app), "platform": app.get_platform_display(),
               "approved": app.status == ApplicationStatus.APPROVED}
    told = int(app.requested_by.is_active and email_person(app.requested_by, "accounts/email/decided", context))
    if app.status == ApplicationStatus.APPROVED:
        # Organisation administrators are not members; the school's own administrators are told.
        told += _tell(app, MATRIX[Perm.RECORD_ACCOUNT] - {"org_admin"}, "accounts/email/to_create")
    return told
