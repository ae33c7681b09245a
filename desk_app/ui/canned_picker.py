"""The canned-response picker: type to filter, ↑ ↓ to choose, Enter to insert, Escape to close.

`open_for()` loads the templates on the database worker (they may have changed with a sync
since the last time), shows them with a preview of the text as it will be inserted, and
emits `chosen(text)` with {cliente}, {ticket} and {asesor} filled in
(services.knowledge.fill_placeholders). The reply box that opened it inserts that text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.article_queries import CannedView
from desk_app.services.knowledge import KnowledgeService, fill_placeholders
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.kb_canned_model import CANNED_BODY_ROLE, CannedFilterModel, CannedListModel
from desk_app.ui.qt_compat import emit

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def ticket_reference(ticket: int | str | None) -> str | None:
    """How {ticket} reads in a reply: "#1234" for a ticket number, other text as given."""
    if isinstance(ticket, int):
        return f"#{ticket}"
    return ticket


class CannedPicker(QDialog):
    # The chosen template with its placeholders filled in, ready for the reply box.
    chosen = Signal(str)
    # The templates have arrived and are listed.
    loaded = Signal()

    def __init__(
        self, runner: DbRunner, service: KnowledgeService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPicker")
        self.setWindowTitle(self.tr("Canned responses"))
        self._service = service
        self._query = LatestOnly(runner)
        self._loaded = False
        self._customer: str | None = None
        self._ticket: str | None = None
        self._advisor: str | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("cannedFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title or text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.model = CannedListModel(self)
        self.proxy = CannedFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setObjectName("cannedList")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentRowChanged.connect(self._show_preview)
        self.list.activated.connect(lambda _index: self.choose_current())
        self.empty = QLabel(self)
        self.empty.setObjectName("cannedEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._list_stack = QStackedWidget(self)
        self._list_stack.addWidget(self.list)
        self._list_stack.addWidget(self.empty)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("cannedPreview")
        self.preview.setReadOnly(True)
        self.preview.setUndoRedoEnabled(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self.tr("↑ ↓ choose · Enter insert · Esc close"), self)
        self.hint.setObjectName("cannedHint")
        self.hint.setEnabled(False)  # greyed: a hint, not content

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_stack)
        splitter.addWidget(self.preview)
        splitter.setSizes([240, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.resize(680, 400)

    # -- public ----------------------------------------------------------------------------

    def open_for(
        self, ticket_id: int | str | None, customer_name: str | None, advisor_name: str | None
    ) -> None:
        """Show the picker for a reply on `ticket_id` to `customer_name`, by `advisor_name`.

        An int ticket id reads "#1234"; a string (e.g. the server's number) is used as given.
        A missing value leaves its placeholder in the text for the advisor to complete.
        """
        self._customer = customer_name
        self._ticket = ticket_reference(ticket_id)
        self._advisor = advisor_name
        self._loaded = False
        self.filter.clear()
        self.filter.setFocus()
        self._query.request(self._service.canned_responses, self._on_items)
        self.open()  # window-modal, without blocking in a nested event loop
        self.filter.setFocus()

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def fill(self, template: str) -> str:
        return fill_placeholders(
            template, cliente=self._customer, ticket=self._ticket, asesor=self._advisor
        )

    def choose_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        text = self.fill(str(index.data(CANNED_BODY_ROLE)))
        emit(self.chosen, text)
        self.accept()

    def visible_titles(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    # -- internals -------------------------------------------------------------------------

    def _on_items(self, items: list[CannedView]) -> None:
        self.model.set_items(items)
        self._loaded = True
        self._after_filter()
        emit(self.loaded)

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.rowCount():
            self._list_stack.setCurrentWidget(self.list)
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.proxy.index(0, 0))
            self._show_preview(self.list.currentIndex(), QModelIndex())
            return
        if not self._loaded:
            self.empty.setText(self.tr("Loading…"))
        elif self.model.rowCount():
            self.empty.setText(
                self.tr("No canned response matches “%1”.").replace("%1", self.filter.text())
            )
        else:
            self.empty.setText(
                self.tr("There are no canned responses yet. They arrive with the sync.")
            )
        self._list_stack.setCurrentWidget(self.empty)
        self.preview.clear()

    def _show_preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.preview.setPlainText(self.fill(str(current.data(CANNED_BODY_ROLE))))
        else:
            self.preview.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in _ENTER_KEYS:
                self.choose_current()
                return True
            if watched is self.filter and key in _MOVE_KEYS:
                # The cursor stays in the filter while ↑ ↓ move through the list.
                self._move(key)
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        page = max(1, self.list.viewport().height() // max(1, self.list.sizeHintForRow(0)))
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page,
                Qt.Key.Key_PageDown: page}[Qt.Key(key)]  # fmt: skip
        row = min(max(self.list.currentIndex().row() + step, 0), count - 1)
        self.list.setCurrentIndex(self.proxy.index(row, 0))
