"""One profile's quiz history and mistakes book (错题本).

``data.quiz`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  Questions are referred to
by their stable ids (:mod:`netmkt_desktop.quiz`); a mistake keeps the ``rng_seed`` that rebuilds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from netmkt_desktop.errors import NotFoundError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.records import Mistake, QuizAttempt, QuizMistake
from netmkt_desktop.storage.db import ProfilePart, local, now, stamp
from netmkt_desktop.storage.rows import MistakeRow, QuizAttemptRow
from netmkt_desktop.validation import integer
from netmkt_desktop.validation import question_id as checked_question_id

_READ_MISTAKES = N_("storage", "读取错题本")


def to_attempt(row: QuizAttemptRow) -> QuizAttempt:
    return QuizAttempt(seed=row.seed, total=row.total, correct=row.correct, started_at=row.started_at,
                       finished_at=row.finished_at, id=row.id)


def to_mistake(row: MistakeRow) -> QuizMistake:
    return QuizMistake(question_id=row.question_id, rng_seed=row.rng_seed, missed_count=row.missed_count,
                       last_missed_at=row.last_missed_at, resolved_at=row.resolved_at)


def attempts(session: Session, profile_id: int) -> list[QuizAttempt]:
    return [to_attempt(r) for r in session.scalars(
        select(QuizAttemptRow).where(QuizAttemptRow.profile_id == profile_id)
        .order_by(QuizAttemptRow.finished_at.desc(), QuizAttemptRow.id.desc()))]


def mistakes(session: Session, profile_id: int) -> list[QuizMistake]:
    return [to_mistake(r) for r in session.scalars(
        select(MistakeRow).where(MistakeRow.profile_id == profile_id)
        .order_by(MistakeRow.last_missed_at.desc(), MistakeRow.id.desc()))]


class Quiz(ProfilePart):
    """Finished quizzes and the mistakes book of one profile."""

    def record(self, seed: int, total: int, correct: int, missed: Iterable[Mistake],
               answered_right: Iterable[str] = (), *, started_at: datetime | None = None) -> int:
        """Save a finished quiz and update the mistakes book; returns the attempt's id.

        ``missed``: (question id, rng_seed) of each question answered wrongly; each is added to the
        mistakes book, or counted once more there (reopened if it was resolved, with the new rng_seed).
        ``answered_right``: ids of questions answered right; open mistakes among them are resolved.
        """
        seed = integer(seed, "测验种子")
        total = integer(total, "题目数", 0, 1_000_000)
        correct = integer(correct, "答对题数", 0, total)
        misses: dict[str, int] = {}
        for question_id, rng_seed in missed:
            misses[checked_question_id(question_id)] = integer(rng_seed, "题目种子")
        right = {checked_question_id(q) for q in answered_right} - set(misses)
        started = stamp(local(started_at)) if started_at is not None else None
        pid = self._profile_id
        with self._db.action(N_("storage", "保存测验成绩")) as s:
            self._check_profile(s)
            moment = now()
            attempt = QuizAttemptRow(profile_id=pid, seed=seed, total=total, correct=correct,
                                     started_at=started or moment, finished_at=moment)
            s.add(attempt)
            if right:
                for row in s.scalars(select(MistakeRow).where(
                        MistakeRow.profile_id == pid, MistakeRow.question_id.in_(right),
                        MistakeRow.resolved_at.is_(None))):
                    row.resolved_at = moment
            if misses:
                known = {r.question_id: r for r in s.scalars(select(MistakeRow).where(
                    MistakeRow.profile_id == pid, MistakeRow.question_id.in_(list(misses))))}
                for question_id, rng_seed in misses.items():
                    row = known.get(question_id)
                    if row is None:
                        s.add(MistakeRow(profile_id=pid, question_id=question_id, rng_seed=rng_seed,
                                         missed_count=1, last_missed_at=moment, resolved_at=None))
                    else:
                        row.rng_seed = rng_seed
                        row.missed_count += 1
                        row.last_missed_at = moment
                        row.resolved_at = None
            s.flush()
            return attempt.id

    def attempts(self) -> list[QuizAttempt]:
        """The finished quizzes, the newest first."""
        with self._db.read(N_("storage", "读取测验记录")) as s:
            return attempts(s, self._profile_id)

    def open_mistakes(self) -> list[Mistake]:
        """(question id, rng_seed) of the unresolved mistakes, the most recently missed first."""
        with self._db.read(_READ_MISTAKES) as s:
            return [tuple(r) for r in s.execute(select(MistakeRow.question_id, MistakeRow.rng_seed).where(
                MistakeRow.profile_id == self._profile_id, MistakeRow.resolved_at.is_(None))
                .order_by(MistakeRow.last_missed_at.desc(), MistakeRow.id.desc()))]

    def mistakes(self) -> list[QuizMistake]:
        """The whole mistakes book, resolved entries included, the most recently missed first."""
        with self._db.read(_READ_MISTAKES) as s:
            return mistakes(s, self._profile_id)

    def resolve(self, question_id: str) -> None:
        """Mark a mistake as mastered (已掌握); a resolved one stays as it is."""
        question_id = checked_question_id(question_id)
        with self._db.action(N_("storage", "保存错题本")) as s:
            row = s.scalars(select(MistakeRow).where(
                MistakeRow.profile_id == self._profile_id, MistakeRow.question_id == question_id)).first()
            if row is None:
                raise NotFoundError(translate("storage", "错题本里没有这道题。"))
            if row.resolved_at is None:
                row.resolved_at = now()
