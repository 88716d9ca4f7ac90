"""The data that flows between spacekg's pipeline stages.

Every stage takes and returns these frozen dataclasses; none of them touches
files. Offsets are Python string indices (Unicode code points) into
``Source.text``, the article text after BOM removal and newline normalisation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[begin, end)`` of an article's text."""

    begin: int
    end: int

    def cut(self, text: str) -> str:
        return text[self.begin : self.end]

    def contains(self, other: Span) -> bool:
        return self.begin <= other.begin and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.begin < other.end and other.begin < self.end


@dataclass(frozen=True)
class Source:
    """One article as read: its normalised text and where it came from."""

    id: str
    text: str
    origin: str  # file name or "<stdin>", for messages only
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    line_offset: int = 0  # line number of the text's first line in ``origin``, minus one


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"  # a span of years, "From 1990 to 2002"


@dataclass(frozen=True)
class DateValue:
    """A date known to some precision, with its earliest and latest days."""

    precision: Precision
    earliest: dt.date
    latest: dt.date

    @property
    def lexical(self) -> str:
        """The date at its own precision: ``2021-06-23``, ``2011-11``, ``2008``, ``1990/2002``."""
        if self.precision is Precision.DAY:
            return self.earliest.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}"
        if self.precision is Precision.YEAR:
            return f"{self.earliest.year:04d}"
        return f"{self.earliest.year:04d}/{self.latest.year:04d}"


@dataclass(frozen=True)
class Sentence:
    span: Span
    paragraph: int  # index into Document.paragraphs


@dataclass(frozen=True)
class Section:
    """A run of paragraphs: the introduction, or an entry under a date heading."""

    heading: Span | None
    date: DateValue | None
    paragraphs: tuple[int, ...]
    sentences: tuple[int, ...]  # indexes into Document.sentences


@dataclass(frozen=True)
class Dateline:
    span: Span
    place: str
    agency: str | None
    date: DateValue | None


@dataclass(frozen=True)
class Document:
    """An article cut into its parts, each with its offsets."""

    source: Source
    title: Span | None
    published: dt.date | None
    dateline: Dateline | None
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    subtitle: Span | None = None  # a line under the headline that sums the story up

    @property
    def text(self) -> str:
        return self.source.text


class Kind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    MISSION = "mission"
    VEHICLE = "vehicle"
    GATHERING = "gathering"
    GROUP = "group"


@dataclass(frozen=True)
class Entity:
    """A thing the graph names: curated, designated by a series, or discovered."""

    kind: Kind
    id: str  # slug; unique within its kind
    name: str
    cls: str | None = None  # refining class name, e.g. "Astronaut", "LaunchSite"
    aliases: tuple[str, ...] = ()
    zh: str | None = None
    roles: tuple[str, ...] = ()
    wikidata: str | None = None
    contained_in: str | None = None  # place id
    crew: tuple[str, ...] = ()  # person ids
    curated: bool = True

    @property
    def key(self) -> tuple[Kind, str]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class Mention:
    span: Span
    entity: Entity


@dataclass(frozen=True)
class Quote:
    span: Span  # the quoted or reported words
    sentence: Span
    speaker: Entity | None
    direct: bool
    themes: tuple[str, ...] = ()
    about: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Event:
    cls: str  # spacekg event class local name
    span: Span  # the sentence that states it
    trigger: Span | None
    date: DateValue | None
    heading: Span | None = None  # the date heading the date came from
    also: tuple[Span, ...] = ()  # later sentences that state the same event
    agents: tuple[Entity, ...] = ()
    counterparts: tuple[Entity, ...] = ()
    about: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    themes: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything spacekg found in one article."""

    document: Document
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    publisher: Entity | None = None
    warnings: tuple[str, ...] = field(default=())

    def themes(self) -> set[str]:
        """Every theme its events and quotations touch."""
        return {t for ev in self.events for t in (*ev.themes, *(t for q in ev.quotes for t in q.themes))}
