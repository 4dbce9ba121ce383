"""交作业 and 导入批改: the student's side of the hand-in round, from 我的规划.

* :class:`HandInDialog` (opened with ``open()``) hands the selected plan in: it writes
  ``班级_学号_姓名_职业生涯规划.netmkt-plan.json`` (:mod:`netmkt_desktop.handin`) atomically into a
  folder the student picks (remembered per profile: a USB stick, the lab's shared folder), after a
  preview of exactly what the file holds.  The student may add the learning progress (learned x/y
  per section) and the best and latest quiz score, and a PDF of the 职业生涯规划书 beside it.
  Handing in again replaces the file; the version inside counts up (from the file there and from
  the plan's own record, whichever is higher).
* :func:`import_review` reads a teacher's returned file (``…_已批改.netmkt-plan.json``) with a size
  cap and attaches its comment and grade to the plan it answers (``data.handins.attach_review``:
  same plan id and the same 班级/学号/姓名, else a clear message and nothing changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.files import BoundedReadError, read_bounded, write_bytes_atomic
from netmkt_desktop.handin import (
    HANDIN_FILE_MAX_BYTES,
    HANDIN_SUFFIX,
    HandIn,
    HandInFileError,
    StudentDetails,
    build_handin,
    handin_file_name,
    next_version,
    previous_handin,
    progress_summary,
    quiz_summary,
    read_returned,
    summary_lines,
)
from netmkt_desktop.plans import CareerPlan, company_text, utc_stamp
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import goal_target_label, tier_full_label, translate, translate_core
from netmkt_desktop.ui.operations import run_store_action
from netmkt_desktop.ui.safe_text import plain_label

if TYPE_CHECKING:
    from netmkt_desktop.storage.store import ProfileData

FOLDER_KEY = "handin/folder"
OPTION_KEYS = {"progress": "handin/with_progress", "quiz": "handin/with_quiz", "pdf": "handin/with_pdf"}


@dataclass(frozen=True)
class Prepared:
    """A hand-in ready to be written: where, what, and the file it replaces (if it was one)."""

    path: Path
    handin: HandIn
    previous: HandIn | None
    quiz_wanted: bool = False  # the student asked for the quiz score (there may be none yet)

    @property
    def pdf_path(self) -> Path:
        return self.path.with_name(self.path.name.removesuffix(HANDIN_SUFFIX) + ".pdf")


def prepare_handin(data: ProfileData, plan: CareerPlan, content: Content, folder: Path | None, *,
                   with_progress: bool, with_quiz: bool, now: datetime | None = None) -> Prepared:
    """What handing ``plan`` in to ``folder`` would write (nothing is written here); without a
    folder yet, the file's name alone (``path`` has no folder) and no earlier hand-in.

    Raises :class:`~netmkt_desktop.errors.StoreError` when the personal data cannot be read."""
    details = data.handins.details()
    path = Path(folder or "") / handin_file_name(details)
    previous = None
    if folder is not None and path.exists():
        try:
            previous = previous_handin(read_bounded(path, HANDIN_FILE_MAX_BYTES))
        except BoundedReadError:
            pass
    version = max(next_version(plan.uid, previous), plan.handin_version + 1)
    progress = progress_summary(content, data.study.learned()) if with_progress else None
    quiz = quiz_summary(data.quiz.attempts()) if with_quiz else None
    from netmkt_desktop import __version__

    handin = HandIn(plan, details, plan.uid, version, utc_stamp(now), progress, quiz, __version__)
    return Prepared(path, handin, previous, with_quiz)


def preview_lines(prepared: Prepared, content: Content) -> list[str]:
    """Exactly what the hand-in file holds, for the student to read before handing in."""
    tr = translate_core
    handin, plan = prepared.handin, prepared.handin.plan
    position = content.node(plan.position_id)
    lines = summary_lines(handin, tr)
    lines += ["", translate("HandInDialog", "规划:{title}").format(title=plan.title),
              translate("HandInDialog", "目标岗位:{position}").format(
                  position=position.title if position else plan.position_id),
              translate("HandInDialog", "企业规模:{size}").format(size=company_text(plan, tr)),
              translate("HandInDialog", "现在:{current}").format(
                  current=tier_full_label(plan.current_tier) if plan.current_tier
                  else translate("HandInDialog", "在校学生"))]
    if plan.student_name or plan.class_name:
        lines.append(translate("HandInDialog", "规划中填写的姓名和班级:{name} {class_name}").format(
            name=plan.student_name, class_name=plan.class_name).strip())
    for goal in plan.goals:
        state = (translate("HandInDialog", "已达成({day})").format(day=goal.achieved_on.isoformat())
                 if goal.achieved_on else translate("HandInDialog", "未达成"))
        lines.append(translate("HandInDialog", "目标:{tier},{target},{state}").format(
            tier=tier_full_label(goal.tier), target=goal_target_label(goal), state=state))
        for text in goal.actions.splitlines():
            lines.append("    " + text)
    if handin.progress is None:
        lines.append(translate("HandInDialog", "不含学习进度。"))
    if handin.quiz is None:
        lines.append(translate("HandInDialog", "还没有做过自测,不含自测成绩。") if prepared.quiz_wanted
                     else translate("HandInDialog", "不含自测成绩。"))
    lines += ["", translate("HandInDialog", "不会交出:笔记、收藏、错题本、其他规划、PIN。")]
    return lines


class HandInDialog(QDialog):
    """交作业 for one plan: details, folder, what to add, a preview, and the button that writes."""

    handed_in = Signal(object, str)  # the plan (with its new hand-in version), the file written

    def __init__(self, data: ProfileData, plan: CareerPlan, content: Content, profile_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handInDialog")
        self.setWindowTitle(self.tr("交作业:{title}").format(title=plan.title))
        self.setAccessibleName(self.tr("交作业"))
        self.data, self.plan, self.content, self.profile_name = data, plan, content, profile_name
        self.prepared: Prepared | None = None
        self.details_dialog = None
        self.now = None  # the time written into the file (tests set one); None: now

        settings = data.settings
        outcome = run_store_action(self, lambda: settings.all())
        stored = outcome.value if outcome else {}

        self.details_label = plain_label()
        self.details_label.setObjectName("handInDetailsLabel")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        self.details_button = QPushButton(self.tr("修改学生信息(&S)…"))
        self.details_button.setObjectName("handInDetailsButton")
        self.details_button.setAutoDefault(False)
        self.details_button.clicked.connect(self._on_details_button_clicked)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_label, 1)
        details_row.addWidget(self.details_button)

        self.folder_edit = QLineEdit(stored.get(FOLDER_KEY, ""))
        self.folder_edit.setObjectName("handInFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("交到哪个文件夹"))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("请选择老师指定的文件夹(U 盘或机房的共享文件夹)"))
        self.folder_button = QPushButton(self.tr("选择文件夹(&F)…"))
        self.folder_button.setObjectName("handInFolderButton")
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(plain_label(self.tr("交到:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)

        def check(key: str, text: str, name: str, default: bool) -> QCheckBox:
            box = QCheckBox(text)
            box.setObjectName(name)
            box.setChecked(stored.get(OPTION_KEYS[key], "1" if default else "0") == "1")
            box.toggled.connect(self._on_option_toggled)
            return box

        self.progress_check = check("progress", self.tr("附上学习进度(每节已学会几个知识点)(&P)"),
                                    "handInProgressCheck", True)
        self.quiz_check = check("quiz", self.tr("附上自测成绩(最好的和最近一次)(&Q)"), "handInQuizCheck", True)
        self.pdf_check = check("pdf", self.tr("同时在旁边保存规划书 PDF(&D)"), "handInPdfCheck", False)

        self.file_label = plain_label()
        self.file_label.setObjectName("handInFileLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("handInPreview")
        self.preview.setAccessibleName(self.tr("交出的内容预览"))
        self.preview.setReadOnly(True)
        self.note_label = plain_label()
        self.note_label.setObjectName("handInNoteLabel")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("font-weight:bold;")

        buttons, self.handin_button, self.cancel_button = dialogs.form_buttons(
            self, self.tr("交作业"), "handInButton", "handInCancelButton")

        layout = QVBoxLayout(self)
        layout.addLayout(details_row)
        layout.addLayout(folder_row)
        for box in (self.progress_check, self.quiz_check, self.pdf_check):
            layout.addWidget(box)
        layout.addWidget(self.file_label)
        layout.addWidget(plain_label(self.tr("交出的文件包含:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(min(em * 44, 980), min(em * 36, 700))
        self.refresh()

    # -- state ---------------------------------------------------------------------------------

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text) if text else None

    def refresh(self) -> None:
        """Details, file name, preview and what handing in would do, from the current choices."""
        folder = self.folder()
        outcome = run_store_action(self, lambda: prepare_handin(
            self.data, self.plan, self.content, folder, with_progress=self.progress_check.isChecked(),
            with_quiz=self.quiz_check.isChecked(), now=self.now))
        self.prepared = outcome.value if outcome else None
        if self.prepared is None:
            self.handin_button.setEnabled(False)
            return
        handin = self.prepared.handin
        details = handin.details
        self.details_label.setText(self.tr("班级:{c}  学号:{n}  姓名:{a}").format(
            c=details.class_name or "—", n=details.student_number or "—", a=details.student_name or "—"))
        self.preview.setPlainText("\n".join(preview_lines(self.prepared, self.content)))
        name = self.prepared.path.name
        files = name + (self.tr(" 和 {pdf}").format(pdf=self.prepared.pdf_path.name) if self.pdf_check.isChecked() else "")
        self.file_label.setText(self.tr("文件名:{name}").format(name=files))
        notes = []
        if not details.student_name.strip():
            notes.append(self.tr("请先填写学生信息(至少填姓名),老师才知道作业是谁交的。"))
        if folder is None:
            notes.append(self.tr("请选择要交到的文件夹。"))
        previous = self.prepared.previous
        if folder is not None and previous is not None:
            if previous.plan_id == self.plan.uid:
                notes.append(self.tr("文件夹里已有你交的第 {old} 版,交作业会用第 {new} 版替换它。").format(
                    old=previous.version, new=handin.version))
            else:
                notes.append(self.tr("文件夹里已有你交的另一份规划“{title}”,交作业会替换它。").format(
                    title=previous.plan.title))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.handin_button.setEnabled(folder is not None and bool(details.student_name.strip()))

    def _remember(self, key: str, value: str) -> None:
        run_store_action(self, lambda: self.data.settings.set(key, value))

    def _on_option_toggled(self, _checked: bool) -> None:
        for key, box in (("progress", self.progress_check), ("quiz", self.quiz_check), ("pdf", self.pdf_check)):
            self._remember(OPTION_KEYS[key], "1" if box.isChecked() else "0")
        self.refresh()

    def _on_folder_button_clicked(self) -> None:
        chosen = dialogs.ask_folder(self, self.tr("选择交作业的文件夹"), self.folder_edit.text())
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        self.folder_edit.setText(folder)
        self._remember(FOLDER_KEY, folder)
        self.refresh()

    def _on_details_button_clicked(self) -> None:
        from netmkt_desktop.ui.student_details import open_student_details

        profile = run_store_action(self, self.data.profile)
        plan = self.plan  # what the student wrote in the plan and the profile's class, while nothing is filled in
        suggested = StudentDetails(plan.class_name or (profile.value.class_name if profile else ""), "",
                                   plan.student_name)
        self.details_dialog = open_student_details(self.data.handins, self.profile_name, self, suggested)
        self.details_dialog.details_saved.connect(lambda _details: self.refresh())

    # -- handing in ----------------------------------------------------------------------------

    def accept(self) -> None:
        self.refresh()  # the folder's file and the details as they are now
        prepared, folder = self.prepared, self.folder()
        if prepared is None or folder is None or not self.handin_button.isEnabled():
            return
        if not folder.is_dir():
            dialogs.show_error(self, self.tr("没有交作业"), self.tr(
                "找不到文件夹:\n{folder}\n\nU 盘拔掉了,或者共享文件夹连不上?请重新选择文件夹。").format(folder=folder))
            return
        handin = prepared.handin
        try:
            raw = build_handin(handin.plan, handin.details, handin.plan_id, handin.version, progress=handin.progress,
                               quiz=handin.quiz, handed_in_at=handin.handed_in_at, app_version=handin.app_version)
        except HandInFileError as exc:
            dialogs.show_error(self, self.tr("没有交作业"), str(exc))
            return
        try:
            write_bytes_atomic(prepared.path, raw, mode=0o644)
        except OSError as exc:
            dialogs.show_error(self, self.tr("没有交作业"), self.tr(
                "无法写入文件:\n{path}\n\n原因:{reason}\n\n文件夹里原有的文件没有改动。").format(
                path=prepared.path, reason=exc.strerror or exc))
            return
        outcome = run_store_action(self, lambda: self.data.handins.handed_in(self.plan.id, handin.version))
        plan = outcome.value if outcome else self.plan
        message = self.tr("已交作业(第 {version} 版):\n{path}").format(version=handin.version, path=prepared.path)
        if self.pdf_check.isChecked():
            from netmkt_desktop.ui.plan_document import PlanExportError, export_pdf

            try:
                export_pdf(plan, self.content, prepared.pdf_path, details=handin.details)
                message += "\n" + self.tr("规划书 PDF:{path}").format(path=prepared.pdf_path)
            except PlanExportError as exc:
                dialogs.show_error(self, self.tr("PDF 没有保存"), self.tr(
                    "作业文件已经交了,只是旁边的 PDF 没有保存。") + "\n\n" + str(exc))
        self.handed_in.emit(plan, str(prepared.path))
        dialogs.show_info(self, self.tr("已交作业"), message)
        super().accept()


def open_handin(data: ProfileData, plan: CareerPlan, content: Content, profile_name: str,
                parent: QWidget | None) -> HandInDialog:
    """Open (never ``exec()``) the 交作业 dialog for ``plan``; it deletes itself on close."""
    dialog = HandInDialog(data, plan, content, profile_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def import_review(parent: QWidget | None, data: ProfileData, path: str | None = None) -> CareerPlan | None:
    """导入批改: attach the comment of a teacher's returned file to its plan; the plan, or None when
    nothing was imported (the student was told why)."""
    from netmkt_desktop.class_summary import read_error_reason

    title = translate("HandInDialog", "没有导入批改")
    if path is None:
        path = dialogs.ask_open_path(parent, translate("HandInDialog", "导入批改"), translate(
            "HandInDialog", "老师批改后的文件 (*.netmkt-plan.json);;所有文件 (*)"))
        if not path:
            return None
    try:
        returned = read_returned(read_bounded(Path(path), HANDIN_FILE_MAX_BYTES))
    except BoundedReadError as exc:
        dialogs.show_error(parent, title, f"{path}\n\n{read_error_reason(exc)}")
        return None
    except HandInFileError as exc:
        dialogs.show_error(parent, title, translate("HandInDialog", "这个文件无法导入,没有做任何更改。\n{path}\n\n{reason}")
                           .format(path=path, reason=exc))
        return None
    outcome = run_store_action(parent, lambda: data.handins.attach_review(returned), title=title)
    if not outcome:
        return None
    plan = outcome.value
    grade = translate_core(returned.review.grade.label) if returned.review.grade else translate("HandInDialog", "未评等级")
    dialogs.show_info(parent, translate("HandInDialog", "已导入批改"), translate(
        "HandInDialog", "老师对规划“{title}”(第 {version} 版)的批改已导入,等级:{grade}。\n"
                        "在“我的规划”和导出的规划书中可以看到。").format(
        title=plan.title, version=returned.handin.version, grade=grade))
    return plan

