"""Ingest: triaged on arrival, de-duplicated, bad input reported in words, nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from safepost.audit.models import Event
from safepost.inbox.importfile import parse
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import MAX_COMMENT_CHARS, Comment, Priority, SafeguardingConcern
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday


def test_it_triages_each_comment_on_arrival_and_keeps_its_thread(world: World) -> None:
    account = make_account(world)
    result = do_ingest_comments(account, [
        remote("c1", "What time does the Christmas concert start on Thursday?", WHEN, post="p1"),
        remote("c2", "Thanks! And is it in the hall?", WHEN, post="p1", parent="c1"),
    ])
    assert len(result.created) == 2 and result.duplicates == 0 and result.errors == []
    first, second = Comment.objects.order_by("remote_id")
    assert first.category == "question" and first.evidence and first.confidence > 0
    assert first.deadline == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 24 hours on a working day
    assert any(a["action"] == "reply-before-deadline" for a in first.actions)
    assert (second.post_remote_id, second.parent_remote_id) == ("p1", "c1")
    assert Event.objects.filter(action="inbox.ingested").count() == 1


def test_it_never_doubles_a_comment_fetched_twice(world: World) -> None:
    account = make_account(world)
    batch = [remote("dup", "Is school open tomorrow?", WHEN), remote("dup", "Is school open tomorrow?", WHEN)]
    first = do_ingest_comments(account, batch)
    again = do_ingest_comments(account, batch)
    assert len(first.created) == 1 and first.duplicates == 1
    assert again.created == [] and again.duplicates == 2
    assert Comment.objects.filter(remote_id="dup").count() == 1


def test_it_stores_findings_as_codes_and_spans_never_the_name(world: World) -> None:
    account = make_account(world)
    name = world.pupils[0].first_name
    text = f"Well done {name} Quillfeather for the sports day medal, so proud of her. Her mum is on 07700 900123 for the club"
    do_ingest_comments(account, [remote("pd", text, WHEN)])
    comment = Comment.objects.get(remote_id="pd")
    rules = {f["rule"] for f in comment.findings}
    assert "pupil-name" in rules and "phone-number" in rules
    for finding in comment.findings:
        assert set(finding) == {"code", "rule", "severity", "start", "end"}
        assert name not in str(finding)
    span = next(f for f in comment.findings if f["rule"] == "pupil-name")
    assert name in text[span["start"]:span["end"]]
    assert any(a["action"] == "remove-personal-data" for a in comment.actions)
    assert name not in str(list(Event.objects.values_list("detail", flat=True)))


def test_it_puts_a_disclosure_at_the_top_and_raises_a_concern(world: World) -> None:
    account = make_account(world)
    result = do_ingest_comments(account, [
        remote("q", "What time is the concert?", WHEN),
        remote("s", "miss can i message u on snap its about home, my step dad hits me", WHEN),
    ])
    disclosure = Comment.objects.get(remote_id="s")
    assert disclosure.category == "safeguarding" and disclosure.priority == Priority.URGENT
    assert result.safeguarding == [disclosure.pk]
    assert SafeguardingConcern.objects.get(comment=disclosure).raised_by is None


def test_it_refuses_a_comment_over_the_cap_whole_and_stores_one_at_the_cap_whole(world: World) -> None:
    account = make_account(world)
    at_cap = "a" * (MAX_COMMENT_CHARS - 9) + " question?"
    result = do_ingest_comments(account, [remote("long", "b" * (MAX_COMMENT_CHARS + 1), WHEN),
                                          remote("cap", at_cap[:MAX_COMMENT_CHARS], WHEN)])
    assert len(result.errors) == 1 and "'long'" in result.errors[0] and "100,000" in result.errors[0]
    assert "never cuts one short" in result.errors[0]
    assert Comment.objects.get(remote_id="cap").text == at_cap[:MAX_COMMENT_CHARS]
    assert not Comment.objects.filter(remote_id="long").exists()


def test_it_reports_each_bad_import_line_with_its_number_and_imports_the_rest(world: World) -> None:
    data = (b'{"id": "1", "text": "When is parents evening?", "received_at": "2026-11-30T09:00:00+00:00"}\n'
            b'{"id": "2", "text": "broken json\n'
            b'{"id": "3", "text": "caf\xe9 \xff", "received_at": "2026-11-30T09:00:00+00:00"}\n'
            b'{"id": "4", "received_at": "2026-11-30T09:00:00+00:00"}\n'
            b'{"id": "5", "text": "no zone", "received_at": "2026-11-30T09:00:00"}\n'
            b'[1, 2]\n'
            b'{"id": "7", "text": "Lovely assembly today", "received_at": "2026-11-30T10:00:00Z", '
            b'"author_role": "parent", "post_id": "p9"}\n')
    parsed = parse(data, "export.jsonl")
    assert [c.remote_id for c in parsed.comments] == ["1", "7"]
    assert [e.split(":")[1] for e in parsed.errors] == ["2", "3", "4", "5", "6"]
    assert "not valid JSON" in parsed.errors[0] and "not valid UTF-8 (byte 0xe9)" in parsed.errors[1]
    assert "'text' is missing" in parsed.errors[2] and "time zone" in parsed.errors[3]
    assert parsed.roles["7"] == "parent"
    result = do_ingest_comments(make_account(world), parsed.comments, source="import", roles=parsed.roles)
    assert len(result.created) == 2


def test_it_reads_csv_with_quoted_newlines_and_reports_bad_rows(world: World) -> None:
    data = (b"id,text,received_at,post_id,author_role\n"
            b'1,"Two lines,\nstill one comment?",2026-11-30T09:00:00+00:00,p1,parent\n'
            b"2,,2026-11-30T09:00:00+00:00,p1,parent\n"
            b"3,Great trip!,yesterday,p1,parent\n"
            b"4,Thank you,2026-11-30T09:00:00+00:00,p1,parent,extra\n")
    parsed = parse(data, "export.csv")
    assert [c.text for c in parsed.comments] == ["Two lines,\nstill one comment?"]
    assert [e.split(":")[1] for e in parsed.errors] == ["4", "5", "6"]
    header = parse(b"text\nhello\n", "bad.csv")
    assert header.comments == [] and "lacks the column(s) id, received_at" in header.errors[0]


@pytest.mark.parametrize("blob", [b"\xff\xfe\x00garbage", b"", b"\n\n"])
def test_it_never_crashes_on_garbage(blob: bytes) -> None:
    for name in ("x.csv", "x.jsonl"):
        parsed = parse(blob, name)
        assert parsed.comments == []
