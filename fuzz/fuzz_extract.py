"""Coverage-guided fuzzing of the reader, the segmenter and the extractor with atheris.

    python fuzz/fuzz_extract.py -max_total_time=600 fuzz/corpus

Any exception other than a SpacekgError is a finding; atheris saves the input as crash-*.
Keep every finding as a regression test in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from spacekg.errors import SpacekgError
    from spacekg.extract import default_extractor
    from spacekg.model import Source
    from spacekg.reader import decode
    from spacekg.segment import normalize

EXTRACTOR = default_extractor()


def one_input(data: bytes) -> None:
    try:
        text = decode(data, "<fuzz>")
        source = Source("fuzz", normalize(text), "<fuzz>")
        extraction = EXTRACTOR.extract(source)
    except SpacekgError:
        return
    doc = extraction.document
    for m in extraction.mentions:
        if not (0 <= m.span.begin < m.span.end <= len(doc.text)):
            raise AssertionError(f"mention span out of the text: {m.span}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
