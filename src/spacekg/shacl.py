"""SHACL shapes compiled to SPARQL and run on Oxigraph: validation that scales.

pySHACL (``spacekg.validate``) is the reference engine, but it walks the graph in Python
through rdflib and takes minutes on a few million triples. Here each constraint of a shapes
graph becomes one SPARQL SELECT that returns the focus nodes (and values) violating it, so a
graph of any size is checked by Oxigraph's query engine, on an in-memory or on-disk store.

Supported: the targets (class, node, subjects-of, objects-of), property paths, and the Core
components sh:class, datatype, nodeKind, languageIn, in, hasValue, pattern, min/maxLength,
min/maxInclusive, min/maxExclusive, min/maxCount, qualifiedValueShape with qualified
min/max counts, lessThan(OrEquals), equals, disjoint, uniqueLang, node, and, or, not, xone,
plus SPARQL-based constraints (sh:sparql with sh:select and sh:prefixes). A shapes graph using
anything else is refused when compiled, never checked partly. The tests hold this engine to
pySHACL's verdicts, focus nodes and components on every example and on generated graphs.

Most checks also carry their constraint as data (``Check.native``), for the evaluator in
``spacekg.shacl_native`` that ``build --validate`` runs over a few articles at a time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import triples as flat_triples
from rdflib.plugins.sparql.parserutils import CompValue

from .errors import SpacekgError

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_TYPE = f"{RDF_TYPE}/{SUBCLASS}*"
_INSTANCE_OF = re.compile(rf"(\?\w+) {re.escape(_TYPE)} <([^>]*)>")

# Datatypes whose lexical forms are checked too (as pySHACL does): a cast that fails is an
# ill-formed literal. Other datatypes are compared by datatype IRI only.
WELL_FORMED = {
    dt: "COALESCE(IF(isLiteral(<" + str(dt) + ">(STR({v}))), true, true), false)"
    for dt in (XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.double, XSD.boolean)
}
# Oxigraph (like Virtuoso) stores the integer types derived from xsd:integer as xsd:integer, so
# a store cannot tell "5"^^xsd:nonNegativeInteger from "5"^^xsd:integer. For these datatypes a
# value passes when it is typed so, or is an xsd:integer, and lies in the type's range.
DERIVED_INTEGERS = {
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (-(2**63), 2**63 - 1),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1),
    XSD.byte: (-128, 127),
    XSD.unsignedLong: (0, 2**64 - 1),
    XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1),
    XSD.unsignedByte: (0, 255),
}


def _datatype(v: str, dt: URIRef) -> str:
    if dt in DERIVED_INTEGERS:
        low, high = DERIVED_INTEGERS[dt]
        value = f"<{XSD.integer}>(STR({v}))"
        bounds = [f"{value} >= {low}" if low is not None else "", f"{value} <= {high}" if high is not None else ""]
        inside = " && ".join(b for b in bounds if b) or "true"
        typed = f"(datatype({v}) = <{dt}> || datatype({v}) = <{XSD.integer}>)"
        return f"(isLiteral({v}) && {typed} && COALESCE({inside}, false))"
    expr = f"isLiteral({v}) && datatype({v}) = {_term(dt)}"
    if dt in WELL_FORMED:
        expr += " && " + WELL_FORMED[dt].format(v=v)
    return f"({expr})"


# Components compiled into the value-node conditions below; anything else on a shape is refused.
_VALUE_KEYS = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.languageIn,
    SH["in"],
    SH.hasValue,
    SH.pattern,
    SH.flags,
    SH.minLength,
    SH.maxLength,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH["or"],
    SH["and"],
    SH["not"],
    SH.xone,
    SH.node,
    SH.property,
}
_PROPERTY_KEYS = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.qualifiedValueShape,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH.qualifiedValueShapesDisjoint,
    SH.lessThan,
    SH.lessThanOrEquals,
    SH.equals,
    SH.disjoint,
    SH.uniqueLang,
}
_TARGET_KEYS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}
_SIMPLE_VALUE_KEYS = {SH["class"], SH.datatype, SH.nodeKind, SH.languageIn, SH["in"]}  # with native forms
_IGNORED = {
    RDF.type,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.deactivated,
    SH.sparql,
    URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
    URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
}
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNode: "isBlank({v})",
    SH.BlankNodeOrIRI: "!isLiteral({v})",
    SH.BlankNodeOrLiteral: "!isIRI({v})",
    SH.IRIOrLiteral: "!isBlank({v})",
}


Cond = tuple[Any, ...]  # ("class", iri) ("datatype", iri) ("nodeKind", kind) ("languageIn", tags) ("in", iris)


@dataclass(frozen=True)
class Native:
    """A check as data: targets as (kind, IRI) pairs (class, node, subjectsOf, objectsOf); the
    predicate of a one-step path (None: the focus node itself is tested); the test, one of
    ("value", cond), ("minCount", n), ("maxCount", n), ("lessThan", iri, or_equals),
    ("qualifiedMin", n, conds), ("qualifiedMax", n, conds)."""

    targets: tuple[tuple[str, str], ...]
    predicate: str | None
    test: tuple[Any, ...]


@dataclass(frozen=True)
class Check:
    """One constraint as a query: its SELECT returns ?this (and ?value) for each violation."""

    shape: str
    component: str
    path: str | None
    message: str
    severity: str
    query: str
    # The same constraint as data for the in-memory evaluator (spacekg.shacl_native), when it is
    # simple enough: (targets, predicate of the path or None for the focus node itself, test).
    native: Native | None = None

    @property
    def with_value(self) -> bool:
        """Whether the query also returns ?value, the offending value."""
        return "?value" in self.query.split("WHERE", 1)[0]


@dataclass(frozen=True)
class Violation:
    focus: str
    component: str
    path: str | None
    value: str | None
    message: str
    severity: str
    shape: str

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value is not None else ""
        return f"{self.severity}: {self.focus}{where}{value}: {self.message} ({self.component})"


@dataclass(frozen=True)
class Report:
    violations: tuple[Violation, ...]

    @classmethod
    def of(cls, found: Iterable[Violation]) -> Report:
        """The distinct violations found, in a stable order."""
        return cls(tuple(sorted(set(found), key=lambda v: (v.focus, v.component, v.path or "", v.value or ""))))

    @property
    def conforms(self) -> bool:
        """No result of severity sh:Violation (warnings and infos are reported, as pySHACL
        does with allow_warnings, but do not fail the check)."""
        return not any(v.severity == "Violation" for v in self.violations)

    def render(self, limit: int | None = None) -> str:
        shown = self.violations if limit is None else self.violations[:limit]
        verdict = "does not conform" if not self.conforms else "conforms, with warnings"
        lines = [f"{verdict}: {len(self.violations)} result(s)"]
        lines += [v.line() for v in shown]
        if len(shown) < len(self.violations):
            lines.append(f"... and {len(self.violations) - len(shown)} more")
        return "\n".join(lines)


class ShapesError(SpacekgError):
    """The shapes graph uses something this engine does not compile."""


def _term(node: Any) -> str:
    if isinstance(node, BNode):
        raise ShapesError(f"a blank node as a constant in a shape ({node}) is not supported")
    return str(node.n3())


def _short(node: Any) -> str:
    return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self._fresh = itertools.count()

    def var(self) -> str:
        return f"?_{next(self._fresh)}"

    def items(self, node: Any) -> list[Any]:
        return list(Collection(self.g, node))

    def one(self, node: Any, key: URIRef) -> Any:
        return self.g.value(node, key)

    def objects(self, node: Any, key: URIRef) -> list[Any]:
        return list(self.g.objects(node, key))

    # ----------------------------------------------------------------------- paths

    def path(self, node: Any) -> str:
        if isinstance(node, URIRef):
            return f"<{node}>"
        if self.one(node, RDF.first) is not None:
            return "(" + "/".join(self.path(p) for p in self.items(node)) + ")"
        for key, fmt in (
            (SH.inversePath, "^({})"),
            (SH.zeroOrMorePath, "({})*"),
            (SH.oneOrMorePath, "({})+"),
            (SH.zeroOrOnePath, "({})?"),
        ):
            inner = self.one(node, key)
            if inner is not None:
                return fmt.format(self.path(inner))
        alternatives = self.one(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self.items(alternatives)) + ")"
        raise ShapesError(f"unsupported SHACL path {node}")

    # -------------------------------------------------------------- value conditions

    def _check_keys(self, shape: Any, allowed: set[URIRef], *, targeted: bool = False) -> None:
        for key in set(self.g.predicates(shape)):
            if key not in allowed and key not in _IGNORED and key not in _TARGET_KEYS:
                raise ShapesError(f"the SHACL engine does not compile {key.n3()} (in shape {shape})")
        if self.one(shape, SH.sparql) is not None and not targeted:
            raise ShapesError(f"SPARQL constraints are supported on targeted shapes only (shape {shape})")

    def value_conditions(self, shape: Any, v: str) -> list[tuple[str, str]]:
        """(component, expression) pairs, each true when the value ``v`` satisfies it."""
        return [(component, expr) for component, expr, _ in self.value_tests(shape, v)]

    def value_tests(self, shape: Any, v: str) -> list[tuple[str, str, Cond | None]]:
        """``value_conditions``, each with its condition as data when the native evaluator has it."""
        out: list[tuple[str, str, Cond | None]] = []
        for cls in self.objects(shape, SH["class"]):
            native: Cond | None = ("class", str(cls)) if isinstance(cls, URIRef) else None
            out.append(("ClassConstraintComponent", f"EXISTS {{ {v} {_TYPE} {_term(cls)} }}", native))
        for dt in self.objects(shape, SH.datatype):
            out.append(("DatatypeConstraintComponent", _datatype(v, dt), ("datatype", str(dt))))
        for kind in self.objects(shape, SH.nodeKind):
            if kind not in _NODE_KINDS:
                raise ShapesError(f"unknown sh:nodeKind {kind}")
            out.append(("NodeKindConstraintComponent", _NODE_KINDS[kind].format(v=v), ("nodeKind", _short(kind))))
        for langs in self.objects(shape, SH.languageIn):
            items = self.items(langs)
            tags = " || ".join(f"langMatches(lang({v}), {_term(t)})" for t in items)
            native = ("languageIn", tuple(str(t) for t in items))
            out.append(("LanguageInConstraintComponent", f"(isLiteral({v}) && ({tags or 'false'}))", native))
        for values in self.objects(shape, SH["in"]):
            items = self.items(values)
            alts = " || ".join(f"sameTerm({v}, {_term(t)})" for t in items)
            iris = ("in", tuple(str(t) for t in items)) if all(isinstance(t, URIRef) for t in items) else None
            out.append(("InConstraintComponent", f"({alts or 'false'})", iris))
        return out + self._other_conditions(shape, v)

    def _other_conditions(self, shape: Any, v: str) -> list[tuple[str, str, Cond | None]]:
        out: list[tuple[str, str, Cond | None]] = []
        if self.one(shape, SH.path) is None:
            for value in self.objects(shape, SH.hasValue):
                out.append(("HasValueConstraintComponent", f"sameTerm({v}, {_term(value)})", None))
        for pattern in self.objects(shape, SH.pattern):
            flags = self.one(shape, SH.flags)
            extra = f", {_term(flags)}" if flags is not None else ""
            regex = f"(!isBlank({v}) && REGEX(STR({v}), {_term(pattern)}{extra}))"
            out.append(("PatternConstraintComponent", regex, None))
        for key, op, name in (
            (SH.minLength, ">=", "MinLengthConstraintComponent"),
            (SH.maxLength, "<=", "MaxLengthConstraintComponent"),
        ):
            for n in self.objects(shape, key):
                out.append((name, f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(n)})", None))
        for key, op, name in (
            (SH.minInclusive, ">=", "MinInclusiveConstraintComponent"),
            (SH.maxInclusive, "<=", "MaxInclusiveConstraintComponent"),
            (SH.minExclusive, ">", "MinExclusiveConstraintComponent"),
            (SH.maxExclusive, "<", "MaxExclusiveConstraintComponent"),
        ):
            for bound in self.objects(shape, key):
                out.append((name, f"COALESCE({v} {op} {_term(bound)}, false)", None))
        for key, joiner, name in (
            (SH["or"], " || ", "OrConstraintComponent"),
            (SH["and"], " && ", "AndConstraintComponent"),
        ):
            for members in self.objects(shape, key):
                parts = [self.conforms(m, v) for m in self.items(members)]
                native = self._members("or" if key == SH["or"] else "and", self.items(members))
                out.append((name, "(" + (joiner.join(parts) or "true") + ")", native))
        for members in self.objects(shape, SH.xone):
            parts = [f"IF({self.conforms(m, v)}, 1, 0)" for m in self.items(members)]
            native = self._members("xone", self.items(members))
            out.append(("XoneConstraintComponent", "((" + (" + ".join(parts) or "0") + ") = 1)", native))
        for other in self.objects(shape, SH["not"]):
            native = self._members("not", [other])
            out.append(("NotConstraintComponent", f"!({self.conforms(other, v)})", native))
        for other in self.objects(shape, SH.node):
            native = self._members("conformsTo", [other])
            out.append(("NodeConstraintComponent", self.conforms(other, v), native))
        for prop in self.objects(shape, SH.property):
            out.append(("PropertyConstraintComponent", self.conforms(prop, v), None))
        return out

    def conforms(self, shape: Any, v: str) -> str:
        """One expression: true when the node ``v`` conforms to ``shape`` (node or property shape)."""
        path = self.one(shape, SH.path)
        if path is None:
            self._check_keys(shape, _VALUE_KEYS)
            parts = [expr for _, expr in self.value_conditions(shape, v)]
        else:
            self._check_keys(shape, _VALUE_KEYS | _PROPERTY_KEYS)
            parts = [f"NOT EXISTS {{ {pattern} }}" for _, pattern in self.property_violations(shape, v)]
        return "(" + (" && ".join(parts) or "true") + ")"

    # ---------------------------------------------------------- property constraints

    def _distinct(self, focus: str, path: str, n: int, condition: object | None = None) -> str:
        """A pattern matching when ``focus`` has at least ``n`` distinct values (that conform)."""
        names = [self.var() for _ in range(n)]
        triples = " . ".join(f"{focus} {path} {x}" for x in names)
        tests = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(names, 2)]
        if condition is not None:
            tests += [self.conforms(condition, x) for x in names]
        return triples + (f" FILTER ({' && '.join(tests)})" if tests else "")

    def property_violations(self, shape: Any, focus: str, value: str | None = None) -> list[tuple[str, str]]:
        """(component, pattern) pairs; each pattern matches when ``focus`` violates the component.
        With ``value``, per-value components bind it to the offending value."""
        return [(component, pattern) for component, pattern, _ in self.property_tests(shape, focus, value)]

    def _members(self, kind: str, shapes: list[Any]) -> Cond | None:
        """(kind, members) for sh:or, sh:and, sh:xone, sh:not, sh:node, if every member has a native form."""
        members = [self._member(m) for m in shapes]
        return None if any(m is None for m in members) else (kind, tuple(members))

    def _member(self, shape: Any) -> tuple[Any, ...] | None:
        """A shape nested in a logical constraint as data: ("node", conds), or ("property",
        predicate, tests) for a property shape with a one-step path and counts or value conditions."""
        step = self.one(shape, SH.path)
        if step is None:
            conds = self._simple_shape(shape)
            return None if conds is None else ("node", conds)
        keys = set(self.g.predicates(shape)) - _IGNORED
        if not isinstance(step, URIRef) or not keys <= {SH.path, SH.minCount, SH.maxCount, *_SIMPLE_VALUE_KEYS}:
            return None
        tests = [test for _, _, test in self.property_tests(shape, "?x")]
        return None if any(t is None for t in tests) else ("property", str(step), tuple(tests))

    def _simple_shape(self, shape: Any) -> tuple[Cond, ...] | None:
        """A qualified value shape's conditions as data, if it has only value conditions that have one."""
        keys = set(self.g.predicates(shape)) - _IGNORED
        if not keys <= _SIMPLE_VALUE_KEYS:
            return None
        tests = [native for _, _, native in self.value_tests(shape, "?v")]
        return None if any(t is None for t in tests) else tuple(t for t in tests if t is not None)

    def property_tests(
        self, shape: Any, focus: str, value: str | None = None
    ) -> list[tuple[str, str, tuple[Any, ...] | None]]:
        """``property_violations``, each with its test as data when the native evaluator has it."""
        path = self.path(self.one(shape, SH.path))
        out: list[tuple[str, str, tuple[Any, ...] | None]] = []
        for n in self.objects(shape, SH.minCount):
            if int(n) > 0:
                pattern = f"FILTER NOT EXISTS {{ {self._distinct(focus, path, int(n))} }}"
                out.append(("MinCountConstraintComponent", pattern, ("minCount", int(n))))
        for n in self.objects(shape, SH.maxCount):
            pattern = f"FILTER EXISTS {{ {self._distinct(focus, path, int(n) + 1)} }}"
            out.append(("MaxCountConstraintComponent", pattern, ("maxCount", int(n))))
        for qualified in self.objects(shape, SH.qualifiedValueShape):
            if self.one(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
                raise ShapesError("sh:qualifiedValueShapesDisjoint is not supported")
            conds = self._simple_shape(qualified)
            for n in self.objects(shape, SH.qualifiedMinCount):
                if int(n) > 0:
                    pattern = self._distinct(focus, path, int(n), qualified)
                    native = ("qualifiedMin", int(n), conds) if conds is not None else None
                    out.append(("QualifiedMinCountConstraintComponent", f"FILTER NOT EXISTS {{ {pattern} }}", native))
            for n in self.objects(shape, SH.qualifiedMaxCount):
                pattern = self._distinct(focus, path, int(n) + 1, qualified)
                native = ("qualifiedMax", int(n), conds) if conds is not None else None
                out.append(("QualifiedMaxCountConstraintComponent", f"FILTER EXISTS {{ {pattern} }}", native))
        x = value or self.var()
        for value_of in self.objects(shape, SH.hasValue):
            y = self.var()
            out.append(
                (
                    "HasValueConstraintComponent",
                    f"FILTER NOT EXISTS {{ {focus} {path} {y} FILTER (sameTerm({y}, {_term(value_of)})) }}",
                    None,
                )
            )
        for component, expr, cond in self.value_tests(shape, x):
            if component == "PropertyConstraintComponent":
                raise ShapesError(f"sh:property inside a property shape is not supported ({shape})")
            out.append((component, f"{focus} {path} {x} . FILTER (!({expr}))", ("value", cond) if cond else None))
        for key, op, name in (
            (SH.lessThan, "<", "LessThanConstraintComponent"),
            (SH.lessThanOrEquals, "<=", "LessThanOrEqualsConstraintComponent"),
        ):
            for other in self.objects(shape, key):
                y = self.var()
                out.append(
                    (
                        name,
                        f"{focus} {path} {x} . {focus} <{other}> {y} . FILTER (COALESCE(!({x} {op} {y}), true))",
                        ("lessThan", str(other), op == "<="),
                    )
                )
        for other in self.objects(shape, SH.equals):
            y = self.var()
            out.append(
                (
                    "EqualsConstraintComponent",
                    f"{{ {focus} {path} {x} FILTER NOT EXISTS {{ {focus} <{other}> {x} }} }} UNION "
                    f"{{ {focus} <{other}> {x} FILTER NOT EXISTS {{ {focus} {path} {x} }} }}",
                    None,
                )
            )
        for other in self.objects(shape, SH.disjoint):
            out.append(("DisjointConstraintComponent", f"{focus} {path} {x} . {focus} <{other}> {x} .", None))
        if self.one(shape, SH.uniqueLang) == Literal(True):
            y = self.var()
            out.append(
                (
                    "UniqueLangConstraintComponent",
                    f"{focus} {path} {x} . {focus} {path} {y} . "
                    f"FILTER (!sameTerm({x}, {y}) && lang({x}) != '' && lang({x}) = lang({y}))",
                    None,
                )
            )
        return out

    # ------------------------------------------------------------------- the checks

    def targets(self, shape: Any) -> str | None:
        parts = [f"{{ ?this {_TYPE} {_term(c)} }}" for c in self.objects(shape, SH.targetClass)]
        parts += [f"{{ VALUES ?this {{ {_term(n)} }} }}" for n in self.objects(shape, SH.targetNode)]
        parts += [f"{{ ?this {_term(p)} [] }}" for p in self.objects(shape, SH.targetSubjectsOf)]
        parts += [f"{{ [] {_term(p)} ?this }}" for p in self.objects(shape, SH.targetObjectsOf)]
        return " UNION ".join(parts) or None

    def native_targets(self, shape: Any) -> tuple[tuple[str, str], ...]:
        """The targets as (kind, IRI) pairs, or nothing if one is not an IRI."""
        out = []
        for key, kind in (
            (SH.targetClass, "class"),
            (SH.targetNode, "node"),
            (SH.targetSubjectsOf, "subjectsOf"),
            (SH.targetObjectsOf, "objectsOf"),
        ):
            for node in self.objects(shape, key):
                if not isinstance(node, URIRef):
                    return ()
                out.append((kind, str(node)))
        return tuple(out)

    def checks(self) -> Iterator[Check]:
        shapes = sorted(
            {s for key in _TARGET_KEYS for s in self.g.subjects(key, None)},
            key=str,
        )
        for shape in shapes:
            if self.one(shape, SH.deactivated) == Literal(True):
                continue
            target = self.targets(shape)
            assert target is not None
            targets = self.native_targets(shape)
            name = _short(shape)
            self._check_keys(shape, _VALUE_KEYS, targeted=True)
            severity = _short(self.one(shape, SH.severity) or SH.Violation)
            message = str(self.one(shape, SH.message) or "")
            for component, expr, cond in self.value_tests(shape, "?this"):
                if component == "PropertyConstraintComponent":
                    continue
                native = Native(targets, None, ("value", cond)) if targets and cond else None
                query = self._select(target, f"FILTER (!({expr}))", False)
                yield Check(name, component, None, message, severity, query, native)
            for prop in sorted(self.objects(shape, SH.property), key=self._key):
                if self.one(prop, SH.deactivated) == Literal(True):
                    continue
                self._check_keys(prop, _VALUE_KEYS | _PROPERTY_KEYS)
                step = self.one(prop, SH.path)
                path = self.path(step)
                said = str(self.one(prop, SH.message) or message)
                level = _short(self.one(prop, SH.severity) or SH.Violation)
                for component, pattern, test in self.property_tests(prop, "?this", "?value"):
                    with_value = "?value" in pattern
                    simple = targets and test and isinstance(step, URIRef)
                    native = Native(targets, str(step), test) if simple and test else None
                    query = self._select(target, pattern, with_value)
                    yield Check(name, component, path, said, level, query, native)
            for sparql in sorted(self.objects(shape, SH.sparql), key=self._key):
                yield self._sparql(name, shape, sparql, target, severity)

    def _key(self, node: Any) -> str:
        """A stable order for blank-node shapes: by their predicate-object pairs (blank objects aside)."""
        return "\n".join(sorted(f"{p} {o}" for p, o in self.g.predicate_objects(node) if not isinstance(o, BNode)))

    @staticmethod
    def _select(target: str, pattern: str, with_value: bool) -> str:
        projection = "?this ?value" if with_value else "?this"
        return f"SELECT DISTINCT {projection} WHERE {{ {target} {pattern} }}"

    def _sparql(self, name: str, shape: Any, node: Any, target: str, severity: str) -> Check:
        select = self.one(node, SH.select)
        if select is None:
            raise ShapesError(f"SPARQL constraint without sh:select in shape {shape}")
        text = str(select)
        if re.search(r"(?im)^\s*(?:prefix\s+[\w.-]*:|base\s*<)", text):
            raise ShapesError("declare prefixes with sh:prefixes, not in the sh:select text")
        prologue = ""
        for ontology in self.objects(node, SH.prefixes):
            for declaration in self.objects(ontology, SH.declare):
                prologue += f"PREFIX {self.one(declaration, SH.prefix)}: <{self.one(declaration, SH.namespace)}>\n"
        inner = text.replace("$this", "?this")
        with_value = bool(re.search(r"SELECT[^{]*\?value\b", inner, re.S))
        query = f"{prologue}SELECT DISTINCT ?this{' ?value' if with_value else ''} WHERE {{ {target} {{ {inner} }} }}"
        message = str(self.one(node, SH.message) or "")
        return Check(name, "SPARQLConstraintComponent", None, message, severity, query)


def compile_shapes(shapes: Graph) -> tuple[Check, ...]:
    """Every constraint of ``shapes`` as a SPARQL check; refuses what it cannot compile."""
    return tuple(_Compiler(shapes).checks())


@cache
def default_checks() -> tuple[Check, ...]:
    from .validate import shapes_graph

    return compile_shapes(shapes_graph())


def _subclasses(store: ox.Store) -> dict[str, set[str]]:
    """Each class's subclasses in the data (rdfs:subClassOf+), read once per run."""
    below: dict[str, set[str]] = {}
    query = f"SELECT DISTINCT ?sub ?super WHERE {{ ?sub {SUBCLASS}+ ?super }}"
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for solution in solutions:
        sub, sup = solution["sub"], solution["super"]
        if isinstance(sub, ox.NamedNode) and isinstance(sup, ox.NamedNode) and sub != sup:
            below.setdefault(sup.value, set()).add(sub.value)
    return below


def _instance_of(var: str, cls: str, below: dict[str, set[str]]) -> str:
    """``var rdf:type/rdfs:subClassOf* <cls>`` with the closure already known: a plain type
    pattern, or a union of them, which Oxigraph evaluates several times faster than the path."""
    classes = [cls, *sorted(below.get(cls, ()))]
    patterns = [f"{{ {var} {RDF_TYPE} <{c}> }}" for c in classes]
    return patterns[0][2:-2] if len(patterns) == 1 else " UNION ".join(patterns)


def check_store(store: ox.Store, checks: Iterable[Check] | None = None) -> Report:
    """Run the checks (by default spacekg's shapes) on ``store``, over the union of its graphs.
    Violations in a stable order, each once."""
    return Report.of(run_checks(store, default_checks() if checks is None else checks, _subclasses(store)))


@cache
def query_predicates(query: str) -> frozenset[str] | None:
    """Every IRI that a triple pattern or property path of ``query`` has as its predicate (in
    EXISTS and subqueries too): a triple with another predicate cannot change its answer. None
    when a predicate is a variable, a negated property set, or the query will not parse here."""
    found: set[str] = set()

    def step(p: Any) -> bool:
        if isinstance(p, URIRef):
            found.add(str(p))
            return True
        if isinstance(p, (SequencePath, AlternativePath)):
            return all(step(a) for a in p.args)
        if isinstance(p, MulPath):
            return step(p.path)
        if isinstance(p, InvPath):
            return step(p.arg)
        return False  # a variable, or a negated property set

    def walk(node: Any) -> bool:
        if isinstance(node, CompValue):
            patterns = node.triples if node.name == "BGP" else ()
            if node.name == "TriplesBlock":  # as parsed, not yet translated (in EXISTS): flat s p o s p o ...
                patterns = flat_triples(node.triples)
            return all(step(p) for _, p, _ in patterns) and all(walk(v) for v in node.values())
        if isinstance(node, (list, tuple)):
            return all(walk(v) for v in node)
        return True

    try:
        algebra = prepareQuery(query).algebra
    except Exception:  # rdflib's parser raises many kinds; Oxigraph is the judge of the query
        return None
    return frozenset(found) if walk(algebra) else None


def run_checks(store: ox.Store, checks: Iterable[Check], below: dict[str, set[str]]) -> Iterator[Violation]:
    """The violations the checks' queries find in ``store``, given its subclasses (``below``)."""
    for check in checks:
        query = _INSTANCE_OF.sub(lambda m: _instance_of(m[1], m[2], below), check.query)
        solutions = store.query(query, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        for solution in solutions:
            value = solution["value"] if check.with_value else None
            yield Violation(
                focus=str(solution["this"]),
                component=check.component,
                path=check.path,
                value=str(value) if value is not None else None,
                message=check.message,
                severity=check.severity,
                shape=check.shape,
            )
