from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from spacekg.validate import shapes_graph, validate

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "ontology" / "examples").glob("*.ttl"))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


def test_sample_graph_conforms(sample_graph: Graph, shapes: Graph) -> None:
    report = validate(sample_graph, shapes)
    assert report.conforms, report.text


def test_there_are_valid_and_invalid_examples() -> None:
    names = [p.name for p in EXAMPLES]
    assert any(n.startswith("valid-") for n in names)
    assert sum(n.startswith("invalid-") for n in names) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_gives_the_verdict_its_name_says(path: Path, shapes: Graph) -> None:
    report = validate(Graph().parse(path, format="turtle"), shapes)
    assert report.conforms is path.name.startswith("valid-"), report.text
