"""The HTML view in a real headless Chromium (Debian's /usr/bin/chromium), driven by Playwright.

Every request that is not for a file:// URL is blocked and counted: the page must make none."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from spacekg.pipeline import build
from spacekg.view import render_html, to_networkx

from .conftest import SAMPLE, need, write_article

CHROMIUM = os.environ.get("SPACEKG_CHROMIUM", "/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api")
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


class Page:
    """A loaded page with what it tried to fetch, what it logged and any dialog it opened."""

    def __init__(self, browser, path: Path) -> None:
        self.outside: list[str] = []
        self.console: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.spacekg && window.spacekg.ready", timeout=60_000)

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def eval(self, script: str):
        return self.page.evaluate(script)

    def node_id(self, predicate_js: str) -> int:
        return self.eval(f"window.spacekg.data.nodes.filter(function (n) {{ return {predicate_js}; }})[0].id")

    def click_node(self, node_id: int) -> None:
        point = self.eval(
            f"(function () {{ var n = window.spacekg.network; var p = n.getPositions([{node_id}])[{node_id}];"
            " return n.canvasToDOM(p); })()"
        )
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def visible(self) -> list[dict]:
        return self.eval("window.spacekg.visibleIds().map(function (i) { return window.spacekg.data.nodes[i]; })")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    need(CHROMIUM)
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample_page(browser, tmp_path_factory: pytest.TempPathFactory) -> Page:
    path = tmp_path_factory.mktemp("view") / "spacekg.html"
    path.write_text(render_html(build(SAMPLE)), encoding="utf-8")
    return Page(browser, path)


def test_loads_offline_without_errors_or_outside_requests(sample_page: Page) -> None:
    assert sample_page.outside == []
    assert [c for c in sample_page.console if c.startswith(("error", "pageerror"))] == []
    assert sample_page.eval("document.querySelectorAll('script[src], link[href]').length") == 0


def test_node_count_equals_the_graphs(sample_page: Page) -> None:
    expected = len(to_networkx(build(SAMPLE)))
    assert sample_page.eval("window.spacekg.network.body.data.nodes.length") == expected
    assert sample_page.eval("document.getElementById('counts').textContent").startswith(f"{expected} nodes")


def test_search_selects_and_describes_shenzhou_12(sample_page: Page) -> None:
    page = sample_page.page
    page.fill("#search", "Shenzhou")
    page.press("#search", "Enter")
    selected = sample_page.eval(
        "window.spacekg.network.getSelectedNodes().map(function (i) { return window.spacekg.data.nodes[i].name; })"
    )
    assert selected == ["Shenzhou-12"]
    assert page.locator("#panel h2").text_content() == "Shenzhou-12"


def test_clicking_the_2021_06_23_event_shows_its_source_sentence(sample_page: Page) -> None:
    sample_page.page.click("#date-reset")
    event = sample_page.node_id("n.kind === 'event' && n.date === '2021-06-23'")
    sample_page.click_node(event)
    panel = sample_page.page.locator("#panel")
    assert "In-orbit conversation by Xi Jinping" in panel.locator("h2").text_content()
    source = panel.locator("blockquote.source").first.text_content()
    assert source.startswith("Xi spoke with Nie Haisheng, Liu Boming and Tang Hongbo")
    assert "Xiplomacy: Xi promotes exploration" in panel.locator(".article").first.text_content()


def test_class_filter_hides_a_class(sample_page: Page) -> None:
    page = sample_page.page
    box = page.locator('#classes input[data-kind="theme"]')
    box.uncheck()
    kinds = {n["kind"] for n in sample_page.visible()}
    assert "theme" not in kinds and "event" in kinds
    box.check()
    assert "theme" in {n["kind"] for n in sample_page.visible()}


def test_date_range_shows_only_events_in_range_and_their_links(sample_page: Page) -> None:
    page = sample_page.page
    page.fill("#date-from", "2021-01-01")
    page.fill("#date-to", "2021-12-31")
    page.dispatch_event("#date-to", "change")
    shown = sample_page.visible()
    events = [n for n in shown if n["kind"] == "event"]
    assert sorted(n["date"] for n in events) == ["2021-05-15", "2021-06-23", "2021-09-16"]
    names = {n["name"] for n in shown}
    assert "Tianwen-1" in names and "Nie Haisheng" in names
    assert "Chang'e-4" not in names and "Dongfanghong-1" not in names
    page.click("#date-reset")
    assert len(sample_page.visible()) == sample_page.eval("window.spacekg.data.nodes.length")


def test_text_from_an_article_runs_nothing(browser, tmp_path: Path) -> None:
    evil = "<img src=x onerror=alert(1)>"
    article = write_article(
        tmp_path,
        f" date 2022-06-05 Launch {evil}\n\nJune 5, 2022\n\n"
        f'Xi said in a congratulatory letter to the {evil} Conference that "<script>alert(2)</script> is here now".\n',
    )
    path = tmp_path / "evil.html"
    path.write_text(render_html(build(article), title=f"title {evil}"), encoding="utf-8")
    page = Page(browser, path)
    assert page.dialogs == [] and page.outside == []
    assert page.eval("document.querySelectorAll('img').length") == 0
    assert page.eval("document.title") == f"title {evil}"
    event = page.node_id("n.kind === 'event'")
    page.click_node(event)
    assert evil in page.page.locator("#panel blockquote.source").first.text_content()
    assert page.dialogs == []
