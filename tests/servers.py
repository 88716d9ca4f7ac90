"""Real SPARQL servers for the tests, each on a free loopback port in a temporary folder.

Oxigraph comes from PyPI (the ``oxigraph`` package's ``oxigraph serve``); Virtuoso from Debian
(``virtuoso-t``), with its own configuration and database, its SPARQL graph store behind HTTP
digest authentication (user dba). Both are stopped when the fixture ends."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

VIRTUOSO_INI = """
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {d}
CheckpointInterval = 60

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Server:
    store_url: str
    query_url: str
    user: str | None = None
    password: str | None = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, process: subprocess.Popen[bytes], seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=2).read()
            return
        time.sleep(0.3)
    raise RuntimeError(f"server did not answer {url} within {seconds} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@contextlib.contextmanager
def oxigraph(folder: Path) -> Iterator[Server]:
    binary = oxigraph_binary()
    assert binary is not None
    port = free_port()
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}",
             "--union-default-graph"],
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/query?query=ASK%7B%7D", process, 30, log)
        yield Server(f"{base}/store", f"{base}/query")
    finally:
        stop(process)


@contextlib.contextmanager
def virtuoso(folder: Path, max_rows: int = 10000) -> Iterator[Server]:
    binary = shutil.which("virtuoso-t")
    assert binary is not None
    sql, http = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http, max_rows=max_rows), encoding="utf-8")
    log = folder / "stdout.log"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "-f", "-c", str(ini)], cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{http}"
        wait_for(f"{base}/sparql?query=ASK%7B%7D", process, 120, log)
        yield Server(f"{base}/sparql-graph-crud-auth", f"{base}/sparql", "dba", "dba")
    finally:
        stop(process)
