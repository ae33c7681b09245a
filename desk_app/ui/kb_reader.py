"""The article reader: title, folder path, date, summary and body, all as inert text.

Articles come from the central helpdesk and may hold HTML; nothing here interprets it. The
labels are forced to plain text (QLabel would otherwise guess rich text from a "<b>") and the
body is a read-only QPlainTextEdit (text_views.BodyView), which loads no resource and
previews very long bodies.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desk_app.local_store.article_queries import ArticleView
from desk_app.ui import formatting
from desk_app.ui.badges import BadgeLabel
from desk_app.ui.kb_results import faq_badge
from desk_app.ui.text_views import BodyView


def _plain(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    return label


class ArticleReader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: ArticleView | None = None

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("articlePlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)

        page = QWidget(self)
        self.path = _plain(page, "articlePath")
        self.title = _plain(page, "articleTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.faq = BadgeLabel(page)
        self.faq.set_badge(faq_badge())
        self.updated = _plain(page, "articleUpdated", wrap=False)
        meta = QHBoxLayout()
        meta.setSpacing(8)
        meta.addWidget(self.faq)
        meta.addWidget(self.updated)
        meta.addStretch(1)
        self.summary = _plain(page, "articleSummary")
        summary_font = QFont(self.summary.font())
        summary_font.setItalic(True)
        self.summary.setFont(summary_font)
        rule = QFrame(page)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.body = BodyView(page)
        self.body.editor.setObjectName("articleBody")
        self.body.editor.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.path)
        layout.addWidget(self.title)
        layout.addLayout(meta)
        layout.addWidget(self.summary)
        layout.addWidget(rule)
        layout.addWidget(self.body, 1)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self.show_article(None)

    @property
    def article(self) -> ArticleView | None:
        return self._article

    def show_article(self, view: ArticleView | None, *, missing: bool = False) -> None:
        """Show `view`; None shows a hint (or, with `missing`, that the article is gone)."""
        self._article = view
        if view is None:
            self.placeholder.setText(
                self.tr("This article is no longer in the knowledge base.")
                if missing
                else self.tr("Choose an article to read it here.")
            )
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.path.setText(" › ".join(view.category_path) or self.tr("No folder"))
        self.title.setText(view.title)
        self.faq.setVisible(view.is_faq)
        self.updated.setText(
            self.tr("Updated %1").replace("%1", formatting.date_only(view.updated_at))
        )
        self.summary.setText(view.summary)
        self.summary.setVisible(bool(view.summary.strip()))
        self.body.set_text(view.body)

    def focus_body(self) -> None:
        self.body.editor.setFocus()

    def text(self) -> str:
        """Everything the reader shows, as the user reads it (for tests and accessibility)."""
        if self._article is None:
            return self.placeholder.text()
        parts = [self.path.text(), self.title.text(), self.updated.text(), self.summary.text(),
                 self.body.text()]  # fmt: skip
        return "\n".join(p for p in parts if p)
