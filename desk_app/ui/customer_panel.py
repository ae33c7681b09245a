"""Customer 360: who is calling and everything the desk knows about their company.

The person's card, the company with its key and backup users, the contract hour balance
(hours bought in the current period against time logged on the company's tickets: see
local_store.people_queries.contract_balances), open and past tickets (only those the viewer
may see; a click or Enter opens one), and recent calls. Loaded on the database worker; every
value people typed is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.billing import BalanceState
from desk_app.local_store.people_queries import (
    Contact,
    ContractBalance,
    Customer360,
    CustomerCall,
    CustomerTicket,
)
from desk_app.services.people import PeopleService, TicketCustomer
from desk_app.ui import formatting, labels
from desk_app.ui.badges import Badge, BadgeLabel, Tone, status_tone
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Low (≤ 20 % left) in amber, exhausted in red: the badges' WARN and BAD tones.
BALANCE_TONES = {BalanceState.LOW: Tone.WARN.value, BalanceState.EXHAUSTED: Tone.BAD.value}


def _tier(key: str | None) -> str:
    names = {
        "diamond": QCoreApplication.translate("CustomerPanel", "Diamond partner"),
        "platinum": QCoreApplication.translate("CustomerPanel", "Platinum partner"),
    }
    return names.get(key or "", key or "")


def _country(code: str | None) -> str:
    names = {
        "MX": QCoreApplication.translate("CustomerPanel", "Mexico"),
        "CO": QCoreApplication.translate("CustomerPanel", "Colombia"),
        "PE": QCoreApplication.translate("CustomerPanel", "Peru"),
    }
    return names.get(code or "", code or "")


def _outcome(key: str | None) -> str:
    names = {
        "resolved_first_contact": QCoreApplication.translate("CustomerPanel", "Resolved"),
        "ticket_created": QCoreApplication.translate("CustomerPanel", "Ticket created"),
        "ticket_updated": QCoreApplication.translate("CustomerPanel", "Ticket updated"),
        "transferred": QCoreApplication.translate("CustomerPanel", "Transferred"),
        "callback": QCoreApplication.translate("CustomerPanel", "Callback scheduled"),
        "missed": QCoreApplication.translate("CustomerPanel", "Missed"),
    }
    return names.get(key or "", key or "—")


def _plain(parent: QWidget, name: str = "", *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if bold:
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
    return label


def _hours(minutes: int) -> str:
    return formatting.duration(timedelta(minutes=abs(minutes)))


class CustomerPanel(QWidget):
    # The user clicked (or pressed Enter on) one of the customer's tickets.
    ticketActivated = Signal(int)
    # A customer (its person id) or a placeholder (None) is on screen.
    loaded = Signal(object)

    def __init__(self, runner: DbRunner, service: PeopleService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self._service = service
        self._query = LatestOnly(runner)
        self._wanted: tuple[str, int] | None = None
        self._shown: Customer360 | None = None
        self._settled = True
        self._waiters: list[Callable[[], None]] = []

        self.placeholder = QLabel(self.tr("Open a ticket or answer a call to see its customer."),
                                  self)  # fmt: skip
        self.placeholder.setObjectName("customerPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        content = QWidget(self)
        self._build(content)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    # -- layout ----------------------------------------------------------------------------

    def _build(self, content: QWidget) -> None:
        self.name = _plain(content, "customerName")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.role_badge = BadgeLabel(content)
        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(self.role_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.person_details = _plain(content, "customerPersonDetails")

        company_box = self._box(content, "companyBox")
        self.company_name = _plain(company_box, "companyName", bold=True)
        self.company_details = _plain(company_box, "companyDetails")
        self.key_user = _plain(company_box, "keyUser")
        self.backup_user = _plain(company_box, "backupUser")
        company_layout = QVBoxLayout(company_box)
        company_layout.setContentsMargins(8, 6, 8, 6)
        company_layout.setSpacing(2)
        for widget in (self.company_name, self.company_details, self.key_user,
                       self.backup_user):  # fmt: skip
            company_layout.addWidget(widget)

        self.hours_box = self._box(content, "hoursBox")
        self._hours_layout = QVBoxLayout(self.hours_box)
        self._hours_layout.setContentsMargins(8, 6, 8, 6)
        self._hours_layout.setSpacing(3)

        self.open_tickets = self._ticket_tree(content, "openTickets")
        self.past_tickets = self._ticket_tree(content, "pastTickets")
        self.calls = QTreeWidget(content)
        self.calls.setObjectName("recentCalls")
        self._tree_defaults(self.calls)
        self.calls.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Caller"),
                self.tr("Number"),
                self.tr("Outcome"),
                self.tr("Talk"),
                self.tr("Advisor"),
            ]
        )
        # Names share what the numbers, times and outcomes leave: no horizontal scrolling.
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, stretch, fit, fit, fit, stretch)):
            self.calls.header().setSectionResizeMode(column, mode)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(self.open_tickets, self.tr("Open tickets"))
        self.tabs.addTab(self.past_tickets, self.tr("Past tickets"))
        self.tabs.addTab(self.calls, self.tr("Recent calls"))

        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.person_details)
        layout.addWidget(company_box)
        layout.addWidget(self.hours_box)
        layout.addWidget(self.tabs, 1)

    def _box(self, parent: QWidget, name: str) -> QFrame:
        box = QFrame(parent)
        box.setObjectName(name)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        return box

    def _tree_defaults(self, tree: QTreeWidget) -> None:
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.header().setStretchLastSection(False)

    def _ticket_tree(self, parent: QWidget, name: str) -> QTreeWidget:
        tree = QTreeWidget(parent)
        tree.setObjectName(name)
        self._tree_defaults(tree)
        tree.setHeaderLabels([self.tr("#"), self.tr("Subject"), self.tr("Status"),
                              self.tr("Requester"), self.tr("Updated")])  # fmt: skip
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        tree.setColumnWidth(3, 120)
        # Number, status and date as wide as their longest text or header ("Actualizado"
        # did not fit a fixed 74 pixels).
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        tree.setCursor(Qt.CursorShape.PointingHandCursor)
        tree.itemClicked.connect(self._activate)
        # Enter opens the current ticket; a shortcut, so it also shows in Help → Shortcuts.
        action = QAction(self.tr("Open the customer's ticket"), tree)
        action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setProperty("shortcutGroup", self.tr("Customer 360"))
        action.triggered.connect(lambda: self._activate(tree.currentItem()))
        tree.addAction(action)
        return tree

    # -- loading ---------------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        """Load and show the customer 360 of a requester (None: the placeholder)."""
        if person_id is None:
            self._wanted = None
            self._show_placeholder(self.tr("Open a ticket or answer a call to see its customer."))
            return
        self._request(("person", person_id), partial(self._service.customer, person_id=person_id))

    def show_for_ticket(self, ticket_id: int) -> None:
        """Load and show the customer 360 of a ticket's requester."""
        job = partial(self._service.customer_for_ticket, ticket_id=ticket_id)
        self._request(("ticket", ticket_id), job)

    def refresh(self) -> None:
        if self._wanted is not None:
            kind, key = self._wanted
            (self.show_person if kind == "person" else self.show_for_ticket)(key)

    @property
    def shown(self) -> Customer360 | None:
        return self._shown

    @property
    def is_loaded(self) -> bool:
        return self._settled

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def _request(self, wanted: tuple[str, int], job: Callable[..., object]) -> None:
        self._wanted = wanted
        self._settled = False
        self._query.request(job, partial(self._on_answer, wanted))

    def _on_answer(self, wanted: tuple[str, int], answer: object) -> None:
        # The panel may have been deleted while the worker answered (its window closed).
        if not shiboken6.isValid(self) or wanted != self._wanted:
            return
        customer = answer
        if isinstance(answer, TicketCustomer):
            customer = answer.customer
            if not answer.visible:
                self._show_placeholder(self.tr("This ticket is not visible to you."))
                return
            if customer is None:
                self._show_placeholder(self.tr("This ticket has no requester."))
                return
        if not isinstance(customer, Customer360):
            self._show_placeholder(self.tr("This person is no longer in the workspace."))
            return
        self._stack.setCurrentIndex(1)
        self._populate(customer)
        self._shown = customer
        self._settle(customer.person.id)

    def _show_placeholder(self, text: str) -> None:
        self._shown = None
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)
        self._settle(None)

    def _settle(self, person_id: int | None) -> None:
        self._settled = True
        emit(self.loaded, person_id)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- filling in ------------------------------------------------------------------------

    def _populate(self, customer: Customer360) -> None:
        person = customer.person
        self.name.setText(person.full_name)
        if person.is_key_user:
            self.role_badge.set_badge(Badge(self.tr("Key user"), Tone.INFO))
        elif person.is_backup_user:
            self.role_badge.set_badge(Badge(self.tr("Backup user"), Tone.NEUTRAL))
        self.role_badge.setVisible(person.is_key_user or person.is_backup_user)
        details = [person.position, ", ".join(person.emails), person.phone]
        self.person_details.setText("\n".join(d for d in details if d) or "—")
        company = customer.company
        if company is None:
            self.company_name.setText(self.tr("No organization"))
            self.company_details.setText("")
        else:
            self.company_name.setText(company.name)
            parts = (_tier(company.partner_tier), _country(company.country))
            self.company_details.setText(" · ".join(p for p in parts if p))
        self.key_user.setText(self._contact(self.tr("Key user: %1"), customer.key_user))
        self.backup_user.setText(self._contact(self.tr("Backup user: %1"), customer.backup_user))
        self._fill_hours(customer.contracts, has_company=company is not None)
        self._fill_tickets(self.open_tickets, customer.open_tickets)
        self._fill_tickets(self.past_tickets, customer.past_tickets)
        self._fill_calls(customer.calls)
        self.tabs.setTabText(
            0,
            self._counted(self.tr("Open tickets (%1)"), customer.open_tickets, customer.open_count),
        )
        self.tabs.setTabText(
            1,
            self._counted(self.tr("Past tickets (%1)"), customer.past_tickets, customer.past_count),
        )
        self.tabs.setTabText(2, self.tr("Recent calls (%1)").replace(
            "%1", QLocale().toString(len(customer.calls))))  # fmt: skip

    def _counted(self, template: str, shown: tuple[CustomerTicket, ...], total: int) -> str:
        count = QLocale().toString(total)
        if len(shown) < total:  # only the most recent are listed
            count = self.tr("%1 of %2").replace("%1", QLocale().toString(len(shown))).replace(
                "%2", count)  # fmt: skip
        return template.replace("%1", count)

    def _contact(self, template: str, contact: Contact | None) -> str:
        if contact is None:
            return template.replace("%1", self.tr("not designated"))
        parts = [contact.full_name, contact.phone, contact.email]
        return template.replace("%1", " · ".join(p for p in parts if p))

    def _fill_hours(self, contracts: tuple[ContractBalance, ...], *, has_company: bool) -> None:
        while (item := self._hours_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        title = _plain(self.hours_box, "hoursTitle", bold=True)
        title.setText(self.tr("Contract hours"))
        self._hours_layout.addWidget(title)
        if not contracts:
            empty = _plain(self.hours_box, "noContract")
            empty.setText(self.tr("No contract active today: work is billed at the flat hourly "
                                  "rate.") if has_company else "—")  # fmt: skip
            self._hours_layout.addWidget(empty)
        for contract in contracts:
            self._add_contract(contract)

    def _add_contract(self, contract: ContractBalance) -> None:
        box = self.hours_box
        name = _plain(box, "contractName")
        name.setText(f"{contract.name} · {_day(contract.period_start)} – "
                     f"{_day(contract.period_end)}")  # fmt: skip
        bar = QProgressBar(box)
        bar.setObjectName("contractUsage")
        bought = contract.hours * 60
        bar.setRange(0, max(bought, 1))
        bar.setValue(min(contract.used_minutes, bought))
        bar.setTextVisible(False)
        bar.setFixedHeight(8)
        balance = _plain(box, "contractBalance")
        used = self.tr("%1 of %2 used").replace("%1", _hours(contract.used_minutes)).replace(
            "%2", _hours(bought))  # fmt: skip
        left = contract.remaining_minutes
        if left >= 0:
            balance.setText(used + " · " + self.tr("%1 left").replace("%1", _hours(left)))
        else:
            # The warning below says how the excess is billed.
            balance.setText(used + " · " + self.tr("overdrawn by %1").replace("%1", _hours(left)))
        state = contract.state
        warning = _plain(box, "contractWarning")
        if state is BalanceState.EXHAUSTED:
            warning.setText(self.tr("Balance exhausted: work beyond it is billed at the flat "
                                    "hourly rate."))  # fmt: skip
        elif state is BalanceState.LOW:
            warning.setText(self.tr("Low balance: %1 left of the period's %2.").replace(
                "%1", _hours(left)).replace("%2", _hours(bought)))  # fmt: skip
        warning.setVisible(state in BALANCE_TONES)
        if state in BALANCE_TONES:
            fill, text = BALANCE_TONES[state]
            warning.setStyleSheet(f"background: {fill}; color: {text}; padding: 3px;"
                                  " border-radius: 3px;")  # fmt: skip
            balance.setStyleSheet(f"color: {text};")
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {text}; }}")
        terms = _plain(box, "contractTerms")
        if contract.terms_accepted_at is not None:
            terms.setText(self.tr("Terms of attention accepted on %1").replace(
                "%1", formatting.date_only(contract.terms_accepted_at)))  # fmt: skip
        else:
            terms.setText(self.tr("Terms of attention not recorded yet"))
        for widget in (name, bar, balance, warning, terms):
            self._hours_layout.addWidget(widget)

    def _fill_tickets(self, tree: QTreeWidget, tickets: tuple[CustomerTicket, ...]) -> None:
        tree.clear()
        items = []
        for ticket in tickets:
            item = QTreeWidgetItem([
                str(ticket.id), ticket.subject, labels.status(ticket.status, ticket.status_name),
                ticket.requester_name or "—", formatting.date_only(ticket.updated_at),
            ])  # fmt: skip
            item.setData(0, TICKET_ID_ROLE, ticket.id)
            item.setToolTip(1, ticket.subject)
            item.setForeground(2, status_tone(ticket.status, ticket.stage).text)
            items.append(item)
        tree.addTopLevelItems(items)

    def _fill_calls(self, calls: tuple[CustomerCall, ...]) -> None:
        self.calls.clear()
        items = []
        for call in calls:
            talk = "—"
            if call.talk_seconds is not None:
                talk = f"{call.talk_seconds // 60}:{call.talk_seconds % 60:02d}"
            items.append(QTreeWidgetItem([
                formatting.date_time(call.started_at), call.caller or "—", call.number,
                _outcome(call.outcome), talk, call.advisor_name or "—",
            ]))  # fmt: skip
        self.calls.addTopLevelItems(items)

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        ticket_id = item.data(0, TICKET_ID_ROLE)
        if isinstance(ticket_id, int):
            emit(self.ticketActivated, ticket_id)


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
