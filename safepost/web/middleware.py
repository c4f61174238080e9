"""Response headers for every page safepost renders."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers


class NoStoreMiddleware:
    """``Cache-Control: no-store`` on every response the views produce, unless a view set its own.

    Pupils' names, consent records and vault logins must not stay in a shared computer's browser
    cache or a proxy's. All pages, not only signed-in ones: the API authenticates with tokens (no
    session), and the sign-in pages carry CSRF tokens. Static files are served by WhiteNoise before
    this middleware runs and stay cacheable.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response
