from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF, RDFS

from spacekg import lexicon
from spacekg.vocab import SKOS, SPACEKG

from .conftest import ROOT

VANN = Namespace("http://purl.org/vocab/vann/")


def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "spacekg.ttl", format="turtle")


def test_header_has_version_title_and_prefix() -> None:
    g = ontology()
    (onto,) = list(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionIRI) is not None
    assert g.value(onto, RDFS.label) is not None
    assert str(g.value(onto, URIRef_vann("preferredNamespacePrefix"))) == "spacekg"


def URIRef_vann(local: str):
    from rdflib import URIRef

    return URIRef("http://purl.org/vocab/vann/" + local)


def test_every_term_has_an_english_label_and_comment() -> None:
    g = ontology()
    terms = {s for s in g.subjects() if str(s).startswith(str(SPACEKG))}
    assert len(terms) > 30
    for term in terms:
        labels = [lab for lab in g.objects(term, RDFS.label) if lab.language == "en"]
        comments = [c for c in g.objects(term, RDFS.comment) if c.language == "en"]
        assert labels and comments, term


def test_event_classes_asked_for_are_declared_with_triggers() -> None:
    g = ontology()
    for name in (
        "CongratulatoryLetter",
        "Letter",
        "ReplyLetter",
        "CongratulatoryMessage",
        "Meeting",
        "InOrbitConversation",
        "Inspection",
        "Launch",
        "Landing",
        "Docking",
        "Spacewalk",
    ):
        assert (SPACEKG[name], RDF.type, OWL.Class) in g
        assert list(g.objects(SPACEKG[name], SPACEKG.triggerPhrase)), name


def test_event_classes_align_to_schema_and_sem() -> None:
    supers = lexicon.load().superclasses[str(SPACEKG.CongratulatoryLetter)]
    assert "https://schema.org/Event" in supers
    assert "http://semanticweb.cs.vu.nl/2009/11/sem/Event" in supers


def test_theme_scheme_has_the_themes_asked_for_with_cues() -> None:
    g = Graph().parse(ROOT / "ontology" / "themes.ttl", format="turtle")
    labels = {str(o) for o in g.objects(None, SKOS.prefLabel)}
    for wanted in (
        "international cooperation",
        "peaceful use of outer space",
        "benefit for all mankind",
        "innovation",
        "self-reliance and hard work",
        "a community with a shared future for humanity",
        "protection of the space environment",
    ):
        assert wanted in labels
    for concept in g.subjects(RDF.type, SKOS.Concept):
        assert list(g.objects(concept, SKOS.hiddenLabel)), concept
