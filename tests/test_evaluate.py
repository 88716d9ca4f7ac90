"""The evaluation harness, and the accuracy targets it holds CI to."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.evaluate import below, evaluate

from .conftest import ROOT, write_article

TARGET = 0.9


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "dev"])
def test_accuracy_targets_on_the_annotated_articles(folder: str) -> None:
    scores = evaluate(ROOT / "eval" / folder)
    assert below(scores, TARGET) == []


def test_names_in_news_about_other_agencies() -> None:
    """eval/world-dev: stories about NASA, ISRO, JAXA and Roscosmos missions. Their names are held
    to a floor; their dated events are not yet (README, "Measured accuracy")."""
    scores = evaluate(ROOT / "eval" / "world-dev")
    low = [
        f"{kind} {name} {value:.3f}"
        for kind in ("missions", "vehicles", "people", "organizations", "places")
        for name, value in (("precision", scores[kind].precision), ("recall", scores[kind].recall))
        if value < 0.85
    ]
    assert low == []


def _held(events: float, **names: float) -> dict[str, float]:
    """Floors of 0.9 for every kind of name, unless given, and ``events`` for the events."""
    kinds = ("missions", "vehicles", "people", "organizations", "places")
    return {**dict.fromkeys(kinds, 0.9), **names, "events": events}


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        ("news-heldout", {"missions": 0.8, "vehicles": 0.8, "people": 0.9, "organizations": 0.7, "places": 0.9,
                          "event dates": 0.9, "events": 0.8}),
        ("news-heldout2", {"people": 0.9, "organizations": 0.85, "places": 0.9, "event dates": 0.6}),
        ("news-heldout3", {"missions": 0.7, "people": 0.9, "organizations": 0.9, "places": 0.9, "events": 0.85}),
        ("news-heldout4", _held(0.9, missions=0.95)),
        ("news-heldout5", {"missions": 0.85, "people": 0.9, "organizations": 0.9, "places": 0.9, "events": 0.85}),
        ("news-heldout6", {"people": 0.9, "organizations": 0.9, "places": 0.85, "events": 0.9}),
        # (the gold leaves out "Earlier on Sunday, Sifan Hassan ... won the women's marathon", which spacekg tells)
        ("news-heldout7", _held(0.85)),
        ("news-heldout8", _held(0.6)),
        ("news-heldout9", _held(0.9, people=0.6)),
        ("news-heldout10", _held(0.85)),
        ("news-heldout11", _held(0.7)),
        ("news-heldout12", _held(0.75)),
        ("news-heldout13", _held(0.9)),
        ("news-heldout14", _held(0.9)),
        ("news-heldout15", _held(0.85)),
        ("news-heldout16", _held(0.8)),
        ("news-heldout17", _held(0.9, organizations=0.85)),
        ("news-heldout18", _held(0.75)),
        ("news-heldout19", _held(0.95)),
        ("news-heldout20", _held(0.9)),
        ("news-heldout21", _held(0.9, people=0.85, organizations=0.85)),
        ("news-heldout22", _held(0.85, organizations=0.6, places=0.8)),
        ("news-heldout23", _held(0.8)),
        ("news-heldout24", _held(0.95)),
        ("news-heldout25", _held(0.95)),
        ("news-heldout26", _held(0.95, missions=0.7, vehicles=0.6, places=0.85)),
        ("news-heldout27", _held(0.85, organizations=0.85)),
        ("news-heldout28", _held(0.95)),
        ("news-heldout29", _held(0.85)),
        ("news-heldout30", _held(0.95, organizations=0.85)),
        ("news-heldout31", _held(0.95)),
        ("news-heldout32", _held(0.8)),
        ("news-heldout33", _held(0.8)),
        ("news-heldout34", _held(0.85)),
        ("news-heldout35", _held(0.85)),
        ("news-heldout36", _held(0.95)),
        ("news-heldout37", _held(0.95)),
        ("news-heldout38", _held(0.85)),
        ("news-heldout39", _held(0.95)),
        ("news-heldout40", _held(0.8, missions=0.5, people=0.95, places=0.85)),
        ("news-heldout41", _held(0.95, missions=0.6)),
        ("news-heldout42", _held(0.95)),
        ("news-heldout43", _held(0.95, organizations=0.85)),
        ("news-heldout44", _held(0.4, organizations=0.7)),
        ("news-heldout45", _held(0.95)),
        ("news-heldout46", _held(0.95, places=0.9)),
        ("news-heldout47", _held(0.7, places=0.8)),
        ("news-heldout48", _held(0.95)),
        ("news-heldout49", _held(0.9, missions=0.85)),
        ("news-heldout50", _held(0.95)),
        ("news-heldout51", _held(0.9)),
        ("news-heldout52", _held(0.9, missions=0.8)),
        ("news-heldout53", _held(0.85, people=0.8, organizations=0.85)),
        ("news-heldout54", _held(0.7, organizations=0.8)),
        ("news-heldout55", _held(0.85)),
        ("news-heldout56", _held(0.9)),
        ("news-heldout57", _held(0.9)),
        ("news-heldout58", _held(0.9, people=0.8)),
        ("news-heldout59", _held(0.85)),
        ("news-heldout60", _held(0.9)),
        ("news-heldout61", _held(0.9, people=0.65, organizations=0.8)),
        ("news-heldout62", _held(0.9, organizations=0.85)),
        ("news-heldout63", _held(0.9, vehicles=0.0)),
        ("news-heldout64", _held(0.9)),
        ("news-heldout65", _held(0.9)),
        ("news-heldout66", _held(0.8)),
        ("news-heldout67", _held(0.85, people=0.75, organizations=0.7)),
        ("news-heldout68", _held(0.9)),
        ("news-heldout69", _held(0.9, people=0.65)),
        ("news-heldout70", _held(0.9)),
        ("news-heldout71", _held(0.85, organizations=0.7, places=0.85)),
        ("news-heldout72", _held(0.9)),
        ("news-heldout73", _held(0.9)),
        ("news-heldout74", _held(0.9)),
        ("news-heldout75", _held(0.9)),
        ("news-heldout76", _held(0.9)),
        ("news-heldout77", _held(0.9)),
        ("news-heldout78", _held(0.85)),
        ("news-heldout79", _held(0.85)),
        ("news-heldout80", _held(0.85)),
        ("news-heldout81", _held(0.85)),
        ("news-heldout82", _held(0.75, organizations=0.8)),
        ("news-heldout83", _held(0.85)),
        ("news-heldout84", _held(0.9)),
        ("news-heldout85", _held(0.7)),
        ("news-heldout86", _held(0.75)),
        ("news-heldout87", _held(0.9)),
        ("news-heldout88", _held(0.85)),
        ("news-heldout89", _held(0.8)),
        ("news-heldout90", _held(0.85)),
        ("news-heldout91", _held(0.85, missions=0.75)),
        ("news-heldout92", _held(0.9, vehicles=0.0)),
        ("news-heldout93", _held(0.85)),
        ("news-heldout94", _held(0.9, missions=0.75)),
        ("news-heldout95", _held(0.9)),
        ("news-heldout96", _held(0.75, missions=0.75)),
        ("news-heldout97", _held(0.8)),
        ("news-heldout98", _held(0.85, organizations=0.85)),  # (a cardinal made three months later: README)
        ("news-heldout99", _held(0.9, organizations=0.7)),
        ("news-heldout100", _held(0.9, organizations=0.6)),
        ("news-heldout101", _held(0.9, missions=0.5)),
        ("news-heldout102", _held(0.9)),
        ("news-heldout103", _held(0.9, missions=0.8)),
        ("news-heldout104", _held(0.85)),
        ("news-heldout105", _held(0.9)),
        ("news-heldout106", _held(0.9, organizations=0.7)),
        ("news-heldout107", _held(0.75)),  # (its gold lists no call; Hollande's is told: README)
        ("news-heldout108", _held(0.9)),
        ("news-heldout109", _held(0.9, places=0.75, organizations=0.85)),
        ("news-heldout110", _held(0.9, organizations=0.85)),
        ("news-heldout111", _held(0.75, organizations=0.85)),
        ("news-heldout112", _held(0.9)),
        ("news-heldout113", _held(0.9)),
        ("news-heldout114", _held(0.9)),
        ("news-heldout115", _held(0.9)),
        ("news-heldout116", _held(0.7, organizations=0.8)),
        ("news-heldout117", _held(0.9)),
        ("news-heldout118", _held(0.85)),
        ("news-heldout119", _held(0.75)),
        ("news-heldout120", _held(0.7, organizations=0.8)),
        ("news-heldout121", _held(0.85)),
        ("news-heldout122", _held(0.85)),
        ("news-heldout123", _held(0.85)),
        ("news-heldout124", _held(0.9)),
        ("news-heldout125", _held(0.9, organizations=0.75)),
        ("news-heldout126", _held(0.9)),
        ("news-heldout127", _held(0.85, organizations=0.55)),
        ("news-heldout128", _held(0.9, organizations=0.8)),
        ("news-heldout129", _held(0.85)),
        ("news-heldout130", _held(0.85)),
        ("news-heldout131", _held(0.85)),
        ("news-heldout132", _held(0.85)),
        ("news-heldout133", _held(0.85)),
        ("news-heldout134", _held(0.85, organizations=0.85, places=0.8)),
        ("news-heldout135", _held(0.85, places=0.9)),
        ("news-heldout136", _held(0.9, people=0.85)),
        ("news-heldout137", _held(0.9, missions=0.65, organizations=0.8)),
        ("news-heldout138", _held(0.9)),
        ("news-heldout139", _held(0.9)),
        ("news-heldout140", _held(0.9, people=0.85)),
        ("news-heldout141", _held(0.9, organizations=0.8)),
        ("news-heldout142", _held(0.9)),
        ("news-heldout143", _held(0.9)),
        ("news-heldout144", _held(0.9)),
        ("news-heldout145", _held(0.9)),
        ("news-heldout146", _held(0.9, missions=0.65, organizations=0.85)),
        ("news-heldout147", _held(0.9, organizations=0.8)),
        ("news-heldout148", _held(0.75, missions=0.6, organizations=0.8)),
        ("news-heldout149", _held(0.9, organizations=0.85)),
        ("news-heldout150", _held(0.8)),
        ("news-heldout151", _held(0.9, organizations=0.8)),
        ("news-heldout152", _held(0.9)),
        ("news-heldout153", _held(0.9)),
        ("news-heldout154", _held(0.9)),
        ("news-heldout155", _held(0.9)),
        ("news-heldout156", _held(0.85, places=0.8)),
        ("news-heldout157", _held(0.9)),
        ("news-heldout158", _held(0.9)),
        ("news-heldout159", _held(0.9, organizations=0.85)),
        ("news-heldout160", _held(0.9)),
        ("news-heldout161", _held(0.9)),
        ("news-heldout162", _held(0.9, missions=0.7, organizations=0.85)),
        ("news-heldout163", _held(0.9)),
        ("news-heldout164", _held(0.8)),
        ("news-heldout165", _held(0.9)),
        ("news-heldout166", _held(0.9)),
        ("news-heldout167", _held(0.9)),
        ("news-heldout168", _held(0.9)),
        ("news-heldout169", _held(0.9)),
        ("news-heldout170", _held(0.9)),
        ("news-heldout171", _held(0.9)),
        ("news-heldout172", _held(0.9)),
        ("news-heldout173", _held(0.9)),
        ("news-heldout174", _held(0.9)),
        ("news-heldout175", _held(0.9)),
        ("news-heldout176", _held(0.9)),
        ("news-heldout177", _held(0.9)),
        ("news-heldout178", _held(0.9)),
        ("news-heldout179", _held(0.9)),
        ("news-heldout180", _held(0.85)),
        ("news-heldout181", _held(0.9)),
        ("news-heldout182", _held(0.9)),
        ("news-heldout183", _held(0.9)),
        ("news-heldout184", _held(0.8)),
        ("news-heldout185", _held(0.9)),
        ("news-heldout186", _held(0.9)),
        ("news-heldout187", _held(0.9)),
        ("news-heldout188", _held(0.9, organizations=0.7)),
        ("news-heldout189", _held(0.9)),
        ("news-heldout190", _held(0.9, organizations=0.85)),
        ("news-heldout191", _held(0.8)),
        ("news-heldout192", _held(0.9)),
        ("news-heldout193", _held(0.85)),
        ("news-heldout194", _held(0.9)),
        ("news-heldout195", _held(0.9)),
        ("news-heldout196", _held(0.9)),
        ("news-heldout197", _held(0.9)),
        ("news-heldout198", _held(0.9)),
        ("news-heldout199", _held(0.85)),
        ("news-heldout200", _held(0.9)),
        ("news-heldout201", _held(0.9)),
        ("news-heldout202", _held(0.9)),
        ("news-heldout203", _held(0.9)),
        ("news-heldout204", _held(0.9, places=0.7)),
        ("news-heldout205", _held(0.9)),
        ("news-heldout206", _held(0.9)),
        ("news-heldout207", _held(0.9)),
        ("news-heldout208", _held(0.9)),
        ("news-heldout209", _held(0.9, organizations=0.75)),
        ("news-heldout210", _held(0.9, organizations=0.45)),
    ],
)  # fmt: skip
def test_ordinary_news_and_other_timelines(folder: str, floors: dict[str, float]) -> None:
    """eval/news-heldout to news-heldout210: timelines of other programmes, launches, a sports opening,
    a typhoon, a state visit, science and trade stories. Floors under what they score now (README,
    "Ordinary news and other timelines")."""
    scores = evaluate(ROOT / "eval" / folder)
    low = [
        f"{kind} {name} {value:.3f}"
        for kind, floor in floors.items()
        for name, value in (("precision", scores[kind].precision), ("recall", scores[kind].recall))
        if value < floor
    ]
    assert low == []


def test_scores_count_hits_misses_and_extras(tmp_path: Path) -> None:
    write_article(tmp_path, "Astronaut Nie Haisheng flew on Shenzhou-12 and Shenzhou-13.\n", "a.txt")
    (tmp_path / "a.gold.toml").write_text(
        'missions = ["Shenzhou-12", "Tianzhou-2"]\npeople = ["Nie Haisheng"]\n', encoding="utf-8"
    )
    scores = evaluate(tmp_path)
    m = scores["missions"]
    assert (m.tp, m.fp, m.fn) == (1, 1, 1)
    assert m.precision == 0.5 and m.recall == 0.5
    assert scores["people"].f1 == 1.0
    assert below(scores, 0.9) == ["missions precision 0.500 < 0.9", "missions recall 0.500 < 0.9"]


def test_a_curated_entity_matches_the_gold_by_any_of_its_aliases(tmp_path: Path) -> None:
    write_article(tmp_path, "Astronauts entered the Tiangong space station on Shenzhou-17.\n", "a.txt")
    (tmp_path / "a.gold.toml").write_text('missions = ["Tiangong", "Shenzhou-17"]\n', encoding="utf-8")
    m = evaluate(tmp_path)["missions"]
    assert (m.tp, m.fp, m.fn) == (2, 0, 0), m.misses + m.extras


def test_evaluate_command_exit_codes(tmp_path: Path) -> None:
    write_article(tmp_path, "Astronaut Nie Haisheng flew on Shenzhou-12.\n", "a.txt")
    (tmp_path / "a.gold.toml").write_text('missions = ["Shenzhou-12", "Tianzhou-2"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--fail-under", "0.9"])
    assert result.exit_code == 1
    assert "missions recall 0.500 < 0.9" in result.stderr
    assert CliRunner().invoke(main, ["evaluate", str(tmp_path)]).exit_code == 0
    (tmp_path / "b.txt").write_text("No gold for me.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "has no gold file b.gold.toml" in result.stderr


def _readme_now_columns() -> dict[str, dict[str, str]]:
    """Every "`SET` now" column of the README's accuracy tables: set -> kind -> "P / R"."""
    found: dict[str, dict[str, str]] = {}
    header: list[str] = []
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = []
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] == "kind":
            header = cells
        elif header and not set(cells[0]) <= {"-", " "}:
            for title, cell in zip(header[1:], cells[1:], strict=True):
                if title.endswith(" now") and title.startswith("`"):
                    kind = "events" if cells[0].startswith("events") else cells[0]
                    found.setdefault(title.split("`")[1], {})[kind] = cell
    return found


def test_the_readmes_now_columns_are_todays_scores() -> None:
    """The README's "now" figures are what `spacekg evaluate` gives on the same sets today."""
    columns = _readme_now_columns()
    assert {"news-heldout", "news-heldout10", "world-heldout", "world-dev"} <= set(columns)
    stale = []
    for folder, stated in columns.items():
        scores = evaluate(ROOT / "eval" / folder)
        for kind, cell in stated.items():
            actual = f"{scores[kind].precision:.3f} / {scores[kind].recall:.3f}"
            if cell != actual:
                stale.append(f"{folder} {kind}: README {cell}, now {actual}")
    assert stale == []
