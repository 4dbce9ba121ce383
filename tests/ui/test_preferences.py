"""Preferences: typed settings, one key per fact, the profile's value first; old keys read once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from netmkt_desktop.ui.navigator import Outline
from netmkt_desktop.ui.preferences import (
    KEY_LAST_NODE,
    OLD_FILE_LAST_NODE,
    OLD_PROFILE_LAST_NODE,
    Preferences,
)
from netmkt_desktop.ui.theme import Theme


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_look_is_read_from_the_profile_first_and_written_to_both(settings, store, profile):
    prefs = Preferences(settings)
    assert prefs.theme is Theme.SYSTEM and prefs.zoom == 100 and prefs.outline is Outline.TOPICS
    settings.setValue("ui/theme", "dark")
    assert prefs.theme is Theme.DARK  # no profile yet: the file (the last look) counts
    data = store.profile(profile)
    prefs.attach(data.settings)
    prefs.set_theme(Theme.HIGH_CONTRAST)
    prefs.set_zoom(150)
    assert data.settings.get("ui/theme") == "high_contrast" and settings.value("ui/theme") == "high_contrast"
    assert prefs.zoom == 150
    settings.setValue("ui/zoom", "nonsense")
    assert prefs.zoom == 150  # the profile's value wins
    prefs.attach(None)
    assert prefs.zoom == 100  # nonsense in the file: the default


def test_one_key_for_the_reading_position_and_the_old_keys_are_moved_once(settings, store, profile):
    data = store.profile(profile)
    settings.setValue(OLD_FILE_LAST_NODE, "survey")
    data.settings.set(OLD_PROFILE_LAST_NODE, "wt.live_seller")
    prefs = Preferences(settings)
    assert prefs.last_node() == "survey"
    assert settings.value(KEY_LAST_NODE) == "survey" and settings.value(OLD_FILE_LAST_NODE) is None
    prefs.attach(data.settings)
    assert prefs.last_node(profile_only=True) == "wt.live_seller"
    assert data.settings.all() == {KEY_LAST_NODE: "wt.live_seller"}  # the old key is gone
    prefs.set_last_node("tier.director")
    assert data.settings.get(KEY_LAST_NODE) == "tier.director" and settings.value(KEY_LAST_NODE) == "tier.director"


def test_a_profile_without_a_reading_position_resumes_nowhere(settings, store):
    settings.setValue(KEY_LAST_NODE, "survey")  # another profile's, in the file
    prefs = Preferences(settings)
    prefs.attach(store.profile(store.profiles.create("新同学").id).settings)
    assert prefs.last_node(profile_only=True) == ""
    assert prefs.last_node() == "survey"  # the window still opens where it was


def test_a_failing_profile_write_is_reported_not_raised(settings, store, profile):
    reported = []
    prefs = Preferences(settings, on_error=reported.append)
    prefs.attach(store.profile(profile).settings)
    store.close()
    prefs.set_zoom(200)
    assert settings.value("ui/zoom") == 200 and reported and "没有完成" in reported[0]
