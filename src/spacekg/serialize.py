"""Serialise a graph to bytes: Turtle, N-Triples, JSON-LD, TriG, N-Quads.

Pure. Oxigraph's writers do the work (rdflib's Turtle writer is many times
slower); triples are sorted first, so the same graph always gives the same
bytes, and only the prefixes the graph uses are declared.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .vocab import PREFIXES, resource_prefixes

FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, ".ttl"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, ".nt"),
    "jsonld": (ox.RdfFormat.JSON_LD, ".jsonld"),
}


def to_oxigraph(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot serialise RDF term {term!r}")


def sorted_triples(triples: Iterable[tuple[object, object, object]] | Iterable[ox.Triple]) -> list[ox.Triple]:
    converted = {
        t if isinstance(t, ox.Triple) else ox.Triple(to_oxigraph(t[0]), to_oxigraph(t[1]), to_oxigraph(t[2]))  # type: ignore[arg-type]
        for t in triples
    }
    return sorted(converted, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def used_prefixes(triples: list[ox.Triple], extra: dict[str, str]) -> dict[str, str]:
    candidates = {**PREFIXES, **extra}
    iris: set[str] = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    return {
        prefix: ns
        for prefix, ns in sorted(candidates.items())
        if any(iri.startswith(ns) and len(iri) > len(ns) for iri in iris)
    }


def serialize(graph: Graph | Iterable[tuple[object, object, object]], fmt: str, *, base: str | None = None) -> bytes:
    """The graph in ``fmt`` (a key of FORMATS), byte-identical for the same triples."""
    rdf_format, _ = FORMATS[fmt]
    triples = sorted_triples(graph)
    prefixes = used_prefixes(triples, resource_prefixes(base) if base else {})
    if rdf_format is ox.RdfFormat.N_TRIPLES:
        return _bytes(ox.serialize(triples, format=rdf_format))
    data = _bytes(ox.serialize(triples, format=rdf_format, prefixes=prefixes))
    if rdf_format is ox.RdfFormat.TURTLE:
        data = _sorted_header(data)
    return data


def _sorted_header(data: bytes) -> bytes:
    """Prefix lines in alphabetical order, whatever order the writer chose."""
    lines = data.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def _bytes(data: bytes | None) -> bytes:
    if data is None:  # only when an output stream is given, which we never do
        raise RuntimeError("oxigraph returned no bytes")
    return data
