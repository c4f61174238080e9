"""Reading a photo's metadata: EXIF, XMP, IPTC and PNG/GIF text chunks.

Only what can identify or locate a child is kept: the GPS position, and the text fields a
person types (title, caption, description, keywords, people shown, place names, comments).
Nothing here decodes pixels.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PIL import Image

from safepost.engine.images.types import MetaText

_MAX_XMP_BYTES = 1024 * 1024
_MAX_VALUE_CHARS = 2000

# IFD0 text tags and the Windows "XP" tags (UTF-16LE byte strings).
_EXIF_TEXT = {0x010E: "EXIF ImageDescription", 0x010D: "EXIF DocumentName"}
_EXIF_XP = {0x9C9B: "EXIF XPTitle", 0x9C9C: "EXIF XPComment", 0x9C9E: "EXIF XPKeywords", 0x9C9F: "EXIF XPSubject"}
_EXIF_IFD, _GPS_IFD, _USER_COMMENT = 0x8769, 0x8825, 0x9286
_IPTC = {(2, 5): "IPTC ObjectName", (2, 25): "IPTC Keywords", (2, 105): "IPTC Headline", (2, 120): "IPTC Caption",
         (2, 90): "IPTC City", (2, 92): "IPTC Sublocation", (2, 40): "IPTC SpecialInstructions"}
# XMP properties (local names) whose text a person types about the picture.
_XMP_TEXT = {"title", "description", "subject", "Headline", "Keywords", "PersonInImage", "City", "Location",
             "Sublocation", "State", "CountryName", "Caption", "UserComment", "ImageDescription", "Label",
             "Name", "Event", "OrganisationInImageName"}
_PNG_TEXT = {"title", "description", "comment", "subject", "keywords", "caption"}
_XMP_GPS = {"GPSLatitude", "GPSLongitude"}


@dataclass(frozen=True)
class Metadata:
    texts: tuple[MetaText, ...] = ()
    gps: tuple[float, float] | None = None
    has_any: bool = False


def read_metadata(im: Image.Image) -> Metadata:
    """Everything we look at in ``im``'s metadata; broken metadata is skipped, never fatal."""
    texts: list[MetaText] = []
    gps: tuple[float, float] | None = None
    exif = _safe(lambda: im.getexif())
    if exif:
        texts.extend(_exif_texts(exif))
        gps = _safe(lambda: _exif_gps(exif.get_ifd(_GPS_IFD)))
    xmp = _xmp_bytes(im)
    if xmp:
        xmp_texts, xmp_gps = _safe(lambda: _xmp(xmp)) or ([], None)
        texts.extend(xmp_texts)
        gps = gps or xmp_gps
    texts.extend(_safe(lambda: list(_iptc(im))) or [])
    texts.extend(_info_texts(im.info))
    has_any = bool(exif) or bool(xmp) or bool(texts) or "icc_profile" in im.info
    return Metadata(tuple(_dedupe(texts)), gps, has_any)


def _safe(fn: Any) -> Any:
    try:
        return fn()
    except Exception:  # a malformed tag must not stop the check of the rest of the photo
        return None


def _clean(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).replace("\x00", " ").strip()
    return text[:_MAX_VALUE_CHARS]


def _exif_texts(exif: Any) -> Iterator[MetaText]:
    for tag, label in _EXIF_TEXT.items():
        if exif.get(tag):
            yield MetaText(label, _clean(exif[tag]))
    for tag, label in _EXIF_XP.items():
        raw = exif.get(tag)
        if raw:
            data = bytes(raw) if isinstance(raw, tuple | list) else raw
            value = data.decode("utf-16-le", "replace") if isinstance(data, bytes) else str(data)
            yield MetaText(label, _clean(value))
    comment = _safe(lambda: exif.get_ifd(_EXIF_IFD).get(_USER_COMMENT))
    if comment:
        if isinstance(comment, bytes) and len(comment) >= 8:
            code, body = comment[:8], comment[8:]
            comment = body.decode("utf-16", "replace") if code.startswith(b"UNICODE") else body.decode("latin-1")
        yield MetaText("EXIF UserComment", _clean(comment))


