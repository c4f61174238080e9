"""The check's findings in Welsh on the pages: messages, explanations, fixes, severities, rule
titles and where in the post, with no English engine text left; import and posting errors too."""

from __future__ import annotations

import html
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http.response import HttpResponseBase
from django.test import Client
from django.urls import reverse

from safepost.engine import i18n
from safepost.engine.rules import registry
from safepost.engine.triage import topics
from safepost.schools.models import Role
from tests.engine.test_welsh import english_fragments
from tests.web.conftest import World, verified_client

#: One draft that fires every text rule the default pack enables.
EVERYTHING = (
    "Well done Zephyrine Quillfeather! We're at Chester Zoo right now and the penguins are being fed. "
    "Happy birthday Ava, born 3rd May 2019! Call me on 07700 900123 or email jo.bloggs@gmail.com. "
    "Please drop the raffle prizes at 7 Oakfield Close, Todmorden OL14 6AB by Friday. "
    "Make sure you vote Conservative on Thursday! Book here: bit.ly/brook-parents "
    "Rain again, so the trip is cancelled. What a load of sh*t."
)
TEXT_RULES = {"pupil-name", "live-location", "date-of-birth", "phone-number", "email-address", "home-address",
              "political-or-commercial", "unsafe-link", "offensive-language"}
INTERNAL_NAMES = ("school.toml", "roster.csv", "staff.csv", ".yaml", "EXIF/XMP", "safepost clean", "image[")


def _in_welsh(client: Client) -> Client:
    client.post(reverse("set-language"), {"language": "cy", "next": "/"})
    return client


def _text(response: HttpResponseBase) -> str:
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]


def _english_left(page: str) -> list[str]:
    return sorted(f for f in english_fragments() if f in page)


