"""The requester field of the new ticket form: search people as you type, or create one inline.

Typing searches name, e-mail, phone and company (accents and case ignored) on the database
worker; ↓ moves into the matches, Enter or a click picks one. "New requester" opens the inline
form (ui/new_requester_form.py).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.people_queries import RequesterMatch
from desk_app.local_store.people_writes import Existing, NewPerson
from desk_app.services.people import PeopleService
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.field_errors import error_label, show_error
from desk_app.ui.new_requester_form import NewRequesterForm
from desk_app.ui.people_models import SEARCH_DELAY_MS, RequesterResultsModel, describe
from desk_app.ui.qt_compat import emit
from desk_app.ui.store_messages import store_message


class RequesterPicker(QWidget):
    # The chosen requester (RequesterMatch), or None while searching or creating one.
    requesterChanged = Signal(object)

    def __init__(self, runner: DbRunner, service: PeopleService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._query = LatestOnly(runner)
        self._selected: RequesterMatch | None = None
        self._searched_text: str | None = None
        self._pick_when_answered = False

        self.search = QLineEdit(self)
        self.search.setObjectName("requesterSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, phone or company"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())

        self.new_action = QAction(self.tr("New requester"), self)
        self.new_action.setObjectName("newRequesterAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setProperty("shortcutGroup", self.tr("New ticket"))
        self.new_action.triggered.connect(lambda: self.start_new(self.search.text()))
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("New requester…"), self)
        self.new_button.setObjectName("newRequesterButton")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_action.trigger)

        self._row_height = self.fontMetrics().height() + 8
        self.model = RequesterResultsModel(self, self._row_height)
        self.results = QListView(self)
        self.results.setObjectName("requesterResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        # Reached with ↓ from the search box, not with Tab: Tab goes on to the next field.
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.clicked.connect(self._pick_index)
        self.results.activated.connect(self._pick_index)
        self.results.installEventFilter(self)
        self.results.hide()
        self.no_match = QLabel(self)
        self.no_match.setObjectName("requesterNoMatch")
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search text
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.chip = QFrame(self)
        self.chip.setObjectName("requesterChip")
        self.chip.setFrameShape(QFrame.Shape.StyledPanel)
        self.chip_label = QLabel(self.chip)
        self.chip_label.setObjectName("requesterChosen")
        self.chip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chip_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change"), self.chip)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.clear)
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(8, 4, 4, 4)
        chip_layout.addWidget(self.chip_label, 1)
        chip_layout.addWidget(self.change_button)
        self.chip.hide()

        self.form = NewRequesterForm(runner, service, self)
        self.form.useExistingPerson.connect(self.load_requester)
        self.form.cancelled.connect(self._cancel_new)
        self.form.hide()
        self.error = error_label(self, "requester_id")

        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.no_match)
        layout.addWidget(self.chip)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    # -- state -----------------------------------------------------------------------------

    def selected(self) -> RequesterMatch | None:
        return self._selected

    def is_creating(self) -> bool:
        return not self.form.isHidden()

    def draft_person(self) -> NewPerson | None:
        return self.form.draft() if self.is_creating() else None

    @property
    def search_settled(self) -> bool:
        """The matches on screen are those of the text in the search box."""
        return not self._timer.isActive() and not self._query.busy and (
            self._searched_text == self.search.text())  # fmt: skip

    def set_requester(self, match: RequesterMatch | None) -> None:
        self._selected = match
        self.form.hide()
        self.results.hide()
        self.no_match.hide()
        show_error(self.error, "")
        if match is None:
            self.chip.hide()
            self.search.show()
            self.new_button.show()
        else:
            self.chip_label.setText(describe(match))
            self.chip.show()
            self.search.hide()
            self.new_button.hide()
        emit(self.requesterChanged, match)

    def clear(self) -> None:
        """Back to searching (the search text is kept, so the matches come back)."""
        self.set_requester(None)
        self.search.setFocus()
        if self.search.text():
            self._run_search()

    def load_requester(self, person_id: int) -> None:
        """Pick a person by id (a prefilled caller, or the existing twin of a duplicate)."""
        self._runner.run(partial(self._service.requester, person_id=person_id),
                         when_alive(self, self._on_loaded))  # fmt: skip

    def start_new(self, text: str = "", phone: str = "") -> None:
        """Open the inline form, seeded from what was typed into the search box."""
        if self.is_creating():
            self.form.full_name.setFocus()
            return
        self.set_requester(None)
        self.results.hide()
        self.no_match.hide()
        self.search.hide()
        self.new_button.hide()
        self.form.start(text, phone)
        self.form.show()
        self.form.full_name.setFocus()

    def set_errors(self, errors: dict[str, str], existing: dict[str, Existing]) -> None:
        message = errors.get("requester_id", "")
        show_error(self.error, store_message(message) if message else "")
        self.form.set_errors(errors, existing)

    def first_error_widget(self) -> QWidget | None:
        if self.is_creating():
            return self.form.first_error_widget()
        return self.search if self.error.isVisibleTo(self) else None

    # -- searching -------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._timer.stop()
        text = self.search.text()
        if not text.strip():
            self._searched_text = text
            self.model.set_rows([])
            self.results.hide()
            self.no_match.hide()
            return
        self._query.request(partial(self._service.search_requesters, text=text),
                            when_alive(self, partial(self._on_matches, text)))  # fmt: skip

    def _on_matches(self, text: str, matches: list[RequesterMatch]) -> None:
        self._searched_text = text
        pick, self._pick_when_answered = self._pick_when_answered, False
        if self._selected is not None or self.is_creating():
            return
        if pick and matches and text == self.search.text():
            self.set_requester(matches[0])
            return
        self.model.set_rows(matches)
        # Six matches at most on screen: the fields below must stay in view.
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(min(len(matches), 6) * self._row_height + frame)
        self.results.setVisible(bool(matches))
        if matches:
            self.results.setCurrentIndex(self.model.index(0))
            self.no_match.hide()
        else:
            self.no_match.setText(
                self.tr("Nobody matches “%1”. Create a new requester with Ctrl+Shift+N.").replace(
                    "%1", text.strip()
                )
            )
            self.no_match.show()

    def _pick_index(self, index: QModelIndex) -> None:
        match = self.model.match_at(index.row())
        if match is not None:
            self.set_requester(match)

    def _on_loaded(self, match: RequesterMatch | None) -> None:
        if match is not None:
            self.set_requester(match)

    def _cancel_new(self) -> None:
        self.form.hide()
        self.set_requester(None)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                if not self.search_settled:
                    # Enter before the answer came: pick the best match once it is in.
                    self._pick_when_answered = True
                    self._run_search()
                    return True
                current = self.results.currentIndex()
                if self.results.isVisible() and current.isValid():
                    self._pick_index(current)
                return True  # never the dialog's default button
        elif (watched is self.results and key == Qt.Key.Key_Up
              and self.results.currentIndex().row() <= 0):  # fmt: skip
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)
