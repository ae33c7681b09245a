"""Demo tickets with consistent histories, conversations, time, calls and surveys."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import NamedTuple

from desk_app.domain import statuses as st
from desk_app.domain.ticket_fields import (
    Channel,
    Criticality,
    Flag,
    Level,
    SubjectKind,
    TicketType,
    default_priority,
)
from desk_app.local_store.demo import vocab
from desk_app.local_store.demo.tables import DemoData, ts, uid

STATUS_WEIGHTS = ((st.OPEN, 0.18), (st.IN_PROGRESS, 0.25), (st.WAITING_CUSTOMER, 0.10),
                  (st.CLOSED, 0.47))  # fmt: skip
CHANNEL_WEIGHTS = ((Channel.PHONE, 45), (Channel.EMAIL, 15), (Channel.CHAT, 12),
                   (Channel.WEB_FORM, 10), (Channel.DIRECT, 8), (Channel.CONSULTATION, 6),
                   (Channel.CHATBOT, 4))  # fmt: skip
PQRS = ("complaint", "claim", "information_request", "consultation", "suggestion", "request")
FLAG_BY_STATUS = {st.OPEN: Flag.NONE, st.IN_PROGRESS: Flag.BLUE,
                  st.WAITING_CUSTOMER: Flag.ORANGE, st.CLOSED: Flag.GREEN}  # fmt: skip
# What a closed ticket that did not follow the process missed (domain.adherence.Gap).
SLIPS = ("time", "tags", "in_progress", "closer")
SLIP_WEIGHTS = (35, 30, 20, 15)

TICKET_COLUMNS = (
    "id", "uid", "subject", "body", "requester_id", "responsible_id", "created_by_id",
    "department", "ticket_type", "subject_kind", "category_id", "priority", "criticality",
    "channel", "status", "flag", "level", "queue_id", "pqrs_kind", "due_at", "custom_fields",
    "created_at", "updated_at", "assigned_at", "first_response_at", "resolved_at",
    "closed_by_id",
)  # fmt: skip


class Staged(NamedTuple):
    """A ticket in progress placed on purpose (see live_data.at_risk_tickets)."""

    responsible: int
    created: datetime
    criticality: str


class _Slots(dict[str, str]):
    """Template values drawn only when a template asks for them (the hot path of 100k rows)."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        super().__init__()
        self.rng, self.now = rng, now

    def __missing__(self, key: str) -> str:
        r = self.rng.random
        match key:
            case "folio":
                return f"A-{1000 + int(r() * 98999)}"
            case "mes":
                return vocab.MONTHS[int(r() * 12)]
            case "monto":
                return f"{100 + int(r() * 89900):,}"
            case "anio":
                return str(self.now.year - 1)
            case "quincena":
                return str(1 + int(r() * 24))
            case "almacen":
                return ("Centro", "Norte", "Bodega 2")[int(r() * 3)]
            case "banco":
                return vocab.BANKS[int(r() * len(vocab.BANKS))]
            case _:
                return f"{14 + int(r() * 5)}.{int(r() * 5)}.{int(r() * 10)}"


_MODULES = ("Facturación", "Nómina", "Contabilidad", "Punto de venta", "Inventarios", "Bancos")
_REPORTS = ("Balanza de comprobación", "Auxiliar de clientes", "Nómina por departamento",
            "Estado de resultados", "Antigüedad de saldos")  # fmt: skip


def _custom_fields(ticket_type: TicketType, major: int, minor: int, ticket_id: int,
                   created: datetime) -> dict[str, str]:  # fmt: skip
    """The custom fields of the ticket's own type (domain.custom_fields), so the demo shows
    them as an advisor would fill them. Derived from numbers already drawn: the random
    sequence, and so the rest of the demo, stays as it was."""
    module = _MODULES[ticket_id % len(_MODULES)]
    match ticket_type:
        case TicketType.PROBLEM:
            return {"version": f"{major}.{minor}", "module": module,
                    "error_code": f"E-{100 + (ticket_id * 37) % 900}"}  # fmt: skip
        case TicketType.CONFIGURATION:
            return {"module": module}
        case TicketType.TASK:
            return {"requested_by": (created + timedelta(days=3 + minor)).date().isoformat()}
        case TicketType.EXTRA:
            return {"report_name": _REPORTS[ticket_id % len(_REPORTS)]}
    return {}


