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


def _void_calls_drop_none() -> bool:
    """PySide6 6.12.0 with CPython 3.11 (the same family as the emit bug above): every call of
    a method returning void (`painter.save()`, `label.setText()`...) hands Python a None it
    holds no reference to, so each call drops the interpreter's count on None by one. A
    delegate painting badges makes thousands of such calls a second; when the count reaches
    zero the process aborts with "Fatal Python error: none_dealloc". No wrapper can catch
    every call, so when the probe sees it, None is made immortal, as CPython 3.12 does for
    every interpreter (PEP 683)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) == _PROBES


def _make_immortal(obj: object) -> None:
    # ob_refcnt is the first field of every object on CPython 3.11 (non-debug builds): a count
    # this high cannot be worn down, even by a billion dropped references.
    ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


VOID_CALLS_DROP_NONE = _void_calls_drop_none()
if VOID_CALLS_DROP_NONE:
    _make_immortal(None)


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, without the binding's reference-count bug (module docstring)."""
    # The stubs say emit() returns None; at run time it returns the (unowned) True.
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if EMIT_DROPS_A_REFERENCE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
