"""Measure extraction against hand-made gold annotations.

A gold folder holds ``NAME.txt`` articles, each beside a ``NAME.gold.toml``:

    missions = ["Chang'e-5"]          # also: vehicles, people, organizations, places
    events = [{ date = "2020-12-17", type = "Return|Landing" }]

Names match by slug (``Chang'e-5`` = ``Change 5``), a found entity by its name or any of its
aliases (``Tiangong`` is ``China's space station``); ``A|B`` accepts either. Scores
are micro-averaged over the articles: precision, recall and F1 per kind, where
"event dates" compares the distinct dates of events and "events" the pairs of
date and class.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import reader
from .errors import InputError
from .extract import Extractor, default_extractor
from .model import Entity, Extraction, Kind
from .text import slug

ENTITY_KINDS: dict[str, tuple[Kind, ...]] = {
    "missions": (Kind.MISSION,),
    "vehicles": (Kind.VEHICLE,),
    "people": (Kind.PERSON,),
    "organizations": (Kind.ORGANIZATION, Kind.GATHERING),
    "places": (Kind.PLACE,),
}
KINDS = (*ENTITY_KINDS, "event dates", "events")
TARGETED = ("missions", "people", "event dates")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Gold:
    entities: dict[str, tuple[str, ...]]
    events: tuple[tuple[str, tuple[str, ...]], ...]  # (date, accepted classes)


def read_gold(path: Path) -> Gold:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read gold annotations ({exc})", origin=str(path)) from None
    events = tuple((str(e["date"]), tuple(str(e.get("type", "")).split("|"))) for e in data.get("events", []))
    return Gold({k: tuple(data.get(k, ())) for k in ENTITY_KINDS}, events)


def _match(predicted: Iterable[str | Entity], gold: Iterable[str], score: Score, label: str) -> None:
    """Pair gold entries with predictions; an entity matches by its name or any of its aliases."""
    left: dict[str, tuple[str, frozenset[str]]] = {}
    for p in predicted:
        names = (p,) if isinstance(p, str) else (p.name, *p.aliases)
        left.setdefault(slug(names[0]), (names[0], frozenset(slug(n) for n in names)))
    for entry in gold:
        accepted = {slug(a) for a in entry.split("|")}
        hit = next((k for k, (_, known) in left.items() if known & accepted), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{label}: {entry}")
        else:
            score.tp += 1
            del left[hit]
    score.fp += len(left)
    score.extras.extend(f"{label}: {name}" for name, _ in left.values())


def score_article(x: Extraction, gold: Gold, scores: dict[str, Score]) -> None:
    label = x.document.source.id
    for kind, kinds in ENTITY_KINDS.items():
        found = {m.entity.key: m.entity for m in x.mentions if m.entity.kind in kinds}
        predicted = sorted(found.values(), key=lambda e: e.name)
        _match(predicted, gold.entities[kind], scores[kind], label)
    dates = sorted({e.date.lexical for e in x.events if e.date is not None})
    _match(dates, sorted({d for d, _ in gold.events}), scores["event dates"], label)
    pairs = [(e.date.lexical if e.date else "undated", e.cls) for e in x.events]
    events = scores["events"]
    remaining = list(pairs)
    for date, classes in gold.events:
        hit = next((p for p in remaining if p[0] == date and p[1] in classes), None)
        if hit is None:
            events.fn += 1
            events.misses.append(f"{label}: {date} {'|'.join(classes)}")
        else:
            events.tp += 1
            remaining.remove(hit)
    events.fp += len(remaining)
    events.extras.extend(f"{label}: {d} {c}" for d, c in remaining)


def evaluate(folder: Path, extractor: Extractor | None = None) -> dict[str, Score]:
    """Scores per kind over every article in ``folder`` that has a gold file."""
    ex = extractor or default_extractor()
    articles = sorted(folder.glob("*.txt"))
    if not articles:
        raise InputError("holds no .txt articles to evaluate", origin=str(folder))
    scores = {k: Score() for k in KINDS}
    for article in articles:
        gold_path = article.with_name(article.stem + ".gold.toml")
        if not gold_path.exists():
            raise InputError(f"has no gold file {gold_path.name}; write one beside it", origin=str(article))
        (source,) = list(reader.read([article]))
        score_article(ex.extract(source), read_gold(gold_path), scores)
    return scores


def render(scores: dict[str, Score], *, details: bool = False) -> str:
    lines = [f"{'kind':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<14} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    if details:
        for kind, s in scores.items():
            for miss in s.misses:
                lines.append(f"missed  {kind:<14} {miss}")
            for extra in s.extras:
                lines.append(f"extra   {kind:<14} {extra}")
    return "\n".join(lines)


def below(scores: dict[str, Score], threshold: float) -> list[str]:
    """The targeted kinds whose precision or recall is under ``threshold``."""
    return [
        f"{k} {name} {value:.3f} < {threshold}"
        for k in TARGETED
        for name, value in (("precision", scores[k].precision), ("recall", scores[k].recall))
        if value < threshold
    ]
