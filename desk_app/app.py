"""The composition root: settings, the workspace's store, the services, the worker, the window.

Qt is imported only after the workspace has opened, so a workspace error is reported (by the
command line) before Qt's start-up cost is paid and before any window could appear.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.holiday_source import use_holiday_source
from desk_app.holiday_cache import CachedHolidays, default_cache_path
from desk_app.services.tickets import Clock, TicketService, utc_now
from desk_app.services.workspace import OpenWorkspace, open_workspace
from desk_app.settings import DEFAULT_REGION, LANGUAGE, Settings, choose_language

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LaunchOptions:
    workspace: Path
    demo_size: int | None = None
    screenshot: Path | None = None
    view: str = "tickets"
    language: str | None = None  # "es" / "en": overrides the setting and the locale
    settings_path: Path | None = None
    user: str | None = None  # open as this active user (this run only), not the signed-in one


def report_error(message: str) -> None:
    print(f"desk-app: error: {message}", file=sys.stderr)


def run(options: LaunchOptions) -> int:
    """Open the workspace and run the window until it closes (or save a screenshot).

    Raises WorkspaceError before any Qt work when the workspace cannot be used.
    """
    use_holiday_source(CachedHolidays(default_cache_path()))
    settings = Settings.load(options.settings_path)
    for warning in settings.warnings:
        print(f"desk-app: warning: {warning}", file=sys.stderr)
    opened = open_workspace(options.workspace, demo_size=options.demo_size,
                            default_region=settings.get(DEFAULT_REGION),
                            user=options.user)  # fmt: skip
    try:
        return _run_window(opened, settings, options)
    finally:
        opened.close()


def build_main_window(
    opened: OpenWorkspace, settings: Settings, clock: Clock = utc_now
) -> MainWindow:
    """The window with its worker and services; closing the window stops the worker."""
    from desk_app.ui.db_worker import DbRunner
    from desk_app.ui.main_window import MainWindow

    service = TicketService(opened.viewer, default_region=settings.get(DEFAULT_REGION), clock=clock)
    runner = DbRunner(opened.store)
    return MainWindow(runner, service, workspace_label=str(opened.path), settings=settings)


def _run_window(opened: OpenWorkspace, settings: Settings, options: LaunchOptions) -> int:
    from PySide6.QtCore import QLocale

    from desk_app.ui.i18n import install_translations
    from desk_app.ui.launch import create_application, quit_on_unix_signals, take_screenshot
    from desk_app.ui.views import get_view

    view = get_view(options.view)
    app = create_application()
    language = choose_language(options.language, settings.get(LANGUAGE), QLocale.system().name())
    install_translations(app, language, settings.get(DEFAULT_REGION))
    window = build_main_window(opened, settings)
    try:
        if options.screenshot is not None:
            return take_screenshot(app, window, view, options.screenshot, error=report_error)
        window.calls.start_listening()  # `desk-app call …` hooks and the SIP listener
        window.show()
        view.open(window, lambda: log.info(
            "window ready: %s view, %d tickets", view.name, window.ticket_list.model.rowCount()
        ))  # fmt: skip
        with quit_on_unix_signals(app):
            return app.exec()
    finally:
        window.close()  # stops the database worker before the store closes
        window.deleteLater()
