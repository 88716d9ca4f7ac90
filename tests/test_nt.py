"""N-Triples terms as text (spacekg.nt): the same bytes Oxigraph writes, and read back exactly."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from spacekg import nt

XSD = "http://www.w3.org/2001/XMLSchema#"
# Every code point of the first plane that escaping could touch, and a few beyond it.
CHARS = [
    chr(cp) for cp in (*range(0x0, 0x800), *range(0xFFF0, 0x10000), 0x1F680, 0x10FFFF) if not 0xD800 <= cp <= 0xDFFF
]


def test_quoted_escapes_as_oxigraph_does() -> None:
    different = [ch for ch in CHARS if nt.quoted(f"a{ch}b") != str(ox.Literal(f"a{ch}b"))]
    assert different == []


@pytest.mark.parametrize(
    "literal",
    [
        ox.Literal('He said "go"\\ \n\r\t\x01\x7f\ufffe done'),
        ox.Literal("Chang'e-4 嫦娥四号", language="zh"),
        ox.Literal("42", datatype=ox.NamedNode(XSD + "nonNegativeInteger")),
        ox.Literal(""),
    ],
)
def test_parts_read_a_literal_back(literal: ox.Literal) -> None:
    term = str(literal)
    got = nt.parts(term)
    assert got.lexical == literal.value
    assert got.datatype == literal.datatype.value
    assert got.language == literal.language
    assert nt.value(term) == literal.value


def test_lines_parse_to_the_same_triple() -> None:
    text = 'quote: "mind the \\ and the \n" — 北京'
    line = f"<urn:a> <urn:p> {nt.quoted(text)} .\n"
    (quad,) = ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES)
    assert quad.object == ox.Literal(text)
    assert nt.is_literal(str(quad.object)) and nt.is_iri(str(quad.subject)) and not nt.is_blank(str(quad.subject))
    assert nt.value(str(quad.subject)) == "urn:a"
