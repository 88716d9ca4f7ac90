"""The corpus build: parallel and Dask runs give the serial build's bytes; stores grow incrementally."""

from __future__ import annotations

import importlib.util
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main

from .conftest import ROOT, SAMPLE, write_article

spec = importlib.util.spec_from_file_location("corpus", ROOT / "bench" / "corpus.py")
assert spec is not None and spec.loader is not None
corpus = importlib.util.module_from_spec(spec)
sys.modules["corpus"] = corpus
spec.loader.exec_module(corpus)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def build(inputs: Path, out: Path, *extra: str) -> dict[str, bytes]:
    code, _, err = run("build", str(inputs), "--out", str(out), "--no-html", "-q", "--format", "ntriples", *extra)
    assert code == 0, err
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus.write_jsonl(tmp_path_factory.mktemp("corpus") / "c.jsonl", 1000)


def test_corpus_generator_is_seeded(tmp_path: Path) -> None:
    a = corpus.write_jsonl(tmp_path / "a.jsonl", 30).read_bytes()
    b = corpus.write_jsonl(tmp_path / "b.jsonl", 30).read_bytes()
    assert a == b and a.count(b"\n") == 30


def test_parallel_build_of_1000_articles_equals_the_serial_build(thousand: Path, tmp_path: Path) -> None:
    serial = build(thousand, tmp_path / "serial", "--workers", "1")
    parallel = build(thousand, tmp_path / "parallel", "--workers", "2")
    assert serial.keys() == parallel.keys() == {"spacekg.ttl", "spacekg.nt"}
    assert serial == parallel
    assert serial["spacekg.nt"].count(b"\n") > 1_000_000


def test_dask_local_cluster_equals_the_serial_build(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    small = corpus.write_jsonl(tmp_path / "c.jsonl", 60)
    serial = build(small, tmp_path / "serial", "--workers", "1", "--format", "nquads")
    on_dask = build(small, tmp_path / "dask", "--scheduler", "local")
    assert on_dask == serial
    parts = sorted(p.name for p in (tmp_path / "dask" / "nquads").iterdir())
    assert parts == ["part-00000.nq", "reference.nq"]
    joined = b"".join((tmp_path / "dask" / "nquads" / p).read_bytes() for p in parts)
    assert joined == serial["spacekg.nq"]


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    code, _, err = run("build", str(SAMPLE), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9", "-q")
    assert code == 2 and err.count("\n") == 1 and "cannot reach the Dask scheduler" in err


def test_store_grows_incrementally_and_replaces_the_same_text(tmp_path: Path) -> None:
    db = tmp_path / "db"
    one = write_article(tmp_path, "Astronaut Nie Haisheng visited Beijing on June 1, 2022.\n", "one.txt")
    same = write_article(tmp_path, "Astronaut Nie Haisheng visited Beijing on June 1, 2022.\n", "renamed.txt")
    assert run("build", str(SAMPLE), "--out", str(tmp_path / "o"), "--store", str(db), "-q")[0] == 0
    code, out, _ = run("build", str(one), "--out", str(tmp_path / "o"), "--store", str(db))
    assert code == 0 and "1 articles written (0 replaced)" in out
    code, out, _ = run("build", str(same), "--out", str(tmp_path / "o"), "--store", str(db))
    assert code == 0 and "1 articles written (1 replaced)" in out
    graphs = run("query", str(db), "-e", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")[1]
    assert "article:renamed" in graphs and "article:one" not in graphs
    assert "article:xinhua-2022-05-04-xiplomacy-space" in graphs


def test_progress_on_a_terminal_and_silence_in_a_pipe(tmp_path: Path) -> None:
    """On a terminal (a real pseudo-terminal here) build shows articles, rate and ETA; in a pipe nothing."""
    source = corpus.write_jsonl(tmp_path / "c.jsonl", 120)
    command = [sys.executable, "-m", "spacekg", "build", str(source), "--no-html", "--workers", "1"]
    leader, follower = pty.openpty()
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "tty")], stdout=subprocess.DEVNULL, stderr=follower, timeout=300
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0
    assert b"100/120 articles" in shown and b"articles/s, ETA " in shown
    piped = subprocess.run([*command, "--out", str(tmp_path / "pipe")], capture_output=True, timeout=300)
    assert piped.returncode == 0 and b"articles/s" not in piped.stderr


def test_the_progress_total_counts_articles(tmp_path: Path) -> None:
    from spacekg.cli import progress
    from spacekg.reader import estimate

    corpus.write_jsonl(tmp_path / "c.jsonl", 25)
    write_article(tmp_path, "Shenzhou-12 launched on June 17, 2021.\n", "one.txt")
    assert estimate([tmp_path]) == 26
    assert estimate(["-"]) is None
    assert estimate([tmp_path / "missing"]) is None
    assert progress(10, 26, 2.0).startswith("10/26 articles, 5 articles/s, ETA 0:03")
    assert progress(10, None, 2.0) == "10 articles, 5 articles/s"
