"""Dates in news text: date headings and dates inside sentences.

Pure functions. A date keeps the precision the text gives it: a heading
``November, 2011`` is a month, ``2008`` a year, and no day is ever made up.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .model import DateValue, Precision, Span

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|2[01]\d\d)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# A heading may name days in a row ("Nov. 6-7 -- World leaders met ..."): it is read as the first.
_TO_DAY = r"(?:\s*[-\u2013]\s*\d{1,2}(?![\d:]))?"

_HEADING_FORMS: tuple[tuple[str, str], ...] = (
    ("mdy", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY},?\s+(?P<y>\d{{4}})"),
    ("dmy", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})"),
    ("dmy", rf"(?P<d>\d{{1,2}})-(?P<m>{MONTH})-(?P<y>\d{{4}})"),  # 15-Jul-2025
    ("my", rf"(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})"),
    ("range", r"(?:[Ff]rom\s+)?(?P<y>\d{4})\s*(?:to|until|through|-|–|—)\s*(?P<y2>\d{4})"),
    ("iso", r"(?P<y>\d{4})(?P<sep>[-./])(?P<mm>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),  # 2021-06-17, 2021.06.17
    ("isom", r"(?P<y>\d{4})-(?P<mm>\d{1,2})"),
    ("slash", r"(?P<mm>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})"),
    ("y", r"(?P<y>\d{4})"),
)
_HEADING_RES = tuple((name, re.compile(rf"^{pattern}$")) for name, pattern in _HEADING_FORMS)
# A day without its year ("April 29:", "Oct. 31 -") is a heading only where the year is known.
_YEARLESS_HEADING = re.compile(rf"^(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY}$")
_CLOCK_AFTER = re.compile(r"(?<=\d),?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_MONTH_HEADING = re.compile(rf"^(?P<m>{MONTH})$")  # "- January: text" under a "2016" heading
# What may follow a date that opens an entry on its own line: "19 July 1964: text".
HEADING_SEPARATOR = re.compile(r"\s*(?::(?!\d)|\s(?:--|[-–—])|[–—])\s*")  # ":", " - ", " -- ", "—" (not "09:22")


# News about space: nothing before the first rockets' era of record, nothing past the next century or so.
FIRST_YEAR, LAST_YEAR = 1000, 2200


class ImpossibleDate(ValueError):
    """The text has the form of a date, but the day does not exist."""


def month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _make(y: int, m: int, d: int, text: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise ImpossibleDate(f"'{text}' is not a real date") from None


def day(date: dt.date) -> DateValue:
    return DateValue(Precision.DAY, date, date)


def month(y: int, m: int, text: str = "") -> DateValue:
    if not 1 <= m <= 12:
        raise ImpossibleDate(f"'{text}' is not a real month")
    last = calendar.monthrange(y, m)[1]
    return DateValue(Precision.MONTH, dt.date(y, m, 1), dt.date(y, m, last))


def year(y: int) -> DateValue:
    return DateValue(Precision.YEAR, dt.date(y, 1, 1), dt.date(y, 12, 31))


def parse_heading(text: str, year_of_context: int | None = None) -> DateValue | None:
    """The date a heading line names, or None if the line is not a date heading.

    A month and day alone (``April 29``) is a heading only given ``year_of_context``, the year
    of the heading it falls under (``2021``) or of the article, and takes that year.
    Raises ImpossibleDate for a line that has a date's form but names no real day
    (``Feb. 30, 2021``, ``13/45/2020``).
    """
    s = _CLOCK_AFTER.sub("", text.strip().rstrip(":").strip())  # "2021.06.17 09:22 -- text"
    if year_of_context is not None:
        m = _YEARLESS_HEADING.match(s)
        if m is not None:
            return day(_make(year_of_context, month_number(m["m"]), int(m["d"]), s))
        m = _MONTH_HEADING.match(s)
        if m is not None:
            return month(year_of_context, month_number(m["m"]), s)
    for name, regex in _HEADING_RES:
        m = regex.match(s)
        if m is None:
            continue
        y = int(m["y"])
        if name != "y" and not FIRST_YEAR <= y <= LAST_YEAR:
            raise ImpossibleDate(f"'{s}' is not a plausible date (years {FIRST_YEAR} to {LAST_YEAR})")
        if name == "y":
            return year(y) if FIRST_YEAR <= y <= LAST_YEAR else None
        if name == "range":
            y2 = int(m["y2"])
            if not y < y2:
                raise ImpossibleDate(f"'{s}' is a range that ends before it starts")
            return DateValue(Precision.RANGE, dt.date(y, 1, 1), dt.date(y2, 12, 31))
        if name == "my":
            return month(y, month_number(m["m"]), s)
        if name == "isom":
            return month(y, int(m["mm"]), s)
        mo = int(m["mm"]) if name in ("iso", "slash") else month_number(m["m"])
        return day(_make(y, mo, int(m["d"]), s))
    return None


# ------------------------------------------------------------ dates in text

_IN_TEXT = re.compile(
    rf"\b(?:"
    rf"(?P<mdy>(?P<m1>{MONTH})\s+(?P<d1>{_DAY})(?:,\s*|\s+)(?P<y1>{_YEAR}))"
    rf"|(?P<dmy>(?P<d2>{_DAY})(?:\s+(?P<m2>{MONTH}),?\s+|-(?P<m6>{MONTH})-)(?P<y2>{_YEAR}))"
    rf"|(?P<my>(?P<m3>{MONTH}),?\s+(?P<y3>{_YEAR}))"
    rf"|(?P<md>(?P<m4>{MONTH})\s+(?P<d4>{_DAY}))"
    rf"|(?P<dm>(?P<d5>{_DAY})\s+(?P<m5>{MONTH}))"
    rf"|(?P<iy>(?:(?<=\bin\s)|(?<=\bIn\s))(?P<y6>{_YEAR}))"
    # A weekday as news gives it: "on Saturday", "early Saturday", "late Monday", "Friday morning",
    # "Monday's election".
    # And bare after a time or a reporting verb: "at 3:30 a.m. Saturday", "at 8:10 p.m. local time
    # Tuesday", "the agency said Friday".
    # (At a sentence's start too: "On Thursday, two astronauts ...".)
    rf"|(?P<wd>(?:(?<=\b[oO]n\s)|(?<=\b[eE]arly\s)|(?<=\b[lL]ate\s)|(?<=\bm\.\s)|(?<=\bsaid\s)|(?<=\bsays\s)"
    rf"|(?<=\bannounced\s)|(?<=\breported\s)|(?<=\bshowed\s)|(?<=\blocal time\s))(?P<w>{WEEKDAY})"
    rf"|(?P<w2>{WEEKDAY})(?=\s+(?:morning|afternoon|evening|night)\b|'s\s))"
    # (Or a part of it: "in late April", "since mid-March".)
    rf"|(?P<im>(?:(?<=\b[iI]n\s)|(?<=\b[sS]ince\s)|(?<=\b[uU]ntil\s))(?:(?:early|late|mid)[\s-])?(?P<mo>{MONTH}))"
    # A month named from the day of writing: "who was hired last July" (its latest before the writing's month).
    rf"|(?P<lm>[Ll]ast\s+(?P<mo2>{MONTH})(?!\s+{_DAY}\b|,?\s+{_YEAR}))"
    # A month or year named from the day of writing: "last month", "earlier this year".
    rf"|(?P<rel>(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>month|year|week))"
    # A holiday of a fixed day, with its year or not: "on Christmas Day 2003", "in her New Year's Eve address".
    rf"|(?P<hol>(?P<holiday>Christmas Day|Christmas Eve|New Year's Day|New Year's Eve)(?:,?\s+(?P<y7>{_YEAR}))?)"
    rf")(?![\w-])"
)
# A weekday right after a reporting verb: the day something was said ("NASA said on Monday").
# ("Lin Xiqiang ... told a press conference on Saturday")
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|told(?:\s+[\w-]+){1,3})\s+(?:on\s+)?$")
# A plan named as a thing is no future: "a day after it announced a plan to raise capital", "to call
# off a planned spacewalk" (put before "plan" or "planned").
# (after a preposition or a determiner, "plans" names them: "briefed them on plans to lend more")
NOT_A_NAMED_PLAN = (
    r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
    r"(?<!\bon )(?<!\bof )(?<!\babout )(?<!\bover )(?<!\bnew )"
)
_FUTURE = re.compile(
    rf"\b(?:will|is to|are to|is scheduled|are scheduled|is expected|are expected|(?:is|are) (?:due|set) to|"
    rf"{NOT_A_NAMED_PLAN}plans? to)\b"
)


@dataclass(frozen=True)
class DateMention:
    span: Span
    value: DateValue


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def find_dates(text: str, offset: int, context: dt.date | None, year_told: int | None = None) -> list[DateMention]:
    """Dates inside a sentence ``text`` starting at ``offset`` in the document.

    ``context`` is the day the sentence is read against (the entry's heading or
    the article's dateline): it supplies a missing year and anchors weekdays.
    Impossible days are skipped, not guessed. ``year_told`` is the year the text before told last:
    a day "that year" is in it ("On June 20 that year she gave a lecture").
    """
    found: list[DateMention] = []
    last: tuple[int, DateValue] | None = None  # where the last date ended, and its value
    future = _Future(text)
    told_year_end = -1  # where a day's own "last year" ends: that phrase is no date of its own
    for m in _IN_TEXT.finditer(text):
        if m.start() < told_year_end:
            continue
        read_at = context
        if m["md"] or m["dm"]:  # a day without its year
            # "twice in 2019, on Feb. 22 and July 11": a day listed right after a year takes that year.
            if (
                last is not None
                and last[1].precision is not Precision.RANGE
                and _LISTED_AFTER.fullmatch(text, last[0], m.start()) is not None
            ):
                read_at = dt.date(last[1].earliest.year, 12, 31)
            elif year_told is not None and _THAT_YEAR.match(text, m.end()):
                read_at = dt.date(year_told, 12, 31)  # "On June 20 that year"
            elif context is not None and (last_year := _LAST_YEAR.match(text, m.end())) is not None:
                # "launched ... on March 2 last year", in a story of December: the year before the story's
                read_at = dt.date(context.year - 1, 12, 31)
                told_year_end = last_year.end()
        try:
            value = _in_text_value(m, read_at, future)
        except ImpossibleDate:
            continue
        if value is not None:
            found.append(DateMention(Span(offset + m.start(), offset + m.end()), value))
            last = (m.end(), value)
    return found


_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_LAST_YEAR = re.compile(r",?\s+last\s+year\b")
_LISTED_AFTER = re.compile(r",?\s*(?:on\s+|and\s+(?:on\s+)?)?")


class _Future:
    """Whether a sentence speaks of the future, read once, and only if a date asks (a long sentence
    with many dates is not searched once per date)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: bool | None = None
        # Read once a date asks, as each date asks again: where each clause starts, and for each
        # clause where its first word of the future is (None if it has none) and where its first past verb is.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._clauses: dict[int, tuple[int | None, int]] = {}

    def __bool__(self) -> bool:
        if self._found is None:
            self._found = _FUTURE.search(self._text) is not None
        return self._found

    def at(self, where: int) -> bool:
        """Whether the sentence speaks of the future where a date stands: not in a clause of its own
        (after ", and", ", but", ", while" or ";") that has no word of the future and a past verb
        before the date ("The UAE launched its Hope probe on Monday, and NASA plans to launch ..."), nor
        where a past verb stands between the date and the clause's first word of the future ("on Monday
        launched Salyut, an orbital laboratory that cosmonauts are expected to visit soon")."""
        if not self:
            return False
        if not self._starts:
            splits = list(_CLAUSE_SPLIT.finditer(self._text))
            self._starts = [0, *(m.end() for m in splits)]
            self._ends = [*(m.start() for m in splits), len(self._text)]
        i = bisect.bisect_right(self._starts, where) - 1
        clause = self._clauses.get(i)
        if clause is None:
            begin, end = self._starts[i], self._ends[i]
            past = _PAST_VERB.search(self._text, begin, end)
            future = _FUTURE.search(self._text, begin, end)
            clause = (future.start() if future else None, past.start() if past else end)
            self._clauses[i] = clause
        to_come, first_past = clause
        if to_come is None:
            return first_past >= where
        return not (to_come > where and _PAST_VERB.search(self._text, where, to_come))


_CLAUSE_SPLIT = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s")
_PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|was|were|did|went|came|took|made|began|flew|won|left|met|sent|held)\b")


