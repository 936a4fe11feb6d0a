"""Display names of the core's role codes (DESIGN.md §1)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def role_name(code: str) -> str:
    names = {
        "hr": QCoreApplication.translate("Roles", "HR"),
        "manager": QCoreApplication.translate("Roles", "Hiring manager"),
        "interviewer": QCoreApplication.translate("Roles", "Interviewer"),
        "executive": QCoreApplication.translate("Roles", "Executive"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
    }
    return names.get(code, code)


def role_names(codes: Iterable[str]) -> str:
    separator = QCoreApplication.translate("Roles", ", ", "separator between role names")
    return separator.join(role_name(code) for code in codes)
