"""The class summary (班级汇总): every hand-in file of a folder as one row per student (no Qt).

:func:`summarize_folder` reads the ``*.json`` files of a folder and of its sub-folders one level deep
(one sub-folder per class, say). Each file is read with :func:`files.read_bounded` (regular files
only, at most :data:`~netmkt_desktop.handin.HANDIN_FILE_MAX_BYTES`) and checked by
:mod:`netmkt_desktop.handin`. A file that cannot be used — a FIFO, a huge or truncated file, hostile
content, another kind of file, a plain plan file — becomes a :class:`FileProblem` with a reason, and
the rest is read on. Hidden files (a name starting with ".") are passed over; files that are not
``.json`` (the PDFs students hand in beside, say) are counted, not read.

One student, several files: files with the same plan id, or the same 班级+学号+姓名, belong to one
student. Of one plan the highest version is used (a classroom PC's clock may be wrong; the version
is counted by the student's app), of different plans the latest handed in (then the highest
version); every other file of that student is marked replaced (已被替换) with the file that replaced
it. Returned files (…_已批改) are matched to the hand-in they answer by plan id and version.

:func:`row_cells` gives the table's texts; :func:`csv_bytes` the table as CSV for Excel/WPS. The
labels are marked for translation in the context "core" and go through a ``tr`` the UI passes.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from netmkt_desktop.errors import ClassFolderError  # noqa: F401 - also this module's name for it
from netmkt_desktop.files import BoundedReadError, read_bounded, write_bytes_atomic
from netmkt_desktop.handin import (
    HANDIN_FILE_MAX_BYTES,
    HandIn,
    HandInFileError,
    Returned,
    Review,
    parse_time,
    read_plan_file,
)
from netmkt_desktop.i18n import N_ as QT_TRANSLATE_NOOP  # the core's marker, under the name pyside6-lupdate reads
from netmkt_desktop.i18n import translate
from netmkt_desktop.plans import company_text
from netmkt_desktop.tiers import Tier
from netmkt_desktop.validation import printable  # noqa: F401 - also this module's name for it (cli, the class view)

Translate = Callable[[str], str]
MAX_FILES = 5000  # .json files read from one folder and its sub-folders
MAX_ENTRIES = 50_000  # directory entries looked at in all (a wrongly chosen drive stays quick)


def _same(text: str) -> str:
    return text


@dataclass
class FileProblem:
    """A file the summary could not use: ``code`` for the program, ``reason`` for the teacher."""

    path: Path
    name: str  # relative to the folder, "/"-separated
    code: str
    reason: str


@dataclass(eq=False)
class Entry:
    """One hand-in file of the folder."""

    path: Path
    name: str  # relative to the folder, "/"-separated
    handin: HandIn
    replaced_by: Entry | None = None
    review: Review | None = None  # the newest returned file for exactly this version
    review_path: Path | None = None
    earlier_review: tuple[int, Review] | None = None  # (version, review) of an earlier version of the plan

    @property
    def replaced(self) -> bool:
        return self.replaced_by is not None


@dataclass
class ClassSummary:
    folder: Path
    entries: list[Entry] = field(default_factory=list)  # every hand-in, replaced ones too
    problems: list[FileProblem] = field(default_factory=list)
    returned: list[tuple[Path, Returned]] = field(default_factory=list)
    other_files: int = 0  # files not read because they are not .json
    truncated: bool = False  # MAX_FILES or MAX_ENTRIES was reached

    @property
    def current(self) -> list[Entry]:
        """One entry per student: the ones used in the table, charts and CSV."""
        return [e for e in self.entries if not e.replaced]

    @property
    def replaced(self) -> list[Entry]:
        return [e for e in self.entries if e.replaced]


# ---------------------------------------------------------------------------------------------
# Reading a folder


def _candidates(folder: Path) -> tuple[list[tuple[Path, str]], list[FileProblem], int, bool]:
    """(path, relative name) of the .json files, problems with sub-folders, other files, truncated."""
    found: list[tuple[Path, str]] = []
    problems: list[FileProblem] = []
    other = 0
    seen = 0
    truncated = False

    def scan(directory: Path, prefix: str, depth: int) -> None:
        nonlocal other, seen, truncated
        subfolders = []
        with os.scandir(directory) as it:
            for item in it:
                seen += 1
                if seen > MAX_ENTRIES or len(found) >= MAX_FILES:
                    truncated = True
                    break
                if item.name.startswith("."):
                    continue
                try:
                    is_dir = item.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if depth == 0:
                        subfolders.append(item)
                elif item.name.lower().endswith(".json"):
                    found.append((Path(item.path), prefix + item.name))
                else:
                    other += 1
        for sub in sorted(subfolders, key=lambda s: s.name):
            if truncated:
                break
            try:
                scan(Path(sub.path), f"{prefix}{sub.name}/", depth + 1)
            except OSError as exc:
                problems.append(FileProblem(Path(sub.path), f"{prefix}{sub.name}/", "folder_unreadable",
                                            translate("class_summary", "无法读取这个子文件夹:{reason}").format(
                                                reason=exc.strerror or exc)))

    try:
        scan(folder, "", 0)
    except OSError as exc:
        raise ClassFolderError(translate("class_summary", "无法读取文件夹:{folder}\n原因:{reason}").format(
            folder=printable(str(folder)), reason=exc.strerror or exc), folder, exc) from None
    found.sort(key=lambda item: item[1])
    return found, problems, other, truncated


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def read_error_reason(exc: BoundedReadError) -> str:
    """Why a file was not read, in the interface language."""
    if exc.code == "not_regular":
        return translate("class_summary", "不是普通文件(可能是管道、设备或文件夹),没有读取。")
    if exc.code == "too_big":
        return translate("class_summary", "文件太大({size}),交作业文件不会超过 {limit} KB,没有读取。").format(
            size=_size_text(exc.size), limit=HANDIN_FILE_MAX_BYTES // 1024)
    error = exc.os_error
    return translate("class_summary", "无法读取:{reason}").format(
        reason=(error.strerror if error is not None else None) or error)


def summarize_folder(folder: str | os.PathLike[str], limit: int = HANDIN_FILE_MAX_BYTES) -> ClassSummary:
    """Read every hand-in file of ``folder`` (and its sub-folders one level deep).

    Raises :class:`ClassFolderError` only when ``folder`` itself cannot be listed; every problem
    with a single file or sub-folder is in ``problems``."""
    folder = Path(folder)
    found, problems, other, truncated = _candidates(folder)
    summary = ClassSummary(folder, problems=problems, other_files=other, truncated=truncated)
    for path, name in found:
        try:
            result = read_plan_file(read_bounded(path, limit))
        except BoundedReadError as exc:
            summary.problems.append(FileProblem(path, name, exc.code, read_error_reason(exc)))
            continue
        except HandInFileError as exc:
            summary.problems.append(FileProblem(path, name, exc.code, str(exc)))
            continue
        if isinstance(result, Returned):
            summary.returned.append((path, result))
        else:
            summary.entries.append(Entry(path, name, result))
    choose_current(summary.entries)
    _attach_reviews(summary)
    return summary


def _group(entries: Sequence[Entry]) -> list[list[Entry]]:
    """Entries of one student together: same plan id, or the same (non-empty) 班级+学号+姓名."""
    parent = list(range(len(entries)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    for i, entry in enumerate(entries):
        details = entry.handin.shown_details
        keys = [("plan", entry.handin.plan_id)]
        if not details.is_empty:
            keys.append(("student", details.key()))
        for key in keys:
            if key in first:
                parent[root(i)] = root(first[key])
            else:
                first[key] = i
    groups: dict[int, list[Entry]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(root(i), []).append(entry)
    return list(groups.values())


def choose_current(entries: Sequence[Entry]) -> None:
    """Mark all but one entry of each student as replaced (see the module's description)."""
    for group in _group(entries):
        best_of_plan: dict[str, Entry] = {}
        for entry in group:
            entry.replaced_by = None
            old = best_of_plan.get(entry.handin.plan_id)
            if old is None or _plan_order(entry) > _plan_order(old):
                best_of_plan[entry.handin.plan_id] = entry
        winner = max(best_of_plan.values(), key=_student_order)
        for entry in group:
            if entry is not winner:
                entry.replaced_by = winner


def _plan_order(entry: Entry) -> tuple:
    return (entry.handin.version, entry.handin.handed_in, entry.name)


def _student_order(entry: Entry) -> tuple:
    return (entry.handin.handed_in, entry.handin.version, entry.name)


def _attach_reviews(summary: ClassSummary) -> None:
    by_version = {(e.handin.plan_id, e.handin.version): e for e in summary.entries}
    newest_of_plan: dict[str, Entry] = {}
    for entry in summary.entries:
        old = newest_of_plan.get(entry.handin.plan_id)
        if old is None or _plan_order(entry) > _plan_order(old):
            newest_of_plan[entry.handin.plan_id] = entry
    for path, returned in sorted(summary.returned, key=lambda item: parse_time(item[1].review.reviewed_at)):
        handin = returned.handin
        entry = by_version.get((handin.plan_id, handin.version))
        if entry is not None:
            entry.review, entry.review_path = returned.review, path
            continue
        newest = newest_of_plan.get(handin.plan_id)
        if newest is not None:  # the student handed the plan in again after this comment
            if newest.earlier_review is None or newest.earlier_review[0] <= handin.version:
                newest.earlier_review = (handin.version, returned.review)
            continue
        name = path.relative_to(summary.folder).as_posix() if path.is_relative_to(summary.folder) else path.name
        summary.problems.append(FileProblem(
            path, name, "returned",
            translate("class_summary", "这是老师批改后退回的文件(已批改),文件夹中没有它对应的作业。")))
    summary.problems.sort(key=lambda p: p.name)


# ---------------------------------------------------------------------------------------------
# The table

COLUMNS: tuple[tuple[str, str], ...] = (
    ("class", QT_TRANSLATE_NOOP("core", "班级")),
    ("number", QT_TRANSLATE_NOOP("core", "学号")),
    ("name", QT_TRANSLATE_NOOP("core", "姓名")),
    ("title", QT_TRANSLATE_NOOP("core", "规划标题")),
    ("position", QT_TRANSLATE_NOOP("core", "目标岗位")),
    ("size", QT_TRANSLATE_NOOP("core", "企业规模")),
    ("tiers", QT_TRANSLATE_NOOP("core", "层级目标")),
    ("achieved", QT_TRANSLATE_NOOP("core", "已达成")),
    ("progress", QT_TRANSLATE_NOOP("core", "学习进度")),
    ("quiz", QT_TRANSLATE_NOOP("core", "测验成绩")),
    ("handed_in", QT_TRANSLATE_NOOP("core", "交作业时间")),
    ("version", QT_TRANSLATE_NOOP("core", "版本")),
    ("status", QT_TRANSLATE_NOOP("core", "状态")),
    ("file", QT_TRANSLATE_NOOP("core", "文件名")),
)
COLUMN_KEYS = tuple(key for key, _label in COLUMNS)

_REPLACED = QT_TRANSLATE_NOOP("core", "已被替换")
_REVIEWED = QT_TRANSLATE_NOOP("core", "已批改")
_REVIEWED_EARLIER = QT_TRANSLATE_NOOP("core", "第 {version} 版已批改")
_LATEST_QUIZ = QT_TRANSLATE_NOOP("core", "{best}(最近 {latest})")
_UNKNOWN_POSITION = QT_TRANSLATE_NOOP("core", "(内容中没有:{id})")
_MONTH = QT_TRANSLATE_NOOP("core", "{year}年{month}月")


def position_title(content, position_id: str, tr: Translate = _same) -> str:
    node = content.node(position_id) if content is not None and position_id else None
    if node is not None:
        return node.title
    return tr(_UNKNOWN_POSITION).format(id=position_id)


def local_time(entry: Entry) -> str:
    """When it was handed in, in this PC's time zone: ``2026-11-27 16:00``."""
    return entry.handin.handed_in.astimezone().strftime("%Y-%m-%d %H:%M")


def status_text(entry: Entry, tr: Translate = _same) -> str:
    if entry.replaced:
        return tr(_REPLACED)
    if entry.review is not None:
        return tr(entry.review.grade.label) if entry.review.grade else tr(_REVIEWED)
    if entry.earlier_review is not None:
        return tr(_REVIEWED_EARLIER).format(version=entry.earlier_review[0])
    return ""


def row_cells(entry: Entry, content=None, tr: Translate = _same) -> list[str]:
    """The table's texts for ``entry``, in the order of :data:`COLUMNS`."""
    handin = entry.handin
    plan = handin.plan
    details = handin.shown_details
    tiers = "; ".join(f"{tr(g.tier.label)} {tr(_MONTH).format(year=g.target_year, month=g.target_month)}"
                      for g in sorted(plan.goals, key=lambda g: g.tier))
    quiz = ""
    if handin.quiz is not None and handin.quiz.best is not None:
        quiz = handin.quiz.best.label()
        latest = handin.quiz.latest
        if latest is not None and latest != handin.quiz.best:
            quiz = tr(_LATEST_QUIZ).format(best=quiz, latest=latest.label())
    return [
        details.class_name,
        details.student_number,
        details.student_name,
        plan.title,
        position_title(content, plan.position_id, tr),
        company_text(plan, tr),
        tiers,
        f"{plan.achieved_count}/{len(plan.goals)}",
        f"{handin.progress.percent}%" if handin.progress is not None else "",
        quiz,
        local_time(entry),
        str(handin.version),
        status_text(entry, tr),
        entry.name,
    ]


def sort_key(entry: Entry, column: int) -> int | float | str:
    """What a column sorts by: numbers for the numeric columns, the text otherwise."""
    key = COLUMN_KEYS[column]
    handin = entry.handin
    if key == "achieved":
        return handin.plan.achieved_count * 10 + len(handin.plan.goals)
    if key == "progress":
        return handin.progress.percent if handin.progress is not None else -1
    if key == "quiz":
        best = handin.quiz.best if handin.quiz is not None else None
        return best.fraction if best is not None else -1.0
    if key == "handed_in":
        return handin.handed_in.timestamp()
    if key == "version":
        return handin.version
    if key == "tiers":
        top = max((g.tier for g in handin.plan.goals), default=0)
        first = min((g.target_key for g in handin.plan.goals), default=(0, 0))
        return f"{int(top)}{first[0]:04d}{first[1]:02d}"
    return row_cells(entry)[column]


def default_order(entries: Iterable[Entry]) -> list[Entry]:
    """By class, number, name, then file name."""
    return sorted(entries, key=lambda e: (*e.handin.shown_details.key(), e.name))


# ---------------------------------------------------------------------------------------------
# CSV

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    """A cell Excel/WPS will not run as a formula: text starting with = + - @ (or a tab or carriage
    return) gets a leading apostrophe, which both show as plain text."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(entries: Iterable[Entry], content=None, tr: Translate = _same) -> bytes:
    """The rows of ``entries`` as CSV: UTF-8 with a byte-order mark and CRLF line ends (Excel and WPS
    then read Chinese correctly), a header row, every cell guarded by :func:`guard_cell`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([tr(label) for _key, label in COLUMNS])
    for entry in entries:
        writer.writerow([guard_cell(printable(cell)) for cell in row_cells(entry, content, tr)])
    return out.getvalue().encode("utf-8-sig")


def write_csv(path: str | os.PathLike[str], entries: Iterable[Entry], content=None, tr: Translate = _same) -> None:
    """Write :func:`csv_bytes` to ``path`` atomically (OSError when it cannot be written)."""
    write_bytes_atomic(Path(path), csv_bytes(entries, content, tr), mode=0o644 if os.name == "posix" else None)


# ---------------------------------------------------------------------------------------------
# Numbers for the pictures


@dataclass(frozen=True)
class Count:
    key: str  # a position id, a tier code, or "" for "other" / "no goal"
    label: str
    count: int


_OTHER_POSITION = QT_TRANSLATE_NOOP("core", "其他")
_NO_GOAL = QT_TRANSLATE_NOOP("core", "没有目标")


def position_counts(entries: Iterable[Entry], content=None, tr: Translate = _same) -> list[Count]:
    """Students per target position: every position of the content (in its order, zeros included),
    then "其他" for positions the content does not have (only when there are such students)."""
    counts = Counter(e.handin.plan.position_id for e in entries)
    positions = content.of_kind("position") if content is not None else []
    rows = [Count(node.id, node.title, counts.pop(node.id, 0)) for node in positions]
    other = sum(counts.values())
    if other:
        rows.append(Count("", tr(_OTHER_POSITION), other))
    return rows


def highest_tier(entry: Entry) -> Tier | None:
    return max((g.tier for g in entry.handin.plan.goals), default=None)


def highest_tier_counts(entries: Iterable[Entry], tr: Translate = _same) -> list[Count]:
    """Students by the highest tier they aim at: 专员 … 总监, then "没有目标" (only when some have none)."""
    counts = Counter(highest_tier(e) for e in entries)
    rows = [Count(t.code, tr(t.label), counts.get(t, 0)) for t in Tier]
    if counts.get(None):
        rows.append(Count("", tr(_NO_GOAL), counts[None]))
    return rows


def target_timeline(entries: Iterable[Entry]) -> dict[Tier, Counter]:
    """For each tier, how many goals of the class aim at each month: ``{tier: Counter({(2028, 7): 3})}``."""
    timeline: dict[Tier, Counter] = {t: Counter() for t in Tier}
    for entry in entries:
        for goal in entry.handin.plan.goals:
            timeline[goal.tier][goal.target_key] += 1
    return timeline
