"""Bad files, property-based: whatever bytes a content file or a plan file holds, the loader raises its own
error (ContentError / PlanFileError) with a message for the student, or returns a valid result; never
anything else (no KeyError, TypeError, RecursionError, UnicodeError …, which would be a traceback)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from netmkt_desktop.content import Content, load_content, seed_path
from netmkt_desktop.errors import ContentError
from netmkt_desktop.plans import CareerPlan, PlanFileError, TierGoal, plan_from_json, plan_to_json
from netmkt_desktop.tiers import Tier

SEED_BYTES = seed_path().read_bytes()
SEED_DOC = json.loads(SEED_BYTES.decode("utf-8-sig"))
PLAN = CareerPlan(title="电商主播之路", position_id="pos.ecommerce_host", headcount=1200, student_name="王五",
                  class_name="电商2301班", occupation_id="occ.internet_marketer", current_tier=Tier.SPECIALIST,
                  years_experience=1, goals=[TierGoal(Tier.SUPERVISOR, 2028, 7, "带团队"),
                                             TierGoal(Tier.MANAGER, 2030, 7, "做策划")])
PLAN_TEXT = plan_to_json(PLAN, exported_at="2026-11-27T08:00:00Z")
PLAN_DOC = json.loads(PLAN_TEXT)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def paths_of(doc, prefix=()):
    """Every place in a JSON document, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += paths_of(value, prefix + (key,))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += paths_of(value, prefix + (i,))
    return found


SEED_PATHS = paths_of(SEED_DOC)
PLAN_PATHS = paths_of(PLAN_DOC)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=15)


def set_at(doc, path, value):
    doc = copy.deepcopy(doc)
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def delete_at(doc, path):
    doc = copy.deepcopy(doc)
    if not path:
        return doc
    target = doc
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return doc


def dump(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def nested(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def deep_children(depth: int) -> dict:
    """A well-formed node with ``depth`` levels of children: deeper than the loader allows."""
    node = {"id": f"n{depth}", "kind": "topic", "title": "深"}
    for level in range(depth - 1, -1, -1):
        node = {"id": f"n{level}", "kind": "topic", "title": "深", "children": [node]}
    return node


def places(paths):
    """One of ``paths`` (drawn by index: a short repr in Hypothesis' reports)."""
    return st.integers(0, len(paths) - 1).map(paths.__getitem__)


def bad_files(valid_doc, valid_bytes: bytes, paths, huge_places):
    """Bytes of broken files of every kind the fault list names."""
    random_bytes = st.binary(max_size=3000)
    truncated = st.integers(0, len(valid_bytes) - 1).map(lambda n: valid_bytes[:n])
    flipped = st.tuples(st.integers(0, len(valid_bytes) - 1), st.integers(1, 255)).map(
        lambda t: valid_bytes[:t[0]] + bytes([valid_bytes[t[0]] ^ t[1]]) + valid_bytes[t[0] + 1:])
    wrong_type = st.tuples(places(paths), json_values).map(lambda t: dump(set_at(valid_doc, *t)))
    missing = places(paths).map(lambda p: dump(delete_at(valid_doc, p)))
    huge = st.tuples(places(huge_places), st.sampled_from([1_000, 100_000, 3_000_000]),
                     st.sampled_from(["直", "a", "\n", "\x00", "\ud800"])).map(
        lambda t: json.dumps(set_at(valid_doc, t[0], t[2] * t[1])).encode("utf-8"))
    deep_text = st.tuples(st.integers(1, 200_000), st.sampled_from(["list", "dict"])).map(
        lambda t: nested(*t).encode())
    deep_inside = st.tuples(places(paths), st.integers(50, 5_000), st.sampled_from(["list", "dict"])).map(
        lambda t: _splice_nested(valid_doc, *t))
    other_encodings = st.sampled_from(["utf-16", "gb18030", "utf-32"]).map(
        lambda enc: json.dumps(valid_doc, ensure_ascii=False).encode(enc))
    return st.one_of(random_bytes, truncated, flipped, wrong_type, missing, huge, deep_text, deep_inside,
                     other_encodings)


def _splice_nested(doc, path, depth, kind) -> bytes:
    """``doc`` with the value at ``path`` replaced by ``depth`` levels of nesting (built as text:
    json.dumps itself would refuse to go that deep)."""
    marker = "@@NESTED@@"
    text = json.dumps(set_at(doc, path, marker), ensure_ascii=False)
    return text.replace(json.dumps(marker), nested(depth, kind), 1).encode("utf-8")


SEED_TEXT_PLACES = [p for p in SEED_PATHS if p and isinstance(p[-1], str) and p[-1] in ("title", "p", "id", "name")]
PLAN_TEXT_PLACES = [("plan", "title"), ("plan", "student_name"), ("plan", "goals", 0, "actions"),
                    ("plan", "position_id"), ("exported_at",)]


@pytest.fixture(scope="module")
def content_file(tmp_path_factory):
    return tmp_path_factory.mktemp("content") / "pack.json"


@SETTINGS
@given(bad_files(SEED_DOC, SEED_BYTES, SEED_PATHS, SEED_TEXT_PLACES))
@example(dump({**SEED_DOC, "textbook": [deep_children(40)]}))
@example(b"\xef\xbb\xbf" + SEED_BYTES)  # a byte-order mark is fine
@example(b"")
@example(b'{"format": "netmkt-content", "format_version": ' + b"9" * 5000 + b"}")
def test_load_content_raises_only_content_error(content_file, data):
    content_file.write_bytes(data)
    try:
        result = load_content(content_file)
    except ContentError as exc:
        assert str(content_file) in str(exc)
        return
    assert isinstance(result, Content) and result.nodes


def test_load_content_of_a_missing_file_or_a_folder(tmp_path):
    for where in (tmp_path / "nothing.json", tmp_path):
        with pytest.raises(ContentError):
            load_content(where)


def test_a_number_with_thousands_of_digits_is_a_content_error(tmp_path):
    """Regression: json.loads raises a plain ValueError (int max_str_digits) for a number of more than 4300
    digits; load_content used to let it escape as a traceback."""
    bad = tmp_path / "pack.json"
    bad.write_text('{"format_version": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(ContentError):
        load_content(bad)


@SETTINGS
@given(bad_files(PLAN_DOC, PLAN_TEXT.encode("utf-8"), PLAN_PATHS, PLAN_TEXT_PLACES), st.booleans())
@example(b'{"format_version": ' + b"9" * 5000 + b"}", False)
@example(dump(set_at(PLAN_DOC, ("plan", "goals"), [PLAN_DOC["plan"]["goals"][0]] * 2)), True)
def test_plan_from_json_raises_only_plan_file_error(data, as_text):
    if as_text:
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            assume(False)
    try:
        plan = plan_from_json(data)
    except PlanFileError as exc:
        assert str(exc).startswith("规划文件有误")
        return
    assert isinstance(plan, CareerPlan) and plan.id is None


@given(st.sampled_from([None, 5, 1.5, [], {}, object()]))
def test_plan_from_json_refuses_what_is_not_text(value):
    with pytest.raises(PlanFileError):
        plan_from_json(value)
