"""The posts pages: compose with the live check, photos, autosave, submit, review and decide,
queues, manual publishing, the calendar, history and takedowns, for every role."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import get_resolver, reverse
from django.utils import timezone

from safepost.posts import actions
from safepost.posts.models import Approval, Media, Post, Publication, Revision
from safepost.posts.states import PostStatus, PublicationStatus
from safepost.schools.access import Perm, allowed
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client
from tests.web.posts_fixtures import (
    BROKEN_HEIC,
    answers,
    jpeg,
    make_account,
    membership,
    png_claiming,
    submitted_post,
)


def url(name: str, world: World, **kwargs: Any) -> str:
    return reverse(f"posts:{name}", kwargs={"school": world.school.slug, **kwargs})


def compose_data(world: World, account_ids: list[int], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"text": "Year 4 planted bulbs in the garden today.", "accounts": account_ids,
                            "when": "approved", "scheduled_for": ""}
    data.update({f"q_{key}": "on" for key in answers(world)})
    data.update(extra)
    return data


def upload(client: Client, world: World, name: str, body: bytes) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(url("upload-photo", world), {"image": SimpleUploadedFile(name, body)}, HTTP_HX_REQUEST="true")


# --- compose -----------------------------------------------------------------------------------------


def test_it_shows_the_compose_page_with_accounts_pupils_consent_and_questions(world: World) -> None:
    make_account(world, name="Alpha news")
    make_account(world, platform="blog", name="Alpha website")
    page = verified_client(world.users[Role.STAFF]).get(url("compose-post", world)).content.decode()
    assert "Alpha news" in page and "Alpha website" in page
    assert "Zephyrine" in page  # the roster, rendered in the page for the filter
    assert "✓ Social media" in page and "✗ School website" in page  # consent beside each pupil
    assert 'name="when"' in page and 'type="datetime-local"' in page
    for question in actions.pre_posting_questions(world.school):
        assert f'name="q_{question.id}"' in page


def test_it_checks_the_draft_as_the_author_types_with_the_schools_clause(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    response = client.post(url("check-post", world), {"text": "Well done Zephyrine Quillfeather in Ash class!"},
                           HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="sev-' in html and 'id="findings"' in html
    assert "<blockquote>" in html  # the school's own clause
    assert "Use the suggestion" in html or "Apply fix" in html


def test_it_applies_a_suggested_fix_in_one_click(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    text = "Well done Zephyrine Quillfeather in Ash class!"
    first = client.post(url("check-post", world), {"text": text}).content.decode()
    index = re.search(r'&quot;apply&quot;: &quot;(\d+)&quot;|"apply": "(\d+)"', first)
    assert index is not None
    fixed = client.post(url("check-post", world), {"text": text, "apply": index[1] or index[2], "confirmed": "1"})
    html = fixed.content.decode()
    applied = re.search(r'<div hidden id="applied-text" data-text="([^"]*)">', html)
    assert applied is not None
    assert "Zephyrine" not in applied[1] and applied[1].startswith("Well done")


def test_it_autosaves_a_draft_once_and_not_again_when_nothing_changed(world: World) -> None:
    account = make_account(world)
    client = verified_client(world.users[Role.STAFF])
    data = compose_data(world, [account.pk], post="")
    first = client.post(url("autosave-post", world), data, HTTP_HX_REQUEST="true")
    post = Post.objects.get()
    assert "Saved" in first.content.decode() and first["HX-Replace-Url"] == url("edit-post", world, pk=post.pk)
    assert f'id="post-id" value="{post.pk}"' in first.content.decode()
    client.post(url("autosave-post", world), {**data, "post": post.pk}, HTTP_HX_REQUEST="true")
    assert Revision.objects.filter(post=post).count() == 1
    client.post(url("autosave-post", world), {**data, "post": post.pk, "text": data["text"] + " Photos soon."},
                HTTP_HX_REQUEST="true")
    assert Revision.objects.filter(post=post).count() == 2


def test_it_does_not_create_a_post_for_an_empty_page(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    client.post(url("autosave-post", world), {"text": "", "when": "approved", "post": ""}, HTTP_HX_REQUEST="true")
    assert not Post.objects.exists()


def test_it_uploads_a_photo_and_shows_its_thumbnail_only_to_the_school(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    response = upload(client, world, "garden.jpg", jpeg())
    media = Media.objects.get()
    html = response.content.decode()
    assert f'name="photo" value="{media.pk}"' in html and f'name="alt-{media.pk}"' in html
    thumb = url("show-media", world, pk=media.pk, kind="thumbnail")
    assert thumb in html and "/media-not-served/" not in html
    image = client.get(thumb)
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert b"".join(image.streaming_content)[:2] == b"\xff\xd8"
    assert verified_client(world.outsider).get(thumb).status_code == 404
    assert verified_client(world.users[Role.VOLUNTEER]).get(thumb).status_code == 403  # a member of the school: refused in words (403); outsiders get 404


@pytest.mark.parametrize(("name", "body", "words"), [
    ("broken.heic", BROKEN_HEIC, "broken.heic"),
    ("huge.png", png_claiming(20000, 20000), "huge.png"),
    ("notes.txt", b"not a picture at all", "notes.txt"),
], ids=["heic-that-does-not-decode", "over-the-pixel-limit", "not-an-image"])
def test_it_explains_a_photo_it_cannot_use(world: World, name: str, body: bytes, words: str) -> None:
    response = upload(verified_client(world.users[Role.STAFF]), world, name, body)
    html = response.content.decode()
    assert response.status_code == 200  # htmx swaps the message in only from a 2xx answer
    assert 'id="upload-error"' in html and 'role="alert"' in html and words in html
    assert "Traceback" not in html and not Media.objects.exists()


def test_it_sends_a_complete_post_for_approval(world: World) -> None:
    account = make_account(world)
    client = verified_client(world.users[Role.STAFF])
    response = client.post(url("compose-post", world), compose_data(world, [account.pk]))
    post = Post.objects.get()
    assert response.status_code == 302 and response["Location"] == url("show-post", world, pk=post.pk)
    assert post.status == PostStatus.SUBMITTED and post.latest is not None
    assert post.latest.text == "Year 4 planted bulbs in the garden today."


def test_it_puts_missing_alt_text_next_to_the_photo_and_keeps_everything(world: World) -> None:
    account = make_account(world)
    client = verified_client(world.users[Role.STAFF])
    upload(client, world, "garden.jpg", jpeg())
    media = Media.objects.get()
    data = compose_data(world, [account.pk], photo=[str(media.pk)], **{f"alt-{media.pk}": "  "})
    response = client.post(url("compose-post", world), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert re.search(rf'id="photo-{media.pk}".*?class="error" id="alt-{media.pk}-error">Describe this photo', html, re.S)
    assert "Year 4 planted bulbs in the garden today." in html  # the text is still there
    assert f'name="photo" value="{media.pk}"' in html  # and the photo
    assert not Post.objects.filter(status=PostStatus.SUBMITTED).exists()


def test_it_refuses_a_schedule_in_the_past_next_to_the_time(world: World) -> None:
    account = make_account(world)
    client = verified_client(world.users[Role.STAFF])
    past = timezone.localtime(timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(url("compose-post", world), compose_data(world, [account.pk], when="at", scheduled_for=past))
    html = response.content.decode()
    assert response.status_code == 400
    assert re.search(r'id="id_scheduled_for_error">[^<]*the scheduled time has passed', html)
    post = Post.objects.get()  # saved as a draft: nothing lost
    assert post.status == PostStatus.DRAFT and post.latest is not None and post.latest.scheduled_for is not None


def newport(world: World) -> None:
    """Put the first school on newport's pack: the one with the seven questions before posting."""
    world.school.policy_pack = "newport-ce-junior"
    world.school.save(update_fields=["policy_pack"])
    world.school.bump()


