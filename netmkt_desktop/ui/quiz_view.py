"""自测题: a quiz of 10 questions generated from the content, one at a time, and the 错题本.

A quiz (:meth:`QuizView.start`) is reproducible from its seed.  Each answer gets immediate feedback
(正确/错误, the explanation, a button to the textbook text).  At the end the score is stored with
``record_quiz_attempt``: the missed questions go to the 错题本 with the options the student chose
(the 学习单 prints them beside the right answer), the ones answered right leave it.
In 错题本 mode (:meth:`QuizView.start_mistakes`) the open mistakes are rebuilt exactly with
``question_by_id`` and asked again; a right answer resolves the mistake at once.

Options are a radio button (单选) or check box (多选) with the text wrapped beside it (long options
fit a 1024x768 screen); an order question is a list with 上移/下移 buttons (no drag and drop, so
keyboard users can do it too).

Why it is longer than 500 lines: one view runs both modes (a quiz and the 错题本) over three
question shapes (单选, 多选, order), each with its feedback, results list and keyboard handling;
split by mode, the two would duplicate the answering and feedback widgets they share.
"""

from __future__ import annotations

import random
import time
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.errors import StoreError
from netmkt_desktop.quiz import Question, check_answer, generate_quiz, question_by_id, reshuffled
from netmkt_desktop.ui.safe_text import plain_label, tooltip

QUIZ_LENGTH = 10
OPTION_ROLE = Qt.ItemDataRole.UserRole + 1
LETTERS = "ABCDEFGHIJ"


def _letter(i: int) -> str:
    return LETTERS[i] if i < len(LETTERS) else str(i + 1)


def chosen_texts(question: Question, chosen) -> list[str]:
    """The texts of the options chosen (in the order given: an order question's order), as the 错题本 keeps them."""
    return [question.options[i] for i in chosen if 0 <= i < len(question.options)]


def time_seed() -> int:
    return int(time.time() * 1000) % 2**31


def _bold() -> QFont:
    """A font that only sets the weight: size and family follow the app font (zoom)."""
    font = QFont()
    font.setBold(True)
    return font


class _ClickLabel(QLabel):
    """The wrapped text of an option: a click on it clicks its button."""

    def __init__(self, text: str, button: QAbstractButton):
        super().__init__()
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before the text: an option's text is the content's
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled() \
                and self.rect().contains(event.position().toPoint()):
            self.button.click()
        super().mouseReleaseEvent(event)


class _OptionRow(QWidget):
    """A radio button or check box beside its wrapped text, centred on the text's first line.

    The first line is as tall as the tallest font it needs: "、" or a full-width bracket may come
    from a taller fallback font than the letters, so aligning the tops left the button high."""

    def __init__(self, button: QAbstractButton, label: QLabel):
        super().__init__()
        self.button, self.label = button, label
        self._above = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addSpacerItem(self._above)
        column.addWidget(button)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(column)
        layout.addWidget(label, 1)
        label.installEventFilter(self)
        self.align()

    def first_line_height(self) -> float:
        text = self.label.text()
        layout = QTextLayout(text[: max(1, text.find("\n"))] if "\n" in text else text, self.label.font())
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(1.0, float(self.label.width() or 100000)))
        layout.endLayout()
        return line.height()

    def align(self) -> None:
        offset = max(0, round((self.first_line_height() - self.button.sizeHint().height()) / 2))
        if self._above.sizeHint().height() != offset:
            self._above.changeSize(0, offset, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.layout().invalidate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Resize, QEvent.Type.StyleChange):
            self.align()
        return False


