"""One rule for text: whatever comes from content, packs, plans, profiles or the student is shown as text.

Qt guesses: a label, a tooltip or a message box whose text *looks like* HTML (``Qt::mightBeRichText``:
a tag before the first line break) is laid out as rich text, and rich text loads what it names —
``<img src=/dev/zero>`` reads the device until memory runs out, ``<img src=C:/…/photo.jpg>`` opens a
file of the student's, ``<img width=60000 height=60000>`` asks for a picture of 14 GB.  So:

* **labels** are plain text: :func:`plain_label` (or :func:`make_plain` on a label made elsewhere);
* **tooltips** are escaped: :func:`tooltip` (Qt then shows the very characters, ``<`` included);
* **window titles** keep a literal ``[*]``: :func:`window_title` (Qt would hide it as the "modified" mark);
* **buttons** keep a literal ``&``: :func:`button_text` (Qt would underline the next letter);
* **message boxes** are plain text: :mod:`netmkt_desktop.ui.dialogs` sets it on every box;
* the status bar draws its message as plain text by itself (``QStatusBar::showMessage``);
* **rich-text widgets** (the detail pane, the plan previews, the slides, search results, printed
  documents) are :class:`SafeTextBrowser` / :class:`SafeTextDocument`: they show HTML the app made (every
  text in it escaped by ``render.escape``) and load no resource but the pictures the app gave them.  Any
  other name — ``file:``, ``http:``, ``data:``, ``qrc:``, a path — is refused with an empty picture
  (returning nothing is not enough: Qt then opens the file itself) and noted in ``refused``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # the namespace with Qt GUI's free functions (convertFromPlainText)
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
_REFUSED_KEPT = 100  # names kept in ``refused``, each once (a document asks again at each layout)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows ``text`` (and every later text) as plain text.

    The format is set before the text: a QLabel made with its text guesses the format at once."""
    label = make_plain(QLabel(parent))
    label.setText(text)
    return label


def app_rich_label() -> QLabel:
    """A label for rich text the app makes itself (a list of links), every outside text in it
    escaped by the caller; the one kind of label that is not plain text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def make_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows as it is: escaped rich text when it holds ``<`` or ``&``.

    Text without either is returned unchanged (Qt shows it as plain text; a 100,000-row outline pays
    nothing); an empty text stays empty (no tooltip)."""
    if "<" not in text and "&" not in text:
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def window_title(text: str) -> str:
    """``text`` as a window title: a ``[*]`` in it stays visible (Qt reads one as the "modified" mark)."""
    return text.replace("[*]", "[*][*]")


def button_text(text: str) -> str:
    """``text`` on a button or check box: an ``&`` in it stays visible (Qt reads one as a shortcut mark)."""
    return text.replace("&", "&&")


def refused_resource(kind: int) -> object:
    """What a rich-text widget hands Qt for a resource it will not load: something (never None, or Qt
    loads the file itself), and nothing to see."""
    if int(kind) == _IMAGE:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        return image
    return ""


class _OwnResources:
    """The pictures a rich text may use (added by name); every other name is refused."""

    def _init_resources(self) -> None:
        self._own: dict[str, QImage] = {}
        self.refused: list[str] = []  # names asked for and not given (tests look at them)

    def add_own_image(self, name: str, image: QImage) -> None:
        self._own[name] = image

    def set_own_images(self, images: dict[str, QImage]) -> None:
        self._own = dict(images)

    def _resource(self, kind: int, name: QUrl) -> object:
        key = name.toString()
        if int(kind) == _IMAGE and key in self._own:
            return self._own[key]
        if key not in self.refused and len(self.refused) < _REFUSED_KEPT:
            self.refused.append(key)
        return refused_resource(kind)


class SafeTextDocument(_OwnResources, QTextDocument):
    """A QTextDocument that loads only the pictures it was given: nothing from disk, nothing remote."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_resources()

    def add_own_image(self, name: str, image: QImage) -> None:
        super().add_own_image(name, image)
        self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        return self._resource(kind, name)


class SafeTextBrowser(_OwnResources, QTextBrowser):
    """A read-only rich-text view that follows no link by itself and loads only the pictures it was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._init_resources()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt override
        return self._resource(kind, name)
