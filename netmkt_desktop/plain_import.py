"""Imports that pass by PySide6's import hook (a leaf module: it imports nothing of the project).

PySide6 replaces ``builtins.__import__`` with its own function (for ``from __feature__ import
...``), which also reads the source of every module imported after it into ``linecache`` (to see
whether the module mentions PySide6).  Through the hook, SQLAlchemy's ~300 modules cost about
15 MB more memory than plainly, and the app's own modules, the standard library's and every
module imported later by a dialog a few MB more, for text nobody reads.  The app uses no
``__feature__``, so

* :func:`use_plain_imports` (the app calls it once PySide6 is imported) gives the process back
  Python's own import for good and lets go of the source texts read so far;
* :func:`plain_imports` lets one block of imports go through Python's own import (for code that
  runs without the app's start-up, e.g. tests and benchmarks).

This module must be imported before PySide6 to see the original function (``netmkt_desktop.app``
imports it first); imported later, it falls back to ``importlib.__import__`` (the same import,
written in Python).
"""

from __future__ import annotations

import builtins
import importlib
import linecache
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


def use_plain_imports() -> None:
    """From now on every import is Python's own (PySide6's ``__feature__`` switches no longer work:
    the app uses none), and the module sources the hook put into ``linecache`` are let go (a
    traceback reads the file again when it needs a line)."""
    builtins.__import__ = _PLAIN
    linecache.clearcache()
