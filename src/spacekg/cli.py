"""The ``spacekg`` command: thin wrappers that parse options and call the library."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_NONCONFORMING, EXIT_OK, SpacekgError
from .evaluate import below
from .evaluate import evaluate as run_evaluate
from .evaluate import render as render_scores
from .files import write_atomic
from .graphio import load_graph, load_store
from .query import RESULT_FORMATS, QueryError, is_update, open_source, query_text, questions, run_remote
from .query import render as render_result
from .query import run as run_query
from .reader import estimate
from .remote import TIMEOUT, credentials, named_graphs, query_url_for, redact
from .remote import load as load_graphs
from .serialize import FORMATS
from .shacl import Report, check_store
from .stats import stats as graph_stats
from .store import open_store
from .stream import STREAM_FORMATS, BuildReport, build_to
from .validate import validate as run_validate
from .view import DEFAULT_MAX_NODES, render_html
from .vocab import DEFAULT_BASE

EXIT_INTERRUPTED = 130


def _fail(error: SpacekgError) -> None:
    click.echo(f"spacekg: error: {error}", err=True)
    sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spacekg")
def main() -> None:
    """Build RDF knowledge graphs of news about space exploration."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for spacekg.ttl, spacekg.html and any extra formats.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(sorted((set(FORMATS) | set(STREAM_FORMATS) | {"graphml"}) - {"turtle"})),
    help="Also write this format (repeatable): ntriples, jsonld, trig and nquads (one named graph per "
    "article), graphml.",
)
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the resources spacekg mints.")
@click.option("--no-text", is_flag=True, help="Leave the articles' full text (nif:isString) out of the graph.")
@click.option("--no-html", is_flag=True, help="Do not write the HTML network view.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write the graph into this Oxigraph store folder (one named graph per article; "
    "an article built again replaces its graph).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Worker processes for extraction (default: all cores)."
)
@click.option("--strict", is_flag=True, help="Stop at the first bad article instead of skipping it.")
@click.option(
    "--scheduler",
    default=None,
    help="Run extraction on Dask: 'local' for a LocalCluster, or "
    "tcp://HOST:8786. Also writes N-Quads partitions to OUT/nquads/ for bulk loaders.",
)
@click.option(
    "--validate",
    "check",
    is_flag=True,
    help="Check each article against the SHACL shapes as it is built (in the workers), and the "
    "reference data at the end; exit 1 if anything does not conform (the outputs are still written).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build(
    inputs: Sequence[str],
    out_dir: Path,
    formats: Sequence[str],
    base: str,
    no_text: bool,
    no_html: bool,
    store_dir: Path | None,
    workers: int | None,
    strict: bool,
    scheduler: str | None,
    check: bool,
    quiet: bool,
) -> None:
    """Build the knowledge graph of INPUTS (files, folders of .txt/.jsonl, or - for stdin)."""
    if not base.endswith(("/", "#")) or "://" not in base:
        _fail(SpacekgError(f"--base '{base}' must be an absolute IRI ending in / or #"))
    show = not quiet and sys.stderr.isatty()
    counter = {"n": 0}
    total = estimate(inputs) if show else None
    started = time.monotonic()

    def tick(_: object) -> None:
        counter["n"] += 1
        if show and counter["n"] % 50 == 0:
            click.echo("\r" + progress(counter["n"], total, time.monotonic() - started), err=True, nl=False)

    try:
        report = build_to(
            inputs,
            out_dir,
            formats=formats,
            base=base,
            include_text=not no_text,
            html=not no_html,
            store_dir=store_dir,
            workers=workers or os.cpu_count() or 1,
            strict=strict,
            on_article=tick,
            read_back=not quiet,
            scheduler=scheduler,
            validate=check,
        )
    except SpacekgError as error:
        _fail(error)
        return
    except OSError as exc:
        _fail(
            SpacekgError(
                f"cannot write output ({exc.strerror}); check the --out folder", origin=str(exc.filename or out_dir)
            )
        )
        return
    if show and counter["n"] >= 50:
        click.echo("", err=True)
    summary = report.summary
    for skipped in summary.skipped:
        click.echo(f"spacekg: warning: skipped {skipped}", err=True)
    for warning in summary.warnings:
        click.echo(f"spacekg: warning: {warning}", err=True)
    for note in report.notes:
        click.echo(f"spacekg: note: {note}", err=True)
    if summary.violations:
        click.echo(Report(tuple(summary.violations)).render(VIOLATIONS_SHOWN), err=True)
    if summary.violations_dropped:
        click.echo(f"... and {summary.violations_dropped} more results, not kept", err=True)
    if not quiet:
        _build_summary(report, store_dir)
    if summary.validated:
        if not quiet and summary.conforms:
            click.echo("conforms to the shapes")
        sys.exit(EXIT_OK if summary.conforms else EXIT_NONCONFORMING)


