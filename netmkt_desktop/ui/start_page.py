"""首页: the whole section as one picture, and below it the student's study path with one 继续 button.

The picture (:class:`~netmkt_desktop.ui.section_map.SectionMap`) is all the first paint needs; the
study path is built the first time progress arrives (:meth:`StartPage.show_progress`, after the
personal data has opened) and asks for fresh numbers each time the page is shown
(``progress_source``), so it never shows stale progress.  The path is 读教材 → 标记已学会 → 背诵 →
自测 → 制订职业规划 (:mod:`netmkt_desktop.study_path`), each step with this student's own
progress; 继续 goes to the first step not finished.  Below it, the score of every 背诵 list.

Presentation mode may show the picture but never personal progress: :meth:`set_personal_hidden`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netmkt_desktop.content import Content
from netmkt_desktop.ui.safe_text import app_rich_label, plain_label
from netmkt_desktop.ui.section_map import SectionMap

if TYPE_CHECKING:
    from netmkt_desktop.recitation import RecitationList
    from netmkt_desktop.records import RecitationScore
    from netmkt_desktop.study_path import StepProgress

SHEET = "sheet"  # what 继续 asks for once every step is finished: the 学习单
CARD_EM = 9  # a step's card is about this many line heights wide when the steps stand in a row


class StartProgress(NamedTuple):
    """What the study path shows: the steps, the recitation lists and this student's scores."""

    steps: list[StepProgress]
    lists: list[RecitationList]
    scores: dict[str, RecitationScore]


def _escape(text: str) -> str:
    from netmkt_desktop.render import escape

    return escape(text)


class _StepCard(QFrame):
    """One step of the path: its number and name, a bar, its progress in words."""

    def __init__(self, number: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = name
        self.title = plain_label(f"{number}. {name}")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(name)
        self.bar.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail, 1, Qt.AlignmentFlag.AlignTop)


