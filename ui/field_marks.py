"""Marking form fields in place: a red ``invalid`` property, a tooltip with the reason.

The style sheet draws ``*[invalid="true"]`` red; the reason is also the tooltip, so a
keyboard user hovering or a screen reader finds it. Shared by every form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class FieldMarks:
    """The fields currently marked, and their reasons (in the order they were marked)."""

    def __init__(self) -> None:
        self._marked: dict[QWidget, str] = {}
        self._tips: dict[QWidget, str] = {}

    def mark(self, widget: QWidget, reason: str) -> None:
        if widget not in self._marked:
            self._tips[widget] = widget.toolTip()
        self._marked[widget] = reason
        widget.setToolTip(reason)
        _restyle(widget, True)

    def clear(self) -> None:
        for widget in self._marked:
            widget.setToolTip(self._tips.get(widget, ""))
            _restyle(widget, False)
        self._marked.clear()
        self._tips.clear()

    def reason(self, widget: QWidget) -> str | None:
        return self._marked.get(widget)

    def reasons(self) -> list[str]:
        return list(self._marked.values())

    def first(self) -> QWidget | None:
        return next(iter(self._marked), None)


def mark_one(widget: QWidget, reason: str | None) -> None:
    """Mark one field with ``reason`` (red, reason as its tooltip), or unmark it (None)."""
    widget.setToolTip(reason or "")
    _restyle(widget, reason is not None)


def _restyle(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    # A dynamic property only restyles after the style is re-polished.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
