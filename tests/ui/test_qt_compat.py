"""The emit() workaround keeps the interpreter's count on True steady (qt_compat docstring)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desk_app.ui.qt_compat import emit


class _Source(QObject):
    changed = Signal(int)


def test_many_emits_leave_the_reference_count_of_true_alone(qtbot) -> None:
    source = _Source()
    received: list[int] = []
    source.changed.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(2000):
        emit(source.changed, value)
    after = sys.getrefcount(True)
    assert len(received) == 2000
    assert abs(after - before) < 50  # other code may hold or drop a few meanwhile
