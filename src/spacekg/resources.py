"""Where spacekg's bundled files live: the ontology folder and the reference data.

In a source checkout they are the repository's ``ontology/`` and
``data/reference/``; in an installed wheel they are copied into the package
under ``spacekg/_share/`` (see pyproject.toml). This module only finds paths.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import InstallationError

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    for candidate in (_PACKAGE / "_share" / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise InstallationError(f"spacekg's bundled folder '{name}' is missing; reinstall spacekg", origin=str(_PACKAGE))


def ontology_dir() -> Path:
    return _root("ontology")


def ontology_file() -> Path:
    return ontology_dir() / "spacekg.ttl"


def themes_file() -> Path:
    return ontology_dir() / "themes.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def entities_file() -> Path:
    return _root("data") / "reference" / "entities.toml"


def given_names_file() -> Path:
    return _root("data") / "reference" / "given-names.toml"
