import json

import pytest
from PySide6.QtCore import QSettings

from netmkt_desktop.plans import CareerPlan
from netmkt_desktop.storage.store import Store
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.ui.navigator import Outline

PACK = {
    "format": "netmkt-content",
    "format_version": 1,
    "pack": {"id": "school", "name": "本校补充:直播电商实训", "version": "1.0"},
    "textbook": [{
        "id": "school.lab", "kind": "section", "title": "直播电商实训室", "heading": "校本一、直播电商实训室",
        "body": [{"p": "实训室每周三开放,练习搭建直播场景。"}],
        "children": [{"id": "school.pos.assistant", "kind": "position", "title": "直播助理"}],
    }],
}


@pytest.fixture
def window(qtbot, content, tmp_path):
    store = Store.open(tmp_path / "data")
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.session.attach_store(store)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


def write_pack(tmp_path, data=PACK, name="pack.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_imported_pack_appears_in_tree_search_and_wizard_and_can_be_removed(window, tmp_path, monkeypatch,
                                                                                 type_text, dialog_calls):
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(write_pack(tmp_path)))
    window.action_packs.trigger()
    dialog = window.packs_dialog
    dialog.import_pack()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "2"
    assert window.models[Outline.TEXTBOOK].find("school.lab").isValid()
    window.select_node("school.lab")
    assert "每周三开放" in window.detail.toPlainText()
    type_text(window.search_field, "实训")
    assert window.proxy.rowCount() > 0
    window.search_field.clear()
    plan = window.session.store.profile(window.session.profile_id).plans.save(CareerPlan(title="做直播助理", position_id="school.pos.assistant"))
    window.new_plan()
    combo = window.plan_wizard.position_page.position_combo
    assert combo.findText("直播助理") > 0
    window.plan_wizard.done(0)

    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 0
    assert not window.models[Outline.TEXTBOOK].find("school.lab").isValid()
    window.plans_view.select_plan(plan.id)
    assert "school.pos.assistant" in window.plans_view.missing_label.text()
    dialog.close()


def test_a_broken_pack_is_refused_with_its_place(window, tmp_path, monkeypatch, dialog_calls):
    broken = json.loads(json.dumps(PACK))
    broken["textbook"][0]["children"][0]["id"] = "occ.internet_marketer"  # collides with the textbook
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(write_pack(tmp_path, broken)))
    window.action_packs.trigger()
    window.packs_dialog.import_pack()
    (title, text), = dialog_calls["errors"]
    assert "没有导入" in title and "textbook[0].children[0].id" in text
    assert window.packs_dialog.table.rowCount() == 0
    window.packs_dialog.close()
