"""Bad input, killed builds, injection attempts, and property tests over arbitrary text."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacekg import SpacekgError, build_result, reader
from spacekg.cli import main
from spacekg.extract import default_extractor
from spacekg.model import Source
from spacekg.segment import normalize
from spacekg.vocab import NIF, RDF

from .conftest import SAMPLE, need, write_article


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (b"caf\xe9 au lait in Beijing", "is not UTF-8"),  # latin-1
        ("Shenzhou-12 flew to Tiangong.".encode("utf-16"), None),  # UTF-16 with its BOM
        (b"\xef\xbb\xbfShenzhou-12 flew to Tiangong.", None),  # UTF-8 with a BOM
        (b"June 6, 2017\n\nNov. 6, 2018\n\n2008\n", None),  # only headings
        (b"Intro.\n\nJune 6, 9999\n\nA plan.\n", "is not a plausible date"),
        (b"Intro.\n\n13/45/2020\n\nText.\n", "is not a real date"),
        (b"Intro.\n\nJune 6, 2017\n\nJune 6, 2017\n\nShenzhou-12 was launched.\n", None),  # duplicate headings
    ],
)
def test_bad_and_odd_inputs(tmp_path: Path, data: bytes, expect: str | None) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    code, _, err = run("build", str(path), "--out", str(tmp_path / "out"), "-q")
    if expect is None:
        assert code == 0, err
        assert list(ox.parse(path=str(tmp_path / "out" / "spacekg.ttl"), format=ox.RdfFormat.TURTLE))
    else:
        assert code == 2 and expect in err and err.count("\n") == 1 and str(path) in err


def test_a_folder_with_a_dangling_link_and_a_symlink_loop(tmp_path: Path) -> None:
    write_article(tmp_path, "Shenzhou-12 flew to Tiangong on June 17, 2021.\n", "good.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "again").symlink_to(tmp_path / "loop", target_is_directory=True)
    code, _, err = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert code == 0, err
    assert "skipped" in err and "dangling.txt" in err


def test_names_that_try_to_break_out_of_rdf(tmp_path: Path) -> None:
    evil = 'Foo> . <urn:x> <urn:y> "z'
    rows = [
        {"id": evil, "title": evil + ' \\ " \n', "url": "http://x/> <urn:a> <urn:b> .", "text":
         f'The {evil} Agency said on June 1, 2022 that astronaut Li "Quote\\" Wei launched Shenzhou-15. '
         "رائد فضاء 宇航员 🚀 are here."},
    ]  # fmt: skip
    import json

    path = tmp_path / "evil.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("build", str(path), "--out", str(out), "-q", "--format", "ntriples")
    assert code == 0, err
    ttl = out / "spacekg.ttl"
    triples = set(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    assert not [t for t in triples if t.subject == ox.NamedNode("urn:x") or t.predicate == ox.NamedNode("urn:y")]
    assert not [t for t in triples if t.subject == ox.NamedNode("urn:a")]
    assert len(triples) == len(set(ox.parse(path=str(out / "spacekg.nt"), format=ox.RdfFormat.N_TRIPLES)))
    need("rapper")
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and f"returned {len(triples)} triples" in done.stderr, done.stderr


def _build_in_background(
    tmp_path: Path, articles: int, out: Path, workers: str, *, start_new_session: bool = False
) -> subprocess.Popen[str]:
    """``spacekg build`` of ``articles`` copies of the sample, started and left running."""
    big = tmp_path / "big.jsonl"
    text = SAMPLE.read_text(encoding="utf-8")
    big.write_text("".join(json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(articles)), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "spacekg", "build", str(big), "--out", str(out), "-q", "--workers", workers],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=start_new_session,
    )  # fmt: skip


def test_a_killed_build_leaves_the_previous_outputs_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(SAMPLE), "--out", str(out), "-q")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    process = _build_in_background(tmp_path, 3000, out, "1", start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(p.name.startswith(".spacekg-body") for p in out.iterdir()):
        time.sleep(0.1)
    time.sleep(1.0)  # well into the stream
    assert process.poll() is None, "the build ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before


def test_a_worker_that_dies_fails_the_build_with_exit_code_4(tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = _build_in_background(tmp_path, 2000, out, "2")
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not children.read_text().split():
        time.sleep(0.1)
    time.sleep(1.0)  # the workers well into their batches
    assert process.poll() is None, "the build ended before a worker could be killed"
    os.kill(int(children.read_text().split()[0]), signal.SIGKILL)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 4, err
    assert err.count("\n") == 1 and "a worker process died" in err and "Traceback" not in err
    assert not out.exists() or not [p for p in out.iterdir()]


# --------------------------------------------------------------- properties

TEXT = st.lists(
    st.sampled_from(
        [*"abcXYZ .,:;\"'’“”()-–\n\t0123456789", "Shenzhou-12 ", "Xi said ", "June 6, 2017\n\n",
        "Nov. 30, 2021\n\n", "BEIJING, May 4 (Xinhua) -- ", " date 2022-05-04 T\n", "🚀", "宇航员", "ا", "\r\n",
        "\ufeff", "<script>", "&amp;", "\\", "President ", "astronaut Nie Haisheng ", "the president "],
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_a_graph_or_a_spacekg_error(text: str) -> None:
    source = Source("p", normalize(text), "p.txt")
    try:
        extraction = default_extractor().extract(source)
    except SpacekgError:
        return
    doc = extraction.document
    for m in extraction.mentions:
        assert m.span.cut(doc.text).strip()
    for e in extraction.events:
        assert 0 <= e.span.begin <= e.span.end <= len(doc.text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(TEXT)
def test_any_built_graph_parses_conforms_and_its_spans_cut_their_anchors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    try:
        result = build_result([path])
    except SpacekgError:
        return
    from spacekg import serialize, validate

    g = result.graph
    data = serialize(g, "turtle")
    assert len(set(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(g)
    if shutil.which("rapper"):
        ttl = tmp_path / "p.ttl"
        ttl.write_bytes(data)
        done = subprocess.run(["rapper", "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and f"returned {len(g)} triples" in done.stderr, done.stderr
    report = validate(g)
    assert report.conforms, report.text
    context = next(iter(g.subjects(RDF.type, NIF.Context)))
    whole = str(g.value(context, NIF.isString))
    for span in g.subjects(NIF.anchorOf, None):
        b, e = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert whole[b:e] == str(g.value(span, NIF.anchorOf))


def test_a_5_mb_single_line_builds(tmp_path: Path) -> None:
    line = SAMPLE.read_text(encoding="utf-8").replace("\n", " ")
    text = (line * (5_000_000 // len(line) + 1))[:5_000_000]
    path = write_article(tmp_path, text, "long.txt")
    code, _, err = run("build", str(path), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert code == 0, err
    assert (tmp_path / "out" / "spacekg.ttl").stat().st_size > 5_000_000


def test_reader_reports_rather_than_raises_when_asked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    good = write_article(tmp_path, "Shenzhou-12 flew.\n", "good.txt")
    skipped: list = []
    assert [s.id for s in reader.read([bad, good], skipped=skipped)] == ["good"]
    assert len(skipped) == 1


def test_an_installation_without_its_bundled_files_says_so_with_exit_code_3(tmp_path: Path) -> None:
    """A copy of the package with neither ``_share/`` nor a checkout's ``ontology/`` and ``data/``
    beside it: one line naming what is missing, not an error about the output folder."""
    package = Path(__file__).resolve().parents[1] / "src" / "spacekg"
    shutil.copytree(package, tmp_path / "src" / "spacekg", ignore=shutil.ignore_patterns("_share", "__pycache__"))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "spacekg", "build", str(SAMPLE), "--out", str(out), "-q"],
        capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(tmp_path / "src")},
    )  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "bundled folder" in done.stderr and "reinstall spacekg" in done.stderr
    assert not out.exists() or not any(out.iterdir())
