"""The main window: the ticket list on the left, the selected ticket's detail on the right.

It only wires its parts together; queries live in the services, threads in the DbRunner it
is given. Closing the window stops that runner's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from desk_app.services.tickets import TicketService
from desk_app.ui import labels
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.ticket_detail_pane import TicketDetailPane
from desk_app.ui.ticket_list_panel import TicketListPanel

DEFAULT_SIZE = (1400, 850)


class MainWindow(QMainWindow):
    def __init__(
        self,
        runner: DbRunner,
        service: TicketService,
        *,
        workspace_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Partner Desk"))
        if workspace_label:
            self.setWindowTitle(self.tr("Partner Desk — %1").replace("%1", workspace_label))

        self.ticket_list = TicketListPanel(runner, service, self)
        self.detail_pane = TicketDetailPane(runner, service, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ticket_list)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 520])
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.setCentralWidget(self.splitter)

        viewer = service.viewer
        who = self.tr("%1 (%2)").replace("%1", viewer.full_name)
        self.viewer_label = QLabel(who.replace("%2", labels.role(viewer.role.value)))
        self.viewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("ticketCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.viewer_label)
        if workspace_label:
            workspace = QLabel(workspace_label)
            workspace.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addWidget(workspace)

        self.ticket_list.currentTicketChanged.connect(self.detail_pane.show_ticket)
        self.ticket_list.loaded.connect(self._update_count)
        runner.error.connect(self._show_error)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.ticket_list.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ticket_list.search,
                  self.ticket_list.search.clear)  # fmt: skip

        self.resize(*DEFAULT_SIZE)
        self.ticket_list.refresh()

    @property
    def runner(self) -> DbRunner:
        return self._runner

    def _focus_search(self) -> None:
        self.ticket_list.search.setFocus()
        self.ticket_list.search.selectAll()

    def _update_count(self) -> None:
        count = self.ticket_list.model.rowCount()
        # English has no numerus forms without a .qm, so the singular is its own string.
        text = self.tr("1 ticket") if count == 1 else self.tr("%n tickets", "", count)
        self.count_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Error: %1").replace("%1", message), 15_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.shutdown()
        super().closeEvent(event)
