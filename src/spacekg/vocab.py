"""The vocabularies spacekg writes, and the prefixes its Turtle uses."""

from __future__ import annotations

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
    "resource_prefixes",
]
