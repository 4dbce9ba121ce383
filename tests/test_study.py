"""The Markdown export of notes and bookmarks (the study data itself: tests/storage/test_memory.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netmkt_desktop.study import notes_markdown


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
