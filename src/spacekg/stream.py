"""Build large corpora: articles extracted in parallel worker processes, triples streamed to disk.

The per-article work (``process``) is a pure function of the article, so it runs the same in
a process pool, on a Dask cluster, or inline. The main process merges only the entity index,
the themes and the dates, so memory does not grow with the number of articles. Output order
is canonical: each article's triples sorted, in input order, then the sorted reference data;
the same input gives the same bytes, whatever the number of workers.
"""

from __future__ import annotations

import importlib
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from . import nt, reader
from .errors import InputError, ResourceError, SpacekgError
from .extract import default_extractor
from .files import move_atomic, write_atomic
from .graphio import load_graph
from .model import DateValue, Entity, Kind, Source
from .pipeline import merge_entity, reference_graph_iri, referenced_entities
from .rdf import RDF, Mapper, Options, Triple, article_iri
from .serialize import FORMATS, serialize
from .shacl import Violation, check_store
from .shacl_native import check_triples
from .store import StoreReport, StoreWriter
from .view import graphml, render_html
from .vocab import PREFIXES, resource_prefixes
from .workers import WorkerDied, ordered_map

STREAM_FORMATS = {"turtle": ".ttl", "ntriples": ".nt", "nquads": ".nq", "trig": ".trig"}


@dataclass(frozen=True)
class ArticleOutput:
    """What a worker sends back for one article: its graph as sorted N-Triples, and the little
    the main process needs to write the shared reference data and the summary."""

    id: str
    origin: str
    ntriples: bytes
    triples: int
    chunks: dict[str, bytes] = field(default_factory=dict)  # format -> this article's part of that file
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    entities: tuple[Entity, ...] = ()
    themes: tuple[str, ...] = ()
    dates: tuple[DateValue, ...] = ()
    classes: tuple[str, ...] = ()
    events: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Batch:
    """A few consecutive articles, processed together by one worker, and what validating them
    together found (each focus node belongs to one article's graph or to the reference data)."""

    articles: tuple[ArticleOutput, ...]
    violations: tuple[Violation, ...] = ()


BATCH = 8  # articles per task: validation's fixed cost per store is shared by a batch


def process(source: Source, base: str, include_text: bool = True, formats: tuple[str, ...] = ()) -> ArticleOutput:
    """Extract and map one article, and write its part of each output format. Pure: no files,
    no globals but the read-only lexicon."""
    return _article(source, base, include_text, formats)[0]


def _article(
    source: Source, base: str, include_text: bool, formats: tuple[str, ...]
) -> tuple[ArticleOutput, list[Triple]]:
    """``process``, and the article's triples (N-Triples terms)."""
    try:
        extraction = default_extractor().extract(source)
    except SpacekgError as exc:
        return ArticleOutput(source.id, source.origin, b"", 0, error=str(exc)), []
    mapper = Mapper(default_extractor().lexicon, Options(base=base, include_text=include_text))
    triples = list(dict.fromkeys(mapper.article(extraction)))
    # Canonical order: the N-Triples lines' (code point order is UTF-8's byte order).
    lines = sorted(nt.lines(triples))
    ntriples = "".join(lines).encode()
    classes = sorted({o[1:-1] for _, p, o in triples if p == RDF.type})
    themes = sorted(extraction.themes())
    events = tuple((ev.date.lexical if ev.date else "", f"{ev.cls}") for ev in extraction.events)
    graph = article_iri(source.id, Options(base=base))
    chunks, prefixes = _chunks(triples, lines, ntriples, graph, formats, base)
    output = ArticleOutput(
        id=source.id,
        origin=source.origin,
        ntriples=ntriples,
        triples=len(lines),
        chunks=chunks,
        prefixes=prefixes,
        entities=tuple(referenced_entities([extraction])),
        themes=tuple(themes),
        dates=tuple({ev.date for ev in extraction.events if ev.date is not None}),
        classes=tuple(classes),
        events=events,
        warnings=extraction.warnings,
    )
    return output, triples


def process_batch(
    sources: Sequence[Source],
    base: str,
    include_text: bool = True,
    formats: tuple[str, ...] = (),
    validate: bool = False,
) -> Batch:
    """``process`` for each source; with ``validate``, their graphs, with the reference data
    about what they mention, are checked against the shapes here, in the worker, together
    (``spacekg.shacl_native``; the checks run as SPARQL get a store of the triples they can match)."""
    done = [_article(s, base, include_text, formats) for s in sources]
    articles = tuple(output for output, _ in done)
    if not validate:
        return Batch(articles)
    mapper = Mapper(default_extractor().lexicon, Options(base=base))
    ok = [a for a in articles if a.error is None]
    reference = mapper.reference(
        _merged(e for a in ok for e in a.entities),
        sorted({t for a in ok for t in a.themes}),
        {d for a in ok for d in a.dates},
        sorted({c for a in ok for c in a.classes}),
    )
    triples = [t for _, article in done for t in article] + reference
    return Batch(articles, check_triples(triples).violations)


