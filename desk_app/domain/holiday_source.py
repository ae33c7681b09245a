"""Where public holidays come from: the `holidays` package, or a cache of what it said.

Importing `holidays` for one country imports all ~250 of its country modules (about 250 ms,
measured): a sixth of the app's start-up spent on a table that only changes when the package
is upgraded. The domain asks this module; the composition root may install a persistent cache
(desk_app.holiday_cache) in front of the package.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Protocol


class HolidaySource(Protocol):
    def supported_countries(self) -> frozenset[str]:
        """Every country code (ISO alpha-2 and alpha-3, and aliases) with holiday data."""
        ...

    def holidays(self, country: str, year: int) -> frozenset[date]:
        """Public holidays of one country and year."""
        ...


class PackageHolidays:
    """The `holidays` package itself, imported on first use."""

    def supported_countries(self) -> frozenset[str]:
        # The registry's static table (class name, then codes and aliases): the same codes
        # holidays.list_supported_countries() returns without importing every country.
        from holidays.registry import COUNTRIES

        return frozenset(
            code for entry in COUNTRIES.values() for code in entry[1:] if code.isupper()
        )

    def holidays(self, country: str, year: int) -> frozenset[date]:
        import holidays

        return frozenset(holidays.country_holidays(country, years=year).keys())


_current: list[HolidaySource] = [PackageHolidays()]


def use_holiday_source(source: HolidaySource) -> None:
    """Install `source` for every calendar from now on (the composition root does this)."""
    _current[0] = source
    supported_countries.cache_clear()
    public_holidays.cache_clear()


@functools.cache
def supported_countries() -> frozenset[str]:
    return _current[0].supported_countries()


@functools.lru_cache(maxsize=256)
def public_holidays(country: str, year: int) -> frozenset[date]:
    """Public holidays of one country and year, cached: the lookup builds a whole year."""
    return _current[0].holidays(country, year)
