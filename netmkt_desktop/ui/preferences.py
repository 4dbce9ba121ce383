"""The window's and the student's settings, typed, with one key per fact.

Two homes: the window's settings file (``settings.ini`` in the data folder, read before the
personal data opens) and the settings of the profile shown (``data.settings``, in the database,
so a student's look and reading position follow them from PC to PC).  The look and the reading
position are written to both, so the next start shows them at once; reading prefers the profile's.

========================  =====================  ===============================================
key                       where                  fact
========================  =====================  ===============================================
``window/geometry``       file                   the window's size and place
``window/state``          file                   toolbars
``window/splitter``       file                   the navigator's width
``navigator/outline``     file                   按职业体系 or 教材目录
``ui/theme``              profile (and file)     the colour theme
``ui/zoom``               profile (and file)     the zoom in percent
``presentation/zoom``     profile (and file)     the zoom of presentation mode
``reading/last_node``     profile (and file)     the node read last (继续学习, and the first node shown)
``reading/furthest``      profile                how far the textbook was read in its order (首页's 读教材)
========================  =====================  ===============================================

``reading/last_node`` replaced two keys that held the same fact (``navigator/last_node`` in the
file, ``study/last_node`` in the profile): each is read once when the new key is missing, then
written under the new key and removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QWidget

from netmkt_desktop.errors import StoreError
from netmkt_desktop.ui.geometry import restore_window, save_window
from netmkt_desktop.ui.navigator import Outline
from netmkt_desktop.ui.theme import Theme

if TYPE_CHECKING:
    from netmkt_desktop.storage.settings import Settings

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_OUTLINE = "navigator/outline"
KEY_THEME = "ui/theme"
KEY_ZOOM = "ui/zoom"
KEY_LAST_NODE = "reading/last_node"
KEY_FURTHEST = "reading/furthest"
OLD_FILE_LAST_NODE = "navigator/last_node"  # before reading/last_node (window settings file)
OLD_PROFILE_LAST_NODE = "study/last_node"  # before reading/last_node (profile settings)
DEFAULT_ZOOM = 100


class Preferences:
    """Reads and writes the settings of the window and of the profile shown."""

    def __init__(self, settings: QSettings, on_error: Callable[[str], None] | None = None):
        self.settings = settings
        self.profile: Settings | None = None  # ``data.settings`` of the profile shown
        self._on_error = on_error or (lambda _message: None)

    def attach(self, profile: Settings | None) -> None:
        """The settings of another profile (or of the guest); None while no data is open."""
        self.profile = profile

    # -- any key (presentation mode keeps its own) ------------------------------------------------

    def get(self, key: str, default=None):
        """The profile's value, else the file's, else ``default``."""
        if self.profile is not None:
            try:
                value = self.profile.get(key)
            except StoreError as exc:
                self._on_error(str(exc))
                value = None
            if value is not None:
                return value
        value = self.settings.value(key)
        return default if value is None else value

    def set(self, key: str, value) -> None:
        """In the file for a fast next start, and in the profile's settings (a failure is reported, not raised)."""
        self.settings.setValue(key, value)
        if self.profile is not None:
            try:
                self.profile.set(key, str(value))
            except StoreError as exc:
                self._on_error(str(exc))

    # -- the look ----------------------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        try:
            return Theme(str(self.get(KEY_THEME, Theme.SYSTEM.value)))
        except ValueError:
            return Theme.SYSTEM

    def set_theme(self, theme: Theme) -> None:
        self.set(KEY_THEME, Theme(theme).value)

    @property
    def zoom(self) -> int:
        try:
            return int(self.get(KEY_ZOOM, DEFAULT_ZOOM))
        except (TypeError, ValueError):
            return DEFAULT_ZOOM

    def set_zoom(self, percent: int) -> None:
        self.set(KEY_ZOOM, int(percent))

    # -- the reading position ------------------------------------------------------------------------

    def last_node(self, *, profile_only: bool = False) -> str:
        """The node read last: the profile's (继续学习 asks for ``profile_only``), else the file's."""
        if self.profile is not None:
            value = self._profile_value(KEY_LAST_NODE) or self._moved_from_profile_key()
            if value or profile_only:
                return value
        elif profile_only:
            return ""
        return str(self.settings.value(KEY_LAST_NODE, "") or "") or self._moved_from_file_key()

    def set_last_node(self, node_id: str) -> None:
        if not node_id:
            return
        self.settings.setValue(KEY_LAST_NODE, node_id)
        if self.profile is not None and self._profile_value(KEY_LAST_NODE) != node_id:
            try:
                self.profile.set(KEY_LAST_NODE, node_id)
            except StoreError as exc:  # a lost reading position is not worth a dialog
                self._on_error(str(exc))

    def furthest_read(self) -> str:
        """The furthest node the profile shown has read in the textbook's order ("" for none)."""
        return self._profile_value(KEY_FURTHEST) if self.profile is not None else ""

    def set_furthest_read(self, node_id: str) -> None:
        if self.profile is not None and node_id:
            try:
                self.profile.set(KEY_FURTHEST, node_id)
            except StoreError as exc:  # as with the reading position: a status message, no dialog
                self._on_error(str(exc))

    def _profile_value(self, key: str) -> str:
        try:
            return self.profile.get(key) or ""
        except StoreError as exc:
            self._on_error(str(exc))
            return ""

    def _moved_from_profile_key(self) -> str:
        """``study/last_node`` of a profile saved by an older version, moved to the new key (once)."""
        value = self._profile_value(OLD_PROFILE_LAST_NODE)
        if value:
            try:
                self.profile.set(KEY_LAST_NODE, value)
                self.profile.delete(OLD_PROFILE_LAST_NODE)
            except StoreError as exc:
                self._on_error(str(exc))
        return value

    def _moved_from_file_key(self) -> str:
        """``navigator/last_node`` of the settings file of an older version, moved to the new key (once)."""
        value = str(self.settings.value(OLD_FILE_LAST_NODE, "") or "")
        if value:
            self.settings.setValue(KEY_LAST_NODE, value)
            self.settings.remove(OLD_FILE_LAST_NODE)
        return value

    # -- the window ----------------------------------------------------------------------------------

    @property
    def outline(self) -> Outline:
        try:
            return Outline(int(self.settings.value(KEY_OUTLINE, Outline.TOPICS) or 0))
        except (TypeError, ValueError):
            return Outline.TOPICS

    def restore_window(self, window: QWidget, preferred: QSize) -> None:
        """The window's place, fitted to the screen it opens on (see :mod:`netmkt_desktop.ui.geometry`)."""
        restore_window(self.settings, "window", window, preferred, legacy_key=KEY_GEOMETRY)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """(toolbars and docks, splitter) as saved, None where nothing was saved."""
        return self.settings.value(KEY_STATE), self.settings.value(KEY_SPLITTER)

    def save_window(self, window: QWidget, state: QByteArray, splitter: QByteArray, outline: Outline) -> None:
        save_window(self.settings, "window", window)
        self.settings.setValue(KEY_GEOMETRY, window.saveGeometry())  # what older versions read
        self.settings.setValue(KEY_STATE, state)
        self.settings.setValue(KEY_SPLITTER, splitter)
        self.settings.setValue(KEY_OUTLINE, int(outline))

    def sync(self) -> None:
        self.settings.sync()
