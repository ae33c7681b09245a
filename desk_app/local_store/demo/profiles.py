"""How each demo advisor works: the numbers the calls, surveys and closed tickets are drawn from.

The leader's team differs on purpose, so the board and the KPI screen have something to show:
some advisors meet every target, some miss the service level, some leave unhappy callers, some
skip steps of the process. Advisors outside the team share one ordinary profile.
"""

from __future__ import annotations

from dataclasses import dataclass

# CSAT answers 5..1 (weights); CES answers 7..1; NPS answers 0..10.
_HAPPY_CSAT = (66, 29, 3, 1, 1)
_MIXED_CSAT = (45, 35, 12, 5, 3)
_UNHAPPY_CSAT = (28, 30, 20, 13, 9)
_EASY_CES = (45, 30, 15, 5, 3, 1, 1)
_HARD_CES = (22, 25, 20, 15, 9, 5, 4)
_LOYAL_NPS = (0, 0, 0, 0, 1, 1, 1, 3, 8, 30, 56)
_MIXED_NPS = (1, 1, 1, 1, 2, 3, 4, 8, 14, 28, 37)
_DETRACTOR_NPS = (3, 3, 4, 5, 6, 8, 9, 12, 14, 18, 18)


@dataclass(frozen=True)
class AdvisorProfile:
    answer_rate: float  # inbound calls answered / offered
    fcr: float  # answered inbound calls resolved on the first contact
    calls_per_day: float  # calls started on a full business day
    csat: tuple[int, ...]
    ces: tuple[int, ...]
    nps: tuple[int, ...]
    process_slips: float  # closed tickets that miss one step of the standard process
    outbound: float = 0.07  # share of the calls the advisor places


# The leader's ten, in the order of their user ids ("asesor" first).
TEAM_PROFILES: tuple[AdvisorProfile, ...] = (
    AdvisorProfile(0.95, 0.52, 23, _HAPPY_CSAT, _EASY_CES, _LOYAL_NPS, 0.08),
    AdvisorProfile(0.96, 0.58, 26, _HAPPY_CSAT, _EASY_CES, _LOYAL_NPS, 0.05),
    AdvisorProfile(0.92, 0.47, 22, _MIXED_CSAT, _EASY_CES, _MIXED_NPS, 0.12),
    AdvisorProfile(0.89, 0.43, 19, _UNHAPPY_CSAT, _HARD_CES, _DETRACTOR_NPS, 0.30),
    AdvisorProfile(0.94, 0.50, 24, _HAPPY_CSAT, _EASY_CES, _MIXED_NPS, 0.10),
    AdvisorProfile(0.86, 0.44, 20, _MIXED_CSAT, _HARD_CES, _MIXED_NPS, 0.22),
    AdvisorProfile(0.96, 0.60, 25, _HAPPY_CSAT, _EASY_CES, _LOYAL_NPS, 0.06),
    AdvisorProfile(0.90, 0.45, 21, _UNHAPPY_CSAT, _HARD_CES, _DETRACTOR_NPS, 0.15),
    AdvisorProfile(0.93, 0.55, 23, _HAPPY_CSAT, _EASY_CES, _MIXED_NPS, 0.09),
    AdvisorProfile(0.89, 0.44, 20, _MIXED_CSAT, _EASY_CES, _MIXED_NPS, 0.40),
)
OTHER_PROFILE = AdvisorProfile(0.93, 0.50, 14, _MIXED_CSAT, _EASY_CES, _MIXED_NPS, 0.15)


def profiles_by_user(team: list[int], others: list[int]) -> dict[int, AdvisorProfile]:
    """Each advisor's profile by user id: the team's in order, everyone else the ordinary one."""
    chosen = {user: TEAM_PROFILES[index % len(TEAM_PROFILES)] for index, user in enumerate(team)}
    return chosen | {user: OTHER_PROFILE for user in others}
