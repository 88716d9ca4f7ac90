"""SPARQL over a spacekg graph with Oxigraph: files, store folders and bundled questions.

Read-only unless asked: an update is refused without ``allow_update``. Results come
as an aligned table, CSV, TSV or SPARQL JSON; ASK as true/false; CONSTRUCT and
DESCRIBE as Turtle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from . import resources
from .errors import InputError, SpacekgError
from .graphio import load_store
from .serialize import _sorted_header, used_prefixes
from .store import open_store
from .vocab import PREFIXES, by_length, compact, resource_prefixes

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"#[^\n]*")
_POSITION = re.compile(r"error at (\d+):(\d+)")


class QueryError(SpacekgError):
    """A query that cannot run: bad syntax, an update without --update, an unknown name."""


@dataclass(frozen=True)
class Question:
    name: str
    question: str
    path: Path


def questions() -> list[Question]:
    """The bundled competency questions, by name."""
    found = []
    for path in sorted(resources.queries_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        found.append(Question(path.stem, first.removeprefix("# question:").strip(), path))
    return found


def query_text(query: str | None, expression: str | None) -> tuple[str, str]:
    """The SPARQL text and where it came from, from a file, a bundled name or ``-e``."""
    if expression is not None:
        return expression, "<-e>"
    if query is None:
        raise QueryError("give a query: a .rq file, a bundled question's name (see --list), or -e '...'")
    path = Path(query)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query ({exc})", origin=str(path)) from None
    by_name = {q.name: q for q in questions()}
    if query in by_name:
        return by_name[query].path.read_text(encoding="utf-8"), query
    names = ", ".join(sorted(by_name))
    raise QueryError(f"'{query}' is neither a query file nor a bundled question (known: {names})")


def is_update(text: str) -> bool:
    return _UPDATE.match(_COMMENT.sub("", text)) is not None


def open_source(path: Path, *, writable: bool = False) -> ox.Store:
    """A store folder as it is, or an RDF file loaded into memory."""
    if path.is_dir():
        return open_store(path, read_only=not writable)
    if writable:
        raise QueryError("updates need a store folder (spacekg build --store DIR), not a file", origin=str(path))
    return load_store(path)


@dataclass(frozen=True)
class Result:
    kind: str  # "select", "ask", "graph" or "update"
    value: object


def run(store: ox.Store, text: str, *, origin: str, allow_update: bool = False) -> Result:
    if is_update(text):
        if not allow_update:
            raise QueryError("is an update; spacekg query is read-only unless given --update", origin=origin)
        try:
            store.update(text)
        except SyntaxError as exc:
            raise _syntax(exc, origin) from None
        return Result("update", None)
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise _syntax(exc, origin) from None
    except OSError as exc:
        raise QueryError(f"the query failed ({exc})", origin=origin) from None
    if isinstance(result, ox.QueryBoolean):
        return Result("ask", bool(result))
    if isinstance(result, ox.QuerySolutions):
        return Result("select", result)
    return Result("graph", list(result))


def run_remote(url: str, text: str, *, origin: str, timeout: float | None = None) -> Result:
    """SELECT or ASK on a server's SPARQL endpoint; updates go through spacekg load instead.
    ``timeout``: seconds to wait for the answer (default ``remote.TIMEOUT``)."""
    from .remote import TIMEOUT, credentials, remote_query

    if is_update(text):
        raise QueryError("is an update; spacekg query sends no updates to servers", origin=origin)
    result = remote_query(url, text, credentials(url), TIMEOUT if timeout is None else timeout)
    if isinstance(result, bool):
        return Result("ask", result)
    return Result("select", result)


def _syntax(exc: SyntaxError, origin: str) -> QueryError:
    message = str(exc.msg if exc.msg else exc)
    m = _POSITION.search(message)
    if m is None:
        return QueryError(f"SPARQL syntax error: {message}", origin=origin)
    detail = message[m.end() :].lstrip(": ")
    return QueryError(f"SPARQL syntax error at column {m[2]}: {detail}", origin=origin, line=int(m[1]))


def render(result: Result, fmt: str = "table", *, base: str | None = None) -> str:
    if result.kind == "update":
        return "update done"
    if result.kind == "ask":
        return "true" if result.value else "false"
    if result.kind == "graph":
        triples: list[ox.Triple] = sorted(cast("list[ox.Triple]", result.value), key=str)
        prefixes = used_prefixes(triples, {**resource_prefixes(base)} if base else {})
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
        return _sorted_header(data).decode("utf-8")
    solutions: ox.QuerySolutions = result.value  # type: ignore[assignment]
    if fmt in ("csv", "tsv", "json"):
        target = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                  "json": ox.QueryResultsFormat.JSON}[fmt]  # fmt: skip
        return (solutions.serialize(format=target) or b"").decode("utf-8")
    return _table(solutions, base)


def _cell(term: object, prefixes: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value, prefixes) or f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value.replace("\n", " ")
    return str(term)


def _table(solutions: ox.QuerySolutions, base: str | None) -> str:
    names = [v.value for v in solutions.variables]
    prefixes = by_length({**PREFIXES, **(resource_prefixes(base) if base else {})})
    rows = [[_cell(row[name], prefixes) for name in names] for row in solutions]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


__all__ = ["RESULT_FORMATS", "InputError", "QueryError", "Result", "is_update", "open_source", "query_text",
           "questions", "render", "run"]  # fmt: skip
