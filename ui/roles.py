"""Display names of the core's roles (DESIGN.md §1)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from hrdesk.vocabulary import Role
from ui import terms


def role_name(code: str) -> str:
    return terms.said_as(Role, code)


def role_names(codes: Iterable[str]) -> str:
    separator = QCoreApplication.translate("Roles", ", ", "separator between role names")
    return separator.join(role_name(code) for code in codes)
