"""The note of the current node: a plain-text editor that saves by itself.

Saving happens 800 ms after typing stops, at once on :meth:`NotesEditor.flush` (the main window
calls it on node switch, window close and quit), when the editor loses focus, when it is hidden and
when the application is about to quit.  A text that could not be saved (``StoreError``) stays in
the editor and in memory, the reason is shown in bold, and the next flush tries again: nothing the
student typed is lost while the program runs.  Before the window closes or another profile is
shown, the study tools ask what to do with a note that still cannot be saved (:meth:`unsaved`,
:meth:`discard_unsaved`): it is never dropped without a word.

A note holds at most ``NOTE_TEXT_LIMIT`` characters (validation.py: the same for the editor, the
store and the profile data file).  Typing or pasting past it keeps what fits of what was just
typed; text that is already there is never cut, not even a longer note written elsewhere.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from netmkt_desktop.errors import StoreError
from netmkt_desktop.ui.safe_text import plain_label, tooltip
from netmkt_desktop.validation import NOTE_TEXT_LIMIT

MAX_NOTE_CHARS = NOTE_TEXT_LIMIT  # one limit for the editor, the store and the profile data file
AUTOSAVE_MS = 800


def saveable_text(text: str) -> str:
    """``text`` as it can be stored: a control character (pasted from elsewhere) becomes a space."""
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(ch) == "Cc" and ch not in "\n\t"
                   else "\ufffd" if unicodedata.category(ch) == "Cs" else ch for ch in text)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share from the start (a few slice compares, not a loop)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, prefix: int) -> int:
    """How many characters ``a`` and ``b`` share at the end, not reaching into the first ``prefix``."""
    lo, hi = 0, min(len(a), len(b)) - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


class NotesEditor(QWidget):
    """Edits the note of one node of one study data object (see :mod:`netmkt_desktop.study`)."""

    note_saved = Signal(str)  # node id, after its note was written (or deleted, when empty)

    def __init__(self, data=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setAccessibleName(self.tr("笔记"))
        self.data = data
        self.node_id = ""
        self._pending: dict[str, str] = {}  # node id -> text not saved yet (typed, or a save failed)
        self._loading = False
        self._trimming = False
        self._text = ""  # the text as it was before the last edit (what typing past the limit keeps)

        self.edit = QPlainTextEdit()
        self.edit.setObjectName("noteEdit")
        self.edit.setAccessibleName(self.tr("笔记内容"))
        self.edit.setPlaceholderText(self.tr("在这里写下你对这一节的笔记,会自动保存。"))
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)

        self.status_label = plain_label()
        self.status_label.setObjectName("noteStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.counter_label = plain_label()
        self.counter_label.setObjectName("noteCounterLabel")
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.timer = QTimer(self)
        self.timer.setObjectName("noteAutosaveTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self._load()

    # -- public --------------------------------------------------------------------------------

    def attach(self, data) -> None:
        """Use another study data object (profile switch, guest session); saves pending text first."""
        self.flush()
        self.data = data
        self._pending.clear()
        self._load()

    def set_node(self, node_id: str | None) -> None:
        """Save what was typed for the previous node, then show the note of ``node_id``."""
        self.flush()
        self.node_id = node_id or ""
        self._load()

    def text(self) -> str:
        return self.edit.toPlainText()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def unsaved(self) -> dict[str, str]:
        """node id -> the text typed that is not saved (yet)."""
        return dict(self._pending)

    def discard_unsaved(self) -> None:
        """The student chose to let the unsaved notes go: the editor shows what is saved."""
        self.timer.stop()
        self._pending.clear()
        self._load()

    def flush(self) -> bool:
        """Save every pending text now; False (and the reason shown) when one could not be saved."""
        self.timer.stop()
        if not self._pending or self.data is None:
            return not self._pending
        failure = ""
        for node_id, text in list(self._pending.items()):
            try:
                self.data.save_note(node_id, saveable_text(text))
            except (StoreError, ValueError) as exc:  # ValueError: an id the store refuses
                failure = str(exc)
                continue
            if self._pending.get(node_id) is text:
                del self._pending[node_id]
            self.note_saved.emit(node_id)
        if failure:
            self._show_status(self.tr("笔记没有保存:{reason}").format(reason=failure), error=True)
            return False
        self._show_status(self.tr("已保存"))
        return True

    # -- internals -----------------------------------------------------------------------------

    def _load(self) -> None:
        self.timer.stop()
        text, error, readable = "", "", True
        if self.node_id and self.node_id in self._pending:
            text = self._pending[self.node_id]
            error = self.tr("这条笔记还没有保存,稍后会再试。")
        elif self.node_id and self.data is not None:
            try:
                text = self.data.note(self.node_id)
            except StoreError as exc:
                error = self.tr("无法读取笔记:{reason}").format(reason=str(exc))
                readable = False  # typing now could overwrite the note that is there
        usable = bool(self.node_id) and self.data is not None and readable
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self._text = text
        self.edit.setReadOnly(not usable)
        self.edit.setEnabled(bool(self.node_id) and self.data is not None)
        self._show_status(error, error=bool(error))
        self._update_counter()

    def _on_edit_text_changed(self) -> None:
        if self._loading or self._trimming:
            return
        self._keep_within_limit()
        self._update_counter()
        if not self.node_id or self.data is None:
            return
        self._pending[self.node_id] = self.edit.toPlainText()
        self._show_status(self.tr("正在输入…"))
        self.timer.start()

    def _keep_within_limit(self) -> None:
        """Past the limit, what was just typed or pasted is cut back to what fits — never the text
        that was there: a longer note stays whole, can be read, shortened and saved once it fits."""
        before, text = self._text, self.edit.toPlainText()
        self._text = text
        allowed = max(MAX_NOTE_CHARS, len(before))
        excess = len(text) - allowed
        if excess <= 0:
            return
        start = _common_prefix(before, text)
        end = len(text) - _common_suffix(before, text, start)  # text[start:end] is what came in
        cut_from = max(start, end - excess)
        self._trimming = True
        try:
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(_utf16_len(text[:cut_from]))
            cursor.setPosition(_utf16_len(text[:end]), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        finally:
            self._trimming = False
        self._text = self.edit.toPlainText()

    def _update_counter(self) -> None:
        count = len(self.edit.toPlainText())
        self.counter_label.setText(f"{count}/{MAX_NOTE_CHARS}")
        self.counter_label.setToolTip(self.tr("笔记最多 {n} 个字").format(n=MAX_NOTE_CHARS))
        font = QFont()  # only the weight is set: size and family follow the app font (zoom)
        font.setBold(count >= MAX_NOTE_CHARS)
        self.counter_label.setFont(font)

    def _show_status(self, text: str, error: bool = False) -> None:
        font = QFont()
        font.setBold(error)
        self.status_label.setFont(font)
        self.status_label.setText(text)
        self.status_label.setToolTip(tooltip(text) if error else "")
        self.edit.setAccessibleDescription(text)

    # -- Qt overrides --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("笔记"))
            self.edit.setAccessibleName(self.tr("笔记内容"))
            self.edit.setPlaceholderText(self.tr("在这里写下你对这一节的笔记,会自动保存。"))
        super().changeEvent(event)
