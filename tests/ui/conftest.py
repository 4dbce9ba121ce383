import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """Every UI test runs with the QApplication made by pytest-qt."""
    return qapp
