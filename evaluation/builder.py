"""What the development sets' build scripts (``evaluation/dev*/<set>/build.py``) have in common.

Each set's ``build.py`` holds its own data (pupils, staff, posts or comments) and calls these to
write the files ``bench/quality.py`` reads: ``roster.csv``, ``staff.csv``, ``posts.jsonl`` or
``comments.jsonl`` and, for the picture sets, ``school.toml``. The committed files must rebuild
byte for byte, so the column and key orders, the JSON options and the numbering here are part of
the format: change one and every set that uses it changes.

The scripts run as ``python evaluation/dev/<set>/build.py`` (the set folders have hyphens, so
``python -m`` cannot name them); each puts the repository root on ``sys.path`` and imports
``evaluation.builder``, as ``training`` is imported from the root.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROSTER_FIELDS = ("pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                 "consent_social_media", "consent_website")
STAFF_FIELDS = ("staff_id", "title", "first_name", "last_name", "role")

#: A pupil in a marked-up post: ``{Surface}`` is a pupil named by their preferred name;
#: ``{Surface=Preferred}`` is a pupil written another way (lower case, capitals, a hashtag, an
#: initial, a mutated form); ``{Surface=?}`` is a child not on the roster.
MARK = re.compile(r"\{([^{}=]+)(?:=([^{}]+))?\}")

#: Every label a post carries; a development set labels one kind and leaves the rest false.
POST_LABELS = ("offensive", "live_location", "unsafe_link", "political_or_commercial")


# --- ids ---

def pupil_id(prefix: str, number: int) -> str:
    """A roster id: the school's prefix and a four-digit number (``LK0001``)."""
    return f"{prefix}{number:04d}"


def row_id(*parts: str, number: int) -> str:
    """A post's or comment's id: its parts and a three-digit number (``lk-head-001``)."""
    return "-".join([*parts, f"{number:03d}"])


# --- roster.csv, staff.csv, school.toml ---

def pupil(pupil_id: str, first_name: str, last_name: str, preferred_name: str, year_group: str,
          class_name: str, consent_social_media: str = "yes", consent_website: str = "yes") -> dict[str, str]:
    """One roster row, its keys in ``roster.csv``'s column order."""
    return {"pupil_id": pupil_id, "first_name": first_name, "last_name": last_name,
            "preferred_name": preferred_name, "year_group": year_group, "class_name": class_name,
            "consent_social_media": consent_social_media, "consent_website": consent_website}


def pupils_from_full_names(names: str, prefix: str, first_number: int, years: Sequence[str],
                           classes: Mapping[str, str]) -> list[dict[str, str]]:
    """A roster from ``"First Last; First Last; ..."`` (line breaks allowed): numbered on from
    ``first_number``, year groups dealt in turn, each pupil known by their first name, all consenting."""
    full_names = [n.strip() for n in names.replace("\n", " ").split(";") if n.strip()]
    pupils = []
    for k, full in enumerate(full_names):
        first, last = full.split(" ", 1)
        year = years[k % len(years)]
        pupils.append(pupil(pupil_id(prefix, k + first_number), first, last, first, year, classes[year]))
    return pupils


