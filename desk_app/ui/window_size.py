"""How big the main window opens and how its three panes share the width.

The ticket list is what an advisor scans all day, so it gets most of the width; the detail
pane gets a bit over a third, within bounds where its fields stay readable (its fields go one
per row when narrow, two per row when wide).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

DEFAULT_SIZE = (1600, 900)  # room for the phone dock beside the three panes
SIDEBAR_WIDTH = 175
DETAIL_SHARE = 0.38
DETAIL_MIN, DETAIL_MAX = 400, 560


def first_size() -> tuple[int, int]:
    """DEFAULT_SIZE, made smaller to fit a smaller screen (1366×768 laptops). Offscreen
    rendering (screenshots) has no real screen and keeps DEFAULT_SIZE."""
    width, height = DEFAULT_SIZE
    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return width, height
    available = screen.availableGeometry()
    return min(width, available.width()), min(height, available.height())


def pane_widths(total: int) -> list[int]:
    """Sidebar, centre page and detail pane widths for a splitter `total` pixels wide."""
    rest = max(0, total - SIDEBAR_WIDTH)
    detail = min(DETAIL_MAX, max(DETAIL_MIN, round(rest * DETAIL_SHARE)))
    return [SIDEBAR_WIDTH, max(0, rest - detail), detail]
