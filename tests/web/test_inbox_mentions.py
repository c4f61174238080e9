"""Public mentions: RSS and Atom feeds served by a real HTTP server on 127.0.0.1, polled by the
inbox sweep, triaged by the engine, stored once, listed on their own page for the right roles."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from django.test import Client
from django.urls import reverse

from safepost.audit.models import Event
from safepost.inbox import mentions
from safepost.inbox.mentions import FeedError, do_add_mention_feed, parse_feed, poll_feed
from safepost.inbox.models import Comment, Mention, MentionFeed
from safepost.inbox.sweeps import sweep_inbox
from safepost.schools.access import Perm, allowed
from safepost.schools.models import Membership, Role
from tests.web.conftest import World, verified_client

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local news search: Alpha School</title>
<item><title>Alpha School wins the county choir prize</title><link>https://news.example/choir</link>
<description>Parents said the concert was wonderful, well done to everyone.</description>
<guid>news-1</guid><pubDate>Fri, 04 Dec 2026 10:00:00 GMT</pubDate></item>
<item><title>Forum post about Alpha School</title><link>https://forum.example/t/9</link>
<description>I know where the head lives and I will hurt her</description>
<guid>forum-9</guid><pubDate>Sat, 05 Dec 2026 09:30:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog search</title><id>urn:blog</id>
<updated>2026-12-05T12:00:00Z</updated>
<entry><title>What time does the Alpha School fair start?</title><id>urn:blog:1</id>
<link rel="alternate" href="https://blog.example/fair"/><published>2026-12-05T12:00:00Z</published>
<summary>Does anyone know what time the fair starts on Saturday?</summary></entry>
</feed>"""

