"""Plain records the storage hands out and the UI shows: one class per record (a leaf).

This module imports nothing from the project.  Career plans (:class:`~netmkt_desktop.plans.CareerPlan`)
live with their rules in :mod:`netmkt_desktop.plans`.
"""

from __future__ import annotations

from dataclasses import dataclass

Mistake = tuple[str, int]  # (question id, rng seed): quiz.question_by_id(content, *mistake) rebuilds it


@dataclass(frozen=True)
class Profile:
    """A student's profile on a shared PC (the PIN itself is never part of it)."""

    id: int
    name: str  # as shown: the default profile's name is in the interface language
    class_name: str = ""
    has_pin: bool = False
    teacher_can_reset: bool = False  # the PIN was set while the present teacher password existed


@dataclass(frozen=True)
class QuizAttempt:
    """One finished quiz: ``correct`` of ``total`` right; ``seed`` rebuilds the quiz (quiz.generate_quiz)."""

    seed: int
    total: int
    correct: int
    started_at: str
    finished_at: str
    id: int | None = None  # database row id once saved


@dataclass(frozen=True)
class QuizMistake:
    """A question in the 错题本: missed ``missed_count`` times; ``resolved_at`` set once answered right."""

    question_id: str
    rng_seed: int
    missed_count: int
    last_missed_at: str
    resolved_at: str | None = None
    last_answer: tuple[str, ...] | None = None  # the texts of the options chosen the last time it was missed

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True)
class RecitationScore:
    """A list recited from memory (背诵): the last attempt had ``correct`` of ``total`` items right;
    the best one ``best_correct`` of ``best_total``; ``attempts`` in all, the last at ``recited_at``."""

    list_id: str
    correct: int
    total: int
    best_correct: int
    best_total: int
    attempts: int
    recited_at: str

    @property
    def mastered(self) -> bool:
        """Recited once without a mistake."""
        return self.best_total > 0 and self.best_correct >= self.best_total
