"""`desk-app call incoming|answered|ended` and `desk-app open-url deskapp:...`: CTI hooks.

A softphone runs one of these on a call event; the command forwards the event to the running
app over its local socket and prints the app's answer. With no app running it starts one
(detached, same --workspace/--demo) and waits for it, unless --no-start says to fail fast.
The number is checked here first, so a typo never reaches (or starts) the app.

Exit codes: 0 the app took the event; 1 the app refused it (its reason is printed) or could
not be reached; 2 bad usage (unknown event, malformed number or URL).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import phonenumbers

from desk_app.cli_export import USER_DEST
from desk_app.cti_events import CtiEvent, parse_url

PROG = "desk-app"
START_TIMEOUT_S = 30.0
_RETRY_S = 0.3
COMMANDS = ("call", "open-url")


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when not given here, the top-level --workspace/--demo (if any) stay in force.
    parser.add_argument("--workspace", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace to open if the app has to be started")  # fmt: skip
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="start the demo workspace if the app is not running")  # fmt: skip
    parser.add_argument(
        "--no-start",
        action="store_true",
        help="fail (exit 1) instead of starting the app when it is not running",
    )


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    call = commands.add_parser(
        "call",
        help="tell the running app about a phone call (for softphone hooks)",
        description="Forward a call event to the running Partner Desk (starting it when it "
        "is not running). Exits 0 when the app took it, 1 when it refused it, 2 on bad usage.",
    )
    events = call.add_subparsers(dest="call_event", metavar="EVENT", required=True)
    incoming = events.add_parser("incoming", help="a call is ringing")
    incoming.add_argument("--from", dest="number", required=True, metavar="NUMBER",
                          help='caller number, e.g. "+52 55 1234 5678"')  # fmt: skip
    incoming.add_argument("--name", metavar="NAME", help="caller name shown by the phone")
    incoming.add_argument("--call-id", metavar="ID", help="the phone system's id of the call")
    _common(incoming)
    answered = events.add_parser("answered", help="the call was answered")
    answered.add_argument("--call-id", required=True, metavar="ID")
    _common(answered)
    ended = events.add_parser("ended", help="the call ended")
    ended.add_argument("--call-id", required=True, metavar="ID")
    ended.add_argument("--cause", metavar="CAUSE", help='why, e.g. "busy", "caller-hangup"')
    _common(ended)

    open_url = commands.add_parser(
        "open-url",
        help="handle a deskapp: URL (deskapp:call/incoming?from=...&name=...&call_id=...)",
        description="Handle a deskapp: link as the desktop's URL handler: "
        "deskapp:call/incoming?from=NUMBER&name=NAME&call_id=ID, deskapp:call/answered?"
        "call_id=ID, deskapp:call/ended?call_id=ID&cause=CAUSE.",
    )
    open_url.add_argument("url", metavar="URL")
    _common(open_url)


class UsageError(ValueError):
    """Bad input from the caller: exit 2."""


def check_number(raw: str, region: str) -> str:
    """E.164 form of `raw`, or UsageError with a message a softphone log can show."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise UsageError(f"{raw!r} is not a phone number ({exc})") from None
    if not phonenumbers.is_valid_number(number):
        raise UsageError(f"{raw!r} is not a valid phone number in {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def event_from_args(args: argparse.Namespace) -> CtiEvent:
    try:
        if args.command == "open-url":
            return parse_url(args.url)
        return CtiEvent(
            event=args.call_event,
            number=getattr(args, "number", "") or "",
            name=getattr(args, "name", None),
            call_id=getattr(args, "call_id", None),
            cause=getattr(args, "cause", None),
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _default_region() -> str:
    from desk_app.settings import DEFAULT_REGION, Settings

    return Settings.load().get(DEFAULT_REGION)


def app_command(args: argparse.Namespace) -> list[str]:
    command = [sys.executable, "-m", "desk_app"]
    workspace = getattr(args, "workspace", None)
    if workspace is not None:
        command += ["--workspace", str(Path(workspace).expanduser().absolute())]
    if getattr(args, "demo", False):
        command.append("--demo")
    user = getattr(args, USER_DEST, None)
    if user:  # `desk-app --user asesor call incoming …` starts the app as that user
        command += ["--user", str(user)]
    return command


def _start_app(args: argparse.Namespace) -> subprocess.Popen[bytes]:
    # Detached, so the app outlives the softphone's hook process (and its console on Windows).
    if sys.platform == "win32":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        return subprocess.Popen(app_command(args), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                creationflags=flags)  # fmt: skip
    return subprocess.Popen(
        app_command(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _deliver(event: CtiEvent, args: argparse.Namespace) -> dict[str, object]:
    from desk_app.ui.cti_client import NotRunning, send

    try:
        return send(event)
    except NotRunning:
        if args.no_start:
            raise
    app = _start_app(args)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            return send(event)
        except NotRunning:
            if app.poll() not in (None, 0) or time.monotonic() > deadline:
                raise NotRunning(
                    "Partner Desk is not running and could not be started "
                    f"(tried: {' '.join(app_command(args))})"
                ) from None
            time.sleep(_RETRY_S)


def run(args: argparse.Namespace) -> int:
    try:
        event = event_from_args(args)
        if event.event == "incoming":
            check_number(event.number, _default_region())
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    try:
        reply = _deliver(event, args)
    except (ConnectionError, TimeoutError, ValueError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    if reply.get("ok"):
        print(reply.get("message") or "ok")
        return 0
    print(f"{PROG}: error: {reply.get('error') or 'the app refused the event'}", file=sys.stderr)
    return 1
