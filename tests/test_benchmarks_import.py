"""Every benchmark script still imports: a module moved in the package must not leave a number
in RESULTS.md that no command can print any more (speed_extractive.py and facts.py broke so)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parent.parent / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_script_imports(script: Path) -> None:
    # run_name other than "__main__": the top level (imports, constants) runs, main() does not.
    namespace = runpy.run_path(str(script), run_name="benchmark_import_check")
    assert namespace.get("__doc__"), f"{script.name} says in its docstring what it measures"
