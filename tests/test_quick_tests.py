"""The extractor skips patterns that cannot match (a theme whose cue phrases are not in a span, a
mission series whose names are not in the article). Skipping must never change what is found:
here every skip is compared with running every pattern, on the project's texts and on variants
made to stress the quick tests (other cases, line breaks inside cue phrases, non-ASCII text)."""

from __future__ import annotations

import random

import pytest

from spacekg import lexicon
from spacekg.entities import EntityFinder, _masked
from spacekg.events import _Themes
from spacekg.model import Source, Span
from spacekg.segment import normalize, segment
from spacekg.text import fold

from .conftest import ROOT

TEXTS = sorted(
    p for folder in ("data", "eval/dev", "eval/heldout", "fuzz/corpus") for p in (ROOT / folder).rglob("*.txt")
)


def variants(text: str) -> list[str]:
    cues = " ".join(c for t in lexicon.load().themes for c in t.phrases)
    return [
        text,
        text.upper(),
        text.replace(" ", "\n", 200),
        text.replace("'", "\u2019") + " \u00e9t\u00e9",  # not ASCII: no quick test at all
        cues + ". " + cues.upper().replace(" ", "  \t"),
        "Shenzhou XII and Long March 2F, Chang'e 5 and Tianwen-1; shenzhou-5 in lower case.",
    ]


def spans(text: str, doc_spans: list[Span], rng: random.Random) -> list[Span]:
    cuts = [Span(b, min(len(text), b + rng.randint(1, 400))) for b in rng.sample(range(len(text)), min(60, len(text)))]
    return [*doc_spans, *cuts, Span(0, len(text))]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_theme_quick_test_never_changes_the_themes_found(path) -> None:  # type: ignore[no-untyped-def]
    themes = lexicon.load().themes
    rng = random.Random(path.name)
    for raw in variants(path.read_text(encoding="utf-8")):
        doc = segment(Source("a", normalize(raw), "a.txt"))
        text = fold(doc.text)
        quick = _Themes(themes, text)
        for span in spans(text, [s.span for s in doc.sentences], rng):
            every = tuple(t.iri for t in themes if t.cues.search(text, span.begin, span.end))
            assert quick([span]) == every, (path.name, span.cut(text))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_series_quick_test_never_changes_the_missions_found(path) -> None:  # type: ignore[no-untyped-def]
    finder = EntityFinder(lexicon.load())
    every = [(s, regex) for s, regex, _ in finder._series]
    found = 0
    for raw in variants(path.read_text(encoding="utf-8")):
        doc = segment(Source("a", normalize(raw), "a.txt"))
        folded = _masked(fold(doc.text))
        active = finder._active_series(folded)
        for region in [s.span for s in doc.sentences] + [Span(0, len(folded))]:
            with_all = list(finder._designated(folded, region, every))
            assert list(finder._designated(folded, region, active)) == with_all
            found += len(with_all)
    assert found > 0
