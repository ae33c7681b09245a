"""The named views the window can open: `--view NAME`, screenshots and docs.

A view is a name, a one-line summary for `--help`, and an `open(window, ready)` function that
puts the window in that state and calls `ready()` once everything it shows has loaded (the
screenshot is taken then). Adding a view is one `register()` call.

No Qt import at module level: the command line reads the names without starting Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

Ready = Callable[[], None]


@dataclass(frozen=True)
class ViewSpec:
    name: str
    summary: str
    open: Callable[[MainWindow, Ready], None]


_REGISTRY: dict[str, ViewSpec] = {}
DEFAULT_VIEW = "tickets"


def register(spec: ViewSpec) -> ViewSpec:
    if spec.name in _REGISTRY:
        raise ValueError(f"view {spec.name!r} is already registered")
    _REGISTRY[spec.name] = spec
    return spec


def view_names() -> list[str]:
    return list(_REGISTRY)


def get_view(name: str) -> ViewSpec:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown view {name!r}; known views: {', '.join(_REGISTRY)}") from None


def _open_tickets(window: MainWindow, ready: Ready) -> None:
    window.ticket_list.call_when_loaded(ready)


def _open_ticket(window: MainWindow, ready: Ready) -> None:
    """The list with the first ticket's detail open (just the list when there is none)."""

    def select_first() -> None:
        if window.ticket_list.select_row(0):
            window.detail_pane.call_when_loaded(ready)
        else:
            ready()

    window.ticket_list.call_when_loaded(select_first)


def _open_board(window: MainWindow, ready: Ready) -> None:
    """The board, with the first ticket's detail beside it."""

    def select_first() -> None:
        if window.ticket_list.select_row(0):
            window.detail_pane.call_when_loaded(ready)
        else:
            ready()

    window.show_page(window.board)
    window.board.call_when_loaded(lambda: window.ticket_list.call_when_loaded(select_first))


def _open_kb(window: MainWindow, ready: Ready) -> None:
    """The knowledge base with its best match open in the reader, as Enter would."""
    panel = window.knowledge

    def open_best() -> None:
        model = panel.results.model()
        ids = model.ids() if hasattr(model, "ids") else []
        if not ids:
            ready()
            return
        panel.articleOpened.connect(lambda _article_id: ready())
        panel.open_article(ids[0])

    window.show_knowledge()
    panel.call_when_loaded(open_best)


def _open_new_ticket(window: MainWindow, ready: Ready) -> None:
    """The New ticket dialog over the loaded list."""

    def open_dialog() -> None:
        dialog = window.open_new_ticket()
        if dialog.is_loaded:
            ready()
        else:
            dialog.loaded.connect(ready)

    window.ticket_list.call_when_loaded(open_dialog)


def _open_customer(window: MainWindow, ready: Ready) -> None:
    """The customer 360 of the first ticket's requester."""

    def select_first() -> None:
        if window.ticket_list.select_row(0):
            window.show_customer()
            window.customer_panel.call_when_loaded(ready)
        else:
            ready()

    window.ticket_list.call_when_loaded(select_first)


def _open_connection(window: MainWindow, ready: Ready) -> None:
    """Sync → Connection… over the loaded list."""

    def open_dialog() -> None:
        window.sync.open_connection()
        ready()

    window.ticket_list.call_when_loaded(open_dialog)


def _open_conflicts(window: MainWindow, ready: Ready) -> None:
    """Sync → Conflicts… over the loaded list, once the conflicts have loaded."""
    window.ticket_list.call_when_loaded(
        lambda: window.sync.open_conflicts().call_when_loaded(ready)
    )


def _when_idle(window: MainWindow, ready: Ready) -> None:
    """`ready()` once the window's database worker has answered everything asked so far."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if window.runner.pending_count == 0:
            ready()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def _open_call(window: MainWindow, ready: Ready) -> None:
    """The phone panel beside the list: the live call if there is one, else the dial pad."""
    window.calls.show_panel()
    window.ticket_list.call_when_loaded(lambda: _when_idle(window, ready))


def _open_calls(window: MainWindow, ready: Ready) -> None:
    """The call history with its filters (the last 30 days)."""
    window.show_calls()
    window.calls.history.call_when_loaded(lambda: _when_idle(window, ready))


def _open_team(window: MainWindow, ready: Ready) -> None:
    """The team board (leaders and admins; an advisor's window has none: the list instead)."""
    board = window.leader.team_board
    if board is None:
        window.ticket_list.call_when_loaded(ready)
        return
    window.show_team_board()
    board.call_when_loaded(lambda: _when_idle(window, ready))


def _open_kpi(window: MainWindow, ready: Ready) -> None:
    """The KPI screen for this month (the team's for a leader, one's own for an advisor)."""
    window.show_kpis()
    window.leader.kpi_view.call_when_loaded(lambda: _when_idle(window, ready))


def _open_hours(window: MainWindow, ready: Ready) -> None:
    """Contract hours and billable time of this month, for the companies the user may see."""
    window.show_hours()
    window.hours.view.call_when_loaded(lambda: _when_idle(window, ready))


register(ViewSpec("tickets", "the ticket list (the default)", _open_tickets))
register(ViewSpec("ticket", "the ticket list with the first ticket's detail open", _open_ticket))
register(ViewSpec("board", "the board: to do, doing, done", _open_board))
register(ViewSpec("kb", "the knowledge base", _open_kb))
register(ViewSpec("new-ticket", "the New ticket dialog over the list", _open_new_ticket))
register(ViewSpec("customer", "the customer 360 of the first ticket's requester", _open_customer))
register(ViewSpec("connection", "Sync → Connection… (the central helpdesk)", _open_connection))
register(ViewSpec("conflicts", "Sync → Conflicts… (your values the server overruled)",
                  _open_conflicts))  # fmt: skip
register(ViewSpec("call", "the phone panel (the live call, or the dial pad)", _open_call))
register(ViewSpec("calls", "the call history with its filters", _open_calls))
register(ViewSpec("team", "the team board (service leaders and admins)", _open_team))
register(ViewSpec("kpi", "the KPIs of this month against their targets", _open_kpi))
register(ViewSpec("hours", "contract hours, balances and billable time this month", _open_hours))
