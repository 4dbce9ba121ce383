"""Search over the content and notes: substring matching, ordering, snippets, pinyin initials."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netmkt_desktop import pinyin
from netmkt_desktop.search import CONTEXT, ELLIPSIS, Hit, SearchIndex, fold


@pytest.fixture(scope="module")
def index(content):
    return SearchIndex(content)


def group(hit: Hit, query: str) -> int:
    """The expected group of a hit, worked out from the hit's own title."""
    if hit.field == "title":
        title, q = hit.title.casefold(), query.strip().casefold()
        if q in title:
            return 0 if title == q else 1 if title.startswith(q) else 2
        start, end = hit.spans[0]  # pinyin initials: the span covers the matched characters
        return 0 if (start, end) == (0, len(hit.title)) else 1 if start == 0 else 2
    return {"text": 3, "note": 4}[hit.field]


def assert_ordered(content, hits: list[Hit], query: str) -> None:
    place = {n.id: i for i, n in enumerate(content.reading_order)}
    keys = [(group(h, query), place.get(h.node_id, len(place))) for h in hits]
    assert keys == sorted(keys)


def assert_spans_point_at(hit: Hit, query: str) -> None:
    assert hit.spans
    for start, end in hit.spans:
        assert fold(hit.snippet[start:end]) == fold(query.strip())


def test_chinese_substrings(content, index):
    hits = index.search("直播")
    by_id = {h.node_id: h for h in hits}
    assert hits[0].node_id == "wt.live_seller" and hits[0].field == "title"
    assert hits[0].snippet == "直播销售员" and hits[0].spans == ((0, 2),)
    paragraph = by_id["position_cognition"]
    assert paragraph.field == "text" and "直播看房" in paragraph.snippet
    assert by_id["occ.internet_marketer"].field == "text"  # (4)搭建数字化营销场景,通过直播或短视频…
    for hit in hits:
        assert_spans_point_at(hit, "直播")
    assert_ordered(content, hits, "直播")
    # Every node whose text contains the query is found, once.
    expected = {n.id for n in content.nodes.values() if "直播" in "\n".join(n.texts())}
    assert {h.node_id for h in hits} == expected and len(hits) == len(expected)


def test_title_groups_exact_then_prefix_then_contains(content, index):
    hits = index.search("岗位")
    titles = [h for h in hits if h.field == "title"]
    assert titles[0].title == "岗位"  # the 岗位 group of the topics outline: exact title
    assert [h.title for h in titles[1:3]] == ["岗位认知", "岗位层级"]  # prefixes, reading order first
    assert "认识网络营销岗位" in [h.title for h in titles[3:]]
    assert all(h.field == "title" for h in hits[: len(titles)])  # titles before any text
    assert_ordered(content, hits, "岗位")
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_a_node_gives_one_content_hit(index):
    hits = index.search("互联网营销师")
    ids = [h.node_id for h in hits if h.field != "note"]
    assert len(ids) == len(set(ids))
    assert hits[0].node_id == "occ.internet_marketer" and hits[0].spans == ((0, 6),)


def test_notes_are_searched_and_marked(content, index):
    notes = {
        "wt.live_seller": "我想以后做直播销售员,先练习直播话术。",
        "survey": "老师说:千人以上的企业四个层级都有。",
        "no.such.node": "直播 in a note of a node that is gone",
        "tier.director": "",
    }
    hits = index.search("直播", notes)
    note_hits = [h for h in hits if h.field == "note"]
    assert [h.node_id for h in note_hits] == ["wt.live_seller"]
    assert note_hits[0].title == "直播销售员"
    assert note_hits[0].spans == ((5, 7), (14, 16))
    assert hits[-1] is note_hits[0]  # notes come last
    assert_ordered(content, hits, "直播")
    assert [(h.node_id, h.field) for h in index.search("千人以上的企业四个", notes)] == [("survey", "note")]
    # An edited note is searched in its new form.
    notes["wt.live_seller"] = "改成了短视频"
    assert [h.field for h in index.search("直播", notes)].count("note") == 0
    assert [h.node_id for h in index.search("短视频", notes) if h.field == "note"] == ["wt.live_seller"]


def test_snippets_are_cut_around_the_first_match(index):
    note = "开头" * 40 + "关键词" + "结尾" * 40 + "关键词"
    [hit] = index.search("关键词", {"survey": note})
    assert hit.snippet.startswith(ELLIPSIS) and hit.snippet.endswith(ELLIPSIS)
    assert len(hit.snippet) == 2 * CONTEXT + 3 + 2
    assert hit.spans == ((1 + CONTEXT, 1 + CONTEXT + 3),)  # the second match lies outside
    [short] = index.search("关键词", {"survey": "关键词\n第二行"})
    assert short.snippet == "关键词 第二行" and short.spans == ((0, 3),)  # one line, nothing cut


