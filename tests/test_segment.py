from __future__ import annotations

import datetime as dt

import pytest

from spacekg.errors import DateError
from spacekg.model import Precision, Source
from spacekg.segment import normalize, segment


def doc(text: str):
    return segment(Source("a", normalize(text), "a.txt"))


def test_header_dateline_and_sections_of_the_sample(sample_text: str) -> None:
    d = doc(sample_text)
    assert d.title is not None and d.title.cut(d.text).startswith("Xiplomacy: Xi promotes")
    assert d.published == dt.date(2022, 5, 4)
    assert d.dateline is not None
    assert (d.dateline.place, d.dateline.agency) == ("BEIJING", "Xinhua")
    assert d.dateline.date is not None and d.dateline.date.earliest == dt.date(2022, 5, 4)
    headed = [s for s in d.sections if s.heading is not None]
    assert [s.heading.cut(d.text) for s in headed] == [  # type: ignore[union-attr]
        "June 6, 2017", "Nov. 6, 2018", "Nov. 14, 2018", "Feb. 20, 2019", "April 23, 2020",
        "May 15, 2021", "June 23, 2021", "Sept. 16, 2021", "April 12, 2022",
    ]  # fmt: skip
    assert d.sections[0].heading is None and len(d.sections[0].paragraphs) == 3


def test_every_part_has_exact_offsets(sample_text: str) -> None:
    d = doc(sample_text)
    for span in [*d.paragraphs, *(s.span for s in d.sentences)]:
        piece = span.cut(d.text)
        assert piece == piece.strip() and piece
    # The lede starts after the dateline, so the dateline is not part of any sentence.
    assert d.sentences[0].span.cut(d.text).startswith("Ahead of China's Youth Day")


def test_sentences_do_not_split_inside_quotes_or_abbreviations() -> None:
    d = doc('Xi said, "The landing left a mark. It is progress." He met Dr. Wang on Nov. 9. Then he left.')
    parts = [s.span.cut(d.text) for s in d.sentences]
    assert parts == [
        'Xi said, "The landing left a mark. It is progress."',
        "He met Dr. Wang on Nov. 9.",
        "Then he left.",
    ]


def test_bom_and_crlf_are_normalised() -> None:
    d = doc("\ufeff date 2021-06-17 Title\r\n\r\nFirst paragraph.\r\n\r\n2008\r\n\r\nEntry text.\r\n")
    assert "\r" not in d.text and not d.text.startswith("\ufeff")
    assert d.published == dt.date(2021, 6, 17)
    assert [s.date.precision for s in d.sections if s.date] == [Precision.YEAR]


def test_inline_and_bulleted_headings() -> None:
    d = doc("A timeline.\n\n19 July 1964: China launched a rocket.\n- 2003: Shenzhou-5 flew.\n")
    dated = [s for s in d.sections if s.date]
    assert [s.date.lexical for s in dated] == ["1964-07-19", "2003"]  # type: ignore[union-attr]
    assert [d.paragraphs[s.paragraphs[0]].cut(d.text) for s in dated] == [
        "China launched a rocket.",
        "Shenzhou-5 flew.",
    ]


def test_a_double_hyphen_or_a_dash_is_a_bullet_before_a_heading() -> None:
    d = doc("A factbox.\n\n-- 1994: China began building BeiDou-1.\n\n— Dec. 27, 2012: BeiDou-2 served Asia.\n")
    dated = [s for s in d.sections if s.date]
    assert [s.date.lexical for s in dated] == ["1994", "2012-12-27"]  # type: ignore[union-attr]
    assert [s.heading.cut(d.text) for s in dated] == ["1994", "Dec. 27, 2012"]  # type: ignore[union-attr]
    assert d.paragraphs[dated[0].paragraphs[0]].cut(d.text) == "China began building BeiDou-1."


def test_a_day_without_its_year_takes_the_year_of_the_heading_above_it() -> None:
    d = doc(
        "How it was built\n\nBEIJING, Nov. 3, 2022 (Xinhua) -- The station is complete.\n\n2021\n\n"
        "April 29: Tianhe was launched.\n\nJune 17: Shenzhou-12 flew.\n\n2022\n\nOct. 31 - Mengtian lifted off.\n"
    )
    dated = [s for s in d.sections if s.date]
    assert [s.date.lexical for s in dated] == ["2021", "2021-04-29", "2021-06-17", "2022", "2022-10-31"]  # type: ignore[union-attr]
    assert d.paragraphs[dated[2].paragraphs[0]].cut(d.text) == "Shenzhou-12 flew."


