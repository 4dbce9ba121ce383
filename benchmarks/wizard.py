"""Plan wizard benchmark: open-to-visible and Finish-to-saved, medians over 20 runs.

    python3 benchmarks/wizard.py [-n 20]

Runs offscreen with a real personal database in a temporary folder. "Open" is the time from the
新建职业规划 action to the wizard being shown (its first page laid out); "Finish" is the time from
pressing 完成 to the plan being committed to the database (one transaction).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from netmkt_desktop.content import load_content, seed_path
    from netmkt_desktop.storage.store import Store
    from netmkt_desktop.ui import dialogs
    from netmkt_desktop.ui.main_window import MainWindow

    dialogs.confirm = lambda *a: True
    folder = Path(tempfile.mkdtemp())
    store = Store.open(folder / "data")
    window = MainWindow(load_content(seed_path()), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.session.attach_store(store)
    window.show()
    app.processEvents()
    opens, finishes = [], []
    for run in range(args.n + 1):
        start = time.perf_counter()
        window.action_new_plan.trigger()
        wizard = window.plan_wizard
        app.processEvents()
        opened = time.perf_counter() - start
        wizard.intro_page.title_edit.setText(f"规划 {run}")
        combo = wizard.position_page.position_combo
        wizard.next()
        combo.setCurrentIndex(1)
        for _ in range(4):
            wizard.next()
        app.processEvents()
        saved_before = len(store.profile(window.session.profile_id).plans.all())
        start = time.perf_counter()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        finished = time.perf_counter() - start
        assert len(store.profile(window.session.profile_id).plans.all()) == saved_before + 1
        app.processEvents()
        if run:  # the first run imports the wizard's modules
            opens.append(opened)
            finishes.append(finished)
    print(f"runs: {args.n}")
    print(f"wizard open-to-visible: median {statistics.median(opens) * 1000:.1f} ms (max {max(opens) * 1000:.1f}; target <= 100)")
    print(f"Finish-to-saved:        median {statistics.median(finishes) * 1000:.1f} ms (max {max(finishes) * 1000:.1f}; target <= 20)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
