"""Benchmark the HTML view on large graphs: generation time and time to interactive in Chromium.

    python bench/view_bench.py [--articles 650] [--out bench/RESULTS-view.md]

Not a test: it prints and records figures. The graph is built from the seeded
corpus of bench/corpus.py; "interactive" means the page has drawn the network,
stopped any physics, and answered a search with a selected, focused node.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_jsonl

from spacekg.pipeline import build
from spacekg.view import ViewOptions, render_html, view_data

CHROMIUM = "/usr/bin/chromium"


def browser_time(path: Path) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.spacekg && window.spacekg.ready", timeout=120_000)
        drawn = time.perf_counter() - start
        page.fill("#search", "Shenzhou-12")
        page.press("#search", "Enter")
        page.wait_for_function("window.spacekg.network.getSelectedNodes().length === 1", timeout=60_000)
        interactive = time.perf_counter() - start
        browser.close()
    return drawn, interactive


def run(articles: int, max_nodes: int | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", articles)
        t = time.perf_counter()
        graph = build(corpus)
        built = time.perf_counter() - t
        kwargs = {"max_nodes": max_nodes} if max_nodes else {}
        t = time.perf_counter()
        page = render_html(graph, **kwargs)
        generated = time.perf_counter() - t
        data = view_data(graph, ViewOptions(**kwargs))
        path = Path(tmp) / "view.html"
        path.write_text(page, encoding="utf-8")
        drawn, interactive = browser_time(path)
        shown = page.count('"kind":"event"')
    return {
        "articles": articles,
        "triples": len(graph),
        "nodes": len(data["nodes"]),
        "edges": len(data["edges"]),
        "shown": shown,
        "build_s": built,
        "generate_s": generated,
        "html_mb": len(page.encode()) / 1e6,
        "drawn_s": drawn,
        "interactive_s": interactive,
        "max_nodes": max_nodes or 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=520)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows = [run(args.articles, None), run(args.articles, 1000)]
    lines = [
        "# HTML view benchmark",
        "",
        f"Machine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, Python {platform.python_version()}, "
        "2 cores; Chromium headless (Debian package). Command: `python bench/view_bench.py`.",
        "",
        "| articles | triples | graph nodes | edges | --max-nodes | HTML generated (s) | HTML size (MB) | drawn (s) | interactive (s) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['articles']} | {r['triples']} | {r['nodes']} | {r['edges']} | {r['max_nodes'] or 'default (5000)'} "
            f"| {r['generate_s']:.2f} | {r['html_mb']:.1f} | {r['drawn_s']:.2f} | {r['interactive_s']:.2f} |"
        )
    lines += [
        "",
        '"drawn": from navigation until the network is drawn and physics stopped; "interactive": until a '
        "search has selected and focused a node. With --max-nodes 1000 the same graph is aggregated "
        "(events grouped by month) and the page says so.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