def test_a_day_without_its_year_takes_the_articles_year_and_is_no_heading_without_one() -> None:
    dated = [s for s in doc("Intro.\n\nApril 29: Tianhe was launched.\n").sections if s.date]
    assert dated == []
    d = doc("BEIJING, Nov. 3, 2022 (Xinhua) -- Intro.\n\nApril 29: Tianhe was launched.\n")
    assert [s.date.lexical for s in d.sections if s.date] == ["2022-04-29"]  # type: ignore[union-attr]


def test_repeated_heading_is_one_section() -> None:
    d = doc("Intro.\n\nJune 6, 2017\n\nJune 6, 2017\n\nSomething happened.\n")
    dated = [s for s in d.sections if s.date]
    assert len(dated) == 1 and len(dated[0].paragraphs) == 1


def test_impossible_heading_names_its_line() -> None:
    with pytest.raises(DateError) as info:
        doc("Intro.\n\nFeb. 30, 2021\n\nSomething happened.\n")
    assert info.value.line == 3
    assert "Feb. 30, 2021" in str(info.value)


def test_wrapped_lines_join_into_one_paragraph() -> None:
    d = doc("The launch took place\nin the morning and went well.\nA new paragraph starts here.\n")
    assert [p.cut(d.text) for p in d.paragraphs] == [
        "The launch took place\nin the morning and went well.",
        "A new paragraph starts here.",
    ]


def test_a_byline_is_neither_headline_nor_story_and_a_single_hyphen_ends_a_dateline() -> None:
    d = doc(
        "By Xinhua writers Zhang Wei and Li Ming\n\nBEIJING, March 5, 2024 (Xinhua) -- The session opened on Tuesday.\n"
    )
    assert d.title is None
    assert d.dateline is not None and d.dateline.place == "BEIJING"
    assert [s.span.cut(d.text) for s in d.sentences] == ["The session opened on Tuesday."]
    reuters = doc("H3 reaches orbit\n\nTOKYO, Feb 17, 2024 (Reuters) - Japan's H3 rocket reached orbit.\n")
    assert reuters.dateline is not None and (reuters.dateline.place, reuters.dateline.agency) == ("TOKYO", "Reuters")
    assert reuters.published == dt.date(2024, 2, 17)
    # A headline that starts with "By" is still the headline.
    assert doc("By the numbers: China in space\n\nText of the story.\n").title is not None


def test_a_paragraph_of_many_sentences_splits_at_each_stop_but_not_after_abbreviations() -> None:
    d = doc("BEIJING, May 4, 2022 (Xinhua) -- Wentian flew. " + "It docked on Jan. 5 with Dr. Li aboard. " * 5000)
    assert len(d.sentences) == 5001
    assert d.sentences[-1].span.cut(d.text) == "It docked on Jan. 5 with Dr. Li aboard."


def test_a_bulleted_entry_opened_by_its_date_is_a_dated_entry() -> None:
    d = doc(
        "Key events\n\nBEIJING, July 19, 2019 (Xinhua) -- Here are the main events:\n\n"
        "-- On Sept. 15, 2016, Tiangong-2 was launched.\n\n-- In June 2018, it arrived.\n\n"
        "-- On Feb. 30, 2017, nothing.\n\nOn Oct. 19, 2016, Shenzhou-11 docked.\n"
    )
    dated = [s for s in d.sections if s.date]
    assert [s.date.lexical for s in dated] == ["2016-09-15", "2018-06"]  # type: ignore[union-attr]
    assert [s.heading.cut(d.text) for s in dated] == ["Sept. 15, 2016", "June 2018"]  # type: ignore[union-attr]
    assert d.paragraphs[dated[0].paragraphs[0]].cut(d.text) == "Tiangong-2 was launched."
    # An impossible date is no heading, and an entry needs its bullet: "On Oct. 19, 2016, ..."
    # stays in the text of the entry above it, as prose.
    assert "On Oct. 19, 2016, Shenzhou-11 docked." in [p.cut(d.text) for p in d.paragraphs]


def test_a_double_hyphen_after_a_heading_is_not_part_of_the_entry() -> None:
    d = doc("Key dates.\n\n1977\n\nSept. 5 -- Voyager 1 is launched.\n\nOct. 22, 2008 -- India sent a probe.\n")
    dated = [s for s in d.sections if s.date and s.date.precision.value == "day"]
    assert [d.paragraphs[s.paragraphs[0]].cut(d.text) for s in dated] == [
        "Voyager 1 is launched.",
        "India sent a probe.",
    ]


def test_initials_end_no_sentence() -> None:
    d = doc("Oli\n\nNepali Prime Minister K.P. Sharma Oli resigned on Tuesday. Then he left.")
    assert [s.span.cut(d.text) for s in d.sentences] == [
        "Nepali Prime Minister K.P. Sharma Oli resigned on Tuesday.",
        "Then he left.",
    ]
