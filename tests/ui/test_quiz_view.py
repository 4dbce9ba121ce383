import pytest
from PySide6.QtCore import Qt

from netmkt_desktop.quiz import Question, check_answer, generate_quiz
from netmkt_desktop.ui.quiz_view import QuizView

SEED = 1  # this quiz starts with the order question (the tier ladder)


@pytest.fixture
def view(qtbot, content, study_data):
    widget = QuizView(content, study_data.quiz)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def order_with_buttons(qtbot, view, wanted):
    """Put the order list into ``wanted`` (option indices) with the 上移 button, as a student would."""
    lst = view.order_list
    for target, option in enumerate(wanted):
        row = next(r for r in range(lst.count()) if lst.item(r).data(Qt.ItemDataRole.UserRole + 1) == option)
        lst.setCurrentRow(row)
        for _ in range(row - target):
            click(qtbot, view.move_up_button)
    assert view.chosen() == list(wanted)


def answer(qtbot, view, right: bool) -> Question:
    """Answer the current question through the widgets (right or wrong), submit, check the feedback."""
    q = view.current_question()
    if q.kind == "order":
        wanted = list(q.answer) if right else list(q.answer[1:]) + [q.answer[0]]
        order_with_buttons(qtbot, view, wanted)
    elif q.kind == "choice":
        pick = q.answer[0] if right else (q.answer[0] + 1) % len(q.options)
        click(qtbot, view.option_buttons[pick])
    else:
        picks = list(q.answer) if right else [i for i in range(len(q.options)) if i not in q.answer][:1]
        for i in picks:
            click(qtbot, view.option_labels[i])  # a click on the wrapped text ticks the box too
    assert check_answer(q, view.chosen()) is right
    click(qtbot, view.submit_button)
    assert view.feedback_frame.isVisible()
    assert view.feedback_title.text() == ("✓ 回答正确!" if right else "✗ 回答错误。")
    assert q.explanation in view.feedback_label.text()
    return q


def next_(qtbot, view):
    click(qtbot, view.next_button)


def test_a_seeded_quiz_all_right_scores_10_of_10_and_is_stored(qtbot, view, content, study_data):
    assert view.objectName() == "quizView" and view.stack.currentIndex() == 0
    view.start(SEED)
    assert [q.id for q in view.questions] == [q.id for q in generate_quiz(content, 10, SEED)]
    kinds = set()
    with qtbot.waitSignal(view.quiz_finished) as finished:
        for n in range(10):
            assert view.progress_label.text().startswith(f"自测 · 第 {n + 1}/10 题")
            kinds.add(answer(qtbot, view, right=True).kind)
            next_(qtbot, view)
    assert kinds == {"choice", "multi", "order"}
    assert finished.args == [10, 10]
    assert view.stack.currentIndex() == 2 and view.score_label.text() == "得分:10/10"
    (attempt, *_) = study_data.quiz.attempts()
    assert (attempt.seed, attempt.total, attempt.correct) == (SEED, 10, 10)
    assert study_data.quiz.open_mistakes() == []
    assert view.results_list.count() == 10  # every question, each with the answer given
    assert all(view.results_list.item(r).text().startswith(f"✓ {r + 1}. ") for r in range(10))


def test_a_wrong_answer_goes_to_the_mistakes_book_and_a_retry_resolves_it(qtbot, view, study_data):
    view.start(SEED)
    wrong = None
    for n in range(10):
        q = answer(qtbot, view, right=n != 2)
        if n == 2:
            wrong = q
            assert "正确答案:" in view.feedback_label.text()
            assert any("✗ 你的选择" in label.text() for label in view.option_labels) or q.kind == "order"
        next_(qtbot, view)
    assert view.score_label.text() == "得分:9/10"
    assert study_data.quiz.open_mistakes() == [(wrong.id, wrong.rng_seed)]
    # the 错题本 keeps what the student chose, as option texts (the 学习单 prints them)
    (kept,) = study_data.quiz.mistakes()
    assert kept.last_answer == tuple(wrong.options[i] for i in view.answers[2]) and kept.last_answer
    missed = view.results_list.item(2).text()
    assert missed.startswith("✗ 3. ") and "你的答案:" in missed and "正确答案:" in missed
    # the 错题本 asks the missed question again, its options in another order
    click(qtbot, view.back_button)
    assert view.mistakes_button.text().startswith("错题本(1 道)") and view.mistakes_button.isEnabled()
    click(qtbot, view.mistakes_button)
    [again] = view.questions
    assert view.mode == "mistakes" and again.id == wrong.id and again.prompt == wrong.prompt
    assert sorted(again.options) == sorted(wrong.options) and again.options != wrong.options
    assert view.progress_label.text().startswith("错题本 · 第 1/1 题")
    with qtbot.waitSignal(view.mistakes_changed):
        answer(qtbot, view, right=True)
    assert "已从错题本移除" in view.feedback_label.text()
    assert study_data.quiz.open_mistakes() == []
    next_(qtbot, view)
    assert view.score_label.text() == "错题本:答对 1/1"
    assert len(study_data.quiz.attempts()) == 1  # retrying mistakes is not a new quiz
    click(qtbot, view.back_button)
    assert not view.mistakes_button.isEnabled()


