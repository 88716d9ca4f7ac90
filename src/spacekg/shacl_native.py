"""The compiled SHACL checks run in Python, over the triples of a few articles: what
``spacekg build --validate`` does in its workers.

The compiler (``spacekg.shacl``) gives the checks also as data (``Check.native``): targets, a
one-step path, one test, or the SELECT of a SPARQL-based constraint. For a batch of articles,
looking their triples up in dictionaries is several times faster than loading them into an
Oxigraph store and running every query. A check with no such form, or one that meets what this
evaluator will not decide exactly (a lexical form it does not parse the way Oxigraph does, values
it would have to compare across types, a SPARQL construct it does not cover), runs as SPARQL on a
store of the same triples, built only then. So the results are those of ``check_store`` on that
store; the tests hold the two to the same results on every broken sample and on edge values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

import pyoxigraph as ox
from rdflib import Literal as RdfLiteral
from rdflib import URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, SequencePath

from . import shacl
from .shacl import Check, Cond, Native, Report, Violation, run_checks

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Any, Any, Any]  # subject, predicate, object as pyoxigraph terms

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = _XSD + "integer"
_I64 = (-(2**63), 2**63 - 1)
# The integer types derived from xsd:integer, with their ranges (as in spacekg.shacl: a store
# keeps them as xsd:integer, so an in-range xsd:integer passes too).
_DERIVED = {
    _XSD + "nonNegativeInteger": (0, None),
    _XSD + "positiveInteger": (1, None),
    _XSD + "nonPositiveInteger": (None, 0),
    _XSD + "negativeInteger": (None, -1),
    _XSD + "long": (-(2**63), 2**63 - 1),
    _XSD + "int": (-(2**31), 2**31 - 1),
    _XSD + "short": (-(2**15), 2**15 - 1),
    _XSD + "byte": (-128, 127),
    _XSD + "unsignedLong": (0, 2**64 - 1),
    _XSD + "unsignedInt": (0, 2**32 - 1),
    _XSD + "unsignedShort": (0, 2**16 - 1),
    _XSD + "unsignedByte": (0, 255),
}
_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Lexical forms known well-formed for the datatypes whose forms the compiled checks test.
_WELL_FORMED: dict[str, Callable[[str], bool]] = {
    _XSD + "date": lambda s: _well_formed_date(s),
    _XSD + "integer": lambda s: bool(_PLAIN_INTEGER.fullmatch(s)) and _I64[0] <= int(s) <= _I64[1],
    _XSD + "boolean": lambda s: s in ("true", "false", "1", "0"),
}
_CHECKED_FORMS = {_XSD + t for t in ("date", "dateTime", "integer", "decimal", "double", "boolean")}


class Undecided(Exception):
    """The evaluator will not decide this check exactly: it runs as SPARQL instead."""


def _well_formed_date(s: str) -> bool:
    """A date written YYYY-MM-DD that exists (other forms, such as time zones, are left to Oxigraph)."""
    return bool(_PLAIN_DATE.fullmatch(s)) and _is_date(s)


def _is_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


class Index:
    """One batch's triples by subject and predicate, its types, and its subclass closure."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        out: dict[Any, dict[Any, set[Any]]] = {}
        instances: dict[Any, set[Any]] = {}
        parents: dict[Any, set[Any]] = {}
        for s, p, o in triples:
            by_p = out.get(s)
            if by_p is None:
                by_p = out[s] = {}
            values = by_p.get(p)
            if values is None:
                values = by_p[p] = set()
            values.add(o)
            if p == _RDF_TYPE:
                instances.setdefault(o, set()).add(s)
            elif p == _SUBCLASS and isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode):
                parents.setdefault(s, set()).add(o)
        self.out = out
        self.instances = instances
        self.below = _closure(parents)
        self._terms: dict[str, ox.NamedNode] = {}
        self._targets: dict[tuple[tuple[str, str], ...], set[Any]] = {}
        self._inverse: dict[ox.NamedNode, dict[Any, set[Any]]] = {}

    def iri(self, value: str) -> ox.NamedNode:
        term = self._terms.get(value)
        if term is None:
            term = self._terms[value] = ox.NamedNode(value)
        return term

    def values(self, focus: Any, predicate: ox.NamedNode) -> set[Any]:
        by_p = self.out.get(focus)
        return by_p.get(predicate, set()) if by_p else set()

    def pairs(self, predicate: ox.NamedNode) -> Iterator[tuple[Any, Any]]:
        for s, by_p in self.out.items():
            for o in by_p.get(predicate, ()):
                yield s, o

    def subjects(self, predicate: ox.NamedNode, o: Any) -> set[Any]:
        """The subjects with ``predicate o`` (an inverse index per predicate, built on first use)."""
        inverse = self._inverse.get(predicate)
        if inverse is None:
            inverse = self._inverse[predicate] = {}
            for s, value in self.pairs(predicate):
                inverse.setdefault(value, set()).add(s)
        return inverse.get(o, set())

    def is_a(self, node: Any, cls: str) -> bool:
        types = self.values(node, _RDF_TYPE)
        if not types:
            return False
        target = self.iri(cls)
        return target in types or any(t in types for t in self.below.get(target, ()))

    def targets(self, targets: tuple[tuple[str, str], ...]) -> set[Any]:
        """The focus nodes of a shape's targets (computed once per shape)."""
        found = self._targets.get(targets)
        if found is None:
            found = self._targets[targets] = self._find_targets(targets)
        return found

    def _find_targets(self, targets: tuple[tuple[str, str], ...]) -> set[Any]:
        found: set[Any] = set()
        for kind, value in targets:
            term = self.iri(value)
            if kind == "class":
                for c in (term, *self.below.get(term, ())):
                    found |= self.instances.get(c, set())
            elif kind == "node":
                found.add(term)
            elif kind == "subjectsOf":
                found.update(s for s, by_p in self.out.items() if term in by_p)
            else:  # objectsOf
                for by_p in self.out.values():
                    found |= by_p.get(term, set())
        return found

    # ----------------------------------------------------------------- value tests

    def ok(self, v: Any, cond: Cond) -> bool:
        kind = cond[0]
        if kind == "class":
            return self.is_a(v, cond[1])
        if kind == "datatype":
            return _has_datatype(v, cond[1])
        if kind == "nodeKind":
            return _NODE_KINDS[cond[1]](v)
        if kind == "languageIn":
            lang = (v.language or "") if isinstance(v, ox.Literal) else None
            return lang is not None and any(_lang_matches(lang, tag) for tag in cond[1])
        if kind == "in":
            return isinstance(v, ox.NamedNode) and v.value in cond[1]
        if kind in _LOGIC:
            return _LOGIC[kind](self.conforms(v, m) for m in cond[1])
        raise Undecided(kind)

    def conforms(self, v: Any, member: tuple[Any, ...]) -> bool:
        """Whether ``v`` conforms to a nested shape: ("node", conds) or ("property", predicate, tests)."""
        if member[0] == "node":
            return all(self.ok(v, c) for c in member[1])
        values = self.values(v, self.iri(member[1]))
        return all(next(self.violations(v, values, test), None) is None for test in member[2])

    # ------------------------------------------------------------------- the checks

    def run(self, native: Native) -> Iterator[tuple[Any, Any]]:
        """(focus, offending value or None) for each violation of the check."""
        test = native.test
        kind = test[0]
        focus_nodes = self.targets(native.targets)
        if kind == "sparql":
            yield from _select(self, test[1], focus_nodes)
            return
        if native.predicate is None:
            if kind != "value":
                raise Undecided(kind)
            yield from ((f, None) for f in focus_nodes if not self.ok(f, test[1]))
            return
        p = self.iri(native.predicate)
        for f in focus_nodes:
            yield from self.violations(f, self.values(f, p), test)

    def violations(self, f: Any, values: set[Any], test: tuple[Any, ...]) -> Iterator[tuple[Any, Any]]:
        """A property test on one focus node ``f``, given its values."""
        kind = test[0]
        if kind == "value":
            yield from ((f, v) for v in values if not self.ok(v, test[1]))
        elif kind == "minCount":
            if len(values) < test[1]:
                yield f, None
        elif kind == "maxCount":
            if len(values) > test[1]:
                yield f, None
        elif kind in ("qualifiedMin", "qualifiedMax"):
            n = sum(1 for v in values if all(self.ok(v, c) for c in test[2]))
            if (n < test[1]) if kind == "qualifiedMin" else (n > test[1]):
                yield f, None
        elif kind == "lessThan":
            others = self.values(f, self.iri(test[1]))
            yield from ((f, v) for v in values if any(not _less(v, y, test[2]) for y in others))
        else:
            raise Undecided(kind)


