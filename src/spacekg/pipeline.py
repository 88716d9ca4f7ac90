"""The build: read articles, extract each one, map everything to one graph.

``build`` is the library's main entry point; the CLI's ``build`` command only
parses options, calls it and writes the outputs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from . import reader
from .extract import Extractor, default_extractor
from .model import Entity, Extraction, Kind, Source
from .rdf import Mapper, Options
from .vocab import DEFAULT_BASE, PREFIXES, RDF, resource_prefixes


@dataclass(frozen=True)
class BuildResult:
    graph: Graph
    extractions: tuple[Extraction, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for x in self.extractions for w in x.warnings)


def extract_all(sources: Iterable[Source], extractor: Extractor | None = None) -> tuple[Extraction, ...]:
    ex = extractor or default_extractor()
    return tuple(ex.extract(source) for source in sources)


def referenced_entities(extractions: Iterable[Extraction]) -> list[Entity]:
    """Every entity the extractions point to, one per IRI; a curated one wins over a discovered one."""
    merged: dict[tuple[Kind, str], Entity] = {}

    def add(e: Entity | None) -> None:
        if e is None:
            return
        known = merged.get(e.key)
        if known is None or (e.curated and not known.curated):
            merged[e.key] = e

    for x in extractions:
        add(x.publisher)
        for m in x.mentions:
            add(m.entity)
        for ev in x.events:
            for e in (*ev.agents, *ev.counterparts, *ev.about, *ev.places):
                add(e)
            for q in ev.quotes:
                add(q.speaker)
                for e in q.about:
                    add(e)
    return [merged[k] for k in sorted(merged, key=lambda k: (k[0].value, k[1]))]


def to_graph(
    extractions: tuple[Extraction, ...], *, base: str = DEFAULT_BASE, include_text: bool = True
) -> Graph:
    extractor = default_extractor()
    mapper = Mapper(extractor.lexicon, Options(base=base, include_text=include_text))
    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for prefix, ns in resource_prefixes(base).items():
        graph.bind(prefix, ns)
    for x in extractions:
        for triple in mapper.article(x):
            graph.add(triple)
    for triple in mapper.entities(referenced_entities(extractions)):
        graph.add(triple)
    themes = {
        t
        for x in extractions
        for ev in x.events
        for t in (*ev.themes, *(t for q in ev.quotes for t in q.themes))
    }
    for triple in mapper.themes(themes):
        graph.add(triple)
    used_classes = {str(o) for o in graph.objects(None, RDF.type)}
    for triple in mapper.classes(used_classes):
        graph.add(triple)
    return graph


def build_result(
    inputs: Iterable[str | Path], *, base: str = DEFAULT_BASE, include_text: bool = True
) -> BuildResult:
    extractions = extract_all(reader.read(inputs))
    return BuildResult(to_graph(extractions, base=base, include_text=include_text), extractions)


def build(
    inputs: Iterable[str | Path] | str | Path, *, base: str = DEFAULT_BASE, include_text: bool = True
) -> Graph:
    """The knowledge graph of the articles in ``inputs`` (files, folders or ``-``), as an rdflib Graph."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return build_result(inputs, base=base, include_text=include_text).graph
