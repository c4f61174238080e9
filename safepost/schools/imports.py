"""Parsing roster and staff CSV files for preview. Every bad row is reported; nothing is written.

Accepts safepost's own columns (``pupil_id,first_name,...``) and the names a typical MIS export
uses (SIMS, Arbor, Bromcom: ``UPN``, ``Legal Forename``, ``Reg Group``...).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from safepost.schools.models import Pupil, StaffMember

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_REPORTED_ERRORS = 200

PUPIL_FIELDS = ("pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                "consent_social_media", "consent_website", "consent_class_platform")
STAFF_FIELDS = ("staff_id", "title", "first_name", "last_name", "role", "email")
REQUIRED = {"pupils": ("pupil_id", "first_name"), "staff": ("staff_id", "last_name")}
#: The model each kind of import writes, and the model field behind each column whose name differs.
#: Cells are checked against these fields' own limits, so the preview refuses exactly what the
#: database would refuse (PostgreSQL enforces ``max_length``; SQLite does not).
MODELS: Mapping[str, type[models.Model]] = {"pupils": Pupil, "staff": StaffMember}
FIELD_OF_COLUMN: Mapping[str, str] = {"role": "job_title"}

ALIASES: Mapping[str, str] = {
    # pupils
    "upn": "pupil_id", "admission number": "pupil_id", "adno": "pupil_id", "pupil id": "pupil_id",
    "student id": "pupil_id", "mis id": "pupil_id", "id": "pupil_id",
    "legal forename": "first_name", "forename": "first_name", "first name": "first_name", "firstname": "first_name",
    "legal surname": "last_name", "surname": "last_name", "last name": "last_name", "lastname": "last_name",
    "preferred forename": "preferred_name", "preferred first name": "preferred_name", "known as": "preferred_name",
    "preferred name": "preferred_name",
    "year": "year_group", "year group": "year_group", "ncyear": "year_group", "nc year": "year_group",
    "reg": "class_name", "reg group": "class_name", "registration group": "class_name", "form": "class_name",
    "class": "class_name", "tutor group": "class_name",
    "photo consent social media": "consent_social_media", "social media consent": "consent_social_media",
    "photo consent website": "consent_website", "website consent": "consent_website",
    "class platform consent": "consent_class_platform",
    # staff
    "staff id": "staff_id", "staff code": "staff_id", "employee id": "staff_id", "payroll number": "staff_id",
    "job title": "role", "post": "role", "roles": "role", "email address": "email", "work email": "email",
}

YES = {"yes", "y", "true", "1", "granted", "given"}
NO = {"no", "n", "false", "0", "", "refused", "withdrawn", "not given"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "|")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./-]*$")


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    why: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "why": self.why}


@dataclass
class Parsed:
    rows: list[dict[str, object]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    total_errors: int = 0

    def error(self, line: int, column: str, why: str) -> None:
        self.total_errors += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(RowError(line, column, why))


def canonical(header: str) -> str:
    name = re.sub(r"[\s_]+", " ", header.strip().lower().lstrip("\ufeff")).strip()
    if name.replace(" ", "_") in PUPIL_FIELDS + STAFF_FIELDS:
        return name.replace(" ", "_")
    return ALIASES.get(name, "")


def decode(data: bytes, parsed: Parsed) -> str | None:
    if b"\x00" in data:
        parsed.error(1, "", _("the file contains NUL bytes: is it a spreadsheet rather than a CSV file?"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older MIS exports are Windows-1252; say so rather than guessing silently.
        parsed.notes.append(_("The file is not UTF-8; it was read as Windows-1252. Check accented names."))
        return data.decode("cp1252", errors="replace")


def parse(data: bytes, kind: str) -> Parsed:
    """Parse a pupils or staff CSV into rows ready to apply, or a list of every problem."""
    parsed = Parsed()
    if len(data) > MAX_BYTES:
        parsed.error(0, "", _("the file is larger than %(mb)s MB") % {"mb": MAX_BYTES // 1024 // 1024})
        return parsed
    text = decode(data, parsed)
    if text is None:
        return parsed
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        parsed.error(1, "", _("not a readable CSV header: %(why)s") % {"why": exc})
        return parsed
    columns = _map_header(header, kind, parsed)
    if parsed.errors:
        return parsed
    _read_rows(reader, columns, kind, parsed)
    return parsed


def _map_header(header: list[str], kind: str, parsed: Parsed) -> list[str]:
    fields = PUPIL_FIELDS if kind == "pupils" else STAFF_FIELDS
    columns = [canonical(h) if canonical(h) in fields else "" for h in header]
    unknown = [h for h, c in zip(header, columns, strict=True) if not c and h.strip()]
    if unknown:
        parsed.notes.append(_("Ignored columns: %(columns)s") % {"columns": ", ".join(h[:40] for h in unknown[:10])})
    for column in REQUIRED[kind]:
        if column not in columns:
            parsed.error(1, column, _("this column is missing from the header row"))
    return columns


def _read_rows(reader: Any, columns: list[str], kind: str, parsed: Parsed) -> None:
    seen: dict[str, int] = {}
    try:
        for values in reader:
            line = reader.line_num
            if len(parsed.rows) >= MAX_ROWS:
                parsed.error(line, "", _("the file has more than %(n)s rows; split it") % {"n": MAX_ROWS})
                return
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(columns):
                parsed.error(line, "", _("this row has %(cells)s cells but the header has %(columns)s")
                             % {"cells": len(values), "columns": len(columns)})
                continue
            raw = {c: v.strip() for c, v in zip(columns, values, strict=False) if c}
            row = _check_row(raw, kind, line, parsed)
            key = str(raw.get(REQUIRED[kind][0], ""))
            if key and key in seen:
                parsed.error(line, REQUIRED[kind][0], _("%(id)s also appears on line %(line)s") % {"id": repr(key), "line": seen[key]})
            seen.setdefault(key, line)
            if row is not None:
                parsed.rows.append(row)
    except csv.Error as exc:
        parsed.error(reader.line_num, "", _("not valid CSV: %(why)s") % {"why": exc})


def _check_row(raw: dict[str, str], kind: str, line: int, parsed: Parsed) -> dict[str, object] | None:
    before = parsed.total_errors
    row: dict[str, object] = {}
    for column, value in raw.items():
        if value.startswith(FORMULA_START) and not re.fullmatch(r"[+-]?\d+", value):
            parsed.error(line, column, _("looks like a spreadsheet formula; remove it"))
        elif column.startswith("consent_"):
            row[column] = _yes_no(value, line, column, parsed)
        elif (problem := cell_problem(kind, column, value)) is not None:
            parsed.error(line, column, problem)
        else:
            row[column] = value
    for column in REQUIRED[kind]:
        if not raw.get(column):
            parsed.error(line, column, _("is empty"))
    ident = raw.get(REQUIRED[kind][0], "")
    if ident and not ID_PATTERN.match(ident):
        parsed.error(line, REQUIRED[kind][0], _("ids may use only letters, digits and . _ / -"))
    return row if parsed.total_errors == before else None


def model_field(kind: str, column: str) -> Any:
    """The model field a column is stored in."""
    return MODELS[kind]._meta.get_field(FIELD_OF_COLUMN.get(column, column))


def cell_problem(kind: str, column: str, value: str) -> str | None:
    """Why the model would refuse this cell (too long, not one of its choices, not an email
    address...), or None. Empty cells are the required-column check's business."""
    if not value:
        return None
    target = model_field(kind, column)
    if target.max_length is not None and len(value) > target.max_length:
        return _("is %(n)s characters long; this column holds at most %(max)s") % {"n": len(value), "max": target.max_length}
    try:
        target.clean(value, None)
    except ValidationError as exc:
        return " ".join(str(message) for message in exc.messages)
    return None


def _yes_no(value: str, line: int, column: str, parsed: Parsed) -> bool | None:
    folded = value.strip().lower()
    if folded in YES:
        return True
    if folded in NO:
        return False
    parsed.error(line, column, _("%(value)s is not yes or no") % {"value": repr(value[:20])})
    return None