class StartPage(QScrollArea):
    """The start page: a scroll area holding the title, the picture and the study path."""

    node_activated = Signal(str)  # a box of the picture
    continue_requested = Signal(str)  # a Step's value, or SHEET
    list_requested = Signal(str)  # a recitation list's id (its score was clicked)

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("首页"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.progress_source: Callable[[], StartProgress | None] | None = None
        self.personal_hidden = False
        self.next_step = ""

        body = QWidget()
        body.setObjectName("startPageBody")
        self.body_layout = QVBoxLayout(body)
        self.title = plain_label(self.tr("本节全貌:认识网络营销岗位"))
        self.title.setObjectName("startTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = plain_label(self.tr("点一个方框就打开那一节(也可以用 Tab 键、方向键和回车键)。"))
        self.hint.setObjectName("startHint")
        self.hint.setWordWrap(True)
        self.map = SectionMap(content)
        self.map.node_activated.connect(self.node_activated)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.hint)
        self.body_layout.addWidget(self.map)
        self.path_panel: QWidget | None = None  # built when the first progress arrives
        self.body_layout.addStretch(1)
        self.setWidget(body)

    def set_content(self, content: Content) -> None:
        self.map.set_content(content)
        self.refresh()

    # -- the study path (built after the first paint) -----------------------------------------------

    def _build_path(self) -> None:
        from netmkt_desktop.study_path import Step

        panel = QFrame()
        panel.setObjectName("studyPath")
        panel.setAccessibleName(self.tr("我的学习路线"))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        self.path_title = plain_label(self.tr("我的学习路线"))
        font = self.path_title.font()
        font.setBold(True)
        self.path_title.setFont(font)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        head.addWidget(self.path_title)
        head.addStretch(1)
        head.addWidget(self.continue_button)
        layout.addLayout(head)
        names = {Step.READ: self.tr("读教材"), Step.LEARN: self.tr("标记已学会"), Step.RECITE: self.tr("背诵"),
                 Step.QUIZ: self.tr("自测"), Step.PLAN: self.tr("制订职业规划")}
        self.cards: dict[Step, _StepCard] = {}
        self.arrows: list[QLabel] = []
        self.steps_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.steps_layout.setSpacing(4)
        for number, step in enumerate(Step, 1):
            if number > 1:
                arrow = plain_label("→")
                arrow.setAccessibleName("")
                self.arrows.append(arrow)
                self.steps_layout.addWidget(arrow)
            card = _StepCard(number, names[step])
            card.setObjectName(f"step_{step.value}")
            self.cards[step] = card
            self.steps_layout.addWidget(card, 1)
        layout.addLayout(self.steps_layout)
        self.scores_label = app_rich_label()  # every text in it escaped (_scores_html)
        self.scores_label.setObjectName("recitationScores")
        self.scores_label.setWordWrap(True)
        self.scores_label.setTextFormat(Qt.TextFormat.RichText)
        self.scores_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.scores_label.linkActivated.connect(self._on_scores_label_link_activated)
        layout.addWidget(self.scores_label)
        self.body_layout.insertWidget(self.body_layout.indexOf(self.map) + 1, panel)
        self.path_panel = panel
        self._arrange_steps()

    def _arrange_steps(self) -> None:
        """The steps stand in a row when the page is wide enough, else one under another."""
        if self.path_panel is None:
            return
        wide = self.viewport().width() >= self.fontMetrics().height() * CARD_EM * len(self.cards)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.steps_layout.direction() != direction:
            self.steps_layout.setDirection(direction)
        for arrow in self.arrows:
            arrow.setText("→" if wide else "↓")
            arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_steps()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Ask for this student's progress again (when the page is on screen)."""
        if self.progress_source is not None and self.isVisible():
            self.show_progress(self.progress_source())

    def show_progress(self, progress: StartProgress | None) -> None:
        """Show the study path with ``progress``; None (no personal data open) hides it."""
        if progress is None:
            if self.path_panel is not None:
                self.path_panel.hide()
            return
        if self.path_panel is None:
            self._build_path()
        from netmkt_desktop.study_path import next_step

        for step in progress.steps:
            card = self.cards[step.step]
            card.bar.setRange(0, max(1, step.total))
            card.bar.setValue(min(step.done, max(1, step.total)))
            card.detail.setText(self._detail(step, progress))
            mark = "✓ " if step.finished else ""
            card.title.setText(f"{mark}{list(self.cards).index(step.step) + 1}. {card.name}")
            card.setEnabled(step.available)
            card.setAccessibleName(f"{card.title.text()}:{card.detail.text()}")
        upcoming = next_step(progress.steps)
        self.next_step = upcoming.step.value if upcoming is not None else SHEET
        for step, card in self.cards.items():
            card.setFrameShadow(QFrame.Shadow.Sunken if upcoming is not None and step == upcoming.step
                                else QFrame.Shadow.Plain)
            card.setLineWidth(2 if upcoming is not None and step == upcoming.step else 1)
        if upcoming is None:
            self.continue_button.setText(self.tr("全部完成:打印学习单复习(&G)"))
        else:
            self.continue_button.setText(self.tr("继续:{step}(&G)").format(step=self.cards[upcoming.step].name))
        self.continue_button.setAccessibleName(self.continue_button.text().replace("(&G)", ""))
        self.scores_label.setText(self._scores_html(progress))
        self.path_panel.setVisible(not self.personal_hidden)

    def _detail(self, step: StepProgress, progress: StartProgress) -> str:
        from netmkt_desktop.study_path import Step

        if step.step == Step.READ:
            if step.finished:
                return self.tr("已按教材顺序读完全部 {total} 节").format(total=step.total)
            return self.tr("按教材顺序读到第 {done}/{total} 节").format(done=step.done, total=step.total)
        if step.step == Step.LEARN:
            return self.tr("已学会 {done}/{total} 节").format(done=step.done, total=step.total)
        if step.step == Step.RECITE:
            return self.tr("已背熟 {done}/{total} 个清单").format(done=step.done, total=step.total)
        if step.step == Step.QUIZ:
            if step.total == 0:
                return self.tr("还没有做过自测")
            text = self.tr("最好成绩 {done}/{total}").format(done=step.done, total=step.total)
            return text + (self.tr(",错题本已清空") if step.finished else self.tr(",错题本里还有错题"))
        if not step.available:
            return self.tr("要用自己的学习档案才能保存规划")
        return self.tr("已有 {n} 份规划").format(n=step.done) if step.done else self.tr("还没有规划")

    def _scores_html(self, progress: StartProgress) -> str:
        rows = []
        for lst in progress.lists:
            score = progress.scores.get(lst.id)
            if score is None:
                result = self.tr("还没背过")
            else:
                result = self.tr("上次 {correct}/{total},最好 {best}/{best_total}").format(
                    correct=score.correct, total=score.total, best=score.best_correct, best_total=score.best_total)
                if score.mastered:
                    result = "✓ " + result
            rows.append(f'<a href="recite:{_escape(lst.id)}">{_escape(lst.title)}</a>:{_escape(result)}')
        title = _escape(self.tr("背诵成绩(点清单名开始背诵):"))
        return f"<p><b>{title}</b><br/>" + "<br/>".join(rows) + "</p>"

    # -- presentation mode ---------------------------------------------------------------------------

    def set_personal_hidden(self, hidden: bool) -> None:
        """Presentation mode: the picture stays, the student's progress goes."""
        self.personal_hidden = hidden
        if self.path_panel is not None:
            self.path_panel.setVisible(not hidden)
        if not hidden:
            self.refresh()

    # -- slots -----------------------------------------------------------------------------------------

    def _on_continue_button_clicked(self) -> None:
        if self.next_step:
            self.continue_requested.emit(self.next_step)

    def _on_scores_label_link_activated(self, link: str) -> None:
        scheme, _, list_id = link.partition(":")
        if scheme == "recite" and list_id:
            self.list_requested.emit(list_id)
