"""Message boxes and file dialogs behind small functions, so tests can replace them and nothing blocks.

QMessageBox and QFileDialog are imported on first use: most starts show neither, and importing
them at start-up costs a few milliseconds before the window appears."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoDialog")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("confirmDialog")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A save-file dialog; the chosen path, or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """An open-file dialog; the chosen path, or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A choose-folder dialog; the chosen folder, or "" when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title, start)


def export_text(parent: QWidget | None, path: str, text: str) -> bool:
    """Write ``text`` to ``path`` (atomically); when that fails, say so ("没有导出") and return False."""
    from netmkt_desktop.files import write_text_atomic
    from netmkt_desktop.ui.i18n import translate

    try:
        write_text_atomic(Path(path), text)
    except OSError as exc:
        message = translate("Dialogs", "无法写入文件:\n{path}\n\n{reason}")
        show_error(parent, translate("Dialogs", "没有导出"), message.format(path=path, reason=exc.strerror or exc))
        return False
    return True
