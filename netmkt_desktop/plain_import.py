"""Imports that pass by PySide6's import hook (a leaf module: it imports nothing of the project).

PySide6 replaces ``builtins.__import__`` with its own function (for ``from __feature__ import
...``), which also reads the source of every module imported after it into ``linecache``.  The
storage layer is imported after the window is on screen: through the hook, SQLAlchemy's ~300
modules cost about 15 MB more memory than plainly, for text nobody reads.  The app uses no
``__feature__``, so :func:`plain_imports` lets a block of imports go through Python's own import.

This module must be imported before PySide6 to see the original function (``netmkt_desktop.app``
imports it first); imported later, it falls back to ``importlib.__import__`` (the same import,
written in Python).
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Iterator
from contextlib import contextmanager

_ORIGINAL = builtins.__import__
_PLAIN = _ORIGINAL if getattr(_ORIGINAL, "__module__", "") == "builtins" and _ORIGINAL.__name__ == "__import__" \
    else importlib.__import__


@contextmanager
def plain_imports() -> Iterator[None]:
    """Within the block, ``import`` is Python's own (no Qt code may run in it)."""
    hooked = builtins.__import__
    builtins.__import__ = _PLAIN
    try:
        yield
    finally:
        builtins.__import__ = hooked
