"""Tier rules: which online-marketing tiers a company has, by its size (pure Python).

From the textbook's 网络营销职业现状调研: companies of 千人以上 (1000 staff or more) "基本" have all
four tiers; 500人以上 (500–999) "主要设" 专员, 主管 *or* 经理, and 总监; 500人以下 "主要设" 专员 and
经理; some companies with little online-marketing business have only 专员.  These are the book's
guidelines, not rules: a plan may hold a tier its company size does not list (see
:data:`UNLISTED_TIER_NOTE`).

In Chinese usage both "以上" and "以下" include the number itself, so exactly 500 staff fits both
"500人以上" and "500人以下" (:data:`OPEN_HEADCOUNT`): the app reads it as 500人以上 unless the student
chooses otherwise, and never asks a quiz question about it.

The textbook says only that the work widens as the tier rises (:data:`PROGRESSION`); the work focus
per tier is the app's suggestion, one text per tier for every company size (:func:`suggested_focus`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, IntEnum
from typing import NamedTuple

from netmkt_desktop.i18n import N_


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
        """The short Chinese name: 专员, 主管, 经理, 总监 (the UI translates it in the context "core")."""
        return _LABELS[self]

    @property
    def full_label(self) -> str:
        """网络营销专员 … 网络营销总监 (the UI translates it in the context "core")."""
        return _FULL_LABELS[self]

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


_LABELS = {
    Tier.SPECIALIST: N_("core", "专员"),
    Tier.SUPERVISOR: N_("core", "主管"),
    Tier.MANAGER: N_("core", "经理"),
    Tier.DIRECTOR: N_("core", "总监"),
}
_FULL_LABELS = {
    Tier.SPECIALIST: N_("core", "网络营销专员"),
    Tier.SUPERVISOR: N_("core", "网络营销主管"),
    Tier.MANAGER: N_("core", "网络营销经理"),
    Tier.DIRECTOR: N_("core", "网络营销总监"),
}


class CompanySize(Enum):
    LARGE = "large"  # 千人以上
    MEDIUM = "medium"  # 500人以上 (500–999)
    SMALL = "small"  # 500人以下
    LITTLE_BUSINESS = "little_business"  # 网络营销业务较少

    @property
    def label(self) -> str:
        return _SIZE_LABELS[self]


_SIZE_LABELS = {
    CompanySize.LARGE: N_("core", "千人以上的企业"),
    CompanySize.MEDIUM: N_("core", "500人以上的企业"),
    CompanySize.SMALL: N_("core", "500人以下的企业"),
    CompanySize.LITTLE_BUSINESS: N_("core", "网络营销业务较少的企业"),
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


def _check_flag(little_business: object) -> bool:
    if not isinstance(little_business, bool):
        raise TypeError(f"“网络营销业务较少”应为 True 或 False,实际为“{little_business!r}”")
    return little_business


def company_size(headcount: int, little_business: bool = False) -> CompanySize:
    """The size class of a company with ``headcount`` staff (exactly 500: 500人以上, see :func:`sizes_for_headcount`)."""
    headcount = _check_headcount(headcount)
    if _check_flag(little_business):
        return CompanySize.LITTLE_BUSINESS
    if headcount >= 1000:
        return CompanySize.LARGE
    if headcount >= 500:
        return CompanySize.MEDIUM
    return CompanySize.SMALL


# The one headcount the textbook's wording puts in two size classes: "500人以上" and "500人以下" both
# include 500.
OPEN_HEADCOUNT = 500


def sizes_for_headcount(headcount: int, little_business: bool = False) -> tuple[CompanySize, ...]:
    """The size classes the textbook's wording allows for ``headcount`` staff: one, or at exactly 500
    both (MEDIUM, SMALL), the app's default reading first."""
    size = company_size(headcount, little_business)
    if size == CompanySize.MEDIUM and headcount == OPEN_HEADCOUNT:
        return (CompanySize.MEDIUM, CompanySize.SMALL)
    return (size,)


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


# The textbook's progression of the work as the tier rises: the work widens (拓展) from the first to
# the last; the book does not say which tier does what.
PROGRESSION = (N_("core", "网络营销推广"), N_("core", "网络营销策划"), N_("core", "网络营销的整体项目运作"))

# Shown beside a tier the textbook does not list for a company size (its tiers are guidelines).
UNLISTED_TIER_NOTE = N_("core", "教材说这类企业一般不设此层级")

# The app's suggestion of a work focus per tier: the label says the book gives none per tier.
SUGGESTION_LABEL = N_("core", "建议(教材未逐级规定)")
SUGGESTION_TEMPLATE = N_("core", "{label}:{tier}的工作重点可放在{focus}。")
_FOCUS = {
    Tier.SPECIALIST: N_("core", "网络营销推广"),
    Tier.SUPERVISOR: N_("core", "网络营销推广,并逐步拓展到网络营销策划"),
    Tier.MANAGER: N_("core", "网络营销策划"),
    Tier.DIRECTOR: N_("core", "网络营销的整体项目运作"),
}


def _same(text: str) -> str:
    return text


def suggested_focus(tier: Tier, tr: Callable[[str], str] = _same) -> str:
    """The app's suggestion for the work focus of ``tier``, labelled as such; the same for every company
    size.  The one source of this text: the detail pane, the plan wizard, 我的规划 and the plan document
    all show it through this function.  ``tr`` translates each piece (the UI passes ``translate_core``)."""
    return tr(SUGGESTION_TEMPLATE).format(label=tr(SUGGESTION_LABEL), tier=tr(tier.full_label),
                                          focus=tr(_FOCUS[tier]))


def focus_texts() -> tuple[str, ...]:
    """Every text :func:`suggested_focus` is made of (for the translation markers)."""
    return (SUGGESTION_TEMPLATE, SUGGESTION_LABEL, *dict.fromkeys(_FOCUS.values()))
