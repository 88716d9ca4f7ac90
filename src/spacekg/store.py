"""The embedded Oxigraph store: write a build into a folder, and open it again for queries.

Each article's triples are its own named graph, replaced whole (one transaction per
article) when the article is built again; reference data is added to its own
graph, where a triple stated twice is stored once. Queries see the union.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from .errors import InputError


@dataclass(frozen=True)
class StoreReport:
    articles: int
    replaced: int
    quads: int


def open_store(path: Path, *, create: bool = False, read_only: bool = False) -> ox.Store:
    if not create and not (path / "CURRENT").exists() and not any(path.glob("*.sst")):
        raise InputError("is not a spacekg store folder; build one with spacekg build --store", origin=str(path))
    try:
        # Read-only opens take no lock, so several queries can read at once (not during a build).
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise InputError(f"cannot open the store ({exc}); is another spacekg using it?", origin=str(path)) from None


_DIGEST_PROPERTY = "https://w3id.org/spacekg/ontology#textDigest"
_DIGEST = re.compile(rf"<{re.escape(_DIGEST_PROPERTY)}> (\"[0-9a-f]{{64}}\")")


class StoreWriter:
    """Write articles into a store as they stream past.

    A store that already holds articles takes each new one in its own transaction, and an article
    built again (same id, or the same text under another id) replaces its graph. A new store is
    bulk-loaded instead, a batch of articles at a time (Oxigraph's bulk loader, several times
    faster); should that first build be interrupted, delete the folder and build again."""

    BATCH_BYTES = 64 << 20

    def __init__(self, path: Path) -> None:
        fresh = not path.exists() or not any(path.iterdir())
        path.mkdir(parents=True, exist_ok=True)
        self.store = open_store(path, create=True)
        self.articles = 0
        self.replaced = 0
        self.bulk = fresh
        self._pending: dict[ox.NamedNode, bytes] = {}
        self._pending_bytes = 0
        self._digests: dict[str, ox.NamedNode] = {}  # bulk mode: text digest -> its article's graph

    def article(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        self.articles += 1
        text = ntriples.decode("utf-8")
        digest = _DIGEST.search(text)
        if self.bulk:
            self._bulk_article(graph, ntriples, digest[1] if digest else None)
            return
        # The same text under another id is the same article: its old graph goes.
        if digest is not None:
            rows = self.store.query(
                f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a <{_DIGEST_PROPERTY}> {digest[1]} }} }}"
            )
            for row in cast(ox.QuerySolutions, rows):
                old = row["g"]
                if old != graph:
                    self.store.remove_graph(old)
                    self.replaced += 1
        if self.store.contains_named_graph(graph):
            self.replaced += 1
            # One update request is one transaction: the old graph is gone only if the new one is in.
            self.store.update(f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{ {text} }} }}")
        else:
            # A new article: one load, also one transaction, parsed in Rust.
            self.store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)

    def _bulk_article(self, graph: ox.NamedNode, ntriples: bytes, digest: str | None) -> None:
        if digest is not None:
            old = self._digests.get(digest)
            if old is not None and old != graph:
                self.replaced += 1
                if self._pending.pop(old, None) is None:
                    self.store.remove_graph(old)
            self._digests[digest] = graph
        # N-Triples to N-Quads: a raw newline ends every line (newlines in literals are escaped).
        quads = ntriples.replace(b" .\n", f" {graph} .\n".encode())
        self._pending[graph] = quads
        self._pending_bytes += len(quads)
        if self._pending_bytes >= self.BATCH_BYTES:
            self._load_pending()

    def _load_pending(self) -> None:
        if self._pending:
            self.store.bulk_load(b"".join(self._pending.values()), format=ox.RdfFormat.N_QUADS)
        self._pending.clear()
        self._pending_bytes = 0

    def reference(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        self.store.extend(
            ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        )

    def finish(self) -> StoreReport:
        self._load_pending()
        self.store.flush()
        return StoreReport(self.articles, self.replaced, len(self.store))
