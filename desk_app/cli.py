"""`desk-app`: open the desk, render a screenshot, or run a headless command.

PySide6 is imported only on the paths that need it (a window; `call`/`open-url` once the
event checks out), so `--help`, `--version`, the other subcommands and every early error answer
without Qt's start-up cost (and without a display).

Exit codes: 0 success; 1 a runtime failure (no display, a screenshot that did not complete,
`search` found nothing, `connect` or `sync` failed, the app refused a `call` event or could
not be reached); 2 bad usage or a workspace that cannot be used.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import desk_app
from desk_app import cli_call, cli_contract, cli_export, cli_report, cli_sync
from desk_app.local_store.workspace import (
    WorkspaceError,
    default_workspace_dir,
    demo_workspace_dir,
)
from desk_app.settings import LANGUAGES, SettingsError
from desk_app.ui.views import DEFAULT_VIEW, view_names

PROG = "desk-app"
USER_DEST, USER_HELP = cli_export.USER_DEST, cli_export.USER_HELP
DEMO_DEFAULT_SIZE = 600
DEMO_MAX_SIZE = 200_000
NO_DISPLAY = (
    f"{PROG}: no display available; set DISPLAY, or use --screenshot FILE / "
    "QT_QPA_PLATFORM=offscreen"
)


def _bounded_int(low: int, high: int) -> type[int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high:,}, got {value}")
        return value

    parse.__name__ = "number"
    return parse  # type: ignore[return-value]


def build_parser() -> argparse.ArgumentParser:
    views = view_names()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Partner Desk: an offline-first service desk. Without a command, opens "
        "the main window on a workspace (a folder holding the desk's SQLite file; created "
        "when missing).",
        epilog=f"default workspace: {default_workspace_dir()}   "
        f"demo workspace: {demo_workspace_dir()}",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="PATH",
        help="workspace folder to open (default: the one in your data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo workspace, filling it with realistic Spanish data "
        "on first use (or fill --workspace PATH if it is empty)",
    )
    parser.add_argument(
        "--demo-size",
        type=_bounded_int(1, DEMO_MAX_SIZE),
        metavar="N",
        help=f"tickets in a new demo workspace (1–{DEMO_MAX_SIZE:,}; default "
        f"{DEMO_DEFAULT_SIZE}); needs --demo",
    )
    parser.add_argument(
        "--user",
        dest=USER_DEST,
        metavar="USERNAME",
        help=f"{USER_HELP}. Applies to the window, search, export and report; e.g. --demo "
        "--user asesor opens the demo as an advisor instead of its service leader",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window offscreen to this PNG file and exit",
    )
    parser.add_argument(
        "--view",
        choices=views,
        default=DEFAULT_VIEW,
        metavar="NAME",
        help=f"what the window shows first: {', '.join(views)} (default: {DEFAULT_VIEW})",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language, overriding the setting and the system locale",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--version", action="version",
                        version=f"{PROG} {desk_app.__version__}")  # fmt: skip

    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands (run without one to open the window)"
    )
    search = commands.add_parser(
        "search",
        help="search tickets from the command line (prints id, status, subject)",
        description="Full-text search over the tickets you can see, accents and case ignored. "
        "Prints one ticket per line: id<TAB>status<TAB>subject. Exits 1 when nothing matches.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help='words or "a phrase"')
    search.add_argument(
        "--workspace",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="workspace folder to search (default: your workspace)",
    )
    search.add_argument("--user", dest=USER_DEST, metavar="USERNAME", default=argparse.SUPPRESS,
                        help=USER_HELP)  # fmt: skip
    search.add_argument(
        "--limit",
        type=_bounded_int(1, 100_000),
        default=50,
        metavar="N",
        help="at most N results (default 50)",
    )

    settings = commands.add_parser(
        "settings",
        help="show or change settings (language, default region, ...)",
        description="Without arguments, lists every setting. With NAME, prints its value; "
        "with NAME VALUE, changes it.",
    )
    settings.add_argument("name", nargs="?", metavar="NAME")
    settings.add_argument("value", nargs="?", metavar="VALUE")
    cli_sync.add_parsers(commands)
    cli_export.add_parser(commands)
    cli_call.add_parsers(commands)
    cli_report.add_parser(commands)
    cli_contract.add_parser(commands)
    return parser  # fmt: skip


def display_check(
    environ: Mapping[str, str], platform: str, screenshot: bool
) -> tuple[str | None, str | None]:
    """(platform to force, error) for starting Qt here.

    An explicit QT_QPA_PLATFORM always wins. A screenshot renders offscreen. Otherwise, on
    Linux without X11 or Wayland, Qt would abort; we explain instead.
    """
    if environ.get("QT_QPA_PLATFORM"):
        return None, None
    if screenshot:
        return "offscreen", None
    if platform.startswith("linux") and not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")
    ):
        return None, NO_DISPLAY
    return None, None


def _error(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def _workspace(args: argparse.Namespace) -> Path:
    if args.workspace is not None:
        return Path(args.workspace).expanduser()
    return demo_workspace_dir() if args.demo else default_workspace_dir()


def _check_screenshot_target(path: Path) -> str | None:
    if path.is_dir():
        return f"cannot write the screenshot: {path} is a folder"
    folder = path.absolute().parent
    if not folder.is_dir():
        return f"cannot write the screenshot: folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"cannot write the screenshot: folder {folder} is not writable"
    return None


def _open_window(args: argparse.Namespace) -> int:
    if args.screenshot is not None:
        problem = _check_screenshot_target(args.screenshot)
        if problem:
            return _error(problem)
    force, problem = display_check(os.environ, sys.platform, args.screenshot is not None)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if force:
        os.environ["QT_QPA_PLATFORM"] = force
    from desk_app.app import LaunchOptions, run

    options = LaunchOptions(
        workspace=_workspace(args),
        demo_size=(args.demo_size or DEMO_DEFAULT_SIZE) if args.demo else None,
        screenshot=args.screenshot,
        view=args.view,
        language=args.lang,
        user=getattr(args, USER_DEST, None),
    )
    return run(options)


def _search(args: argparse.Namespace) -> int:
    from desk_app.services.tickets import EmptySearchError, TicketService
    from desk_app.services.workspace import open_workspace
    from desk_app.settings import DEFAULT_REGION, Settings

    path = _workspace(args)
    if not args.demo and not path.exists():
        return _error(f"no workspace at {path}")
    settings = Settings.load()
    opened = open_workspace(
        path,
        demo_size=(args.demo_size or DEMO_DEFAULT_SIZE) if args.demo else None,
        user=getattr(args, USER_DEST, None),
    )
    try:
        service = TicketService(opened.viewer, default_region=settings.get(DEFAULT_REGION))
        with opened.store.session() as session:
            rows = service.search(session, " ".join(args.text), args.limit)
    except EmptySearchError as exc:
        return _error(str(exc))
    finally:
        opened.close()
    for row in rows:
        subject = " ".join(row.subject.split())  # one line per ticket, whatever the subject holds
        print(f"{row.id}\t{row.status}\t{subject}")
    return 0 if rows else 1


def _settings(args: argparse.Namespace) -> int:
    from desk_app.settings import Settings, setting_named

    settings = Settings.load()
    for warning in settings.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.name is None:
        for setting, value in settings.items():
            print(f"{setting.name} = {value}\t# {setting.description}")
        print(f"# file: {settings.path}")
        return 0
    setting = setting_named(args.name)
    if args.value is not None:
        settings.set(setting.name, setting.from_text(args.value))
        settings.save()
    print(f"{setting.name} = {settings.get(setting)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo_size is not None and not args.demo:
        parser.error("--demo-size needs --demo")
    logging.basicConfig(level=logging.WARNING, format=f"{PROG}: %(message)s")
    if args.verbose:  # ours only: alembic's and SQLAlchemy's INFO lines are noise here
        logging.getLogger("desk_app").setLevel(logging.INFO)
    try:
        if args.command == "search":
            return _search(args)
        if args.command == "settings":
            return _settings(args)
        if args.command in ("connect", "sync"):
            return cli_sync.run(args, _workspace)
        if args.command == "export":
            return cli_export.run(args, _workspace)
        if args.command == "contract":
            return cli_contract.run(args, _workspace)
        if args.command in cli_call.COMMANDS:
            return cli_call.run(args)
        if args.command == "report":
            return cli_report.run(args, _workspace)
        return _open_window(args)
    except cli_sync.CommandError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except (WorkspaceError, SettingsError) as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `desk-app search x | head`: the reader left; not an error worth a traceback.
        sys.stderr.close()
        return 0
