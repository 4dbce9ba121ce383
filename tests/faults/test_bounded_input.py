"""Files that are not what they claim: every import reads a regular file, with a cap, and says why not.

导入我的数据, 导入规划, 导入内容包 and ``--validate-content`` are given a pipe nobody writes to, the
endless ``/dev/zero``, a folder and a sparse file far over the limit.  Each answers with a clear
message at once, reads nothing whole and changes nothing.  While a test runs the process may use at
most 1 GB more memory and must answer within 20 s: the code before read a pipe until a writer came
(forever) and a device until memory ran out.  Packs are bounded too: in places after the
``{"ref"}`` entries unfold, depth, characters of a text and JSON values; a Hypothesis test over pack
shapes checks that loading stays within time and memory whatever the shape.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from netmkt_desktop.cli import validate_content_command
from netmkt_desktop.content import load_content, seed_path
from netmkt_desktop.errors import ContentError
from netmkt_desktop.packs import PackLibrary
from netmkt_desktop.ui import dialogs
from netmkt_desktop.ui.main_window import MainWindow
from netmkt_desktop.validation import (
    CONTENT_FILE_MAX_BYTES,
    CONTENT_MAX_DEPTH,
    CONTENT_MAX_JSON_VALUES,
    CONTENT_MAX_OUTLINE_ITEMS,
    CONTENT_TEXT_LIMIT,
    PROFILE_FILE_MAX_BYTES,
)

REPO = Path(__file__).resolve().parents[2]
EXTRA_MEMORY = 1024 * 1024 * 1024
ANSWER_WITHIN = 20  # seconds

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pipes, /dev/zero and memory limits of POSIX")


@contextlib.contextmanager
def bounded(seconds: int = ANSWER_WITHIN, extra: int = EXTRA_MEMORY):
    """The code under test gets ``extra`` bytes more address space and ``seconds`` to answer:
    an endless read ends in MemoryError, a blocked open in TimeoutError (not a hung test run)."""
    with open("/proc/self/statm") as f:
        used = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + extra if hard == resource.RLIM_INFINITY else min(hard, used + extra)

    def too_slow(_signum, _frame):
        raise TimeoutError(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(params=["fifo", "dev_zero", "folder", "huge"])
def bad_file(request, tmp_path) -> tuple[str, Path, str]:
    """(kind, path, words the message must contain)."""
    kind = request.param
    if kind == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
        return kind, path, "不是一个普通文件"
    if kind == "dev_zero":
        path = tmp_path / "zero.json"
        path.symlink_to("/dev/zero")
        return kind, path, "不是一个普通文件"
    if kind == "folder":
        path = tmp_path / "folder.json"
        path.mkdir()
        return kind, path, "不是一个普通文件"
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(CONTENT_FILE_MAX_BYTES * 4)  # sparse: huge to the reader, nothing on disk
    return kind, path, "文件太大"


@pytest.fixture
def window(qtbot, content, tmp_path, monkeypatch):
    shown = {"errors": [], "infos": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown["infos"].append((title, text)))
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    win = MainWindow(content, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    win.session.open_folder(tmp_path / "data")
    win.shown = shown
    yield win
    win.session.close()


def test_import_my_data_refuses_at_once(window, bad_file, monkeypatch):
    kind, path, words = bad_file
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    before = window.session.store.profiles.all()
    with bounded():
        window.session.import_data()
    (title, text), = window.shown["errors"]
    assert "没有导入" in title and words in text and str(path) in text
    if kind == "huge":
        assert f"{PROFILE_FILE_MAX_BYTES // 1024 // 1024}.0 MB" in text  # the limit is named
    assert window.session.store.profiles.all() == before


def test_import_plan_refuses_at_once(window, bad_file, monkeypatch):
    _kind, path, words = bad_file
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    with bounded():
        window.plans_view.import_file()
    (title, text), = window.shown["errors"]
    assert "没有导入" in title and words in text
    assert window.session.data.plans.all() == []


def test_installing_a_pack_refuses_at_once(window, bad_file, monkeypatch):
    _kind, path, words = bad_file
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(path))
    window.open_packs()
    with bounded():
        window.packs_dialog.import_pack()
    (title, text), = window.shown["errors"]
    assert "内容包没有导入" in title and words in text
    packs = window.data_dir / "packs"
    assert not packs.exists() or list(packs.iterdir()) == []


def run_validate(path: Path, *options: str, memory: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "netmkt_desktop", *options, "--validate-content", str(path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=60, env=env, preexec_fn=limit)


def test_validate_content_answers_every_bad_file_without_a_traceback(bad_file):
    _kind, path, words = bad_file
    done = run_validate(path, memory=2 * EXTRA_MEMORY)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr + done.stdout


def test_validate_content_speaks_english_with_lang_en(tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    done = run_validate(path, "--lang", "en")
    assert done.returncode == 2
    assert "not a regular file" in done.stderr and "内容" not in done.stderr, done.stderr


def test_validate_content_out_of_memory_is_a_message(tmp_path):
    """A pack within every limit whose 2.9 million texts need more memory than there is."""
    path = tmp_path / "many.json"
    links = ",".join(f'"{i:07d}"' for i in range(2_900_000))
    path.write_text('{"format":"netmkt-content","format_version":2,"pack":{"id":"m","name":"m","version":"1"},'
                    '"textbook":[{"id":"m.a","kind":"chapter","title":"a","links":[' + links + ']}]}', encoding="utf-8")
    assert path.stat().st_size < CONTENT_FILE_MAX_BYTES
    # In a process of its own: running out of memory inside the test run would disturb the tests after it.
    child = (
        "import os, resource, sys\n"
        "from netmkt_desktop.cli import validate_content_command\n"
        "used = int(open('/proc/self/statm').read().split()[0]) * os.sysconf('SC_PAGE_SIZE')\n"
        "resource.setrlimit(resource.RLIMIT_AS, (used + 150 * 1024 * 1024, resource.getrlimit(resource.RLIMIT_AS)[1]))\n"
        "sys.exit(validate_content_command(sys.argv[1]))\n")
    result = subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2 and result.stdout == "", (result.returncode, result.stderr[-2000:])
    assert "内存不足" in result.stderr and "Traceback" not in result.stderr


def test_validate_content_strips_terminal_escapes(tmp_path):
    pack = {"format": "netmkt-content", "format_version": 2,
            "pack": {"id": "esc", "name": "\x1b[2J\x1b]0;标题\x07名称\u202e", "version": "1\x1b[31m",
                     "description": "\x9b31m简介"},
            "textbook": [{"id": "esc.a", "kind": "chapter", "title": "a"}]}
    good = tmp_path / "esc.json"
    good.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / "bad\x1b[31m.json"
    pack["pack"]["\x1b[41m未知"] = 1
    bad.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    for path, code in ((good, 0), (bad, 2)):
        done = run_validate(path)
        assert done.returncode == code, done.stderr
        echoed = done.stdout + done.stderr
        assert "名称" in echoed or "未知" in echoed
        assert not any(ch in echoed for ch in "\x1b\x07\x9b\u202e"), repr(echoed)


def test_validate_content_never_raises(tmp_path, monkeypatch, capsys):
    from netmkt_desktop import cli

    for error in (RecursionError("deep"), MemoryError(), ValueError("odd")):
        def broken(_path, error=error):
            raise error

        monkeypatch.setattr(cli, "load_content", broken)
        assert validate_content_command(str(tmp_path / "x.json")) == 2
        out, err = capsys.readouterr()
        assert out == "" and "内容文件有错误" in err and "Traceback" not in err


# ---------------------------------------------------------------------------------------------
# Packs: bounded in what they hold


def pack_json(textbook: list, topics: list | None = None, **pack) -> str:
    return json.dumps({"format": "netmkt-content", "format_version": 2,
                       "pack": {"id": "p", "name": "包", "version": "1", **pack},
                       "textbook": textbook, "topics": topics or []}, ensure_ascii=False, separators=(",", ":"))


def chapter(width: int, prefix: str = "p") -> dict:
    return {"id": f"{prefix}.root", "kind": "chapter", "title": "章",
            "children": [{"id": f"{prefix}.{i}", "kind": "topic", "title": "节"} for i in range(width)]}


def chain(depth: int) -> dict:
    top = node = {"id": "p.d0", "kind": "chapter", "title": "0"}
    for level in range(1, depth):
        child = {"id": f"p.d{level}", "kind": "topic", "title": str(level)}
        node["children"] = [child]
        node = child
    return top


def load_measured(path: Path):
    """(content or the ContentError, seconds, peak bytes traced)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = load_content(path)
    except ContentError as exc:
        result = exc
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak


