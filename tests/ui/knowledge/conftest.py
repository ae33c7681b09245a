"""Knowledge-base fixtures: folders, articles and canned responses in the real temporary desk,
and the panel and the picker on their own database worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.local_store.models import Article, CannedResponse, KbCategory
from desk_app.services.knowledge import KnowledgeService
from desk_app.ui.canned_picker import CannedPicker
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.knowledge_panel import KnowledgePanel

HTML_BODY = '<script>alert("x")</script><img src="http://example.com/pixel.png"><b>negrita</b>'


@pytest.fixture
def kb(desk) -> dict[str, int]:
    """Facturación › CFDI 4.0, Nóminas and an empty folder; FAQ and non-FAQ; an HTML article."""
    now = desk.now
    ids: dict[str, int] = {}
    with desk.store.transaction() as s:
        billing, payroll, empty = (KbCategory(name=n) for n in ("Facturación", "Nóminas",
                                                                 "Archivo"))  # fmt: skip
        s.add_all([billing, payroll, empty])
        s.flush()
        cfdi = KbCategory(name="CFDI 4.0", parent_id=billing.id)
        s.add(cfdi)
        s.flush()
        articles = {
            "intro": Article(title="Facturación electrónica: primeros pasos",
                             summary="Qué necesitas antes de timbrar.",
                             body="Carga tu certificado de sello digital.",
                             category_id=billing.id, is_faq=True,
                             updated_at=now - timedelta(days=1)),
            "errors": Article(title="Errores al timbrar CFDI", summary="Códigos 301 y 305.",
                              body="El error 301 indica estructura inválida en la facturación.",
                              category_id=cfdi.id, updated_at=now - timedelta(days=3)),
            "payroll": Article(title="Recibos de nómina", summary="Complemento 1.2.",
                               body="Verifica CURP y NSS.", category_id=payroll.id,
                               is_faq=True, updated_at=now - timedelta(days=2)),
            "html": Article(title="<b>Guía</b> con HTML", summary="<i>resumen</i>",
                            body=HTML_BODY, updated_at=now - timedelta(days=4)),
        }  # fmt: skip
        s.add_all(articles.values())
        s.add_all([
            CannedResponse(title="Saludo inicial",
                           body="Hola {cliente}, soy {asesor}. Revisamos el ticket {ticket}."),
            CannedResponse(title="Solicitar evidencia",
                           body="{cliente}, envíanos una captura del error, por favor."),
            CannedResponse(title="Cierre por solución",
                           body="{cliente}, damos por resuelto el ticket {ticket}. {firma}"),
            CannedResponse(title="Confirmación de más de 2 horas",
                           body="{cliente}, la atención tomará más de 2 horas."),
        ])  # fmt: skip
        s.flush()
        ids.update({key: a.id for key, a in articles.items()})
        ids.update(billing_folder=billing.id, cfdi_folder=cfdi.id, payroll_folder=payroll.id,
                   empty_folder=empty.id)  # fmt: skip
    return ids


@pytest.fixture
def runner(desk):
    runner = DbRunner(desk.store)
    yield runner
    runner.shutdown()  # before the desk's store closes


def activate(qtbot, widget: QWidget) -> None:
    """Show `widget` as the active window: shortcuts and focus work as for a user."""
    window = widget.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def make_panel(qtbot, runner):
    """`make_panel()` → a KnowledgePanel inside a host window, not shown yet.

    The host has no layout, like a page of the main window's central area: shown as a
    top-level window itself, the page's changing minimum size would be pushed to the
    offscreen platform, which warns "does not support propagateSizeHints()".
    """
    hosts: list[QWidget] = []  # qtbot only keeps weak references

    def make() -> KnowledgePanel:
        host = QWidget()
        host.resize(1200, 700)
        qtbot.addWidget(host)
        hosts.append(host)
        panel = KnowledgePanel(runner, KnowledgeService(), host)
        panel.resize(host.size())
        return panel

    return make


@pytest.fixture
def panel(qtbot, kb, make_panel):
    panel = make_panel()
    activate(qtbot, panel)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.reader.article is not None)
    return panel


@pytest.fixture
def reply_box(qtbot):
    """The window the picker is opened from (the ticket's reply box, in the app)."""
    owner = QWidget()
    owner.resize(600, 400)
    qtbot.addWidget(owner)
    activate(qtbot, owner)
    yield owner  # held here: qtbot only keeps a weak reference


@pytest.fixture
def picker(runner, kb, reply_box):
    return CannedPicker(runner, KnowledgeService(), reply_box)
