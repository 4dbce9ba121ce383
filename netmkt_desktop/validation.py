"""What a student may type and a file may hold: lines, names, notes, ids, and their limits (a leaf).

One place for the checks and their messages: the plan wizard, the profile forms, the store and
the file readers all call these.  Each ``check_*`` returns a list of problems for the student
(empty when all is well).  This module imports nothing from the project; a caller that shows the
problems passes ``translate`` (:func:`netmkt_desktop.i18n.translate`) so they come out in the
interface language, otherwise they are the Chinese source text.
"""

from __future__ import annotations

import re
import unicodedata
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

# A content node id: letters, digits, "_", "." and "-", at most 128 characters, not starting with "." or "-".
ID_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}$")

# The names of the fields the messages speak of (translated with the message that shows them).
FIELD_TITLE = N_("validation", "规划标题")
FIELD_STUDENT_NAME = N_("validation", "姓名")
FIELD_CLASS = N_("validation", "班级")
FIELD_PROFILE_NAME = N_("validation", "用户档案的名字")


def has_control(text: str, allowed: str = "") -> bool:
    """True when ``text`` has a control character or a lone surrogate (one that cannot be saved) not in ``allowed``."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text)


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
