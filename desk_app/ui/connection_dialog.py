"""Sync → Connection…: the central helpdesk's address, the user, a password or a token, TLS
verification; "Test connection" and Save.

Both buttons talk to the server on a thread-pool thread and come back through a queued signal,
so a slow or silent server never freezes the window. Errors sit next to the field they are
about (a 401 under the password, a certificate error under the TLS box). Save tests first; a
server that cannot be reached right now (offline) does not stop it, any other refusal does.
The secret goes to the keyring through desk_app.sync.credentials, never to the settings file;
without a usable keyring the dialog says the secret is kept for this session only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.settings import (
    SYNC_AUTH,
    SYNC_SERVER_URL,
    SYNC_USERNAME,
    SYNC_VERIFY_TLS,
    Settings,
    SettingsError,
    normalise_server_url,
)
from desk_app.ui.field_errors import error_label, show_error
from desk_app.ui.qt_compat import emit
from desk_app.ui.sync_connection_check import (
    Auth,
    ConnectionJob,
    ConnectionParams,
    ConnectorMaker,
    Outcome,
    check_connection,
    forget_secret,
    normalized_url,
    rt_connector,
)
from desk_app.ui.sync_errors import GENERAL, SECRET, TLS, URL, USERNAME, explain


class ConnectionDialog(QDialog):
    saved = Signal()
    # A test or save finished and the dialog shows its outcome (for tests and the window).
    checked = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        make_connector: ConnectorMaker = rt_connector,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connect to the central helpdesk"))
        self._settings = settings
        self._make = make_connector
        self._pool = pool or QThreadPool.globalInstance()
        self._busy = False
        self._job: ConnectionJob | None = None
        self._saved_url = settings.get(SYNC_SERVER_URL)
        self._saved_user = settings.get(SYNC_USERNAME)
        self._build()
        self._load()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.url = QLineEdit(self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://helpdesk.example.com")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password_radio = QRadioButton(self.tr("Password"), self)
        self.token_radio = QRadioButton(self.tr("Auth token"), self)
        self.auth_group = QButtonGroup(self)
        self.auth_group.addButton(self.password_radio)
        self.auth_group.addButton(self.token_radio)
        self.password_radio.setChecked(True)
        auth_row = QHBoxLayout()
        auth_row.addWidget(self.password_radio)
        auth_row.addWidget(self.token_radio)
        auth_row.addStretch(1)
        self.secret_label = QLabel(self)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.verify_tls = QCheckBox(self.tr("Verify the server's certificate (TLS)"), self)
        self.verify_tls.setChecked(True)
        self.tls_warning = QLabel(self.tr(
            "Without verification, anyone on the network path could read your password and "
            "tickets. Turn it off only for a test server you trust."), self)  # fmt: skip
        self.tls_warning.setObjectName("tlsWarning")
        self.tls_warning.setWordWrap(True)
        self.tls_warning.setStyleSheet("color: #b45309;")
        self.tls_warning.hide()
        self.errors = {key: error_label(self, key) for key in (URL, USERNAME, SECRET, TLS, GENERAL)}
        self.status_line = QLabel(self)
        self.status_line.setObjectName("connectionStatus")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line.setWordWrap(True)
        self.status_line.setStyleSheet("color: #15803d;")
        self.status_line.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("keyringNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b45309;")
        self.notice.hide()

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self._with_error(self.url, URL))
        form.addRow(self.tr("User name"), self._with_error(self.username, USERNAME))
        form.addRow(self.tr("Sign in with"), auth_row)
        form.addRow(self.secret_label, self._with_error(self.secret, SECRET))
        tls = QVBoxLayout()
        for widget in (self.verify_tls, self.tls_warning, self.errors[TLS]):
            tls.addWidget(widget)
        form.addRow("", tls)

        self.buttons = QDialogButtonBox(self)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        # Back to a desk that works on its own: forget the server and its secret.
        self.disconnect_button = QPushButton(self.tr("&Disconnect"), self)
        self.disconnect_button.setObjectName("disconnect")
        self.buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.disconnect_button.setVisible(bool(self._saved_url))
        self.disconnect_button.clicked.connect(self.disconnect_server)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.password_radio.toggled.connect(self._on_auth_changed)
        # The saved secret belongs to the saved server and account only.
        self.url.textChanged.connect(self._on_auth_changed)
        self.username.textChanged.connect(self._on_auth_changed)
        self.verify_tls.toggled.connect(self._on_tls_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.errors[GENERAL], self.status_line, self.notice):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _with_error(self, editor: QWidget, key: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(self.errors[key])
        return box

    def _load(self) -> None:
        self.url.setText(self._saved_url)
        self.username.setText(self._saved_user)
        token = self._settings.get(SYNC_AUTH) == "token"
        (self.token_radio if token else self.password_radio).setChecked(True)
        self.verify_tls.setChecked(self._settings.get(SYNC_VERIFY_TLS))
        self._on_auth_changed()
        self._on_tls_changed(self.verify_tls.isChecked())

    # -- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def params(self) -> ConnectionParams:
        auth: Auth = "token" if self.token_radio.isChecked() else "password"
        return ConnectionParams(normalized_url(self.url.text()), self.username.text().strip(),
                                self.secret.text(), auth, self.verify_tls.isChecked())  # fmt: skip

    def _can_use_stored_secret(self, params: ConnectionParams) -> bool:
        return bool(self._saved_url) and (params.url, params.username) == (
            self._saved_url, self._saved_user)  # fmt: skip

    def error_text(self, key: str) -> str:
        """The message shown next to field `key` ("" when none)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    @Slot()
    def _on_auth_changed(self) -> None:
        token = self.token_radio.isChecked()
        self.secret_label.setText(self.tr("Token") if token else self.tr("Password"))
        stored = self._can_use_stored_secret(self.params())
        self.secret.setPlaceholderText(self.tr("Saved — leave empty to keep it") if stored else "")

    @Slot(bool)
    def _on_tls_changed(self, checked: bool) -> None:
        self.tls_warning.setVisible(not checked)

    def _clear_messages(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        self.status_line.hide()
        self.notice.hide()

    def _validate(self, params: ConnectionParams) -> bool:
        problems: dict[str, str] = {}
        if not params.url:
            problems[URL] = self.tr("Enter the helpdesk's address.")
        else:
            try:
                normalise_server_url(params.url)
            except SettingsError:
                problems[URL] = self.tr(
                    "Enter a full address that starts with https:// (or http://), without a "
                    "user name or ?query, for example https://helpdesk.example.com.")  # fmt: skip
        if not params.username:
            problems[USERNAME] = self.tr("Enter your user name on the helpdesk.")
        elif any(c.isspace() for c in params.username):
            problems[USERNAME] = self.tr("A user name has no spaces.")
        if not params.secret and not self._can_use_stored_secret(params):
            problems[SECRET] = self._missing_secret_text(params)
        for key, text in problems.items():
            show_error(self.errors[key], text)
        first = {URL: self.url, USERNAME: self.username, SECRET: self.secret}
        for key, widget in first.items():
            if key in problems:
                widget.setFocus()
                break
        return not problems

    def _missing_secret_text(self, params: ConnectionParams) -> str:
        if params.auth == "token":
            return self.tr("Enter your auth token.")
        return self.tr("Enter your password.")

    # -- actions ------------------------------------------------------------------------------

    @Slot()
    def test_connection(self) -> bool:
        """Check the connection on a worker thread; False when the form was refused at once."""
        return self._start(save=False)

    @Slot()
    def save(self) -> bool:
        return self._start(save=True)

    @Slot()
    def disconnect_server(self) -> bool:
        """Forget the saved server and its secret (the keyring is touched off the UI thread)."""
        if self._busy or not self._saved_url:
            return False
        self._clear_messages()
        url, user = self._saved_url, self._saved_user
        self._run_job(lambda: forget_secret(url, user), self._on_disconnected,
                      self.tr("Disconnecting…"))  # fmt: skip
        return True

    def _start(self, *, save: bool) -> bool:
        if self._busy:
            return False
        self._clear_messages()
        params = self.params()
        if not self._validate(params):
            return False
        stored = self._can_use_stored_secret(params)
        make = self._make
        self._run_job(
            lambda: check_connection(params, make, save=save, use_stored_secret=stored),
            self._on_saved if save else self._on_tested,
            self.tr("Saving…") if save else self.tr("Testing the connection…"),
        )
        return True

    def _run_job(self, work: Callable[[], Outcome], done: Callable[[Outcome], None],
                 text: str) -> None:  # fmt: skip
        job = ConnectionJob(work)
        job.setAutoDelete(False)  # Python keeps it (below) until its answer is back
        job.signals.done.connect(done)
        ConnectionJob.live.add(job)
        self._job = job
        self._set_busy(True, text)
        self._pool.start(job)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if not busy and self._job is not None:
            ConnectionJob.live.discard(self._job)
            self._job = None
        for widget in (self.test_button, self.save_button, self.disconnect_button):
            widget.setEnabled(not busy)
        if busy:
            self.status_line.setStyleSheet("")
            self.status_line.setText(text)
            self.status_line.show()
        else:
            self.status_line.hide()

    def _show_outcome(self, outcome: Outcome, params: ConnectionParams) -> None:
        if outcome.missing_secret:
            show_error(self.errors[SECRET], self._missing_secret_text(params))
            return
        if outcome.error is not None:
            text = explain(outcome.error, auth=params.auth)
            label = self.errors[text.field]
            show_error(label, text.full())
            label.setToolTip(text.detail)
            return
        info = outcome.info
        if info is not None:
            message = self.tr("Connected to %1 at %2 as %3.")
            for marker, value in (("%1", info.product), ("%2", info.url), ("%3", info.username)):
                message = message.replace(marker, value)
            self.status_line.setStyleSheet("color: #15803d;")
            self.status_line.setText(message)
            self.status_line.show()

    @Slot(object)
    def _on_tested(self, outcome: Outcome) -> None:
        self._set_busy(False)
        self._show_outcome(outcome, self.params())
        emit(self.checked)

    @Slot(object)
    def _on_saved(self, outcome: Outcome) -> None:
        self._set_busy(False)
        params = self.params()
        self._show_outcome(outcome, params)
        if outcome.storage is None:  # refused: nothing was stored
            emit(self.checked)
            return
        try:
            self._write_settings(params)
        except SettingsError as exc:
            show_error(self.errors[GENERAL], self.tr("The settings could not be saved: %1")
                       .replace("%1", str(exc)))  # fmt: skip
            emit(self.checked)
            return
        self._saved_url, self._saved_user = params.url, params.username
        self.disconnect_button.show()
        self.secret.clear()
        self._on_auth_changed()
        emit(self.saved)
        notes: list[str] = []
        if outcome.error is not None:
            notes.append(self.tr("Saved. The server cannot be reached right now; sync will "
                                 "try again when it can."))  # fmt: skip
        if outcome.storage != "keyring":
            note = self.tr(
                "No usable system keyring was found, so the secret is kept for this session "
                "only: you will be asked again after a restart."
            )
            if outcome.keyring_problem:
                note = f"{note}\n{outcome.keyring_problem}"
            notes.append(note)
        if notes:
            self.notice.setText("\n".join(notes))
            self.notice.show()
            self.save_button.hide()
            self.cancel_button.hide()
            self.close_button.show()
            self.close_button.setFocus()
        else:
            self.accept()
        emit(self.checked)

    @Slot(object)
    def _on_disconnected(self, outcome: Outcome) -> None:
        self._set_busy(False)
        if outcome.error is not None:
            show_error(self.errors[GENERAL], explain(outcome.error).full())
            emit(self.checked)
            return
        try:
            self._settings.set(SYNC_SERVER_URL.name, "")
            self._settings.set(SYNC_USERNAME.name, "")
            self._settings.save()
        except SettingsError as exc:
            show_error(self.errors[GENERAL], self.tr("The settings could not be saved: %1")
                       .replace("%1", str(exc)))  # fmt: skip
            emit(self.checked)
            return
        self._saved_url = self._saved_user = ""
        emit(self.saved)
        emit(self.checked)
        self.accept()

    def _write_settings(self, params: ConnectionParams) -> None:
        for setting, value in (
            (SYNC_SERVER_URL, params.url),
            (SYNC_USERNAME, params.username),
            (SYNC_AUTH, params.auth),
            (SYNC_VERIFY_TLS, params.verify_tls),
        ):
            self._settings.set(setting.name, value)
        self._settings.save()
