"""The SLA column counts down once a second, for the rows on screen only, from what each row
keeps of its clock: no query, and the state (on time / at risk / breached) follows the time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.ui.badges import BADGE_ROLE, Tone
from desk_app.ui.ticket_table_model import Column
from tests.ui.queues.conftest import StatementLog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def crowded(desk) -> dict[str, int]:
    """A critical ticket just in (first response due in 1 h) at the top of the list, forty
    older ones under it, and another critical one at the very bottom, off screen."""
    ids = {"top": desk.add_ticket("Servidor caído", priority="critical", created_at=desk.now,
                                  updated_at=desk.now + timedelta(minutes=1))}  # fmt: skip
    for n in range(40):
        desk.add_ticket(f"Caso de relleno {n}", updated_at=desk.now - timedelta(hours=2, minutes=n))
    ids["bottom"] = desk.add_ticket("Caso al fondo", priority="critical", created_at=desk.now,
                                    updated_at=desk.now - timedelta(days=30))  # fmt: skip
    return ids


def _sla(panel, row: int) -> str:
    return panel.model.data(panel.model.index(row, Column.SLA))


def _tone(panel, row: int) -> Tone:
    return panel.model.data(panel.model.index(row, Column.SLA), BADGE_ROLE).tone


def test_badges_tick_for_visible_rows_only(
    qtbot, qtmodeltester, make_panel, crowded, clock, desk
) -> None:
    panel = make_panel(rows=8)
    model, ticker = panel.model, panel.sla_ticker
    qtmodeltester.check(model, force_py=True)  # stays connected: checks every dataChanged
    top, bottom = model.row_of(crowded["top"]), model.row_of(crowded["bottom"])
    assert (top, bottom) == (0, model.rowCount() - 1)
    visible = panel.visible_rows()
    assert 0 in visible and bottom not in visible and len(visible) < 12
    assert model.cached_row(bottom) is not None  # loaded with the first page, not on screen
    assert (_sla(panel, top), _sla(panel, bottom)) == ("1 h left", "1 h left")
    assert _tone(panel, top) is Tone.GOOD
    # The real one-second timer runs while the list is on screen.
    assert ticker.is_active() and ticker.interval() == 1000
    clock.advance(minutes=30)
    qtbot.waitUntil(lambda: _sla(panel, top) == "30 min left", timeout=5000)

    repainted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: repainted.append(
        (a.row(), b.row(), a.column(), b.column())))  # fmt: skip
    ticker.stop()  # from here the test ticks by hand, after moving the fake clock
    clock.advance(minutes=20)  # 50 of 60 minutes used: at risk from 75 %
    with StatementLog(desk.store) as log:
        ticker.tick()
    assert log.statements == []  # recomputed from the row cache, not the store
    assert _sla(panel, top) == "10 min left" and _tone(panel, top) is Tone.WARN
    assert repainted and all(
        first in visible and last in visible and (c1, c2) == (Column.SLA, Column.SLA)
        for first, last, c1, c2 in repainted
    )
    assert _sla(panel, bottom) == "1 h left"  # off screen: not recomputed, not repainted

    repainted.clear()
    clock.advance(minutes=20)
    ticker.tick()
    assert _sla(panel, top) == "10 min overdue" and _tone(panel, top) is Tone.BAD
    assert "Breached" in model.data(model.index(top, Column.SLA), 3)  # the tooltip
    assert all(first in visible and last in visible for first, last, *_ in repainted)

    # Scrolled to the bottom, that row ticks too, straight to the same time.
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: bottom in panel.visible_rows())
    repainted.clear()
    ticker.tick()
    assert _sla(panel, bottom) == "10 min overdue"
    assert any(first <= bottom <= last for first, last, *_ in repainted)
    assert 0 not in panel.visible_rows() and all(first > 0 for first, *_ in repainted)


def test_the_ticker_sleeps_while_the_list_is_hidden(qtbot, make_panel) -> None:
    panel = make_panel()
    assert panel.sla_ticker.is_active()
    panel.hide()
    assert not panel.sla_ticker.is_active()
    assert panel.visible_rows() == range(0)
    panel.show()
    assert panel.sla_ticker.is_active()
