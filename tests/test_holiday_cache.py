"""Public-holiday tables: cached on disk so start-up never imports the holidays package."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.holiday_source import PackageHolidays, use_holiday_source
from desk_app.holiday_cache import CachedHolidays


class Counting:
    def __init__(self) -> None:
        self.package = PackageHolidays()
        self.calls: list[str] = []

    def supported_countries(self) -> frozenset[str]:
        self.calls.append("supported")
        return self.package.supported_countries()

    def holidays(self, country: str, year: int) -> frozenset[date]:
        self.calls.append(f"{country}:{year}")
        return self.package.holidays(country, year)


@pytest.fixture
def restore_source():
    yield
    use_holiday_source(PackageHolidays())


def test_package_source_matches_the_holidays_package() -> None:
    source = PackageHolidays()
    assert source.supported_countries() == set(holidays.list_supported_countries())
    assert source.holidays("MX", 2026) == set(holidays.country_holidays("MX", years=2026))


def test_a_second_start_reads_the_file_instead_of_the_package(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "holidays.json"
    first = Counting()
    cache = CachedHolidays(path, first, fingerprint="v1")
    mx = cache.holidays("MX", 2026)
    assert date(2026, 2, 2) in mx  # Constitution Day, first Monday of February
    assert "MX" in cache.supported_countries()
    assert first.calls == ["MX:2026", "supported"]
    second = Counting()
    again = CachedHolidays(path, second, fingerprint="v1")
    assert again.holidays("MX", 2026) == mx
    assert "PE" in again.supported_countries()
    assert second.calls == []


def test_an_upgraded_package_or_a_damaged_file_rebuilds_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "holidays.json"
    CachedHolidays(path, Counting(), fingerprint="v1").holidays("CO", 2026)
    upgraded = Counting()
    CachedHolidays(path, upgraded, fingerprint="v2").holidays("CO", 2026)
    assert upgraded.calls == ["CO:2026"]
    for damage in ("{not json", json.dumps({"fingerprint": "v2", "years": {"CO:2026": [7]}}),
                   json.dumps(["a list"])):  # fmt: skip
        path.write_text(damage)
        source = Counting()
        days = CachedHolidays(path, source, fingerprint="v2").holidays("CO", 2026)
        assert date(2026, 7, 20) in days  # Colombia's independence day
        assert source.calls == ["CO:2026"]


def test_an_unwritable_cache_still_answers(tmp_path: Path) -> None:
    source = Counting()
    cache = CachedHolidays(Path("/proc/partner-desk/holidays.json"), source, fingerprint="v")
    assert date(2026, 12, 25) in cache.holidays("PE", 2026)


def test_calendars_use_the_installed_source(tmp_path: Path, restore_source) -> None:
    source = Counting()
    use_holiday_source(CachedHolidays(tmp_path / "h.json", source, fingerprint="v"))
    calendar = BusinessCalendar.default("MX")
    assert not calendar.is_business_day(date(2026, 2, 2))
    assert "MX:2026" in source.calls


def test_the_app_start_path_does_not_import_holidays_once_cached(tmp_path: Path) -> None:
    code = """
import sys
from pathlib import Path
from desk_app.domain.holiday_source import use_holiday_source
from desk_app.holiday_cache import CachedHolidays
from desk_app.domain.calendar import BusinessCalendar
use_holiday_source(CachedHolidays(Path(sys.argv[1])))
BusinessCalendar.default("MX").is_business_day(__import__("datetime").date(2026, 2, 2))
print("holidays" in sys.modules)
"""
    cache = str(tmp_path / "h.json")
    runs = [subprocess.run([sys.executable, "-c", code, cache], capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(2)]  # fmt: skip
    assert runs == ["True", "False"]  # the first start fills the cache, the next ones use it
