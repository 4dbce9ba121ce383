"""Content packs: install, list, remove, id collisions, broken packs, merging with the core."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from netmkt_desktop import packs as packs_module
from netmkt_desktop.content import load_content, merge_contents
from netmkt_desktop.errors import ContentError
from netmkt_desktop.packs import PackLibrary, check_collisions, version_key
from netmkt_desktop.paths import PACKS_FOLDER


def pack_data(pack_id: str = "teacher", version: str = "1.0", ids: tuple[str, ...] = ("a", "b"),
              topic_ids: tuple[str, ...] = (), name: str = "王老师的补充材料") -> dict:
    """A valid pack: a chapter holding one topic per id (ids are used as given)."""
    chapter, *rest = ids
    return {
        "format": "netmkt-content",
        "format_version": 1,
        "pack": {"id": pack_id, "name": name, "version": version},
        "textbook": [{
            "id": chapter, "kind": "chapter", "title": "补充:直播带货实务",
            "body": [{"p": "本章是老师补充的内容。"}],
            "children": [{"id": i, "kind": "topic", "title": f"知识点 {i}", "body": [{"p": "直播间的话术。"}]}
                         for i in rest],
        }],
        "topics": [{"id": t, "kind": "group", "title": f"分类 {t}", "children": [{"ref": chapter}]}
                   for t in topic_ids],
    }


def write(path: Path, data: dict | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path, content) -> PackLibrary:
    return PackLibrary(tmp_path / "data", core=content)


@pytest.fixture
def source(tmp_path) -> Path:
    """A folder outside the data folder, like a USB stick."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def files_in(library: PackLibrary) -> list[str]:
    return sorted(p.name for p in library.folder.iterdir())


def test_install_list_remove(library, source):
    original = write(source / "补充材料.json", pack_data("teacher", ids=("t.ch", "t.a", "t.b")))
    info = library.install(original)
    assert (info.id, info.name, info.version) == ("teacher", "王老师的补充材料", "1.0")
    assert Path(info.path) == library.data_dir / PACKS_FOLDER / "teacher.json"
    assert Path(info.path).read_bytes() == original.read_bytes()
    assert original.exists()
    assert library.list() == [(info, 3)]
    assert PackLibrary(library.data_dir).list() == [(info, 3)]  # a new library sees the same

    assert library.remove("teacher") is True
    assert library.list() == []
    assert files_in(library) == []
    assert library.remove("teacher") is False


def test_list_is_ordered_by_pack_id(library, source):
    library.install(write(source / "z.json", pack_data("zeta", ids=("z.ch",))))
    library.install(write(source / "a.json", pack_data("alpha", ids=("a.ch", "a.1"))))
    assert [(info.id, n) for info, n in library.list()] == [("alpha", 2), ("zeta", 1)]


def test_empty_library(library, content):
    assert library.list() == []
    merged, errors = library.load_all(content)
    assert errors == []
    assert merged.nodes == content.nodes
    assert [n.id for n in merged.reading_order] == [n.id for n in content.reading_order]


def test_id_used_by_the_core_is_refused_with_file_place_and_reason(library, source):
    path = write(source / "pack.json", pack_data(ids=("t.ch", "t.a", "occ.internet_marketer")))
    with pytest.raises(ContentError) as info:
        library.install(path)
    error = info.value
    assert error.file == str(path)
    assert error.place == "textbook[0].children[1].id"
    assert "occ.internet_marketer" in error.reason and "内置内容" in error.reason
    assert str(path) in str(error) and error.place in str(error)
    assert not library.folder.exists() or files_in(library) == []


def test_id_used_by_another_pack_is_refused(library, source):
    library.install(write(source / "first.json", pack_data("first", ids=("shared.ch", "shared.x"), name="甲")))
    second = write(source / "second.json", pack_data("second", ids=("s.ch", "s.a"), topic_ids=("s.g", "shared.x")))
    with pytest.raises(ContentError) as info:
        library.install(second)
    assert info.value.file == str(second)
    assert info.value.place == "topics[1].id"
    assert "shared.x" in info.value.reason and "甲" in info.value.reason and "first" in info.value.reason
    assert [i.id for i, _ in library.list()] == ["first"]


def test_several_collisions_are_counted(library, source):
    path = write(source / "p.json", pack_data(ids=("foundation", "tier.manager", "tier.director")))
    with pytest.raises(ContentError) as info:
        library.install(path)
    assert info.value.place == "textbook[0].id"
    assert "3 个" in info.value.reason


def test_core_pack_id_is_refused(library, source):
    path = write(source / "core.json", pack_data("core", ids=("x.ch",)))
    with pytest.raises(ContentError) as info:
        library.install(path)
    assert (info.value.file, info.value.place) == (str(path), "pack.id")


