"""`desk-app connect` and `desk-app sync --once`: the central helpdesk from a terminal.

`connect` works like `docker login`: the secret comes from standard input (or a hidden prompt
on a terminal), never from the command line where `ps` and shell history would show it; the
connection is tested before anything is stored; the secret goes to the system keyring and only
the non-secret parts (server, user, auth kind, TLS choice) to the settings file. Without a
usable keyring nothing is stored and the command fails: a "session only" password makes no
sense for a process that ends a moment later.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from desk_app.settings import (
    SYNC_SERVER_URL,
    SYNC_STATUS_MAP,
    SYNC_USERNAME,
    Settings,
    SettingsError,
    normalise_server_url,
)

PROG = "desk-app"
log = logging.getLogger(__name__)
NO_KEYRING_FIX = (
    "nothing was saved. Unlock or install a system keyring (GNOME Keyring or KWallet on Linux; "
    "`python -m keyring --list-backends` shows what python-keyring can use) and run "
    "`desk-app connect` again"
)


class CommandError(Exception):
    """A failure reported as one `desk-app: error:` line with `exit_code`."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    connect = commands.add_parser(
        "connect",
        help="connect to the central helpdesk and keep the password in the system keyring",
        description="Test the connection to the central helpdesk (Request Tracker 5), prepare "
        "it for Partner Desk when needed, then store the password or token in the system "
        "keyring and the server and user in the settings. The secret is read from standard "
        "input (--password-stdin / --token-stdin) or asked for on a terminal; never give it "
        "as an argument.",
    )
    connect.add_argument("--server", required=True, metavar="URL",
                         help="helpdesk address, e.g. https://rt.example.com")  # fmt: skip
    connect.add_argument("--user", required=True, metavar="NAME", help="your helpdesk user")
    secret = connect.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input")  # fmt: skip
    token_help = "read an auth token (instead of a password) from standard input"
    secret.add_argument("--token-stdin", action="store_true", help=token_help)
    tls_help = "do not verify the server's TLS certificate (test servers only)"
    connect.add_argument("--no-verify-tls", action="store_true", help=tls_help)
    connect.add_argument("--timeout", type=_seconds, default=15.0, metavar="SECONDS",
                         help="give up on a server silent for this long (default 15)")  # fmt: skip

    sync = commands.add_parser(
        "sync",
        help="run one sync with the central helpdesk and print a summary",
        description="Push the workspace's pending changes to the central helpdesk, then pull "
        "what changed there. Prints: pushed, pulled, conflicts, pending. Exits 1 with the "
        "reason when the sync fails (what was complete is kept).",
    )
    once_help = "run one sync and exit (required; the app syncs on a schedule)"
    sync.add_argument("--once", action="store_true", required=True, help=once_help)
    sync.add_argument("--workspace", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                      help="workspace folder to sync (default: your workspace)")  # fmt: skip


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0.1 <= value <= 600:
        raise argparse.ArgumentTypeError(f"must be between 0.1 and 600 seconds, got {text}")
    return value


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


def _read_secret(args: argparse.Namespace, server: str) -> str:
    what = "token" if args.token_stdin else "password"
    if args.password_stdin or args.token_stdin:
        text = sys.stdin.read()
        # Like `docker login --password-stdin`: the line end a pipe or heredoc adds is not
        # part of the secret.
        secret = text[:-1] if text.endswith("\n") else text
        secret = secret[:-1] if secret.endswith("\r") else secret
    elif sys.stdin.isatty():
        secret = getpass.getpass(f"Password for {args.user} at {server}: ")
    else:
        raise CommandError(
            "standard input is not a terminal: pipe the secret with --password-stdin or "
            "--token-stdin",
            2,
        )
    if not secret:
        raise CommandError(f"the {what} is empty", 2)
    if "\n" in secret:
        raise CommandError(f"the {what} must be a single line", 2)
    return secret


