"""Message boxes and file dialogs behind small functions, so tests can replace them and nothing blocks.

QMessageBox and QFileDialog are imported on first use: most starts show neither, and importing
them at start-up costs a few milliseconds before the window appears.  Every message box shows its
text as plain text (:func:`message_box`): messages quote names, titles and files' text.

File dialogs (:func:`ask_save_path`, :func:`ask_open_path`) open where a student looks: the last
folder used for the same kind of file, else the folder :func:`configure_file_dialogs` was given
(beside a portable data folder), else Documents.  :func:`file_dialog` builds them, so that tests
can look at one without blocking.

Small forms (a PIN, the teacher password, the student details) open with ``open()``, one of a
kind at a time (:func:`open_one`), and share one OK / 取消 row (:func:`form_buttons`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWidget


def open_one(owner: object, attr: str, form: QDialog) -> QDialog:
    """Open ``form`` without blocking as ``owner``'s one form of its kind, kept in ``owner.<attr>``:
    the one open before is closed; when ``form`` finishes the attribute is cleared and the form
    deleted later (not WA_DeleteOnClose: a question may still be on its way out of it)."""
    previous = getattr(owner, attr)
    if previous is not None:
        previous.close()

    def _on_form_finished(_result: int) -> None:
        if getattr(owner, attr) is form:
            setattr(owner, attr, None)
        form.deleteLater()

    form.finished.connect(_on_form_finished)
    setattr(owner, attr, form)
    form.open()
    return form


def form_buttons(form: QDialog, ok_text: str, ok_name: str, cancel_name: str = "",
                 cancel_text: str = "") -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The OK / 取消 row of a small form, alike in every form: (the row, the OK button, the cancel button).

    The OK button (``ok_text``) is the default: Enter presses it, and it calls ``form.accept()``,
    where the form checks what was typed and closes only when all is well (a problem is shown in
    the form, which stays open with what was typed).  The cancel button (取消, or ``cancel_text``)
    and Esc call ``form.reject()``."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from netmkt_desktop.ui.i18n import translate

    ok_button = QPushButton(ok_text)
    ok_button.setObjectName(ok_name)
    ok_button.setDefault(True)
    cancel_button = QPushButton(cancel_text or translate("Dialogs", "取消"))
    if cancel_name:
        cancel_button.setObjectName(cancel_name)
    buttons = QDialogButtonBox()
    buttons.addButton(ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(form.accept)
    buttons.rejected.connect(form.reject)
    return buttons, ok_button, cancel_button


def message_box(parent: QWidget | None, icon: str, title: str, text: str, buttons: str = "ok") -> QMessageBox:
    """A message box (not shown yet) whose title and text are shown as they are: plain text, never
    HTML (a name or a file's text in the message must not be read as markup), a ``[*]`` kept.

    ``icon``: ``"critical"``, ``"information"`` or ``"question"``; ``buttons``: ``"ok"``, ``"yes_no"``
    or ``"none"`` (the caller adds its own)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from netmkt_desktop.ui.safe_text import window_title

    icons = {"critical": QMessageBox.Icon.Critical, "information": QMessageBox.Icon.Information,
             "question": QMessageBox.Icon.Question}
    standard = {"ok": QMessageBox.StandardButton.Ok,
                "yes_no": QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                "none": QMessageBox.StandardButton.NoButton}
    box = QMessageBox(icons[icon], window_title(title), "", standard[buttons], parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, "critical", title, text)
    box.setObjectName("errorDialog")
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, "information", title, text)
    box.setObjectName("infoDialog")
    box.exec()


