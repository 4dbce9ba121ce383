"""netmkt-desktop --validate-content FILE: a summary and exit 0, or the error and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

from netmkt_desktop.cli import validate_content_command
from netmkt_desktop.content import seed_path


def write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def teacher_pack(**changes) -> dict:
    data = {
        "format": "netmkt-content",
        "format_version": 1,
        "pack": {"id": "teacher", "name": "王老师的补充材料", "version": "1.2", "description": "课堂补充"},
        "textbook": [{
            "id": "teacher.ch", "kind": "chapter", "title": "直播带货实务",
            "children": [
                {"id": "teacher.pos", "kind": "position", "title": "直播运营",
                 "body": [{"ol": ["策划直播", "复盘数据"], "role": "duties"}]},
                {"id": "teacher.ext", "kind": "extension", "title": "行业数据", "source": "某年度报告"},
            ],
        }],
        "topics": [{"id": "teacher.g", "kind": "group", "title": "补充岗位", "children": [{"ref": "teacher.pos"}]}],
    }
    data.update(changes)
    return data


def test_shipped_core_validates(capsys, content):
    assert validate_content_command(str(seed_path())) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "检查通过" in out and str(seed_path()) in out
    assert "认识网络营销岗位" in out and "core" in out and content.packs[0].version in out
    assert f"共 {len(content.nodes)} 个" in out
    assert f"职业(occupation):{len(content.of_kind('occupation'))}" in out
    assert "教材目录(textbook):1 个顶层条目" in out
    assert "不能作为内容包导入" in out
    extensions = len(content.of_kind("extension"))
    assert (f"文字来源:教材原文(textbook){len(content.nodes) - extensions - 3} 个节点;编者所写(editorial)3 个节点;"
            f"教材以外的资料(extension){extensions} 个节点") in out


def test_valid_pack_summary(capsys, tmp_path):
    path = write(tmp_path / "补充.json", teacher_pack())
    assert validate_content_command(str(path)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert "  包名称:王老师的补充材料" in lines
    assert "  包 id:teacher" in lines and "  版本:1.2" in lines and "  简介:课堂补充" in lines
    assert "  节点:共 4 个" in lines
    assert any(line.strip().startswith("岗位(position):1") for line in lines)
    assert "  教材目录(textbook):1 个顶层条目,共 3 个条目,最深 2 层" in lines
    assert "  主题目录(topics):1 个顶层条目,共 2 个条目,最深 2 层" in lines
    assert "可以在软件中导入" in out


def test_broken_file_names_file_place_and_reason(capsys, tmp_path):
    data = teacher_pack()
    del data["textbook"][0]["children"][1]["source"]
    path = write(tmp_path / "broken.json", data)
    assert validate_content_command(str(path)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"文件:{path}" in err
    assert "位置:textbook[0].children[1]" in err
    assert "缺少必填字段“source”" in err


def test_json_syntax_error(capsys, tmp_path):
    path = write(tmp_path / "bad.json", '{\n  "format": "netmkt-content",\n  "pack": ,\n}')
    assert validate_content_command(str(path)) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "第 3 行" in err and "JSON 语法错误" in err


def test_missing_file(capsys, tmp_path):
    assert validate_content_command(str(tmp_path / "nowhere.json")) == 2
    err = capsys.readouterr().err
    assert "nowhere.json" in err and "无法读取文件" in err


def test_ids_used_by_the_core_are_an_error(capsys, tmp_path):
    data = teacher_pack()
    data["topics"][0]["id"] = "topic.positions"
    path = write(tmp_path / "collides.json", data)
    assert validate_content_command(str(path)) == 2
    err = capsys.readouterr().err
    assert "位置:topics[0].id" in err and "topic.positions" in err and "内置内容" in err


def test_pack_id_windows_cannot_store_is_an_error(capsys, tmp_path):
    data = teacher_pack()
    data["pack"]["id"] = "aux"
    assert validate_content_command(str(write(tmp_path / "aux.json", data))) == 2
    assert "位置:pack.id" in capsys.readouterr().err


def test_explicit_streams(tmp_path):
    import io

    out, err = io.StringIO(), io.StringIO()
    assert validate_content_command(str(write(tmp_path / "p.json", teacher_pack())), out=out, err=err) == 0
    assert "检查通过" in out.getvalue() and err.getvalue() == ""
