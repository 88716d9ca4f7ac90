"""Write output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or chunks of them) to a temporary file beside ``path``, then rename it
    into place: a reader, or a build killed half-way, sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def move_atomic(path: Path, header: bytes, body: Path) -> None:
    """Put ``header`` followed by the file ``body`` at ``path``, as ``write_atomic`` would, and
    remove ``body``. Without a header, ``body`` (beside ``path``) is renamed into place; with
    one, the kernel copies the body after it (no pass through Python's buffers)."""
    if not header and body.parent == path.parent:
        with body.open("rb+") as handle:
            os.fchmod(handle.fileno(), 0o666 & ~_umask())
            os.fsync(handle.fileno())
        os.replace(body, path)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as out, body.open("rb") as source:
            out.write(header)
            out.flush()
            _copy(source.fileno(), out.fileno(), os.fstat(source.fileno()).st_size)
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    body.unlink()


def _copy(source: int, target: int, size: int) -> None:
    """Append ``size`` bytes of ``source`` to ``target``, in the kernel where it can."""
    done = 0
    try:
        while done < size:
            sent = os.copy_file_range(source, target, size - done)
            if sent == 0:
                break
            done += sent
    except OSError:  # a file system without copy_file_range: go through user space
        os.lseek(source, done, os.SEEK_SET)
        while chunk := os.read(source, 1 << 20):
            view = memoryview(chunk)
            while view:
                view = view[os.write(target, view) :]
            done += len(chunk)
    if done != size:
        raise OSError(f"copied {done} of {size} bytes")


def read_graph_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file; check the path", origin=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder; give an RDF file", origin=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", origin=str(path)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
