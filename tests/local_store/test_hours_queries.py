"""The hours of a company over a period, against the hand-computed numbers of tests/hours_data.py:
contract period boundaries in local days, a renewal, warranty left out, consumption beyond the
balance at the flat rate, undecided tickets flagged; and who may see which company."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from desk_app.domain.billing import BalanceState, Billing
from desk_app.domain.periods import month_period, parse_period
from desk_app.local_store.hours_queries import company_hours, visible_company_ids
from desk_app.local_store.models import Ticket
from desk_app.services.hours import HoursAccessError, HoursService
from tests.hours_data import fill_hours

MARCH = month_period(2025, 3)
CLOCK = lambda: datetime(2025, 4, 2, tzinfo=UTC)  # noqa: E731


def _norte(desk, period=MARCH, username: str = "ana"):
    with desk.store.session() as s:
        (found,) = company_hours(s, desk.viewer(username), [desk.ids["norte"]], period)
    return found


def test_contract_periods_of_the_month_with_their_balances_and_renewal_chain(desk) -> None:
    ids = fill_hours(desk)
    norte = _norte(desk)
    assert norte.name == "Ferretería del Norte"
    c1, c2 = norte.contracts
    assert (c1.contract_id, c1.period_start, c1.period_end) == (ids["c1"], date(2025, 2, 15),
                                                                date(2025, 3, 14))  # fmt: skip
    # Every consumption of the period counts, February's too; what did not fit went flat.
    assert (c1.bought_minutes, c1.used_minutes, c1.remaining_minutes) == (180, 180, 0)
    assert (c1.over_minutes, c1.charged_minutes) == (15, 110)
    assert c1.state is BalanceState.EXHAUSTED
    assert (c2.contract_id, c2.period_start, c2.period_end) == (ids["c2"], date(2025, 3, 15),
                                                                date(2025, 4, 14))  # fmt: skip
    # April's 70 minutes are in the balance, not in March's tickets.
    assert (c2.used_minutes, c2.remaining_minutes, c2.over_minutes, c2.charged_minutes) == (
        100, 20, 0, 30)  # fmt: skip
    assert c2.state is BalanceState.LOW  # 20 ≤ 20 % of 120
    assert [link.id for link in c1.chain] == [ids["c1"], ids["c2"]] == [x.id for x in c2.chain]
    assert c2.hourly_rate == Decimal("120")


def test_tickets_of_the_month_by_kind_and_where_they_are_charged(desk) -> None:
    fill_hours(desk)
    tickets = {t.ticket_id: t for t in _norte(desk).tickets}
    assert set(tickets) == {desk.ids["invoice"], desk.ids["closing"], desk.ids["printer"]}

    invoice = tickets[desk.ids["invoice"]]
    # E9 (28 Feb 23:50 local, 1 Mar in UTC) is February's; E2 (14 Mar 23:30, 15 Mar UTC) March's.
    assert invoice.minutes == {"L1": 20, "L2": 45, "L3": 60, "quality": 0}
    assert invoice.total_minutes == 125
    assert (invoice.contract_minutes, invoice.flat_minutes, invoice.warranty_minutes) == (
        110, 15, 0)  # fmt: skip
    assert invoice.contract_amount == Decimal("183.33")
    assert invoice.billing is Billing.CONSUMPTION and not invoice.undecided

    closing = tickets[desk.ids["closing"]]
    assert closing.undecided  # counts as consumption, provisionally
    assert (closing.minutes["quality"], closing.contract_minutes, closing.flat_minutes) == (
        30, 30, 0)  # fmt: skip
    assert closing.contract_amount == Decimal("60.00")

    printer = tickets[desk.ids["printer"]]
    assert printer.billing is Billing.WARRANTY
    assert (printer.total_minutes, printer.warranty_minutes, printer.contract_minutes,
            printer.flat_minutes) == (90, 90, 0, 0)  # fmt: skip
    assert printer.contract_amount == Decimal("0.00")


def test_the_report_totals_and_amounts_at_the_flat_rate(desk) -> None:
    fill_hours(desk)
    with desk.store.session() as s:
        report = HoursService(desk.store, desk.viewer("ana"), CLOCK).report(
            s, MARCH, desk.ids["norte"])  # fmt: skip
    assert report.flat_rate == Decimal("600") and report.company.name == "Ferretería del Norte"
    (norte,) = report.companies
    totals = report.totals()
    assert totals.minutes == {"L1": 110, "L2": 45, "L3": 60, "quality": 30}
    assert totals.total_minutes == 245
    assert (totals.warranty_minutes, totals.contract_minutes, totals.flat_minutes,
            totals.undecided_minutes) == (90, 140, 15, 30)  # fmt: skip
    assert (totals.contract_amount, totals.flat_amount, totals.amount) == (
        Decimal("243.33"), Decimal("150.00"), Decimal("393.33"))  # fmt: skip
    invoice = next(t for t in norte.tickets if t.ticket_id == desk.ids["invoice"])
    assert report.ticket_amount(invoice) == Decimal("333.33")
    assert report.generated_at == CLOCK()


def test_without_a_flat_rate_the_flat_amount_is_unknown_not_zero(desk) -> None:
    fill_hours(desk, flat_rate=None)
    with desk.store.session() as s:
        report = HoursService(desk.store, desk.viewer("admin"), CLOCK).report(s, MARCH)
    assert report.flat_rate is None
    totals = report.totals()
    assert totals.flat_amount is None and totals.amount is None
    assert totals.contract_amount == Decimal("243.33")  # Norte's; Sur has no contract
    closing = next(t for c in report.companies for t in c.tickets
                   if t.ticket_id == desk.ids["closing"])  # fmt: skip
    assert report.ticket_amount(closing) == Decimal("60.00")  # nothing out of contract


def test_a_company_without_contract_is_all_flat_rate(desk) -> None:
    fill_hours(desk)
    with desk.store.session() as s:
        report = HoursService(desk.store, desk.viewer("admin"), CLOCK).report(s, MARCH)
    assert [c.name for c in report.companies] == ["Ferretería del Norte", "Grupo Sur Contable"]
    sur = report.companies[1]
    assert sur.contracts == ()
    (hidden,) = sur.tickets
    assert (hidden.flat_minutes, report.ticket_amount(hidden)) == (30, Decimal("300.00"))
    assert report.totals(sur).amount == Decimal("300.00")
    assert report.totals().amount == Decimal("693.33")


def test_a_renewal_alone_and_a_month_without_time(desk) -> None:
    ids = fill_hours(desk)
    april = _norte(desk, month_period(2025, 4))
    # C2's periods 15 Mar – 14 Apr and 15 Apr – 14 May; C1 ended in March.
    assert [(c.contract_id, c.period_start) for c in april.contracts] == [
        (ids["c2"], date(2025, 3, 15)), (ids["c2"], date(2025, 4, 15))]  # fmt: skip
    assert [t.ticket_id for t in april.tickets] == [desk.ids["invoice"]]
    assert april.tickets[0].contract_minutes == 70
    june = _norte(desk, month_period(2025, 6))
    assert (june.contracts, june.tickets) == ((), ())
    with desk.store.session() as s:
        report = HoursService(desk.store, desk.viewer("admin"), CLOCK).report(
            s, month_period(2025, 6))  # fmt: skip
    assert report.companies == ()  # "all" leaves out companies with nothing in the period


def test_one_day_period_boundary_in_local_days(desk) -> None:
    fill_hours(desk)
    day = _norte(desk, parse_period("2025-03-14"))
    (invoice,) = day.tickets
    assert invoice.minutes == {"L1": 0, "L2": 45, "L3": 60, "quality": 0}  # E2 and E3
    next_day = _norte(desk, parse_period("2025-03-15"))
    assert [t.ticket_id for t in next_day.tickets] == [desk.ids["closing"]]


def test_who_sees_which_company(desk) -> None:
    fill_hours(desk)
    with desk.store.session() as s:
        assert visible_company_ids(s, desk.viewer("ana")) == {desk.ids["norte"]}
        assert visible_company_ids(s, desk.viewer("lucia")) == {desk.ids["norte"]}
        assert visible_company_ids(s, desk.viewer("beto")) == {desk.ids["sur"]}
        assert visible_company_ids(s, desk.viewer("admin")) == {desk.ids["norte"],
                                                                desk.ids["sur"]}  # fmt: skip
        ana = HoursService(desk.store, desk.viewer("ana"), CLOCK)
        assert [c.name for c in ana.companies(s)] == ["Ferretería del Norte"]
        with pytest.raises(HoursAccessError, match="may not see"):
            ana.report(s, MARCH, desk.ids["sur"])
        with pytest.raises(HoursAccessError, match="no company 'Grupo Sur Contable' you may"):
            ana.company(s, "Grupo Sur Contable")
        assert ana.company(s, "  ferretería DEL norte ").id == desk.ids["norte"]
        assert ana.company(s, str(desk.ids["norte"])).name == "Ferretería del Norte"
        only_mine = ana.report(s, MARCH)
    assert [c.name for c in only_mine.companies] == ["Ferretería del Norte"]


def test_a_company_seen_through_one_ticket_hides_the_other_subjects(desk) -> None:
    """Beto created a ticket for María (Norte, not his network): he sees Norte's hours, but
    not the subjects of its tickets he may not see."""
    fill_hours(desk)
    own = desk.add_ticket("Alta de usuario", responsible_id=desk.ids["beto"],
                          created_by_id=desk.ids["beto"])  # fmt: skip
    with desk.store.transaction() as s:
        s.get(Ticket, own).billing = "consumption"
    with desk.store.session() as s:
        assert desk.ids["norte"] in visible_company_ids(s, desk.viewer("beto"))
    subjects = {t.ticket_id: t.subject for t in _norte(desk, username="beto").tickets}
    assert subjects[desk.ids["invoice"]] is None
    assert subjects[desk.ids["printer"]] is None
    assert _norte(desk).tickets[0].subject is not None  # Ana sees them
