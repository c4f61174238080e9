"""``{% connect_button account %}``: the Facebook Login button on a Facebook or Instagram account's page."""

from __future__ import annotations

from typing import Any

from django import template

from safepost.connect.actions import META_PLATFORMS, meta_app

register = template.Library()


@register.inclusion_tag("connect/button.html", takes_context=True)
def connect_button(context: dict[str, Any], account: Any) -> dict[str, Any]:
    app = meta_app()
    return {"account": account, "school": context.get("school"),
            "shown": account.platform in META_PLATFORMS and app is not None and bool(app.public_url),
            "platform": account.get_platform_display()}
