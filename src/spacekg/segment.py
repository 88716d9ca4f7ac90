"""Cut an article into header, dateline, paragraphs, sentences and dated sections.

Pure: takes a Source, returns a Document whose every part is a Span of the text.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .errors import DateError
from .model import Dateline, DateValue, Document, Precision, Section, Sentence, Source, Span
from .text import PHOTO_CREDIT

_HEADER = re.compile(r"[ \t]*date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<title>[^\n]*?))?[ \t]*(?:\n|$)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Or lines of fields a web page or a feed gives before the text: "Title: ...", "Date: 2024-11-04",
# "Source: Xinhua". Fields other than the title and the date are left out of the text read.
_FIELD = re.compile(
    r"[ \t]*(?P<key>title|headline|date|published|updated|source|author|byline|by|url|link|section|category|tags)"
    r"[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_TITLE_FIELDS = frozenset(("title", "headline"))
_DATE_FIELDS = frozenset(("date", "published"))
# Or a web page's time stamp under the headline, with no colon: "Updated 09:20, 15-Jul-2025",
# "Published on July 15, 2025 at 9:20 a.m.", "Last updated 15 July 2025". A stamp that names no
# day is no stamp (its line stays the story's text).
_STAMP = re.compile(
    r"[ \t]*(?:(?:first|last)[ \t]+)?(?P<key>updated|published|posted)(?:[ \t]+on)?[ \t]+"
    r"(?P<value>[^\n]{0,60}?\d{4}[^\n]{0,30}?)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_ISO_TIME = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_DATELINE = re.compile(
    # (The region may be a country with its article: "EAST RUTHERFORD, the United States, July 13 ...".)
    r"(?P<place>[A-Z][A-Z .'-]*[A-Z])(?P<region>,\s*(?:the\s+)?[A-Z][\w .'-]*?)??"
    rf"(?:,\s*(?P<date>{dates.MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{dates.MONTH}(?:,?\s*\d{{4}})?)|,)?\s*"
    r"(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:--|—|–|-(?=\s))\s*"
)
# With no date, the agency in parentheses marks a dateline ("CAPE CANAVERAL, Fla. (AP) --"): a short
# one, not a name spelt out ("ISRO (Indian Space Research Organisation) -- ...").
_AGENCY_ALONE = re.compile(r"[A-Z][\w.&-]{0,11}")
_PLACE_ALONE = re.compile(r"[A-Z]{3,}(?: [A-Z]{2,}){0,2}\s+(?:--|\u2014)\s+")
_YEAR = re.compile(r"\d{4}")
_CAPTION = re.compile(rf"{PHOTO_CREDIT}\s*$")
_BYLINE = re.compile(
    r"[Bb]y\s+(?:[\w.'-]+\s+){0,4}?(?:[A-Z][\w.'-]*)(?:\s+(?:and\s+)?[A-Z][\w.'-]*,?){0,8}"
    # ("By a science reporter", "By our correspondent")
    r"|[Bb]y\s+(?:a|an|our|the)\s+(?:[a-z-]+\s+){0,3}(?:reporter|correspondent|writer|editor|staff|team)"
)
_BULLET = re.compile(r"(?:--|[-*•·–—]|\d+[.)])\s+")
_OPENING_DATE = re.compile(r"(?:On|In)\s+(?P<date>[^\n]{4,24}?\d{4}),\s+")
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.n",
        "u.k",
        "dept",
        "fig",
        "approx",
        "est",
        "mt",
        "ft",
        "rev",
    ]
)
# (A sentence may open with a name written in lower case, as its owner: "ispace's first lander ...".)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9]|[a-z][a-z-]*'s\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENING = "“‘"
_CLOSING = "”’"


def normalize(text: str) -> str:
    """The text offsets refer to: no BOM, and every line ending a single LF."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def line_of(source: Source, offset: int) -> int:
    return source.text.count("\n", 0, offset) + 1 + source.line_offset