def _merged(entities: Iterable[Entity]) -> list[Entity]:
    """One entity per key, as in the merged index."""
    merged: dict[tuple[Kind, str], Entity] = {}
    for e in entities:
        merge_entity(merged, e)
    return list(merged.values())


def _process_star(args: tuple[list[Source], str, bool, tuple[str, ...], bool]) -> Batch:
    return process_batch(*args)


def _candidates(base: str) -> dict[str, str]:
    return {**PREFIXES, **resource_prefixes(base)}


def _chunks(
    triples: Sequence[Triple], lines: Sequence[str], ntriples: bytes, graph: str, formats: Iterable[str], base: str
) -> tuple[dict[str, bytes], dict[str, tuple[str, ...]]]:
    """Each format's bytes for one graph (its sorted N-Triples ``lines``), without prefix lines,
    and the prefixes each uses. Turtle and TriG are Oxigraph's, from the N-Triples."""
    candidates = _candidates(base)
    # The namespaces its IRIs (datatypes included) use, looked for in the distinct IRIs: a tenth
    # of the N-Triples' size (an IRI, and a typed literal, ends with ">").
    iris = {s for s, _, _ in triples}
    iris.update([p for _, p, _ in triples])
    iris.update([o if o.startswith("<") else o[o.rindex('"') + 3 :] for _, _, o in triples if o.endswith(">")])
    text = " ".join(iris)
    used = tuple(sorted(p for p, ns in candidates.items() if f"<{ns}" in text))
    named = tuple(sorted(p for p, ns in candidates.items() if graph[1:-1].startswith(ns)))
    chunks: dict[str, bytes] = {}
    nquads = b""
    for fmt in formats:
        if fmt == "ntriples":
            chunks[fmt] = ntriples
            continue
        if fmt in ("nquads", "trig") and not nquads:
            nquads = "".join(f"{line[:-3]} {graph} .\n" for line in lines).encode()
        if fmt == "nquads":
            chunks[fmt] = nquads
            continue
        data = (
            ox.serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG, prefixes=candidates)
            if fmt == "trig"
            else ox.serialize(
                ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=candidates
            )
        ) or b""
        chunks[fmt] = b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"@prefix "))
    return chunks, {fmt: used + named if fmt == "trig" else used for fmt in chunks}


@dataclass
class Summary:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    events: int = 0
    events_by_year: dict[str, int] = field(default_factory=dict)
    entities: dict[Kind, int] = field(default_factory=dict)
    partitions: int = 0
    validated: bool = False
    violations: list[Violation] = field(default_factory=list)  # distinct, the first VIOLATIONS_KEPT
    violations_dropped: int = 0  # results found beyond those (not de-duplicated, to keep memory flat)
    conforms: bool = True  # no result of severity Violation, kept or dropped


VIOLATIONS_KEPT = 10_000  # a systematic fault in a big build must not fill memory with results


