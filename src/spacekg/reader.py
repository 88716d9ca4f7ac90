"""Read articles from files, folders, JSON Lines and standard input.

This module and ``writer`` are the only ones that touch the file system for
articles. Every problem becomes an InputError naming the file and line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .model import Source
from .segment import normalize
from .text import slug

STDIN = "-"
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def expand(inputs: Iterable[str | Path]) -> list[str | Path]:
    """Files in the order given; a folder's ``*.txt`` and ``*.jsonl`` files, recursively, sorted."""
    paths: list[str | Path] = []
    for item in inputs:
        if str(item) == STDIN:
            paths.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            # A dangling link is kept, so that reading it reports it rather than passing it over.
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES and (p.is_file() or p.is_symlink())
            )
            if not found:
                raise InputError("folder holds no .txt or .jsonl files; point spacekg at articles", origin=str(path))
            paths.extend(found)
        elif not path.exists():
            raise InputError("no such file or folder; check the path", origin=str(path))
        else:
            paths.append(path)
    return paths


def estimate(inputs: Iterable[str | Path]) -> int | None:
    """About how many articles ``inputs`` hold (for a progress bar's ETA): one per text file,
    one per line of a JSON Lines file; None for standard input or what cannot be read."""
    total = 0
    try:
        for path in expand(inputs):
            if path == STDIN:
                return None
            if Path(path).suffix.lower() in JSONL_SUFFIXES:
                with open(path, "rb") as handle:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
            else:
                total += 1
    except (InputError, OSError):
        return None
    return total


def read(inputs: Iterable[str | Path], skipped: list[InputError] | None = None) -> Iterator[Source]:
    """Every article in ``inputs``; article ids are unique (``-2``, ``-3`` added on a clash).

    A bad file or JSON line raises InputError, unless ``skipped`` is given: then the error is
    appended to it and reading goes on with the next article."""
    used: dict[str, int] = {}
    for path in expand(inputs):
        try:
            for source in _read_one(path):
                if isinstance(source, InputError):
                    if skipped is None:
                        raise source
                    skipped.append(source)
                    continue
                count = used.get(source.id, 0) + 1
                used[source.id] = count
                if count > 1:
                    source = replace(source, id=f"{source.id}-{count}")
                yield source
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(exc)


def _read_one(path: str | Path) -> Iterator[Source | InputError]:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        origin, stem, suffix = "<stdin>", "stdin", ".txt"
    else:
        p = Path(path)
        origin, stem, suffix = str(p), p.stem, p.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_file(p)
            return
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror}); check its permissions", origin=origin) from None
    text = decode(data, origin)
    if not text.strip():
        raise InputError("file is empty; give it the text of a news article", origin=origin, line=1)
    yield Source(id=slug(stem), text=normalize(text), origin=origin, date=_date_in_name(stem))


def _jsonl_file(path: Path) -> Iterator[Source | InputError]:
    """One article per line, read line by line: memory does not grow with the file."""
    origin = str(path)
    any_line = False
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror}); check its permissions", origin=origin) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            any_line = True
            try:
                line = raw.decode("utf-8")
                yield _jsonl_row(line, origin, number, path.stem)
            except UnicodeDecodeError:
                yield InputError("is not UTF-8; convert the file to UTF-8", origin=origin, line=number)
            except InputError as exc:
                yield exc
    if not any_line:
        raise InputError("file is empty; give it one JSON object per line", origin=origin, line=1)


def decode(data: bytes, origin: str) -> str:
    # A UTF-16 or UTF-32 file says so with its byte order mark; without one, text must be UTF-8.
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"is not valid {codec.upper()}; re-save it as UTF-8", origin=origin) from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text; give spacekg UTF-8 text", origin=origin, line=1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"is not UTF-8 (byte 0x{data[exc.start]:02x}); convert the file to UTF-8, "
            "for example with: iconv -f LATIN1 -t UTF-8",
            origin=origin,
            line=line,
        ) from None


def _jsonl_row(line: str, origin: str, number: int, stem: str) -> Source:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg}); fix or remove this line", origin=origin, line=number) from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise InputError('each line needs an object with a "text" string', origin=origin, line=number)
    for key in ("id", "title", "date", "url"):
        if key in row and row[key] is not None and not isinstance(row[key], str):
            raise InputError(f'"{key}" must be a string', origin=origin, line=number)
    if not row["text"].strip():
        raise InputError('"text" is empty', origin=origin, line=number)
    date = None
    if row.get("date"):
        try:
            date = dt.date.fromisoformat(row["date"][:10])
        except ValueError:
            raise InputError(f'"date" {row["date"]!r} is not YYYY-MM-DD', origin=origin, line=number) from None
    return Source(
        id=slug(row.get("id") or f"{stem}-{number}"),
        text=normalize(row["text"]),
        origin=f"{origin}:{number}",
        title=row.get("title"),
        date=date,
        url=row.get("url"),
    )


def _date_in_name(stem: str) -> dt.date | None:
    """``2022-06-05-shenzhou-14.txt`` was published on 2022-06-05, unless the text says otherwise."""
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", stem)
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
