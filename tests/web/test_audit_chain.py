"""The keyed audit chain: truncation, a deleted head, rewrites with recomputed hashes, anchors,
the key outside the database and the migration of chains written before it was keyed."""

from __future__ import annotations

import argparse
import hmac
import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from django.test import override_settings

from safepost.audit.chain import (
    AuditKeyError,
    ChainHeadMissing,
    audit_key,
    check_anchors,
    current_anchor,
    digest,
    keyed_digest,
    ready_problem,
    record,
    verify,
)
from safepost.audit.models import ChainHead, Event
from safepost.commands import audit as audit_command
from safepost.schools.models import Role
from tests.web.conftest import World


def _events(world: World, n: int = 5) -> None:
    for i in range(n):
        record(world.users[Role.HEADTEACHER], world.school, "test.event", world.school, number=i)


def _sql(statement: str, *params: object) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def _fields(event: Event) -> tuple:
    return (event.seq, event.at, event.school_id, event.actor_id, event.actor_label, event.action,
            event.object_type, event.object_id, event.detail)


def _rehash_from(seq: int, hash_of: object) -> None:
    """What an attacker with database access does: recompute every hash from ``seq`` on, and the head."""
    prev = Event.objects.get(seq=seq - 1).hash if seq > 1 else "0" * 64
    for event in Event.objects.filter(seq__gte=seq).order_by("seq"):
        new = hash_of(*_fields(event), prev)  # type: ignore[operator]
        _sql("UPDATE audit_event SET prev_hash = %s, hash = %s WHERE seq = %s", prev, new, event.seq)
        prev = new
    _sql("UPDATE audit_chainhead SET hash = %s WHERE id = 1", prev)


def test_it_detects_a_deleted_head_with_the_newest_events(world: World) -> None:
    _events(world)
    _sql("DELETE FROM audit_event WHERE seq >= %s", 4)
    _sql("DELETE FROM audit_chainhead")
    count, problems = verify()
    assert count == 3
    assert [p.message for p in problems] == ["the chain head is missing: it was deleted (the migrations create it)"]


def test_it_detects_everything_deleted(world: World) -> None:
    _events(world)
    _sql("DELETE FROM audit_event")
    _sql("DELETE FROM audit_chainhead")
    count, problems = verify()
    assert count == 0 and len(problems) == 1 and "head is missing" in problems[0].message


def test_it_refuses_to_append_after_the_head_was_deleted(world: World) -> None:
    _events(world, 2)
    assert ready_problem() == ""
    _sql("DELETE FROM audit_chainhead")
    with pytest.raises(ChainHeadMissing):
        record(None, world.school, "test.after")
    assert Event.objects.count() == 2
    assert "head is missing" in ready_problem()  # `safepost serve` prints it and does not start


def test_it_detects_a_rewrite_with_every_later_hash_recomputed_without_the_key(world: World) -> None:
    _events(world)
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 3)
    _rehash_from(3, digest)  # the old, unkeyed scheme: anyone could do this
    _count, problems = verify()
    assert [p.seq for p in problems] == [3, 4, 5]
    assert all("changed" in p.message for p in problems)


def test_it_detects_a_rewrite_rehashed_with_another_key(world: World) -> None:
    _events(world)
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 3)
    _rehash_from(3, lambda *fields: keyed_digest(b"g" * 64, *fields))
    assert [p.seq for p in verify()[1]] == [3, 4, 5]


def test_it_detects_a_chain_downgraded_to_plain_hashes(world: World) -> None:
    _events(world)
    _sql("UPDATE audit_event SET keyed = %s, action = %s WHERE seq = %s", False, "test.innocent", 3)
    _sql("UPDATE audit_event SET keyed = %s", False)
    _rehash_from(1, digest)
    _count, problems = verify()
    assert [p.message for p in problems] == [
        "no event is keyed: the chain was rewritten with plain hashes, or the audit migration has not run "
        "(safepost manage migrate)"]