def test_refs_that_would_unfold_into_millions_of_places_are_refused_at_once(tmp_path):
    """0.16 MB: 5,000 refs to a chapter of 2,000 topics; before, 10 s and 1.2 GB (then more)."""
    path = tmp_path / "refs.json"
    path.write_text(pack_json([chapter(2000)], [{"ref": "p.root"}] * 5000), encoding="utf-8")
    assert path.stat().st_size < 200_000
    with bounded():
        result, seconds, peak = load_measured(path)
    assert isinstance(result, ContentError) and result.place.startswith("topics[")
    assert "目录条目太多" in result.reason and f"{CONTENT_MAX_OUTLINE_ITEMS}" in result.reason
    assert peak < 64 * 1024 * 1024 and seconds < ANSWER_WITHIN


def test_depth_text_length_and_values_are_bounded(tmp_path):
    cases = {
        "deep": (pack_json([chain(CONTENT_MAX_DEPTH + 2)]), "嵌套层数超过"),
        "long": (pack_json([{"id": "p.a", "kind": "chapter", "title": "a", "body": [{"p": "字" * (CONTENT_TEXT_LIMIT + 1)}]}]),
                 "文本太长"),
        "long title": (pack_json([{"id": "p.a", "kind": "chapter", "title": "题" * 501}]), "文本太长"),
        "values": ("[" + "0," * CONTENT_MAX_JSON_VALUES + "0]", "数据项太多"),
    }
    for name, (text, words) in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ContentError) as info:
            load_content(path)
        assert words in info.value.reason, (name, info.value)
    ok = tmp_path / "ok.json"
    ok.write_text(pack_json([chain(CONTENT_MAX_DEPTH)], [{"ref": "p.d0"}] * 3), encoding="utf-8")
    assert len(load_content(ok).topics) == 3


