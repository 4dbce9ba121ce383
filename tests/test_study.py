"""Study data (memory and store-backed) and the Markdown export."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netmkt_desktop.study import (
    STUDY_METHODS,
    MemoryStudyData,
    StudyData,
    notes_markdown,
)


def test_both_kinds_have_every_operation():
    for name in STUDY_METHODS:
        assert callable(getattr(MemoryStudyData, name)) and callable(getattr(StudyData, name))


def test_learned_nodes(study_data):
    assert study_data.learned_nodes() == set()
    study_data.set_learned("wt.live_seller", True)
    study_data.set_learned("survey", True)
    study_data.set_learned("survey", True)
    study_data.set_learned("wt.live_seller", False)
    assert study_data.learned_nodes() == {"survey"}


def test_notes_save_load_and_empty_deletes(study_data):
    assert study_data.get_note("survey") == ""
    study_data.save_note("survey", "千人以上:4 个层级\n第二行 🚀")
    study_data.save_note("wt.live_seller", "练口才")
    assert study_data.get_note("survey") == "千人以上:4 个层级\n第二行 🚀"
    assert study_data.notes() == {"survey": "千人以上:4 个层级\n第二行 🚀", "wt.live_seller": "练口才"}
    timed = {node_id: (text, when) for node_id, text, when in study_data.notes_with_times()}
    assert timed["wt.live_seller"][0] == "练口才" and timed["wt.live_seller"][1]
    study_data.save_note("survey", "")
    assert study_data.get_note("survey") == "" and "survey" not in study_data.notes()


def test_bookmarks(study_data):
    study_data.set_bookmark("survey", True)
    study_data.set_bookmark("tier.director", True)
    study_data.set_bookmark("survey", True)
    assert sorted(study_data.bookmarks()) == ["survey", "tier.director"]
    study_data.set_bookmark("survey", False)
    assert study_data.bookmarks() == ["tier.director"]


def test_quiz_attempts_and_mistakes(study_data):
    first = study_data.record_quiz_attempt(42, 10, 8, [("tier_order:tiers", 7), ("company_tiers:500", 9)])
    assert dict(study_data.open_mistakes()) == {"tier_order:tiers": 7, "company_tiers:500": 9}
    second = study_data.record_quiz_attempt(43, 10, 10, [], answered_right=["tier_order:tiers"])
    assert second != first
    assert dict(study_data.open_mistakes()) == {"company_tiers:500": 9}
    study_data.resolve_mistake("company_tiers:500")
    assert study_data.open_mistakes() == []
    attempts = study_data.quiz_attempts()  # the newest first
    assert [(a.seed, a.total, a.correct) for a in attempts] == [(43, 10, 10), (42, 10, 8)]
    assert all(a.started_at and a.finished_at for a in attempts)


def test_missed_again_moves_to_the_front_with_its_new_seed(study_data):
    study_data.record_quiz_attempt(1, 2, 0, [("tier_order:tiers", 1), ("company_tiers:500", 2)])
    study_data.record_quiz_attempt(2, 1, 0, [("tier_order:tiers", 5)])
    assert study_data.open_mistakes() == [("tier_order:tiers", 5), ("company_tiers:500", 2)]


def test_refusals_match_the_store(study_data):
    from netmkt_desktop.store import InvalidInputError, NotFoundError

    with pytest.raises(NotFoundError):
        study_data.resolve_mistake("tier_order:tiers")
    with pytest.raises(InvalidInputError):
        study_data.save_note("survey", "bad\x0bcontrol")
    assert study_data.get_note("survey") == ""


def test_settings(study_data):
    assert study_data.get_setting("quiz/last", "none") == "none"
    study_data.set_setting("quiz/last", "7")
    assert study_data.get_setting("quiz/last") == "7"


def test_notes_markdown_has_titles_breadcrumbs_and_literal_notes(content):
    notes = {"wt.live_seller": "要练口才\n<b>不是粗体</b> *也不是斜体*", "survey": "千人以上 4 个层级",
             "gone.node": "旧笔记", "staff_duties": "   "}
    text = notes_markdown(content, notes, ["tier.director", "survey"])
    assert text.startswith("# 我的学习笔记\n")
    assert "## 收藏(2)" in text and "## 笔记(3)" in text
    assert "- **网络营销职业现状调研**(知识基石 › 第一节 认识网络营销岗位 › 二、岗位认知 › (四)网络营销人员职业规划)" in text
    assert "### 直播销售员\n\n位置:知识基石 › 第一节 认识网络营销岗位 › 一、职业认知 › (一)互联网营销师" in text
    assert "要练口才\n<b>不是粗体</b> *也不是斜体*\n" in text
    # reading order: the live seller (一、职业认知) before the survey (二、岗位认知); a gone node last
    assert text.index("### 直播销售员") < text.index("### 网络营销职业现状调研") < text.index("### gone.node")
    assert text.index("网络营销职业现状调研**") < text.index("网络营销总监**")


def test_notes_markdown_lists_gone_nodes_after_topic_groups(content):
    text = notes_markdown(content, {}, ["gone.node", "topic.tiers", "survey"])
    assert text.index("网络营销职业现状调研**") < text.index("岗位层级**") < text.index("gone.node**")


def test_notes_markdown_when_empty(content):
    text = notes_markdown(content, {}, [])
    assert "(还没有收藏)" in text and "(还没有笔记)" in text


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1, max_size=80))
def test_notes_markdown_keeps_any_note_text(content, note):
    text = notes_markdown(content, {"survey": note}, [])
    if note.strip():
        assert note.strip("\n") in text
