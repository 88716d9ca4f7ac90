"""The lexical knowledge spacekg extracts with, read from its bundled data.

Reference entities and mission series come from ``data/reference/entities.toml``;
event classes with their trigger phrases, the class hierarchy and the themes
with their cue phrases come from the Turtle files in ``ontology/``. Everything
here is data: changing what spacekg recognises means editing those files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .errors import InputError
from .model import Entity, Kind
from .text import slug
from .vocab import RDFS, SCHEMA, SKOS, SPACEKG

_TRIGGER = str(SPACEKG.triggerPhrase)
_SUBCLASS = str(RDFS.subClassOf)
_PREF = str(SKOS.prefLabel)
_HIDDEN = str(SKOS.hiddenLabel)
_IN_SCHEME = str(SKOS.inScheme)
_LABEL = str(RDFS.label)
_GAP = r"(?:\s+\S+){0,12}?\s+"  # whitespace and tokens are disjoint: no catastrophic backtracking


@dataclass(frozen=True)
class Series:
    """Designated missions or vehicles: ``Shenzhou-12``, ``Shenzhou XII``, ``Long March 2F``."""

    name: str
    kind: Kind
    cls: str
    spellings: tuple[str, ...]
    separator: str = "-"
    roman: bool = False  # designators written in Roman numerals ("Artemis II"), whichever the text uses
    # The form of a designator, where it is more than a number ("Soyuz MS-25", "Soyuz T-11"): a regular
    # expression with no groups of its own.
    designator: str | None = None

    def canonical(self, number: str) -> str:
        """The name of the designated one, given its designator as Arabic digits ("12", "2F")."""
        if self.roman and number.isdigit():
            number = _to_roman(int(number))
        return f"{self.name}{self.separator}{number}"


def _to_roman(n: int) -> str:
    out = ""
    for value, numeral in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


@dataclass(frozen=True)
class Trigger:
    cls: str
    phrase: str
    pattern: re.Pattern[str]
    weight: int  # letters in the phrase: the more specific phrase wins


@dataclass(frozen=True)
class Theme:
    iri: str
    label: str
    cues: re.Pattern[str]
    phrases: tuple[str, ...] = ()  # the cues lower-cased and single-spaced, if all are ASCII: a quick test


@dataclass(frozen=True)
class Lexicon:
    entities: tuple[Entity, ...]
    series: tuple[Series, ...]
    triggers: tuple[Trigger, ...]
    themes: tuple[Theme, ...]
    superclasses: dict[str, tuple[str, ...]]  # class IRI -> all its superclass IRIs
    parents: dict[str, tuple[str, ...]]  # class IRI -> its direct superclass IRIs
    labels: dict[str, str]  # ontology term IRI -> English label
    ontology_classes: frozenset[str]

    by_key: dict[tuple[Kind, str], Entity]
    given_names: frozenset[str] = frozenset()  # first words of people's names ("Charles", "Amelia")

    def entity(self, kind: Kind, id: str) -> Entity | None:
        return self.by_key.get((kind, id))

    def containers(self, place: Entity) -> set[str]:
        """The ids of the known places that hold ``place``, from the nearest out ("atlanta": the state of
        Georgia, the United States)."""
        held: set[str] = set()
        at: Entity | None = place
        while at is not None and at.contained_in and at.contained_in not in held:
            held.add(at.contained_in)
            at = self.entity(Kind.PLACE, at.contained_in)
        return held

    def is_a(self, cls: str, ancestor: str) -> bool:
        """Whether the spacekg class ``cls`` is ``ancestor`` or below it (local names)."""
        return cls == ancestor or str(SPACEKG[ancestor]) in self.superclasses.get(str(SPACEKG[cls]), ())

    def class_iri(self, name: str) -> str:
        """A class named in the reference data: spacekg's own if declared, else schema.org's."""
        iri = str(SPACEKG[name])
        return iri if iri in self.ontology_classes else str(SCHEMA[name])


def _compile_phrase(phrase: str) -> re.Pattern[str]:
    parts = [r"\s+".join(map(re.escape, p.split())) for p in phrase.split("...")]
    body = rf"(?P<head>{parts[0]})" + "".join(_GAP + p for p in parts[1:])
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


def compile_cues(cues: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(cues), key=lambda c: (-len(c), c))
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def cue_phrases(cues: Iterable[str]) -> tuple[str, ...]:
    """What a text (lower-cased, single-spaced) must contain for a cue to match it; nothing (no
    quick test) unless every cue is ASCII, as case-insensitive matching goes beyond lower()."""
    phrases = tuple(sorted({" ".join(c.lower().split()) for c in cues}))
    return phrases if all(p.isascii() for p in phrases) else ()


def _value(term: object) -> str:
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term.value
    return str(term)


def _read_turtle(path: Path) -> list[ox.Quad]:
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise InputError(f"cannot read bundled ontology file: {exc}", origin=str(path)) from None


def _entities_from_toml(path: Path) -> tuple[tuple[Entity, ...], tuple[Series, ...]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read reference data: {exc}", origin=str(path)) from None
    entities = []
    for row in data.get("entity", []):
        entities.append(
            Entity(
                kind=Kind(row["kind"]),
                id=row.get("id") or slug(row["name"]),
                name=row["name"],
                cls=row.get("class"),
                aliases=tuple(row.get("aliases", ())),
                zh=row.get("zh"),
                roles=tuple(r.lower() for r in row.get("roles", ())),
                wikidata=row.get("wikidata"),
                contained_in=row.get("contained_in"),
                crew=tuple(row.get("crew", ())),
            )
        )
    series = tuple(
        Series(
            name=row["name"],
            kind=Kind(row["kind"]),
            cls=row["class"],
            spellings=tuple(row["spellings"]),
            separator=row.get("separator", "-"),
            roman=row.get("numerals", "arabic") == "roman",
            designator=row.get("designator"),
        )
        for row in data.get("series", [])
    )
    # A curated designated mission ("Chang'e-4") takes its series' class unless it names one.
    for i, e in enumerate(entities):
        for s in series:
            if (
                e.cls is None
                and e.kind is s.kind
                and re.fullmatch(rf"{re.escape(s.name)}{re.escape(s.separator)}\w+", e.name)
            ):
                entities[i] = replace(e, cls=s.cls)
    return tuple(entities), series


@cache
def load() -> Lexicon:
    """The bundled lexicon; read once per process."""
    entities, series = _entities_from_toml(resources.entities_file())
    onto = _read_turtle(resources.ontology_file())
    parents: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    classes: set[str] = set()
    for q in onto:
        s, p, o = _value(q.subject), q.predicate.value, q.object
        if p == _SUBCLASS:
            parents.setdefault(s, set()).add(_value(o))
            classes.add(s)
        elif p == _LABEL and isinstance(o, ox.Literal):
            labels[s] = o.value
        elif p == _TRIGGER:
            phrases.append((s.removeprefix(str(SPACEKG)), _value(o)))

    def ancestors(iri: str) -> tuple[str, ...]:
        seen: list[str] = []
        stack = sorted(parents.get(iri, ()))
        while stack:
            top = stack.pop(0)
            if top not in seen:
                seen.append(top)
                stack.extend(sorted(parents.get(top, ())))
        return tuple(seen)

    triggers = tuple(
        Trigger(cls, phrase, _compile_phrase(phrase), sum(c.isalpha() for c in phrase))
        for cls, phrase in sorted(phrases)
    )
    concepts: dict[str, dict[str, list[str]]] = {}
    for q in _read_turtle(resources.themes_file()):
        s, p, o = _value(q.subject), q.predicate.value, q.object
        if p in (_PREF, _HIDDEN, _IN_SCHEME):
            concepts.setdefault(s, {}).setdefault(p, []).append(_value(o))
    themes = tuple(
        Theme(iri, props[_PREF][0], compile_cues(props[_HIDDEN]), cue_phrases(props[_HIDDEN]))
        for iri, props in sorted(concepts.items())
        if _HIDDEN in props and _PREF in props
    )
    return Lexicon(
        entities=entities,
        series=series,
        triggers=triggers,
        themes=themes,
        superclasses={c: ancestors(c) for c in sorted(classes)},
        parents={c: tuple(sorted(parents[c])) for c in sorted(classes)},
        labels=labels,
        ontology_classes=frozenset(classes),
        by_key={e.key: e for e in entities},
        given_names=_given_names(resources.given_names_file()),
    )


def _given_names(path: Path) -> frozenset[str]:
    with path.open("rb") as f:
        return frozenset(tomllib.load(f)["names"])
