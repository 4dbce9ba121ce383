"""The study path of the start page: 读教材 → 标记已学会 → 背诵 → 自测 → 制订职业规划 (no Qt, no storage).

Each step has the student's own progress, from what the profile has stored; the start page's one
继续 button goes to the first step not finished (:func:`next_step`).  The rules a student can check:

* 读教材 — how far the textbook has been read *in its order*: the readable nodes (those that can be
  marked 已学会, :func:`netmkt_desktop.progress.is_readable`) from the first up to the furthest one
  reached by reading on (opening the node right after it, or one before it).  Jumping ahead does
  not count as having read what lies between; :func:`read_on` moves the mark.
* 标记已学会 — readable nodes marked 已学会, of all readable nodes.
* 背诵 — lists recited once without a mistake, of every list (:mod:`netmkt_desktop.recitation`).
* 自测 — finished once a quiz was done and the 错题本 is empty.
* 制订职业规划 — finished once there is a plan.  The guest cannot save plans (``plans`` None).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import NamedTuple

from netmkt_desktop.content import Content
from netmkt_desktop.progress import is_readable
from netmkt_desktop.recitation import RecitationList
from netmkt_desktop.records import RecitationScore


class Step(StrEnum):
    READ = "read"  # 读教材
    LEARN = "learn"  # 标记已学会
    RECITE = "recite"  # 背诵
    QUIZ = "quiz"  # 自测
    PLAN = "plan"  # 制订职业规划


class StepProgress(NamedTuple):
    """One step: ``done`` of ``total`` (the UI words them), finished or not."""

    step: Step
    done: int
    total: int
    finished: bool
    available: bool = True  # False: the step needs something this student does not have (a profile)


class QuizFacts(NamedTuple):
    attempts: int = 0
    best_correct: int = 0
    best_total: int = 0
    open_mistakes: int = 0


class ReadingOrder:
    """The readable nodes in the textbook's reading order, with each one's place (made once per content)."""

    def __init__(self, content: Content):
        self.ids = [n.id for n in content.reading_order if is_readable(n)]
        self.place = {node_id: i for i, node_id in enumerate(self.ids)}

    def read_count(self, furthest: str) -> int:
        """How many readable nodes lie at or before ``furthest`` (0: none read)."""
        return self.place.get(furthest, -1) + 1

    def read_on(self, furthest: str, shown: str) -> str:
        """The furthest node read once ``shown`` was opened: ``shown`` when it is the readable node right
        after ``furthest`` (or the first one); ``furthest`` otherwise."""
        where = self.place.get(shown)
        return shown if where is not None and where == self.place.get(furthest, -1) + 1 else furthest

    def next_to_read(self, furthest: str) -> str:
        """Where 读教材 goes on: the readable node after ``furthest`` ("" when all is read)."""
        count = self.read_count(furthest)
        return self.ids[count] if count < len(self.ids) else ""


def readable_order(content: Content) -> list[str]:
    """The ids of the readable nodes in the textbook's reading order."""
    return ReadingOrder(content).ids


def read_count(content: Content, furthest: str) -> int:
    return ReadingOrder(content).read_count(furthest)


def read_on(content: Content, furthest: str, shown: str) -> str:
    return ReadingOrder(content).read_on(furthest, shown)


def next_to_read(content: Content, furthest: str) -> str:
    return ReadingOrder(content).next_to_read(furthest)


def first_not_learned(content: Content, learned: Iterable[str]) -> str:
    """The first readable node in the reading order not marked 已学会 ("" when all are)."""
    done = set(learned)
    return next((node_id for node_id in readable_order(content) if node_id not in done), "")


def first_not_mastered(lists: Iterable[RecitationList], scores: Mapping[str, RecitationScore]) -> str:
    """The first list not yet recited without a mistake ("" when every one was)."""
    return next((lst.id for lst in lists if not (lst.id in scores and scores[lst.id].mastered)), "")


def study_path(content: Content, *, furthest: str, learned: Iterable[str], lists: Iterable[RecitationList],
               scores: Mapping[str, RecitationScore], quiz: QuizFacts, plans: int | None) -> list[StepProgress]:
    """The five steps with this student's progress; ``plans`` is None for the guest (no plans)."""
    order = ReadingOrder(content)
    total = len(order.ids)
    read = order.read_count(furthest)
    learned_count = len(set(learned) & order.place.keys())
    lists = list(lists)
    mastered = sum(1 for lst in lists if lst.id in scores and scores[lst.id].mastered)
    quiz_done = quiz.attempts > 0 and quiz.open_mistakes == 0
    return [
        StepProgress(Step.READ, read, total, total > 0 and read >= total),
        StepProgress(Step.LEARN, learned_count, total, total > 0 and learned_count >= total),
        StepProgress(Step.RECITE, mastered, len(lists), bool(lists) and mastered >= len(lists)),
        StepProgress(Step.QUIZ, quiz.best_correct, quiz.best_total, quiz_done),
        StepProgress(Step.PLAN, plans or 0, 1, bool(plans), available=plans is not None),
    ]


def next_step(steps: Iterable[StepProgress]) -> StepProgress | None:
    """The first step not finished (a step the student cannot do is passed over); None when all are."""
    return next((s for s in steps if not s.finished and s.available), None)
