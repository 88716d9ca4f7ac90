"""RDF terms written as N-Triples text: the form the mapper produces and the workers stream.

A term is a ``str`` in N-Triples syntax: ``<iri>``, ``"text"``, ``"text"@en``,
``"5"^^<datatype>`` (or ``_:label`` for a blank node read from elsewhere). Literals are escaped
exactly as Oxigraph writes them, so a line made here is byte-identical to Oxigraph's N-Triples
for the same triple, and the output of a build does not depend on which of the two wrote it.
Making terms as text is several times cheaper than making pyoxigraph objects, which matters
when a build writes a thousand triples per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_NAMED = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPES: dict[int, str] = {
    cp: _NAMED.get(cp, f"\\u{cp:04X}") for cp in (*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF)
}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "'": "'", "\\": "\\"}


def iri(value: str) -> str:
    """``<value>``: the caller vouches that ``value`` is an IRI (minted from slugs, or checked)."""
    return f"<{value}>"


def quoted(text: str) -> str:
    """``text`` between double quotes, escaped as Oxigraph escapes it."""
    if _NEEDS_ESCAPE.search(text) is None:
        return f'"{text}"'
    return f'"{text.translate(_ESCAPES)}"'


def lines(triples: Iterable[tuple[str, str, str]]) -> list[str]:
    """Each triple as an N-Triples statement with its newline, in the order given."""
    return [f"{s} {p} {o} .\n" for s, p, o in triples]


def is_iri(term: str) -> bool:
    return term.startswith("<")


def is_literal(term: str) -> bool:
    return term.startswith('"')


def is_blank(term: str) -> bool:
    return term.startswith("_:")


def value(term: str) -> str:
    """An IRI's text (``<x>`` -> ``x``), a blank node's label, or a literal's lexical form."""
    if term.startswith("<"):
        return term[1:-1]
    if term.startswith("_:"):
        return term[2:]
    return lexical(term)


def lexical(term: str) -> str:
    """A literal's lexical form, unescaped."""
    text = term[1 : term.rindex('"')]
    return _UNESCAPE.sub(_unescape, text) if "\\" in text else text


def datatype(term: str) -> str:
    """A literal's datatype IRI, read off its end (the text itself is not copied)."""
    close = term.rindex('"')
    if term.startswith("^^<", close + 1):
        return term[close + 4 : -1]
    return RDF_LANG_STRING if term.startswith("@", close + 1) else XSD_STRING


def language(term: str) -> str | None:
    """A literal's language tag, or None."""
    close = term.rindex('"')
    return term[close + 2 :] if term.startswith("@", close + 1) else None


class Literal(NamedTuple):
    lexical: str
    datatype: str
    language: str | None


def parts(term: str) -> Literal:
    """A literal's lexical form, datatype IRI and language tag (the last closing quote ends the
    text: neither a language tag nor a datatype IRI holds a double quote)."""
    return Literal(lexical(term), datatype(term), language(term))


def _unescape(m: re.Match[str]) -> str:
    code = m[1] or m[2]
    if code:
        return chr(int(code, 16))
    return _ECHAR.get(m[3], "\\" + m[3])
