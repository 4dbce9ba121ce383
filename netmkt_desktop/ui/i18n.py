"""The interface language: which one to use, its translators, and labels that come from the core.

Source strings are Chinese (zh_CN, the default: the app is made for Chinese classrooms); English is
the one translation.  ``resources/translations/netmkt_<language>.qm`` holds our strings and Qt's own
``qtbase_<language>.qm`` the standard ones (QWizard's 下一步 / Next, message box buttons, the file
dialog, the print preview, ...): qtbase covers every Qt module the app shows text from (QtCore,
QtGui, QtWidgets, QtPrintSupport; QtSvg and QtNetwork show none).  Qt's catalogues are looked for
in Qt's translations folder (QLibraryInfo), in PySide6's own folder (where a bundle keeps them) and
in ours.  The default QLocale follows the interface language too, so that dates, sizes and file
types in Qt's dialogs are written the same way as the rest of the interface.
``packaging/update_translations.sh`` regenerates the ``.ts`` files from the sources and compiles them.

The core has no Qt: :func:`install_translators` installs ``QCoreApplication.translate`` as the
core's hook (:mod:`netmkt_desktop.i18n`), so messages made in the core (errors, checks, PIN
results) come out in the interface language.  Labels the core marks with ``N_("core", …)`` (tier
and company-size names) are translated where they are shown: :func:`tier_label` and friends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netmkt_desktop import i18n as core_i18n
from netmkt_desktop.paths import bundled_dir
from netmkt_desktop.tiers import UNLISTED_TIER_NOTE, CompanySize, Tier

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
CATALOG = "netmkt"  # netmkt_zh_CN.qm, netmkt_en.qm
QT_CATALOGS = ("qtbase",)  # qtbase_zh_CN.qm, qtbase_en.qm
CORE_CONTEXT = "core"

_ALIASES = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh_hans": "zh_CN", "en": "en", "en_us": "en", "en_gb": "en"}


def translations_dir():
    return bundled_dir("resources") / "translations"


def choose_language(option: str | None, system_locale: QLocale | None = None) -> str:
    """``"zh_CN"`` or ``"en"``: the ``--lang`` option if given, else English only on an English system.

    Raises ValueError for an option that names neither language.
    """
    if option:
        language = _ALIASES.get(option.strip().replace("-", "_").lower())
        if language is None:
            raise ValueError(f"unknown language {option!r}; use one of {', '.join(LANGUAGES)}")
        return language
    locale = QLocale.system() if system_locale is None else system_locale
    return "en" if locale.language() == QLocale.Language.English else DEFAULT_LANGUAGE


def qt_translation_dirs() -> list[str]:
    """Folders that may hold Qt's own catalogues, in the order they are tried."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
               str(translations_dir())]
    return list(dict.fromkeys(f for f in folders if f))


def interface_locale(language: str) -> QLocale:
    """The locale that writes dates and numbers for ``language``: China's for Chinese; for English
    the system's own if it is English, else the United States'."""
    if language == "en":
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            return system
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalog and Qt's (:data:`QT_CATALOGS`) for ``language``, make
    :func:`interface_locale` the default QLocale and name the app in ``language`` (Qt ends every
    window title with the application's display name); return the translators that loaded.

    A missing file is skipped: the interface then shows the Chinese source text (ours) or Qt's
    built-in English (Qt's).  Remove them with :func:`remove_translators`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    QLocale.setDefault(interface_locale(language))
    core_i18n.install(QCoreApplication.translate)  # core messages in the same language
    installed = []
    candidates = [(f"{CATALOG}_{language}", [str(translations_dir())])]
    candidates += [(f"{catalog}_{language}", qt_translation_dirs()) for catalog in QT_CATALOGS]
    for name, folders in candidates:
        for folder in folders:
            translator = QTranslator()
            if translator.load(name, folder):
                translator.setParent(app)  # lives as long as the application
                app.installTranslator(translator)
                installed.append(translator)
                break
    if hasattr(app, "setApplicationDisplayName"):  # a QGuiApplication
        app.setApplicationDisplayName(app_display_name())
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall ``translators``; they are deleted when the caller lets go of them."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.setParent(None)


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for plain functions, under the name pyside6-lupdate recognises
    (the context must be a string literal at the call for lupdate to see it)."""
    return QCoreApplication.translate(context, text)


# ---------------------------------------------------------------------------------------------
# Labels from the core: tiers.py and render.py mark them with N_/QT_TRANSLATE_NOOP in "core".


def translate_core(text: str) -> str:
    """A label from the core in the interface language (the ``tr`` that render.py expects)."""
    return translate(CORE_CONTEXT, text)


def tier_label(tier: Tier) -> str:
    return translate_core(tier.label)


def tier_full_label(tier: Tier) -> str:
    return translate_core(tier.full_label)


def size_label(size: CompanySize) -> str:
    return translate_core(size.label)


def unlisted_tier_note() -> str:
    """教材说这类企业一般不设此层级, in the interface language."""
    return translate_core(UNLISTED_TIER_NOTE)


def month_label(year: int, month: int) -> str:
    """A month as TierGoal.target_label writes it ("2028年6月"), in the interface language."""
    return translate("core", "{year}年{month}月").format(year=year, month=month)


def goal_target_label(goal) -> str:
    """``goal.target_label`` (a TierGoal's target month) in the interface language."""
    return month_label(goal.target_year, goal.target_month)


def app_display_name() -> str:
    """The app's name (netmkt_desktop.APP_DISPLAY_NAME, written once more here for lupdate)."""
    return translate("core", "网络营销岗位学习助手")