def test_it_requires_every_pre_posting_question(world: World) -> None:
    newport(world)
    account = make_account(world)
    questions = actions.pre_posting_questions(world.school)
    assert len(questions) == 7
    data = compose_data(world, [account.pk])
    del data[f"q_{questions[2].id}"]
    client = verified_client(world.users[Role.STAFF])
    assert questions[0].text in client.get(url("compose-post", world)).content.decode()
    response = client.post(url("compose-post", world), data)
    html = response.content.decode()
    assert response.status_code == 400 and not Post.objects.filter(status=PostStatus.SUBMITTED).exists()
    assert html.count('class="check has-error"') == 1 and re.search(f'name="q_{questions[0].id}"[^>]*checked', html)


def test_it_refuses_an_account_without_a_stored_login(world: World) -> None:
    from safepost.posts.publishing import needs_credentials

    account = make_account(world, platform="bluesky", name="Alpha sky")
    assert needs_credentials(account)  # Bluesky is published through its connector, with a login
    response = verified_client(world.users[Role.STAFF]).post(url("compose-post", world),
                                                             compose_data(world, [account.pk]))
    html = response.content.decode()
    assert response.status_code == 400 and "no login is stored for Alpha sky" in html
    assert Post.objects.get().status == PostStatus.DRAFT


