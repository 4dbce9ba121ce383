"""The study path of the start page: each step's progress and where 继续 goes (study_path)."""

from __future__ import annotations

from netmkt_desktop.recitation import recitation_lists
from netmkt_desktop.records import RecitationScore
from netmkt_desktop.study_path import (
    QuizFacts,
    Step,
    first_not_learned,
    first_not_mastered,
    next_step,
    next_to_read,
    read_count,
    read_on,
    readable_order,
    study_path,
)


def score(list_id: str, correct: int, total: int) -> RecitationScore:
    return RecitationScore(list_id, correct, total, correct, total, 1, "2026-11-01T08:00:00.000000")


def test_a_new_student_starts_at_reading_and_every_step_is_open(content):
    lists = recitation_lists(content)
    steps = study_path(content, furthest="", learned=set(), lists=lists, scores={}, quiz=QuizFacts(), plans=0)
    assert [s.step for s in steps] == [Step.READ, Step.LEARN, Step.RECITE, Step.QUIZ, Step.PLAN]
    assert not any(s.finished for s in steps)
    assert next_step(steps).step == Step.READ
    total = len(readable_order(content))
    assert (steps[0].done, steps[0].total, steps[2].total) == (0, total, 7)


def test_reading_counts_only_reading_on_in_the_textbook_order(content):
    order = readable_order(content)
    assert order[0] == "occupation_cognition" and "topic.occupations" not in order  # a category is not read
    furthest = read_on(content, "", order[0])
    assert furthest == order[0] and read_count(content, furthest) == 1
    assert read_on(content, furthest, order[5]) == order[0]  # jumping ahead is not reading what lies between
    assert read_on(content, furthest, "topic.occupations") == order[0]
    furthest = read_on(content, furthest, order[1])
    assert read_count(content, furthest) == 2 and next_to_read(content, furthest) == order[2]
    assert read_on(content, furthest, order[0]) == order[1]  # going back keeps the mark
    assert next_to_read(content, order[-1]) == ""


def test_the_next_step_is_the_first_not_finished(content):
    lists = recitation_lists(content)
    order = readable_order(content)
    all_scores = {lst.id: score(lst.id, len(lst.items), len(lst.items)) for lst in lists}
    steps = study_path(content, furthest=order[-1], learned=set(order), lists=lists, scores=all_scores,
                       quiz=QuizFacts(attempts=1, best_correct=8, best_total=10, open_mistakes=2), plans=0)
    assert [s.finished for s in steps] == [True, True, True, False, False]
    assert next_step(steps).step == Step.QUIZ
    steps = study_path(content, furthest=order[-1], learned=set(order), lists=lists, scores=all_scores,
                       quiz=QuizFacts(attempts=2, best_correct=10, best_total=10, open_mistakes=0), plans=1)
    assert next_step(steps) is None


def test_a_guest_passes_over_the_plan_and_recitation_needs_every_list_without_a_mistake(content):
    lists = recitation_lists(content)
    order = readable_order(content)
    scores = {lst.id: score(lst.id, len(lst.items), len(lst.items)) for lst in lists}
    scores["duties:staff_duties"] = score("duties:staff_duties", 4, 5)
    steps = study_path(content, furthest=order[-1], learned=set(order), lists=lists, scores=scores,
                       quiz=QuizFacts(attempts=1, best_correct=10, best_total=10), plans=None)
    assert (steps[2].done, steps[2].total, steps[2].finished) == (6, 7, False)
    assert not steps[4].available
    assert next_step(steps).step == Step.RECITE
    assert first_not_mastered(lists, scores) == "duties:staff_duties"
    del scores["duties:staff_duties"]
    scores["duties:staff_duties"] = score("duties:staff_duties", 5, 5)
    steps = study_path(content, furthest=order[-1], learned=set(order), lists=lists, scores=scores,
                       quiz=QuizFacts(attempts=1, best_correct=10, best_total=10), plans=None)
    assert next_step(steps) is None  # nothing left that a guest can do


def test_learning_goes_on_at_the_first_node_not_marked(content):
    order = readable_order(content)
    assert first_not_learned(content, set()) == order[0]
    assert first_not_learned(content, {order[0], order[1], order[3]}) == order[2]
    assert first_not_learned(content, set(order)) == ""
