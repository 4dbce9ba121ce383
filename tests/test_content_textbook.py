"""The content says only what the textbook says: a check of seed/core.json against the textbook section.

For every node, each text marked as the textbook's (the core's default origin, so every text not
marked otherwise) occurs word for word in the textbook section; and every line of the section
occurs in text marked as the textbook's, so each sentence stays reachable.

The textbook section is ``shared/seed/000_1a246b3b01c5c564.txt`` beside the project (found by
walking up from this checkout, or named by ``NETMKT_TEXTBOOK_SECTION``).  ``tests/data/seed_section.txt``
is a byte-for-byte copy of it: the copy is used where the section itself is absent (in CI), but only
while its SHA-256 is still the section's, so editing the copy along with core.json cannot make the
check pass.  With neither file the tests are skipped, and the reason says which files were looked for.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from netmkt_desktop.content import Content, NodeKind, Origin, numbered, parse_content, seed_path

ROOT = Path(__file__).resolve().parent.parent
SECTION_NAME = "000_1a246b3b01c5c564.txt"
COPY = Path(__file__).parent / "data" / "seed_section.txt"
# SHA-256 of the textbook section (知识基石 第一节 认识网络营销岗位), 6010 bytes of UTF-8.
SECTION_SHA256 = "abe4851b1aa5b0fa80502fdac0aa76191842e28e885056738499ca12073d38d0"


def find_section() -> Path | None:
    named = os.environ.get("NETMKT_TEXTBOOK_SECTION")
    if named:
        return Path(named)
    for folder in ROOT.parents:
        candidate = folder / "shared" / "seed" / SECTION_NAME
        if candidate.is_file():
            return candidate
    return None


def read_book() -> str:
    """The textbook section's text: the section itself, or its pinned copy (skip if neither)."""
    section = find_section()
    if section is not None and section.is_file():
        data = section.read_bytes()
        assert hashlib.sha256(data).hexdigest() == SECTION_SHA256, f"{section} is not the textbook section"
        assert COPY.read_bytes() == data, f"{COPY} is no longer a copy of {section}"
        return data.decode("utf-8")
    if not COPY.is_file():
        pytest.skip(f"the textbook section is absent: neither {SECTION_NAME} in a shared/seed folder above "
                    f"{ROOT} (or NETMKT_TEXTBOOK_SECTION) nor its copy {COPY} exists")
    data = COPY.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SECTION_SHA256, (
        f"{COPY} differs from the textbook section (SHA-256 {SECTION_SHA256}): restore it, do not edit it")
    return data.decode("utf-8")


@pytest.fixture(scope="module")
def book() -> str:
    return read_book()


def in_book_as_a_title(title: str, book: str) -> bool:
    """True when ``title`` stands in the book other than as a cut-off piece of a 《…》 name: the
    app's "互联网营销师国家职业技能标准" is a piece of 《互联网营销师国家职业技能标准(2021年版)》, not a
    title of the book's."""
    start = book.find(title)
    while start >= 0:
        end = start + len(title)
        opened = book.rfind("《", 0, start + 1)
        closed = book.find("》", opened) if opened >= 0 else -1
        inside = 0 <= opened and book.rfind("》", 0, start) < opened and end <= closed + 1
        if not inside or (start == opened and end == closed + 1):
            return True
        start = book.find(title, start + 1)
    return False


def textbook_texts(node) -> list[str]:
    """The texts of a node marked as the textbook's, each as the reader sees it."""
    if node.origin != Origin.TEXTBOOK:
        return [node.title] if node.title_origin == Origin.TEXTBOOK else []
    texts = [node.heading] if node.heading else []
    if node.title_origin == Origin.TEXTBOOK:
        texts.append(node.title)
    for block in node.body:
        if block.kind == "ol":
            texts += [numbered(n, item) for n, item in enumerate(block.items, 1)]
        else:
            texts.append(block.text)
    if node.source:
        texts.append(node.source)  # a textbook node has no source: any source would be checked as the book's
    return texts


def textbook_problems(content: Content, book: str) -> list[str]:
    """Every way the content departs from the textbook; empty when it says only what the book says."""
    problems = []
    for node in content.every_node():
        for text in textbook_texts(node):
            if text not in book:
                problems.append(f"{node.id}: 标为教材原文,但教材中没有:{text}")
        if node.title_origin == Origin.TEXTBOOK and node.title in book and not in_book_as_a_title(node.title, book):
            problems.append(f"{node.id}: 标题标为教材原文,但在教材中只是书名的一部分:{node.title}")
    marked = "\n".join(t for node in content.reading_order for t in textbook_texts(node))
    for line in book.splitlines():
        if line.strip() and line not in marked:
            problems.append(f"教材原文没有出现在标为教材原文的内容中:{line}")
    return problems


def core_data() -> dict:
    return json.loads(seed_path().read_text(encoding="utf-8"))


def load(data: dict) -> Content:
    pack, textbook, topics, nodes = parse_content(data, "core-copy.json")
    return Content([pack], nodes, textbook, topics)


def walk(items):
    for item in items:
        yield item
        yield from walk(item.get("children", []))


def raw_node(data: dict, node_id: str) -> dict:
    return next(n for n in walk(data["textbook"] + data["topics"]) if n.get("id") == node_id)


# -- the shipped content ---------------------------------------------------------------------------


