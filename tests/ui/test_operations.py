"""run_store_action: one way to run a store action, show a failure and refresh what changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from netmkt_desktop.errors import InvalidInputError, NotFoundError, StoreWriteError
from netmkt_desktop.ui.operations import run_store_action


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_refreshes_and_returns_the_value(parent, store, profile, dialog_calls):
    plans = store.profile(profile).plans
    refreshed = []
    outcome = run_store_action(parent, lambda: plans.duplicate(plans.save(_plan()).id), on_done=refreshed.append)
    assert outcome and outcome.value.title.endswith("(副本)") and refreshed == [outcome.value]
    assert dialog_calls["errors"] == []


def test_a_failure_is_shown_in_a_message_box_and_nothing_is_refreshed(parent, store, profile, dialog_calls):
    data = store.profile(profile)
    store.close()
    refreshed = []
    outcome = run_store_action(parent, lambda: data.plans.save(_plan()), on_done=refreshed.append)
    assert not outcome and isinstance(outcome.error, StoreWriteError) and refreshed == []
    assert dialog_calls["errors"] == [("操作没有完成", "保存规划没有完成:个人数据文件已经关闭。")]


def test_what_the_student_typed_goes_to_the_form_not_a_message_box(parent, store, dialog_calls):
    problems = []
    outcome = run_store_action(parent, lambda: store.profiles.create("   "), on_invalid=problems.append)
    assert not outcome and isinstance(problems[0], InvalidInputError) and dialog_calls["errors"] == []
    assert str(problems[0]) == "请填写用户档案的名字。"
    run_store_action(parent, lambda: store.profiles.create("   "), title="没有新建")
    assert dialog_calls["errors"] == [("没有新建", "请填写用户档案的名字。")]


def test_something_gone_meanwhile_is_shown_then_the_caller_reloads(parent, store, profile, dialog_calls):
    reloaded = []
    outcome = run_store_action(parent, lambda: store.profile(profile).plans.delete(999), on_not_found=reloaded.append)
    assert not outcome and isinstance(reloaded[0], NotFoundError)
    assert dialog_calls["errors"] == [("操作没有完成", "找不到这份规划(它可能已被删除)。")]


def _plan():
    from netmkt_desktop.plans import CareerPlan

    return CareerPlan(title="规划", position_id="pos.ecommerce_host", headcount=300)
