from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.files import move_atomic

from .conftest import SAMPLE, need


def build(out: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(out), "-q", *extra])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build(out, "--format", "ntriples", "--format", "jsonld")
    return out


def test_build_writes_turtle_html_and_extra_formats(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == [
        "spacekg.html", "spacekg.jsonld", "spacekg.nt", "spacekg.ttl",
    ]  # fmt: skip


def test_reruns_are_byte_identical(built: Path, tmp_path: Path) -> None:
    build(tmp_path, "--format", "ntriples", "--format", "jsonld")
    for name in ("spacekg.ttl", "spacekg.nt", "spacekg.jsonld", "spacekg.html"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_all_formats_hold_the_same_triples(built: Path) -> None:
    counts = {}
    for name, fmt in (
        ("spacekg.ttl", ox.RdfFormat.TURTLE),
        ("spacekg.nt", ox.RdfFormat.N_TRIPLES),
        ("spacekg.jsonld", ox.RdfFormat.JSON_LD),
    ):
        counts[name] = len(set(ox.parse(path=str(built / name), format=fmt)))
    assert len(set(counts.values())) == 1 and counts["spacekg.ttl"] > 1000, counts
    json.loads((built / "spacekg.jsonld").read_text(encoding="utf-8"))


def test_turtle_declares_only_the_prefixes_it_uses(built: Path) -> None:
    text = (built / "spacekg.ttl").read_text(encoding="utf-8")
    declared = re.findall(r"^@prefix (\w+): ", text, re.M)
    body = text.split("\n", len(declared))[-1]
    assert declared == sorted(declared)
    for prefix in declared:
        if prefix == "rdf":
            continue  # rdf:type is written as "a"
        assert re.search(rf"(?<![\w/#]){prefix}:", body), prefix


def test_rapper_parses_turtle_without_warnings(built: Path) -> None:
    need("rapper")
    done = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(built / "spacekg.ttl")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr.lower() and "error" not in done.stderr.lower(), done.stderr
    ox_count = len(set(ox.parse(path=str(built / "spacekg.ttl"), format=ox.RdfFormat.TURTLE)))
    assert f"returned {ox_count} triples" in done.stderr


def test_no_text_option_leaves_the_full_text_out(tmp_path: Path) -> None:
    build(tmp_path, "--no-text", "--no-html")
    text = (tmp_path / "spacekg.ttl").read_text(encoding="utf-8")
    assert "nif:isString" not in text and "nif:anchorOf" in text
    assert not (tmp_path / "spacekg.html").exists()


def test_base_iri_is_configurable(tmp_path: Path) -> None:
    build(tmp_path, "--base", "https://example.org/kg/", "--no-html")
    text = (tmp_path / "spacekg.ttl").read_text(encoding="utf-8")
    assert "@prefix person: <https://example.org/kg/person/> ." in text
    assert "w3id.org/spacekg/resource" not in text


def test_html_view_is_self_contained(built: Path) -> None:
    page = (built / "spacekg.html").read_text(encoding="utf-8")
    assert "vis.Network" in page or "new vis" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", page)
    assert "../node_modules" not in page


def test_graphml_export_reads_back_in_networkx(tmp_path: Path) -> None:
    import networkx as nx

    build(tmp_path, "--format", "graphml", "--no-html")
    g = nx.read_graphml(tmp_path / "spacekg.graphml")
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"event", "person", "mission", "place", "theme"} <= kinds
    names = {d["name"] for _, d in g.nodes(data=True)}
    assert "Shenzhou-12" in names and "Xi Jinping" in names
    again = tmp_path / "again"
    build(again, "--format", "graphml", "--no-html")
    assert (again / "spacekg.graphml").read_bytes() == (tmp_path / "spacekg.graphml").read_bytes()


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_move_atomic_puts_header_and_body_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_copy: bool
) -> None:
    if not kernel_copy:  # a file system without copy_file_range: the copy goes through user space

        def refuse(*args: object) -> int:
            raise OSError(18, "Invalid cross-device link")

        monkeypatch.setattr("os.copy_file_range", refuse)
    body = tmp_path / "body.tmp"
    data = bytes(range(256)) * 20_000  # 5 MB, more than one read
    body.write_bytes(data)
    target = tmp_path / "out" / "spacekg.ttl"
    target.parent.mkdir()
    move_atomic(target, b"@prefix a: <urn:a#> .\n", body)
    assert target.read_bytes() == b"@prefix a: <urn:a#> .\n" + data and not body.exists()
    assert [p.name for p in target.parent.iterdir()] == ["spacekg.ttl"]
    # Without a header, a body beside the target is renamed into place.
    beside = tmp_path / "out" / ".body.tmp"
    beside.write_bytes(b"<urn:s> <urn:p> <urn:o> .\n")
    move_atomic(tmp_path / "out" / "spacekg.nt", b"", beside)
    assert (tmp_path / "out" / "spacekg.nt").read_bytes() == b"<urn:s> <urn:p> <urn:o> .\n" and not beside.exists()