def _closure(parents: dict[Any, set[Any]]) -> dict[Any, set[Any]]:
    """Each class's subclasses, direct or not (rdfs:subClassOf+), itself excluded."""
    below: dict[Any, set[Any]] = {}
    for sub in parents:
        seen: set[Any] = set()
        todo = list(parents[sub])
        while todo:
            sup = todo.pop()
            if sup in seen:
                continue
            seen.add(sup)
            todo.extend(parents.get(sup, ()))
        for sup in seen - {sub}:
            below.setdefault(sup, set()).add(sub)
    return below


_NODE_KINDS: dict[str, Callable[[Any], bool]] = {
    "IRI": lambda v: isinstance(v, ox.NamedNode),
    "Literal": lambda v: isinstance(v, ox.Literal),
    "BlankNode": lambda v: isinstance(v, ox.BlankNode),
    "BlankNodeOrIRI": lambda v: not isinstance(v, ox.Literal),
    "BlankNodeOrLiteral": lambda v: not isinstance(v, ox.NamedNode),
    "IRIOrLiteral": lambda v: not isinstance(v, ox.BlankNode),
}


_LOGIC: dict[str, Callable[[Iterable[bool]], bool]] = {
    "or": any,
    "and": all,
    "xone": lambda each: sum(each) == 1,
    "not": lambda each: not all(each),  # one member
    "conformsTo": all,  # sh:node: one member
}


