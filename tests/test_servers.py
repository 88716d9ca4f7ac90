"""spacekg load and spacekg query against real SPARQL servers: Oxigraph and Virtuoso."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.query import questions

from . import servers
from .conftest import SAMPLE, need, write_article


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("loadsrc")
    other = write_article(base, "Astronaut Nie Haisheng visited Beijing on June 1, 2022.\n", "other.txt")
    assert run("build", str(SAMPLE), str(other), "--out", str(base / "out"), "--store", str(base / "db"), "-q")[0] == 0
    return base / "db"


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    if servers.oxigraph_binary() is None:
        need("oxigraph")
    with servers.oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    need("virtuoso-t")
    # A row cap below the size of the data: no bundled answer may depend on it.
    with servers.virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=500) as server:
        yield server


def auth(server: servers.Server) -> dict[str, str]:
    return {"SPACEKG_USER": server.user or "", "SPACEKG_PASSWORD": server.password or ""} if server.user else {}


def count_all(server: servers.Server) -> str:
    return run("query", server.query_url, "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
               "--format", "csv")[1]  # fmt: skip


@pytest.mark.parametrize("which", ["oxigraph_server", "virtuoso_server"])
def test_load_then_every_question_answers_as_embedded(which: str, store: Path, request: pytest.FixtureRequest) -> None:
    server: servers.Server = request.getfixturevalue(which)
    code, out, err = run("load", str(store), "--endpoint", server.store_url, env=auth(server))
    assert code == 0, err
    assert out.startswith("loaded 3 graphs") and "counts checked on the server" in out
    for q in questions():
        embedded = run("query", str(store), q.name, "--format", "csv")
        remote = run("query", server.query_url, q.name, "--format", "csv")
        assert remote == embedded, q.name
    before = count_all(server)
    code, _, err = run("load", str(store), "--endpoint", server.store_url, env=auth(server))
    assert code == 0, err
    assert count_all(server) == before  # reloading replaces, never duplicates


def test_credentials_are_required_and_never_printed(virtuoso_server: servers.Server, store: Path) -> None:
    env = {"SPACEKG_USER": "dba", "SPACEKG_PASSWORD": "not-the-password"}
    code, out, err = run("load", str(store), "--endpoint", virtuoso_server.store_url, env=env)
    assert code == 2
    assert "server answered 401" in err and err.count("\n") == 1
    assert "not-the-password" not in out + err
    code, _, err = run(
        "load", str(store), "--endpoint", virtuoso_server.store_url, env={"SPACEKG_USER": "", "HOME": "/nonexistent"}
    )
    assert code == 2 and "401" in err


def test_credentials_from_a_netrc_file(virtuoso_server: servers.Server, store: Path, tmp_path: Path) -> None:
    rc = tmp_path / "netrc"
    rc.write_text("machine 127.0.0.1 login dba password dba\n", encoding="utf-8")
    os.chmod(rc, 0o600)
    code, out, err = run("load", str(store), "--endpoint", virtuoso_server.store_url, "--netrc", str(rc),
                         env={"SPACEKG_USER": ""})  # fmt: skip
    assert code == 0, err
    assert "dba" not in out


def test_a_refused_load_leaves_what_the_server_had(oxigraph_server: servers.Server, tmp_path: Path) -> None:
    good = tmp_path / "good.nq"
    good.write_text('<urn:s> <urn:p> "one" <urn:g1> .\n<urn:s> <urn:p> "two" <urn:g2> .\n', encoding="utf-8")
    assert run("load", str(good), "--endpoint", oxigraph_server.store_url)[0] == 0
    # The server refuses an unknown graph store path; nothing it holds changes.
    code, _, err = run("load", str(good), "--endpoint", oxigraph_server.store_url.replace("/store", "/nowhere"),
                       "--query-url", oxigraph_server.query_url)  # fmt: skip
    assert code == 2 and "server answered 404" in err
    ask = 'ASK { GRAPH <urn:g1> { <urn:s> <urn:p> "one" } GRAPH <urn:g2> { <urn:s> <urn:p> "two" } }'
    assert run("query", oxigraph_server.query_url, "-e", ask)[1] == "true\n"


def test_server_down_is_one_line_exit_2(store: Path) -> None:
    port = servers.free_port()
    code, _, err = run("load", str(store), "--endpoint", f"http://127.0.0.1:{port}/store")
    assert code == 2 and err.count("\n") == 1 and "cannot reach the server" in err


def test_a_server_that_does_not_answer_times_out_in_one_line(store: Path) -> None:
    # A real socket that takes connections and never answers: the client waits --timeout, then says so.
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        code, _, err = run("query", f"{url}/sparql", "-e", "ASK {}", "--timeout", "0.5")
        assert code == 2 and err.count("\n") == 1 and "no answer within 0.5 s; give a longer --timeout" in err
        code, _, err = run("load", str(store), "--endpoint", f"{url}/store", "--timeout", "0.5")
        assert code == 2 and err.count("\n") == 1 and "no answer within 0.5 s" in err
    code, _, err = run("query", f"{url}/sparql", "-e", "ASK {}", "--timeout", "0")
    assert code == 2 and "--timeout" in err
