"""Web tests: Django settings are set up here, not globally, so engine tests run without Django.

Runs on SQLite by default; set ``DATABASE_URL=postgres://postgres@127.0.0.1:5432/safepost`` to
run the same tests on PostgreSQL.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

os.environ.setdefault("SAFEPOST_DATA_DIR", tempfile.mkdtemp(prefix="safepost-test-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "safepost.web.settings"
# The tests serve http://testserver and http://127.0.0.1: say so (safepost defaults to HTTPS).
os.environ.setdefault("SAFEPOST_HTTPS", "0")
os.environ.setdefault("SAFEPOST_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")

import django

django.setup()

from django.conf import settings  # noqa: E402

# Argon2 is deliberately slow; tests create many users. test_signin checks the real setting.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

from django.contrib.auth.models import User  # noqa: E402
from django.test import Client  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from safepost.schools.models import (  # noqa: E402
    PRIVILEGED_ROLES,
    Membership,
    Organisation,
    Pupil,
    Role,
    School,
    StaffMember,
)

PASSWORD = "correct-horse-battery-9"


@dataclass
class World:
    school: School
    other: School
    users: dict[Role, User]
    staff: list[StaffMember]
    pupils: list[Pupil]
    outsider: User


def make_school(slug: str, org: Organisation, pupils: int = 3) -> tuple[School, list[StaffMember], list[Pupil]]:
    school = School.objects.create(organisation=org, name=f"{slug.title()} School", slug=slug,
                                   policy_pack="default", web_domains=f"{slug}.sch.uk")
    staff = [StaffMember.objects.create(school=school, staff_id=f"{slug[:2].upper()}S{i}", title="Ms",
                                        first_name=f"Staffer{i}", last_name=f"Testlast{i}", job_title="Teacher")
             for i in range(1, 5)]
    rows = [Pupil.objects.create(school=school, pupil_id=f"{slug[:2].upper()}P{i}", first_name=name,
                                 last_name="Quillfeather", preferred_name=name, year_group="Year 4",
                                 class_name="Ash", consent_social_media=True, consent_website=False)
            for i, name in enumerate(["Zephyrine", "Barnaby", "Ottoline"][:pupils], start=1)]
    return school, staff, rows


@pytest.fixture
def world(db: None) -> World:
    return build_world()


def build_world() -> World:
    """Two schools of one trust, a user for every role in the first, a headteacher of the second."""
    org = Organisation.objects.create(name="Test Trust", slug="test-trust")
    school, staff, pupils = make_school("alpha", org)
    other, _, _ = make_school("beta", org)
    users: dict[Role, User] = {}
    for index, role in enumerate(Role):
        user = User.objects.create_user(f"{role.value}-user", email=f"{role.value}@alpha.sch.uk", password=PASSWORD)
        Membership.objects.create(user=user, school=school, role=role, staff=staff[index % len(staff)])
        users[role] = user
    outsider = User.objects.create_user("outsider", password=PASSWORD)
    Membership.objects.create(user=outsider, school=other, role=Role.HEADTEACHER)
    return World(school, other, users, staff, pupils, outsider)


def verified_client(user: User) -> Client:
    """A client signed in as ``user`` who has passed the second factor if their role needs it."""
    client = Client()
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def client_for(world: World) -> Callable[[Role], Client]:
    return lambda role: verified_client(world.users[role])


@pytest.fixture
def head(world: World) -> Client:
    return verified_client(world.users[Role.HEADTEACHER])


__all__ = ["PASSWORD", "PRIVILEGED_ROLES", "World", "build_world", "verified_client"]


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A request in Welsh leaves Welsh active in the test's thread; actions called directly in the
    next test (their errors are translated) must start in the default language again."""
    from django.utils import translation

    yield
    translation.deactivate()
