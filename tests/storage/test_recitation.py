"""One profile's recitation scores (storage.recitation)."""

from __future__ import annotations

import pytest

from netmkt_desktop.errors import NotFoundError, StoreWriteError
from netmkt_desktop.records import RecitationScore

TASKS = "tasks:occ.internet_marketer"
TIERS = "tiers:survey"


def test_a_list_keeps_its_last_and_best_attempt(store, profile):
    recitation = store.profile(profile).recitation
    first = recitation.record(TASKS, 3, 7)
    assert isinstance(first, RecitationScore)
    assert (first.correct, first.total, first.best_correct, first.attempts, first.mastered) == (3, 7, 3, 1, False)
    recitation.record(TASKS, 7, 7)
    last = recitation.record(TASKS, 5, 7)
    assert (last.correct, last.best_correct, last.best_total, last.attempts, last.mastered) == (5, 7, 7, 3, True)
    assert recitation.scores() == {TASKS: last}


def test_scores_belong_to_one_profile(store, profile):
    other = store.profiles.create("乙").id
    store.profile(profile).recitation.record(TIERS, 4, 4)
    store.profile(other).recitation.record(TIERS, 1, 4)
    assert store.profile(profile).recitation.scores()[TIERS].correct == 4
    assert store.profile(other).recitation.scores()[TIERS].correct == 1
    store.profiles.delete(other)
    with pytest.raises(NotFoundError):
        store.profile(other)
    assert list(store.profile(profile).recitation.scores()) == [TIERS]


def test_the_best_is_the_largest_share_right_when_the_list_changed_length(store, profile):
    recitation = store.profile(profile).recitation
    recitation.record(TASKS, 5, 7)
    score = recitation.record(TASKS, 5, 6)  # a newer content's list is shorter: 5/6 beats 5/7
    assert (score.best_correct, score.best_total) == (5, 6)
    score = recitation.record(TASKS, 4, 6)
    assert (score.best_correct, score.best_total) == (5, 6)
    score = recitation.record(TASKS, 6, 7)  # 6/7 beats 5/6
    assert (score.best_correct, score.best_total) == (6, 7)


@pytest.mark.parametrize(("list_id", "correct", "total", "error"), [
    ("tasks", 1, 2, ValueError), ("poem:survey", 1, 2, ValueError), ("tasks:不是 id", 1, 2, ValueError),
    (TASKS, 3, 2, ValueError), (TASKS, -1, 2, ValueError), (TASKS, 0, 0, ValueError), (TASKS, 1.0, 2, TypeError),
])
def test_what_cannot_be_a_score_is_refused_and_nothing_is_stored(store, profile, list_id, correct, total, error):
    with pytest.raises(error):
        store.profile(profile).recitation.record(list_id, correct, total)
    assert store.profile(profile).recitation.scores() == {}


def test_a_deleted_profile_gets_no_score(store):
    gone = store.profiles.create("丙").id
    data = store.profile(gone)
    store.profiles.delete(gone)  # while this view is held: its database is closed
    with pytest.raises(StoreWriteError, match="已经关闭"):
        data.recitation.record(TIERS, 1, 4)
    with pytest.raises(NotFoundError):
        store.profile(gone)
