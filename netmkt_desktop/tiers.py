"""Tier rules: which online-marketing tiers a company has, by its size (pure Python).

From the textbook's 网络营销职业现状调研: companies of 千人以上 (1000 staff or more) have all four
tiers; 500人以上 (500–999) have 专员, 主管 *or* 经理, and 总监; 500人以下 have 专员 and 经理;
companies with little online-marketing business have only 专员.  In Chinese usage "以上" includes
the number itself.
"""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import NamedTuple


class Tier(IntEnum):
    SPECIALIST = 1  # 网络营销专员
    SUPERVISOR = 2  # 网络营销主管
    MANAGER = 3  # 网络营销经理
    DIRECTOR = 4  # 网络营销总监

    @property
    def code(self) -> str:
        return self.name.lower()

    @property
    def label(self) -> str:
        """The short Chinese name: 专员, 主管, 经理, 总监."""
        return _LABELS[self]

    @property
    def full_label(self) -> str:
        return "网络营销" + _LABELS[self]

    @property
    def node_id(self) -> str:
        """The stable id of the tier's node in the built-in content."""
        return f"tier.{self.code}"

    @classmethod
    def codes(cls) -> list[str]:
        return [t.code for t in cls]

    @classmethod
    def from_code(cls, code: str) -> Tier:
        return cls[code.upper()]


_LABELS = {Tier.SPECIALIST: "专员", Tier.SUPERVISOR: "主管", Tier.MANAGER: "经理", Tier.DIRECTOR: "总监"}


class CompanySize(Enum):
    LARGE = "large"  # 千人以上
    MEDIUM = "medium"  # 500人以上 (500–999)
    SMALL = "small"  # 500人以下
    LITTLE_BUSINESS = "little_business"  # 网络营销业务较少

    @property
    def label(self) -> str:
        return _SIZE_LABELS[self]


_SIZE_LABELS = {
    CompanySize.LARGE: "千人以上的企业",
    CompanySize.MEDIUM: "500人以上的企业",
    CompanySize.SMALL: "500人以下的企业",
    CompanySize.LITTLE_BUSINESS: "网络营销业务较少的企业",
}


class TierStructure(NamedTuple):
    """The tiers of one company size.

    ``levels`` are the steps from the bottom up; each step is a tuple of the tiers that may fill it
    (one tier, or for a 500–999 company the middle step ``(SUPERVISOR, MANAGER)``).
    """

    size: CompanySize
    levels: tuple[tuple[Tier, ...], ...]

    @property
    def has_choice(self) -> bool:
        return any(len(level) > 1 for level in self.levels)

    @property
    def middle_choices(self) -> tuple[Tier, ...]:
        for level in self.levels:
            if len(level) > 1:
                return level
        return ()

    @property
    def possible_tiers(self) -> tuple[Tier, ...]:
        return tuple(t for level in self.levels for t in level)

    def resolve(self, middle: Tier | None = None) -> tuple[Tier, ...]:
        """The concrete ladder; for a 500–999 company ``middle`` picks 主管 or 经理."""
        ladder = []
        for level in self.levels:
            if len(level) == 1:
                ladder.append(level[0])
            elif middle in level:
                ladder.append(middle)
            else:
                names = "或".join(t.label for t in level)
                raise ValueError(f"{self.size.label}的中间层级须选择{names}")
        return tuple(ladder)


_STRUCTURES = {
    CompanySize.LARGE: ((Tier.SPECIALIST,), (Tier.SUPERVISOR,), (Tier.MANAGER,), (Tier.DIRECTOR,)),
    CompanySize.MEDIUM: ((Tier.SPECIALIST,), (Tier.SUPERVISOR, Tier.MANAGER), (Tier.DIRECTOR,)),
    CompanySize.SMALL: ((Tier.SPECIALIST,), (Tier.MANAGER,)),
    CompanySize.LITTLE_BUSINESS: ((Tier.SPECIALIST,),),
}


def _check_headcount(headcount: object) -> int:
    if isinstance(headcount, bool) or not isinstance(headcount, int):
        raise TypeError(f"企业人数应为整数,实际为“{headcount!r}”")
    if headcount < 0:
        raise ValueError(f"企业人数不能为负数(输入为 {headcount})")
    return headcount


def company_size(headcount: int, little_business: bool = False) -> CompanySize:
    """The size class of a company with ``headcount`` staff."""
    headcount = _check_headcount(headcount)
    if little_business:
        return CompanySize.LITTLE_BUSINESS
    if headcount >= 1000:
        return CompanySize.LARGE
    if headcount >= 500:
        return CompanySize.MEDIUM
    return CompanySize.SMALL


def structure_for_size(size: CompanySize) -> TierStructure:
    return TierStructure(size, _STRUCTURES[size])


def tier_structure(headcount: int, little_business: bool = False) -> TierStructure:
    """The tiers that exist in a company of ``headcount`` staff."""
    return structure_for_size(company_size(headcount, little_business))


def sizes_with_tier(tier: Tier) -> list[tuple[CompanySize, bool]]:
    """Company sizes that have ``tier``; the flag is True where it is one of two choices."""
    found = []
    for size, levels in _STRUCTURES.items():
        for level in levels:
            if tier in level:
                found.append((size, len(level) > 1))
    return found


# The textbook's progression of the work as the tier rises.
PROGRESSION = ("网络营销推广", "网络营销策划", "网络营销的整体项目运作")
