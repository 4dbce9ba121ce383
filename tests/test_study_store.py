"""Study data in the personal store: progress, notes, bookmarks, quiz history and the mistakes book."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import event

from netmkt_desktop.validation import NOTE_TEXT_LIMIT
from netmkt_desktop.store import (
    InvalidInputError,
    NotFoundError,
    QuizAttempt,
    QuizMistake,
    Store,
    StoreWriteError,
)

NODE = "pos.ecommerce_host"
OTHER_NODE = "occ.internet_marketer"
Q1 = "tier_order:survey"
Q2 = "worktype_of:wt.live_seller"
Q3 = "staff_duty:1a2b3c4d"


@pytest.fixture
def other(store, profile):
    return store.create_profile("李四").id


def rows(store: Store, table: str) -> list[tuple]:
    conn = sqlite3.connect(str(store.path))
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def _on_every_connection(store: Store, pragma: str) -> None:
    engine = store._engine
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(pragma))
    engine.dispose()


# -- progress --------------------------------------------------------------------------------------


def test_learned_nodes_are_marked_and_unmarked(store, profile):
    assert store.learned_nodes(profile) == set()
    store.set_learned(profile, NODE, True)
    store.set_learned(profile, OTHER_NODE, True)
    first_time = rows(store, "progress")[0][3]
    store.set_learned(profile, NODE, True)  # again: one row, the first time is kept
    assert store.learned_nodes(profile) == {NODE, OTHER_NODE}
    assert len(rows(store, "progress")) == 2 and rows(store, "progress")[0][3] == first_time
    store.set_learned(profile, NODE, False)
    store.set_learned(profile, NODE, False)  # already not learned: nothing to do
    assert store.learned_nodes(profile) == {OTHER_NODE}


# -- notes -------------------------------------------------------------------------------------------


def test_a_note_is_saved_replaced_and_deleted_by_empty_text(store, profile):
    assert store.get_note(profile, NODE) == ""
    store.save_note(profile, NODE, "第一版")
    store.save_note(profile, NODE, "第二版\n带换行\t和制表符 😀𠀀")
    assert store.get_note(profile, NODE) == "第二版\n带换行\t和制表符 😀𠀀"
    assert len(rows(store, "notes")) == 1
    store.save_note(profile, NODE, "  \n\t ")
    assert store.get_note(profile, NODE) == "" and store.notes(profile) == {}
    store.save_note(profile, NODE, "")  # deleting what is not there is fine
    assert rows(store, "notes") == []


def test_notes_with_times_lists_the_most_recently_changed_first(store, profile):
    store.save_note(profile, "a", "甲")
    store.save_note(profile, "b", "乙")
    store.save_note(profile, "c", "丙")
    store.save_note(profile, "a", "甲改")
    listed = store.notes_with_times(profile)
    assert [(n, t) for n, t, _ in listed] == [("a", "甲改"), ("c", "丙"), ("b", "乙")]
    stamps = [when for _, _, when in listed]
    assert stamps == sorted(stamps, reverse=True) and all(datetime.fromisoformat(s) for s in stamps)
    assert store.notes(profile) == {"a": "甲改", "b": "乙", "c": "丙"}
    before = store.notes_with_times(profile)
    store.save_note(profile, "b", "乙")  # the same text: not a change, the time stays
    assert store.notes_with_times(profile) == before


def test_a_note_that_cannot_be_saved_is_refused_and_the_old_one_kept(store, profile):
    store.save_note(profile, NODE, "旧笔记")
    for bad in ("长" * (NOTE_TEXT_LIMIT + 1), "控制字符\x00", "残缺 \ud800"):
        with pytest.raises(InvalidInputError):
            store.save_note(profile, NODE, bad)
    assert store.get_note(profile, NODE) == "旧笔记"
    store.save_note(profile, NODE, "长" * NOTE_TEXT_LIMIT)  # exactly at the limit is fine
    assert len(store.get_note(profile, NODE)) == NOTE_TEXT_LIMIT


# -- bookmarks ---------------------------------------------------------------------------------------


def test_bookmarks_are_listed_oldest_first(store, profile):
    for node in ("c", "a", "b"):
        store.set_bookmark(profile, node, True)
    store.set_bookmark(profile, "c", True)  # already on: stays where it was
    assert store.bookmarks(profile) == ["c", "a", "b"]
    store.set_bookmark(profile, "a", False)
    store.set_bookmark(profile, "a", False)
    assert store.bookmarks(profile) == ["c", "b"]
    store.set_bookmark(profile, "a", True)
    assert store.bookmarks(profile) == ["c", "b", "a"]


# -- quiz ----------------------------------------------------------------------------------------------


def test_quiz_attempts_are_listed_newest_first(store, profile):
    first = store.record_quiz_attempt(profile, 11, 10, 7, [])
    second = store.record_quiz_attempt(profile, 22, 5, 5, [], started_at=datetime(2026, 9, 1, 8, 0))
    attempts = store.quiz_attempts(profile)
    assert [a.id for a in attempts] == [second, first]
    latest = attempts[0]
    assert isinstance(latest, QuizAttempt)
    assert (latest.seed, latest.total, latest.correct) == (22, 5, 5)
    assert latest.started_at == "2026-09-01T08:00:00.000000" and latest.finished_at > latest.started_at
    assert attempts[1].started_at == attempts[1].finished_at  # no start given: the finish


def test_mistakes_book_counts_misses_and_resolves_right_answers(store, profile):
    store.record_quiz_attempt(profile, 1, 3, 1, [(Q1, 101), (Q2, 102)], [Q3])
    assert store.open_mistakes(profile) == [(Q2, 102), (Q1, 101)]  # same time: the later entry first
    assert {m.question_id: m.missed_count for m in store.quiz_mistakes(profile)} == {Q1: 1, Q2: 1}
    # Q3 was right but never in the book: it is not added
    store.record_quiz_attempt(profile, 2, 2, 1, [(Q1, 201)], [Q2])
    assert store.open_mistakes(profile) == [(Q1, 201)]  # the newest layout is remembered
    book = {m.question_id: m for m in store.quiz_mistakes(profile)}
    assert isinstance(book[Q1], QuizMistake)
    assert book[Q1].missed_count == 2 and not book[Q1].resolved
    assert book[Q2].resolved and book[Q2].missed_count == 1
    resolved_at = book[Q2].resolved_at
    store.record_quiz_attempt(profile, 3, 1, 1, [], [Q2])  # right again: stays resolved as it was
    assert {m.question_id: m for m in store.quiz_mistakes(profile)}[Q2].resolved_at == resolved_at
    store.record_quiz_attempt(profile, 4, 1, 0, [(Q2, 401)])  # missed again: back in the book
    book = {m.question_id: m for m in store.quiz_mistakes(profile)}
    assert book[Q2].missed_count == 2 and book[Q2].resolved_at is None and book[Q2].rng_seed == 401
    assert store.open_mistakes(profile) == [(Q2, 401), (Q1, 201)]  # the most recently missed first
    store.resolve_mistake(profile, Q2)
    assert store.open_mistakes(profile) == [(Q1, 201)]
    store.resolve_mistake(profile, Q2)  # already resolved: fine
    with pytest.raises(NotFoundError):
        store.resolve_mistake(profile, Q3)
    assert len(store.quiz_attempts(profile)) == 4


def test_a_question_both_missed_and_right_counts_as_missed(store, profile):
    store.record_quiz_attempt(profile, 1, 2, 0, [(Q1, 1), (Q1, 2)], [Q1])
    (mistake,) = store.quiz_mistakes(profile)
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
        store.record_quiz_attempt(profile, *args)
    assert store.quiz_attempts(profile) == [] and store.quiz_mistakes(profile) == []


def test_a_quiz_attempt_is_saved_whole_or_not_at_all(store, profile):
    store.record_quiz_attempt(profile, 1, 2, 1, [(Q1, 1)])
    conn = sqlite3.connect(str(store.path))
    conn.execute("CREATE TRIGGER no_more_mistakes BEFORE UPDATE ON quiz_mistakes BEGIN"
                 " SELECT RAISE(ABORT, 'disk I/O error'); END")
    conn.commit()
    conn.close()
    with pytest.raises(StoreWriteError, match="没有改动"):
        store.record_quiz_attempt(profile, 2, 2, 0, [(Q2, 2), (Q1, 3)])
    assert len(store.quiz_attempts(profile)) == 1  # the attempt row went with the failed update
    assert store.open_mistakes(profile) == [(Q1, 1)]


# -- ids, unknown profiles, isolation, failures ------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "有中文", "a b", "a/b", "x" * 129, None, 5])
def test_bad_node_ids_are_a_programming_error(store, profile, bad):
    for call in (lambda: store.set_learned(profile, bad, True), lambda: store.save_note(profile, bad, "x"),
                 lambda: store.get_note(profile, bad), lambda: store.set_bookmark(profile, bad, True)):
        with pytest.raises(ValueError):
            call()


def test_unknown_profiles_are_reported_on_writes_and_empty_on_reads(store, profile):
    for write in (lambda: store.set_learned(999, NODE, True), lambda: store.save_note(999, NODE, "x"),
                  lambda: store.set_bookmark(999, NODE, True), lambda: store.record_quiz_attempt(999, 1, 1, 1, []),
                  lambda: store.resolve_mistake(999, Q1)):
        with pytest.raises(NotFoundError):
            write()
    assert store.learned_nodes(999) == set() and store.notes(999) == {} and store.bookmarks(999) == []
    assert store.quiz_attempts(999) == [] and store.open_mistakes(999) == [] and store.get_note(999, NODE) == ""


def fill(store: Store, profile: int, tag: str) -> None:
    store.set_learned(profile, f"node.{tag}", True)
    store.save_note(profile, NODE, f"{tag} 的笔记")
    store.set_bookmark(profile, f"node.{tag}", True)
    store.record_quiz_attempt(profile, len(tag), 3, 2, [(f"q:{tag}", 5)])


def test_one_profile_never_sees_or_changes_another_profiles_study_data(store, profile, other):
    fill(store, profile, "mine")
    fill(store, other, "theirs")
    assert store.learned_nodes(profile) == {"node.mine"}
    assert store.notes(profile) == {NODE: "mine 的笔记"} and store.get_note(other, NODE) == "theirs 的笔记"
    assert store.bookmarks(profile) == ["node.mine"]
    assert [a.seed for a in store.quiz_attempts(profile)] == [4]
    assert store.open_mistakes(profile) == [("q:mine", 5)]
    with pytest.raises(NotFoundError):
        store.resolve_mistake(profile, "q:theirs")
    store.set_learned(profile, "node.theirs", False)
    store.set_bookmark(profile, "node.theirs", False)
    store.save_note(profile, NODE, "")
    assert store.learned_nodes(other) == {"node.theirs"} and store.bookmarks(other) == ["node.theirs"]
    assert store.notes(other) == {NODE: "theirs 的笔记"}
    assert store.open_mistakes(other) == [("q:theirs", 5)]


def test_deleting_a_profile_deletes_its_study_data_only(store, profile, other):
    fill(store, profile, "mine")
    fill(store, other, "theirs")
    store.set_pin(other, "2468")
    store.delete_profile(other)
    for table in ("progress", "notes", "bookmarks", "quiz_attempts", "quiz_mistakes"):
        assert {r[1] for r in rows(store, table)} == {profile}, table
    assert store.learned_nodes(profile) == {"node.mine"}
    with pytest.raises(NotFoundError):
        store.delete_profile(other)


def test_read_only_database_refuses_every_study_write_and_keeps_the_data(store, profile):
    fill(store, profile, "mine")
    before = (store.learned_nodes(profile), store.notes_with_times(profile), store.bookmarks(profile),
              store.quiz_attempts(profile), store.quiz_mistakes(profile))
    _on_every_connection(store, "PRAGMA query_only = ON")
    writes = [lambda: store.set_learned(profile, "x", True), lambda: store.set_learned(profile, "node.mine", False),
              lambda: store.save_note(profile, NODE, "新"), lambda: store.save_note(profile, NODE, ""),
              lambda: store.set_bookmark(profile, "x", True),
              lambda: store.record_quiz_attempt(profile, 9, 1, 0, [(Q1, 1)]),
              lambda: store.resolve_mistake(profile, "q:mine")]
    for write in writes:
        with pytest.raises(StoreWriteError, match="只读"):
            write()
    assert (store.learned_nodes(profile), store.notes_with_times(profile), store.bookmarks(profile),
            store.quiz_attempts(profile), store.quiz_mistakes(profile)) == before
