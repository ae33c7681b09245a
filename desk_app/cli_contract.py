"""`desk-app contract list|add|renew`: the companies' packages of hours (SPEC §6) from the
command line, for the people who administer them. Errors are one line and exit 2, and change
nothing (each write is one transaction with its outbox operation)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desk_app.cli_export import USER_DEST, USER_HELP
from desk_app.local_store.workspace import WorkspaceError

PROG = "desk-app"
KINDS = ("monthly", "annual")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace folder (default: your workspace)")  # fmt: skip
    parser.add_argument("--user", dest=USER_DEST, metavar="USERNAME", default=argparse.SUPPRESS,
                        help=USER_HELP)  # fmt: skip


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contract = commands.add_parser(
        "contract", help="list, add or renew the companies' contracts (packages of hours)",
        description="Packages of hours a company bought (monthly or annual periods). Adding "
        "and renewing are for service leaders and admins; the change is queued for sync.",
    )  # fmt: skip
    actions = contract.add_subparsers(dest="contract_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the contracts with their current balance")
    listing.add_argument("--company", metavar="NAME_OR_ID")
    _common(listing)
    add = actions.add_parser("add", help="a new contract")
    add.add_argument("--company", required=True, metavar="NAME_OR_ID")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=KINDS, help="monthly or annual periods")
    add.add_argument("--hours", required=True, type=int, help="hours bought for each period")
    add.add_argument("--rate", required=True, help="hourly rate, e.g. 780.00")
    add.add_argument("--from", dest="starts_on", required=True, type=_day, metavar="YYYY-MM-DD")
    add.add_argument("--to", dest="ends_on", required=True, type=_day, metavar="YYYY-MM-DD")
    add.add_argument("--not-renewable", action="store_true")
    _common(add)
    renew = actions.add_parser("renew", help="renew a renewable contract for one more term")
    renew.add_argument("contract_id", type=int, metavar="ID")
    _common(renew)


def _minutes(value: int | None) -> str:
    if value is None:
        return "-"
    sign = "-" if value < 0 else ""
    hours, minutes = divmod(abs(value), 60)
    return f"{sign}{hours}:{minutes:02d} h"


def run(args: argparse.Namespace, workspace: Callable[[argparse.Namespace], Path]) -> int:
    from desk_app.local_store.ticket_writes import ValidationError
    from desk_app.services.contracts import ContractService
    from desk_app.services.workspace import open_workspace

    path = workspace(args)
    if not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    opened = open_workspace(path, user=getattr(args, USER_DEST, None))
    service = ContractService(opened.store, opened.viewer)
    try:
        if args.contract_action == "list":
            with opened.store.session() as session:
                rows = service.rows(session, args.company)
            for row in rows:
                renews = f" renews #{row.renewal_of_id}" if row.renewal_of_id else ""
                print(f"#{row.id}\t{row.company}\t{row.name}\t{row.period_kind}\t"
                      f"{row.hours} h\t{row.hourly_rate}/h\t{row.starts_on}..{row.ends_on}\t"
                      f"left {_minutes(row.remaining_minutes)}\t{row.state}{renews}")  # fmt: skip
            return 0
        if args.contract_action == "add":
            new_id = service.add(args.company, args.name, args.kind, args.hours, args.rate,
                                 args.starts_on, args.ends_on,
                                 renewable=not args.not_renewable)  # fmt: skip
        else:
            new_id = service.renew(args.contract_id)
        print(f"contract #{new_id}")
        return 0
    except ValidationError as exc:
        print(f"{PROG}: error: " + "; ".join(f"{field}: {message}" for field, message
                                             in exc.errors.items()), file=sys.stderr)  # fmt: skip
        return 2
    except LookupError as exc:
        print(f"{PROG}: error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    finally:
        opened.close()
