"""Competency questions: each ontology/queries/NAME.rq has its expected answer on the
sample in NAME.csv. Both rdflib and Oxigraph must give it. Refresh the answers
only on purpose, with ``pytest --update-golden``, and review the diff."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from .conftest import QUERIES

QUERY_FILES = sorted(QUERIES.glob("*.rq"))


def test_there_are_at_least_twelve_questions_each_with_a_question_line() -> None:
    assert len(QUERY_FILES) >= 12
    for path in QUERY_FILES:
        assert path.read_text(encoding="utf-8").startswith("# question: "), path.name


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value.value if isinstance(value, (ox.Literal, ox.NamedNode)) else str(value)


def rdflib_answer(graph: Graph, query: str) -> list[list[str]]:
    result = graph.query(query)
    if result.type == "ASK":
        return [["ask"], [str(result.askAnswer).lower()]]
    header = [str(v) for v in result.vars]  # type: ignore[union-attr]
    return [header] + [[_cell(x) for x in row] for row in result]  # type: ignore[union-attr]


def oxigraph_answer(store: ox.Store, query: str) -> list[list[str]]:
    result = store.query(query)
    if isinstance(result, ox.QueryBoolean):
        return [["ask"], [str(bool(result)).lower()]]
    header = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [header] + [[_cell(row[v]) for v in header] for row in result]  # type: ignore[union-attr]


def read_expected(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def write_expected(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def store(sample_ttl: Path) -> ox.Store:
    s = ox.Store()
    s.load(path=str(sample_ttl), format=ox.RdfFormat.TURTLE)
    return s


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_question_has_its_expected_answer(
    path: Path, sample_graph: Graph, store: ox.Store, request: pytest.FixtureRequest
) -> None:
    query = path.read_text(encoding="utf-8")
    by_rdflib = rdflib_answer(sample_graph, query)
    by_oxigraph = oxigraph_answer(store, query)
    assert by_rdflib == by_oxigraph
    expected_path = path.with_suffix(".csv")
    if request.config.getoption("--update-golden"):
        write_expected(expected_path, by_rdflib)
    assert expected_path.exists(), f"{expected_path.name} is missing; run pytest --update-golden and review it"
    assert by_rdflib == read_expected(expected_path)
