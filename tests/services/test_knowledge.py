"""The knowledge service: placeholders in canned responses, template filtering, search results."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.local_store.article_queries import ArticleView, CannedView
from desk_app.local_store.models import Article, CannedResponse, KbCategory
from desk_app.services.knowledge import (
    KnowledgeService,
    canned_matches,
    fill_placeholders,
    reply_text,
)

VALUES = {"cliente": "María Pérez", "ticket": "#1234", "asesor": "Ana López"}


def fill(template: str, **overrides) -> str:
    return fill_placeholders(template, **{**VALUES, **overrides})


def test_the_three_placeholders_are_filled() -> None:
    template = "Hola {cliente}, soy {asesor}. Tu ticket {ticket} está en revisión, {cliente}."
    assert fill(template) == (
        "Hola María Pérez, soy Ana López. Tu ticket #1234 está en revisión, María Pérez."
    )


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{Cliente} / { TICKET } / {\tasesor }", "María Pérez / #1234 / Ana López"),
        ("Dear {customer}, {advisor}", "Dear María Pérez, Ana López"),  # English spellings
        ("{fecha} y {cliente}", "{fecha} y María Pérez"),  # unknown names stay as typed
        ("{", "{"),
        ("}", "}"),
        ("{cliente", "{cliente"),
        ("cliente}", "cliente}"),
        ("{}", "{}"),
        ("{{cliente}}", "{María Pérez}"),  # no escaping: documented
        ("{0} {} {!r} {cliente:>10}", "{0} {} {!r} {cliente:>10}"),  # not str.format
        ("{cli ente}", "{cli ente}"),
        ("", ""),
    ],
)
def test_user_authored_templates_are_tolerated(template: str, expected: str) -> None:
    assert fill(template) == expected


def test_missing_values_leave_the_placeholder_for_the_advisor_to_fill() -> None:
    result = fill_placeholders("Hola {cliente}, ticket {ticket}, {asesor}", cliente=None,
                               ticket=None, asesor="   ")  # fmt: skip
    assert result == "Hola {cliente}, ticket {ticket}, {asesor}"


def test_values_are_inserted_once_and_literally() -> None:
    # A customer literally named "{asesor}" (or with a backslash) is not expanded again.
    assert fill("{cliente} / {asesor}", cliente="{asesor} \\1 \\g<0>") == (
        "{asesor} \\1 \\g<0> / Ana López"
    )
    assert fill_placeholders("Ticket {ticket}", cliente=None, ticket=42, asesor=None) == (
        "Ticket 42"
    )


# Templates built from the pieces that matter: braces, placeholder names, spaces, escapes.
PIECES = [*"{}ab \t\n\\$%", "cliente", "ticket", "asesor", "Cliente", "é", "😀"]
text_with_braces = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
any_value = st.one_of(st.none(), st.integers(), st.text(max_size=20))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), text_with_braces), any_value, any_value, any_value)
def test_fill_never_raises_on_arbitrary_text(template, cliente, ticket, asesor) -> None:
    result = fill_placeholders(template, cliente=cliente, ticket=ticket, asesor=asesor)
    assert isinstance(result, str)


@settings(max_examples=200, deadline=None)
@given(text_with_braces, st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1))
def test_filled_text_has_no_placeholder_left_and_the_rest_is_kept(template, name) -> None:
    name = name.strip() or "x"
    result = fill_placeholders(template, cliente=name, ticket="#7", asesor=name)
    assert not re.search(r"\{[ \t]*(cliente|ticket|asesor)[ \t]*\}", result, re.IGNORECASE)
    if "{" not in template:
        assert result == template


def test_canned_filter_ignores_accents_and_case_and_needs_every_word() -> None:
    canned = CannedView(1, "Confirmación de más de 2 horas", "Cargo a tu bolsa de horas", "es")
    assert canned_matches(canned, "")
    assert canned_matches(canned, "CONFIRMACION")
    assert canned_matches(canned, "mas bolsa")  # one word in the title, one in the body
    assert canned_matches(canned, "confirm")  # fragments match anywhere
    assert not canned_matches(canned, "bolsa cierre")
    assert canned_matches(canned, '" * ( ') is False  # punctuation is a word like any other


def test_reply_text_is_summary_then_body() -> None:
    now = datetime(2026, 1, 5, tzinfo=UTC)
    view = ArticleView(1, "T", " Resumen. ", "Paso 1.\nPaso 2.", "", False, "published", now, ())
    assert reply_text(view) == "Resumen.\n\nPaso 1.\nPaso 2."
    assert reply_text(ArticleView(2, "T", "", "Solo cuerpo", "", False, "published", now, ())) == (
        "Solo cuerpo"
    )


def test_service_search_and_article_and_canned(desk) -> None:
    with desk.store.transaction() as s:
        folder = KbCategory(name="Facturación")
        s.add(folder)
        s.flush()
        s.add_all([
            Article(title="Facturación 4.0", category_id=folder.id, is_faq=True),
            Article(title="Nómina", summary="Recibos"),
            CannedResponse(title="Saludo", body="Hola {cliente}", language="es"),
            CannedResponse(title="Greeting", body="Hello {customer}", language="en"),
        ])  # fmt: skip
    service = KnowledgeService(result_limit=1, languages=["es"])
    with desk.store.session() as s:
        result = service.search(s, "facturacion")
        assert [h.title for h in result.hits] == ["Facturación 4.0"]
        assert result.is_truncated  # the limit was reached: there may be more
        assert (result.text, result.faq_only, result.category_id) == ("facturacion", False, None)
        assert service.search(s, "nomina", faq_only=True).hits == ()
        assert service.tree(s).total == 2
        view = service.article(s, result.hits[0].id)
        assert view is not None and view.category_path == ("Facturación",)
        assert [c.title for c in service.canned_responses(s)] == ["Saludo"]
