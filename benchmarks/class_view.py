"""Class view benchmark: a folder of 300 hand-in files into the 班级汇总 window, sorting, CSV export.

    uv run python benchmarks/class_view.py [-n 300] [--runs 5] [--keep FOLDER]

Generates ``-n`` hand-in files (about a tenth of the students hand in twice, spread over three class
sub-folders, with progress and quiz scores), then measures, offscreen, medians over ``--runs``:

* open: from calling ``ClassView.open_folder`` to the window's table, charts and problem list
  being filled and laid out (every file read and checked, the table model built, events processed);
* sort: one click on a column header until the sorted rows are painted, for every column in turn
  (the figure is the slowest column);
* csv: the visible table as CSV bytes and written to a file.

Targets (issue: the teacher's class): open ≤ 1 s, sort ≤ 50 ms, CSV ≤ 200 ms. ``--keep FOLDER``
writes the generated files there and keeps them (for screenshots).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def make_class_folder(folder: Path, count: int = 300, seed: int = 18) -> int:
    """Write ``count`` hand-in files into three class sub-folders of ``folder``; returns the students."""
    from netmkt_desktop.content import load_content, seed_path
    from netmkt_desktop.handin import (
        QuizScore,
        QuizSummary,
        StudentDetails,
        build_handin,
        handin_file_name,
        new_plan_id,
        progress_summary,
    )
    from netmkt_desktop.plans import CareerPlan, TierGoal, allowed_goal_tiers

    rng = random.Random(seed)
    content = load_content(seed_path())
    positions = [n.id for n in content.of_kind("position")]
    nodes = [n.id for n in content.reading_order]
    classes = ["电商2301班", "电商2302班", "新媒体2301班"]
    students = []
    written = 0
    start = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
    while written < count:
        number = len(students) + 1
        class_name = classes[number % len(classes)]
        details = StudentDetails(class_name, f"2023{number:04d}", rng.choice(SURNAMES) + rng.choice(GIVEN)
                                 + rng.choice(["", rng.choice(GIVEN)]))
        headcount = rng.choice([1500, 800, 200, 50])
        plan = CareerPlan(title=f"{details.student_name}的职业生涯规划", position_id=rng.choice(positions),
                          headcount=headcount, little_business=rng.random() < 0.1,
                          middle_tier=None, content_version=content.packs[0].version)
        year = 2027 + rng.randrange(3)
        goals = []
        for tier in allowed_goal_tiers(plan):
            year += rng.randrange(1, 4)
            goals.append(TierGoal(tier, year, rng.randrange(1, 13), "学习并实践岗位职责。",
                                  date(2027, 6, 30) if rng.random() < 0.1 else None))
        plan.goals = goals[: rng.randrange(1, len(goals) + 1)]
        plan_id = new_plan_id()
        progress = progress_summary(content, rng.sample(nodes, rng.randrange(len(nodes))))
        total = 10
        quiz = QuizSummary(QuizScore(rng.randrange(5, 11), total), QuizScore(rng.randrange(0, 11), total), 3)
        sub = folder / class_name
        sub.mkdir(parents=True, exist_ok=True)
        times = 2 if rng.random() < 0.1 and written + 2 <= count else 1
        for version in range(1, times + 1):
            name = handin_file_name(details) if version == times else f"旧_{handin_file_name(details)}"
            when = start + timedelta(minutes=number * 7 + version * 60)
            (sub / name).write_bytes(build_handin(plan, details, plan_id, version, progress=progress, quiz=quiz,
                                                  handed_in_at=when))
            written += 1
        students.append(details)
    return len(students)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FOLDER")
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from netmkt_desktop.class_summary import csv_bytes
    from netmkt_desktop.content import load_content, seed_path
    from netmkt_desktop.files import write_bytes_atomic
    from netmkt_desktop.ui.class_view import COLUMNS, ClassView
    from netmkt_desktop.ui.i18n import translate_core

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "班级"
    folder.mkdir(parents=True, exist_ok=True)
    students = make_class_folder(folder, args.n)
    files = sum(1 for _ in folder.rglob("*.json"))
    content = load_content(seed_path())
    view = ClassView(content)
    view.show()
    app.processEvents()

    opens, sorts, csvs = [], [], []
    out = Path(tempfile.mkdtemp()) / "班级.csv"
    for _run in range(args.runs):
        start = time.perf_counter()
        view.open_folder(folder)
        app.processEvents()
        view.repaint()
        opens.append(time.perf_counter() - start)
        assert view.proxy.rowCount() == students, (view.proxy.rowCount(), students)

        header = view.table.horizontalHeader()
        slowest = 0.0
        for column in range(len(COLUMNS)):
            view.table.scrollTo(view.proxy.index(0, column))
            app.processEvents()
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            before = view.proxy.mapToSource(view.proxy.index(0, 0)).row(), header.sortIndicatorSection()
            start = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(x, header.height() // 2))
            app.processEvents()
            view.table.viewport().repaint()  # the sorted rows painted
            slowest = max(slowest, time.perf_counter() - start)
            assert header.sortIndicatorSection() == column, (before, header.sortIndicatorSection(), column)
        sorts.append(slowest)

        start = time.perf_counter()
        write_bytes_atomic(out, csv_bytes(view.proxy.visible_entries(), content, translate_core))
        csvs.append(time.perf_counter() - start)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.1f} ms (max {max(values) * 1000:.1f})"

    print(f"files: {files} hand-in files, {students} students, {len(view.summary.replaced)} replaced")
    print(f"open into view: {ms(opens)}   target ≤ 1000 ms")
    print(f"sort (slowest column per run): {ms(sorts)}   target ≤ 50 ms")
    print(f"CSV export: {ms(csvs)}   target ≤ 200 ms")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