def _lang_matches(lang: str, tag: str) -> bool:
    """SPARQL langMatches (RFC 4647 basic filtering)."""
    if tag == "*":
        return lang != ""
    lang, tag = lang.lower(), tag.lower()
    return lang == tag or lang.startswith(tag + "-")


def _integer(v: ox.Literal) -> int:
    """The value of an integer literal as Oxigraph casts it, or Undecided."""
    text = v.value
    if not _PLAIN_INTEGER.fullmatch(text):
        raise Undecided(text)
    n = int(text)
    if not _I64[0] <= n <= _I64[1]:
        raise Undecided(text)
    return n


def _has_datatype(v: Any, datatype: str) -> bool:
    if not isinstance(v, ox.Literal):
        return False
    actual = v.datatype.value
    if datatype in _DERIVED:
        if actual not in (datatype, _INTEGER):
            return False
        low, high = _DERIVED[datatype]
        n = _integer(v)
        return (low is None or n >= low) and (high is None or n <= high)
    if actual != datatype:
        return False
    if datatype not in _CHECKED_FORMS:
        return True
    check = _WELL_FORMED.get(datatype)
    if check is None or not check(v.value):
        raise Undecided(v.value)  # maybe ill-formed: as Oxigraph's cast says
    return True


def _less(a: Any, b: Any, or_equals: bool) -> bool:
    """SPARQL ``a < b`` (or ``<=``), for integers and plain dates; anything else is Undecided."""
    if not (isinstance(a, ox.Literal) and isinstance(b, ox.Literal)):
        raise Undecided("not literals")
    kinds = {a.datatype.value, b.datatype.value}
    if kinds <= {_INTEGER, *_DERIVED}:
        x, y = _integer(a), _integer(b)
    elif kinds == {_XSD + "date"} and _well_formed_date(a.value) and _well_formed_date(b.value):
        x, y = a.value, b.value  # type: ignore[assignment]
    else:
        raise Undecided("values of other types")
    return x <= y if or_equals else x < y


# ------------------------------------------------------------- SPARQL-based constraints

# The SELECT of a SPARQL-based constraint, interpreted over the index. What is covered: basic
# graph patterns whose predicates are IRIs or sequence, alternative and inverse paths of IRIs;
# FILTER with EXISTS / NOT EXISTS over triple patterns, comparisons, + and -, SUBSTR, STR, STRLEN,
# &&, || and !; values that are IRIs, blank nodes, integers, strings without a language tag and
# plain dates. Anything else, and any expression that would raise a SPARQL error, is Undecided:
# the check then runs as SPARQL, so the evaluator never has to mimic an error's effect.


