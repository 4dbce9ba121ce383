"""Translation for the core without Qt: the ``N_`` marker and the ``translate`` hook (Picard's pattern).

Core modules write what the student reads in Chinese (the source language) and pass it through
:func:`translate` with a context; the UI installs Qt's translator at start-up (:func:`install`,
called by ``netmkt_desktop.ui.i18n.install_translators``), so with ``--lang en`` the core speaks
English too.  Without an installed hook (tests, the command line) :func:`translate` returns the
source text.

pyside6-lupdate finds ``translate("context", "literal")`` calls, and ``N_("context", "literal")``
markers for texts translated later (labels in tables): ``packaging/update_translations.sh`` tells
it that ``N_`` spells ``QT_TRANSLATE_NOOP``.  The context must be a string literal at the call.

This module imports nothing from the project (a leaf): every module may use it.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, source text) -> text in the interface language


def N_(_context: str, text: str) -> str:  # noqa: N802 - Picard's name; lupdate reads it as QT_TRANSLATE_NOOP
    """Mark ``text`` for translation in ``_context``; returns it unchanged (translate it where it is shown)."""
    return text


def _same(_context: str, text: str) -> str:
    return text


_hook: Translate = _same


def install(hook: Translate | None) -> None:
    """Use ``hook`` (e.g. ``QCoreApplication.translate``) from now on; None goes back to the source text."""
    global _hook
    _hook = hook or _same


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (the source text when no translation is installed or known)."""
    return _hook(context, text)
