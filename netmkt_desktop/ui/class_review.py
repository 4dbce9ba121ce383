"""The review panel of the class view: a student's plan, read-only, beside the comment and the 等级.

The plan is shown as the printed 职业生涯规划书 is (``plan_document.plan_html``: every text from the
file escaped) on paper colours, in a browser that loads nothing but the ladder picture it was given;
above it, what the student handed in besides the plan (``handin.summary_lines``).
"""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.class_summary import Entry, local_time, printable
from netmkt_desktop.handin import COMMENT_LIMIT, Grade, summary_lines
from netmkt_desktop.ui.i18n import translate_core
from netmkt_desktop.ui.safe_text import SafeTextBrowser, plain_label

PLAN_IMAGE = "ladder"


class PlanBrowser(SafeTextBrowser):
    """Shows a plan on paper colours; loads nothing but the ladder picture it was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from netmkt_desktop.ui.plan_document import print_palette

        self.setPalette(print_palette())
        # Paper under every theme: the plan's HTML (shared with the printed 职业生涯规划书) has
        # light-grey label cells, which light text of a dark or high-contrast style sheet cannot use.
        self.setStyleSheet("QTextBrowser { background-color: #ffffff; color: #000000; }")

    def set_image(self, name: str, image: QImage | None) -> None:
        self.set_own_images({name: image} if image is not None else {})


class ReviewPanel(QWidget):
    """The selected student's plan (read-only), a 等级 and the comment; 保存批改 emits ``save_requested``."""

    save_requested = Signal()
    edited = Signal()

    def __init__(self, content=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.content = content
        self.entry: Entry | None = None

        self.heading = plain_label()
        self.heading.setObjectName("reviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.plan_view = PlanBrowser()
        self.plan_view.setObjectName("classPlanView")
        self.plan_view.setAccessibleName(self.tr("学生的规划(只读)"))

        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeCombo")
        self.grade_combo.setAccessibleName(self.tr("等级"))
        self.grade_combo.addItem(self.tr("不评等级"), None)
        for grade in Grade:
            self.grade_combo.addItem(translate_core(grade.label), grade.value)
        self.grade_combo.currentIndexChanged.connect(self._on_grade_combo_current_index_changed)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("评语"))
        self.comment_edit.setPlaceholderText(self.tr("写给学生的评语……"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.textChanged.connect(self._on_comment_edit_text_changed)
        self.count_label = plain_label()
        self.count_label.setObjectName("commentCountLabel")
        self.save_button = QPushButton(self.tr("保存批改"))
        self.save_button.setObjectName("saveReviewButton")
        self.save_button.setToolTip(self.tr("把评语和等级写成“…_已批改”文件,放在学生的文件旁边(Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.status_label = plain_label()
        self.status_label.setObjectName("reviewStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.empty_label = plain_label(self.tr("在左边的名单中选择一名学生,查看他的规划并写评语。"))
        self.empty_label.setObjectName("reviewEmptyLabel")
        self.empty_label.setWordWrap(True)

        grade_row = QHBoxLayout()
        grade_label = plain_label(self.tr("等级(&G)"))
        grade_label.setBuddy(self.grade_combo)
        grade_row.addWidget(grade_label)
        grade_row.addWidget(self.grade_combo)
        grade_row.addStretch(1)
        comment_label = plain_label(self.tr("评语(&C)"))
        comment_label.setBuddy(self.comment_edit)
        comment_row = QHBoxLayout()
        comment_row.addWidget(comment_label)
        comment_row.addStretch(1)
        comment_row.addWidget(self.count_label)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(grade_row)
        bottom_layout.addLayout(comment_row)
        bottom_layout.addWidget(self.comment_edit, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom_layout.addLayout(save_row)
        self.bottom = bottom

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.show_entry(None)

    # -- showing

    def show_entry(self, entry: Entry | None, draft: tuple[str, Grade | None] | None = None) -> None:
        self.entry = entry
        has = entry is not None
        self.empty_label.setVisible(not has)
        self.heading.setVisible(has)
        self.splitter.setVisible(has)
        self.status_label.clear()
        if entry is None:
            self.plan_view.clear()
            self._set_values("", None)
            return
        details = entry.handin.shown_details
        who = details.label() or self.tr("(没有填写学生信息)")
        self.heading.setText(printable(f"{who} · {entry.handin.plan.title}"))
        self._show_plan(entry)
        comment, grade = draft if draft is not None else self.saved_values(entry)
        self._set_values(comment, grade)
        if entry.review is not None and entry.review_path is not None:
            self.status_label.setText(self.tr("已批改:{name}").format(name=printable(entry.review_path.name)))
        self._update_buttons()

    @staticmethod
    def saved_values(entry: Entry) -> tuple[str, Grade | None]:
        return (entry.review.comment, entry.review.grade) if entry.review is not None else ("", None)

    def values(self) -> tuple[str, Grade | None]:
        data = self.grade_combo.currentData()
        return self.comment_edit.toPlainText(), Grade(data) if data else None

    def is_changed(self) -> bool:
        return self.entry is not None and self.values() != self.saved_values(self.entry)

    def _set_values(self, comment: str, grade: Grade | None) -> None:
        for widget in (self.comment_edit, self.grade_combo):
            widget.blockSignals(True)
        self.comment_edit.setPlainText(comment)
        self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(grade.value if grade else None)))
        for widget in (self.comment_edit, self.grade_combo):
            widget.blockSignals(False)
        self._update_buttons()

    def _show_plan(self, entry: Entry) -> None:
        from netmkt_desktop.ui.plan_document import plan_html, render_ladder_image

        details = entry.handin.shown_details
        # The 班级 and 姓名 the student handed in with show on the plan (the plan's own may be empty).
        # The file has no creation date: the plan's date shown is the day it was handed in.
        plan = dataclasses.replace(entry.handin.plan, student_name=details.student_name,
                                   class_name=details.class_name, created_at=local_time(entry)[:10])
        font = QFont(self.plan_view.font())
        image = render_ladder_image(plan, QFontMetricsF(font).height() * 20, font, scale=2)
        size = (round(image.width() / image.devicePixelRatio()), round(image.height() / image.devicePixelRatio()))
        self.plan_view.set_image(PLAN_IMAGE, image)
        self.plan_view.setHtml(self._handin_html(entry) + plan_html(plan, self.content, PLAN_IMAGE, size, feedback=False))

    def _handin_html(self, entry: Entry) -> str:
        """What the student handed in beside the plan: who, when, version, progress, quiz, earlier review."""
        lines = summary_lines(entry.handin, translate_core)
        lines.insert(2, self.tr("文件:{name}").format(name=entry.name))
        if entry.replaced:
            lines.append(self.tr("已被替换:这个学生有更新的作业 {name}").format(name=entry.replaced_by.name))
        if entry.earlier_review is not None:
            version, review = entry.earlier_review
            grade = translate_core(review.grade.label) if review.grade else self.tr("无等级")
            lines.append(self.tr("第 {version} 版的批改({grade}):{comment}").format(
                version=version, grade=grade, comment=review.comment))
        body = "<br/>".join(escape(printable(line)).replace("\n", "<br/>") for line in lines)
        return f'<p style="margin-bottom:12px">{body}</p><hr/>'

    # -- editing

    def _update_buttons(self) -> None:
        comment = self.comment_edit.toPlainText()
        too_long = len(comment) > COMMENT_LIMIT
        self.count_label.setText(self.tr("{n}/{limit} 字").format(n=len(comment), limit=COMMENT_LIMIT))
        self.count_label.setStyleSheet("font-weight:bold;" if too_long else "")
        self.save_button.setEnabled(self.entry is not None and not too_long
                                    and (bool(comment.strip()) or self.grade_combo.currentData() is not None))

    def _on_comment_edit_text_changed(self) -> None:
        self._update_buttons()
        if len(self.comment_edit.toPlainText()) > COMMENT_LIMIT:
            self.status_label.setText(self.tr("评语最多 {limit} 字,请删减后再保存。").format(limit=COMMENT_LIMIT))
        self.edited.emit()

    def _on_grade_combo_current_index_changed(self, _index: int) -> None:
        self._update_buttons()
        self.edited.emit()
