"""Search results of the knowledge base: a list model of article hits and its two-line delegate.

Each result shows the title (bold) over the first line of the summary, with the folder and a
FAQ tag on the right. The delegate draws text with QPainter.drawText, which never interprets
markup, so a title like "<b>x</b>" shows those characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.local_store.article_queries import ArticleHit
from desk_app.ui import formatting
from desk_app.ui.badges import Badge, Tone, badge_size, paint_badge

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
IS_FAQ_ROLE = Qt.ItemDataRole.UserRole + 3
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 4
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: default parent of the item-model methods


class ArticleResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ArticleHit] = []

    def set_hits(self, hits: Sequence[ArticleHit]) -> None:
        # A new search is a new list, not an edit of the old one: reset.
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ArticleHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def ids(self) -> list[int]:
        return [hit.id for hit in self._hits]

    def row_of(self, article_id: int) -> int | None:
        for row, hit in enumerate(self._hits):
            if hit.id == article_id:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [hit.summary] if hit.summary else []
            parts.append(formatting.date_only(hit.updated_at))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return hit.summary
        if role == ARTICLE_ID_ROLE:
            return hit.id
        if role == SUMMARY_ROLE:
            return hit.summary
        if role == IS_FAQ_ROLE:
            return hit.is_faq
        if role == CATEGORY_ROLE:
            return hit.category or ""
        return None


_PAD = 6
_GAP = 2


def faq_badge() -> Badge:
    return Badge(QApplication.translate("ArticleResults", "FAQ"), Tone.INFO)


class ArticleResultDelegate(QStyledItemDelegate):
    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, small = self._fonts(option.font)
        height = QFontMetrics(title).height() + _GAP + QFontMetrics(small).height() + 2 * _PAD
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)  # fmt: skip
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = palette.color(group, text_role)
        if not selected:
            muted = palette.color(group, QPalette.ColorRole.PlaceholderText)
        title_font, small_font = self._fonts(opt.font)
        title_metrics, small_metrics = QFontMetrics(title_font), QFontMetrics(small_font)
        area = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD - 2, -_PAD)

        painter.save()
        # The folder and the FAQ tag sit on the right, centred on both lines; the title and
        # the summary take the rest of the width.
        right = area.right()
        if index.data(IS_FAQ_ROLE):
            badge = faq_badge()
            size = badge_size(badge, opt.font)
            height = size.height() + 6  # paint_badge keeps a 3 px margin above and below
            pill = QRect(right - size.width() + 1, area.center().y() - height // 2,
                         size.width(), height)  # fmt: skip
            paint_badge(painter, pill, badge, opt.font)
            right = pill.left() - _PAD
        category = str(index.data(CATEGORY_ROLE) or "")
        if category:
            cat_width = min(small_metrics.horizontalAdvance(category) + 2, area.width() // 3)
            text = small_metrics.elidedText(category, Qt.TextElideMode.ElideRight, cat_width)
            painter.setFont(small_font)
            painter.setPen(muted)
            cat_rect = QRect(right - cat_width + 1, area.top(), cat_width, area.height())
            painter.drawText(cat_rect, int(Qt.AlignmentFlag.AlignRight
                                           | Qt.AlignmentFlag.AlignVCenter), text)  # fmt: skip
            right = cat_rect.left() - _PAD
        width = max(right - area.left() + 1, 0)

        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_rect = QRect(area.left(), area.top(), width, title_metrics.height())
        painter.setFont(title_font)
        painter.setPen(palette.color(group, text_role))
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        elided = title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, left, elided)

        # Only the first line of the summary: line breaks in it would overflow the row.
        summary = " ".join(str(index.data(SUMMARY_ROLE) or "").split())
        summary_rect = QRect(area.left(), title_rect.bottom() + 1 + _GAP, width,
                             small_metrics.height())  # fmt: skip
        painter.setFont(small_font)
        painter.setPen(muted)
        elided = small_metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width)
        painter.drawText(summary_rect, left, elided)
        painter.restore()
