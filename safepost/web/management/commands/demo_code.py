"""Print the current TOTP code for the demo logins (only in a demo installation)."""

from __future__ import annotations

import time
from binascii import unhexlify
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from safepost.web.demo import DEMO_TOTP_HEX


class Command(BaseCommand):
    help = "print the current second-factor code for demo logins"

    def handle(self, *args: Any, **options: Any) -> None:
        from safepost.schools.models import Organisation

        if not (settings.DEMO or Organisation.objects.filter(slug="demo-trust").exists()):
            raise CommandError("this is not a demo installation")
        code = totp(unhexlify(DEMO_TOTP_HEX), step=30, t0=0, digits=6, drift=0)
        self.stdout.write(f"{code:06d}  (valid for {30 - int(time.time()) % 30} more seconds)")
