"""Layer boundaries, read from the source with ast.

domain, local_store and sync must run without Qt (tests, the sync worker, benchmarks), and the
domain must also stay free of the database and HTTP. import-linter checks the same contracts in
scripts/test.sh; this test keeps them inside the pytest run and also catches imports made with
importlib.import_module("...") or __import__("..."), which import-linter does not see.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "desk_app"

QT_AND_UI = ("PySide6", "shiboken6", "desk_app.ui")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "desk_app.domain": (
        *QT_AND_UI,
        "sqlalchemy",
        "alembic",
        "requests",
        "desk_app.local_store",
        "desk_app.sync",
    ),
    "desk_app.local_store": QT_AND_UI,
    "desk_app.sync": QT_AND_UI,
    # Application services run on the DB worker and in headless commands: no Qt either.
    "desk_app.services": QT_AND_UI,
    "desk_app.telephony": QT_AND_UI,
}
REQUIRED_LAYERS = {"desk_app.domain"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    package = module.split(".") if is_package else module.split(".")[:-1]
    if level - 1 > len(package):
        raise ValueError(f"relative import beyond the top package in {module}")
    base = package[: len(package) - (level - 1)]
    return ".".join([*base, target] if target else base)


def imported_names(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module name the source may import, with its line number.

    `from a import b` yields both `a` and `a.b`, since `b` may be a submodule (`from desk_app
    import ui`). Relative imports are resolved against `module`.
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _resolve_relative(module, is_package, node.level, node.module)
            else:
                base = node.module or ""
            yield node.lineno, base
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, f"{base}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield node.lineno, first.value


def is_under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(source: str, module: str, is_package: bool, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for line, name in imported_names(source, module, is_package):
        for banned in forbidden:
            if is_under(name, banned):
                found.append(f"{module}:{line} imports {name} (forbidden: {banned})")
    return sorted(set(found))


def layer_files(layer: str) -> list[Path]:
    directory = PACKAGE_DIR.joinpath(*layer.split(".")[1:])
    return sorted(p for p in directory.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_forbidden_modules(layer: str) -> None:
    files = layer_files(layer)
    if not files:
        if layer in REQUIRED_LAYERS:
            pytest.fail(f"{layer} has no Python files: the walk would check nothing")
        pytest.skip(f"{layer} has no modules yet")
    found: list[str] = []
    for path in files:
        found += violations(
            path.read_text(encoding="utf-8"),
            module_name(path),
            path.name == "__init__.py",
            FORBIDDEN[layer],
        )
    assert not found, "layer boundary broken:\n" + "\n".join(found)


# The checker itself, on synthetic sources: it must be able to fail.

QT_FORBIDDEN = FORBIDDEN["desk_app.local_store"]
DOMAIN_FORBIDDEN = FORBIDDEN["desk_app.domain"]


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "import PySide6.QtCore as qc",
        "from PySide6 import QtWidgets",
        "from PySide6.QtGui import QColor",
        "import shiboken6",
        "from desk_app import ui",
        "from desk_app.ui.main_window import MainWindow",
        "from ..ui import main_window",
        "from .. import ui",
        "def f():\n    from PySide6.QtCore import QTimer\n    return QTimer",
        "if TYPE_CHECKING:\n    from PySide6.QtCore import QObject",
        "import importlib\nqt = importlib.import_module('PySide6.QtWidgets')",
        "qt = __import__('PySide6')",
    ],
)
def test_checker_catches_qt_and_ui_imports(source: str) -> None:
    found = violations(source, "desk_app.local_store.repo", False, QT_FORBIDDEN)
    assert found, f"not caught: {source!r}"


@pytest.mark.parametrize(
    "source",
    [
        "import sqlalchemy",
        "from sqlalchemy.orm import Session",
        "import requests",
        "from desk_app.local_store import engine",
        "from ..local_store.models import Ticket",
        "from ..sync import outbox",
        "import alembic.command",
    ],
)
def test_checker_catches_impure_domain_imports(source: str) -> None:
    found = violations(source, "desk_app.domain.sla", False, DOMAIN_FORBIDDEN)
    assert found, f"not caught: {source!r}"


@pytest.mark.parametrize(
    "source",
    [
        "import datetime\nfrom zoneinfo import ZoneInfo",
        "from desk_app.domain import statuses",
        "from . import statuses",
        "from .statuses import Stage",
        "import PySide6x",  # a different package that merely shares the prefix
        "import desk_app.uikit",
        "import holidays\nimport phonenumbers",
    ],
)
def test_checker_allows_pure_imports(source: str) -> None:
    assert violations(source, "desk_app.domain.sla", False, DOMAIN_FORBIDDEN) == []


def test_relative_imports_resolve_against_the_package() -> None:
    names = {name for _, name in imported_names("from . import x", "desk_app.sync", True)}
    assert names == {"desk_app.sync", "desk_app.sync.x"}
    names = {name for _, name in imported_names("from ..ui import w", "desk_app.sync.push", False)}
    assert "desk_app.ui" in names


def test_module_names_match_the_package_layout() -> None:
    assert module_name(PACKAGE_DIR / "domain" / "__init__.py") == "desk_app.domain"
    assert module_name(PACKAGE_DIR / "domain" / "sla.py") == "desk_app.domain.sla"
