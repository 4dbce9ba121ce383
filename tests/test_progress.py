"""Learning progress: what can be marked, one total per node, a chart whose parts add up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netmkt_desktop.content import NodeKind
from netmkt_desktop.progress import Progress, is_readable, percent, progress_by_section, progress_text, top_sections


def test_only_readable_nodes_can_be_marked(content):
    progress = Progress(content)
    categories = {"topic.occupations", "topic.positions", "topic.tiers", "foundation", "foundation.s1"}
    assert {n.id for n in content.nodes.values() if not is_readable(n)} == categories
    assert all(content.node(i).kind != NodeKind.GROUP for i in progress.readable)
    assert progress.mark("topic.occupations", True) == set()  # 职业 is a category: nothing changes
    assert progress.counts("topic.occupations")[0] == 0
    assert progress.set_learned({"topic.tiers", "survey"}) and progress.learned == {"survey"}


def test_a_node_has_one_total_whatever_outline_shows_it(content):
    progress = Progress(content)
    below = {}
    for roots in (content.textbook, content.topics):
        for root in roots:
            for item in root.walk():
                ids = {i.node.id for i in item.walk()} & progress.readable
                below.setdefault(item.node.id, set()).update(ids)
    for node_id, ids in below.items():
        assert progress.counts(node_id) == (0, len(ids)), node_id
    # 互联网营销师 stands in both outlines with the same rows below it, and counts them
    textbook = {i.node.id for i in content.textbook_item("occ.internet_marketer").walk()}
    assert progress.counts("occ.internet_marketer") == (0, len(textbook & progress.readable))
    topics = next(i for r in content.topics for i in r.walk() if i.node.id == "occ.internet_marketer")
    assert {i.node.id for i in topics.walk()} == textbook


def test_marks_count_up_every_node_above_in_both_outlines(content):
    progress = Progress(content)
    changed = progress.mark("wt.live_seller", True)
    assert {"wt.live_seller", "occ.internet_marketer", "occupation_cognition", "foundation",
            "topic.occupations"} <= changed
    assert progress.counts("topic.occupations")[0] == progress.counts("occupation_cognition")[0] == 1
    assert progress.mark("wt.live_seller", True) == set()  # already learned
    progress.mark("wt.live_seller", False)
    assert progress.counts("foundation")[0] == 0


def test_the_chart_adds_up_to_its_whole(content):
    assert [i.node.id for i in top_sections(content)] == ["occupation_cognition", "position_cognition"]
    readable = {n.id for n in content.reading_order if is_readable(n)}
    rows = progress_by_section(content, set())
    *parts, whole = rows
    assert sum(r.total for r in parts) == whole.total == len(readable) == 32
    progress = Progress(content)
    assert whole.total == progress.counts("foundation")[1]  # the tree's 知识基石 shows the same total
    for row in parts:
        assert row.total == progress.counts(row.node.id)[1]
    rows = progress_by_section(content, {"wt.live_seller", "survey", "staff_duties", "topic.tiers", "not.a.node"})
    assert [(r.learned, r.total) for r in rows] == [(1, 15), (2, 17), (3, 32)]
    everything = progress_by_section(content, readable)
    assert all(r.learned == r.total and r.percent == 100 for r in everything)


def test_percentages_round_to_nearest_and_never_hide_a_start_or_claim_the_end():
    assert percent(1, 15) == 7 and progress_text(1, 15) == "1/15 · 7%"
    assert percent(3, 12) == 25 and percent(1, 8) == 13  # 12.5 rounds up
    assert percent(1, 1000) == 1 and percent(999, 1000) == 99
    assert percent(0, 15) == 0 and percent(15, 15) == 100 and percent(0, 0) == 0
    assert progress_text(199, 200) == "199/200 · 99%"


@given(st.integers(0, 5000), st.integers(1, 5000))
def test_percent_is_within_half_a_point_unless_it_would_read_0_or_100(learned, total):
    learned = min(learned, total)
    value = percent(learned, total)
    exact = learned * 100 / total
    if 0 < learned < total:
        assert 1 <= value <= 99
        assert abs(value - exact) <= 0.5 or value in (1, 99)
    else:
        assert value == round(exact)