def show_notice(parent: QWidget | None, title: str, text: str, seconds: float = 8) -> None:
    """A short information box that closes by itself after ``seconds`` (or with OK): a note the
    user need not answer, such as "the app is already running" from a start that then ends."""
    from PySide6.QtCore import QTimer

    box = message_box(parent, "information", title, text)
    box.setObjectName("noticeDialog")
    QTimer.singleShot(max(0, round(seconds * 1000)), box, box.accept)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "question", title, text, "yes_no")
    box.setObjectName("confirmDialog")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], escape: str) -> str:
    """A question with several answers: ``choices`` are (key, button text) in order, the first the
    default; Esc (or closing the box) answers ``escape``.  Returns the key of the answer."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, "question", title, text, "none")
    box.setObjectName("choiceDialog")
    buttons = {}
    for key, label in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == escape else QMessageBox.ButtonRole.AcceptRole
        buttons[key] = box.addButton(label, role)
    box.setDefaultButton(buttons[choices[0][0]])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), escape)


# ---------------------------------------------------------------------------------------------
# File dialogs
#
# Where the platform has its own dialog (Windows, macOS, a desktop portal) Qt shows it, in the
# system's language.  Otherwise Qt's own dialog appears, and these helpers make it speak the
# interface language throughout: Qt's catalogue (installed by i18n.install_translators) lacks a few
# of its newer labels, names a folder "Folder" in Chinese too, titles the size column 体积, and
# writes dates and sizes in the system's locale; :func:`file_dialog` sets those itself.


_folders: dict = {"default": None, "settings": None, "last": {}}
_FORBIDDEN_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
FILE_NAME_LIMIT = 120  # characters of a suggested file name (without its folder)
FOLDER_KIND = "folder"  # the last folder chosen in a choose-folder dialog


def configure_file_dialogs(default_folder: Path | None, settings: QSettings | None = None) -> None:
    """Where file dialogs open: the last folder used for the same kind of file (kept in
    ``settings`` when given), else ``default_folder``, else the user's Documents folder."""
    _folders["default"] = Path(default_folder) if default_folder else None
    _folders["settings"] = settings
    _folders["last"] = {}


def default_folder() -> Path:
    """The configured folder, else the platform's Documents folder, else the home folder."""
    from PySide6.QtCore import QStandardPaths

    configured = _folders["default"]
    if configured is not None and configured.is_dir():
        return configured
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def file_kind(filters: str) -> str:
    """The kind of file a dialog is for: the first pattern of its first filter ("*.pdf" -> "pdf")."""
    match = re.search(r"\(\s*\*?\.?([^\s)]*)", filters)
    return (match.group(1) if match else "") or "any"


def start_folder(kind: str) -> Path:
    """The last folder used for ``kind`` if it still exists, else :func:`default_folder`."""
    last = _folders["last"].get(kind)
    settings = _folders["settings"]
    if last is None and settings is not None:
        last = settings.value(f"file_dialogs/{kind}", "", str) or None
    if last and Path(last).is_dir():
        return Path(last)
    return default_folder()


def remember_folder(kind: str, folder: Path) -> None:
    """Open the next dialog for ``kind`` in ``folder`` (also after a restart, with settings)."""
    folder = str(folder)
    _folders["last"][kind] = folder
    settings = _folders["settings"]
    if settings is not None:
        settings.setValue(f"file_dialogs/{kind}", folder)


def safe_file_name(name: str) -> str:
    """``name`` usable as a file name on every system: no folder separators or characters Windows
    refuses (each becomes "_"), not too long, never empty."""
    cleaned = _FORBIDDEN_IN_NAMES.sub("_", name).strip().strip(".")
    if len(cleaned) > FILE_NAME_LIMIT:  # shorten the name, keep its ending (".netmkt-plan.json")
        dot = cleaned.find(".", len(cleaned) - 24)
        ending = cleaned[dot:] if dot > 0 else ""
        cleaned = cleaned[:FILE_NAME_LIMIT - len(ending)] + ending
    return cleaned or "_"


def _file_list_model(parent):
    """A view of Qt's file list in the interface language: column titles, "folder", dates, sizes."""
    from PySide6.QtCore import QFileInfo, QIdentityProxyModel, QLocale, Qt

    from netmkt_desktop.ui.i18n import translate

    display = Qt.ItemDataRole.DisplayRole
    headers = {0: translate("Dialogs", "名称"), 1: translate("Dialogs", "大小"), 2: translate("Dialogs", "类型"),
               3: translate("Dialogs", "修改日期")}

    class FileListModel(QIdentityProxyModel):
        def headerData(self, section, orientation, role=display):  # noqa: N802 (Qt override)
            if orientation == Qt.Orientation.Horizontal and role == display and section in headers:
                return headers[section]
            return super().headerData(section, orientation, role)

        def data(self, index, role=display):
            if role != display or index.column() == 0:
                return super().data(index, role)
            info: QFileInfo = self.sourceModel().fileInfo(self.mapToSource(index))
            if index.column() == 1:
                return "" if info.isDir() else QLocale().formattedDataSize(info.size())
            if index.column() == 2 and info.isDir():
                return translate("Dialogs", "文件夹")
            if index.column() == 3:
                return QLocale().toString(info.lastModified(), QLocale.FormatType.ShortFormat)
            return super().data(index, role)

    return FileListModel(parent)


