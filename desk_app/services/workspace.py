"""Opening a workspace for the app or the command line: the store, the demo, the viewer."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import User
from desk_app.local_store.sla_context import (
    FALLBACK_COUNTRY,
    store_workspace_region,
    workspace_region,
)
from desk_app.local_store.visibility import (
    UnknownUserError,
    Viewer,
    current_viewer,
    viewer_for,
)
from desk_app.local_store.workspace import WorkspaceError

log = logging.getLogger(__name__)
MAX_NAMES_LISTED = 40  # a synced desk can have hundreds of users: the message stays readable


@dataclass(frozen=True)
class OpenWorkspace:
    path: Path
    store: Store
    viewer: Viewer

    def close(self) -> None:
        self.store.close()


def local_owner() -> Viewer:
    """The viewer of a workspace nobody has synced users into: its owner sees everything.

    Not written to the database: the first sync brings the real users and the sign-in.
    """
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = "local"
    return Viewer(user_id=0, username=name, full_name=name, role=Role.ADMIN, team_id=None)


def resolve_viewer(session: Session, path: Path, user: str | None = None) -> Viewer:
    """The workspace's signed-in user, or `user` (an active username) when given."""
    if user is not None:
        return _viewer_named(session, path, user)
    viewer = current_viewer(session)
    if viewer is not None:
        return viewer
    if not session.scalar(select(func.count()).select_from(User)):
        return local_owner()
    raise WorkspaceError(f"workspace {path} has users but none is signed in")


def _viewer_named(session: Session, path: Path, user: str) -> Viewer:
    try:
        return viewer_for(session, user.strip())
    except UnknownUserError:
        pass
    names = list(session.scalars(
        select(User.username).where(User.is_active.is_(True)).order_by(User.username)
    ))  # fmt: skip
    if not names:
        raise WorkspaceError(f"workspace {path} has no users yet, so there is no {user!r} "
                             "to open it as (a sync or --demo brings users)")  # fmt: skip
    shown = ", ".join(names[:MAX_NAMES_LISTED])
    if len(names) > MAX_NAMES_LISTED:
        shown += f" and {len(names) - MAX_NAMES_LISTED} more"
    raise WorkspaceError(f"no active user named {user!r} in workspace {path}; "
                         f"active users: {shown}")  # fmt: skip


def open_workspace(
    path: Path,
    *,
    demo_size: int | None = None,
    default_region: str | None = None,
    user: str | None = None,
) -> OpenWorkspace:
    """Open (creating when missing) the workspace at `path`; fill it with demo data when
    `demo_size` is given. A workspace without a default region of its own gets
    `default_region` (the settings'), which its SLA calendars use from then on.
    `user` opens it as that active user instead of the signed-in one, for this run only
    (nothing is written). WorkspaceError carries a message for the user."""
    path = path.expanduser()
    store = open_store(path)
    try:
        if demo_size is not None:
            from desk_app.local_store.demo import ensure_demo

            if ensure_demo(store, demo_size, region=default_region or FALLBACK_COUNTRY):
                log.info("filled demo workspace %s with %d tickets", path, demo_size)
        if default_region is not None:
            with store.session() as session:
                stored = workspace_region(session)
            if stored is None:
                with store.transaction() as session:
                    store_workspace_region(session, default_region)
        with store.session() as session:
            viewer = resolve_viewer(session, path, user)
    except BaseException:
        store.close()
        raise
    return OpenWorkspace(path, store, viewer)