Binding = dict[Any, Any]
Value = tuple[str, Any]  # (kind, Python value): bool, num, str, date, or term (an IRI or blank node)
_THIS, _VALUE = Variable("this"), Variable("value")


class _Run:
    """One evaluation over one index: the values of the terms met, each converted once."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._values: dict[int, Value] = {}

    def of(self, term: Any) -> Value:
        # By identity: every term here is held by the index or by a compiled query.
        known = self._values.get(id(term))
        if known is None:
            known = self._values[id(term)] = _of_term(term)
        return known


Pattern = Callable[[_Run, Binding], Iterator[Binding]]
Expr = Callable[[_Run, Binding], Value]
Path = Callable[[_Run, set[Any], bool], set[Any]]


@dataclass(frozen=True)
class _Query:
    pattern: Pattern
    with_value: bool


@cache
def _compiled(text: str) -> _Query | None:
    """The SELECT as Python closures, or None if it uses what the evaluator does not cover."""
    from rdflib.plugins.sparql import prepareQuery

    algebra = prepareQuery(text).algebra
    try:
        return _Query(_pattern(algebra.p, frozenset({_THIS})), _VALUE in algebra.PV)
    except Undecided:
        return None


def prepare(checks: Iterable[Check] | None = None) -> None:
    """Compile the checks' SELECTs now (before worker processes fork, so that they share them)."""
    for check in shacl.default_checks() if checks is None else checks:
        if check.native is not None and check.native.test[0] == "sparql":
            _compiled(check.native.test[1])


def _select(index: Index, text: str, focus_nodes: set[Any]) -> Iterator[tuple[Any, Any]]:
    query = _compiled(text)
    if query is None:
        raise Undecided("a SELECT the evaluator does not cover")
    run = _Run(index)
    seen: set[tuple[Any, Any]] = set()
    for focus in focus_nodes:  # $this is pre-bound to each focus node, as SHACL says
        for b in query.pattern(run, {_THIS: focus}):
            found = (focus, b.get(_VALUE) if query.with_value else None)
            if found not in seen:
                seen.add(found)
                yield found


def _variables(node: Any) -> frozenset[Any]:
    return frozenset(getattr(node, "_vars", ()) or ())


def _pattern(node: Any, bound: frozenset[Any]) -> Pattern:
    name = node.name
    if name in ("Project", "ToMultiSet", "Distinct"):
        inner = _pattern(node.p, bound)
        keep = list(node.PV) if getattr(node, "PV", None) is not None else None

        def project(run: _Run, b: Binding) -> Iterator[Binding]:
            for found in inner(run, b):
                yield {v: found[v] for v in keep if v in found} if keep is not None else found

        return project
    if name == "Filter":
        inner = _pattern(node.p, bound)
        test = _expr(node.expr, bound | _variables(node.p))

        return lambda run, b: (found for found in inner(run, b) if _truth(test(run, found)))
    if name == "Join":
        left = _pattern(node.p1, bound)
        right = _pattern(node.p2, bound | _variables(node.p1))

        def join(run: _Run, b: Binding) -> Iterator[Binding]:
            for found in left(run, b):
                yield from right(run, found)

        return join
    if name == "BGP":
        return _bgp(list(node.triples), bound)
    raise Undecided(name)


def _bgp(triples: list[Any], bound: frozenset[Any]) -> Pattern:
    """Triple patterns in a fixed order: one whose subject is bound first, else one whose object is."""
    steps: list[tuple[Any, Path, Any]] = []
    todo, known = list(triples), set(bound)
    while todo:
        first = min(todo, key=partial(_rank, known=frozenset(known)))
        todo.remove(first)
        s, path, o = first
        steps.append((_node(s), _path(path), _node(o)))
        known |= {x for x in (s, o) if isinstance(x, Variable)}

    def match(run: _Run, b: Binding, at: int = 0) -> Iterator[Binding]:
        if at == len(steps):
            yield b
            return
        s_term, walk, o_term = steps[at]
        s = b.get(s_term) if isinstance(s_term, Variable) else s_term
        o = b.get(o_term) if isinstance(o_term, Variable) else o_term
        if s is not None:
            pairs: Iterable[tuple[Any, Any]] = ((s, x) for x in walk(run, {s}, True) if o is None or x == o)
        elif o is not None:
            pairs = ((x, o) for x in walk(run, {o}, False))
        else:
            pairs = ((start, x) for start in list(run.index.out) for x in walk(run, {start}, True))
        for s2, o2 in pairs:
            if s is None and o is None and s_term == o_term and s2 != o2:
                continue
            extended = dict(b)
            if s is None:
                extended[s_term] = s2
            if o is None:
                extended[o_term] = o2
            yield from match(run, extended, at + 1)

    return match


