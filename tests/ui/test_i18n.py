"""Spanish and English through Qt's translation system; English without any .qm."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desk_app.resources_path import resource_path
from desk_app.ui import labels
from desk_app.ui.i18n import install_translations, remove_translations, ui_locale

TS = resource_path("translations", "desk_app_es.ts")


@pytest.fixture
def compiled(tmp_path) -> Path:
    """The Spanish catalogue compiled from the .ts, whatever the checkout holds."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(__file__).parents[2] /
                                                       ".venv/bin/pyside6-lrelease")  # fmt: skip
    target = tmp_path / "desk_app_es.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(target)], check=True)
    return tmp_path


@pytest.fixture
def language(qapp):
    installed = []

    def use(code: str, directory: Path | None = None) -> None:
        installed.extend(install_translations(qapp, code, "MX", directory))

    yield use
    remove_translations(qapp, installed)
    QLocale.setDefault(QLocale("en_US"))


def test_every_message_has_a_spanish_translation() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and (t.get("type") == "unfinished" or not ((t.text or "").strip() or list(t)))
    ]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 100


def test_spanish_labels_window_and_dates(qtbot, language, compiled, make_window) -> None:
    language("es", compiled)
    assert labels.status("waiting_customer") == "Esperando al cliente"
    assert labels.criticality(None) == "Sin definir"
    assert labels.view("open") == "Abiertos" and labels.status("open") == "Abierto"
    assert labels.channel("consultation") == "Asesoría"
    assert labels.pqrs_kind("consultation") == "Consulta"
    window = make_window()
    panel = window.ticket_list
    assert panel.search.placeholderText().startswith("Buscar tickets")
    assert panel.views.tabText(0) == "Todos (3)"
    assert panel.model.data(panel.model.index(0, 5)) == "quedan 6 h"
    assert window.count_label.text() == "3 tickets"
    assert QLocale().name() == "es_MX"


def test_without_a_compiled_catalogue_the_interface_stays_english(
    qtbot, language, tmp_path, caplog
) -> None:
    language("es", tmp_path)  # an empty folder: no .qm
    assert labels.status("open") == "Open"
    assert "stays in English" in caplog.text


def test_ui_locale_follows_the_system_when_it_speaks_the_language() -> None:
    system = QLocale.system().name()
    assert ui_locale("es", "CO").name() == (system if system.startswith("es") else "es_CO")
    assert ui_locale("es", "XX").name() in (system, "es_MX")
    assert QApplication.instance() is not None
