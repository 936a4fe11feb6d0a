"""A module named in a string (``importlib.import_module("ui.app")``) is an import the
contracts (.importlinter, tests/unit/test_import_contracts.py) cannot see; this looks
for such strings where the dependency rule forbids the module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# package -> modules it must not name (the core wires none of its edges: hrdesk_app does)
FORBIDDEN = {
    "hrdesk": ("PySide6", "shiboken6", "ui", "reports", "hrdesk_app"),
    "reports": ("PySide6", "shiboken6", "ui"),
}

# A dotted name, optionally with ":attribute" (as ui.sections names its screens).
_MODULE_PATH = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:\w+)?")


def _named(path: Path) -> list[tuple[int, str]]:
    """Every string constant that reads as a module path, without its ":attribute"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [(node.lineno, node.value.partition(":")[0]) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and _MODULE_PATH.fullmatch(node.value)]


def _violations(package: str) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line} names {module}"
            for path in sorted((ROOT / package).rglob("*.py"))
            for line, module in _named(path)
            for prefix in FORBIDDEN[package]
            if module == prefix or module.startswith(prefix + ".")]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_forbidden_module_is_named_by_string(package: str) -> None:
    assert _violations(package) == []


def test_the_checker_sees_a_module_named_by_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('import importlib\ngui = importlib.import_module("ui.app")\n'
                      'page = "ui.board.widget:BoardWidget"\nlabel = "ui, reports"\n')
    assert sorted(m for _line, m in _named(sample)) == ["ui.app", "ui.board.widget"]
