"""Shared set-up for the posts page, API and browser tests: accounts, photos, a submitted post."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime

from django.contrib.auth.models import User

from safepost.accounts.actions import do_store_login
from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.posts import actions
from safepost.posts.models import Post
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Membership, Role
from tests.web.conftest import World


def make_account(world: World, platform: str = "other", name: str = "Alpha news", *, login: bool = False,
                 visibility: str = "open") -> OfficialAccount:
    """An active official account of the first school (set-up data, as test_access makes it)."""
    app = Application.objects.create(school=world.school, platform=platform, name=name, aim="news", audience="parents",
                                     promotion="letters", visibility=visibility, lead=world.staff[0],
                                     requested_by=world.users[Role.STAFF], status=ApplicationStatus.CREATED)
    app.runners.set(world.staff[:2])
    account = OfficialAccount.objects.create(school=world.school, application=app, platform=platform, name=name,
                                             url=f"https://example.org/{name.replace(' ', '-').lower()}",
                                             handle=f"@{name.replace(' ', '').lower()}", about_links_aup=True,
                                             lead=world.staff[0], recorded_by=world.users[Role.ADMINISTRATOR],
                                             status=AccountStatus.ACTIVE)
    account.runners.set(world.staff[:2])
    if login:
        do_store_login(membership(world, Role.ADMINISTRATOR), account, "alpha.test", "app-password-1")
        account.refresh_from_db()
    return account


def membership(world: World, role: Role, user: User | None = None) -> Membership:
    return access_school(user or world.users[role], world.school.slug, Perm.VIEW_SCHOOL)


def jpeg(width: int = 64, height: int = 48, colour: tuple[int, int, int] = (40, 120, 200)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb's shape)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + \
        chunk(b"IEND", b"")


#: The start of an HEIC file ("ftypheic") followed by bytes no decoder can read.
BROKEN_HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x13\x37" * 400


def answers(world: World) -> dict[str, bool]:
    return {q.id: True for q in actions.pre_posting_questions(world.school)}


def submitted_post(world: World, account: OfficialAccount, text: str = "Year 4 planted bulbs today.",
                   author: Role = Role.STAFF, scheduled_for: datetime | None = None) -> Post:
    """A post written and sent for approval through the actions, as the compose page does."""
    member = membership(world, author)
    post = actions.do_save_draft(member, None, actions.DraftInput(
        text=text, account_ids=(account.pk,), scheduled_for=scheduled_for, answers=answers(world)))
    return actions.do_submit_post(member, post)


def heic(width: int = 64, height: int = 48) -> bytes:
    """A real HEIC, as an iPhone sends it."""
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 200, 30)).save(out, "HEIF")
    return out.getvalue()
