"""The profile data file: one profile's data to carry to another PC (pure Python, no Qt).

The profile data file ("导出我的数据" / "导入我的数据") is one UTF-8 JSON document::

    {"format": "netmkt-profile-data", "format_version": 2, "exported_at": "…Z",
     "profile": {"name": …, "class_name": …}, "settings": {key: value},
     "plans": [the "plan" object of a plan file, see plans.plan_to_json],
     "plan_ids": [the stable id of each plan in "plans", or null] (optional),
     "progress": [{"node_id", "learned_at"}], "notes": [{"node_id", "text", "updated_at"}],
     "bookmarks": [{"node_id", "created_at"}],
     "quiz_attempts": [{"seed", "total", "correct", "started_at", "finished_at"}],
     "quiz_mistakes": [{"question_id", "rng_seed", "missed_count", "last_missed_at", "resolved_at",
                        "last_answer"}],
     "recitation": [{"list_id", "correct", "total", "best_correct", "best_total", "attempts", "recited_at"}]}

``plan_ids`` keeps each plan's stable id (a lower-case UUID, the ``plan_id`` of its hand-ins), so a
teacher's comment on a plan handed in on one PC can be imported on another after the data moved.
Timestamps are ISO 8601 local times.  :func:`read_profile_data` checks all of it and raises
:class:`~netmkt_desktop.errors.ProfileFileError` (and nothing else) for anything wrong.
``docs/profile-format.md`` describes every field.  Format version 2 added ``recitation`` (背诵
scores) and ``last_answer`` (the options chosen when a question was last missed: a list of texts,
or null); a version-1 file has neither and still reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from netmkt_desktop.errors import PlanFileError, ProfileFileError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.plans import PLAN_FILE_FORMAT, PLAN_FILE_VERSION, CareerPlan, plan_from_json, plan_to_json
from netmkt_desktop.recitation import is_list_id
from netmkt_desktop.records import QuizAttempt, QuizMistake, RecitationScore
from netmkt_desktop.validation import (
    CLASS_LIMIT,
    INT64_MAX,
    INT64_MIN,
    NAME_LIMIT,
    NOTE_TEXT_LIMIT,
    PROFILE_FILE_MAX_BYTES,
    FieldReader,
    check_class_name,
    check_profile_name,
    has_control,
    type_name,
)

PROFILE_FILE_FORMAT = "netmkt-profile-data"
PROFILE_FILE_VERSION = 2
MAX_PLANS = 1_000
MAX_SETTINGS = 1_000
MAX_ROWS = 100_000  # per list: progress, notes, bookmarks, quiz attempts, mistakes
SETTING_KEY_LIMIT = 200
SETTING_VALUE_LIMIT = 100_000
STAMP_LIMIT = 40
QUIZ_TOTAL_LIMIT = 1_000_000
MISSED_COUNT_LIMIT = 1_000_000_000
MAX_RECITATION_LISTS = 10_000
RECITATION_ITEMS_LIMIT = 10_000  # items of one list
ANSWER_PARTS_LIMIT = 20  # options chosen in one answer
ANSWER_PART_LIMIT = 2_000  # characters of one option's text


@dataclass
class ExportedProfile:
    """One profile's data, as written to and read from a profile data file (no ids, no PIN)."""

    name: str
    class_name: str = ""
    settings: dict[str, str] = field(default_factory=dict)
    plans: list[CareerPlan] = field(default_factory=list)  # the newest first
    progress: list[tuple[str, str]] = field(default_factory=list)  # (node id, learned_at)
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # (node id, text, updated_at)
    bookmarks: list[tuple[str, str]] = field(default_factory=list)  # (node id, created_at), oldest first
    quiz_attempts: list[QuizAttempt] = field(default_factory=list)  # the newest first
    quiz_mistakes: list[QuizMistake] = field(default_factory=list)
    recitation: list[RecitationScore] = field(default_factory=list)  # the most recently recited first
    exported_at: str = ""