def test_it_passes_a_rewrite_by_someone_holding_the_key_unless_anchored(world: World, tmp_path: Path) -> None:
    # The documented limit: the key holder can rewrite; an anchor bounds it to after the anchor.
    _events(world, 3)
    anchor_file = tmp_path / "anchors.txt"
    anchor_file.write_text(current_anchor().line() + "\n")
    _events(world, 2)
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 2)
    _rehash_from(2, lambda *fields: keyed_digest(audit_key(), *fields))
    assert verify()[1] == []
    problems = check_anchors(anchor_file)
    assert len(problems) == 1 and "event 3 differs from the anchored one" in problems[0].message


def test_it_finds_a_truncation_after_an_anchor(world: World, tmp_path: Path) -> None:
    _events(world, 5)
    anchor_file = tmp_path / "anchors.txt"
    anchor_file.write_text(f"# taken by IT\n{current_anchor().line()}\n")
    # Cut back to event 3 and move the head to match: the chain alone cannot tell.
    _sql("DELETE FROM audit_event WHERE seq > %s", 3)
    third = Event.objects.get(seq=3)
    _sql("UPDATE audit_chainhead SET seq = %s, hash = %s WHERE id = 1", 3, third.hash)
    assert verify()[1] == []
    messages = [p.message for p in check_anchors(anchor_file)]
    assert any(f"anchor {anchor_file}:2: event 5 is gone; the chain ends at 3" in m for m in messages)
    assert any("the chain head is at 3, before the anchored event 5" in m for m in messages)


def test_it_accepts_a_chain_that_grew_after_its_anchor(world: World, tmp_path: Path) -> None:
    _events(world, 2)
    anchor_file = tmp_path / "anchors.txt"
    anchor_file.write_text(current_anchor().line() + "\n")
    _events(world, 3)
    with anchor_file.open("a") as handle:
        handle.write(current_anchor().line() + "\n")
    _events(world, 1)
    assert check_anchors(anchor_file) == [] and verify() == (6, [])


