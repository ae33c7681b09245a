"""Workarounds for bugs in the Qt binding. Each names the bug and checks it is still there.

PySide6 6.12.0 (seen with CPython 3.11): `SignalInstance.emit()` returns `True` without
owning a reference to it, so every emit from Python drops the interpreter's count on `True`
by one. Before Python 3.12 made `True` immortal, the count reaches zero after some thousands
of emits and the process aborts with "Fatal Python error: bool_dealloc". Every emit in this
package goes through `emit()`, which puts the missing reference back when (and only when) a
probe at import shows the binding drops it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    if dropped == _PROBES:
        # The probe itself just cost `True` that many references: give them back.
        for _ in range(_PROBES):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, without the binding's reference-count bug (module docstring)."""
    # The stubs say emit() returns None; at run time it returns the (unowned) True.
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if EMIT_DROPS_A_REFERENCE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
