"""spacekg: RDF knowledge graphs of news about space exploration, every fact traceable to its words."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import DateError, InputError, ResourceError, SpacekgError
from .extract import Extractor
from .pipeline import BuildResult, build, build_result
from .serialize import serialize
from .validate import Report, validate

__all__ = [
    "BuildResult",
    "DateError",
    "Extractor",
    "InputError",
    "Report",
    "ResourceError",
    "SpacekgError",
    "__version__",
    "build",
    "build_result",
    "serialize",
    "validate",
]
