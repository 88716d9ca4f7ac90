"""Articles spacekg has never seen: input forms, merging, ordinary news stories."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

import spacekg
from spacekg import dates, reader
from spacekg.cli import main
from spacekg.errors import InputError
from spacekg.extract import default_extractor
from spacekg.vocab import DEFAULT_BASE, NIF, RDF, SCHEMA, SEM, SPACEKG

from .conftest import SAMPLE, write_article

STORY = """China sends Shenzhou-14 crew to its space station

JIUQUAN, June 5 (Xinhua) -- China launched the Shenzhou-14 spaceship on Sunday, sending astronauts Chen Dong, Liu Yang and Cai Xuzhe to the Tiangong space station.

The spaceship, atop a Long March-2F rocket, blasted off from the Jiuquan Satellite Launch Center at 10:44 a.m. (Beijing Time), the China Manned Space Agency (CMSA) said.

About seven hours later, the spaceship docked with the Tianhe core module.

Chen and Liu will conduct a spacewalk on Sept. 1, said Lin Xiqiang, deputy director of the CMSA.

Chinese Premier Li Keqiang held a phone call with the crew on Friday. (Xinhua/Li Gang)
"""


def extract(text: str, name: str = "2022-06-05-story.txt"):
    (source,) = [s for s in reader.read([_tmp(text, name)])]
    return default_extractor().extract(source)


def events_of(extraction) -> list[tuple[str, str | None]]:
    """Each event's class and date, in the order the extraction gives them."""
    return [(e.cls, e.date.lexical if e.date else None) for e in extraction.events]


def _tmp(text: str, name: str) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    return write_article(folder, text, name)


def test_story_without_headings_yields_its_events() -> None:
    x = extract(STORY)
    got = events_of(x)
    assert got == [
        ("Launch", "2022-06-05"),
        ("Docking", "2022-06-05"),
        ("Spacewalk", "2022-09-01"),
        ("PhoneCall", "2022-06-03"),
    ]
    launch = x.events[0]
    assert {e.name for e in launch.about} >= {"Shenzhou-14", "Long March 2F"}
    assert [p.name for p in launch.places] == ["Jiuquan Satellite Launch Center"]
    assert len(launch.also) == 1  # "blasted off" restates the launch
    call = x.events[-1]
    assert [a.name for a in call.agents] == ["Li Keqiang"]


QUOTED = """China launches Tianwen-2 to an asteroid

XICHANG, May 29 (Xinhua) -- China on Thursday launched its Tianwen-2 probe from the Xichang Satellite Launch Center.

"This is a new stage in China's planetary exploration," said Shan Zhongde, head of the CNSA. He said the mission would help scientists understand the early solar system.

The probe is working well, Shan Zhongde told reporters in Beijing. Wu Weiren told Xinhua that the samples would come back in two years.
"""

NO_EVENT = """Canton Fair draws foreign buyers

GUANGZHOU, Oct. 15 (Xinhua) -- "We see strong interest from buyers in Africa and the Middle East," said Xu Bing, spokesperson for the fair.
"""


def test_what_is_said_in_a_story_goes_with_its_event() -> None:
    x = extract(QUOTED, "2025-05-29-tianwen.txt")
    (launch,) = x.events
    said = [(q.speaker.name if q.speaker else None, q.span.cut(x.document.text)) for q in launch.quotes]
    assert said == [
        ("Shan Zhongde", "This is a new stage in China's planetary exploration"),
        ("Shan Zhongde", "the mission would help scientists understand the early solar system"),
        ("Shan Zhongde", "The probe is working well"),  # "X told reporters": what comes before
        ("Wu Weiren", "the samples would come back in two years"),  # "X told Xinhua that ..."
    ]


def test_a_story_that_tells_no_happening_but_quotes_someone_is_a_statement() -> None:
    x = extract(NO_EVENT, "2024-10-15-fair.txt")
    (statement,) = x.events
    assert statement.cls == "Statement" and statement.date is not None
    assert str(statement.date.latest) == "2024-10-15"  # said by the dateline's day, like any undated sentence
    assert [a.name for a in statement.agents] == ["Xu Bing"]
    assert [q.span.cut(x.document.text) for q in statement.quotes] == [
        "We see strong interest from buyers in Africa and the Middle East"
    ]


def test_a_speaker_described_before_the_verb_is_the_speaker() -> None:
    x = extract(NO_EVENT + "\nLi Wei, a furniture maker from Foshan, said his company signed three contracts.\n")
    (statement,) = x.events
    said = [(q.speaker.name if q.speaker else None, q.span.cut(x.document.text)) for q in statement.quotes]
    assert ("Li Wei", "his company signed three contracts") in said


REPORTED = """Car exports surge

BEIJING, Jan. 11, 2024 (Xinhua) -- China exported 4.91 million vehicles last year, the China Association of Automobile Manufacturers (CAAM) said on Thursday.

Chen Shihua, deputy secretary-general of the CAAM, said that exports would keep growing.

"Hangzhou and Paris are both buying," Chen said.

Tesla, the largest maker of electric cars, announced last month that it would build a plant in Shanghai.

The Ministry of Commerce said on Wednesday that it would help carmakers ship more vehicles abroad.
"""


def test_what_is_said_on_a_day_of_its_own_is_a_statement_that_day() -> None:
    x = extract(REPORTED, "2024-01-11-cars.txt")
    got = [(e.cls, e.date.lexical if e.date else None, [a.name for a in e.agents]) for e in x.events]
    assert got == [
        ("Statement", "2024-01-11", ["China Association of Automobile Manufacturers"]),
        ("Announcement", "2023-12", ["Tesla"]),  # the date right after the verb is the event's
        ("Statement", "2024-01-10", ["Ministry of Commerce"]),
    ]
    said = [(q.speaker.name if q.speaker else None, q.direct) for q in x.events[0].quotes]
    # The undated words of the association's official go with the statement told before them.
    assert said == [
        ("China Association of Automobile Manufacturers", False),
        ("Chen Shihua", False),
        ("Chen Shihua", True),
    ]
    assert x.events[0].places == ()  # places inside what is quoted are no event's places


def test_an_entry_with_no_trigger_and_no_words_said_is_a_plain_news_event() -> None:
    text = "India's lunar program\n\nSept. 2, 2023 -- The rover finished its work and was set into sleep mode.\n"
    (event,) = extract(text, "moon.txt").events
    assert (event.cls, event.date.lexical if event.date else None) == ("NewsEvent", "2023-09-02")
    sent = "Oct. 22, 2008 -- India sent Chandrayaan-1 into space on a PSLV rocket.\n"
    (launch,) = extract("India's lunar program\n\n" + sent, "moon2.txt").events
    assert launch.cls == "Launch"


def test_declaring_games_open_is_an_announcement() -> None:
    text = "HANGZHOU, Sept. 23, 2023 (Xinhua) -- Xi Jinping declared the 19th Asian Games open on Saturday.\n"
    (event,) = extract(text, "games.txt").events
    assert (event.cls, [a.name for a in event.agents]) == ("Announcement", ["Xi Jinping"])


TYPHOON = """Typhoon makes landfall

GUANGZHOU, Sept. 2, 2023 (Xinhua) -- The typhoon made landfall in the coastal city of Zhuhai at 3:30 a.m. Saturday, bringing heavy rain.

The Ministry of Emergency Management launched an emergency response on Thursday.

"The typhoon is weakening," said Wang Haiping, chief forecaster of the National Meteorological Center.
"""


def test_a_story_with_no_known_kind_of_happening_is_its_ledes_news_event() -> None:
    x = extract(TYPHOON, "typhoon.txt")
    # "launched an emergency response" is no launch (no craft, no space), but a happening of its own day.
    got = events_of(x)
    assert got == [("NewsEvent", "2023-09-02"), ("NewsEvent", "2023-08-31")]
    event = x.events[0]
    assert [q.speaker.name for q in event.quotes if q.speaker] == ["Wang Haiping"]


def test_said_with_a_bare_weekday_is_a_statement_that_day() -> None:
    text = (
        "GUIYANG, April 26, 2024 (Xinhua) -- The telescope has found more than 900 new pulsars, "
        "the China National Space Administration said Friday.\n"
    )
    (event,) = extract(text, "pulsars.txt").events
    assert (event.cls, event.date.lexical if event.date else None) == ("Statement", "2024-04-26")
    assert [q.span.cut(text) for q in event.quotes] == ["The telescope has found more than 900 new pulsars"]


def test_arriving_in_a_city_is_a_visit() -> None:
    text = "BEIJING, April 14, 2023 (Xinhua) -- Lula arrived in Shanghai on Wednesday for a state visit.\n"
    (event,) = extract(text, "lula.txt").events
    assert (event.cls, event.date.lexical if event.date else None) == ("Visit", "2023-04-12")


def test_story_entities_and_what_is_not_an_entity() -> None:
    x = extract(STORY)
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("person", n) for n in ("Chen Dong", "Liu Yang", "Cai Xuzhe", "Lin Xiqiang", "Li Keqiang")} <= names
    assert ("organization", "China Manned Space Agency") in names
    assert ("vehicle", "Long March 2F") in names
    texts = {m.span.cut(x.document.text) for m in x.mentions}
    assert "CMSA" in texts and "Chen" in texts
    flat = " ".join(n for _, n in names)
    for not_an_entity in ("JIUQUAN", "Beijing Time", "Li Gang", "Xinhua/"):
        assert not_an_entity not in flat
    assert x.document.title is not None
    assert x.document.title.cut(x.document.text) == "China sends Shenzhou-14 crew to its space station"


