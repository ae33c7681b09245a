"""Every local change commits with its history and its outbox operation, or not at all."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desk_app.local_store.engine import open_store
from desk_app.local_store.models import Comment, OutboxOp, Ticket, TicketHistory
from desk_app.local_store.outbox import pending, pending_count
from desk_app.local_store.ticket_writes import (
    NewTicket,
    ValidationError,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
)
from tests.local_store.conftest import NOW


def _draft(people: dict[str, int], **overrides: object) -> NewTicket:
    values: dict[str, object] = {"subject": "No timbra", "body": "Error 301",
                                 "requester_id": people["jose"], "ticket_type": "problem",
                                 "channel": "phone"}  # fmt: skip
    values.update(overrides)
    return NewTicket(**values)  # type: ignore[arg-type]


def _counts(store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Ticket)),
            s.scalar(select(func.count()).select_from(TicketHistory)),
            s.scalar(select(func.count()).select_from(OutboxOp)),
        )


def test_create_writes_ticket_history_and_outbox_together(store, people, viewer_of) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        ticket = create_ticket(s, ana, _draft(people, tags=("CFDI", "cfdi ", "timbrado")), NOW)
    with store.session() as s:
        stored = s.get(Ticket, ticket.id)
        assert stored is not None
        assert stored.priority == "urgent"  # Problem → Urgent by default (seed 002)
        assert sorted(t.name for t in stored.tags) == ["cfdi", "timbrado"]
        assert stored.resolution_due_at is not None  # the SLA cache is filled at once
        ops = pending(s)
        assert [(o.entity, o.op, o.entity_uid) for o in ops] == [("ticket", "create", stored.uid)]
        history = s.scalars(select(TicketHistory).where(TicketHistory.ticket_id == ticket.id))
        assert [(h.field, h.new_value) for h in history] == [("status", "open")]


def test_changes_record_old_and_new_values(store, people, viewer_of) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        ticket_id = create_ticket(s, ana, _draft(people), NOW).id
    with store.transaction() as s:
        changed = change_ticket(s, ana, ticket_id, {"status": "in_progress", "flag": "blue",
                                                    "subject": "No timbra"}, NOW)  # fmt: skip
        add_comment(s, ana, ticket_id, "Hola José", public=True, now=NOW)
        log_time(s, ana, ticket_id, "L1", 30, NOW)
    assert changed == ["status", "flag"]  # same subject: no change, no history
    with store.session() as s:
        rows = s.execute(
            select(TicketHistory.field, TicketHistory.old_value, TicketHistory.new_value)
            .where(TicketHistory.ticket_id == ticket_id).order_by(TicketHistory.id)
        ).all()  # fmt: skip
        assert [tuple(r) for r in rows] == [
            ("status", None, "open"),
            ("status", "open", "in_progress"),
            ("flag", "none", "blue"),
        ]
        assert [o.entity for o in pending(s)] == ["ticket", "ticket", "comment", "time_entry"]
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.first_response_at == NOW


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"subject": "   "}, "subject"),
        ({"ticket_type": "bug"}, "ticket_type"),
        ({"channel": "fax"}, "channel"),
        ({"criticality": "apocalyptic"}, "criticality"),
        ({"requester_id": 999_999}, "requester_id"),
        ({"subject": "x" * 301}, "subject"),
    ],
)
def test_bad_input_is_reported_per_field_and_changes_nothing(
    store, people, viewer_of, overrides, field
) -> None:
    before = _counts(store)
    with pytest.raises(ValidationError) as error, store.transaction() as s:
        create_ticket(s, viewer_of("ana"), _draft(people, **overrides), NOW)
    assert field in error.value.errors
    assert _counts(store) == before


def test_bad_changes_leave_the_ticket_alone(store, people, viewer_of) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        ticket_id = create_ticket(s, ana, _draft(people), NOW).id
    before = _counts(store)
    for changes in ({"status": "limbo"}, {"priority": "whenever"}, {"uid": "x"}):
        with pytest.raises(ValidationError), store.transaction() as s:
            change_ticket(s, ana, ticket_id, {"flag": "blue", **changes}, NOW)
    for kind, minutes in (("L9", 10), ("L1", 0), ("L1", -5), ("L1", 100_000)):
        with pytest.raises(ValidationError), store.transaction() as s:
            log_time(s, ana, ticket_id, kind, minutes, NOW)
    with pytest.raises(ValidationError), store.transaction() as s:
        add_comment(s, ana, ticket_id, "  \n ", public=True, now=NOW)
    assert _counts(store) == before
    with store.session() as s:
        assert s.get(Ticket, ticket_id).flag == "none"  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(Comment)) == 0


def test_a_failure_after_the_change_rolls_back_the_change_too(store, people, viewer_of) -> None:
    before = _counts(store)
    with pytest.raises(RuntimeError), store.transaction() as s:
        create_ticket(s, viewer_of("ana"), _draft(people), NOW)
        raise RuntimeError("power cut before commit")
    assert _counts(store) == before


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from desk_app.local_store.engine import open_store
    from desk_app.local_store.ticket_writes import NewTicket, add_comment, create_ticket
    from desk_app.local_store.visibility import viewer_for

    store = open_store(Path(sys.argv[1]))
    with store.session() as s:
        viewer = viewer_for(s, "ana")
    requester = int(sys.argv[2])
    while True:
        with store.transaction() as s:
            t = create_ticket(s, viewer, NewTicket(subject="Crash", body="b",
                requester_id=requester, ticket_type="task", channel="phone"), datetime.now(UTC))
            add_comment(s, viewer, t.id, "nota", public=False, now=datetime.now(UTC))
            uid = t.uid
        print(uid, flush=True)
    """
)


def test_killed_mid_write_loses_nothing_committed(store, people, tmp_path: Path) -> None:
    workspace = store.db_path.parent
    store.close()
    rng = random.Random(7)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(workspace), str(people["jose"])],
            stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert proc.stdout is not None
        for _ in range(rng.randint(3, 25)):
            line = proc.stdout.readline()
            assert line, "writer died on its own"
            committed.add(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    reopened = open_store(workspace)
    with reopened.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        uids = set(s.scalars(select(Ticket.uid)))
        assert committed <= uids  # everything reported as committed survived
        ops = s.execute(select(OutboxOp.entity, OutboxOp.entity_uid)).all()
        creates = [uid for entity, uid in ops if entity == "ticket"]
        assert sorted(creates) == sorted(uids)  # each ticket has exactly one create op
        assert pending_count(s) == 2 * len(uids)  # and its comment's op
    reopened.close()
