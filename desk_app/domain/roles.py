"""Who uses the desk (SPEC §1). Visibility rules are enforced in local_store queries."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADVISOR = "advisor"
    LEADER = "leader"
    ADMIN = "admin"
