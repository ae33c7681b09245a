"""`desk-app report kpi --period P [--team T | --advisor USER] --format csv|xlsx|pdf` and
`desk-app report hours --period P [--company C] --format csv|pdf`: a report as a file, without
opening the window.

Each kind of report is one sub-command of `report` with its own `add_…` and run function (set
as `report_run`), so another report (`report hours`) slots in beside `kpi` and shares the
checks here: the format, the output path, the workspace. Bad input (period, team, advisor,
format, output folder) and a scope the signed-in user may not see exit 2 with one line on
standard error, before anything is written. The file appears complete or not at all: it is
written beside its final name and renamed. Qt is imported for the PDF only.

Exit codes: 0 written (its path printed on standard output); 2 bad usage, a refused scope, or
a workspace that cannot be used.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.cli_export import USER_DEST, USER_HELP
from desk_app.local_store.workspace import WorkspaceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk_app.domain.kpi_report import KpiReport, Scope
    from desk_app.services.hours import HoursReport
    from desk_app.services.kpis import KpiService
    from desk_app.services.workspace import OpenWorkspace

PROG = "desk-app"
KPI_FORMATS = ("csv", "xlsx", "pdf")
HOURS_FORMATS = ("csv", "pdf")
Workspace = Callable[[argparse.Namespace], Path]


class ReportError(ValueError):
    """Bad input for a report, or a scope the user may not see: one line, exit 2."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="write a report (KPIs, contract hours) as CSV, Excel or PDF",
        description="Write a report to a file without opening the window.",
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    _add_kpi(kinds)
    _add_hours(kinds)


def _workspace_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when not given here, the top-level --workspace/--demo (if any) stay in force.
    parser.add_argument("--workspace", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace to report on (default: your workspace)")  # fmt: skip
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="report on the demo workspace (filled on first use)")  # fmt: skip
    parser.add_argument("--user", dest=USER_DEST, metavar="USERNAME", default=argparse.SUPPRESS,
                        help=USER_HELP)  # fmt: skip


