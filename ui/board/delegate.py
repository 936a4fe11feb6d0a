"""Paints a board card: name and stars, key facts, days in stage with an overdue badge, tags.

Every card has the same height (the view runs with uniform item sizes), so a
column of two thousand cards lays out without measuring each one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hrdesk.services.boards import Card
from hrdesk.vocabulary import ApplicationStatus
from ui import terms
from ui.board.model import CardRole

MARGIN = 4  # around the card, inside the row
PADDING = 8  # inside the card
OVERDUE = QColor("#d93025")
STAR = QColor("#f5a623")
MUTED = QColor("#5f6368")
TAG_BACK = QColor("#e8f0fe")
TAG_TEXT = QColor("#1a56c4")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    # --- texts (public: the tests and the accessibility text use them) ----------------

    def facts_text(self, card: Card) -> str:
        years = (self.tr("{years} yrs").format(years=card.years_experience)
                 if card.years_experience is not None else None)
        return " · ".join(part for part in (card.education, years, card.channel) if part)

    def days_text(self, card: Card) -> str:
        if card.status not in (ApplicationStatus.ACTIVE, ApplicationStatus.ON_HOLD):
            return self._status_text(card.status)
        return self.tr("Working days in stage: {days}").format(
            days=f"{card.working_days_in_stage:g}")

    def _status_text(self, status: str) -> str:
        return terms.said_as(ApplicationStatus, status)

    # --- geometry --------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        height = 2 * MARGIN + 2 * PADDING + 4 * line + 3 * 3
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card = index.data(CardRole.Card)
        if not isinstance(card, Card):
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

        back = palette.color(QPalette.ColorRole.Base)
        if selected:
            back = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        border = palette.color(QPalette.ColorRole.Highlight) if selected or focused \
            else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.setBrush(back)
        painter.drawRoundedRect(box, 5, 5)
        if card.overdue:
            painter.fillRect(QRect(box.left() + 1, box.top() + 4, 3, box.height() - 8), OVERDUE)

        inner = box.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING + 2)
        base_font = QFont(option.font)
        metrics = QFontMetrics(base_font)
        line = metrics.lineSpacing()
        text_colour = palette.color(QPalette.ColorRole.Text)
        y = inner.top()

        # 1. name (bold) and priority stars on the right
        stars = "★" * max(0, min(card.priority, 3))
        stars_width = metrics.horizontalAdvance(stars) if stars else 0
        if stars:
            painter.setPen(STAR)
            painter.setFont(base_font)
            painter.drawText(QRect(inner.right() - stars_width, y, stars_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stars)
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_width = inner.width() - stars_width - (6 if stars else 0)
        painter.drawText(QRect(inner.left(), y, name_width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(card.name, Qt.TextElideMode.ElideRight,
                                                       name_width))
        y += line + 3

        # 2. key facts
        painter.setFont(base_font)
        painter.setPen(MUTED)
        painter.drawText(QRect(inner.left(), y, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.facts_text(card), Qt.TextElideMode.ElideRight,
                                            inner.width()))
        y += line + 3

        # 3. days in stage, and the overdue badge on the right
        badge_width = 0
        if card.overdue:
            badge = self.tr("Overdue")
            badge_width = metrics.horizontalAdvance(badge) + 10
            badge_rect = QRect(inner.right() - badge_width + 1, y, badge_width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(OVERDUE)
            painter.drawRoundedRect(badge_rect, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setPen(OVERDUE if card.overdue else MUTED)
        days_width = inner.width() - badge_width - (6 if badge_width else 0)
        painter.drawText(QRect(inner.left(), y, days_width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.days_text(card), Qt.TextElideMode.ElideRight,
                                            days_width))
        y += line + 3

        # 4. tags as chips, as many as fit
        x = inner.left()
        for tag in card.tags:
            width = metrics.horizontalAdvance(tag) + 10
            if x + width > inner.right() + 1:
                break
            chip = QRect(x, y, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TAG_BACK)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(TAG_TEXT)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, tag)
            x += width + 4
        painter.restore()
