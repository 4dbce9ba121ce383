"""One profile's quiz history and mistakes book (错题本).

``data.quiz`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  Questions are referred to
by their stable ids (:mod:`netmkt_desktop.quiz`); a mistake keeps the ``rng_seed`` that rebuilds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
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
MAX_ANSWER_PARTS = 20  # options chosen in one answer
MAX_ANSWER_PART_CHARS = 2_000


def answer_json(answer: Sequence[str] | None) -> str | None:
    """A student's answer (the texts of the options chosen, in order) as stored; None: not known.

    Raises TypeError/ValueError for what is not a short list of texts (a programming error)."""
    if answer is None:
        return None
    if isinstance(answer, str) or not all(isinstance(part, str) for part in answer):
        raise TypeError("答案应为选项文字的列表")
    parts = list(answer)
    if len(parts) > MAX_ANSWER_PARTS or any(len(part) > MAX_ANSWER_PART_CHARS for part in parts):
        raise ValueError("答案太长")
    return json.dumps(parts, ensure_ascii=False)


def answer_from_json(text: str | None) -> tuple[str, ...] | None:
    """The stored answer; None when none was stored or it cannot be read."""
    if not text:
        return None
    try:
        parts = json.loads(text)
    except ValueError:
        return None
    if not isinstance(parts, list) or not all(isinstance(part, str) for part in parts):
        return None
    return tuple(parts)


def to_attempt(row: QuizAttemptRow) -> QuizAttempt:
    return QuizAttempt(seed=row.seed, total=row.total, correct=row.correct, started_at=row.started_at,
                       finished_at=row.finished_at, id=row.id)


def to_mistake(row: MistakeRow) -> QuizMistake:
    return QuizMistake(question_id=row.question_id, rng_seed=row.rng_seed, missed_count=row.missed_count,
                       last_missed_at=row.last_missed_at, resolved_at=row.resolved_at,
                       last_answer=answer_from_json(row.last_answer))


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
               answered_right: Iterable[str] = (), *, started_at: datetime | None = None,
               answers: Mapping[str, Sequence[str]] | None = None) -> int:
        """Save a finished quiz and update the mistakes book; returns the attempt's id.

        ``missed``: (question id, rng_seed) of each question answered wrongly; each is added to the
        mistakes book, or counted once more there (reopened if it was resolved, with the new rng_seed).
        ``answered_right``: ids of questions answered right; open mistakes among them are resolved.
        ``answers``: question id → the texts of the options the student chose, kept with each missed
        question as its last wrong answer (the 学习单 shows it beside the right one).
        """
        seed = integer(seed, "测验种子")
        total = integer(total, "题目数", 0, 1_000_000)
        correct = integer(correct, "答对题数", 0, total)
        misses: dict[str, int] = {}
        for question_id, rng_seed in missed:
            misses[checked_question_id(question_id)] = integer(rng_seed, "题目种子")
        right = {checked_question_id(q) for q in answered_right} - set(misses)
        given = {q: answer_json(a) for q, a in (answers or {}).items() if q in misses}
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
                                         missed_count=1, last_missed_at=moment, resolved_at=None,
                                         last_answer=given.get(question_id)))
                    else:
                        row.rng_seed = rng_seed
                        row.missed_count += 1
                        row.last_missed_at = moment
                        row.resolved_at = None
                        row.last_answer = given.get(question_id)
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

    def remember_answer(self, question_id: str, answer: Sequence[str]) -> None:
        """Keep ``answer`` (the texts of the options chosen) as the last wrong answer of an open
        mistake: the 错题本 asked it again and the student missed it again."""
        question_id = checked_question_id(question_id)
        stored = answer_json(answer)
        with self._db.action(N_("storage", "保存错题本")) as s:
            row = s.scalars(select(MistakeRow).where(
                MistakeRow.profile_id == self._profile_id, MistakeRow.question_id == question_id)).first()
            if row is None:
                raise NotFoundError(translate("storage", "错题本里没有这道题。"))
            row.last_answer = stored
            row.last_missed_at = now()

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
