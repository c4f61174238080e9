"""The inbox pages: queue order and SLA colours, one comment with its findings, evidence, clause,
London deadline and thread; the permission matrix; the rota and SLA report pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment, RotaEntry
from safepost.inbox.states import CommentStatus
from safepost.schools.access import Perm, allowed
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client
from tests.web.inbox_support import make_account, remote


def _url(name: str, world: World, **kwargs: object) -> str:
    return reverse(f"inbox:{name}", kwargs={"school": world.school.slug, **kwargs})


def _seed(world: World) -> dict[str, Comment]:
    account = make_account(world)
    now = timezone.now()
    do_ingest_comments(account, [
        remote("later", "Will there be a bake sale next term?", now),
        remote("threat", "I know where the head lives and I will hurt her", now),
        remote("old", "What time is pick up on Friday?", now - timedelta(days=3)),
    ])
    rows = {c.remote_id: c for c in Comment.objects.all()}
    # "due soon": a question whose deadline is an hour away
    Comment.objects.filter(pk=rows["later"].pk).update(deadline=now + timedelta(days=2))
    do_ingest_comments(account, [remote("soon", "Is the fair cancelled?", now)])
    Comment.objects.filter(remote_id="soon").update(deadline=now + timedelta(hours=1))
    return {c.remote_id: c for c in Comment.objects.all()}


def test_it_lists_urgent_first_then_overdue_then_due_today_then_the_rest(world: World, head: Client) -> None:
    rows = _seed(world)
    assert rows["threat"].category == "threat"
    page = head.get(_url("list-inbox", world)).content.decode()
    order = [page.index(f'/inbox/{rows[k].pk}/"') for k in ("threat", "old", "soon", "later")]
    assert order == sorted(order)
    headings = re.findall(r'<h2 class="queue-group">([^<]+)</h2>', page)
    assert headings == ["Urgent: safeguarding, threats, hate", "Overdue", "Due today", "Later"]
    assert 'class="item sla-overdue"' in page and 'class="item sla-due-soon"' in page


def test_it_filters_by_account_and_assigned_to_me(world: World, client_for: Callable[[Role], Client]) -> None:
    rows = _seed(world)
    other = make_account(world, name="Alpha Bluesky", handle="alpha2")
    do_ingest_comments(other, [remote("x1", "Is there a uniform sale?", timezone.now())])
    Comment.objects.filter(pk=rows["old"].pk).update(assignee=world.users[Role.ADMINISTRATOR],
                                                     status=CommentStatus.ASSIGNED)
    client = client_for(Role.ADMINISTRATOR)
    mine = client.get(_url("list-inbox", world) + "?queue=mine").content.decode()
    assert f'/inbox/{rows["old"].pk}/"' in mine and f'/inbox/{rows["later"].pk}/"' not in mine
    by_account = client.get(_url("list-inbox", world) + f"?account={other.pk}").content.decode()
    assert "uniform sale" in by_account and "bake sale" not in by_account
    partial = client.get(_url("list-inbox", world) + "?queue=all", HTTP_HX_REQUEST="true").content.decode()
    assert partial.lstrip().startswith('<div id="queue"') and "<html" not in partial


def test_it_shows_findings_evidence_clause_london_deadline_and_thread(world: World, head: Client) -> None:
    account = make_account(world)
    summer = datetime(2026, 6, 30, 9, 0, tzinfo=UTC)  # 10:00 in London (BST)
    name = world.pupils[0].first_name
    do_ingest_comments(account, [
        remote("t1", "Why was the trip cancelled? This is a disgrace", summer, post="p1"),
        remote("t2", f"My daughter {name} was upset about it, ring me 07700 900123", summer, post="p1", parent="t1"),
    ])
    first, second = Comment.objects.order_by("remote_id")
    page = head.get(_url("show-comment", world, pk=second.pk)).content.decode()
    assert re.search(r'<mark class="sev-\w+" title="PUP\d+: a pupil&#x27;s name">' + name + "</mark>", page)
    assert "<mark" in page.split("07700")[0][-200:]
    assert "Tuesday 30 June 2026" not in page or "10:00" in page
    assert "Wednesday 1 July 2026, 10:00 (London time)" in page
    assert f'/inbox/{first.pk}/"' in page  # the thread
    page1 = head.get(_url("show-comment", world, pk=first.pk)).content.decode()
    assert first.category == "complaint" and "Why:" in page1
    for action in first.actions:
        if action["clause"]:
            assert action["clause"]["heading"] in page1


INBOX_VIEWS: list[tuple[str, str, Perm]] = [
    ("list-inbox", "get", Perm.VIEW_INBOX),
    ("show-comment", "get", Perm.VIEW_INBOX),
    ("act-on-comment", "post", Perm.ACT_INBOX),
    ("show-concern", "get", Perm.VIEW_SAFEGUARDING),
    ("show-rota", "get", Perm.MANAGE_ROTA),
    ("remove-rota-entry", "post", Perm.MANAGE_ROTA),
    ("show-sla-report", "get", Perm.VIEW_INBOX_REPORT),
]


def _kwargs(name: str, world: World) -> dict[str, object]:
    comment = Comment.objects.first()
    if comment is None:
        do_ingest_comments(make_account(world), [
            remote("m1", "my step dad hits me and i am scared to go home", timezone.now())])
        comment = Comment.objects.get()
    if name == "show-comment":
        return {"pk": comment.pk}
    if name == "act-on-comment":
        return {"pk": comment.pk, "verb": "handled"}
    if name == "show-concern":
        return {"pk": comment.concern.pk}
    if name == "remove-rota-entry":
        entry = RotaEntry.objects.create(school=world.school, moderator=world.users[Role.ADMINISTRATOR],
                                         kind="duty", weekday=0)
        return {"pk": entry.pk}
    return {}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "method", "perm"), INBOX_VIEWS, ids=[v[0] for v in INBOX_VIEWS])
def test_it_applies_the_matrix(world: World, role: Role, name: str, method: str, perm: Perm) -> None:
    url = _url(name, world, **_kwargs(name, world))
    response = getattr(verified_client(world.users[role]), method)(url)
    expected = (200 if method == "get" else 302) if allowed(role, perm) else 403  # a member of the school: refused in words (403); outsiders get 404
    assert response.status_code == expected, (role, name, response.status_code)
    outsider = getattr(verified_client(world.outsider), method)(url)
    assert outsider.status_code == 404


def test_it_acts_through_the_page_and_shows_refusals_in_words(world: World, head: Client) -> None:
    do_ingest_comments(make_account(world), [remote("a1", "You are all useless idiots", timezone.now())])
    comment = Comment.objects.get()
    response = head.post(_url("act-on-comment", world, pk=comment.pk, verb="hide"),
                         {"why": "We hid a comment that broke our rules."})
    assert response.status_code == 302
    follow = head.get(response["Location"]).content.decode()
    assert "Comment hidden." in follow and "by hand" in follow
    again = head.post(_url("act-on-comment", world, pk=comment.pk, verb="hide"), {"why": ""})
    assert again.status_code == 400 and "cannot go from hidden to hidden" in again.content.decode()
    assert head.post(_url("act-on-comment", world, pk=comment.pk, verb="explode")).status_code == 404
    bad = head.post(_url("act-on-comment", world, pk=comment.pk, verb="police"), {"agency": "ceop"})
    assert bad.status_code == 400 and "This field is required" in bad.content.decode()


def test_it_adds_rota_entries_and_closures_and_refuses_bad_ones(world: World, head: Client) -> None:
    admin = world.users[Role.ADMINISTRATOR]
    url = _url("show-rota", world)
    assert head.post(url, {"moderator": admin.pk, "kind": "duty", "weekday": "0"}).status_code == 302
    no_day = head.post(url, {"moderator": admin.pk, "kind": "duty"})
    assert no_day.status_code == 400 and "needs its weekday" in no_day.content.decode()
    governor = head.post(url, {"moderator": world.users[Role.GOVERNOR].pk, "kind": "duty", "weekday": "1"})
    assert governor.status_code == 400 and "cannot work this school" in governor.content.decode()
    backwards = head.post(url, {"starts_on": "2026-12-20", "ends_on": "2026-12-19"})
    assert backwards.status_code == 400 and "before the first" in backwards.content.decode()
    assert head.post(url, {"starts_on": "2026-12-19", "ends_on": "2027-01-04", "label": "Christmas"}).status_code == 302
    assert RotaEntry.objects.count() == 1 and "Christmas" in head.get(url).content.decode()


def test_it_shows_the_sla_report_and_its_csv(world: World, head: Client) -> None:
    _seed(world)
    month = timezone.localdate().strftime("%Y-%m")
    page = head.get(_url("show-sla-report", world) + f"?month={month}").content.decode()
    assert "Alpha Facebook" in page
    csv = head.get(_url("show-sla-report", world) + f"?month={month}&format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode().splitlines()
    assert lines[0].startswith("account,volume") and lines[1].startswith("Alpha Facebook,4,")
    assert head.get(_url("show-sla-report", world) + "?month=soon").status_code == 400


def test_it_pages_the_queue_without_losing_or_repeating_a_comment(world: World, head: Client) -> None:
    account = make_account(world)
    now = timezone.now()
    do_ingest_comments(account, [remote(f"p{i}", f"Question number {i}?", now + timedelta(minutes=i))
                                 for i in range(60)])
    seen: list[str] = []
    for number in (1, 2, 3):
        page = head.get(_url("list-inbox", world) + f"?page={number}").content.decode()
        seen += re.findall(r"Question number (\d+)\?", page)
        assert ("page=" + str(number + 1)) in page if number < 3 else "Next" not in page
    assert sorted(seen, key=int) == [str(i) for i in range(60)] and len(seen) == 60
    assert head.get(_url("list-inbox", world) + "?page=abc").status_code == 200


def test_it_fills_the_reply_from_a_template_in_english_or_welsh(world: World, head: Client) -> None:
    do_ingest_comments(make_account(world), [remote("w1", "Can I complain about the trip?", timezone.now())])
    url = _url("show-comment", world, pk=Comment.objects.get().pk)
    english = head.get(url + "?template=complaints").content.decode()
    assert "please use the school&#x27;s complaints procedure" in english and "onclick" not in english
    head.post(reverse("set-language"), {"language": "cy", "next": url})
    welsh = head.get(url + "?template=acknowledge").content.decode()
    assert "Diolch am eich neges" in welsh
    assert head.get(url + "?template=nonsense").status_code == 200
