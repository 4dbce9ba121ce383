"""The guest's data in memory behaves as a profile's data in a file: same parts, same rules.

Every test runs twice (the ``study_data`` fixture): on ``storage.memory.open_guest()`` and on a
profile of a store on disk.
"""

from __future__ import annotations

import inspect

import pytest

from netmkt_desktop.errors import ErrorCode, StoreWriteError
from netmkt_desktop.storage.memory import open_guest
from netmkt_desktop.study import QuizRecord, RecitationRecord, StudyRecord


@pytest.mark.parametrize("part, protocol", [("study", StudyRecord), ("quiz", QuizRecord),
                                            ("recitation", RecitationRecord)])
def test_the_parts_keep_what_the_study_widgets_rely_on(study_data, part, protocol):
    """The guest's data and a profile's both keep the protocols, with the same signatures."""
    implementation = getattr(study_data, part)
    assert isinstance(implementation, protocol)
    names = [n for n, v in vars(protocol).items() if callable(v) and not n.startswith("_")]
    assert names
    for name in names:
        wanted = inspect.signature(getattr(protocol, name))
        assert inspect.signature(getattr(type(implementation), name)) == wanted, name


def test_recitation_scores_are_kept_for_the_session(study_data):
    assert study_data.recitation.scores() == {}
    study_data.recitation.record("duties:staff_duties", 4, 5)
    (score,) = study_data.recitation.scores().values()
    assert (score.list_id, score.correct, score.total, score.mastered) == ("duties:staff_duties", 4, 5, False)


def test_learned_nodes(study_data):
    assert study_data.study.learned() == set()
    study_data.study.mark_learned("wt.live_seller", True)
    study_data.study.mark_learned("survey", True)
    study_data.study.mark_learned("survey", True)
    study_data.study.mark_learned("wt.live_seller", False)
    assert study_data.study.learned() == {"survey"}


def test_notes_save_load_and_empty_deletes(study_data):
    assert study_data.study.note("survey") == ""
    study_data.study.save_note("survey", "千人以上:4 个层级\n第二行 🚀")
    study_data.study.save_note("wt.live_seller", "练口才")
    assert study_data.study.note("survey") == "千人以上:4 个层级\n第二行 🚀"
    assert study_data.study.notes() == {"survey": "千人以上:4 个层级\n第二行 🚀", "wt.live_seller": "练口才"}
    timed = {node_id: (text, when) for node_id, text, when in study_data.study.notes_with_times()}
    assert timed["wt.live_seller"][0] == "练口才" and timed["wt.live_seller"][1]
    study_data.study.save_note("survey", "")
    assert study_data.study.note("survey") == "" and "survey" not in study_data.study.notes()


def test_bookmarks(study_data):
    study_data.study.bookmark("survey", True)
    study_data.study.bookmark("tier.director", True)
    study_data.study.bookmark("survey", True)
    assert sorted(study_data.study.bookmarks()) == ["survey", "tier.director"]
    study_data.study.bookmark("survey", False)
    assert study_data.study.bookmarks() == ["tier.director"]


def test_quiz_attempts_and_mistakes(study_data):
    first = study_data.quiz.record(42, 10, 8, [("tier_order:tiers", 7), ("company_tiers:500", 9)])
    assert dict(study_data.quiz.open_mistakes()) == {"tier_order:tiers": 7, "company_tiers:500": 9}
    second = study_data.quiz.record(43, 10, 10, [], answered_right=["tier_order:tiers"])
    assert second != first
    assert dict(study_data.quiz.open_mistakes()) == {"company_tiers:500": 9}
    study_data.quiz.resolve("company_tiers:500")
    assert study_data.quiz.open_mistakes() == []
    attempts = study_data.quiz.attempts()  # the newest first
    assert [(a.seed, a.total, a.correct) for a in attempts] == [(43, 10, 10), (42, 10, 8)]
    assert all(a.started_at and a.finished_at for a in attempts)


def test_missed_again_moves_to_the_front_with_its_new_seed(study_data):
    study_data.quiz.record(1, 2, 0, [("tier_order:tiers", 1), ("company_tiers:500", 2)])
    study_data.quiz.record(2, 1, 0, [("tier_order:tiers", 5)])
    assert study_data.quiz.open_mistakes() == [("tier_order:tiers", 5), ("company_tiers:500", 2)]


def test_refusals_match_the_store(study_data):
    from netmkt_desktop.errors import InvalidInputError, NotFoundError

    with pytest.raises(NotFoundError):
        study_data.quiz.resolve("tier_order:tiers")
    with pytest.raises(InvalidInputError):
        study_data.study.save_note("survey", "bad\x0bcontrol")
    assert study_data.study.note("survey") == ""


def test_settings(study_data):
    assert study_data.settings.get("quiz/last", "none") == "none"
    study_data.settings.set("quiz/last", "7")
    assert study_data.settings.get("quiz/last") == "7"


def test_the_guests_data_is_gone_once_let_go():
    guest = open_guest()
    guest.study.save_note("survey", "访客的笔记")
    assert guest.in_memory and guest.profile().name == "访客"
    assert guest.study.notes() == {"survey": "访客的笔记"}
    guest.close()
    with pytest.raises(StoreWriteError) as info:
        guest.study.notes()
    assert info.value.code == ErrorCode.CLOSED
    assert open_guest().study.notes() == {}  # a new guest starts empty: nothing was kept anywhere
