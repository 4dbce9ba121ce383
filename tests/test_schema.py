"""seed/content.schema.json describes the content format exactly as the loader accepts it."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netmkt_desktop.content import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ID_PATTERN,
    ContentError,
    ListRole,
    NodeKind,
    Origin,
    parse_content,
    seed_path,
)
from netmkt_desktop.tiers import Tier

SCHEMA_PATH = seed_path().parent / "content.schema.json"
ROOT = Path(__file__).resolve().parent.parent


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def loader_accepts(data) -> bool:
    try:
        parse_content(data, "test.json")
    except ContentError:
        return False
    return True


MINIMAL = {
    "format": "netmkt-content",
    "format_version": 1,
    "pack": {"id": "demo", "name": "示例内容包", "version": "1.0"},
    "textbook": [
        {
            "id": "demo.ch1",
            "kind": "chapter",
            "title": "第一章",
            "body": [{"p": "一段文字。"}, {"h": "小标题"}, {"ol": ["第一项", "第二项"], "role": "tasks"}],
            "children": [
                {"id": "demo.ext", "kind": "extension", "title": "拓展", "source": "某报告"},
                {"id": "demo.tier", "kind": "tier", "title": "专员", "tier": "specialist", "links": ["demo.ch1"]},
            ],
        }
    ],
    "topics": [
        {"id": "demo.group", "kind": "group", "title": "分类",
         "children": [{"ref": "demo.ch1"}, {"ref": "demo.tier", "children": []}]},
    ],
}


def node(doc):
    return doc["textbook"][0]


def child(doc, i=0):
    return doc["textbook"][0]["children"][i]


def setter(getter: Callable, key: str, value) -> Callable:
    def mutate(doc):
        getter(doc)[key] = value
    return mutate


def deleter(getter: Callable, key: str) -> Callable:
    def mutate(doc):
        del getter(doc)[key]
    return mutate


def top(doc):
    return doc


def pack(doc):
    return doc["pack"]


def block(i):
    return lambda doc: doc["textbook"][0]["body"][i]


def topic(doc):
    return doc["topics"][0]


def topic_ref(doc):
    return doc["topics"][0]["children"][0]


def v2(mutate: Callable) -> Callable:
    """The mutation on a file that says format_version 2."""
    def both(doc):
        doc["format_version"] = 2
        mutate(doc)
    return both


# (name, mutation, accepted by both)
CASES = [
    ("minimal", lambda doc: None, True),
    ("$schema key", setter(top, "$schema", "content.schema.json"), True),
    ("no topics", deleter(top, "topics"), True),
    ("language and description", lambda doc: doc["pack"].update(language="zh-CN", description=""), True),
    ("id of 128 chars", setter(child, "id", "a" * 128), True),
    ("p with a role", setter(block(0), "role", "description"), True),
    ("ol with empty role", setter(block(2), "role", ""), True),
    ("tier code on a topic node", setter(child, "tier", "manager"), True),
    ("empty tier on a non-tier node", setter(child, "tier", ""), True),
    ("empty source on a non-extension node", setter(node, "source", ""), True),
    ("wrong format", setter(top, "format", "other"), False),
    ("missing format", deleter(top, "format"), False),
    ("format_version newer than the app", setter(top, "format_version", FORMAT_VERSION + 1), False),
    ("format_version 0", setter(top, "format_version", 0), False),
    ("format_version text", setter(top, "format_version", "1"), False),
    ("format_version true", setter(top, "format_version", True), False),
    ("missing pack", deleter(top, "pack"), False),
    ("pack not an object", setter(top, "pack", []), False),
    ("unknown pack key", setter(pack, "author", "x"), False),
    ("pack id with a space", setter(pack, "id", "my pack"), False),
    ("pack id starting with a dot", setter(pack, "id", ".demo"), False),
    ("blank pack name", setter(pack, "name", "  "), False),
    ("missing pack version", deleter(pack, "version"), False),
    ("pack language not text", setter(pack, "language", 1), False),
    ("missing textbook", deleter(top, "textbook"), False),
    ("empty textbook", setter(top, "textbook", []), False),
    ("topics null", setter(top, "topics", None), False),
    ("unknown top-level key", setter(top, "extra", 1), False),
    ("textbook entry not an object", setter(top, "textbook", ["demo"]), False),
    ("node without title", deleter(node, "title"), False),
    ("blank title", setter(node, "title", "\u3000"), False),
    ("node without id", deleter(node, "id"), False),
    ("unknown kind", setter(node, "kind", "lesson"), False),
    ("kind not text", setter(node, "kind", 3), False),
    ("unknown node key", setter(node, "note", "x"), False),
    ("id starting with a hyphen", setter(node, "id", "-x"), False),
    ("id with a slash", setter(node, "id", "a/b"), False),
    ("id of 129 chars", setter(child, "id", "a" * 129), False),
    ("heading not text", setter(node, "heading", None), False),
    ("extension without source", deleter(child, "source"), False),
    ("extension with blank source", setter(child, "source", " "), False),
    ("tier node without tier", deleter(lambda d: child(d, 1), "tier"), False),
    ("tier node with empty tier", setter(lambda d: child(d, 1), "tier", ""), False),
    ("unknown tier code", setter(lambda d: child(d, 1), "tier", "boss"), False),
    ("unknown tier code on a topic node", setter(child, "tier", "Manager"), False),
    ("body not a list", setter(node, "body", {"p": "x"}), False),
    ("block with p and h", setter(block(0), "h", "x"), False),
    ("empty block", lambda doc: node(doc)["body"].append({}), False),
    ("block with role only", lambda doc: node(doc)["body"].append({"role": "tasks"}), False),
    ("block with unknown key", setter(block(0), "style", "bold"), False),
    ("empty paragraph", setter(block(0), "p", ""), False),
    ("paragraph not text", setter(block(0), "p", ["x"]), False),
    ("empty ol", setter(block(2), "ol", []), False),
    ("ol not a list", setter(block(2), "ol", "x"), False),
    ("blank ol item", setter(block(2), "ol", ["a", " "]), False),
    ("ol item not text", setter(block(2), "ol", ["a", 2]), False),
    ("unknown ol role", setter(block(2), "role", "steps"), False),
    ("links not a list", setter(lambda d: child(d, 1), "links", "demo.ch1"), False),
    ("link not text", setter(lambda d: child(d, 1), "links", [1]), False),
    ("children null", setter(node, "children", None), False),
    ("ref in the textbook", lambda doc: node(doc)["children"].append({"ref": "demo.ch1"}), False),
    ("ref with a title", setter(topic_ref, "title", "x"), False),
    ("ref not text", setter(topic_ref, "ref", 1), False),
    ("ref children not a list", setter(topic_ref, "children", {}), False),
    ("topic node without kind", deleter(topic, "kind"), False),
    ("topic entry not an object", setter(topic, "children", ["demo.ch1"]), False),
    # format version 2: whose words a text is, and notes beside a paragraph
    ("v2 minimal", v2(lambda doc: None), True),
    ("v2 origin on a node", v2(setter(node, "origin", "editorial")), True),
    ("v2 title_origin", v2(setter(node, "title_origin", "editorial")), True),
    ("v2 pack default_origin", v2(setter(pack, "default_origin", "textbook")), True),
    ("v2 origin extension with a source", v2(lambda doc: node(doc).update(origin="extension", source="某报告")), True),
    ("v2 notes on a paragraph", v2(setter(block(0), "notes", ["demo.ext"])), True),
    ("v2 pack default_origin extension", v2(setter(pack, "default_origin", "extension")), False),
    ("v2 unknown origin", v2(setter(node, "origin", "teacher")), False),
    ("v2 origin not text", v2(setter(node, "origin", 1)), False),
    ("v2 unknown title_origin", v2(setter(node, "title_origin", "app")), False),
    ("v2 origin extension without a source", v2(setter(node, "origin", "extension")), False),
    ("v2 extension node said to be textbook", v2(setter(child, "origin", "textbook")), False),
    ("v2 notes not a list", v2(setter(block(0), "notes", "demo.ext")), False),
    ("v2 note not text", v2(setter(block(0), "notes", [1])), False),
]


@pytest.mark.parametrize(("name", "mutate", "valid"), CASES, ids=[c[0] for c in CASES])
def test_schema_and_loader_agree(validator, name, mutate, valid):
    doc = copy.deepcopy(MINIMAL)
    mutate(doc)
    assert loader_accepts(doc) is valid, name
    assert validator.is_valid(doc) is valid, [e.message for e in validator.iter_errors(doc)]


def test_shipped_core_matches_schema(validator):
    data = json.loads(seed_path().read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


def test_generated_pack_matches_schema_and_loader(validator):
    spec = importlib.util.spec_from_file_location("make_pack", ROOT / "benchmarks" / "make_pack.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for n in (1, 7, 300):
        data = module.make_pack(n, pack_id="gen")
        assert validator.is_valid(data)
        _, _, _, nodes = parse_content(data, "gen.json")
        assert len(nodes) == n
        assert {node.kind for node in nodes.values()} >= ({NodeKind.PART} if n < 300 else set(NodeKind))


def test_what_only_the_loader_checks(validator):
    """Documented in the schema's $comment: these pass the schema and fail the loader."""
    def duplicate_id(doc):
        child(doc)["id"] = "demo.ch1"

    def missing_link_target(doc):
        child(doc, 1)["links"] = ["nowhere"]

    def missing_ref_target(doc):
        topic_ref(doc)["ref"] = "nowhere"

    def too_deep(doc):
        item = node(doc)
        for depth in range(40):
            item["children"] = [{"id": f"deep{depth}", "kind": "topic", "title": "深"}]
            item = item["children"][0]

    def missing_note_target(doc):
        doc["format_version"] = 2
        node(doc)["body"][0]["notes"] = ["nowhere"]

    def version_2_field_in_a_version_1_file(doc):
        node(doc)["origin"] = "editorial"

    for mutate in (duplicate_id, missing_link_target, missing_ref_target, too_deep, missing_note_target,
                   version_2_field_in_a_version_1_file):
        doc = copy.deepcopy(MINIMAL)
        mutate(doc)
        assert validator.is_valid(doc), mutate.__name__
        assert not loader_accepts(doc), mutate.__name__
    assert "unique" in load_schema()["$comment"] and "format_version 1" in load_schema()["$comment"]


