"""Fixtures of the storage tests (shared plans and helpers: ``storage_samples``)."""

from __future__ import annotations

import pytest

from netmkt_desktop.paths import BACKUP_FOLDER, DATABASE_NAME


@pytest.fixture
def folders(tmp_path):
    data = tmp_path / "data"
    return data, data / DATABASE_NAME, data / BACKUP_FOLDER