class _Violations:
    """The distinct validation results of a build, in the order found, the first few thousand kept."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary
        self.kept: dict[Violation, None] = {}

    def add(self, found: Iterable[Violation]) -> None:
        for v in found:
            if v.severity == "Violation":
                self.summary.conforms = False
            if v in self.kept:
                continue
            if len(self.kept) < VIOLATIONS_KEPT:
                self.kept[v] = None
            else:
                self.summary.violations_dropped += 1

    def finish(self) -> None:
        self.summary.violations = list(self.kept)


class _Body:
    """One output being written: a temporary body file, and the prefixes its text uses."""

    def __init__(self, folder: Path, fmt: str, base: str) -> None:
        self.fmt = fmt
        fd, name = tempfile.mkstemp(prefix=".spacekg-body.", suffix=".tmp", dir=folder)
        self.path = Path(name)
        self.handle = os.fdopen(fd, "wb")
        self.candidates = _candidates(base)
        self.used: set[str] = set()

    def add(self, chunk: bytes, prefixes: Iterable[str]) -> None:
        self.handle.write(chunk)
        self.used.update(prefixes)

    def finish(self, target: Path) -> None:
        self.handle.close()
        header = b""
        if self.fmt in ("turtle", "trig"):
            header = b"".join(f"@prefix {p}: <{self.candidates[p]}> .\n".encode() for p in sorted(self.used))
        try:
            move_atomic(target, header, self.path)
        finally:
            self.path.unlink(missing_ok=True)

    def abandon(self) -> None:
        self.handle.close()
        self.path.unlink(missing_ok=True)


def outputs(
    batches: Iterable[Batch],
    out_dir: Path,
    formats: Iterable[str],
    *,
    base: str,
    strict: bool = False,
    on_article: Callable[[ArticleOutput], None] | None = None,
    store: StoreWriter | None = None,
    unreadable: list[InputError] | None = None,
    partitions: Path | None = None,
    partition_size: int = 1000,
    validate: bool = False,
) -> Summary:
    """Write the streamed articles and then the reference data; nothing is renamed into place
    unless every article went through (or, without ``strict``, bad ones were reported and skipped)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    bodies = {fmt: _Body(out_dir, fmt, base) for fmt in formats}
    summary = Summary(validated=validate)
    violations = _Violations(summary)
    entities: dict[tuple[Kind, str], Entity] = {}
    themes: set[str] = set()
    dates: set[DateValue] = set()
    classes: set[str] = set()
    part: list[bytes] = []
    try:
        for result in (a for b in batches for a in _each(b, violations)):
            if on_article is not None:
                on_article(result)
            if result.error is not None:
                if strict:
                    raise SpacekgError(result.error)
                summary.skipped.append(result.error)
                continue
            for fmt, body in bodies.items():
                body.add(result.chunks[fmt], result.prefixes[fmt])
            if store is not None:
                store.article(ox.NamedNode(nt.value(article_iri(result.id, Options(base=base)))), result.ntriples)
            if partitions is not None:
                part.append(result.chunks["nquads"])
                if len(part) == partition_size:
                    _write_partition(partitions, summary.partitions, part)
                    summary.partitions += 1
                    part = []
            summary.articles += 1
            summary.triples += result.triples
            summary.warnings.extend(result.warnings)
            summary.events += len(result.events)
            for when, _ in result.events:
                year = when[:4] or "undated"
                summary.events_by_year[year] = summary.events_by_year.get(year, 0) + 1
            for e in result.entities:
                merge_entity(entities, e)
            themes.update(result.themes)
            dates.update(result.dates)
            classes.update(result.classes)
        mapper = Mapper(default_extractor().lexicon, Options(base=base))
        ordered_entities = (entities[k] for k in sorted(entities, key=lambda k: (k[0].value, k[1])))
        reference = mapper.reference(ordered_entities, themes, dates, classes)
        ordered = sorted(set(nt.lines(reference)))
        data = "".join(ordered).encode()
        summary.triples += len(ordered)
        if validate:
            # Each article was checked with what it mentions; the merged reference data once more here.
            store_of_reference = ox.Store()
            store_of_reference.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
            violations.add(check_store(store_of_reference).violations)
        violations.finish()
        chunks, prefixes = _chunks(reference, ordered, data, reference_graph_iri(base), bodies, base)
        unread = unreadable or []
        summary.skipped[:0] = [str(e) for e in unread]
        if summary.articles == 0:
            if unread:
                raise unread[0]
            raise SpacekgError(summary.skipped[0] if summary.skipped else "no article to build")
        for fmt, body in bodies.items():
            body.add(chunks[fmt], prefixes[fmt])
        if store is not None:
            store.reference(ox.NamedNode(nt.value(reference_graph_iri(base))), data)
        if partitions is not None:
            if part:
                _write_partition(partitions, summary.partitions, part)
                summary.partitions += 1
            write_atomic(partitions / "reference.nq", chunks["nquads"])
        for e in entities.values():
            summary.entities[e.kind] = summary.entities.get(e.kind, 0) + 1
    except BaseException:
        for body in bodies.values():
            body.abandon()
        close = getattr(batches, "close", None)
        if close is not None:
            close()  # the worker processes stop now, not whenever the generator is collected
        raise
    for fmt, body in bodies.items():
        body.finish(out_dir / f"spacekg{STREAM_FORMATS[fmt]}")
    return summary


def _each(batch: Batch, violations: _Violations) -> Iterator[ArticleOutput]:
    violations.add(batch.violations)
    yield from batch.articles


def _batches(sources: Iterable[Source], size: int = BATCH) -> Iterator[list[Source]]:
    it = iter(sources)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _write_partition(folder: Path, number: int, chunks: list[bytes]) -> None:
    """N-Quads partitions for bulk loaders (oxigraph load, Virtuoso's ld_dir)."""
    write_atomic(folder / f"part-{number:05d}.nq", b"".join(chunks))