def test_it_anchors_and_verifies_against_the_anchor_from_the_command_line(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _events(world, 4)
    anchor_file = tmp_path / "it-share" / "safepost-anchors.log"
    anchor_file.parent.mkdir()
    anchor = argparse.Namespace(action="anchor", data_dir=None, anchor=None, to=str(anchor_file))
    assert audit_command.run(anchor) == 0
    printed = capsys.readouterr().out.strip()
    head = ChainHead.objects.get()
    assert printed == anchor_file.read_text().strip()
    assert printed.startswith(f"safepost-audit-anchor seq=4 hash={head.hash} at=")
    verify_args = argparse.Namespace(action="verify", data_dir=None, anchor=str(anchor_file), to=None)
    assert audit_command.run(verify_args) == 0
    assert f"4 events, chain intact, matches the anchors in {anchor_file}" in capsys.readouterr().out
    _sql("DELETE FROM audit_event")
    _sql("UPDATE audit_chainhead SET seq = 0, hash = %s WHERE id = 1", "0" * 64)
    assert audit_command.run(verify_args) == 1
    assert "event 4 is gone; the chain ends at 0" in capsys.readouterr().out


def test_it_refuses_to_anchor_an_altered_chain(world: World, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _events(world, 3)
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 2)
    anchor_file = tmp_path / "anchors.txt"
    assert audit_command.run(argparse.Namespace(action="anchor", data_dir=None, anchor=None, to=str(anchor_file))) == 1
    assert not anchor_file.exists()
    assert "not anchored" in capsys.readouterr().err


def test_it_names_the_file_and_line_of_a_bad_anchor(world: World, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _events(world, 1)
    anchor_file = tmp_path / "anchors.txt"
    anchor_file.write_text(current_anchor().line() + "\nseq=1 hash=abc\n")
    args = argparse.Namespace(action="verify", data_dir=None, anchor=str(anchor_file), to=None)
    assert audit_command.run(args) == 2
    assert f"{anchor_file}:2: not an anchor line" in capsys.readouterr().err
    args.anchor = str(tmp_path / "missing.txt")
    assert audit_command.run(args) == 2
    assert "missing.txt: cannot read it" in capsys.readouterr().err


def test_it_keeps_the_key_outside_the_database(world: World, tmp_path: Path) -> None:
    key_file = tmp_path / "keys" / "audit-key"
    with override_settings(SAFEPOST_AUDIT_KEY="", SAFEPOST_AUDIT_KEY_FILE=str(key_file)):
        assert not Event.objects.exists()  # no keyed event yet: a new key may be generated
        _events(world, 2)
        key = key_file.read_text().strip().encode()
        assert (key_file.stat().st_mode & 0o777) == 0o600 and (key_file.parent.stat().st_mode & 0o777) == 0o700
        first = Event.objects.get(seq=1)
        assert first.keyed and first.hash == keyed_digest(key, *_fields(first), first.prev_hash)
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM audit_event, audit_chainhead")
            assert not any(key.decode() in str(row) for row in cursor.fetchall())
        # The key is lost: nothing new is written under a fresh key, and verify says why.
        key_file.unlink()
        with pytest.raises(AuditKeyError, match="restore it from your key backup"):
            record(None, world.school, "test.after")
        assert "audit key file" in ready_problem()
        problems = verify()[1]
        assert len(problems) == 1 and "audit key file" in problems[0].message and "missing" in problems[0].message
    with override_settings(SAFEPOST_AUDIT_KEY="k" * 40):
        assert audit_key() == b"k" * 40


def _legacy_events(world: World, n: int) -> None:
    """Events as the unkeyed version wrote them."""
    from django.utils import timezone

    prev = "0" * 64
    for seq in range(1, n + 1):
        at = timezone.now()
        fields = (seq, at, world.school.pk, None, "system", "test.legacy", "", "", {"n": seq})
        event_hash = digest(*fields, prev)
        Event.objects.create(seq=seq, at=at, school_id=world.school.pk, actor_label="system", action="test.legacy",
                             detail={"n": seq}, prev_hash=prev, hash=event_hash, keyed=False)
        prev = event_hash
    ChainHead.objects.update_or_create(pk=1, defaults={"seq": n, "hash": prev})


def test_it_migrates_an_unkeyed_chain_with_one_keyed_marker(world: World) -> None:
    _legacy_events(world, 4)
    assert "no event is keyed" in verify()[1][0].message
    migration = importlib.import_module("safepost.audit.migrations.0002_keyed_chain")
    migration.key_the_chain(apps, None)
    marker = Event.objects.get(seq=5)
    assert marker.keyed and marker.action == "audit.chain-keyed" and marker.detail == {"unkeyed_events": 4}
    _events(world, 2)
    assert verify() == (7, [])
    # Rewriting the old events, even with their plain hashes recomputed, breaks the keyed link.
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 2)
    prev = Event.objects.get(seq=1).hash
    for seq in (2, 3, 4):
        event = Event.objects.get(seq=seq)
        new = digest(*_fields(event), prev)
        _sql("UPDATE audit_event SET prev_hash = %s, hash = %s WHERE seq = %s", prev, new, seq)
        prev = new
    _sql("UPDATE audit_event SET prev_hash = %s WHERE seq = 5", prev)
    assert [p.seq for p in verify()[1]] == [5]


def test_it_rejects_an_unkeyed_event_after_keyed_ones(world: World) -> None:
    _events(world, 3)
    third = Event.objects.get(seq=3)
    plain = digest(*_fields(third), third.prev_hash)
    _sql("UPDATE audit_event SET keyed = %s, hash = %s WHERE seq = 3", False, plain)
    _sql("UPDATE audit_chainhead SET hash = %s WHERE id = 1", plain)
    messages = [p.message for p in verify()[1]]
    assert messages == ["is unkeyed after keyed events (rewritten without the key)"]


def test_it_uses_an_hmac_not_a_plain_hash(world: World) -> None:
    _events(world, 1)
    event = Event.objects.get()
    body_hash = digest(*_fields(event), event.prev_hash)
    assert event.hash != body_hash
    assert len(event.hash) == 64 and hmac.compare_digest(
        event.hash, keyed_digest(audit_key(), *_fields(event), event.prev_hash))