_HOLIDAYS = {"Christmas Day": (12, 25), "Christmas Eve": (12, 24), "New Year's Day": (1, 1), "New Year's Eve": (12, 31)}


def _in_text_value(m: re.Match[str], context: dt.date | None, future: _Future) -> DateValue | None:
    if m["mdy"]:
        return day(_make(int(m["y1"]), month_number(m["m1"]), _day_number(m["d1"]), m[0]))
    if m["dmy"]:
        return day(_make(int(m["y2"]), month_number(m["m2"] or m["m6"]), _day_number(m["d2"]), m[0]))
    if m["my"]:
        return month(int(m["y3"]), month_number(m["m3"]), m[0])
    if m["iy"]:
        return year(int(m["y6"]))
    if m["y7"]:
        return day(dt.date(int(m["y7"]), *_HOLIDAYS[m["holiday"]]))
    if context is None:
        return None
    if m["md"] or m["dm"] or m["hol"]:
        if m["hol"]:
            mo, d = _HOLIDAYS[m["holiday"]]
        else:
            mo, d = month_number(m["m4"] or m["m5"]), _day_number(m["d4"] or m["d5"])
        candidate = _make(context.year, mo, d, m[0])
        # News reports the past: a day well after the context's belongs to the year before,
        # unless the sentence speaks of the future.
        if candidate > context and (candidate - context).days > 31 and not future.at(m.start()):
            candidate = _make(context.year - 1, mo, d, m[0])
        return day(candidate)
    if m["lm"]:
        mo = month_number(m["mo2"])
        return month(context.year if mo < context.month else context.year - 1, mo, m[0])
    if m["rel"]:
        step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
        if m["unit"] == "year":
            return year(context.year + step)
        if m["unit"] == "week":
            # Monday to Sunday: said by the month that holds the whole week, or its year.
            monday = context - dt.timedelta(days=context.weekday()) + dt.timedelta(weeks=step)
            sunday = monday + dt.timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                return month(monday.year, monday.month)
            return year(monday.year) if monday.year == sunday.year else None
        index = context.year * 12 + context.month - 1 + step
        return month(index // 12, index % 12 + 1, m[0])
    if m["mo"]:
        mo = month_number(m["mo"])
        # (A month after the context's is in the year before, unless the sentence speaks of the future.)
        y = context.year if mo <= context.month or future.at(m.start()) else context.year - 1
        return month(y, mo, m[0])
    # A weekday is the latest such day on or before the context (news reports the week past),
    # except the day after it (a story filed at night and updated: "launched late Tuesday ...
    # docked on Wednesday morning"); in a sentence about the future, the next such day.
    weekday = WEEKDAYS.index((m["w"] or m["w2"]).lower())
    back = (context.weekday() - weekday) % 7
    # (The day words were said on is past, whatever they say of the future: "NASA said on Monday that
    # the next flight will carry cargo".)
    if (future.at(m.start()) and not _SAID_ON.search(m.string, max(0, m.start() - 40), m.start())) or back == 6:
        return day(context + dt.timedelta(days=(weekday - context.weekday()) % 7))
    return day(context - dt.timedelta(days=back))