VIOLATIONS_SHOWN = 50


def progress(done: int, total: int | None, seconds: float) -> str:
    """``1,200/10,000 articles, 85 articles/s, ETA 1:43`` (no total, no ETA)."""
    rate = done / max(seconds, 1e-9)
    if total is None or total < done:
        return f"{done:,} articles, {rate:.0f} articles/s"
    left = round((total - done) / rate) if rate > 0 else 0
    return f"{done:,}/{total:,} articles, {rate:.0f} articles/s, ETA {left // 60}:{left % 60:02d}   "


def _build_summary(report: BuildReport, store_dir: Path | None) -> None:
    summary = report.summary
    click.echo("wrote " + ", ".join(str(p) for p in report.written))
    if report.store is not None:
        click.echo(
            f"store {store_dir}: {report.store.articles} articles written ({report.store.replaced} replaced), "
            f"{report.store.quads} quads in all"
        )
    if report.graph is not None:
        click.echo(graph_stats(report.graph).render())
    else:
        click.echo(f"articles {summary.articles}, triples {summary.triples}, events {summary.events}")
        kinds = ", ".join(
            f"{kind.value} {n}" for kind, n in sorted(summary.entities.items(), key=lambda kv: kv[0].value)
        )
        click.echo(f"entities: {kinds}")
        for year, count in sorted(summary.events_by_year.items()):
            click.echo(f"  {year}  {count} events")


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "pyshacl"]),
    default="oxigraph",
    show_default=True,
    help="oxigraph: the shapes compiled to SPARQL (any size, store folders too); "
    "pyshacl: the reference engine and its W3C report (small files).",
)
@click.option("--limit", type=int, default=50, show_default=True, help="Print at most this many violations.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing; the exit code tells.")
def validate(source: Path, engine: str, limit: int, quiet: bool) -> None:
    """Check SOURCE (an RDF file or a store folder) against spacekg's SHACL shapes:
    exit 0 conforms, 1 does not, 2 bad input."""
    try:
        if engine == "pyshacl":
            if source.is_dir():
                raise SpacekgError(
                    "--engine pyshacl reads files only; use the oxigraph engine for a store", origin=str(source)
                )
            reference = run_validate(load_graph(source))
            conforms = reference.conforms
            text = f"{source}: conforms" if conforms else reference.text.rstrip()
        else:
            store = open_store(source, read_only=True) if source.is_dir() else load_store(source)
            report = check_store(store)
            conforms = report.conforms
            # Warnings alone are shown, but the graph conforms.
            text = report.render(limit) if report.violations else f"{source}: conforms"
    except SpacekgError as error:
        _fail(error)
        return
    if not quiet:
        click.echo(text)
    sys.exit(EXIT_OK if conforms else EXIT_NONCONFORMING)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
def stats(file: Path) -> None:
    """Print counts per class and the events of FILE by date."""
    try:
        click.echo(graph_stats(load_graph(file)).render())
    except SpacekgError as error:
        _fail(error)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The HTML file to write.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=10),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Above this many nodes, events are grouped by month.",
)
def view(file: Path, output: Path, max_nodes: int) -> None:
    """Render FILE as an interactive, self-contained HTML network view."""
    try:
        page = render_html(load_graph(file), title=file.name, max_nodes=max_nodes)
        write_atomic(output, page.encode("utf-8"))
    except SpacekgError as error:
        _fail(error)
    except OSError as exc:
        _fail(SpacekgError(f"cannot write ({exc.strerror})", origin=str(output)))


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List every missed and every extra item.")
@click.option(
    "--fail-under",
    type=float,
    default=None,
    help="Exit 1 if precision or recall of missions, people or event dates is below this.",
)
def evaluate(folder: Path, details: bool, fail_under: float | None) -> None:
    """Score extraction on FOLDER's articles against their NAME.gold.toml annotations."""
    try:
        scores = run_evaluate(folder)
    except SpacekgError as error:
        _fail(error)
        return
    click.echo(render_scores(scores, details=details))
    failing = below(scores, fail_under) if fail_under is not None else []
    for line in failing:
        click.echo(f"spacekg: below target: {line}", err=True)
    sys.exit(EXIT_NONCONFORMING if failing else EXIT_OK)


