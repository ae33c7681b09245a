"""Where the app's resources (icons, style sheets, translations) are, from source or frozen.

From a source checkout (or an editable install) they live in `<repo>/resources`; in the PyInstaller
bundle built by build_installer.spec they live in `<bundle>/resources`, under `sys._MEIPASS`.
No Qt here, so non-UI code and tests can use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir is not None:
        return Path(bundle_dir) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """`resource_path("translations", "desk_app_es.qm")` -> the file's absolute path."""
    return resources_root().joinpath(*parts)
