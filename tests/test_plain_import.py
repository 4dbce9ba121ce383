"""Imports past PySide6's import hook: the storage layer does not keep its source in memory."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import builtins, linecache, sys
from netmkt_desktop.plain_import import plain_imports
import PySide6.QtCore
hooked = builtins.__import__
with plain_imports():
    assert builtins.__import__ is not hooked
    import colorsys
import wave
assert builtins.__import__ is hooked
files = " ".join(linecache.cache)
print("colorsys.py" in files, "wave.py" in files)
"""


def test_a_plain_import_leaves_no_source_in_memory_and_the_hook_comes_back():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True).stdout
    plain, hooked = out.split()
    assert plain == "False"
    assert hooked in ("True", "False")  # PySide6 versions without the hook read nothing either


CODE_FOR_GOOD = """
import builtins, linecache
from netmkt_desktop import plain_import
import PySide6.QtCore
import colorsys  # through the hook, if this PySide6 has one
plain_import.use_plain_imports()
import wave
print(" ".join(linecache.cache) or "-")
"""


def test_after_start_up_no_module_source_stays_in_memory():
    """As the app does once PySide6 is imported: what the hook read is let go, later imports read nothing."""
    out = subprocess.run([sys.executable, "-c", CODE_FOR_GOOD], capture_output=True, text=True, check=True).stdout
    assert "colorsys.py" not in out
    assert "wave.py" not in out