_TIMEOUT_OPTION = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=TIMEOUT,
    show_default=True,
    help="Seconds to wait for a server's answer (big stores may need more).",
)


@main.command()
@click.argument("source", required=False)
@click.argument("query", required=False)
@click.option("-e", "--expression", help="The query itself, instead of a file or a name.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="How SELECT results are printed.",
)
@click.option("--update", "allow_update", is_flag=True, help="Allow a SPARQL update (store folders only).")
@click.option("--list", "list_questions", is_flag=True, help="List the bundled questions and exit.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI, for short names in tables.")
@_TIMEOUT_OPTION
def query(
    source: str | None,
    query: str | None,
    expression: str | None,
    fmt: str,
    allow_update: bool,
    list_questions: bool,
    base: str,
    timeout: float,
) -> None:
    """Run a SPARQL query on SOURCE (an RDF file, a store folder or a SPARQL endpoint URL).

    QUERY is a .rq file or the name of a bundled competency question (see --list).
    """
    if list_questions:
        for q in questions():
            click.echo(f"{q.name:<30} {q.question}")
        return
    try:
        if source is None:
            raise QueryError("give a SOURCE: an RDF file or a store folder")
        text, origin = query_text(query, expression)
        if source.startswith(("http://", "https://")):
            result = run_remote(source, text, origin=origin, timeout=timeout)
        else:
            store = open_source(Path(source), writable=allow_update and is_update(text))
            result = run_query(store, text, origin=origin, allow_update=allow_update)
        click.echo(render_result(result, fmt, base=base).rstrip("\n"))
    except SpacekgError as error:
        _fail(error)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "--endpoint",
    required=True,
    help="The server's Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.",
)
@click.option(
    "--query-url",
    default=None,
    help="The server's SPARQL query URL, for the count check (guessed for Oxigraph, Virtuoso and Fuseki).",
)
@click.option(
    "--netrc",
    "netrc_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read credentials from this netrc file (default ~/.netrc, after SPACEKG_USER/SPACEKG_PASSWORD).",
)
@click.option(
    "--graph",
    "graph_name",
    default=f"{DEFAULT_BASE}graph/all",
    show_default=True,
    help="The graph name for a Turtle or N-Triples SOURCE, which has no named graphs.",
)
@_TIMEOUT_OPTION
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def load(
    source: Path,
    endpoint: str,
    query_url: str | None,
    netrc_file: Path | None,
    graph_name: str,
    timeout: float,
    quiet: bool,
) -> None:
    """Load SOURCE (a store folder, TriG, N-Quads, Turtle) into a SPARQL server, one PUT per named graph.

    Reloading replaces each graph rather than adding to it. Credentials come from SPACEKG_USER and
    SPACEKG_PASSWORD or a netrc file, for HTTP basic or digest authentication.
    """
    try:
        graphs = named_graphs(source, graph_name)
        creds = credentials(endpoint, netrc_file)
        check_url = query_url or query_url_for(endpoint)
        show = not quiet and sys.stderr.isatty()

        def progress(items):  # type: ignore[no-untyped-def]
            with click.progressbar(
                items,
                label="loading graphs",
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
                item_show_func=lambda i: None,
            ) as bar:
                yield from bar

        report = load_graphs(graphs, endpoint, check_url, creds, progress if show else None, timeout)
    except SpacekgError as error:
        _fail(error)
        return
    if not quiet:
        check = "counts checked on the server" if report.checked else "no count check (give --query-url)"
        click.echo(f"loaded {report.graphs} graphs, {report.triples} triples into {redact(endpoint)}; {check}")


def run() -> None:
    """Console-script entry point: a one-line message, never a traceback."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("spacekg: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("SPACEKG_DEBUG"):
            raise
        click.echo(
            f"spacekg: internal error: {type(exc).__name__}: {exc} "
            "(set SPACEKG_DEBUG=1 for details, and please report it)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


__all__ = ["EXIT_BAD_INPUT", "main", "run"]
