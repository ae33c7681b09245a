"""Settings declared once, stored as JSON; a bad file never stops the app or gets clobbered."""

from __future__ import annotations

import json

import pytest

from desk_app.domain.kpi import ProgramPhase
from desk_app.settings import (
    ALL_SETTINGS,
    DEFAULT_REGION,
    KPI_PHASE,
    LANGUAGE,
    SYNC_AUTH,
    SYNC_INTERVAL_MINUTES,
    SYNC_SERVER_URL,
    SYNC_STATUS_MAP,
    SYNC_USERNAME,
    SYNC_VERIFY_TLS,
    Settings,
    SettingsError,
    choose_language,
    default_settings_path,
)


def test_every_setting_is_declared_with_a_valid_default() -> None:
    names = [s.name for s in ALL_SETTINGS]
    assert len(names) == len(set(names))
    for setting in ALL_SETTINGS:
        assert setting.description
        assert setting.validate(setting.default) == setting.default


def test_missing_file_means_defaults_and_save_round_trips(tmp_path) -> None:
    path = tmp_path / "sub" / "settings.json"
    settings = Settings.load(path)
    assert settings.get(LANGUAGE) == "auto"
    assert settings.get(SYNC_INTERVAL_MINUTES) == 15
    settings.set("language", "es")
    settings.set("default_region", "co")
    settings.save()
    again = Settings.load(path)
    assert again.get(LANGUAGE) == "es"
    assert again.get(DEFAULT_REGION) == "CO"
    assert json.loads(path.read_text())["schema_version"] == 1


@pytest.mark.parametrize(
    ("name", "value"),
    [("language", "fr"), ("sync_interval_minutes", 0), ("sync_interval_minutes", True),
     ("sync_interval_minutes", "15"), ("default_region", "XX"), ("password", "x")],
)  # fmt: skip
def test_bad_values_are_refused(tmp_path, name, value) -> None:
    with pytest.raises(SettingsError):
        Settings(tmp_path / "s.json").set(name, value)


def test_a_bad_value_in_the_file_falls_back_with_a_warning(tmp_path) -> None:
    path = tmp_path / "settings.json"
    document = {"values": {"language": "klingon", "sync_interval_minutes": 30, "future": 1}}
    path.write_text(json.dumps(document))
    settings = Settings.load(path)
    assert settings.get(LANGUAGE) == "auto"
    assert settings.get(SYNC_INTERVAL_MINUTES) == 30
    assert any("language" in w for w in settings.warnings)
    settings.save()  # keeps the setting a newer version wrote
    assert json.loads(path.read_text())["values"]["future"] == 1


def test_an_unreadable_file_is_never_overwritten(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings = Settings.load(path)
    assert settings.warnings
    assert settings.get(LANGUAGE) == "auto"
    with pytest.raises(SettingsError):
        settings.save()
    assert path.read_text() == "{not json"


def test_settings_live_in_the_config_folder() -> None:
    # tests/conftest.py points XDG_CONFIG_HOME at a temporary folder.
    assert "desk-test-home-" in str(default_settings_path())


@pytest.mark.parametrize(
    ("override", "setting", "system", "expected"),
    [(None, "auto", "es_MX", "es"), (None, "auto", "en_US", "en"), (None, "auto", "C", "en"),
     ("en", "es", "es_CO", "en"), (None, "en", "es_PE", "en"), (None, "es", "de_DE", "es")],
)  # fmt: skip
def test_language_choice(override, setting, system, expected) -> None:
    assert choose_language(override, setting, system) == expected


# --- the central helpdesk connection (SPEC §8): where and who, never a secret ----------------


def test_sync_settings_have_safe_defaults(tmp_path) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    assert settings.get(SYNC_SERVER_URL) == "" and settings.get(SYNC_USERNAME) == ""
    assert settings.get(SYNC_AUTH) == "password"
    assert settings.get(SYNC_VERIFY_TLS) is True
    assert settings.get(SYNC_STATUS_MAP) == ""
    # No declared setting can hold a secret: those live in the system keyring only.
    for setting in ALL_SETTINGS:
        assert not any(word in setting.name for word in ("password", "token", "secret"))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("HTTPS://RT.Example.COM/", "https://rt.example.com"),
     ("http://127.0.0.1:8080/rt/", "http://127.0.0.1:8080/rt"),
     ("  https://[::1]:8443  ", "https://[::1]:8443"), ("", "")],
)  # fmt: skip
def test_the_server_address_is_normalised(tmp_path, typed, stored) -> None:
    settings = Settings(tmp_path / "s.json")
    settings.set("sync_server_url", typed)
    assert settings.get(SYNC_SERVER_URL) == stored


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [("rt.example.com", "http:// or https://"), ("ftp://rt.example.com", "http:// or https://"),
     ("https://", "http:// or https://"), ("https://rt.example.com?token=abc", "query"),
     ("https://rt.example.com:99999", "port"),
     ("https://ana:hunter2@rt.example.com", "must not contain a user name or password")],
)  # fmt: skip
def test_bad_server_addresses_are_refused_without_echoing_a_password(
    tmp_path, typed, fragment
) -> None:
    with pytest.raises(SettingsError, match="sync_server_url") as caught:
        Settings(tmp_path / "s.json").set("sync_server_url", typed)
    assert fragment in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_the_status_map_is_checked_and_kept_compact(tmp_path) -> None:
    settings = Settings(tmp_path / "s.json")
    settings.set("sync_status_map", ' { "waiting_customer" : "stalled", "open": "new" } ')
    assert settings.get(SYNC_STATUS_MAP) == '{"open":"new","waiting_customer":"stalled"}'
    settings.set("sync_status_map", "")
    assert settings.get(SYNC_STATUS_MAP) == ""
    for bad, fragment in [("{not json", "not valid JSON"), ("[1, 2]", "JSON object"),
                          ("{}", "JSON object"), ('{"open": 3}', "non-empty status name"),
                          ('{"open": " "}', "non-empty status name")]:  # fmt: skip
        with pytest.raises(SettingsError, match=fragment):
            settings.set("sync_status_map", bad)
    assert settings.get(SYNC_STATUS_MAP) == ""  # a refused value changes nothing


def test_yes_no_settings_parse_from_the_command_line() -> None:
    assert SYNC_VERIFY_TLS.from_text("false") is False
    assert SYNC_VERIFY_TLS.from_text(" Yes ") is True
    with pytest.raises(SettingsError, match="expected bool"):
        SYNC_VERIFY_TLS.from_text("maybe")
    with pytest.raises(SettingsError, match="not one of"):
        SYNC_AUTH.from_text("kerberos")
    with pytest.raises(SettingsError, match="sync_username"):
        SYNC_USERNAME.from_text("ana lópez")


def test_kpi_phase_names_a_program_phase(tmp_path) -> None:
    settings = Settings(tmp_path / "s.json")
    assert ProgramPhase(settings.get(KPI_PHASE)) is ProgramPhase.FIRST_YEAR
    assert set(KPI_PHASE.choices) == {phase.value for phase in ProgramPhase}
    settings.set("kpi_phase", KPI_PHASE.from_text(" after_first_year "))
    assert ProgramPhase(settings.get(KPI_PHASE)) is ProgramPhase.AFTER_FIRST_YEAR
    with pytest.raises(SettingsError, match="kpi_phase"):
        settings.set("kpi_phase", "second_year")
    assert settings.get(KPI_PHASE) == "after_first_year"
