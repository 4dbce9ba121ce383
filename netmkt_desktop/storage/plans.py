"""One profile's career plans: save, list, copy, delete (soft, so it can be undone), goals achieved.

``data.plans`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  A plan refers to content by
stable node ids; a deleted plan keeps its row (``deleted_at``) for :meth:`Plans.restore` until the
profile's data is closed, when :meth:`Plans.purge_deleted` removes it (and its goals) for good.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import delete as sql_delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from netmkt_desktop.errors import InvalidInputError, NotFoundError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.plans import COPY_SUFFIX, CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.storage.db import ProfilePart, now
from netmkt_desktop.storage.rows import GoalRow, PlanRow
from netmkt_desktop.tiers import Tier
from netmkt_desktop.validation import TITLE_LIMIT

_READ = N_("storage", "读取规划")

# ---------------------------------------------------------------------------------------------
# Rows and plans


def _tier(code: str | None) -> Tier | None:
    try:
        return Tier.from_code(code) if code else None
    except KeyError:
        return None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def to_plan(row: PlanRow) -> CareerPlan:
    review = row.review
    goals = []
    for g in row.goals:
        tier = _tier(g.tier)
        if tier is None:  # written by something else: keep the plan readable
            continue
        goals.append(TierGoal(tier=tier, target_year=g.target_year, target_month=g.target_month,
                              actions=g.actions, achieved_on=_day(g.achieved_on), id=g.id))
    return CareerPlan(
        title=row.title, position_id=row.position_id, headcount=row.headcount,
        little_business=bool(row.little_business), middle_tier=_tier(row.middle_tier),
        current_tier=_tier(row.current_tier), student_name=row.student_name, class_name=row.class_name,
        occupation_id=row.occupation_id, work_type_id=row.work_type_id,
        years_experience=row.years_experience, goals=goals, content_version=row.content_version,
        id=row.id, profile_id=row.profile_id, created_at=row.created_at, updated_at=row.updated_at,
        uid=row.uid or "", handin_version=row.handin_version or 0,
        teacher_comment=review.comment if review else "", teacher_grade=(review.grade or "") if review else "",
        reviewed_version=review.handin_version if review else 0,
    )


def fill(row: PlanRow, plan: CareerPlan) -> None:
    """Copy what the student wrote in ``plan`` into ``row`` (not the goals)."""
    row.title = plan.title
    row.student_name = plan.student_name
    row.class_name = plan.class_name
    row.position_id = plan.position_id
    row.occupation_id = plan.occupation_id
    row.work_type_id = plan.work_type_id
    row.headcount = plan.headcount
    row.little_business = bool(plan.little_business)
    row.middle_tier = plan.middle_tier.code if plan.middle_tier else None
    row.current_tier = plan.current_tier.code if plan.current_tier else None
    row.years_experience = plan.years_experience
    row.content_version = plan.content_version


def goal_rows(goals: list[TierGoal]) -> list[GoalRow]:
    return [
        GoalRow(tier=g.tier.code, target_year=g.target_year, target_month=g.target_month, actions=g.actions,
                achieved_on=g.achieved_on.isoformat() if g.achieved_on else None, position=n)
        for n, g in enumerate(goals)
    ]


def plan_key(plan: CareerPlan) -> str:
    """Everything a plan file holds of a plan: equal keys mean the same plan for the student."""
    return plan_to_json(plan, exported_at="")


def live_plans(session: Session, profile_id: int) -> Iterable[PlanRow]:
    """The profile's plans that are not deleted, the most recently changed first."""
    return session.scalars(select(PlanRow).where(PlanRow.profile_id == profile_id, PlanRow.deleted_at.is_(None))
                           .order_by(PlanRow.updated_at.desc(), PlanRow.id.desc()))


# ---------------------------------------------------------------------------------------------


