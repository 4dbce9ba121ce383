"""Career plans (职业生涯规划): plain data, validation and the plan file format (pure Python).

A plan refers to content by stable node id (``position_id``, ``occupation_id``, ``work_type_id``)
and records the content version it was made with, so newer content never breaks an old plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from netmkt_desktop.tiers import CompanySize, Tier

TITLE_LIMIT = 60
NAME_LIMIT = 40
CLASS_LIMIT = 40
GOAL_TEXT_LIMIT = 500


@dataclass
class TierGoal:
    """One step of the plan: reach ``tier`` by ``target`` (year, month) doing ``actions``."""

    tier: Tier
    target_year: int
    target_month: int
    actions: str = ""
    achieved_on: date | None = None
    id: int | None = None  # database row id once saved

    @property
    def achieved(self) -> bool:
        return self.achieved_on is not None

    @property
    def target_key(self) -> tuple[int, int]:
        return (self.target_year, self.target_month)

    @property
    def target_label(self) -> str:
        return f"{self.target_year}年{self.target_month}月"


@dataclass
class CareerPlan:
    title: str
    position_id: str
    headcount: int = 0
    little_business: bool = False
    middle_tier: Tier | None = None  # for a 500–999 company: SUPERVISOR or MANAGER
    current_tier: Tier | None = None  # None: 在校学生 (no tier yet)
    student_name: str = ""
    class_name: str = ""
    occupation_id: str = ""
    work_type_id: str = ""
    years_experience: int | None = None
    goals: list[TierGoal] = field(default_factory=list)
    content_version: str = ""
    id: int | None = None  # database row id once saved
    profile_id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def company_size(self) -> CompanySize:
        from netmkt_desktop.tiers import company_size

        return company_size(self.headcount, self.little_business)

    @property
    def ladder(self) -> tuple[Tier, ...]:
        """The tiers of the plan's company, bottom up."""
        from netmkt_desktop.tiers import structure_for_size

        structure = structure_for_size(self.company_size)
        middle = self.middle_tier if structure.has_choice else None
        if structure.has_choice and middle is None:
            middle = structure.middle_choices[0]
        return structure.resolve(middle)

    @property
    def achieved_count(self) -> int:
        return sum(1 for g in self.goals if g.achieved)
