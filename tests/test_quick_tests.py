"""The extractor skips patterns that cannot match (a theme whose cue phrases are not in a span, a
mission series whose names are not in the article). Skipping must never change what is found:
here every skip is compared with running every pattern, on the project's texts and on variants
made to stress the quick tests (other cases, line breaks inside cue phrases, non-ASCII text)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacekg import events, lexicon
from spacekg.entities import EntityFinder, _masked
from spacekg.events import _Themes
from spacekg.model import DateValue, Entity, Event, Kind, Precision, Source, Span
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


# The events a story tells are indexed by class, date and craft, so that one told again is compared
# with few (events._Told). The index must find what comparing with every event told before finds.
_CLASSES = ("Launch", "Landing", "Return", "Meeting")
_DATES = (
    None,
    DateValue(Precision.DAY, dt.date(2024, 5, 3), dt.date(2024, 5, 3)),
    DateValue(Precision.DAY, dt.date(2024, 5, 4), dt.date(2024, 5, 4)),
    DateValue(Precision.DAY, dt.date(2024, 6, 1), dt.date(2024, 6, 1)),
    DateValue(Precision.MONTH, dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
    DateValue(Precision.YEAR, dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    DateValue(Precision.RANGE, dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
)
_CRAFTS = tuple(Entity(Kind.MISSION, f"craft-{n}", f"Craft {n}") for n in range(3))
_PEOPLE = tuple(Entity(Kind.PERSON, f"person-{n}", f"Person {n}") for n in range(2))
_told = st.builds(
    lambda cls, date, stated, crafts, agents, begin: (
        Event(cls, Span(begin, begin + 5), None, date, agents=agents, about=crafts),
        stated,
    ),
    st.sampled_from(_CLASSES),
    st.sampled_from(_DATES),
    st.sampled_from(_DATES),
    st.lists(st.sampled_from(_CRAFTS), unique=True, max_size=2).map(tuple),
    st.lists(st.sampled_from(_PEOPLE), unique=True, max_size=2).map(tuple),
    st.integers(0, 40),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_told, max_size=25), st.lists(_told, max_size=4), st.booleans())
def test_an_event_told_again_is_found_by_the_index_as_by_comparing_with_every_event(
    added: list[tuple[Event, DateValue | None]], late: list[tuple[Event, DateValue | None]], spaceflight: bool
) -> None:
    added = sorted(added, key=lambda pair: pair[0].span.begin)  # a story tells its sentences in order
    told = events._Told()
    every: list[Event] = []
    for event, stated in added:
        told.add(event, stated, spaceflight)
        same = next((i for i, e in enumerate(every) if events._same_event(e, event, stated)), None)
        if same is None:
            every.append(event)
            continue
        merged = events._merge(every[same], replace(event, agents=()) if spaceflight else event)
        every[same] = replace(merged, date=stated) if events._refines(every[same].date, stated) else merged
    for event, stated in late:
        found = told.find(event, stated)
        assert (found is None) == (not any(events._same_event(e, event, stated) for e in every))
        if found is None:
            told.insert(event)
            every.insert(sum(e.span.begin <= event.span.begin for e in every), event)
    assert told.in_order() == every
