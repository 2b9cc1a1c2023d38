"""End-to-end fixtures: the real system (private Redis, real worker, gunicorn API) driven by headless Chromium."""
from __future__ import annotations

import json
import os
import shutil
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from services.core.client import call
from services.stack import processes
from tests.conftest import ADMIN_KEY
from tests.integration.helpers import RedisSwitch

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
INSTALL = ("install Debian's Chromium and its driver: `apt-get install chromium chromium-driver` (or point "
           "NEWSWIRE_CHROMIUM / NEWSWIRE_CHROMEDRIVER at them), and the Python bindings: `pip install selenium`")
WINDOW = (1280, 900)
# Seeds submitted once for the story and entity views; "seed 000" is an honest source name.
SEEDS = ("000", "001", "002", "003", "004")


def _binary(env_name: str, default: str, *names: str) -> str:
    """The path of a browser binary, or a test failure saying what to install."""
    candidates = [os.environ.get(env_name), default, *(shutil.which(name) for name in names)]
    found = next((path for path in candidates if path and Path(path).exists()), None)
    if found is None:
        pytest.fail(f"no {names[0]} (looked at ${env_name}, {default} and {', '.join(names)} on PATH): "
                    f"the browser tests need it; {INSTALL}", pytrace=False)
    return found


@pytest.fixture(scope="session")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the whole run (a fresh profile), driven through chromedriver."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail(f"selenium is not installed: {INSTALL}", pytrace=False)
    chromium = _binary("NEWSWIRE_CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser")
    chromedriver = _binary("NEWSWIRE_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def web_base(api_base: str, worker: Any) -> str:
    """The API under gunicorn (tests/conftest.py), with a worker behind it."""
    return api_base


@dataclass
class CutApi:
    """A second API process whose Redis connections pass through `switch`, which a test cuts and restores."""

    base: str
    switch: RedisSwitch


def _through(redis_url: str, port: int) -> str:
    """`redis_url` with its host and port replaced by 127.0.0.1:`port` (its password and database kept)."""
    parts = urlsplit(redis_url)
    credentials = parts.netloc.rpartition("@")[0]
    return parts._replace(netloc=f"{credentials}@127.0.0.1:{port}" if credentials else f"127.0.0.1:{port}").geturl()


@pytest.fixture(scope="module")
def cut_api(service_env: dict[str, str], service_logs: Path, redis_url: str, web_base: str) -> Iterator[CutApi]:
    """The API under gunicorn once more, as `api_base` starts it, but reaching the session's Redis (which the worker
    keeps using directly) through a switch: the page on it meets a real outage, answered 503 by the real API."""
    switch = RedisSwitch(urlsplit(redis_url).port or 6379)
    port = processes.free_port()
    env = {**service_env, "REDIS_URL": _through(redis_url, switch.port), "PORT": str(port),
           "NEWSWIRE_API_WORKERS": "1"}
    proc = processes.start_api(env, service_logs / "cut-api.log")
    base = f"http://127.0.0.1:{port}"
    try:
        processes.wait_until(lambda: urllib.request.urlopen(base + "/healthz", timeout=2).status == 200, 60,
                             "api behind the switch", proc)
        yield CutApi(base, switch)
    finally:
        processes.stop(proc)
        switch.close()


class Page:
    """The browser on the app under test: open routes, wait for things, take screenshots."""

    def __init__(self, driver: Any, base: str) -> None:
        self.driver, self.base = driver, base
        self.log: list[dict[str, Any]] = []  # the browser's console entries read so far

    def open(self, path: str, ready: bool = True) -> None:
        self.driver.get(self.base + path)
        if ready:
            self.wait(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), 90,
                      f"{path} never finished its first render")

    def wait(self, check: Callable[[Any], Any], timeout: float = 30, message: str = "") -> Any:
        from selenium.common.exceptions import StaleElementReferenceException
        from selenium.webdriver.support.ui import WebDriverWait

        # Views redraw themselves (live updates): an element seen a moment ago may be gone; look again.
        waiter = WebDriverWait(self.driver, timeout, poll_frequency=0.1,
                               ignored_exceptions=[StaleElementReferenceException])
        return waiter.until(check, message)

    def find(self, css: str, text: str = "", timeout: float = 30) -> Any:
        """The first element matching `css` whose text contains `text`, waiting for it to appear."""
        from selenium.webdriver.common.by import By

        def found(d: Any) -> Any:
            return next((e for e in d.find_elements(By.CSS_SELECTOR, css) if text in e.text), False)

        return self.wait(found, timeout, f"no {css!r} containing {text!r} on {self.driver.current_url}")

    def all(self, css: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def set_key(self, key: str | None) -> None:
        """Put (or remove) the API key in this origin's localStorage, as the key dialog does."""
        self.driver.get(self.base + "/healthz")
        if key is None:
            self.js("localStorage.removeItem('newswire.apiKey')")
        else:
            self.js("localStorage.setItem('newswire.apiKey', arguments[0])", key)

    def screenshot(self, name: str, max_height: int = 2400) -> Path:
        """Save the whole page (up to `max_height` px tall) as docs/screenshots/<name>.png."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.js("window.scrollTo(0, 0)")
        self.driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
        for _ in range(2):  # the page may reflow once the viewport is taller
            height = self.js("return document.documentElement.scrollHeight")
            # An exact viewport (window sizes include the browser's own bars, even headless).
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": WINDOW[0], "height": max(WINDOW[1], min(height, max_height)),
                "deviceScaleFactor": 1, "mobile": False})
        time.sleep(0.3)  # let the resize paint
        path = SCREENSHOTS / f"{name}.png"
        self.driver.save_screenshot(str(path))
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
        return path

    def script_errors(self) -> list[str]:
        """JavaScript errors logged since the last call (network errors such as a 401 are expected)."""
        self.log.extend(self.driver.get_log("browser"))
        errors = [e["message"] for e in self.log if e.get("source") == "javascript"]
        self.log.clear()
        return errors

    def was_answered(self, status: int, path: str) -> bool:
        """True once the browser has logged a `status` answer to a request for a URL containing `path` (Chromium
        logs every error status on the console: the test sees what the page was answered, not what it drew)."""
        self.log.extend(self.driver.get_log("browser"))  # kept for `script_errors`
        return any(e.get("source") == "network" and path in e["message"] and f"status of {status}" in e["message"]
                   for e in self.log)


@pytest.fixture()
def page(driver: Any, web_base: str) -> Iterator[Page]:
    """The browser, signed in with the admin key; fails the test on any JavaScript error."""
    browser_page = Page(driver, web_base)
    browser_page.set_key(ADMIN_KEY)
    browser_page.script_errors()
    yield browser_page
    assert browser_page.script_errors() == []


@pytest.fixture()
def cut_page(driver: Any, cut_api: CutApi) -> Iterator[Page]:
    """The browser on the API behind the switch, signed in with the admin key; fails the test on any JavaScript
    error. The switch is closed again after the test, whatever it did."""
    browser_page = Page(driver, cut_api.base)
    browser_page.set_key(ADMIN_KEY)
    browser_page.script_errors()
    yield browser_page
    cut_api.switch.restore()
    assert browser_page.script_errors() == []


def api(base: str, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """One API call with the admin key; fails the test on an error status."""
    status, answer = call(base, method, path, body=body, key=ADMIN_KEY)
    assert status < 300, f"{method} {path}: {status} {json.dumps(answer)[:500]}"
    return answer


def wait_done(base: str, article_id: str) -> dict[str, Any]:
    """Long-poll until the article is done or failed."""
    for _ in range(4):
        article = api(base, "GET", f"/v1/articles/{article_id}?wait=30")
        if article["status"] in ("done", "failed"):
            return article
    raise AssertionError(f"article {article_id} is still {article['status']}")


@pytest.fixture(scope="session")
def seeded(web_base: str) -> dict[str, dict[str, Any]]:
    """The seed articles submitted and enriched, by their prefix ("000" ...)."""
    ids = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        if path.name[:3] in SEEDS:
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            body = {"title": title.strip(), "text": text.strip(), "source": f"seed {path.name[:3]}"}
            ids[path.name[:3]] = api(web_base, "POST", "/v1/articles", body)["id"]
    return {prefix: wait_done(web_base, article_id) for prefix, article_id in ids.items()}
