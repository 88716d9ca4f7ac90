from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main

from .conftest import ROOT, SAMPLE, write_article


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_prints_counts_and_events_by_date(tmp_path: Path) -> None:
    code, out, _ = run("build", str(SAMPLE), "--out", str(tmp_path))
    assert code == 0
    assert "events                10" in out.replace("\t", " ") or "events" in out
    assert "2021-06-23  In-orbit conversation by Xi Jinping with Nie Haisheng" in out
    assert "2022-05     Reply letter by Xi Jinping" in out


def test_build_accepts_a_folder(tmp_path: Path) -> None:
    code, _, _ = run("build", str(ROOT / "data"), "--out", str(tmp_path), "-q")
    assert code == 0 and (tmp_path / "spacekg.ttl").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"caf\xe9 in Beijing\n", ":1: is not UTF-8 (byte 0xe9)"),
        (b"\x00\x01\x02binary", "looks like a binary file"),
        (b"Intro.\n\nFeb. 30, 2021\n\nXi said so.\n", ":3: 'Feb. 30, 2021' is not a real date"),
        (b" date 2021-02-30 Title\n\nText.\n", ":1: the header date '2021-02-30' is not a real day"),
        (b"Title: T\nDate: 2021-02-30\n\nText.\n", ":2: the Date field '2021-02-30' is not a day"),
        (b"Title: T\nDate: soon\n\nText.\n", ":2: the Date field 'soon' is not a day"),
    ],
)
def test_bad_input_is_one_line_with_file_and_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    code, _, stderr = run("build", str(bad), "--out", str(out))
    assert code == 2
    assert stderr.count("\n") == 1 and stderr.startswith("spacekg: error: ")
    assert str(bad) in stderr and message in stderr
    assert not out.exists() or not any(out.iterdir())


def test_missing_file(tmp_path: Path) -> None:
    code, _, stderr = run("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert code == 2 and "nope.txt: no such file or folder; check the path" in stderr


def test_failed_build_leaves_previous_outputs_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", str(SAMPLE), "--out", str(out), "-q")[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = write_article(tmp_path, "Intro.\n\nFeb. 30, 2021\n\nXi said so.\n", "bad.txt")
    code, _, err = run("build", str(SAMPLE), str(bad), "--out", str(out), "--strict")
    assert code == 2 and "bad.txt:3: 'Feb. 30, 2021' is not a real date" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_bad_article_in_a_corpus_is_reported_and_skipped(tmp_path: Path) -> None:
    out = tmp_path / "out"
    bad = write_article(tmp_path, "Intro.\n\nFeb. 30, 2021\n\nXi said so.\n", "bad.txt")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    code, _, err = run("build", str(SAMPLE), str(bad), str(binary), "--out", str(out), "-q")
    assert code == 0
    assert f"spacekg: warning: skipped {bad}:3: 'Feb. 30, 2021' is not a real date" in err
    assert f"spacekg: warning: skipped {binary}:1: looks like a binary file" in err
    text = (out / "spacekg.ttl").read_text(encoding="utf-8")
    assert "article:xinhua-2022-05-04-xiplomacy-space" in text and "article:bad" not in text


def test_text_with_nothing_to_date_warns_but_builds(tmp_path: Path) -> None:
    article = write_article(tmp_path, "Astronaut Nie Haisheng visited a school.\n")
    code, _, stderr = run("build", str(article), "--out", str(tmp_path / "out"), "-q")
    assert code == 0
    assert "warning" in stderr and "no dated event" in stderr
    text = (tmp_path / "out" / "spacekg.ttl").read_text(encoding="utf-8")
    assert "person:nie-haisheng" in text and "schema:NewsArticle" in text
    # Events told on days of no known year: the warning says how to give the year.
    yearless = write_article(
        tmp_path, "Talks\n\nTOKYO, Oct. 28 (Xinhua) -- Takaichi met Trump on Tuesday.\n", "talks.txt"
    )
    code, _, stderr = run("build", str(yearless), "--out", str(tmp_path / "out2"), "-q")
    assert code == 0 and "the text gives no year" in stderr and "Date: 2025-10-28" in stderr


def test_validate_exit_codes(tmp_path: Path, sample_ttl: Path) -> None:
    assert run("validate", str(sample_ttl)) == (0, f"{sample_ttl}: conforms\n", "")
    invalid = ROOT / "ontology" / "examples" / "invalid-01-event-without-source.ttl"
    code, out, _ = run("validate", str(invalid))
    assert code == 1 and out.startswith("does not conform: 1 result(s)") and "MinCountConstraintComponent" in out
    broken = write_article(tmp_path, '@prefix ex: <http://x/> .\nex:a ex:b "unterminated .\n', "broken.ttl")
    code, _, stderr = run("validate", str(broken))
    assert code == 2 and f"{broken}:2: is not valid Turtle" in stderr
    code, _, stderr = run("validate", str(tmp_path / "missing.ttl"))
    assert code == 2 and "no such file" in stderr


def test_stats(sample_ttl: Path) -> None:
    code, out, _ = run("stats", str(sample_ttl))
    assert code == 0
    lines = dict(line.rsplit(None, 1) for line in out.splitlines()[:14] if line.strip())
    assert lines["events"] == "10" and lines["articles"] == "1" and lines["quotations"] == "14"
    assert "2017-06-06  Congratulatory letter by Xi Jinping to Global Space Exploration Conference" in out


def test_view_writes_html(tmp_path: Path, sample_ttl: Path) -> None:
    target = tmp_path / "v.html"
    assert run("view", str(sample_ttl), "-o", str(target))[0] == 0
    assert "Shenzhou-12" in target.read_text(encoding="utf-8")


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help and len(command.help) > 20, name
        assert run(name, "--help")[0] == 0


def test_commands_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"spacekg {name}" in readme, name


def test_python_dash_m_and_console_script_work(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "spacekg", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "spacekg, version" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "spacekg", "build", str(tmp_path / "x.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().endswith("x.txt: no such file or folder; check the path")


def test_readme_shows_what_make_demo_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("What `make demo` prints", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("build", str(ROOT / "data"), "--out", "out")
    assert code == 0
    assert out == block
