"""Put the demo's advisor "asesor" in a call, for the docs' phone-panel screenshots.

    .venv/bin/python scripts/call_states.py WORKSPACE STATE

STATE is ringing, unknown, talking, on_hold or wrap_up. The call goes through CallService
exactly as the panel's buttons would, on a clock that started a few minutes ago, so the
timers show plausible times; the panel resumes it when the app opens (as after a restart).
scripts/docs_screenshots.sh calls this on copies of one demo workspace and opens them with
`--user asesor` (the demo signs in its service leader, who takes no calls).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk_app.local_store.models import Person, Ticket
from desk_app.services.calls import CallService
from desk_app.services.workspace import open_workspace

STATES = ("ringing", "unknown", "talking", "on_hold", "wrap_up")
ADVISOR = "asesor"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


def main(path: Path, state: str) -> None:
    if state not in STATES:
        raise SystemExit(f"unknown state {state!r}: one of {', '.join(STATES)}")
    opened = open_workspace(path, user=ADVISOR)
    try:
        # Started so long ago that the state shown began ~now: 18 s of ringing, 2:30 of talk,
        # 35 s on hold, 1:30 more of talk, then the wrap-up (its timer runs from the hang-up).
        elapsed = {"ringing": 12, "unknown": 7, "talking": 18 + 150, "on_hold": 18 + 150 + 20,
                   "wrap_up": 18 + 150 + 35 + 90 + 25}[state]  # fmt: skip
        clock = Clock(datetime.now(UTC) - timedelta(seconds=elapsed))
        calls = CallService(opened.store, opened.viewer, default_region="MX", clock=clock)
        with opened.store.session() as s:
            # A caller with an open ticket of this advisor's, as a real card would show.
            person, ticket_id = s.execute(
                select(Person, Ticket.id).join(Ticket, Ticket.requester_id == Person.id)
                .where(Person.phone_e164.is_not(None), Ticket.status == "open",
                       Ticket.responsible_id == opened.viewer.user_id)
                .order_by(Ticket.id).limit(1)
            ).one()  # fmt: skip
            number = person.phone or person.phone_e164
        if state == "unknown":
            calls.incoming("+52 81 5550 1234", name="LLAMADA EXTERNA", external_id="demo-1")
            return
        view = calls.incoming(number, external_id="demo-1")
        if state == "ringing":
            return
        clock.advance(18)
        calls.answer(view.id)
        clock.advance(150)
        calls.save_notes(view.id, "El timbrado de nómina falla con el error 301 desde ayer.")
        calls.link_ticket(view.id, ticket_id)
        if state == "talking":
            return
        calls.hold(view.id)
        clock.advance(35)
        if state == "on_hold":
            return
        calls.resume(view.id)
        clock.advance(90)
        calls.hang_up(view.id)
    finally:
        opened.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2])
