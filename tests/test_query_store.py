"""spacekg query and the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.query import questions

from .conftest import ROOT, SAMPLE, write_article


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("store")
    assert run("build", str(SAMPLE), "--out", str(base / "out"), "--store", str(base / "db"), "-q")[0] == 0
    return base / "db"


def test_list_names_every_bundled_question() -> None:
    code, out, _ = run("query", "--list")
    assert code == 0
    for q in questions():
        assert q.name in out and q.question in out
    assert "missions-by-year" in out


def test_table_csv_tsv_json(sample_ttl: Path) -> None:
    code, out, _ = run("query", str(sample_ttl), "events-by-year")
    assert code == 0
    assert out.splitlines()[:3] == ["year  events", "----  ------", "2017  1"]
    assert out.rstrip().endswith("(6 rows)")
    code, out, _ = run("query", str(sample_ttl), "events-by-year", "--format", "csv")
    assert out.replace("\r\n", "\n").splitlines()[:2] == ["year,events", "2017,1"]
    code, out, _ = run("query", str(sample_ttl), "events-by-year", "--format", "tsv")
    assert out.splitlines()[0] == "?year\t?events"
    code, out, _ = run("query", str(sample_ttl), "events-by-year", "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"] == ["year", "events"] and len(data["results"]["bindings"]) == 6


def test_ask_construct_describe_and_query_files(sample_ttl: Path, tmp_path: Path) -> None:
    assert run("query", str(sample_ttl), "-e", "ASK { ?s a <https://schema.org/Person> }")[1] == "true\n"
    code, out, _ = run(
        "query", str(sample_ttl), "-e",
        "CONSTRUCT { ?e <https://schema.org/startDate> ?d } WHERE { ?e <https://schema.org/startDate> ?d }",
    )  # fmt: skip
    assert code == 0 and len(list(ox.parse(out.encode(), format=ox.RdfFormat.TURTLE))) == 9
    rq = write_article(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "count.rq")
    code, out, _ = run("query", str(sample_ttl), str(rq))
    assert code == 0 and out.splitlines()[2].strip().isdigit()


def test_updates_are_refused_unless_asked(sample_ttl: Path, store: Path) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    code, _, err = run("query", str(store), "-e", update)
    assert code == 2 and "read-only unless given --update" in err
    code, _, err = run("query", str(sample_ttl), "-e", update, "--update")
    assert code == 2 and "updates need a store folder" in err
    assert run("query", str(store), "-e", "ASK { <urn:a> <urn:b> <urn:c> }")[1] == "false\n"


def test_syntax_error_gives_line_and_column(sample_ttl: Path) -> None:
    code, _, err = run("query", str(sample_ttl), "-e", "SELECT * WHERE {\n  ?s ?p\n}")
    assert code == 2
    assert err.startswith("spacekg: error: <-e>:3: SPARQL syntax error at column ")


def test_unknown_question_lists_the_known_ones(sample_ttl: Path) -> None:
    code, _, err = run("query", str(sample_ttl), "no-such-question")
    assert code == 2 and "missions-by-year" in err


def test_store_answers_like_the_file(store: Path, sample_ttl: Path) -> None:
    for q in questions():
        by_store = run("query", str(store), q.name, "--format", "csv")
        by_file = run("query", str(sample_ttl), q.name, "--format", "csv")
        assert by_store == by_file, q.name


def test_rebuilding_into_a_store_never_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "db"
    other = write_article(tmp_path, "Astronaut Nie Haisheng visited Beijing on June 1, 2022.\n", "other.txt")
    assert run("build", str(SAMPLE), "--out", str(tmp_path / "o"), "--store", str(db), "-q")[0] == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    first = run("query", str(db), "-e", count, "--format", "csv")[1]
    assert run("build", str(SAMPLE), "--out", str(tmp_path / "o"), "--store", str(db), "-q")[0] == 0
    assert run("query", str(db), "-e", count, "--format", "csv")[1] == first
    code, out, _ = run("build", str(other), "--out", str(tmp_path / "o"), "--store", str(db))
    assert code == 0 and "1 articles written (0 replaced)" in out
    graphs = run("query", str(db), "-e", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")[1]
    assert "article:other" in graphs and "article:xinhua-2022-05-04-xiplomacy-space" in graphs
    assert "graph:reference" in graphs


def test_trig_and_nquads_keep_one_graph_per_article(tmp_path: Path) -> None:
    other = write_article(tmp_path, "Astronaut Nie Haisheng visited Beijing on June 1, 2022.\n", "other.txt")
    out = tmp_path / "o"
    assert (
        run(
            "build",
            str(SAMPLE),
            str(other),
            "--out",
            str(out),
            "--format",
            "trig",
            "--format",
            "nquads",
            "-q",
        )[0]
        == 0
    )
    for name, fmt in (("spacekg.trig", ox.RdfFormat.TRIG), ("spacekg.nq", ox.RdfFormat.N_QUADS)):
        quads = list(ox.parse(path=str(out / name), format=fmt))
        graphs = {q.graph_name.value for q in quads}
        assert len(graphs) == 3, graphs  # two articles and the reference graph
    union = {
        (q.subject, q.predicate, q.object) for q in ox.parse(path=str(out / "spacekg.nq"), format=ox.RdfFormat.N_QUADS)
    }
    turtle = set(ox.parse(path=str(out / "spacekg.ttl"), format=ox.RdfFormat.TURTLE))
    assert {ox.Triple(*t) for t in union} == {ox.Triple(t.subject, t.predicate, t.object) for t in turtle}


def test_not_a_store_or_not_rdf(tmp_path: Path) -> None:
    code, _, err = run("query", str(tmp_path), "events-by-year")
    assert code == 2 and "is not a spacekg store folder" in err
    bad = write_article(tmp_path, "this is not turtle", "bad.ttl")
    code, _, err = run("query", str(bad), "events-by-year")
    assert code == 2 and "bad.ttl:1: is not valid Turtle" in err
    assert (ROOT / "ontology" / "queries").is_dir()
