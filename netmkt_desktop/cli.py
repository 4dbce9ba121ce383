"""Command-line tools that need no window: checking a content file, a class summary (pure Python, no Qt).

``netmkt-desktop --validate-content FILE`` calls :func:`validate_content_command`;
``netmkt-desktop --class-summary FOLDER [--csv OUT.csv]`` calls :func:`class_summary_command`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from netmkt_desktop.content import Content, NodeKind, Origin, OutlineItem, load_content, seed_path
from netmkt_desktop.errors import ContentError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.packs import CORE_PACK_ID, check_collisions, check_pack_id
from netmkt_desktop.render import KIND_LABELS
from netmkt_desktop.validation import printable

EXIT_OK = 0
EXIT_INVALID = 2
ORIGIN_NAMES = {Origin.TEXTBOOK: N_("cli", "教材原文"), Origin.EDITORIAL: N_("cli", "编者所写"),
                Origin.EXTENSION: N_("cli", "教材以外的资料")}


def _outline_size(roots: list[OutlineItem]) -> tuple[int, int, int]:
    """Top-level entries, all entries, deepest level (1 = top level only)."""
    entries = depth = 0
    stack = [(root, 1) for root in roots]
    while stack:
        item, level = stack.pop()
        entries += 1
        depth = max(depth, level)
        stack.extend((child, level + 1) for child in item.children)
    return len(roots), entries, depth


def format_summary(content: Content, path: str) -> str:
    """What ``--validate-content`` prints for a good file; every text from the file made printable
    (no terminal escapes, no direction changes: :func:`~netmkt_desktop.validation.printable`)."""
    pack = content.packs[0]
    lines = [
        translate("cli", "检查通过:{path}").format(path=printable(path)),
        translate("cli", "  包名称:{name}").format(name=printable(pack.name)),
        translate("cli", "  包 id:{id}").format(id=printable(pack.id)),
        translate("cli", "  版本:{version}").format(version=printable(pack.version)),
        translate("cli", "  语言:{language}").format(language=printable(pack.language)),
    ]
    if pack.description:
        lines.append(translate("cli", "  简介:{description}").format(description=printable(pack.description)))
    lines.append(translate("cli", "  节点:共 {n} 个").format(n=len(content.nodes)))
    counts = {kind: 0 for kind in NodeKind}
    for node in content.nodes.values():
        counts[node.kind] += 1
    lines += [f"    {translate('core', KIND_LABELS[kind])}({kind.value}):{n}" for kind, n in counts.items() if n]
    origins = {origin: 0 for origin in Origin}
    for node in content.nodes.values():
        origins[node.origin] += 1
    lines.append(translate("cli", "  文字来源:") + translate("cli", ";").join(
        translate("cli", "{name}({code}){n} 个节点").format(name=translate("cli", ORIGIN_NAMES[o]), code=o.value, n=n)
        for o, n in origins.items() if n))
    outlines = ((translate("cli", "教材目录(textbook)"), content.textbook),
                (translate("cli", "主题目录(topics)"), content.topics))
    for label, outline in outlines:
        roots, entries, depth = _outline_size(outline)
        if entries:
            lines.append(translate("cli", "  {outline}:{roots} 个顶层条目,共 {entries} 个条目,最深 {depth} 层").format(
                outline=label, roots=roots, entries=entries, depth=depth))
        else:
            lines.append(translate("cli", "  {outline}:无").format(outline=label))
    if pack.id == CORE_PACK_ID:
        lines.append(translate("cli", "  说明:包 id 为“core”,这是内置内容文件,不能作为内容包导入。"))
    else:
        lines.append(translate("cli", "  节点 id 与内置内容没有重复,可以在软件中导入这个内容包。"))
    return "\n".join(lines)


def format_error(exc: ContentError) -> str:
    return "\n".join([
        translate("cli", "内容文件有错误,不能使用:"),
        translate("cli", "  文件:{file}").format(file=printable(exc.file)),
        translate("cli", "  位置:{place}").format(place=printable(exc.place) or translate("cli", "(整个文件)")),
        translate("cli", "  原因:{reason}").format(reason=printable(exc.reason)),
    ])


def validate_content_command(path: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Check one content file completely; print a summary (exit 0) or the error (exit 2).

    A pack's node ids are also checked against the shipped core content; a file whose pack id is
    ``core`` (the built-in content itself) is only checked on its own.  Whatever the file holds,
    the answer is a message, never a traceback (a MemoryError or RecursionError included).
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    for stream in (out, err):  # a console in a legacy code page must not stop the run on a rare character
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    path = os.fspath(path)
    try:
        content = load_content(path)
        if content.packs[0].id != CORE_PACK_ID:
            check_pack_id(content.packs[0], path)
            check_collisions(content, [load_content(seed_path())], file=path)
        summary = format_summary(content, path)
    except ContentError as exc:
        print(format_error(exc), file=err)
        return EXIT_INVALID
    except MemoryError:
        print(format_error(ContentError(path, "", translate("cli", "内存不足,无法检查这个文件。"))), file=err)
        return EXIT_INVALID
    except Exception as exc:  # noqa: BLE001 - a teacher's file must never end in a traceback
        reason = translate("cli", "检查时出错({error}),文件不能使用。").format(error=type(exc).__name__)
        print(format_error(ContentError(path, "", reason)), file=err)
        return EXIT_INVALID
    print(summary, file=out)
    return EXIT_OK


def class_summary_command(folder: str, csv_path: str | None = None, out: TextIO | None = None,
                          err: TextIO | None = None) -> int:
    """Write the class summary of ``folder`` as CSV (UTF-8 with BOM) to ``csv_path``, or to ``out``
    without a BOM when no path is given. Files that cannot be used are named on ``err`` with the
    reason and skipped. Exit 0; 2 when the folder cannot be read or the CSV cannot be written."""
    from netmkt_desktop.class_summary import ClassFolderError, csv_bytes, default_order, summarize_folder

    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    for stream in (out, err):  # a console in a legacy code page must not stop the run on a rare character
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        summary = summarize_folder(folder)
    except ClassFolderError as exc:
        print(str(exc), file=err)
        return EXIT_INVALID
    try:
        content = load_content(seed_path())
    except ContentError:
        content = None  # position ids instead of titles; the table is still right
    for problem in summary.problems:
        print(f"跳过 {printable(problem.name)}:{printable(problem.reason)}", file=err)
    if summary.truncated:
        print("文件夹中的文件太多,只读取了一部分。", file=err)
    rows = default_order(summary.current)
    data = csv_bytes(rows, content)
    if csv_path:
        from netmkt_desktop.files import write_bytes_atomic

        try:
            write_bytes_atomic(Path(csv_path), data, mode=0o644 if os.name == "posix" else None)
        except OSError as exc:
            print(f"无法写入 CSV 文件:{printable(str(csv_path))}\n原因:{exc.strerror or exc}", file=err)
            return EXIT_INVALID
    else:
        out.write(data.decode("utf-8-sig"))
        out.flush()
    replaced = len(summary.replaced)
    print(f"{len(rows)} 名学生" + (f",{replaced} 个文件已被替换" if replaced else "")
          + (f",{len(summary.problems)} 个文件无法使用" if summary.problems else "")
          + (f":{printable(str(csv_path))}" if csv_path else ""), file=err)
    return EXIT_OK