def test_it_offers_an_override_to_senior_leaders_for_a_blocked_post(world: World) -> None:
    account = make_account(world)
    text = "Call me on 07700 900123 about the trip."
    post = actions.do_save_draft(membership(world, Role.STAFF), None, actions.DraftInput(
        text=text, account_ids=(account.pk,), answers=answers(world)))
    assert post.latest is not None and post.latest.verdict == "block", post.latest.findings if post.latest else None
    check = {"text": text, "post": post.pk, "accounts": [account.pk]}
    staff_panel = verified_client(world.users[Role.STAFF]).post(url("check-post", world), check).content.decode()
    assert "ask a senior leader to override it" in staff_panel and "Record the override" not in staff_panel
    slt = verified_client(world.users[Role.SLT])
    assert "Record the override" in slt.post(url("check-post", world), check).content.decode()
    slt.post(url("override-post", world, pk=post.pk), {"reason": "The number is the school office mobile."})
    assert post.latest.overrides.count() == 1


# --- review and decisions ----------------------------------------------------------------------------


def test_it_shows_the_review_page_with_decisions_for_a_moderator_not_the_author(world: World) -> None:
    post = submitted_post(world, make_account(world))
    author_page = verified_client(world.users[Role.STAFF]).get(url("show-post", world, pk=post.pk)).content.decode()
    assert "Year 4 planted bulbs today." in author_page and 'id="decide"' not in author_page
    assert "someone else must approve it" in author_page
    moderator_page = verified_client(world.users[Role.ADMINISTRATOR]).get(url("show-post", world, pk=post.pk))
    html = moderator_page.content.decode()
    assert 'id="decide"' in html and 'value="approve"' in html and 'value="send_back"' in html
    assert verified_client(world.users[Role.GOVERNOR]).get(url("show-post", world, pk=post.pk)).status_code == 200
    assert 'id="decide"' not in verified_client(world.users[Role.GOVERNOR]).get(
        url("show-post", world, pk=post.pk)).content.decode()


