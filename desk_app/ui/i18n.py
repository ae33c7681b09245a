"""Installing the UI language: our compiled catalogue, Qt's own strings, and the locale.

English is the source language, so a missing `.qm` (a checkout where the bootstrap script has
not compiled the translations yet) simply leaves the English text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.resources_path import resource_path

log = logging.getLogger(__name__)

CATALOGUE = "desk_app"
_SPANISH_REGIONS = {"MX", "CO", "PE", "ES", "AR", "CL", "EC", "GT", "VE"}


def ui_locale(language: str, region: str) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks the chosen language
    (es_CO stays es_CO), else the chosen language in the desk's region."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "es":
        country = region if region in _SPANISH_REGIONS else "MX"
        return QLocale(f"es_{country}")
    return QLocale("en_US")


def install_translations(
    app: QCoreApplication,
    language: str,
    region: str = "MX",
    directory: Path | None = None,
) -> list[QTranslator]:
    """Set the default locale and install the catalogues for `language`; returns them so the
    caller can remove them again (tests)."""
    QLocale.setDefault(ui_locale(language, region))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = directory or resource_path("translations")
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{language}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no compiled %s translation in %s; the interface stays in English",
                    language, folder)  # fmt: skip
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):  # standard buttons, context menus
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
