"""The demo trust: five schools on the five policy packs, synthetic pupils and staff, and a
login for every role. Idempotent: a second start reuses what is there."""

from __future__ import annotations

import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.chain import record
from safepost.consent.models import Channel, ConsentChange, ConsentEvent
from safepost.schools.actions import do_grant_org_admin
from safepost.schools.models import Membership, Organisation, Pupil, Role, School, StaffMember

DEMO_PASSWORD = "demo-password-1"
#: The trust's IT administrator: every demo school, no safeguarding records.
TRUST_IT_LOGIN = "it.demo-trust"
# One shared TOTP key for every demo login, printed at start: a demo, not a secret.
DEMO_TOTP_HEX = "3132333435363738393031323334353637383930"
DEMO_TOTP_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"


@dataclass(frozen=True)
class DemoSchool:
    pack: str
    slug: str
    name: str
    name_cy: str
    nation: str
    domain: str


SCHOOLS = (
    DemoSchool("newport-ce-junior", "newport", "Newport CE Junior School (demo)", "", "england", "newport-demo.sch.uk"),
    DemoSchool("pontlliw-primary", "pontlliw", "Pontlliw Primary School (demo)", "Ysgol Gynradd Pontlliw (demo)",
               "wales", "pontlliw-demo.cymru"),
    DemoSchool("learn-to-live-federation", "learn-to-live", "Learn to Live Federation (demo)", "", "england",
               "l2l-demo.org.uk"),
    DemoSchool("baguley-hall-primary", "baguley-hall", "Baguley Hall Primary School (demo)", "", "england",
               "baguley-demo.sch.uk"),
    DemoSchool("dobcroft-junior", "dobcroft", "Dobcroft Junior School (demo)", "", "england", "dobcroft-demo.sch.uk"),
)

# Invented combinations of common names: no real child is described.
FIRST = ("Ava", "Noah", "Isla", "Leo", "Mia", "Theo", "Ruby", "Arlo", "Nia", "Osian", "Freya", "Finn", "Elsie",
         "Rhys", "Poppy", "Ibrahim", "Zara", "Owen", "Maisie", "Jude", "Ffion", "Kai", "Layla", "Dylan", "Erin",
         "Yusuf", "Cerys", "Harvey", "Anya", "Tomos")
LAST = ("Pryce", "Hollis", "Baines", "Okafor", "Lloyd-Evans", "Marsh", "Quinn", "Tandy", "Whitlow", "Ashdown",
        "Penhale", "Carrow", "Iqbal", "Nowak", "Fenwick", "Gethin", "Rowntree", "Sallis", "Vaughan", "Yardley")
STAFF = (("Mrs", "Headteacher", Role.HEADTEACHER, "head"), ("Mr", "Deputy Headteacher", Role.SLT, "slt"),
         ("Ms", "Designated Safeguarding Lead", Role.DSL, "dsl"), ("Mrs", "School Business Manager",
                                                                   Role.ADMINISTRATOR, "admin"),
         ("Mr", "Class teacher", Role.STAFF, "teacher"), ("Miss", "Class teacher", Role.STAFF, "teacher2"),
         ("Mrs", "Chair of Governors", Role.GOVERNOR, "governor"), ("Mr", "Reading volunteer", Role.VOLUNTEER,
                                                                    "volunteer"))
CLASSES = (("Year 3", "Oak"), ("Year 4", "Ash"), ("Year 5", "Elm"), ("Year 6", "Rowan"))


def seed(address: str) -> str:
    """Create the demo trust if it is missing, and return the banner listing the logins."""
    with transaction.atomic():
        if not Organisation.objects.filter(slug="demo-trust").exists():
            org = Organisation.objects.create(name="Demo Trust", slug="demo-trust")
            for index, spec in enumerate(SCHOOLS):
                _school(org, spec, random.Random(index))
        org = Organisation.objects.get(slug="demo-trust")
        if not get_user_model().objects.filter(username=TRUST_IT_LOGIN).exists():
            it = get_user_model().objects.create_user(TRUST_IT_LOGIN, email="it@demo-trust.org.uk",
                                                      password=DEMO_PASSWORD)
            TOTPDevice.objects.create(user=it, name="demo", key=DEMO_TOTP_HEX, confirmed=True)
            do_grant_org_admin(None, org, it)
    return banner(address)


def _school(org: Organisation, spec: DemoSchool, rng: random.Random) -> None:
    school = School.objects.create(
        organisation=org, name=spec.name, name_cy=spec.name_cy, slug=spec.slug, nation=spec.nation,
        policy_pack=spec.pack, web_domains=spec.domain, email_domains=spec.domain, phones="01632 960000",
        allowed_link_domains=spec.domain, aup_url=f"https://{spec.domain}/aup", address="1 Demo Lane",
    )
    user_model = get_user_model()
    for number, (title, job, role, login) in enumerate(STAFF, start=1):
        staff = StaffMember.objects.create(school=school, staff_id=f"S{number:02d}", title=title,
                                           first_name=rng.choice(FIRST), last_name=rng.choice(LAST), job_title=job)
        user = user_model.objects.create_user(f"{login}.{spec.slug}", email=f"{login}@{spec.domain}",
                                              password=DEMO_PASSWORD)
        Membership.objects.create(user=user, school=school, role=role, staff=staff)
        if role in (Role.HEADTEACHER, Role.SLT, Role.DSL, Role.ADMINISTRATOR):
            TOTPDevice.objects.create(user=user, name="demo", key=DEMO_TOTP_HEX, confirmed=True)
    head = Membership.objects.get(school=school, role=Role.HEADTEACHER).user
    pupils = [_pupil(school, n, rng) for n in range(1, 121)]
    Pupil.objects.bulk_create(pupils)
    ConsentEvent.objects.bulk_create(
        ConsentEvent(school=school, pupil=p, channel=channel, change=ConsentChange.IMPORTED,
                     granted=getattr(p, f"consent_{channel.value}"), evidence="demo data", recorded_by=head)
        for p in Pupil.objects.filter(school=school) for channel in (Channel.SOCIAL_MEDIA, Channel.WEBSITE))
    record(None, school, "demo.school-created", school, pack=spec.pack)


def _pupil(school: School, number: int, rng: random.Random) -> Pupil:
    year, klass = CLASSES[number % len(CLASSES)]
    first = rng.choice(FIRST)
    return Pupil(school=school, pupil_id=f"P{number:04d}", first_name=first, last_name=rng.choice(LAST),
                 preferred_name=first, year_group=year, class_name=klass,
                 consent_social_media=rng.random() > 0.15, consent_website=rng.random() > 0.1)


def banner(address: str) -> str:
    lines = [
        "",
        f"  The demo is at {address}",
        f"  Every demo login uses the password: {DEMO_PASSWORD}",
        "  Headteacher, SLT, DSL and administrator logins also need a code from an authenticator app.",
        f"  Add this key to your app: {DEMO_TOTP_BASE32}",
        "  (or print the current code: python -m safepost manage demo_code --data-dir <this data dir>)",
        "",
        "  Logins (role.school):",
    ]
    for spec in SCHOOLS:
        lines.append(f"    {spec.name}: " + ", ".join(f"{login}.{spec.slug}" for *_, login in STAFF))
    lines.append(f"    The trust's IT administrator (every school, second factor): {TRUST_IT_LOGIN}")
    return "\n".join(lines) + "\n"