@pytest.mark.parametrize("pack_id", ["con", "NUL", "com1.extra", "lpt9"])
def test_ids_windows_cannot_use_as_file_names_are_refused(library, source, pack_id):
    with pytest.raises(ContentError) as info:
        library.install(write(source / "p.json", pack_data(pack_id, ids=("x.ch",))))
    assert info.value.place == "pack.id"


def test_ids_differing_only_in_case_are_refused(library, source):
    library.install(write(source / "a.json", pack_data("Teacher", ids=("a.ch",))))
    with pytest.raises(ContentError) as info:
        library.install(write(source / "b.json", pack_data("teacher", ids=("b.ch",))))
    assert info.value.place == "pack.id"


def test_invalid_file_is_refused_naming_the_original_file(library, source):
    broken = pack_data(ids=("t.ch", "t.a"))
    broken["textbook"][0]["children"][0]["kind"] = "lesson"
    path = write(source / "broken.json", broken)
    with pytest.raises(ContentError) as info:
        library.install(path)
    assert info.value.file == str(path)
    assert info.value.place == "textbook[0].children[0].kind"
    assert files_in(library) == []

    bad_json = write(source / "bad.json", '{"format": "netmkt-content",\n  "pack": }')
    with pytest.raises(ContentError) as info:
        library.install(bad_json)
    assert info.value.file == str(bad_json) and info.value.place.startswith("第 2 行")
    assert files_in(library) == []


def test_missing_file_is_refused(library, source):
    with pytest.raises(ContentError) as info:
        library.install(source / "nowhere.json")
    assert info.value.file == str(source / "nowhere.json")


def test_newer_version_replaces_the_installed_pack(library, content, source):
    library.install(write(source / "v1.json", pack_data(version="1.9", ids=("t.ch", "t.old"))))
    info = library.install(write(source / "v2.json", pack_data(version="1.10", ids=("t.ch", "t.new"))))
    assert info.version == "1.10"
    assert [(i.id, i.version) for i, _ in library.list()] == [("teacher", "1.10")]
    merged, errors = library.load_all(content)
    assert errors == []
    assert "t.new" in merged.nodes and "t.old" not in merged.nodes
    assert files_in(library) == ["teacher.json"]


def test_same_version_can_be_installed_again(library, source):
    library.install(write(source / "a.json", pack_data(ids=("t.ch", "t.a"))))
    info = library.install(write(source / "b.json", pack_data(ids=("t.ch", "t.a", "t.b"))))
    assert library.list() == [(info, 3)]


def test_older_version_is_refused_unless_allowed(library, source):
    library.install(write(source / "new.json", pack_data(version="2026.11.1", ids=("t.ch",))))
    old = write(source / "old.json", pack_data(version="2026.9.3", ids=("t.ch",)))
    with pytest.raises(ContentError) as info:
        library.install(old)
    assert (info.value.file, info.value.place) == (str(old), "pack.version")
    assert library.list()[0][0].version == "2026.11.1"
    assert library.install(old, allow_downgrade=True).version == "2026.9.3"


def test_version_order():
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2026.11.1") > version_key("2026.2.30")
    assert version_key("1.0") == version_key("1-0")
    assert version_key("2.0b") > version_key("2.0")


def test_merged_content_reads_core_first_then_each_pack(library, content, source):
    library.install(write(source / "b.json", pack_data("beta", ids=("b.ch", "b.1", "b.2"), topic_ids=("b.g",))))
    library.install(write(source / "a.json", pack_data("alpha", ids=("a.ch", "a.1"))))
    merged, errors = library.load_all(content)
    assert errors == []
    assert [p.id for p in merged.packs] == ["core", "alpha", "beta"]
    order = [n.id for n in merged.reading_order]
    core_order = [n.id for n in content.reading_order]
    assert order == [*core_order, "a.ch", "a.1", "b.ch", "b.1", "b.2"]
    assert merged.neighbour(core_order[-1], 1).id == "a.ch"
    assert [r.node.id for r in merged.topics] == [r.node.id for r in content.topics] + ["b.g"]
    assert len(merged.nodes) == len(content.nodes) + 6
    assert merged.node("b.1").pack_id == "beta"
    assert merged.breadcrumb("b.2")[0].id == "b.ch"
    assert merged.parent_of("a.1").id == "a.ch"


