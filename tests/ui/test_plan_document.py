"""The 职业生涯规划书: HTML, document, PDF export and print preview (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import errno  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import zlib  # noqa: E402
from datetime import date  # noqa: E402
from html import escape  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSizeF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPalette, QTextDocument, QTextImageFormat  # noqa: E402
from PySide6.QtPrintSupport import QPrintPreviewWidget  # noqa: E402
from PySide6.QtWidgets import QToolBar, QWidget  # noqa: E402

from netmkt_desktop import files  # noqa: E402
from netmkt_desktop.content import load_content, seed_path  # noqa: E402
from netmkt_desktop.plans import CareerPlan, TierGoal  # noqa: E402
from netmkt_desktop.tiers import Tier, suggested_focus  # noqa: E402
from netmkt_desktop.ui import plan_document, printing  # noqa: E402
from netmkt_desktop.ui.plan_document import (  # noqa: E402
    LADDER_RESOURCE,
    PlanExportError,
    build_document,
    export_pdf,
    page_size_units,
    plan_html,
    print_plan,
)

EVIL_TITLE = '<img src="http://x/y.png"><script>alert(1)</script>'


@pytest.fixture(scope="module")
def seed_content():
    return load_content(seed_path())


def make_plan(goals: int = 3, **changes) -> CareerPlan:
    sample = [
        TierGoal(Tier.SPECIALIST, 2026, 7, "完成实习,熟悉新媒体平台的运营规则。", achieved_on=date(2026, 6, 20)),
        TierGoal(Tier.SUPERVISOR, 2028, 6, "带领三人小组运营账号矩阵。"),
        TierGoal(Tier.MANAGER, 2031, 12, "负责部门的网络营销策划。"),
        TierGoal(Tier.DIRECTOR, 2035, 6, "统筹整体项目运作。"),
    ]
    fields = dict(title="我的新媒体营销之路", position_id="pos.new_media_marketing", headcount=1500,
                  current_tier=Tier.SPECIALIST, student_name="张小明", class_name="电商2301班",
                  occupation_id="occ.all_media_operator", created_at="2026-03-01T10:00:00",
                  goals=[sample[i % 4] for i in range(goals)])
    fields.update(changes)
    return CareerPlan(**fields)


# ---------------------------------------------------------------------------------------------
# A few lines of PDF reading: objects, streams, ToUnicode maps, shown text.


def pdf_objects(data: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number -> (dictionary text, decoded stream or None)."""
    ints = {int(m.group(1)): int(m.group(2)) for m in re.finditer(rb"(\d+) 0 obj\s*(\d+)\s*endobj", data)}
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    pattern = re.compile(rb"(\d+) 0 obj\b")
    pos = 0
    while (m := pattern.search(data, pos)) is not None:
        number, i = int(m.group(1)), m.end()
        s, e = data.find(b"stream", i), data.find(b"endobj", i)
        if s != -1 and (e == -1 or s < e):
            head = data[i:s]
            start = s + 6 + (2 if data[s + 6:s + 8] == b"\r\n" else 1)
            length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
            n = ints[int(length.group(1))] if length.group(2) else int(length.group(1))
            raw = data[start:start + n]
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            objects[number] = (head, raw)
            pos = start + n
        else:
            objects[number] = (data[i:e], None)
            pos = e
    return objects


def parse_cmap(cmap: bytes) -> dict[int, str]:
    out: dict[int, str] = {}

    def text(hex_: bytes) -> str:
        return bytes.fromhex(hex_.decode()).decode("utf-16-be")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for k, dst in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    out[lo + k] = text(dst)
            else:
                first = int(rest[1:-1], 16)
                for k in range(hi - lo + 1):
                    out[lo + k] = chr(first + k)
    return out


def pdf_pages(objects) -> list[int]:
    return [n for n, (head, _) in objects.items() if re.search(rb"/Type\s*/Page(?![s\w])", head)]


