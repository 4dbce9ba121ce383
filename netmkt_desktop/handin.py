"""Handing in a career plan (交作业) and the teacher's comment coming back (批改): the two files (no Qt).

A **hand-in file** (``班级_学号_姓名_职业生涯规划.netmkt-plan.json``) is a plan file of format version 2
(docs/plan-format.md) with a ``handin`` object: the student's details (班级, 学号, 姓名, all optional),
a stable plan id, a version that grows with each hand-in of the plan, the time it was handed in,
and optionally a progress summary (learned x/y per section) and the best and latest quiz score.
Because it is a plan file, 导入规划 reads it as a plan (``plans.plan_from_json``).

A **returned file** (``…_已批改.netmkt-plan.json``, written next to the student's file, which is never
changed) is the same hand-in plus a ``review`` object: the teacher's comment (评语), an optional
grade (等级: 优秀/良好/合格/需修改) and when it was written. :func:`comment_matches` says whether a
returned file belongs to a given plan and student.

Everything read is checked field by field the way the plan reader checks a plan (types, limits, no
control characters in one-line texts, no broken characters); anything wrong raises
:class:`HandInFileError` with a stable ``code`` and a message in the interface language, and nothing else.

Longer than most modules (about 600 lines) on purpose: the two files share their records, limits,
writer and reader, and docs/plan-format.md describes them as one format.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum

from netmkt_desktop.errors import HandInFileError  # noqa: F401 - also this module's name for it
from netmkt_desktop.i18n import N_ as QT_TRANSLATE_NOOP  # the core's marker, under the name pyside6-lupdate reads
from netmkt_desktop.i18n import translate
from netmkt_desktop.plans import (
    PLAN_FILE_FORMAT,
    CareerPlan,
    FileReader,
    PlanFileError,
    plan_to_dict,
    read_plan_document,
    utc_stamp,
)
from netmkt_desktop.validation import (
    CLASS_LIMIT,
    FIELD_CLASS,
    FIELD_STUDENT_NAME,
    HANDIN_FILE_MAX_BYTES,
    NAME_LIMIT,
    check_line,
    type_name,
)


HANDIN_FORMAT_VERSION = 2  # the plan-file format version of hand-in and returned files
HANDIN_SUFFIX = ".netmkt-plan.json"
HANDIN_STEM = "职业生涯规划"
RETURNED_MARK = "_已批改"
STUDENT_NUMBER_LIMIT = 32
COMMENT_LIMIT = 2000
VERSION_LIMIT = 1_000_000
SECTION_LIMIT = 50
SECTION_TITLE_LIMIT = 200
COUNT_LIMIT = 1_000_000
QUIZ_TOTAL_LIMIT = 10_000
QUIZ_ATTEMPTS_LIMIT = 1_000_000
SHORT_TEXT_LIMIT = 40  # app version, quiz times
FILE_NAME_MAX_BYTES = 240  # UTF-8 bytes of the longest name we make (the returned file's)
FILE_NAME_MAX_UNITS = 120  # UTF-16 units of it: leaves room in Windows' 260-unit paths
PLAN_ID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 12, 31, tzinfo=timezone.utc)


class Grade(Enum):
    """等级 of a returned plan."""

    EXCELLENT = "excellent"
    GOOD = "good"
    PASS = "pass"
    REVISE = "revise"

    @property
    def label(self) -> str:
        return _GRADE_LABELS[self]


_GRADE_LABELS = {
    Grade.EXCELLENT: QT_TRANSLATE_NOOP("core", "优秀"),
    Grade.GOOD: QT_TRANSLATE_NOOP("core", "良好"),
    Grade.PASS: QT_TRANSLATE_NOOP("core", "合格"),
    Grade.REVISE: QT_TRANSLATE_NOOP("core", "需修改"),
}


# ---------------------------------------------------------------------------------------------
# Records


def _same_text(text: str) -> str:
    """The form used to compare details: NFKC, invisible characters gone, spaces collapsed, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc"))
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class StudentDetails:
    """班级, 学号 and 姓名 of a student; each may be empty."""

    class_name: str = ""
    student_number: str = ""
    student_name: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.class_name.strip() or self.student_number.strip() or self.student_name.strip())

    def key(self) -> tuple[str, str, str]:
        """What makes two details "the same student": compared after :func:`_same_text`."""
        return (_same_text(self.class_name), _same_text(self.student_number), _same_text(self.student_name))

    def label(self) -> str:
        """"电商2301班 2023001 王五" (the parts that are filled in)."""
        return " ".join(p for p in (self.class_name, self.student_number, self.student_name) if p.strip())


