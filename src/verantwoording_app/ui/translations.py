"""Translations: Qt's own Dutch strings and our English .qm, compiled from the .ts when needed.

``python -m verantwoording_app.ui.translations`` compiles every ``.ts`` under
``resources/translations`` to ``.qm`` with pyside6-lrelease (a build step; the
``.qm`` files are not in git); ``--update`` first refreshes the .ts files from the
sources with pyside6-lupdate.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain.messages import use_language
from ..resources import resources_dir

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _lrelease() -> str | None:
    import shutil

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile stale .ts files to .qm; returns the .qm files written."""
    import subprocess

    folder = folder or translations_dir()
    written: list[Path] = []
    tool = _lrelease()
    if tool is None:
        return written
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
            written.append(qm)
    return written


def update_sources(folder: Path | None = None, *, quiet: bool = False) -> None:
    """Refresh the .ts files from the Python sources with pyside6-lupdate (keeps translations)."""
    import shutil
    import subprocess

    folder = folder or translations_dir()
    package = Path(__file__).resolve().parents[1]
    sources = [str(package / "app.py"), *sorted(str(p) for p in (package / "ui").glob("*.py"))]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate")
    for ts in sorted(folder.glob("verantwoording_*.ts")):
        subprocess.run([tool, *sources, "-ts", str(ts), "-source-language", "nl_NL", "-no-obsolete"], check=True,
                       capture_output=quiet)


def missing_translations(folder: Path | None = None) -> list[tuple[str, str]]:
    """(context, Dutch source) of every tr() string in the sources without a finished English translation.

    Runs pyside6-lupdate on a temporary copy of the .ts, so a string added to ui/ or app.py but not to
    the .ts shows up here (the test keeps the .ts up to date with the sources).
    """
    import shutil
    import tempfile
    import xml.etree.ElementTree as ET

    folder = folder or translations_dir()
    missing: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as temporary:
        for ts in sorted(folder.glob("verantwoording_*.ts")):
            copy = Path(temporary) / ts.name
            shutil.copyfile(ts, copy)
            update_sources(Path(temporary), quiet=True)
            for context in ET.parse(copy).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    texts = [translation.text or ""] if translation is not None else [""]
                    if translation is not None and translation.find("numerusform") is not None:
                        texts = [form.text or "" for form in translation.iter("numerusform")]
                    unfinished = translation is None or translation.get("type") == "unfinished"
                    if unfinished or not all(text.strip() for text in texts):
                        missing.append((name, message.findtext("source") or ""))
    return missing


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Set the default locale and install Qt's and our translators; returns them (keep them alive).

    Messages raised below ``ui/`` (``domain/messages.py``) render in the same language from now on.
    """
    QLocale.setDefault(QLocale(LOCALES.get(language, "nl_NL")))
    use_language(language)
    translators: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "nl":
        qt = QTranslator(app)
        if qt.load("qtbase_nl", qt_folder):
            app.installTranslator(qt)
            translators.append(qt)
        return translators
    ours = translations_dir() / f"verantwoording_{language}.qm"
    ts = ours.with_suffix(".ts")
    if ts.exists() and (not ours.exists() or ours.stat().st_mtime < ts.stat().st_mtime):
        with contextlib.suppress(Exception):  # an uncompiled translation must not stop the app
            compile_translations(ours.parent)
    translator = QTranslator(app)
    if ours.exists() and translator.load(str(ours)):
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in compile_translations(force="--force" in sys.argv):
        print(path)
