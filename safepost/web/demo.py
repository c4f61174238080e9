"""The demo trust: five schools on the five policy packs, synthetic pupils and staff, and a
login for every role. Idempotent: a second start reuses what is there."""

from __future__ import annotations

import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.accounts.models import OfficialAccount
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
#: Staff first names by the title they go with, so a demo never shows "Mr Elsie".
FIRST_FOR_TITLE = {
    "Mr": ("Noah", "Leo", "Theo", "Arlo", "Osian", "Finn", "Rhys", "Ibrahim", "Owen", "Jude", "Kai", "Dylan",
           "Yusuf", "Harvey", "Tomos"),
    "Mrs": ("Ava", "Isla", "Mia", "Ruby", "Nia", "Freya", "Elsie", "Poppy", "Zara", "Maisie", "Ffion", "Layla",
            "Erin", "Cerys", "Anya"),
}
FIRST_FOR_TITLE["Ms"] = FIRST_FOR_TITLE["Miss"] = FIRST_FOR_TITLE["Mrs"]
STAFF = (("Mrs", "Headteacher", Role.HEADTEACHER, "head"), ("Mr", "Deputy Headteacher", Role.SLT, "slt"),
         ("Ms", "Designated Safeguarding Lead", Role.DSL, "dsl"), ("Mrs", "School Business Manager",
                                                                   Role.ADMINISTRATOR, "admin"),
         ("Mr", "Class teacher", Role.STAFF, "teacher"), ("Miss", "Class teacher", Role.STAFF, "teacher2"),
         ("Mrs", "Chair of Governors", Role.GOVERNOR, "governor"), ("Mr", "Reading volunteer", Role.VOLUNTEER,
                                                                    "volunteer"))
CLASSES = (("Year 3", "Oak"), ("Year 4", "Ash"), ("Year 5", "Elm"), ("Year 6", "Rowan"))


def seed(address: str) -> str:
    """Create the demo trust if it is missing, and return the banner listing the logins."""
    expiring: list[int] = []
    with transaction.atomic():
        if not Organisation.objects.filter(slug="demo-trust").exists():
            org = Organisation.objects.create(name="Demo Trust", slug="demo-trust")
            for index, spec in enumerate(SCHOOLS):
                _school(org, spec, random.Random(index))
            expiring = [pk for school in School.objects.filter(organisation=org) for pk in seed_posts(school)]
    if expiring:
        expire_demo_posts(expiring)
    with transaction.atomic():
        org = Organisation.objects.get(slug="demo-trust")
        if not get_user_model().objects.filter(username=TRUST_IT_LOGIN).exists():
            it = get_user_model().objects.create_user(TRUST_IT_LOGIN, email="it@demo-trust.org.uk",
                                                      password=DEMO_PASSWORD)
            TOTPDevice.objects.create(user=it, name="demo", key=DEMO_TOTP_HEX, confirmed=True)
            do_grant_org_admin(None, org, it)
    from safepost.web.demo_pds import banner_lines

    first = School.objects.filter(organisation__slug="demo-trust", slug=SCHOOLS[0].slug).first()
    return banner(address) + banner_lines(first) + "\n"


def _school(org: Organisation, spec: DemoSchool, rng: random.Random) -> None:
    school = School.objects.create(
        organisation=org, name=spec.name, name_cy=spec.name_cy, slug=spec.slug, nation=spec.nation,
        policy_pack=spec.pack, web_domains=spec.domain, email_domains=spec.domain, phones="01632 960000",
        allowed_link_domains=spec.domain, aup_url=f"https://{spec.domain}/aup", address="1 Demo Lane",
    )
    user_model = get_user_model()
    for number, (title, job, role, login) in enumerate(STAFF, start=1):
        staff = StaffMember.objects.create(school=school, staff_id=f"S{number:02d}", title=title,
                                           first_name=staff_first_name(title, rng), last_name=rng.choice(LAST),
                                           job_title=job)
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


def staff_first_name(title: str, rng: random.Random) -> str:
    """A first name that goes with the title (a title without a list gets any name)."""
    return rng.choice(FIRST_FOR_TITLE.get(title, FIRST))


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


# --- posts in every state (issue 9) ----------------------------------------------------------------

DEMO_POSTS = (
    # (state to leave it in, text); every text invented, no pupil named
    ("draft", "Our Year 5 choir is rehearsing for the winter concert. Tickets go on sale next week."),
    ("submitted", "Year 3 enjoyed a visit from the local fire service today. Thank you to the crew!"),
    ("slt", "Please vote Labour on Thursday to save our school funding."),
    ("changes_requested", "Reminder: non-uniform day on Friday, bring a pound for the charity."),
    ("approved", "Parents' evening booking opens on Monday at 9am through the school office."),
    ("published", "Year 6 planted a hedge along the school field this morning. Well done, Rowan class!"),
    ("taken_down", "Elm class showed their science projects to families this afternoon."),
    ("rejected", "Does anyone know whose car keeps blocking the school gate? Shocking parking again."),
    ("expired", "Sports day results will be posted here at 3pm."),
    ("overdue", "Ash class shared their poetry in assembly this morning."),
)