def _add_kpi(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kpi = kinds.add_parser(
        "kpi",
        help="the KPIs of a team, an advisor or the whole desk over a period",
        description="The six KPIs (service level, first-contact resolution, CSAT, CES, NPS, "
        "process adherence) against their targets, per advisor and as a daily trend, with the "
        "staffing checks. Without --team or --advisor: what you see by default (a leader "
        "their team, an advisor themself, an admin the whole desk).",
    )
    kpi.add_argument("--period", required=True, metavar="PERIOD",
                     help="2026-10 (month), 2026-W43 (week), 2026-10-05 (day) or "
                     "2026-10-01..2026-10-15 (range)")  # fmt: skip
    kpi.add_argument("--team", metavar="TEAM", help="team name or number")
    kpi.add_argument("--advisor", metavar="USERNAME", help="one advisor, by username")
    kpi.add_argument("--format", required=True, metavar="FORMAT",
                     help="csv (one line per number, for pivot tables), xlsx or pdf")  # fmt: skip
    kpi.add_argument("--output", type=Path, metavar="FILE",
                     help="file to write (default: kpi-PERIOD-SCOPE.FORMAT here)")  # fmt: skip
    _workspace_options(kpi)
    kpi.set_defaults(report_run=run_kpi)


def _add_hours(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hours = kinds.add_parser(
        "hours",
        help="contract hours and billable time per company over a period",
        description="Per company: the contract periods with hours bought, used and left, and "
        "each ticket's L1, L2, L3 and quality time, charged to the contract, at the flat rate "
        "or as warranty, with amounts. Without --company: every company you may see that has "
        "a contract or time in the period.",
    )
    hours.add_argument("--period", required=True, metavar="PERIOD",
                       help="2026-10 (month), 2026-W43 (week), 2026-10-05 (day) or "
                       "2026-10-01..2026-10-15 (range)")  # fmt: skip
    hours.add_argument("--company", metavar="COMPANY", help="company name or number")
    hours.add_argument("--format", required=True, metavar="FORMAT",
                       help="csv (a line per ticket, contract period, company) or pdf")  # fmt: skip
    hours.add_argument("--output", type=Path, metavar="FILE",
                       help="file to write (default: hours-PERIOD-COMPANY.FORMAT)")  # fmt: skip
    _workspace_options(hours)
    hours.set_defaults(report_run=run_hours)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        result: int = args.report_run(args, workspace)
    except ReportError as exc:
        message = str(exc)
    except OSError as exc:  # the file system's refusal; a refused scope is a ReportError
        message = f"cannot write the report: {exc.strerror or exc}"
    else:
        return result
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


# --- shared by every report -------------------------------------------------------------


def check_format(text: str, formats: tuple[str, ...]) -> str:
    fmt = text.strip().lower()
    if fmt not in formats:
        raise ReportError(f"{text!r} is not a report format: use {', '.join(formats)}")
    return fmt


def check_output(output: Path | None) -> None:
    """Refuse an output that cannot be written before any work is done."""
    if output is None:
        return
    folder = output.absolute().parent
    if output.is_dir():
        raise ReportError(f"cannot write the report: {output} is a folder")
    if not folder.is_dir():
        raise ReportError(f"cannot write the report: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ReportError(f"cannot write the report: folder {folder} is not writable")


def slug(text: str) -> str:
    """A file-name part: "Equipo Norte" → "equipo-norte", accents dropped."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "report"


def write_atomically(output: Path, write: Callable[[Path], object]) -> None:
    """`write(temporary path)`, then rename onto `output`: a failure leaves nothing behind."""
    temp = output.absolute().parent / f".{output.name}.{secrets.token_hex(4)}.part"
    try:
        write(temp)
        os.replace(temp, output)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def open_for_report(args: argparse.Namespace, workspace: Workspace) -> OpenWorkspace:
    """The workspace as the command line opens it; the caller closes it."""
    from desk_app.cli import DEMO_DEFAULT_SIZE
    from desk_app.services.workspace import open_workspace

    path = workspace(args)
    demo = bool(getattr(args, "demo", False))
    if not demo and not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    size = (getattr(args, "demo_size", None) or DEMO_DEFAULT_SIZE) if demo else None
    return open_workspace(path, demo_size=size, user=getattr(args, USER_DEST, None))


# --- report kpi -------------------------------------------------------------------------


def run_kpi(args: argparse.Namespace, workspace: Workspace) -> int:
    from desk_app.domain.kpi import ProgramPhase
    from desk_app.domain.periods import parse_period
    from desk_app.services.kpis import KpiAccessError, KpiService
    from desk_app.settings import KPI_PHASE, Settings

    fmt = check_format(args.format, KPI_FORMATS)
    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise ReportError(f"bad --period {args.period!r}: {exc}") from None
    if args.team is not None and args.advisor is not None:
        raise ReportError("give --team or --advisor, not both")
    check_output(args.output)
    phase = ProgramPhase(Settings.load().get(KPI_PHASE))
    opened = open_for_report(args, workspace)
    try:
        service = KpiService(opened.store, opened.viewer, phase=phase)
        with opened.store.session() as session:
            scope = _kpi_scope(service, session, args.team, args.advisor)
            report = service.report(session, period, scope)
    except (KpiAccessError, LookupError) as exc:  # not allowed, or no such team
        raise ReportError(str(exc.args[0] if exc.args else exc)) from None
    finally:
        opened.close()
    name = f"kpi-{slug(period.label())}-{_scope_slug(report.scope)}.{fmt}"
    output: Path = args.output or Path(name)
    write_atomically(output, lambda path: _write_kpi(fmt, report, path, args))
    print(output)
    return 0


def _kpi_scope(service: KpiService, session: Session, team: str | None,
               advisor: str | None) -> Scope:  # fmt: skip
    from sqlalchemy import select

    from desk_app.domain.kpi_report import Scope, ScopeKind
    from desk_app.local_store.models import User

    if team is not None:
        return service.team_scope(session, team)
    if advisor is not None:
        user = session.scalars(select(User).where(User.username == advisor.strip())).first()
        if user is None:
            raise ReportError(f"there is no user {advisor!r}")
        return Scope(ScopeKind.ADVISOR, user.id, user.full_name)
    return service.scopes(session)[0]


def _scope_slug(scope: Scope) -> str:
    from desk_app.domain.kpi_report import ScopeKind

    return "all" if scope.kind is ScopeKind.ALL else slug(scope.label)


def _write_kpi(fmt: str, report: KpiReport, path: Path, args: argparse.Namespace) -> None:
    if fmt == "csv":
        from desk_app.services.kpi_files import write_csv

        write_csv(report, path)
    elif fmt == "xlsx":
        from desk_app.services.kpi_files import write_xlsx

        write_xlsx(report, path)
    else:
        _write_pdf(report, path, args)


def _write_pdf(report: KpiReport, path: Path, args: argparse.Namespace) -> None:
    _start_qt(args)
    from desk_app.ui.kpi_pdf import write_pdf

    write_pdf(report, path)


def _start_qt(args: argparse.Namespace) -> None:
    """A headless QApplication with the user's language, for a PDF."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: never needs a display
    from PySide6.QtCore import QLocale

    from desk_app.settings import DEFAULT_REGION, LANGUAGE, Settings, choose_language
    from desk_app.ui.i18n import install_translations
    from desk_app.ui.kpi_pdf_layout import ensure_application

    app = ensure_application()
    settings = Settings.load()
    language = choose_language(getattr(args, "lang", None), settings.get(LANGUAGE),
                               QLocale.system().name())  # fmt: skip
    install_translations(app, language, settings.get(DEFAULT_REGION))


# --- report hours -----------------------------------------------------------------------


def run_hours(args: argparse.Namespace, workspace: Workspace) -> int:
    from desk_app.domain.periods import parse_period
    from desk_app.services.hours import HoursAccessError, HoursService

    fmt = check_format(args.format, HOURS_FORMATS)
    try:
        period = parse_period(args.period)
    except ValueError as exc:
        raise ReportError(f"bad --period {args.period!r}: {exc}") from None
    check_output(args.output)
    opened = open_for_report(args, workspace)
    try:
        service = HoursService(opened.store, opened.viewer)
        with opened.store.session() as session:
            company = None if args.company is None else service.company(session, args.company)
            report = service.report(session, period, None if company is None else company.id)
    except HoursAccessError as exc:  # no such company, or not one the user may see
        raise ReportError(str(exc)) from None
    finally:
        opened.close()
    scope = "all" if report.company is None else slug(report.company.name)
    output: Path = args.output or Path(f"hours-{slug(period.label())}-{scope}.{fmt}")
    write_atomically(output, lambda path: _write_hours(fmt, report, path, args))
    print(output)
    return 0


def _write_hours(fmt: str, report: HoursReport, path: Path, args: argparse.Namespace) -> None:
    if fmt == "csv":
        from desk_app.services.hours_files import write_csv

        write_csv(report, path)
        return
    _start_qt(args)
    from desk_app.ui.hours_pdf import write_pdf

    write_pdf(report, path)
