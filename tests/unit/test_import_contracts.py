"""The import contracts (.importlinter) hold, and the module-cycle contract finds cycles."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

from tests.import_contracts import AcyclicModulesContract, tangles

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is not installed (make install-test)"
    done = subprocess.run([lint, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_reports_draw_without_pyplot() -> None:
    """pyplot keeps global figures and picks a GUI backend; the reports draw on a
    ``Figure``. import-linter cannot forbid part of an outside package, so this looks."""
    for path in sorted((ROOT / "reports").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [f"{node.module}.{a.name}" for a in node.names] + [node.module or ""]
                     if isinstance(node, ast.ImportFrom) else [])
            assert "matplotlib.pyplot" not in names, f"{path.relative_to(ROOT)}:{node.lineno}"


def test_tangles_are_the_modules_that_reach_each_other() -> None:
    imports = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}, "f": {"d"}}
    assert tangles(imports) == [["a", "b", "c"], ["e"]]
    assert tangles({"a": {"b"}, "b": set()}) == []


def test_a_long_chain_is_no_trouble() -> None:
    ring = {f"m{i}": {f"m{(i + 1) % 5000}"} for i in range(5000)}
    assert [len(group) for group in tangles(ring)] == [5000]


def _contract() -> AcyclicModulesContract:
    return AcyclicModulesContract("cycles", session_options={}, contract_options={})


def test_the_contract_names_each_import_of_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for importer, imported, line in (("pkg.db.uow", "pkg.db.wal", 3),
                                     ("pkg.db.wal", "pkg.db.uow", 7),
                                     ("pkg.services", "pkg.db.uow", 1)):
        graph.add_import(importer=importer, imported=imported, line_number=line,
                         line_contents=f"import {imported}")
    check = _contract().check(graph, verbose=False)
    assert not check.kept
    assert check.metadata["tangles"] == [["pkg.db.uow", "pkg.db.wal"]]
    assert check.metadata["ties"] == [[("pkg.db.uow", "pkg.db.wal", "l.3"),
                                       ("pkg.db.wal", "pkg.db.uow", "l.7")]]


def test_outside_packages_make_no_cycle() -> None:
    graph = grimp.ImportGraph()
    graph.add_module("sqlalchemy", is_squashed=True)
    graph.add_import(importer="pkg.a", imported="sqlalchemy")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    assert _contract().check(graph, verbose=False).kept
