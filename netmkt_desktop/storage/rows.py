"""The ORM classes: a mapping of the current schema (SQLAlchemy 2, ``Mapped``/``mapped_column``).

The schema itself is written by :mod:`netmkt_desktop.storage.migrations`; these classes only
read and write it.  Sessions never leave the storage package.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from netmkt_desktop.handin import new_plan_id


class Base(DeclarativeBase):
    pass


class ProfileRow(Base):
    __tablename__ = "profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    class_name: Mapped[str] = mapped_column(default="")
    pin_hash: Mapped[str | None]
    pin_salt: Mapped[str | None]
    created_at: Mapped[str]
    last_used_at: Mapped[str]
    failed_pin_count: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[str | None]


class SettingRow(Base):
    __tablename__ = "settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    key: Mapped[str]
    value: Mapped[str]


class PlanRow(Base):
    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    title: Mapped[str]
    student_name: Mapped[str] = mapped_column(default="")
    class_name: Mapped[str] = mapped_column(default="")
    position_id: Mapped[str]
    occupation_id: Mapped[str] = mapped_column(default="")
    work_type_id: Mapped[str] = mapped_column(default="")
    headcount: Mapped[int] = mapped_column(default=0)
    little_business: Mapped[bool] = mapped_column(default=False)
    middle_tier: Mapped[str | None]
    current_tier: Mapped[str | None]
    years_experience: Mapped[int | None]
    content_version: Mapped[str] = mapped_column(default="")
    created_at: Mapped[str]
    updated_at: Mapped[str]
    deleted_at: Mapped[str | None]
    uid: Mapped[str] = mapped_column(default=new_plan_id)  # stable across edits; a copy gets its own
    handin_version: Mapped[int] = mapped_column(default=0)  # the last version handed in (0: never)
    review: Mapped[PlanReviewRow | None] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin")
    goals: Mapped[list[GoalRow]] = relationship(
        back_populates="plan", order_by="GoalRow.position", cascade="all, delete-orphan",
        passive_deletes=True)


class GoalRow(Base):
    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    tier: Mapped[str]
    target_year: Mapped[int]
    target_month: Mapped[int]
    actions: Mapped[str] = mapped_column(default="")
    achieved_on: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)
    plan: Mapped[PlanRow] = relationship(back_populates="goals")


class PlanReviewRow(Base):
    """The teacher's comment on a plan, imported from a returned hand-in file (导入批改)."""

    __tablename__ = "plan_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), unique=True)
    comment: Mapped[str]
    grade: Mapped[str | None]
    reviewed_at: Mapped[str]
    handin_version: Mapped[int]
    imported_at: Mapped[str]
    plan: Mapped[PlanRow] = relationship(back_populates="review")


class ProgressRow(Base):
    __tablename__ = "progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    learned_at: Mapped[str]


class NoteRow(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    text: Mapped[str]
    updated_at: Mapped[str]


class BookmarkRow(Base):
    __tablename__ = "bookmarks"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    created_at: Mapped[str]


class QuizAttemptRow(Base):
    __tablename__ = "quiz_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    seed: Mapped[int]
    total: Mapped[int]
    correct: Mapped[int]
    started_at: Mapped[str]
    finished_at: Mapped[str]


class MistakeRow(Base):
    __tablename__ = "quiz_mistakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    question_id: Mapped[str]
    rng_seed: Mapped[int]
    missed_count: Mapped[int] = mapped_column(default=1)
    last_missed_at: Mapped[str]
    resolved_at: Mapped[str | None]
    last_answer: Mapped[str | None]  # JSON array of option texts


class RecitationRow(Base):
    __tablename__ = "recitation_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    list_id: Mapped[str]
    correct: Mapped[int]
    total: Mapped[int]
    best_correct: Mapped[int]
    best_total: Mapped[int]
    attempts: Mapped[int] = mapped_column(default=1)
    recited_at: Mapped[str]