def test_it_records_an_approval_of_the_exact_revision(world: World) -> None:
    post = submitted_post(world, make_account(world))
    assert post.latest is not None
    response = verified_client(world.users[Role.ADMINISTRATOR]).post(
        url("decide-post", world, pk=post.pk), {"revision": post.latest.pk, "decision": "approve"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED and post.approved_id == post.latest_id
    assert Approval.objects.get().revision_id == post.latest_id


def test_it_never_lets_the_author_approve_their_own_post(world: World) -> None:
    post = submitted_post(world, make_account(world), author=Role.ADMINISTRATOR)  # a moderator writes it
    assert post.latest is not None
    client = verified_client(world.users[Role.ADMINISTRATOR])
    response = client.post(url("decide-post", world, pk=post.pk), {"revision": post.latest.pk, "decision": "approve"},
                           follow=True)
    assert "cannot approve" in response.content.decode()
    post.refresh_from_db()
    assert post.status == PostStatus.SUBMITTED and not Approval.objects.exists()


def test_it_needs_a_comment_to_send_back_and_shows_it_in_the_history(world: World) -> None:
    post = submitted_post(world, make_account(world))
    assert post.latest is not None
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    bare = moderator.post(url("decide-post", world, pk=post.pk), {"revision": post.latest.pk, "decision": "send_back"})
    assert bare.status_code == 400 and "Say what needs to change" in bare.content.decode()
    moderator.post(url("decide-post", world, pk=post.pk), {"revision": post.latest.pk, "decision": "send_back",
                                                          "comment": "Say which garden."})
    post.refresh_from_db()
    assert post.status == PostStatus.CHANGES_REQUESTED
    page = verified_client(world.users[Role.STAFF]).get(url("show-post", world, pk=post.pk)).content.decode()
    assert "Say which garden." in page


def test_it_shows_a_word_diff_between_revisions(world: World) -> None:
    account = make_account(world)
    member = membership(world, Role.STAFF)
    post = actions.do_save_draft(member, None, actions.DraftInput(text="Bulbs planted today.", account_ids=(account.pk,)))
    actions.do_save_draft(member, post, actions.DraftInput(text="Tulip bulbs planted this morning.",
                                                           account_ids=(account.pk,)))
    html = verified_client(world.users[Role.STAFF]).get(url("show-post", world, pk=post.pk)).content.decode()
    assert "<del>Bulbs</del><ins>Tulip bulbs</ins> planted <del>today.</del><ins>this morning.</ins>" in html


def test_it_refuses_a_decision_on_an_earlier_version(world: World) -> None:
    account = make_account(world)
    post = submitted_post(world, account)
    old = post.latest
    assert old is not None
    actions.do_save_draft(membership(world, Role.STAFF), post, actions.DraftInput(
        text="Changed after submitting.", account_ids=(account.pk,), answers=answers(world)))
    verified_client(world.users[Role.ADMINISTRATOR]).post(url("decide-post", world, pk=post.pk),
                                                          {"revision": old.pk, "decision": "approve"})
    assert not Approval.objects.exists()


# --- queues, manual publishing, calendar, history, takedowns -------------------------------------------


def _approved(world: World, account: Any, **kwargs: Any) -> Post:
    post = submitted_post(world, account, **kwargs)
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, actions.Decision.APPROVE)
    post.refresh_from_db()
    return post


def test_it_lists_each_queue_with_status_badges(world: World) -> None:
    account = make_account(world)
    submitted_post(world, account, text="Waiting one.")
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    waiting = moderator.get(url("queue", world) + "?tab=waiting").content.decode()
    assert "Waiting one." in waiting and "badge status-submitted" in waiting
    mine = verified_client(world.users[Role.STAFF]).get(url("queue", world)).content.decode()
    assert "Waiting one." in mine
    assert "Waiting one." not in verified_client(world.users[Role.STAFF]).get(
        url("queue", world) + "?tab=waiting").content.decode()
    for tab in ("scheduled", "published", "failed", "nonsense"):
        assert moderator.get(url("queue", world) + f"?tab={tab}").status_code == 200


def test_it_shows_a_failure_in_plain_words_with_a_retry_button(world: World) -> None:
    post = _approved(world, make_account(world, platform="bluesky", name="Alpha sky", login=True))
    pub = Publication.objects.get(post=post)
    # The publishing sweep's own failure path, as a platform that answered 500 three times leaves it.
    from safepost.posts.publishing import claim_next, record_failure

    pub_id = claim_next("test-worker")
    assert pub_id == pub.pk
    record_failure(pub.pk, "test-worker", "Bluesky is not answering (500); tried 3 times", retryable=False)
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    html = moderator.get(url("queue", world) + "?tab=failed").content.decode()
    assert "Bluesky is not answering (500)" in html and "Try again" in html
    assert "Try again" not in verified_client(world.users[Role.STAFF]).get(
        url("queue", world) + "?tab=failed").content.decode()
    moderator.post(url("retry-publication", world, pk=pub.pk))
    pub.refresh_from_db()
    assert pub.status != PublicationStatus.FAILED


def test_it_walks_a_manual_publication_from_copy_to_recorded(world: World) -> None:
    account = make_account(world, platform="classdojo", name="Ash class page")
    post = _approved(world, account, text="Ash class made bird feeders.")
    from safepost.posts.publishing import sweep_due_publications

    sweep_due_publications("test-worker")
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.MANUAL
    moderator = verified_client(world.users[Role.ADMINISTRATOR])
    queue_page = moderator.get(url("queue", world)).content.decode()
    assert url("record-manual", world, pk=pub.pk) in queue_page
    page = moderator.get(url("record-manual", world, pk=pub.pk)).content.decode()
    assert "Ash class made bird feeders." in page and "Copy the text" in page
    bad = moderator.post(url("record-manual", world, pk=pub.pk), {"url": "not a url"})
    assert bad.status_code == 400
    done = moderator.post(url("record-manual", world, pk=pub.pk), {"url": "https://classdojo.example/story/1"})
    assert done.status_code == 302
    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.url == "https://classdojo.example/story/1"
    history = moderator.get(url("account-history", world, pk=account.pk)).content.decode()
    assert "Ash class made bird feeders." in history and "administrator-user" in history


def test_it_shows_scheduled_posts_on_the_calendar_and_as_a_list(world: World) -> None:
    account = make_account(world)
    when = timezone.now() + timedelta(days=3)
    _approved(world, account, text="Harvest festival reminder.", scheduled_for=when)
    month = timezone.localtime(when).strftime("%Y-%m")
    html = verified_client(world.users[Role.STAFF]).get(url("show-calendar", world) + f"?month={month}"
                                                        f"&account={account.pk}").content.decode()
    assert html.count("Harvest festival reminder.") == 2  # in the month grid and in the phone list
    assert 'class="month"' in html and 'class="month-list"' in html
    assert verified_client(world.users[Role.STAFF]).get(url("show-calendar", world) + "?month=garbage").status_code == 200


def test_it_lists_takedowns_and_puts_overdue_ones_on_the_overview(world: World) -> None:
    from safepost.consent.actions import do_record_consent, do_withdraw_consent
    from safepost.consent.models import Channel
    from safepost.posts.models import Takedown
    from safepost.posts.takedowns import sweep_withdrawals

    account = make_account(world, platform="classdojo", name="Ash class page")
    pupil = world.pupils[0]
    do_record_consent(membership(world, Role.HEADTEACHER), pupil, Channel.CLASS_PLATFORM, True, "signed form")
    pupil.refresh_from_db()
    post = submitted_post(world, account)
    assert post.latest is not None
    # tag the pupil in a new revision, approve and publish it by hand
    member = membership(world, Role.STAFF)
    post = actions.do_save_draft(member, post, actions.DraftInput(text="Year 4 planted bulbs today.",
                                                                  account_ids=(account.pk,), pupil_ids=(pupil.pk,),
                                                                  answers=answers(world)))
    post = actions.do_submit_post(member, post)
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, actions.Decision.APPROVE)
    from safepost.posts.publishing import sweep_due_publications

    sweep_due_publications("test-worker")
    pub = Publication.objects.get(post=post)
    actions.do_record_manual_publication(membership(world, Role.ADMINISTRATOR), pub, "https://dojo.example/p/1")
    do_withdraw_consent(membership(world, Role.HEADTEACHER), pupil, Channel.CLASS_PLATFORM, "parent's email")
    sweep_withdrawals()
    takedown = Takedown.objects.get()
    Takedown.objects.filter(pk=takedown.pk).update(due_at=timezone.now() - timedelta(hours=1))  # time passes
    head = verified_client(world.users[Role.HEADTEACHER])
    assert "takedown is overdue" in head.get(reverse("schools:dashboard", kwargs={"school": "alpha"})).content.decode()
    listing = head.get(url("list-takedowns", world)).content.decode()
    assert "Overdue" in listing and pupil.pupil_id in listing and pupil.first_name not in listing
    head.post(url("mark-takedown-done", world, pk=takedown.pk), {"how": "deleted on ClassDojo by hand"})
    takedown.refresh_from_db()
    assert takedown.status == "done" and takedown.how == "deleted on ClassDojo by hand"