def _fill(template: str, rng: random.Random, now: datetime) -> str:
    return template.format_map(_Slots(rng, now))


class TicketBuilder:
    def __init__(self, data: DemoData, rng: random.Random, now: datetime,
                 ids: dict[str, list[int]], categories: dict[str, int],
                 slips: dict[int, float] | None = None) -> None:  # fmt: skip
        self.data, self.rng, self.now, self.ids, self.categories = data, rng, now, ids, categories
        # Per advisor: the share of closed tickets that miss one step (process adherence).
        self.slips = slips or {}
        self.tickets = data.table("tickets", *TICKET_COLUMNS)
        self.history = data.table(
            "ticket_history", "ticket_id", "user_id", "at", "field", "old_value", "new_value",
            "from_sync",
        )  # fmt: skip
        self.comments = data.table(
            "comments", "uid", "ticket_id", "author_id", "author_name", "is_public", "body",
            "created_at",
        )  # fmt: skip
        self.time = data.table(
            "time_entries", "uid", "ticket_id", "user_id", "kind", "minutes", "started_at",
            "note", "created_at",
        )  # fmt: skip
        self.tags = data.table("ticket_tags", "ticket_id", "tag_id")
        self.follow_ups = data.table(
            "follow_ups", "uid", "ticket_id", "user_id", "remind_at", "note", "done_at"
        )
        self.statuses = [s for s, _ in STATUS_WEIGHTS]
        self.status_w = [w for _, w in STATUS_WEIGHTS]
        self.channels = [c for c, _ in CHANNEL_WEIGHTS]
        self.channel_w = [w for _, w in CHANNEL_WEIGHTS]
        self.people_company: dict[int, int] = {row[0]: row[3] for row in data.tables["people"].rows}

    def _when(self, status: str) -> datetime:
        # Most tickets are recent: an advisor's list should show live SLAs on first start.
        # Open work is younger still, so the board shows tickets at risk next to the
        # breached backlog instead of only the latter.
        days = self.rng.expovariate(1 / 12 if status == st.CLOSED else 1 / 4)
        return self.now - timedelta(days=min(days, 90), minutes=self.rng.randint(0, 600))

    def add(self, ticket_id: int, staged: Staged | None = None) -> None:
        rng, now = self.rng, self.now
        subject_t, body_t, cat, sub = rng.choice(vocab.TICKET_TEMPLATES)
        status = rng.choices(self.statuses, self.status_w)[0]
        created = self._when(status)
        advisors = self.ids["advisors"]
        requester = rng.choice(self.ids["people"])
        responsible = None if status == st.OPEN and rng.random() < 0.6 else rng.choice(advisors)
        creator = rng.choice(advisors)
        ticket_type = rng.choice(list(TicketType))
        priority = default_priority(ticket_type).value
        if ticket_type is TicketType.PROBLEM and rng.random() < 0.15:
            priority = "critical"
        criticality = None if status == st.OPEN and rng.random() < 0.5 else rng.choice(
            list(Criticality)).value  # fmt: skip
        if staged is not None:  # drawn all the same: the rest of the demo stays as it was
            status, created, responsible = st.IN_PROGRESS, staged.created, staged.responsible
            criticality = staged.criticality
        level = Level.L1.value if rng.random() < 0.7 else rng.choice((Level.L2, Level.L3)).value
        slip = self._slip(responsible) if status == st.CLOSED and responsible else None
        steps = self._steps(status, created, skip_progress=slip == "in_progress",
                            quick=staged is not None)  # fmt: skip
        updated = steps[-1][0]
        first_response = steps[1][0] if len(steps) > 1 else None
        resolved = steps[-1][0] if status == st.CLOSED else None
        closed_by = None
        if status == st.CLOSED:
            closed_by = responsible
            if slip == "closer" and responsible:  # closed by a colleague, not the responsible
                closed_by = advisors[(advisors.index(responsible) + 1) % len(advisors)]
        pqrs = rng.choice(PQRS) if rng.random() < 0.08 else None
        due = ts(created + timedelta(hours=6)) if rng.random() < 0.05 else None
        self.tickets.add(
            ticket_id, uid(rng), _fill(subject_t, rng, now), _fill(body_t, rng, now), requester,
            responsible, creator, "Soporte técnico", ticket_type.value,
            rng.choice(list(SubjectKind)).value, self.categories[f"{cat}/{sub}"], priority,
            criticality, rng.choices(self.channels, self.channel_w)[0].value, status,
            FLAG_BY_STATUS[status].value, level, int(level[1]), pqrs, due,
            json.dumps(_custom_fields(ticket_type, rng.randint(14, 18), rng.randint(0, 4),
                                      ticket_id, created)),
            ts(created), ts(updated),
            ts(created + timedelta(minutes=5)) if responsible else None,
            ts(first_response) if first_response else None,
            ts(resolved) if resolved else None, closed_by,
        )  # fmt: skip
        previous = None
        for at, step in steps:
            actor = creator if previous is None else (responsible or creator)
            self.history.add(ticket_id, actor, ts(at), "status", previous, step, 0)
            previous = step
        if responsible:
            self.history.add(ticket_id, creator, ts(created + timedelta(minutes=5)),
                             "responsible", None, str(responsible), 0)  # fmt: skip
        self._conversation(ticket_id, requester, responsible or creator, steps)
        self._extras(ticket_id, status, responsible or creator, created, level, slip)

    def _slip(self, responsible: int) -> str | None:
        """The step of the standard process a closed ticket missed, or None when it adhered."""
        if self.rng.random() >= self.slips.get(responsible, 0.15):
            return None
        return self.rng.choices(SLIPS, SLIP_WEIGHTS)[0]

    def _steps(self, status: str, created: datetime, *, skip_progress: bool = False,
               quick: bool = False) -> list[tuple[datetime, str]]:  # fmt: skip
        rng = self.rng
        path = {st.OPEN: [st.OPEN], st.IN_PROGRESS: [st.OPEN, st.IN_PROGRESS],
                st.WAITING_CUSTOMER: [st.OPEN, st.IN_PROGRESS, st.WAITING_CUSTOMER],
                st.CLOSED: [st.OPEN, st.IN_PROGRESS, st.CLOSED]}[status]  # fmt: skip
        if skip_progress:
            path = [st.OPEN, st.CLOSED]  # straight from open to closed: never in progress
        steps: list[tuple[datetime, str]] = []
        at = created
        for step in path:
            steps.append((at, step))
            at = min(at + timedelta(minutes=rng.randint(10, 40 if quick else 60 * 30)), self.now)
        return steps

    def _conversation(self, ticket_id: int, requester: int, advisor: int,
                      steps: list[tuple[datetime, str]]) -> None:  # fmt: skip
        rng = self.rng
        for index in range(rng.choice((0, 1, 1, 2, 3)) if len(steps) > 1 else 0):
            at = steps[min(index + 1, len(steps) - 1)][0] + timedelta(minutes=index)
            public = rng.random() < 0.6
            body = rng.choice(vocab.PUBLIC_REPLIES if public else vocab.INTERNAL_NOTES)
            self.comments.add(uid(rng), ticket_id, advisor, None, int(public),
                              body.format(cliente="", asesor="", ticket=ticket_id),
                              ts(at))  # fmt: skip

    def _extras(self, ticket_id: int, status: str, advisor: int, created: datetime,
                level: str, slip: str | None) -> None:  # fmt: skip
        rng = self.rng
        closed = status == st.CLOSED
        if status != st.OPEN:
            entries = 1 if not closed else 0 if slip == "time" else rng.choice((1, 1, 2))
            for _ in range(entries):
                minutes = rng.choice((15, 20, 30, 45, 60, 90, 150))
                at = ts(created + timedelta(hours=1))
                self.time.add(uid(rng), ticket_id, advisor, level, minutes, at, "", at)
        tags = 0 if slip == "tags" else rng.choice((1, 2, 2, 3) if closed else (0, 1, 2, 2, 3))
        for tag in rng.sample(range(1, len(vocab.TAGS) + 1), tags):
            self.tags.add(ticket_id, tag)
        if status in (st.WAITING_CUSTOMER, st.IN_PROGRESS) and rng.random() < 0.2:
            remind = self.now + timedelta(hours=rng.randint(1, 48))
            self.follow_ups.add(uid(rng), ticket_id, advisor, ts(remind),
                                "Llamar al cliente para confirmar", None)  # fmt: skip
