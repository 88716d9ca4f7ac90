"""Validate a graph against spacekg's SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph

from . import resources


@dataclass(frozen=True)
class Report:
    conforms: bool
    results: Graph
    text: str


def shapes_graph() -> Graph:
    return Graph().parse(resources.shapes_file(), format="turtle")


def validate(data: Graph, shapes: Graph | None = None) -> Report:
    """``Report(conforms, results_graph, results_text)``, as pySHACL gives them."""
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        advanced=True,
        allow_warnings=True,
    )
    return Report(bool(conforms), results, str(text))
