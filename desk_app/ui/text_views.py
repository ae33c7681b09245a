"""Read-only views of ticket text: the body and the conversation.

Everything a requester or a server wrote is shown as inert plain text: no HTML is
interpreted, no image or link is fetched (`<img src=http://...>` shows as those characters).
Huge texts show a preview first, so a 5 MB body cannot freeze the window; "Show all" loads
the rest on request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFrameFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.ticket_detail_queries import CommentView
from desk_app.ui import formatting

BODY_PREVIEW_CHARS = 100_000
COMMENT_PREVIEW_CHARS = 20_000


class BodyView(QWidget):
    """The ticket body in a read-only QPlainTextEdit, previewed when very long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("ticketBody")
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.notice = QLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show all"), self)
        self.show_all_button.setObjectName("showFullBody")
        self.show_all_button.clicked.connect(self.show_all)
        self._bar = QWidget(self)
        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.show_all_button)
        self._bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self.editor, 1)

    def set_text(self, text: str) -> None:
        self._full = text
        if len(text) <= BODY_PREVIEW_CHARS:
            self._bar.hide()
            self.editor.setPlainText(text)
            return
        locale = QLocale()
        self.notice.setText(
            self.tr("Showing the first %1 of %2 characters (%3).")
            .replace("%1", locale.toString(BODY_PREVIEW_CHARS))
            .replace("%2", locale.toString(len(text)))
            .replace("%3", formatting.megabytes(len(text.encode("utf-8"))))
        )
        self._bar.show()
        self.editor.setPlainText(text[:BODY_PREVIEW_CHARS])

    def show_all(self) -> None:
        self._bar.hide()
        self.editor.setPlainText(self._full)

    @property
    def is_truncated(self) -> bool:
        return self._bar.isVisibleTo(self)

    def text(self) -> str:
        return self.editor.toPlainText()


class _InertBrowser(QTextBrowser):
    """A QTextBrowser that never loads a resource, local or remote."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


PUBLIC_FILL = QColor("#eff6ff")
PUBLIC_EDGE = QColor("#93c5fd")
INTERNAL_FILL = QColor("#fffbeb")
INTERNAL_EDGE = QColor("#f59e0b")


class ConversationView(QWidget):
    """Public replies and internal notes, oldest first, visibly different."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = _InertBrowser(self)
        self.browser.setObjectName("ticketConversation")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setUndoRedoEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def set_comments(self, comments: Sequence[CommentView]) -> None:
        document = self.browser.document()
        document.clear()
        cursor = QTextCursor(document)
        if not comments:
            cursor.insertText(self.tr("No replies or notes yet."))
            return
        root = cursor.currentFrame()
        for comment in comments:
            cursor.setPosition(root.lastPosition())
            self._insert_comment(cursor, comment)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_comment(self, cursor: QTextCursor, comment: CommentView) -> None:
        frame = QTextFrameFormat()
        frame.setBackground(PUBLIC_FILL if comment.is_public else INTERNAL_FILL)
        frame.setBorder(1)
        frame.setBorderBrush(PUBLIC_EDGE if comment.is_public else INTERNAL_EDGE)
        frame.setBorderStyle(
            QTextFrameFormat.BorderStyle.BorderStyle_Solid
            if comment.is_public
            else QTextFrameFormat.BorderStyle.BorderStyle_Dashed
        )
        frame.setPadding(8)
        frame.setMargin(4)
        cursor.insertFrame(frame)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(QColor("#1e40af") if comment.is_public else QColor("#92400e"))
        kind = self.tr("Public reply") if comment.is_public else self.tr("Internal note")
        cursor.insertText(kind, heading)
        meta = QTextCharFormat()
        meta.setForeground(QColor("#4b5563"))
        cursor.insertText(
            f"  ·  {comment.author}  ·  {formatting.date_time(comment.created_at)}\n", meta
        )
        body = comment.body
        if len(body) > COMMENT_PREVIEW_CHARS:
            rest = len(body) - COMMENT_PREVIEW_CHARS
            body = (
                body[:COMMENT_PREVIEW_CHARS]
                + "\n… "
                + self.tr("(%1 more characters not shown)").replace("%1", QLocale().toString(rest))
            )
        # insertText never interprets markup: "<script>" stays seven characters.
        cursor.insertText(body, QTextCharFormat())

    def text(self) -> str:
        return self.browser.toPlainText()
