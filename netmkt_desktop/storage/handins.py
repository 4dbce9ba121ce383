"""One profile's side of the hand-in round (交作业 / 导入批改): the student's details, the versions
handed in, and the teacher's comments attached to plans.

``data.handins`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  The student's 班级, 学号
and 姓名 are kept in the profile's own settings (keys :data:`DETAIL_KEYS`), so they travel with
导出我的数据.  A plan is known to a returned file by its stable id (``plans.uid``, see
:mod:`netmkt_desktop.storage.migrations`); an imported comment is one row of ``plan_reviews`` per
plan and never changes the plan itself.  The file formats are :mod:`netmkt_desktop.handin` (pure).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netmkt_desktop.errors import ErrorCode, InvalidInputError, NotFoundError, ReviewMismatchError
from netmkt_desktop.handin import Returned, StudentDetails, check_details, comment_matches
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.db import ProfilePart, now
from netmkt_desktop.storage.plans import to_plan
from netmkt_desktop.storage.rows import PlanReviewRow, PlanRow, SettingRow

DETAIL_KEYS = ("student/class_name", "student/student_number", "student/student_name")


class HandIns(ProfilePart):
    """Student details, hand-in versions and the teacher's comments of one profile."""

    # -- 班级 / 学号 / 姓名 --------------------------------------------------------------------

    def details(self) -> StudentDetails:
        """The student's details ("" for each one not filled in)."""
        with self._db.read(N_("storage", "读取学生信息")) as s:
            return _details(s, self._profile_id)

    def set_details(self, details: StudentDetails) -> StudentDetails:
        """Store the details (trimmed); InvalidInputError with every problem when one breaks the rules."""
        details = StudentDetails(details.class_name.strip(), details.student_number.strip(),
                                 details.student_name.strip())
        problems = check_details(details)
        if problems:
            raise InvalidInputError(problems[0], problems=problems)
        values = dict(zip(DETAIL_KEYS, (details.class_name, details.student_number, details.student_name)))
        with self._db.action(N_("storage", "保存学生信息")) as s:
            self._check_profile(s)
            rows = {r.key: r for r in s.scalars(select(SettingRow).where(
                SettingRow.profile_id == self._profile_id, SettingRow.key.in_(DETAIL_KEYS)))}
            for key, value in values.items():
                if key in rows:
                    rows[key].value = value
                else:
                    s.add(SettingRow(profile_id=self._profile_id, key=key, value=value))
        return details

    # -- 交作业 ---------------------------------------------------------------------------------

    def handed_in(self, plan_id: int, version: int) -> CareerPlan:
        """Record that version ``version`` of the plan was handed in (the next one counts on from it)."""
        with self._db.action(N_("storage", "记录交作业")) as s:
            row = self._live(s, plan_id)
            row.handin_version = max(row.handin_version or 0, version)
            s.flush()
            return to_plan(row)

    # -- 导入批改 --------------------------------------------------------------------------------

    def attach_review(self, returned: Returned) -> CareerPlan:
        """Attach the teacher's comment and grade to the plan the returned file answers; the plan
        with the comment is returned.  The plan's contents stay as they are.

        Raises :class:`~netmkt_desktop.errors.ReviewMismatchError` (nothing changed) when no plan of
        the profile has the file's plan id (``OTHER_PLAN``), the file's 班级/学号/姓名 are not the
        student's (``OTHER_STUDENT``), or a comment on a later hand-in is there already
        (``OLDER_REVIEW``).  Importing the same file again changes nothing."""
        handin = returned.handin
        with self._db.action(N_("storage", "导入批改")) as s:
            self._check_profile(s)
            row = s.scalars(select(PlanRow).where(PlanRow.profile_id == self._profile_id, PlanRow.uid == handin.plan_id,
                                                  PlanRow.deleted_at.is_(None))).first()
            if row is None:
                who = handin.shown_details.label() or translate("handin", "(没有填写学生信息)")
                raise ReviewMismatchError(translate(
                    "storage", "这份批改是对规划“{title}”({who},规划编号 {plan_id})的,"
                               "这个学习档案里没有这份规划(可能已被删除,或者这是别人的批改)。"
                               "请打开交作业时用的学习档案再导入。").format(
                    title=handin.plan.title, who=who, plan_id=handin.plan_id), ErrorCode.OTHER_PLAN)
            match = comment_matches(returned, row.uid, _details(s, self._profile_id))
            if not match:
                raise ReviewMismatchError(match.reason, ErrorCode(match.code))
            review = returned.review
            stored = row.review
            if stored is not None and (stored.handin_version, stored.reviewed_at) > (handin.version, review.reviewed_at):
                raise ReviewMismatchError(translate(
                    "storage", "这份批改是对第 {version} 版的,已经导入了老师对第 {newer} 版的批改,"
                               "所以没有导入这份较早的批改。").format(version=handin.version, newer=stored.handin_version),
                    ErrorCode.OLDER_REVIEW)
            if stored is None:
                stored = PlanReviewRow(plan_id=row.id)
                row.review = stored
            stored.comment = review.comment
            stored.grade = review.grade.value if review.grade else None
            stored.reviewed_at = review.reviewed_at
            stored.handin_version = handin.version
            stored.imported_at = now()
            s.flush()
            return to_plan(row)

    def _live(self, session: Session, plan_id: int) -> PlanRow:
        row = session.scalars(select(PlanRow).where(PlanRow.id == plan_id, PlanRow.profile_id == self._profile_id,
                                                    PlanRow.deleted_at.is_(None))).first()
        if row is None:
            raise NotFoundError(translate("storage", "找不到这份规划(它可能已被删除)。"))
        return row


def _details(session: Session, profile_id: int) -> StudentDetails:
    values = dict(session.execute(select(SettingRow.key, SettingRow.value).where(
        SettingRow.profile_id == profile_id, SettingRow.key.in_(DETAIL_KEYS))).all())
    return StudentDetails(*(values.get(k, "") for k in DETAIL_KEYS))
