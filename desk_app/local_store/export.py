"""What the cache holds, as rows for `desk-app export`: tickets, articles, calls.

Rows stream from one SQL query per kind (`yield_per`), never as ORM objects, so a 100,000-ticket
export keeps memory flat; counts, tags, linked tickets and the latest survey answer come from
subqueries in the same statement instead of one query per row. Tickets and calls are limited to
what the viewer may see (visibility.py), like every other list in the app.

Writers: JSON (an array of objects, written as rows arrive) and CSV. CSV cells that a
spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a leading
apostrophe (OWASP "CSV injection"), so an exported subject like `=HYPERLINK(...)` stays text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

from sqlalchemy import ColumnElement, Executable, Integer, String, cast, func, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from desk_app.local_store.call_views import visible_calls
from desk_app.local_store.models import (
    Article,
    Call,
    Category,
    Comment,
    Company,
    KbCategory,
    Person,
    Queue,
    StatusDefinition,
    SurveyAnswer,
    Tag,
    Ticket,
    User,
    call_tickets,
    ticket_tags,
)
from desk_app.local_store.visibility import Viewer, visible_tickets

ExportKind = Literal["tickets", "articles", "calls"]
EXPORT_KINDS: tuple[ExportKind, ...] = ("tickets", "articles", "calls")
FORMATS = ("json", "csv")
BATCH = 2_000
_LIST_SEPARATOR = "\x1f"  # group_concat separator: cannot occur in a tag name
_FORMULA_STARTS = frozenset("=+-@\t\r")


@dataclass(frozen=True)
class Export:
    kind: ExportKind
    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


# --- queries -------------------------------------------------------------------------------
# Times leave SQLite as ISO 8601 text (UTC, whole seconds) and durations as integers, computed
# by SQLite itself: converting 900,000 values through Python datetimes was half the export time.


def _iso_sql(column: QueryableAttribute[Any]) -> ColumnElement[str]:
    # Stored as naive UTC text (base.UtcDateTime); NULL stays NULL.
    return func.strftime("%Y-%m-%dT%H:%M:%SZ", cast(column, String))


_Time = ColumnElement[Any] | QueryableAttribute[Any]


def _seconds_sql(start: _Time, end: _Time) -> ColumnElement[int]:
    days = func.julianday(cast(end, String)) - func.julianday(cast(start, String))
    return cast(func.max(0, func.round(days * 86400)), Integer)


def _talk_seconds_sql() -> ColumnElement[int]:
    # Talk time is the answered call minus its holds (domain.calls: Durations.talk); NULL
    # for a call never answered, like the other durations without an end.
    talk = _seconds_sql(Call.answered_at, Call.ended_at) - func.coalesce(Call.hold_seconds, 0)
    return cast(func.max(0, talk), Integer)


TICKET_COLUMNS = (
    "id", "uid", "remote_id", "subject", "status", "status_name", "priority", "criticality",
    "ticket_type", "subject_kind", "category", "channel", "flag", "level", "queue", "pqrs_kind",
    "department", "requester", "requester_email", "company", "responsible",
    "responsible_name", "created_at", "updated_at", "assigned_at", "first_response_at",
    "resolved_at", "due_at", "response_due_at", "resolution_due_at", "merged_into_id", "tags",
    "comments", "body",
)  # fmt: skip


def _tickets(session: Session, viewer: Viewer) -> Iterator[tuple[Any, ...]]:
    requester = aliased(Person)
    company = aliased(Company)
    responsible = aliased(User)
    comments = (
        select(func.count(Comment.id))
        .where(Comment.ticket_id == Ticket.id)
        .correlate(Ticket)
        .scalar_subquery()
    )
    tags = (
        select(func.group_concat(Tag.name, _LIST_SEPARATOR))
        .select_from(ticket_tags)
        .join(Tag, Tag.id == ticket_tags.c.tag_id)
        .where(ticket_tags.c.ticket_id == Ticket.id)
        .correlate(Ticket)
        .scalar_subquery()
    )
    columns = (
        Ticket.id, Ticket.uid, Ticket.remote_id, Ticket.subject, Ticket.status,
        StatusDefinition.name, Ticket.priority, Ticket.criticality, Ticket.ticket_type,
        Ticket.subject_kind, Category.name, Ticket.channel, Ticket.flag, Ticket.level,
        Queue.name, Ticket.pqrs_kind, Ticket.department, requester.full_name,
        func.json_extract(requester.emails, "$[0]"), company.name, responsible.username,
        responsible.full_name, _iso_sql(Ticket.created_at), _iso_sql(Ticket.updated_at),
        _iso_sql(Ticket.assigned_at), _iso_sql(Ticket.first_response_at),
        _iso_sql(Ticket.resolved_at), _iso_sql(Ticket.due_at),
        _iso_sql(Ticket.response_due_at), _iso_sql(Ticket.resolution_due_at),
        Ticket.merged_into_id, tags, comments, Ticket.body,
    )  # fmt: skip
    stmt = (
        select(*columns)
        .outerjoin(StatusDefinition, StatusDefinition.key == Ticket.status)
        .outerjoin(Category, Category.id == Ticket.category_id)
        .outerjoin(Queue, Queue.id == Ticket.queue_id)
        .outerjoin(requester, requester.id == Ticket.requester_id)
        .outerjoin(company, company.id == requester.company_id)
        .outerjoin(responsible, responsible.id == Ticket.responsible_id)
        .where(visible_tickets(viewer))
        .order_by(Ticket.id)
    )
    tags_at = TICKET_COLUMNS.index("tags")
    for row in _stream(session, stmt):
        values = list(row)
        values[tags_at] = _split(values[tags_at])
        yield tuple(values)


ARTICLE_COLUMNS = ("id", "uid", "remote_id", "category_path", "title", "summary", "keywords",
                   "is_faq", "state", "updated_at", "body")  # fmt: skip


def _articles(session: Session) -> Iterator[tuple[Any, ...]]:
    folders = {row.id: (row.name, row.parent_id) for row in session.execute(
        select(KbCategory.id, KbCategory.name, KbCategory.parent_id))}  # fmt: skip
    stmt = select(
        Article.id, Article.uid, Article.remote_id, Article.category_id, Article.title,
        Article.summary, Article.keywords, Article.is_faq, Article.state,
        _iso_sql(Article.updated_at), Article.body,
    ).order_by(Article.id)  # fmt: skip
    for row in _stream(session, stmt):
        values = list(row)
        values[3] = " / ".join(_path(folders, row[3]))
        yield tuple(values)


def _path(folders: dict[int, tuple[str, int | None]], folder_id: int | None) -> list[str]:
    names: list[str] = []
    seen: set[int] = set()
    while folder_id is not None and folder_id in folders and folder_id not in seen:
        seen.add(folder_id)
        name, folder_id = folders[folder_id]
        names.append(name)
    return names[::-1]


CALL_COLUMNS = (
    "id", "uid", "remote_id", "external_id", "direction", "number", "number_e164",
    "caller_name", "contact", "company", "advisor", "started_at", "answered_at", "ended_at",
    "wrap_up_ended_at", "ring_seconds", "talk_seconds", "hold_seconds", "wrap_up_seconds",
    "outcome", "linked_tickets", "csat", "ces", "nps", "notes",
)  # fmt: skip


def _calls(session: Session, viewer: Viewer) -> Iterator[tuple[Any, ...]]:
    contact = aliased(Person)
    company = aliased(Company)
    advisor = aliased(User)
    linked = (
        select(func.group_concat(call_tickets.c.ticket_id, _LIST_SEPARATOR))
        .where(call_tickets.c.call_id == Call.id)
        .correlate(Call)
        .scalar_subquery()
    )
    # The latest answer per call, computed once for all calls: an export reads every call, so
    # one grouped pass beats a correlated lookup per call.
    latest = (
        select(SurveyAnswer.call_id, func.max(SurveyAnswer.id).label("answer_id"))
        .where(SurveyAnswer.call_id.is_not(None))
        .group_by(SurveyAnswer.call_id)
        .subquery()
    )
    answer = aliased(SurveyAnswer)
    columns = (
        Call.id, Call.uid, Call.remote_id, Call.external_id, Call.direction, Call.number_raw,
        Call.number_e164, Call.caller_name, contact.full_name, company.name,
        advisor.username, _iso_sql(Call.started_at), _iso_sql(Call.answered_at),
        _iso_sql(Call.ended_at), _iso_sql(Call.wrap_up_ended_at),
        _seconds_sql(Call.started_at, func.coalesce(Call.answered_at, Call.ended_at)),
        _talk_seconds_sql(), Call.hold_seconds,
        _seconds_sql(Call.ended_at, Call.wrap_up_ended_at), Call.outcome, linked,
        answer.csat, answer.ces, answer.nps, Call.notes,
    )  # fmt: skip
    stmt = (
        select(*columns)
        .outerjoin(contact, contact.id == Call.person_id)
        .outerjoin(company, company.id == Call.company_id)
        .outerjoin(advisor, advisor.id == Call.advisor_id)
        .outerjoin(latest, latest.c.call_id == Call.id)
        .outerjoin(answer, answer.id == latest.c.answer_id)
        .where(visible_calls(viewer))
        .order_by(Call.id)
    )
    linked_at = CALL_COLUMNS.index("linked_tickets")
    for row in _stream(session, stmt):
        values = list(row)
        values[linked_at] = sorted(int(t) for t in _split(values[linked_at]))
        yield tuple(values)


def _split(joined: str | None) -> list[str]:
    return sorted(str(joined).split(_LIST_SEPARATOR)) if joined else []


def _stream(session: Session, stmt: Executable) -> Iterator[Sequence[Any]]:
    # Core rows through the session's connection: no ORM row loading, fetched in batches.
    yield from session.connection().execute(stmt.execution_options(yield_per=BATCH))


def export(session: Session, kind: ExportKind, viewer: Viewer) -> Export:
    """Rows of `kind` in id order; iterate them while `session` is open."""
    if kind == "tickets":
        return Export(kind, TICKET_COLUMNS, _tickets(session, viewer))
    if kind == "articles":
        return Export(kind, ARTICLE_COLUMNS, _articles(session))
    if kind == "calls":
        return Export(kind, CALL_COLUMNS, _calls(session, viewer))
    raise ValueError(f"unknown export {kind!r} (known: {', '.join(EXPORT_KINDS)})")


# --- writers -------------------------------------------------------------------------------


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return _iso(value)
    raise TypeError(f"cannot export a {type(value).__name__}")


def write_json(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A JSON array of objects, one per row, written as the rows arrive; returns the count."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        # dumps, not dump: dump feeds the file from the pure-Python encoder, 5x slower.
        out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False,
                             default=_json_default))  # fmt: skip
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def csv_cell(value: object) -> str:
    """One CSV cell as text, defused if a spreadsheet would read it as a formula."""
    if type(value) is str:  # the common case first: millions of cells in a big export
        return "'" + value if value[:1] in _FORMULA_STARTS else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _iso(value)
    text = "; ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return text  # a negative number is a number, not a formula
    return "'" + text if text[:1] in _FORMULA_STARTS else text


def write_csv(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A header line and one line per row; returns the count. `out` must be opened with
    newline="" (the csv module writes its own line ends)."""
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
        count += 1
    return count