def test_schema_lists_match_the_code():
    schema = load_schema()
    defs = schema["$defs"]
    assert schema["properties"]["format"]["const"] == FORMAT_NAME
    assert schema["properties"]["format_version"]["maximum"] == FORMAT_VERSION
    assert defs["id"]["pattern"] == ID_PATTERN.pattern
    assert defs["nodeFields"]["properties"]["kind"]["enum"] == [k.value for k in NodeKind]
    assert defs["nodeFields"]["properties"]["tier"]["enum"] == ["", *Tier.codes()]
    tier_rule = defs["nodeFields"]["allOf"][1]["then"]
    assert tier_rule["properties"]["tier"]["enum"] == Tier.codes()
    ol = defs["block"]["oneOf"][2]["properties"]["role"]
    assert ol["enum"] == ["", *[r.value for r in ListRole]]
    node_keys = set(defs["nodeFields"]["properties"]) | {"children"}
    from netmkt_desktop.content import _V2_NODE_KEYS, _Reader

    assert node_keys == _Reader.NODE_KEYS | _V2_NODE_KEYS
    assert defs["origin"]["enum"] == [o.value for o in Origin]


@given(st.text(max_size=6))
def test_non_empty_text_pattern_is_the_loaders_strip_rule(text):
    """The schema's "\\S" pattern means the same as the loader's ``value.strip()``."""
    pattern = load_schema()["$defs"]["nonEmptyText"]["pattern"]
    assert (re.search(pattern, text) is not None) == bool(text.strip())


def test_example_in_the_teachers_guide_is_a_valid_pack(validator, content):
    guide = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", guide, re.S).group(1))
    assert validator.is_valid(example)
    pack, _, _, nodes = parse_content(example, "example.json")
    assert pack.id != "core" and not nodes.keys() & content.nodes.keys()
    assert {n.kind for n in nodes.values()} == {NodeKind.CHAPTER, NodeKind.POSITION, NodeKind.EXTENSION,
                                                 NodeKind.GROUP}
