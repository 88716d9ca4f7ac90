"""The build: read articles, extract each one, map everything to one graph.

``build`` is the library's main entry point; the CLI's ``build`` command only
parses options, calls it and writes the outputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import reader
from .extract import Extractor, default_extractor
from .graphio import to_rdflib
from .model import Entity, Extraction, Kind, Source
from .nt import lines
from .rdf import RDF, Mapper, Options, Triple, article_iri
from .vocab import DEFAULT_BASE, PREFIXES, resource_prefixes


@dataclass(frozen=True)
class BuildResult:
    graph: Graph
    extractions: tuple[Extraction, ...]
    dataset: Dataset

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for x in self.extractions for w in x.warnings)


def extract_all(sources: Iterable[Source], extractor: Extractor | None = None) -> tuple[Extraction, ...]:
    ex = extractor or default_extractor()
    return tuple(ex.extract(source) for source in sources)


def merge_entity(merged: dict[tuple[Kind, str], Entity], e: Entity) -> None:
    """Keep one entity per key: the first one seen, unless a curated one comes after a discovered one."""
    known = merged.get(e.key)
    if known is None or (e.curated and not known.curated):
        merged[e.key] = e


def referenced_entities(extractions: Iterable[Extraction]) -> list[Entity]:
    """Every entity the extractions point to, one per IRI; a curated one wins over a discovered one."""
    merged: dict[tuple[Kind, str], Entity] = {}

    def add(e: Entity | None) -> None:
        if e is not None:
            merge_entity(merged, e)

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


@dataclass(frozen=True)
class Dataset:
    """The graph as named graphs: one per article (named by the article's IRI) and one of shared
    reference data (entities, themes, classes). The Turtle output is their union."""

    base: str
    articles: tuple[tuple[str, tuple[Triple, ...]], ...]  # graph IRI, triples: N-Triples terms
    reference_graph: str
    reference: tuple[Triple, ...]

    def triples(self) -> Iterator[Triple]:
        for _, triples in self.articles:
            yield from triples
        yield from self.reference

    def graph(self) -> Graph:
        graph = Graph(bind_namespaces="none")
        for prefix, ns in (*PREFIXES.items(), *resource_prefixes(self.base).items()):
            graph.bind(prefix, ns)
        text = "".join(lines(self.triples()))
        for t in ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES):
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return graph


def reference_graph_iri(base: str) -> str:
    """The reference data's graph IRI, in N-Triples syntax."""
    return f"<{base}graph/reference>"


def to_dataset(extractions: tuple[Extraction, ...], *, base: str = DEFAULT_BASE, include_text: bool = True) -> Dataset:
    mapper = Mapper(default_extractor().lexicon, Options(base=base, include_text=include_text))
    articles = []
    for x in extractions:
        triples = tuple(dict.fromkeys(mapper.article(x)))
        articles.append((article_iri(x.document.source.id, mapper.options), triples))
    reference = mapper.reference(
        referenced_entities(extractions),
        set().union(*(x.themes() for x in extractions)),
        (ev.date for x in extractions for ev in x.events if ev.date is not None),
        {o[1:-1] for _, triples in articles for _, p, o in triples if p == RDF.type},
    )
    return Dataset(base, tuple(articles), reference_graph_iri(base), tuple(dict.fromkeys(reference)))


def build_result(inputs: Iterable[str | Path], *, base: str = DEFAULT_BASE, include_text: bool = True) -> BuildResult:
    extractions = extract_all(reader.read(inputs))
    dataset = to_dataset(extractions, base=base, include_text=include_text)
    return BuildResult(dataset.graph(), extractions, dataset)


def build(inputs: Iterable[str | Path] | str | Path, *, base: str = DEFAULT_BASE, include_text: bool = True) -> Graph:
    """The knowledge graph of the articles in ``inputs`` (files, folders or ``-``), as an rdflib Graph."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return build_result(inputs, base=base, include_text=include_text).graph