def test_case_and_width_insensitive(index):
    notes = {"survey": "学了 SEO 和 Live Streaming,还有ＳＥＭ。"}
    for query in ("seo", "SEO", "sEo", "ｓｅｏ"):
        [hit] = index.search(query, notes)
        assert hit.snippet[slice(*hit.spans[0])] == "SEO"
    [hit] = index.search("sem", notes)
    assert hit.snippet[slice(*hit.spans[0])] == "ＳＥＭ"
    assert [h.node_id for h in index.search("(s)")] == [h.node_id for h in index.search("(S)")]
    assert index.search("(s)")  # 数字职业(S) in the extensions


def test_expanding_case_folds_keep_spans_on_the_original(index):
    [hit] = index.search("STRASSE", {"survey": "Die Straße ist lang"})
    assert hit.snippet[slice(*hit.spans[0])] == "Straße"


@pytest.mark.parametrize("query", ["", " ", "\u3000", "\n\t "])
def test_blank_query_finds_nothing(index, query):
    assert index.search(query, {"survey": "  "}) == []


def test_query_is_trimmed_and_limit_applies(index):
    assert index.search("  直播 ") == index.search("直播")
    assert len(index.search("网络", limit=3)) == 3
    assert index.search("网络", limit=0) == []
    assert index.search("这句话教材里没有") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=12), notes=st.dictionaries(
    st.sampled_from(["survey", "wt.live_seller", "topic.tiers", "gone"]), st.text(max_size=200), max_size=4))
def test_search_never_raises_and_spans_lie_in_snippets(index, query, notes):
    hits = index.search(query, notes)
    for hit in hits:
        assert hit.field in ("title", "text", "note")
        assert hit.spans
        last = 0
        for start, end in hit.spans:
            assert last <= start < end <= len(hit.snippet)
            last = end


@given(query=st.text(alphabet="直播销售员网络营销岗位的 aAsS(", min_size=1, max_size=4))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_spans_point_at_the_query(index, query):
    if not query.strip() or (query.strip().isascii() and query.strip().isalpha()):
        return  # blank, or possibly a pinyin query
    for hit in index.search(query, {"survey": "直播销售员说:网络营销的岗位 aAsS"}):
        assert_spans_point_at(hit, query)


# -- pinyin initials ---------------------------------------------------------------------------


def test_pinyin_initials_match_titles(content):
    if not pinyin.available():
        pytest.skip("no pinyin table (pypinyin) installed")
    index = SearchIndex(content)
    hits = index.search("zbxsy")
    assert hits[0].node_id == "wt.live_seller" and hits[0].field == "title"
    assert hits[0].snippet == "直播销售员" and hits[0].spans == ((0, 5),)
    assert hits[1].node_id == "ext.live_seller_announced"  # 直播销售员工种的发布: prefix
    assert index.search("ZBXSY")[0].node_id == "wt.live_seller"
    [hit] = [h for h in index.search("syyy") if h.node_id == "pos.community_operation"]
    assert hit.snippet[slice(*hit.spans[0])] == "私域运营"
    assert {h.node_id for h in index.search("wlyxzj")} == {"tier.director"}
    assert_ordered(content, index.search("wlyx"), "wlyx")


def test_pinyin_needs_two_letters_and_leaves_text_search_alone(content):
    if not pinyin.available():
        pytest.skip("no pinyin table (pypinyin) installed")
    index = SearchIndex(content)
    assert all(h.field != "title" for h in index.search("s"))  # one letter: no initials matching
    notes = {"survey": "zbxsy 是直播销售员的拼音首字母"}
    hits = index.search("zbxsy", notes)
    assert hits[-1].field == "note" and hits[-1].spans == ((0, 5),)


def test_pinyin_table_is_read_only_for_letter_queries_and_pypinyin_never_imported():
    code = (
        "import sys\n"
        "from netmkt_desktop import pinyin\n"
        "from netmkt_desktop.content import load_content, seed_path\n"
        "from netmkt_desktop.search import SearchIndex\n"
        "index = SearchIndex(load_content(seed_path()))\n"
        "index.search('直播'); index.search('2022'); index.search('a')\n"
        "print(bool(pinyin._known))\n"
        "index.search('zbxsy')\n"
        "print(bool(pinyin._known), 'pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "False"]


def test_without_pypinyin_letter_queries_still_work(content, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypinyin", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "pypinyin.pinyin_dict", None)
    monkeypatch.setattr(pinyin, "_table_path", lambda: None)
    monkeypatch.setattr(pinyin, "_known", {})
    index = SearchIndex(content)
    assert index.prepare_pinyin() is False
    assert index.search("zbxsy") == []
    assert [h.field for h in index.search("zbxsy", {"survey": "ZBXSY"})] == ["note"]
