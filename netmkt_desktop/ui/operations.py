"""One way for widgets to run an action on the personal data (Anki's ``CollectionOp``).

:func:`run_store_action` runs one store action (one transaction), shows a failure in a message box
in the user's language (the storage wrote the message through the translation hook), and on
success lets the caller refresh what changed.  Widgets do not write their own ``try/except``
around the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from netmkt_desktop.errors import InvalidInputError, NotFoundError, StoreError
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.i18n import translate

T = TypeVar("T")


class Outcome(Generic[T]):
    """What :func:`run_store_action` did: ``ok`` (also the truth value) and the action's ``value``."""

    __slots__ = ("ok", "value", "error")

    def __init__(self, ok: bool, value: T | None = None, error: StoreError | None = None):
        self.ok, self.value, self.error = ok, value, error

    def __bool__(self) -> bool:
        return self.ok


def run_store_action(parent: QWidget | None, action: Callable[[], T], *, title: str | None = None,
                     on_done: Callable[[T], Any] | None = None,
                     on_invalid: Callable[[InvalidInputError], Any] | None = None,
                     on_not_found: Callable[[NotFoundError], Any] | None = None) -> Outcome[T]:
    """Run ``action``; on success call ``on_done(value)`` (refresh what changed).

    A :class:`~netmkt_desktop.errors.StoreError` changes nothing saved before; it is shown in a
    message box titled ``title`` (操作没有完成 by default) — except what the student typed
    (``InvalidInputError``), which goes to ``on_invalid`` when given (a form shows it beside the
    field).  After a :class:`~netmkt_desktop.errors.NotFoundError` (the thing is gone, perhaps
    deleted in another window) ``on_not_found`` can reload the list.
    """
    try:
        value = action()
    except InvalidInputError as exc:
        if on_invalid is not None:
            on_invalid(exc)
        else:
            dialogs.show_error(parent, title or translate("Operations", "操作没有完成"), str(exc))
        return Outcome(False, error=exc)
    except StoreError as exc:
        dialogs.show_error(parent, title or translate("Operations", "操作没有完成"), str(exc))
        if on_not_found is not None and isinstance(exc, NotFoundError):
            on_not_found(exc)
        return Outcome(False, error=exc)
    if on_done is not None:
        on_done(value)
    return Outcome(True, value)
