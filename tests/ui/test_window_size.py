"""How the main window shares its width: the list first, the detail pane within bounds."""

from __future__ import annotations

import pytest

from desk_app.ui.window_size import DETAIL_MAX, DETAIL_MIN, SIDEBAR_WIDTH, pane_widths


@pytest.mark.parametrize("total", [1366, 1400, 1600, 1920, 2560])
def test_the_list_gets_most_of_the_width_and_the_detail_stays_readable(total: int) -> None:
    sidebar, page, detail = pane_widths(total)
    assert sidebar + page + detail == total
    assert sidebar == SIDEBAR_WIDTH and DETAIL_MIN <= detail <= DETAIL_MAX
    assert page > detail


def test_a_tiny_window_never_gets_negative_widths() -> None:
    assert all(width >= 0 for width in pane_widths(300))
