"""Time the bundled questions on Virtuoso, a real server, for a corpus built as N-Quads.

    spacekg build CORPUS --out DIR --format nquads --no-html -q
    python bench/virtuoso_questions.py DIR/spacekg.nq

Starts Debian's virtuoso-t on free loopback ports with the tests' configuration (tests/servers.py)
given more memory (about 5 GB of buffers), loads the file with Virtuoso's bulk loader (ld_dir,
rdf_loader_run), then sends each bundled question to its SPARQL endpoint with spacekg's own client
and times it until every row is read (the client gives up after --timeout seconds, 300 by default).
--buffers sets Virtuoso's NumberOfBuffers (8 KB pages; about 1.3 million for 100,000 articles).
Prints a Markdown table.
Not a test: it records figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.servers import VIRTUOSO_INI, free_port, stop, wait_for  # noqa: E402

from spacekg.errors import SpacekgError  # noqa: E402
from spacekg.query import questions, run_remote  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("nquads", type=Path)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for each answer")
    parser.add_argument("--buffers", type=int, default=680_000, help="Virtuoso's NumberOfBuffers (8 KB each)")
    args = parser.parse_args()
    buffers = {
        "NumberOfBuffers = 20000": f"NumberOfBuffers = {args.buffers}",
        "MaxDirtyBuffers = 15000": f"MaxDirtyBuffers = {args.buffers * 3 // 4}",
    }
    data = args.nquads.resolve()
    with tempfile.TemporaryDirectory(dir=data.parent) as tmp:
        folder = Path(tmp)
        sql, http = free_port(), free_port()
        ini = VIRTUOSO_INI.format(d=folder, sql=sql, http=http, max_rows=100_000_000)
        for old, new in buffers.items():
            ini = ini.replace(old, new)
        ini = ini.replace(f"DirsAllowed = ., {folder}", f"DirsAllowed = ., {folder}, {data.parent}")
        ini = ini.replace("MaxQueryExecutionTime = 60", "MaxQueryExecutionTime = 0")
        (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
        log = folder / "stdout.log"
        with log.open("wb") as out:
            server = subprocess.Popen(
                ["virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")],
                cwd=folder,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            endpoint = f"http://127.0.0.1:{http}/sparql"
            wait_for(f"{endpoint}?query=ASK%7B%7D", server, 120, log)
            start = time.perf_counter()
            load = f"ld_dir('{data.parent}', '{data.name}', 'urn:spacekg:default'); rdf_loader_run(); checkpoint;"
            subprocess.run(
                ["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", f"exec={load}"], check=True, capture_output=True
            )
            loaded = time.perf_counter() - start
            count = run_remote(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", origin="count").value
            quads = next(iter(count))["n"].value  # type: ignore[call-overload]
            print(f"Loaded {quads} quads from {data.name} in {loaded:.1f} s (ld_dir, rdf_loader_run, checkpoint).\n")
            print("| bundled question | seconds | rows |\n| --- | --- | --- |")
            for q in questions():
                start = time.perf_counter()
                try:
                    text = q.path.read_text(encoding="utf-8")
                    result = run_remote(endpoint, text, origin=q.name, timeout=args.timeout)
                except SpacekgError as exc:
                    print(f"| {q.name} | failed after {time.perf_counter() - start:.0f} ({exc}) | - |", flush=True)
                    continue
                rows = 1 if result.kind == "ask" else sum(1 for _ in result.value)  # type: ignore[attr-defined]
                print(f"| {q.name} | {time.perf_counter() - start:.3f} | {rows} |", flush=True)
        finally:
            stop(server)


if __name__ == "__main__":
    main()
