"""Summaries of a spacekg graph: counts per class and the events in date order."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from .vocab import NIF, RDF, SCHEMA, SEM, SKOS, SPACEKG

CLASSES: tuple[tuple[str, URIRef], ...] = (
    ("articles", SCHEMA.NewsArticle),
    ("events", SEM.Event),
    ("quotations", SCHEMA.Quotation),
    ("people", SCHEMA.Person),
    ("organizations", SCHEMA.Organization),
    ("gatherings", SPACEKG.Gathering),
    ("groups", SPACEKG.Group),
    ("places", SCHEMA.Place),
    ("missions", SPACEKG.Mission),
    ("launch vehicles", SPACEKG.LaunchVehicle),
    ("themes", SKOS.Concept),
    ("mentions", NIF.Phrase),
    ("sentences", NIF.Sentence),
)

_EVENTS = """
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX schema: <https://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?when ?name WHERE {
  ?event a sem:Event ; schema:name ?name .
  OPTIONAL { ?event time:hasTime/rdfs:label ?when }
}
"""


@dataclass(frozen=True)
class EventRow:
    when: str
    name: str
    iri: str


@dataclass(frozen=True)
class Stats:
    triples: int
    counts: tuple[tuple[str, int], ...]
    events: tuple[EventRow, ...]

    def render(self) -> str:
        width = max(len(label) for label, _ in self.counts)
        lines = [f"{'triples'.ljust(width)}  {self.triples:>6}"]
        lines += [f"{label.ljust(width)}  {count:>6}" for label, count in self.counts]
        lines.append("")
        lines.append("events by date:")
        lines += [f"  {row.when or 'undated':<10}  {row.name}" for row in self.events]
        return "\n".join(lines)


def stats(graph: Graph) -> Stats:
    counts = tuple((label, len(set(graph.subjects(RDF.type, cls)))) for label, cls in CLASSES)
    rows = {
        EventRow(str(r.when) if r.when is not None else "", str(r.name), str(r.event))  # type: ignore[union-attr]
        for r in graph.query(_EVENTS)
    }
    events = tuple(sorted(rows, key=lambda r: (r.when or "9999", r.name, r.iri)))
    return Stats(len(graph), counts, events)