def test_a_wrong_retry_keeps_the_mistake(qtbot, view, study_data):
    view.start(SEED)
    for n in range(10):
        answer(qtbot, view, right=n != 0)
        next_(qtbot, view)
    before = study_data.quiz.open_mistakes()
    view.start_mistakes()
    again = answer(qtbot, view, right=False)
    chosen = tuple(again.options[i] for i in view.chosen())
    next_(qtbot, view)
    assert study_data.quiz.open_mistakes() == before
    assert study_data.quiz.mistakes()[0].last_answer == chosen  # the newest wrong answer is kept
    assert "还有 1 道留在错题本里" in view.result_label.text()


def test_the_order_question_is_driven_with_the_move_buttons(qtbot, view):
    view.start(SEED)
    q = view.current_question()
    assert q.kind == "order" and view.order_list.objectName() == "orderList"
    assert view.order_list.dragDropMode() == view.order_list.DragDropMode.NoDragDrop
    assert view.submit_button.isEnabled()  # any order is an answer
    lst = view.order_list
    lst.setCurrentRow(0)
    assert not view.move_up_button.isEnabled() and view.move_down_button.isEnabled()
    first = lst.item(0).text()
    click(qtbot, view.move_down_button)
    assert lst.item(1).text() == first and lst.currentRow() == 1
    lst.setCurrentRow(lst.count() - 1)
    assert view.move_up_button.isEnabled() and not view.move_down_button.isEnabled()
    last = lst.item(lst.count() - 1).text()
    click(qtbot, view.move_up_button)
    assert lst.item(lst.count() - 2).text() == last
    order_with_buttons(qtbot, view, q.answer)
    assert [lst.item(r).text() for r in range(lst.count())] == \
        ["网络营销专员", "网络营销主管", "网络营销经理", "网络营销总监"]
    click(qtbot, view.submit_button)
    assert view.feedback_title.text() == "✓ 回答正确!"
    assert not view.move_up_button.isEnabled() and not view.move_down_button.isEnabled()


def test_submit_waits_for_an_answer_and_feedback_links_to_the_textbook(qtbot, view):
    view.start(SEED)
    answer(qtbot, view, right=True)
    next_(qtbot, view)
    q = view.current_question()
    assert q.kind != "order" and not view.submit_button.isEnabled() and not view.next_button.isVisible()
    click(qtbot, view.option_buttons[0])
    assert view.submit_button.isEnabled()
    click(qtbot, view.submit_button)
    assert not view.submit_button.isVisible() and view.next_button.isVisible()
    assert all(not b.isEnabled() for b in view.option_buttons)  # the answer is locked
    with qtbot.waitSignal(view.node_requested) as blocker:
        click(qtbot, view.view_node_button)
    assert blocker.args == [q.node_id]


def test_missed_questions_lead_to_the_textbook(qtbot, view):
    view.start(SEED)
    missed = []
    for _ in range(10):
        missed.append(answer(qtbot, view, right=False))
        next_(qtbot, view)
    assert view.score_label.text() == "得分:0/10" and view.results_list.count() == 10
    view.results_list.setCurrentRow(3)
    view.results_list.setFocus()
    with qtbot.waitSignal(view.node_requested) as blocker:
        qtbot.keyClick(view.results_list, Qt.Key.Key_Return)
    assert blocker.args == [missed[3].node_id]


