"""A file cache of public-holiday tables, so start-up never imports the `holidays` package.

The cache is keyed by the installed package (its folder and version file), so an upgrade
rebuilds it. It is best effort: an unreadable, corrupt or unwritable cache file only means
asking the package again. It holds public data only.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import platformdirs

from desk_app.domain.holiday_source import HolidaySource, PackageHolidays

log = logging.getLogger(__name__)


def default_cache_path() -> Path:
    return Path(platformdirs.user_cache_dir("partner-desk", "PartnerDesk")) / "holidays.json"


def package_fingerprint() -> str:
    """Identifies the installed holidays package without importing it."""
    spec = find_spec("holidays")
    if spec is None or spec.origin is None:
        return "missing"
    folder = Path(spec.origin).parent
    marker = folder / "version.py"
    try:
        stat = marker.stat()
    except OSError:
        return str(folder)
    return f"{folder}:{stat.st_size}:{stat.st_mtime_ns}"


class CachedHolidays:
    def __init__(
        self,
        path: Path,
        fallback: HolidaySource | None = None,
        fingerprint: str | None = None,
    ) -> None:
        self.path = path
        self.fallback = fallback or PackageHolidays()
        self.fingerprint = fingerprint or package_fingerprint()
        self._data: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {"fingerprint": self.fingerprint, "supported": None, "years": {}}
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
                if stored.get("fingerprint") == self.fingerprint and isinstance(
                    stored.get("years"), dict
                ):
                    self._data = stored
            except (OSError, ValueError, AttributeError):
                pass  # no cache yet, or one we cannot trust: start afresh
        return self._data

    def _save(self) -> None:
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(self._load()), encoding="utf-8")
            os.replace(temporary, self.path)  # readers never see half a file
        except OSError as exc:
            log.debug("holiday cache not written: %s", exc)

    def supported_countries(self) -> frozenset[str]:
        data = self._load()
        if not isinstance(data.get("supported"), list):
            data["supported"] = sorted(self.fallback.supported_countries())
            self._save()
        return frozenset(data["supported"])

    def holidays(self, country: str, year: int) -> frozenset[date]:
        data = self._load()
        key = f"{country}:{year}"
        cached = data["years"].get(key)
        if isinstance(cached, list):
            try:
                return frozenset(date.fromisoformat(day) for day in cached)
            except (TypeError, ValueError):
                pass
        days = self.fallback.holidays(country, year)
        data["years"][key] = sorted(day.isoformat() for day in days)
        self._save()
        return days
