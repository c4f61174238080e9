"""The posts block on the school overview: what waits, and overdue takedowns for those who act on them."""

from __future__ import annotations

from typing import Any

from django import template

from safepost.posts import pages

register = template.Library()


@register.inclusion_tag("posts/_overview.html", takes_context=True)
def posts_overview(context: Any) -> dict[str, Any]:
    school, can = context.get("school"), context.get("can") or set()
    if school is None or "view_posts" not in can:
        return {"show": False}
    counts = pages.overview_counts(school, "manage_takedown" in can)
    late = pages.overdue_list(school) if counts["overdue"] else []
    return {"show": True, "school": school, "can": can, "overdue_takedowns": late, **counts}