@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(width=st.integers(1, 3000), depth=st.integers(1, CONTENT_MAX_DEPTH + 4), refs=st.integers(0, 400),
       inherit=st.floats(0, 1), data=st.data())
@example(width=2000, depth=1, refs=400, inherit=1.0, data=None)  # the 0.18 MB pack of the report, scaled down
def test_loading_any_pack_shape_stays_within_time_and_memory(tmp_path_factory, width, depth, refs, inherit, data):
    """Whatever the shape, a file of under a megabyte loads in seconds and tens of MB, or is refused."""
    textbook = [chapter(width), chain(depth)] if depth > 1 else [chapter(width)]
    ids = ["p.root"] + [f"p.{i}" for i in range(0, width, max(1, width // 20))] + [f"p.d{i}" for i in range(min(depth, 3)) if depth > 1]
    topics = []
    for i in range(refs):
        target = ids[(data.draw(st.integers(0, len(ids) - 1)) if data is not None else 0)]
        entry: dict = {"ref": target}
        if i >= refs * inherit:
            entry["children"] = []
        topics.append(entry)
    path = tmp_path_factory.mktemp("shape") / "pack.json"
    path.write_text(pack_json(textbook, topics), encoding="utf-8")
    result, seconds, peak = load_measured(path)
    assert seconds < 30, f"{seconds:.1f} s for {path.stat().st_size} bytes"
    assert peak < 200 * 1024 * 1024, f"{peak / 1e6:.0f} MB for {path.stat().st_size} bytes"
    if not isinstance(result, ContentError):
        places = sum(1 for outline in (result.textbook, result.topics) for root in outline for _ in root.walk())
        assert places <= CONTENT_MAX_OUTLINE_ITEMS
    elif depth <= CONTENT_MAX_DEPTH:
        assert "目录条目太多" in result.reason, result


def test_the_library_refuses_the_same_shapes(tmp_path, content):
    source = tmp_path / "refs.json"
    source.write_text(pack_json([chapter(2000, "q")], [{"ref": "q.root"}] * 200, id="q"), encoding="utf-8")
    library = PackLibrary(tmp_path / "data", content)
    with pytest.raises(ContentError) as info:
        library.install(source)
    assert "目录条目太多" in info.value.reason and info.value.file == str(source)
    assert list(library.folder.iterdir()) == []


def test_the_shipped_content_is_well_within_the_limits():
    core = load_content(seed_path())
    assert sum(1 for root in core.textbook + core.topics for _ in root.walk()) < CONTENT_MAX_OUTLINE_ITEMS // 100