def pdf_text(data: bytes) -> list[str]:
    """The text shown on each page, decoded through the fonts' ToUnicode maps."""
    objects = pdf_objects(data)
    pages = []
    for number in sorted(pdf_pages(objects)):
        head = objects[number][0]
        resources = objects[int(re.search(rb"/Resources\s+(\d+) 0 R", head).group(1))][0]
        fonts = dict(re.findall(rb"/(\w+)\s+(\d+) 0 R", re.search(rb"/Font\s*<<(.*?)>>", resources, re.S).group(1)))
        maps = {}
        for name, ref in fonts.items():
            to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", objects[int(ref)][0])
            maps[name] = parse_cmap(objects[int(to_unicode.group(1))][1])
        stream = objects[int(re.search(rb"/Contents\s+(\d+) 0 R", head).group(1))][1]
        stream = re.sub(rb"/Span << /ActualText <> >> BDC.*?EMC", b"", stream, flags=re.S)  # doubled glyphs
        out, cmap = [], {}
        for m in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj|\bET\b", stream):
            if m.group(1):
                cmap = maps.get(m.group(1), {})
            elif m.group(2):
                hex_ = m.group(2).decode()
                out.extend(cmap.get(int(hex_[k:k + 4], 16), "?") for k in range(0, len(hex_), 4))
            else:
                out.append("\n")
        pages.append("".join(out))
    return pages


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------------------------------------
# HTML and document


def test_html_has_the_plan(qapp, seed_content):
    html = plan_html(make_plan(), seed_content)
    for text in ("职业生涯规划书", "我的新媒体营销之路", "张小明", "电商2301班", "2026-03-01", "新媒体营销",
                 "全媒体运营师", "千人以上的企业", "1500", "网络营销专员", "2028年6月", "已达成(2026-06-20)",
                 "带领三人小组运营账号矩阵。", "未达成"):
        assert text in html, text
    assert '<img src="ladder"' in html


def test_a_tier_the_company_size_does_not_list_is_noted_not_refused(qapp, seed_content):
    plan = make_plan(headcount=300, current_tier=Tier.SUPERVISOR)  # the textbook lists 专员 and 经理
    plan.goals = [TierGoal(Tier.MANAGER, 2030, 1, "做策划"), TierGoal(Tier.DIRECTOR, 2034, 1, "统筹")]
    text = build_document(plan, seed_content).toPlainText()
    assert "此企业规模没有该层级" not in text and "请重新选择" not in text
    assert "专员 → 主管(教材说这类企业一般不设此层级) → 经理 → 总监(教材说这类企业一般不设此层级)" in text
    rows = text[text.index("二、阶段目标"):]
    assert rows.count("(教材说这类企业一般不设此层级)") == 1  # the 总监 goal; 经理 is listed
    assert rows.index("网络营销总监") < rows.index("(教材说这类企业一般不设此层级)") < rows.index("统筹")


def test_goals_come_with_the_labelled_suggestion_and_the_textbook_sentence(qapp, seed_content):
    plan = make_plan(goals=3)  # 专员, 主管, 经理
    text = build_document(plan, seed_content).toPlainText()
    for tier in (Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER):
        assert suggested_focus(tier) in text
    assert suggested_focus(Tier.DIRECTOR) not in text
    sentence = seed_content.node("survey").body[2].text
    assert f"“{sentence}”" in text
    assert "出自:知识拓展:网络营销职业现状调研(第一节 认识网络营销岗位 › 二、岗位认知 › (四)网络营销人员职业规划)" in text
    assert "<a href" not in plan_html(plan, seed_content)


def test_student_without_tier_is_shown_as_student(qapp, seed_content):
    html = plan_html(make_plan(current_tier=None), seed_content)
    assert "在校学生" in html


def test_missing_content_ids_are_noted(qapp, seed_content, tmp_path):
    plan = make_plan(position_id="pos.gone_forever", work_type_id="wt.removed")
    doc = build_document(plan, seed_content)
    text = doc.toPlainText()
    assert "(内容中已没有此项:pos.gone_forever)" in text
    assert "(内容中已没有此项:wt.removed)" in text
    assert export_pdf(plan, seed_content, tmp_path / "gone.pdf") >= 1