BOMB = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><guid>x</guid></item></channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes]]] = {}

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(mentions.TIMEOUT + 1)
        status, body = self.routes.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the slow feed's client gave up
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(name="feeds")
def feeds_fixture() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving an RSS feed, an Atom feed and some broken ones."""
    _Handler.routes = {"/rss.xml": (200, RSS), "/atom.xml": (200, ATOM), "/html": (200, b"<html><p>hi</p"),
                       "/down": (503, b"busy"), "/bomb.xml": (200, BOMB),
                       "/huge.xml": (200, b"<rss>" + b" " * (mentions.MAX_FEED_BYTES + 10) + b"</rss>")}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)  # shutdown() waits for one poll
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _moderator(world: World) -> Membership:
    return Membership.objects.get(user=world.users[Role.ADMINISTRATOR], school=world.school)


def test_it_ingests_and_triages_rss_and_atom_items_through_the_sweep_and_never_doubles(
        world: World, feeds: str) -> None:
    moderator = _moderator(world)
    do_add_mention_feed(moderator, f"{feeds}/rss.xml", "News search")
    do_add_mention_feed(moderator, f"{feeds}/atom.xml", "Blog search")
    now = datetime.now(tz=UTC)
    sweep_inbox(now)
    rows = {m.key: m for m in Mention.objects.all()}
    assert set(rows) == {"news-1", "forum-9", "urn:blog:1"}
    assert rows["forum-9"].category == "threat" and rows["forum-9"].priority == 0
    assert rows["news-1"].category == "praise" and rows["news-1"].priority == 1
    assert rows["urn:blog:1"].category == "question"
    assert rows["urn:blog:1"].link == "https://blog.example/fair"
    assert rows["forum-9"].published_at == datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    assert rows["forum-9"].evidence  # the engine's reasons, in words
    assert Comment.objects.count() == 0  # mentions are never mixed with comments
    assert all(f.last_error == "" and f.last_polled_at == now for f in MentionFeed.objects.all())
    # The next sweep within 15 minutes leaves the feeds alone; a later one reads them again, doubling nothing.
    assert sweep_inbox(now + timedelta(minutes=5)) == 0
    sweep_inbox(now + timedelta(minutes=20))
    assert Mention.objects.count() == 3
    assert MentionFeed.objects.get(label="News search").last_polled_at == now + timedelta(minutes=20)
    assert Event.objects.filter(action="inbox.mentions-found").count() == 2


@pytest.mark.parametrize(("path", "words"), [
    ("/down", "HTTP 503"),
    ("/html", "not well-formed XML"),
    ("/bomb.xml", "DOCTYPE or ENTITY"),
    ("/huge.xml", "larger than 2 MB"),
    ("/slow", "did not answer within 10 seconds"),
])
def test_it_reports_a_broken_feed_in_words_and_keeps_going(world: World, feeds: str, path: str,
                                                            words: str) -> None:
    moderator = _moderator(world)
    broken = do_add_mention_feed(moderator, f"{feeds}{path}", "Broken")
    good = do_add_mention_feed(moderator, f"{feeds}/rss.xml", "Good")
    Mention.objects.create(school=world.school, feed=broken, key="kept", title="found earlier", category="other")
    sweep_inbox(datetime.now(tz=UTC))
    broken.refresh_from_db()
    assert words in broken.last_error
    assert Mention.objects.filter(feed=broken, key="kept").exists()  # nothing lost
    assert Mention.objects.filter(feed=good).count() == 2  # the sweep carried on
    assert MentionFeed.objects.get(pk=good.pk).last_error == ""


def test_it_clears_the_error_when_the_feed_works_again(world: World, feeds: str) -> None:
    feed = do_add_mention_feed(_moderator(world), f"{feeds}/later.xml")
    assert poll_feed(feed) == 0
    assert "HTTP 404" in MentionFeed.objects.get(pk=feed.pk).last_error
    _Handler.routes["/later.xml"] = (200, ATOM)
    assert poll_feed(feed) == 1
    assert MentionFeed.objects.get(pk=feed.pk).last_error == ""


def test_it_refuses_a_document_that_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>")


def _url(world: World, name: str = "list-mentions", **kwargs: object) -> str:
    return reverse(f"inbox:{name}", kwargs={"school": world.school.slug, **kwargs})


def test_it_lists_mentions_urgent_first_for_the_right_roles_only(world: World, feeds: str,
                                                                 client_for: Callable[[Role], Client]) -> None:
    feed = do_add_mention_feed(_moderator(world), f"{feeds}/rss.xml", "News search")
    poll_feed(feed)
    for role in Role:
        response = client_for(role).get(_url(world))
        if allowed(role, Perm.VIEW_INBOX):
            page = response.content.decode()
            assert response.status_code == 200, role
            assert page.index("forum.example/t/9") < page.index("news.example/choir")  # the threat first
            assert "News search" in page
        else:
            assert response.status_code == 403, role  # a member of the school: refused in words (403); outsiders get 404
    # Another school's headteacher: the same 404 as a school that does not exist, and their own
    # school's page shows none of these mentions.
    outsider = verified_client(world.outsider)
    assert outsider.get(_url(world)).status_code == 404
    own = outsider.get(reverse("inbox:list-mentions", kwargs={"school": world.other.slug}))
    assert own.status_code == 200 and "forum.example" not in own.content.decode()


def test_it_lets_a_moderator_add_and_remove_a_feed_with_audit_events(world: World, feeds: str,
                                                                     client_for: Callable[[Role], Client]) -> None:
    moderator = client_for(Role.ADMINISTRATOR)
    response = moderator.post(_url(world), {"url": f"{feeds}/atom.xml", "label": "Blog search"})
    assert response.status_code == 302
    feed = MentionFeed.objects.get(school=world.school)
    assert feed.label == "Blog search" and feed.added_by == world.users[Role.ADMINISTRATOR]
    again = moderator.post(_url(world), {"url": f"{feeds}/atom.xml", "label": "again"})
    assert again.status_code == 400 and "already watched" in again.content.decode()
    bad = moderator.post(_url(world), {"url": "ftp://example.org/feed", "label": ""})
    assert bad.status_code == 400
    assert MentionFeed.objects.count() == 1
    # Another school's headteacher cannot remove it: the same 404 as a feed that does not exist.
    outsider = verified_client(world.outsider)
    other_url = reverse("inbox:remove-mention-feed", kwargs={"school": world.other.slug, "pk": feed.pk})
    assert outsider.post(other_url).status_code == 404
    assert outsider.post(_url(world, "remove-mention-feed", pk=feed.pk)).status_code == 404
    assert MentionFeed.objects.filter(pk=feed.pk).exists()
    assert moderator.post(_url(world, "remove-mention-feed", pk=feed.pk)).status_code == 302
    assert not MentionFeed.objects.exists()
    actions = list(Event.objects.filter(action__startswith="inbox.mention-feed").values_list("action", flat=True))
    assert actions == ["inbox.mention-feed-added", "inbox.mention-feed-removed"]
