"""Settings declared once, stored as JSON; a bad file never stops the app or gets clobbered."""

from __future__ import annotations

import json

import pytest

from desk_app.settings import (
    ALL_SETTINGS,
    DEFAULT_REGION,
    LANGUAGE,
    SYNC_INTERVAL_MINUTES,
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
