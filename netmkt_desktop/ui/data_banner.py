"""The banner above the window's panes that says when what the student does is not kept: in the
guest's session (访客模式: notes and progress last until the app closes, no plans) and when the
data folder can only be read (只读).

The window shows it and hides it (``setVisible``) as the session changes; :meth:`DataBanner.show_read_only`
puts the read-only notice in it when the personal data could not be opened for writing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from netmkt_desktop.ui.safe_text import make_plain


class DataBanner(QLabel):
    """A bold notice in plain text, hidden until there is something to say (the guest's by default)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        make_plain(self)
        self.setText(self.tr(
            "访客模式:笔记和学习进度只保留到关闭程序为止。职业规划要保存在自己的学习档案里,访客不能制订规划;"
            "请用 文件 › 切换学习档案(Ctrl+Shift+P)选择或新建档案。"))
        self.setObjectName("guestBanner")
        self.setAccessibleName(self.tr("访客模式提示"))
        self.setWordWrap(True)
        self.setStyleSheet("font-weight:bold; padding:4px;")
        self.hide()

    def show_read_only(self) -> None:
        """The data folder cannot be written: browsing goes on, nothing typed is kept."""
        self.setText(self.tr("只读:数据文件夹不能写入,可以浏览教材,但笔记、进度和规划都不会保存。"))
        self.show()
