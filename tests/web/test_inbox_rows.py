"""The queue's lines, built in Python for speed: the same words, cut and dates as the template made."""

from __future__ import annotations

from datetime import UTC, datetime

from django.utils import translation

from safepost.inbox.models import Comment
from safepost.inbox.queues import PREVIEW_CHARS, short_deadline, short_preview, sla_of


def test_it_cuts_a_long_preview_with_an_ellipsis_and_leaves_a_short_one_alone() -> None:
    assert short_preview("What time is the fair?") == "What time is the fair?"
    cut = short_preview("a" * (PREVIEW_CHARS + 1))
    assert len(cut) == PREVIEW_CHARS and cut.endswith("\u2026")
    assert short_preview("b" * PREVIEW_CHARS) == "b" * PREVIEW_CHARS


def test_it_prints_the_deadline_in_london_time_in_the_pages_language() -> None:
    summer = datetime(2026, 7, 6, 16, 0, tzinfo=UTC)  # 17:00 BST
    with translation.override("en"):
        assert short_deadline(summer) == "Mon 6 Jul 17:00"
        assert short_deadline(None) == "-"
    with translation.override("cy"):
        assert short_deadline(summer) != "Mon 6 Jul 17:00" and short_deadline(summer).endswith("17:00")


def test_it_translates_the_sla_label_into_welsh() -> None:
    comment = Comment(deadline=datetime(2020, 1, 1, tzinfo=UTC))
    with translation.override("cy"):
        assert str(sla_of(comment).label) == "yn hwyr"
    with translation.override("en"):
        assert str(sla_of(comment).label) == "overdue"
