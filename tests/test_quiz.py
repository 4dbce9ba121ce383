"""Self-check questions: every answer is re-derived here from the content or tiers.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from netmkt_desktop.content import Content, NodeKind, parse_content, seed_path
from netmkt_desktop.quiz import (
    reshuffled,
    stem_keys,
    HEADCOUNTS,
    Question,
    check_answer,
    generate_quiz,
    question_by_id,
    question_ids,
)
from netmkt_desktop.tiers import Tier, tier_structure

SEEDS = range(6)


def content_without(*removed: str) -> Content:
    """The seed content with nodes (and their textbook children) removed, links and refs pruned."""
    data = json.loads(seed_path().read_text(encoding="utf-8"))
    gone = set(removed)

    def collect(items, inside=False):
        for item in items:
            hit = inside or item.get("id") in gone
            if hit and "id" in item:
                gone.add(item["id"])
            collect(item.get("children", []), hit)

    def prune(items):
        kept = []
        for item in items:
            if item.get("id") in gone or item.get("ref") in gone:
                continue
            if "links" in item:
                item["links"] = [link for link in item["links"] if link not in gone]
            if "children" in item:
                item["children"] = prune(item["children"])
            kept.append(item)
        return kept

    collect(data["textbook"])
    data["textbook"], data["topics"] = prune(data["textbook"]), prune(data["topics"])
    pack, textbook, topics, nodes = parse_content(data, "test-content.json")
    return Content(packs=[pack], nodes=nodes, textbook=textbook, topics=topics)


def expected_ladder(headcount: int, little: bool) -> str:
    levels = ["或".join(t.label for t in level) for level in tier_structure(headcount, little).levels]
    return "只设" + levels[0] if len(levels) == 1 else "、".join(levels)


def quoted(prompt: str) -> str:
    return re.search(r"“(.+?)”", prompt).group(1)


def verify(content: Content, q: Question) -> None:
    """Check a question's shape and, independently of quiz.py, that its answer is right."""
    assert MIN <= len(q.options) <= MAX, q
    assert len(set(q.options)) == len(q.options), q
    assert all(0 <= i < len(q.options) for i in q.answer)
    assert len(set(q.answer)) == len(q.answer)
    assert content.node(q.node_id) is not None
    assert q.prompt and q.explanation
    assert check_answer(q, q.answer)
    right = [q.options[i] for i in q.answer]
    wrong = [o for i, o in enumerate(q.options) if i not in q.answer]
    template, _, subject = q.id.partition(":")
    titles = lambda kind: {n.title for n in content.nodes.values() if n.kind == kind}  # noqa: E731

    if template == "worktype_of":
        assert q.kind == "multi" and wrong
        occupation = content.node(q.node_id)
        assert occupation.kind == NodeKind.OCCUPATION and occupation.title in q.prompt
        # The work types are the occupation's children in the textbook (not read via its links).
        listed = {n.title for n in content.nodes.values()
                  if n.kind == NodeKind.WORK_TYPE and content.parent_of(n.id) is occupation}
        assert content.node(subject).title in right
        assert set(right) <= listed and not set(wrong) & listed
        assert set(wrong) <= titles(NodeKind.POSITION) | titles(NodeKind.OCCUPATION) | titles(NodeKind.WORK_TYPE)
    elif template == "task_owner":
        assert q.kind == "choice"
        task = quoted(q.prompt)
        owners = [n for n in content.nodes.values() if task in n.tasks]
        assert len(owners) == 1 and owners[0].kind == NodeKind.OCCUPATION
        assert right[0].startswith(owners[0].title + "的")
        assert not any(o.startswith(owners[0].title) for o in wrong)
        holders = [n for n in content.nodes.values() if n.tasks or n.duties]
        assert all(any(o.startswith(n.title) for n in holders) for o in q.options)
        assert all(task not in n.tasks + n.duties for n in holders if any(o.startswith(n.title) for o in wrong))
    elif template in ("company_tiers", "company_tier_count"):
        assert q.kind == "choice" and q.node_id == "survey"
        little = subject == "little"
        headcount = 0 if little else int(subject)
        if not little:
            assert f"{headcount} 名员工" in q.prompt
        else:
            assert "网络营销业务较少" in q.prompt
        if template == "company_tiers":
            assert right == [expected_ladder(headcount, little)]
        else:
            assert right == [f"{len(tier_structure(headcount, little).levels)} 个层级"]
    elif template == "tier_order":
        assert q.kind == "order" and sorted(q.answer) == list(range(len(q.options)))
        by_title = {n.title: Tier.from_code(n.tier) for n in content.of_kind(NodeKind.TIER)}
        ordered = [by_title[q.options[i]] for i in q.answer]
        assert ordered == sorted(ordered) and len(ordered) == len(by_title)
        assert list(q.answer) != list(range(len(q.options)))  # not handed out already sorted
    elif template == "common_position":
        assert q.kind == "choice"
        positions = titles(NodeKind.POSITION)
        assert right[0] in positions and right[0] == content.node(subject).title
        assert not set(wrong) & positions
        assert set(wrong) <= titles(NodeKind.WORK_TYPE) | titles(NodeKind.OCCUPATION)
    elif template == "staff_duty":
        assert q.kind == "choice"
        duties = content.node(q.node_id).duties
        tasks = {t for n in content.nodes.values() for t in n.tasks}
        assert right[0] in duties
        assert not set(wrong) & set(duties) and set(wrong) <= tasks
    else:
        pytest.fail(f"unknown template in {q.id}")
    if q.kind == "choice":
        assert len(q.answer) == 1