def test_jsonl_articles(tmp_path: Path) -> None:
    rows = [
        {"id": "a1", "title": "First", "date": "2022-06-05", "url": "https://example.org/a1", "text": STORY},
        {"text": "Astronaut Nie Haisheng met students in Beijing on Monday."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    sources = list(reader.read([path]))
    assert [s.id for s in sources] == ["a1", "news-2"]
    assert sources[0].title == "First" and str(sources[0].date) == "2022-06-05"
    g = spacekg.build(path)
    art = URIRef(DEFAULT_BASE + "article/a1")
    assert g.value(art, SCHEMA.url) == URIRef("https://example.org/a1")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "fine"}\n{broken', "news.jsonl:2: not valid JSON"),
        ('{"title": "no text"}', 'news.jsonl:1: each line needs an object with a "text" string'),
        ('{"text": "x", "title": 5}', 'news.jsonl:1: "title" must be a string'),
        ('{"text": 12}', 'news.jsonl:1: each line needs an object with a "text" string'),
        ('{"text": "x", "date": "yesterday"}', "news.jsonl:1: \"date\" 'yesterday' is not YYYY-MM-DD"),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(reader.read([path]))
    assert message in str(info.value)


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write_article(tmp_path, "Shenzhou-12 flew.\n", "b.txt")
    (tmp_path / "sub").mkdir()
    write_article(tmp_path / "sub", "Shenzhou-13 flew.\n", "a.txt")
    write_article(tmp_path, "ignored", "notes.md")
    assert [s.id for s in reader.read([tmp_path])] == ["b", "a"]


def test_standard_input(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["build", "-", "--out", str(tmp_path), "-q"], input=STORY)
    assert result.exit_code == 0, result.output
    assert "mission:shenzhou-14" in (tmp_path / "spacekg.ttl").read_text(encoding="utf-8")


def test_bom_and_crlf_give_the_same_graph(tmp_path: Path) -> None:
    plain = SAMPLE.read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_bytes(b"\xef\xbb\xbf" + plain.replace("\n", "\r\n").encode("utf-8"))
    assert isomorphic(spacekg.build(tmp_path / "a"), spacekg.build(tmp_path / "b"))


def test_entities_merge_across_articles_and_provenance_stays_apart(tmp_path: Path) -> None:
    one = write_article(tmp_path, STORY, "2022-06-05-one.txt")
    g: Graph = spacekg.build([SAMPLE, one])
    xi_and_station = URIRef(DEFAULT_BASE + "mission/china-space-station")
    articles = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert len(articles) == 2
    assert set(g.subjects(SCHEMA.mentions, xi_and_station)) == articles
    assert len(set(g.subjects(RDF.type, NIF.Context))) == 2
    for event in g.subjects(RDF.type, SEM.Event):
        article = g.value(event, SCHEMA.subjectOf)
        for span in g.objects(event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")):
            assert str(span).startswith(str(article) + "#char=")
    assert spacekg.validate(g).conforms


def test_same_file_name_twice_gets_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_article(tmp_path / "a", STORY, "story.txt")
    write_article(tmp_path / "b", STORY, "story.txt")
    assert [s.id for s in reader.read([tmp_path])] == ["story", "story-2"]


def test_month_and_year_precision_in_the_graph(tmp_path: Path) -> None:
    text = "A timeline.\n\nNovember, 2011\n\nShenzhou-8 docked with Tiangong-1.\n\n2008\n\nShenzhou-7 was launched.\n\nFrom 1990 to 2002\n\nBeiDou was planned.\n"
    g = spacekg.build(write_article(tmp_path, text))
    time = "http://www.w3.org/2006/time#"
    months = {str(o) for o in g.objects(None, URIRef(time + "inXSDgYearMonth"))}
    years = {str(o) for o in g.objects(None, URIRef(time + "inXSDgYear"))}
    assert months == {"2011-11"} and years >= {"2008", "1990", "2002"}
    assert not list(g.objects(None, SCHEMA.startDate))  # no day made up
    assert list(g.subjects(RDF.type, URIRef(time + "ProperInterval")))
    assert len(set(g.subjects(RDF.type, SPACEKG.Docking))) == 1


MARS = """Timeline of China's Mars exploration

BEIJING, May 15, 2021 (Xinhua) -- China's Tianwen-1 probe landed on Mars on Saturday. Here are the key moments.

* July 23, 2020: Tianwen-1 was launched by a Long March-5 rocket from the Wenchang Spacecraft Launch Site.

* May 15, 2021: The lander carrying the Zhurong rover touched down in Utopia Planitia.
"""


def test_an_introduction_telling_an_entrys_event_adds_to_it(tmp_path: Path) -> None:
    x = extract(MARS, "mars.txt")
    got = events_of(x)
    assert got == [("Launch", "2020-07-23"), ("Landing", "2021-05-15")]  # not two landings
    landing = x.events[1]
    assert [x.document.text[s.begin : s.end].split(" probe")[0] for s in landing.also] == ["China's Tianwen-1"]
    g = spacekg.build(write_article(tmp_path, MARS, "mars.txt"))
    labels = {str(o) for s in g.subjects(RDF.type, SPACEKG.Launch) for o in g.objects(s, SCHEMA.name)}
    # A launch is of its craft (not of the rocket) and at its place.
    assert "Launch of Tianwen-1 at Wenchang Spacecraft Launch Site (2020-07-23)" in labels


CREW = """Shenzhou-17 crew enters space station

JIUQUAN, Oct. 26, 2023 (Xinhua) -- The Shenzhou-17 spaceship lifted off from the Jiuquan Satellite Launch Center at 11:14 a.m. on Thursday and docked with the Tianhe core module six hours later, the China Manned Space Agency (CMSA) announced.

Lin Xiqiang, deputy director of the CMSA, told a press conference on Wednesday that the crew would stay in orbit for six months.

The Shenzhou-16 crew will return to the Dongfeng landing site on Oct. 31, the agency said.
"""


def test_verbs_joined_by_and_tell_two_happenings_each_in_its_clause() -> None:
    x = extract(CREW, "crew.txt")
    got = events_of(x)
    assert got == [("Launch", "2023-10-26"), ("Docking", "2023-10-26"), ("Statement", "2023-10-25"),
                   ("Return", "2023-10-31")]  # fmt: skip
    launch, docking = x.events[:2]
    assert [p.name for p in launch.places] == ["Jiuquan Satellite Launch Center"]
    assert docking.places == () and "Tianhe" in {e.name for e in docking.about}
    # The agency that announced the launch did not launch anything.
    assert launch.agents == () and docking.agents == ()
    # "landing" in the landing site's name is no landing; the return is one.
    assert x.events[3].places and x.events[3].places[0].name == "Dongfeng landing site"


SLIM = """Japan's lander reaches the Moon

TOKYO, Jan. 20, 2024 (Xinhua) -- Japan's Smart Lander for Investigating Moon (SLIM) touched down on the Moon early Saturday, the Japan Aerospace Exploration Agency (JAXA) said.

The probe, launched on Sept. 7, 2023 by an H-IIA rocket from the Tanegashima Space Center, touched down near the Shioli crater.

"We achieved a pinpoint landing," said Hitoshi Kuninaka, who will check whether SLIM had landed within 100 meters of its target.

Prime Minister Fumio Kishida called the landing a major step.
"""


def test_a_dated_aside_is_its_own_happening_and_commenters_are_no_agents() -> None:
    x = extract(SLIM, "slim.txt")
    got = events_of(x)
    assert got == [("Landing", "2024-01-20"), ("Launch", "2023-09-07")]
    landing, launch = x.events
    assert [e.name for e in landing.about] == ["Smart Lander for Investigating Moon"]
    assert [p.name for p in launch.places] == ["Tanegashima Space Center"]
    assert "Tanegashima Space Center" not in {p.name for p in landing.places}
    # Neither the reporting agency, the speaker nor the prime minister landed the probe.
    assert landing.agents == () and launch.agents == ()
    # "SLIM" spells the lander's name, not the Moon's that it follows.
    moon = {m.entity for m in x.mentions if m.entity.name == "Moon"}
    assert all("SLIM" not in e.aliases for e in moon)
    assert {m.entity.name for m in x.mentions if m.span.cut(x.document.text) == "SLIM"} == {
        "Smart Lander for Investigating Moon"
    }


def test_subjects_joined_by_and_meet_each_other_and_what_is_announced_is_no_recipient() -> None:
    x = extract(
        "Xi, Biden hold talks\n\nSAN FRANCISCO, Nov. 15, 2023 (Xinhua) -- Chinese President Xi Jinping and "
        "U.S. President Joe Biden held talks south of San Francisco on Wednesday.\n\n"
        "Xi also announced the formal commissioning of a new research center.\n",
        "talks.txt",
    )
    meeting = next(e for e in x.events if e.cls == "Meeting")
    assert meeting.date is not None and meeting.date.lexical == "2023-11-15"
    assert [e.name for e in meeting.agents] == ["Xi Jinping"]
    assert [e.name for e in meeting.counterparts] == ["Joe Biden"]
    announcement = next(e for e in x.events if e.cls == "Announcement")
    assert announcement.counterparts == ()


def test_a_splashdown_is_a_landing() -> None:
    x = extract(
        "Orion returns\n\nHOUSTON, Dec. 11, 2022 (Xinhua) -- NASA's Orion spacecraft splashed down in the "
        "Pacific Ocean on Sunday.\n",
        "orion.txt",
    )
    assert events_of(x) == [("Landing", "2022-12-11")]


def test_an_entry_telling_two_happenings_joined_by_and_gives_two_events() -> None:
    x = extract(
        "Key dates of Tiangong-1\n\nBEIJING, Nov. 3, 2011 (Xinhua) -- The following are key dates.\n\n"
        "Nov. 1, 2011 -- Shenzhou-8 was launched from the Jiuquan Satellite Launch Center and docked with "
        "Tiangong-1 on Nov. 3.\n\nNov. 17, 2011 -- Shenzhou-8 returned to Earth.\n",
        "tiangong.txt",
    )
    got = events_of(x)
    assert got == [("Launch", "2011-11-01"), ("Docking", "2011-11-03"), ("Return", "2011-11-17")]
    launch, docking = x.events[:2]
    assert launch.heading == docking.heading
    assert [p.name for p in launch.places] == ["Jiuquan Satellite Launch Center"] and docking.places == ()


def test_an_airliners_flight_is_no_spaceflight_and_orders_are_not_received_guests() -> None:
    x = extract(
        "C919 completes first commercial flight\n\nSHANGHAI, May 28, 2023 (Xinhua) -- China's C919 jet "
        "completed its first commercial flight on Sunday.\n\nThe plane, flight MU9191, took off from "
        "Shanghai at 10:32 a.m. and landed in Beijing just after noon.\n\nIts maker, which has received "
        "more than 1,000 orders, said more planes would follow.\n",
        "c919.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-05-28")]


def test_a_lede_an_organization_is_the_source_of_is_news_not_its_statement() -> None:
    x = extract(
        "China, Russia to build lunar station\n\nBEIJING, March 9, 2021 (Xinhua) -- China and Russia on "
        "Tuesday signed a memorandum on building a lunar research station, the China National Space "
        "Administration (CNSA) said.\n",
        "ilrs.txt",
    )
    (event,) = x.events
    assert (event.cls, event.date.lexical if event.date else None) == ("NewsEvent", "2021-03-09")
    assert event.agents == () and len(event.quotes) == 1


def test_a_later_sentence_telling_a_day_of_its_own_is_a_happening_of_that_day() -> None:
    x = extract(
        "Quake kills more than 100\n\nLANZHOU, Dec. 19, 2023 (Xinhua) -- A 6.2-magnitude earthquake struck "
        "Jishishan County in Gansu Province at 11:59 p.m. Monday.\n\nChinese President Xi Jinping on Tuesday "
        "ordered all-out rescue efforts.\n\nRescue teams will stay in the area until Dec. 25.\n",
        "quake.txt",
    )
    got = events_of(x)
    assert got == [("NewsEvent", "2023-12-18"), ("NewsEvent", "2023-12-19")]  # nothing on Dec. 25: planned
    assert [e.name for e in x.events[1].agents] == ["Xi Jinping"]


def test_a_day_after_the_storys_own_is_to_come_not_a_happening() -> None:
    x = extract(
        "Travel rush begins\n\nBEIJING, Jan. 26, 2024 (Xinhua) -- China's travel rush started on Friday, the "
        "Ministry of Transport said.\n\nThe Spring Festival falls on Feb. 10 this year.\n\nCrowds filled the "
        "stations on Jan. 25.\n",
        "rush.txt",
    )
    got = events_of(x)
    assert got == [("NewsEvent", "2024-01-26"), ("NewsEvent", "2024-01-25")]


def test_leaders_holding_talks_with_each_other_meet() -> None:
    x = extract(
        "Xi, Macron hold talks\n\nPARIS, May 6, 2024 (Xinhua) -- Chinese President Xi Jinping held talks with "
        "French President Emmanuel Macron at the Elysee Palace on Monday.\n",
        "talks.txt",
    )
    assert events_of(x) == [("Meeting", "2024-05-06")]


@pytest.mark.parametrize(
    "lede",
    [
        "The Wentian lab module was launched on Sunday, and it docked with Tianhe the next day.",
        "The Wentian lab module was launched on Sunday. It docked with the Tianhe core module a day later.",
    ],
)
def test_the_next_day_is_the_day_after_the_one_told(lede: str) -> None:
    x = extract(f"Wentian lifts off\n\nWENCHANG, July 24, 2022 (Xinhua) -- {lede}\n", "wentian.txt")
    got = events_of(x)
    assert got == [("Launch", "2022-07-24"), ("Docking", "2022-07-25")]


def test_lifting_off_is_a_launch_unless_it_only_times_the_main_verb() -> None:
    x = extract(
        "History\n\nBEIJING, Oct. 15, 2023 (Xinhua) -- Here is a short history.\n\nYang orbited Earth 14 times "
        "aboard Shenzhou-5 after lifting off from the Jiuquan Satellite Launch Center on Oct. 15, 2003.\n",
        "history.txt",
    )
    assert events_of(x)[-1] == ("Launch", "2003-10-15")
    x = extract(
        "Crew arrives\n\nWASHINGTON, Aug. 27, 2023 (Xinhua) -- A SpaceX Crew Dragon spacecraft docked with the "
        "International Space Station on Sunday, about 30 hours after lifting off from Florida, NASA said.\n",
        "crew.txt",
    )
    assert events_of(x) == [("Docking", "2023-08-27")]


def test_a_clause_that_times_the_main_verb_tells_an_event_only_with_its_own_date() -> None:
    x = extract(
        "Starliner docks\n\nWASHINGTON, June 6, 2024 (Xinhua) -- Boeing's Starliner spacecraft docked with the "
        "International Space Station on Thursday, a day after it lifted off with two NASA astronauts.\n",
        "starliner.txt",
    )
    # (its own date is the one so many days from the main verb's: a day before Thursday)
    assert events_of(x) == [("Docking", "2024-06-06"), ("Launch", "2024-06-05")]
    x = extract(
        "Xi, Biden talk\n\nBEIJING, April 2, 2024 (Xinhua) -- Chinese President Xi Jinping had a phone call with "
        "U.S. President Joe Biden on Tuesday, their first since they met near San Francisco in November.\n",
        "call.txt",
    )
    got = events_of(x)
    assert got == [("PhoneCall", "2024-04-02"), ("Meeting", "2023-11")]


def test_a_chronology_told_in_the_present_tense_gives_its_launches() -> None:
    x = extract(
        "Key moments of the Long March-5\n\nBEIJING, Nov. 24, 2020 (Xinhua) -- The following are key moments.\n\n"
        "- Nov. 3, 2016: The Long March-5 makes its maiden flight from Wenchang.\n\n"
        "- Dec. 27, 2019: The rocket returns to flight, placing the Shijian-20 satellite into orbit.\n\n"
        "- July 23, 2020: A Long March-5 launches Tianwen-1, China's first mission to Mars.\n\n"
        "- Nov. 24, 2020: The rocket sends Chang'e-5 on its way to the Moon.\n",
        "long-march-5.txt",
    )
    assert events_of(x) == [
        ("Launch", "2016-11-03"),
        ("Launch", "2019-12-27"),
        ("Launch", "2020-07-23"),
        ("Launch", "2020-11-24"),
    ]


def test_launches_counted_are_no_launch() -> None:
    x = extract(
        "A record year\n\nBEIJING, Jan. 5, 2024 (Xinhua) -- China carried out 67 launches in 2023, a record.\n\n"
        "Its rockets made more orbital launches last year than ever before.\n",
        "record.txt",
    )
    assert [cls for cls, _ in events_of(x)] == ["NewsEvent"]


def test_a_return_capsules_landing_told_again_is_the_same_event() -> None:
    x = extract(
        "Crew returns\n\nJIUQUAN, June 4, 2023 (Xinhua) -- The return capsule of the Shenzhou-15 spaceship landed "
        "at the Dongfeng landing site on Sunday.\n\nThe capsule touched down at 6:33 a.m., the CMSA said.\n",
        "return.txt",
    )
    assert events_of(x) == [("Return", "2023-06-04")]
    assert len(x.events[0].also) == 1


def test_days_listed_for_one_happening_and_a_small_body_as_the_word_of_space() -> None:
    x = extract(
        "Capsule lands\n\nTOKYO, Dec. 6, 2020 (Xinhua) -- The capsule landed in Australia on Sunday.\n\n"
        "It touched down on Ryugu twice in 2019, on Feb. 22 and July 11, collecting material.\n\n"
        "A rover landed on the asteroid Ryugu between Oct. 1 and Oct. 5.\n",
        "capsule.txt",
    )
    assert events_of(x) == [
        ("Landing", "2020-12-06"),
        ("Landing", "2019-02-22"),
        ("Landing", "2019-07-11"),
        ("Landing", "2020-10-01"),  # the start of a span: one landing
    ]
    days = " and ".join(f"Jan. {d}" for d in range(1, 15))
    x = extract(f"Tests\n\nTOKYO, Dec. 6, 2020 (Xinhua) -- The rover landed on Mars in 2020, on {days}.\n", "t.txt")
    assert events_of(x) == [("Landing", "2020-01-01")]  # fourteen days: a calendar, not one landing again


def test_meetings_of_one_day_with_none_of_the_same_people_are_two() -> None:
    x = extract(
        "Xi meets Blinken\n\nBEIJING, June 19, 2023 (Xinhua) -- Chinese President Xi Jinping met with U.S. "
        "Secretary of State Antony Blinken in Beijing on Monday.\n\nEarlier on Monday, Wang Yi, director of the "
        "Office of the Central Foreign Affairs Commission, met with Blinken.\n\nXi and Blinken met for an hour.\n",
        "blinken.txt",
    )
    assert events_of(x) == [("Meeting", "2023-06-19"), ("Meeting", "2023-06-19")]
    assert [[a.name for a in e.agents] for e in x.events] == [["Xi Jinping"], ["Wang Yi"]]
    assert len(x.events[0].also) == 1  # "Xi and Blinken met ...": Xi's meeting, told again


def test_a_bulleted_chronology_opened_by_dates_and_a_re_entry() -> None:
    x = extract(
        "Tiangong-2\n\nBEIJING, July 19, 2019 (Xinhua) -- China's Tiangong-2 space lab re-entered the Earth's "
        "atmosphere on Friday. Here are its main events:\n\n-- On Sept. 15, 2016, Tiangong-2 was launched.\n\n"
        "-- On Oct. 19, 2016, the Shenzhou-11 spacecraft docked with the lab.\n",
        "tiangong-2.txt",
    )
    assert events_of(x) == [("Return", "2019-07-19"), ("Launch", "2016-09-15"), ("Docking", "2016-10-19")]
    assert [e.heading is not None for e in x.events] == [False, True, True]


def test_a_crew_sent_to_the_station_and_a_crew_meeting_joined_by_and() -> None:
    x = extract(
        "Factbox\n\nBEIJING, Dec. 31, 2022 (Xinhua) -- Here are the main steps.\n\nJune 2022\n\n"
        "On June 5, Shenzhou-14 sent astronauts Chen Dong, Liu Yang and Cai Xuzhe to the station.\n\n"
        "November 2022\n\nOn Nov. 29, Shenzhou-15 was launched, and its crew met the Shenzhou-14 astronauts "
        "in orbit the next day.\n",
        "factbox.txt",
    )
    assert events_of(x) == [("Launch", "2022-06-05"), ("Launch", "2022-11-29"), ("Meeting", "2022-11-30")]


def test_an_announcement_is_of_the_day_it_was_made_and_an_undated_plan_is_no_happening() -> None:
    x = extract(
        "Crew named\n\nJIUQUAN, May 29, 2023 (Xinhua) -- China will launch the Shenzhou-16 spaceship at 9:31 a.m. "
        "Tuesday, the China Manned Space Agency announced at a press conference on Monday.\n\n"
        "The astronauts will stay about five months in orbit, and will return to the Dongfeng landing site.\n",
        "crew.txt",
    )
    assert events_of(x) == [("Announcement", "2023-05-29")]


def test_a_day_that_year_in_a_profile() -> None:
    x = extract(
        "Profile\n\nBEIJING, April 16, 2022 (Xinhua) -- Wang Yaping returned to Earth on Saturday.\n\n"
        "She first flew in June 2013 on the Shenzhou-10 mission. On June 20 that year she gave a science "
        "lecture from the Tiangong-1 space lab.\n",
        "profile.txt",
    )
    assert ("Speech", "2013-06-20") in events_of(x)


def test_a_crew_carried_to_the_space_station_is_launched() -> None:
    x = extract(
        "Highlights\n\nBEIJING, Dec. 29, 2023 (Xinhua) -- The following are highlights.\n\n"
        "* May 30: Shenzhou-16 carried Jing Haipeng, Zhu Yangzhu and Gui Haichao to the space station.\n",
        "highlights.txt",
    )
    assert events_of(x) == [("Launch", "2023-05-30")]


def test_a_present_tense_verb_joined_by_and_and_an_explorer() -> None:
    x = extract(
        "Timeline\n\nBEIJING, Nov. 4, 2022 (Xinhua) -- Below are the steps.\n\n"
        "2022-07-24: The Wentian lab module lifts off and docks with Tianhe the next day.\n",
        "timeline.txt",
    )
    assert events_of(x) == [("Launch", "2022-07-24"), ("Docking", "2022-07-25")]
    x = extract("Juice\n\nPARIS, Aug. 21, 2024 (Xinhua) -- The Jupiter Icy Moons Explorer (Juice) flew on.\n", "j.txt")
    missions = [m.entity.name for m in x.mentions if m.entity.kind.value == "mission"]
    assert missions[:1] == ["Jupiter Icy Moons Explorer"]


def test_what_describes_a_craft_is_not_what_its_launch_is_about() -> None:
    x = extract(
        "Key moments\n\nBEIJING, Nov. 24, 2020 (Xinhua) -- Below are the rocket's key moments.\n\n"
        "• May 5, 2020: The Long March-5B, a variant built for the space station, flies for the first time.\n\n"
        "• Nov. 24, 2020: Wang Yaping, a crew member of Shenzhou-10, gave a science lecture from Tiangong-1.\n",
        "moments.txt",
    )
    launch, lecture = x.events
    assert [e.name for e in launch.about] == ["Long March 5B"]
    # What describes a person is what the person's deeds are about.
    assert [e.name for e in lecture.about] == ["Shenzhou-10", "Tiangong-1"]


def test_took_off_set_down_and_days_later() -> None:
    x = extract(
        "Probe\n\nBEIJING, June 25, 2024 (Xinhua) -- The agency declared the mission a complete success.\n\n"
        "Its lander set down in the South Pole-Aitken Basin on June 2.\n\n"
        "On June 4, the ascender took off from the lunar surface with the samples, and it docked with "
        "the orbiter in lunar orbit two days later.\n",
        "probe.txt",
    )
    assert events_of(x) == [("Announcement", "2024-06"), ("Landing", "2024-06-02"), ("Launch", "2024-06-04"),
                            ("Docking", "2024-06-06")]  # fmt: skip


def test_plain_news_in_a_timelines_introduction_is_the_entry_of_its_day() -> None:
    x = extract(
        "Key dates\n\nNEW DELHI, Aug. 24, 2023 (Xinhua) -- India became the first country to reach the "
        "Moon's south pole on Wednesday. The following are the key dates.\n\n"
        "14 July 2023 -- The spacecraft lifts off on an LVM3 rocket.\n\n"
        "23 August 2023 -- The Vikram lander lands near the lunar south pole.\n",
        "dates.txt",
    )
    assert events_of(x) == [("Launch", "2023-07-14"), ("Landing", "2023-08-23")]
    landing = x.events[1]
    assert [s.cut(x.document.text) for s in landing.also] == [
        "India became the first country to reach the Moon's south pole on Wednesday."
    ]


def test_what_a_flight_was_planned_as_is_no_plan() -> None:
    x = extract(
        "Return\n\nWASHINGTON, March 18, 2025 (Xinhua) -- Two astronauts returned to Earth on Tuesday.\n\n"
        "They flew to the station on June 5, 2024, on what was planned as a test flight of about a week.\n\n"
        "A second test flight is planned for June 20.\n",
        "return.txt",
    )
    assert events_of(x) == [("Return", "2025-03-18"), ("NewsEvent", "2024-06-05")]


def test_a_happening_in_a_clause_describing_a_name_is_not_the_sentences() -> None:
    x = extract(
        "Meetings\n\nBEIJING, Sept. 24, 2024 (Xinhua) -- Xi Jinping met representatives of the Chang'e-6 "
        "mission on Monday and viewed the lunar samples the probe brought back.\n\n"
        "On Feb. 20, 2019, Xi met scientists of the Chang'e-4 mission, which had made the first soft landing "
        "on the far side of the Moon.\n",
        "meetings.txt",
    )
    assert events_of(x) == [("Meeting", "2024-09-23"), ("Meeting", "2019-02-20")]


def test_a_size_is_no_rockets_name_and_a_closing_clause_times_nothing() -> None:
    x = extract(
        "New Glenn\n\nWASHINGTON, Jan. 16, 2025 (Xinhua) -- Blue Origin's New Glenn rocket reached orbit early "
        "Thursday.\n\nThe 98-meter rocket lifted off from Florida, after a first attempt on Monday was called off.\n",
        "glenn.txt",
    )
    vehicles = {m.entity.name for m in x.mentions if m.entity.kind.value == "vehicle"}
    assert vehicles == {"New Glenn"}
    assert events_of(x) == [("Launch", "2025-01-16")]


def test_a_plural_head_word_names_what_it_is_of() -> None:
    x = extract(
        "Factbox: Summits of the Forum on China-Africa Cooperation\n\nBEIJING, Sept. 5, 2024 (Xinhua) -- "
        "The forum has held four summits.\n",
        "focac.txt",
    )
    names = {m.entity.name for m in x.mentions if m.entity.kind.value in ("organization", "gathering")}
    assert names == {"Forum on China-Africa Cooperation"}


def test_an_untriggered_entry_under_a_month_heading_takes_its_sentences_day() -> None:
    x = extract(
        "The station in 2021\n\nEditor's note: a look back.\n\nJune 2021\n\n"
        "Shenzhou-12 astronauts Nie Haisheng, Liu Boming and Tang Hongbo entered Tianhe on June 17.\n",
        "months.txt",
    )
    assert events_of(x) == [("NewsEvent", "2021-06-17")]


def test_a_photo_caption_before_the_dateline() -> None:
    x = extract(
        "Clipper lifts off\n\nA rocket carrying the spacecraft lifts off from Florida, the United States, "
        "Oct. 14, 2024. (Photo by Joe Marino/Xinhua)\n\nWASHINGTON, Oct. 14, 2024 (Xinhua) -- NASA's Europa "
        "Clipper spacecraft set off on Monday.\n",
        "clipper.txt",
    )
    assert x.document.dateline is not None and x.document.dateline.place == "WASHINGTON"
    names = {m.entity.name for m in x.mentions}
    assert "Washington" in names and "Xinhua News Agency" not in names


def test_a_title_in_quotation_marks_quotes_no_one_and_a_reported_lede_has_its_day() -> None:
    x = extract(
        "Game sells\n\nHANGZHOU, Aug. 23, 2024 (Xinhua) -- The game has sold 10 million copies in three days, "
        'its developer said on Friday.\n\nThe game, inspired by the novel "Journey to the West," went on sale '
        "on Tuesday.\n\nFeng Ji, the founder of the studio, said the team had spent six years on it.\n",
        "game.txt",
    )
    assert [d for _, d in events_of(x)] == ["2024-08-23", "2024-08-20"]
    assert "Feng Ji" in {m.entity.name for m in x.mentions if m.entity.kind.value == "person"}


def test_a_roundups_reports_under_their_own_datelines() -> None:
    x = extract(
        "Roundup: New Year\n\nLONDON, Feb. 10, 2024 (Xinhua) -- Crowds packed Trafalgar Square and Chinatown "
        "on Saturday.\n\nNEW YORK -- Crowds gathered at Sara D. Roosevelt Park on Saturday morning.\n\n"
        "BANGKOK -- The prime minister attended a celebration in Bangkok's Yaowarat district on Friday evening.\n",
        "roundup.txt",
    )
    places = {m.entity.name for m in x.mentions if m.entity.kind.value == "place"}
    assert places == {"London", "Trafalgar Square", "New York", "Sara D. Roosevelt Park", "Bangkok",
                      "Yaowarat"}  # fmt: skip
    assert events_of(x) == [("NewsEvent", "2024-02-10"), ("NewsEvent", "2024-02-10"), ("NewsEvent", "2024-02-09")]


def test_a_question_a_column_label_and_a_long_title() -> None:
    x = extract(
        "Xinhua Headlines: Tesla's plant opens\n\nSHANGHAI, Feb. 11, 2025 (Xinhua) -- Tesla Chief Executive "
        "Elon Musk said the plant in the Lingang area would open.\n\nQ: What spacecraft will be used?\n",
        "plant.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert ("person", "Elon Musk") in names and ("place", "Lingang") in names
    assert not {n for k, n in names if k == "mission"}
    assert "Xinhua News Agency" not in {n for _, n in names}


def test_a_launch_in_a_timing_clause_with_its_auxiliary_yields_to_the_docking() -> None:
    x = extract(
        "Tianzhou-8 docks\n\nBEIJING, Nov. 16, 2024 (Xinhua) -- The Tianzhou-8 cargo craft docked with China's "
        "space station on Saturday, a few hours after it was launched.\n",
        "tianzhou.txt",
    )
    assert events_of(x) == [("Docking", "2024-11-16")]


def test_samples_brought_back_tell_no_return_and_small_countries_are_places() -> None:
    x = extract(
        "Water found\n\nBEIJING, July 22, 2024 (Xinhua) -- Scientists found water in soil brought back from the "
        "Moon by the Chang'e-5 mission, the Chinese Academy of Sciences said on Monday.\n\n"
        "Chang'e-5 returned about 1,731 grams of samples to Earth in December 2020.\n\n"
        "Visitors from Slovakia, Andorra, Monaco and Liechtenstein need no visa.\n",
        "water.txt",
    )
    assert events_of(x) == [("Statement", "2024-07-22"), ("Return", "2020-12")]
    places = {m.entity.name for m in x.mentions if m.entity.kind.value == "place"}
    assert {"Slovakia", "Andorra", "Monaco", "Liechtenstein"} <= places


def test_days_without_their_year_in_a_look_back_cross_into_the_year_before() -> None:
    x = extract(
        "Six months\n\nBEIJING, April 16, 2022 (Xinhua) -- The crew returned to Earth on Saturday.\n\n"
        "Oct 16 - Zhai Zhigang, Wang Yaping and Ye Guangfu lift off from the Jiuquan Satellite Launch Center.\n\n"
        'Dec 9 - The crew gives the first lecture of the "Tiangong Classroom" to students.\n\n'
        "April 16 - The return capsule lands at the Dongfeng landing site.\n",
        "six-months.txt",
    )
    assert [d for _, d in events_of(x)] == ["2021-10-16", "2021-12-09", "2022-04-16"]
    assert events_of(x)[0] == ("Launch", "2021-10-16")
    assert "China's space station" not in {m.entity.name for m in x.mentions}


def test_international_bodies_a_limited_company_and_a_citys_area() -> None:
    x = extract(
        "Notes\n\nBEIJING, May 7, 2024 (Xinhua) -- The NATO bombing was recalled. The launch was arranged by "
        "NewSpace India Limited. The car is made at a factory in the city's Yizhuang area.\n",
        "notes.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("organization", "North Atlantic Treaty Organization"), ("organization", "NewSpace India Limited"),
            ("place", "Yizhuang")} <= names  # fmt: skip


def test_people_after_titles_inside_their_names_and_bodies_with_odd_names() -> None:
    x = extract(
        "Talks\n\nGENEVA, May 12, 2025 (Xinhua) -- Vice Premier He Lifeng led the Chinese side and Trade "
        "Representative Jamieson Greer the U.S. side. California Governor Gavin Newsom said the fire spread.\n\n"
        "The probe will visit the asteroid Kamo'oalewa and the comet 311P. Debris fell over the Turks and Caicos "
        "Islands. Homes burned in the Pacific Palisades neighborhood.\n",
        "talks.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    people = {n for k, n in names if k == "person"}
    assert people == {"He Lifeng", "Jamieson Greer", "Gavin Newsom"}
    places = {n for k, n in names if k == "place"}
    assert {"Kamo'oalewa", "311P", "Turks and Caicos Islands", "Pacific Palisades", "California"} <= places


def test_a_unit_named_only_with_its_owner_and_a_possessive_name() -> None:
    x = extract(
        "Law\n\nBEIJING, June 28, 2023 (Xinhua) -- The Standing Committee of the National People's Congress (NPC) "
        "adopted the law. Han Zheng addressed the general debate of the UN General Assembly on Thursday. "
        "The Shanghai Stock Exchange's sci-tech innovation board turned five.\n",
        "law.txt",
    )
    orgs = {m.entity.name for m in x.mentions if m.entity.kind.value == "organization"}
    assert orgs == {"Standing Committee of the National People's Congress", "National People's Congress",
                    "UN General Assembly", "Shanghai Stock Exchange"}  # fmt: skip
    assert ("Speech", "2023-06-29") in events_of(x)


def test_month_entries_under_a_year_a_landing_platform_and_a_programme_to_a_place() -> None:
    x = extract(
        "Milestones\n\nBEIJING, May 22, 2021 (Xinhua) -- Zhurong drove down from its landing platform on Saturday. "
        "Below are the milestones of the country's Mars program.\n\n2016\n\n"
        "- January: The central government approves the program.\n\n2021\n\n"
        "- May 22: Zhurong rolls onto the Martian surface.\n",
        "mars.txt",
    )
    assert events_of(x) == [("NewsEvent", "2016-01"), ("NewsEvent", "2021-05-22")]
    assert "Mars program" not in {m.entity.name for m in x.mentions}


def test_players_named_by_the_set_scores_after_them() -> None:
    x = extract(
        "Final\n\nMELBOURNE, Jan 26 (Reuters) - Jannik Sinner beat Alexander Zverev 6-3 7-6(4) 6-3 on Sunday. "
        "Zverev lost the 2020 U.S. Open final.\n",
        "final.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("person", "Jannik Sinner"), ("person", "Alexander Zverev"), ("gathering", "US Open")} <= names


def test_a_target_met_a_capsule_filled_and_an_institute_of_the_academy() -> None:
    x = extract(
        "Notes\n\nHEFEI, Jan. 20, 2025 (Xinhua) -- The record was set on Monday, according to the Institute of "
        "Plasma Physics of the Chinese Academy of Sciences.\n\nThe economy met the government's target, Kang said.\n\n"
        "On June 6, 2024, the ascender docks with the orbiter and transfers the samples to the return capsule.\n",
        "notes.txt",
    )
    orgs = {m.entity.name for m in x.mentions if m.entity.kind.value == "organization"}
    assert {"Institute of Plasma Physics", "Chinese Academy of Sciences"} <= orgs
    # No meeting and no return; the lede's record, set on a day and sourced "according to" the
    # institute, is that day's news (no plan).
    assert events_of(x) == [("NewsEvent", "2025-01-20"), ("Docking", "2024-06-06")]


def test_a_lede_on_a_day_of_its_own_and_an_indefinite_station() -> None:
    x = extract(
        "Refueling\n\nBEIJING, April 27, 2017 (Xinhua) -- Tianzhou-1 completed its first in-orbit refueling on "
        "Thursday evening.\n\nTianzhou-1 was launched on April 20 and docked with Tiangong-2 two days later.\n\n"
        '"Refueling will allow a space station to stay in orbit for much longer," said Bai Mingsheng.\n',
        "refuel.txt",
    )
    assert events_of(x) == [("NewsEvent", "2017-04-27"), ("Launch", "2017-04-20"), ("Docking", "2017-04-22")]
    assert "China's space station" not in {m.entity.name for m in x.mentions}
    x = extract(
        "History\n\nBEIJING, Oct. 15, 2023 (Xinhua) -- Twenty years ago on Sunday, Yang Liwei became China's first "
        "astronaut in space.\n\nShenzhou-5 was launched on Oct. 15, 2003.\n",
        "history.txt",
    )
    assert events_of(x) == [("Launch", "2003-10-15")]


def test_one_winter_games_a_company_limited_and_a_city_in_east_china() -> None:
    x = extract(
        "Xi declares Beijing 2022 Winter Olympics open\n\nBEIJING, Feb. 4, 2022 (Xinhua) -- Xi declared the "
        "Beijing 2022 Olympic Winter Games open. Beijing is the first city to host both the Summer and Winter "
        "Olympics.\n\nShares of Contemporary Amperex Technology Co., Limited rose. The company is based in Ningde "
        "in east China's Fujian Province.\n",
        "games.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert len({n for k, n in names if k == "gathering"}) == 1
    assert ("organization", "Contemporary Amperex Technology Co., Limited") in names
    assert ("place", "Ningde") in names


def test_dotted_date_headings_with_a_time_and_a_zoo_and_an_alliance() -> None:
    x = extract(
        "Day one\n\nBEIJING, June 17, 2021 (Xinhua) -- Three astronauts entered the core module on Thursday.\n\n"
        "2021.06.17 09:22 -- Shenzhou-12 lifts off from the Jiuquan Satellite Launch Center.\n\n"
        "2021.06.17 18:48 -- The three astronauts float into Tianhe. The pandas arrived at the San Diego Zoo, "
        "said an official of San Diego Zoo Wildlife Alliance.\n",
        "day-one.txt",
    )
    assert events_of(x) == [("Launch", "2021-06-17"), ("NewsEvent", "2021-06-17")]
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("place", "San Diego Zoo"), ("organization", "San Diego Zoo Wildlife Alliance")} <= names


def test_a_person_described_by_a_nationality_and_an_office() -> None:
    x = extract(
        "Profile\n\nCHANGSHA, May 24, 2021 (Xinhua) -- Yuan Longping, the Chinese scientist known as the father "
        "of hybrid rice, died on Saturday.\n",
        "profile.txt",
    )
    assert {m.entity.name for m in x.mentions if m.entity.kind.value == "person"} == {"Yuan Longping"}


def test_a_happening_so_many_hours_later_is_on_the_day_the_time_of_day_leads_to() -> None:
    def docking(sentence: str) -> str | None:
        x = extract(f"Ship docks\n\nJIUQUAN, Nov. 30, 2022 (Xinhua) -- {sentence}\n", "dock.txt")
        return dict(events_of(x)).get("Docking")

    # A time of day, and so many hours after it: that day or the next.
    assert docking("Shenzhou-15 lifted off at 11:08 a.m. on Nov. 29 and docked about six and a half hours later.") == (
        "2022-11-29"
    )
    assert docking("Shenzhou-15 lifted off at 11:08 p.m. on Nov. 29 and docked about six and a half hours later.") == (
        "2022-11-30"
    )
    assert docking("Shenzhou-15 lifted off at 23:08 on Nov. 29 and docked a few hours later.") == "2022-11-30"
    # No time of day: one of two days, said by the month that holds both, or the year.
    assert docking("Shenzhou-15 lifted off on Nov. 29 and docked about three hours later.") == "2022-11"
    assert docking("Shenzhou-15 lifted off on Nov. 30 and docked about three hours later.") == "2022"
    # Two days apart: the same happening read on each.
    x = extract(
        "Sweep\n\nFUKUOKA, Japan, July 28 (Xinhua) -- Qin Haiyang broke the world record on Friday.\n\n"
        "Qin had won the 50m breaststroke on Wednesday and the 100m on Monday.\n",
        "2023-07-28-sweep.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-07-28"), ("NewsEvent", "2023-07-26"), ("NewsEvent", "2023-07-24")]


def test_a_name_after_a_nationality_and_a_module_lifted_into_orbit() -> None:
    x = extract(
        "Race\n\nFUKUOKA, Japan, July 28 (Xinhua) -- Zac Stubblety-Cook was second. American Matt Fallon was "
        "third. The Chinese New Year holiday starts soon.\n\nOn April 29, 2021, a Long March-5B rocket lifted the "
        "Tianhe core module into orbit.\n",
        "race.txt",
    )
    people = {m.entity.name for m in x.mentions if m.entity.kind.value == "person"}
    assert people == {"Matt Fallon"}
    assert ("Launch", "2021-04-29") in events_of(x)


def test_a_leader_a_survey_and_a_place_found_again_where_its_neighbour_is_told() -> None:
    x = extract(
        "Quake\n\nYANGON, March 29 (Xinhua) -- Rescuers headed to the hard-hit city of Monywa.\n\n"
        "The quake hit near Sagaing, just west of Monywa, the United States Geological Survey said. "
        "Monywa lost power. Myanmar's leader Min Aung Hlaing declared a state of emergency.\n",
        "2025-03-29-quake.txt",
    )
    names = [(m.entity.kind.value, m.span.cut(x.document.text)) for m in x.mentions]
    # (Monywa is in no reference data: found by what is said of it, then again, but not first in a
    # sentence: "Monywa lost power".)
    assert names.count(("place", "Monywa")) == 2
    assert {("place", "Sagaing"), ("person", "Min Aung Hlaing"),
            ("organization", "United States Geological Survey")} <= set(names)  # fmt: skip
    assert ("place", "United States") not in names


def test_a_route_links_places_a_name_opens_with_a_small_word_and_a_lede_has_its_reported_day() -> None:
    x = extract(
        "Talks\n\nHANOI, April 14 (Xinhua) -- Xi Jinping held talks with To Lam, general secretary of the "
        "Communist Party of Vietnam Central Committee, on Monday. The two sides will speed up work on the "
        "Lao Cai-Hanoi-Hai Phong line.\n",
        "2025-04-14-talks.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("person", "To Lam"), ("place", "Lao Cai"), ("place", "Hai Phong")} <= names
    x = extract(
        "Revenue\n\nSHENZHEN, March 25 (Xinhua) -- Automaker BYD reported revenue of 777.1 billion yuan for "
        "2024.\n\nThe company said on Monday that its net profit rose 34 percent.\n\n"
        "Last week, BYD chairman Wang Chuanfu unveiled a charging system.\n",
        "2025-03-25-revenue.txt",
    )
    # The lede's news is of the day the next paragraph says it was reported; "last week" is in March.
    assert events_of(x) == [("NewsEvent", "2025-03-24"), ("Announcement", "2025-03")]


def test_field_lines_before_the_text_give_its_title_and_day() -> None:
    x = extract(
        "Title: Shenzhou-18 crew returns to Earth\nDate: 2024-11-04T09:30:00+08:00\nSource: Xinhua\n"
        "URL: https://example.org/a\n\nBEIJING, Nov. 4 -- The return capsule of the Shenzhou-18 spaceship "
        "touched down at the Dongfeng landing site at 1:24 a.m. Monday.\n",
        "return.txt",
    )
    doc = x.document
    assert doc.title is not None and doc.title.cut(doc.text) == "Shenzhou-18 crew returns to Earth"
    assert doc.published == dt.date(2024, 11, 4) and doc.dateline is not None
    assert events_of(x) == [("Return", "2024-11-04")]
    # The fields' words are no mentions: no "Xinhua" from "Source: Xinhua".
    assert all(m.span.begin >= doc.text.index("BEIJING") or m.span.end <= doc.title.end for m in x.mentions)
    # A date as news writes it does too, and a text with no title or date field has no header.
    assert extract("Date: Nov. 4, 2024\n\nBEIJING -- Text.\n", "a.txt").document.published == dt.date(2024, 11, 4)
    assert extract("Source: Xinhua\n\nText.\n", "b.txt").document.published is None


def test_live_updates_under_a_day_and_a_time_and_the_launch_their_introduction_tells() -> None:
    x = extract(
        "Live updates\n\nWENCHANG, Hainan, Nov. 16, 2024 (Xinhua) -- Follow the launch of the Tianzhou-8 "
        "cargo craft as it happened.\n\nNov. 15, 23:13 -- A Long March-7 Y9 rocket carrying Tianzhou-8 blasts "
        "off.\n\nNov. 16, 02:32 -- Tianzhou-8 docks with the Tianhe core module.\n",
        "live.txt",
    )
    assert events_of(x) == [("Launch", "2024-11-15"), ("Docking", "2024-11-16")]
    assert len(x.events[0].also) == 1  # the introduction's sentence is the entry's too


def test_a_statement_and_untriggered_days_in_british_order_and_the_known_places_of_a_route() -> None:
    x = extract(
        "Rail\n\nBEIJING, Dec. 30, 2024 (Xinhua) -- The network has grown to 48,000 km, China State Railway "
        "Group Co., Ltd. said on Monday.\n\nOn 1 August 2008, the Beijing-Tianjin intercity railway opened.\n",
        "rail.txt",
    )
    # The days of untriggered sentences are read when the story's only other event is a statement.
    assert events_of(x) == [("Statement", "2024-12-30"), ("NewsEvent", "2008-08-01")]
    assert {"Beijing", "Tianjin"} <= {m.span.cut(x.document.text) for m in x.mentions}


def test_a_title_inside_a_second_name_an_experiment_and_what_a_technology_is_for() -> None:
    x = extract(
        "Docking\n\nNEW DELHI, Jan. 16 (Xinhua) -- ISRO docked two satellites of the Space Docking Experiment "
        "(SpaDeX) on Thursday. Xi hosted Thai Prime Minister Paetongtarn Shinawatra and Kyrgyz President Sadyr "
        "Japarov. The technology is needed for India's planned space station and for bringing lunar samples "
        "back to Earth.\n",
        "2025-01-16-docking.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("mission", "Space Docking Experiment"), ("person", "Sadyr Japarov")} <= names
    assert not any(n == "China's space station" for _, n in names)
    assert [e.cls for e in x.events] == ["Docking"]


def test_an_ap_dateline_and_field_lines_under_the_headline() -> None:
    x = extract(
        "Home at last\n\nCAPE CANAVERAL, Fla. (AP) \u2014 Two astronauts returned to Earth on Tuesday.\n",
        "2025-03-18-home.txt",
    )
    assert x.document.dateline is not None and x.document.dateline.agency == "AP"
    places = {m.entity.name for m in x.mentions if m.entity.kind.value == "place"}
    assert {"Cape Canaveral", "Florida"} <= places
    # A name spelt out in parentheses after an acronym is no agency: no dateline.
    x = extract("News\n\nISRO (Indian Space Research Organisation) \u2014 It docked.\n", "2025-01-16-isro.txt")
    assert x.document.dateline is None
    x = extract(
        "Record spacewalk\n\nBy Global Times\nPublished: Dec 18, 2024 10:15 PM\n\nTwo astronauts completed a "
        "spacewalk outside China's space station, the agency said on Wednesday.\n\nThe two worked outside the "
        "Tiangong station for 9 hours on Tuesday.\n",
        "record.txt",
    )
    assert x.document.published == dt.date(2024, 12, 18)
    # A date the text gives wins over the file name's, as a header's does.
    dated = extract("Title\n\nPublished: Dec 18, 2024 10:15 PM\n\nText.\n", "2024-01-01-renamed.txt")
    assert dated.document.published == dt.date(2024, 12, 18)
    # Told first with no day, then on its day: one spacewalk, on Tuesday.
    assert events_of(x) == [("Spacewalk", "2024-12-17")]


def test_people_of_an_owner_people_who_made_things_and_organizations_after_their_noun() -> None:
    x = extract(
        'Film\n\nBEIJING, Feb. 18 (Xinhua) -- "Ne Zha 2" has become the highest-grossing animated film, '
        "according to ticketing platform Maoyan.\n\nDirected by Yang Yu, the film was made by the Chengdu-based "
        "studio Coco Cartoon. DeepSeek was founded in 2023 in Hangzhou by Liang Wenfeng. Its app topped "
        "Apple's App Store in the United States. They came home with NASA's Nick Hague and Russia's Alexander "
        "Gorbunov.\n",
        "2025-02-18-film.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    people = {n for k, n in names if k == "person"}
    assert people == {"Yang Yu", "Liang Wenfeng", "Nick Hague", "Alexander Gorbunov"}
    assert {("organization", "Maoyan"), ("organization", "Coco Cartoon")} <= names
    # The lede in the present perfect tells how things stand on the story's day.
    assert events_of(x)[0] == ("NewsEvent", "2025-02-18")


def test_a_subtitle_a_dateline_day_before_month_a_director_and_a_team_led_by_three() -> None:
    x = extract(
        "Hong Kong opens Kai Tak Sports Park\nThe 50,000-seat main stadium is the centerpiece of the project\n\n"
        "HONG KONG, March 1 (Xinhua) -- The park opened on Saturday.\n",
        "2025-03-01-park.txt",
    )
    doc = x.document
    assert doc.subtitle is not None and doc.subtitle.cut(doc.text).startswith("The 50,000-seat")
    assert doc.dateline is not None and doc.dateline.agency == "Xinhua"
    assert events_of(x) == [("NewsEvent", "2025-03-01")]
    graph = spacekg.build(write_article(Path(tempfile.mkdtemp()), doc.text, "2025-03-01-park.txt"))
    assert len(list(graph.objects(None, SCHEMA.alternativeHeadline))) == 1
    x = extract(
        "Ariane 6\n\nKOUROU, French Guiana, 6 March 2025 -- The rocket lifted off on Thursday. European Space "
        "Agency Director General Josef Aschbacher congratulated the teams. The team was led by Pan Jianwei, "
        "Zhu Xiaobo and Peng Chengzhi.\n",
        "ariane.txt",
    )
    assert x.document.dateline is not None and x.document.published == dt.date(2025, 3, 6)
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {n for k, n in names if k == "person"} == {"Josef Aschbacher", "Pan Jianwei", "Zhu Xiaobo", "Peng Chengzhi"}
    assert ("organization", "European Space Agency") in names


def test_news_of_a_day_from_a_named_source_a_pope_a_church_and_a_hospital() -> None:
    x = extract(
        "Obituary\n\nWASHINGTON, Nov. 3 (Xinhua) -- The astronaut's family was told.\n\nMattingly died on "
        'Oct. 31 in Arlington, Virginia, NASA said. "He was a hero," NASA said on Oct. 30.\n',
        "2023-11-03-obituary.txt",
    )
    # A day of news that only names its source is news; words in quotation marks are a statement.
    assert ("NewsEvent", "2023-10-31") in events_of(x)
    x = extract(
        "Pope\n\nVATICAN CITY, April 21 (Xinhua) -- Pope Francis, the leader of the Roman Catholic Church, "
        "died on Monday. Cardinal Kevin Farrell announced the death. He had spent five weeks in Rome's "
        "Gemelli hospital. Francis was 88.\n",
        "2025-04-21-pope.txt",
    )
    names = [(m.entity.kind.value, m.entity.name) for m in x.mentions]
    assert names.count(("person", "Pope Francis")) == 2  # and "Francis" alone
    assert {("person", "Kevin Farrell"), ("organization", "Roman Catholic Church"),
            ("place", "Gemelli hospital")} <= set(names)  # fmt: skip


def test_a_headline_and_a_dateline_make_no_place_and_the_day_a_lede_gives_after_its_trigger() -> None:
    x = extract(
        "Han Kang wins Nobel Prize in Literature\n\nSTOCKHOLM, Oct. 10 (Xinhua) -- Han Kang has won the prize, "
        "the Swedish Academy announced on Thursday.\n\nPresident Yoon Suk Yeol congratulated her.\n",
        "2024-10-10-nobel.txt",
    )
    places = {m.span.cut(x.document.text) for m in x.mentions if m.entity.kind.value == "place"}
    assert places == {"STOCKHOLM"}
    # The undated congratulation is of the day the lede gives after its trigger.
    assert events_of(x) == [("Announcement", "2024-10-10"), ("CongratulatoryMessage", "2024-10-10")]


def test_a_return_told_before_the_entries_is_the_landing_an_entry_tells() -> None:
    x = extract(
        "Timeline\n\nBEIJING, Nov. 14, 2025 (Xinhua) -- The Shenzhou-20 crew returned to Earth on Friday. "
        "Here is a look at their mission.\n\n* April 24, 2025: Shenzhou-20 blasts off.\n\n* Nov. 14, 2025: The "
        "three astronauts land at the Dongfeng landing site aboard Shenzhou-21.\n",
        "timeline.txt",
    )
    assert events_of(x) == [("Launch", "2025-04-24"), ("Landing", "2025-11-14")]


def test_a_crew_arriving_hours_after_a_night_launch_and_a_flight_after_called_off_attempts() -> None:
    x = extract(
        "Crew arrives\n\nJIUQUAN, Nov. 1 (Xinhua) -- Three astronauts arrived at the Tiangong space station early "
        "on Saturday, hours after the Shenzhou-21 spaceship was launched.\n\nThe spaceship blasted off at 11:44 "
        "p.m. on Friday. It docked with the Tianhe core module about 3.5 hours later.\n\nThe crew is made up of "
        "commander Zhang Lu and first-time flyers Wu Fei (\u6b66\u98de) and Zhang Hongzhang (\u5f20\u6d2a\u7ae0).\n",
        "2025-11-01-crew.txt",
    )
    assert events_of(x) == [("Docking", "2025-11-01"), ("Launch", "2025-10-31")]
    people = {m.entity.name for m in x.mentions if m.entity.kind.value == "person"}
    assert people == {"Zhang Lu", "Wu Fei", "Zhang Hongzhang"}
    x = extract(
        "Flight 10\n\nHOUSTON, Aug. 27 (Xinhua) -- Starship flew its 10th test flight on Tuesday evening, "
        "deploying eight mock Starlink satellites and splashing down in the Indian Ocean.\n\nThe 123-meter-tall "
        "rocket lifted off from Starbase after two launch attempts were called off on Sunday and Monday.\n",
        "2025-08-27-flight.txt",
    )
    assert events_of(x) == [("Landing", "2025-08-26"), ("Launch", "2025-08-26")]
    crafts = {m.entity.name for m in x.mentions if m.entity.kind.value in ("mission", "vehicle")}
    assert "Starlink" in crafts and not any("meter" in c for c in crafts)


def test_a_time_stamp_under_the_headline_dates_the_story_and_is_no_text() -> None:
    x = extract(
        "Tianzhou-9 docks\n\nUpdated 09:20, 15-Jul-2025\n\nChina's Tianzhou-9 cargo craft docked with the "
        "space station early on Tuesday, about three hours after it was launched.\n\nA Long March-7 rocket "
        "carrying the craft blasted off at 5:34 a.m. from the Wenchang Spacecraft Launch Site.\n",
        "tianzhou.txt",
    )
    doc = x.document
    assert doc.published == dt.date(2025, 7, 15)
    assert "Updated" not in doc.paragraphs[0].cut(doc.text)
    assert events_of(x) == [("Docking", "2025-07-15"), ("Launch", "2025-07-15")]
    # The day it was published wins over the file name's; the day it was updated does not.
    stamped = extract("Title\n\nPublished on July 15, 2025 at 9:20 a.m.\n\nText.\n", "2024-01-01-renamed.txt")
    assert stamped.document.published == dt.date(2025, 7, 15)
    updated = extract("Title\n\nLast updated 16 July 2025\n\nText.\n", "2024-01-01-renamed.txt")
    assert updated.document.published == dt.date(2024, 1, 1)
    # A stamp that names no day is no stamp: its line stays the story's.
    kept = extract("Title\n\nUpdated 2 hours ago in 2025\n\nText.\n", "a.txt")
    assert kept.document.paragraphs[0].cut(kept.document.text).startswith("Updated")


def test_a_dated_relative_clause_tells_its_own_happening_and_a_month_to_come_none() -> None:
    x = extract(
        "Spacewalk\n\nBEIJING, July 15, 2025 (Xinhua) -- The Shenzhou-20 crew, which arrived at the space "
        "station in late April, carried out its first spacewalk on May 22.\n\nThe Tianwen-2 probe is expected "
        "to land on the asteroid in early June.\n",
        "2025-07-15-crew.txt",
    )
    assert events_of(x) == [("Spacewalk", "2025-05-22"), ("Docking", "2025-04")]
    assert [e.name for e in x.events[1].about] == ["Shenzhou-20", "China's space station"]
    # Where the rest of the sentence names nothing, the spacewalk is about what the aside names.
    x = extract(
        "Spacewalk\n\nBEIJING, July 15, 2025 (Xinhua) -- The crew, which arrived at the space station in late "
        "April, carried out its first spacewalk on May 22.\n",
        "2025-07-15-crew.txt",
    )
    assert [e.name for e in x.events[0].about] == ["China's space station"]


def test_words_told_to_someone_on_a_day_are_a_statement_and_a_sourced_day_is_news() -> None:
    x = extract(
        "Jewels\n\nPARIS, Oct 26 (Reuters) - Police have arrested two men over the theft of jewellery from the "
        "Louvre museum, prosecutor Laure Beccuau said on Sunday.\n\nOne suspect was stopped at Charles de "
        "Gaulle airport on Saturday evening, according to a source close to the investigation.\n\nBeccuau told "
        "RTL radio on Oct. 21 that the jewels were worth 88 million euros.\n\nLouvre director Laurence des Cars "
        "told a Senate committee on Wednesday that the cameras did not cover the window.\n",
        "2025-10-26-louvre.txt",
    )
    assert events_of(x) == [
        ("Statement", "2025-10-26"),
        ("NewsEvent", "2025-10-25"),
        ("Statement", "2025-10-21"),
        ("Statement", "2025-10-22"),
    ]
    names = {(m.entity.kind.value, m.span.cut(x.document.text)) for m in x.mentions}
    assert {
        ("organization", "Louvre museum"),
        ("organization", "Louvre"),
        ("organization", "RTL"),
        ("place", "Charles de Gaulle airport"),
        ("person", "Laurence des Cars"),
    } <= names


def test_a_body_named_by_what_it_is_reports_and_a_day_earlier_frames_what_was_said() -> None:
    x = extract(
        "Comet\n\nPARIS, Oct. 7 (Xinhua) -- The European Space Agency's ExoMars Trace Gas Orbiter photographed "
        "the interstellar comet 3I/ATLAS as it flew past Mars on Oct. 3, the agency said on Tuesday.\n\n3I/ATLAS "
        "was discovered on July 1 by a NASA-funded survey telescope in Chile.\n",
        "2025-10-07-comet.txt",
    )
    assert events_of(x) == [("Statement", "2025-10-07"), ("NewsEvent", "2025-10-03"), ("NewsEvent", "2025-07-01")]
    assert [a.name for a in x.events[0].agents] == ["European Space Agency"]
    names = [(m.entity.kind.value, m.span.cut(x.document.text)) for m in x.mentions]
    assert names.count(("place", "3I/ATLAS")) == 2 and ("organization", "NASA") in names
    x = extract(
        "Chips\n\nNEW YORK, Oct. 29 (Xinhua) -- Nvidia on Wednesday became the first company worth 5 trillion "
        "dollars.\n\nA day earlier, chief executive Jensen Huang told a developer conference in Washington that "
        "the company had 500 billion dollars in orders.\n",
        "2025-10-29-chips.txt",
    )
    assert events_of(x) == [("NewsEvent", "2025-10-29"), ("Statement", "2025-10-28")]
    # A day inside the words a source closes is the news's, not the day they were said on.
    x = extract(
        "Obituary\n\nWASHINGTON, Nov. 3 (Xinhua) -- Former NASA astronaut Ken Mattingly has died at the age of "
        "87, the U.S. space agency said Thursday.\n\nMattingly died on Oct. 31 in Arlington, Virginia, NASA "
        "said.\n",
        "2023-11-03-obituary.txt",
    )
    assert events_of(x) == [("Statement", "2023-11-02"), ("NewsEvent", "2023-10-31")]
    assert [a.name for a in x.events[0].agents] == ["NASA"]


def test_answers_of_an_explainer_a_return_dated_by_its_landing_and_a_year_to_come() -> None:
    x = extract(
        "Explainer\n\nBEIJING, Nov. 26, 2025 (Xinhua) -- China launched the Shenzhou-22 spaceship on Tuesday."
        "\n\nQ: What went wrong?\n\nA: On Nov. 5, the China Manned Space Agency (CMSA) said the return of the "
        "Shenzhou-20 crew would be postponed. Engineers later found cracks in a window of its return capsule."
        "\n\nA: Chen Dong, Chen Zhongrui and Wang Jie returned to Earth aboard the Shenzhou-21 spaceship. Their "
        "capsule touched down at the Dongfeng landing site on Nov. 14.\n\nA: It will bring the Shenzhou-21 "
        "crew, Zhang Lu, Wu Fei and Zhang Hongzhang, back to Earth next year. The Mengtian module will join the "
        "Wentian lab module, which was launched in July.\n",
        "explainer.txt",
    )
    assert events_of(x) == [
        ("Launch", "2025-11-25"),
        ("Statement", "2025-11-05"),
        ("Return", "2025-11-14"),
        ("Launch", "2025-07"),
    ]
    people = {m.entity.name for m in x.mentions if m.entity.kind.value == "person"}
    assert {"Wu Fei", "Zhang Hongzhang"} <= people


def test_venues_are_places_and_a_transfer_vehicle_is_a_craft() -> None:
    x = extract(
        "Games\n\nGUANGZHOU, Nov. 9 (Xinhua) -- The ceremony was held at the Guangdong Olympic Sports Center. "
        "The HTV-X is the successor to the H-II Transfer Vehicle, nicknamed Kounotori.\n",
        "2025-11-09-games.txt",
    )
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("place", "Guangdong Olympic Sports Center"), ("mission", "H-II Transfer Vehicle")} <= names


def test_a_day_alone_under_the_headline_is_the_story_s_and_days_in_a_row_head_an_entry() -> None:
    x = extract(
        "Booster lands\n\n13 November 2025\n\nBy a science reporter\n\nJeff Bezos's rocket company Blue Origin "
        "has landed the first stage of its New Glenn rocket on a ship.\n\nThe rocket lifted off from Florida on "
        "Thursday, carrying the twin ESCAPADE probes.\n",
        "booster.txt",
    )
    doc = x.document
    assert doc.published == dt.date(2025, 11, 13) and not any(s.heading for s in doc.sections)
    assert not any("science reporter" in p.cut(doc.text) for p in doc.paragraphs)
    assert events_of(x) == [("Landing", "2025-11-13"), ("Launch", "2025-11-13")]
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {("person", "Jeff Bezos"), ("mission", "ESCAPADE"), ("vehicle", "New Glenn")} <= names
    assert not any(n.endswith("'s") for _, n in names)
    # A day under the headline with more dated entries after it is a timeline's first entry.
    timeline = extract("Timeline\n\nJune 6, 2017\n\nA launch.\n\nJune 8, 2017\n\nA landing.\n", "timeline.txt")
    assert len([s for s in timeline.document.sections if s.heading]) == 2
    x = extract(
        "Talks\n\nBELEM, Brazil, Nov. 23, 2025 (Xinhua) -- The talks ended on Saturday.\n\nNov. 6-7 -- World "
        "leaders met in Belem for a summit.\n\nNov. 20 -- A fire broke out in a pavilion.\n",
        "talks.txt",
    )
    assert events_of(x)[1:] == [("Meeting", "2025-11-06"), ("NewsEvent", "2025-11-20")]


def test_the_day_words_were_said_on_is_past_and_astronauts_come_home() -> None:
    x = extract(
        "Starliner\n\nBy Staff Reporter\n\nHOUSTON, Nov 25 (Reuters) - NASA said on Monday that the next flight "
        "of Boeing's Starliner capsule will carry only cargo.\n\nThe two astronauts came home on a SpaceX Crew "
        "Dragon in March 2025, as SpaceX's Falcon 9 does.\n\n(Reporting by Ana Rivera; Editing by Tom Hale)\n",
        "2025-11-25-starliner.txt",
    )
    assert events_of(x) == [("Statement", "2025-11-24"), ("Return", "2025-03")]
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert ("vehicle", "Falcon 9") in names
    # A weekday in words about the future is still the next such day.
    assert dates.find_dates("The crew will land on Monday.", 0, dt.date(2025, 11, 25))[0].value.lexical == "2025-12-01"


def test_a_clause_before_and_with_its_own_day_tells_its_own_happening() -> None:
    x = extract(
        "Year\n\nBEIJING, Dec. 8 (Xinhua) -- The three astronauts landed at the Dongfeng site on Nov. 14 aboard "
        "Shenzhou-21, and the uncrewed Shenzhou-22 was launched on Nov. 25.\n",
        "2025-12-08-year.txt",
    )
    assert events_of(x) == [("Landing", "2025-11-14"), ("Launch", "2025-11-25")]


def test_a_goal_and_separate_launches_tell_no_happening() -> None:
    x = extract(
        "Tests\n\nBEIJING, Dec. 10, 2025 (Xinhua) -- China moved closer this year to its goal of landing "
        "astronauts on the Moon before 2030.\n\n\u2022 Aug. 15: The first stage of the Long March-10 rocket fired "
        "its engines in a static test. The agency has said that the Long March-10 will carry Mengzhou and "
        "Lanyue to lunar orbit in separate launches.\n\nHurricane Melissa struck near Santiago de Cuba.\n",
        "tests.txt",
    )
    assert events_of(x) == [("NewsEvent", "2025-08-15")]
    places = {m.entity.name for m in x.mentions if m.entity.kind.value == "place"}
    assert "Santiago de Cuba" in places and "Santiago" not in places


def test_a_lede_told_again_only_by_what_was_said_of_it_and_a_relative_clause_with_its_own_day() -> None:
    x = extract(
        "Pope\n\nVATICAN CITY, May 8 (Xinhua) -- Cardinal Robert Francis Prevost was elected pope on Thursday "
        "and took the name Leo XIV.\n\nAbout an hour later, Cardinal Dominique Mamberti announced the choice. "
        "The new pope then addressed the crowd.\n\nThe cardinals had entered the conclave on Wednesday, after "
        'the funeral of Pope Francis, who died on April 21 at the age of 88.\n\n"It was a day of joy," said '
        "Lei Jun, who announced his company's move into cars three years ago.\n",
        "2025-05-08-pope.txt",
    )
    assert events_of(x) == [
        ("NewsEvent", "2025-05-08"),
        ("Announcement", "2025-05-08"),
        ("Speech", "2025-05-08"),
        ("NewsEvent", "2025-05-07"),
        ("NewsEvent", "2025-04-21"),
    ]


def test_an_entry_tells_what_happened_the_next_day_as_its_own_happening() -> None:
    x = extract(
        "Hubble\n\nMilestones of a telescope:\n\nApril 24, 1990 -- Space shuttle Discovery lifted off "
        "carrying Hubble on mission STS-31. The telescope was released into orbit the next day.\n\n"
        "Sept. 25, 2008 -- Shenzhou-7 was launched. Two days later, Zhai Zhigang completed China's first "
        "spacewalk.\n",
        "hubble.txt",
    )
    assert events_of(x) == [
        ("Launch", "1990-04-24"),
        ("NewsEvent", "1990-04-25"),
        ("Launch", "2008-09-25"),
        ("Spacewalk", "2008-09-27"),
    ]


def test_what_was_said_on_a_later_day_is_that_days_statement_and_plain_news_is_done_by_its_subject() -> None:
    x = extract(
        "Athena\n\nHOUSTON, March 7 (Xinhua) -- Intuitive Machines' Athena lander touched down near the "
        "Moon's south pole on Thursday but came to rest on its side, the company said on Friday.\n\nIts first "
        "lander, Odysseus, also tipped over after touching down in February 2024.\n",
        "2025-03-07-athena.txt",
    )
    assert events_of(x) == [("Landing", "2025-03-06"), ("Statement", "2025-03-07"), ("Landing", "2024-02")]
    statement = x.events[1]
    assert [a.name for a in statement.agents] == ["Intuitive Machines"] and statement.quotes
    assert not x.events[0].quotes
    x = extract(
        "Summit\n\nTIANJIN, Sept. 1 (Xinhua) -- Chinese President Xi Jinping on Monday proposed a Global "
        "Governance Initiative.\n",
        "2025-09-01-summit.txt",
    )
    assert [[a.name for a in e.agents] for e in x.events] == [["Xi Jinping"]]
    x = extract(
        "Quake\n\nLHASA, Jan. 7, 2025 (Xinhua) -- A 6.8-magnitude earthquake struck Dingri County on Tuesday, "
        "according to the China Earthquake Networks Center (CENC).\n",
        "2025-01-07-quake.txt",
    )
    assert [e.agents for e in x.events] == [()]


def test_an_entry_with_no_craft_or_no_subject_is_about_the_craft_of_the_headline() -> None:
    x = extract(
        "BepiColombo's long road to Mercury\n\nBepiColombo, a joint mission of Europe and Japan, is due at Mercury "
        "in 2026. Key dates:\n\nOct. 20, 2018: Launched on an Ariane 5 rocket from "
        "Kourou.\n\nOct. 15, 2020: First flyby of Venus.\n\nJuly 21, 2021: Atlantis landed at the Kennedy Space "
        "Center.\n",
        "bepi.txt",
    )
    # (the last entry has a subject of its own, a craft that lands at a spaceport: it is about that one)
    about = [[a.name for a in e.about] for e in x.events]
    assert about == [["BepiColombo", "Ariane 5"], ["BepiColombo"], ["Atlantis"]]


def test_a_day_told_a_trailing_clause_a_warning_and_a_lower_case_owner_opening_a_sentence() -> None:
    x = extract(
        "Lander lost\n\nTOKYO, June 6 (Xinhua) -- Japanese company ispace said on Friday that its Resilience "
        "lander had probably crashed on the Moon shortly before it was due to land, its second failed landing "
        "attempt.\n\nResilience was launched on "
        "Jan. 15 with Firefly Aerospace's Blue Ghost lander, which landed successfully in March. ispace's first "
        "lander crashed in April 2023.\n\nThe river rose early on Friday. The National Weather Service had "
        "issued a flood warning in the early hours of Friday.\n",
        "2025-06-06-lander.txt",
    )
    assert events_of(x) == [
        ("Landing", "2025-06-06"),
        ("Launch", "2025-01-15"),
        ("Landing", "2025-03"),
        ("NewsEvent", "2023-04"),  # "ispace's first lander crashed in April 2023."
        ("NewsEvent", "2025-06-06"),
        ("Announcement", "2025-06-06"),
    ]
    assert [a.name for a in x.events[2].about] == ["Blue Ghost"] and not x.events[2].agents
    assert "ispace's first lander" not in x.document.text[x.events[1].span.begin : x.events[1].span.end]


def test_a_city_alone_before_a_long_dash_is_a_dateline() -> None:
    x = extract("Rosetta\n\nPARIS -- The spacecraft flew past Mars on 25 February 2007.\n", "rosetta.txt")
    assert x.document.dateline is not None and x.document.dateline.place == "PARIS"
    assert ("place", "Paris") in {(m.entity.kind.value, m.entity.name) for m in x.mentions}


def test_a_dateline_with_the_countrys_article_and_those_who_meet_named_before_the_verb() -> None:
    x = extract(
        "Talks\n\nBUSAN, the Republic of Korea, Oct. 30 (Xinhua) -- Xi Jinping met with Donald Trump on "
        "Thursday.\n\nThe two leaders met for about 100 minutes, ahead of the Asia-Pacific Economic Cooperation "
        "(APEC) meetings in Gyeongju.\n",
        "2025-10-30-talks.txt",
    )
    assert x.document.dateline is not None and x.document.dateline.place == "BUSAN"
    assert [(e.cls, [a.name for a in e.agents]) for e in x.events] == [("Meeting", ["Xi Jinping"])]
    names = {(m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert ("place", "Gyeongju") in names and ("organization", "Xinhua News Agency") not in names


def test_a_word_in_capitals_alone_before_a_dash_is_a_place_only_if_known() -> None:
    x = extract("Rosetta\n\nUPDATE -- The spacecraft flew past Mars on 25 February 2007.\n", "rosetta.txt")
    assert not any(m.entity.name == "Update" for m in x.mentions)


def test_plain_news_is_not_done_by_one_named_after_of_but_by_a_crew_named_so() -> None:
    x = extract(
        "Pope\n\nVATICAN CITY, May 8 (Xinhua) -- The cardinals met on Tuesday.\n\nThe electors had entered the "
        "conclave on Wednesday, after the funeral of Pope Francis.\n\nThe crew of Chen Dong and Wang Jie arrived "
        "at the museum on April 24.\n",
        "2025-05-08-pope.txt",
    )
    assert [(e.date.lexical if e.date else None, [a.name for a in e.agents]) for e in x.events][1:] == [
        ("2025-05-07", []),
        ("2025-04-24", ["Chen Dong"]),
    ]


def test_an_astronaut_named_makes_a_spaceflight_and_a_speaker_is_the_one_titled_after_a_body() -> None:
    x = extract(
        "Key dates\n\nFeb. 27, 2024: The four astronauts, Ajit Krishnan, Angad Pratap and Shubhanshu Shukla, are "
        "named.\n\nJuly 15, 2025: Shukla returns to Earth.\n",
        "key-dates.txt",
    )
    assert events_of(x)[1] == ("Return", "2025-07-15")
    x = extract(
        'Biomass\n\nKOUROU, April 29 (Xinhua) -- The Biomass satellite was launched on Tuesday. "It will give us a '
        'new view of the forests," said ESA Director General Josef Aschbacher.\n',
        "2025-04-29-biomass.txt",
    )
    assert [q.speaker.name if q.speaker else None for e in x.events for q in e.quotes] == ["Josef Aschbacher"]


def test_a_happening_on_one_day_told_by_a_body_described_in_a_few_words_on_the_next() -> None:
    x = extract(
        "Lucy\n\nWASHINGTON, April 21 (Xinhua) -- NASA's Lucy spacecraft flew past the small asteroid "
        "Donaldjohanson on Sunday, snapping images of it, the U.S. space agency said Monday.\n",
        "2025-04-21-lucy.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2025-04-20"), ("Statement", "2025-04-21")]


def test_an_entry_is_done_by_whom_it_opens_with_and_says_in_an_address_that_is_a_statement() -> None:
    x = extract(
        "The Panama Canal: key dates\n\nSept. 7, 1977: U.S. President Jimmy Carter and Panamanian leader Omar "
        "Torrijos sign the treaties.\n\nDec. 7, 2024: The cathedral reopens at a ceremony attended by Emmanuel "
        "Macron.\n\nJan. 20, 2025: Donald Trump says in his inaugural address that the United States will take the "
        "canal back.\n",
        "canal.txt",
    )
    assert [(e.cls, [a.name for a in e.agents]) for e in x.events] == [
        ("NewsEvent", ["Jimmy Carter"]),
        ("NewsEvent", []),
        ("Statement", ["Donald Trump"]),
    ]
    (quote,) = x.events[2].quotes
    assert x.document.text[quote.span.begin : quote.span.end] == "the United States will take the canal back"


def test_an_entry_to_come_is_no_happening_and_a_past_when_clause_tells_its_month() -> None:
    x = extract(
        "The euro: key dates\n\nJan. 1, 2023: Croatia becomes the 20th country to adopt the euro.\n\nJan. 1, 2026: "
        "Bulgaria is set to join the euro area.\n",
        "euro.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-01-01")]
    x = extract(
        "PSLV fails\n\nNEW DELHI, May 18 (Xinhua) -- The rocket failed on Sunday.\n\nIt was the first failure of the "
        "PSLV since August 2017, when the IRNSS-1H navigation satellite was lost. Sales have grown since May 2020, "
        "when demand will rise.\n",
        "2025-05-18-pslv.txt",
    )
    assert events_of(x) == [("NewsEvent", "2025-05-18"), ("NewsEvent", "2017-08")]


def test_a_month_told_after_a_past_verb_is_a_happening_unless_the_sentence_gives_figures() -> None:
    x = extract(
        "Election\n\nOTTAWA, April 29 (Xinhua) -- The Liberal Party won Monday's federal election.\n\nCarney "
        "replaced Justin Trudeau as Liberal leader in March. Consumer spending picked up in February. The party "
        "will hold a congress in June.\n",
        "2025-04-29-election.txt",
    )
    assert events_of(x) == [("NewsEvent", "2025-04-28"), ("NewsEvent", "2025-03")]


def test_a_spokesman_for_a_body_speaks_for_it_and_a_source_named_last_did_not_do_the_news() -> None:
    x = extract(
        "Quake\n\nKABUL, Sept. 1 (Xinhua) -- A magnitude-6.0 earthquake struck eastern Afghanistan late on Sunday, "
        "killing at least 800 people, a spokesman for the Taliban government said on Monday.\n",
        "2025-09-01-quake.txt",
    )
    got = sorted((e.cls, e.date.lexical if e.date else None, tuple(a.name for a in e.agents)) for e in x.events)
    assert got == [("NewsEvent", "2025-08-31", ()), ("Statement", "2025-09-01", ("Taliban",))]


def test_a_verb_after_and_with_a_day_of_its_own_tells_a_happening_of_that_day() -> None:
    x = extract(
        "Ingenuity\n\nWASHINGTON, Jan. 25 (Xinhua) -- NASA said on Thursday that the helicopter ended its mission."
        "\n\nIngenuity arrived at Mars' Jezero Crater on Feb. 18, 2021, attached to the rover, and became the first "
        "aircraft to fly on another planet on April 19, 2021. The team met on Jan. 10, and will meet again on "
        "Jan. 30.\n",
        "2024-01-25-ingenuity.txt",
    )
    assert ("NewsEvent", "2021-04-19") in events_of(x) and ("NewsEvent", "2024-01-30") not in events_of(x)
    assert ("NewsEvent", "2021-02-18") in events_of(x)


def test_a_month_a_body_did_something_to_a_figure_in_is_a_happening_but_not_a_figures_own_month() -> None:
    x = extract(
        "Rates\n\nTOKYO, March 19 (Xinhua) -- The central bank raised its rate on Tuesday.\n\nThe BOJ last raised "
        "rates in February 2007. Prices rose in January. The bank cut rates by 0.5 percent in May 2009.\n",
        "2024-03-19-rates.txt",
    )
    assert events_of(x) == [("NewsEvent", "2024-03-19"), ("NewsEvent", "2007-02")]


def test_what_did_not_happen_is_no_event_and_the_name_right_before_the_verb_is_its_subject() -> None:
    x = extract(
        "Queen\n\nLONDON, Sept. 8 (Xinhua) -- Queen Elizabeth II died at Balmoral on Thursday, Buckingham Palace "
        "announced.\n\nThe queen came to the throne in February 1952. Had the probe landed on Feb. 22, it would "
        "have been a first. NASA and the European Space Agency announced a deal on Sept. 1.\n",
        "2022-09-08-queen.txt",
    )
    got = sorted((e.cls, e.date.lexical if e.date else None, tuple(a.name for a in e.agents)) for e in x.events)
    assert got == [
        ("Announcement", "2022-09-01", ("NASA",)),
        ("Announcement", "2022-09-08", ("Buckingham Palace",)),
        ("NewsEvent", "1952-02", ()),
    ]


def test_declared_that_announces_a_relative_clauses_subject_meets_and_a_rockets_first_flight_is_a_launch() -> None:
    x = extract(
        "WHO\n\nGENEVA, May 5 (Xinhua) -- The World Health Organization (WHO) on Friday declared that the "
        "emergency is over.\n\nIts head told reporters that the decision followed the advice of the agency's "
        "Emergency Committee, which met on Thursday.\n\nThe WHO "
        "declared the emergency on Jan. 30, 2020. The Nuri rocket's first flight in October 2021 reached orbit "
        "but lost its payload. Deng waited 25 years for his first flight into orbit.\n",
        "2023-05-05-who.txt",
    )
    got = sorted((e.cls, e.date.lexical if e.date else None, tuple(a.name for a in e.agents)) for e in x.events)
    assert got == [
        ("Announcement", "2023-05-05", ("World Health Organization",)),
        ("Launch", "2021-10", ()),
        ("Meeting", "2023-05-04", ("Emergency Committee",)),
        ("NewsEvent", "2020-01-30", ("World Health Organization",)),
    ]
    assert all("emergency on Jan" not in x.document.text[q.span.begin : q.span.end] for e in x.events for q in e.quotes)


def test_a_lede_saying_on_its_day_that_something_had_happened_on_an_earlier_day_is_a_statement() -> None:
    x = extract(
        "Satellite\n\nSEOUL, Nov. 22 (Xinhua) -- The country said on Wednesday that it had successfully placed its "
        "first spy satellite into orbit.\n\nThe satellite was launched late on Tuesday by a Chollima-1 carrier "
        "rocket, the official news agency reported.\n",
        "2023-11-22-satellite.txt",
    )
    assert events_of(x) == [("Statement", "2023-11-22"), ("Launch", "2023-11-21")]
    y = extract(
        "Deal\n\nSAN FRANCISCO, Oct. 13 (Xinhua) -- Microsoft said on Friday it had completed its purchase of a "
        "video game maker.\n",
        "2023-10-13-deal.txt",
    )
    assert [(e.cls, e.date.lexical if e.date else None, [a.name for a in e.agents]) for e in y.events] == [
        ("Statement", "2023-10-13", ["Microsoft"])
    ]


def test_a_source_clause_may_give_the_part_of_its_day_and_a_range_is_named_before_lower_case_mountains() -> None:
    x = extract(
        "Quake\n\nRABAT, Sept. 10 (Xinhua) -- The death toll from the earthquake that struck central Morocco late "
        "on Friday has risen to 2,012, the country's Interior Ministry said on Saturday evening.\n\nThe quake hit "
        "the High Atlas mountains.\n",
        "2023-09-10-quake.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2023-09-08"), ("Statement", "2023-09-09")]
    assert ("place", "High Atlas") in {(m.entity.kind.value, m.entity.name) for m in x.mentions}


def test_a_landing_a_craft_is_expected_to_attempt_is_to_come() -> None:
    x = extract(
        "SLIM\n\nTOKYO, Sept. 7 (Xinhua) -- Japan launched the SLIM lander on an H-IIA rocket on Thursday.\n\n"
        "SLIM is expected to attempt a landing on the Moon in early 2024.\n",
        "2023-09-07-slim.txt",
    )
    assert events_of(x) == [("Launch", "2023-09-07")]


def test_a_statement_of_a_day_whose_happening_a_later_sentence_tells_is_that_happening() -> None:
    x = extract(
        "Voyager\n\nWASHINGTON, Aug. 5 (Xinhua) -- NASA has regained full contact with its Voyager 2 spacecraft after "
        "a wrong command sent on July 21 pointed the probe's antenna 2 degrees away from Earth, the U.S. space agency "
        "said on Friday.\n\nThe Deep Space Network's "
        "antenna in Canberra, Australia, picked up a faint signal from the spacecraft on Aug. 1, and engineers then "
        "sent a stronger command that turned the antenna back, "
        "restoring communication on Friday, according to NASA's Jet Propulsion Laboratory.\n\nLaunched in 1977, "
        "Voyager 2 is more than 19.9 billion km from Earth.\n",
        "2023-08-05-voyager.txt",
    )
    assert sorted(events_of(x)) == [
        ("Launch", "1977"),
        ("NewsEvent", "2023-07-21"),
        ("NewsEvent", "2023-08-01"),
        ("NewsEvent", "2023-08-04"),
    ]
    assert [len(e.quotes) for e in x.events if e.date and e.date.lexical == "2023-08-04"] == [1]


def test_a_trigger_so_many_days_before_the_main_clauses_day_and_the_ledes_news_beside_a_meeting() -> None:
    x = extract(
        "SVB\n\nNEW YORK, March 10 (Xinhua) -- California regulators on Friday closed Silicon Valley Bank.\n\n"
        "Shares of SVB Financial Group plunged 60 percent on Thursday, a day after it announced a plan to raise "
        "2.25 billion dollars in new capital.\n\nTreasury Secretary Janet Yellen met with banking regulators on "
        "Friday, the Treasury Department said.\n",
        "2023-03-10-svb.txt",
    )
    assert events_of(x) == [
        ("NewsEvent", "2023-03-10"),
        ("Announcement", "2023-03-08"),
        ("NewsEvent", "2023-03-09"),
        ("Meeting", "2023-03-10"),
    ]
    # (the bank was closed: it did nothing)
    assert x.events[0].agents == ()


def test_a_ledes_news_is_not_told_again_beside_a_visit_that_only_times_it() -> None:
    x = extract(
        "Airbus\n\nBEIJING, April 6 (Xinhua) -- Airbus signed an agreement on Thursday to build a second line in "
        "Tianjin.\n\nThe deal was signed in Beijing during French President Emmanuel Macron's state visit to China.\n"
        "\nThe narrow-body jet was certified by the Civil Aviation Administration of China in September.\n",
        "2023-04-06-airbus.txt",
    )
    assert [c for c, d in events_of(x) if d == "2023-04-06"] == ["Visit"]
    (certified,) = [e for e in x.events if e.date and e.date.lexical == "2022-09"]
    assert [a.name for a in certified.agents] == ["Civil Aviation Administration of China"]


def test_so_many_days_after_counts_back_from_the_main_clauses_day() -> None:
    x = extract(
        "Tesla\n\nNEW YORK, July 20 (Xinhua) -- Tesla shares fell 5 percent on Tuesday, nine days after the "
        "company announced a recall of 300,000 cars.\n",
        "2021-07-20-tesla.txt",
    )
    assert sorted(events_of(x)) == [("Announcement", "2021-07-11"), ("NewsEvent", "2021-07-20")]


def test_a_clause_with_no_trigger_timed_so_many_days_from_the_day_told_last() -> None:
    x = extract(
        "Bezos\n\nWASHINGTON, July 20 (Xinhua) -- Jeff Bezos flew to the edge of space on Tuesday aboard Blue "
        "Origin's New Shepard rocket.\n\nThe flight came nine days after British billionaire Richard Branson flew "
        "aboard Virgin Galactic's VSS Unity spaceplane.\n",
        "2021-07-20-bezos.txt",
    )
    assert ("NewsEvent", "2021-07-11") in events_of(x)


def test_a_participle_describing_a_craft_and_a_planned_spacewalk_tell_no_happening() -> None:
    x = extract(
        "Soyuz\n\nMOSCOW, Dec. 15 (Xinhua) -- A Russian Soyuz MS-22 spacecraft docked at the International Space "
        "Station (ISS) leaked coolant on Wednesday, forcing two cosmonauts to call off a planned spacewalk, "
        "Russia's space agency Roscosmos said on Thursday.\n\nThe Soyuz brought the crew to the station in "
        "September.\n",
        "2022-12-15-soyuz.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2022-09"), ("NewsEvent", "2022-12-14"), ("Statement", "2022-12-15")]


def test_a_clause_timing_a_dated_sentence_by_so_many_days_tells_its_own_happening_if_its_verb_is_active() -> None:
    x = extract(
        "Emperor\n\nTOKYO, May 1 (Xinhua) -- Naruhito became Japan's 126th emperor on Wednesday, a day after his "
        "father Akihito stepped down.\n",
        "2019-05-01-emperor.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2019-04-30"), ("NewsEvent", "2019-05-01")]
    y = extract(
        "PSLV\n\nNEW DELHI, Dec. 5 (Xinhua) -- India's rocket put two satellites into orbit on Thursday, a day after "
        "the launch was postponed.\n",
        "2024-12-05-pslv.txt",
    )
    assert ("NewsEvent", "2024-12-04") not in events_of(y)


def test_a_past_verb_joined_by_and_tells_a_happening_of_its_own_month() -> None:
    x = extract(
        "Hayabusa2\n\nTOKYO, Feb. 22 (Xinhua) -- Japan's Hayabusa2 spacecraft touched down on the asteroid Ryugu on "
        "Friday.\n\nHayabusa2 was launched in December 2014 from the Tanegashima Space Center and reached Ryugu in "
        "June 2018.\n",
        "2019-02-22-hayabusa2.txt",
    )
    assert sorted(events_of(x)) == [("Landing", "2019-02-22"), ("Launch", "2014-12"), ("NewsEvent", "2018-06")]


def test_a_sentence_timed_so_many_hours_after_the_last_told_tells_a_happening_of_its_own() -> None:
    x = extract(
        "Quake\n\nANKARA, Feb. 6 (Xinhua) -- A strong earthquake struck southern Türkiye before dawn on Monday.\n\n"
        "The quake hit at 4:17 a.m. local time. A second quake shook the province some nine hours later.\n",
        "2023-02-06-quake.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2023-02-06"), ("NewsEvent", "2023-02-06")]


def test_what_is_to_happen_is_no_happening_and_an_entrys_sentence_of_the_same_day_tells_its_own() -> None:
    x = extract(
        "Moon probe\n\nWENCHANG, Nov. 24 (Xinhua) -- China launched its Chang'e-5 probe on Tuesday.\n\n"
        "The lander is to touch down in the Oceanus Procellarum.\n",
        "2020-11-24-change-5.txt",
    )
    assert events_of(x) == [("Launch", "2020-11-24")]
    y = extract(
        "Water release: key dates\n\nAug. 24, 2023: The company starts the discharge. China suspends all imports "
        "of seafood from Japan the same day.\n",
        "water.txt",
    )
    assert events_of(y) == [("NewsEvent", "2023-08-24"), ("NewsEvent", "2023-08-24")]


def test_an_entrys_sentence_that_evening_tells_its_own_happening() -> None:
    x = extract(
        "Chernobyl: key dates\n\nApril 28, 1986: Workers in Sweden detect high radiation levels. That evening, the "
        "Soviet news agency TASS reports the accident.\n",
        "chernobyl.txt",
    )
    assert events_of(x) == [("NewsEvent", "1986-04-28"), ("NewsEvent", "1986-04-28")]


def test_a_month_opening_a_sentence_before_its_past_verb_tells_a_happening_of_that_month() -> None:
    x = extract(
        "Orbiter\n\nSEOUL, Aug. 5 (Xinhua) -- South Korea's first lunar orbiter, Danuri, lifted off on Friday.\n\n"
        "In June, the country put a satellite into orbit with its homegrown Nuri rocket for the first time.\n",
        "2022-08-05-danuri.txt",
    )
    # (putting a satellite into orbit is a launch since the hundred-and-sixty-fourth round)
    assert sorted(events_of(x)) == [("Launch", "2022-06"), ("Launch", "2022-08-05")]


def test_a_rocket_that_launches_someone_and_a_day_told_to_a_press_conference_beside_a_future() -> None:
    x = extract(
        "Apollo 11: key dates\n\nJuly 16, 1969: A Saturn V rocket launches Neil Armstrong, Buzz Aldrin and Michael "
        "Collins from the Kennedy Space Center.\n",
        "apollo.txt",
    )
    assert events_of(x) == [("Launch", "1969-07-16")]
    y = extract(
        "Crew\n\nJIUQUAN, June 5 (Xinhua) -- The Shenzhou-14 spaceship docked with Tianhe on Sunday.\n\nThe crew "
        "will welcome the Wentian lab module, Lin Xiqiang, a CMSA official, told a press conference on Saturday.\n",
        "2022-06-05-shenzhou-14.txt",
    )
    assert ("Statement", "2022-06-04") in events_of(y)


def test_a_day_in_a_relative_clause_after_a_trigger_is_the_clauses_happening() -> None:
    x = extract(
        "Spacewalk\n\nWASHINGTON, Oct. 18 (Xinhua) -- Christina Koch and Jessica Meir on Friday carried out a "
        "spacewalk outside the International Space Station.\n\nIt was the first spacewalk for Meir, who flew "
        "there on a Russian Soyuz spacecraft on Sept. 25.\n",
        "2019-10-18-spacewalk.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "2019-09-25"), ("Spacewalk", "2019-10-18")]


def test_an_entry_opened_by_a_body_and_a_title_is_done_by_the_person_titled() -> None:
    x = extract(
        "Oil spill: key dates\n\nSept. 19, 2010: U.S. Coast Guard Admiral Thad Allen declares the well dead.\n",
        "spill.txt",
    )
    assert [[a.name for a in e.agents] for e in x.events] == [["Thad Allen"]]


def test_a_ledes_news_sourced_to_a_statement_beside_later_dated_happenings_and_what_a_firm_aims_at() -> None:
    x = extract(
        "Kissinger dies\n\nWASHINGTON, Nov. 30 (Xinhua) -- Henry Kissinger died on Wednesday at his home in "
        "Connecticut, his consulting firm Kissinger Associates said in a statement.\n\nIn July 1971, Kissinger "
        "made a secret trip to Beijing, where he met Premier Zhou Enlai.\n",
        "2023-11-30-kissinger.txt",
    )
    assert sorted(d for _, d in events_of(x)) == ["1971-07", "2023-11-29"]
    assert ("NewsEvent", "2023-11-29") in events_of(x)
    y = extract(
        "Kairos\n\nTOKYO, March 13 (Xinhua) -- Space One launched its rocket on Wednesday.\n\nSet up in 2018, "
        "Space One aims to offer frequent launches of small satellites.\n",
        "2024-03-13-kairos.txt",
    )
    assert events_of(y) == [("Launch", "2024-03-13")]


def test_what_a_craft_was_only_meant_to_do_and_a_landing_made_impossible_are_no_happenings() -> None:
    x = extract(
        "Peregrine\n\nWASHINGTON, Jan. 9 (Xinhua) -- The Vulcan rocket lifted off on Monday with the Peregrine "
        "lander.\n\nPeregrine was meant to become the first U.S. spacecraft to land softly on the moon since "
        "1972.\n\nA leak in the propulsion system had made a soft landing on the moon impossible.\n",
        "2024-01-09-peregrine.txt",
    )
    assert events_of(x) == [("Launch", "2024-01-08")]


def test_speaking_at_a_conference_is_a_speech_of_its_own_beside_the_days_news() -> None:
    x = extract(
        "Navalny\n\nMOSCOW, Feb. 17 (Xinhua) -- Alexei Navalny has died in prison, the Federal Penitentiary "
        "Service said on Friday.\n\nHis wife, Yulia Navalnaya, spoke at the Munich Security Conference in Germany "
        "on Friday, hours after the news broke.\n",
        "2024-02-17-navalny.txt",
    )
    assert ("Speech", "2024-02-16") in events_of(x) and len(events_of(x)) == 2


def test_goods_that_arrive_in_stores_make_no_visit() -> None:
    x = extract(
        "PlayStation: key dates\n\nNov. 11, 2006: The PlayStation 3 arrives in Japanese stores.\n\nMarch 4, 2007: "
        "The president arrives in Tokyo for talks.\n",
        "playstation.txt",
    )
    assert events_of(x) == [("NewsEvent", "2006-11-11"), ("Visit", "2007-03-04")]


def test_words_said_on_the_ledes_own_day_go_with_its_news() -> None:
    x = extract(
        "Jets grounded\n\nWASHINGTON, Jan. 6 (Xinhua) -- The U.S. Federal Aviation Administration (FAA) on "
        "Saturday ordered the temporary grounding of 171 Boeing 737 MAX 9 aircraft, a day after a panel blew out "
        "of an Alaska Airlines jet shortly after takeoff.\n\nAlaska Airlines Flight 1282, bound for Ontario, "
        "California, with 171 passengers and six crew members, returned safely to Portland International Airport "
        "in Oregon on Friday evening after a door plug tore away.\n\nNational Transportation Safety Board chair "
        "Jennifer Homendy told reporters on Saturday that investigators were still searching for the plug.\n",
        "2024-01-06-max-9.txt",
    )
    assert events_of(x) == [("NewsEvent", "2024-01-06"), ("Return", "2024-01-05")]


def test_what_had_happened_at_a_place_named_in_an_aside_is_not_the_days_news() -> None:
    x = extract(
        "Crash\n\nTEHRAN, May 20 (Xinhua) -- The president was killed in a helicopter crash, state media reported on "
        "Monday.\n\nThe helicopter went down on Sunday afternoon as the delegation was returning from a dam on the "
        "border, where the president had met his Azerbaijani counterpart.\n",
        "2024-05-20-crash.txt",
    )
    assert ("NewsEvent", "2024-05-19") in events_of(x)
    assert not [e for e in events_of(x) if e[0] == "Meeting"]


def test_a_participle_between_a_determiner_and_its_noun_tells_no_happening() -> None:
    x = extract(
        "Test\n\nWASHINGTON, Nov. 15 (Xinhua) -- Russia destroyed an old satellite with a missile on Monday.\n\n"
        "The crew of the space station sheltered in their docked spacecraft for two hours.\n",
        "2021-11-15-test.txt",
    )
    assert events_of(x) == [("NewsEvent", "2021-11-15")]


def test_until_a_past_clause_plans_nothing_and_words_said_late_on_a_day_are_that_days() -> None:
    x = extract(
        "Plunge\n\nLOS ANGELES, Sept. 15 (Xinhua) -- The Cassini spacecraft ended its mission on Friday, sending "
        "back data until it burned up.\n\nCassini was launched from Cape Canaveral on Oct. 15, 1997.\n",
        "2017-09-15-plunge.txt",
    )
    assert events_of(x) == [("NewsEvent", "2017-09-15"), ("Launch", "1997-10-15")]
    y = extract(
        "Revolt\n\nMOSCOW, June 25 (Xinhua) -- The fighters pulled out of the city on Sunday.\n\nKremlin spokesman Ivo Tarnak said "
        "late on Saturday that the case would be dropped.\n",
        "2023-06-25-revolt.txt",
    )
    assert events_of(y) == [("NewsEvent", "2023-06-25"), ("Statement", "2023-06-24")]


def test_a_clause_after_and_with_its_own_subject_and_past_verb_tells_its_own_day() -> None:
    x = extract(
        "Collapse\n\nNEW YORK, Dec. 1 (Xinhua) -- The telescope's platform fell on Tuesday.\n\nAn auxiliary cable "
        "slipped out of its socket on Aug. 10, and a main cable snapped on Nov. 6.\n",
        "2020-12-01-collapse.txt",
    )
    assert events_of(x) == [("NewsEvent", "2020-12-01"), ("NewsEvent", "2020-08-10"), ("NewsEvent", "2020-11-06")]


def test_a_trigger_inside_a_name_is_looked_up_as_a_walk_through_every_name_would_find_it() -> None:
    import random

    from spacekg.events import _InsideNames
    from spacekg.model import Entity, Kind, Mention, Span

    rng = random.Random(7)
    entity = Entity(Kind.PLACE, "x", "X")
    for _ in range(200):
        spans = [Span(b, b + rng.randint(1, 30)) for b in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        inside = _InsideNames([Mention(s, entity) for s in spans])
        for _ in range(20):
            begin = rng.randint(0, 230)
            end = begin + rng.randint(1, 20)
            assert inside(begin, end) == any(s.begin <= begin and end <= s.end for s in spans)


def test_plans_named_after_a_preposition_make_no_sentence_a_plan() -> None:
    x = extract(
        "Bloc\n\nJOHANNESBURG, Aug. 24 (Xinhua) -- The group on Thursday invited six countries to join.\n\n"
        "On Wednesday, the leaders discussed the bank, and its president briefed them on plans to lend more.\n",
        "2023-08-24-bloc.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-08-24"), ("NewsEvent", "2023-08-23")]


def test_what_is_said_of_a_happening_that_was_yet_to_come_is_said_on_its_day() -> None:
    x = extract(
        "Lander\n\nDARMSTADT, Oct. 20 (Xinhua) -- The European Space Agency said on Thursday that its test lander "
        "stopped sending signals shortly before it was due to touch down on Mars.\n",
        "2016-10-20-lander.txt",
    )
    assert events_of(x) == [("Statement", "2016-10-20")]


def test_a_day_after_a_clause_with_an_irregular_past_and_a_plan_named_as_a_thing() -> None:
    x = extract(
        "Deal\n\nDUBAI, Dec. 13 (Xinhua) -- Nearly 200 countries on Wednesday approved a deal.\n\nThe president "
        "gaveled the agreement through at a plenary session, a day after the talks ran past their scheduled close.\n",
        "2023-12-13-deal.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-12-13"), ("NewsEvent", "2023-12-12")]
    # (a figure that opens its sentence is one in any case: "Prices fell in January" is no happening)
    y = extract(
        "Rates\n\nTOKYO, March 19 (Xinhua) -- The central bank raised its rate on Tuesday.\n\nPrices fell in January.\n",
        "2024-03-19-rates.txt",
    )
    assert events_of(y) == [("NewsEvent", "2024-03-19")]


def test_a_word_of_the_future_in_a_relative_clause_after_the_day_makes_no_plan() -> None:
    x = extract(
        "Comet\n\nPASADENA, July 4 (Xinhua) -- An impactor slammed into comet Tempel 1 early Monday, throwing up a "
        "plume that scientists hope will reveal what comets are made of.\n\nThe probe was launched on a Delta II "
        "rocket from Cape Canaveral on Jan. 12.\n",
        "2005-07-04-comet.txt",
    )
    assert events_of(x) == [("NewsEvent", "2005-07-04"), ("Launch", "2005-01-12")]


def test_a_clause_after_and_tells_its_month_after_a_year_that_tells_nothing() -> None:
    x = extract(
        "Line\n\nLONDON, May 24 (Xinhua) -- The new railway opened to passengers on Tuesday.\n\nThe project was "
        "approved by parliament in 2008, and construction began in May 2009 at Canary Wharf.\n",
        "2022-05-24-line.txt",
    )
    assert events_of(x) == [("NewsEvent", "2022-05-24"), ("NewsEvent", "2009-05")]


def test_a_planned_meeting_on_its_day_and_a_month_after_and_two_words() -> None:
    x = extract(
        "Greek voters reject bailout terms\n\nATHENS, July 5 (Xinhua) -- Greek voters rejected the terms of a bailout "
        "in a referendum on Sunday.\n\nMerkel and Hollande will meet in Paris on Monday to discuss the result, a "
        "spokesman said. The country will meet its targets by 2030, the minister said.\n",
        "2015-07-05-greece.txt",
    )
    assert ("Meeting", "2015-07-06") in events_of(x)
    assert ("Meeting", "2015-07-05") not in events_of(x)
    y = extract(
        "Skylab falls\n\nWASHINGTON, July 12 (Xinhua) -- Skylab fell on Wednesday.\n\nThe laboratory was launched "
        "on May 14, 1973, and three crews lived aboard it for 171 days, the last of them leaving in February 1974.\n",
        "1979-07-12-skylab.txt",
    )
    assert ("NewsEvent", "1974-02") in events_of(y)


def test_a_happening_earlier_this_month_told_by_the_sentences_own_past_verb() -> None:
    x = extract(
        "Giotto flies past Halley\n\nPARIS, March 14 (Xinhua) -- The Giotto probe flew past Halley's Comet on "
        "Friday.\n\nJapan's Suisei probe flew past the comet earlier this month.\n",
        "1986-03-14-giotto.txt",
    )
    assert ("NewsEvent", "1986-03") in events_of(x)
    # (not a relative clause's, nor after a modal)
    y = extract(
        "Launch\n\nNEW DELHI, Jan. 29 (Xinhua) -- India launched a satellite on Wednesday.\n\nIt was the first "
        "launch under Chairman V. Narayanan, who took charge earlier this month. Both sides should stick to the "
        "consensus reached in Geneva last month, he said.\n",
        "2025-01-29-launch.txt",
    )
    assert [d for _, d in events_of(y) if d is not None and len(d) == 7] == []


def test_a_past_month_told_by_an_irregular_past_verb() -> None:
    x = extract(
        "Nobel\n\nOSLO, Oct. 10 (Xinhua) -- Malala Yousafzai won the Nobel Peace Prize on Friday.\n\nMalala, 17, "
        "was shot in the head by a gunman in the Swat Valley in October 2012.\n",
        "2014-10-10-nobel.txt",
    )
    assert ("NewsEvent", "2012-10") in events_of(x)


def test_an_entry_that_says_what_will_come_is_a_saying_of_its_day() -> None:
    x = extract(
        "Honda: key dates\n\nDec. 23, 2024: Honda and Nissan say they will start talks on a merger.\n\n"
        "Jan. 1, 2026: Bulgaria is set to join the euro area.\n",
        "honda-key-dates.txt",
    )
    assert events_of(x) == [("NewsEvent", "2024-12-23")]


def test_a_day_named_by_its_happening_is_told() -> None:
    x = extract(
        "Thatcher\n\nLONDON, May 4 (Xinhua) -- Margaret Thatcher became prime minister on Friday after her party "
        "won Thursday's general election.\n",
        "1979-05-04-thatcher.txt",
    )
    assert ("NewsEvent", "1979-05-03") in events_of(x)


def test_data_sent_back_to_earth_is_no_return() -> None:
    x = extract(
        "LCROSS\n\nWASHINGTON, Oct. 9 (Xinhua) -- NASA's LCROSS probe slammed into the moon on Friday.\n\nThe "
        "shepherding spacecraft flew through the plume of debris, sending data back to Earth before its own impact.\n",
        "2009-10-09-lcross.txt",
    )
    assert [c for c, _ in events_of(x)] == ["NewsEvent"]
    # (a craft sent back is one: "led NASA to send Starliner back to Earth empty in September")
    y = extract(
        "Starliner\n\nWASHINGTON, March 18 (Xinhua) -- Helium leaks led NASA to send the Starliner spacecraft back "
        "to Earth empty on Friday.\n",
        "2025-03-18-starliner.txt",
    )
    assert ("Return", "2025-03-14") in events_of(y)


def test_what_went_as_planned_and_a_next_day_after_and() -> None:
    x = extract(
        "SMART-1\n\nDARMSTADT, Germany, Sept. 3 (Xinhua) -- The SMART-1 probe ended its mission early Sunday by "
        "crashing into the moon, as planned, the agency said.\n",
        "2006-09-03-smart-1.txt",
    )
    assert ("NewsEvent", "2006-09-03") in events_of(x)
    y = extract(
        "Pinatubo\n\nMANILA, June 16 (Xinhua) -- Mount Pinatubo erupted on Saturday.\n\nThe institute had raised "
        "its alert to the highest level on June 9, and the U.S. military evacuated about 15,000 people from "
        "Clark Air Base the next day.\n",
        "1991-06-16-pinatubo.txt",
    )
    assert ("NewsEvent", "1991-06-10") in events_of(y)


def test_a_launch_told_in_a_clause_so_many_days_before_the_news() -> None:
    x = extract(
        "Tito\n\nMOSCOW, April 30 (Xinhua) -- Dennis Tito arrived at the International Space Station on Monday "
        "aboard the Soyuz TM-32 spacecraft, two days after lifting off from the Baikonur Cosmodrome.\n",
        "2001-04-30-tito.txt",
    )
    assert events_of(x) == [("Docking", "2001-04-30"), ("Launch", "2001-04-28")]
    (launch,) = [e for e in x.events if e.cls == "Launch"]
    assert [e.name for e in launch.about] == ["Soyuz TM-32"]


def test_a_launch_so_many_years_before_the_sentences_day() -> None:
    x = extract(
        "Stardust\n\nSALT LAKE CITY, Jan. 15 (Xinhua) -- A capsule from NASA's Stardust spacecraft landed in Utah "
        "early Sunday.\n\nStardust flew through the dust around Comet Wild 2 on Jan. 2, 2004, five years after it "
        "was launched on a Delta II rocket.\n",
        "2006-01-15-stardust.txt",
    )
    assert events_of(x) == [("Landing", "2006-01-15"), ("Launch", "1999"), ("NewsEvent", "2004-01-02")]


def test_a_clause_after_and_told_a_month_or_a_year_after_the_sentences_day() -> None:
    x = extract(
        "NEAR\n\nWASHINGTON, Feb. 13 (Xinhua) -- The NEAR Shoemaker probe landed on the asteroid Eros on Monday.\n\n"
        "It went into orbit around Eros on Feb. 14, 2000, and was renamed a month later in honor of Eugene "
        "Shoemaker.\n\nIt flew past Mathilde on June 27, 1997, and the team published its pictures a year later.\n",
        "2001-02-13-near.txt",
    )
    assert {("NewsEvent", "2000-03"), ("NewsEvent", "1998")} <= set(events_of(x))
    # (a month later than the news is no happening yet)
    y = extract(
        "Plan\n\nBEIJING, May 4 (Xinhua) -- The firm opened a plant on Monday, and moved its office a month later.\n",
        "2024-05-04-plan.txt",
    )
    assert ("NewsEvent", "2024-06") not in events_of(y)


def test_a_firm_named_with_a_possessive_and_its_legal_form_and_brothers_sharing_a_family_name() -> None:
    x = extract(
        "McDonald's: key dates\n\nMay 15, 1940: Brothers Richard and Maurice McDonald open a restaurant in San "
        "Bernardino, California.\n\nApril 21, 1965: McDonald's Corp. sells shares to the public for the first "
        "time.\n\nJan. 31, 1990: The first McDonald's in the Soviet Union opens in Moscow.\n",
        "mcdonalds-key-dates.txt",
    )
    named = {(m.span.cut(x.document.text), m.entity.kind.value, m.entity.name) for m in x.mentions}
    assert {
        ("McDonald's", "organization", "McDonald's Corp."),
        ("McDonald's Corp.", "organization", "McDonald's Corp."),
        ("Richard", "person", "Richard McDonald"),
        ("Maurice McDonald", "person", "Maurice McDonald"),
    } <= named
    assert not [n for _, k, n in named if k == "person" and "Brothers" in n]


def test_the_day_before_a_happenings_noun_is_that_happenings_not_the_sentences() -> None:
    x = extract(
        "Tinubu\n\nABUJA, May 29 (Xinhua) -- Bola Tinubu was sworn in as Nigeria's president on Monday.\n\nTinubu "
        "was declared the winner of the Feb. 25 election by the electoral commission on March 1.\n",
        "2023-05-29-tinubu.txt",
    )
    assert events_of(x) == [("NewsEvent", "2023-05-29"), ("NewsEvent", "2023-02-25"), ("NewsEvent", "2023-03-01")]


def test_exactly_so_many_years_earlier_is_that_day_and_a_year_earlier_compared_is_none() -> None:
    x = extract(
        "Bolt\n\nBERLIN, Aug. 16 (Xinhua) -- Usain Bolt broke his own 100 meters world record on Sunday.\n\nBolt had "
        "set the previous record at the Beijing Olympics exactly a year earlier.\n",
        "2009-08-16-bolt.txt",
    )
    assert events_of(x) == [("NewsEvent", "2009-08-16"), ("NewsEvent", "2008-08-16")]
    y = extract(
        "Sales\n\nBERLIN, Aug. 16 (Xinhua) -- The firm opened a plant on Sunday.\n\nIts sales rose 5 percent from a "
        "year earlier.\n",
        "2009-08-16-sales.txt",
    )
    assert events_of(y) == [("NewsEvent", "2009-08-16")]


def test_what_a_court_ruled_would_come_plans_nothing_and_what_had_happened_after_after_is_told() -> None:
    x = extract(
        "Lula\n\nSAO PAULO, Nov. 9 (Xinhua) -- Lula left prison on Friday, a day after the court ruled that "
        "defendants may not be jailed until they have exhausted their appeals.\n",
        "2019-11-09-lula.txt",
    )
    assert events_of(x) == [("NewsEvent", "2019-11-08"), ("NewsEvent", "2019-11-07")]
    y = extract(
        "SOHO\n\nWASHINGTON, Aug. 4 (Xinhua) -- A radio dish received a faint carrier signal from SOHO on Monday, "
        "after the Arecibo radio telescope had located the tumbling craft by radar in late July.\n",
        "1998-08-04-soho.txt",
    )
    assert ("NewsEvent", "1998-07") in events_of(y)


def test_a_splashdown_due_on_a_weekday_after_a_place_told_by_a_pronoun_after_a_sentence_of_space() -> None:
    x = extract(
        "Apollo 8\n\nHOUSTON, Dec. 24 (Xinhua) -- Apollo 8 went into orbit around the moon on Tuesday.\n\nThe crew "
        "lifted off on Saturday atop a Saturn V rocket. They are due to fire the engine again on Wednesday and to "
        "splash down in the Pacific Ocean on Friday.\n",
        "1968-12-24-apollo-8.txt",
    )
    assert ("Landing", "1968-12-27") in events_of(x)
    # (a pronoun after a sentence that speaks of no space tells no spaceflight)
    y = extract(
        "Plane\n\nSEATTLE, Dec. 24 (Xinhua) -- The pilot flew to Seattle on Tuesday. He landed at the airport on "
        "Tuesday.\n",
        "1968-12-24-plane.txt",
    )
    assert "Landing" not in {cls for cls, _ in events_of(y)}


def test_a_day_in_a_relative_aside_before_the_verb_is_the_asides_and_a_call_to_congratulate() -> None:
    x = extract(
        "Vote\n\nRIO DE JANEIRO, Oct. 28 (Xinhua) -- Jair Bolsonaro won Brazil's presidential runoff on Sunday.\n\n"
        "Bolsonaro, who was stabbed at a campaign rally on Sept. 6, gave his first speech as president-elect on "
        "Facebook.\n\nU.S. President Donald Trump called Bolsonaro on Sunday night to congratulate him.\n",
        "2018-10-28-vote.txt",
    )
    told = events_of(x)
    assert ("NewsEvent", "2018-09-06") in told and ("Speech", "2018-10-28") in told
    assert ("Speech", "2018-09-06") not in told
    assert ("PhoneCall", "2018-10-28") in told
    # (a speech "as president-elect" is given to no group of that name)
    assert [e.counterparts for e in x.events if e.cls == "Speech"] == [()]


def test_a_clause_of_an_entry_after_a_semicolon_dated_later_tells_its_date() -> None:
    x = extract(
        "Zorvex: key dates\n\nOct. 1, 1970: Zorvex shares begin trading over the counter; they are listed on the "
        "New York Stock Exchange in 1972.\n\n1983: Zorvex opens a warehouse club; it will open another in 1985.\n",
        "zorvex-key-dates.txt",
    )
    assert events_of(x) == [("NewsEvent", "1970-10-01"), ("NewsEvent", "1972"), ("NewsEvent", "1983")]


def test_an_entrys_clause_in_a_month_of_its_year_or_days_later_by_whom_a_relative_clause_follows() -> None:
    x = extract(
        "Zorvex: key dates\n\nApril 12, 2000: Zorvex agrees to buy Ben; in June it agrees to buy Bestfoodz.\n\n"
        "Feb. 17, 2017: Zorvex rejects a takeover offer from Kraft Hanz, which withdraws it two days later.\n",
        "zorvex-key-dates.txt",
    )
    told = [(e.cls, e.date.lexical if e.date else None, [a.name for a in e.agents]) for e in x.events]
    assert told == [
        ("NewsEvent", "2000-04-12", ["Zorvex"]),
        ("NewsEvent", "2000-06", ["Zorvex"]),
        ("NewsEvent", "2017-02-17", ["Zorvex"]),
        ("NewsEvent", "2017-02-19", ["Kraft Hanz"]),
    ]


def test_a_month_a_probe_swung_past_a_planet_is_told() -> None:
    x = extract(
        "Ulysses\n\nPASADENA, June 30 (Xinhua) -- Controllers switched off the Ulysses probe on Tuesday.\n\nUlysses "
        "was launched on Oct. 6, 1990. It swung past Jupiter in February 1992.\n",
        "2009-06-30-ulysses.txt",
    )
    assert ("NewsEvent", "1992-02") in events_of(x)


def test_a_day_in_a_clause_after_after_and_a_past_verb_after_the_trigger_is_told() -> None:
    x = extract(
        "Sputnik\n\nMOSCOW, Nov. 4 (Xinhua) -- Sputnik 2 was launched on Sunday, less than a month after Sputnik 1 "
        "stunned the world on Oct. 4.\n",
        "1957-11-04-sputnik.txt",
    )
    assert events_of(x) == [("Launch", "1957-11-03"), ("NewsEvent", "1957-10-04")]


def test_a_holiday_is_its_day_and_so_many_days_right_after_a_trigger_count_from_the_day_before_it() -> None:
    x = extract(
        "Beagle\n\nLONDON, Jan. 16 (Xinhua) -- The lander, which vanished on Christmas Day 2003, has been found, "
        "the agency said on Friday.\n\nBeagle 2 was released by the Mars Express orbiter on Dec. 19, 2003, and "
        "was due to touch down six days later.\n",
        "2015-01-16-beagle.txt",
    )
    told = events_of(x)
    assert ("Landing", "2003-12-25") in told and ("NewsEvent", "2003-12-19") in told
    assert ("Landing", "2003-12-19") not in told
    assert dates.find_dates("in her New Year's Eve address", 0, dt.date(2024, 1, 14))[0].value.lexical == "2023-12-31"


def test_the_following_year_in_a_clause_of_an_entry_is_the_next_year() -> None:
    x = extract(
        "Zorvot: key dates\n\nApril 2, 1896: Armand Zorvot founds the company, and the firm opens a car plant in "
        "Audincourt the following year.\n",
        "zorvot-key-dates.txt",
    )
    assert events_of(x) == [("NewsEvent", "1896-04-02"), ("NewsEvent", "1897")]


def test_what_was_hoped_after_the_day_plans_nothing_and_an_and_clause_days_later_after_a_trigger() -> None:
    x = extract(
        "Prospector\n\nMOUNTAIN VIEW, July 31 (Xinhua) -- NASA crashed its probe into a crater early on Saturday, "
        "hoping the impact would throw up a plume of water vapor.\n\nThe probe was launched on Jan. 6, 1998, "
        "aboard an Athena II rocket, and began circling the moon five days later. Its instruments found signs of "
        "ice in March 1998.\n",
        "1999-07-31-prospector.txt",
    )
    assert events_of(x) == [
        ("NewsEvent", "1999-07-31"),
        ("Launch", "1998-01-06"),
        ("NewsEvent", "1998-01-11"),
        ("NewsEvent", "1998-03"),
    ]


def test_a_later_sentence_of_an_entry_in_a_later_month_of_its_own_is_told() -> None:
    x = extract(
        "Zucci: key dates\n\nMarch 27, 1995: Maurizio Zucci is shot dead outside his office in Milan. His former "
        "wife is convicted of ordering the killing in November 1998. She is held until 2016.\n\n1999: The firm "
        "grows.\n",
        "zucci-key-dates.txt",
    )
    assert events_of(x) == [("NewsEvent", "1995-03-27"), ("NewsEvent", "1998-11"), ("NewsEvent", "1999")]


def test_an_entrys_trigger_is_not_in_a_clause_dated_later_and_a_trigger_again_after_and_is_told_again() -> None:
    x = extract(
        "Zanone: key dates\n\nJuly 3, 2007: Zanone agrees to sell its biscuits business to Kraft Foods; six days "
        "later it announces a deal to buy Numico.\n",
        "zanone-key-dates.txt",
    )
    assert events_of(x) == [("NewsEvent", "2007-07-03"), ("NewsEvent", "2007-07-09")]
    x = extract(
        "Telescopes\n\nKOUROU, May 14 (Xinhua) -- An Ariane 5 rocket carrying Zerschel blasted off on Thursday."
        "\n\nZerschel follows NASA's COBE satellite, launched in November 1989, and ZMAP, launched in June 2001.\n",
        "2009-05-14-zerschel.txt",
    )
    assert events_of(x) == [("Launch", "2009-05-14"), ("Launch", "1989-11"), ("Launch", "2001-06")]


def test_a_weekday_before_a_past_verb_is_past_whatever_a_later_clause_expects_and_last_july() -> None:
    x = extract(
        "Station\n\nMOSCOW, April 20, 1971 -- The Soviet Union on Monday launched Zalyut, an unmanned orbital "
        "laboratory that cosmonauts are expected to visit soon.\n\nThe Italian, who was hired last July, had never "
        "won.\n",
        "1971-04-20-zalyut.txt",
    )
    assert events_of(x) == [("Launch", "1971-04-19"), ("NewsEvent", "1970-07")]
    assert dates.find_dates("who was hired last July 4", 0, dt.date(2016, 5, 3))[0].value.lexical == "2015-07-04"


def test_a_month_after_a_passive_of_a_verb_whose_past_is_its_present_is_told() -> None:
    x = extract(
        "Vote\n\nWELLINGTON, Oct. 18 (Xinhua) -- Labour won the election on Saturday.\n\nThe election had been "
        "put off by a month after a virus outbreak in Auckland in August.\n",
        "2020-10-18-vote.txt",
    )
    assert ("NewsEvent", "2020-08") in events_of(x)


def test_a_year_after_the_story_in_a_later_clause_that_plans_it_is_no_happening_of_the_trigger() -> None:
    x = extract(
        "Basilica\n\nBARCELONA, June 7 (Xinhua) -- The city granted the basilica a licence on Friday.\n\nThe "
        "basilica, visited by about 4.5 million people a year, is expected to be completed in 2026.\n",
        "2019-06-07-basilica.txt",
    )
    assert events_of(x) == [("NewsEvent", "2019-06-07")]


def test_a_name_after_and_so_long_later_with_its_verb_left_out_is_told_again() -> None:
    x = extract(
        "Probe\n\nPASADENA, Oct. 24, 2001 (Xinhua) -- The probe reached orbit on Tuesday.\n\nThe agency lost its "
        "Zars Climate Orbiter in September 1999 and its Zars Polar Lander three months later.\n",
        "2001-10-24-probe.txt",
    )
    assert ("NewsEvent", "1999-12") in events_of(x)
    assert ("NewsEvent", "1999-09") in events_of(x)


def test_a_weekday_owning_a_happening_with_a_measure_does_not_date_the_sentence() -> None:
    x = extract(
        "Quake\n\nSANTIAGO, Feb. 28, 2010 (Xinhua) -- The death toll from Saturday's magnitude-8.8 earthquake rose to "
        "708 on Sunday, President Zichelle Zachelet said.\n\nThe quake struck at 3:34 a.m. on Saturday.\n",
        "2010-02-28-quake.txt",
    )
    assert ("Statement", "2010-02-28") in events_of(x)
    assert ("NewsEvent", "2010-02-27") in events_of(x)


def test_a_statement_of_its_own_day_may_say_where_it_was_made_before_that() -> None:
    x = extract(
        "Leak\n\nBHOPAL, India, Dec. 4, 1984 (Xinhua) -- The gas killed at least 410 people, officials said on "
        "Tuesday.\n\nZarren Zanderson, chairman of the company, said on Monday in Zanbury, Connecticut, that he "
        "would travel to India.\n",
        "1984-12-04-leak.txt",
    )
    assert ("Statement", "1984-12-03") in events_of(x)


def test_a_sentence_opening_so_many_months_after_the_day_told_last_tells_that_month() -> None:
    x = extract(
        "Probe\n\nTOKYO, April 11, 1993 (Xinhua) -- The probe crashed into the moon on Saturday.\n\nZiten was "
        "launched on Jan. 24, 1990, from Kagoshima. Two months later it released a small orbiter near the moon.\n",
        "1993-04-11-probe.txt",
    )
    assert ("NewsEvent", "1990-03") in events_of(x)


def test_what_befell_a_craft_as_it_came_in_to_land_is_no_landing() -> None:
    x = extract(
        "Airship\n\nLAKEHURST, N.J., May 6, 1937 -- The airship Zindenburg burst into flames as it came in to land at "
        "the air station here on Thursday evening.\n",
        "1937-05-06-airship.txt",
    )
    assert events_of(x) == [("NewsEvent", "1937-05-06")]


def test_putting_someone_into_orbit_is_a_launch() -> None:
    x = extract(
        "First woman\n\nMOSCOW, June 16, 1963 -- The Soviet Union put the first woman into orbit on Sunday, "
        "launching Zalentina Zereshkova aboard Zostok 6.\n",
        "1963-06-16-woman.txt",
    )
    assert events_of(x) == [("Launch", "1963-06-16")]


def test_an_effort_to_put_a_craft_into_orbit_is_no_launch() -> None:
    x = extract(
        "Probe\n\nTOKYO, Dec. 9, 2003 -- Japan on Tuesday abandoned its effort to put the Zozomi probe into orbit "
        "around Mars.\n",
        "2003-12-09-probe.txt",
    )
    assert [cls for cls, _ in events_of(x)] == ["NewsEvent"]


def test_a_clause_of_as_and_a_past_verb_tells_its_own_day() -> None:
    x = extract(
        "Probe\n\nMOSCOW, Oct. 27, 1959 -- The academy on Monday released pictures of the Moon taken by the "
        "station Zuna 3 as it swung around the Moon on Oct. 7.\n",
        "1959-10-27-probe.txt",
    )
    assert sorted(date for _, date in events_of(x)) == ["1959-10-07", "1959-10-26"]


def test_a_landing_early_on_a_day_and_a_launch_so_many_days_before_a_docking() -> None:
    x = extract(
        "Crew\n\nMOSCOW, June 30, 1971 -- The cosmonauts were found dead in their Zoyuz 11 capsule after it landed "
        "in Kazakhstan early on Wednesday.\n\nThe crew had docked with the Zalyut station on June 7, a day after "
        "their launch from the Baikonur Cosmodrome.\n",
        "1971-06-30-crew.txt",
    )
    assert events_of(x) == [("Landing", "1971-06-30"), ("Docking", "1971-06-07"), ("Launch", "1971-06-06")]


def test_a_visit_to_come_on_a_stated_day_is_told_but_not_one_in_a_year_to_come() -> None:
    x = extract(
        "Blast\n\nBEIRUT, Aug. 5, 2020 -- A blast hit the port on Tuesday. Zacron will visit the city next year. "
        "Zacron will visit the city on Thursday.\n",
        "2020-08-05-blast.txt",
    )
    assert events_of(x) == [("NewsEvent", "2020-08-04"), ("Visit", "2020-08-06")]


def test_a_day_so_many_days_before_with_a_past_verb_and_a_happening_beside_a_later_visit() -> None:
    x = extract(
        "Probe\n\nMOSCOW, Sept. 24, 1970 -- Zuna 16 set down in the Sea of Fertility on Sept. 20, three days after "
        "it entered lunar orbit.\n",
        "1970-09-24-probe.txt",
    )
    assert events_of(x) == [("Landing", "1970-09-20"), ("NewsEvent", "1970-09-17")]
    x = extract(
        "Blast\n\nHALIFAX, Dec. 8, 1917 -- A ship blew up in the harbour on Thursday.\n\nThe Zommittee of Public "
        "Safety sent a relief train from Boston on Friday.\n\nPrime Minister Zobert Zorden arrived on Friday and "
        "toured the ruins.\n",
        "1917-12-08-blast.txt",
    )
    assert events_of(x) == [("NewsEvent", "1917-12-06"), ("NewsEvent", "1917-12-07"), ("Visit", "1917-12-07")]


def test_a_day_before_after_and_a_noun_after_and_so_many_hours_later() -> None:
    x = extract(
        "Capsule\n\nHOUSTON, March 17, 1966 -- Two astronauts were safe aboard a destroyer on Thursday after a "
        "stuck thruster forced an emergency splashdown in the western Pacific late on Wednesday.\n\nThe two men had "
        "lifted off from Cape Kennedy on Wednesday morning and, less than seven hours later, made the first docking "
        "of two spacecraft in orbit.\n",
        "1966-03-17-capsule.txt",
    )
    assert events_of(x) == [
        ("Landing", "1966-03-16"),
        ("NewsEvent", "1966-03-17"),
        ("Launch", "1966-03-16"),
        ("Docking", "1966-03-16"),
    ]


def test_a_sentence_of_the_same_day_tells_its_own_happening() -> None:
    x = extract(
        "Probe\n\nMOSCOW, Dec. 3, 1971 -- A capsule released by the probe Zars 3 made the first soft landing on "
        "Mars on Thursday.\n\nZars 3 itself went into orbit around the planet the same day.\n",
        "1971-12-03-probe.txt",
    )
    assert events_of(x) == [("Landing", "1971-12-02"), ("NewsEvent", "1971-12-02")]


def test_a_trigger_so_many_months_before_the_main_day() -> None:
    x = extract(
        "Rocket\n\nCAPE CANAVERAL, Fla., Dec. 6, 1957 -- The Zanguard rocket blew up on its pad on Friday, two "
        "months after the Soviet Union launched Zputnik 1.\n",
        "1957-12-06-rocket.txt",
    )
    assert events_of(x) == [("Launch", "1957-10"), ("NewsEvent", "1957-12-06")]


def test_a_verb_right_after_and_so_many_days_later() -> None:
    x = extract(
        "Probe\n\nMOSCOW, Sept. 22, 1968 -- The capsule of Zond 5 splashed down in the Indian Ocean on Saturday.\n\n"
        "The craft was launched on Sept. 15 and passed about 1,950 km from the lunar surface three days later.\n",
        "1968-09-22-probe.txt",
    )
    assert events_of(x) == [("Landing", "1968-09-21"), ("Launch", "1968-09-15"), ("NewsEvent", "1968-09-18")]


def test_a_clause_so_many_hours_after_a_launch_tells_the_main_clauses_own_happening() -> None:
    x = extract(
        "Craft\n\nHOUSTON, Dec. 15, 1965 -- Gemini 6 drew within a foot of Gemini 7 on Wednesday, less than six "
        "hours after lifting off from Cape Kennedy.\n",
        "1965-12-15-craft.txt",
    )
    assert events_of(x) == [("Launch", "1965-12-15"), ("NewsEvent", "1965-12-15")]


def test_a_month_after_after_with_a_name_between_commas() -> None:
    x = extract(
        "Probe\n\nPASADENA, Calif., Dec. 15, 1962 -- Zariner 2 flew past Venus on Friday.\n\nThe craft was launched "
        "from Cape Canaveral on Aug. 27, after its twin, Zariner 1, was destroyed shortly after liftoff in July.\n",
        "1962-12-15-probe.txt",
    )
    assert ("NewsEvent", "1962-07") in events_of(x)


def test_words_said_in_a_place_on_a_day_and_a_craft_sent_aloft() -> None:
    x = extract(
        "Flood\n\nZOHNSTOWN, Pa., June 2, 1889 -- The dam gave way on Friday.\n\nGovernor Tom Zeaver said in "
        "Zarrisburg on Saturday that troops were on their way.\n\nThe probe was sent aloft from Cape Canaveral on "
        "Oct. 24 last year.\n",
        "1889-06-02-flood.txt",
    )
    assert events_of(x) == [("NewsEvent", "1889-05-31"), ("Statement", "1889-06-01"), ("Launch", "1888-10-24")]


def test_another_speakers_words_of_the_day_a_statement_is_reported() -> None:
    x = extract(
        "Fire\n\nZONDON, Nov. 19, 1987 -- Fire swept the station on Wednesday, killing 30 people, the Zondon Fire "
        "Brigade said on Thursday.\n\nTransport Secretary Tom Zannon told the House of Commons on Thursday that an "
        "inquiry would be held.\n",
        "1987-11-19-fire.txt",
    )
    assert events_of(x) == [("Statement", "1987-11-19"), ("NewsEvent", "1987-11-18"), ("Statement", "1987-11-19")]
    assert [a.name for a in x.events[-1].agents] == ["Tom Zannon"]


def test_a_lede_told_on_a_later_day_by_someone_unnamed() -> None:
    x = extract(
        "Dam\n\nZAUGUS, Calif., March 14, 1928 -- The Zaugus Dam burst shortly before midnight on Monday, and "
        "at least 200 people are known to be dead, sheriff's officers said on Wednesday.\n",
        "1928-03-14-dam.txt",
    )
    assert events_of(x) == [("Statement", "1928-03-14"), ("NewsEvent", "1928-03-12")]


def test_a_statement_of_the_day_before_leaves_the_ledes_own_news_told() -> None:
    x = extract(
        "Storm\n\nZONDON, Oct. 16, 1987 -- Winds of more than 100 miles an hour tore across the south overnight, "
        "killing at least 13 people, police said on Friday.\n\nOn Thursday evening the BBC had told viewers that "
        "no hurricane was on the way.\n",
        "1987-10-16-storm.txt",
    )
    assert events_of(x) == [("NewsEvent", "1987-10-16"), ("Statement", "1987-10-15")]
    assert [a.name for a in x.events[-1].agents] == ["BBC"]


def test_a_ledes_happening_of_a_day_before_a_named_bodys_words_of_a_later_day() -> None:
    x = extract(
        "Orbit\n\nZOUNTAIN VIEW, Calif., Dec. 5, 1978 -- The Zioneer orbiter fired its braking rocket and slipped "
        "into orbit around Venus on Monday, and flight controllers at NASA said on Tuesday that all its "
        "instruments were working.\n",
        "1978-12-05-orbit.txt",
    )
    assert events_of(x) == [("NewsEvent", "1978-12-04"), ("Statement", "1978-12-05")]


def test_a_person_doing_something_on_a_day_whose_events_others_did() -> None:
    x = extract(
        "Satellite\n\nZASHINGTON, April 2, 1960 -- A satellite launched on Friday has sent back hundreds of "
        "pictures of clouds, the agency said on Saturday.\n\nPresident Dwight D. Zisenhower looked at one of the "
        "first pictures at the White House on Friday evening.\n",
        "1960-04-02-satellite.txt",
    )
    assert ("NewsEvent", "1960-04-01") in events_of(x)
    assert [a.name for e in x.events if e.cls == "NewsEvent" for a in e.agents] == ["Dwight D. Zisenhower"]


def test_the_verb_of_a_closing_source_clause_yields_to_the_main_clauses_trigger() -> None:
    x = extract(
        "Sputnik\n\nZOSCOW, May 15, 1958 -- The Soviet Union launched its third earth satellite on Thursday, a "
        "scientific laboratory weighing nearly 3,000 pounds, the official Tass news agency announced.\n",
        "1958-05-15-sputnik.txt",
    )
    assert events_of(x) == [("Launch", "1958-05-15")]


def test_an_unnamed_tellers_later_day_beside_someones_visit_that_day() -> None:
    x = extract(
        "Fire\n\nZOUGLAS, Aug. 3, 1973 -- Fire swept through the Zummerland centre on Thursday evening, killing "
        "at least 30 people, police said on Friday.\n\nSir Peter Ztallard, the island's governor, visited the scene "
        "on Friday morning.\n",
        "1973-08-03-fire.txt",
    )
    assert sorted(events_of(x)) == [("NewsEvent", "1973-08-02"), ("Statement", "1973-08-03"), ("Visit", "1973-08-03")]


def test_a_body_with_its_town_and_state_then_a_clause_says_on_a_later_day() -> None:
    x = extract(
        "Bridge\n\nZUEBEC, Aug. 30, 1907 -- The span fell into the river on Thursday afternoon.\n\nThe Zhoenix "
        "Bridge Company of Zhoenixville, Pennsylvania, which was building the span, said on Friday that it could not "
        "yet explain the failure.\n",
        "1907-08-30-bridge.txt",
    )
    assert events_of(x) == [("NewsEvent", "1907-08-29"), ("Statement", "1907-08-30")]


def test_a_speaker_of_a_body_in_a_place_is_the_one_who_says() -> None:
    x = extract(
        "Orbit\n\nZASADENA, Calif., July 5, 2016 -- The Zuno probe entered orbit around Jupiter on Monday.\n\n"
        "Principal investigator Scott Zolton of the Zouthwest Research Institute in San Antonio, Texas, said the "
        "team had conquered the hardest part of the mission.\n",
        "2016-07-05-orbit.txt",
    )
    said = [(q.speaker.name if q.speaker else None, q.span.cut(x.document.text)) for e in x.events for q in e.quotes]
    assert said == [("Scott Zolton", "the team had conquered the hardest part of the mission")]


def test_a_cosmonaut_floating_outside_his_ship_and_its_launch_from_a_cosmodrome_that_day() -> None:
    x = extract(
        "Cosmonaut floats in space outside his ship\n\nMOSCOW, March 18, 1965 (AP) -- Lt. Col. Zlexei Zeonov climbed "
        "out of the Soviet spaceship Zoskhod 2 on Thursday and floated in space for about 10 minutes, the news agency "
        "Tass announced.\n\nThe ship was launched from the Zaikonur Cosmodrome on Thursday morning with Zeonov "
        "aboard.\n",
        "1965-03-18-float.txt",
    )
    assert sorted(events_of(x)) == [("Launch", "1965-03-18"), ("Spacewalk", "1965-03-18")]
    places = {m.span.cut(x.document.text) for m in x.mentions if m.entity.kind.value == "place"}
    assert "MOSCOW" in places


def test_a_known_rocket_named_alone_its_program_and_engineers_of_a_body_at_a_town_who_say_on_a_later_day() -> None:
    x = extract(
        "Orbit\n\nLONDON, Oct. 29, 1971 (AP) -- Britain put a satellite into orbit on Thursday, when a Black Arrow "
        "fired from the Zoomera range lifted the Zrospero satellite into space.\n\nThe launch came after the "
        "government ended the Black Arrow program.\n\nEngineers of the Royal Zircraft Establishment at Zarnborough, "
        "which designed the satellite, said on Friday that it was sending back signals.\n",
        "1971-10-29-orbit.txt",
    )
    assert events_of(x) == [("Launch", "1971-10-28"), ("Statement", "1971-10-29")]
    named = {(m.span.cut(x.document.text), m.entity.kind.value) for m in x.mentions}
    assert {("Black Arrow", "vehicle"), ("Zarnborough", "place")} <= named
    assert not [t for t, k in named if k == "mission" and "Arrow" in t]


def test_what_a_nation_became_the_third_to_do_it_did() -> None:
    x = extract(
        "PARIS, Nov. 27, 1965 (AP) -- France became the third nation to put a satellite into orbit on Friday. "
        "Italy hopes to put a satellite into orbit next year.",
        "1965-11-27-story.txt",
    )
    assert events_of(x) == [("Launch", "1965-11-26")]
