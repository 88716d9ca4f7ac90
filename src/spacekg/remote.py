"""Talk to SPARQL servers: load named graphs with the Graph Store HTTP Protocol, and query.

This module is the only one that uses the network. Credentials come from the
environment (SPACEKG_USER and SPACEKG_PASSWORD) or a netrc file and are used for
HTTP basic or digest authentication, whichever the server asks for; they are
never printed, and user:password@ is taken out of any URL shown in a message.
TLS certificates are verified (Python's default context).
"""

from __future__ import annotations

import netrc
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import SpacekgError
from .graphio import parse_file
from .store import open_store

USER_VARIABLE = "SPACEKG_USER"
PASSWORD_VARIABLE = "SPACEKG_PASSWORD"
TIMEOUT = 120.0  # seconds to wait for a server's answer, unless told otherwise


class ServerError(SpacekgError):
    """A server could not be reached, refused the credentials, or rejected the data."""


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str

    def __repr__(self) -> str:  # never show the password, even in a debugger
        return f"Credentials(user={self.user!r}, password=***)"


def redact(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def credentials(url: str, netrc_file: Path | None = None) -> Credentials | None:
    """From the environment first, then from the netrc file (``~/.netrc`` unless given)."""
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if user and password is not None:
        return Credentials(user, password)
    parts = urllib.parse.urlsplit(url)
    if parts.username:
        return Credentials(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
    path = netrc_file or Path(os.path.expanduser("~/.netrc"))
    if not path.exists():
        if netrc_file is not None:
            raise ServerError("no such netrc file", origin=str(netrc_file))
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(parts.hostname or "")
    except (netrc.NetrcParseError, OSError) as exc:
        raise ServerError(f"cannot read the netrc file ({exc.__class__.__name__})", origin=str(path)) from None
    if entry is None:
        return None
    login, _, secret = entry
    return Credentials(login or "", secret or "")


class Client:
    """An HTTP client with basic and digest authentication and one-line errors."""

    def __init__(self, url: str, creds: Credentials | None, timeout: float = TIMEOUT) -> None:
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if creds is not None:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, redact(url), creds.user, creds.password)
            handlers += [
                urllib.request.HTTPBasicAuthHandler(manager),
                urllib.request.HTTPDigestAuthHandler(manager),
            ]
        self._opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        request = urllib.request.Request(redact(url), data=body, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as exc:
            detail = _one_line(exc.read().decode("utf-8", "replace"))
            hint = " (check SPACEKG_USER/SPACEKG_PASSWORD or the netrc file)" if exc.code in (401, 403) else ""
            raise ServerError(
                f"server answered {exc.code} {exc.reason}{hint}: {detail or 'no message'}", origin=redact(url)
            ) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise self._timed_out(url) from None
            raise ServerError(f"cannot reach the server ({exc.reason}); is it running?", origin=redact(url)) from None
        except TimeoutError:
            raise self._timed_out(url) from None
        except ConnectionError as exc:
            raise ServerError(f"the connection failed ({exc})", origin=redact(url)) from None

    def _timed_out(self, url: str) -> ServerError:
        return ServerError(f"no answer within {self.timeout:g} s; give a longer --timeout", origin=redact(url))


def _one_line(text: str, limit: int = 300) -> str:
    flat = re.sub(r"<[^>]+>", " ", text)  # servers often answer in HTML
    flat = " ".join(flat.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


# ------------------------------------------------------------------ sources


def named_graphs(source: Path, base_graph: str) -> list[tuple[str, list[ox.Triple]]]:
    """The graphs to load: a store folder's or a TriG/N-Quads file's named graphs; the
    triples of a Turtle or N-Triples file as one graph named ``base_graph``."""
    if source.is_dir():
        store = open_store(source, read_only=True)
        graphs = sorted(store.named_graphs(), key=str)
        return [
            (
                g.value,
                [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, g)],
            )
            for g in graphs
        ]
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in parse_file(source):
        name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else base_graph
        by_graph.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return sorted(by_graph.items())


# ------------------------------------------------------------------ loading


@dataclass(frozen=True)
class LoadReport:
    graphs: int
    triples: int
    checked: bool


def query_url_for(store_url: str) -> str | None:
    """The usual query endpoint beside a graph store endpoint (Oxigraph, Virtuoso, Fuseki)."""
    if store_url.rstrip("/").endswith("/store"):  # Oxigraph
        return store_url.rstrip("/")[: -len("store")] + "query"
    m = re.match(r"(.*)/sparql-graph-crud(?:-auth)?/?$", store_url)  # Virtuoso
    if m:
        return m[1] + "/sparql"
    if store_url.rstrip("/").endswith("/data"):  # Fuseki
        return store_url.rstrip("/")[: -len("data")] + "query"
    return None


def load(
    graphs: list[tuple[str, list[ox.Triple]]],
    store_url: str,
    query_url: str | None,
    creds: Credentials | None,
    progress: Callable[[Iterable[tuple[str, list[ox.Triple]]]], Iterator[tuple[str, list[ox.Triple]]]] | None = None,
    timeout: float = TIMEOUT,
) -> LoadReport:
    """PUT each graph (replacing what the server had under that name), then count them back."""
    client = Client(store_url, creds, timeout)
    separator = "&" if "?" in store_url else "?"
    items = progress(graphs) if progress else iter(graphs)
    for name, triples in items:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        url = f"{store_url}{separator}graph={urllib.parse.quote(name, safe='')}"
        # N-Triples is Turtle; every graph store accepts text/turtle.
        client.send("PUT", url, body, {"Content-Type": "text/turtle; charset=utf-8"})
    total = sum(len(t) for _, t in graphs)
    if query_url is None:
        return LoadReport(len(graphs), total, checked=False)
    expected = {name: len(set(triples)) for name, triples in graphs}
    counts = count_graphs(query_url, sorted(expected), creds, timeout)
    wrong = [f"{n}: {counts.get(n, 0)} on the server, {c} sent" for n, c in expected.items() if counts.get(n, 0) != c]
    if wrong:
        raise ServerError(
            f"the count check failed for {len(wrong)} graph(s), e.g. {wrong[0]}", origin=redact(query_url)
        )
    return LoadReport(len(graphs), total, checked=True)


def count_graphs(
    query_url: str, names: list[str], creds: Credentials | None, timeout: float = TIMEOUT
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for start in range(0, len(names), 200):  # stays under result-row caps such as Virtuoso's
        values = " ".join(f"<{n}>" for n in names[start : start + 200])
        text = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        for row in remote_select(query_url, text, creds, timeout):
            counts[row["g"].value] = int(row["n"].value)
    return counts


def remote_query(
    query_url: str, text: str, creds: Credentials | None, timeout: float = TIMEOUT
) -> ox.QuerySolutions | bool:
    """Run a SELECT or ASK query on a server's SPARQL endpoint."""
    body = urllib.parse.urlencode({"query": text}).encode()
    data = Client(query_url, creds, timeout).send(
        "POST",
        query_url,
        body,
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
    )
    try:
        result = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        raise ServerError(f"the server's answer is not SPARQL JSON results ({exc})", origin=redact(query_url)) from None
    if isinstance(result, ox.QuerySolutions) and [v.value for v in result.variables] == ["__ASK_RETVAL"]:
        # Virtuoso answers ASK with one variable and a row only when true.
        rows = [row["__ASK_RETVAL"] for row in result]
        return any(r is not None and r.value not in ("0", "false") for r in rows)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return result


def remote_select(query_url: str, text: str, creds: Credentials | None, timeout: float = TIMEOUT) -> ox.QuerySolutions:
    result = remote_query(query_url, text, creds, timeout)
    if not isinstance(result, ox.QuerySolutions):
        raise ServerError("expected SELECT results", origin=redact(query_url))
    return result
