from __future__ import annotations

import datetime as dt

import pytest

from spacekg import dates
from spacekg.model import Precision

D = dt.date


@pytest.mark.parametrize(
    ("heading", "precision", "earliest", "latest"),
    [
        ("June 6, 2017", Precision.DAY, D(2017, 6, 6), D(2017, 6, 6)),
        ("Nov. 6, 2018", Precision.DAY, D(2018, 11, 6), D(2018, 11, 6)),
        ("Sept. 16, 2021", Precision.DAY, D(2021, 9, 16), D(2021, 9, 16)),
        ("April 12, 2022", Precision.DAY, D(2022, 4, 12), D(2022, 4, 12)),
        ("19 July 1964:", Precision.DAY, D(1964, 7, 19), D(1964, 7, 19)),
        ("October 15, 2003", Precision.DAY, D(2003, 10, 15), D(2003, 10, 15)),
        ("November, 2011", Precision.MONTH, D(2011, 11, 1), D(2011, 11, 30)),
        ("Feb 2024", Precision.MONTH, D(2024, 2, 1), D(2024, 2, 29)),
        ("2008", Precision.YEAR, D(2008, 1, 1), D(2008, 12, 31)),
        ("From 1990 to 2002", Precision.RANGE, D(1990, 1, 1), D(2002, 12, 31)),
        ("2021-06-17", Precision.DAY, D(2021, 6, 17), D(2021, 6, 17)),
        ("2021-06", Precision.MONTH, D(2021, 6, 1), D(2021, 6, 30)),
    ],
)
def test_heading_forms_keep_their_precision(heading, precision, earliest, latest) -> None:
    value = dates.parse_heading(heading)
    assert value is not None
    assert (value.precision, value.earliest, value.latest) == (precision, earliest, latest)


@pytest.mark.parametrize("line", ["Xi said so.", "The 2008 Olympics", "June", "Shenzhou-12", ""])
def test_lines_that_are_not_headings(line: str) -> None:
    assert dates.parse_heading(line) is None


@pytest.mark.parametrize("line", ["Feb. 30, 2021", "13/45/2020", "April 31, 2020", "2021-13-01", "From 2002 to 1990"])
def test_impossible_headings_raise(line: str) -> None:
    with pytest.raises(dates.ImpossibleDate):
        dates.parse_heading(line)


def test_a_day_without_its_year_needs_the_year_of_its_context() -> None:
    assert dates.parse_heading("April 29:") is None
    assert dates.parse_heading("April 29:", 2021).lexical == "2021-04-29"  # type: ignore[union-attr]
    assert dates.parse_heading("Oct. 31", 2022).lexical == "2022-10-31"  # type: ignore[union-attr]
    with pytest.raises(dates.ImpossibleDate):
        dates.parse_heading("Feb. 29", 2023)


def test_lexical_forms() -> None:
    assert dates.parse_heading("June 6, 2017").lexical == "2017-06-06"  # type: ignore[union-attr]
    assert dates.parse_heading("November, 2011").lexical == "2011-11"  # type: ignore[union-attr]
    assert dates.parse_heading("2008").lexical == "2008"  # type: ignore[union-attr]
    assert dates.parse_heading("From 1990 to 2002").lexical == "1990/2002"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "context", "expected"),
    [
        ("The probe landed on June 17.", D(2021, 6, 20), "2021-06-17"),
        ("It launched on Nov. 9, 2016.", D(2021, 1, 1), "2016-11-09"),
        ("The crew arrived in 2013.", D(2021, 1, 1), "2013"),
        ("It docked on 27 September.", D(2008, 10, 1), "2008-09-27"),
        ("Work began in March 2019.", None, "2019-03"),
        # A weekday is the latest such day on or before the dateline (a Wednesday here) ...
        ("The crew returned on Wednesday.", D(2022, 6, 24), "2022-06-22"),
        ("The crew will return on Friday.", D(2022, 6, 22), "2022-06-24"),
        # ... however far back in the week: five days before a Saturday, not two days after it.
        ("The launch on Monday went well.", D(2024, 3, 23), "2024-03-18"),
        ("It docked on Saturday.", D(2024, 3, 23), "2024-03-23"),
        # ... except the day after the dateline: a story filed at night, updated the next morning.
        ("The ship docked on Wednesday morning.", D(2022, 11, 29), "2022-11-30"),
        # The forms news uses besides "on": early, late, and a part of the day after it.
        ("The lander touched down early Saturday.", D(2024, 1, 20), "2024-01-20"),
        ("Contact was lost late Thursday.", D(2020, 12, 19), "2020-12-17"),
        ("The capsule landed Thursday morning.", D(2020, 12, 17), "2020-12-17"),
        # A day later in the year than the dateline belongs to the year before.
        ("It launched on Dec. 20.", D(2022, 1, 5), "2021-12-20"),
        # A month or a year named from the day of writing.
        ("The plant was announced last month.", D(2024, 1, 11), "2023-12"),
        ("Exports will grow next month.", D(2023, 12, 5), "2024-01"),
        ("Sales rose last year.", D(2024, 1, 11), "2023"),
        ("Work began earlier this year.", D(2024, 5, 2), "2024"),
        ("Trade grew, official data showed Friday.", D(2024, 1, 12), "2024-01-12"),
        # At a sentence's start, capitalised.
        ("On Thursday, two of the crew walked in space.", D(2024, 9, 15), "2024-09-12"),
        ("In 2011, Beijing began preparing the bid.", D(2024, 7, 27), "2011"),
        ("Early Saturday, the lander touched down.", D(2024, 1, 20), "2024-01-20"),
    ],
)
def test_dates_in_sentences(sentence: str, context: dt.date | None, expected: str) -> None:
    found = dates.find_dates(sentence, 100, context)
    assert [f.value.lexical for f in found] == [expected]
    span = found[0].span
    assert sentence[span.begin - 100 : span.end - 100].strip()


