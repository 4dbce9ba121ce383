"""Hostile text and the network: markup in content or plans shows literally and loads nothing, and the
app never opens a network socket (offline classroom PCs; a student's data never leaves the machine)."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QWizard

from netmkt_desktop.content import Node, NodeKind, load_content, seed_path
from netmkt_desktop.plans import CareerPlan, TierGoal, plan_from_json, plan_to_json
from netmkt_desktop.render import render_node
from netmkt_desktop.storage.store import Store
from netmkt_desktop.tiers import Tier
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.detail_pane import DetailPane
from netmkt_desktop.ui.plan_document import build_document, plan_html

IMG = '<img src="http://example.invalid/track.png">'
LINK = '<a href="javascript:alert(1)">点我</a>'
SCRIPT = '<script>alert("x")</script>'
CSS = '<p style="background:url(http://example.invalid/bg.png)">样式</p>'
HOSTILE = (IMG, LINK, SCRIPT, CSS)
RAW_MARKUP = ('<img src="http', "<script", 'href="javascript', 'style="background:url(http')


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch):
    record = {"errors": [], "infos": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: record["infos"].append((title, text)))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    return record


def hostile_node() -> dict:
    return {"id": "topic.hostile", "kind": "topic", "title": f"恶意标题{IMG}", "heading": f"小标题{CSS}",
            "body": [{"p": f"正文{LINK}"}, {"h": f"小节{SCRIPT}"}, {"ol": [IMG, LINK, SCRIPT, CSS]}]}


@pytest.fixture(scope="module")
def hostile_content(tmp_path_factory):
    doc = json.loads(seed_path().read_text(encoding="utf-8-sig"))
    doc["textbook"][0].setdefault("children", []).append(hostile_node())
    path = tmp_path_factory.mktemp("content") / "hostile.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return load_content(path)


def hostile_plan() -> CareerPlan:
    return CareerPlan(title=IMG, position_id="pos.ecommerce_host", headcount=1200, student_name=SCRIPT[:40],
                      class_name=LINK, content_version=CSS,
                      goals=[TierGoal(Tier.SPECIALIST, 2027, 7, "\n".join(HOSTILE)),
                             TierGoal(Tier.SUPERVISOR, 2029, 7, LINK)])


def plain_text_of(html: str) -> str:
    browser = QTextBrowser()
    requested: list[str] = []
    browser.loadResource = lambda kind, name: requested.append(name.toString())  # type: ignore[method-assign]
    browser.setHtml(html)
    text = browser.toPlainText()
    browser.deleteLater()
    assert not [r for r in requested if r.startswith(("http", "javascript", "file", "//"))], requested
    return text


def assert_escaped(html: str) -> None:
    """No hostile piece, and nothing that would load or run, reaches the HTML as markup."""
    for piece in HOSTILE + RAW_MARKUP:
        assert piece not in html, piece


# -- markup is text ----------------------------------------------------------------------------------------


def test_render_node_shows_markup_literally(qapp, hostile_content):
    html = render_node(hostile_content, hostile_content.node("topic.hostile"))
    assert_escaped(html)
    text = plain_text_of(html)
    for piece in HOSTILE:
        assert piece in text


def test_render_node_escapes_every_field(qapp, content):
    node = Node(id="x", kind=NodeKind.EXTENSION, title=IMG, pack_id="t", heading=SCRIPT, source=LINK, body=())
    html = render_node(content, node, query="img")  # the search highlight must not unescape anything
    assert_escaped(html)
    assert IMG in plain_text_of(html)


def test_detail_pane_loads_nothing_and_shows_text(qtbot, hostile_content, monkeypatch):
    asked: list[str] = []
    original = DetailPane.loadResource

    def spy(self, kind, name: QUrl):
        asked.append(name.toString())
        return original(self, kind, name)

    monkeypatch.setattr(DetailPane, "loadResource", spy)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_node(hostile_content, hostile_content.node("topic.hostile"))
    for piece in HOSTILE:
        assert piece in pane.toPlainText()
    assert not [a for a in asked if "example.invalid" in a or a.startswith("javascript")]


def test_plan_document_shows_markup_literally(qapp, content):
    plan = hostile_plan()
    html = plan_html(plan, content)
    assert_escaped(html)
    text = plain_text_of(html)
    for piece in (IMG, LINK, CSS):
        assert piece in text
    doc = build_document(plan, content)
    assert IMG in doc.toPlainText() and doc.refused == []  # only its own ladder picture was loaded


def test_a_hostile_plan_file_round_trips_as_text():
    plan = plan_from_json(plan_to_json(hostile_plan()))
    assert plan.title == IMG and plan.goals[0].actions == "\n".join(HOSTILE)


# -- no network --------------------------------------------------------------------------------------------


def network_sockets() -> set[str]:
    """Inodes of this process's sockets that are neither Unix-domain (local IPC) nor netlink: TCP, UDP,
    raw …, whether connected or not.  Read from the kernel, so sockets made by Qt's C++ code count too."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    local = set()
    for table, column in (("unix", 6), ("netlink", 9)):
        try:
            lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        local.update(line.split()[column] for line in lines if len(line.split()) > column)
    return mine - local


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to make or connect a Python socket fails the test (local IPC via Qt is allowed)."""
    attempts: list[str] = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(what)
            raise AssertionError(f"network use: {what}{args[1:2]}")
        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket()"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    watch = Path("/proc/self/fd").is_dir() and Path("/proc/net/unix").is_file()
    before = network_sockets() if watch else set()
    yield attempts
    if watch:
        assert network_sockets() <= before, "a network socket was opened (outside Python's socket module)"
    assert attempts == []


def test_the_fence_itself_works(no_network):
    with pytest.raises(AssertionError):
        socket.create_connection(("example.invalid", 80))
    with pytest.raises(AssertionError):
        socket.socket()
    no_network.clear()


def test_browsing_planning_exporting_and_importing_never_touch_the_network(
        qtbot, hostile_content, tmp_path, monkeypatch, no_network, type_text, quiet_dialogs):
    from netmkt_desktop.ui.main_window import MainWindow

    content = hostile_content
    store = Store.open(tmp_path / "data")
    window = MainWindow(content, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.session.attach_store(store)
    try:
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        for node_id in content.nodes:  # browse every node of the content
            window.select_node(node_id)
            assert window.current_node_id() == node_id
        window.select_node("topic.hostile")
        for piece in HOSTILE:
            assert piece in window.detail.toPlainText()

        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the wizard saves a plan
        wizard = window.plan_wizard
        qtbot.waitExposed(wizard)
        type_text(wizard.intro_page.title_edit, IMG)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        combo = wizard.position_page.position_combo
        combo.setCurrentIndex(combo.findText("网络推广"))
        for _ in range(4):
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        (saved,) = store.profile(window.session.profile_id).plans.all()
        assert saved.title == IMG

        view = window.plans_view
        qtbot.waitUntil(lambda: view.current_plan() is not None)  # the list follows right after saving
        pdf = tmp_path / "规划书.pdf"  # a PDF is exported
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(pdf))
        view.actions_by_name["pdf"].trigger()
        assert pdf.read_bytes().startswith(b"%PDF"), quiet_dialogs["errors"]

        incoming = tmp_path / "同学的规划.json"  # a plan file is imported
        incoming.write_text(plan_to_json(hostile_plan()), encoding="utf-8")
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(incoming))
        view.actions_by_name["import"].trigger()
        assert len(store.profile(window.session.profile_id).plans.all()) == 2, quiet_dialogs["errors"]
        assert quiet_dialogs["errors"] == []
    finally:
        if window.plan_wizard is not None:
            window.plan_wizard.done(0)
        window.close()
        store.close()
