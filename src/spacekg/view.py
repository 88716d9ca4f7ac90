"""An interactive network view of a spacekg graph, as one self-contained HTML file.

networkx holds the network and computes node sizes (degree centrality) and, for
large graphs, a deterministic grid layout; the page draws it with the
vis-network build that pyvis ships, inlined. pyvis's own page template is not
used: it links CDNs, adds edges in quadratic time, has no legend or search,
and shows HTML in tooltips as raw text. Here every script is inlined, the
data travels as escaped JSON, and the page writes article text only with
``textContent``, so no text from an article can run as code.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef

from .vocab import DCTERMS, NIF, PREFIXES, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, SPACEKG, TIME, by_length, compact

# Class -> (kind, colour, vis-network shape); the first class a node has wins.
STYLE: tuple[tuple[URIRef, str, str, str], ...] = (
    (SEM.Event, "event", "#e4572e", "diamond"),
    (SCHEMA.NewsArticle, "article", "#6c757d", "box"),
    (SCHEMA.Quotation, "quotation", "#f28e85", "dot"),
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
DEFAULT_MAX_NODES = 5000
PHYSICS_LIMIT = 600  # above this many nodes the layout is computed here, not by the browser
_LABEL_LENGTH = 40


@dataclass(frozen=True)
class ViewOptions:
    title: str = "spacekg"
    max_nodes: int = DEFAULT_MAX_NODES
    include_quotes: bool = False


_BY_LENGTH = by_length(PREFIXES)


@lru_cache(maxsize=4096)
def short_name(iri: str) -> str:
    return compact(iri, _BY_LENGTH) or iri


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, Literal) else None


def to_networkx(graph: Graph, *, include_quotes: bool = False) -> nx.MultiDiGraph:
    """The graph's things (events, actors, places, missions, themes, articles) and their links,
    with what the page shows of each as node attributes."""
    predicates = (*EDGES, SPACEKG.hasQuotation) if include_quotes else EDGES
    links = [(s, p, o) for p in predicates for s, o in graph.subject_objects(p)]
    candidates = {n for s, _, o in links for n in (s, o) if isinstance(n, URIRef)}
    candidates.update(n for n in graph.subjects(RDF.type, SEM.Event) if isinstance(n, URIRef))
    candidates.update(n for n in graph.subjects(RDF.type, SCHEMA.NewsArticle) if isinstance(n, URIRef))
    types = {n: frozenset(o for o in graph.objects(n, RDF.type) if isinstance(o, URIRef)) for n in candidates}
    style: dict[URIRef, tuple[URIRef, str, str, str]] = {}
    for node, classes in types.items():
        for entry in STYLE:
            if entry[0] in classes:
                if entry[1] != "quotation" or include_quotes:
                    style[node] = entry
                break
    labels: dict[frozenset[URIRef], str | None] = {}
    g = nx.MultiDiGraph()
    for s, p, o in links:
        if s in style and o in style:
            g.add_edge(str(s), str(o), key=short_name(str(p)))
    for node in sorted(style, key=str):
        if str(node) not in g and style[node][1] not in ("event", "article"):
            continue  # things nothing links to stay out of the picture
        _, kind, colour, shape = style[node]
        g.add_node(str(node), **_describe(graph, node, kind, colour, shape, types[node], labels))
    return g


def _describe(
    graph: Graph,
    node: URIRef,
    kind: str,
    colour: str,
    shape: str,
    classes: frozenset[URIRef],
    class_labels: dict[frozenset[URIRef], str | None],
) -> dict[str, Any]:
    # One pass over the node's own triples: the view touches each node a few times, not dozens.
    props: dict[Any, list[Any]] = {}
    for p, o in graph.predicate_objects(node):
        props.setdefault(p, []).append(o)

    def first(p: URIRef) -> Any:
        values = props.get(p)
        return min(values, key=str) if values else None

    name = _text(first(SCHEMA.name)) or _text(first(RDFS.label)) or short_name(str(node))
    info: dict[str, Any] = {"name": name, "kind": kind, "color": colour, "shape": shape, "iri": str(node)}
    if classes not in class_labels:
        class_labels[classes] = _class_label(graph, classes)
    info["classLabel"] = class_labels[classes] or kind
    same = first(SCHEMA.sameAs)
    if isinstance(same, URIRef) and str(same).startswith("http://www.wikidata.org/entity/Q"):
        info["wikidata"] = str(same)
    if kind == "event":
        when = first(TIME.hasTime)
        info["date"] = _text(graph.value(when, RDFS.label)) if when is not None else None
        info["start"] = _text(first(SEM.hasEarliestBeginTimeStamp))
        info["end"] = _text(first(SEM.hasLatestEndTimeStamp))
    if kind in ("event", "quotation"):
        article = first(SCHEMA.subjectOf) or first(SCHEMA.isPartOf)
        headline = _text(graph.value(article, SCHEMA.headline)) if article is not None else None
        sources = []
        for span in sorted(props.get(PROV.wasDerivedFrom, ()), key=str):
            span_props = dict(graph.predicate_objects(span))
            is_sentence = (span, RDF.type, NIF.Sentence) in graph
            words = _text(span_props.get(NIF.anchorOf))
            if words and (is_sentence or kind == "quotation"):
                sources.append({"text": words, "article": headline or ""})
        info["sources"] = sources
    return info


def _class_label(graph: Graph, classes: frozenset[URIRef]) -> str | None:
    """The label of the most specific spacekg class among ``classes``."""
    specific = sorted(c for c in classes if str(c).startswith(str(SPACEKG)))
    leaves = [c for c in specific if not any((other, RDFS.subClassOf, c) in graph for other in classes if other != c)]
    return next((lab for lab in (_text(graph.value(c, RDFS.label)) for c in leaves) if lab), None)


def aggregate_events(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Events merged into one node per month, linked to everything their events linked to."""
    out = nx.MultiDiGraph()
    month_of: dict[str, str] = {}
    counts: dict[str, int] = {}
    for node, data in g.nodes(data=True):
        if data["kind"] != "event":
            out.add_node(node, **data)
            continue
        month = (data.get("start") or "undated")[:7]
        key = f"month:{month}"
        month_of[node] = key
        counts[key] = counts.get(key, 0) + 1
    for key, count in counts.items():
        month = key.split(":", 1)[1]
        out.add_node(
            key,
            name=f"{count} events in {month}",
            kind="event",
            color="#e4572e",
            shape="diamond",
            iri=key,
            classLabel="events of one month",
            date=month,
            start=f"{month}-01" if month != "undated" else None,
            end=f"{month}-31" if month != "undated" else None,
            sources=[],
        )
    for s, o, k in g.edges(keys=True):
        s2, o2 = month_of.get(s, s), month_of.get(o, o)
        if not out.has_edge(s2, o2, key=k):
            out.add_edge(s2, o2, key=k)
    return out