class _FitList(QListWidget):
    """A list exactly as tall as its rows (the order question has only a few)."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = sum(max(self.sizeHintForRow(r), 1) for r in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()


class QuizView(QWidget):
    """Start page → one question at a time → result; works on a study data object."""

    node_requested = Signal(str)  # "查看教材内容": the node holding the answer
    quiz_finished = Signal(int, int)  # correct, total
    mistakes_changed = Signal()

    def __init__(self, content: Content, data=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizView")
        self.setAccessibleName(self.tr("自测题"))
        self.content = content
        self.data = data
        self.mode = ""  # "quiz" or "mistakes" while running
        self.seed: int | None = None
        self.questions: list[Question] = []
        self.position = 0
        self.results: list[bool] = []
        self.answers: list[list[int]] = []  # the options chosen for each question answered
        self.submitted = False
        self.skipped = 0
        self.started_at: datetime | None = None
        self.option_buttons: list[QAbstractButton] = []
        self.option_labels: list[QLabel] = []
        self.button_group: QButtonGroup | None = None
        self.order_list: QListWidget | None = None
        self.move_up_button: QPushButton | None = None
        self.move_down_button: QPushButton | None = None
        self.mistakes_error = ""

        self.stack = QStackedWidget()
        self.stack.setObjectName("quizStack")
        self.stack.addWidget(self._build_start_page())
        self.stack.addWidget(self._build_question_page())
        self.stack.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_start()

    # -- pages ---------------------------------------------------------------------------------

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("quizStartPage")
        self.start_title = plain_label(self.tr("自测题"))
        self.start_title.setObjectName("quizTitleLabel")
        self.start_title.setFont(_bold())
        self.start_intro = plain_label(self.tr("每套 {n} 道题,题目来自教材内容,每答一题马上告诉你对错和解析。"
                                          "答错的题会收进错题本,以后可以再练。").format(n=QUIZ_LENGTH))
        self.start_intro.setObjectName("quizIntroLabel")
        self.start_intro.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始自测(&T)"))
        self.start_button.setObjectName("startQuizButton")
        self.start_button.clicked.connect(lambda: self.start())
        self.mistakes_button = QPushButton()
        self.mistakes_button.setObjectName("mistakesButton")
        self.mistakes_button.clicked.connect(lambda: self.start_mistakes())
        self.start_message = plain_label()
        self.start_message.setObjectName("quizStartMessage")
        self.start_message.setWordWrap(True)
        self.history_label = plain_label()
        self.history_label.setObjectName("quizHistoryLabel")
        self.history_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.mistakes_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.start_title)
        layout.addWidget(self.start_intro)
        layout.addLayout(buttons)
        layout.addWidget(self.start_message)
        layout.addWidget(self.history_label)
        layout.addStretch(1)
        return page

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("quizQuestionPage")
        self.progress_label = plain_label()
        self.progress_label.setObjectName("quizProgressLabel")
        self.prompt_label = plain_label()
        self.prompt_label.setObjectName("questionPromptLabel")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setFont(_bold())
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options_area = QWidget()
        self.options_area.setObjectName("optionsArea")
        self.options_layout = QVBoxLayout(self.options_area)
        self.options_layout.setContentsMargins(0, 0, 0, 0)

        self.feedback_frame = QFrame()
        self.feedback_frame.setObjectName("feedbackFrame")
        self.feedback_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedback_title = plain_label()
        self.feedback_title.setObjectName("feedbackTitleLabel")
        self.feedback_title.setFont(_bold())
        self.feedback_label = plain_label()
        self.feedback_label.setObjectName("feedbackLabel")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_node_button = QPushButton(self.tr("查看教材内容(&R)"))
        self.view_node_button.setObjectName("viewNodeButton")
        self.view_node_button.setFlat(True)
        self.view_node_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view_node_button.clicked.connect(self._on_view_node_button_clicked)
        feedback = QVBoxLayout(self.feedback_frame)
        feedback.addWidget(self.feedback_title)
        feedback.addWidget(self.feedback_label)
        link_row = QHBoxLayout()
        link_row.addWidget(self.view_node_button)
        link_row.addStretch(1)
        feedback.addLayout(link_row)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.progress_label)
        inner_layout.addWidget(self.prompt_label)
        inner_layout.addWidget(self.options_area)
        inner_layout.addWidget(self.feedback_frame)
        inner_layout.addStretch(1)
        self.question_scroll = QScrollArea()
        self.question_scroll.setObjectName("questionScroll")
        self.question_scroll.setWidgetResizable(True)
        self.question_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_scroll.setWidget(inner)

        self.submit_button = QPushButton(self.tr("提交(&C)"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton(self.tr("下一题(&N)"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_question)
        self.abandon_button = QPushButton(self.tr("结束本次练习"))
        self.abandon_button.setObjectName("abandonQuizButton")
        self.abandon_button.setToolTip(self.tr("回到自测题首页,本次练习不计成绩"))
        self.abandon_button.clicked.connect(lambda: self.show_start())
        buttons = QHBoxLayout()
        buttons.addWidget(self.abandon_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.question_scroll, 1)
        layout.addLayout(buttons)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("quizResultPage")
        self.score_label = plain_label()
        self.score_label.setObjectName("quizScoreLabel")
        self.score_label.setFont(_bold())
        self.result_label = plain_label()
        self.result_label.setObjectName("quizResultLabel")
        self.result_label.setWordWrap(True)
        self.error_label = plain_label()
        self.error_label.setObjectName("quizErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setFont(_bold())
        self.results_list = QListWidget()
        self.results_list.setObjectName("quizResultsList")
        self.results_list.setAccessibleName(self.tr("每道题的答案"))
        self.results_list.setWordWrap(True)
        self.results_list.itemActivated.connect(self._on_results_list_item_activated)
        self.again_button = QPushButton(self.tr("再做一套(&A)"))
        self.again_button.setObjectName("againButton")
        self.again_button.clicked.connect(lambda: self.start())
        self.result_mistakes_button = QPushButton(self.tr("练习错题本(&M)"))
        self.result_mistakes_button.setObjectName("resultMistakesButton")
        self.result_mistakes_button.clicked.connect(lambda: self.start_mistakes())
        self.back_button = QPushButton(self.tr("返回(&B)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self.show_start())
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.result_mistakes_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        self.results_hint = plain_label(self.tr("每道题、你的答案和正确答案(双击或按 Enter 查看教材内容):"))
        self.results_hint.setObjectName("quizResultsHintLabel")
        self.results_hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.score_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.results_hint)
        layout.addWidget(self.results_list, 1)
        layout.addLayout(buttons)
        return page

    # -- public --------------------------------------------------------------------------------

    def attach(self, data) -> None:
        """Use another study data object (profile switch, guest session); back to the start page."""
        self.data = data
        self.show_start()

    def set_content(self, content: Content) -> None:
        self.content = content
        self.show_start()

    def current_question(self) -> Question | None:
        if self.mode and 0 <= self.position < len(self.questions):
            return self.questions[self.position]
        return None

    def open_mistakes(self) -> list[tuple[str, int]]:
        """The open mistakes; when they cannot be read, none, and ``mistakes_error`` says why."""
        self.mistakes_error = ""
        if self.data is None:
            return []
        try:
            return list(self.data.open_mistakes())
        except StoreError as exc:
            self.mistakes_error = str(exc)
            return []

    def show_start(self, message: str = "") -> None:
        """The start page, with ``message`` (or why the 错题本 could not be read) above the buttons."""
        self.mode = ""
        self.questions = []
        count = len(self.open_mistakes())
        message = message or self.mistakes_error
        self.mistakes_button.setText(self.tr("错题本({n} 道)(&M)").format(n=count))
        self.mistakes_button.setEnabled(count > 0)
        self.mistakes_button.setToolTip("" if count else self.tr("错题本是空的"))
        self.start_message.setText(message)
        self.start_message.setVisible(bool(message))
        self.history_label.setText(self._history_text())
        self.stack.setCurrentIndex(0)

    def start(self, seed: int | None = None) -> None:
        """A new quiz of up to 10 questions; the same ``seed`` gives the same quiz."""
        self.seed = time_seed() if seed is None else int(seed)
        self._run("quiz", generate_quiz(self.content, QUIZ_LENGTH, self.seed))

    def start_mistakes(self, rng: random.Random | None = None) -> None:
        """Ask the open mistakes again (those whose question still exists in the content), each
        with its options in a new order (``rng``: where the new orders come from)."""
        mistakes = self.open_mistakes()
        questions = [question_by_id(self.content, qid, seed) for qid, seed in mistakes]
        found = [q for q in questions if q is not None]
        self.skipped = len(questions) - len(found)
        if not found:
            if self.mistakes_error:
                self.show_start()  # shows why the 错题本 could not be read
            else:
                self.show_start(self.tr("错题本是空的,没有要重做的题。") if not mistakes
                                else self.tr("错题本里的题已不在当前内容中。"))
            return
        rng = rng or random.Random()
        self.seed = None
        self._run("mistakes", [reshuffled(q, rng) for q in found])

    def chosen(self) -> list[int]:
        """The answer as option indices (the order of the list for an order question)."""
        question = self.current_question()
        if question is None:
            return []
        if question.kind == "order" and self.order_list is not None:
            return [self.order_list.item(r).data(OPTION_ROLE) for r in range(self.order_list.count())]
        return [i for i, b in enumerate(self.option_buttons) if b.isChecked()]

    def submit(self) -> None:
        question = self.current_question()
        if question is None or self.submitted or not self._answer_ready():
            return
        chosen = self.chosen()
        right = check_answer(question, chosen)
        self.results.append(right)
        self.answers.append(list(chosen))
        self.submitted = True
        problem = ""
        if self.mode == "mistakes" and self.data is not None:
            try:
                if right:
                    self.data.resolve(question.id)
                else:  # missed again: the 学习单 shows this answer
                    self.data.remember_answer(question.id, chosen_texts(question, chosen))
                self.mistakes_changed.emit()
            except StoreError as exc:
                problem = str(exc)
        self._show_feedback(question, right, problem)

    def next_question(self) -> None:
        if not self.submitted:
            return
        if self.position + 1 < len(self.questions):
            self.position += 1
            self._show_question()
        else:
            self._finish()

    # -- running -------------------------------------------------------------------------------

    def _run(self, mode: str, questions: list[Question]) -> None:
        self.mode = mode
        self.started_at = datetime.now()
        self.questions = list(questions)
        self.position = 0
        self.results = []
        self.answers = []
        if not self.questions:
            self.show_start(self.tr("当前内容出不了自测题。"))
            return
        self.stack.setCurrentIndex(1)
        self._show_question()

    def _kind_label(self, question: Question) -> str:
        return {"choice": self.tr("单选题"), "multi": self.tr("多选题"), "order": self.tr("排序题")}[question.kind]

    def _clear_options(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.option_buttons, self.option_labels = [], []
        self.button_group = None
        self.order_list = self.move_up_button = self.move_down_button = None

    def _show_question(self) -> None:
        question = self.questions[self.position]
        self.submitted = False
        where = self.tr("错题本") if self.mode == "mistakes" else self.tr("自测")
        self.progress_label.setText(self.tr("{where} · 第 {n}/{total} 题 · {kind}").format(
            where=where, n=self.position + 1, total=len(self.questions), kind=self._kind_label(question)))
        self.prompt_label.setText(question.prompt)
        self._clear_options()
        if question.kind == "order":
            self._build_order(question)
        else:
            self._build_choices(question)
        self.feedback_frame.hide()
        self.submit_button.show()
        self.next_button.hide()
        self._update_submit()
        self.question_scroll.verticalScrollBar().setValue(0)
        first = self.order_list or (self.option_buttons[0] if self.option_buttons else None)
        if first is not None and self.isVisible():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_choices(self, question: Question) -> None:
        multi = question.kind == "multi"
        self.button_group = QButtonGroup(self.options_area)
        self.button_group.setExclusive(not multi)
        for i, text in enumerate(question.options):
            button: QAbstractButton = QCheckBox() if multi else QRadioButton()
            button.setObjectName(f"option{i}")
            button.setAccessibleName(f"{_letter(i)}. {text}")
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._update_submit)
            self.button_group.addButton(button, i)
            label = _ClickLabel(f"{_letter(i)}. {text}", button)
            label.setObjectName(f"option{i}Label")
            row = _OptionRow(button, label)
            self.options_layout.addWidget(row)
            row.show()  # at once, not on the next turn of the event loop (focus, tests)
            self.option_buttons.append(button)
            self.option_labels.append(label)

    def _build_order(self, question: Question) -> None:
        hint = plain_label(self.tr("选中一项,用“上移”“下移”调整顺序。"))
        hint.setWordWrap(True)
        self.order_list = _FitList()
        self.order_list.setObjectName("orderList")
        self.order_list.setAccessibleName(self.tr("排序选项"))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.order_list.setWordWrap(True)
        for i, text in enumerate(question.options):
            item = QListWidgetItem(text)
            item.setData(OPTION_ROLE, i)
            self.order_list.addItem(item)
        self.order_list.currentRowChanged.connect(self._update_move_buttons)
        self.move_up_button = QPushButton(self.tr("上移(&U)"))
        self.move_up_button.setObjectName("moveUpButton")
        self.move_up_button.clicked.connect(lambda: self._move(-1))
        self.move_down_button = QPushButton(self.tr("下移(&D)"))
        self.move_down_button.setObjectName("moveDownButton")
        self.move_down_button.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.move_up_button)
        buttons.addWidget(self.move_down_button)
        buttons.addStretch(1)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.order_list, 1)
        row_layout.addLayout(buttons)
        self.options_layout.addWidget(hint)
        self.options_layout.addWidget(row)
        hint.show()
        row.show()
        self.order_list.setCurrentRow(0)
        self._update_move_buttons()

    def _move(self, step: int) -> None:
        if self.order_list is None or self.submitted:
            return
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)
        self._update_move_buttons()

    def _update_move_buttons(self, *_args) -> None:
        if self.order_list is None:
            return
        row, count = self.order_list.currentRow(), self.order_list.count()
        locked = self.submitted
        self.move_up_button.setEnabled(not locked and row > 0)
        self.move_down_button.setEnabled(not locked and 0 <= row < count - 1)

    def _answer_ready(self) -> bool:
        question = self.current_question()
        if question is None:
            return False
        return question.kind == "order" or any(b.isChecked() for b in self.option_buttons)

    def _update_submit(self, *_args) -> None:
        self.submit_button.setEnabled(not self.submitted and self._answer_ready())

    def _answer_text(self, question: Question) -> str:
        if question.kind == "order":
            return " → ".join(question.options[i] for i in question.answer)
        return self.tr("、").join(_letter(i) for i in question.answer)

    def _choice_text(self, question: Question, chosen) -> str:
        """Options by letter and text ("B. 网络推广"), or an order as "a → b → c"."""
        if not chosen:
            return self.tr("(没有作答)")
        if question.kind == "order":
            return " → ".join(question.options[i] for i in chosen)
        return self.tr(";").join(f"{_letter(i)}. {question.options[i]}" for i in chosen)

    def _show_feedback(self, question: Question, right: bool, problem: str = "") -> None:
        for button in self.option_buttons:
            button.setEnabled(False)
        for i, label in enumerate(self.option_labels):
            text = f"{_letter(i)}. {question.options[i]}"
            if i in question.answer:
                label.setText(self.tr("{text}  ✓ 正确答案").format(text=text))
                label.setFont(_bold())
            elif self.option_buttons[i].isChecked():
                label.setText(self.tr("{text}  ✗ 你的选择").format(text=text))
        if self.order_list is not None:
            self.order_list.setEnabled(False)
            self._update_move_buttons()
        self.feedback_title.setText(self.tr("✓ 回答正确!") if right else self.tr("✗ 回答错误。"))
        parts = []
        if not right:
            parts.append(self.tr("正确答案:{answer}").format(answer=self._answer_text(question)))
        parts.append(question.explanation)
        if self.mode == "mistakes" and right:
            parts.append(self.tr("这道题已从错题本移除。") if not problem
                         else self.tr("没能从错题本移除:{reason}").format(reason=problem))
        elif problem:
            parts.append(problem)
        self.feedback_label.setText("\n".join(parts))
        self.feedback_frame.setAccessibleDescription(self.feedback_title.text() + "\n" + "\n".join(parts))
        self.view_node_button.setEnabled(self.content.node(question.node_id) is not None)
        self.feedback_frame.show()
        last = self.position + 1 >= len(self.questions)
        self.next_button.setText(self.tr("查看成绩(&N)") if last else self.tr("下一题(&N)"))
        self.submit_button.hide()
        self.next_button.show()
        self.next_button.setEnabled(True)
        if self.isVisible():
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_scroll.ensureWidgetVisible(self.feedback_frame)

    def _finish(self) -> None:
        total, correct = len(self.questions), sum(self.results)
        missed = [q for q, ok in zip(self.questions, self.results) if not ok]
        problem = ""
        if self.mode == "quiz" and self.data is not None:
            try:
                answers = {q.id: chosen_texts(q, chosen)
                           for q, ok, chosen in zip(self.questions, self.results, self.answers) if not ok}
                self.data.record(
                    self.seed, total, correct, [(q.id, q.rng_seed) for q in missed],
                    [q.id for q, ok in zip(self.questions, self.results) if ok], started_at=self.started_at,
                    answers=answers)
                self.mistakes_changed.emit()
            except StoreError as exc:
                problem = self.tr("成绩没有保存:{reason}").format(reason=str(exc))
        if self.mode == "quiz":
            self.score_label.setText(self.tr("得分:{correct}/{total}").format(correct=correct, total=total))
            if not missed:
                detail = self.tr("全部答对,太棒了!")
            else:
                detail = self.tr("答错 {n} 道,已收进错题本。").format(n=len(missed))
        else:
            self.score_label.setText(self.tr("错题本:答对 {correct}/{total}").format(correct=correct, total=total))
            detail = self.tr("答对的 {n} 道已从错题本移除。").format(n=correct)
            if missed:
                detail += self.tr("还有 {n} 道留在错题本里。").format(n=len(missed))
            if self.skipped:
                detail += self.tr("另有 {n} 道题已不在当前内容中。").format(n=self.skipped)
        self.result_label.setText(detail)
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.results_list.clear()
        for n, (question, ok, chosen) in enumerate(zip(self.questions, self.results, self.answers), 1):
            mark = "✓" if ok else "✗"
            lines = [f"{mark} {n}. " + question.prompt.replace("\n", " "),
                     self.tr("你的答案:{answer}").format(answer=self._choice_text(question, chosen))]
            if not ok:
                lines.append(self.tr("正确答案:{answer}").format(answer=self._choice_text(question, question.answer)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(OPTION_ROLE, question.node_id)
            item.setToolTip(tooltip(question.explanation))
            self.results_list.addItem(item)
        self.results_list.setVisible(bool(self.results))
        self.results_hint.setVisible(bool(self.results))
        self.result_mistakes_button.setEnabled(bool(self.open_mistakes()))
        mode = self.mode
        self.mode = ""
        self.stack.setCurrentIndex(2)
        self.stack.currentWidget().setAccessibleDescription(self.score_label.text() + " " + detail)
        if mode == "quiz":
            self.quiz_finished.emit(correct, total)

    def _history_text(self) -> str:
        if self.data is None:
            return ""
        try:
            attempts = list(self.data.attempts())
        except StoreError:
            return ""
        if not attempts:
            return self.tr("还没有做过自测。")
        recent = sorted(attempts, key=lambda a: str(a.finished_at), reverse=True)[:5]
        lines = [self.tr("最近成绩:")]
        for a in recent:
            lines.append(f"{str(a.finished_at)[:16].replace('T', ' ')}  {a.correct}/{a.total}")
        return "\n".join(lines)

    # -- slots ---------------------------------------------------------------------------------

    def _on_view_node_button_clicked(self) -> None:
        question = self.current_question()
        if question is not None:
            self.node_requested.emit(question.node_id)

    def _on_results_list_item_activated(self, item: QListWidgetItem) -> None:
        node_id = item.data(OPTION_ROLE)
        if node_id:
            self.node_requested.emit(node_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Return (or Enter) submits the answer, and once the feedback shows goes on to the next
        question; on another focused button it presses that button, as in a dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.stack.currentIndex() == 1 \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus not in (self.submit_button, self.next_button) \
                    and focus.isVisible() and focus.isEnabled():
                focus.click()
            elif self.submitted:
                self.next_question()
            else:
                self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("自测题"))
        super().changeEvent(event)