FIELD_STUDENT_NUMBER = QT_TRANSLATE_NOOP("validation", "学号")


def check_details(details: StudentDetails) -> list[str]:
    """Problems of student details in the interface language (the profile dialog shows them); empty when fine."""
    return (check_line(details.class_name, FIELD_CLASS, CLASS_LIMIT, required=False, translate=translate)
            + check_line(details.student_number, FIELD_STUDENT_NUMBER, STUDENT_NUMBER_LIMIT, required=False,
                         translate=translate)
            + check_line(details.student_name, FIELD_STUDENT_NAME, NAME_LIMIT, required=False, translate=translate))


@dataclass(frozen=True)
class SectionCount:
    """Learned ``learned`` of ``total`` nodes in one top-level section of the textbook."""

    node_id: str
    title: str
    learned: int
    total: int


@dataclass(frozen=True)
class ProgressSummary:
    sections: tuple[SectionCount, ...]
    learned: int
    total: int

    @property
    def percent(self) -> int:
        """Whole percent, rounded down (100 only when everything is learned)."""
        return self.learned * 100 // self.total if self.total else 0


@dataclass(frozen=True)
class QuizScore:
    correct: int
    total: int
    finished_at: str = ""  # as the student's app recorded it (local time); informative

    @property
    def fraction(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def label(self) -> str:
        return f"{self.correct}/{self.total}"


@dataclass(frozen=True)
class QuizSummary:
    best: QuizScore | None
    latest: QuizScore | None
    attempts: int


@dataclass(frozen=True)
class HandIn:
    """One hand-in: the plan and everything the student chose to add."""

    plan: CareerPlan
    details: StudentDetails
    plan_id: str
    version: int
    handed_in_at: str  # ISO 8601 UTC, e.g. 2026-11-27T08:00:00Z
    progress: ProgressSummary | None = None
    quiz: QuizSummary | None = None
    app_version: str = ""

    @property
    def handed_in(self) -> datetime:
        """``handed_in_at`` as an aware datetime in UTC."""
        return parse_time(self.handed_in_at)

    @property
    def shown_details(self) -> StudentDetails:
        """The details, each empty one filled from the plan's own 班级 and 姓名."""
        return StudentDetails(self.details.class_name or self.plan.class_name, self.details.student_number,
                              self.details.student_name or self.plan.student_name)


@dataclass(frozen=True)
class Review:
    comment: str
    grade: Grade | None
    reviewed_at: str  # ISO 8601 UTC


@dataclass(frozen=True)
class Returned:
    """A returned file: the hand-in it answers and the teacher's review."""

    handin: HandIn
    review: Review


# ---------------------------------------------------------------------------------------------
# Building the parts from the student's data


def new_plan_id() -> str:
    """A fresh plan id (a random UUID): it stays with the plan for all its hand-ins."""
    return str(uuid.uuid4())


def progress_summary(content, learned: Iterable[str]) -> ProgressSummary:
    """Learned x/y of each top-level textbook section and overall (``progress.progress_by_section``:
    readable nodes only, the sections adding up to the whole)."""
    from netmkt_desktop.progress import progress_by_section

    rows = progress_by_section(content, learned)
    sections = tuple(SectionCount(r.node.id, r.node.title, r.learned, r.total) for r in rows if r.node is not None)
    overall = rows[-1]
    return ProgressSummary(sections[:SECTION_LIMIT], overall.learned, overall.total)


def quiz_summary(attempts: Sequence) -> QuizSummary | None:
    """Best (highest share right, then the later) and latest of finished quizzes; None without any.

    ``attempts`` are records with ``correct``, ``total`` and ``finished_at`` (the store's QuizAttempt)."""
    done = [a for a in attempts if a.total > 0]
    if not done:
        return None

    def score(a) -> QuizScore:
        return QuizScore(a.correct, a.total, str(a.finished_at)[:SHORT_TEXT_LIMIT])

    latest = max(done, key=lambda a: str(a.finished_at))
    best = max(done, key=lambda a: (a.correct / a.total, a.correct, str(a.finished_at)))
    return QuizSummary(score(best), score(latest), len(done))


def next_version(plan_id: str, *earlier: HandIn | None) -> int:
    """The version of the next hand-in of ``plan_id``: one more than the highest earlier one of it."""
    versions = [h.version for h in earlier if h is not None and h.plan_id == plan_id]
    return min(VERSION_LIMIT, max(versions, default=0) + 1)


def previous_handin(data: bytes | None) -> HandIn | None:
    """The hand-in in ``data`` (an earlier file in the folder the student hands in to), or None when
    there is none or it cannot be read: its version feeds :func:`next_version`, nothing else."""
    if data is None:
        return None
    try:
        found = read_plan_file(data)
    except HandInFileError:
        return None
    return found.handin if isinstance(found, Returned) else found


_DETAILS_LINE = QT_TRANSLATE_NOOP("core", "班级:{class_name}  学号:{number}  姓名:{name}")
_HANDED_IN_LINE = QT_TRANSLATE_NOOP("core", "交作业时间:{time}  第 {version} 版")
_PROGRESS_LINE = QT_TRANSLATE_NOOP("core", "学习进度:{learned}/{total}({percent}%)")
_QUIZ_LINE = QT_TRANSLATE_NOOP("core", "自测:最好 {best},最近 {latest},共 {count} 次")


def summary_lines(handin: HandIn, tr=lambda text: text) -> list[str]:
    """What a hand-in holds besides the plan, one line each: who, when and which version, progress
    (and each section), quiz. For the student's preview before handing in and the teacher's view.
    ``tr`` translates the labels (the UI passes its ``translate_core``)."""
    details = handin.shown_details
    when = handin.handed_in.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [tr(_DETAILS_LINE).format(class_name=details.class_name or "—", number=details.student_number or "—",
                                      name=details.student_name or "—"),
             tr(_HANDED_IN_LINE).format(time=when, version=handin.version)]
    if handin.progress is not None:
        p = handin.progress
        line = tr(_PROGRESS_LINE).format(learned=p.learned, total=p.total, percent=p.percent)
        sections = "; ".join(f"{s.title} {s.learned}/{s.total}" for s in p.sections)
        lines.append(f"{line} {sections}" if sections else line)
    if handin.quiz is not None and handin.quiz.best is not None:
        q = handin.quiz
        lines.append(tr(_QUIZ_LINE).format(best=q.best.label(), latest=q.latest.label() if q.latest else "—",
                                           count=q.attempts))
    return lines


# ---------------------------------------------------------------------------------------------
# File names

_UNSAFE = re.compile(r'[<>:"/\\|?*_]')  # Windows' forbidden characters, and "_" (it separates the parts)
_DROPPED = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def _name_part(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED)
    text = _UNSAFE.sub("-", text)
    return " ".join(text.split()).strip(" .")


def _fits(name: str) -> bool:
    return (len(name.encode("utf-8")) <= FILE_NAME_MAX_BYTES
            and len(name.encode("utf-16-le")) // 2 <= FILE_NAME_MAX_UNITS)


def handin_file_name(details: StudentDetails) -> str:
    """``班级_学号_姓名_职业生涯规划.netmkt-plan.json`` with the filled-in parts.

    Characters Windows forbids in names (``<>:"/\\|?*``), ``_`` inside a part, control and invisible
    characters are replaced or dropped, and leading/trailing dots and spaces removed, so the name is
    safe on Windows, macOS and Linux. The longest part is shortened until the returned file's name
    (:func:`returned_file_name`) fits in 240 UTF-8 bytes and 120 UTF-16 units."""
    parts = [_name_part(p) for p in (details.class_name, details.student_number, details.student_name)]
    while True:
        name = "_".join([p for p in parts if p] + [HANDIN_STEM]) + HANDIN_SUFFIX
        if _fits(name.removesuffix(HANDIN_SUFFIX) + RETURNED_MARK + HANDIN_SUFFIX):
            return name
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        parts[longest] = parts[longest][:-1].rstrip(" .")


def returned_file_name(handin_name: str) -> str:
    """The name of the returned file for the hand-in file ``handin_name``: ``<stem>_已批改.netmkt-plan.json``.

    Never equal to ``handin_name``, so writing it never touches the student's file."""
    stem = handin_name
    for suffix in (HANDIN_SUFFIX, ".json"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    while stem and not _fits(stem + RETURNED_MARK + HANDIN_SUFFIX):
        stem = stem[:-1]
    return stem + RETURNED_MARK + HANDIN_SUFFIX


# ---------------------------------------------------------------------------------------------
# Writing


def _handin_dict(handin: HandIn) -> dict:
    d = handin.details
    data: dict = {
        "plan_id": handin.plan_id,
        "version": handin.version,
        "handed_in_at": handin.handed_in_at,
        "app_version": handin.app_version,
        "student": {"class_name": d.class_name, "student_number": d.student_number, "student_name": d.student_name},
        "progress": None,
        "quiz": None,
    }
    if handin.progress is not None:
        p = handin.progress
        data["progress"] = {
            "learned": p.learned, "total": p.total,
            "sections": [{"id": s.node_id, "title": s.title, "learned": s.learned, "total": s.total}
                         for s in p.sections],
        }
    if handin.quiz is not None:
        def score(s: QuizScore | None):
            return None if s is None else {"correct": s.correct, "total": s.total, "finished_at": s.finished_at}

        data["quiz"] = {"attempts": handin.quiz.attempts, "best": score(handin.quiz.best),
                        "latest": score(handin.quiz.latest)}
    return data


def _document(handin: HandIn, review: Review | None) -> bytes:
    data = {
        "format": PLAN_FILE_FORMAT,
        "format_version": HANDIN_FORMAT_VERSION,
        "exported_at": utc_stamp(),
        "handin": _handin_dict(handin),
        "plan": plan_to_dict(handin.plan),
    }
    if review is not None:
        data["review"] = {"comment": review.comment, "grade": review.grade.value if review.grade else None,
                          "reviewed_at": review.reviewed_at}
    try:
        raw = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a broken character: written as \u escapes, the check below names the field
        raw = (json.dumps(data, indent=2) + "\n").encode("ascii")
    # What we write must read back: the same checks as for a file from elsewhere.
    (read_returned if review is not None else read_handin)(raw)
    return raw


def build_handin(plan: CareerPlan, details: StudentDetails, plan_id: str, version: int, *,
                 progress: ProgressSummary | None = None, quiz: QuizSummary | None = None,
                 handed_in_at: datetime | str | None = None, app_version: str | None = None) -> bytes:
    """The hand-in file's bytes (UTF-8 JSON). Raises :class:`HandInFileError` (code ``"invalid"``)
    when something would not pass :func:`read_handin`, e.g. details that are too long."""
    if app_version is None:
        from netmkt_desktop import __version__ as app_version
    stamp = handed_in_at if isinstance(handed_in_at, str) else utc_stamp(handed_in_at)
    return _document(HandIn(plan, details, plan_id, version, stamp, progress, quiz, app_version), None)


def build_returned(handin: HandIn, comment: str, grade: Grade | None = None,
                   reviewed_at: datetime | str | None = None) -> bytes:
    """The returned file's bytes: ``handin`` unchanged plus the comment and grade.

    Raises :class:`HandInFileError` (code ``"invalid"``) for a comment over :data:`COMMENT_LIMIT`
    characters or with control characters other than line breaks and tabs."""
    stamp = reviewed_at if isinstance(reviewed_at, str) else utc_stamp(reviewed_at)
    return _document(handin, Review(comment, grade, stamp))


# ---------------------------------------------------------------------------------------------
# Reading


def parse_time(text: str) -> datetime:
    """An ISO 8601 time with a zone (``2026-11-27T08:00:00Z``) as an aware datetime in UTC; ValueError otherwise."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment.astimezone(timezone.utc)


class _Reader(FileReader):
    def __init__(self, what: str):
        self.what = what

    def fail(self, place: str, reason: str, code: str = "invalid") -> HandInFileError:
        place = place.strip()
        where = translate("handin", "(位置:{place})").format(place=place) if place else ""
        damaged = code in ("invalid", "not_json", "encoding")  # the others say what the file is instead
        hint = translate("handin", "文件可能不完整(例如复制时中断)或已损坏。") if code == "not_json" else ""
        if not damaged:
            return HandInFileError(f"{reason}{where}", code)
        return HandInFileError(translate("handin", "{what}有误:{reason}{where}{hint}").format(
            what=translate("handin", self.what), reason=reason, where=where, hint=hint), code)

    def opt_obj(self, obj: dict, key: str, place: str, keys: set[str], required: set[str]) -> dict | None:
        value = obj.get(key)
        return None if value is None else self.obj(value, f"{place}.{key}", keys, required)

    def time(self, obj: dict, key: str, place: str) -> str:
        value = self.text(obj, key, place, SHORT_TEXT_LIMIT, required=True)
        try:
            moment = parse_time(value)
        except ValueError:
            raise self.fail(f"{place}.{key}", translate("handin", "应为带时区的时间,例如 2026-11-27T08:00:00Z。")) from None
        if not EARLIEST <= moment <= LATEST:
            raise self.fail(f"{place}.{key}", translate("handin", "时间应在 {low}–{high} 年之间。").format(
                low=EARLIEST.year, high=LATEST.year))
        return value

    def score(self, obj: dict, key: str, place: str) -> QuizScore | None:
        raw = self.opt_obj(obj, key, place, {"correct", "total", "finished_at"}, {"correct", "total"})
        if raw is None:
            return None
        where = f"{place}.{key}"
        total = self.integer(raw, "total", where, 1, QUIZ_TOTAL_LIMIT)
        correct = self.integer(raw, "correct", where, 0, total)
        return QuizScore(correct, total, self.text(raw, "finished_at", where, SHORT_TEXT_LIMIT))

    def progress(self, obj: dict, place: str) -> ProgressSummary | None:
        raw = self.opt_obj(obj, "progress", place, {"learned", "total", "sections"}, {"learned", "total"})
        if raw is None:
            return None
        place = f"{place}.progress"
        total = self.integer(raw, "total", place, 0, COUNT_LIMIT)
        learned = self.integer(raw, "learned", place, 0, total)
        items = raw.get("sections", [])
        if not isinstance(items, list):
            raise self.fail(f"{place}.sections", translate("handin", "应为列表,实际为{type}。").format(
                type=type_name(items, translate)))
        if len(items) > SECTION_LIMIT:
            raise self.fail(f"{place}.sections", translate("handin", "最多 {limit} 项,实际有 {n} 项。").format(
                limit=SECTION_LIMIT, n=len(items)))
        sections = []
        for i, item in enumerate(items):
            where = f"{place}.sections[{i}]"
            section = self.obj(item, where, {"id", "title", "learned", "total"}, {"title", "learned", "total"})
            s_total = self.integer(section, "total", where, 0, COUNT_LIMIT)
            sections.append(SectionCount(self.node_id(section, "id", where),
                                         self.text(section, "title", where, SECTION_TITLE_LIMIT, required=True),
                                         self.integer(section, "learned", where, 0, s_total), s_total))
        return ProgressSummary(tuple(sections), learned, total)

    def handin(self, top: dict) -> HandIn:
        place = "handin"
        if "handin" not in top:
            raise self.fail("", translate("handin", "这是普通的规划文件(用“导出文件”保存的),不是用“交作业”生成的,没有学生信息。"),
                            "plain_plan")
        raw = self.obj(top["handin"], place, {"plan_id", "version", "handed_in_at", "app_version", "student",
                                               "progress", "quiz"},
                       {"plan_id", "version", "handed_in_at"})
        plan_id = self.text(raw, "plan_id", place, 36, required=True)
        if not PLAN_ID_PATTERN.fullmatch(plan_id):
            raise self.fail(f"{place}.plan_id", translate(
                "handin", "应为规划编号(小写的 UUID,例如 0f8fad5b-d9cb-469f-a165-70867728950e)。"))
        student = raw.get("student", {})
        s_place = f"{place}.student"
        student = self.obj(student, s_place, {"class_name", "student_number", "student_name"}, set())
        details = StudentDetails(self.text(student, "class_name", s_place, CLASS_LIMIT),
                                 self.text(student, "student_number", s_place, STUDENT_NUMBER_LIMIT),
                                 self.text(student, "student_name", s_place, NAME_LIMIT))
        quiz_raw = self.opt_obj(raw, "quiz", place, {"attempts", "best", "latest"}, set())
        quiz = None
        if quiz_raw is not None:
            q_place = f"{place}.quiz"
            quiz = QuizSummary(self.score(quiz_raw, "best", q_place), self.score(quiz_raw, "latest", q_place),
                               self.integer(quiz_raw, "attempts", q_place, 0, QUIZ_ATTEMPTS_LIMIT)
                               if "attempts" in quiz_raw else 0)
        return HandIn(
            plan=self.plan(top["plan"]),
            details=details,
            plan_id=plan_id,
            version=self.integer(raw, "version", place, 1, VERSION_LIMIT),
            handed_in_at=self.time(raw, "handed_in_at", place),
            progress=self.progress(raw, place),
            quiz=quiz,
            app_version=self.text(raw, "app_version", place, SHORT_TEXT_LIMIT),
        )

    def review(self, top: dict) -> Review:
        place = "review"
        raw = self.obj(top["review"], place, {"comment", "grade", "reviewed_at"}, {"comment", "reviewed_at"})
        grade = raw.get("grade")
        if grade is not None:
            codes = {g.value: g for g in Grade}
            if not isinstance(grade, str) or grade not in codes:
                shown = grade[:40] if isinstance(grade, str) else type_name(grade, translate)
                raise self.fail(f"{place}.grade", translate("handin", "不认识的等级“{value}”(可用:{codes} 或 null)。").format(
                    value=shown, codes=translate("core", "、").join(codes)))
            grade = codes[grade]
        return Review(self.text(raw, "comment", place, COMMENT_LIMIT, multiline=True), grade,
                      self.time(raw, "reviewed_at", place))


_HANDIN_FILE = QT_TRANSLATE_NOOP("handin", "交作业文件")  # what a reader reads, in its messages
_RETURNED_FILE = QT_TRANSLATE_NOOP("handin", "批改文件")


def _top(data: bytes | str, reader: _Reader) -> dict:
    if isinstance(data, (bytes, bytearray)) and len(data) > HANDIN_FILE_MAX_BYTES:
        raise reader.fail("", translate("handin", "文件太大(超过 {limit} KB),不是交作业文件。").format(
            limit=HANDIN_FILE_MAX_BYTES // 1024), "too_big")
    return read_plan_document(data, reader)


def read_handin(data: bytes | str) -> HandIn:
    """A hand-in file's contents; a returned file, a plain plan file or anything wrong raises
    :class:`HandInFileError` (see its codes)."""
    reader = _Reader(_HANDIN_FILE)
    top = _top(data, reader)
    if "review" in top:
        raise reader.fail("", translate("handin", "这是老师批改后退回的文件(已批改),不是学生交的作业。"), "returned")
    return reader.handin(top)


def read_returned(data: bytes | str) -> Returned:
    """A returned file's contents; a hand-in without a review, or anything wrong, raises :class:`HandInFileError`."""
    reader = _Reader(_RETURNED_FILE)
    top = _top(data, reader)
    if "review" not in top:
        code = "not_returned" if "handin" in top else "plain_plan"
        raise reader.fail("", translate("handin", "这不是老师批改后的文件(文件中没有评语)。"), code)
    handin = reader.handin(top)
    return Returned(handin, reader.review(top))


def read_plan_file(data: bytes | str) -> HandIn | Returned:
    """A hand-in or a returned file, whichever ``data`` is (the class view reads folders with both)."""
    reader = _Reader(_HANDIN_FILE)
    top = _top(data, reader)
    handin = reader.handin(top)
    return Returned(handin, reader.review(top)) if "review" in top else handin


# ---------------------------------------------------------------------------------------------
# Does a comment belong to this plan and student?


@dataclass(frozen=True)
class Match:
    """``ok`` or why not: ``code`` is ``""``, ``"other_plan"`` or ``"other_student"``; ``reason`` in the
    interface language."""

    ok: bool
    code: str = ""
    reason: str = ""

    def __bool__(self) -> bool:
        return self.ok


def comment_matches(returned: Returned, plan_id: str, details: StudentDetails) -> Match:
    """Whether ``returned`` answers the plan ``plan_id`` of the student with ``details``.

    The plan id must be the same, and so must 班级, 学号 and 姓名 (compared as :meth:`StudentDetails.key`
    does: full-width and half-width forms, spaces and case do not matter)."""
    handin = returned.handin
    if handin.plan_id != plan_id:
        return Match(False, "other_plan", translate(
            "handin", "这份批改属于另一份规划(“{title}”,规划编号 {plan_id}),不是所选的规划。"
                      "请选中交作业时的那份规划再导入。").format(title=handin.plan.title, plan_id=handin.plan_id))
    if handin.details.key() != details.key():
        nobody = translate("handin", "(没有填写学生信息)")
        who = handin.details.label() or nobody
        mine = details.label() or nobody
        return Match(False, "other_student", translate(
            "handin", "这份批改是给“{who}”的,你的学生信息是“{mine}”。只能导入给自己的批改。").format(who=who, mine=mine))
    return Match(True)
