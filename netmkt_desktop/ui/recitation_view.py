"""背诵: learn every list of the section by heart, one list at a time.

A student picks a list (the 7 and 5 主要工作任务, the 4 工种, the 5 岗位职责, the 6 common positions, the
four tiers, the tiers by company size; :func:`netmkt_desktop.recitation.recitation_lists`) and
either

* **逐条显示** — every item hidden behind its cue; Space (or 显示下一条) shows the next one, so the
  student says it first and then checks; or
* **默写** — one line per item, typed from memory.  Return goes to the next empty line and, once
  every line has an answer, checks (Ctrl+Return checks at once).  The comparison forgives
  punctuation, spaces and full-width/half-width forms (:func:`netmkt_desktop.recitation.check`);
  each line gets ✓ or ✗, a wrong line shows the right text under it, and the result names every
  item missed.  The score is stored per profile (``data.recitation``) and shown on the start page.

Everything the student typed is shown as plain text.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.errors import StoreError
from netmkt_desktop.recitation import (
    MAX_TYPED_CHARS,
    Attempt,
    RecitationList,
    check,
    recitation_lists,
    without_number,
)
from netmkt_desktop.ui.safe_text import plain_label

HIDDEN = "________"


class _AnswerLine(QLineEdit):
    """One typed item; Ctrl+Return (or Ctrl+Enter) asks for the check whatever the other lines hold."""

    check_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.check_requested.emit()
            return
        super().keyPressEvent(event)


class RecitationView(QWidget):
    """The 背诵 tab."""

    node_requested = Signal(str)  # 查看教材
    score_recorded = Signal(str)  # a list id: its score was stored

    REVEAL, TYPE = 0, 1

    def __init__(self, content: Content, data=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recitationView")
        self.setAccessibleName(self.tr("背诵"))
        self.content = content
        self.data = data  # a RecitationRecord (data.recitation), or None
        self.lists: list[RecitationList] = []
        self.mode = self.REVEAL
        self.revealed = 0
        self.attempt: Attempt | None = None
        self.rows: list[dict] = []

        self.list_combo = QComboBox()
        self.list_combo.setObjectName("recitationListCombo")
        self.list_combo.setAccessibleName(self.tr("要背的清单"))
        self.list_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_combo.setMinimumContentsLength(12)
        self.list_combo.currentIndexChanged.connect(self._on_list_combo_current_index_changed)
        list_label = plain_label(self.tr("清单(&L):"))
        list_label.setBuddy(self.list_combo)

        self.reveal_radio = QRadioButton(self.tr("逐条显示(&R)"))
        self.reveal_radio.setObjectName("revealMode")
        self.type_radio = QRadioButton(self.tr("默写(&W)"))
        self.type_radio.setObjectName("typeMode")
        self.reveal_radio.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.reveal_radio, self.REVEAL)
        modes.addButton(self.type_radio, self.TYPE)
        modes.idToggled.connect(self._on_modes_id_toggled)
        self.view_node_button = QPushButton(self.tr("查看教材(&K)"))
        self.view_node_button.setObjectName("recitationViewNodeButton")
        self.view_node_button.clicked.connect(self._on_view_node_button_clicked)

        top = QHBoxLayout()
        top.addWidget(list_label)
        top.addWidget(self.list_combo, 1)
        modes_row = QHBoxLayout()
        modes_row.addWidget(self.reveal_radio)
        modes_row.addWidget(self.type_radio)
        modes_row.addStretch(1)
        modes_row.addWidget(self.view_node_button)

        self.score_label = plain_label()
        self.score_label.setObjectName("recitationScore")
        self.score_label.setWordWrap(True)
        self.hint_label = plain_label()
        self.hint_label.setObjectName("recitationHint")
        self.hint_label.setWordWrap(True)

        self.items_widget = QWidget()
        self.items_layout = QGridLayout(self.items_widget)
        self.items_layout.setColumnStretch(1, 1)
        self.items_scroll = QScrollArea()
        self.items_scroll.setObjectName("recitationItems")
        self.items_scroll.setWidgetResizable(True)
        self.items_scroll.setWidget(self.items_widget)

        self.result_label = plain_label()
        self.result_label.setObjectName("recitationResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.next_button = QPushButton(self.tr("显示下一条(&N)"))
        self.next_button.setObjectName("revealNextButton")
        self.next_button.clicked.connect(self.reveal_next)
        self.all_button = QPushButton(self.tr("全部显示(&A)"))
        self.all_button.setObjectName("revealAllButton")
        self.all_button.clicked.connect(self.reveal_all)
        self.hide_button = QPushButton(self.tr("重新隐藏(&D)"))
        self.hide_button.setObjectName("hideAgainButton")
        self.hide_button.clicked.connect(self.hide_all)
        self.check_button = QPushButton(self.tr("检查(&C)"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check_typed)
        self.again_button = QPushButton(self.tr("再背一次(&G)"))
        self.again_button.setObjectName("againButton")
        self.again_button.clicked.connect(self.start_again)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.all_button, self.hide_button, self.check_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(modes_row)
        layout.addWidget(self.score_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.items_scroll, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        check_now = QShortcut(QKeySequence("Ctrl+Return"), self)
        check_now.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        check_now.activated.connect(self.check_typed)
        self.set_content(content)

    # -- data ----------------------------------------------------------------------------------

    def attach(self, data) -> None:
        """The recitation record of the profile shown (``data.recitation``), or None."""
        self.data = data
        self._show_score()

    def set_content(self, content: Content) -> None:
        current = self.current_list().id if self.current_list() else ""
        self.content = content
        self.lists = recitation_lists(content)
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for lst in self.lists:
            self.list_combo.addItem(self.tr("{title}({n} 条)").format(title=lst.title, n=len(lst.items)), lst.id)
        self.list_combo.blockSignals(False)
        self.show_list(current or (self.lists[0].id if self.lists else ""))

    def current_list(self) -> RecitationList | None:
        index = self.list_combo.currentIndex() if hasattr(self, "list_combo") else -1
        return self.lists[index] if 0 <= index < len(self.lists) else None

    def show_list(self, list_id: str) -> bool:
        """Show the list ``list_id`` from its start; False when the content has no such list."""
        index = next((i for i, lst in enumerate(self.lists) if lst.id == list_id), -1)
        if index < 0:
            self._rebuild()
            return False
        if index != self.list_combo.currentIndex():
            self.list_combo.setCurrentIndex(index)  # rebuilds
        else:
            self._rebuild()
        return True

    def set_mode(self, mode: int) -> None:
        (self.type_radio if mode == self.TYPE else self.reveal_radio).setChecked(True)

    # -- building the rows -----------------------------------------------------------------------

    def _clear_rows(self) -> None:
        while self.items_layout.count():
            item = self.items_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []

    def _rebuild(self) -> None:
        self._clear_rows()
        self.revealed = 0
        self.attempt = None
        self.result_label.hide()
        lst = self.current_list()
        typing = self.mode == self.TYPE
        for button in (self.next_button, self.all_button, self.hide_button):
            button.setVisible(not typing)
        self.check_button.setVisible(typing)
        self.again_button.setVisible(False)
        self.view_node_button.setEnabled(lst is not None)
        if lst is None:
            self.hint_label.setText(self.tr("当前内容里没有要背的清单。"))
            self._show_score()
            return
        if typing:
            order = self.tr("按顺序默写,每行一条。") if lst.ordered else self.tr("顺序不限,每行写一条。")
            self.hint_label.setText(order + self.tr("回车到下一行,全部写完后回车检查(Ctrl+Enter 随时检查)。"
                                                    "标点、空格和全角半角不算错。"))
        else:
            self.hint_label.setText(self.tr("先自己说出下一条,再按空格键(或“显示下一条”)看答案。"))
        for n, item in enumerate(lst.items):
            cue = plain_label(item.cue or "·")
            cue.setObjectName(f"cue{n}")
            cue.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            cue.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            row = {"cue": cue}
            self.items_layout.addWidget(cue, 2 * n, 0)
            if typing:
                edit = _AnswerLine()
                edit.setObjectName(f"answer{n}")
                edit.check_requested.connect(self.check_typed)
                edit.setMaxLength(MAX_TYPED_CHARS)
                edit.setAccessibleName(self.tr("第 {n} 条").format(n=n + 1) + (f" {item.cue}" if item.cue else ""))
                edit.returnPressed.connect(lambda n=n: self._on_answer_return_pressed(n))
                mark = plain_label()
                mark.setObjectName(f"mark{n}")
                right = plain_label()
                right.setObjectName(f"rightAnswer{n}")
                right.setWordWrap(True)
                right.setTextFormat(Qt.TextFormat.PlainText)
                right.hide()
                line = QHBoxLayout()
                holder = QWidget()
                line.setContentsMargins(0, 0, 0, 0)
                holder.setLayout(line)
                line.addWidget(edit, 1)
                line.addWidget(mark)
                self.items_layout.addWidget(holder, 2 * n, 1)
                self.items_layout.addWidget(right, 2 * n + 1, 1)
                row.update(edit=edit, mark=mark, right=right)
            else:
                answer = plain_label(HIDDEN)
                answer.setObjectName(f"item{n}")
                answer.setWordWrap(True)
                answer.setTextFormat(Qt.TextFormat.PlainText)
                answer.setAccessibleName(self.tr("第 {n} 条(未显示)").format(n=n + 1))
                self.items_layout.addWidget(answer, 2 * n, 1)
                row["answer"] = answer
            self.rows.append(row)
        self.items_layout.setRowStretch(2 * len(lst.items), 1)
        self._update_reveal_buttons()
        self._show_score()
        if self.isVisible():
            self._focus_start()

    def _focus_start(self) -> None:
        if self.mode == self.TYPE and self.rows:
            self.rows[0]["edit"].setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.mode == self.REVEAL:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._show_score()

    # -- 逐条显示 -------------------------------------------------------------------------------

    def reveal_next(self) -> None:
        lst = self.current_list()
        if self.mode != self.REVEAL or lst is None or self.revealed >= len(lst.items):
            return
        self._reveal(self.revealed)
        self.revealed += 1
        self._update_reveal_buttons()

    def reveal_all(self) -> None:
        lst = self.current_list()
        if self.mode != self.REVEAL or lst is None:
            return
        for n in range(len(lst.items)):
            self._reveal(n)
        self.revealed = len(lst.items)
        self._update_reveal_buttons()

    def hide_all(self) -> None:
        if self.mode == self.REVEAL:
            self._rebuild()

    def _reveal(self, n: int) -> None:
        lst = self.current_list()
        label = self.rows[n]["answer"]
        label.setText(lst.items[n].answer)
        label.setAccessibleName(f"{lst.items[n].cue} {lst.items[n].answer}".strip())
        self.items_scroll.ensureWidgetVisible(label)

    def _update_reveal_buttons(self) -> None:
        lst = self.current_list()
        total = len(lst.items) if lst else 0
        self.next_button.setEnabled(self.revealed < total)
        self.all_button.setEnabled(self.revealed < total)
        self.hide_button.setEnabled(self.revealed > 0)
        if self.mode == self.REVEAL and total:
            self.result_label.setText(self.tr("已显示 {n}/{total} 条。").format(n=self.revealed, total=total)
                                      + (self.tr("都看过了:试试默写(Alt+W)。") if self.revealed >= total else ""))
            self.result_label.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.mode == self.REVEAL and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.reveal_next()
            return
        super().keyPressEvent(event)

    # -- 默写 ------------------------------------------------------------------------------------

    def typed(self) -> list[str]:
        return [row["edit"].text() for row in self.rows if "edit" in row]

    def _on_answer_return_pressed(self, n: int) -> None:
        """Return: on to the next empty line; when every line has an answer, check."""
        if self.attempt is not None:
            return
        empty = [i for i, text in enumerate(self.typed()) if not text.strip()]
        if not empty:
            self.check_typed()
            return
        after = [i for i in empty if i > n] or empty
        self.rows[after[0]]["edit"].setFocus(Qt.FocusReason.OtherFocusReason)

    def check_typed(self) -> None:
        lst = self.current_list()
        if self.mode != self.TYPE or lst is None or self.attempt is not None:
            return
        attempt = check(lst, self.typed())
        self.attempt = attempt
        self._mark_rows(lst, attempt)
        problem = ""
        if self.data is not None:
            try:
                self.data.record(lst.id, attempt.correct, attempt.total)
                self.score_recorded.emit(lst.id)
            except StoreError as exc:
                problem = self.tr("成绩没有保存:{reason}").format(reason=str(exc))
        self.result_label.setText(self._result_text(lst, attempt, problem))
        self.result_label.setAccessibleDescription(self.result_label.text())
        self.result_label.show()
        self.check_button.setVisible(False)
        self.again_button.setVisible(True)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_score()

    def _mark_rows(self, lst: RecitationList, attempt: Attempt) -> None:
        if lst.ordered:
            lines = attempt.lines[:len(lst.items)]
            rights = [line.right for line in lines]
        else:  # a line is right when it recited an item no earlier line recited
            matched = Counter(line.typed for line in attempt.lines if line.item is not None and line.right)
            rights = []
            for text in self.typed():
                key = without_number(text[:MAX_TYPED_CHARS]).strip()
                rights.append(matched[key] > 0)
                if matched[key] > 0:
                    matched[key] -= 1
        for n, (row, right) in enumerate(zip(self.rows, rights)):
            row["edit"].setReadOnly(True)
            row["mark"].setText("✓" if right else "✗")
            row["mark"].setAccessibleName(self.tr("对") if right else self.tr("错"))
            if lst.ordered and not right:
                row["right"].setText(self.tr("正确:{answer}").format(answer=lst.items[n].answer))
                row["right"].show()

    def _result_text(self, lst: RecitationList, attempt: Attempt, problem: str) -> str:
        lines = [self.tr("得分:{correct}/{total}").format(correct=attempt.correct, total=attempt.total)]
        if attempt.correct == attempt.total:
            lines.append(self.tr("全部背对了!"))
        elif lst.ordered:
            lines.append(self.tr("背错的:"))
            for line in attempt.wrong:
                typed = line.typed or self.tr("(没有写)")
                lines.append(self.tr("{cue} 正确:{answer}  你写的:{typed}").format(
                    cue=line.item.cue, answer=line.item.answer, typed=typed))
        else:
            lines.append(self.tr("没有背出的:{items}").format(items=self.tr("、").join(
                line.item.answer for line in attempt.wrong)))
            if attempt.unmatched:
                lines.append(self.tr("不在这个清单里的:{items}").format(items=self.tr("、").join(attempt.unmatched)))
        if problem:
            lines.append(problem)
        return "\n".join(lines)

    def start_again(self) -> None:
        self._rebuild()

    # -- the score -------------------------------------------------------------------------------

    def _show_score(self) -> None:
        lst = self.current_list()
        if lst is None or self.data is None:
            self.score_label.setText("")
            self.score_label.setVisible(False)
            return
        try:
            score = self.data.scores().get(lst.id)
        except StoreError as exc:
            self.score_label.setText(str(exc))
            self.score_label.setVisible(True)
            return
        if score is None:
            text = self.tr("还没有默写过这个清单。")
        else:
            text = self.tr("上次 {correct}/{total},最好 {best}/{best_total},共默写 {n} 次。").format(
                correct=score.correct, total=score.total, best=score.best_correct, best_total=score.best_total,
                n=score.attempts)
            if score.mastered:
                text = "✓ " + text
        self.score_label.setText(text)
        self.score_label.setVisible(True)

    # -- slots -----------------------------------------------------------------------------------

    def _on_list_combo_current_index_changed(self, _index: int) -> None:
        self._rebuild()

    def _on_modes_id_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.mode = mode
            self._rebuild()

    def _on_view_node_button_clicked(self) -> None:
        lst = self.current_list()
        if lst is not None:
            self.node_requested.emit(lst.node_id)
