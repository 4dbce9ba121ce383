"""What a student may type and a file may hold: lines, names, notes, ids, and their limits (a leaf).

One place for the checks and their messages: the plan wizard, the profile forms, the store and
the file readers (:class:`FieldReader`, under the plan file and the profile data file) all call these.  Each ``check_*`` returns a list of problems for the student
(empty when all is well).  This module imports nothing from the project; a caller that shows the
problems passes ``translate`` (:func:`netmkt_desktop.i18n.translate`) so they come out in the
interface language, otherwise they are the Chinese source text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]  # (context, source text) -> text in the interface language


def _same(_context: str, text: str) -> str:
    return text


def N_(_context: str, text: str) -> str:  # noqa: N802 - the marker pyside6-lupdate reads (see i18n.N_)
    return text


# Limits of what is saved (characters as len() counts them)
TITLE_LIMIT = 60
NAME_LIMIT = 40  # a plan's student name and a profile's name
CLASS_LIMIT = 40
GOAL_TEXT_LIMIT = 500
NOTE_TEXT_LIMIT = 20_000
QUESTION_ID_LIMIT = 256
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# Files the app reads (docs/content-format.md and docs/plan-format.md state them).  Every one is
# read with files.read_bounded: a regular file only (not a folder, a device, a pipe), at most this
# many bytes, whatever size the file system reports.
MiB = 1024 * 1024
PLAN_FILE_MAX_BYTES = 2 * MiB  # a plan file (导入规划); a real one is a few KB
HANDIN_FILE_MAX_BYTES = 1 * MiB  # a hand-in or returned file (the class view)
PROFILE_FILE_MAX_BYTES = 20 * MiB  # a profile data file (导入我的数据)
CONTENT_FILE_MAX_BYTES = 40 * MiB  # a content pack (a 100,000-node pack is about 36 MB)
# What one content file may hold once read: each bound keeps the memory and time of loading it
# (and of the tree that shows it) in proportion to the file's size.
CONTENT_MAX_JSON_VALUES = 3_000_000  # objects, lists, texts and numbers (the 100,000-node pack has 1.5 million)
CONTENT_MAX_OUTLINE_ITEMS = 200_000  # places in both outlines, a {"ref"} counted with what it brings along
CONTENT_MAX_DEPTH = 32  # levels of nesting in an outline
CONTENT_TITLE_LIMIT = 500  # characters of a title, heading, name, version, id of a kind or role
CONTENT_TEXT_LIMIT = 20_000  # characters of a paragraph, a list item, a description or a source

# A content node id: letters, digits, "_", "." and "-", at most 128 characters, not starting with "." or "-".
ID_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}$")

# The names of the fields the messages speak of (translated with the message that shows them).
FIELD_TITLE = N_("validation", "规划标题")
FIELD_STUDENT_NAME = N_("validation", "姓名")
FIELD_CLASS = N_("validation", "班级")
FIELD_PROFILE_NAME = N_("validation", "用户档案的名字")


def printable(text: str) -> str:
    """``text`` with control, direction-changing and other invisible characters shown as "\ufffd":
    names and messages from files are printed and shown safely (no terminal escapes, no reversed names)."""
    if text.isprintable() and text.isascii():
        return text
    return "".join("\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch
                   for ch in text)


def has_control(text: str, allowed: str = "") -> bool:
    """True when ``text`` has a control character or a lone surrogate (one that cannot be saved) not in ``allowed``."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text)


# Characters that show nothing yet make two names differ: Unicode's default-ignorable code points
# outside the format category (fillers, variation selectors, the combining grapheme joiner).
_INVISIBLE = {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, *range(0x180B, 0x1810),
              *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


def normalize_name(text: str) -> str:
    """A name as it is kept and compared: NFKC (full-width letters and digits, compatibility forms
    become the usual ones), format characters (zero-width spaces and joiners, direction marks),
    control characters, lone surrogates and other invisible characters removed, every run of
    spaces (tabs, line breaks, the ideographic space) one space, no space at either end.

    Two names that look the same on screen are then the same text, so the uniqueness check sees them."""
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) in ("Cf", "Cc", "Cs") or ord(ch) in _INVISIBLE:
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def check_line(text: str, what: str, limit: int, required: bool, translate: Translate = _same) -> list[str]:
    """One line of text as the user sees it: characters are counted with len() of the str.

    ``what`` is one of the ``FIELD_*`` names (the Chinese source; translated here)."""
    what = translate("validation", what)
    problems = []
    if required and not text.strip():
        problems.append(translate("validation", "请填写{what}。").format(what=what))
    if len(text) > limit:
        problems.append(translate("validation", "{what}最多 {limit} 个字,现在有 {n} 个字。").format(
            what=what, limit=limit, n=len(text)))
    if has_control(text):
        problems.append(translate("validation", "{what}不能包含换行或其他控制字符。").format(what=what))
    return problems


def check_title(text: str, translate: Translate = _same) -> list[str]:
    return check_line(text, FIELD_TITLE, TITLE_LIMIT, True, translate)


