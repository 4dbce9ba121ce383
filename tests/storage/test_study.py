"""One profile's study record: learned nodes, notes, bookmarks; bad ids, unknown profiles, isolation (storage.study)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import event

from netmkt_desktop.errors import InvalidInputError, NotFoundError, StoreWriteError
from netmkt_desktop.storage.store import Store
from netmkt_desktop.validation import NOTE_TEXT_LIMIT

NODE = "pos.ecommerce_host"
OTHER_NODE = "occ.internet_marketer"
Q1 = "tier_order:survey"
Q2 = "worktype_of:wt.live_seller"
Q3 = "staff_duty:1a2b3c4d"


@pytest.fixture
def other(store, profile):
    return store.profiles.create("李四").id


def rows(store: Store, table: str, profile: int = 1) -> list[tuple]:
    conn = sqlite3.connect(str(store.profiles.folder(profile).database))
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def _on_every_connection(store: Store, profile: int, pragma: str) -> None:
    engine = store.profile(profile)._db.engine
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(pragma))
    engine.dispose()


# -- progress --------------------------------------------------------------------------------------


def test_learned_nodes_are_marked_and_unmarked(store, profile):
    assert store.profile(profile).study.learned() == set()
    store.profile(profile).study.mark_learned(NODE, True)
    store.profile(profile).study.mark_learned(OTHER_NODE, True)
    first_time = rows(store, "progress")[0][3]
    store.profile(profile).study.mark_learned(NODE, True)  # again: one row, the first time is kept
    assert store.profile(profile).study.learned() == {NODE, OTHER_NODE}
    assert len(rows(store, "progress")) == 2 and rows(store, "progress")[0][3] == first_time
    store.profile(profile).study.mark_learned(NODE, False)
    store.profile(profile).study.mark_learned(NODE, False)  # already not learned: nothing to do
    assert store.profile(profile).study.learned() == {OTHER_NODE}


# -- notes -------------------------------------------------------------------------------------------


def test_a_note_is_saved_replaced_and_deleted_by_empty_text(store, profile):
    assert store.profile(profile).study.note(NODE) == ""
    store.profile(profile).study.save_note(NODE, "第一版")
    store.profile(profile).study.save_note(NODE, "第二版\n带换行\t和制表符 😀𠀀")
    assert store.profile(profile).study.note(NODE) == "第二版\n带换行\t和制表符 😀𠀀"
    assert len(rows(store, "notes")) == 1
    store.profile(profile).study.save_note(NODE, "  \n\t ")
    assert store.profile(profile).study.note(NODE) == "" and store.profile(profile).study.notes() == {}
    store.profile(profile).study.save_note(NODE, "")  # deleting what is not there is fine
    assert rows(store, "notes") == []


def test_notes_with_times_lists_the_most_recently_changed_first(store, profile):
    store.profile(profile).study.save_note("a", "甲")
    store.profile(profile).study.save_note("b", "乙")
    store.profile(profile).study.save_note("c", "丙")
    store.profile(profile).study.save_note("a", "甲改")
    listed = store.profile(profile).study.notes_with_times()
    assert [(n, t) for n, t, _ in listed] == [("a", "甲改"), ("c", "丙"), ("b", "乙")]
    stamps = [when for _, _, when in listed]
    assert stamps == sorted(stamps, reverse=True) and all(datetime.fromisoformat(s) for s in stamps)
    assert store.profile(profile).study.notes() == {"a": "甲改", "b": "乙", "c": "丙"}
    before = store.profile(profile).study.notes_with_times()
    store.profile(profile).study.save_note("b", "乙")  # the same text: not a change, the time stays
    assert store.profile(profile).study.notes_with_times() == before


def test_a_note_that_cannot_be_saved_is_refused_and_the_old_one_kept(store, profile):
    store.profile(profile).study.save_note(NODE, "旧笔记")
    for bad in ("长" * (NOTE_TEXT_LIMIT + 1), "控制字符\x00", "残缺 \ud800"):
        with pytest.raises(InvalidInputError):
            store.profile(profile).study.save_note(NODE, bad)
    assert store.profile(profile).study.note(NODE) == "旧笔记"
    store.profile(profile).study.save_note(NODE, "长" * NOTE_TEXT_LIMIT)  # exactly at the limit is fine
    assert len(store.profile(profile).study.note(NODE)) == NOTE_TEXT_LIMIT


# -- bookmarks ---------------------------------------------------------------------------------------


def test_bookmarks_are_listed_oldest_first(store, profile):
    for node in ("c", "a", "b"):
        store.profile(profile).study.bookmark(node, True)
    store.profile(profile).study.bookmark("c", True)  # already on: stays where it was
    assert store.profile(profile).study.bookmarks() == ["c", "a", "b"]
    store.profile(profile).study.bookmark("a", False)
    store.profile(profile).study.bookmark("a", False)
    assert store.profile(profile).study.bookmarks() == ["c", "b"]
    store.profile(profile).study.bookmark("a", True)
    assert store.profile(profile).study.bookmarks() == ["c", "b", "a"]


# -- ids, unknown profiles, isolation, failures ------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", "有中文", "a b", "a/b", "x" * 129, None, 5])
def test_bad_node_ids_are_a_programming_error(store, profile, bad):
    for call in (lambda: store.profile(profile).study.mark_learned(bad, True), lambda: store.profile(profile).study.save_note(bad, "x"),
                 lambda: store.profile(profile).study.note(bad), lambda: store.profile(profile).study.bookmark(bad, True)):
        with pytest.raises(ValueError):
            call()


def test_unknown_profiles_are_reported_and_a_deleted_ones_view_refuses_politely(store, profile):
    with pytest.raises(NotFoundError):
        store.profile(999)
    gone = store.profile(store.profiles.create("已删除").id)
    store.profiles.delete(gone.profile_id)  # while this view is held: its database is closed
    for action in (lambda: gone.study.mark_learned(NODE, True), lambda: gone.study.save_note(NODE, "x"),
                   lambda: gone.study.bookmark(NODE, True), lambda: gone.quiz.record(1, 1, 1, []),
                   lambda: gone.quiz.resolve(Q1), lambda: gone.settings.set("k", "v"), gone.study.learned,
                   gone.quiz.attempts):
        with pytest.raises(StoreWriteError, match="已经关闭"):
            action()


def fill(store: Store, profile: int, tag: str) -> None:
    store.profile(profile).study.mark_learned(f"node.{tag}", True)
    store.profile(profile).study.save_note(NODE, f"{tag} 的笔记")
    store.profile(profile).study.bookmark(f"node.{tag}", True)
    store.profile(profile).quiz.record(len(tag), 3, 2, [(f"q:{tag}", 5)])


def test_one_profile_never_sees_or_changes_another_profiles_study_data(store, profile, other):
    fill(store, profile, "mine")
    fill(store, other, "theirs")
    assert store.profile(profile).study.learned() == {"node.mine"}
    assert store.profile(profile).study.notes() == {NODE: "mine 的笔记"} and store.profile(other).study.note(NODE) == "theirs 的笔记"
    assert store.profile(profile).study.bookmarks() == ["node.mine"]
    assert [a.seed for a in store.profile(profile).quiz.attempts()] == [4]
    assert store.profile(profile).quiz.open_mistakes() == [("q:mine", 5)]
    with pytest.raises(NotFoundError):
        store.profile(profile).quiz.resolve("q:theirs")
    store.profile(profile).study.mark_learned("node.theirs", False)
    store.profile(profile).study.bookmark("node.theirs", False)
    store.profile(profile).study.save_note(NODE, "")
    assert store.profile(other).study.learned() == {"node.theirs"} and store.profile(other).study.bookmarks() == ["node.theirs"]
    assert store.profile(other).study.notes() == {NODE: "theirs 的笔记"}
    assert store.profile(other).quiz.open_mistakes() == [("q:theirs", 5)]


def test_deleting_a_profile_deletes_its_study_data_only(store, profile, other):
    fill(store, profile, "mine")
    fill(store, other, "theirs")
    store.profiles.set_pin(other, "2468")
    before = {table: rows(store, table, profile) for table in ("progress", "notes", "bookmarks", "quiz_attempts",
                                                                "quiz_mistakes")}
    folder = store.profiles.folder(other).root
    store.profiles.delete(other, pin="2468")
    assert not folder.exists()
    for table, kept in before.items():
        assert rows(store, table, profile) == kept and {r[1] for r in kept} == {profile}, table
    assert store.profile(profile).study.learned() == {"node.mine"}
    with pytest.raises(NotFoundError):
        store.profiles.delete(other)


def test_read_only_database_refuses_every_study_write_and_keeps_the_data(store, profile):
    fill(store, profile, "mine")
    before = (store.profile(profile).study.learned(), store.profile(profile).study.notes_with_times(), store.profile(profile).study.bookmarks(),
              store.profile(profile).quiz.attempts(), store.profile(profile).quiz.mistakes())
    _on_every_connection(store, profile, "PRAGMA query_only = ON")
    writes = [lambda: store.profile(profile).study.mark_learned("x", True), lambda: store.profile(profile).study.mark_learned("node.mine", False),
              lambda: store.profile(profile).study.save_note(NODE, "新"), lambda: store.profile(profile).study.save_note(NODE, ""),
              lambda: store.profile(profile).study.bookmark("x", True),
              lambda: store.profile(profile).quiz.record(9, 1, 0, [(Q1, 1)]),
              lambda: store.profile(profile).quiz.resolve("q:mine")]
    for write in writes:
        with pytest.raises(StoreWriteError, match="只读"):
            write()
    assert (store.profile(profile).study.learned(), store.profile(profile).study.notes_with_times(), store.profile(profile).study.bookmarks(),
            store.profile(profile).quiz.attempts(), store.profile(profile).quiz.mistakes()) == before
