"""The inbox in Welsh: the queue, one comment with its actions, a confirmation message and the rota."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from django.http.response import HttpResponseBase
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote


def _url(name: str, world: World, **kwargs: object) -> str:
    return reverse(f"inbox:{name}", kwargs={"school": world.school.slug, **kwargs})


def _in_welsh(client: Client, url: str) -> None:
    client.post(reverse("set-language"), {"language": "cy", "next": url})


def _text(response: HttpResponseBase) -> str:
    """The page with entities decoded: {% trans %} output is not escaped, form labels are."""
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]


def test_it_shows_the_queue_in_welsh(world: World, head: Client) -> None:
    now = timezone.now()
    do_ingest_comments(make_account(world), [
        remote("threat", "I know where the head lives and I will hurt her", now),
        remote("old", "What time is pick up on Friday?", now - timedelta(days=3)),
    ])
    url = _url("list-inbox", world)
    _in_welsh(head, url)
    page = _text(head.get(url))
    assert "<h1>Mewnflwch</h1>" in page and ">Mewnflwch</a>" in page  # the heading and the nav link
    assert re.findall(r'<h2 class="queue-group">([^<]+)</h2>', page) == [
        "Brys: diogelu, bygythiadau, casineb", "Yn hwyr"]
    assert "Pob sylw agored" in page and "Wedi'u neilltuo i mi" in page and "heb ei neilltuo" in page
    assert "Urgent: safeguarding" not in page and "Assigned to me" not in page


def test_it_shows_a_comment_its_actions_and_the_confirmation_in_welsh(world: World, head: Client) -> None:
    do_ingest_comments(make_account(world), [remote("q1", "What time is pick up on Friday?", timezone.now())])
    comment = Comment.objects.get()
    url = _url("show-comment", world, pk=comment.pk)
    _in_welsh(head, url)
    page = _text(head.get(url))
    for welsh in ("Yn ôl i'r mewnflwch", "Angen ateb erbyn", "Anfon yr ateb", "Cuddio neu ddileu",
                  "Uwchgyfeirio at yr uwch dîm arwain", "Nodi ei fod wedi'i drin", ">Newydd<", "Neb (ciw a rennir)"):
        assert welsh in page, welsh
    assert "Send reply" not in page and "Escalate to senior leadership" not in page
    done = head.post(_url("act-on-comment", world, pk=comment.pk, verb="handled"), {"note": ""}, follow=True)
    assert "Nodwyd ei fod wedi'i drin." in _text(done) and ">Wedi'i drin<" in _text(done)


def test_it_shows_the_rota_and_its_form_errors_in_welsh(world: World, head: Client) -> None:
    url = _url("show-rota", world)
    _in_welsh(head, url)
    page = _text(head.get(url))
    assert "<h1>Rota cymedrolwyr</h1>" in page and "Dydd Llun" in page and "Ar ddyletswydd (yn wythnosol)" in page
    refused = head.post(url, {"moderator": world.users[Role.HEADTEACHER].pk, "kind": "duty"})
    assert refused.status_code == 400
    assert "Mae angen diwrnod yr wythnos ar gyfer dyletswydd wythnosol." in _text(refused)


#: Triage's categories as the engine stores them: none may reach a Welsh page as it is stored.
ENGLISH_CATEGORIES = ("safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other")


def _badges(page: str) -> list[str]:
    return re.findall(r'<strong class="badge cat-\w+">([^<]+)</strong>', page)


def _why(page: str) -> str:
    found = re.search(r"<p>Pam: ([^<]+)</p>", page)
    assert found is not None, "the comment page says why triage chose its category"
    return found.group(1)


def test_it_names_categories_and_explains_them_in_welsh(world: World, head: Client) -> None:
    now = timezone.now()
    do_ingest_comments(make_account(world), [
        remote("threat", "I know where the head lives and I will hurt her", now),
        remote("q1", "What time is pick up on Friday?", now),
    ])
    url = _url("list-inbox", world)
    _in_welsh(head, url)
    queue = _text(head.get(url))
    assert sorted(_badges(queue)) == ["bygythiad", "cwestiwn"]

    question = Comment.objects.get(remote_id="q1")
    page = _text(head.get(_url("show-comment", world, pk=question.pk)))
    assert _badges(page) == ["cwestiwn"]
    why = _why(page)
    assert "y model: p(cwestiwn)=" in why and "cwestiwn: “" in why, why
    assert not any(f"{c}:" in why or f"p({c})" in why for c in ENGLISH_CATEGORIES), why
    assert "model: p(" not in why.replace("y model: p(", "")
    options = re.findall(r'<option value="(\w+)"[^>]*>([^<]+)</option>', page.split('name="category"', 1)[1])
    assert dict(options)["question"] == "cwestiwn" and dict(options)["abuse"] == "camdriniaeth"
    assert not any(label in ENGLISH_CATEGORIES for _, label in options), options


def test_it_explains_a_disclosure_in_welsh_on_the_concern_page(world: World, head: Client) -> None:
    from django.test import override_settings

    from safepost.inbox.models import SafeguardingConcern

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        do_ingest_comments(make_account(world), [
            remote("d1", "miss can i message u on snap its about home, my step dad hits me", timezone.now())])
    concern = SafeguardingConcern.objects.get()
    comment_url = _url("show-comment", world, pk=concern.comment_id)
    _in_welsh(head, comment_url)
    page = _text(head.get(comment_url))
    assert _badges(page) == ["diogelu"]
    assert _why(page).startswith("diogelu: ")
    reason = _text(head.get(_url("show-concern", world, pk=concern.pk)))
    why = re.search(r"<dt>Pam</dt><dd>([^<]+)</dd>", reason)
    assert why is not None and why.group(1).startswith("diogelu: "), reason
    assert "safeguarding:" not in why.group(1)
