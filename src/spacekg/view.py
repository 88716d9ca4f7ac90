"""An interactive network view of a spacekg graph: networkx for analytics, pyvis to draw.

The page is one self-contained file: vis-network is inlined by pyvis and the
CDN links pyvis adds are removed, so it works from ``file://`` offline. Labels
and tooltips are plain text; pyvis's template serialises them with Jinja's
``tojson``, which escapes ``<``, ``>`` and ``&``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import networkx as nx
from pyvis.network import Network
from rdflib import Graph, Literal, URIRef

from .vocab import DCTERMS, PREFIXES, RDF, RDFS, SCHEMA, SEM, SKOS, SPACEKG

# Class -> (legend label, colour, vis-network shape); the first class a node has wins.
STYLE: tuple[tuple[URIRef, str, str, str], ...] = (
    (SEM.Event, "event", "#e4572e", "diamond"),
    (SCHEMA.NewsArticle, "article", "#6c757d", "box"),
    (SCHEMA.Person, "person", "#2e86ab", "dot"),
    (SCHEMA.Organization, "organization", "#8e44ad", "square"),
    (SPACEKG.Gathering, "gathering", "#b07cc6", "square"),
    (SPACEKG.Group, "group", "#9aa5b1", "dot"),
    (SCHEMA.Place, "place", "#3bb273", "triangle"),
    (SPACEKG.Mission, "mission", "#f3a712", "star"),
    (SPACEKG.LaunchVehicle, "launch vehicle", "#c98b0b", "star"),
    (SKOS.Concept, "theme", "#17becf", "ellipse"),
)
EDGES: tuple[URIRef, ...] = (
    SPACEKG.hasAgent,
    SPACEKG.hasCounterpart,
    SCHEMA.about,
    SCHEMA.location,
    DCTERMS.subject,
    SCHEMA.subjectOf,
    SCHEMA.containedInPlace,
    SPACEKG.crewMember,
    SCHEMA.publisher,
)
_EXTERNAL = re.compile(
    r"<link\b[^>]*\bhref=\"(?:https?:|\.\./)[^\"]*\"[^>]*>|<script\b[^>]*\bsrc=\"(?:https?:|\.\./)[^\"]*\"[^>]*>\s*</script>",
    re.S,
)


@dataclass(frozen=True)
class NodeInfo:
    label: str
    kind: str
    colour: str
    shape: str
    date: str | None


def short_name(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _style(graph: Graph, node: URIRef) -> tuple[str, str, str] | None:
    types = set(graph.objects(node, RDF.type))
    for cls, label, colour, shape in STYLE:
        if cls in types:
            return label, colour, shape
    return None


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The graph's things (events, actors, places, missions, themes, articles) and their links."""
    g = nx.MultiDiGraph()
    for s, p, o in sorted(graph.triples((None, None, None))):
        if p not in EDGES or not isinstance(o, URIRef) or not isinstance(s, URIRef):
            continue
        for node in (s, o):
            if node in g:
                continue
            style = _style(graph, node)
            if style is None:
                break
            name = graph.value(node, SCHEMA.name) or graph.value(node, RDFS.label) or short_name(str(node))
            date = graph.value(node, SCHEMA.startDate)
            g.add_node(
                str(node),
                label=str(name),
                kind=style[0],
                colour=style[1],
                shape=style[2],
                date=str(date) if isinstance(date, Literal) else None,
            )
        else:
            g.add_edge(str(s), str(o), key=short_name(str(p)), label=short_name(str(p)))
    return g


def render_html(graph: Graph, title: str = "spacekg") -> str:
    g = to_networkx(graph)
    centrality = nx.degree_centrality(nx.Graph(g)) if len(g) > 1 else {n: 1.0 for n in g}
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node in sorted(g.nodes):
        data = g.nodes[node]
        tooltip = f"{data['label']}\n{data['kind']}" + (f"\n{data['date']}" if data["date"] else "")
        net.add_node(
            node,
            label=data["label"] if len(data["label"]) <= 40 else data["label"][:37] + "...",
            title=tooltip,
            color=data["colour"],
            shape=data["shape"],
            size=10 + 40 * centrality.get(node, 0.0),
        )
    for s, o, key in sorted(g.edges(keys=True)):
        net.add_edge(s, o, label=key, title=key, arrows="to")
    net.set_options(
        json.dumps(
            {
                "physics": {
                    "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True},
                },
                "layout": {"randomSeed": 7},
                "edges": {"font": {"size": 9, "align": "middle"}, "smooth": False},
                "interaction": {"hover": True, "navigationButtons": False},
            }
        )
    )
    page = _EXTERNAL.sub("", net.generate_html())
    legend = "".join(
        f'<span style="margin-right:12px"><span style="display:inline-block;width:10px;height:10px;'
        f'background:{colour};margin-right:4px"></span>{html.escape(label)}</span>'
        for _, label, colour, _ in STYLE
    )
    header = (
        f'<div style="font:14px sans-serif;padding:6px"><b>{html.escape(title)}</b> '
        f"&middot; {len(g)} nodes &middot; {legend}</div>"
    )
    stop_physics = (
        "<script>if (typeof network !== 'undefined') { network.once('stabilizationIterationsDone', "
        "function () { network.setOptions({physics: false}); }); }</script>"
    )
    page = page.replace("<body>", "<body>" + header, 1)
    return page.replace("</body>", stop_physics + "</body>", 1)