def test_broken_installed_pack_is_reported_not_fatal(library, content, source):
    library.install(write(source / "good.json", pack_data("good", ids=("g.ch", "g.1"))))
    broken = write(library.folder / "broken.json", '{"format": "netmkt-content", "format_version": 1')
    misnamed = write(library.folder / "other-name.json", pack_data("misnamed", ids=("m.ch",)))
    collides = write(library.folder / "collides.json", pack_data("collides", ids=("c.ch", "tier.manager")))
    merged, errors = library.load_all(content)
    assert {e.file for e in errors} == {str(broken), str(misnamed), str(collides)}
    by_file = {e.file: e for e in errors}
    assert by_file[str(collides)].place == "textbook[0].children[0].id"
    assert by_file[str(misnamed)].place == "pack.id"
    assert [p.id for p in merged.packs] == ["core", "good"]
    assert "g.1" in merged.nodes and "m.ch" not in merged.nodes
    assert merged.node("tier.manager").pack_id == "core"
    # A broken pack does not block installing others, and can be removed by its file name.
    library.install(write(source / "more.json", pack_data("more", ids=("more.ch",))))
    assert library.remove(Path(by_file[str(broken)].file).stem)
    assert [i.id for i, _ in library.list()] == ["collides", "good", "more"]


def test_two_installed_packs_that_collide_keep_the_first(library, content):
    write(library.folder / "aaa.json", pack_data("aaa", ids=("dup.ch", "aaa.1")))
    write(library.folder / "bbb.json", pack_data("bbb", ids=("bbb.ch", "dup.ch")))
    merged, errors = library.load_all(content)
    assert [p.id for p in merged.packs] == ["core", "aaa"]
    assert len(errors) == 1 and errors[0].file.endswith("bbb.json")


def test_copy_is_atomic_no_temporary_files_left(library, source, monkeypatch):
    good = write(source / "v1.json", pack_data(ids=("t.ch", "t.a")))
    library.install(good)
    installed = library.folder / "teacher.json"
    before = installed.read_bytes()

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(packs_module.os, "replace", failing_replace)
    with pytest.raises(ContentError) as info:
        library.install(write(source / "v2.json", pack_data(version="2.0", ids=("t.ch", "t.b"))))
    assert "磁盘空间已满" in info.value.reason
    monkeypatch.undo()
    assert files_in(library) == ["teacher.json"]
    assert installed.read_bytes() == before

    def failing_fsync(fd):  # the copy was written, but the stick was pulled before it reached the disk
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(packs_module.os, "fsync", failing_fsync)
    with pytest.raises(ContentError):
        library.install(write(source / "v3.json", pack_data(version="3.0", ids=("t.ch",))))
    monkeypatch.undo()
    assert files_in(library) == ["teacher.json"]
    assert installed.read_bytes() == before


def test_failed_validation_leaves_no_temporary_file(library, source):
    library.install(write(source / "v1.json", pack_data(ids=("t.ch",))))
    with pytest.raises(ContentError):
        library.install(write(source / "bad.json", pack_data(ids=("t.ch", "foundation"))))
    with pytest.raises(ContentError):
        library.install(write(source / "bad2.json", "not json"))
    assert files_in(library) == ["teacher.json"]


def test_stale_temporary_files_of_a_crash_are_cleaned(library, source):
    library.folder.mkdir(parents=True)
    stale = write(library.folder / ".install-crash.tmp", "{")
    fresh = write(library.folder / ".install-running.tmp", "{")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    library.install(write(source / "p.json", pack_data(ids=("t.ch",))))
    assert not stale.exists() and fresh.exists()
    assert [i.id for i, _ in library.list()] == ["teacher"]  # temporary files are never packs


def test_library_without_core_checks_against_the_shipped_seed(tmp_path, source):
    library = PackLibrary(tmp_path / "data")
    with pytest.raises(ContentError) as info:
        library.install(write(source / "p.json", pack_data(ids=("t.ch", "survey"))))
    assert "内置内容" in info.value.reason


def test_remove_refuses_paths(library):
    for bad in ("../data", "a/b", "", ".hidden"):
        with pytest.raises(ValueError):
            library.remove(bad)


def test_a_changed_file_is_read_again(library, content, source):
    library.install(write(source / "p.json", pack_data(ids=("t.ch", "t.a"))))
    assert library.list()[0][1] == 2
    path = library.folder / "teacher.json"
    write(path, pack_data(ids=("t.ch", "t.a", "t.b")))
    os.utime(path, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    assert library.list()[0][1] == 3


def test_merge_contents_refuses_repeated_ids(content, source):
    pack = load_content(write(source / "p.json", pack_data(ids=("t.ch", "tier.director"))))
    with pytest.raises(ContentError) as info:
        merge_contents([content, pack])
    assert "tier.director" in info.value.reason
    with pytest.raises(ContentError):
        check_collisions(pack, [content])
    check_collisions(pack, [])  # nothing to collide with


def test_merge_contents_of_nothing_and_of_one(content):
    empty = merge_contents([])
    assert empty.nodes == {} and empty.reading_order == [] and empty.packs == []
    one = merge_contents([content])
    assert one is not content and one.nodes == content.nodes and one.packs == content.packs