def _rank(triple: Any, known: frozenset[Any]) -> tuple[bool, bool]:
    return _free(triple[0], known), _free(triple[2], known)


def _free(term: Any, known: frozenset[Any]) -> bool:
    return isinstance(term, Variable) and term not in known


def _node(term: Any) -> Any:
    if isinstance(term, Variable):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise Undecided(f"constant {term!r} in a pattern")


def _path(path: Any) -> Path:
    """Where a path leads from some nodes (forward), or where it comes from (backward)."""
    if isinstance(path, URIRef):
        p = ox.NamedNode(str(path))

        def step(run: _Run, nodes: set[Any], forward: bool) -> set[Any]:
            if forward:
                return {x for n in nodes for x in run.index.values(n, p)}
            return {x for n in nodes for x in run.index.subjects(p, n)}

        return step
    if isinstance(path, SequencePath):
        parts = [_path(a) for a in path.args]

        def sequence(run: _Run, nodes: set[Any], forward: bool) -> set[Any]:
            for part in parts if forward else reversed(parts):
                nodes = part(run, nodes, forward)
            return nodes

        return sequence
    if isinstance(path, AlternativePath):
        options = [_path(a) for a in path.args]
        return lambda run, nodes, forward: {x for option in options for x in option(run, nodes, forward)}
    if isinstance(path, InvPath):
        inverse = _path(path.arg)
        return lambda run, nodes, forward: inverse(run, nodes, not forward)
    raise Undecided(f"path {path!r}")


def _expr(expr: Any, bound: frozenset[Any]) -> Expr:
    if isinstance(expr, Variable):

        def variable(run: _Run, b: Binding) -> Value:
            if expr not in b:
                raise Undecided(f"unbound {expr}")
            return run.of(b[expr])

        return variable
    if isinstance(expr, URIRef):
        iri: Value = ("term", ox.NamedNode(str(expr)))
        return lambda run, b: iri
    if isinstance(expr, RdfLiteral):
        if expr.language:
            raise Undecided("a language-tagged constant")
        constant = _of_term(ox.Literal(str(expr), datatype=ox.NamedNode(str(expr.datatype or _XSD + "string"))))
        return lambda run, b: constant
    name = getattr(expr, "name", None)
    if name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
        graph = _pattern(expr.graph, bound)
        negated = name == "Builtin_NOTEXISTS"
        return lambda run, b: ("bool", (next(graph(run, b), None) is None) is negated)
    if name in ("ConditionalAndExpression", "ConditionalOrExpression"):
        parts = [_expr(e, bound) for e in [expr.expr, *expr.other]]
        combine = all if name == "ConditionalAndExpression" else any
        return lambda run, b: ("bool", combine(_truth(part(run, b)) for part in parts))
    if name == "UnaryNot":
        inner = _expr(expr.expr, bound)
        return lambda run, b: ("bool", not _truth(inner(run, b)))
    if name == "RelationalExpression":
        left, op, right = _expr(expr.expr, bound), str(expr.op), _expr(expr.other, bound)
        return lambda run, b: ("bool", _compare(left(run, b), op, right(run, b)))
    if name == "AdditiveExpression":
        first = _expr(expr.expr, bound)
        rest = [(str(op), _expr(other, bound)) for op, other in zip(expr.op, expr.other, strict=True)]

        def add(run: _Run, b: Binding) -> Value:
            total = _number(first(run, b))
            for op, other in rest:
                total = total + _number(other(run, b)) if op == "+" else total - _number(other(run, b))
            return "num", total

        return add
    if name == "Builtin_SUBSTR":
        text, start = _expr(expr.arg, bound), _expr(expr.start, bound)
        length = _expr(expr.length, bound) if expr.length is not None else None

        def substr(run: _Run, b: Binding) -> Value:
            s, at = _string(text(run, b)), _number(start(run, b))
            n = _number(length(run, b)) if length is not None else len(s) + 1 - at
            # SPARQL counts characters from 1 and keeps those at positions at .. at+n-1.
            first, last = max(at, 1), min(at + n, len(s) + 1)
            return "str", s[first - 1 : last - 1] if last > first else ""

        return substr
    if name == "Builtin_STRLEN":
        arg = _expr(expr.arg, bound)
        return lambda run, b: ("num", len(_string(arg(run, b))))
    if name == "Builtin_STR":
        arg = _expr(expr.arg, bound)

        def to_string(run: _Run, b: Binding) -> Value:
            kind, value = arg(run, b)
            if kind == "term" and isinstance(value, ox.NamedNode):
                return "str", value.value
            if kind in ("str", "date"):
                return "str", value
            raise Undecided("STR of this value")

        return to_string
    raise Undecided(f"expression {name}")


