"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Skipped, with the reason, where /usr/bin/chromium (or playwright) is missing; `.ci/run`
installs Chromium so CI always runs them. A failing test leaves a screenshot of every page it
had open in test-artifacts/.
"""

import os
import re
from pathlib import Path

import pytest

from tests.factories import PASSWORD

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TIMEOUT_MS = 20_000  # the machine is shared: generous, so slowness is not mistaken for failure

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - declared in the dev extras
    sync_playwright = None
else:
    expect.set_options(timeout=TIMEOUT_MS)


def pytest_collection_modifyitems(config, items):
    reason = None
    if sync_playwright is None:
        reason = "playwright is not installed (pip install -e '.[dev]')"
    elif not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (.ci/run does)"
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
    return report


@pytest.fixture(scope="module")
def chromium():
    # Playwright's sync API keeps an asyncio loop on this thread, which Django takes for an
    # async context; the ORM calls here are ordinary synchronous test code. Per module, so
    # that neither the loop nor the variable outlives the browser tests (a subprocess such as
    # `check --deploy` would inherit the variable).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


PLAIN_HTTP = {
    # The live server speaks plain HTTP. SecurityMiddleware reads these when the server's
    # handler is built (once a session), and an HSTS header would make Chromium switch
    # localhost to HTTPS for good, so they are off before the live server starts.
    "SECURE_SSL_REDIRECT": False,
    "SECURE_HSTS_SECONDS": 0,
    "SESSION_COOKIE_SECURE": False,
    "CSRF_COOKIE_SECURE": False,
}


@pytest.fixture(scope="session")
def _plain_http_server():
    from django.test import override_settings

    with override_settings(**PLAIN_HTTP):
        yield


@pytest.fixture(autouse=True)
def _plain_http_cookies(settings):
    # Per test too: the autouse `settings` fixtures of tests/conftest.py restore the defaults.
    for name, value in PLAIN_HTTP.items():
        setattr(settings, name, value)


class Browsers:
    """Opens one isolated browser context (one person) per call; screenshots them on failure."""

    def __init__(self, chromium, base_url: str):
        self.chromium = chromium
        self.base_url = base_url
        self.contexts = []

    def open(self, *, javascript: bool = True):
        context = self.chromium.new_context(
            base_url=self.base_url, java_script_enabled=javascript,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(TIMEOUT_MS)
        self.contexts.append(context)
        return context.new_page()

    def login(self, user, *, javascript: bool = True):
        page = self.open(javascript=javascript)
        page.goto("/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(re.compile(r"^(?!.*/login/).*$"))
        return page

    def save_screenshots(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        for n, context in enumerate(self.contexts):
            for m, page in enumerate(context.pages):
                page.screenshot(path=ARTIFACTS / f"{safe}-{n}-{m}.png", full_page=True)

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsers(request, _plain_http_server, chromium, live_server):
    opened = Browsers(chromium, live_server.url)
    yield opened
    try:
        if getattr(request.node, "call_failed", False):
            opened.save_screenshots(request.node.name)
    finally:
        opened.close()
