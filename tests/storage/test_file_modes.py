"""On a shared POSIX computer the data folder is its user's only: 0700 folders, 0600 files."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from netmkt_desktop.files import use_private_umask
from netmkt_desktop.storage.backups import make_backup
from netmkt_desktop.storage.store import Store

from storage_samples import fill

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def modes(root):
    found = {root: stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        if not path.is_symlink():
            found[path] = stat.S_IMODE(path.stat().st_mode)
    return found


def loose(found):
    return {str(p): oct(m) for p, m in found.items() if m & 0o077}


@pytest.fixture
def private_umask():
    before = use_private_umask()  # what app.main does first
    yield
    os.umask(before)


def test_everything_the_app_creates_is_private(tmp_path, private_umask):
    data = tmp_path / "data"
    store = Store.open(data)
    profile = store.profiles.create("小明", pin="2468").id
    store.profiles.teacher.set("老师的密码 2026")
    fill(store, profile, "aa", pin="2468")
    place = store.profiles.folder(profile)
    make_backup(place.database, place.backups)
    store.close()
    found = modes(data)
    assert len(found) > 8  # the folder, state, teacher, profile folder, card, database, backups …
    assert loose(found) == {}
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_looser_modes_found_at_start_are_tightened_and_logged(tmp_path, caplog):
    data = tmp_path / "data"
    store = Store.open(data)
    fill(store, store.profiles.default().id, "aa")
    store.close()
    for path in [data, *data.rglob("*")]:  # as another program (or an older version) left them
        path.chmod(0o755 if path.is_dir() else 0o644)
    with caplog.at_level(logging.WARNING):
        store = Store.open(data)
    store.close()
    assert loose(modes(data)) == {}
    assert any(str(data / "state.json") in r.getMessage() for r in caplog.records)
