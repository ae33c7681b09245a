"""Full-text search: safe for any input, accent- and case-blind, follows every change."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as hs

from desk_app.local_store.models import Person
from desk_app.local_store.search_syntax import build_fts_query
from desk_app.local_store.ticket_filters import TicketFilter
from desk_app.local_store.ticket_list_queries import ticket_ids
from desk_app.local_store.ticket_writes import NewTicket, add_comment, create_ticket
from tests.local_store.conftest import NOW

_FTS = sqlite3.connect(":memory:")
_FTS.execute("CREATE VIRTUAL TABLE f USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
_FTS.execute("INSERT INTO f VALUES ('Facturación electrónica: error 301 al timbrar')")


def _count(text: str) -> int:
    query = build_fts_query(text)
    if query.is_empty:
        return -1
    return int(
        _FTS.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query.expression,)).fetchone()[0]
    )


@settings(max_examples=400, deadline=None)
@given(hs.text(alphabet=hs.characters(codec="utf-8"), max_size=60))
def test_no_user_text_makes_fts_raise(text: str) -> None:
    _count(text)  # raises sqlite3.OperationalError on a bad expression


@settings(max_examples=200, deadline=None)
@given(hs.lists(hs.sampled_from(['"', "*", "(", ")", "AND", "OR", "NOT", "NEAR", ":", "^",
                                 "-", "+", "a", "col:", "{", "}"]), max_size=12))  # fmt: skip
def test_fts_operators_typed_by_users_never_raise(parts: list[str]) -> None:
    _count(" ".join(parts))
    _count("".join(parts))


def test_lone_specials_mean_no_filter() -> None:
    for text in ('"', "*", '""', "**", "  ", "()", "^", ""):
        assert build_fts_query(text).is_empty, text


def test_accents_case_prefix_and_phrases() -> None:
    assert _count("FACTURACION") == 1
    assert _count("electronica") == 1
    assert _count("factur") == 1  # as you type
    assert _count('"error 301"') == 1
    assert _count('"301 error"') == 0  # a phrase keeps its order
    assert _count("timbrar OR nada") == 0  # OR is a word to find, not an operator
    assert _count("cfdi") == 0


def test_search_finds_subject_body_comments_and_requester(store, people, viewer_of) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        ticket = create_ticket(s, ana, NewTicket(
            subject="Nómina quincenal", body="El ISR sale mal después de la actualización",
            requester_id=people["jose"], ticket_type="problem", channel="phone"), NOW)  # fmt: skip
        other = create_ticket(s, ana, NewTicket(
            subject="Respaldo", body="No corre", requester_id=people["jose"],
            ticket_type="task", channel="email"), NOW)  # fmt: skip
    with store.session() as s:
        assert ticket_ids(s, ana, TicketFilter(text="nomina")) == [ticket.id]
        assert ticket_ids(s, ana, TicketFilter(text="actualizacion isr")) == [ticket.id]
        assert set(ticket_ids(s, ana, TicketFilter(text="núñez"))) == {ticket.id, other.id}
        assert set(ticket_ids(s, ana, TicketFilter(text="azteca"))) == {ticket.id, other.id}
        assert ticket_ids(s, ana, TicketFilter(text="bitacora")) == []
    with store.transaction() as s:
        add_comment(s, ana, other.id, "Revisé la bitácora del agente", public=False, now=NOW)
    with store.session() as s:
        assert ticket_ids(s, ana, TicketFilter(text="bitacora")) == [other.id]
    with store.transaction() as s:
        person = s.get(Person, people["jose"])
        assert person is not None
        person.full_name = "José Ñúñez Paredes"
    with store.session() as s:
        assert set(ticket_ids(s, ana, TicketFilter(text="paredes"))) == {ticket.id, other.id}