def file_dialog(parent: QWidget | None, title: str, filters: str = "", *, mode: str = "open", suggested: str = "",
                start: str = "") -> QFileDialog:
    """The dialog the helpers below show (not shown yet): Qt's own file dialog in the interface
    language, to ``"open"`` or ``"save"`` a file or choose a ``"folder"``.

    It opens in ``start`` if that is a folder, else in the folder of an absolute ``suggested``
    path, else in :func:`start_folder`; ``suggested`` (its name) is the proposed file name.
    """
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView

    from netmkt_desktop.ui.i18n import translate

    if mode not in ("open", "save", "folder"):
        raise ValueError(f"unknown file dialog mode {mode!r}")
    kind = FOLDER_KIND if mode == "folder" else file_kind(filters)
    suggested_path = Path(suggested) if suggested else None
    if start and Path(start).is_dir():
        folder = Path(start)
    elif suggested_path is not None and suggested_path.is_absolute() and suggested_path.parent.is_dir():
        folder = suggested_path.parent
    else:
        folder = start_folder(kind)
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName("fileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if mode == "save" else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode({"open": QFileDialog.FileMode.ExistingFile, "save": QFileDialog.FileMode.AnyFile,
                        "folder": QFileDialog.FileMode.Directory}[mode])
    if mode == "folder":
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    accept = {"open": translate("Dialogs", "打开(&O)"), "save": translate("Dialogs", "保存(&S)"),
              "folder": translate("Dialogs", "选择(&C)")}[mode]
    labels = {
        QFileDialog.DialogLabel.LookIn: translate("Dialogs", "位置(&L):"),
        QFileDialog.DialogLabel.FileName: translate("Dialogs", "文件夹(&D):") if mode == "folder"
        else translate("Dialogs", "文件名(&N):"),
        QFileDialog.DialogLabel.FileType: translate("Dialogs", "文件类型(&T):"),
        QFileDialog.DialogLabel.Accept: accept,
        QFileDialog.DialogLabel.Reject: translate("Dialogs", "取消"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    dialog.setProxyModel(_file_list_model(dialog))
    for view in dialog.findChildren(QTreeView):  # whole column texts: "PDF 文档", not "PD…档"
        header = view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if mode == "save":
        pattern = re.search(r"\(\s*\*\.([^\s)*]+)", filters)
        if pattern:
            dialog.setDefaultSuffix(pattern.group(1))
        if suggested_path is not None:
            dialog.selectFile(safe_file_name(suggested_path.name if suggested_path.is_absolute() else suggested))
    _fit_file_dialog(dialog, parent)
    return dialog


def _fit_file_dialog(dialog: QFileDialog, parent: QWidget | None) -> None:
    """Places a student uses in the side bar, whole names there, and room for long file names."""
    from PySide6.QtCore import QStandardPaths, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QListView, QSplitter

    places = [Path.home()]
    for where in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.DesktopLocation):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            places.append(Path(folder))
    places.append(Path(dialog.directory().absolutePath()))
    urls = [QUrl("file:")] + [QUrl.fromLocalFile(str(p)) for p in dict.fromkeys(places)]
    dialog.setSidebarUrls(urls)
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    width, height = min(900, round(available.width() * 0.85)), min(600, round(available.height() * 0.85))
    dialog.resize(width, height)
    sidebar, splitter = dialog.findChild(QListView, "sidebar"), dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None:
        needed = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + sidebar.verticalScrollBar().sizeHint().width()
        side = min(max(needed, 120), width // 3)
        splitter.setSizes([side, max(width - side, 1)])


def _ask(dialog: QFileDialog, kind: str) -> str:
    if dialog.exec() != dialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    remember_folder(kind, Path(path) if kind == FOLDER_KIND else Path(path).parent)
    return path


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A save-file dialog; the chosen path, or "" when cancelled.

    ``suggested`` is a file name, or an absolute path whose folder the dialog opens in;
    ``filters`` as Qt writes them, readable: "学习规划文件 (*.netmkt-plan.json)"."""
    return _ask(file_dialog(parent, title, filters, mode="save", suggested=suggested), file_kind(filters))


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """An open-file dialog; the chosen path, or "" when cancelled."""
    return _ask(file_dialog(parent, title, filters, mode="open"), file_kind(filters))


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A choose-folder dialog opening in ``start`` (if it is a folder); the chosen folder, or "" when cancelled."""
    return _ask(file_dialog(parent, title, mode="folder", start=start), FOLDER_KIND)


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