def connect(args: argparse.Namespace) -> int:
    from desk_app.sync import credentials
    from desk_app.sync.connector import ConnectorError, PermissionDenied
    from desk_app.sync.factory import build_connector

    try:
        server = normalise_server_url(args.server)
    except SettingsError as exc:
        raise CommandError(f"bad server address: {exc}", 2) from None
    user = args.user.strip()
    settings = Settings.load()
    for warning in settings.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    previous = (settings.get(SYNC_SERVER_URL), settings.get(SYNC_USERNAME))
    settings.set(SYNC_USERNAME.name, user)  # checks the name before anything is sent
    reason = credentials.keyring_unavailable_reason()
    if reason is not None:
        raise CommandError(f"no system keyring is available ({reason}); {NO_KEYRING_FIX}")
    auth: Literal["password", "token"] = "token" if args.token_stdin else "password"
    secret = _read_secret(args, server)
    verify = not args.no_verify_tls
    try:
        connector = build_connector(server, user, secret, auth=auth, verify_tls=verify,
                                    status_map=settings.get(SYNC_STATUS_MAP),
                                    timeout=args.timeout)  # fmt: skip
        try:
            info = connector.test_connection()
            try:
                created = connector.ensure_setup()
            except PermissionDenied as exc:
                raise CommandError(_scrub(
                    f"connect failed: {user} signed in, but may not use (or prepare) what "
                    f"Partner Desk needs on {server}; ask a helpdesk administrator ({exc})",
                    secret)) from None  # fmt: skip
        finally:
            connector.close()
    except ConnectorError as exc:
        raise CommandError(_scrub(f"connect failed: {exc}", secret)) from None
    _store(settings, server, user, secret, auth, verify)
    if previous[0] and previous[1] and previous != (server, user):
        # The previous account's secret would otherwise stay in the keyring, unused.
        credentials.delete_secret(*previous)
    print(f"Connected to {info.product} at {server} as {info.username}; "
          f"the {auth} is stored in the system keyring.")  # fmt: skip
    if not verify:
        print(f"{PROG}: warning: TLS certificates of {server} are NOT verified", file=sys.stderr)
    for item in created:
        print(f"prepared on the server: {item}")
    return 0


def _store(settings: Settings, server: str, user: str, secret: str,
           auth: str, verify: bool) -> None:  # fmt: skip
    from desk_app.sync import credentials

    if credentials.save_secret(server, user, secret) != "keyring":
        credentials.delete_secret(server, user)
        reason = credentials.last_problem() or "the keyring refused the secret"
        raise CommandError(f"the system keyring could not store the {auth} ({reason}); "
                           + NO_KEYRING_FIX)  # fmt: skip
    try:
        for name, value in (("sync_server_url", server), ("sync_username", user),
                            ("sync_auth", auth), ("sync_verify_tls", verify)):  # fmt: skip
            settings.set(name, value)
        settings.save()
    except SettingsError as exc:
        credentials.delete_secret(server, user)  # all or nothing
        raise CommandError(f"nothing was saved: {exc}") from None


def sync_once(args: argparse.Namespace, workspace: Callable[[argparse.Namespace], Path],
              verbose: bool) -> int:  # fmt: skip
    from desk_app.local_store.engine import open_store
    from desk_app.sync.connector import ConnectorError
    from desk_app.sync.engine import SyncEngine, SyncProgress
    from desk_app.sync.factory import connector_from_settings

    settings = Settings.load()
    for warning in settings.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    try:
        connector = connector_from_settings(settings)
    except ConnectorError as exc:
        raise CommandError(str(exc)) from None
    path = workspace(args)

    def progress(step: SyncProgress) -> None:
        if verbose:
            total = f"/{step.total}" if step.total is not None else ""
            print(f"{PROG}: {step.phase} {step.done}{total}", file=sys.stderr)

    try:
        store = open_store(path)
        try:
            report = SyncEngine(store, connector).run_once(progress=progress)
        finally:
            store.close()
    except ConnectorError as exc:
        raise CommandError(f"sync with {settings.get(SYNC_SERVER_URL)} failed: {exc}") from None
    finally:
        connector.close()
    first = " (first sync)" if report.first_sync else ""
    print(f"Synced {path} with {settings.get(SYNC_SERVER_URL)}{first}: "
          f"pushed {report.pushed}, pulled {report.pulled}, "
          f"conflicts {report.conflicts}, pending {report.pending}")  # fmt: skip
    if report.cancelled:
        raise CommandError("the sync was cancelled before it finished")
    return 0


def run(args: argparse.Namespace, workspace: Callable[[argparse.Namespace], Path]) -> int:
    verbose = bool(getattr(args, "verbose", False))
    if args.command == "connect":
        return connect(args)
    return sync_once(args, workspace, verbose)
