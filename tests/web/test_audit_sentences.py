"""The audit trail people can read: a sentence for every kind of event written anywhere (read
from the source), in English and Welsh; filters, pages, sign-ins, the CSV export and who may
have it; and never a pupil's name on the page or in the file."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from safepost.audit.chain import record
from safepost.audit.models import Event
from safepost.audit.names import Names
from safepost.audit.sentences import SENTENCES, fallback, sentence
from safepost.schools.access import MATRIX, Perm
from safepost.schools.models import Role
from tests.web.conftest import PASSWORD, World, verified_client

SOURCE = Path(__file__).resolve().parents[2] / "safepost"

#: Call sites whose kind is computed, and every kind each can write. A new computed call site
#: fails the test until it is listed here (and its kinds have sentences).
COMPUTED: dict[tuple[str, str], set[str]] = {
    ("posts/actions.py", "do_decide_revision"): {"post.approve", "post.send-back", "post.reject"},
    ("posts/publishing.py", "record_failure"): {"post.publication-retrying", "post.publication-failed"},
    ("consent/actions.py", "_change"): {"consent.given", "consent.refused", "consent.withdrawn", "consent.imported"},
    ("consent/actions.py", "record_import_audit"): {"consent.given", "consent.refused", "consent.withdrawn",
                                                    "consent.imported"},
    ("inbox/actions.py", "_store_reply"): {"inbox.reply-sent", "inbox.why-note-sent"},
    ("inbox/actions.py", "_finish"): {"inbox.hidden", "inbox.deleted", "inbox.unhidden"},
    ("inbox/actions.py", "do_record_platform_action"): {"inbox.block-author", "inbox.report-to-platform"},
    ("accounts/actions.py", "do_decide_application"): {"account.application-approved",
                                                       "account.application-rejected"},
    ("reports/yeardata.py", "seed_year"): {"demo.year-seeded"},
    ("safeguarding/access.py", "access_incident"): {"safeguarding.incident-read", "safeguarding.incident-changed",
                                                    "safeguarding.incident-exported",
                                                    "safeguarding.incident-evidence-opened"},
    ("safeguarding/actions.py", "_audit"): {f"safeguarding.{a}" for a in (
        "incident-created", "evidence-added", "incident-moved", "investigators-named", "wishes-recorded",
        "deadline-set", "person-added")},
    ("safeguarding/sweeps.py", "_tell"): {"safeguarding.reminded", "safeguarding.overdue"},
}


def _written_kinds() -> tuple[set[str], set[tuple[str, str]]]:
    """(every literal kind passed to record() or the chain's own marker, computed call sites)."""
    literal: set[str] = set()
    computed: set[tuple[str, str]] = set()
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for call in ast.walk(func):
                if not isinstance(call, ast.Call):
                    continue
                name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
                kind = None
                if name == "record" and len(call.args) >= 3:
                    kind = call.args[2]
                elif name == "_append":
                    kind = next((k.value for k in call.keywords if k.arg == "action"), None)
                if kind is None:
                    continue
                if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                    literal.add(kind.value)
                else:
                    computed.add((path.relative_to(SOURCE).as_posix(), func.name))
    return literal, computed


def test_every_kind_of_event_written_anywhere_has_a_sentence() -> None:
    literal, computed = _written_kinds()
    assert len(literal) > 60, "the source scan found too few record() calls: has record() been renamed?"
    unknown_sites = computed - set(COMPUTED) - {("audit/chain.py", "record")}  # the writer passes its argument on
    assert not unknown_sites, f"record() with a computed kind: list its kinds in COMPUTED: {sorted(unknown_sites)}"
    written = literal | set().union(*COMPUTED.values())
    missing = sorted(written - set(SENTENCES))
    assert not missing, f"kinds of event without a sentence in safepost/audit/sentences.py: {missing}"


def test_the_listed_computed_kinds_are_the_ones_the_code_can_write() -> None:
    from safepost.accounts.states import ApplicationStatus
    from safepost.consent.models import ConsentChange
    from safepost.posts.states import Decision

    assert {f"post.{d.value.replace('_', '-')}" for d in Decision} == COMPUTED[("posts/actions.py", "do_decide_revision")]
    assert {f"consent.{c.value}" for c in ConsentChange} == COMPUTED[("consent/actions.py", "_change")]
    decided = {f"account.application-{s}" for s in (ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)}
    assert decided == COMPUTED[("accounts/actions.py", "do_decide_application")]


def _constant_arguments(function: str, keyword: str | None = None, position: int = 0) -> set[str]:
    """Every constant passed to ``function`` anywhere in the source, as ``keyword`` or at ``position``."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            if name != function:
                continue
            args = [k.value for k in call.keywords if k.arg == keyword] if keyword else call.args[position:position + 1]
            found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_the_listed_safeguarding_and_report_kinds_are_the_ones_the_code_can_write() -> None:
    import inspect

    from safepost.reports.yeardata import SEEDED_EVENT
    from safepost.safeguarding.access import access_incident

    assert COMPUTED[("reports/yeardata.py", "seed_year")] == {SEEDED_EVENT}
    default = inspect.signature(access_incident).parameters["purpose"].default
    purposes = _constant_arguments("access_incident", keyword="purpose") | {default}
    assert {f"safeguarding.incident-{p}" for p in purposes} == COMPUTED[("safeguarding/access.py", "access_incident")]
    audited = {f"safeguarding.{a}" for a in _constant_arguments("_audit", position=1)}
    assert audited == COMPUTED[("safeguarding/actions.py", "_audit")]


#: Detail as the actions write it, for the kinds whose sentence uses detail fields.
SAMPLE_DETAIL = {
    "people.import-previewed": {"kind": "pupils", "rows": 12, "errors": 0},
    "people.import-applied": {"kind": "pupils", "added": 3, "updated": 9, "consent_changes": 2, "withdrawals_kept": 0},
    "people.staff-leaving": {"staff_id": "ALS1", "left_on": "2026-12-18"},
    "consent.withdrawn": {"source": "import", "channel": "website", "granted": False, "pupils": [1, 2]},
    "post.takedown-opened": {"publication": 1, "pupil": 1, "channel": "website", "due_at": "2026-12-07T09:00:00+00:00"},
    "post.takedown-assigned": {"assignee": "ALS2", "was": None},
    "account.applied": {"platform": "facebook", "lead": "ALS1", "runners": []},
    "policy.severity-changed": {"rule": "pupil-full-name", "severity": "block"},
    "people.role-changed": {"user_id": 1, "old": "staff", "new": "slt"},
    "people.invited": {"user_id": 1, "role": "governor", "staff_id": None, "existing_login": False},
    "compliance.policy-reviewed": {"version": 2, "next_review_on": "2027-09-01"},
    "compliance.declared": {"adult": 1, "kind": "pupil-link"},
    "compliance.declaration-reviewed": {"outcome": "advice"},
    "compliance.checklist-completed": {"adult": 1, "kind": "leaving"},
    "compliance.training-recorded": {"adult": 1, "completed_on": "2026-11-02", "expires_on": None},
    "safeguarding.incident-created": {"type": "cyberbullying", "source": "comment"},
    "safeguarding.incident-moved": {"type": "cyberbullying", "to": "investigation", "outcome": ""},
    "safeguarding.evidence-added": {"type": "cyberbullying", "evidence": 3, "kind": "file", "sha256": "ab"},
    "safeguarding.deadline-set": {"type": "cyberbullying", "due": "2026-12-09T09:00:00+00:00"},
    "safeguarding.person-added": {"type": "cyberbullying", "involvement": 4, "role": "victim"},
    "safeguarding.chronology-read": {"person": "pupil 7"},
    "safeguarding.overdue": {"recipients": 2},
    "demo.year-seeded": {"end": "2026-07-22", "posts": 900, "revisions": 1000, "publications": 800,
                         "comments": 400, "takedowns": 3},
    "vault.oauth-connected": {"platform": "x", "scopes": "tweet.read"},
}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_sentence_reads_without_codes_or_gaps(world: World, language: str) -> None:
    names = Names(world.school)
    head = world.users[Role.HEADTEACHER]
    with translation.override(language):
        for kind in SENTENCES:
            event = Event(seq=1, action=kind, actor=head, actor_label=head.username, school=world.school,
                          object_type="schools.staffmember", object_id=str(world.staff[0].pk),
                          detail=SAMPLE_DETAIL.get(kind, {}))
            text = sentence(event, names)
            assert text and "%(" not in text and kind not in text, (kind, text)
            assert "{" not in text and "schools." not in text, (kind, text)


def test_a_welsh_sentence_is_in_welsh(world: World) -> None:
    event = Event(action="signin.signed-in", actor=world.users[Role.SLT], actor_label="slt-user", detail={})
    with translation.override("cy"):
        text = sentence(event, Names(world.school))
    assert text == "Mewngofnododd Ms Testlast2"


def test_the_sentence_names_staff_as_the_school_knows_them(world: World) -> None:
    from safepost.accounts.models import Application, Platform

    head = world.users[Role.HEADTEACHER]
    world.staff[0].title, world.staff[0].last_name = "Mrs", "Davies"
    world.staff[0].save()
    app = Application.objects.create(school=world.school, platform=Platform.FACEBOOK, name="Alpha news",
                                     aim="news", audience="parents", promotion="newsletter", visibility="public",
                                     lead=world.staff[1], requested_by=head)
    event = record(head, world.school, "account.application-approved", app, reason="")
    assert sentence(event, Names(world.school)) == "Mrs Davies approved the application for a Facebook account"


def test_an_unknown_kind_still_reads_as_a_sentence(world: World) -> None:
    event = record(world.users[Role.SLT], world.school, "compliance.policy-acknowledged", world.school)
    names = Names(world.school)
    text = sentence(event, names)
    assert text == f"Ms Testlast2: compliance, policy acknowledged (school {world.school.pk})"
    assert fallback(event, {"who": "X"}).startswith("X: compliance")


# --- the page --------------------------------------------------------------------------------

def _page(world: World) -> str:
    return reverse("audit:list-events", kwargs={"school": world.school.slug})


def _csv_url(world: World) -> str:
    return reverse("audit:export-events", kwargs={"school": world.school.slug})


def test_sign_ins_and_failed_sign_ins_of_the_schools_people_are_in_its_trail(world: World) -> None:
    teacher = world.users[Role.STAFF]
    Client().post(reverse("signin:login"), {"username": teacher.username, "password": "wrong-password-1"})
    Client().post(reverse("signin:login"), {"username": teacher.username, "password": PASSWORD})
    Client().post(reverse("signin:login"), {"username": "nobody-by-this-name", "password": "x"})
    Client().post(reverse("signin:login"), {"username": world.outsider.username, "password": PASSWORD})
    failed = Event.objects.get(action="signin.sign-in-failed")
    assert failed.actor_id is None and failed.object_id == str(teacher.pk) and failed.detail == {"locked": False}
    assert not Event.objects.filter(detail__icontains="nobody-by-this-name").exists()
    html = verified_client(world.users[Role.HEADTEACHER]).get(_page(world)).content.decode()
    assert "A sign-in as Ms Testlast1 failed: wrong password" in html  # the staff user's staff record
    assert "Ms Testlast1 signed in" in html
    assert html.count("signed in") == 1  # the outsider's sign-in belongs to the other school
    only_theirs = verified_client(world.users[Role.HEADTEACHER]).get(_page(world), {"person": str(teacher.pk)})
    assert "failed: wrong password" in only_theirs.content.decode()


def test_tries_refused_while_locked_are_not_recorded_so_a_guesser_cannot_flood_the_trail(world: World) -> None:
    from django.conf import settings

    teacher = world.users[Role.STAFF]
    for _ in range(settings.SAFEPOST_LOGIN_ATTEMPTS + 5):
        Client().post(reverse("signin:login"), {"username": teacher.username, "password": "guess-again-1"})
    failures = list(Event.objects.filter(action="signin.sign-in-failed").values_list("detail", flat=True))
    assert len(failures) == settings.SAFEPOST_LOGIN_ATTEMPTS
    assert failures[-1] == {"locked": True} and all(f == {"locked": False} for f in failures[:-1])
    html = verified_client(world.users[Role.HEADTEACHER]).get(_page(world)).content.decode()
    assert "A sign-in as Ms Testlast1 failed: wrong password, too many times" in html


def test_it_filters_by_kind_of_event_with_human_labels(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    record(head, world.school, "policy.pack-chosen", world.school, pack="default")
    record(head, world.school, "people.staff-added", world.staff[0], staff_id=world.staff[0].staff_id)
    client = verified_client(head)
    page = client.get(_page(world)).content.decode()
    assert '<option value="policy">Policy</option>' in page
    policy = client.get(_page(world), {"category": "policy"}).content.decode()
    assert "chose the default policy pack" in policy and "to the staff list" not in policy
    people = client.get(_page(world), {"category": "people"}).content.decode()
    assert "added Ms Staffer1 Testlast1 to the staff list" in people or "added Ms Testlast1" in people
    assert "policy pack" not in people.split("<tbody>")[1]


def _page_queries(client: Client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_audit_page_costs_the_same_queries_for_5_or_50_events_of_every_kind(world: World) -> None:
    from tests.web.posts_fixtures import make_account

    head, account = world.users[Role.HEADTEACHER], make_account(world)
    client, url = verified_client(head), _page(world)
    for i in range(5):
        record(head, world.school, "policy.pack-chosen", world.school, pack=f"p{i}")
    few = _page_queries(client, url)
    kinds = [("account.closed", account, {}), ("account.transferred", account, {"lead": world.staff[1].staff_id}),
             ("people.staff-added", world.staff[2], {"staff_id": world.staff[2].staff_id}),
             ("inbox.assigned", world.school, {"assignee": world.users[Role.SLT].pk}),
             ("account.application-approved", account.application, {}),
             ("signin.sign-in-failed", world.users[Role.STAFF], {"locked": False})]
    for i in range(45):
        kind, obj, detail = kinds[i % len(kinds)]
        record(world.users[Role.SLT], None if kind.startswith("signin") else world.school, kind, obj, **detail)
    many = _page_queries(client, url)
    assert many <= few + 4, (few, many)  # each table behind the names read once: staff, accounts, applications


def test_a_date_range_the_wrong_way_round_is_an_error_not_an_empty_page(world: World) -> None:
    response = verified_client(world.users[Role.SLT]).get(_page(world), {"since": "2026-12-10", "until": "2026-12-01"})
    assert response.status_code == 200
    assert "The end date is before the start date." in response.content.decode()
    bad = verified_client(world.users[Role.SLT]).get(_page(world), {"since": "yesterday", "person": "99999"})
    assert bad.status_code == 200 and "Enter a valid date." in bad.content.decode()


def test_the_csv_export_holds_each_event_with_its_hashes(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    for i in range(3):
        record(head, world.school, "policy.pack-chosen", world.school, pack=f"pack{i}")
    record(world.outsider, world.other, "policy.pack-chosen", world.other, pack="theirs")
    response = verified_client(head).get(_csv_url(world))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response.streaming and "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Number", "When", "Who"] and header[-2:] == ["Previous hash", "Hash"]
    mine = [r for r in body if r[6] == "policy.pack-chosen"]
    assert [r[4] for r in mine] == [f"Ms Testlast1 chose the pack{i} policy pack" for i in range(3)]
    for row in mine:
        event = Event.objects.get(seq=int(row[0]))
        assert (row[-2], row[-1]) == (event.prev_hash, event.hash)
    assert "theirs" not in "".join(",".join(r) for r in body)
    assert [int(r[0]) for r in body] == sorted(int(r[0]) for r in body)  # oldest first: the chain's order


def test_the_export_follows_the_filter_and_the_language(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    record(head, world.school, "policy.pack-chosen", world.school, pack="default")
    record(world.users[Role.SLT], world.school, "people.import-discarded", world.school)
    client = verified_client(head)
    body = b"".join(client.get(_csv_url(world), {"person": str(head.pk)}).streaming_content).decode()
    assert "policy pack" in body and "discarded" not in body
    with translation.override(translation.get_language()):  # a Welsh request leaves Welsh on: undo it after
        welsh = b"".join(client.get(_csv_url(world), {"person": str(head.pk)}, HTTP_ACCEPT_LANGUAGE="cy")
                         .streaming_content).decode()
    assert "Dewisodd Ms Testlast1 y pecyn polisi default" in welsh and "chose the" not in welsh


def test_a_spreadsheet_formula_in_an_event_is_defused_in_the_csv(world: World) -> None:
    record(world.users[Role.HEADTEACHER], world.school, "=cmd|'/c calc'!A1", world.school)
    body = b"".join(verified_client(world.users[Role.HEADTEACHER]).get(_csv_url(world)).streaming_content).decode()
    assert "\n=" not in body and ",=" not in body


@pytest.mark.parametrize("role", list(Role))
def test_only_the_roles_that_view_the_audit_may_see_or_export_it(world: World, role: Role) -> None:
    client = verified_client(world.users[role])
    allowed = role in MATRIX[Perm.VIEW_AUDIT]
    for url in (_page(world), _csv_url(world)):
        response = client.get(url)
        # A member of the school refused by their role is told so (403); other schools stay 404.
        assert response.status_code == (200 if allowed else 403), (role, url)
        if not allowed:
            assert "You don&#x27;t have permission" in response.content.decode() or \
                "You don't have permission" in response.content.decode(), role
    other = reverse("audit:export-events", kwargs={"school": world.other.slug})
    assert client.get(other).status_code == 404
    assert Client().get(_csv_url(world)).status_code == 302  # signed out: to the sign-in page


def test_no_pupil_name_on_the_audit_page_or_in_the_export(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = verified_client(world.users[Role.HEADTEACHER])
    pupil = world.pupils[0]
    consent = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": pupil.pk})
    client.post(consent, {"channel": "website", "decision": "given", "evidence": "form from home"})
    client.post(consent, {"channel": "website", "decision": "withdrawn", "evidence": "email"})
    upload = reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": "pupils"})
    csv_file = b"pupil_id,first_name,last_name\nNEW1,Wilhelmina,Fairweather\n"
    client.post(upload, {"file": SimpleUploadedFile("r.csv", csv_file)})
    assert Event.objects.filter(action="consent.withdrawn").exists()
    names = [p.first_name for p in world.pupils] + [p.last_name for p in world.pupils] + ["Wilhelmina", "Fairweather"]
    html = client.get(_page(world)).content.decode()
    body = b"".join(client.get(_csv_url(world)).streaming_content).decode()
    assert "consent withdrawn for a pupil (School website)" in html
    for name in names:
        assert name not in html and name not in body, name


def test_safeguarding_events_name_the_incident_by_number_and_type_never_a_pupil_or_what_happened(world: World) -> None:
    from safepost.safeguarding.actions import do_move_incident
    from safepost.safeguarding.states import IncidentStatus
    from tests.web.safeguarding_support import incident, membership

    case = incident(world, summary=f"{world.pupils[0].first_name} {world.pupils[0].last_name} was bullied online")
    do_move_incident(membership(world, Role.DSL), case, IncidentStatus.ASSESSMENT, "looking into it")
    client = verified_client(world.users[Role.HEADTEACHER])
    chronology = reverse("safeguarding:show-pupil-chronology", kwargs={"school": world.school.slug,
                                                                         "pk": world.pupils[0].pk})
    assert client.get(chronology).status_code == 200
    html = client.get(_page(world), {"category": "safeguarding"}).content.decode()
    assert f"recorded incident #{case.pk} (cyberbullying)" in html
    assert f"moved incident #{case.pk} on to: initial assessment" in html
    assert "read the safeguarding chronology of a pupil" in html
    for secret in (world.pupils[0].first_name, world.pupils[0].last_name, "bullied online"):
        assert secret not in html, secret
    with translation.override(translation.get_language()):
        welsh = client.get(_page(world), {"category": "safeguarding"}, HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert f"ddigwyddiad #{case.pk} (seiberfwlio)" in welsh and "bullied online" not in welsh


def test_compliance_events_name_the_adult_and_the_version(world: World) -> None:
    from safepost.compliance import actions as compliance
    from safepost.compliance.models import Adult, Via
    from tests.web.safeguarding_support import membership

    compliance.do_sync_adults(world.school)
    version = compliance.do_publish_version(membership(world, Role.HEADTEACHER), "first")
    adult = Adult.objects.get(school=world.school, user=world.users[Role.STAFF])
    compliance.do_acknowledge(adult, version, Via.EMAIL_LINK)
    html = verified_client(world.users[Role.HEADTEACHER]).get(_page(world), {"category": "compliance"}).content.decode()
    assert "published version 1 of the policy" in html
    assert f"{adult.name} acknowledged version 1 of the policy from a reminder email" in html.replace("&#x27;", "'")
    assert "was added to the school&#x27;s adults" in html
