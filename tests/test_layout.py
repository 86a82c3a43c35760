"""The package layout stays acyclic: no module imports, at module level, one that imports it back.

A cycle works only in one import order and breaks when someone imports the other module first;
imports under `if TYPE_CHECKING:` and inside functions are not module-level and are allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module_graph(package: str) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        here = parts if is_package else parts[:-1]
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                if node.module:
                    deps.add(module)
                deps.update(f"{module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[".".join(parts)] = deps
    return {m: {d for d in deps if d in graph and d != m} for m, deps in graph.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


@pytest.mark.parametrize("package", ["summarizer", "bot"])
def test_no_import_cycles(package: str) -> None:
    assert _cycles(_module_graph(package)) == []


def test_the_checker_sees_a_cycle(tmp_path: Path) -> None:
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_no_flat_prefixed_modules_in_facts() -> None:
    """Modules that share a prefix belong in a subpackage (facts/figures/, facts/speakers/)."""
    flat = sorted(p.stem for p in (ROOT / "summarizer" / "facts").glob("*.py"))
    assert not [n for n in flat if n.startswith(("figure_", "speech_"))], flat
