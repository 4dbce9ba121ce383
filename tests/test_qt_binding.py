"""The Qt binding must not lose references to None/True/False: a build that does crashes the app
("Fatal Python error: none_dealloc") after some hundred clicks on Python 3.11."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_calls_and_signals_keep_singleton_references(qapp):
    label, emitter = QLabel(), _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        label.setText("网络营销")
        label.setEnabled(True)
        emitter.changed.emit(False)
    received.clear()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert [a - b for a, b in zip(after, before)] == [0, 0, 0]
