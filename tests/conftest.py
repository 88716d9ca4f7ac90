from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

import spacekg

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "xinhua-2022-05-04-xiplomacy-space.txt"
QUERIES = ROOT / "ontology" / "queries"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the expected answers of the competency questions from the current output.",
    )


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_result() -> spacekg.BuildResult:
    return spacekg.build_result([SAMPLE])


@pytest.fixture(scope="session")
def sample_graph(sample_result: spacekg.BuildResult) -> Graph:
    return sample_result.graph


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory: pytest.TempPathFactory, sample_graph: Graph) -> Path:
    path = tmp_path_factory.mktemp("sample") / "spacekg.ttl"
    path.write_bytes(spacekg.serialize(sample_graph, "turtle", base=spacekg.vocab.DEFAULT_BASE))
    return path


def need(tool: str) -> None:
    """Skip when an outside tool is missing, except in CI, where a skip would hide that it never ran."""
    import os
    import shutil

    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is not installed; `make test` installs it as root")
        pytest.skip(f"{tool} is not installed")


def write_article(tmp_path: Path, text: str, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