def segment(source: Source) -> Document:
    text = source.text
    title: Span | None = None
    published = source.date
    dated_by_header = False  # a date the text's header gives wins over the file name's
    body_start = 0
    header = _HEADER.match(text)
    if header is not None and _ISO_DATE.fullmatch(header["date"]):
        try:
            published = dt.date.fromisoformat(header["date"])
        except ValueError:
            raise DateError(
                f"the header date '{header['date']}' is not a real day; write it as YYYY-MM-DD",
                origin=source.origin,
                line=line_of(source, 0),
            ) from None
        dated_by_header = True
        if header["title"]:
            title = Span(header.start("title"), header.end("title"))
        body_start = header.end()
    else:
        fields = _fields(source)
        if fields is not None:
            title, body_start = fields[0], fields[2]
            dated_by_header = fields[1] is not None
            published = fields[1] or published

    blocks = _paragraph_spans(text, body_start)
    # A byline ("By Xinhua writers A and B") is neither the headline nor the story's first words,
    # and nor are field lines under the headline ("Published: Dec 18, 2024 10:15 PM").
    blocks = [b for b in blocks[:2] if not _BYLINE.fullmatch(b.cut(text))] + blocks[2:]
    for at in range(min(3, len(blocks)) - 1, 0, -1):
        field = _FIELD.fullmatch(text, blocks[at].begin, blocks[at].end)
        if field is not None:
            if field["key"].lower() in _DATE_FIELDS and field["value"] and not dated_by_header:
                published = _field_date(source, field["value"], field.start())
                dated_by_header = True
            del blocks[at]
            continue
        stamp = _STAMP.fullmatch(text, blocks[at].begin, blocks[at].end)
        stamped = None if stamp is None else _stamp_date(stamp["value"])
        if stamp is None or stamped is None:
            continue
        # The day it was published wins over the file name's; the day it was updated only dates
        # a story nothing else dates.
        if stamp["key"].lower() != "updated" and not dated_by_header:
            published, dated_by_header = stamped, True
        elif published is None:
            published = stamped
        del blocks[at]
    if title is None and source.title is None and len(blocks) > 1 and _looks_like_title(source, blocks[0]):
        title = blocks.pop(0)
        # A day alone on the line under the headline, in a story with no dated entries after it, is
        # the day it was published ("13 November 2025"), not an entry's heading; a byline may follow.
        stamped = _date_line(source, blocks)
        if stamped is not None:
            if not dated_by_header:
                published, dated_by_header = stamped, True
            del blocks[0]
            if blocks and _BYLINE.fullmatch(blocks[0].cut(text)):
                del blocks[0]
    dateline: Dateline | None = None
    subtitle: Span | None = None
    if title is not None and len(blocks) > 1 and _looks_like_subtitle(text, blocks[0], blocks[1], published):
        # A line under the headline that sums the story up, then the dateline: the subtitle.
        subtitle = blocks.pop(0)
    if blocks:
        # A photo's caption may come before the dateline; it stays the story's first paragraph.
        at = 1 if len(blocks) > 1 and _CAPTION.search(text, blocks[0].begin, blocks[0].end) else 0
        dateline, blocks[at] = _dateline(text, blocks[at], published)
        if blocks[at].begin >= blocks[at].end:
            blocks.pop(at)
        if published is None and dateline is not None and dateline.date is not None:
            published = dateline.date.earliest

    paragraphs: list[Span] = []
    sections: list[tuple[Span | None, DateValue | None, list[int]]] = [(None, None, [])]
    given: DateValue | None = None  # the last heading that gave its year
    for block in blocks:
        heading, rest = _heading(source, block, _year_of_context(given, published))
        if heading is None:
            paragraphs.append(block)
            sections[-1][2].append(len(paragraphs) - 1)
            continue
        span, value = heading
        if _YEAR.search(text, span.begin, span.end):
            given = value
        elif given is None and published is not None and value.earliest > published:
            # A look back ("Oct 16 - ..." in a story of April 16, 2022): a day after the article's
            # own, with no year above it, is in the year before.
            value = _year_before(value)
        previous = sections[-1]
        repeated = previous[1] == value and not previous[2] and previous[0] is not None
        if not repeated:
            sections.append((span, value, []))
        if rest is not None:
            paragraphs.append(rest)
            sections[-1][2].append(len(paragraphs) - 1)

    sentences: list[Sentence] = []
    by_paragraph: list[list[int]] = []
    for index, paragraph in enumerate(paragraphs):
        ids = []
        for span in split_sentences(text, paragraph):
            ids.append(len(sentences))
            sentences.append(Sentence(span, index))
        by_paragraph.append(ids)

    built = tuple(
        Section(
            heading=span,
            date=value,
            paragraphs=tuple(paras),
            sentences=tuple(s for p in paras for s in by_paragraph[p]),
        )
        for span, value, paras in sections
        if span is not None or paras
    )
    return Document(
        source=source,
        title=title,
        published=published,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        sections=built,
        subtitle=subtitle,
    )


