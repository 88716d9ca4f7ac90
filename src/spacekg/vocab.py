"""The vocabularies spacekg writes, and the prefixes its Turtle uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

SPACEKG = Namespace("https://w3id.org/spacekg/ontology#")
THEME = Namespace("https://w3id.org/spacekg/theme/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WD = Namespace("http://www.wikidata.org/entity/")

DEFAULT_BASE = "https://w3id.org/spacekg/resource/"

# Prefix -> namespace, in the order Turtle output lists them (only those used are written).
PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "itsrdf": str(ITSRDF),
    "nif": str(NIF),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "skos": str(SKOS),
    "spacekg": str(SPACEKG),
    "theme": str(THEME),
    "time": str(TIME),
    "wd": str(WD),
    "xsd": str(XSD),
}

RESOURCE_KINDS = (
    "article", "event", "quote", "person", "organization", "place",
    "mission", "vehicle", "gathering", "group", "date", "graph",
)  # fmt: skip


def resource_prefixes(base: str) -> dict[str, str]:
    """Prefixes for the kinds of resource spacekg mints under ``base``: ``person:``, ``event:`` ..."""
    return {kind: f"{base}{kind}/" for kind in RESOURCE_KINDS}


def compact(iri: str, prefixes: Iterable[tuple[str, str]]) -> str | None:
    """``prefix:local`` for the first namespace (longest first, as given) that ``iri`` extends."""
    for prefix, ns in prefixes:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return None


def by_length(prefixes: dict[str, str]) -> list[tuple[str, str]]:
    """Prefixes ordered for ``compact``: longest namespace first, so the most specific one wins."""
    return sorted(prefixes.items(), key=lambda kv: -len(kv[1]))


class TermNamespace:
    """A namespace whose terms are IRIs in N-Triples syntax (``spacekg.nt``):
    ``SCHEMA.name`` is ``"<https://schema.org/name>"``, ``SPACEKG["Launch"]`` likewise."""

    def __init__(self, base: str) -> None:
        self._base = base
        self._cache: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        term = self._cache.get(name)
        if term is None:
            term = self._cache[name] = f"<{self._base}{name}>"
        return term

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)  # later lookups are plain attribute reads, not calls (hot in mapping)
        return term

    def __str__(self) -> str:
        return self._base


def term_namespaces(*names: str) -> tuple[Any, ...]:
    """The N-Triples twins of this module's rdflib namespaces, by name."""
    return tuple(TermNamespace(str(globals()[name])) for name in names)


__all__ = [
    "DCTERMS",
    "DEFAULT_BASE",
    "ITSRDF",
    "NIF",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RESOURCE_KINDS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "SPACEKG",
    "THEME",
    "TIME",
    "WD",
    "XSD",
    "TermNamespace",
    "resource_prefixes",
]
