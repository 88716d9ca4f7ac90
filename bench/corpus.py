"""A seeded generator of news articles in the patterns spacekg reads.

The same N and seed give the same corpus. Articles vary what real ones vary:
timelines with date headings in several forms, and ordinary stories with a
dateline, weekdays, crews, launch sites, vehicles, agencies, quotes and the
cue phrases of themes. Sizes are close to the sample article's (about 4 KB).

    python bench/corpus.py N OUT.jsonl [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

SERIES = [("Shenzhou", 1, 21), ("Tianzhou", 1, 9), ("Chang'e", 1, 7), ("Tianwen", 1, 2)]
ASTRONAUTS = [
    "Yang Liwei", "Nie Haisheng", "Liu Boming", "Tang Hongbo", "Fei Junlong", "Zhai Zhigang",
    "Jing Haipeng", "Liu Wang", "Liu Yang", "Zhang Xiaoguang", "Wang Yaping", "Chen Dong",
    "Ye Guangfu", "Cai Xuzhe", "Deng Qingming", "Zhang Lu", "Zhu Yangzhu", "Gui Haichao",
]  # fmt: skip
SITES = [
    ("JIUQUAN", "the Jiuquan Satellite Launch Center in northwest China"),
    ("WENCHANG", "the Wenchang Spacecraft Launch Site in south China's Hainan Province"),
    ("XICHANG", "the Xichang Satellite Launch Center in southwest China's Sichuan Province"),
    ("TAIYUAN", "the Taiyuan Satellite Launch Center in north China's Shanxi Province"),
]
VEHICLES = ["Long March-2F", "Long March-5", "Long March-7", "Long March-3B", "Long March-5B"]
AGENCIES = ["China Manned Space Agency (CMSA)", "China National Space Administration (CNSA)"]
GATHERINGS = [
    "Global Space Exploration Conference", "International Astronautical Congress",
    "China International Aviation and Aerospace Exhibition", "Asia-Pacific Space Forum",
]  # fmt: skip
THEMES = [
    "deepen international cooperation in outer space",
    "ensure the peaceful use of outer space",
    "let the achievements of space exploration benefit all mankind",
    "rely on innovation in space science and technology",
    "carry forward the spirit of self-reliance and hard work",
    "build a community with a shared future for humanity",
    "strengthen the protection of the space environment",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _mission(rng: random.Random) -> str:
    name, low, high = rng.choice(SERIES)
    return f"{name}-{rng.randint(low, high)}"


def _day(rng: random.Random) -> dt.date:
    return dt.date(2003, 1, 1) + dt.timedelta(days=rng.randrange(8000))


def _heading(rng: random.Random, day: dt.date) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 1:
        return f"{day.day} {day.strftime('%B')} {day.year}:"
    if form == 2:
        return day.strftime("%B %-d, %Y")
    return day.isoformat()


def _crew(rng: random.Random) -> list[str]:
    return rng.sample(ASTRONAUTS, 3)


def _entry(rng: random.Random) -> str:
    mission = _mission(rng)
    crew = _crew(rng)
    site = rng.choice(SITES)[1]
    kind = rng.randrange(5)
    if kind == 0:
        text = (
            f"The {mission} mission was launched atop a {rng.choice(VEHICLES)} rocket from {site}, "
            f"carrying astronauts {crew[0]}, {crew[1]} and {crew[2]}."
        )
    elif kind == 1:
        text = (
            f"In a congratulatory letter to the {rng.choice(GATHERINGS)}, Xi said China is willing to "
            f"{rng.choice(THEMES)} and to share the results of the {mission} mission."
        )
    elif kind == 2:
        text = (
            f"Xi spoke with {crew[0]}, {crew[1]} and {crew[2]}, the three astronauts aboard the {mission} "
            f'spaceship. "We will {rng.choice(THEMES)}," said Xi.'
        )
    elif kind == 3:
        text = f"The {mission} spacecraft docked with the Tianhe core module, the CMSA said."
    else:
        text = f"When inspecting {site}, Xi said that the country should {rng.choice(THEMES)} and {rng.choice(THEMES)}."
    extra = " ".join(
        f"{rng.choice(['Chinese scientists', 'The team', 'Engineers'])} worked to {rng.choice(THEMES)}, "
        f"according to the {rng.choice(AGENCIES)}."
        for _ in range(rng.randint(1, 3))
    )
    return f"{text}\n\n{extra}"


def timeline(rng: random.Random, number: int) -> tuple[str, str]:
    published = _day(rng) + dt.timedelta(days=3000)
    title = f"Highlights of China's space program, part {number}"
    lines = [
        f" date {published.isoformat()} {title}",
        "",
        f"BEIJING, {MONTHS[published.month - 1]} {published.day} (Xinhua) -- Chinese President Xi Jinping "
        f"wrote back to a team of young engineers, encouraging them to {rng.choice(THEMES)}.",
        "",
        "The following are some highlights of the country's space exploration.",
    ]
    days = sorted(_day(rng) for _ in range(9))
    for day in days:
        lines += ["", _heading(rng, day), "", _entry(rng)]
    return f"timeline-{number:06d}", "\n".join(lines) + "\n"


def story(rng: random.Random, number: int) -> tuple[str, str]:
    day = _day(rng)
    place, site = rng.choice(SITES)
    mission = _mission(rng)
    crew = _crew(rng)
    weekday = WEEKDAYS[day.weekday()]
    agency = rng.choice(AGENCIES)
    paragraphs = [
        f"China launches {mission} mission",
        f"{place}, {MONTHS[day.month - 1]} {day.day} (Xinhua) -- China launched the {mission} spaceship on "
        f"{weekday}, sending astronauts {crew[0]}, {crew[1]} and {crew[2]} into orbit.",
        f"The spaceship, atop a {rng.choice(VEHICLES)} carrier rocket, blasted off from {site}, the {agency} said.",
        "About seven hours later, the spaceship docked with the Tianhe core module of the Tiangong space station.",
        f"{crew[0].split()[0]}, the commander, said the crew would {rng.choice(THEMES)}.",
        f"Chinese President Xi Jinping sent a congratulatory message, saying the mission would {rng.choice(THEMES)}.",
    ]
    paragraphs += [
        f"Experts said the program aims to {rng.choice(THEMES)} and to {rng.choice(THEMES)}. "
        f"The {_mission(rng)} mission is planned next, the {rng.choice(AGENCIES)} said."
        for _ in range(rng.randint(8, 12))
    ]
    paragraphs.append(f"(Xinhua/{rng.choice(['Li Gang', 'Ju Peng', 'Wang Jiangbo'])})")
    return f"{day.isoformat()}-story-{number:06d}", "\n\n".join(paragraphs) + "\n"


def generate(n: int, seed: int = 7) -> Iterator[tuple[str, str, str | None]]:
    """``n`` articles as ``(id, text, date)``: two timelines for every story, as in a news archive."""
    rng = random.Random(seed)
    for i in range(n):
        if i % 3 == 2:
            ident, text = story(rng, i)
            yield ident, text, ident[:10]
        else:
            ident, text = timeline(rng, i)
            yield ident, text, None


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for ident, text, date in generate(n, seed):
            row = {"id": ident, "text": text}
            if date:
                row["date"] = date
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_jsonl(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
