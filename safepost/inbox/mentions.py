"""Public mentions of the school: RSS and Atom feeds a moderator configures, polled by the sweep.

Each feed item (title and summary) is triaged by the engine like a comment and stored as a
``Mention``, unique per feed and guid (or link), so polling again never doubles anything. A feed
that is down, slow, not XML or too big gets ``last_error`` in plain words; nothing already stored
is touched and the sweep carries on with the next feed.

Parsing uses the standard library with the safety defusedxml gives: a document declaring a
DOCTYPE or ENTITY is refused before it is parsed (no entity expansion, no external entities),
the body is capped at ``MAX_FEED_BYTES`` and the request at ``TIMEOUT`` seconds.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from safepost.audit.chain import record
from safepost.engine.draft import Comment as EngineComment
from safepost.engine.policy import Policy
from safepost.engine.school import SchoolContext
from safepost.engine.triage import triage
from safepost.inbox.ingest import engine_context, finding_record
from safepost.inbox.models import URGENT_CATEGORIES, Mention, MentionFeed
from safepost.schools.models import Membership

MAX_FEED_BYTES = 2 * 1024 * 1024
TIMEOUT = 10
#: How often one feed is polled at most.
POLL_EVERY = timedelta(minutes=15)
#: Items read from one feed per poll (a feed is usually the newest 10-100).
MAX_ITEMS = 200
MAX_TEXT_CHARS = 20_000

ATOM = "{http://www.w3.org/2005/Atom}"
_DANGEROUS = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


class FeedError(Exception):
    """Why a feed could not be read, in plain words."""


class MentionError(Exception):
    """A request the rules do not allow; the message is shown to the user."""


@dataclass(frozen=True)
class FeedItem:
    key: str
    title: str
    summary: str
    link: str
    published_at: datetime | None


# --- reading a feed ------------------------------------------------------------------------------

def fetch_feed(url: str) -> bytes:
    """The feed's body: at most MAX_FEED_BYTES, within TIMEOUT seconds, or a FeedError."""
    if not url.startswith(("http://", "https://")):
        raise FeedError("the address must start with http:// or https://")
    request = urllib.request.Request(url, headers={"User-Agent": "safepost mention monitor",
                                                   "Accept": "application/rss+xml, application/atom+xml, */*"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body: bytes = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FeedError(f"the feed answered HTTP {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        raise FeedError(f"the feed could not be reached: {exc.reason}") from None
    except TimeoutError:
        raise FeedError(f"the feed did not answer within {TIMEOUT} seconds") from None
    except OSError as exc:
        raise FeedError(f"the feed could not be read: {exc}") from None
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(f"the feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB; safepost reads feeds "
                        "up to that size")
    return body


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return _TAGS.sub(" ", "".join(element.itertext())).strip()


def _date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))  # Atom: RFC 3339
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _rss_item(item: ET.Element) -> FeedItem:
    link = _text(item.find("link"))
    return FeedItem(key=_text(item.find("guid")) or link, title=_text(item.find("title")),
                    summary=_text(item.find("description")), link=link,
                    published_at=_date(_text(item.find("pubDate"))))


def _atom_entry(entry: ET.Element) -> FeedItem:
    links = entry.findall(f"{ATOM}link")
    alternate = [x for x in links if x.get("rel", "alternate") == "alternate"] or links
    link = alternate[0].get("href", "") if alternate else ""
    summary = entry.find(f"{ATOM}summary")
    if summary is None:
        summary = entry.find(f"{ATOM}content")
    when = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    return FeedItem(key=_text(entry.find(f"{ATOM}id")) or link, title=_text(entry.find(f"{ATOM}title")),
                    summary=_text(summary), link=link, published_at=_date(when))


def parse_feed(body: bytes) -> list[FeedItem]:
    """The items of an RSS 2.0 or Atom document, or a FeedError saying what is wrong with it."""
    if _DANGEROUS.search(body):
        raise FeedError("the feed declares a DOCTYPE or ENTITY, which safepost refuses for safety")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FeedError(f"the feed is not well-formed XML ({exc})") from None
    if root.tag == f"{ATOM}feed":
        items = [_atom_entry(e) for e in root.findall(f"{ATOM}entry")]
    elif root.tag == "rss" or root.tag.endswith("RDF"):
        items = [_rss_item(i) for i in root.iter() if i.tag in ("item", "{http://purl.org/rss/1.0/}item")]
    else:
        raise FeedError(f"the document is XML but not an RSS or Atom feed (its root element is <{root.tag}>)")
    return [i for i in items if i.key][:MAX_ITEMS]


# --- storing -------------------------------------------------------------------------------------

def _mention(feed: MentionFeed, item: FeedItem, now: datetime, context: SchoolContext, policy: Policy) -> Mention:
    text = f"{item.title}\n\n{item.summary}".strip()[:MAX_TEXT_CHARS]
    result = triage(EngineComment(id=item.key, text=text, author_role="public",
                                  received_at=item.published_at or now), context, policy, thorough=True)
    return Mention(school_id=feed.school_id, feed=feed, key=item.key[:1000], title=item.title[:1000],
                   summary=item.summary, link=item.link[:1000], published_at=item.published_at,
                   category=str(result.category), confidence=round(result.confidence, 3),
                   evidence=list(result.evidence), actions=[a.to_dict() for a in result.actions],
                   findings=[finding_record(f) for f in result.findings],
                   priority=0 if result.category in URGENT_CATEGORIES else 1)


def poll_feed(feed: MentionFeed, now: datetime | None = None) -> int:
    """Read one feed and store its new items; returns how many were new. Never raises for a bad feed."""
    now = now or timezone.now()
    try:
        items = parse_feed(fetch_feed(feed.url))
    except FeedError as exc:
        MentionFeed.objects.filter(pk=feed.pk).update(last_polled_at=now, last_error=str(exc)[:1000])
        return 0
    known = set(Mention.objects.filter(feed=feed).values_list("key", flat=True))
    fresh = {i.key[:1000]: i for i in items if i.key[:1000] not in known}
    created = 0
    context, policy = engine_context(feed.school) if fresh else (None, None)
    for item in fresh.values():
        assert context is not None and policy is not None
        try:
            with transaction.atomic():
                _mention(feed, item, now, context, policy).save()
            created += 1
        except IntegrityError:
            continue  # another sweeper stored it first
    MentionFeed.objects.filter(pk=feed.pk).update(last_polled_at=now, last_error="")
    if created:
        record(None, feed.school, "inbox.mentions-found", feed, created=created)
    return created


def sweep_mentions(now: datetime) -> int:
    """Poll each active feed not polled within POLL_EVERY; the claim stops two sweepers polling one feed."""
    done = 0
    due = MentionFeed.objects.filter(active=True).select_related("school").order_by("pk")
    for feed in due:
        last = feed.last_polled_at
        if last is not None and last > now - POLL_EVERY:
            continue
        if not MentionFeed.objects.filter(pk=feed.pk, last_polled_at=last).update(last_polled_at=now):
            continue
        done += poll_feed(feed, now)
    return done


# --- moderators' actions -------------------------------------------------------------------------

@transaction.atomic
def do_add_mention_feed(membership: Membership, url: str, label: str = "") -> MentionFeed:
    if not url.startswith(("http://", "https://")):
        raise MentionError("The feed address must start with http:// or https://.")
    if MentionFeed.objects.filter(school=membership.school, url=url).exists():
        raise MentionError("This feed is already watched.")
    feed = MentionFeed.objects.create(school=membership.school, url=url, label=label[:100],
                                      added_by=membership.user)
    record(membership.user, membership.school, "inbox.mention-feed-added", feed, label=label[:100])
    return feed


@transaction.atomic
def do_remove_mention_feed(membership: Membership, feed: MentionFeed) -> None:
    """Stop watching a feed; the mentions already found go with it."""
    record(membership.user, membership.school, "inbox.mention-feed-removed", feed,
           mentions=Mention.objects.filter(feed=feed).count())
    feed.delete()