MIN, MAX = 3, 5


def test_every_question_of_every_template_is_right(content):
    ids = question_ids(content)
    templates = {i.partition(":")[0] for i in ids}
    assert templates == {"worktype_of", "task_owner", "company_tiers", "company_tier_count", "tier_order",
                         "common_position", "staff_duty"}
    for qid in ids:
        for rng_seed in SEEDS:
            q = question_by_id(content, qid, rng_seed)
            assert q is not None and q.id == qid and q.rng_seed == rng_seed
            verify(content, q)


def test_subjects_come_from_the_content(content):
    ids = question_ids(content)
    assert len([i for i in ids if i.startswith("task_owner:")]) == 12
    assert sorted(i for i in ids if i.startswith("worktype_of:")) == sorted(
        f"worktype_of:{w}" for w in content.node("occ.internet_marketer").links)
    assert len([i for i in ids if i.startswith("common_position:")]) == 6
    assert len([i for i in ids if i.startswith("staff_duty:")]) == 5
    for n in (499, 600, 999, 1000):
        assert n in HEADCOUNTS
        assert f"company_tiers:{n}" in ids and f"company_tier_count:{n}" in ids
    assert "company_tiers:little" in ids


def test_no_question_asks_about_exactly_500_staff(content):
    """The textbook's "500人以上" and "500人以下" both include 500: no answer would be the book's."""
    assert 500 not in HEADCOUNTS
    ids = question_ids(content)
    assert not [i for i in ids if i.endswith(":500")]
    # A 错题本 entry from before gives no question (the 错题本 skips it), never a 2-tier "wrong" answer.
    assert question_by_id(content, "company_tiers:500", 3) is None
    assert question_by_id(content, "company_tier_count:500", 3) is None
    for seed in range(60):
        assert not [q for q in generate_quiz(content, 10, seed=seed) if "500 名员工" in q.prompt]


def test_quoted_items_stand_side_by_side_without_a_dunhao(content):
    """GB/T 15834: “电商主播”“内容营销”, not “电商主播”、“内容营销”."""
    texts = [t for qid in question_ids(content) for seed in SEEDS
             for q in [question_by_id(content, qid, seed)] for t in (q.prompt, q.explanation, *q.options)]
    assert not [t for t in texts if "”、“" in t]
    assert any("”“" in t for t in texts)  # lists of quoted items do occur


def test_tier_order_explanation_quotes_the_textbook_sentence(content):
    sentence = content.node("survey").body[2].text
    explanation = question_by_id(content, "tier_order:tiers", 1).explanation
    assert f"教材原文:“{sentence}”" in explanation


@pytest.mark.parametrize(("subject", "text"), [
    ("499", "专员、经理"), ("600", "专员、主管或经理、总监"), ("999", "专员、主管或经理、总监"),
    ("1000", "专员、主管、经理、总监"), ("little", "只设专员"),
])
def test_tier_answers_match_the_textbook(content, subject, text):
    q = question_by_id(content, f"company_tiers:{subject}", 3)
    assert q.options[q.answer[0]] == text


def test_generated_quizzes_are_right_and_reproducible(content):
    for seed in range(25):
        quiz = generate_quiz(content, 10, seed=seed)
        assert len(quiz) == 10 and len({q.id for q in quiz}) == 10
        for q in quiz:
            verify(content, q)
        assert generate_quiz(content, 10, seed=seed) == quiz
    assert len({tuple(q.id for q in generate_quiz(content, 10, seed=s)) for s in range(10)}) == 10
    layouts = {tuple(q.options for q in generate_quiz(content, 1000, seed=s) if q.id == "tier_order:tiers")
               for s in range(10)}
    assert len(layouts) > 1


def test_a_quiz_mixes_the_templates(content):
    quiz = generate_quiz(content, 7, seed=42)
    assert len({q.id.partition(":")[0] for q in quiz}) == 7


def test_count_limits(content):
    everything = generate_quiz(content, 1000, seed=1)  # as many as there are different stems
    stems = [key for q in everything for key in stem_keys(q)]
    assert len(stems) == len(set(stems)) and len(everything) >= 10
    assert {q.id for q in everything} <= set(question_ids(content))
    assert generate_quiz(content, 0, seed=1) == []
    assert len(generate_quiz(content, 3)) == 3  # no seed: still valid