class Plans(ProfilePart):
    """The career plans of one profile."""

    def _row(self, session: Session, plan_id: int | None, deleted: bool | None = False) -> PlanRow:
        query = select(PlanRow).where(PlanRow.id == plan_id, PlanRow.profile_id == self._profile_id)
        if deleted is not None:
            query = query.where(PlanRow.deleted_at.is_not(None) if deleted else PlanRow.deleted_at.is_(None))
        row = session.scalars(query).first()
        if row is None:
            raise NotFoundError(translate("storage", "找不到这份规划(它可能已被删除)。"))
        return row

    def save(self, plan: CareerPlan) -> CareerPlan:
        """Insert (``plan.id`` None) or update in place, goals replaced; returns the stored plan."""
        with self._db.action(N_("storage", "保存规划")) as s:
            self._check_profile(s)
            moment = now()
            if plan.id is None:
                row = PlanRow(profile_id=self._profile_id, created_at=moment, updated_at=moment)
                s.add(row)
            else:
                row = self._row(s, plan.id)
                row.updated_at = moment
                row.goals.clear()
                s.flush()  # old goals go before the new ones arrive
            fill(row, plan)
            row.goals.extend(goal_rows(plan.goals))
            s.flush()
            return to_plan(row)

    def all(self) -> list[CareerPlan]:
        """The plans that are not deleted, the most recently changed first."""
        with self._db.read(_READ) as s:
            return [to_plan(r) for r in live_plans(s, self._profile_id)]

    def get(self, plan_id: int) -> CareerPlan | None:
        with self._db.read(_READ) as s:
            try:
                return to_plan(self._row(s, plan_id))
            except NotFoundError:
                return None

    def delete(self, plan_id: int) -> None:
        """Soft delete: the plan disappears from lists until :meth:`restore`."""
        with self._db.action(N_("storage", "删除规划")) as s:
            self._row(s, plan_id).deleted_at = now()

    def restore(self, plan_id: int) -> None:
        with self._db.action(N_("storage", "恢复规划")) as s:
            self._row(s, plan_id, deleted=None).deleted_at = None

    def duplicate(self, plan_id: int) -> CareerPlan:
        """A copy titled "…(副本)" ("… (copy)" in English; shortened to fit the title limit), goals included."""
        suffix = translate("plans", COPY_SUFFIX)
        with self._db.action(N_("storage", "复制规划")) as s:
            source = to_plan(self._row(s, plan_id))
            title = source.title[: TITLE_LIMIT - len(suffix)] + suffix
            moment = now()
            row = PlanRow(profile_id=self._profile_id, created_at=moment, updated_at=moment)
            fill(row, replace(source, title=title))
            row.goals.extend(goal_rows(source.goals))
            s.add(row)
            s.flush()
            return to_plan(row)

    def purge_deleted(self) -> int:
        """Remove the deleted plans (and their goals) for good; returns how many went.  Called when
        the data is closed (the end of undo) and opened (after a session that ended without closing)."""
        with self._db.read(_READ) as s:
            if s.scalars(select(PlanRow.id).where(PlanRow.profile_id == self._profile_id,
                                                  PlanRow.deleted_at.is_not(None)).limit(1)).first() is None:
                return 0
        with self._db.action(N_("storage", "删除规划")) as s:
            return s.execute(sql_delete(PlanRow).where(PlanRow.profile_id == self._profile_id,
                                                       PlanRow.deleted_at.is_not(None))).rowcount

    def set_goal_achieved(self, goal_id: int, achieved_on: date | None) -> None:
        with self._db.action(N_("storage", "保存达成日期")) as s:
            goal = s.scalars(select(GoalRow).join(PlanRow).where(
                GoalRow.id == goal_id, PlanRow.profile_id == self._profile_id, PlanRow.deleted_at.is_(None))).first()
            if goal is None:
                raise NotFoundError(translate("storage", "找不到这个目标(它所在的规划可能已被删除)。"))
            today = date.today()
            if achieved_on is not None and achieved_on > today:  # a goal is reached on a day that has come
                raise InvalidInputError(translate("storage", "达成日期不能晚于今天({today}),没有保存。").format(
                    today=today.isoformat()), day=achieved_on.isoformat())
            goal.achieved_on = achieved_on.isoformat() if achieved_on else None
            goal.plan.updated_at = now()