# --- the permission matrix ---------------------------------------------------------------------------

Objects = Callable[[World], dict[str, Any]]


def _post_pk(w: World) -> dict[str, Any]:
    return {"pk": submitted_post(w, make_account(w)).pk}


def _media_pk(w: World) -> dict[str, Any]:
    media = actions.do_upload_photo(membership(w, Role.STAFF), "a.jpg", jpeg())
    return {"pk": media.pk, "kind": "thumbnail"}


def _publication_pk(w: World) -> dict[str, Any]:
    post = _approved(w, make_account(w, platform="classdojo", name="Dojo"))
    from safepost.posts.publishing import sweep_due_publications

    sweep_due_publications("test-worker")
    return {"pk": Publication.objects.get(post=post).pk}


def _account_pk(w: World) -> dict[str, Any]:
    return {"pk": make_account(w).pk}


def _takedown_pk(w: World) -> dict[str, Any]:
    return {"pk": 999999}  # the permission is checked before the row is looked up


# (url name, kwargs, method, the permission that guards it)
VIEWS: list[tuple[str, Objects, str, Perm]] = [
    ("posts:queue", lambda w: {}, "get", Perm.VIEW_POSTS),
    ("posts:compose-post", lambda w: {}, "get", Perm.WRITE_POST),
    ("posts:check-post", lambda w: {}, "post", Perm.WRITE_POST),
    ("posts:autosave-post", lambda w: {}, "post", Perm.WRITE_POST),
    ("posts:upload-photo", lambda w: {}, "post", Perm.WRITE_POST),
    ("posts:show-media", _media_pk, "get", Perm.VIEW_POSTS),
    ("posts:show-calendar", lambda w: {}, "get", Perm.VIEW_POSTS),
    ("posts:list-takedowns", lambda w: {}, "get", Perm.MANAGE_TAKEDOWN),
    ("posts:mark-takedown-done", _takedown_pk, "post", Perm.MANAGE_TAKEDOWN),
    ("posts:assign-takedown", _takedown_pk, "post", Perm.MANAGE_TAKEDOWN),
    ("posts:account-history", _account_pk, "get", Perm.VIEW_POSTS),
    ("posts:record-manual", _publication_pk, "get", Perm.PUBLISH_MANUAL),
    ("posts:retry-publication", _publication_pk, "post", Perm.PUBLISH_MANUAL),
    ("posts:show-post", _post_pk, "get", Perm.VIEW_POSTS),
    ("posts:edit-post", _post_pk, "get", Perm.WRITE_POST),
    ("posts:decide-post", _post_pk, "post", Perm.VIEW_POSTS),
    ("posts:override-post", _post_pk, "post", Perm.OVERRIDE_BLOCK),
    ("posts:return-time-post", _post_pk, "post", Perm.WRITE_POST),
]


