"""The safeguarding pages and API for every role: only the DSLs and the headteacher (and a named
investigator, for that incident) get anything; an organisation administrator never does. Bad
uploads, future dates and missing steps are refused in words."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from safepost.audit.models import Event
from safepost.safeguarding import actions
from safepost.safeguarding.models import Incident
from safepost.schools.access import Perm, allowed
from safepost.schools.actions import do_grant_org_admin
from safepost.schools.models import Membership, Role
from tests.web.conftest import PASSWORD, World, verified_client
from tests.web.safeguarding_support import bullying_comment, incident, membership, pdf, png

ORG_ADMIN = "org-admin"
INVESTIGATOR = "investigator"


def _url(name: str, world: World, **kwargs: object) -> str:
    return reverse(f"safeguarding:{name}", kwargs={"school": world.school.slug, **kwargs})


def _note() -> dict[str, str]:
    return {"kind": "note", "text": "seen by the class teacher", "captured_at": "2026-01-05T10:00"}


def _filed(world: World, item: Incident) -> int:
    return actions.do_add_evidence(membership(world, Role.DSL), item, actions.NewEvidence(
        kind="file", captured_at=item.occurred_at, file_name="s.png", file_chunks=[png()])).pk


#: (url name, kwargs, method, form data, may an investigator of this incident use it)
Pages = list[tuple[str, Callable[[World, Incident], dict[str, Any]], str, dict[str, Any], bool]]
PAGES: Pages = [
    ("list-incidents", lambda w, i: {}, "get", {}, True),
    ("create-incident", lambda w, i: {}, "get", {}, False),
    ("show-incident", lambda w, i: {"pk": i.pk}, "get", {}, True),
    ("add-evidence", lambda w, i: {"pk": i.pk}, "post", _note(), True),
    ("show-evidence-file", lambda w, i: {"pk": i.pk, "item": _filed(w, i)}, "get", {}, True),
    ("export-incident", lambda w, i: {"pk": i.pk}, "get", {}, True),
    ("export-incident", lambda w, i: {"pk": i.pk}, "post", {}, True),
    ("act-on-incident", lambda w, i: {"pk": i.pk, "verb": "wishes"}, "post", {"victim_wishes": "no police"}, True),
    ("show-pupil-chronology", lambda w, i: {"pk": w.pupils[0].pk}, "get", {}, False),
    ("show-staff-chronology", lambda w, i: {"pk": w.staff[0].pk}, "get", {}, False),
]


#: Pages that are not about one incident. A member of the school with no standing in safeguarding
#: (not a DSL or the headteacher, named on no incident) is refused in words (403) on every page,
#: whatever the id, so the answer tells nothing about which incidents exist; an investigator asking
#: for an incident they are not named on gets the 404, as does anyone outside the school.
REFUSED_IN_WORDS = {"create-incident", "show-pupil-chronology", "show-staff-chronology"}


def _refusal(name: str, who: str, investigator: bool = False) -> int:
    if who == "outsider" or (investigator and name not in REFUSED_IN_WORDS):
        return 404
    return 403


def _users(world: World) -> dict[str, User]:
    users: dict[str, User] = {role.value: world.users[role] for role in Role}
    admin = User.objects.create_user("trust-it", password=PASSWORD)
    do_grant_org_admin(None, world.school.organisation, admin)
    users[ORG_ADMIN] = admin
    return users


def test_it_lists_every_safeguarding_view() -> None:
    from django.urls import get_resolver

    resolver = get_resolver().namespace_dict["safeguarding"][1]
    assert {n for n in resolver.reverse_dict if isinstance(n, str)} == {p[0] for p in PAGES}


@pytest.mark.parametrize(("name", "kwargs", "method", "data", "for_investigator"), PAGES,
                         ids=[f"{p[0]}-{p[2]}" for p in PAGES])
def test_it_lets_only_the_dsl_and_the_headteacher_in(world: World, name: str, kwargs: Callable[..., dict[str, Any]],
                                                     method: str, data: dict[str, Any], for_investigator: bool) -> None:
    made = incident(world)
    url = _url(name, world, **kwargs(world, made))
    for who, user in _users(world).items():
        response = getattr(verified_client(user), method)(url, data)
        expected = (200 if method == "get" or name == "export-incident" else 302) \
            if who in {r.value for r in Role} and allowed(Role(who), Perm.VIEW_SAFEGUARDING) else _refusal(name, who)
        assert response.status_code == expected, (who, name, response.status_code)
    assert getattr(verified_client(world.outsider), method)(url, data).status_code == 404


@pytest.mark.parametrize(("name", "kwargs", "method", "data", "for_investigator"), PAGES,
                         ids=[f"{p[0]}-{p[2]}" for p in PAGES])
def test_it_lets_a_named_investigator_into_their_incident_only(
        world: World, name: str, kwargs: Callable[..., dict[str, Any]], method: str, data: dict[str, Any],
        for_investigator: bool) -> None:
    named, other = incident(world), incident(world)
    actions.do_name_investigators(membership(world, Role.DSL), named, [world.users[Role.SLT]], "leads it")
    client = verified_client(world.users[Role.SLT])
    response = getattr(client, method)(_url(name, world, **kwargs(world, named)), data)
    assert response.status_code == ((200 if method == "get" or name == "export-incident" else 302)
                                    if for_investigator else _refusal(name, "slt")), (name, response.status_code)
    elsewhere = kwargs(world, other)
    if "pk" in elsewhere:  # the same page of an incident they are not named on
        assert getattr(client, method)(_url(name, world, **elsewhere), data).status_code == _refusal(
            name, "slt", investigator=True)


def test_it_audits_every_read_naming_no_pupil(world: World) -> None:
    made = incident(world)
    client = verified_client(world.users[Role.HEADTEACHER])
    client.get(_url("show-incident", world, pk=made.pk))
    client.get(_url("list-incidents", world))
    client.get(_url("show-pupil-chronology", world, pk=world.pupils[0].pk))
    actions_seen = list(Event.objects.filter(actor_id=world.users[Role.HEADTEACHER].pk).values_list("action", flat=True))
    assert {"safeguarding.incident-read", "safeguarding.incidents-listed", "safeguarding.chronology-read"} <= set(actions_seen)
    for event in Event.objects.filter(action__startswith="safeguarding"):
        assert world.pupils[0].first_name not in json.dumps(event.detail)


def test_it_escalates_an_inbox_comment_into_an_incident_from_the_inbox_page(world: World) -> None:
    comment = bullying_comment(world)
    dsl = verified_client(world.users[Role.DSL])
    inbox_page = dsl.get(reverse("inbox:show-comment", kwargs={"school": "alpha", "pk": comment.pk})).content.decode()
    assert f"/s/alpha/safeguarding/new/?comment={comment.pk}" in inbox_page
    admin_page = verified_client(world.users[Role.ADMINISTRATOR]).get(
        reverse("inbox:show-comment", kwargs={"school": "alpha", "pk": comment.pk})).content.decode()
    assert "safeguarding/new/" not in admin_page
    form = dsl.get(_url("create-incident", world) + f"?comment={comment.pk}").content.decode()
    assert "nasty.parent" in form
    response = dsl.post(_url("create-incident", world) + f"?comment={comment.pk}", {
        "type": "cyberbullying", "summary": "Year 6 pupil targeted in comments", "occurred_at": "2026-01-05T19:30",
        "pupils": world.pupils[0].pupil_id, "staff": [world.staff[1].pk]})
    assert response.status_code == 302, response.content.decode()[:3000]
    made = Incident.objects.get()
    assert made.comment == comment and made.evidence.count() == 2 and made.people.count() == 2
    assert verified_client(world.users[Role.ADMINISTRATOR]).get(
        _url("create-incident", world) + f"?comment={comment.pk}").status_code == 403


def test_it_refuses_bad_input_in_words(world: World) -> None:
    made = incident(world)
    dsl = verified_client(world.users[Role.DSL])
    future = dsl.post(_url("create-incident", world), {"type": "cyberbullying", "summary": "x",
                                                       "occurred_at": "2099-01-01T10:00"})
    assert future.status_code == 400 and "is in the future" in future.content.decode()
    unknown = dsl.post(_url("create-incident", world), {"type": "cyberbullying", "summary": "x",
                                                        "occurred_at": "2026-01-01T10:00", "pupils": "NOPE1"})
    assert unknown.status_code == 400 and "no pupil has the id NOPE1" in unknown.content.decode()
    close = dsl.post(_url("act-on-incident", world, pk=made.pk, verb="move"), {"status": "closed", "why": "done"})
    assert close.status_code == 400 and "record an outcome before closing" in close.content.decode()
    renamed = dsl.post(_url("add-evidence", world, pk=made.pk), {
        "kind": "file", "captured_at": "2026-01-05T10:00", "file": SimpleUploadedFile("chat.png", pdf())})
    assert renamed.status_code == 400 and "chat.png: its name says .png but its content is PDF" in renamed.content.decode()
    assert not made.evidence.exists()


def test_it_refuses_a_200_mb_upload_before_reading_it(world: World) -> None:
    made = incident(world)
    dsl = verified_client(world.users[Role.DSL])
    # The declared length is 200 MB; the body given is tiny: a view that read it would fail to parse.
    response = dsl.post(_url("add-evidence", world, pk=made.pk), {"kind": "file"},
                        CONTENT_LENGTH=str(200 * 1024 * 1024))
    assert response.status_code == 413 and "larger than 20 MB" in response.content.decode()


def test_it_drops_a_file_over_the_limit_as_it_arrives(world: World) -> None:
    made = incident(world)
    dsl = verified_client(world.users[Role.DSL])
    big = SimpleUploadedFile("big.png", png() + b"\0" * (20 * 1024 * 1024 + 10_000))
    response = dsl.post(_url("add-evidence", world, pk=made.pk), {"kind": "file", "captured_at": "2026-01-05T10:00",
                                                                  "file": big})
    assert response.status_code == 413 and "big.png is larger than 20 MB" in response.content.decode()
    assert not made.evidence.exists()


def test_it_uploads_a_screenshot_and_serves_it_only_as_a_download(world: World) -> None:
    made = incident(world)
    dsl = verified_client(world.users[Role.DSL])
    response = dsl.post(_url("add-evidence", world, pk=made.pk), {
        "kind": "file", "captured_at": "2026-01-05T10:00", "place": "Instagram", "platform_ids": "post=abc, comment=def",
        "file": SimpleUploadedFile("shot.png", png())})
    assert response.status_code == 302
    item = made.evidence.get()
    assert item.platform_ids == {"post": "abc", "comment": "def"}
    download = dsl.get(_url("show-evidence-file", world, pk=made.pk, item=item.pk))
    assert download["Content-Disposition"].startswith("attachment") and download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == png()  # type: ignore[attr-defined]


def test_it_shows_the_pages_in_welsh(world: World) -> None:
    made = incident(world)
    dsl = verified_client(world.users[Role.DSL])
    dsl.post("/language/", {"language": "cy", "next": "/"})
    page = dsl.get(_url("show-incident", world, pk=made.pk)).content.decode()
    assert "Tystiolaeth" in page and "Cronoleg" in page
    assert "Digwyddiadau diogelu" in dsl.get(_url("list-incidents", world)).content.decode()


# --- the API ---------------------------------------------------------------------------------------

def _api(token: str, method: str, path: str, body: object = None) -> tuple[int, Any]:
    response = getattr(Client(), method)("/api/v1/schools/alpha/safeguarding" + path,
                                         data=json.dumps(body) if body is not None else None,
                                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def _tokens(world: World) -> dict[str, str]:
    from safepost.signin.actions import do_create_token

    return {who: do_create_token(user, "t") for who, user in _users(world).items()}


def test_it_applies_the_matrix_to_every_api_endpoint(world: World) -> None:
    made = incident(world)
    tokens = _tokens(world)
    calls: list[tuple[str, str, object, int]] = [
        ("get", "/incidents", None, 200), ("get", f"/incidents/{made.pk}", None, 200),
        ("post", "/incidents", {"type": "impersonation", "summary": "fake school page",
                                "occurred_at": "2026-01-05T10:00:00Z"}, 201),
        ("post", f"/incidents/{made.pk}/evidence", {"kind": "url", "url": "https://example.org/fake",
                                                   "captured_at": "2026-01-05T10:00:00Z"}, 201),
        ("post", f"/incidents/{made.pk}/move", {"status": "assessment", "why": "read it"}, 200),
    ]
    for who, token in tokens.items():
        may = who in {r.value for r in Role} and allowed(Role(who), Perm.VIEW_SAFEGUARDING)
        for method, path, body, ok in calls:
            status, answer = _api(token, method, path, body)
            if may and path.endswith("/move") and who == Role.DSL.value:
                ok = 400  # the headteacher moved it first: it is no longer at "reported"
            assert status == (ok if may else 404), (who, method, path, status, answer)


def test_it_answers_refusals_through_the_api_naming_the_field(world: World) -> None:
    made = incident(world)
    token = _tokens(world)[Role.HEADTEACHER.value]
    status, body = _api(token, "post", f"/incidents/{made.pk}/move", {"status": "closed", "why": "done"})
    assert status == 400 and body["field"] == "outcome" and "record an outcome" in body["error"]
    status, body = _api(token, "post", "/incidents", {"type": "cyberbullying", "summary": "x",
                                                       "occurred_at": "2099-01-01T10:00:00Z"})
    assert status == 400 and body["field"] == "occurred_at"
    status, body = _api(token, "post", "/incidents", {"type": "burglary", "summary": "x",
                                                       "occurred_at": "2026-01-01T10:00:00Z"})
    assert status == 400 and body["field"] == "type"
    client = Client()
    upload = client.post(f"/api/v1/schools/alpha/safeguarding/incidents/{made.pk}/evidence/file",
                         {"captured_at": "2026-01-05T10:00:00Z", "file": SimpleUploadedFile("x.jpg", png())},
                         HTTP_AUTHORIZATION=f"Bearer {token}")
    assert upload.status_code == 400 and "its content is PNG" in upload.json()["error"]
    good = client.post(f"/api/v1/schools/alpha/safeguarding/incidents/{made.pk}/evidence/file",
                       {"captured_at": "2026-01-05T10:00:00Z", "file": SimpleUploadedFile("x.png", png())},
                       HTTP_AUTHORIZATION=f"Bearer {token}")
    assert good.status_code == 201 and len(good.json()["sha256"]) == 64
    investigator = _tokens_for(world, Role.SLT)
    assert _api(investigator, "get", f"/incidents/{made.pk}")[0] == 404
    actions.do_name_investigators(membership(world, Role.DSL), made, [world.users[Role.SLT]], "")
    assert _api(investigator, "get", f"/incidents/{made.pk}")[0] == 200
    assert [row["id"] for row in _api(investigator, "get", "/incidents")[1]] == [made.pk]


def _tokens_for(world: World, role: Role) -> str:
    from safepost.signin.actions import do_create_token

    return do_create_token(world.users[role], "inv")


def test_it_makes_a_second_dsl_a_deputy_with_the_same_reach(world: World) -> None:
    deputy = User.objects.create_user("deputy-dsl", email="deputy@alpha.sch.uk", password=PASSWORD)
    Membership.objects.create(user=deputy, school=world.school, role=Role.DSL)
    made = incident(world)
    assert verified_client(deputy).get(_url("show-incident", world, pk=made.pk)).status_code == 200


def test_it_still_checks_the_csrf_token_on_an_upload(world: World) -> None:
    made = incident(world)
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users[Role.DSL])
    session = verified_client(world.users[Role.DSL]).session
    client.cookies["sessionid"] = session.session_key or ""
    response = client.post(_url("add-evidence", world, pk=made.pk), _note())
    assert response.status_code == 403 and "The form had expired" in response.content.decode()
    assert not made.evidence.exists()