def results(
    sources: Iterable[Source],
    *,
    base: str,
    include_text: bool = True,
    workers: int = 1,
    formats: tuple[str, ...] = ("turtle",),
    validate: bool = False,
) -> Iterator[Batch]:
    """Per-article outputs in input order, a batch at a time, computed by ``workers`` processes."""
    tasks = ((chunk, base, include_text, formats, validate) for chunk in _batches(sources))
    if workers <= 1:
        yield from map(_process_star, tasks)
        return
    default_extractor()  # loaded once here, inherited by forked workers
    try:
        yield from ordered_map(_process_star, tasks, workers)
    except WorkerDied:
        raise ResourceError(
            "a worker process died (killed, or out of memory); nothing was written: run again, with fewer --workers"
        ) from None


def results_dask(
    sources: Iterable[Source],
    scheduler: str,
    *,
    base: str,
    include_text: bool = True,
    formats: tuple[str, ...] = ("turtle",),
    batch: int = 32,
    validate: bool = False,
) -> Iterator[Batch]:
    """The same per-article outputs, computed on a Dask cluster: ``local`` starts a LocalCluster
    on this machine, anything else is a scheduler address such as ``tcp://HOST:8786``. Articles
    go out in groups of ``batch`` tasks (of BATCH articles each), no more than two groups in flight."""
    try:
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError:
        raise SpacekgError("--scheduler needs Dask: pip install 'spacekg[dask]'") from None
    cluster: Any = None
    client: Any
    try:
        if scheduler == "local":
            cluster = distributed.LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise SpacekgError(f"cannot reach the Dask scheduler ({exc})", origin=scheduler) from None
    try:
        pending: list[Any] = []
        tasks = ((chunk, base, include_text, formats, validate) for chunk in _batches(sources))
        while group := list(itertools.islice(tasks, batch)):
            pending.append(client.map(_process_star, group, pure=False))
            if len(pending) > 1:
                yield from client.gather(pending.pop(0))
        for futures in pending:
            yield from client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


VIEW_LIMIT = 600  # above this many articles, build writes no HTML view: use spacekg view on the output


@dataclass
class BuildReport:
    written: list[Path]
    summary: Summary
    store: StoreReport | None = None
    graph: Graph | None = None  # the union, read back (small builds only) for the view and the summary
    notes: list[str] = field(default_factory=list)


def build_to(
    inputs: Iterable[str | Path],
    out_dir: Path,
    *,
    formats: Iterable[str] = (),
    base: str,
    include_text: bool = True,
    html: bool = True,
    store_dir: Path | None = None,
    workers: int = 1,
    strict: bool = False,
    on_article: Callable[[ArticleOutput], None] | None = None,
    read_back: bool = True,
    scheduler: str | None = None,
    validate: bool = False,
) -> BuildReport:
    """Build INPUTS into ``out_dir``: spacekg.ttl and the formats asked for, the HTML view, a store."""
    wanted = list(dict.fromkeys(formats))
    unreadable: list[InputError] = []
    sources = reader.read(inputs, skipped=None if strict else unreadable)
    streamed = ["turtle", *[f for f in wanted if f in STREAM_FORMATS and f != "turtle"]]
    store = StoreWriter(store_dir) if store_dir is not None else None
    if scheduler is not None:
        if "nquads" not in streamed:
            streamed.append("nquads")
        stream = results_dask(
            sources, scheduler, base=base, include_text=include_text, formats=tuple(streamed), validate=validate
        )
    else:
        stream = results(
            sources, base=base, include_text=include_text, workers=workers, formats=tuple(streamed), validate=validate
        )
    summary = outputs(
        stream,
        out_dir,
        streamed,
        base=base,
        strict=strict,
        on_article=on_article,
        store=store,
        unreadable=unreadable,
        partitions=out_dir / "nquads" if scheduler is not None else None,
        validate=validate,
    )
    report = BuildReport([out_dir / f"spacekg{STREAM_FORMATS[f]}" for f in streamed], summary)
    if store is not None:
        report.store = store.finish()
    extra = [f for f in wanted if f not in STREAM_FORMATS]
    if summary.articles > VIEW_LIMIT:
        if html or extra:
            report.notes.append(
                f"{summary.articles} articles: no HTML view or {', '.join(extra) or 'other formats'} written "
                f"(above {VIEW_LIMIT}); run spacekg view on the Turtle file"
            )
        return report
    if not (html or extra or read_back):
        return report
    graph = load_graph(out_dir / "spacekg.ttl")
    report.graph = graph
    pages: dict[Path, bytes] = {}
    for fmt in extra:
        if fmt == "graphml":
            pages[out_dir / "spacekg.graphml"] = graphml(graph)
        else:
            pages[out_dir / f"spacekg{FORMATS[fmt][1]}"] = serialize(graph, fmt, base=base)
    if html:
        pages[out_dir / "spacekg.html"] = render_html(graph).encode("utf-8")
    for path, data in pages.items():
        write_atomic(path, data)
        report.written.append(path)
    return report