def test_it_lists_every_posts_view() -> None:
    _, resolver = get_resolver().namespace_dict["posts"]
    names = {f"posts:{name}" for name in resolver.reverse_dict if isinstance(name, str)}
    assert names == {name for name, *_ in VIEWS}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "objects", "method", "perm"), VIEWS, ids=[v[0] for v in VIEWS])
def test_it_applies_the_matrix(world: World, role: Role, name: str, objects: Objects, method: str, perm: Perm) -> None:
    client = verified_client(world.users[role])
    kwargs = objects(world)
    response = getattr(client, method)(reverse(name, kwargs={"school": world.school.slug, **kwargs}))
    if allowed(role, perm) and name not in {"posts:mark-takedown-done", "posts:assign-takedown"}:
        assert response.status_code in {200, 302, 400}, (role, name, response.status_code)
    elif not allowed(role, perm):
        assert response.status_code == 403, (role, name, response.status_code)  # a member of the school: refused in words (403); outsiders get 404


@pytest.mark.parametrize(("name", "objects", "method", "perm"), VIEWS, ids=[v[0] for v in VIEWS])
def test_it_hides_one_school_from_another(world: World, name: str, objects: Objects, method: str, perm: Perm) -> None:
    client = verified_client(world.outsider)  # headteacher of the other school
    kwargs = objects(world)
    assert getattr(client, method)(reverse(name, kwargs={"school": world.school.slug, **kwargs})).status_code == 404
    assert getattr(client, method)(reverse(name, kwargs={"school": "beta", **kwargs})).status_code in {404, 400} or \
        not kwargs


def test_it_puts_posts_in_the_school_navigation_for_those_who_see_them(world: World) -> None:
    dashboard = reverse("schools:dashboard", kwargs={"school": "alpha"})
    assert url("queue", world) in verified_client(world.users[Role.STAFF]).get(dashboard).content.decode()
    assert url("queue", world) not in verified_client(world.users[Role.VOLUNTEER]).get(dashboard).content.decode()


def test_it_seeds_the_demo_with_posts_in_every_state(db: None) -> None:
    from collections import Counter

    from safepost.posts.models import Takedown
    from safepost.web.demo import seed

    seed("http://127.0.0.1:8000/")
    statuses = Counter(Post.objects.filter(school__slug="newport").values_list("status", flat=True))
    assert set(statuses) >= {"draft", "submitted", "changes_requested", "approved", "published", "taken_down",
                             "rejected", "expired"}, statuses
    assert Post.objects.filter(school__slug="newport", status="submitted", latest__needs_slt=True).exists()
    assert Takedown.objects.filter(school__slug="newport", status="open", due_at__lt=timezone.now()).exists()
    before = Post.objects.count()
    seed("http://127.0.0.1:8000/")  # a second start reuses what is there
    assert Post.objects.count() == before