def _check(client: Client, world: World, text: str) -> str:
    url = reverse("posts:check-post", kwargs={"school": world.school.slug})
    response = client.post(url, {"text": text}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return _text(response)


def test_the_compose_check_shows_every_text_rule_in_welsh(world: World) -> None:
    page = _check(_in_welsh(verified_client(world.users[Role.STAFF])), world, EVERYTHING)
    fired = set(re.findall(r'class="finding finding-\w+" data-code="(\w+)"', page))
    assert {registry.by_code(c).name for c in fired} >= TEXT_RULES  # type: ignore[union-attr]
    assert _english_left(page) == []
    assert "Yn enwi disgybl" in page and "Mae rhif ffôn symudol preifat yn y testun." in page
    assert ">bloc<" in page and "Peidiwch â phostio hyn fel y mae" in page
    assert "swyddfa'r ysgol" in page or "disgybl" in page  # a suggested fix, in Welsh
    # the default pack is safepost's model policy: its words are safepost's, so they are in Welsh
    assert "Nid ydym yn enwi disgyblion mewn negeseuon" in page and "We do not name pupils" not in page
    assert not [name for name in INTERNAL_NAMES if name in page]


def test_the_same_check_in_english_is_unchanged(world: World) -> None:
    page = _check(verified_client(world.users[Role.STAFF]), world, EVERYTHING)
    assert "Names a pupil" in page and "A private mobile number is in the text." in page
    assert "Yn enwi disgybl" not in page


def test_a_welsh_fix_is_applied_in_the_words_shown(world: World) -> None:
    client = _in_welsh(verified_client(world.users[Role.STAFF]))
    url = reverse("posts:check-post", kwargs={"school": world.school.slug})
    text = "Please drop the raffle prizes at 7 Oakfield Close, Todmorden OL14 6AB by Friday."
    first = _text(client.post(url, {"text": text}))
    index = re.search(r'"apply": "(\d+)"', first)
    assert index is not None and "swyddfa'r ysgol" in first
    applied = _text(client.post(url, {"text": text, "apply": index[1], "confirmed": "1"}))
    assert "swyddfa'r ysgol" in re.search(r'data-text="([^"]*)"', applied)[1]  # type: ignore[index]


def test_the_policy_check_and_the_rules_page_speak_welsh(world: World) -> None:
    client = _in_welsh(verified_client(world.users[Role.HEADTEACHER]))
    check = client.post(reverse("policies:check-draft", kwargs={"school": world.school.slug}), {"text": EVERYTHING})
    page = _text(check)
    assert _english_left(page) == [] and "Yn enwi disgybl" in page
    rules = _text(client.get(reverse("policies:show-policy", kwargs={"school": world.school.slug})))
    for rule in registry.all():
        welsh_title = i18n.translate(i18n.phrase(rule.summary), "cy")
        assert welsh_title != rule.summary and welsh_title in rules
    assert "Block" not in re.sub(r"<[^>]+>", " ", rules).split()  # the badges say bloc / adolygu / cyngor


def test_import_errors_are_in_welsh(world: World) -> None:
    client = _in_welsh(verified_client(world.users[Role.ADMINISTRATOR]))
    csv = b"pupil_id,first_name,consent_social_media\nP1,,maybe\nP1,Ann,yes\n"
    response = client.post(reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": "pupils"}),
                           {"file": SimpleUploadedFile("pupils.csv", csv)}, follow=True)
    page = _text(response)
    assert "mae'n wag" in page and "nid yw 'maybe' yn ie nac yn na" in page
    assert "is not yes or no" not in page and "is empty" not in page


def test_a_saved_post_shows_its_findings_and_questions_in_welsh(world: World) -> None:
    from safepost.posts import actions
    from tests.web.posts_fixtures import answers, make_account, membership
    from tests.web.test_posts_views import newport

    newport(world)  # the pack with seven questions before posting, each with the pack's own Welsh
    post = actions.do_save_draft(membership(world, Role.STAFF), None, actions.DraftInput(
        text="Book here: bit.ly/brook-parents and call 07700 900123", account_ids=(make_account(world).pk,),
        answers=answers(world)))
    client = _in_welsh(verified_client(world.users[Role.HEADTEACHER]))
    page = _text(client.get(reverse("posts:show-post", kwargs={"school": world.school.slug, "pk": post.pk})))
    assert "Mae rhif ffôn symudol preifat yn y testun." in page and ">bloc<" in page
    assert "Rwy'n hapus i'r byd i gyd weld y neges hon." in page
    assert _english_left(page) == []


def test_a_photo_it_cannot_use_is_explained_in_welsh(world: World) -> None:
    client = _in_welsh(verified_client(world.users[Role.STAFF]))
    response = client.post(reverse("posts:upload-photo", kwargs={"school": world.school.slug}),
                           {"image": SimpleUploadedFile("notes.txt", b"not a picture at all")}, HTTP_HX_REQUEST="true")
    page = _text(response)
    assert "nid yw'n ddelwedd y gall safepost ei darllen" in page and "notes.txt" in page
    assert "whatever its name" not in page


def test_a_comments_actions_are_named_and_explained_in_welsh(world: World, head: Client) -> None:
    from django.utils import timezone

    from safepost.inbox.ingest import do_ingest_comments
    from safepost.inbox.models import Comment
    from tests.web.inbox_support import make_account, remote

    do_ingest_comments(make_account(world), [remote("c1", "Call Zephyrine's mum on 07700 900123", timezone.now())])
    url = reverse("inbox:show-comment", kwargs={"school": world.school.slug, "pk": Comment.objects.get().pk})
    _in_welsh(head)
    page = _text(head.get(url))
    actions = [str(a["action"]) for a in Comment.objects.get().actions]
    assert actions
    for action in actions:
        title = i18n.translate(i18n.phrase(topics.ACTION_TITLES[action]), "cy")
        steps = i18n.translate(i18n.phrase(topics.ACTION_STEPS[action]), "cy")
        assert f"<strong>{title}</strong>: {steps}" in page and f"{action}</strong>" not in page
    assert 'title="PD101: rhif ffôn"' in page  # the marked span says what it is, in Welsh
