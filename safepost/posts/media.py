"""Photo uploads: the original kept privately, a cleaned copy (pixels only) to publish, a
thumbnail for the page, and the engine's image findings stored with the photo."""

from __future__ import annotations

import hashlib
import io
import secrets
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from safepost.audit.chain import record
from safepost.engine import Draft, DraftImage, check
from safepost.policies.bridge import engine_for
from safepost.posts.checking import PostError
from safepost.posts.models import Media
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership
from safepost.web.engine_text import say

THUMB_SIDE = 320
MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def _clean(filename: str, data: bytes) -> tuple[bytes, str, Any]:
    from PIL import Image

    from safepost.engine.images import ImageError
    from safepost.engine.images.clean import clean_copy
    from safepost.engine.images.types import MAX_FILE_BYTES

    if len(data) > MAX_FILE_BYTES:
        raise PostError(_("%(file)s is larger than %(mb)s MB") % {"file": filename, "mb": MAX_FILE_BYTES // (1024 * 1024)},
                        "photos")
    try:
        body, fmt = clean_copy(data)
    except ImageError as exc:
        why = say(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else str(exc)  # the engine's words
        raise PostError(_("%(file)s cannot be used: it %(why)s") % {"file": filename, "why": why}, "photos") from None
    return body, fmt, Image.open(io.BytesIO(body))


def _thumbnail(image: Any) -> bytes:
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
    out = io.BytesIO()
    thumb.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def _scan(membership: Membership, data: bytes) -> dict[str, object]:
    """The engine's image findings on the original (metadata such as GPS lives there only)."""
    context, policy, _note = engine_for(membership.school)
    report = check(Draft(id="upload", text="", images=(DraftImage(filename="photo", data=data),)), context, policy)
    rows = [{"code": f.code, "rule": f.rule, "severity": str(f.severity), "source": f.source,
             "box": list(f.box) if f.box else None}
            for f in report.findings if not f.source.endswith(".filename")]
    return {"findings": rows}


@transaction.atomic
def do_upload_photo(membership: Membership, filename: str, data: bytes) -> Media:
    """Store a photo (HEIC accepted) with its cleaned copy, thumbnail and image findings.
    Raises PostError in plain words for a photo over the limits or one that does not decode."""
    if not holds(membership, Perm.WRITE_POST):
        raise PostError(_("your role cannot write posts"))
    body, fmt, image = _clean(filename, data)
    name = secrets.token_hex(12)  # never the uploaded file name: it may hold a child's name
    media = Media(school=membership.school, mime_type=MIME.get(fmt, "image/png"),
                  sha256=hashlib.sha256(data).hexdigest(), width=image.width, height=image.height,
                  scan=_scan(membership, data), uploaded_by=membership.user)
    media.original.save(f"{name}.orig", ContentFile(data), save=False)
    media.cleaned.save(f"{name}.{fmt.lower().replace('jpeg', 'jpg')}", ContentFile(body), save=False)
    media.thumbnail.save(f"{name}.jpg", ContentFile(_thumbnail(image)), save=False)
    media.save()
    record(membership.user, membership.school, "post.photo-uploaded", media,
           codes=sorted({str(f["code"]) for f in media.scan["findings"]}))
    return media
