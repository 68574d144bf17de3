"""Build and wire the desktop application, in a fixed order, without global singletons.

Order: QApplication and language → error reporter and log → main window shown
and painted → (next event-loop turn) the tree and the first activity read with the
standard library (the form can be typed in) → SQLAlchemy imported in a thread → the
Workspace opened, what was typed saved. Nothing from the database layer is imported
before the first paint.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    import argparse

    from .services.workspace import Workspace

log = logging.getLogger("verantwoording")
STARTUP_PROBE = "VERANTWOORDING_STARTUP_PROBE"
"""When set, print 'painted <s>', 'interactive <s>' (tree shown), 'editable <s>' (the first activity in the form,
ready to type, before the store has opened; not printed when that must wait) and 'opened <s>' (database open,
forms filled), each in seconds since process start, and quit: for benchmarks and the installer's smoke test."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's options; a mistake is one line in the user's language and the usage (ArgumentsWrong)."""
    from .cli_arguments import language_in, parser_class

    parser = parser_class(language_in(argv))(prog="verantwoording")
    parser.add_argument("--db", type=_location, default=None, metavar="PAD",
                        help="de database (.vwdb; een nieuwe wordt gemaakt) of de teamserver (postgresql://…)")
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="taal van de bediening")
    parser.add_argument("file", nargs="?", type=Path, default=None, metavar="BESTAND",
                        help="een database (.vwdb) of werkpakket om te openen, bijvoorbeeld na dubbelklikken")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def _location(text: str) -> Any:
    """A database file as a Path; a team server's URL (``postgresql://…``) stays text (a Path would eat a slash)."""
    return text if text.startswith(("postgresql://", "postgres://", "postgresql+")) else Path(text)


def is_package(path: Path) -> bool:
    """A work package by its suffix or, whatever the name (``anna.pkg``), by its manifest."""
    if path.suffix.lower() == ".vwpakket":
        return True
    from .formats.sniff import zip_kind

    return zip_kind(path) == "package"


def setup_logging() -> Path | None:
    from .services import paths

    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    path = folder / "verantwoording.log"
    from .services.error_log import PrivateFileHandler

    handler = PrivateFileHandler(path, encoding="utf-8", delay=True)  # 0600: only the user reads it
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def open_workspace(path: Path, author: str | None = None, *, read_only: bool = False,
                   example: bool = True) -> Workspace:
    """Open the database (first start: create it with the Almelo example); imports the storage layer."""
    from .services.workspace import Workspace

    if example and not isinstance(path, str):  # a team server is filled by its administrator (server upload)
        return Workspace.open_default(path, author=author or None, read_only=read_only)
    return Workspace.open(path, author=author or None, read_only=read_only)


def _guard_missing_streams() -> None:
    """A windowed Windows build has no console: give print and logging somewhere harmless to write."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _set_icon(app: Any) -> None:
    from PySide6.QtGui import QIcon

    from .resources import resources_dir

    folder = resources_dir() / "icons"
    icon = QIcon()
    for name in ("verantwoording.png", "verantwoording.ico"):
        if (folder / name).exists():
            icon.addFile(str(folder / name))
    if not icon.isNull():
        app.setWindowIcon(icon)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    _guard_missing_streams()
    from .cli_arguments import ArgumentsWrong

    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
    except ArgumentsWrong as wrong:
        print(f"{wrong.prefix}: {wrong.line}\n{wrong.usage}", file=sys.stderr)
        return 2
    probe = bool(os.environ.get(STARTUP_PROBE))
    from .platform_check import display_problem

    problem = display_problem(args.lang or "nl")
    if problem is not None:  # one clear line instead of Qt's English abort (exit 134)
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = cast("QApplication", QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "verantwoording"]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    _set_icon(app)

    from .services import paths
    from .ui import translations
    from .ui.main_window import MainWindow
    from .ui.settings import USER_NAME, Settings

    # portable / test use: settings live beside the data when the data folder is overridden
    settings = Settings.at(paths.data_dir()) if os.environ.get("VERANTWOORDING_DATA_DIR") else Settings()
    language = args.lang or settings.language()
    translators = translations.install(app, language)

    package = args.file if args.file is not None and is_package(args.file) else None
    database = args.db or (args.file if args.file is not None and package is None else paths.default_database())
    window = MainWindow(settings, user_name=settings.get(USER_NAME),
                        opener=lambda path, **options: open_workspace(path, window.user_name, **options))
    window.restore_state()
    reporters: list[Any] = []

    def install_reporter() -> None:
        """The error dialog and log, installed right after the first paint (nothing runs before it
        that could lose an edit; until then Python's own hook prints to the console)."""
        from .ui.errors import ErrorReporter

        reporter = ErrorReporter(app)
        reporter.log_path = str(setup_logging() or "")
        reporter.install()
        reporter.flush = window.flush_pending
        reporter.parent_widget = lambda: window
        window.reporter = reporter
        reporters.append(reporter)

    def report(stage: str) -> None:
        if probe:
            storage = "sqlalchemy" in sys.modules
            print(f"{stage} {time.perf_counter() - started:.4f} storage-loaded={storage}", flush=True)

    def open_fully() -> None:
        from .services.leftovers import clean_at_start

        clean_at_start()  # partial exports and backups an earlier, killed session left behind
        window.open_database(database)
        report("opened")
        if package is not None:
            window.collaboration.open_handout(package)
        if probe:
            QTimer.singleShot(0, app.quit)

    def load() -> None:
        """Show the tree from a quick standard-library read, load SQLAlchemy in a thread, then open."""
        from .ui.startup import StorageLoader, quick_view

        if isinstance(database, Path) and window.show_early_form(database):
            report("editable")  # the first activity can be typed in (saved once the store is open)
        view = quick_view(database) if isinstance(database, Path) else None  # a server: no file to peek into
        if view is not None:
            window.show_quick_tree(view)
        report("interactive")
        loader = StorageLoader(app)
        loader.loaded.connect(open_fully)
        loader.start()

    def painted() -> None:
        report("painted")
        install_reporter()
        QTimer.singleShot(0, load)

    def commit_data(_manager: Any) -> None:
        window.flush_pending()

    window.first_painted.connect(painted)
    connections: list[tuple[Any, Any]] = [
        (app.commitDataRequest, commit_data),
        (app.aboutToQuit, window.flush_pending),
        (app.aboutToQuit, window.release_session),
    ]
    for signal, slot in connections:
        signal.connect(slot)
    window.show()
    try:
        return app.exec()
    finally:
        from .ui.teardown import shut_down

        for reporter in reporters:
            reporter.uninstall()
        shut_down(app, window, connections)
        translations.uninstall(app, translators)
