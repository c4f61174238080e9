"""Background tasks for the inbox: thin and idempotent, calling into the route and the sweep."""

from __future__ import annotations

from django_tasks import task

from safepost.inbox.safeguarding import send_concern_alert


@task()
def alert_dsl(concern_id: int) -> int:
    """Email the DSL about one safeguarding concern (once, however often it runs)."""
    return send_concern_alert(concern_id)
