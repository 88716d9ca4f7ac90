"""Read RDF files given to ``validate``, ``stats`` and ``view`` into an rdflib Graph.

Oxigraph parses (fast, with line and column in its errors); the triples are
then handed to rdflib, which pySHACL and networkx code expect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError
from .files import read_graph_file

_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported RDF term {term!r}")


def parse_file(path: Path) -> list[ox.Quad]:
    """All quads of an RDF file, or an InputError naming the line and column that are wrong."""
    fmt, data = _read(path)
    with _errors(path, fmt):
        return list(ox.parse(data, format=fmt))


def load_store(path: Path) -> ox.Store:
    """An RDF file in an in-memory Oxigraph store, parsed in Rust without Python objects per triple
    (the fast path for large files); errors as ``parse_file``'s."""
    fmt, data = _read(path)
    store = ox.Store()
    with _errors(path, fmt):
        store.bulk_load(data, format=fmt)
    return store


def _read(path: Path) -> tuple[ox.RdfFormat, bytes]:
    fmt = _BY_SUFFIX.get(path.suffix.lower(), ox.RdfFormat.TURTLE)
    data = read_graph_file(path)
    if not data.strip():
        raise InputError("file is empty; give an RDF file that spacekg build wrote", origin=str(path), line=1)
    return fmt, data


@contextmanager
def _errors(path: Path, fmt: ox.RdfFormat) -> Iterator[None]:
    try:
        yield
    except SyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) else None
        detail = exc.msg.split(": ", 1)[-1] if exc.msg else "syntax error"
        raise InputError(
            f"is not valid {fmt.name} ({detail}, column {exc.offset}); give the file spacekg build wrote",
            origin=str(path),
            line=line,
        ) from None
    except ValueError as exc:
        raise InputError(f"cannot be parsed as {fmt.name} ({exc})", origin=str(path)) from None


def load_graph(path: Path) -> Graph:
    graph = Graph(bind_namespaces="none")
    for q in parse_file(path):
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph
