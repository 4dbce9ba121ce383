"""One profile's quiz history and mistakes book (storage.quiz)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from netmkt_desktop.errors import NotFoundError, StoreWriteError
from netmkt_desktop.records import QuizAttempt, QuizMistake

NODE = "pos.ecommerce_host"
OTHER_NODE = "occ.internet_marketer"
Q1 = "tier_order:survey"
Q2 = "worktype_of:wt.live_seller"
Q3 = "staff_duty:1a2b3c4d"


# -- quiz ----------------------------------------------------------------------------------------------


def test_a_missed_question_keeps_the_last_wrong_answer(store, profile):
    quiz = store.profile(profile).quiz
    quiz.record(1, 2, 0, [(Q1, 1), (Q2, 2)], answers={Q1: ["经理", "专员", "总监", "主管"], Q3: ["不算"]})
    book = {m.question_id: m for m in quiz.mistakes()}
    assert book[Q1].last_answer == ("经理", "专员", "总监", "主管")
    assert book[Q2].last_answer is None  # no answer given for it
    assert Q3 not in book  # an answer to a question not missed is not kept
    quiz.record(2, 1, 0, [(Q1, 3)], answers={Q1: ["专员"]})
    assert {m.question_id: m for m in quiz.mistakes()}[Q1].last_answer == ("专员",)
    quiz.remember_answer(Q2, ["直播销售员", "电商主播 😀"])  # missed again in the 错题本
    assert {m.question_id: m for m in quiz.mistakes()}[Q2].last_answer == ("直播销售员", "电商主播 😀")
    assert quiz.open_mistakes()[0] == (Q2, 2)  # missed most recently
    with pytest.raises(NotFoundError):
        quiz.remember_answer(Q3, ["x"])
    with pytest.raises(TypeError):
        quiz.record(3, 1, 0, [(Q1, 4)], answers={Q1: "一段文字"})  # a list of option texts, not a text


def test_quiz_attempts_are_listed_newest_first(store, profile):
    first = store.profile(profile).quiz.record(11, 10, 7, [])
    second = store.profile(profile).quiz.record(22, 5, 5, [], started_at=datetime(2026, 9, 1, 8, 0))
    attempts = store.profile(profile).quiz.attempts()
    assert [a.id for a in attempts] == [second, first]
    latest = attempts[0]
    assert isinstance(latest, QuizAttempt)
    assert (latest.seed, latest.total, latest.correct) == (22, 5, 5)
    assert latest.started_at == "2026-09-01T08:00:00.000000" and latest.finished_at > latest.started_at
    assert attempts[1].started_at == attempts[1].finished_at  # no start given: the finish


def test_mistakes_book_counts_misses_and_resolves_right_answers(store, profile):
    store.profile(profile).quiz.record(1, 3, 1, [(Q1, 101), (Q2, 102)], [Q3])
    assert store.profile(profile).quiz.open_mistakes() == [(Q2, 102), (Q1, 101)]  # same time: the later entry first
    assert {m.question_id: m.missed_count for m in store.profile(profile).quiz.mistakes()} == {Q1: 1, Q2: 1}
    # Q3 was right but never in the book: it is not added
    store.profile(profile).quiz.record(2, 2, 1, [(Q1, 201)], [Q2])
    assert store.profile(profile).quiz.open_mistakes() == [(Q1, 201)]  # the newest layout is remembered
    book = {m.question_id: m for m in store.profile(profile).quiz.mistakes()}
    assert isinstance(book[Q1], QuizMistake)
    assert book[Q1].missed_count == 2 and not book[Q1].resolved
    assert book[Q2].resolved and book[Q2].missed_count == 1
    resolved_at = book[Q2].resolved_at
    store.profile(profile).quiz.record(3, 1, 1, [], [Q2])  # right again: stays resolved as it was
    assert {m.question_id: m for m in store.profile(profile).quiz.mistakes()}[Q2].resolved_at == resolved_at
    store.profile(profile).quiz.record(4, 1, 0, [(Q2, 401)])  # missed again: back in the book
    book = {m.question_id: m for m in store.profile(profile).quiz.mistakes()}
    assert book[Q2].missed_count == 2 and book[Q2].resolved_at is None and book[Q2].rng_seed == 401
    assert store.profile(profile).quiz.open_mistakes() == [(Q2, 401), (Q1, 201)]  # the most recently missed first
    store.profile(profile).quiz.resolve(Q2)
    assert store.profile(profile).quiz.open_mistakes() == [(Q1, 201)]
    store.profile(profile).quiz.resolve(Q2)  # already resolved: fine
    with pytest.raises(NotFoundError):
        store.profile(profile).quiz.resolve(Q3)
    assert len(store.profile(profile).quiz.attempts()) == 4


def test_a_question_both_missed_and_right_counts_as_missed(store, profile):
    store.profile(profile).quiz.record(1, 2, 0, [(Q1, 1), (Q1, 2)], [Q1])
    (mistake,) = store.profile(profile).quiz.mistakes()
    assert (mistake.rng_seed, mistake.missed_count, mistake.resolved) == (2, 1, False)


@pytest.mark.parametrize("args", [
    (1, 10, 11, []),  # more right than asked
    (1, -1, 0, []),
    (1, 10, -1, []),
    (2**63, 10, 1, []),  # does not fit the database
    (1, 2, 1, [("bad id with spaces", 1)]),
    (1, 2, 1, [(Q1, "7")]),
    (True, 2, 1, []),
])
def test_nonsense_quiz_results_are_refused_before_anything_is_written(store, profile, args):
    with pytest.raises((ValueError, TypeError)):
        store.profile(profile).quiz.record(*args)
    assert store.profile(profile).quiz.attempts() == [] and store.profile(profile).quiz.mistakes() == []


def test_a_quiz_attempt_is_saved_whole_or_not_at_all(store, profile):
    store.profile(profile).quiz.record(1, 2, 1, [(Q1, 1)])
    conn = sqlite3.connect(str(store.profiles.folder(profile).database))
    conn.execute("CREATE TRIGGER no_more_mistakes BEFORE UPDATE ON quiz_mistakes BEGIN"
                 " SELECT RAISE(ABORT, 'disk I/O error'); END")
    conn.commit()
    conn.close()
    with pytest.raises(StoreWriteError, match="没有改动"):
        store.profile(profile).quiz.record(2, 2, 0, [(Q2, 2), (Q1, 3)])
    assert len(store.profile(profile).quiz.attempts()) == 1  # the attempt row went with the failed update
    assert store.profile(profile).quiz.open_mistakes() == [(Q1, 1)]