def seed_posts(school: School) -> list[int]:
    """Two official accounts and a post in every state, made through the actions as people
    would make them. Returns the ids of posts left waiting to expire (see :func:`expire_demo_posts`)."""
    from datetime import timedelta

    from django.utils import timezone

    from safepost.consent.actions import do_record_consent, do_withdraw_consent
    from safepost.consent.models import Channel as ConsentChannel
    from safepost.posts import actions as posts
    from safepost.posts.models import Publication, Takedown
    from safepost.posts.publishing import sweep_due_publications
    from safepost.posts.takedowns import sweep_withdrawals

    def member(role: Role) -> Membership:
        found = Membership.objects.select_related("school", "user").filter(school=school, role=role).order_by("pk").first()
        assert found is not None, role
        return found

    # A fresh engine context: the per-process cache is keyed by (school id, data version), and a
    # database rebuilt in the same process (tests) may hand a new school an old school's id.
    school.bump()
    head, slt, admin, teacher = member(Role.HEADTEACHER), member(Role.SLT), member(Role.ADMINISTRATOR), member(Role.STAFF)
    staff = list(StaffMember.objects.filter(school=school)[:3])
    # Recorded as "other" so the demo posts it by hand: a real Facebook account would need Facebook Login.
    page = _demo_account(school, admin, head, staff, "other", "School Facebook page")
    dojo = _demo_account(school, admin, head, staff, "classdojo", "Class story (ClassDojo)")
    answers = {q.id: True for q in posts.pre_posting_questions(school)}
    pupil = Pupil.objects.filter(school=school).order_by("pupil_id").first()
    expiring: list[int] = []
    for state, text in DEMO_POSTS:
        target = dojo if state in {"taken_down", "overdue"} else page
        tagged = (pupil.pk,) if pupil is not None and state in {"taken_down", "overdue"} else ()
        # The expired one waits a few seconds (enough for a busy machine to submit it) and then expires.
        soon = timezone.now() + (timedelta(seconds=8) if state == "expired" else timedelta(days=3))
        data = posts.DraftInput(text=text, account_ids=(target.pk,), pupil_ids=tagged, answers=answers,
                                scheduled_for=soon if state in {"approved", "expired"} else None)
        if tagged and pupil is not None:
            do_record_consent(head, pupil, ConsentChannel.CLASS_PLATFORM, True, "demo consent form")
        post = posts.do_save_draft(teacher, None, data)
        if state == "draft":
            continue
        if post.latest is not None and post.latest.verdict == "block":  # some packs block politics outright
            posts.do_override_block(slt, post.latest, "Demo: shown to show how an override is recorded.")
        post = posts.do_submit_post(teacher, post)
        latest = post.latest
        assert latest is not None
        if state == "expired":
            expiring.append(post.pk)
        elif state == "changes_requested":
            posts.do_decide_revision(admin, latest, posts.Decision.SEND_BACK, "Say which Friday, please.")
        elif state == "rejected":
            posts.do_decide_revision(slt, latest, posts.Decision.REJECT, "We never discuss parking on the page.")
        elif state in {"approved", "published", "taken_down", "overdue"}:
            posts.do_decide_revision(admin, latest, posts.Decision.APPROVE)
        if state in {"published", "taken_down", "overdue"}:
            sweep_due_publications("demo")
            for pub in Publication.objects.filter(post=post, status="manual"):
                posts.do_record_manual_publication(admin, pub, f"{target.url}/posts/{post.pk}")
        if state in {"taken_down", "overdue"} and pupil is not None:
            do_withdraw_consent(head, pupil, ConsentChannel.CLASS_PLATFORM, "demo: parent's email")
            sweep_withdrawals()
            takedown = Takedown.objects.filter(publication__post=post).first()
            if takedown is not None and state == "taken_down":
                posts.do_mark_takedown_done(admin, takedown, "deleted from the class story by hand")
            elif takedown is not None:  # a deadline already missed, for the headteacher's overview
                Takedown.objects.filter(pk=takedown.pk).update(due_at=timezone.now() - timedelta(hours=2))
    return expiring


def _demo_account(school: School, admin: Membership, head: Membership, staff: list[StaffMember], platform: str,
                  name: str) -> OfficialAccount:
    from safepost.accounts.actions import (
        ApplicationInput,
        do_apply_for_account,
        do_decide_application,
        do_record_account,
    )

    app = do_apply_for_account(admin, ApplicationInput(
        platform=platform, name=name, aim="News for families", audience="Parents and carers",
        promotion="Newsletter", visibility="open" if platform in ("facebook", "other") else "closed", lead=staff[0],
        runners=staff[:2]))
    do_decide_application(head, app, True, "Demo account")
    slug = name.lower().replace(" ", "-").replace("(", "").replace(")", "")
    return do_record_account(admin, app, f"https://example.org/{school.slug}/{slug}", f"@{school.slug}", True)


def expire_demo_posts(post_ids: list[int]) -> int:
    """Let the posts that were never approved pass their time, then run the expiry sweep."""
    import time

    from django.db.models import Max
    from django.utils import timezone

    from safepost.posts.models import Post
    from safepost.posts.sweeps import sweep_expired_posts

    last = Post.objects.filter(pk__in=post_ids).aggregate(last=Max("latest__scheduled_for"))["last"]
    if last is not None:
        time.sleep(max(0.0, (last - timezone.now()).total_seconds()) + 0.5)
    return sweep_expired_posts()
