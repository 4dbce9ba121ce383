"""Fixtures of the storage tests (shared plans and helpers: ``storage_samples``)."""

from __future__ import annotations

import pytest

from netmkt_desktop.paths import DataFolder


@pytest.fixture
def folders(tmp_path):
    """The data folder, and the database and backups folder of its first profile (id 1)."""
    data = tmp_path / "data"
    first = DataFolder(data).profile(1)
    return data, first.database, first.backups