def _fields(source: Source) -> tuple[Span | None, dt.date | None, int] | None:
    """The title, the publication day and where the text starts after the field lines that open
    it, if they give a title or a date; None where the text opens with no such lines."""
    text, at = source.text, 0
    title: Span | None = None
    published: dt.date | None = None
    keys: set[str] = set()
    while (m := _FIELD.match(text, at)) is not None and m.end() > at:
        key = m["key"].lower()
        if key in _TITLE_FIELDS and m["value"] and title is None:
            title = Span(m.start("value"), m.end("value"))
        elif key in _DATE_FIELDS and m["value"] and published is None:
            published = _field_date(source, m["value"], m.start())
        keys.add(key)
        at = m.end()
    if not keys & (_TITLE_FIELDS | _DATE_FIELDS):
        return None
    return title, published, at


def _field_date(source: Source, value: str, offset: int) -> dt.date:
    """The day a "Date:" field gives: ISO (with a time after it or not) or as news writes it."""
    iso = _ISO_TIME.fullmatch(value)
    try:
        parsed = dates.parse_heading(iso["day"] if iso else value)
    except dates.ImpossibleDate:
        parsed = None
    if parsed is None:
        stamped = _stamp_date(value)  # "Date: 09:20, 15-Jul-2025"
        parsed = None if stamped is None else dates.day(stamped)
    if parsed is None or parsed.precision is not Precision.DAY:
        raise DateError(
            f"the Date field '{value}' is not a day; write it as YYYY-MM-DD",
            origin=source.origin,
            line=line_of(source, offset),
        )
    return parsed.earliest


def _stamp_date(value: str) -> dt.date | None:
    """The day a time stamp names, its time of day before or after it ("09:20, 15-Jul-2025",
    "July 15, 2025 at 9:20 a.m. EDT"), or None."""
    days = [f.value for f in dates.find_dates(value, 0, None) if f.value.precision is Precision.DAY]
    return days[0].earliest if days else None


def _date_line(source: Source, blocks: list[Span]) -> dt.date | None:
    """The day the first block names, if it is a day alone on its line and no later block opens
    with a date heading; None otherwise."""
    if len(blocks) < 2 or "\n" in blocks[0].cut(source.text):
        return None
    try:
        value = dates.parse_heading(blocks[0].cut(source.text))
    except dates.ImpossibleDate:
        return None
    if value is None or value.precision is not Precision.DAY:
        return None
    year = value.earliest.year
    if any(_heading(source, block, year)[0] is not None for block in blocks[1:]):
        return None
    return value.earliest


def _looks_like_subtitle(text: str, block: Span, after: Span, published: dt.date | None) -> bool:
    """A single line of no more than 40 words, not a dateline, a caption or a date, right before
    the dateline."""
    line = block.cut(text)
    if "\n" in line or len(line.split()) > 40 or _CAPTION.search(line) or _BULLET.match(line):
        return False
    if _dateline(text, block, published)[0] is not None or _dateline(text, after, published)[0] is None:
        return False
    try:
        return dates.parse_heading(line) is None
    except dates.ImpossibleDate:
        return False


def _looks_like_title(source: Source, block: Span) -> bool:
    """A short first line with no closing stop, no dateline and no date: a headline."""
    line = block.cut(source.text)
    if "\n" in line or len(line.split()) > 20 or line.rstrip().endswith((".", "!", "?", '"', "”")):
        return False
    if _DATELINE.match(line) or _BULLET.match(line):
        return False
    try:
        return dates.parse_heading(line) is None
    except dates.ImpossibleDate:
        return False


def _paragraph_spans(text: str, start: int) -> list[Span]:
    """Non-blank lines, with hard-wrapped continuation lines joined to their paragraph."""
    spans: list[Span] = []
    joinable = False
    for m in re.finditer(r"[^\n]+", text[start:]):
        line = m[0]
        stripped = line.strip()
        if not stripped:
            joinable = False
            continue
        begin = start + m.start() + (len(line) - len(line.lstrip()))
        end = start + m.end() - (len(line) - len(line.rstrip()))
        follows_directly = spans and text[spans[-1].end : begin].count("\n") == 1
        if joinable and follows_directly and stripped[0].islower():
            spans[-1] = Span(spans[-1].begin, end)
        else:
            spans.append(Span(begin, end))
        joinable = not stripped.endswith((".", "!", "?", ":", '"', "”", "’"))
    return spans


def _dateline(text: str, first: Span, published: dt.date | None) -> tuple[Dateline | None, Span]:
    m = _DATELINE.match(text, first.begin, first.end)
    if m is None:
        return None, first
    # A city alone, in capitals, before a long dash is one too ("PARIS -- The agency's ...").
    if m["agency"] is None and m["date"] is None and not _PLACE_ALONE.fullmatch(text, m.start(), m.end()):
        return None, first
    if m["date"] is None and m["agency"] is not None and not _AGENCY_ALONE.fullmatch(m["agency"]):
        return None, first
    value: DateValue | None = None
    if m["date"]:
        parsed = dates.find_dates(m["date"], 0, published)
        value = parsed[0].value if parsed else None
    line = Dateline(Span(m.start(), m.end()), m["place"].strip(), m["agency"], value)
    return line, Span(m.end(), first.end)


