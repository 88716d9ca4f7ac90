"""The scale benchmark: spacekg's corpus build against a plain rdflib pipeline and a floor.

    python bench/run.py --articles 1000 10000 [--baseline-max 1000] [--out bench/RESULTS.md]

For each corpus size (a seeded corpus from bench/corpus.py) it measures, each in a fresh
process under GNU time (wall seconds, peak RSS of the largest process):
- spacekg build with 1 and 2 workers, writing Turtle and N-Triples;
- the baseline a user would write: the same extraction, every triple added to an rdflib
  Graph, then rdflib's Turtle and N-Triples serializers (run up to --baseline-max articles,
  since its memory grows with the corpus);
- the floor: reading the corpus and writing as many N-Triples lines with string formatting.
Not a test: it records figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402

PY = sys.executable

BASELINE = r"""
import sys
from pathlib import Path
from rdflib import Graph
from spacekg import reader
from spacekg.extract import default_extractor
from spacekg.graphio import to_rdflib
from spacekg.pipeline import to_dataset
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
graph = Graph()
extractor = default_extractor()
extractions = []
for source in reader.read([corpus]):
    extractions.append(extractor.extract(source))
for s, p, o in to_dataset(tuple(extractions)).triples():
    graph.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
graph.serialize(out / "baseline.ttl", format="turtle")
graph.serialize(out / "baseline.nt", format="nt")
print(len(graph))
"""

FLOOR = r"""
import json, sys
corpus, out, lines = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [json.loads(line) for line in open(corpus, encoding="utf-8")]
with open(out, "w", encoding="utf-8") as handle:
    n = 0
    while n < lines:
        for row in rows:
            handle.write('<https://example.org/%s> <https://example.org/p%d> "%s" .\n' % (row["id"], n % 50, row["id"]))
            n += 1
            if n >= lines:
                break
print(n)
"""


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB, and stdout of one command run under GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name, *cmd], capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{cmd[:4]} failed: {done.stderr[-2000:]}")
        rss_kb = int(Path(t.name).read_text().strip().splitlines()[-1])
    return wall, rss_kb // 1024, done.stdout


def triples_in(nt: Path) -> int:
    with nt.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def bench(n: int, baseline_max: int, work: Path) -> list[dict[str, object]]:
    corpus = write_jsonl(work / f"corpus-{n}.jsonl", n)
    mb = corpus.stat().st_size / 1e6
    rows: list[dict[str, object]] = []
    triples = 0
    for workers in (1, 2):
        out = work / f"spacekg-{n}-{workers}"
        wall, rss, _ = timed(
            [PY, "-m", "spacekg", "build", str(corpus), "--out", str(out), "--no-html", "-q",
             "--format", "ntriples", "--workers", str(workers)]
        )  # fmt: skip
        triples = triples_in(out / "spacekg.nt")
        rows.append({"what": f"spacekg build, {workers} worker{'s' if workers > 1 else ''}", "n": n, "wall": wall,
                     "rss": rss, "mb": mb, "triples": triples})  # fmt: skip
    if n <= baseline_max:
        out = work / f"baseline-{n}"
        out.mkdir()
        wall, rss, stdout = timed([PY, "-c", BASELINE, str(corpus), str(out)])
        rows.append({"what": "rdflib baseline", "n": n, "wall": wall, "rss": rss, "mb": mb,
                     "triples": int(stdout.strip())})  # fmt: skip
    wall, rss, _ = timed([PY, "-c", FLOOR, str(corpus), str(work / f"floor-{n}.nt"), str(triples)])
    rows.append({"what": "floor (read, format N-Triples)", "n": n, "wall": wall, "rss": rss, "mb": mb,
                 "triples": triples})  # fmt: skip
    return rows


def render(rows: list[dict[str, object]]) -> str:
    lines = [
        "| articles | what | wall (s) | articles/s | MB/s | triples | triples/s | peak RSS (MB) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        wall = float(r["wall"])  # type: ignore[arg-type]
        lines.append(
            f"| {r['n']} | {r['what']} | {wall:.1f} | {int(r['n']) / wall:.0f} | {float(r['mb']) / wall:.2f} "  # type: ignore[call-overload]
            f"| {r['triples']} | {int(r['triples']) / wall:,.0f} | {r['rss']} |"  # type: ignore[call-overload]
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="spacekg scale benchmark")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--baseline-max", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("SPACEKG_BENCH_TMP")) as tmp:
        for n in args.articles:
            rows.extend(bench(n, args.baseline_max, Path(tmp)))
            print(render(rows), flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = f"# Scale benchmark\n\nMachine: {machine}. Command: `make bench`.\n\n{render(rows)}\n"
    if args.out:
        args.out.write_text(report, encoding="utf-8")
        (args.out.with_suffix(".json")).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
