"""Helpers for the safeguarding tests: real files (made with Pillow and by hand), incidents."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import timedelta

from django.utils import timezone

from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment
from safepost.safeguarding import actions
from safepost.safeguarding.models import Incident
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote

BULLYING = "everyone in year 6 hates {name}, she should just leave, nobody wants her here"


def png(width: int = 40, height: int = 30, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge image (a decompression bomb's trick), with one tiny IDAT."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 10)) + chunk(b"IEND", b"")


def zip_bomb(unpacked: int = 60 * 1024 * 1024) -> bytes:
    """A small zip that unpacks to ``unpacked`` bytes of zeros."""
    out = io.BytesIO()
    with (zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive,
          archive.open("zeros.bin", "w", force_zip64=True) as member):
        block = b"\0" * (1024 * 1024)
        for _ in range(unpacked // len(block)):
            member.write(block)
    return out.getvalue()


def membership(world: World, role: Role) -> Membership:
    return Membership.objects.select_related("school", "user").get(user=world.users[role], school=world.school)


def bullying_comment(world: World) -> Comment:
    """A cyberbullying comment naming a pupil, with one earlier comment in its thread."""
    now = timezone.now()
    do_ingest_comments(make_account(world), [
        remote("c1", "Lovely photos from sports day", now - timedelta(hours=2), post="post-9"),
        remote("c2", BULLYING.format(name=world.pupils[0].first_name), now - timedelta(hours=1), post="post-9",
               parent="c1", author="nasty.parent")])
    return Comment.objects.get(remote_id="c2")


def incident(world: World, role: Role = Role.DSL, **overrides: object) -> Incident:
    fields: dict[str, object] = {"type": "cyberbullying", "summary": f"{world.pupils[0].first_name} bullied online",
                                 "occurred_at": timezone.now() - timedelta(days=1), "pupils": [world.pupils[0].pk]}
    fields.update(overrides)
    return actions.do_create_incident(membership(world, role), actions.NewIncident(**fields))  # type: ignore[arg-type]
