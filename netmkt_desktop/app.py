"""Start-up: options, the data folder, the content, the main window; personal data after the first paint."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from netmkt_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from netmkt_desktop import plain_import  # before PySide6: it keeps Python's own import (see the module)

ENV_EXIT_AFTER_FIRST_PAINT = "NETMKT_EXIT_AFTER_FIRST_PAINT"
NOTICE_SECONDS = 6  # the "already running" box of a second start closes by itself


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=f"{APP_DISPLAY_NAME}:离线学习“认识网络营销岗位”,制订个人职业生涯规划。",
        epilog="个人数据默认保存在本机用户数据文件夹;也可用 --data-dir 或环境变量 NETMKT_DATA_DIR 指定(例如U盘上的文件夹)。",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="个人数据文件夹(规划、设置都保存在这里)")
    parser.add_argument("--validate-content", metavar="FILE",
                        help="检查一个内容包文件后退出(不打开窗口):有错误时列出错误并返回 2")
    parser.add_argument("--class-summary", metavar="FOLDER",
                        help="把文件夹(及其下一层子文件夹)中的交作业文件汇总成班级表格后退出(不打开窗口);"
                             "无法使用的文件列在标准错误输出中;文件夹无法读取时返回 2")
    parser.add_argument("--csv", metavar="OUT.csv",
                        help="与 --class-summary 一起用:把表格写入这个 CSV 文件(UTF-8,Excel/WPS 可直接打开);"
                             "不指定时写到标准输出")
    parser.add_argument("--lang", choices=("zh_CN", "en"),
                        help="界面语言:zh_CN(中文,默认)或 en(英文);不指定时,英文系统用 en,其他一律用中文")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None, on_window: Callable[[object], None] | None = None) -> int:
    """Run the app; return the exit code of the event loop (2 when it cannot start).

    ``on_window`` is called with the main window once it is made, before it is shown: a tool that
    measures the real start-up (benchmarks/memory.py) connects to its signals there, e.g.
    ``window.session.opened`` (the personal data is open)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args, qt_args = build_parser().parse_known_args(argv)
    except SystemExit as exc:  # --help, --version, or a wrong option (argparse printed it)
        return int(exc.code or 0)
    if args.validate_content:
        from netmkt_desktop.cli import validate_content_command

        translator = _speak_language(args.lang)  # noqa: F841 - kept while the command runs
        return validate_content_command(args.validate_content)
    if args.class_summary:
        from netmkt_desktop.cli import class_summary_command

        return class_summary_command(args.class_summary, args.csv)
    if args.csv:
        build_parser().print_usage(sys.stderr)
        print(f"{APP_NAME}: --csv 只能与 --class-summary 一起使用", file=sys.stderr)
        return 2

    from netmkt_desktop.files import use_private_umask

    use_private_umask()  # POSIX: everything the app creates is its user's only (0600/0700)
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    plain_import.use_plain_imports()  # no source text kept for each module imported from here on
    from netmkt_desktop.ui.theme import STYLE_NAME

    # Fusion from the start, set by Qt itself (last, so it wins over a -style of the user's: the app
    # uses Fusion anyway): a QStyle handled in Python costs ~10 ms of set-up, which waits until
    # after the first paint (MainWindow.install_outline_style).
    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else APP_NAME, *qt_args, "-style", STYLE_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from netmkt_desktop.ui.i18n import choose_language, install_translators, translate

    install_translators(app, choose_language(args.lang))  # ours and Qt's (standard buttons), the app's name
    from netmkt_desktop.ui.app_icon import install_app_icon

    install_app_icon(app)  # window/taskbar icon from resources/icons

    from netmkt_desktop.content import load_content, seed_path
    from netmkt_desktop.errors import ContentError, DataDirError, ErrorCode
    from netmkt_desktop.paths import DataFolder, ensure_writable, resolve_data_dir
    from netmkt_desktop.ui import dialogs

    location = resolve_data_dir(args.data_dir)
    try:
        data_dir = ensure_writable(location.path)
    except DataDirError as exc:
        if exc.code not in (ErrorCode.READ_ONLY, ErrorCode.NO_PERMISSION) or not location.path.is_dir():
            dialogs.show_error(None, translate("App", "无法使用数据文件夹"), str(exc))
            return 2
        # A write-protected stick or a locked-down lab folder: the student still browses, quizzes
        # and searches; after the first paint the window says why nothing is saved (read-only mode).
        data_dir = location.path
    from netmkt_desktop.single_instance import SingleInstance, SingleInstanceError

    instance = SingleInstance()
    try:
        first = instance.acquire(data_dir, listen=False)
    except SingleInstanceError:
        first = True  # the folder cannot hold a lock (e.g. some network drives): run anyway
    if not first:
        if _hand_over(instance, data_dir):
            message = translate("App", "已有一个窗口在使用这个数据文件夹,已把它切换到前面。")
            print(message, flush=True)
            # Started from the desktop, a student sees no terminal: a short box says it, then this start ends.
            quick = os.environ.get(ENV_EXIT_AFTER_FIRST_PAINT) == "1"
            dialogs.show_notice(None, translate("App", "程序已在运行"), f"{message}\n\n{data_dir}", seconds=0 if quick else NOTICE_SECONDS)
            return 0
        dialogs.show_error(None, translate("App", "程序已在运行"), translate(
            "App", "另一个窗口正在使用这个数据文件夹:\n{folder}\n\n请切换到那个窗口,或用 --data-dir 选择别的文件夹。").format(
            folder=data_dir))
        return 2
    try:
        content = load_content(seed_path())
    except ContentError as exc:
        dialogs.show_error(None, translate("App", "内容文件有错误"),
                           translate("App", "内容文件无法使用,程序不能启动。\n\n{reason}").format(reason=exc))
        instance.release()
        return 2

    from netmkt_desktop.ui.main_window import MainWindow

    settings = QSettings(str(DataFolder(data_dir).settings), QSettings.Format.IniFormat)
    # File dialogs open beside a portable data folder (a USB stick), else in Documents.
    dialogs.configure_file_dialogs(data_dir.parent if location.origin != "default" else None, settings)
    window = MainWindow(content, settings, outline_style_later=True)
    exit_after_paint = os.environ.get(ENV_EXIT_AFTER_FIRST_PAINT) == "1"

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)  # once: only the first paint counts
                if exit_after_paint:
                    print(f"first_paint_epoch={time.time():.6f}", flush=True)
                    QTimer.singleShot(0, app.quit)
                else:
                    QTimer.singleShot(0, window.install_outline_style)
                    QTimer.singleShot(0, instance.start_listening)
                    QTimer.singleShot(0, lambda: open_personal_data(window, data_dir))
            return False

    if on_window is not None:
        on_window(window)
    instance.activation_requested.connect(window.bring_to_front)
    window.first_paint_widget().installEventFilter(FirstPaint(window))
    app.aboutToQuit.connect(window.save_state)
    window.show()
    code = app.exec()
    app.aboutToQuit.disconnect(window.save_state)
    window.close()
    if window.session.store is not None:
        window.backups.backup_if_due(every_minutes=0)
    window.session.close()
    window.deleteLater()
    instance.release()
    return code


def _speak_language(option: str | None):
    """The command line's messages in the interface language (``--lang``, else the system's):
    Qt's translator on a QCoreApplication (no window, no GUI library); returns what must stay alive."""
    from PySide6.QtCore import QCoreApplication

    from netmkt_desktop.ui.i18n import choose_language, install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else APP_NAME])
    return app, install_translators(app, choose_language(option))


def _hand_over(instance, data_dir: Path, attempts: int = 20) -> bool:
    """Ask the running window to come to the front (it listens from its first paint on)."""
    for _ in range(attempts):
        if instance.notify_running(data_dir):
            return True
        time.sleep(0.15)
    return False


def open_personal_data(window, data_dir: Path) -> None:
    """Open the personal data after the first paint (see :meth:`netmkt_desktop.ui.session.Session.open_folder`)."""
    window.session.open_folder(data_dir)
