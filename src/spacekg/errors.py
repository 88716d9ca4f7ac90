"""spacekg's exceptions and the exit codes the CLI maps them to.

Exit codes (also in the README):
    0  success (``validate``: the graph conforms)
    1  ``validate``: the graph does not conform to the shapes
    2  bad input or usage: missing, empty, undecodable or malformed files
    3  an internal error: a bug, or an installation missing spacekg's bundled files
    4  the machine could not finish: a worker process died (killed, out of memory)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NONCONFORMING = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_RESOURCES = 4


class SpacekgError(Exception):
    """Base class: a problem spacekg reports as one line, never a traceback."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, origin: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.origin = origin
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.origin is not None:
            where = self.origin if self.line is None else f"{self.origin}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class InputError(SpacekgError):
    """An input file is missing, unreadable, empty, not UTF-8 or malformed."""


class DateError(InputError):
    """A date heading names a day that does not exist."""


class ResourceError(SpacekgError):
    """The input is fine but the machine could not finish: a worker process died."""

    exit_code = EXIT_RESOURCES


class InstallationError(SpacekgError):
    """spacekg's own bundled files (the ontology, the reference data) cannot be found."""

    exit_code = EXIT_INTERNAL