def check_student_name(text: str, translate: Translate = _same) -> list[str]:
    return check_line(text, FIELD_STUDENT_NAME, NAME_LIMIT, False, translate)


def check_class_name(text: str, translate: Translate = _same) -> list[str]:
    """A class (班级) of a plan or a profile: optional, one line."""
    return check_line(text, FIELD_CLASS, CLASS_LIMIT, False, translate)


def check_profile_name(name: str, translate: Translate = _same) -> list[str]:
    return check_line(name, FIELD_PROFILE_NAME, NAME_LIMIT, True, translate)


def check_note_text(text: str, translate: Translate = _same) -> list[str]:
    """A note may have line breaks and tabs, up to NOTE_TEXT_LIMIT characters."""
    problems = []
    if len(text) > NOTE_TEXT_LIMIT:
        problems.append(translate("validation", "笔记最多 {limit} 个字,现在有 {n} 个字。").format(
            limit=NOTE_TEXT_LIMIT, n=len(text)))
    if has_control(text, "\n\r\t"):
        problems.append(translate("validation", "笔记包含无法保存的控制字符或残缺的字符。"))
    return problems


def check_goal_text(text: str, tier_name: str, translate: Translate = _same) -> list[str]:
    """What a student plans to do for one tier goal: tabs and line breaks allowed, GOAL_TEXT_LIMIT characters."""
    problems = []
    if len(text) > GOAL_TEXT_LIMIT:
        problems.append(translate("validation", "{tier}的内容最多 {limit} 个字,现在有 {n} 个字。").format(
            tier=tier_name, limit=GOAL_TEXT_LIMIT, n=len(text)))
    if has_control(text, "\n\r\t"):
        problems.append(translate("validation", "{tier}的内容包含无法保存的控制字符。").format(tier=tier_name))
    return problems


# ---------------------------------------------------------------------------------------------
# Ids and numbers handed to the store (a wrong one is a programming error: ValueError/TypeError)


def is_node_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def is_question_id(value: object) -> bool:
    """A quiz question id ("<template>:<subject>"): printable, no spaces, at most 256 characters."""
    return (isinstance(value, str) and 0 < len(value) <= QUESTION_ID_LIMIT and value.isprintable()
            and not any(ch.isspace() for ch in value))


def node_id(value: object) -> str:
    """``value`` when it is a content node id; ValueError otherwise."""
    if not is_node_id(value):
        raise ValueError(f"不是有效的内容节点 id:{value!r:.60}")
    return value  # type: ignore[return-value]


def question_id(value: object) -> str:
    """``value`` when it is a quiz question id; ValueError otherwise."""
    if not is_question_id(value):
        raise ValueError(f"不是有效的题目 id:{value!r:.60}")
    return value  # type: ignore[return-value]


