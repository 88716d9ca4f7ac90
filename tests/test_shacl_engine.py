"""The SHACL shapes compiled to SPARQL (spacekg.shacl) must say what pySHACL says."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

import spacekg.shacl_native
from spacekg import reader
from spacekg.graphio import load_store
from spacekg.shacl import Check, ShapesError, Violation, check_store, compile_shapes, query_predicates
from spacekg.shacl_native import check_triples
from spacekg.stream import build_to, process_batch
from spacekg.validate import shapes_graph, validate
from spacekg.vocab import DEFAULT_BASE, NIF, PROV, RDFS, SCHEMA, SEM, SPACEKG, TIME

from .conftest import ROOT, write_article
from .test_cli import run

EXAMPLES = sorted((ROOT / "ontology" / "examples").glob("*.ttl"))
RDFS_LABEL = RDFS.label

Found = dict[tuple[str, str], int]


def _store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


ENGINES = ["store", "native"]  # check_store on an Oxigraph store; check_triples, as build --validate runs


def _violations(graph: Graph, engine: str) -> tuple[Violation, ...]:
    if engine == "store":
        return check_store(_store(graph)).violations
    nt = graph.serialize(format="nt", encoding="utf-8")
    triples = [(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    return check_triples(triples).violations  # the SPARQL checks on a store of what they can match


def _ours(graph: Graph, engine: str = "store") -> Found:
    """Violations as (focus, component) with counts; blank-node foci are compared as '_:'."""
    found: Found = {}
    for v in _violations(graph, engine):
        key = ("_:" if v.focus.startswith("_:") else v.focus, v.component)
        found[key] = 1
    return found


def _pyshacls(graph: Graph, shapes: Graph) -> Found:
    report = validate(graph, shapes)
    found: Found = {}
    for result in report.results.subjects(RDF.type, SH.ValidationResult):
        focus = report.results.value(result, SH.focusNode)
        component = str(report.results.value(result, SH.sourceConstraintComponent)).split("#")[1]
        found[("_:" if isinstance(focus, BNode) else f"<{focus}>", component)] = 1
    return found


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_give_pyshacls_violations(path: Path, engine: str, shapes: Graph) -> None:
    graph = Graph().parse(path, format="turtle")
    ours = _ours(graph, engine)
    assert ours == _pyshacls(graph, shapes)
    assert (not ours) is path.name.startswith("valid-")


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))[0]


def _drop(p: URIRef, cls: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((_first(g, cls), p, None))

    return mutate


def _set(p: URIRef, cls: URIRef, value: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        node = _first(g, cls)
        g.remove((node, p, None))
        g.add((node, p, value))  # type: ignore[arg-type]

    return mutate


def _add(p: URIRef, cls: URIRef, value: object) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.add((_first(g, cls), p, value))  # type: ignore[arg-type]

    return mutate


def _shift_span(g: Graph) -> None:
    span = _first(g, NIF.Phrase)
    begin = int(g.value(span, NIF.beginIndex))  # type: ignore[arg-type]
    g.set((span, NIF.beginIndex, Literal(begin + 1, datatype=XSD.nonNegativeInteger)))


def _agent_only(g: Graph) -> None:
    event = _first(g, SEM.Event)
    g.add((event, SPACEKG.hasAgent, URIRef(DEFAULT_BASE + "person/nobody")))


MUTATIONS: dict[str, Callable[[Graph], None]] = {
    "event without source": _drop(PROV.wasDerivedFrom, SEM.Event),
    "event without article": _drop(SCHEMA.subjectOf, SEM.Event),
    "start date as text": _set(SCHEMA.startDate, SEM.Event, Literal("June 23, 2021")),
    "ill-formed date": _set(SCHEMA.startDate, SEM.Event, Literal("2021-13-45", datatype=XSD.date)),
    "two English labels": _add(RDFS_LABEL, SCHEMA.Person, Literal("Someone else", lang="en")),
    "label not English": _set(RDFS_LABEL, SCHEMA.Person, Literal("Xi", lang="zh")),
    "publisher is a place": _set(SCHEMA.publisher, SCHEMA.NewsArticle, URIRef(DEFAULT_BASE + "place/china")),
    "quote without creator": _drop(SCHEMA.creator, SCHEMA.Quotation),
    "span offsets shifted": _shift_span,
    "agent not an actor": _agent_only,
    "earliest after latest": _set(SEM.hasEarliestBeginTimeStamp, SEM.Event, Literal("2099-01-01", datatype=XSD.date)),
    "about a person": _add(SCHEMA.about, SEM.Event, URIRef(DEFAULT_BASE + "person/xi-jinping")),
    "instant with two forms": _add(TIME.inXSDgYear, TIME.Instant, Literal("2021", datatype=XSD.gYear)),
    "literal actor": _add(SEM.hasActor, SEM.Event, Literal("Xi")),
    "negative offset": _set(NIF.endIndex, NIF.Sentence, Literal(-3, datatype=XSD.integer)),
}


def _broken(name: str, sample_graph: Graph) -> Graph:
    graph = Graph()
    for triple in sample_graph:
        graph.add(triple)
    MUTATIONS[name](graph)
    return graph


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_broken_sample_gives_pyshacls_violations(name: str, sample_graph: Graph, shapes: Graph) -> None:
    graph = _broken(name, sample_graph)
    ours = _ours(graph)
    assert ours, f"{name}: the compiled shapes found nothing"
    assert ours == _pyshacls(graph, shapes)


def _spy_on_sparql(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The components of the checks the native evaluator hands to SPARQL, as they are handed."""
    sent: list[str] = []
    real = spacekg.shacl_native.run_checks

    def spy(store: ox.Store, checks: list[Check], below: dict[str, set[str]]) -> Iterator[Violation]:
        sent.extend(c.component for c in checks)
        return real(store, checks, below)

    monkeypatch.setattr("spacekg.shacl_native.run_checks", spy)
    return sent


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_the_native_evaluator_reports_what_the_store_reports(
    name: str, sample_graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole results (focus, component, path, value, message), not only what pySHACL is compared on."""
    graph = _broken(name, sample_graph)
    sent = _spy_on_sparql(monkeypatch)
    assert _violations(graph, "native") == _violations(graph, "store")
    # Only what has no native form, or met a value left to Oxigraph (the ill-formed date), went to SPARQL.
    expected = ["SPARQLConstraintComponent"] * 3
    assert sorted(sent) == sorted(expected + (["DatatypeConstraintComponent"] if name == "ill-formed date" else []))


def test_the_sample_conforms_in_every_engine(sample_graph: Graph, shapes: Graph) -> None:
    assert _ours(sample_graph) == {} == _ours(sample_graph, "native") == _pyshacls(sample_graph, shapes)


def test_derived_integers_read_back_from_a_store(shapes: Graph) -> None:
    """Oxigraph stores xsd:nonNegativeInteger as xsd:integer; the engine accepts an integer in
    range there (pySHACL, on the file, would not), and still rejects one out of range."""
    template = (ROOT / "ontology" / "examples" / "valid-01-event.ttl").read_text(encoding="utf-8")
    assert '"0"^^xsd:nonNegativeInteger' in template
    in_range = Graph().parse(
        data=template.replace('"0"^^xsd:nonNegativeInteger', '"0"^^xsd:integer', 1), format="turtle"
    )
    assert _ours(in_range) == {}
    negative = Graph().parse(
        data=template.replace('"0"^^xsd:nonNegativeInteger', '"-1"^^xsd:integer', 1), format="turtle"
    )
    assert {c for _, c in _ours(negative)} >= {"DatatypeConstraintComponent"}


def test_what_it_cannot_compile_is_refused(shapes: Graph) -> None:
    closed = Graph()
    for triple in shapes:
        closed.add(triple)
    closed.add((URIRef("https://w3id.org/spacekg/shapes#Article"), SH.closed, Literal(True)))
    with pytest.raises(ShapesError, match="closed"):
        compile_shapes(closed)
    # A SPARQL constraint declaring its own prefixes is refused; a variable named ?base is not.
    for select, refused in (
        ("PREFIX ex: <https://example.org/>\nSELECT $this WHERE { $this ex:p ?base }", True),
        ("SELECT $this WHERE { $this <https://example.org/p> ?base }", False),
    ):
        graph = shapes_graph()
        constraint = BNode()
        graph.add((URIRef("https://w3id.org/spacekg/shapes#Article"), SH.sparql, constraint))
        graph.add((constraint, SH.select, Literal(select)))
        if refused:
            with pytest.raises(ShapesError, match="sh:prefixes"):
                compile_shapes(graph)
        else:
            assert any("?base" in c.query for c in compile_shapes(graph))


def test_every_constraint_of_the_shapes_is_compiled(shapes: Graph) -> None:
    """As many checks as the shapes have constraint parameters, so none is silently dropped."""
    checks = compile_shapes(shapes)
    components = {c.component for c in checks}
    for needed in (
        "MinCountConstraintComponent",
        "QualifiedMaxCountConstraintComponent",
        "XoneConstraintComponent",
        "SPARQLConstraintComponent",
        "LessThanOrEqualsConstraintComponent",
        "OrConstraintComponent",
    ):
        assert needed in components
    sparql = sum(1 for _ in shapes.objects(None, SH.sparql))
    assert sum(c.component == "SPARQLConstraintComponent" for c in checks) == sparql
    for store_query in (c.query for c in checks):
        ox.Store().query(store_query)  # each is valid SPARQL


def test_validate_a_store_folder_and_a_file(tmp_path: Path) -> None:
    invalid = ROOT / "ontology" / "examples" / "invalid-04-quote-without-creator.ttl"
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.bulk_load(load_store(invalid).dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    code, out, _ = run("validate", str(folder))
    assert code == 1 and "MinCountConstraintComponent" in out and "a quotation names who said it" in out
    code, out, _ = run("validate", str(invalid), "--engine", "pyshacl")
    assert code == 1 and "Conforms: False" in out


def _forbid_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Validate builds with a stricter shape: no article may mention anything."""
    strict = shapes_graph()
    rule = BNode()
    strict.add((URIRef("https://w3id.org/spacekg/shapes#Article"), SH.property, rule))
    strict.add((rule, SH.path, SCHEMA.mentions))
    strict.add((rule, SH.maxCount, Literal(0)))
    monkeypatch.setattr("spacekg.shacl.default_checks", lambda: compile_shapes(strict))


def test_build_validate_checks_each_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write_article(tmp_path, "Shenzhou-12 launched on June 17, 2021. Nie Haisheng led the crew.\n", "a.txt")
    write_article(tmp_path, "Tianwen-1 landed on Mars on May 15, 2021.\n", "b.txt")
    report = build_to([first.parent], tmp_path / "out", base=DEFAULT_BASE, html=False, validate=True)
    assert report.summary.validated and report.summary.violations == []
    # A stricter shape (no article may mention anything) must flag both articles, from the workers.
    _forbid_mentions(monkeypatch)
    report = build_to([first.parent], tmp_path / "out2", base=DEFAULT_BASE, html=False, validate=True)
    flagged = {v.focus for v in report.summary.violations if v.component == "MaxCountConstraintComponent"}
    assert flagged == {f"<{DEFAULT_BASE}article/a>", f"<{DEFAULT_BASE}article/b>"}
    assert not report.summary.conforms and report.summary.violations_dropped == 0
    # Only the first results are kept in memory; the rest are counted, and the verdict stays right.
    monkeypatch.setattr("spacekg.stream.VIOLATIONS_KEPT", 1)
    report = build_to([first.parent], tmp_path / "out3", base=DEFAULT_BASE, html=False, validate=True)
    assert len(report.summary.violations) == 1 and report.summary.violations_dropped == 1
    assert not report.summary.conforms


def test_batched_validation_finds_what_one_article_at_a_time_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers validate a batch of articles in one store: every article must still be checked
    (here 11 articles, two batches, two workers), with the same results as alone."""
    missions = ["Shenzhou-12", "Tianwen-1", "Chang'e-4", "Tianzhou-2", "Shenzhou-13", "Chang'e-5"]
    (tmp_path / "in").mkdir()
    for i in range(11):
        text = f"{missions[i % 6]} launched on June {i + 1}, 2021. Nie Haisheng said it went well.\n"
        write_article(tmp_path / "in", text, f"n{i:02d}.txt")
    _forbid_mentions(monkeypatch)
    report = build_to([tmp_path / "in"], tmp_path / "out", base=DEFAULT_BASE, html=False, validate=True, workers=2)
    flagged = {v.focus for v in report.summary.violations if v.component == "MaxCountConstraintComponent"}
    assert flagged == {f"<{DEFAULT_BASE}article/n{i:02d}>" for i in range(11)}
    sources = list(reader.read([tmp_path / "in"]))
    together = set(process_batch(sources, DEFAULT_BASE, validate=True).violations)
    alone = {v for s in sources for v in process_batch([s], DEFAULT_BASE, validate=True).violations}
    assert together == alone and len(alone) >= 11


def test_build_validate_exit_code(tmp_path: Path) -> None:
    code, out, _ = run("build", str(ROOT / "data"), "--out", str(tmp_path / "out"), "--validate", "--no-html")
    assert code == 0 and out.rstrip().endswith("conforms to the shapes")


def test_checks_are_deterministic(shapes: Graph) -> None:
    assert [c.query for c in compile_shapes(shapes)] == [c.query for c in compile_shapes(shapes_graph())]


def test_warnings_are_reported_but_conform(sample_graph: Graph) -> None:
    """A constraint of severity sh:Warning is listed, yet the graph conforms (as pySHACL says with
    allow_warnings)."""
    shapes = shapes_graph()
    rule = BNode()
    shapes.add((URIRef("https://w3id.org/spacekg/shapes#Article"), SH.property, rule))
    shapes.add((rule, SH.path, SCHEMA.mentions))
    shapes.add((rule, SH.maxCount, Literal(0)))
    shapes.add((rule, SH.severity, SH.Warning))
    report = check_store(_store(sample_graph), compile_shapes(shapes))
    assert report.conforms and report.violations
    assert {v.severity for v in report.violations} == {"Warning"}
    assert report.render().startswith("conforms, with warnings: 1 result(s)")
    assert validate(sample_graph, shapes).conforms


EDGE_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:nodeKind sh:IRI ;
  sh:property [ sh:path ex:label ; sh:languageIn ( "en" ) ] ,
    [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "en" ) ] ; sh:qualifiedMaxCount 1 ] ,
    [ sh:path ex:n ; sh:datatype xsd:nonNegativeInteger ; sh:lessThanOrEquals ex:m ; sh:maxCount 1 ] ,
    [ sh:path ex:d ; sh:datatype xsd:date ; sh:lessThan ex:e ] ,
    [ sh:path ex:b ; sh:datatype xsd:boolean ] ,
    [ sh:path ex:kind ; sh:in ( ex:a ex:b ) ; sh:nodeKind sh:IRI ] ,
    [ sh:path ex:part ; sh:or ( [ sh:class ex:Part ] [ sh:class ex:Piece ] ) ; sh:minCount 1 ] .
ex:T a sh:NodeShape ; sh:targetSubjectsOf ex:label ; sh:class ex:Thing .
ex:U a sh:NodeShape ; sh:targetObjectsOf ex:part ; sh:nodeKind sh:IRI .
ex:V a sh:NodeShape ; sh:targetNode ex:nowhere ; sh:property [ sh:path ex:label ; sh:minCount 1 ] .
ex:W a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:xone ( [ sh:path ex:d ; sh:minCount 1 ] [ sh:path ex:b ; sh:minCount 1 ; sh:maxCount 1 ] ) ;
  sh:not [ sh:path ex:kind ; sh:minCount 2 ] ;
  sh:and ( [ sh:nodeKind sh:IRI ] [ sh:path ex:part ; sh:maxCount 1 ] ) ;
  sh:node [ sh:path ex:label ; sh:datatype xsd:string ] .
"""
EDGE_DATA = """
@prefix ex: <urn:ex:> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Sub rdfs:subClassOf ex:Thing . ex:SubSub rdfs:subClassOf ex:Sub . ex:SmallPart rdfs:subClassOf ex:Part .
ex:t1 a ex:Thing ; ex:label "one"@en-GB , "One"@EN , "yi"@zh ; ex:n "5"^^xsd:nonNegativeInteger ; ex:m 4 ;
  ex:d "2021-02-03"^^xsd:date ; ex:e "2021-02-03"^^xsd:date ; ex:b "1"^^xsd:boolean , "yes"^^xsd:boolean ;
  ex:kind ex:a , ex:c , "a" ; ex:part ex:p1 , ex:p2 .
ex:t2 a ex:SubSub ; ex:label "two"@en ; ex:n "-1"^^xsd:integer , "05"^^xsd:integer ; ex:m "x" ;
  ex:d "2021-02-30"^^xsd:date ; ex:e "2022-01-01"^^xsd:date ; ex:part [ a ex:Part ] .
ex:t3 a ex:Sub ; ex:n "abc"^^xsd:integer ; ex:d "2021-01-01" ; ex:e "2021-12-31"^^xsd:date ; ex:b true .
_:t4 a ex:Thing ; ex:label "four"@en ; ex:part ex:p1 .
ex:loose ex:label "no class" .
ex:p1 a ex:SmallPart . ex:p2 a ex:Other .
"""


@pytest.mark.filterwarnings("ignore:Parsing weird boolean")  # rdflib, on "yes"^^xsd:boolean: meant
def test_native_and_store_agree_on_edge_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Values the sample never has: language subtags and case, derived and ill-formed integers,
    dates to compare and ill-formed ones, blank nodes, every kind of target, sh:or, subclasses."""
    checks = compile_shapes(Graph().parse(data=EDGE_SHAPES, format="turtle"))
    graph = Graph().parse(data=EDGE_DATA, format="turtle")
    nt = graph.serialize(format="nt", encoding="utf-8")
    triples = [(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    sent = _spy_on_sparql(monkeypatch)
    native = check_triples(triples, lambda: _store(graph), checks).violations
    stored = check_store(_store(graph), checks).violations
    # The native evaluator decided most checks itself; values it leaves to Oxigraph went there.
    assert 0 < len(sent) <= len(checks) // 2, sent

    def comparable(vs: tuple[Violation, ...]) -> set[tuple[str, ...]]:
        return {("_:" if v.focus.startswith("_:") else v.focus, v.component, v.path or "", v.value or "") for v in vs}

    assert comparable(native) == comparable(stored)
    components = {v.component for v in stored}
    assert components >= {
        "LanguageInConstraintComponent", "QualifiedMaxCountConstraintComponent", "DatatypeConstraintComponent",
        "LessThanOrEqualsConstraintComponent", "LessThanConstraintComponent", "MaxCountConstraintComponent",
        "InConstraintComponent", "NodeKindConstraintComponent", "OrConstraintComponent",
        "MinCountConstraintComponent", "ClassConstraintComponent", "XoneConstraintComponent",
        "NotConstraintComponent", "AndConstraintComponent", "NodeConstraintComponent",
    }  # fmt: skip


def test_an_impossible_date_is_left_to_oxigraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "2021-02-30" looks like a date but is none: Oxigraph cannot compare it (a violation of
    sh:lessThan), so the native evaluator must not compare it as text; it hands the check over."""
    shapes = (
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property [ sh:path ex:d ; sh:lessThan ex:e ] ."
    )
    data = (
        "@prefix ex: <urn:ex:> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        'ex:t a ex:Thing ; ex:d "2021-02-30"^^xsd:date ; ex:e "2022-01-01"^^xsd:date .'
    )
    checks = compile_shapes(Graph().parse(data=shapes, format="turtle"))
    graph = Graph().parse(data=data, format="turtle")
    nt = graph.serialize(format="nt", encoding="utf-8")
    triples = [(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    sent = _spy_on_sparql(monkeypatch)
    stored = check_store(_store(graph), checks).violations
    assert [v.focus for v in stored] == ["<urn:ex:t>"]
    assert check_triples(triples, lambda: _store(graph), checks).violations == stored
    assert sent == ["LessThanConstraintComponent"]


@pytest.mark.parametrize(
    ("where", "predicates"),
    [
        ("?this <urn:a>/^<urn:b> ?v", {"urn:a", "urn:b"}),
        (
            "?this <urn:a>|<urn:b>* ?v FILTER NOT EXISTS { ?v <urn:c>+ ?w ; <urn:d> ?x, ?y }",
            {"urn:a", "urn:b", "urn:c", "urn:d"},
        ),
        ("?this <urn:a> ?v OPTIONAL { ?v <urn:e> ?w } MINUS { ?v <urn:f> ?w }", {"urn:a", "urn:e", "urn:f"}),
        ("?this <urn:a> ?v FILTER EXISTS { ?v ?any ?w }", None),
        ("?this !<urn:a> ?v", None),
        ("?this <urn:a> ?v BIND (EXISTS { ?v !(<urn:b>) ?w } AS ?x)", None),
        ("{ SELECT ?this WHERE { ?this ?p ?v } }", None),
    ],
)
def test_query_predicates(where: str, predicates: set[str] | None) -> None:
    """What a SPARQL check can match: a store without the triples of other predicates answers it
    the same; None where it could match any predicate."""
    found = query_predicates(f"SELECT ?this WHERE {{ {where} }}")
    assert found == (frozenset(predicates) if predicates is not None else None)
