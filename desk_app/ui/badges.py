"""Coloured badges (green / amber / red, plus neutral tones) for statuses, criticality and SLA.

One painter function serves both the list's delegate and the detail pane's labels, so a badge
looks the same everywhere. Colours pair a light fill with a dark text of the same hue, which
stays readable on white and on the selection colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.domain import statuses as st
from desk_app.services.ticket_rows import BadgeState


class Tone(Enum):
    GOOD = ("#dcfce7", "#166534")
    WARN = ("#fef3c7", "#92400e")
    BAD = ("#fee2e2", "#991b1b")
    SEVERE = ("#b91c1c", "#ffffff")
    INFO = ("#dbeafe", "#1e40af")
    NEUTRAL = ("#e5e7eb", "#374151")
    MUTED = ("#f3f4f6", "#6b7280")

    @property
    def fill(self) -> QColor:
        return QColor(self.value[0])

    @property
    def text(self) -> QColor:
        return QColor(self.value[1])


@dataclass(frozen=True, slots=True)
class Badge:
    text: str
    tone: Tone


# The model returns a Badge under this role; the delegate paints it.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 10

_STAGE_TONE = {st.Stage.TODO: Tone.INFO, st.Stage.DOING: Tone.WARN, st.Stage.DONE: Tone.GOOD}
_CRITICALITY_TONE = {
    "minor": Tone.GOOD,
    "moderate": Tone.WARN,
    "severe": Tone.BAD,
    "critical": Tone.SEVERE,
}
_PRIORITY_TONE = {"normal": Tone.NEUTRAL, "urgent": Tone.WARN, "critical": Tone.BAD}
_SLA_TONE = {
    BadgeState.OK: Tone.GOOD,
    BadgeState.AT_RISK: Tone.WARN,
    BadgeState.BREACHED: Tone.BAD,
    BadgeState.MET: Tone.MUTED,
    BadgeState.NONE: Tone.MUTED,
}


def status_tone(status_key: str, stage: str) -> Tone:
    if status_key == st.WAITING_CUSTOMER:
        return Tone.NEUTRAL  # the clock is paused: nothing for the desk to do
    try:
        return _STAGE_TONE[st.Stage(stage)]
    except ValueError:
        return Tone.NEUTRAL


def criticality_tone(key: str | None) -> Tone:
    return _CRITICALITY_TONE.get(key or "", Tone.MUTED)


def priority_tone(key: str) -> Tone:
    return _PRIORITY_TONE.get(key, Tone.NEUTRAL)


def sla_tone(state: BadgeState) -> Tone:
    return _SLA_TONE[state]


_H_PAD = 8
_V_MARGIN = 3


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() - 1, 7))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def badge_size(badge: Badge, base: QFont) -> QSize:
    metrics = QFontMetrics(badge_font(base))
    # +2: elidedText() elides a text whose width equals the space given (rounding).
    return QSize(metrics.horizontalAdvance(badge.text) + 2 * _H_PAD + 2, metrics.height() + 6)


def paint_badge(painter: QPainter, rect: QRect, badge: Badge, base: QFont) -> None:
    """A rounded pill, left-aligned and vertically centred in `rect`, elided if too long."""
    font = badge_font(base)
    metrics = QFontMetrics(font)
    height = min(metrics.height() + 6, rect.height() - 2 * _V_MARGIN)
    text = metrics.elidedText(badge.text, Qt.TextElideMode.ElideRight, rect.width() - 2 * _H_PAD)
    width = min(metrics.horizontalAdvance(text) + 2 * _H_PAD + 2, rect.width())
    pill = QRectF(rect.x(), rect.y() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(badge.tone.fill)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(badge.tone.text)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class BadgeDelegate(QStyledItemDelegate):
    """Paints the model's BADGE_ROLE value as a pill; falls back to plain text without one."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge = index.data(BADGE_ROLE)
        if not isinstance(badge, Badge):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        paint_badge(painter, opt.rect.adjusted(4, 0, -4, 0), badge, opt.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badge = index.data(BADGE_ROLE)
        if not isinstance(badge, Badge):
            return super().sizeHint(option, index)
        size = badge_size(badge, option.font)
        return QSize(size.width() + 8, size.height() + 2 * _V_MARGIN)


class BadgeLabel(QWidget):
    """A badge as a widget, for the detail pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badge = Badge("", Tone.MUTED)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_badge(self, badge: Badge) -> None:
        self._badge = badge
        self.setToolTip(badge.text)
        self.updateGeometry()
        self.update()

    def badge(self) -> Badge:
        return self._badge

    def text(self) -> str:
        return self._badge.text

    def sizeHint(self) -> QSize:
        size = badge_size(self._badge, self.font())
        return QSize(size.width(), size.height() + 2 * _V_MARGIN)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_badge(painter, self.rect(), self._badge, self.font())
        painter.end()