def _truth(value: Value) -> bool:
    if value[0] != "bool":
        raise Undecided("a truth value needed")
    return bool(value[1])


def _of_term(term: Any) -> tuple[str, Any]:
    if not isinstance(term, ox.Literal):
        return "term", term
    datatype = term.datatype.value
    if datatype in (_INTEGER, *_DERIVED):
        return "num", _integer(term)
    if datatype == _XSD + "string":
        return "str", term.value
    if datatype == _XSD + "date" and _well_formed_date(term.value):
        return "date", term.value
    raise Undecided(f"a value of type {datatype}")


def _number(value: tuple[str, Any]) -> int:
    if value[0] != "num":
        raise Undecided("arithmetic on a value that is not an integer")
    return int(value[1])


def _string(value: tuple[str, Any]) -> str:
    if value[0] != "str":
        raise Undecided("a string function on a value that is not a string")
    return str(value[1])


def _compare(a: tuple[str, Any], op: str, b: tuple[str, Any]) -> bool:
    if a[0] != b[0] or a[0] == "bool" or (a[0] == "term" and op not in ("=", "!=")):
        raise Undecided(f"{a[0]} {op} {b[0]}")
    x, y = a[1], b[1]
    comparisons: dict[str, Callable[[Any, Any], bool]] = {
        "=": lambda p, q: bool(p == q),
        "!=": lambda p, q: bool(p != q),
        "<": lambda p, q: bool(p < q),
        ">": lambda p, q: bool(p > q),
        "<=": lambda p, q: bool(p <= q),
        ">=": lambda p, q: bool(p >= q),
    }
    if op not in comparisons:
        raise Undecided(op)
    return comparisons[op](x, y)


def _shown(value: Any) -> str:
    """A value as a store gives it back: integers of the xsd:integer family as xsd:integer in
    their canonical form (Oxigraph keeps the number, not the text)."""
    if isinstance(value, ox.Literal) and value.datatype.value in (_INTEGER, *_DERIVED):
        text = value.value
        if _PLAIN_INTEGER.fullmatch(text) and _I64[0] <= int(text) <= _I64[1]:
            return f'"{int(text)}"^^<{_INTEGER}>'
    return str(value)


def check_triples(
    triples: Sequence[Triple], store: Callable[[], ox.Store], checks: Iterable[Check] | None = None
) -> Report:
    """Run the checks on ``triples`` (the union of one batch's graphs): natively where a check
    has a native form, on ``store()`` (the same triples in an Oxigraph store) otherwise."""
    index = Index(triples)
    found: set[Violation] = set()
    pending: list[Check] = []
    for check in shacl.default_checks() if checks is None else checks:
        if check.native is None:
            pending.append(check)
            continue
        try:
            results = list(index.run(check.native))
        except Undecided:
            pending.append(check)
            continue
        with_value = check.with_value
        found.update(
            Violation(
                focus=str(focus),
                component=check.component,
                path=check.path,
                value=_shown(value) if with_value and value is not None else None,
                message=check.message,
                severity=check.severity,
                shape=check.shape,
            )
            for focus, value in results
        )
    if pending:
        below = {sup.value: {sub.value for sub in subs} for sup, subs in index.below.items()}
        found.update(run_checks(store(), pending, below))
    return Report(tuple(sorted(found, key=lambda v: (v.focus, v.component, v.path or "", v.value or ""))))
