"""Pinyin readings of Chinese characters, for search by pinyin ("zbxsy" or "zhibo" → 直播销售员).

The readings come from the character table of the ``pypinyin`` package (``pinyin_dict.json``, about
0.8 MB), read as a data file: importing ``pypinyin`` itself would also load its phrase table, which
costs about 60 MB of memory for the rest of the session.  Only the characters asked for are kept
(the titles of the content use a few hundred), so after a lookup the process holds kilobytes.

Readings are plain letters without tones, lower case; every reading of a character with several
(行: xing, hang, heng) is kept, as a student may type any of them.  "ü" is given both as "u" and as
"v" (the way pinyin keyboards type it).  Nothing here imports Qt; the table is read only on the
first lookup (the first pinyin query), never at start-up.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path

TABLE_NAME = "pinyin_dict.json"
MAX_TABLE_BYTES = 8 * 1024 * 1024  # the file is about 0.8 MB; anything far larger is not that table
TARGETED_LOOKUPS = 400  # up to this many new characters are looked up one by one in the file's text

_known: dict[str, tuple[str, ...]] = {}  # character -> readings; () when it has none


def _table_path() -> Path | None:
    """The table file inside the installed pypinyin package, found without importing the package."""
    try:
        spec = find_spec("pypinyin")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / TABLE_NAME
        if path.is_file():
            return path
    return None


def _read_table(codes: set[int]) -> dict[int, str] | None:
    """Code point -> "zhí,zhì" (with tones) for ``codes``, or None when no table can be read.

    For a few hundred characters (the usual case) each one is looked up in the file's text, which
    keeps the memory of a full decoded table (about 10 MB while it lasts) out of the process."""
    path = _table_path()
    if path is not None:
        try:
            if path.stat().st_size <= MAX_TABLE_BYTES:
                with open(path, "rb") as f:
                    text = f.read(MAX_TABLE_BYTES + 1).decode("utf-8")
                found = {}
                if len(codes) <= TARGETED_LOOKUPS:
                    for code in codes:
                        key = f'"{code}": "'
                        at = text.find(key)
                        if at >= 0:
                            start = at + len(key)
                            found[code] = text[start:text.find('"', start)]
                if not found:  # many characters, or a file laid out differently: decode it whole
                    raw = json.loads(text)
                    found = {c: v for c in codes if isinstance(v := raw.get(str(c)), str)}
                return found
        except (OSError, ValueError):
            pass
    try:  # an older or differently packaged pypinyin: its own module (heavier, but it works)
        from pypinyin.pinyin_dict import pinyin_dict
    except ImportError:
        return None
    return {c: pinyin_dict[c] for c in codes if c in pinyin_dict}


def plain(reading: str) -> tuple[str, ...]:
    """A reading without its tone mark, lower case: "lǘ" → ("lu", "lv"), "zhí" → ("zhi",)."""
    decomposed = unicodedata.normalize("NFD", reading.strip())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if not letters.isascii() or not letters.isalpha():
        return ()
    if "\u0308" in decomposed:  # ü
        return (letters, letters.replace("u", "v"))
    return (letters,)


def readings(chars: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The toneless readings of each character of ``chars`` that has any (others are left out)."""
    wanted = {c for c in chars if len(c) == 1 and ord(c) > 0x7F}
    missing = wanted - _known.keys()
    if missing:
        table = _read_table({ord(c) for c in missing})  # None without pypinyin: asked again next time
        if table is not None:
            for ch in missing:
                found: dict[str, None] = {}
                for reading in table.get(ord(ch), "").split(","):
                    found.update(dict.fromkeys(plain(reading)))
                _known[ch] = tuple(found)
    return {c: _known[c] for c in wanted if _known.get(c)}


def available() -> bool:
    """Whether pinyin readings can be looked up (reads the table on the first call)."""
    return bool(readings("中"))
