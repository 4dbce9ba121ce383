"""PDF export benchmark: the 职业生涯规划书 of a short and a long plan, with each installed CJK font.

Prints, per font and plan, the median seconds of a whole export (document, pages, PDF, text layer)
and of its text-layer step alone (ui.printing.drawn_as + pdf_text.fix_text_layer), the page count
and the file size.  The first export with a font also reads the font's character map once (kept
for the rest of the run); it is printed apart as "first".

    python3 benchmarks/pdf_export.py [-n 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from netmkt_desktop import pdf_text  # noqa: E402
from netmkt_desktop.content import load_content, seed_path  # noqa: E402
from netmkt_desktop.plans import CareerPlan, TierGoal  # noqa: E402
from netmkt_desktop.tiers import Tier  # noqa: E402
from netmkt_desktop.ui import plan_document, printing  # noqa: E402

FONTS = ("Noto Sans CJK SC", "WenQuanYi Micro Hei")


def plan(goals: int) -> CareerPlan:
    tiers = [Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR]
    return CareerPlan(
        title="我的新媒体营销之路", position_id="pos.new_media_marketing", headcount=1500,
        current_tier=Tier.SPECIALIST, student_name="张小明", class_name="电商2301班",
        goals=[TierGoal(tiers[i % 4], 2026 + 2 * i, 6,
                        "\n".join(f"{k}. 每周完成网络营销练习,记录数据分析结果,复盘目标与账户运营。" for k in range(1, 7)),
                        achieved_on=date(2026, 6, 20) if i == 0 else None) for i in range(goals)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=7, help="exports per font and plan (default 7)")
    args = parser.parse_args()
    QApplication([])
    content = load_content(seed_path())
    fixing = []
    original = pdf_text.fix_text_layer
    original_drawn_as = printing.drawn_as

    def timed_drawn_as(*a, **k):
        start = time.perf_counter()
        result = original_drawn_as(*a, **k)
        fixing.append(time.perf_counter() - start)
        return result

    def timed_fix(*a, **k):
        start = time.perf_counter()
        result = original(*a, **k)
        fixing[-1] += time.perf_counter() - start
        return result

    printing.drawn_as, printing.fix_text_layer = timed_drawn_as, timed_fix
    installed = set(QFontDatabase.families())
    for family in FONTS:
        if family not in installed:
            print(f"{family}: not installed")
            continue
        printing.cjk_font_family = lambda family=family: family
        printing._glyph_names_cache.clear()
        for name, goals in (("short plan", 3), ("long plan", 12)):
            times = []
            fixing.clear()
            for _ in range(args.n + 1):
                start = time.perf_counter()
                data, pages = plan_document.pdf_bytes(plan(goals), content)
                times.append(time.perf_counter() - start)
            print(f"{family}, {name}: {pages} pages, {len(data) / 1024:.0f} KiB; export median "
                  f"{statistics.median(times[1:]):.3f} s (first {times[0]:.3f} s); text layer median "
                  f"{statistics.median(fixing[1:]):.3f} s (first {fixing[0]:.3f} s)")


if __name__ == "__main__":
    main()
