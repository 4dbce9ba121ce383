"""The floor for start-up: a bare PySide6 window with the same widget types, empty.

Prints ``first_paint_epoch=...`` at its first paint and quits, like the app does with
NETMKT_EXIT_AFTER_FIRST_PAINT=1.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTabBar,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.addWidget(QLineEdit())
    tabs = QTabBar()
    tabs.addTab("a")
    tabs.addTab("b")
    layout.addWidget(tabs)
    layout.addWidget(QTreeView())
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    browser = QTextBrowser()
    splitter.addWidget(browser)
    window.setCentralWidget(splitter)
    window.menuBar().addMenu("File")
    window.addToolBar(QToolBar())
    window.statusBar().addWidget(QLabel())

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print(f"first_paint_epoch={time.time():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
                watched.removeEventFilter(self)
            return False

    browser.viewport().installEventFilter(FirstPaint(window))
    window.resize(1000, 700)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
