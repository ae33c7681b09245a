"""Sync → Connection…: the form refuses what cannot work before anything is sent, and puts
each server answer next to the field it is about."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.settings import SYNC_SERVER_URL, SYNC_USERNAME, Settings
from desk_app.sync import credentials
from desk_app.sync.factory import build_connector
from desk_app.ui.connection_dialog import ConnectionDialog
from desk_app.ui.sync_connection_check import ConnectionParams

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, sync_settings) -> ConnectionDialog:
    widget = ConnectionDialog(sync_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _fill(qtbot, dialog: ConnectionDialog, url: str, user: str, secret: str) -> None:
    for editor, text in ((dialog.url, url), (dialog.username, user), (dialog.secret, secret)):
        editor.clear()
        qtbot.keyClicks(editor, text)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "helpdesk.example.com",
        "ftp://helpdesk.example.com",
        "https://ana:pw@rt.example.com",
        "https://rt.example.com/?x=1",
    ],
)
def test_an_unusable_address_is_refused_next_to_it_and_nothing_is_saved(
    qtbot, dialog, sync_settings, url
) -> None:
    _fill(qtbot, dialog, url, "ana", "s3cret")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy  # refused before anything was sent
    assert dialog.error_text("url").startswith("Enter ")
    assert dialog.error_text("secret") == "" and dialog.error_text("username") == ""
    assert dialog.save() is False
    assert not sync_settings.path.exists()


def test_user_and_password_are_required(qtbot, dialog) -> None:
    _fill(qtbot, dialog, "https://rt.example.com", "", "")
    assert dialog.test_connection() is False
    assert dialog.error_text("username") == "Enter your user name on the helpdesk."
    assert dialog.error_text("secret") == "Enter your password."
    assert dialog.username.hasFocus()
    dialog.token_radio.setChecked(True)
    assert dialog.secret_label.text() == "Token"
    qtbot.keyClicks(dialog.username, "ana lopez")
    assert dialog.test_connection() is False
    assert dialog.error_text("username") == "A user name has no spaces."
    assert dialog.error_text("secret") == "Enter your auth token."


def test_tls_verification_is_on_by_default_and_turning_it_off_warns(qtbot, dialog) -> None:
    assert dialog.verify_tls.isChecked()
    assert not dialog.tls_warning.isVisible()
    dialog.verify_tls.click()
    assert dialog.tls_warning.isVisible()
    assert "anyone on the network path could read your password" in dialog.tls_warning.text()
    assert dialog.params().verify_tls is False
    dialog.verify_tls.click()
    assert not dialog.tls_warning.isVisible()


def test_the_secret_is_masked_and_never_in_the_params_repr(qtbot, dialog) -> None:
    _fill(qtbot, dialog, "https://rt.example.com/", "ana", "hunter2-secret")
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    params = dialog.params()
    assert params.url == "https://rt.example.com"  # as the settings keep it
    assert "hunter2-secret" not in repr(params)


def test_it_opens_with_the_saved_connection(qtbot, tmp_path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("sync_server_url", "https://rt.example.com")
    settings.set("sync_username", "ana")
    settings.set("sync_auth", "token")
    settings.set("sync_verify_tls", False)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.url.text() == "https://rt.example.com"
    assert dialog.username.text() == "ana"
    assert dialog.token_radio.isChecked() and dialog.secret_label.text() == "Token"
    assert not dialog.verify_tls.isChecked()
    assert dialog.secret.text() == ""  # the secret stays in the keyring
    assert dialog.secret.placeholderText() == "Saved — leave empty to keep it"
    qtbot.keyClicks(dialog.username, "2")  # another account: its secret is not saved
    assert dialog.secret.placeholderText() == ""


# -- answers from real sockets ------------------------------------------------------------


def _short_timeout(seconds: float):
    def make(params: ConnectionParams):
        return build_connector(params.url, params.username, params.secret, auth=params.auth,
                               verify_tls=params.verify_tls, timeout=seconds)  # fmt: skip

    return make


def _check(qtbot, dialog: ConnectionDialog, *, save: bool = False) -> None:
    with qtbot.waitSignal(dialog.checked, timeout=30_000):
        assert (dialog.save() if save else dialog.test_connection()) is True
        assert dialog.busy and not dialog.test_button.isEnabled()
    assert not dialog.busy and dialog.test_button.isEnabled()


def test_a_refused_connection_says_offline_next_to_the_address(qtbot, dialog, servers) -> None:
    _fill(qtbot, dialog, servers.closed_port_url(), "ana", "s3cret")
    _check(qtbot, dialog)
    assert dialog.error_text("url").startswith(
        "Cannot reach the server: you are offline, or the address or port is wrong.")  # fmt: skip
    assert "Could not connect" in dialog.errors["url"].toolTip()  # the connector's words
    assert dialog.error_text("secret") == ""


def test_a_server_that_never_answers_is_a_timeout(qtbot, sync_settings, servers) -> None:
    dialog = ConnectionDialog(sync_settings, make_connector=_short_timeout(0.5))
    qtbot.addWidget(dialog)
    with servers.silent_server() as url:
        _fill(qtbot, dialog, url, "ana", "s3cret")
        _check(qtbot, dialog)
    assert dialog.error_text("url").startswith("The server did not answer in time.")


def test_an_unverifiable_certificate_is_shown_under_the_tls_box(
    qtbot, dialog, servers, tmp_path
) -> None:
    with servers.http_server(200, {"Version": "5.0.3+dfsg-3"}, tls_dir=tmp_path) as url:
        _fill(qtbot, dialog, url, "ana", "s3cret")
        _check(qtbot, dialog)
        assert dialog.error_text("tls").startswith(
            "The server's certificate could not be verified.")  # fmt: skip
        assert dialog.error_text("url") == ""
    assert "could not be verified" in dialog.errors["tls"].toolTip()  # the connector's words


# With REQUESTS_CA_BUNDLE set (as on this machine) this catches psf/requests#3829.
def test_turning_verification_off_connects_to_a_self_signed_server(
    qtbot, dialog, servers, tmp_path
) -> None:
    with servers.http_server(200, {"Version": "5.0.3+dfsg-3"}, tls_dir=tmp_path) as url:
        _fill(qtbot, dialog, url, "ana", "s3cret")
        dialog.verify_tls.click()  # the user's own choice, for a test server
        assert dialog.tls_warning.isVisible()
        _check(qtbot, dialog)
    assert dialog.error_text("tls") == ""
    assert dialog.status_line.text() == f"Connected to Request Tracker 5.0.3 at {url} as ana."


def test_a_web_server_that_is_not_a_helpdesk(qtbot, dialog, servers) -> None:
    with servers.http_server(404, {"message": "Not Found"}) as url:
        _fill(qtbot, dialog, url, "ana", "s3cret")
        _check(qtbot, dialog)
    assert dialog.error_text("url").startswith("This address does not lead to a helpdesk.")
    assert url in dialog.errors["url"].toolTip()


def test_an_answer_with_an_error_list_instead_of_data(qtbot, dialog, servers) -> None:
    """RT answers some refusals with 200 and a list of messages: shown, nothing used."""
    dialog.token_radio.setChecked(True)
    with servers.http_server(200, ["Ticket 1: Permission Denied"]) as url:
        _fill(qtbot, dialog, url, "ana", "tok-123")
        _check(qtbot, dialog)
    general = dialog.error_text("general")
    assert general.startswith("The server answered with an error:\n")
    assert "not a JSON object" in general
    assert dialog.status_line.isHidden()


def test_save_while_offline_keeps_the_connection_and_says_where_the_secret_is(
    qtbot, dialog, servers, sync_settings
) -> None:
    url = servers.closed_port_url()
    _fill(qtbot, dialog, url, "ana", "offline-secret-42")
    saved: list[bool] = []
    dialog.saved.connect(lambda: saved.append(True))
    _check(qtbot, dialog, save=True)
    assert saved == [True]
    assert dialog.isVisible()  # it has something to say before it closes
    notice = dialog.notice.text()
    assert "cannot be reached right now" in notice
    assert "kept for this session only" in notice  # the test machine has no keyring
    assert dialog.close_button.isVisible() and not dialog.save_button.isVisible()
    stored = Settings.load(sync_settings.path)
    assert (stored.get(SYNC_SERVER_URL), stored.get(SYNC_USERNAME)) == (url, "ana")
    assert "offline-secret-42" not in sync_settings.path.read_text(encoding="utf-8")
    assert credentials.load_secret(url, "ana") == "offline-secret-42"
    assert dialog.secret.text() == ""


def test_a_refused_login_saves_nothing(qtbot, dialog, servers, sync_settings) -> None:
    with servers.http_server(404, {"message": "Not Found"}) as url:
        _fill(qtbot, dialog, url, "ana", "s3cret")
        _check(qtbot, dialog, save=True)
    assert dialog.error_text("url") != ""
    assert not sync_settings.path.exists()
    assert credentials.load_secret(url, "ana") is None


def test_disconnect_forgets_the_server_and_its_secret(qtbot, sync_settings) -> None:
    url = "https://rt.disconnect.example.com"
    sync_settings.set("sync_server_url", url)
    sync_settings.set("sync_username", "ana")
    sync_settings.save()
    credentials.save_secret(url, "ana", "to-be-forgotten")
    dialog = ConnectionDialog(sync_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.disconnect_button.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.disconnect_button.click()
    assert not dialog.isVisible()
    stored = Settings.load(sync_settings.path)
    assert (stored.get(SYNC_SERVER_URL), stored.get(SYNC_USERNAME)) == ("", "")
    assert credentials.load_secret(url, "ana") is None


def test_without_a_saved_server_there_is_nothing_to_disconnect(dialog) -> None:
    assert not dialog.disconnect_button.isVisible()
    assert dialog.disconnect_server() is False
