"""The governors' report: its numbers against a hand-counted term, the PDF, Welsh, who may read
it, the trust's sum, and `safepost report governors` on bad input.

The incidents and compliance sections read ``safepost.safeguarding.stats.incident_counts`` and
``safepost.compliance.stats.coverage``, built on other branches; until they are merged, the
tests of those two sections inject a tiny fake module through ``sys.modules`` (marked FAKE
below) and the lead replaces them with tests on the real apps.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from safepost.commands import report as report_command
from safepost.engine.school import DateRange
from safepost.inbox.models import Comment, Priority
from safepost.reports import figures
from safepost.reports.report import build, render_body, render_pdf, school_report, school_scope, trust_report
from safepost.reports.sections import compliance_section, incidents_section
from safepost.reports.terms import Term, TermError, parse_term, term_of
from safepost.schools.access import Perm, allowed
from safepost.schools.models import OrganisationAdmin, Role
from tests.web.conftest import World, verified_client
from tests.web.reports_fixtures import NOW, build_term, london

pytestmark = pytest.mark.django_db
TERM = parse_term("2025-autumn")
REPO = Path(__file__).resolve().parents[2]


# --- terms ---------------------------------------------------------------------------------------

def test_it_reads_terms_and_their_standard_bounds() -> None:
    assert parse_term("2026-Autumn ") == Term(2026, "autumn")
    assert Term(2026, "autumn").standard_bounds() == (date(2026, 9, 1), date(2026, 12, 31))
    assert Term(2027, "spring").standard_bounds() == (date(2027, 1, 1), date(2027, 3, 31))
    assert Term(2027, "summer").standard_bounds() == (date(2027, 4, 1), date(2027, 8, 31))
    assert Term(2026, "autumn").next() == Term(2027, "spring") and Term(2027, "spring").previous() == Term(2026, "autumn")
    assert Term(2027, "summer").previous() == Term(2027, "spring") and Term(2026, "autumn").previous() == Term(2026, "summer")
    assert term_of(date(2026, 12, 6)) == Term(2026, "autumn") and term_of(date(2026, 4, 1)) == Term(2026, "summer")
    for bad in ("2026-winter", "2026", "autumn-2026", "26-autumn", "1999-autumn", ""):
        with pytest.raises(TermError, match="YYYY-autumn, YYYY-spring or YYYY-summer"):
            parse_term(bad)


def test_it_uses_the_schools_own_term_dates_when_it_has_them() -> None:
    own = (DateRange(date(2025, 9, 3), date(2025, 10, 24)), DateRange(date(2025, 11, 3), date(2025, 12, 19)),
           DateRange(date(2026, 1, 5), date(2026, 2, 13)))
    assert TERM.days(own) == (date(2025, 9, 3), date(2025, 12, 19))
    assert Term(2026, "summer").days(own) == (date(2026, 4, 1), date(2026, 8, 31))  # none listed: standard


# --- the numbers, counted by hand in reports_fixtures.py ------------------------------------------

def test_it_counts_posts_checked_blocked_and_published_by_rule(world: World) -> None:
    build_term(world)
    f = figures.post_figures(school_scope(world.school, TERM, NOW).periods())
    assert (f.checks, f.posts_checked, f.posts_blocked, f.posts_published) == (6, 5, 2, 3)
    assert [(r.rule, r.found, r.blocked, r.published) for r in f.rules] == [
        ("faces-not-tagged", 2, 0, 1), ("phone-number", 1, 1, 0), ("pupil-name", 1, 1, 0), ("unsafe-link", 0, 0, 1)]


def test_it_counts_the_inbox_with_the_inbox_slas_own_arithmetic(world: World) -> None:
    build_term(world)
    f = figures.inbox_figures(school_scope(world.school, TERM, NOW).periods(), NOW, per_account=True)
    o = f.overall
    assert (o.volume, o.needing_reply, o.answered, o.median_minutes, o.on_time, o.settled, o.on_time_share) == \
        (5, 4, 3, 120.0, 2, 4, 0.5)
    assert [(m.month, m.figures.volume) for m in f.months] == [
        (date(2025, 9, 1), 1), (date(2025, 10, 1), 2), (date(2025, 11, 1), 1), (date(2025, 12, 1), 1)]
    assert [(a.account, a.volume) for a in f.accounts] == [("Alpha news", 5), ("Alpha sport", 0)]


def test_it_counts_takedowns_and_how_fast_they_were_done(world: World) -> None:
    build_term(world)
    f = figures.takedown_figures(school_scope(world.school, TERM, NOW).periods(), NOW)
    assert (f.opened, f.done, f.done_on_time, f.still_open, f.overdue_now) == (3, 2, 1, 1, 1)
    assert (f.median_hours, f.slowest_hours, f.bands) == (16.5, 30.0, (0, 1, 0, 1))


def test_the_page_shows_those_numbers_with_charts_and_their_tables(world: World) -> None:
    build_term(world)
    body = render_body(school_report(world.school, TERM, "en", NOW))
    assert "Autumn term 2025" in body and "1 September 2025 – 31 December 2025" in body
    for text in ("Posts checked</dt><dd>5<", "Checks run (each version of a post)</dt><dd>6<",
                 "Posts a check blocked</dt><dd>2<", "Posts published</dt><dd>3<", "Comments received</dt><dd>5<",
                 "Answered on time</dt><dd>50%<", "Median time to first response</dt><dd>2.0 hours<",
                 "Done by the deadline</dt><dd>1 of 3<", "Median time to take a post down</dt><dd>16.5 hours<",
                 "1 still open and past the deadline."):
        assert text in body, text
    assert body.count("<svg") == body.count("<table class=\"report-data\"") == 4  # rules, 2 inbox, takedowns
    assert '<title id="chart-posts-0-t">What the checks found, by rule</title>' in body
    assert "<th scope=\"row\">Faces not tagged</th><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">1</td>" in body
    assert "The term is not over" not in body


def test_a_term_still_going_says_to_which_day(world: World) -> None:
    body = render_body(school_report(world.school, TERM, "en", london(2025, 11, 5, 9)))
    assert "The term is not over: these figures run to 5 November 2025." in body


# --- incidents and compliance, from the safeguarding and compliance apps ------------------------

def _incident_reported(world: World, when: datetime, type_: str, outcome: str = "") -> None:
    from safepost.safeguarding.models import Incident
    from tests.web.safeguarding_support import incident

    made = incident(world, type=type_, occurred_at=when - timedelta(hours=1))
    # reported_at is stamped on creation; a test needs incidents on given days of the term.
    Incident.objects.filter(pk=made.pk).update(reported_at=when, outcome=outcome)


def test_the_incidents_section_counts_the_terms_incidents_by_type_and_outcome(world: World) -> None:
    _incident_reported(world, london(2025, 9, 1, 8), "cyberbullying", "parent-meeting")
    _incident_reported(world, london(2025, 12, 31, 23), "cyberbullying")  # the term's last evening
    _incident_reported(world, london(2025, 10, 2, 9), "impersonation", "platform-report")
    _incident_reported(world, london(2026, 1, 1, 0), "cyberbullying")  # the next term
    section = incidents_section(school_scope(world.school, TERM, NOW))
    assert [(h.label, h.value) for h in section.headlines] == [("Incidents recorded", "3"), ("Still open", "1")]
    assert section.charts[0].rows == (("Cyberbullying", (2,)), ("Impersonation of the school's account", (1,)))
    table = section.tables[0]
    assert table.header == ("Type", "Meeting with parents", "Reported to the platform", "Open")
    assert table.rows == (("Cyberbullying", "1", "0", "1"), ("Impersonation of the school's account", "0", "1", "0"))
    assert world.pupils[0].first_name not in str(section)  # counts only, never a name


def test_the_compliance_section_shows_todays_coverage_while_the_term_runs(world: World) -> None:
    from safepost.compliance import actions as compliance
    from safepost.compliance.models import Adult, Via
    from safepost.schools.models import Membership

    head = Membership.objects.get(user=world.users[Role.HEADTEACHER], school=world.school)
    version = compliance.do_publish_version(head, "first")
    compliance.do_sync_adults(world.school)
    today = timezone.localdate()
    for role in (Role.VOLUNTEER, Role.GOVERNOR):
        compliance.do_acknowledge(Adult.objects.get(school=world.school, user=world.users[role]), version, Via.PAGE)
    compliance.do_record_training(head, Adult.objects.get(school=world.school, user=world.users[Role.STAFF]),
                                  compliance.TrainingInput("Online safety", today, today + timedelta(days=365)))
    adults = Adult.objects.filter(school=world.school).count()
    section = compliance_section(school_scope(world.school, term_of(today)))
    assert [(h.label, h.value) for h in section.headlines] == [
        ("Adults (staff, volunteers and governors)", str(adults)),
        ("Acknowledged the current policy", f"2 ({round(200 / adults)}%)"),
        ("Training up to date", f"1 ({round(100 / adults)}%)"), ("Declarations due", str(adults))]
    assert section.charts[0].percent


# --- PDF and Welsh ---------------------------------------------------------------------------------

def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_pdf_is_a_real_pdf_with_the_report_in_it(world: World, tmp_path: Path) -> None:
    build_term(world)
    text = _pdf_text(render_pdf(school_report(world.school, TERM, "en", NOW)), tmp_path)
    for expected in ("REPORT FOR GOVERNORS", "Alpha School", "Autumn term 2025", "Posts checked",
                     "What the checks found, by rule", "Faces not tagged", "Comments and response times", "50%",
                     "16.5 hours", "Page 1 /"):
        assert expected in text, expected


def test_the_welsh_report(world: World, tmp_path: Path) -> None:
    build_term(world)
    world.school.name_cy = "Ysgol Alffa"
    world.school.save()
    report = school_report(world.school, TERM, "cy", NOW)
    body = render_body(report)
    assert 'lang="cy"' in body and "Ysgol Alffa" in body and "Tymor yr hydref 2025" in body
    assert "Negeseuon a wiriwyd</dt><dd>5<" in body and "Wynebau heb eu tagio" in body
    assert "1 Medi 2025" in body and "Posts checked" not in body
    text = _pdf_text(render_pdf(report), tmp_path)
    assert "ADRODDIAD I LYWODRAETHWYR" in text and "Tudalen 1 /" in text and "16.5 awr" in text


# --- who may read it -------------------------------------------------------------------------------

@pytest.mark.parametrize("role", list(Role))
def test_governors_the_headteacher_and_slt_read_it_and_nobody_else(world: World, role: Role) -> None:
    client = verified_client(world.users[role])
    page = client.get(reverse("reports:show-governors-report", kwargs={"school": world.school.slug}) + "?term=2025-autumn")
    pdf = client.get(reverse("reports:governors-report-pdf", kwargs={"school": world.school.slug}) + "?term=2025-autumn")
    may = role in {Role.GOVERNOR, Role.HEADTEACHER, Role.SLT}
    assert may == allowed(role, Perm.VIEW_GOVERNORS_REPORT)
    assert (page.status_code, pdf.status_code) == ((200, 200) if may else (403, 403)), role
    if may:
        assert b"Autumn term 2025" in page.content and pdf["Content-Type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF-")
        assert 'filename="governors-report-alpha-2025-autumn-en.pdf"' in pdf["Content-Disposition"]


def test_another_schools_headteacher_gets_the_same_404_as_a_missing_school(world: World) -> None:
    client = verified_client(world.outsider)
    url = reverse("reports:show-governors-report", kwargs={"school": world.school.slug})
    missing = reverse("reports:show-governors-report", kwargs={"school": "no-such-school"})
    assert client.get(url).status_code == client.get(missing).status_code == 404


def test_bad_terms_and_languages_get_a_clear_400(world: World) -> None:
    client = verified_client(world.users[Role.GOVERNOR])
    url = reverse("reports:show-governors-report", kwargs={"school": world.school.slug})
    bad_term = client.get(url + "?term=2025-winter")
    assert bad_term.status_code == 400 and b"YYYY-autumn, YYYY-spring or YYYY-summer" in bad_term.content
    bad_lang = client.get(url + "?term=2025-autumn&lang=fr")
    assert bad_lang.status_code == 400 and b"Choose English or Welsh" in bad_lang.content
    pdf = client.get(reverse("reports:governors-report-pdf", kwargs={"school": world.school.slug}) + "?term=x")
    assert pdf.status_code == 400


def test_the_page_is_welsh_when_asked(world: World) -> None:
    client = verified_client(world.users[Role.GOVERNOR])
    url = reverse("reports:show-governors-report", kwargs={"school": world.school.slug})
    page = client.get(url + "?term=2025-autumn&lang=cy")
    assert page.status_code == 200 and "Adroddiad i lywodraethwyr" in page.content.decode()
    assert "lang=cy" in page.content.decode()  # the PDF link keeps the language


def _org_admin(world: World) -> User:
    user = User.objects.create_user("trust-it", password="x-unused-1")
    OrganisationAdmin.objects.create(user=user, organisation=world.school.organisation)
    return user


def test_the_trust_view_sums_its_schools_for_the_organisation_admin(world: World) -> None:
    build_term(world)
    from tests.web.posts_fixtures import make_account

    beta = make_account(world, name="Beta news")
    beta.school = world.other
    beta.save()
    Comment.objects.create(school=world.other, account=beta, remote_id="b1", text="x", category="praise",
                           received_at=london(2025, 10, 3, 9), priority=Priority.CLOSED)
    report = trust_report(world.school.organisation, TERM, "en", NOW)
    assert report.trust and report.schools == ("Alpha School", "Beta School")
    inbox = next(s.section for s in report.sections if s.section.key == "inbox")
    assert ("Comments received", "6") in [(h.label, h.value) for h in inbox.headlines]  # 5 + 1
    assert not inbox.tables  # no per-account rows in a trust's sum
    client = verified_client(_org_admin(world))
    url = reverse("reports:show-trust-report", kwargs={"organisation": "test-trust"}) + "?term=2025-autumn"
    page = client.get(url)
    assert page.status_code == 200 and b"Test Trust" in page.content and b"Alpha School, Beta School" in page.content
    home = client.get(reverse("home"))
    assert url.split("?")[0].encode() in home.content


@pytest.mark.parametrize("role", list(Role))
def test_no_school_role_reads_the_trust_view(world: World, role: Role) -> None:
    url = reverse("reports:show-trust-report", kwargs={"organisation": "test-trust"})
    assert verified_client(world.users[role]).get(url).status_code == 404
    assert verified_client(world.users[role]).get(url.replace("test-trust", "no-such-trust")).status_code == 404


# --- the command line ------------------------------------------------------------------------------

def _args(tmp_path: Path, **kw: object) -> argparse.Namespace:
    base: dict[str, object] = {"report": "governors", "school": "alpha", "term": "2025-autumn",
                               "out": str(tmp_path / "r.pdf"), "lang": "en", "data_dir": None}
    return argparse.Namespace(**(base | kw))


def test_the_command_writes_the_pdf(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_term(world)
    assert report_command.run(_args(tmp_path, lang="cy")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert "wrote" in capsys.readouterr().err


@pytest.mark.parametrize(("change", "message"), [
    ({"school": "no-such-school"}, "--school 'no-such-school': no school with that slug"),
    ({"term": "2025-winter"}, "--term '2025-winter' is not a term: give YYYY-autumn, YYYY-spring or YYYY-summer"),
    ({"term": "autumn"}, "--term 'autumn' is not a term"),
    ({"lang": "fr"}, "--lang 'fr' is not a report language: give en (English) or cy (Welsh)"),
    ({"out": "/no/such/folder/r.pdf"}, "--out '/no/such/folder/r.pdf': the folder /no/such/folder does not exist"),
])
def test_the_command_refuses_bad_input_with_exit_2(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    change: dict[str, str], message: str) -> None:
    assert report_command.run(_args(tmp_path, **change)) == 2
    err = capsys.readouterr().err
    assert err.startswith("safepost report governors: error: ") and message in err and "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_the_command_in_its_own_process(tmp_path: Path) -> None:
    """Through `python -m safepost`: a malformed term is refused before any database is opened."""
    run = subprocess.run([sys.executable, "-m", "safepost", "report", "governors", "--school", "x", "--term",
                          "2026-autum", "--out", str(tmp_path / "r.pdf"), "--data-dir", str(tmp_path / "none")],
                         cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 2 and "--term '2026-autum' is not a term" in run.stderr and "Traceback" not in run.stderr
    missing = subprocess.run([sys.executable, "-m", "safepost", "report", "governors", "--school", "x"],
                             cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert missing.returncode == 2 and "--term" in missing.stderr


def test_a_report_can_be_built_from_any_list_of_sections(world: World) -> None:
    from safepost.reports.sections import posts_section

    report = build(school_scope(world.school, TERM, NOW), "en", builders=[posts_section])
    assert [s.section.key for s in report.sections] == ["posts"]
    assert report.sections[0].section.note == "No check found anything this term."


def test_the_chart_layout_starts_at_zero_and_keeps_small_values_visible() -> None:
    from safepost.reports.charts import LABEL_WIDTH, WIDTH, Chart, layout

    chart = Chart(title="t", desc="d", series=("A", "B"), rows=(("first", (100.0, 0.0)), ("a much longer label than fits in the column", (1.0, 50.0))),
                  row_colours=(("first", "#000000"),))
    drawn = layout(chart)
    (a, b), (c, d) = (g.bars for g in drawn.groups)
    assert a.x == LABEL_WIDTH and a.width == WIDTH - LABEL_WIDTH - 5 - 34  # the biggest value fills the bar area
    assert b.width == 0 and c.width == 2 and d.width == round(a.width / 2)  # zero is no bar; one is still seen
    assert a.colour == b.colour == "#000000" and d.colour != c.colour
    assert drawn.groups[1].label.endswith("…") and len(drawn.groups[1].label) == 24
    assert [item.label for item in drawn.legend] == ["A", "B"] and drawn.top > drawn.legend[0].y
    percent = layout(Chart(title="t", desc="d", series=("S",), rows=(("x", (50.0,)),), percent=True))
    assert percent.groups[0].bars[0].width == round((WIDTH - LABEL_WIDTH - 5 - 34) / 2)  # 0-100 % scale
    assert percent.groups[0].bars[0].value == "50%" and layout(Chart("t", "d", ("S",), ())).empty


def test_hours_and_minutes_read_in_one_unit_per_size() -> None:
    from django.utils import translation

    from safepost.reports.sections import _duration_minutes, _hours

    with translation.override("en"):
        assert (_hours(0.5), _hours(1 / 60), _hours(1.98), _duration_minutes(119), _duration_minutes(None)) == \
            ("30 minutes", "1 minute", "2.0 hours", "2.0 hours", "–")


# --- the API -----------------------------------------------------------------------------------------

def _api(token: str, path: str) -> tuple[int, dict[str, object]]:
    from django.test import Client

    response = Client().get("/api/v1" + path, HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def test_the_api_gives_the_same_sections_as_json(world: World) -> None:
    from safepost.signin.actions import do_create_token

    build_term(world)
    governor, teacher = (do_create_token(world.users[role], "t") for role in (Role.GOVERNOR, Role.STAFF))
    status, body = _api(governor, "/schools/alpha/reports/governors?term=2025-autumn&lang=cy")
    assert status == 200 and body["term"] == "2025-autumn" and body["language"] == "cy"
    assert (body["first_day"], body["last_day"]) == ("2025-09-01", "2025-12-31")
    posts = body["sections"][0]  # type: ignore[index]
    assert posts["key"] == "posts" and {"label": "Negeseuon a wiriwyd", "value": "5"} in posts["headlines"]
    assert posts["charts"][0]["rows"][0] == {"label": "Wynebau heb eu tagio", "values": [2.0, 0.0, 1.0]}
    assert _api(teacher, "/schools/alpha/reports/governors?term=2025-autumn")[0] == 404
    status, body = _api(governor, "/schools/alpha/reports/governors?term=2025-winter")
    assert status == 400 and body["field"] == "term" and "is not a term" in str(body["error"])
    status, body = _api(governor, "/schools/alpha/reports/governors?term=2025-autumn&lang=de")
    assert status == 400 and body["field"] == "lang"
