"""`desk-app export tickets|articles|calls --format json|csv`: what the cache holds, as a file.

Rows stream from SQLite to the output; with --output the file appears complete or not at all
(written beside it under a temporary name, then renamed), so a failed export never leaves half
a file where a script expects a whole one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from desk_app.local_store.workspace import WorkspaceError

PROG = "desk-app"
# `--user USERNAME`, on the command line and after the commands that open a workspace as
# someone (`export`, `search`): its own name, because `connect --user` is the helpdesk user.
USER_DEST = "as_user"
USER_HELP = (
    "open the workspace as this active user instead of the signed-in one, for this run "
    "only (nothing is saved); an unknown name lists the users there are"
)
KINDS = ("tickets", "articles", "calls")
FORMATS = ("json", "csv")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="write the tickets, articles or calls the workspace holds as JSON or CSV",
        description="Write what the workspace's cache holds: tickets (fields, requester, "
        "responsible, status, SLA due times, tags, comment count), knowledge articles, or "
        "calls (number, contact, times, durations, outcome, linked tickets, survey answers). "
        "Tickets and calls are those the signed-in user (or --user) may see. CSV cells that a "
        "spreadsheet would run as a formula are prefixed with an apostrophe.",
    )
    export.add_argument("kind", choices=KINDS, metavar="WHAT", help="tickets, articles or calls")
    export.add_argument("--format", choices=FORMATS, required=True, help="json or csv")
    export.add_argument("--output", type=Path, metavar="FILE",
                        help="write to FILE instead of standard output")  # fmt: skip
    export.add_argument("--workspace", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace folder to export (default: your workspace)")  # fmt: skip
    export.add_argument("--user", dest=USER_DEST, metavar="USERNAME", default=argparse.SUPPRESS,
                        help=USER_HELP)  # fmt: skip


@contextlib.contextmanager
def _target(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]  # csv writes "\r\n"
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = output.absolute().parent
    if output.is_dir():
        raise WorkspaceError(f"cannot write the export: {output} is a folder")
    if not folder.is_dir():
        raise WorkspaceError(f"cannot write the export: folder {folder} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace, workspace: Callable[[argparse.Namespace], Path]) -> int:
    from desk_app.local_store.export import export, write_csv, write_json
    from desk_app.services.workspace import open_workspace

    path = workspace(args)
    if not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    opened = open_workspace(path, user=getattr(args, USER_DEST, None))
    try:
        with opened.store.session() as session, _target(args.output) as out:
            table = export(session, args.kind, opened.viewer)
            write = write_json if args.format == "json" else write_csv
            count = write(out, table.columns, table.rows)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise WorkspaceError(f"cannot write the export: {exc.strerror or exc}") from None
    finally:
        opened.close()
    if args.output is not None:
        print(f"{PROG}: wrote {count} {args.kind} to {args.output}", file=sys.stderr)
    return 0