def profile_data_to_json(data: ExportedProfile, exported_at: str | None = None) -> bytes:
    """The profile data file as UTF-8 bytes."""
    if exported_at is None:
        exported_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    document = {
        "format": PROFILE_FILE_FORMAT,
        "format_version": PROFILE_FILE_VERSION,
        "exported_at": exported_at,
        "profile": {"name": data.name, "class_name": data.class_name},
        "settings": dict(data.settings),
        "plans": [json.loads(plan_to_json(p, exported_at=exported_at))["plan"] for p in data.plans],
        "plan_ids": [p.uid or None for p in data.plans],
        "progress": [{"node_id": n, "learned_at": t} for n, t in data.progress],
        "notes": [{"node_id": n, "text": text, "updated_at": t} for n, text, t in data.notes],
        "bookmarks": [{"node_id": n, "created_at": t} for n, t in data.bookmarks],
        "quiz_attempts": [{"seed": a.seed, "total": a.total, "correct": a.correct, "started_at": a.started_at,
                           "finished_at": a.finished_at} for a in data.quiz_attempts],
        "quiz_mistakes": [{"question_id": m.question_id, "rng_seed": m.rng_seed, "missed_count": m.missed_count,
                           "last_missed_at": m.last_missed_at, "resolved_at": m.resolved_at,
                           "last_answer": list(m.last_answer) if m.last_answer is not None else None}
                          for m in data.quiz_mistakes],
        "recitation": [{"list_id": r.list_id, "correct": r.correct, "total": r.total, "best_correct": r.best_correct,
                        "best_total": r.best_total, "attempts": r.attempts, "recited_at": r.recited_at}
                       for r in data.recitation],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_TOP_KEYS = {"format", "format_version", "exported_at", "profile", "settings", "plans", "plan_ids", "progress",
             "notes", "bookmarks", "quiz_attempts", "quiz_mistakes", "recitation"}
_PLAN_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _Reader(FieldReader):
    translate = staticmethod(translate)

    def __init__(self, today: date | None = None):
        super().__init__()
        self.today = today  # an import: a plan's 达成日期 after it is refused (plans.plan_from_json)

    def fail(self, place: str, reason: str) -> ProfileFileError:
        if place:
            reason = translate("profile_file", "{reason}(位置:{place})").format(reason=reason, place=place)
        return ProfileFileError(translate(
            "profile_file", "无法导入这个数据文件:{reason}\n\n没有导入任何内容,原有的数据没有改动。").format(reason=reason),
            place=place, reason=reason)

    def list_of(self, top: dict, key: str, limit: int) -> list:
        return self.array(top.get(key, []), key, limit)

    def stamp(self, obj: dict, key: str, place: str, nullable: bool = False) -> str | None:
        """An ISO 8601 time, returned as stored: naive local time with microseconds."""
        value = obj.get(key)
        where = f"{place}.{key}"
        if value is None and nullable:
            return None
        if not isinstance(value, str) or len(value) > STAMP_LIMIT:
            raise self.fail(where, translate("profile_file", "应为“年-月-日T时:分:秒”格式的时间文本。"))
        try:
            moment = datetime.fromisoformat(value)
            if not 1970 <= moment.year <= 9999:
                raise ValueError(value)
            if moment.tzinfo is not None:
                moment = moment.astimezone().replace(tzinfo=None)
            return moment.isoformat(timespec="microseconds")
        except (ValueError, OverflowError, OSError):
            raise self.fail(where, translate("profile_file", "“{value}”不是有效的时间。").format(value=value)) from None

    def unique(self, seen: set[str], value: str, place: str, what: str) -> None:
        """``what`` (content id, question id) is translated here."""
        if value in seen:
            raise self.fail(place, translate("profile_file", "{what}“{value}”出现了两次。").format(
                what=translate("profile_file", what), value=value[:40]))
        seen.add(value)

    # -- parts ---------------------------------------------------------------------------------

    def profile(self, top: dict) -> tuple[str, str]:
        obj = self.obj(top["profile"], "profile", {"name", "class_name"}, {"name"})
        name = self.text(obj, "name", "profile", NAME_LIMIT).strip()
        class_name = self.text(obj, "class_name", "profile", CLASS_LIMIT).strip() if "class_name" in obj else ""
        problems = check_profile_name(name, translate) + check_class_name(class_name, translate)
        if problems:
            raise self.fail("profile", problems[0])
        return name, class_name

    def settings(self, top: dict) -> dict[str, str]:
        value = top.get("settings", {})
        if not isinstance(value, dict):
            raise self.fail("settings", translate("validation", "应为对象 {{…}},实际为{type}。").format(
                type=type_name(value, translate)))
        if len(value) > MAX_SETTINGS:
            raise self.fail("settings", translate("validation", "最多 {limit} 项,实际有 {n} 项。").format(
                limit=MAX_SETTINGS, n=len(value)))
        result = {}
        for key in value:
            place = f"settings.{key[:40]}"
            if not key or len(key) > SETTING_KEY_LIMIT or has_control(key):
                raise self.fail(place, translate("profile_file", "设置的名字无效。"))
            result[key] = self.text(value, key, "settings", SETTING_VALUE_LIMIT, controls=True)
        return result

    def plans(self, top: dict) -> list[CareerPlan]:
        plans = []
        for i, raw in enumerate(self.list_of(top, "plans", MAX_PLANS)):
            if not isinstance(raw, dict):
                raise self.fail(f"plans[{i}]", translate("validation", "应为对象 {{…}},实际为{type}。").format(
                    type=type_name(raw, translate)))
            wrapped = json.dumps({"format": PLAN_FILE_FORMAT, "format_version": PLAN_FILE_VERSION, "plan": raw})
            try:
                plans.append(plan_from_json(wrapped, today=self.today))
            except PlanFileError as exc:  # its place (plan.goals[0] …) becomes plans[i].goals[0] …
                place = str(exc.params.get("place", "")).replace("plan", f"plans[{i}]", 1)
                reason = translate("profile_file", "第 {n} 份规划有误:{reason}").format(
                    n=i + 1, reason=exc.params.get("reason", exc))
                raise self.fail(place, reason) from None
        ids = self.list_of(top, "plan_ids", MAX_PLANS)
        if "plan_ids" in top and len(ids) != len(plans):
            raise self.fail("plan_ids", translate("profile_file", "规划编号的个数({n})与规划的份数({plans})不同。").format(
                n=len(ids), plans=len(plans)))
        seen: set[str] = set()
        for i, (plan, uid) in enumerate(zip(plans, ids)):
            if uid is None:
                continue
            if not isinstance(uid, str) or not _PLAN_ID.fullmatch(uid):
                raise self.fail(f"plan_ids[{i}]", translate("profile_file", "应为规划编号(小写的 UUID)或 null。"))
            self.unique(seen, uid, f"plan_ids[{i}]", N_("profile_file", "规划编号"))
            plan.uid = uid
        return plans

    def progress(self, top: dict) -> list[tuple[str, str]]:
        rows, seen = [], set()
        for i, raw in enumerate(self.list_of(top, "progress", MAX_ROWS)):
            place = f"progress[{i}]"
            obj = self.obj(raw, place, {"node_id", "learned_at"}, {"node_id", "learned_at"})
            node_id = self.node_id(obj, "node_id", place)
            self.unique(seen, node_id, place, N_("profile_file", "内容 id"))
            rows.append((node_id, self.stamp(obj, "learned_at", place)))
        return rows

    def notes(self, top: dict) -> list[tuple[str, str, str]]:
        rows, seen = [], set()
        for i, raw in enumerate(self.list_of(top, "notes", MAX_ROWS)):
            place = f"notes[{i}]"
            obj = self.obj(raw, place, {"node_id", "text", "updated_at"}, {"node_id", "text", "updated_at"})
            node_id = self.node_id(obj, "node_id", place)
            self.unique(seen, node_id, place, N_("profile_file", "内容 id"))
            text = self.text(obj, "text", place, NOTE_TEXT_LIMIT, allowed="\n\r\t")
            updated_at = self.stamp(obj, "updated_at", place)
            if text.strip():  # an empty note is no note
                rows.append((node_id, text, updated_at))
        return rows

    def bookmarks(self, top: dict) -> list[tuple[str, str]]:
        rows, seen = [], set()
        for i, raw in enumerate(self.list_of(top, "bookmarks", MAX_ROWS)):
            place = f"bookmarks[{i}]"
            obj = self.obj(raw, place, {"node_id", "created_at"}, {"node_id", "created_at"})
            node_id = self.node_id(obj, "node_id", place)
            self.unique(seen, node_id, place, N_("profile_file", "内容 id"))
            rows.append((node_id, self.stamp(obj, "created_at", place)))
        return rows

    def quiz_attempts(self, top: dict) -> list[QuizAttempt]:
        keys = {"seed", "total", "correct", "started_at", "finished_at"}
        rows = []
        for i, raw in enumerate(self.list_of(top, "quiz_attempts", MAX_ROWS)):
            place = f"quiz_attempts[{i}]"
            obj = self.obj(raw, place, keys, keys)
            total = self.integer(obj, "total", place, 0, QUIZ_TOTAL_LIMIT)
            rows.append(QuizAttempt(
                seed=self.integer(obj, "seed", place, INT64_MIN, INT64_MAX), total=total,
                correct=self.integer(obj, "correct", place, 0, total),
                started_at=self.stamp(obj, "started_at", place), finished_at=self.stamp(obj, "finished_at", place)))
        return rows

    def quiz_mistakes(self, top: dict) -> list[QuizMistake]:
        keys = {"question_id", "rng_seed", "missed_count", "last_missed_at", "resolved_at", "last_answer"}
        rows, seen = [], set()
        for i, raw in enumerate(self.list_of(top, "quiz_mistakes", MAX_ROWS)):
            place = f"quiz_mistakes[{i}]"
            obj = self.obj(raw, place, keys, keys - {"resolved_at", "last_answer"})
            question_id = self.question_id(obj, "question_id", place)
            self.unique(seen, question_id, place, N_("profile_file", "题目 id"))
            rows.append(QuizMistake(
                question_id=question_id, rng_seed=self.integer(obj, "rng_seed", place, INT64_MIN, INT64_MAX),
                missed_count=self.integer(obj, "missed_count", place, 1, MISSED_COUNT_LIMIT),
                last_missed_at=self.stamp(obj, "last_missed_at", place),
                resolved_at=self.stamp(obj, "resolved_at", place, nullable=True),
                last_answer=self.answer(obj, place)))
        return rows

    def answer(self, obj: dict, place: str) -> tuple[str, ...] | None:
        """A mistake's ``last_answer``: a list of option texts, or null / absent (not known)."""
        if obj.get("last_answer") is None:
            return None
        where = f"{place}.last_answer"
        parts = self.array(obj["last_answer"], where, ANSWER_PARTS_LIMIT)
        by_number = dict(enumerate(parts))
        return tuple(self.text(by_number, n, where, ANSWER_PART_LIMIT) for n in by_number)

    def recitation(self, top: dict) -> list[RecitationScore]:
        keys = {"list_id", "correct", "total", "best_correct", "best_total", "attempts", "recited_at"}
        rows, seen = [], set()
        for i, raw in enumerate(self.list_of(top, "recitation", MAX_RECITATION_LISTS)):
            place = f"recitation[{i}]"
            obj = self.obj(raw, place, keys, keys)
            list_id = obj.get("list_id")
            if not is_list_id(list_id):
                raise self.fail(f"{place}.list_id", translate("profile_file", "“{value}”不是有效的背诵清单 id。").format(
                    value=str(list_id)[:40]))
            self.unique(seen, list_id, place, N_("profile_file", "背诵清单 id"))
            total = self.integer(obj, "total", place, 1, RECITATION_ITEMS_LIMIT)
            best_total = self.integer(obj, "best_total", place, 1, RECITATION_ITEMS_LIMIT)
            rows.append(RecitationScore(
                list_id=list_id, correct=self.integer(obj, "correct", place, 0, total), total=total,
                best_correct=self.integer(obj, "best_correct", place, 0, best_total), best_total=best_total,
                attempts=self.integer(obj, "attempts", place, 1, MISSED_COUNT_LIMIT),
                recited_at=self.stamp(obj, "recited_at", place)))
        return rows


def read_profile_data(data: bytes | str, *, today: date | None = None) -> ExportedProfile:
    """Read and check a whole profile data file; anything wrong raises ProfileFileError (only that).
    An import passes ``today``: a plan with a goal achieved after it refuses the file."""
    reader = _Reader(today)
    kind = translate("profile_file", "个人数据文件")
    top = reader.document(data, kind=kind, file_format=PROFILE_FILE_FORMAT, max_bytes=PROFILE_FILE_MAX_BYTES, others={
        PLAN_FILE_FORMAT: translate("profile_file", "这是一份职业生涯规划文件,不是个人数据文件。请用“导入规划”打开它。")})
    reader.obj(top, "", _TOP_KEYS, {"format", "format_version", "profile"})
    reader.version(top, kind=kind, known=PROFILE_FILE_VERSION)
    exported_at = top.get("exported_at", "")
    if not isinstance(exported_at, str) or len(exported_at) > STAMP_LIMIT:
        raise reader.fail("exported_at", translate("profile_file", "应为时间文本。"))
    name, class_name = reader.profile(top)
    return ExportedProfile(
        name=name, class_name=class_name, settings=reader.settings(top), plans=reader.plans(top),
        progress=reader.progress(top), notes=reader.notes(top), bookmarks=reader.bookmarks(top),
        quiz_attempts=reader.quiz_attempts(top), quiz_mistakes=reader.quiz_mistakes(top),
        recitation=reader.recitation(top), exported_at=exported_at,
    )
