"""pdf_text: ToUnicode maps put right in PDFs built here (Qt-free), checked with poppler and qpdf."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zlib

import pytest

from netmkt_desktop.equivalent_ideographs import equivalent_ideographs
from netmkt_desktop.pdf_text import PdfTextError, fix_text_layer, text_fixes, to_unicode_maps

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")


def cmap_stream(mapping: bytes) -> bytes:
    return (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + mapping +
            b"\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


def bfchar(pairs: dict[int, str]) -> bytes:
    lines = b"".join(b"<%04X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode())
                     for code, text in pairs.items())
    return b"%d beginbfchar\n%sendbfchar" % (len(pairs), lines)


def build_pdf(cmap: bytes, codes: list[int], *, compress: bool, indirect_length: bool,
              size: int = 24) -> bytes:
    """A one-page PDF showing ``codes`` with a font whose ToUnicode map is ``cmap``.

    The map comes before other objects (so that offsets after it move), Flate-compressed or not,
    its /Length direct or in an object of its own.  Like Qt's, the font is not embedded.
    """
    shown = "".join(f"{code:04X}" for code in codes)
    content = f"BT /F1 {size} Tf 20 700 Td <{shown}> Tj ET".encode()
    data = zlib.compress(cmap) if compress else cmap
    flate = b" /Filter /FlateDecode" if compress else b""
    length = b"/Length 9 0 R" if indirect_length else b"/Length %d" % len(data)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
        b"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        b"<< %s%s >>\nstream\n%s\nendstream" % (length, flate, data),
        b"%d" % len(data),
        b"(after the map)",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Error" not in result.stderr, result.stderr
    return result.stdout.strip("\f\n ")


def assert_valid(pdf: bytes, tmp_path) -> None:
    """poppler reads it without repairing anything, and qpdf (when installed) finds no error."""
    path = tmp_path / "v.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0 and info.stderr == "", info.stderr
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors" in check.stdout, check.stdout


def objects_where_the_xref_says(pdf: bytes) -> bool:
    """Every in-use entry of the cross-reference table points at "N 0 obj", startxref at "xref"."""
    start = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf).group(1))
    assert pdf[start:start + 4] == b"xref"
    entries = re.findall(rb"(\d{10}) 00000 n", pdf[start:])
    assert len(entries) == 10
    return all(pdf.startswith(b"%d 0 obj" % number, int(offset)) for number, offset in enumerate(entries, start=1))


NET_WORK = {1: "\u2f79", 2: "络", 3: "第", 4: "\u2eda"}  # what Noto Sans CJK gives Qt for 网络 第 页


@needs_poppler
@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("indirect_length", [False, True])
def test_radicals_become_the_ideographs_written(tmp_path, compress, indirect_length):
    pdf = build_pdf(cmap_stream(bfchar(NET_WORK)), [1, 2, 3, 4], compress=compress, indirect_length=indirect_length)
    assert pdftotext(pdf, tmp_path) == "\u2f79络第\u2eda"  # the look-alikes, as Qt writes them
    fixed = fix_text_layer(pdf, "网络 第3页")
    assert pdftotext(fixed, tmp_path) == "网络第页"
    assert_valid(fixed, tmp_path)
    assert (b"/FlateDecode" in fixed) == compress  # a compressed map stays compressed
    assert objects_where_the_xref_says(fixed)


@needs_poppler
def test_a_radical_that_was_written_stays(tmp_path):
    pdf = build_pdf(cmap_stream(bfchar(NET_WORK)), [1, 2, 3, 4], compress=True, indirect_length=False)
    fixed = fix_text_layer(pdf, "部首⽹:网络 第3页")
    assert pdftotext(fixed, tmp_path) == "\u2f79络第页"


@needs_poppler
def test_the_writers_glyph_knowledge_comes_first(tmp_path):
    """Noto Sans CJK draws 户 with the glyph of ⼾ (KANGXI RADICAL DOOR), whose equivalent ideograph
    is the traditional 戶: only the writer knows that 户 was drawn."""
    pdf = build_pdf(cmap_stream(bfchar({1: "账", 2: "\u2f3e", 3: "\u2012", 4: "\t"})), [1, 2, 3, 4],
                    compress=False, indirect_length=True)
    assert pdftotext(fix_text_layer(pdf, "账户–"), tmp_path) == "账戶\u2012"
    fixed = fix_text_layer(pdf, "账户– ", {"\u2f3e": "户", "\u2012": "\u2013", "\t": " ", "账": "x"})
    assert pdftotext(fixed, tmp_path) == "账户\u2013"
    assert set(next(iter(to_unicode_maps(fixed).values())).values()) == {"账", "户", "\u2013", " "}
    assert_valid(fixed, tmp_path)


@needs_poppler
def test_ranges_and_arrays_of_the_map_are_read(tmp_path):
    """bfrange in both forms; a range whose targets count up through radicals is split."""
    mapping = (b"2 beginbfrange\n<0001> <0003> <2F00>\n<0004> <0005> [<2F79> <7EDC>]\nendbfrange\n"
               b"1 beginbfchar\n<0006> <D840DC0B>\nendbfchar")
    pdf = build_pdf(cmap_stream(mapping), [1, 2, 3, 4, 5, 6], compress=True, indirect_length=True)
    assert pdftotext(pdf, tmp_path) == "\u2f00\u2f01\u2f02\u2f79络\U0002000b"
    fixed = fix_text_layer(pdf, "一丨丶网络\U0002000b")
    assert pdftotext(fixed, tmp_path) == "一丨丶网络\U0002000b"
    assert_valid(fixed, tmp_path)


@needs_poppler
def test_a_long_map_keeps_each_block_within_the_cmap_limit(tmp_path):
    radicals = [chr(code) for code in range(0x2F00, 0x2F00 + 150)]
    pdf = build_pdf(cmap_stream(bfchar({i + 1: r for i, r in enumerate(radicals)})), list(range(1, 151)),
                    compress=True, indirect_length=False, size=3)
    fixed = fix_text_layer(pdf, "")
    expected = "".join(equivalent_ideographs()[r] for r in radicals)
    assert pdftotext(fixed, tmp_path) == expected
    cmap = zlib.decompress(re.search(rb"stream\n(.*?)\nendstream", fixed[fixed.index(b"8 0 obj"):], re.S).group(1))
    assert [int(n) for n in re.findall(rb"(\d+) beginbfchar", cmap)] == [100, 50]
    assert_valid(fixed, tmp_path)


def test_nothing_to_fix_returns_the_same_bytes():
    pdf = build_pdf(cmap_stream(bfchar({1: "网", 2: "络"})), [1, 2], compress=True, indirect_length=True)
    assert fix_text_layer(pdf, "网络") is pdf


@pytest.mark.parametrize("damage", ["no startxref", "xref moved", "incremental update", "length too long"])
def test_a_pdf_it_cannot_read_is_refused(damage):
    pdf = build_pdf(cmap_stream(bfchar(NET_WORK)), [1, 2], compress=False, indirect_length=False)
    if damage == "no startxref":
        pdf = pdf[:pdf.rindex(b"startxref")]
    elif damage == "xref moved":
        pdf = re.sub(rb"startxref\n(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) - 3), pdf)
    elif damage == "incremental update":
        pdf = pdf.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Prev 9 >>")
    else:
        pdf = re.sub(rb"/Length (\d+) >>\nstream\n/CIDInit", lambda m: b"/Length %d >>\nstream\n/CIDInit"
                     % (int(m.group(1)) + 5000), pdf)
    with pytest.raises(PdfTextError):
        fix_text_layer(pdf, "网络")


def test_fixes_leave_written_text_alone():
    fixes = text_fixes("⽹ 网络 户", {"\u2f3e": "户", "网": "x", "\u2012": "\u2013"})
    assert "\u2f79" not in fixes  # written as a radical
    assert fixes["\u2f3e"] == "户" and fixes["\u2eda"] == "页" and fixes["\u2012"] == "\u2013"
    assert "网" not in fixes


def test_the_table_is_unicodes():
    """The copied data agree with Python's Unicode database: the names, and for the characters that
    have one, the compatibility decomposition (every Kangxi radical, U+2E9F and U+2EF3)."""
    table = equivalent_ideographs()
    assert len(table) == 348
    assert set(range(0x2F00, 0x2FD6)) <= {ord(c) for c in table}
    for radical, ideograph in table.items():
        assert unicodedata.name(radical).startswith(("KANGXI RADICAL", "CJK RADICAL", "CJK STROKE"))
        code = ord(ideograph)  # a unified ideograph (this Python may predate the newest ones' names)
        assert 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0x20000 <= code <= 0x323AF
        decomposed = unicodedata.normalize("NFKC", radical)
        if decomposed != radical:
            assert decomposed == ideograph, (hex(ord(radical)), decomposed, ideograph)
    assert table["\u2f79"] == "网" and table["\u2eda"] == "页" and table["\u2f3e"] == "戶"
