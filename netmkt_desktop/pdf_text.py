"""A PDF's text layer that says what was written, whatever font drew it.

Qt's PDF writer (QPdfWriter, and QPrinter printing to a file) gives every embedded font a
``/ToUnicode`` map built from the font's own character map: each glyph is named by the *lowest*
code point that the font draws with it.  Fonts such as Noto Sans CJK (also Meiryo and Yu Gothic on
Windows) draw a Kangxi radical and its ideograph with one glyph, so the PDF of 网络营销 reads back
as "⽹络营销" (U+2F79 KANGXI RADICAL NET), 第3页 as "第3⻚" (U+2EDA) and 账户 as "账⼾"; the same
font names its en dash a figure dash and its space a tab.  Searching the handed-in PDF for 网络
finds nothing, and copy-paste and screen readers get the wrong characters.

:func:`fix_text_layer` rewrites those maps once the PDF is written.  A map entry whose text was
never written cannot be right (every glyph in the PDF was drawn for some written text); it becomes

1. the character the caller says was drawn with that glyph (``drawn_as``: the writer knows the
   fonts; :func:`netmkt_desktop.ui.printing.drawn_as` works it out from Qt's glyph runs), else
2. for a CJK radical or stroke (U+2E80..U+2EFF, U+2F00..U+2FDF, U+31C0..U+31EF), its equivalent
   unified ideograph: Unicode's EquivalentUnifiedIdeograph data in
   :mod:`netmkt_desktop.equivalent_ideographs`, which needs no font.

An entry whose text was written stays as it is: a radical that the text really holds is kept.

Every PDF writer of the app passes its bytes through this one function.  It reads what Qt writes:
a classic cross-reference table, maps stored plain or with ``/FlateDecode``, ``/Length`` direct or
indirect.  Changed objects are written with a direct ``/Length`` (compressed again if they were);
the cross-reference offsets and ``startxref`` move with them, and the result is checked.  A PDF it
cannot read raises :class:`PdfTextError` (nothing is changed then).  Pure Python, no Qt; imports
nothing from the project but the table.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from netmkt_desktop.equivalent_ideographs import equivalent_ideographs
from netmkt_desktop.errors import PdfTextError  # noqa: F401 - also this module's name for it

__all__ = ["PdfTextError", "fix_text_layer", "text_fixes", "to_unicode_maps"]

MAPPINGS_PER_BLOCK = 100  # the CMap limit for one beginbfchar ... endbfchar block


# ---------------------------------------------------------------------------------------------
# The file's structure: cross-reference table, objects, streams

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*\Z")
_SUBSECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")
_OBJECT_HEAD = re.compile(rb"(\d+)\s+(\d+)\s+obj\b\s*")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?:\s+(\d+)\s+R)?")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+)")
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+(\d+)\s+R")
_WHITESPACE = b" \t\r\n\f\0"


@dataclass
class _Xref:
    offset: int  # where "xref" starts
    entries: dict[int, tuple[int, int]]  # object number -> (byte offset, position of the entry's offset digits)


@dataclass
class _Stream:
    number: int
    start: int  # first byte of "N G obj"
    end: int  # just after "endobj"
    generation: int
    dictionary: bytes  # between << and >>
    data: bytes  # as stored (maybe compressed)


def _read_xref(pdf: bytes) -> _Xref:
    tail = _STARTXREF.search(pdf, max(0, len(pdf) - 1024))
    if tail is None:
        raise PdfTextError("no startxref at the end")
    offset = int(tail.group(1))
    if pdf[offset:offset + 4] != b"xref":
        raise PdfTextError("startxref does not point at a cross-reference table")
    pos = offset + 4
    while pos < len(pdf) and pdf[pos] in _WHITESPACE:
        pos += 1
    entries: dict[int, tuple[int, int]] = {}
    while (section := _SUBSECTION.match(pdf, pos)) is not None:
        first, count = int(section.group(1)), int(section.group(2))
        pos = section.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(pdf, pos)
            if entry is None:
                raise PdfTextError(f"damaged cross-reference entry for object {number}")
            if entry.group(3) == b"n":
                entries[number] = (int(entry.group(1)), pos)
            pos = entry.end()
    if not pdf.startswith(b"trailer", pos):
        raise PdfTextError("no trailer after the cross-reference table")
    trailer = pdf[pos:tail.start()]
    if b"/Prev" in trailer or b"/XRefStm" in trailer:
        raise PdfTextError("incrementally updated PDFs are not supported")
    return _Xref(offset, entries)


def _skip_dictionary(pdf: bytes, pos: int) -> int:
    """The position just after the dictionary that starts at ``pos`` (with ``<<``)."""
    depth = 0
    while pos < len(pdf):
        if pdf.startswith(b"<<", pos):
            depth += 1
            pos += 2
        elif pdf.startswith(b">>", pos):
            depth -= 1
            pos += 2
            if depth == 0:
                return pos
        elif pdf[pos] == 0x28:  # "(" a literal string: balanced parentheses, backslash escapes
            nesting, pos = 1, pos + 1
            while pos < len(pdf) and nesting:
                if pdf[pos] == 0x5C:
                    pos += 1
                elif pdf[pos] == 0x28:
                    nesting += 1
                elif pdf[pos] == 0x29:
                    nesting -= 1
                pos += 1
        elif pdf[pos] == 0x3C:  # "<" a hex string
            close = pdf.find(b">", pos)
            if close == -1:
                break
            pos = close + 1
        else:
            pos += 1
    raise PdfTextError("unterminated dictionary")


def _object_at(pdf: bytes, xref: _Xref, number: int) -> tuple[int, int, int]:
    """(start of "N G obj", generation, start of the object's value) of object ``number``."""
    if number not in xref.entries:
        raise PdfTextError(f"object {number} is not in the cross-reference table")
    start = xref.entries[number][0]
    head = _OBJECT_HEAD.match(pdf, start)
    if head is None or int(head.group(1)) != number:
        raise PdfTextError(f"the cross-reference offset of object {number} is wrong")
    return start, int(head.group(2)), head.end()


def _integer_object(pdf: bytes, xref: _Xref, number: int) -> int:
    _, _, value = _object_at(pdf, xref, number)
    match = re.compile(rb"(\d+)\s*endobj").match(pdf, value)
    if match is None:
        raise PdfTextError(f"object {number} is not an integer")
    return int(match.group(1))


def _read_stream(pdf: bytes, xref: _Xref, number: int) -> _Stream:
    start, generation, value = _object_at(pdf, xref, number)
    if not pdf.startswith(b"<<", value):
        raise PdfTextError(f"object {number} is not a stream")
    after = _skip_dictionary(pdf, value)
    dictionary = pdf[value + 2:after - 2]
    keyword = re.compile(rb"\s*stream(\r\n|\n)").match(pdf, after)
    if keyword is None:
        raise PdfTextError(f"object {number} is not a stream")
    length = _LENGTH.search(dictionary)
    if length is None:
        raise PdfTextError(f"stream {number} has no /Length")
    size = _integer_object(pdf, xref, int(length.group(1))) if length.group(2) else int(length.group(1))
    data_start = keyword.end()
    data = pdf[data_start:data_start + size]
    closing = re.compile(rb"\s*endstream\s*endobj").match(pdf, data_start + size)
    if len(data) != size or closing is None:
        raise PdfTextError(f"stream {number} does not end where its /Length says")
    return _Stream(number, start, closing.end(), generation, dictionary, data)


def _decoded(stream: _Stream) -> tuple[bytes, bool] | None:
    """(the stream's content, whether it was Flate-compressed); None for a filter we leave alone."""
    found = _FILTER.search(stream.dictionary)
    if found is None:
        return stream.data, False
    if re.findall(rb"/(\w+)", found.group(1)) != [b"FlateDecode"] or b"/DecodeParms" in stream.dictionary:
        return None
    try:
        return zlib.decompress(stream.data), True
    except zlib.error as exc:
        raise PdfTextError(f"stream {stream.number}: {exc}") from None


def _encoded_object(stream: _Stream, content: bytes, compressed: bool) -> bytes:
    data = zlib.compress(content) if compressed else content
    dictionary = _LENGTH.sub(b"", stream.dictionary).strip()
    head = b"%d %d obj\n<< " % (stream.number, stream.generation)
    return head + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream\nendobj"


# ---------------------------------------------------------------------------------------------
# ToUnicode CMaps

_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_CMAP_BLOCK = re.compile(rb"(\d+)\s+begin(bfchar|bfrange)\b(.*?)\bend\2\b", re.S)
_BFRANGE = re.compile(rb"<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>\s*(\[[^\]]*\]|<[0-9A-Fa-f\s]*>)")


def _hex(token: bytes) -> bytes:
    """The bytes of a hex string's digits (an odd last digit counts as followed by 0)."""
    digits = re.sub(rb"\s", b"", token).decode("ascii")
    return bytes.fromhex(digits + "0" * (len(digits) % 2))


def _parse_cmap(cmap: bytes) -> tuple[list[tuple[bytes, bytes]], int, int]:
    """The (code, UTF-16BE text) pairs of a ToUnicode CMap, and the span of its mapping blocks."""
    blocks = list(_CMAP_BLOCK.finditer(cmap))
    if not blocks:
        return [], 0, 0
    for before, after in zip(blocks, blocks[1:], strict=False):
        if cmap[before.end():after.start()].strip():
            raise PdfTextError("unexpected operators between the mappings of a CMap")
    pairs: list[tuple[bytes, bytes]] = []
    for block in blocks:
        body = block.group(3)
        if block.group(2) == b"bfchar":
            tokens = _HEX.findall(body)
            if len(tokens) % 2:
                raise PdfTextError("odd bfchar block in a CMap")
            pairs.extend((_hex(tokens[i]), _hex(tokens[i + 1])) for i in range(0, len(tokens), 2))
            continue
        for low, high, target in _BFRANGE.findall(body):
            low_code, high_code = _hex(low), _hex(high)
            first, last = int.from_bytes(low_code, "big"), int.from_bytes(high_code, "big")
            if last < first or last - first > 0xFFFF:
                raise PdfTextError("bad bfrange in a CMap")
            width = len(low_code)
            if target.startswith(b"["):
                texts = [_hex(t) for t in _HEX.findall(target)]
                if len(texts) != last - first + 1:
                    raise PdfTextError("a bfrange array of the wrong length in a CMap")
            else:  # the last byte counts up from the given text
                base = _hex(target[1:-1])
                if not base:
                    raise PdfTextError("an empty bfrange target in a CMap")
                head, low_byte = base[:-1], base[-1]
                if low_byte + (last - first) > 0xFF:
                    raise PdfTextError("a bfrange that crosses a byte boundary in a CMap")
                texts = [head + bytes([low_byte + k]) for k in range(last - first + 1)]
            pairs.extend(((first + k).to_bytes(width, "big"), texts[k]) for k in range(last - first + 1))
    return pairs, blocks[0].start(), blocks[-1].end()


def _cmap_blocks(pairs: list[tuple[bytes, bytes]]) -> bytes:
    pairs = sorted(pairs, key=lambda pair: (len(pair[0]), pair[0]))
    out = []
    for i in range(0, len(pairs), MAPPINGS_PER_BLOCK):
        chunk = pairs[i:i + MAPPINGS_PER_BLOCK]
        lines = b"".join(b"<%s> <%s>\n" % (code.hex().upper().encode(), text.hex().upper().encode())
                         for code, text in chunk)
        out.append(b"%d beginbfchar\n%sendbfchar" % (len(chunk), lines))
    return b"\n".join(out)


def _utf16(text: bytes) -> str | None:
    try:
        return text.decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def _fixed_cmap(cmap: bytes, fixes: Mapping[str, str]) -> bytes | None:
    """``cmap`` with the texts in ``fixes`` replaced; None when nothing changes."""
    pairs, start, end = _parse_cmap(cmap)
    changed = False
    fixed = []
    for code, text in pairs:
        char = _utf16(text)
        if char is not None and char in fixes:
            text = fixes[char].encode("utf-16-be")
            changed = True
        fixed.append((code, text))
    if not changed:
        return None
    return cmap[:start] + _cmap_blocks(fixed) + cmap[end:]


def text_fixes(written: str, drawn_as: Mapping[str, str] | None = None) -> dict[str, str]:
    """Text of a map entry -> the text it should be, for a PDF in which ``written`` was drawn."""
    fixes = {radical: ideograph for radical, ideograph in equivalent_ideographs().items()
             if radical not in written}
    fixes.update((named, char) for named, char in (drawn_as or {}).items()
                 if named != char and named not in written)
    return fixes


# ---------------------------------------------------------------------------------------------
# The whole file


def _to_unicode_numbers(pdf: bytes) -> list[int]:
    return sorted({int(m.group(1)) for m in _TO_UNICODE.finditer(pdf)})


def to_unicode_maps(pdf: bytes) -> dict[int, dict[bytes, str]]:
    """Each ToUnicode CMap of ``pdf`` by object number: glyph code -> text (for checks and tests)."""
    xref = _read_xref(pdf)
    maps = {}
    for number in _to_unicode_numbers(pdf):
        decoded = _decoded(_read_stream(pdf, xref, number))
        if decoded is None:
            continue
        pairs, _, _ = _parse_cmap(decoded[0])
        maps[number] = {code: text.decode("utf-16-be", "replace") for code, text in pairs}
    return maps


def fix_text_layer(pdf: bytes, written: str, drawn_as: Mapping[str, str] | None = None) -> bytes:
    """``pdf`` with the entries of its ToUnicode maps that name no written text put right.

    ``written`` is all the text drawn into the PDF; ``drawn_as`` maps the code point that Qt
    names a glyph by to the character that was drawn with it, where the writer knows (see
    :func:`text_fixes`).  Returns ``pdf`` itself when nothing needed a change.  Raises
    :class:`PdfTextError` for a PDF whose structure is not the one Qt writes.
    """
    xref = _read_xref(pdf)
    fixes = text_fixes(written, drawn_as)
    replacements: list[tuple[int, int, bytes]] = []
    for number in _to_unicode_numbers(pdf):
        stream = _read_stream(pdf, xref, number)
        decoded = _decoded(stream)
        if decoded is None:
            continue
        content, compressed = decoded
        fixed = _fixed_cmap(content, fixes)
        if fixed is not None:
            replacements.append((stream.start, stream.end, _encoded_object(stream, fixed, compressed)))
    if not replacements:
        return pdf
    replacements.sort()

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start) for start, end, new in replacements if end <= offset)

    out = bytearray(pdf)
    for offset, digits_at in xref.entries.values():  # fixed width: positions stay valid
        out[digits_at:digits_at + 10] = b"%010d" % moved(offset)
    for start, end, new in reversed(replacements):
        out[start:end] = new
    tail = _STARTXREF.search(out, max(0, len(out) - 1024))
    out[tail.start(1):tail.end(1)] = str(moved(xref.offset)).encode()
    result = bytes(out)
    _check(result, xref)
    return result


def _check(pdf: bytes, before: _Xref) -> None:
    """Every object of the cross-reference table is where the table says (else PdfTextError)."""
    after = _read_xref(pdf)
    if after.entries.keys() != before.entries.keys():
        raise PdfTextError("the cross-reference table changed its objects")
    for number in after.entries:
        _object_at(pdf, after, number)
    for number in _to_unicode_numbers(pdf):
        _read_stream(pdf, after, number)
