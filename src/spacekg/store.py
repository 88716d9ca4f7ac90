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
    """Write articles into a store as they stream past, one transaction each."""

    def __init__(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.store = open_store(path, create=True)
        self.articles = 0
        self.replaced = 0

    def article(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        text = ntriples.decode("utf-8")
        # The same text under another id is the same article: its old graph goes.
        digest = _DIGEST.search(text)
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
        self.articles += 1
        # One update request is one transaction: the old graph is gone only if the new one is in.
        self.store.update(f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{ {text} }} }}")

    def reference(self, graph: ox.NamedNode, ntriples: bytes) -> None:
        self.store.extend(
            ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        )

    def finish(self) -> StoreReport:
        self.store.flush()
        return StoreReport(self.articles, self.replaced, len(self.store))