def test_the_core_says_only_what_the_textbook_says(content, book):
    assert textbook_problems(content, book) == []


def test_the_core_marks_its_own_words_and_its_facts(content):
    assert content.packs[0].default_origin == Origin.TEXTBOOK
    assert {n.id for n in content.nodes.values() if n.origin == Origin.EDITORIAL} == {
        "topic.occupations", "topic.positions", "topic.tiers"}
    assert all(n.origin == Origin.EXTENSION for n in content.of_kind(NodeKind.EXTENSION))
    assert [n.id for n in content.nodes.values() if n.title_origin != n.origin] == ["standard_2021"]


def test_every_line_of_the_textbook_is_in_the_reading_order(content, book):
    """Reachable: each line stands in a node of the textbook outline (PageDown reaches it)."""
    order = "\n".join(t for node in content.reading_order for t in node.texts())
    assert [line for line in book.splitlines() if line.strip() and line not in order] == []


# -- the check catches a departure --------------------------------------------------------------------


def one_character_changed(text: str, book: str) -> str:
    """``text`` with one character replaced, so that it is no longer in the book."""
    middle = len(text) // 2
    changed = text[:middle] + "〇" + text[middle + 1:]
    assert changed != text and changed not in book
    return changed


def textbook_places(data: dict):
    """(node id, path to a text) of every heading, paragraph, sub-heading and list item of the core
    marked as the textbook's; the path is a list of keys and indices inside the node."""
    for node in walk(data["textbook"]):
        if node.get("kind") == "extension" or node.get("origin", "textbook") != "textbook":
            continue
        if node.get("heading"):
            yield node["id"], ["heading"]
        for b, block in enumerate(node.get("body", [])):
            if "ol" in block:
                for k in range(len(block["ol"])):
                    yield node["id"], ["body", b, "ol", k]
            else:
                yield node["id"], ["body", b, "p" if "p" in block else "h"]


def change_one_character(data: dict, node_id: str, path: list, book: str) -> None:
    holder = raw_node(data, node_id)
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = one_character_changed(holder[path[-1]], book)


def test_changing_any_textbook_sentence_by_one_character_fails_the_check(book):
    data = core_data()
    assert textbook_problems(load(data), book) == []
    changes = list(textbook_places(data))
    assert len(changes) >= 45  # paragraphs, headings and list items of the section
    for node_id, path in changes:
        copy_of_core = copy.deepcopy(data)
        change_one_character(copy_of_core, node_id, path, book)
        problems = textbook_problems(load(copy_of_core), book)
        assert any(p.startswith(f"{node_id}: ") for p in problems), (node_id, path)
        original = raw_node(data, node_id)
        for key in path:
            original = original[key]
        if book.count(original) == 1:  # "1.职业描述" stands twice: the other one still reaches the line
            assert any(p.startswith("教材原文没有出现") for p in problems), (node_id, path)


def test_a_title_the_app_added_must_be_marked(book):
    data = core_data()
    del raw_node(data, "standard_2021")["title_origin"]
    assert textbook_problems(load(data), book) == ["standard_2021: 标题标为教材原文,但在教材中只是书名的一部分:互联网营销师国家职业技能标准"]


def test_a_title_the_app_changed_is_caught(book):
    data = core_data()
    raw_node(data, "occupation_cognition")["title"] = "职业认知概述"
    assert textbook_problems(load(data), book) == ["occupation_cognition: 标为教材原文,但教材中没有:职业认知概述"]


@pytest.mark.parametrize(("title", "whole"), [
    ("互联网营销师国家职业技能标准", False),
    ("《互联网营销师国家职业技能标准(2021年版)》", True),
    ("互联网营销师", True),
    ("国务院关于推行终身职业技能培训制度的意见", False),
])
def test_a_piece_of_a_book_name_is_not_a_title(book, title, whole):
    assert in_book_as_a_title(title, book) is whole


def test_an_unmarked_category_page_is_caught(book):
    data = core_data()
    del raw_node(data, "topic.tiers")["origin"]
    problems = textbook_problems(load(data), book)
    assert problems and all(p.startswith("topic.tiers: ") for p in problems)


def test_textbook_text_marked_as_the_apps_leaves_a_sentence_unreachable(book):
    data = core_data()
    raw_node(data, "survey")["origin"] = "editorial"
    problems = textbook_problems(load(data), book)
    assert "教材原文没有出现在标为教材原文的内容中:" + raw_node(data, "survey")["body"][2]["p"] in problems


def test_a_copy_that_drifted_from_the_section_is_refused(tmp_path, monkeypatch):
    drifted = tmp_path / "seed_section.txt"
    drifted.write_bytes(COPY.read_bytes().replace("迅猛".encode(), "迅速".encode()))
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "COPY", drifted)
    monkeypatch.setattr(module, "find_section", lambda: None)
    with pytest.raises(AssertionError, match="differs from the textbook section"):
        read_book()


def test_without_the_section_or_its_copy_the_check_is_skipped_with_the_reason(tmp_path, monkeypatch):
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "COPY", tmp_path / "absent.txt")
    monkeypatch.setattr(module, "find_section", lambda: None)
    with pytest.raises(pytest.skip.Exception, match="the textbook section is absent"):
        read_book()


def test_the_copy_in_the_tests_is_the_section_byte_for_byte():
    assert hashlib.sha256(COPY.read_bytes()).hexdigest() == SECTION_SHA256
