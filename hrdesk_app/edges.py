"""The desktop client and the reports, wired to the core's command line.

Plain imports, so a reader, the import contracts and PyInstaller all see them; inside
the functions, so a headless verb (a scheduled backup on a server without Qt's
libraries) neither needs nor waits for Qt or openpyxl.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from hrdesk.cli import Desktop, Edges, exits

if TYPE_CHECKING:
    from hrdesk.services.imports import ImportPlan


def load_desktop() -> Desktop:
    from ui import app

    return app


def write_rejected_rows(plan: ImportPlan, path: Path) -> int:
    from reports import rejected_rows

    return rejected_rows.write_for(plan, path)


def self_check() -> int:
    """Every module of the desktop client and of the reports imports — a build that left
    out a module they need fails here, naming it — then the client's own check (an
    encrypted database round trip, a font that shows Chinese)."""
    try:
        import reports
        import ui
    except ImportError as exc:
        return _failed(exc.name or "ui, reports", exc)
    for package in (reports, ui):
        unimportable = _first_unimportable(package)
        if unimportable is not None:
            return _failed(*unimportable)
    from ui import app

    return app.self_check()


def _first_unimportable(package: ModuleType) -> tuple[str, ImportError] | None:
    """The first module below ``package`` that cannot be imported, and why. Walked here,
    not with ``pkgutil.walk_packages``, which skips a package that fails to import."""
    for found in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        try:
            module = importlib.import_module(found.name)
        except ImportError as exc:
            return found.name, exc
        if found.ispkg:
            deeper = _first_unimportable(module)
            if deeper is not None:
                return deeper
    return None


def _failed(module: str, error: ImportError) -> int:
    # The module, and the reason Python gives: it names what is missing (a module, or
    # a shared library such as libEGL.so.1).
    print(f"self-check failed: cannot import {module}: {error}")
    return exits.FAILED


EDGES = Edges(load_desktop=load_desktop, self_check=self_check,
              write_rejected_rows=write_rejected_rows)
