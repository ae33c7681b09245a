"""House rules for desk_app/ui that a reviewer would otherwise have to remember."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desk_app" / "ui"


def test_every_signal_emit_goes_through_the_refcount_workaround() -> None:
    # PySide6 6.12 drops a reference to True on each SignalInstance.emit() (qt_compat.py).
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(UI.glob("*.py"))
        if path.name != "qt_compat.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert offenders == []