def _exif_gps(ifd: Any) -> tuple[float, float] | None:
    if not ifd or 2 not in ifd or 4 not in ifd:
        return None
    lat = _dms(ifd[2]) * (-1 if str(ifd.get(1, "N")).upper().startswith("S") else 1)
    lon = _dms(ifd[4]) * (-1 if str(ifd.get(3, "E")).upper().startswith("W") else 1)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return (round(lat, 6), round(lon, 6))


def _dms(value: Any) -> float:
    parts = [float(v) for v in value] if isinstance(value, tuple | list) else [float(value)]
    parts += [0.0] * (3 - len(parts))
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _xmp_bytes(im: Image.Image) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        raw = im.info.get(key)
        if raw:
            data = raw.encode("utf-8", "replace") if isinstance(raw, str) else bytes(raw)
            return data[:_MAX_XMP_BYTES]
    return None


def _xmp(data: bytes) -> tuple[list[MetaText], tuple[float, float] | None]:
    start = data.find(b"<x:xmpmeta")
    start = start if start >= 0 else data.find(b"<rdf:RDF")
    if start < 0:
        return [], None
    end = data.rfind(b">") + 1
    body = data[start:end]
    if b"<!ENTITY" in body or b"<!DOCTYPE" in body:  # no entity expansion, ever
        return [], None
    root = ET.fromstring(body.decode("utf-8", "replace"))
    texts: list[MetaText] = []
    gps: dict[str, str] = {}
    for el in root.iter():
        name = el.tag.rsplit("}", 1)[-1]
        _xmp_element(name, el, texts, gps)
        for attr, value in el.attrib.items():
            local = attr.rsplit("}", 1)[-1]
            if local in _XMP_TEXT and value.strip():
                texts.append(MetaText(f"XMP {local}", _clean(value)))
            elif local in _XMP_GPS:
                gps[local] = value
    return texts, _xmp_gps(gps)


def _xmp_element(name: str, el: ET.Element, texts: list[MetaText], gps: dict[str, str]) -> None:
    if name in _XMP_GPS and el.text:
        gps[name] = el.text
    elif name in _XMP_TEXT:
        values = [li.text for li in el.iter() if li.tag.endswith("}li") and li.text and li.text.strip()]
        if not values and el.text and el.text.strip():
            values = [el.text]
        texts.extend(MetaText(f"XMP {name}", _clean(v)) for v in values)


_XMP_COORD = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$", re.I)


def _xmp_gps(gps: dict[str, str]) -> tuple[float, float] | None:
    lat, lon = _xmp_coord(gps.get("GPSLatitude", "")), _xmp_coord(gps.get("GPSLongitude", ""))
    return (lat, lon) if lat is not None and lon is not None else None


def _xmp_coord(value: str) -> float | None:
    m = _XMP_COORD.match(value)
    if not m:
        return None
    deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
    return round(-deg if m.group(4).upper() in "SW" else deg, 6)


def _iptc(im: Image.Image) -> Iterator[MetaText]:
    from PIL import IptcImagePlugin

    info = IptcImagePlugin.getiptcinfo(im) or {}  # type: ignore[arg-type]
    for key, label in _IPTC.items():
        raw = info.get(key)
        for value in raw if isinstance(raw, list) else [raw] if raw else []:
            yield MetaText(label, _clean(value))


def _info_texts(info: dict[Any, Any]) -> Iterator[MetaText]:
    for key, value in info.items():
        if isinstance(key, str) and key.lower() in _PNG_TEXT and isinstance(value, str | bytes) and value:
            yield MetaText(f"text {key}", _clean(value))
    comment = info.get("comment")
    if isinstance(comment, bytes | str) and comment:
        yield MetaText("comment", _clean(comment))


def _dedupe(texts: list[MetaText]) -> Iterator[MetaText]:
    seen: set[str] = set()
    for t in texts:
        if t.value and t.value not in seen:
            seen.add(t.value)
            yield t