def test_question_by_id_round_trip(content):
    for q in generate_quiz(content, 20, seed=7):
        assert question_by_id(content, q.id, q.rng_seed) == q
        again = question_by_id(content, q.id)
        assert again.id == q.id and again.node_id == q.node_id  # distractors may differ
        verify(content, again)


@pytest.mark.parametrize("qid", [
    "", "nonsense", "worktype_of:", "worktype_of:pos.ecommerce_host", "worktype_of:missing",
    "task_owner:00000000", "company_tiers:abc", "company_tiers:-5", "company_tiers:１０", "tier_order:x",
    "common_position:wt.live_seller", "staff_duty:zzz", "unknown:tiers",
])
def test_unknown_ids_give_none(content, qid):
    assert question_by_id(content, qid) is None


def test_check_answer(content):
    multi = question_by_id(content, "worktype_of:wt.live_seller", 1)
    order = question_by_id(content, "tier_order:tiers", 1)
    choice = question_by_id(content, "company_tiers:800", 1)
    assert check_answer(multi, list(reversed(multi.answer)))
    assert not check_answer(multi, [i for i in range(len(multi.options)) if i not in multi.answer])
    assert not check_answer(multi, multi.answer + multi.answer[:1])  # a duplicate is not an answer
    if len(multi.answer) > 1:
        assert not check_answer(multi, multi.answer[1:])
    assert not check_answer(order, list(reversed(order.answer)))
    assert not check_answer(order, order.answer[:-1])
    wrong = next(i for i in range(len(choice.options)) if i not in choice.answer)
    assert not check_answer(choice, [wrong])
    assert not check_answer(choice, [])
    assert not check_answer(choice, [99])
    assert not check_answer(choice, [-1])
    assert not check_answer(choice, ["x"])


@pytest.mark.parametrize(("removed", "vanished"), [
    ("wt.video_promoter", ["worktype_of:wt.video_promoter"]),
    ("pos.content_marketing", ["common_position:pos.content_marketing"]),
    ("survey", ["company_tiers:600", "company_tier_count:little", "tier_order:tiers"]),
    ("occ.all_media_operator", ["task_owner:"]),  # its tasks, and the others lose an option
    ("staff_duties", ["staff_duty:", "task_owner:"]),  # task questions lose their 3rd option
])
def test_content_with_nodes_removed(content, removed, vanished):
    smaller = content_without(removed)
    assert smaller.node(removed) is None and content.node(removed) is not None
    old_ids = question_ids(content)
    for prefix in vanished:
        gone = [i for i in old_ids if i.startswith(prefix)]
        assert gone
        assert all(question_by_id(smaller, i) is None for i in gone)
    for seed in range(5):
        quiz = generate_quiz(smaller, 10, seed=seed)
        assert quiz
        for q in quiz:
            verify(smaller, q)
            assert not q.id.startswith(tuple(vanished))
    for qid in question_ids(smaller):
        verify(smaller, question_by_id(smaller, qid))


def test_quiz_and_search_do_not_import_qt():
    code = ("import sys, netmkt_desktop.quiz, netmkt_desktop.search; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- sets without repeats, 错题本 in a new order (issue 15) -------------------------------------


def test_a_set_never_asks_the_same_stem_twice(content):
    for seed in range(300):
        quiz = generate_quiz(content, 10, seed=seed)
        assert len(quiz) == 10
        assert len({q.prompt for q in quiz}) == 10, seed
        keys = [key for q in quiz for key in stem_keys(q)]
        assert len(keys) == len(set(keys)), seed
    # the stems a set keeps apart: 500 and 800 staff ask the same; tiers and their number give each other away
    def shared(a: str, b: str) -> bool:
        return bool(set(stem_keys(question_by_id(content, a))) & set(stem_keys(question_by_id(content, b))))

    assert shared("company_tiers:600", "company_tiers:800")
    assert shared("company_tiers:800", "company_tier_count:800")
    assert shared("common_position:pos.ecommerce_host", "common_position:pos.online_promotion")
    assert not shared("company_tiers:800", "company_tier_count:little")


def test_reshuffled_keeps_the_question_and_moves_the_right_options(content):
    import random

    rng = random.Random(5)
    for qid in question_ids(content):
        q = question_by_id(content, qid, 3)
        again = reshuffled(q, rng)
        assert (again.id, again.prompt, again.kind, again.explanation) == (q.id, q.prompt, q.kind, q.explanation)
        assert sorted(again.options) == sorted(q.options) and again.options != q.options
        right = [q.options[i] for i in q.answer]
        assert [again.options[i] for i in again.answer] == right if q.kind == "order" else \
            sorted(again.options[i] for i in again.answer) == sorted(right)
        assert check_answer(again, list(again.answer)) and not check_answer(again, list(q.answer)) or \
            again.answer == q.answer and len(q.answer) == len(q.options)
        if q.kind == "order":
            assert again.answer != tuple(range(len(q.options)))  # never handed out in the right order
