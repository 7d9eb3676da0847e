"""The dashboard in real Chromium, against ``stancewatch run`` over a database the pipeline filled.

Screenshots of every page (and a phone-width one) go to ``test-artifacts/`` for a person to
look at. Skipped, saying why, where Debian's chromium or the playwright package is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ARTIFACTS, PASSWORD, Process

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium at /usr/bin/chromium "
                                                     "(apt-get install chromium; .ci/run installs it)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    out = ARTIFACTS / "web"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return out


class Watch:
    """What a page did that it must not: dialogs, console errors, executed scripts."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text)
                if m.type == "error" and "status of 401" not in m.text else None)  # the wrong password
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def new_page(browser: Any, **kw: Any) -> tuple[Any, Any, Watch]:
    context = browser.new_context(java_script_enabled=kw.pop("js", True), **kw)
    page = context.new_page()
    return context, page, Watch(page)


def test_operator_reads_filters_and_dismisses_a_shift(browser: Any, service_process: Process,
                                                      artifacts: Path) -> None:
    base = service_process.url
    context, page, watch = new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "/")
    rows = page.locator("table.shifts tbody tr")
    assert rows.count() == 2
    page.screenshot(path=str(artifacts / "shifts.png"), full_page=True)

    # filter by severity through the form (a plain GET form: no script involved)
    page.select_option("select[name=severity]", "alleged")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*severity=alleged*")
    assert rows.count() == 1
    assert "military-aid" in rows.first.inner_text()
    page.click("a.reset")
    page.wait_for_url(base + "/")

    # open the sanctions shift from the list
    sanctions = page.locator("tr", has_text="sanctions")
    sanctions.locator("a.shift-link").click()
    page.wait_for_url("**/shifts/*")
    shift_url = page.url
    assert page.locator("blockquote.sentence mark.cue").count() >= 3
    assert page.locator("blockquote.sentence mark.cue-actor").first.inner_text() in ("China", "Beijing")
    # two outlets, one story: the copy is folded under the lead
    assert page.locator("ol.stories > li.story").count() == 1
    assert "1 syndicated copy" in page.locator("details.copies summary").inner_text()
    page.screenshot(path=str(artifacts / "shift.png"), full_page=True)

    # not logged in: no forms, a login link that comes back here
    assert page.locator("form[action$='/dismiss']").count() == 0
    page.click("section.actions a[href^='/login']")
    page.fill("input[name=password]", "wrong")
    page.click("form.login button")
    assert page.locator("p.error", has_text="Wrong password").is_visible()
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    page.wait_for_url("**/shifts/*")
    assert page.url == shift_url
    page.fill("form[action$='/dismiss'] input[name=reason]", "a test of the dashboard")
    page.click("form[action$='/dismiss'] button")
    page.wait_for_url(shift_url)
    assert page.locator("#shift-status").inner_text().startswith("dismissed")
    assert "dismissed" in page.locator("ol.history").inner_text()

    # gone from the active list, still under status=dismissed
    page.goto(base + "/")
    assert page.locator("table.shifts tbody tr").count() == 1
    assert "sanctions" not in page.locator("table.shifts").inner_text()
    page.goto(base + "/?status=dismissed")
    assert "sanctions" in page.locator("table.shifts").inner_text()
    assert not watch.dialogs and not watch.errors, (watch.dialogs, watch.errors)
    context.close()


def test_feed_text_with_script_and_onerror_renders_inert(browser: Any, service_process: Process,
                                                         artifacts: Path) -> None:
    base = service_process.url
    context, page, watch = new_page(browser, viewport={"width": 1280, "height": 900})
    page.add_init_script("window.__xss = 0; window.alert = function () { window.__xss += 1; };")
    shift_id = next(s["id"] for s in context.request.get(base + "/api/shifts").json() if s["signal"] == "sanctions")
    for path in ("/", "/?status=all", f"/shifts/{shift_id}", "/topics/china-russia-ukraine", "/feeds/shifts.atom"):
        resp = page.goto(base + path)
        assert resp is not None and resp.ok, path
        csp = resp.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "script-src" not in csp.replace("default-src 'none'", "")
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") == 0, path
        assert page.evaluate("document.querySelectorAll('body script, img[src=x], [onerror]').length") == 0, path
    page.goto(f"{base}/shifts/{shift_id}")
    text = page.locator("main").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert not watch.dialogs, watch.dialogs
    context.close()


def test_rules_form_highlights_cues(browser: Any, service_process: Process, artifacts: Path) -> None:
    base = service_process.url
    context, page, watch = new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(base + "/rules")
    assert page.locator("table.rulefiles", has_text="china-russia-ukraine.toml").is_visible()
    page.click("a[href='/login?next=/rules']")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    page.wait_for_url("**/rules")
    page.fill("textarea[name=text]", "U.S. officials said China has shipped drone engines to Russia.\n\n"
                                     "Beijing refused to impose sanctions on Russia, the ministry said.")
    page.click("form.try button")
    page.wait_for_selector("#result")
    result = page.locator("#result")
    assert result.locator("mark.cue").count() >= 3
    assert result.locator("mark.cue-attribution, mark.cue-negation").count() >= 1
    assert "military-aid" in result.inner_text()
    assert "would open" in result.inner_text()
    page.screenshot(path=str(artifacts / "rules.png"), full_page=True)

    # the same form by URL, through the fetcher (the test config allows 127.0.0.1)
    page_url = service_process.config.read_text().split('url = "', 2)[2].split('"')[0].replace(
        "feed.xml", "2026/05/officials-drone-engines.html")
    page.fill("textarea[name=text]", "")
    page.fill("input[name=url]", page_url)
    page.click("form.try button")
    page.wait_for_selector("#result")
    assert page.locator("#result mark.cue").count() >= 3
    assert not watch.dialogs and not watch.errors
    context.close()


def test_pages_read_without_javascript_and_on_a_phone(browser: Any, service_process: Process,
                                                      artifacts: Path) -> None:
    base = service_process.url
    context, page, watch = new_page(browser, js=False, viewport={"width": 390, "height": 844},
                                    device_scale_factor=2, is_mobile=True, has_touch=True)
    for name, path in (("phone-shifts", "/?status=all"), ("phone-shift", "/shifts/1"),
                       ("phone-topic", "/topics/china-russia-ukraine"), ("phone-feeds", "/feeds")):
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390 + 1, f"{path} scrolls sideways on a phone ({width}px)"
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    context.close()

    context, page, watch = new_page(browser, viewport={"width": 1280, "height": 900})
    for name, path in (("topic", "/topics/china-russia-ukraine"), ("feeds", "/feeds"), ("topics", "/topics")):
        page.goto(base + path)
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    page.goto(base + "/topics/china-russia-ukraine")
    assert page.locator("svg.timeline circle.point").count() >= 3
    assert page.locator("svg.timeline polyline.baseline").count() >= 2
    assert not watch.errors
    context.close()
