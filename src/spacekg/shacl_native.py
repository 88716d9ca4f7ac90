"""The compiled SHACL checks run in Python, over the triples of a few articles: what
``spacekg build --validate`` does in its workers.

The compiler (``spacekg.shacl``) gives most checks also as data (``Check.native``): targets, a
one-step path, one test. For a batch of articles, looking their triples (N-Triples terms, as the
mapper writes them) up in dictionaries is several times faster than loading them into an Oxigraph
store and running every query. The checks with no such form (here the SPARQL-based constraints),
and any check that meets a value this evaluator will not decide (a lexical form it does not parse
the way Oxigraph does, values it would have to compare across types), run as SPARQL on a store of
the triples their queries can match, built only then. So the results are those of ``check_store``;
the tests hold the two, and pySHACL, to the same focus nodes and components on every example and
broken graph.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pyoxigraph as ox

from . import shacl
from .nt import RDF_LANG_STRING, iri, is_blank, is_iri, is_literal, language, lexical, lines, parts
from .nt import datatype as datatype_of
from .shacl import RDF_TYPE, SUBCLASS, Check, Cond, Native, Report, Violation, run_checks

Triple = tuple[str, str, str]  # subject, predicate, object in N-Triples syntax (``spacekg.nt``)

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = _XSD + "integer"
_I64 = (-(2**63), 2**63 - 1)
# The integer types derived from xsd:integer, with their ranges, as the compiled checks take them
# (a store keeps them as xsd:integer, so an in-range xsd:integer passes too).
_DERIVED = {str(datatype): bounds for datatype, bounds in shacl.DERIVED_INTEGERS.items()}
_INTEGERS = {_INTEGER, *_DERIVED}
_STRING = _XSD + "string"
_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Lexical forms known well-formed for the datatypes whose forms the compiled checks test.
_WELL_FORMED: dict[str, Callable[[str], bool]] = {
    _XSD + "date": lambda s: _well_formed_date(s),
    _XSD + "integer": lambda s: bool(_PLAIN_INTEGER.fullmatch(s)) and _I64[0] <= int(s) <= _I64[1],
    _XSD + "boolean": lambda s: s in ("true", "false", "1", "0"),
}
_CHECKED_FORMS = {str(datatype) for datatype in shacl.WELL_FORMED}  # whose lexical forms the checks test


class Undecided(Exception):
    """The evaluator will not decide this check exactly: it runs as SPARQL instead."""


def _well_formed_date(s: str) -> bool:
    """A date written YYYY-MM-DD that exists (other forms, such as time zones, are left to Oxigraph)."""
    if not _PLAIN_DATE.fullmatch(s):
        return False
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
            if p == RDF_TYPE:
                instances.setdefault(o, set()).add(s)
            elif p == SUBCLASS and is_iri(s) and is_iri(o):
                parents.setdefault(s, set()).add(o)
        self.out = out
        self.instances = instances
        self.below = _closure(parents)
        self._targets: dict[tuple[tuple[str, str], ...], set[Any]] = {}
        self._tests: dict[Cond, Callable[[Any], bool]] = {}
        self._pairs: dict[tuple[tuple[tuple[str, str], ...], str], list[tuple[Any, set[Any]]]] = {}

    def values(self, focus: Any, predicate: str) -> set[Any]:
        by_p = self.out.get(focus)
        return by_p.get(predicate, set()) if by_p else set()

    def is_a(self, node: Any, cls: str) -> bool:
        types = self.values(node, RDF_TYPE)
        if not types:
            return False
        target = iri(cls)
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
            term = iri(value)
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

    def test(self, cond: Cond) -> Callable[[Any], bool]:
        """``ok`` for one condition, as a function of the value (made once per condition)."""
        made = self._tests.get(cond)
        if made is None:
            kind = cond[0]
            if kind == "datatype":
                made = _datatype_test(cond[1])
            elif kind == "nodeKind":
                made = _NODE_KINDS[cond[1]]
            else:
                made = functools.partial(self._ok_flipped, cond)
            self._tests[cond] = made
        return made

    def _ok_flipped(self, cond: Cond, v: Any) -> bool:
        return self.ok(v, cond)

    def ok(self, v: Any, cond: Cond) -> bool:
        kind = cond[0]
        if kind == "class":
            return self.is_a(v, cond[1])
        if kind == "datatype" or kind == "nodeKind":
            return self.test(cond)(v)
        if kind == "languageIn":
            lang = (language(v) or "") if is_literal(v) else None
            return lang is not None and any(_lang_matches(lang, tag) for tag in cond[1])
        if kind == "in":
            return is_iri(v) and v[1:-1] in cond[1]
        if kind in _LOGIC:
            return _LOGIC[kind](self.conforms(v, m) for m in cond[1])
        raise Undecided(kind)

    def conforms(self, v: Any, member: tuple[Any, ...]) -> bool:
        """Whether ``v`` conforms to a nested shape: ("node", conds) or ("property", predicate, tests)."""
        if member[0] == "node":
            return all(self.ok(v, c) for c in member[1])
        values = self.values(v, iri(member[1]))
        return all(next(self.violations(v, values, test), None) is None for test in member[2])

    # ------------------------------------------------------------------- the checks

    def run(self, native: Native) -> Iterator[tuple[Any, Any]]:
        """(focus, offending value or None) for each violation of the check."""
        test = native.test
        kind = test[0]
        focus_nodes = self.targets(native.targets)
        if native.predicate is None:
            if kind != "value":
                raise Undecided(kind)
            return ((f, None) for f in focus_nodes if not self.ok(f, test[1]))
        pairs = self.focus_values(native.targets, native.predicate)
        # The commonest tests, as one loop each (a call per focus node costs more than the test).
        if kind == "maxCount":
            return ((f, None) for f, values in pairs if len(values) > test[1])
        if kind == "minCount":
            return ((f, None) for f, values in pairs if len(values) < test[1])
        if kind == "value":
            ok = self.test(test[1])
            return ((f, v) for f, values in pairs for v in values if not ok(v))
        return (found for f, values in pairs for found in self.violations(f, values, test))

    def focus_values(self, targets: tuple[tuple[str, str], ...], predicate: str) -> list[tuple[Any, set[Any]]]:
        """Each focus node of the targets with its values for the predicate (made once for the
        several checks on the same path of the same targets: minCount, maxCount, datatype...)."""
        key = (targets, predicate)
        pairs = self._pairs.get(key)
        if pairs is None:
            p, out, empty = iri(predicate), self.out, set[Any]()
            pairs = self._pairs[key] = [
                (f, by_p.get(p, empty) if (by_p := out.get(f)) else empty) for f in self.targets(targets)
            ]
        return pairs

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
            others = self.values(f, iri(test[1]))
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
    "IRI": is_iri,
    "Literal": is_literal,
    "BlankNode": is_blank,
    "BlankNodeOrIRI": lambda v: not is_literal(v),
    "BlankNodeOrLiteral": lambda v: not is_iri(v),
    "IRIOrLiteral": lambda v: not is_blank(v),
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


def _integer(v: str) -> int:
    """The value of an integer literal as Oxigraph casts it, or Undecided."""
    text = lexical(v)
    if not (text.isascii() and text.isdigit()) and not _PLAIN_INTEGER.fullmatch(text):
        raise Undecided(text)
    n = int(text)
    if not _I64[0] <= n <= _I64[1]:
        raise Undecided(text)
    return n


def _datatype_test(datatype: str) -> Callable[[Any], bool]:
    """Whether a value is a literal of ``datatype`` (and, for the datatypes whose lexical forms
    the compiled checks test, well-formed; Undecided where Oxigraph's cast would have to say)."""
    own = f'"^^<{datatype}>'  # a typed literal ends so exactly when its datatype is this one
    if datatype == _STRING:
        return lambda v: v.endswith('"') and v.startswith('"')
    if datatype == RDF_LANG_STRING:
        return lambda v: v.startswith('"') and language(v) is not None
    if datatype in _DERIVED:
        low, high = _DERIVED[datatype]
        plain = f'"^^<{_INTEGER}>'

        def integer_in_range(v: Any) -> bool:
            if not ((v.endswith(own) or v.endswith(plain)) and v.startswith('"')):
                return False
            n = _integer(v)
            return (low is None or n >= low) and (high is None or n <= high)

        return integer_in_range
    if datatype not in _CHECKED_FORMS:
        return lambda v: v.endswith(own) and v.startswith('"')
    check = _WELL_FORMED.get(datatype)

    def well_formed(v: Any) -> bool:
        if not (v.endswith(own) and v.startswith('"')):
            return False
        text = lexical(v)
        if check is None or not check(text):
            raise Undecided(text)  # maybe ill-formed: as Oxigraph's cast says
        return True

    return well_formed


def _less(a: Any, b: Any, or_equals: bool) -> bool:
    """SPARQL ``a < b`` (or ``<=``), for integers and plain dates; anything else is Undecided."""
    if not (is_literal(a) and is_literal(b)):
        raise Undecided("not literals")
    kinds = {datatype_of(a), datatype_of(b)}
    if kinds <= _INTEGERS:
        x, y = _integer(a), _integer(b)
    elif kinds == {_XSD + "date"} and _well_formed_date(x_ := lexical(a)) and _well_formed_date(y_ := lexical(b)):
        x, y = x_, y_  # type: ignore[assignment]
    else:
        raise Undecided("values of other types")
    return x <= y if or_equals else x < y


def _shown(value: Any) -> str:
    """A value as a store gives it back: integers of the xsd:integer family as xsd:integer in
    their canonical form (Oxigraph keeps the number, not the text)."""
    if is_literal(value):
        text, datatype, _ = parts(value)
        if datatype in (_INTEGER, *_DERIVED) and _PLAIN_INTEGER.fullmatch(text) and _I64[0] <= int(text) <= _I64[1]:
            return f'"{int(text)}"^^<{_INTEGER}>'
    return str(value)


def check_triples(
    triples: Sequence[Triple], store: Callable[[], ox.Store] | None = None, checks: Iterable[Check] | None = None
) -> Report:
    """Run the checks on ``triples`` (the union of one batch's graphs): natively where a check
    has a native form, as SPARQL otherwise: on ``store()`` (the same triples in an Oxigraph
    store) if given, else on a store of those of the triples that the queries can match."""
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
        below = {sup[1:-1]: {sub[1:-1] for sub in subs} for sup, subs in index.below.items()}
        found.update(run_checks(store() if store is not None else _store_for(triples, pending), pending, below))
    return Report.of(found)


def _store_for(triples: Sequence[Triple], checks: Sequence[Check]) -> ox.Store:
    """An Oxigraph store of the triples whose predicate one of the checks' queries can match
    (all of them if a query has a variable predicate): a third of a batch's, for spacekg's shapes."""
    wanted = {RDF_TYPE, SUBCLASS}
    every = False
    for check in checks:
        predicates = shacl.query_predicates(check.query)
        every = every or predicates is None
        wanted.update(f"<{p}>" for p in predicates or ())
    kept = triples if every else [t for t in triples if t[1] in wanted]
    store = ox.Store()
    store.load("".join(lines(kept)).encode(), format=ox.RdfFormat.N_TRIPLES)
    return store
