"""The extraction modules are long lists of module-level patterns and helpers; a new one given the
name of an older one silently replaces it for every rule that reads it (a pattern for names joined by
"and" once took the name of the one for verbs joined by "and", and dockings vanished). Each module
binds each top-level name once."""

from __future__ import annotations

import ast
from collections import Counter

from .conftest import ROOT


def rebound(source: str) -> list[str]:
    """The top-level names a module's source binds more than once (assignments, functions, classes)."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
        elif isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_a_name_bound_twice_is_found() -> None:
    source = 'import re\n_A = re.compile("a")\ndef f() -> None: ...\n_A = re.compile("b")\nclass f: ...\n'
    assert rebound(source) == ["_A", "f"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    modules = sorted((ROOT / "src" / "spacekg").glob("*.py"))
    assert modules
    found = {m.name: names for m in modules if (names := rebound(m.read_text(encoding="utf-8")))}
    assert found == {}
