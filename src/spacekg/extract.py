"""One article in, everything spacekg finds in it out: the pure extraction stage."""

from __future__ import annotations

from functools import cache

from . import lexicon as lexicon_module
from .entities import EntityFinder
from .events import EventFinder
from .lexicon import Lexicon
from .model import Entity, Extraction, Source
from .segment import segment
from .text import fold


class Extractor:
    """Holds the compiled matchers of one lexicon; ``extract`` is a pure function of its input."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.entities = EntityFinder(lexicon)
        self.events = EventFinder(lexicon)

    def extract(self, source: Source) -> Extraction:
        doc = segment(source)
        mentions = self.entities.find(doc)
        events = self.events.find(doc, mentions)
        warnings: list[str] = []
        if not any(e.date for e in events):
            # With no year anywhere ("TOKYO, Oct. 28 -- ..." in a file named without its day), say
            # how to give one.
            hint = (
                "; the text gives no year: put its day in the file's name (2025-10-28-story.txt) or a line "
                "'Date: 2025-10-28' above it"
                if doc.published is None and events
                else ""
            )
            warnings.append(
                f"{source.origin}: no dated event found; the graph holds the article and its mentions{hint}"
            )
        return Extraction(
            document=doc,
            mentions=mentions,
            events=events,
            publisher=self._publisher(doc.dateline.agency if doc.dateline else None),
            warnings=tuple(warnings),
        )

    def _publisher(self, agency: str | None) -> Entity | None:
        if not agency:
            return None
        name = fold(agency.split("/")[0].strip())
        for entity in self.lexicon.entities:
            if name == entity.name or name in entity.aliases:
                return entity
        return None


@cache
def default_extractor() -> Extractor:
    return Extractor(lexicon_module.load())
