"""A real Request Tracker 5.0.3 on 127.0.0.1 for the sync tests (facts: shared/ci/RT.md).

Everything RT writes (SQLite database, mason cache, sessions, outgoing mail as mbox files)
lives in one temporary folder: RT_SITE_CONFIG and RT_SITE_CONFIG_DIR point there, so /etc
is never read for site settings. Users, the agents' group, its rights, the Partner Desk
queues, article classes, the contracts catalog and the custom fields REST 2.0 cannot apply
(transaction, article and asset fields) are seeded with `rt-setup-database-5 --action
insert`; the ticket custom fields are left to the connector's own `ensure_setup`, which the
fixture runs as root.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

RT_SERVER = Path("/usr/share/request-tracker5/libexec/rt-server")
RT_SETUP_DB = Path("/usr/sbin/rt-setup-database-5")
INSTALL_HINT = "run scripts/rt_install.sh (as root) or scripts/test.sh, which calls it"

ROOT_PASSWORD = "root-secret-1"
USERS: dict[str, str] = {
    "root": ROOT_PASSWORD,
    "ana": "ana-secret-1",
    "bruno": "bruno-secret-1",
    "lucia": "lucia-secret-1",
    # Privileged, but in no group: every ticket call is forbidden (403 tests).
    "mallory": "mallory-secret-1",
}
REAL_NAMES = {
    "ana": "Ana Advisor",
    "bruno": "Bruno Advisor",
    "lucia": "Lucía Leader",
    "mallory": "Mallory Nobody",
}
QUEUE_L1 = "Partner Desk L1"
QUEUE_L2 = "Partner Desk L2"
QUEUE_L3 = "Partner Desk L3"
QUEUE_CALLS = "Partner Desk Calls"
CLASSES = ("General", "Facturación", "Configuración")
CONTRACTS_CATALOG = "Partner Desk Contracts"
# Asset custom fields of the contracts catalog (desk_app/sync/rt/contracts.py CONTRACT_FIELDS).
CONTRACT_FIELDS = (
    "Contract Company",
    "Contract Period",
    "Contract Hours",
    "Contract Hourly Rate",
    "Contract Starts",
    "Contract Ends",
    "Contract Renewable",
    "Contract Terms Accepted",
    "Contract Terms Accepted By",
    "Partner Desk Contract Key",
)

# Global rights of the agents' group (ana, bruno, lucia): tickets, custom fields, articles,
# assets and their own auth tokens.
AGENT_RIGHTS = (
    "SeeQueue",
    "ShowTicket",
    "CreateTicket",
    "ModifyTicket",
    "CommentOnTicket",
    "ReplyToTicket",
    "OwnTicket",
    "TakeTicket",
    "StealTicket",
    "ShowTicketComments",
    "Watch",
    "WatchAsAdminCc",
    "ShowOutgoingEmail",
    "SeeCustomField",
    "ModifyCustomField",
    "SetInitialCustomField",
    "SeeClass",
    "ShowArticle",
    "CreateArticle",
    "ModifyArticle",
    "ShowArticleHistory",
    "ShowCatalog",
    "ShowAsset",
    "CreateAsset",
    "ModifyAsset",
    "ManageAuthTokens",
    "ModifySelf",
)


@dataclass(frozen=True)
class RtServer:
    """A running RT: base URL (no trailing slash, no /REST/2.0), passwords, ana's token."""

    url: str
    users: dict[str, str]
    token: str  # auth token of "ana", sent as `Authorization: token <token>`
    queues: tuple[str, ...] = (QUEUE_L1, QUEUE_L2, QUEUE_L3, QUEUE_CALLS)
    calls_queue: str = QUEUE_CALLS
    classes: tuple[str, ...] = CLASSES
    folder: Path = field(default=Path())
    pid: int = 0

    @property
    def rest(self) -> str:
        return f"{self.url}/REST/2.0"


