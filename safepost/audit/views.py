"""The audit page for senior leadership: the trail in sentences, filtered by person, kind of
event and date, a page at a time; and the same events as a CSV file for evidence."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from safepost.audit.forms import FilterForm
from safepost.audit.models import Event
from safepost.audit.names import Names
from safepost.audit.sentences import CATEGORIES, category_of, sentence
from safepost.audit.trail import filtered, people_ids, school_events
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Membership
from safepost.web.pages import page

PAGE_SIZE = 50
#: Rows the export reads from the database at a time (the file is written as it is read).
EXPORT_CHUNK = 500


def _events(request: HttpRequest, membership: Membership) -> tuple[FilterForm, QuerySet[Event], Names]:
    names = Names(membership.school)
    people = people_ids(membership.school)
    form = FilterForm(request.GET or None, {pk: names.person(pk) for pk in people})
    events = school_events(membership.school, people)
    if form.is_bound and form.is_valid():
        events = filtered(events, form.cleaned_data)
    elif form.is_bound:
        events = events.none()
    return form, events, names


@login_required
def list_events(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_AUDIT)
    form, events, names = _events(request, membership)
    page_obj = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [{"event": e, "who": names.who(e), "sentence": sentence(e, names),
             "category": CATEGORIES[category_of(e.action)], "detail": _detail_pairs(e)} for e in page_obj]
    return page(request, "audit/events.html", membership, form=form, page_obj=page_obj, rows=rows)


def _detail_pairs(event: Event) -> list[tuple[str, str]]:
    """The stored record behind the sentence, for the page's "Details": the event's code, what
    it is about, and each detail field (lists as how many: they hold database ids)."""
    pairs = [(_("Event code"), event.action)]
    if event.object_type:
        pairs.append((_("Object"), f"{event.object_type}:{event.object_id}"))
    detail = event.detail if isinstance(event.detail, dict) else {}
    for key, value in sorted(detail.items()):
        shown = _("%(n)s items") % {"n": len(value)} if isinstance(value, list | dict) else str(value)
        pairs.append((key.replace("_", " "), shown))
    return pairs


class _Echo:
    """A file-like object whose write returns the line: csv.writer feeding a streaming response."""

    def write(self, value: str) -> str:
        return value


@login_required
def export_events(request: HttpRequest, school: str) -> StreamingHttpResponse:
    """The filtered events as CSV, oldest first, with each event's hash and the one before it,
    so the rows can be checked against the chain (`safepost audit verify` does it in full)."""
    membership = access_school(request.user, school, Perm.VIEW_AUDIT)
    _form, events, names = _events(request, membership)
    writer = csv.writer(_Echo())
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    language = translation.get_language()
    response = StreamingHttpResponse((writer.writerow(row) for row in _rows(events.order_by("seq"), names, language)),
                                     content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-{membership.school.slug}-{stamp}.csv"'
    return response


def _rows(events: QuerySet[Event], names: Names, language: str) -> Iterator[list[Any]]:
    # The file is written after the view returns: in the language of the page that asked for it.
    with translation.override(language):
        yield from _rows_in_language(events, names)


def _rows_in_language(events: QuerySet[Event], names: Names) -> Iterator[list[Any]]:
    yield [_("Number"), _("When"), _("Who"), _("Username"), _("What happened"), _("Kind of event"), _("Event code"),
           _("Object"), _("Detail"), _("Previous hash"), _("Hash")]
    for event in events.iterator(chunk_size=EXPORT_CHUNK):
        yield [event.seq, event.at.isoformat(timespec="microseconds"), _safe_cell(names.who(event)), _safe_cell(event.actor_label),
               _safe_cell(sentence(event, names)), str(CATEGORIES[category_of(event.action)]), _safe_cell(event.action),
               _safe_cell(f"{event.object_type}:{event.object_id}" if event.object_type else ""),
               _safe_cell(json.dumps(event.detail, sort_keys=True, ensure_ascii=False)), event.prev_hash, event.hash]


def _safe_cell(text: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: such a cell gets a leading quote."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