def test_no_year_and_no_context_gives_nothing() -> None:
    assert dates.find_dates("It landed on June 17.", 0, None) == []


def test_impossible_day_in_sentence_is_skipped() -> None:
    assert dates.find_dates("It happened on Feb. 30, 2021.", 0, None) == []


def test_days_listed_right_after_a_year_take_that_year() -> None:
    text = "It touched down on Ryugu twice in 2019, on Feb. 22 and July 11, collecting material."
    assert [f.value.lexical for f in dates.find_dates(text, 0, dt.date(2020, 12, 6))] == [
        "2019",
        "2019-02-22",
        "2019-07-11",
    ]
    # A day told of in another clause is read against the context, as before.
    text = "It was launched in 2019 and landed on Feb. 22."
    assert [f.value.lexical for f in dates.find_dates(text, 0, dt.date(2020, 12, 6))] == ["2019", "2020-02-22"]


def test_a_day_that_year_is_in_the_year_told_last() -> None:
    text = "On June 20 that year she gave a science lecture."
    assert [f.value.lexical for f in dates.find_dates(text, 0, dt.date(2022, 4, 16), 2013)] == ["2013-06-20"]
    assert [f.value.lexical for f in dates.find_dates(text, 0, dt.date(2022, 4, 16))] == ["2021-06-20"]


def test_a_week_named_from_the_day_of_writing_is_said_by_its_month_or_year() -> None:
    def value(text: str, context: dt.date) -> str | None:
        found = dates.find_dates(text, 0, context)
        return found[0].value.lexical if found else None

    assert value("Last week, the company unveiled a charger.", dt.date(2025, 3, 25)) == "2025-03"
    assert value("It opened this week.", dt.date(2025, 4, 1)) == "2025"  # March 31 to April 6
    assert value("It opened last week.", dt.date(2025, 1, 2)) == "2024-12"  # Dec. 23 to Dec. 29
    assert value("It opened last week.", dt.date(2025, 1, 6)) is None  # Dec. 30, 2024 to Jan. 5, 2025


def test_a_day_with_hyphens_and_a_part_of_a_month() -> None:
    assert dates.parse_heading("15-Jul-2025") == dates.day(dt.date(2025, 7, 15))
    found = dates.find_dates("updated 09:20, 15-Jul-2025; arrived in late April", 0, dt.date(2025, 7, 15))
    assert [f.value.lexical for f in found] == ["2025-07-15", "2025-04"]
    # A month after the context's is in the year before, unless it is to come.
    assert [f.value.lexical for f in dates.find_dates("It landed in mid-June.", 0, dt.date(2025, 5, 3))] == ["2024-06"]
    assert [f.value.lexical for f in dates.find_dates("It will land in June.", 0, dt.date(2025, 5, 3))] == ["2025-06"]


def test_a_weekday_after_a_local_time() -> None:
    found = dates.find_dates("It lifted off at 8:10 p.m. local time Tuesday.", 0, dt.date(2025, 3, 11))
    assert [f.value.lexical for f in found] == ["2025-03-11"]
    assert dates.find_dates("It lifted off at the time Tuesday had set.", 0, dt.date(2025, 3, 11)) == []


def test_a_weekdays_possessive_is_that_day() -> None:
    found = dates.find_dates("The party won Monday's federal election.", 0, dt.date(2025, 4, 29))
    assert [f.value.lexical for f in found] == ["2025-04-28"]


def test_a_day_in_a_past_clause_of_a_sentence_that_speaks_of_the_future_is_past() -> None:
    thursday = dt.date(2020, 7, 23)
    text = "The UAE launched its Hope probe on Monday, and NASA plans to launch its rover at the end of the month."
    assert [f.value.lexical for f in dates.find_dates(text, 0, thursday)] == ["2020-07-20"]
    # (a clause with no verb of its own keeps the sentence's future: "..., and Mengtian in October")
    text = "The crew will fly on Monday, and the cargo ship on Friday."
    assert [f.value.lexical for f in dates.find_dates(text, 0, thursday)] == ["2020-07-27", "2020-07-24"]


def test_a_day_last_year_is_in_the_year_before_the_storys() -> None:
    found = dates.find_dates("It was launched on March 2 last year.", 0, dt.date(1973, 12, 4))
    assert [f.value.lexical for f in found] == ["1972-03-02"]
    # (alone, "last year" is still the year before)
    assert [f.value.lexical for f in dates.find_dates("It grew last year.", 0, dt.date(1973, 12, 4))] == ["1972"]