def integer(value: object, what: str, low: int = INT64_MIN, high: int = INT64_MAX) -> int:
    """``value`` when it is an int (not a bool) from ``low`` to ``high``; TypeError/ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what}应为整数,实际为 {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{what}应在 {low}–{high} 之间,实际为 {value}")
    return value


def type_name(value: Any, translate: Translate = _same) -> str:
    """What a JSON value is, for messages about files (content, plans, profiles)."""
    if value is None:
        return translate("validation", "空值 null")
    if isinstance(value, bool):
        return translate("validation", "真假值")
    if isinstance(value, (int, float)):
        return translate("validation", "数字")
    if isinstance(value, str):
        return translate("validation", "文本")
    if isinstance(value, list):
        return translate("validation", "列表")
    if isinstance(value, dict):
        return translate("validation", "对象")
    return type(value).__name__


# ---------------------------------------------------------------------------------------------
# Files the student brings (a plan file, a profile data file): one set of field checks and messages


class FieldReader(ABC):
    """Reads and checks a JSON document field by field; a subclass makes the error (:meth:`fail`).

    The messages are made here, in the interface language (``translate``); ``place`` names where
    in the file the problem is (``plan.goals[1].tier``).
    """

    translate: Translate = staticmethod(_same)  # a subclass (or the caller) sets the interface language's

    def __init__(self, translate: Translate | None = None):
        if translate is not None:
            self.translate = translate

    @abstractmethod
    def fail(self, place: str, reason: str) -> Exception:
        """The error to raise for a problem at ``place`` (a subclass may take a ``code`` too)."""

    def document(self, data: bytes | str, *, kind: str, file_format: str, max_bytes: int,
                 others: dict[str, str] | None = None) -> dict:
        """The top object of a file of ``file_format`` (``kind`` names such a file for the student).

        ``others`` maps the formats of the app's other files to what to say when one is brought here."""
        too_big = self.translate("validation", "文件太大(超过 {mb} MB),不是本软件导出的{kind}。").format(mb=max_bytes // (1024 * 1024),
                                                                                kind=kind)
        if isinstance(data, (bytes, bytearray, memoryview)):
            if len(data) > max_bytes:
                raise self.fail("", too_big)
            try:
                data = bytes(data).decode("utf-8")
            except UnicodeDecodeError:
                raise self.fail("", self.translate("validation", "文件不是 UTF-8 编码的文本,不是本软件导出的{kind}。").format(kind=kind)) from None
        if not isinstance(data, str):
            raise self.fail("", self.translate("validation", "内容应为文本。"))
        if len(data) > max_bytes:
            raise self.fail("", too_big)
        data = data.removeprefix("\ufeff")
        try:
            top = json.loads(data)
        except json.JSONDecodeError as exc:
            raise self.fail("", self.translate("validation", "不是有效的 JSON 文本(第 {line} 行第 {column} 列),文件可能不完整或已损坏。").format(
                line=exc.lineno, column=exc.colno)) from None
        except (ValueError, RecursionError, MemoryError):
            raise self.fail("", self.translate("validation", "不是有效的 JSON 文本(数字过长或嵌套过深)。")) from None
        if isinstance(top, dict) and isinstance(top.get("format"), str) and top["format"] in (others or {}):
            raise self.fail("", (others or {})[top["format"]])
        if not isinstance(top, dict) or top.get("format") != file_format:
            raise self.fail("", self.translate("validation", "这不是本软件导出的{kind}(缺少 \"format\": \"{format}\")。").format(
                kind=kind, format=file_format))
        return top

    def version(self, top: dict, *, kind: str, known: int) -> int:
        """The file's ``format_version``: 1 … ``known`` (a newer file asks to update the app)."""
        version = top.get("format_version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise self.fail("format_version", self.translate("validation", "应为整数,实际为{type}。").format(
                type=type_name(version, self.translate)))
        if version > known:
            raise self.fail("", self.translate("validation", "这个{kind}由更新版本的软件导出(格式版本 {version}),"
                                        "本软件只能读取格式版本 {known}。请更新软件后再导入。").format(
                kind=kind, version=version, known=known))
        if version < 1:
            raise self.fail("format_version", self.translate("validation", "格式版本应从 1 开始,实际为 {version}。").format(version=version))
        return version

    def obj(self, value: object, place: str, keys: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(place, self.translate("validation", "应为对象 {{…}},实际为{type}。").format(type=type_name(value, self.translate)))
        unknown = sorted(set(value) - keys)
        if unknown:
            raise self.fail(place, self.translate("validation", "有不认识的字段“{name}”。").format(name=unknown[0][:40]))
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(place, self.translate("validation", "缺少字段“{name}”。").format(name=missing[0]))
        return value

    def array(self, value: object, place: str, limit: int) -> list:
        if not isinstance(value, list):
            raise self.fail(place, self.translate("validation", "应为列表,实际为{type}。").format(type=type_name(value, self.translate)))
        if len(value) > limit:
            raise self.fail(place, self.translate("validation", "最多 {limit} 项,实际有 {n} 项。").format(limit=limit, n=len(value)))
        return value

    def text(self, obj: dict, key: str, place: str, limit: int, *, default: str | None = None, allowed: str = "",
             controls: bool = False, required: bool = False) -> str:
        """A text of at most ``limit`` characters; control characters only those ``allowed`` (any with
        ``controls``); a lone surrogate never."""
        value = obj.get(key, default)
        where = f"{place}.{key}"
        if not isinstance(value, str):
            raise self.fail(where, self.translate("validation", "应为文本,实际为{type}。").format(type=type_name(value, self.translate)))
        if required and not value.strip():
            raise self.fail(where, self.translate("validation", "不能为空。"))
        if len(value) > limit:
            raise self.fail(where, self.translate("validation", "最多 {limit} 个字,实际有 {n} 个字。").format(limit=limit, n=len(value)))
        if any(unicodedata.category(ch) == "Cs" for ch in value) or (not controls and has_control(value, allowed)):
            raise self.fail(where, self.translate("validation", "包含无法保存的控制字符或残缺的字符。"))
        return value

    def integer(self, obj: dict, key: str, place: str, low: int, high: int, nullable: bool = False) -> int | None:
        value = obj.get(key)
        where = f"{place}.{key}"
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, self.translate("validation", "应为整数,实际为{type}。").format(type=type_name(value, self.translate)))
        if not low <= value <= high:
            raise self.fail(where, self.translate("validation", "应在 {low}–{high} 之间,实际为 {value}。").format(low=low, high=high, value=value))
        return value

    def _shown(self, value: object) -> str:
        return value[:40] if isinstance(value, str) else type_name(value, self.translate)

    def node_id(self, obj: dict, key: str, place: str) -> str:
        value = obj.get(key)
        if not is_node_id(value):
            raise self.fail(f"{place}.{key}", self.translate("validation", "“{value}”不是有效的内容 id。").format(value=self._shown(value)))
        return value

    def question_id(self, obj: dict, key: str, place: str) -> str:
        value = obj.get(key)
        if not is_question_id(value):
            raise self.fail(f"{place}.{key}", self.translate("validation", "“{value}”不是有效的题目 id。").format(value=self._shown(value)))
        return value
