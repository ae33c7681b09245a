"""What the SLA clock needs from the store: the status catalog, calendars, histories.

The clock itself is pure (domain.sla); this module only gathers its inputs, so the list
badges, the detail panel and the due-time cache all compute the same answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import SlaClock, SlaSnapshot, StatusChange
from desk_app.domain.sla_policy import SlaPolicy
from desk_app.domain.statuses import Stage, StatusCatalog, StatusDef
from desk_app.domain.ticket_fields import Criticality, Priority
from desk_app.local_store.models import StatusDefinition, Team, Ticket, User

DEFAULT_COUNTRY = "MX"


def status_catalog(session: Session) -> StatusCatalog:
    rows = session.scalars(select(StatusDefinition)).all()
    return StatusCatalog(
        StatusDef(r.key, r.name, Stage(r.stage), r.pauses_sla, r.position) for r in rows
    )


def _parse_time(text: str) -> time:
    return time.fromisoformat(text)


def calendar_from_document(doc: Mapping[str, Any]) -> BusinessCalendar:
    """A team's calendar from its JSON document; bad documents raise ValueError.

    {"country": "MX", "time_zone": "America/Mexico_City", "working_days": [0, 1, 2, 3, 4],
     "hours": [["09:00", "18:00"]], "extra_holidays": ["2026-12-24"],
     "extra_working_dates": ["2026-11-16"]}
    """
    return _calendar_from_items(tuple(sorted((k, _freeze(v)) for k, v in doc.items())))


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@lru_cache(maxsize=64)
def _calendar_from_items(items: tuple[tuple[str, Any], ...]) -> BusinessCalendar:
    doc = dict(items)
    try:
        country = doc.get("country", DEFAULT_COUNTRY)
        base = BusinessCalendar.default(country, doc.get("time_zone"))
        kwargs: dict[str, Any] = {"country": base.country}
        if "working_days" in doc:
            kwargs["working_days"] = [int(d) for d in doc["working_days"]]
        if "hours" in doc:
            kwargs["hours"] = [(_parse_time(a), _parse_time(b)) for a, b in doc["hours"]]
        calendar = BusinessCalendar.build(base.tz_name, **kwargs)
        return calendar.with_overrides(
            extra_holidays=[date.fromisoformat(d) for d in doc.get("extra_holidays", ())],
            extra_working_dates=[date.fromisoformat(d) for d in doc.get("extra_working_dates", ())],
        )
    except (TypeError, KeyError) as exc:
        raise ValueError(f"invalid business calendar: {exc}") from exc


@dataclass(frozen=True)
class SlaContext:
    """Everything constant across tickets for one evaluation pass."""

    catalog: StatusCatalog
    policy: SlaPolicy
    calendars: Mapping[int | None, BusinessCalendar]  # by team id; None = workspace default
    team_of_user: Mapping[int, int | None]

    @classmethod
    def load(cls, session: Session, policy: SlaPolicy | None = None) -> SlaContext:
        calendars: dict[int | None, BusinessCalendar] = {
            None: BusinessCalendar.default(DEFAULT_COUNTRY)
        }
        for team in session.scalars(select(Team)):
            if team.calendar:
                calendars[team.id] = calendar_from_document(team.calendar)
        teams = {uid: team for uid, team in session.execute(select(User.id, User.team_id))}
        return cls(status_catalog(session), policy or SlaPolicy.default(), calendars, teams)

    def calendar_for(self, responsible_id: int | None) -> BusinessCalendar:
        team = self.team_of_user.get(responsible_id) if responsible_id is not None else None
        return self.calendars.get(team, self.calendars[None])

    def snapshot(
        self,
        *,
        priority: str,
        criticality: str | None,
        responsible_id: int | None,
        created_at: datetime,
        history: Sequence[tuple[datetime, str]],
        first_response_at: datetime | None,
        resolved_at: datetime | None,
        now: datetime,
    ) -> SlaSnapshot:
        target = self.policy.target_for(
            Priority(priority), Criticality(criticality) if criticality else None
        )
        clock = SlaClock(self.calendar_for(responsible_id), self.catalog)
        changes = [StatusChange(at, status) for at, status in history]
        return clock.compute(created_at, changes, target, first_response_at, resolved_at, now)

    def ticket_snapshot(
        self, ticket: Ticket, history: Sequence[tuple[datetime, str]], now: datetime
    ) -> SlaSnapshot:
        return self.snapshot(
            priority=ticket.priority,
            criticality=ticket.criticality,
            responsible_id=ticket.responsible_id,
            created_at=ticket.created_at,
            history=history,
            first_response_at=ticket.first_response_at,
            resolved_at=ticket.resolved_at,
            now=now,
        )