def test_abandoning_records_nothing_and_the_start_page_shows_history(qtbot, view, study_data):
    view.start(SEED)
    answer(qtbot, view, right=True)
    click(qtbot, view.abandon_button)
    assert view.stack.currentIndex() == 0 and study_data.quiz.attempts() == []
    assert view.history_label.text() == "还没有做过自测。"
    study_data.quiz.record(5, 10, 7, [])
    view.show_start()
    assert "7/10" in view.history_label.text()


def test_a_failed_save_of_the_score_is_shown(qtbot, view, study_data, monkeypatch):
    from netmkt_desktop.errors import StoreWriteError

    def fail(*args, **kwargs):
        raise StoreWriteError("保存测验成绩没有完成:数据文件正被另一个程序使用。")

    monkeypatch.setattr(study_data.quiz, "record", fail)
    view.start(SEED)
    for _ in range(10):
        answer(qtbot, view, right=True)
        next_(qtbot, view)
    assert view.score_label.text() == "得分:10/10"
    assert view.error_label.isVisible() and "成绩没有保存" in view.error_label.text()
    assert view.error_label.font().bold()


def test_same_seed_same_quiz_and_no_seed_still_works(view):
    view.start(7)
    first = [q.id for q in view.questions]
    view.start(7)
    assert [q.id for q in view.questions] == first
    view.start()
    assert view.seed is not None and len(view.questions) == 10


def test_an_unreadable_mistakes_book_says_why_on_the_start_page(qtbot, content, monkeypatch):
    from netmkt_desktop.errors import StoreError
    from netmkt_desktop.storage.memory import open_guest

    def fail():
        raise StoreError("个人数据文件无法读取:磁盘出错。")

    broken = open_guest()
    monkeypatch.setattr(broken.quiz, "open_mistakes", fail)
    widget = QuizView(content, broken.quiz)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.start_message.isVisible()
    assert "磁盘出错" in widget.start_message.text()
    assert not widget.mistakes_button.isEnabled()
    widget.start_mistakes()
    assert "磁盘出错" in widget.start_message.text()


# -- a quiz a student can trust (issue 15) --------------------------------------------------------


def test_return_submits_and_then_goes_on(qtbot, view):
    view.start(SEED)
    for n in range(10):
        q = view.current_question()
        if q.kind != "order":
            click(qtbot, view.option_buttons[q.answer[0]])  # the focus is on an option
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
        assert view.submitted and view.feedback_frame.isVisible()
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    assert view.stack.currentIndex() == 2 and view.results_list.count() == 10


def test_return_without_an_answer_submits_nothing(qtbot, view):
    view.start(SEED)
    while view.current_question().kind == "order":
        answer(qtbot, view, right=True)
        next_(qtbot, view)
    view.option_buttons[0].setFocus()
    qtbot.keyClick(view.option_buttons[0], Qt.Key.Key_Return)
    assert not view.submitted and not view.feedback_frame.isVisible()


def test_results_show_each_question_your_answer_and_the_right_one(qtbot, view):
    view.start(SEED)
    asked = []
    for n in range(10):
        asked.append(answer(qtbot, view, right=n % 2 == 0))
        next_(qtbot, view)
    for n, q in enumerate(asked):
        text = view.results_list.item(n).text()
        assert q.prompt.replace("\n", " ") in text
        chosen = view.answers[n]
        if q.kind == "order":
            assert "你的答案:" + " → ".join(q.options[i] for i in chosen) in text
        else:
            assert f"你的答案:{'ABCDEFGHIJ'[chosen[0]]}. {q.options[chosen[0]]}" in text
        assert ("正确答案:" in text) == (n % 2 == 1)


def test_option_rows_centre_the_button_on_the_first_line_of_the_text(qtbot, content, view):
    from netmkt_desktop.quiz import question_by_id

    # options such as 专员、主管或经理、总监: "、" may come from a taller fallback font
    view._run("quiz", [question_by_id(content, "company_tiers:800", 1)])
    for button, label in zip(view.option_buttons, view.option_labels):
        row = button.parentWidget()
        line = row.first_line_height()
        button_middle = button.mapTo(row, button.rect().center()).y() + 0.5
        text_middle = label.mapTo(row, label.rect().topLeft()).y() + line / 2
        assert abs(button_middle - text_middle) <= 1.5, label.text()