def grid_layout(g: nx.MultiDiGraph, spacing: float = 60.0) -> dict[str, tuple[float, float]]:
    """Positions for a graph too large for the browser to lay out: one block per kind, stacked,
    events first and in date order (read left to right, top to bottom), other nodes by degree.

    Linear in the size of the graph, and the same for the same graph."""
    order = [entry[1] for entry in STYLE]
    by_kind: dict[str, list[str]] = {}
    for node, data in g.nodes(data=True):
        by_kind.setdefault(data["kind"], []).append(node)
    events = by_kind.get("event", [])
    columns = max(8, math.ceil(math.sqrt(len(events) or len(g))))
    pos: dict[str, tuple[float, float]] = {}
    top = 0.0
    for kind in sorted(by_kind, key=lambda k: order.index(k) if k in order else len(order)):
        members = by_kind[kind]
        if kind == "event":
            members.sort(key=lambda n: (g.nodes[n].get("start") or "9999", n))
        else:
            members.sort(key=lambda n: (-g.degree(n), n))
        for i, node in enumerate(members):
            row, column = divmod(i, columns)
            pos[node] = (column * spacing, top + row * spacing)
        top += (math.ceil(len(members) / columns) + 2) * spacing
    return pos


def view_data(graph: Graph, options: ViewOptions = ViewOptions()) -> dict[str, Any]:
    g = to_networkx(graph, include_quotes=options.include_quotes)
    notice = ""
    if len(g) > options.max_nodes:
        before = len(g)
        g = aggregate_events(g)
        notice = f"{before} nodes is more than this view draws ({options.max_nodes}): events are grouped by month."
    simple = nx.Graph(g)
    centrality = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 1.0)
    top = max(centrality.values(), default=1.0) or 1.0
    large = len(g) > PHYSICS_LIMIT
    positions = grid_layout(g) if large else {}
    ids = {node: i for i, node in enumerate(sorted(g.nodes))}
    nodes = []
    for node in sorted(g.nodes):
        data = dict(g.nodes[node])
        name = data["name"]
        item = {
            "id": ids[node],
            "label": name if len(name) <= _LABEL_LENGTH else name[: _LABEL_LENGTH - 1] + "…",
            "size": round(10 + 30 * centrality.get(node, 0.0) / top, 2),
            **data,
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    edges = [{"from": ids[s], "to": ids[o], "label": k} for s, o, k in sorted(g.edges(keys=True))]
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["kind"]] = counts.get(n["kind"], 0) + 1
    classes = [{"kind": k, "color": c, "count": counts[k]} for _, k, c, _ in STYLE if k in counts]
    starts = sorted(n["start"] for n in nodes if n.get("start"))
    ends = sorted(n["end"] for n in nodes if n.get("end"))
    return {
        "title": options.title,
        "notice": notice,
        "nodes": nodes,
        "edges": edges,
        "classes": classes,
        "dateMin": starts[0] if starts else None,
        "dateMax": ends[-1] if ends else None,
        "options": _vis_options(large),
    }


def _vis_options(large: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "layout": {"randomSeed": 42, "improvedLayout": not large},
        "nodes": {"font": {"size": 12}},
        "edges": {"font": {"size": 9, "align": "middle"}, "smooth": False, "color": {"inherit": "from"}},
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": large},
    }
    if large:
        options["physics"] = {"enabled": False}
        options["edges"]["font"]["size"] = 0
        options["edges"]["width"] = 0.3
        options["edges"]["color"] = {"color": "rgba(110,110,110,0.12)", "highlight": "#e4572e"}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
        }
    return options


def graphml(graph: Graph) -> bytes:
    """The view's network as GraphML, for Gephi, yEd or networkx (``nx.read_graphml``)."""
    g = to_networkx(graph)
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(node, **{k: v for k, v in data.items() if isinstance(v, str)})
    for s, o, k in g.edges(keys=True):
        out.add_edge(s, o, key=k, label=k)
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def _script_safe_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return (importlib_resources.files("spacekg") / "assets" / name).read_text(encoding="utf-8")


def _vis_network() -> str:
    js = (importlib_resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")
    return js.replace("</script", "<\\/script")


def render_html(graph: Graph, title: str = "spacekg", *, max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The page: byte-identical for the same graph."""
    data = view_data(graph, ViewOptions(title=title, max_nodes=max_nodes))
    values = {
        "TITLE": _html_escape(title),
        "VIS": _vis_network(),
        "APP": _asset("view.js"),
        "DATA": _script_safe_json(data),
    }
    return re.sub(r"__(TITLE|VIS|APP|DATA)__", lambda m: values[m[1]], _asset("view.html"))


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
