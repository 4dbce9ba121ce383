import copy
import json
from pathlib import Path

import pytest

from netmkt_desktop.content import FORMAT_VERSION, NodeKind, Origin, load_content, seed_path
from netmkt_desktop.errors import ContentError
from netmkt_desktop.packs import version_key
from netmkt_desktop.tiers import Tier

SEED_TEXT = Path(__file__).parent / "data" / "seed_section.txt"


def seed_lines() -> list[str]:
    return [line for line in SEED_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_sentence_of_the_textbook_is_in_the_content(content):
    texts = "\n".join(t for node in content.nodes.values() for t in node.texts())
    missing = [line for line in seed_lines() if line not in texts]
    assert missing == []


def test_textbook_order_follows_the_seed(content):
    # The first line of each node's own text appears in the seed in reading order.
    seed = SEED_TEXT.read_text(encoding="utf-8")
    found, last = 0, 0
    for node in content.reading_order:
        first = node.heading or next((b.text for b in node.body if b.text), "")
        if node.kind in (NodeKind.EXTENSION, NodeKind.TIER, NodeKind.WORK_TYPE, NodeKind.POSITION) or not first:
            continue
        position = seed.find(first, last)
        assert position >= 0, f"{node.id} is out of the textbook's order"
        last, found = position, found + 1
    assert found >= 12


def test_structure_of_the_section(content):
    occupations = content.of_kind(NodeKind.OCCUPATION)
    assert [o.title for o in occupations] == ["互联网营销师", "全媒体运营师"]
    assert len(occupations[0].tasks) == 7 and len(occupations[1].tasks) == 5
    assert occupations[0].tasks[2] == "选定相关产品,设计策划营销方案,制定佣金结算方式。"
    assert occupations[0].description.startswith("互联网营销师指在数字化信息平台上")
    work_types = [content.node(i).title for i in occupations[0].links]
    assert work_types == ["直播销售员", "商品选品员", "视频创推员", "平台管理员"]
    assert all(content.parent_of(i).id == "occ.internet_marketer" for i in occupations[0].links)
    positions = [p.title for p in content.of_kind(NodeKind.POSITION)]
    assert positions == ["电商主播", "新媒体营销", "网络推广", "社群运营/私域运营", "内容营销", "营销策划"]
    assert len(content.node("staff_duties").duties) == 5
    assert [n.tier for n in content.of_kind(NodeKind.TIER)] == [t.code for t in Tier]
    assert content.node("sidebar.occupation_work_type_position").kind == NodeKind.SIDEBAR
    assert content.node("survey").kind == NodeKind.FURTHER_READING


def test_extension_nodes_carry_their_source(content):
    extensions = content.of_kind(NodeKind.EXTENSION)
    assert extensions
    assert all(e.source for e in extensions)


def test_topics_outline_groups_by_occupation_position_and_tier(content):
    assert [item.node.title for item in content.topics] == ["职业", "岗位", "岗位层级"]
    assert content.topics[0].children[0].node.id == "occupation_cognition"
    assert content.topics[0].children[0].children == []  # explicit "children": [] keeps it a leaf
    occupation = content.topics[0].children[1]
    assert occupation.node.id == "occ.internet_marketer"
    assert [c.node.title for c in occupation.children][:4] == ["直播销售员", "商品选品员", "视频创推员", "平台管理员"]
    # A reference without its own children brings the textbook's children along.
    common = next(c for c in content.topics[1].children if c.node.id == "common_positions")
    assert len(common.children) == 6
    assert common.children[0].parent is common


def test_breadcrumb_and_neighbours(content):
    assert [n.title for n in content.breadcrumb("pos.ecommerce_host")] == [
        "知识基石", "认识网络营销岗位", "岗位认知", "常见的网络营销岗位", "电商主播"]
    order = content.reading_order
    assert content.neighbour(order[0].id, -1) is None
    assert content.neighbour(order[0].id, +1) is order[1]
    assert content.neighbour(order[-1].id, +1) is None
    assert content.breadcrumb("topic.tiers")[0].title == "岗位层级"


def test_every_node_is_the_reading_order_then_the_rest(content):
    every = content.every_node()
    order = content.reading_order
    assert every[:len(order)] == order
    assert sorted(n.id for n in every) == sorted(content.nodes)
    assert "topic.tiers" in {n.id for n in every[len(order):]}


def test_chinese_substring_is_found_in_search_text(content):
    hits = [n.title for n in content.nodes.values() if "直播" in n.search_text]
    assert "直播销售员" in hits and "岗位认知" in hits  # 直播看房 is in the 岗位认知 text


# -- faults ------------------------------------------------------------------------------------


@pytest.fixture
def raw():
    return json.loads(seed_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="pack.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def fault(tmp_path, data) -> ContentError:
    path = write(tmp_path, data)
    with pytest.raises(ContentError) as info:
        load_content(path)
    assert info.value.file == str(path)
    assert str(path) in str(info.value)
    return info.value


def test_bad_syntax_names_line_and_column(tmp_path):
    err = fault(tmp_path, '{"format": "netmkt-content",\n  "pack": }')
    assert err.place == "第 2 行第 11 列"
    assert "JSON 语法错误" in err.reason


def test_missing_field(tmp_path, raw):
    del raw["textbook"][0]["children"][0]["children"][0]["children"][0]["title"]
    err = fault(tmp_path, raw)
    assert err.place == "textbook[0].children[0].children[0].children[0]"
    assert err.reason == "缺少必填字段“title”"


def test_duplicate_id(tmp_path, raw):
    section = raw["textbook"][0]["children"][0]["children"][1]
    section["children"][1]["id"] = "staff_positioning"
    err = fault(tmp_path, raw)
    assert err.place == "textbook[0].children[0].children[1].children[1].id"
    assert "重复" in err.reason and "textbook[0].children[0].children[1].children[0]" in err.reason


def test_link_to_unknown_id(tmp_path, raw):
    occupation = raw["textbook"][0]["children"][0]["children"][0]["children"][0]
    occupation["links"][3] = "wt.no_such"
    err = fault(tmp_path, raw)
    assert err.place == "textbook[0].children[0].children[0].children[0].links[3]"
    assert "不存在" in err.reason and "wt.no_such" in err.reason


def test_topic_reference_to_unknown_id(tmp_path, raw):
    raw["topics"][1]["children"][0]["ref"] = "gone"
    err = fault(tmp_path, raw)
    assert err.place == "topics[1].children[0].ref"
    assert "gone" in err.reason


def test_wrong_type_in_a_numbered_list(tmp_path, raw):
    occupation = raw["textbook"][0]["children"][0]["children"][0]["children"][0]
    occupation["body"][3]["ol"][3] = 42
    err = fault(tmp_path, raw)
    assert err.place == "textbook[0].children[0].children[0].children[0].body[3].ol[3]"
    assert "数字" in err.reason


@pytest.mark.parametrize(
    ("change", "place", "reason"),
    [
        (lambda d: d.update(format="other"), "format", "不是本软件的内容文件"),
        (lambda d: d.update(format_version=99), "format_version", "比本软件支持的版本"),
        (lambda d: d.update(format_version="1"), "format_version", "应为整数"),
        (lambda d: d["pack"].pop("version"), "pack", "缺少必填字段“version”"),
        (lambda d: d["textbook"][0].update(kind="chapterx"), "textbook[0].kind", "未知的节点类型"),
        (lambda d: d["textbook"][0].update(title=["a"]), "textbook[0].title", "应为文本,实际为列表"),
        (lambda d: d["textbook"][0].update(children={}), "textbook[0].children", "应为列表"),
        (lambda d: d["textbook"][0].update(id="has space"), "textbook[0].id", "只能由字母"),
        (lambda d: d["textbook"][0].update(colour="red"), "textbook[0]", "未知字段“colour”"),
        (lambda d: d["textbook"].__setitem__(0, "text"), "textbook[0]", "应为对象"),
        (lambda d: d["textbook"][0].update(body=[{"p": "a", "h": "b"}]), "textbook[0].body[0]", "有且只有"),
        (lambda d: d["textbook"][0].update(kind="extension"), "textbook[0]", "缺少必填字段“source”"),
        (lambda d: d["textbook"][0].update(kind="tier", tier="ceo"), "textbook[0].tier", "未知的岗位层级"),
        (lambda d: d.update(format_version=1), "pack", "字段“default_origin”从内容格式版本 2 起才有"),
        (lambda d: d["textbook"][0].update(origin="book"), "textbook[0].origin", "未知的文字来源“book”"),
        (lambda d: d["textbook"][0].update(title_origin=2), "textbook[0].title_origin", "应为文本"),
        (lambda d: d["pack"].update(default_origin="extension"), "pack.default_origin", "只能是“textbook”或“editorial”"),
        (lambda d: d["textbook"][0].update(kind="extension", source="某报告", origin="textbook"), "textbook[0].origin",
         "文字来源只能是“extension”"),
        (lambda d: d["textbook"][0].update(origin="extension"), "textbook[0]", "缺少必填字段“source”"),
        (lambda d: d["textbook"][0]["children"][0]["children"][0]["body"][1].update(notes=["gone"]),
         "textbook[0].children[0].children[0].body[1].notes[0]", "不存在的节点 id“gone”"),
    ],
)
def test_each_fault_is_named(tmp_path, raw, change, place, reason):
    data = copy.deepcopy(raw)
    change(data)
    err = fault(tmp_path, data)
    assert err.place == place
    assert reason in err.reason


def test_a_version_1_pack_still_loads_with_its_words_as_its_editors(tmp_path):
    pack = {"format": "netmkt-content", "format_version": 1,
            "pack": {"id": "wang.live", "name": "直播带货实务", "version": "1.0"},
            "textbook": [{"id": "wang.ch", "kind": "chapter", "title": "直播带货实务",
                          "body": [{"p": "补充材料。"}],
                          "children": [{"id": "wang.fact", "kind": "extension", "title": "数据", "source": "某报告"}]}]}
    content = load_content(write(tmp_path, pack))
    assert content.packs[0].default_origin == Origin.EDITORIAL
    assert content.node("wang.ch").origin == Origin.EDITORIAL == content.node("wang.ch").title_origin
    assert content.node("wang.fact").origin == Origin.EXTENSION


def test_version_2_fields_say_whose_words_a_text_is(tmp_path):
    pack = {"format": "netmkt-content", "format_version": 2,
            "pack": {"id": "t", "name": "教材第二节", "version": "1.0", "default_origin": "textbook"},
            "textbook": [{"id": "t.s2", "kind": "chapter", "title": "第二节", "title_origin": "editorial",
                          "body": [{"p": "教材的一句话。", "notes": ["t.note"]}],
                          "children": [{"id": "t.note", "kind": "topic", "title": "说明", "origin": "editorial",
                                        "body": [{"p": "老师的说明。"}]}]}]}
    content = load_content(write(tmp_path, pack))
    chapter = content.node("t.s2")
    assert (chapter.origin, chapter.title_origin) == (Origin.TEXTBOOK, Origin.EDITORIAL)
    assert chapter.body[0].notes == ("t.note",)
    assert content.node("t.note").origin == Origin.EDITORIAL


def test_the_core_is_format_version_2_with_a_newer_content_version(raw):
    assert raw["format_version"] == FORMAT_VERSION == 2
    assert version_key(raw["pack"]["version"]) > version_key("2026.11.1")  # the version before origins


def test_not_utf8(tmp_path):
    path = tmp_path / "gbk.json"
    path.write_bytes('{"format": "网络"}'.encode("gbk"))
    with pytest.raises(ContentError, match="不是 UTF-8"):
        load_content(path)


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="无法读取文件"):
        load_content(tmp_path / "nope.json")


def test_deep_nesting_is_refused(tmp_path, raw):
    node = {"id": "n0", "kind": "topic", "title": "t"}
    top = node
    for i in range(1, 40):
        child = {"id": f"n{i}", "kind": "topic", "title": "t"}
        node["children"] = [child]
        node = child
    raw["textbook"].append(top)
    err = fault(tmp_path, raw)
    assert "嵌套层数" in err.reason


def test_absurdly_deep_json_is_refused_without_a_traceback(tmp_path):
    err = fault(tmp_path, "[" * 100000 + "]" * 100000)
    assert "嵌套" in err.reason