def rt_missing_reason() -> str | None:
    for tool in (RT_SERVER, RT_SETUP_DB):
        if not tool.exists():
            return f"Request Tracker 5 is not installed ({tool} missing): {INSTALL_HINT}"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _perl_str(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def site_config(folder: Path, port: int) -> str:
    var = folder / "var"
    return "\n".join(
        [
            "use utf8;",
            "Set($rtname, 'partner-desk-test');",
            "Set($Organization, 'partner-desk-test');",
            "Set($WebDomain, '127.0.0.1');",
            f"Set($WebPort, {port});",
            "Set($WebPath, '');",
            f"Set($WebBaseURL, 'http://127.0.0.1:{port}');",
            "Set($CorrespondAddress, 'rt@desk.test');",
            "Set($CommentAddress, 'rt-comment@desk.test');",
            "Set($DatabaseType, 'SQLite');",
            f"Set($DatabaseName, {_perl_str(str(folder / 'rt5.sqlite'))});",
            "Set($Timezone, 'UTC');",
            "Set($LogToSyslog, 0);",
            "Set($LogToFile, 0);",
            "Set($LogToSTDERR, 'warning');",
            "Set($MailCommand, 'mbox');",
            # Test only: every password check costs ~110 ms instead of ~330 ms.
            "Set($BcryptCost, 4);",
            f"$RT::VarPath = {_perl_str(str(var))};",
            f"$RT::MasonDataDir = {_perl_str(str(var / 'mason_data'))};",
            f"$RT::MasonSessionDir = {_perl_str(str(var / 'session_data'))};",
            "1;",
            "",
        ]
    )


def seed_data(token_file: Path) -> str:
    users = ",\n".join(
        f"  {{ Name => '{name}', Password => {_perl_str(USERS[name])}, "
        f"EmailAddress => '{name}@desk.test', RealName => {_perl_str(REAL_NAMES[name])}, "
        "Privileged => 1 }"
        for name in ("ana", "bruno", "lucia", "mallory")
    )
    members = ",\n".join(
        f"  {{ Group => 'Partner Desk Agents', Name => '{name}' }}"
        for name in ("ana", "bruno", "lucia")
    )
    acl = ",\n".join(
        f"  {{ GroupDomain => 'UserDefined', GroupId => 'Partner Desk Agents', Right => '{r}' }}"
        for r in AGENT_RIGHTS
    )
    queues = ",\n".join(
        f"  {{ Name => {_perl_str(name)}, Description => 'Partner Desk', "
        "CorrespondAddress => '', CommentAddress => '' }"
        for name in (QUEUE_L1, QUEUE_L2, QUEUE_L3, QUEUE_CALLS)
    )
    classes = ",\n".join(
        f"  {{ Name => {_perl_str(name)}, Description => 'Knowledge' }}"
        for name in CLASSES
        if name != "General"  # RT's own initial data has it
    )
    # REST 2.0 (5.0.3) can create these, but not apply them: transaction fields carry the
    # idempotency key of comments, time entries and hour confirmations, the time kind and
    # start, the confirmation's data; article fields hold keywords and FAQ.
    txn = "RT::Queue-RT::Ticket-RT::Transaction"
    art = "RT::Class-RT::Article"
    cfs = ",\n".join(
        f"  {{ Name => {_perl_str(name)}, Type => 'Freeform', MaxValues => 1, "
        f"LookupType => '{lookup}', Description => 'Partner Desk' }}"
        for name, lookup in (
            ("Partner Desk Entry Key", txn),
            ("Partner Desk Time Kind", txn),
            ("Partner Desk Time Started", txn),
            ("Partner Desk Confirmation", txn),
            ("Keywords", art),
            ("FAQ", art),
            ("Partner Desk Article Key", art),
        )
    )
    # REST 2.0 can create a catalog but cannot apply asset custom fields to it.
    asset_cfs = ",\n".join(
        f"  {{ Name => {_perl_str(name)}, Type => 'Freeform', MaxValues => 1, "
        f"LookupType => 'RT::Catalog-RT::Asset', ApplyTo => {_perl_str(CONTRACTS_CATALOG)}, "
        "Description => 'Partner Desk contract' }"
        for name in CONTRACT_FIELDS
    )
    cfs = f"{cfs},\n{asset_cfs}"
    return f"""use utf8;
@Users = (
{users}
);
@Groups = ( {{ Name => 'Partner Desk Agents', Domain => 'UserDefined',
              Description => 'Advisors and leaders' }} );
@Members = (
{members}
);
@Queues = (
{queues}
);
@ACL = (
{acl}
);
@Classes = (
{classes}
);
@Catalogs = ( {{ Name => {_perl_str(CONTRACTS_CATALOG)}, Description => 'Partner Desk' }} );
@CustomFields = (
{cfs}
);
@Final = (
  sub {{
    # No notification mail: every ticket create ran ~10 scrips (~370 ms a ticket).
    my $scrips = RT::Scrips->new(RT->SystemUser);
    $scrips->UnLimit;
    while (my $scrip = $scrips->Next) {{ $scrip->SetDisabled(1); }}
    my $user = RT::User->new(RT->SystemUser);
    $user->Load('ana');
    my $token = RT::AuthToken->new(RT->SystemUser);
    my ($ok, $msg, $auth) = $token->Create(Owner => $user->id, Description => 'tests');
    die "token: $msg" unless $ok;
    open(my $fh, '>', {_perl_str(str(token_file))}) or die $!;
    print $fh $auth;
    close $fh;
  }},
);
1;
"""


def _run(args: list[str], env: dict[str, str], log: Path) -> None:
    with log.open("ab") as out:
        done = subprocess.run(args, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(args[:3])} failed ({done.returncode}):\n{tail}")


def rt_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["RT_SITE_CONFIG"] = str(folder / "RT_SiteConfig.pm")
    env["RT_SITE_CONFIG_DIR"] = str(folder / "RT_SiteConfig.d")
    env.pop("PERL5LIB", None)
    return env


def prepare(folder: Path, port: int) -> str:
    """Write the config, create and seed the database; returns ana's auth token."""
    (folder / "RT_SiteConfig.d").mkdir(parents=True, exist_ok=True)
    for sub in ("var/mason_data", "var/session_data"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "RT_SiteConfig.pm").write_text(site_config(folder, port), encoding="utf-8")
    password_file = folder / "root-password"
    password_file.write_text(ROOT_PASSWORD, encoding="utf-8")
    token_file = folder / "ana.token"
    seed = folder / "seed.pl"
    seed.write_text(seed_data(token_file), encoding="utf-8")
    env = rt_env(folder)
    log = folder / "setup.log"
    _run(
        [str(RT_SETUP_DB), "--action", "init", "--root-password-file", str(password_file)],
        env,
        log,
    )
    _run([str(RT_SETUP_DB), "--action", "insert", "--datafile", str(seed)], env, log)
    return token_file.read_text(encoding="utf-8").strip()


def start(folder: Path, port: int) -> subprocess.Popen[bytes]:
    log = (folder / "rt-server.log").open("ab")
    try:
        return subprocess.Popen(
            [str(RT_SERVER), "--listen", f"127.0.0.1:{port}", "--max-workers", "2"],
            env=rt_env(folder),
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: a Ctrl-C of pytest spares it
        )
    finally:
        log.close()


def wait_ready(proc: subprocess.Popen[bytes], url: str, folder: Path, limit: float = 60) -> None:
    """An open port is not enough (without a database RT serves its web installer)."""
    deadline = time.monotonic() + limit
    last = "no answer"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            answer = requests.get(f"{url}/REST/2.0/rt", auth=("root", ROOT_PASSWORD), timeout=5)
            if answer.status_code == 200:
                return
            last = f"HTTP {answer.status_code}"
        except requests.RequestException as exc:
            last = type(exc).__name__
        time.sleep(0.1)
    tail = (folder / "rt-server.log").read_text(errors="replace")[-3000:]
    raise RuntimeError(f"RT at {url} did not become ready ({last}):\n{tail}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    # TERM to the PID only: INT makes rt-server (as root) chown /var/lib/request-tracker5.
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def launch(folder: Path) -> tuple[RtServer, subprocess.Popen[bytes]]:
    reason = rt_missing_reason()
    if reason:
        raise RuntimeError(reason)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    port = free_port()
    token = prepare(folder, port)
    url = f"http://127.0.0.1:{port}"
    proc = start(folder, port)
    try:
        wait_ready(proc, url, folder)
    except BaseException:
        stop(proc)
        raise
    server = RtServer(url=url, users=dict(USERS), token=token, folder=folder, pid=proc.pid)
    return server, proc


def login_session(url: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    answer = session.post(
        f"{url}/NoAuth/Login.html",
        data={"user": username, "pass": password},
        timeout=15,
        allow_redirects=False,
    )
    if answer.status_code not in (200, 302) or not session.cookies:
        raise RuntimeError(f"login of {username} failed: HTTP {answer.status_code}")
    return session
