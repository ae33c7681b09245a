"""Fixtures for sync tests: one real Request Tracker 5 per test session.

Registered by tests/conftest.py, so the sync, UI and CLI tests of one run share one RT.

`rt_server` starts RT on a free 127.0.0.1 port (about 5 s), seeds users, rights, queues and
classes, runs the connector's own `ensure_setup` as root, and stops RT at the end. It FAILS,
never skips, when RT is not installed: a green run must have tested sync. Tests share the
server, so each one works in tickets it creates itself (unique subjects via `unique`).

`rt_admin` is a requests.Session logged in as root, for "third user" changes over REST:
    rt_admin.put(f"{rt_server.rest}/ticket/{tid}", json={"Status": "open"})
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

_HERE = Path(__file__).resolve().parent


def _load_rt_server() -> object:
    name = "desk_tests_rt_server"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _HERE / "rt_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


rt_server_module: object = _load_rt_server()
RtServer = rt_server_module.RtServer  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def rt_server() -> Iterator[object]:
    from desk_app.sync.rt import RtConnector

    mod = rt_server_module
    reason = mod.rt_missing_reason()  # type: ignore[attr-defined]
    if reason:
        pytest.fail(reason, pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="desk-rt-")) / "rt"
    server, proc = mod.launch(folder)  # type: ignore[attr-defined]
    try:
        admin = RtConnector(server.url, "root", server.users["root"])
        try:
            admin.ensure_setup()
        finally:
            admin.close()
        yield server
    finally:
        mod.stop(proc)  # type: ignore[attr-defined]
        shutil.rmtree(folder.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def rt_admin(rt_server: object) -> Iterator[requests.Session]:
    server = rt_server
    session = rt_server_module.login_session(  # type: ignore[attr-defined]
        server.url,  # type: ignore[attr-defined]
        "root",
        server.users["root"],  # type: ignore[attr-defined]
    )
    session.headers["Accept"] = "application/json"
    yield session
    session.close()


_counter = itertools.count(1)


@pytest.fixture
def unique(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """`unique("subject")` → a string no other test in this session uses."""
    prefix = request.node.name[:40]

    def make(text: str = "") -> str:
        return f"{prefix}-{next(_counter)} {text}".strip()

    return make