def test_it_continues_the_post_autosave_created_when_the_new_page_is_submitted(world: World) -> None:
    account = make_account(world)
    client = verified_client(world.users[Role.STAFF])
    client.post(url("autosave-post", world), compose_data(world, [account.pk], post=""), HTTP_HX_REQUEST="true")
    post = Post.objects.get()
    response = client.post(url("compose-post", world), compose_data(world, [account.pk], post=str(post.pk)))
    assert response.status_code == 302 and Post.objects.count() == 1
    post.refresh_from_db()
    assert post.status == PostStatus.SUBMITTED


def test_it_names_what_else_changed_between_versions(world: World) -> None:
    account = make_account(world)
    member = membership(world, Role.STAFF)
    post = actions.do_save_draft(member, None, actions.DraftInput(text="Bulbs.", account_ids=(account.pk,)))
    actions.do_save_draft(member, post, actions.DraftInput(text="Bulbs.", account_ids=(account.pk,),
                                                           pupil_ids=(world.pupils[0].pk,)))
    html = verified_client(world.users[Role.STAFF]).get(url("show-post", world, pk=post.pk)).content.decode()
    assert "Also changed: pupils in the photos" in html


def test_it_speaks_welsh(world: World) -> None:
    from django.conf import settings

    client = verified_client(world.users[Role.STAFF])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    html = client.get(url("compose-post", world)).content.decode()
    assert "Anfon i&#x27;w chymeradwyo" in html or "Anfon i'w chymeradwyo" in html
    assert "Gwiriad polisi" in html and "Send for approval" not in html


def test_it_does_not_withdraw_an_approval_when_the_page_is_only_opened(world: World) -> None:
    account = make_account(world)
    when = (timezone.now() + timedelta(days=2)).replace(second=30, microsecond=0)  # set to the second (API)
    post = _approved(world, account, scheduled_for=when)
    client = verified_client(world.users[Role.STAFF])
    page = client.get(url("edit-post", world, pk=post.pk)).content.decode()
    shown = re.search(r'name="scheduled_for" value="([^"]+)"', page)
    assert shown is not None
    data = compose_data(world, [account.pk], text=post.latest.text if post.latest else "", post=post.pk, when="at",
                        scheduled_for=shown[1])
    client.post(url("autosave-post", world), data, HTTP_HX_REQUEST="true")  # what autosave sends
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED and post.revisions.count() == 1


def test_it_accepts_a_heic_from_a_phone_and_shows_a_jpeg_thumbnail(world: World) -> None:
    from tests.web.posts_fixtures import heic

    client = verified_client(world.users[Role.STAFF])
    response = upload(client, world, "IMG_0042.HEIC", heic())
    media = Media.objects.get()
    assert f'name="photo" value="{media.pk}"' in response.content.decode()
    thumb = client.get(url("show-media", world, pk=media.pk, kind="thumbnail"))
    assert thumb.status_code == 200 and b"".join(thumb.streaming_content)[:2] == b"\xff\xd8"


def test_it_offers_to_publish_a_trip_post_when_the_group_is_back(world: World) -> None:
    account = make_account(world)
    text = "Year 4 are at the zoo right now having a brilliant time! We will be back at school at 5pm tomorrow."
    member = membership(world, Role.STAFF)
    post = actions.do_save_draft(member, None, actions.DraftInput(text=text, account_ids=(account.pk,)))
    assert post.latest is not None
    assert any(f["rule"] == "live-location" for f in post.latest.findings)
    client = verified_client(world.users[Role.STAFF])
    panel = client.post(url("check-post", world), {"text": text, "post": post.pk}).content.decode()
    assert "Publish when the group is back" in panel
    response = client.post(url("return-time-post", world, pk=post.pk), follow=True)
    assert "It will go out when the group is back" in response.content.decode()
    post.refresh_from_db()
    assert post.latest is not None and post.latest.scheduled_for is not None
    assert timezone.localtime(post.latest.scheduled_for).hour == 17
