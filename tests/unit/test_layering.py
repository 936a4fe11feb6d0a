"""The dependency rule of STYLE.md, checked on every import statement and on every
string that names a module: ``importlib.import_module("ui.app")`` is an import too,
one that an import checker cannot see."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# package -> module prefixes it must never import
FORBIDDEN = {
    "hrdesk": ("PySide6", "shiboken6", "ui", "reports"),
    "reports": ("PySide6", "shiboken6", "ui", "matplotlib.pyplot"),
    "ui": ("sqlalchemy", "hrdesk.db", "hrdesk.models"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            # "from matplotlib import pyplot" names the module in the alias
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


# A dotted name, optionally with ":attribute" (as ui.sections names its screens).
_MODULE_PATH = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:\w+)?")


def _named(path: Path) -> list[tuple[int, str]]:
    """Every string constant that reads as a module path, without its ":attribute"."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [(node.lineno, node.value.partition(":")[0]) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and _MODULE_PATH.fullmatch(node.value)]


def _violations(package: str) -> list[str]:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for how, found in (("imports", _imports(path)), ("names", _named(path))):
            for line, module in found:
                for prefix in FORBIDDEN[package]:
                    if module == prefix or module.startswith(prefix + "."):
                        bad.append(f"{path.relative_to(ROOT)}:{line} {how} {module}")
    return bad


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_the_dependency_rule(package: str) -> None:
    assert _violations(package) == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from matplotlib import pyplot\nimport PySide6.QtCore\n")
    modules = [m for _line, m in _imports(sample)]
    assert "matplotlib.pyplot" in modules and "PySide6.QtCore" in modules


def test_the_checker_sees_a_module_named_by_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('import importlib\ngui = importlib.import_module("ui.app")\n'
                      'page = "ui.board.widget:BoardWidget"\nlabel = "ui, reports"\n')
    assert sorted(m for _line, m in _named(sample)) == ["ui.app", "ui.board.widget"]
