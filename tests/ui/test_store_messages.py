"""The store's validation messages, refused by a real workspace, as the interface says them."""

from __future__ import annotations

import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desk_app.local_store.people_writes import NewPerson, PeopleValidationError, create_person
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import ValidationError, add_comment, change_ticket
from desk_app.resources_path import resource_path
from desk_app.ui.i18n import install_translations, remove_translations
from desk_app.ui.store_messages import store_message, store_messages


@pytest.fixture
def spanish(qapp, tmp_path: Path):
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__file__).parents[2] / ".venv/bin/pyside6-lrelease"
    )
    ts = resource_path("translations", "desk_app_es.ts")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(tmp_path / "desk_app_es.qm")],
                   check=True)  # fmt: skip
    installed = install_translations(qapp, "es", "MX", tmp_path)
    yield
    remove_translations(qapp, installed)
    QLocale.setDefault(QLocale("en_US"))


def _refusal(desk, write) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused, desk.store.transaction() as session:
        write(session)
    return refused.value.errors


def test_a_problem_reads_as_english_and_keeps_its_template() -> None:
    problem = Problem("%1 already has the address %2", "Ana %2", "ana@x.mx")
    assert problem == "Ana %2 already has the address ana@x.mx"  # one pass: "%2" in a name stays
    assert (problem.template, problem.args) == ("%1 already has the address %2",
                                                ("Ana %2", "ana@x.mx"))  # fmt: skip
    copied = pickle.loads(pickle.dumps(problem))
    assert (copied, copied.template, copied.args) == (problem, problem.template, problem.args)


def test_refusals_of_the_store_show_in_spanish(qtbot, desk, spanish) -> None:
    viewer = desk.viewer()
    now = desk.now
    errors = _refusal(desk, lambda s: change_ticket(
        s, viewer, desk.ids["invoice"], {"subject": " ", "tags": ["x" * 61]}, now))  # fmt: skip
    assert store_messages(errors) == {
        "subject": "Escriba un asunto.",
        "tags": "Cada etiqueta admite máximo 60 caracteres.",
    }
    errors = _refusal(desk, lambda s: add_comment(s, viewer, desk.ids["invoice"], "  ",
                                                  public=True, now=now))  # fmt: skip
    assert store_message(errors["body"]) == "Escriba algo primero."

    twin = NewPerson(full_name="Otra Persona", company_id=desk.ids["norte"],
                     emails=("MARIA@ferrenorte.mx",), phone="12")  # fmt: skip
    with pytest.raises(PeopleValidationError) as refused, desk.store.transaction() as session:
        create_person(session, twin, now)
    shown = store_messages(refused.value.errors)
    assert shown["emails"] == "María Pérez Gómez ya tiene la dirección maria@ferrenorte.mx."
    assert shown["phone"] == (
        "No es un número de teléfono válido en México. Los de otros países empiezan con +."
    )


def test_a_message_the_table_does_not_know_is_shown_as_it_came(qtbot, spanish) -> None:
    assert store_message("the server said no") == "the server said no"
    assert store_message(Problem("quota of %1 exceeded", 3)) == "quota of 3 exceeded"


def test_in_english_the_messages_are_sentences(qapp) -> None:
    assert store_message(Problem("at most %1 characters", 300)) == (
        "Too long: at most 300 characters."
    )