def _year_before(value: DateValue) -> DateValue:
    """The same day (or month) a year earlier (Feb. 29 becomes Feb. 28)."""
    first = value.earliest
    if value.precision is Precision.MONTH:
        return dates.month(first.year - 1, first.month)
    return dates.day(first.replace(year=first.year - 1, day=min(first.day, 28 if first.month == 2 else first.day)))


def _year_of_context(heading: DateValue | None, published: dt.date | None) -> int | None:
    """The year a day heading without its own takes: the last heading above it that gave its
    year (not a range of years), else the article's."""
    if heading is not None:
        return heading.earliest.year if heading.precision is not Precision.RANGE else None
    return published.year if published is not None else None


def _heading(
    source: Source, block: Span, year_of_context: int | None
) -> tuple[tuple[Span, DateValue] | None, Span | None]:
    """A date heading at the start of a block, and the entry text that follows it on its line.

    A day given without its year takes ``year_of_context``."""
    text = source.text
    begin = block.begin
    bullet = _BULLET.match(text, begin, block.end)
    if bullet is not None:
        begin = bullet.end()
        # "-- On Sept. 15, 2016, Tiangong-2 was launched ...": a bulleted entry opened by its date.
        opened = _OPENING_DATE.match(text, begin, block.end)
        if opened is not None:
            try:
                value = dates.parse_heading(opened["date"])
            except dates.ImpossibleDate:
                value = None  # running text, not a heading: its sentence's dates are read as any others
            if value is not None:
                return (Span(opened.start("date"), opened.end("date")), value), Span(opened.end(), block.end)
    line = text[begin : block.end]
    candidates: list[tuple[int, int | None]] = [(len(line), None)]
    for sep in dates.HEADING_SEPARATOR.finditer(line):
        if sep.start() > 0:
            candidates.append((sep.start(), sep.end()))
            break
    for cut, rest_at in candidates:
        piece = line[:cut]
        try:
            value = dates.parse_heading(piece, year_of_context)
        except dates.ImpossibleDate as exc:
            raise DateError(
                f"{exc}; fix the date heading or remove it",
                origin=source.origin,
                line=line_of(source, begin),
            ) from None
        if value is None:
            continue
        stripped = piece.rstrip().rstrip(":").rstrip()
        heading = Span(begin, begin + len(stripped))
        if rest_at is None or begin + rest_at >= block.end:
            return (heading, value), None
        return (heading, value), Span(begin + rest_at, block.end)
    return None, None


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans of a paragraph; never splits inside a balanced quotation."""
    body = paragraph.cut(text)
    balanced = _quotes_balanced(body)
    spans: list[Span] = []
    start = 0
    # The quotation marks from ``start`` up to ``counted``, counted once each (counting from the
    # sentence's start at every candidate stop made a long unsplit sentence quadratic).
    counted, straight, opening, closing = 0, 0, 0, 0
    for m in _BOUNDARY.finditer(body):
        stop = m.end() - (len(m[0]) - len(m[0].rstrip()))
        if balanced:
            straight += body.count('"', counted, stop)
            opening += body.count("“", counted, stop)
            closing += body.count("”", counted, stop)
            counted = stop
            if straight % 2 == 1 or opening > closing:
                continue
        if _ends_with_abbreviation(body, m.start()):
            continue
        spans.append(Span(paragraph.begin + start, paragraph.begin + stop))
        start = m.end()
        counted, straight, opening, closing = start, 0, 0, 0
    if start < len(body):
        spans.append(Span(paragraph.begin + start, paragraph.end))
    return spans


def _quotes_balanced(s: str) -> bool:
    return s.count('"') % 2 == 0 and sum(s.count(c) for c in "“”") % 2 == 0


def _ends_with_abbreviation(body: str, dot: int) -> bool:
    if body[dot] != ".":
        return False
    # Only the few characters before the dot: an abbreviation is short, and a word longer than the
    # window is none (reading from the paragraph's start made long paragraphs quadratic).
    word = _WORD_BEFORE.search(body, max(0, dot - 20), dot)
    if word is None:
        return False
    token = word[1].lower()
    if token in _ABBREVIATIONS:
        return True
    # (an engineer's title, written as one: "sets up Ing. C. Olivetti & C."; not the bank ING)
    if word[1] == "Ing":
        return True
    # an initial, or initials: "J. Smith", "K.P. Sharma Oli"
    return (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token) is not None
