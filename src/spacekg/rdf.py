"""Map extractions to RDF triples: the query contract of the README, in code.

Pure: yields triples of terms in N-Triples syntax (``spacekg.nt``): IRIs minted only from the
base, ``[a-z0-9-]`` slugs and offsets, literals only through ``nt.quoted``, so no text from an
article can shape an IRI or escape a literal. IRIs are minted from names and offsets, never from
counters across runs, so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .lexicon import Lexicon
from .model import DateValue, Entity, Event, Extraction, Kind, Precision, Quote, Span
from .nt import iri, quoted
from .vocab import term_namespaces

DCTERMS, ITSRDF, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, SPACEKG, THEME, TIME, WD, XSD = term_namespaces(
    "DCTERMS",
    "ITSRDF",
    "NIF",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "SPACEKG",
    "THEME",
    "TIME",
    "WD",
    "XSD",
)

Triple = tuple[str, str, str]  # subject, predicate, object in N-Triples syntax

_KIND_CLASS = {
    Kind.PERSON: SCHEMA.Person,
    Kind.ORGANIZATION: SCHEMA.Organization,
    Kind.PLACE: SCHEMA.Place,
    Kind.MISSION: SPACEKG.Mission,
    Kind.VEHICLE: SPACEKG.LaunchVehicle,
    Kind.GATHERING: SPACEKG.Gathering,
    Kind.GROUP: SPACEKG.Group,
}
_SAFE_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
_TO = ("Letter", "Message", "Communication", "Statement", "Speech", "Announcement")


@dataclass(frozen=True)
class Options:
    base: str
    include_text: bool = True


def en(text: str) -> str:
    return f"{quoted(text)}@en"


def article_iri(extraction_id: str, options: Options) -> str:
    return f"<{options.base}article/{extraction_id}>"


def entity_iri(entity: Entity, options: Options) -> str:
    return f"<{options.base}{entity.kind.value}/{entity.id}>"


def span_iri(article: str, span: Span) -> str:
    """The span's IRI: the article's IRI (an N-Triples term) with the RFC 5147 fragment."""
    return f"{article[:-1]}#char={span.begin},{span.end}>"


def time_iri(value: DateValue, options: Options) -> str:
    return f"<{options.base}date/{value.lexical.replace('/', '--')}>"


def _typed(value: object, datatype: str) -> str:
    return f"{quoted(str(value))}^^{datatype}"


def _date(d: object) -> str:
    return _typed(d, XSD.date)


class Mapper:
    def __init__(self, lexicon: Lexicon, options: Options) -> None:
        self.lexicon = lexicon
        self.options = options

    # ------------------------------------------------------------- articles

    def article(self, x: Extraction) -> Iterator[Triple]:
        doc = x.document
        text = doc.text
        source = doc.source
        art = article_iri(source.id, self.options)
        context = span_iri(art, Span(0, len(text)))
        headline = doc.title.cut(text) if doc.title else (source.title or source.id)
        yield art, RDF.type, SCHEMA.NewsArticle
        yield art, SCHEMA.headline, en(headline)
        yield art, SCHEMA.name, en(headline)
        yield art, RDFS.label, en(headline)
        yield art, SCHEMA.identifier, quoted(source.id)
        yield art, SPACEKG.textDigest, quoted(hashlib.sha256(text.encode("utf-8")).hexdigest())
        if doc.published is not None:
            yield art, SCHEMA.datePublished, _date(doc.published)
        if source.url and _SAFE_IRI.fullmatch(source.url):
            yield art, SCHEMA.url, iri(source.url)
        if doc.dateline is not None:
            yield art, SCHEMA.dateline, quoted(doc.dateline.span.cut(text).strip(" -—–"))
        if x.publisher is not None:
            yield art, SCHEMA.publisher, entity_iri(x.publisher, self.options)
        yield from self._nif_string(context, art, Span(0, len(text)), None, (NIF.Context,))
        if self.options.include_text:
            yield context, NIF.isString, quoted(text)
        yield context, NIF.sourceUrl, art
        if doc.title is not None:
            yield from self._nif_string(context, art, doc.title, text, (NIF.Title,))
        if doc.subtitle is not None:
            yield art, SCHEMA.alternativeHeadline, en(doc.subtitle.cut(text))
            yield from self._nif_string(context, art, doc.subtitle, text, ())
        for p in doc.paragraphs:
            yield from self._nif_string(context, art, p, text, (NIF.Paragraph,))
        for s in doc.sentences:
            yield from self._nif_string(context, art, s.span, text, (NIF.Sentence,))
        mentioned: list[str] = []
        for m in x.mentions:
            node = span_iri(art, m.span)
            target = entity_iri(m.entity, self.options)
            yield from self._nif_string(context, art, m.span, text, (NIF.Phrase,))
            yield node, ITSRDF.taIdentRef, target
            if target not in mentioned:
                mentioned.append(target)
        for target in mentioned:
            yield art, SCHEMA.mentions, target
        quote_number = 0
        for number, event in enumerate(x.events, start=1):
            node = f"<{self.options.base}event/{source.id}-e{number}>"
            yield from self._event(node, art, context, event, text)
            for quote in event.quotes:
                quote_number += 1
                q = f"<{self.options.base}quote/{source.id}-q{quote_number}>"
                yield node, SPACEKG.hasQuotation, q
                yield from self._quote(q, art, context, quote, text)

    def _nif_string(
        self, context: str, art: str, span: Span, text: str | None, types: tuple[str, ...]
    ) -> Iterator[Triple]:
        node = span_iri(art, span)
        yield node, RDF.type, NIF.OffsetBasedString
        for t in types:
            yield node, RDF.type, t
        yield node, NIF.beginIndex, _typed(span.begin, XSD.nonNegativeInteger)
        yield node, NIF.endIndex, _typed(span.end, XSD.nonNegativeInteger)
        if text is not None:
            yield node, NIF.anchorOf, quoted(span.cut(text))
            yield node, NIF.referenceContext, context

    def _event(
        self,
        node: str,
        art: str,
        context: str,
        event: Event,
        text: str,
    ) -> Iterator[Triple]:
        cls = SPACEKG[event.cls]
        yield node, RDF.type, cls
        for parent in self.lexicon.superclasses.get(cls[1:-1], ()):
            yield node, RDF.type, iri(parent)
        name = self._event_name(event)
        yield node, SCHEMA.name, en(name)
        yield node, RDFS.label, en(name)
        yield node, SCHEMA.subjectOf, art
        yield node, PROV.wasDerivedFrom, span_iri(art, event.span)
        for extra in event.also:
            yield node, PROV.wasDerivedFrom, span_iri(art, extra)
        if event.heading is not None:
            yield node, PROV.wasDerivedFrom, span_iri(art, event.heading)
            yield from self._nif_string(context, art, event.heading, text, ())
        if event.date is not None:
            yield from self._when(node, event.date)
        for e in event.agents:
            yield node, SEM.hasActor, entity_iri(e, self.options)
            yield node, SPACEKG.hasAgent, entity_iri(e, self.options)
        for e in event.counterparts:
            yield node, SEM.hasActor, entity_iri(e, self.options)
            yield node, SPACEKG.hasCounterpart, entity_iri(e, self.options)
        for e in event.about:
            yield node, SCHEMA.about, entity_iri(e, self.options)
        for e in event.places:
            yield node, SCHEMA.location, entity_iri(e, self.options)
        for t in event.themes:
            yield node, DCTERMS.subject, iri(t)

    def _event_name(self, event: Event) -> str:
        label = self.lexicon.labels.get(SPACEKG[event.cls][1:-1], event.cls)
        name = label[:1].upper() + label[1:]
        if event.agents:
            name += f" by {event.agents[0].name}"
        communication = event.cls.endswith(_TO)
        # A launch or a landing is of its craft, and at its place: "Launch of Tianwen-1 at
        # Wenchang Spacecraft Launch Site", not "Launch at ..." nor "Landing on Zhurong".
        happening = event.cls != "Spacewalk" and (
            event.cls == "NewsEvent" or self.lexicon.is_a(event.cls, "SpaceflightEvent")
        )
        if event.counterparts:
            joiner = "to" if communication else "with"
            name += f" {joiner} " + ", ".join(e.name for e in event.counterparts)
        elif event.about and happening:
            # The craft, not the rocket that carried it nor the programme it belongs to.
            missions = [e for e in event.about if e.kind is Kind.MISSION]
            crafts = [e for e in missions if e.cls != "Programme"] or missions or list(event.about)
            name += " of " + ", ".join(e.name for e in crafts)
            if event.places:
                name += " at " + ", ".join(e.name for e in event.places)
        elif event.about and (communication or not event.places):
            name += " on " + ", ".join(e.name for e in event.about)
        elif event.places:
            name += " at " + ", ".join(e.name for e in event.places)
        if event.date is not None:
            name += f" ({event.date.lexical})"
        return name

    def _when(self, node: str, value: DateValue) -> Iterator[Triple]:
        if value.precision is Precision.DAY:
            yield node, SCHEMA.startDate, _date(value.earliest)
        yield node, SEM.hasEarliestBeginTimeStamp, _date(value.earliest)
        yield node, SEM.hasLatestEndTimeStamp, _date(value.latest)
        yield node, TIME.hasTime, time_iri(value, self.options)

    def dates(self, values: Iterable[DateValue]) -> Iterator[Triple]:
        """The OWL-Time description of each date: shared by every event on it, so reference data."""
        done: set[str] = set()
        for value in sorted(values, key=lambda v: v.lexical):
            if value.lexical in done:
                continue
            done.add(value.lexical)
            when = time_iri(value, self.options)
            yield when, RDFS.label, quoted(value.lexical)
            if value.precision is Precision.RANGE:
                yield when, RDF.type, TIME.ProperInterval
                for prop, year in ((TIME.hasBeginning, value.earliest.year), (TIME.hasEnd, value.latest.year)):
                    instant = f"<{self.options.base}date/{year:04d}>"
                    yield when, prop, instant
                    yield instant, RDF.type, TIME.Instant
                    yield instant, RDFS.label, quoted(f"{year:04d}")
                    yield instant, TIME.inXSDgYear, _typed(f"{year:04d}", XSD.gYear)
                continue
            yield when, RDF.type, TIME.Instant
            if value.precision is Precision.DAY:
                yield when, TIME.inXSDDate, _date(value.earliest)
            elif value.precision is Precision.MONTH:
                yield when, TIME.inXSDgYearMonth, _typed(value.lexical, XSD.gYearMonth)
            else:
                yield when, TIME.inXSDgYear, _typed(value.lexical, XSD.gYear)

    def _quote(self, node: str, art: str, context: str, quote: Quote, text: str) -> Iterator[Triple]:
        words = quote.span.cut(text)
        yield node, RDF.type, SCHEMA.Quotation
        yield node, SCHEMA.text, en(words)
        short = words if len(words) <= 60 else words[:57].rstrip() + "..."
        label = f"{quote.speaker.name}: \u201c{short}\u201d" if quote.speaker else short
        yield node, RDFS.label, en(label)
        yield node, SCHEMA.name, en(label)
        yield node, SCHEMA.isPartOf, art
        yield node, SPACEKG.directSpeech, _typed("true" if quote.direct else "false", XSD.boolean)
        if quote.speaker is not None:
            yield node, SCHEMA.creator, entity_iri(quote.speaker, self.options)
        for t in quote.themes:
            yield node, DCTERMS.subject, iri(t)
        for e in quote.about:
            yield node, SCHEMA.about, entity_iri(e, self.options)
        yield node, PROV.wasDerivedFrom, span_iri(art, quote.span)
        yield from self._nif_string(context, art, quote.span, text, ())

    # ------------------------------------------------------------ reference

    def entities(self, entities: Iterable[Entity]) -> Iterator[Triple]:
        """Triples for each entity, and for the curated entities they point to."""
        pending = list(entities)
        done: set[tuple[Kind, str]] = set()
        while pending:
            e = pending.pop(0)
            if e.key in done:
                continue
            done.add(e.key)
            yield from self._entity(e)
            for kind, ref in [(Kind.PLACE, e.contained_in)] + [(Kind.PERSON, c) for c in e.crew]:
                target = self.lexicon.entity(kind, ref) if ref else None
                if target is not None:
                    pending.append(target)

    def _entity(self, e: Entity) -> Iterator[Triple]:
        node = entity_iri(e, self.options)
        yield node, RDF.type, _KIND_CLASS[e.kind]
        if e.cls:
            cls = self.lexicon.class_iri(e.cls)
            yield node, RDF.type, iri(cls)
            for parent in self.lexicon.superclasses.get(cls, ()):
                yield node, RDF.type, iri(parent)
        yield node, SCHEMA.name, en(e.name)
        yield node, RDFS.label, en(e.name)
        if e.zh:
            yield node, RDFS.label, f"{quoted(e.zh)}@zh"
        for alias in e.aliases:
            yield node, SKOS.altLabel, en(alias)
        if e.wikidata:
            yield node, SCHEMA.sameAs, WD[e.wikidata]
        if e.contained_in and self.lexicon.entity(Kind.PLACE, e.contained_in):
            yield node, SCHEMA.containedInPlace, f"<{self.options.base}place/{e.contained_in}>"
        for member in e.crew:
            if self.lexicon.entity(Kind.PERSON, member):
                yield node, SPACEKG.crewMember, f"<{self.options.base}person/{member}>"

    def reference(
        self, entities: Iterable[Entity], themes: Iterable[str], dates: Iterable[DateValue], classes: Iterable[str]
    ) -> list[Triple]:
        """The shared reference graph: the entities (and the curated ones they point to), the themes,
        the dates, and every spacekg class used here or in the articles (``classes``)."""
        triples = list(self.entities(entities))
        triples.extend(self.themes(themes))
        triples.extend(self.dates(dates))
        used = set(classes) | {o[1:-1] for _, p, o in triples if p == RDF.type}
        triples.extend(self.classes(used))
        return triples

    def classes(self, used: Iterable[str]) -> Iterator[Triple]:
        """The label and direct superclasses of each spacekg class the graph uses, so that
        a query over the output file alone can name and climb them."""
        for cls in sorted(set(used)):
            if cls not in self.lexicon.ontology_classes or not cls.startswith(str(SPACEKG)):
                continue
            node = iri(cls)
            yield node, RDF.type, OWL.Class
            if cls in self.lexicon.labels:
                yield node, RDFS.label, en(self.lexicon.labels[cls])
            for parent in self.lexicon.parents.get(cls, ()):
                yield node, RDFS.subClassOf, iri(parent)

    def themes(self, used: Iterable[str]) -> Iterator[Triple]:
        by_iri = {t.iri: t for t in self.lexicon.themes}
        scheme = THEME.scheme
        wanted = sorted(set(used))
        if wanted:
            yield scheme, RDF.type, SKOS.ConceptScheme
            yield scheme, SKOS.prefLabel, en("spacekg themes")
            yield scheme, RDFS.label, en("spacekg themes")
            yield scheme, SCHEMA.name, en("spacekg themes")
        for theme_iri in wanted:
            theme = by_iri[theme_iri]
            node = iri(theme_iri)
            yield node, RDF.type, SKOS.Concept
            yield node, SKOS.inScheme, scheme
            yield node, SKOS.prefLabel, en(theme.label)
            yield node, RDFS.label, en(theme.label)
            yield node, SCHEMA.name, en(theme.label)