def test_user_text_is_escaped_and_loads_nothing(qapp, seed_content):
    plan = make_plan(title=EVIL_TITLE, student_name='<a href="http://evil">x</a>&amp;',
                     class_name="<style>*{color:red}</style>")
    plan.goals[1].actions = '<img src="file:///etc/passwd">第一步\n第二步'
    html = plan_html(plan, seed_content)
    assert escape(EVIL_TITLE) in html
    assert "<script" not in html and "http://x" not in html.replace(escape("http://x"), "")
    assert '<img src="file' not in html and "<style" not in html and "<a href" not in html

    doc = build_document(plan, seed_content)
    text = doc.toPlainText()
    assert EVIL_TITLE in text
    assert '<a href="http://evil">x</a>&amp;' in text
    assert '<img src="file:///etc/passwd">第一步' in text
    images = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    assert images == [LADDER_RESOURCE]
    assert doc.refused == []
    # A refusal is an empty picture, never None: with None, Qt opens a local file by itself.
    for url in ("http://x/y.png", "file:///etc/passwd"):
        refused = doc.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert isinstance(refused, QImage) and refused.size().width() <= 1 and refused.size().height() <= 1
    assert doc.refused == ["http://x/y.png", "file:///etc/passwd"]


def test_document_has_the_ladder_picture(qapp, seed_content):
    doc = build_document(make_plan(), seed_content)
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(LADDER_RESOURCE))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.devicePixelRatio() >= 2  # sharp in print
    assert image.width() / image.devicePixelRatio() <= page_size_units().width()
    highlight = plan_document.print_palette().color(QPalette.ColorRole.Highlight)
    # the current tier (专员) is filled: the highlight colour is in the picture
    sample = image.scaled(image.width() // 4, image.height() // 4)
    assert any(sample.pixelColor(x, y) == highlight for x in range(sample.width()) for y in range(sample.height()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(alphabet=st.characters(blacklist_categories=("C", "Z")), min_size=1, max_size=40))
def test_any_title_shows_literally(qapp, seed_content, title):
    doc = QTextDocument()
    doc.setHtml(plan_html(make_plan(title=title), seed_content))
    assert title in doc.toPlainText()


# ---------------------------------------------------------------------------------------------
# PDF


def test_export_pdf(qapp, seed_content, tmp_path):
    plan = make_plan(3)
    dest = tmp_path / "规划书.pdf"
    pages = export_pdf(plan, seed_content, dest)
    data = dest.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert pages == 2  # three short goals fit on one page with the picture; the teacher's section follows
    objects = pdf_objects(data)
    assert len(pdf_pages(objects)) == pages
    assert b"/FontFile2" in data or b"/FontFile3" in data  # the CJK font is embedded
    assert b"/ToUnicode" in data
    text = squeeze("".join(pdf_text(data)))
    for expected in ("职业生涯规划书", "我的新媒体营销之路", "张小明", "新媒体营销", "网络营销主管", "2031年12月",
                     "第1页,共2页", "三、教师评语", "第2页,共2页"):
        assert expected in text, expected
    # the text layer reads back as ideographs, not look-alike radicals (U+2E80..U+2FDF; see pdf_text)
    assert not re.search(r"[\u2e80-\u2fdf]", text)
    assert sorted(os.listdir(tmp_path)) == ["规划书.pdf"]  # no temporary file left


def test_long_plan_has_several_pages(qapp, seed_content, tmp_path):
    plan = make_plan(12)
    for goal in plan.goals:
        goal.actions = "认真学习网络营销策划与数据分析,积极参加项目实践。" * 6
    dest = tmp_path / "long.pdf"
    pages = export_pdf(plan, seed_content, dest)
    doc = build_document(plan, seed_content)
    size = page_size_units()
    doc.setPageSize(QSizeF(size.width(), size.height() - plan_document.FOOTER_HEIGHT))
    assert pages == doc.pageCount() >= 2
    data = dest.read_bytes()
    assert len(pdf_pages(pdf_objects(data))) == pages
    texts = pdf_text(data)
    assert f"第{pages}页,共{pages}页" in squeeze(texts[-1])


def test_export_overwrites_an_old_file(qapp, seed_content, tmp_path):
    dest = tmp_path / "plan.pdf"
    dest.write_bytes(b"old")
    export_pdf(make_plan(), seed_content, dest)
    assert dest.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("where", ["under_a_file", "missing_folder", "is_a_folder"])
def test_unwritable_destination(qapp, seed_content, tmp_path, where):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    dest = {
        "under_a_file": blocker / "plan.pdf",
        "missing_folder": tmp_path / "no" / "such" / "plan.pdf",
        "is_a_folder": tmp_path / "folder.pdf",
    }[where]
    if where == "is_a_folder":
        dest.mkdir()
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(PlanExportError) as info:
        export_pdf(make_plan(), seed_content, dest)
    message = str(info.value)
    assert "无法保存 PDF 文件" in message and str(dest) in message
    assert re.search(r"[\u4e00-\u9fff]", info.value.reason)
    assert sorted(os.listdir(tmp_path)) == before
    assert not dest.is_file()


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(qapp, seed_content, tmp_path, monkeypatch):
    dest = tmp_path / "plan.pdf"
    dest.write_bytes(b"old plan")

    def full_disk(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)  # inside files.write_bytes_atomic
    with pytest.raises(PlanExportError, match="磁盘空间已满"):
        export_pdf(make_plan(), seed_content, dest)
    assert dest.read_bytes() == b"old plan"
    assert os.listdir(tmp_path) == ["plan.pdf"]


# ---------------------------------------------------------------------------------------------
# The PDF's text is the written text, whatever CJK font drew it

# The CJK fonts .ci/run installs (fonts-noto-cjk, fonts-wqy-microhei). Noto Sans CJK draws radicals
# and ideographs (⽹/网, ⻚/页, ⼾/户), a figure dash and an en dash, a tab and a space with one glyph.
CI_FONTS = ["Noto Sans CJK SC", "WenQuanYi Micro Hei"]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture(params=CI_FONTS)
def document_family(request, qapp, monkeypatch):
    """Documents drawn with one CJK family (chosen through the QFont family of printing)."""
    family = request.param
    if family not in QFontDatabase.families():
        pytest.skip(f"the font {family!r} is not installed (.ci/run installs fonts-noto-cjk and fonts-wqy-microhei)")
    monkeypatch.setattr(printing, "cjk_font_family", lambda: family)
    assert QFont(printing.document_font()).family() == family
    return family


def seed_characters() -> list[str]:
    """Every character other than ASCII and spaces in the texts of the seed (seed/core.json)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.update(ch for ch in value if ord(ch) > 0x7F and not ch.isspace())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(seed_path().read_text(encoding="utf-8")))
    return sorted(found)


def pdftotext_pages(path) -> list[str]:
    """The text of each page in the order it was drawn (``pdftotext -raw``)."""
    result = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout.split("\f")[:-1]


def lines_by_page(doc: QTextDocument) -> list[str]:
    """The document's text, page by page, as laid out for the PDF (one string per page)."""
    height = doc.pageSize().height()
    pages = [""] * doc.pageCount()
    block = doc.begin()
    while block.isValid():
        top = doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            start = line.textStart()
            pages[printing.line_page(top, line, height)] += block.text()[start:start + line.textLength()]
        block = block.next()
    return [page.replace("\ufffc", "") for page in pages]  # the ladder picture


def assert_pdf_text_is_written_text(doc: QTextDocument, path) -> list[str]:
    """pdftotext reads back, page by page, exactly the text drawn there (spacing aside); returns it.

    The table of goals repeats its header row at the top of each page it continues on."""
    expected = lines_by_page(doc)
    pages = pdftotext_pages(path)
    assert len(pages) == len(expected)
    labels = ("层级", "目标时间", "行动计划", "达成情况")
    header = squeeze("".join(printing.translate("PlanDocument", label) for label in labels))
    for number, (text, drawn) in enumerate(zip(pages, expected, strict=True)):
        text, drawn = squeeze(text), squeeze(drawn) + squeeze(printing.page_footer(number, len(pages)))
        if number and text.startswith(header) and not drawn.startswith(header):
            text = text[len(header):]
        assert text == drawn, f"page {number + 1}"
    return pages


@needs_poppler
def test_pdf_text_is_the_written_text_for_every_seed_character(seed_content, tmp_path, document_family):
    """A plan whose goals hold every character the seed uses reads back as written, with each CJK
    font CI installs: 网络营销, 目标, 第3页, 账户, – (not ⽹络营销, ⽬标, 第3⻚, 账⼾, ‒)."""
    chars = seed_characters()
    assert len(chars) > 400 and {"网", "目", "页", "户", "–"} <= set(chars)
    plan = make_plan(4)
    plan.goals = [copy.copy(goal) for goal in plan.goals]
    share = -(-len(chars) // len(plan.goals))
    for number, goal in enumerate(plan.goals):
        part = chars[number * share:(number + 1) * share]
        goal.actions = "\n".join("".join(part[i:i + 20]) for i in range(0, len(part), 20))
    doc = build_document(plan, seed_content)
    data, pages = printing.document_pdf(doc, plan.title)
    dest = tmp_path / "plan.pdf"
    dest.write_bytes(data)

    fonts = re.findall(rb"/BaseFont\s*/([\w+-]+)", data)
    assert any(document_family.replace(" ", "").lower().encode() in name.lower() for name in fonts), fonts
    text = "".join(assert_pdf_text_is_written_text(doc, dest))
    assert set(chars) <= set(text)
    assert not re.search(r"[\u2e80-\u2fdf\u31c0-\u31ef]", text)
    assert export_pdf(plan, seed_content, tmp_path / "same.pdf") == pages


@needs_poppler
@pytest.mark.parametrize("goals", [1, 2, 3, 4])
def test_a_plan_reads_back_as_written_on_every_page(seed_content, tmp_path, document_family, goals):
    """An ordinary plan: the textbook quote after the goals ran over the page break with Noto Sans
    CJK and its first line was read again at the top of page 2."""
    plan = make_plan(goals)
    doc = build_document(plan, seed_content)
    data, _pages = printing.document_pdf(doc, plan.title)
    dest = tmp_path / "plan.pdf"
    dest.write_bytes(data)
    pages = assert_pdf_text_is_written_text(doc, dest)
    lines = [squeeze(line) for page in pages for line in page.splitlines() if squeeze(line)]
    repeated = {line for line in lines if lines.count(line) > 1 and len(line) > 12}
    assert not repeated, repeated


def numbered_plan(goals: int, items: int) -> CareerPlan:
    plan = make_plan(goals)
    plan.goals = [copy.copy(goal) for goal in plan.goals]
    for number, goal in enumerate(plan.goals):
        goal.actions = "\n".join(f"{i}. 每周完成{number}-{i}项网络营销练习,记录数据分析结果。"
                                 for i in range(1, items + 1))
    return plan


@needs_poppler
@pytest.mark.parametrize("goals, items", [(4, 3), (9, 3), (12, 8)])
def test_no_line_is_read_twice_at_a_page_break(seed_content, tmp_path, document_family, goals, items):
    """A goal whose actions run over a page break: every numbered line is in the PDF's text once
    (Qt used to leave the last line of a page, hidden by the clip, at the top of the next one)."""
    plan = numbered_plan(goals, items)
    dest = tmp_path / "long.pdf"
    doc = build_document(plan, seed_content)
    dest.write_bytes(printing.document_pdf(doc, plan.title)[0])
    pages = assert_pdf_text_is_written_text(doc, dest)
    assert len(pages) >= 2
    text = squeeze("".join(pages))
    for number in range(goals):
        for i in range(1, items + 1):
            assert text.count(f"{i}.每周完成{number}-{i}项网络营销练习") == 1, (number, i)


def test_paragraphs_cut_by_a_page_break_are_split_there(qapp):
    doc = QTextDocument()
    doc.setDefaultFont(printing.document_font())
    doc.setPlainText("\n".join(f"第{i}段:" + "网络营销岗位学习助手帮助学生制定职业生涯规划。" * 8 for i in range(30)))
    doc.setPageSize(printing.body_size())
    before = doc.toPlainText()
    splits = printing.split_blocks_at_page_breaks(doc)
    assert splits >= 1
    assert doc.pageCount() >= 2
    assert doc.toPlainText().replace("\n", "") == before.replace("\n", "")
    height = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():  # every paragraph now lies on one page
        top = doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        assert len({int((top + layout.lineAt(i).y()) // height) for i in range(layout.lineCount())}) == 1
        block = block.next()
    assert printing.split_blocks_at_page_breaks(doc) == 0  # nothing left to split


# ---------------------------------------------------------------------------------------------
# Print preview


def test_print_preview_opens_without_blocking(qtbot, seed_content, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    plan = make_plan(12)
    for goal in plan.goals:
        goal.actions = "认真学习网络营销策划与数据分析,积极参加项目实践。" * 6
    expected = export_pdf(plan, seed_content, tmp_path / "p.pdf")

    dialog = print_plan(plan, seed_content, parent)
    assert dialog.objectName() == "planPrintPreview"
    assert dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == expected)
    # it cleans up after itself (deleteLater on close; not awaited here: once any test has run and
    # ended QApplication.exec(), Qt no longer performs deferred deletes in this process)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialog.parent() is parent
    dialog.close()
    assert not dialog.isVisible()


def test_print_preview_fills_the_screen_with_whole_page_widths_and_print_in_sight(qtbot, seed_content):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = print_plan(make_plan(12), seed_content, parent)
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.width() >= 0.8 * available.width() and dialog.height() >= 0.8 * available.height()
    assert available.contains(dialog.geometry())
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    toolbar = dialog.findChild(QToolBar)
    fit_text = QCoreApplication.translate("QPrintPreviewDialog", "Fit width")
    fit_width = next(action for action in toolbar.actions() if action.text() == fit_text)
    assert fit_width.isChecked()
    print_action = toolbar.actions()[0]
    assert print_action.objectName() == "printAction"
    assert print_action.text() == QCoreApplication.translate("QPrintPreviewDialog", "Print")
    button = toolbar.widgetForAction(print_action)
    qtbot.waitUntil(button.isVisible)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon  # "打印", not just an icon
    assert toolbar.rect().contains(button.geometry())  # not behind the overflow arrow
    dialog.resize(480, 400)  # even a narrow preview (a large zoom) keeps it: it comes first
    qtbot.waitUntil(lambda: toolbar.width() <= 480)
    assert button.isVisible() and toolbar.rect().contains(button.geometry())
    assert not toolbar.widgetForAction(toolbar.actions()[-1]).isVisible()  # the overflow is real
    dialog.close()


# ---------------------------------------------------------------------------------------------
# The teacher's section


@needs_poppler
@pytest.mark.parametrize("comment", ["", "规划清楚,目标时间合理。\n建议把每一级要学的东西写得更具体。"],
                         ids=["blank", "with a comment"])
def test_the_plan_ends_with_the_teachers_comment_signature_and_date(seed_content, tmp_path, comment):
    plan = make_plan(3, teacher_comment=comment, teacher_grade="good" if comment else "")
    dest = tmp_path / "plan.pdf"
    export_pdf(plan, seed_content, dest)
    text = squeeze("".join(pdftotext_pages(dest)))
    section = text[text.index("三、教师评语"):]
    assert "教师签名" in section and "日期" in section
    assert "行动计划" not in section and "带领三人小组" not in section  # it comes after the plan
    if comment:
        assert squeeze(comment) in section and "等级良好" in section and "□" not in section
    else:
        assert "等级□优秀□良好□合格□需修改" in section  # boxes to tick, lines to write on
    doc = build_document(plan, seed_content)
    last_table_rows = doc.toPlainText().split("三、教师评语")[1]
    blank_lines = [line for line in last_table_rows.split("\n") if not line.strip()]
    assert len(blank_lines) >= (5 if not comment else 1)


def test_the_print_preview_prints_the_teachers_section(qtbot, seed_content):
    parent = QWidget()
    qtbot.addWidget(parent)
    plan = make_plan(2, teacher_comment="很好的规划。", teacher_grade="excellent")
    dialog = print_plan(plan, seed_content, parent)
    (doc,) = [d for d in dialog.findChildren(QTextDocument) if "职业生涯规划书" in d.toPlainText()]
    text = doc.toPlainText()
    assert text.index("三、教师评语") > text.index("二、阶段目标")
    assert "很好的规划。" in text and "优秀" in text and "教师签名" in text
    dialog.close()


def test_the_class_view_shows_the_plan_without_an_empty_comment_section(seed_content):
    html = plan_html(make_plan(2), seed_content, feedback=False)
    assert "教师评语" not in html and "教师评语" in plan_html(make_plan(2), seed_content)
