"""Browser tests: Playwright for Python driving Debian's chromium against a live server.

Never a downloaded browser: the executable is /usr/bin/chromium (``apt-get install chromium``).
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from tests.web.conftest import World, build_world

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between page actions are still plain synchronous calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("SAFEPOST_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class OneAnswerAtATime(ThreadedWSGIServer):
    """The live server, answering one request at a time.

    On SQLite the tests' database is in memory, so every request thread shares the test's one
    connection; two requests at once (an autosave while a thumbnail loads) then break each
    other ("cannot open savepoint - SQL statements in progress"). A real deployment gives each
    request its own connection. Requests still arrive on their own threads, so an idle
    connection the browser opened ahead never blocks the others.
    """

    def set_app(self, application: Callable[..., Iterable[bytes]]) -> None:
        lock = threading.Lock()

        def one_at_a_time(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
            with lock:
                result = application(environ, start_response)
                try:
                    return list(result)  # the whole answer inside the lock: a file response reads lazily
                finally:
                    close = getattr(result, "close", None)
                    if close is not None:
                        close()

        super().set_app(one_at_a_time)


@pytest.fixture(scope="session", autouse=True)
def _one_answer_at_a_time() -> Iterator[None]:
    original = LiveServerThread.server_class
    LiveServerThread.server_class = OneAnswerAtATime
    yield
    LiveServerThread.server_class = original


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def bworld(transactional_db: None) -> World:
    return build_world()


@pytest.fixture
def shot() -> object:
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page: object, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]

    return take
