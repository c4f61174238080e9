"""The school a draft is checked for: its pupils, staff, contact details and settings.

A school directory holds ``school.toml``, ``roster.csv`` and ``staff.csv`` (formats in
``../shared/bench/README.md``); the two CSV files may be left out only when the caller says so. Loading is all or nothing: the first bad value raises an
:class:`InputError` naming the file, line and column, and no half-built context escapes.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from safepost.engine.errors import InputError

T = TypeVar("T")


class Nation(StrEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern-ireland"


class ConsentKind(StrEnum):
    """The channels a parent consents to separately."""

    SOCIAL_MEDIA = "social_media"
    WEBSITE = "website"
    CLASS_PLATFORM = "class_platform"


@dataclass(frozen=True)
class Pupil:
    id: str
    first_name: str
    last_name: str
    preferred_name: str
    year_group: str
    class_name: str
    consent: Mapping[ConsentKind, bool]

    def has_consent(self, kind: ConsentKind) -> bool:
        """Consent for a channel. A class platform without its own column falls back to social media."""
        if kind in self.consent:
            return self.consent[kind]
        if kind is ConsentKind.CLASS_PLATFORM:
            return self.consent.get(ConsentKind.SOCIAL_MEDIA, False)
        return False


@dataclass(frozen=True)
class StaffMember:
    id: str
    title: str
    first_name: str
    last_name: str
    role: str


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date
    label: str = ""

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class SchoolContext:
    """Everything the engine knows about one school. Immutable; rules memoise indexes on it."""

    name: str
    policy: str = "default"
    nation: Nation = Nation.ENGLAND
    name_cy: str = ""
    address: str = ""
    local_authority: str = ""
    web_domains: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    allowed_link_domains: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    pupils: tuple[Pupil, ...] = ()
    staff: tuple[StaffMember, ...] = ()
    terms: tuple[DateRange, ...] = ()
    closures: tuple[DateRange, ...] = ()
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """Build an index once per school (a roster automaton, compiled phone numbers...)."""
        if key not in self._memo:
            self._memo[key] = build()
        value: T = self._memo[key]
        return value

    def pupil(self, pupil_id: str) -> Pupil | None:
        by_id = self.memo("pupils-by-id", lambda: {p.id: p for p in self.pupils})
        return by_id.get(pupil_id)


ROSTER_COLUMNS = (
    "pupil_id",
    "first_name",
    "last_name",
    "preferred_name",
    "year_group",
    "class_name",
    "consent_social_media",
    "consent_website",
)
STAFF_COLUMNS = ("staff_id", "title", "first_name", "last_name", "role")
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0", ""}


def load_school(directory: str | Path, *, roster_required: bool = True, staff_required: bool = True) -> SchoolContext:
    """Load a school directory: ``school.toml``, ``roster.csv`` and ``staff.csv``.

    A missing roster or staff list is an error unless the caller says it may be missing: without
    a roster no pupil's name can be found, so a forgotten file would let every post pass.
    """
    root = Path(directory)
    if not root.is_dir():
        raise InputError("is not a school directory", file=str(root))
    settings = _read_toml(root / "school.toml")
    school_from_settings(settings, str(root / "school.toml"))  # a bad setting is named first
    roster_path, staff_path = root / "roster.csv", root / "staff.csv"
    if roster_required and not roster_path.exists():
        raise _missing(roster_path, "pupils' names cannot be found without it", "--no-roster")
    if staff_required and not staff_path.exists():
        raise _missing(staff_path, "staff names cannot be told from pupils' without it", "--no-staff")
    pupils = parse_roster(_read_text(roster_path), str(roster_path)) if roster_path.exists() else ()
    staff = parse_staff(_read_text(staff_path), str(staff_path)) if staff_path.exists() else ()
    return school_from_settings(settings, str(root / "school.toml"), pupils, staff)


def _missing(path: Path, why: str, flag: str) -> InputError:
    return InputError(
        f"no {path.name} in the school directory {path.parent}: {why}; add it, or give {flag} "
        "to say the school has none",
        file=str(path),
    )


def school_from_settings(
    settings: Mapping[str, Any],
    file: str,
    pupils: tuple[Pupil, ...] = (),
    staff: tuple[StaffMember, ...] = (),
) -> SchoolContext:
    """Build a context from already-parsed settings (the web app passes its own rows)."""
    reader = _Settings(settings, file)
    return SchoolContext(
        name=reader.text("name", required=True),
        policy=reader.text("policy") or "default",
        nation=reader.nation("nation"),
        name_cy=reader.text("name_cy"),
        address=reader.text("address"),
        local_authority=reader.text("local_authority"),
        web_domains=reader.lower_list("web_domains"),
        email_domains=reader.lower_list("email_domains"),
        emails=reader.lower_list("emails"),
        phones=reader.text_list("phones"),
        allowed_link_domains=reader.lower_list("allowed_link_domains"),
        platforms=reader.lower_list("platforms"),
        pupils=pupils,
        staff=staff,
        terms=reader.ranges("terms"),
        closures=reader.ranges("closures"),
    )


def parse_roster(text: str, file: str = "roster.csv") -> tuple[Pupil, ...]:
    """Parse a roster CSV. Every row is checked; the first problem raises with line and column."""
    pupils: list[Pupil] = []
    seen: dict[str, int] = {}
    for line, row in _csv_rows(text, file, ROSTER_COLUMNS):
        pupil_id = _cell(row, "pupil_id", file, line, required=True)
        if pupil_id in seen:
            raise InputError(
                f"duplicate pupil_id {pupil_id!r} (first on line {seen[pupil_id]})",
                file=file, line=line, column="pupil_id",
            )
        seen[pupil_id] = line
        first = _cell(row, "first_name", file, line, required=True)
        consent = {
            ConsentKind.SOCIAL_MEDIA: _yes_no(row, "consent_social_media", file, line),
            ConsentKind.WEBSITE: _yes_no(row, "consent_website", file, line),
        }
        if "consent_class_platform" in row:
            consent[ConsentKind.CLASS_PLATFORM] = _yes_no(row, "consent_class_platform", file, line)
        pupils.append(
            Pupil(
                id=pupil_id,
                first_name=first,
                last_name=_cell(row, "last_name", file, line),
                preferred_name=_cell(row, "preferred_name", file, line) or first,
                year_group=_cell(row, "year_group", file, line),
                class_name=_cell(row, "class_name", file, line),
                consent=consent,
            )
        )
    return tuple(pupils)


def parse_staff(text: str, file: str = "staff.csv") -> tuple[StaffMember, ...]:
    """Parse a staff CSV (``staff_id,title,first_name,last_name,role``)."""
    staff: list[StaffMember] = []
    seen: set[str] = set()
    for line, row in _csv_rows(text, file, STAFF_COLUMNS):
        staff_id = _cell(row, "staff_id", file, line, required=True)
        if staff_id in seen:
            raise InputError(f"duplicate staff_id {staff_id!r}", file=file, line=line, column="staff_id")
        seen.add(staff_id)
        staff.append(
            StaffMember(
                id=staff_id,
                title=_cell(row, "title", file, line),
                first_name=_cell(row, "first_name", file, line),
                last_name=_cell(row, "last_name", file, line, required=True),
                role=_cell(row, "role", file, line),
            )
        )
    return tuple(staff)


# --- reading helpers ---------------------------------------------------------------------------

MAX_FILE_BYTES = 20 * 1024 * 1024


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", file=str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", file=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("is not valid UTF-8 text", file=str(path), line=line) from None


def _read_toml(path: Path) -> dict[str, Any]:
    text = _read_text(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at (line|end of document).*\)", "", str(exc)) or "invalid TOML"
        line, column = (int(found.group(1)), int(found.group(2))) if found else (text.count("\n") + 1, None)
        raise InputError(f"invalid TOML: {message}", file=str(path), line=line, column=column) from None


def _csv_rows(text: str, file: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    if "\x00" in text:
        raise InputError("contains NUL bytes: is this a CSV file?", file=file)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if not header:
        raise InputError("is empty: expected a header row", file=file, line=1)
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"missing column(s): {', '.join(missing)}", file=file, line=1)
    reader.fieldnames = header
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for row in reader:
            if None in row:
                raise InputError("has more cells than the header", file=file, line=reader.line_num)
            if not any((v or "").strip() for v in row.values()):
                continue
            rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items()}))
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=file, line=reader.line_num) from None
    return rows


def _cell(row: Mapping[str, str], column: str, file: str, line: int, required: bool = False) -> str:
    value = row.get(column, "")
    if required and not value:
        raise InputError("is empty", file=file, line=line, column=column)
    return value


def _yes_no(row: Mapping[str, str], column: str, file: str, line: int) -> bool:
    value = row.get(column, "").lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise InputError(f"{value!r} is not yes or no", file=file, line=line, column=column)


class _Settings:
    """Typed reads from school.toml that name the key that is wrong."""

    def __init__(self, data: Mapping[str, Any], file: str) -> None:
        self.data = data
        self.file = file

    def _error(self, key: str, message: str) -> InputError:
        return InputError(message, file=self.file, key=key)

    def text(self, key: str, required: bool = False) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            raise self._error(key, f"must be a string, not {type(value).__name__}")
        if required and not value.strip():
            raise self._error(key, "is required")
        return value.strip()

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._error(key, "must be a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    def lower_list(self, key: str) -> tuple[str, ...]:
        return tuple(v.lower() for v in self.text_list(key))

    def nation(self, key: str) -> Nation:
        value = self.text(key) or Nation.ENGLAND.value
        try:
            return Nation(value.lower())
        except ValueError:
            allowed = ", ".join(n.value for n in Nation)
            raise self._error(key, f"{value!r} is not one of {allowed}") from None

    def ranges(self, key: str) -> tuple[DateRange, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self._error(key, "must be a list of {start, end} tables")
        out = []
        for i, item in enumerate(value):
            where = f"{key}[{i}]"
            if not isinstance(item, dict) or not {"start", "end"} <= item.keys():
                raise self._error(where, "needs start and end dates")
            start, end = item["start"], item["end"]
            if not isinstance(start, date) or not isinstance(end, date):
                raise self._error(where, "start and end must be dates (YYYY-MM-DD)")
            if end < start:
                raise self._error(where, "ends before it starts")
            out.append(DateRange(start, end, str(item.get("label", ""))))
        return tuple(out)
