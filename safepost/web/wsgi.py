"""WSGI entry point for gunicorn (``safepost serve``) or any other WSGI server."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost.web.settings")
application = get_wsgi_application()


def _warm_engine() -> None:
    """Load the rule registry and every policy pack before serving threads exist: the engine
    builds its registry lazily, and two threads doing it at once collide."""
    from safepost.engine import available_packs, load_policy

    for pack in available_packs():
        load_policy(pack)


_warm_engine()