def ids_by_preferred_name(pupils: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """Each pupil's id under their preferred name, as the post markup names them."""
    return {p["preferred_name"]: p["pupil_id"] for p in pupils}


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def write_roster(folder: Path, pupils: Iterable[Mapping[str, str]]) -> None:
    """``roster.csv``; a key that is not a roster column is an error, a missing one is left empty."""
    with (folder / "roster.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ROSTER_FIELDS)
        w.writeheader()
        w.writerows(pupils)


def write_school(folder: Path, pupils: Iterable[Mapping[str, str]], staff: Iterable[Sequence[str]],
                 school_toml: str | None = None) -> None:
    """``roster.csv``, ``staff.csv`` (rows in ``STAFF_FIELDS`` order) and, when given,
    ``school.toml`` (the posts sets keep a hand-written one beside their build script)."""
    if school_toml is not None:
        (folder / "school.toml").write_text(school_toml, encoding="utf-8")
    write_roster(folder, pupils)
    write_csv(folder / "staff.csv", STAFF_FIELDS, staff)


# --- posts.jsonl, comments.jsonl ---

def write_jsonl(path: Path, rows: Iterable[Mapping[str, object]]) -> None:
    """One JSON object a line, non-ASCII kept as it is (Welsh, emoji), ``\\n`` after every line."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def post(post_id: str, text: str, spans: Sequence[Mapping[str, object]] = (),
         political_or_commercial: bool = False) -> dict[str, object]:
    """A post with no images, labelled political_or_commercial or nothing, with its pupil-name spans."""
    labels = {label: False for label in POST_LABELS}
    labels["political_or_commercial"] = political_or_commercial
    return {"id": post_id, "text": text, "images": [], "labels": labels, "spans": list(spans),
            "image_spans": []}


def unmark(marked: str, by_name: Mapping[str, str]) -> tuple[str, list[dict[str, object]]]:
    """The post's text without its markup (see ``MARK``), and a pupil-name span for each marked pupil."""
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        surface, who = m.group(1), m.group(2) or m.group(1)
        start = len(text)
        text += surface
        pid = None if who == "?" else by_name[who]
        spans.append({"start": start, "end": len(text), "type": "pupil-name", "pupil_id": pid,
                      "on_roster": pid is not None, "text": surface})
        pos = m.end()
    text += marked[pos:]
    assert "{" not in text and "}" not in text, marked
    return text, spans


def write_marked_posts(folder: Path, posts: Sequence[tuple[str, str]], prefix: str,
                       by_name: Mapping[str, str], pupils_note: str = "") -> None:
    """``posts.jsonl`` from ``(voice, marked-up text)`` pairs, numbered per voice
    (``prefix-voice-001``), and a line counting them (``pupils_note`` follows the pupil count)."""
    rows, spans_per_post = [], []
    count: dict[str, int] = {}
    for voice, marked in posts:
        count[voice] = count.get(voice, 0) + 1
        text, spans = unmark(marked, by_name)
        rows.append(post(row_id(prefix, voice, number=count[voice]), text, spans))
        spans_per_post.append(len(spans))
    write_jsonl(folder / "posts.jsonl", rows)
    named = sum(1 for n in spans_per_post if n)
    print(f"{folder.name}: {len(by_name)} pupils{pupils_note}, {len(rows)} posts, {named} naming pupils, "
          f"{sum(spans_per_post)} pupil-name spans")


def write_political_posts(folder: Path, prefix: str, positive: Sequence[str],
                          negative: Sequence[str]) -> None:
    """``posts.jsonl`` for a political_or_commercial set: the positives then the negatives, numbered
    on through both (``prefix-001``), no spans; and a line counting each side."""
    rows = [post(row_id(prefix, number=n), text, political_or_commercial=True)
            for n, text in enumerate(positive, 1)]
    rows += [post(row_id(prefix, number=n), text) for n, text in enumerate(negative, len(positive) + 1)]
    write_jsonl(folder / "posts.jsonl", rows)
    print(f"{len(positive)} positive, {len(negative)} negative")


def phrasing_comments(sets: Mapping[tuple[str, str], Sequence[tuple[str, str, str]]],
                      welsh: int) -> list[dict[str, object]]:
    """Comments rows from ``{(family, polarity): [(text, author_role, category), ...]}``, ids
    ``family-polarity-001``; the last ``welsh`` of each list are Welsh, their ids ending ``-cy``."""
    rows: list[dict[str, object]] = []
    for (family, polarity), items in sets.items():
        for n, (text, role, category) in enumerate(items, 1):
            is_welsh = n > len(items) - welsh
            rows.append({"id": row_id(family, polarity, number=n) + ("-cy" if is_welsh else ""),
                         "text": text, "author_role": role, "category": category, "spans": []})
    return rows
