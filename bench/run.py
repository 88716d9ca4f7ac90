"""The scale benchmark: spacekg's corpus build against a plain rdflib pipeline and a floor.

    python bench/run.py --articles 1000 10000 [--baseline-max 1000] [--out bench/RESULTS.md]

For each corpus size (a seeded corpus from bench/corpus.py) it measures, each in a fresh
process under GNU time (wall seconds, peak RSS of the largest process):
- spacekg build with 1 and 2 workers, writing Turtle and N-Triples, and with 2 workers and
  --validate (each article checked against the SHACL shapes in the workers);
- the baseline a user would write: the same extraction, every triple added to an rdflib
  Graph, then rdflib's Turtle and N-Triples serializers (run up to --baseline-max articles,
  since its memory grows with the corpus);
- the floor: reading the corpus and writing as many N-Triples lines with string formatting.
With --queries N it also builds an on-disk store of the N-article corpus (spacekg build --store)
and times each bundled competency question on it (opened read-only, first run, all rows read).
Not a test: it records figures, between the markers of --out (the rest of that file is kept).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
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
from spacekg import reader
from spacekg.extract import default_extractor
from spacekg.pipeline import to_dataset
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
extractor = default_extractor()
extractions = []
for source in reader.read([corpus]):
    extractions.append(extractor.extract(source))
graph = to_dataset(tuple(extractions)).graph()  # every triple added to an rdflib Graph
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


QUERY = r"""
import sys, time
from pathlib import Path
from spacekg.query import questions, run
from spacekg.store import open_store
store = open_store(Path(sys.argv[1]), read_only=True)
question = next(q for q in questions() if q.name == sys.argv[2])
start = time.perf_counter()
result = run(store, question.path.read_text(encoding="utf-8"), origin=question.name)
rows = sum(1 for _ in result.value) if result.kind in ("select", "graph") else 1
print(time.perf_counter() - start, rows)
"""
QUERY_TIMEOUT = 300


def time_questions(store: Path) -> dict[str, tuple[float, int]]:
    """Each bundled question in its own process (opened read-only, first run, every row read);
    one that runs past QUERY_TIMEOUT seconds is stopped and recorded as such (rows -1)."""
    sys.path.insert(0, str(HERE.parent / "src"))
    from spacekg.query import questions

    times: dict[str, tuple[float, int]] = {}
    for q in questions():
        try:
            done = subprocess.run(
                [PY, "-c", QUERY, str(store), q.name], capture_output=True, text=True, timeout=QUERY_TIMEOUT, check=True
            )
        except subprocess.TimeoutExpired:
            times[q.name] = (float(QUERY_TIMEOUT), -1)
            continue
        seconds, rows = done.stdout.split()
        times[q.name] = (float(seconds), int(rows))
        print(f"  {q.name}: {float(seconds):.3f} s, {rows} rows", flush=True)
    return times


def triples_in(nt: Path) -> int:
    with nt.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def bench(n: int, baseline_max: int, single_max: int, work: Path) -> list[dict[str, object]]:
    corpus = write_jsonl(work / f"corpus-{n}.jsonl", n)
    mb = corpus.stat().st_size / 1e6
    rows: list[dict[str, object]] = []
    triples = 0
    for workers, extra in ((1, []), (2, []), (2, ["--validate"])):
        if (workers == 1 or extra) and n > single_max:
            continue
        out = work / f"spacekg-{n}-{workers}"
        wall, rss, _ = timed(
            [PY, "-m", "spacekg", "build", str(corpus), "--out", str(out), "--no-html", "-q",
             "--format", "ntriples", "--workers", str(workers), *extra]
        )  # fmt: skip
        triples = triples_in(out / "spacekg.nt")
        what = f"spacekg build, {workers} worker{'s' if workers > 1 else ''}" + (", validated" if extra else "")
        rows.append({"what": what, "n": n, "wall": wall, "rss": rss, "mb": mb, "triples": triples})
        shutil.rmtree(out)
    if n <= baseline_max:
        out = work / f"baseline-{n}"
        out.mkdir()
        wall, rss, stdout = timed([PY, "-c", BASELINE, str(corpus), str(out)])
        rows.append({"what": "rdflib baseline", "n": n, "wall": wall, "rss": rss, "mb": mb,
                     "triples": int(stdout.strip())})  # fmt: skip
    wall, rss, _ = timed([PY, "-c", FLOOR, str(corpus), str(work / f"floor-{n}.nt"), str(triples)])
    rows.append({"what": "floor (read, format N-Triples)", "n": n, "wall": wall, "rss": rss, "mb": mb,
                 "triples": triples})  # fmt: skip
    (work / f"floor-{n}.nt").unlink()
    return rows


def store_bench(n: int, work: Path, keep: Path | None) -> tuple[dict[str, object], dict[str, tuple[float, int]]]:
    """Build the n-article store, then time each bundled question on it."""
    corpus = work / f"corpus-{n}.jsonl"
    if not corpus.exists():
        write_jsonl(corpus, n)
    out, store = work / f"store-build-{n}", keep or work / f"store-{n}"
    wall, rss, _ = timed(
        [PY, "-m", "spacekg", "build", str(corpus), "--out", str(out), "--store", str(store), "--no-html", "-q",
         "--workers", "2"]
    )  # fmt: skip
    size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file())
    shutil.rmtree(out)
    row: dict[str, object] = {"n": n, "wall": wall, "rss": rss, "gb": size / 1e9}
    times = time_questions(store)
    if keep is None:
        shutil.rmtree(store)
    return row, times


def render_store(row: dict[str, object], times: dict[str, tuple[float, int]]) -> str:
    lines = [
        f"Store of {row['n']} articles (`spacekg build --store` into a new folder, bulk-loaded, 2 workers): "
        f"{float(row['wall']):.1f} s, peak RSS {row['rss']} MB, {float(row['gb']):.1f} GB on disk.",  # type: ignore[arg-type]
        "",
        "| bundled question | seconds (first run) | rows |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| {name} | {t:.3f} | {r} |" if r >= 0 else f"| {name} | stopped after {t:.0f} | - |"
        for name, (t, r) in sorted(times.items())
    ]
    return "\n".join(lines)


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


START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def main() -> None:
    parser = argparse.ArgumentParser(description="spacekg scale benchmark")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--baseline-max", type=int, default=1000)
    parser.add_argument("--single-max", type=int, default=10000, help="largest n for 1-worker, validated runs")
    parser.add_argument("--queries", type=int, default=None, help="time the bundled questions on a store of N articles")
    parser.add_argument("--keep-store", type=Path, default=None, help="build that store here and keep it")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    stored = ""
    with tempfile.TemporaryDirectory(dir=os.environ.get("SPACEKG_BENCH_TMP")) as tmp:
        for n in args.articles:
            rows.extend(bench(n, args.baseline_max, args.single_max, Path(tmp)))
            print(render(rows), flush=True)
        if args.queries:
            stored = render_store(*store_bench(args.queries, Path(tmp), args.keep_store))
            print(stored, flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    command = f"python bench/run.py {' '.join(sys.argv[1:])}"
    block = f"{START}\nMachine: {machine}. Written by `{command}`.\n\n{render(rows)}\n"
    block += (f"\n{stored}\n" if stored else "") + END
    if args.out:
        old = args.out.read_text(encoding="utf-8") if args.out.exists() else f"# Scale benchmark\n\n{START}{END}\n"
        if START in old and END in old:
            head, rest = old.split(START, 1)
            report = head + block + rest.split(END, 1)[1]
        else:
            report = old.rstrip() + "\n\n" + block + "\n"
        args.out.write_text(report, encoding="utf-8")
        (args.out.with_suffix(".json")).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
