"""The writing aids of the window: spell check in every block-text field, the check panel and the
readability bar of the activity form, the counts in the overview.

One background worker (a thread) loads the dictionary, checks words the cache does not
know yet and computes suggestions; the UI thread only reads the cache. Edits of the
highlighter never count as the user's edits (``quietly``).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputMethodEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..domain.errors import UserError
from .spell_highlighter import SPELLING_COLOUR, WritingHighlighter

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..domain.checks import CheckContext, Finding, Ignore
    from ..domain.model import Activiteit, ActivityPlace, Document
    from ..domain.spelling import SpellChecker
    from ..services.workspace import Workspace
    from .activity_form import ActivityForm


LOAD_DELAY_MS = 1500
REPAINT_DELAY_MS = 300


def _close_process(box: list[Any]) -> None:
    """Stop the spelling process of a WritingAids that is gone (no reference to it held)."""
    if box and box[0] is not None:
        box[0].close()
        box[0] = None


class _Gate:
    """Whether a worker may still wake the UI thread; a plain object, so closing it needs no Qt object
    (it is closed while the Qt objects are being destroyed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True

    def close(self, *_args: object) -> None:
        with self.lock:  # waits for a signal being emitted right now
            self.open = False


class _Bridge(QObject):
    """Carries the worker's answers to the UI thread.

    Answers go through a thread-safe queue and the signal carries nothing: PySide6 mishandles
    the reference counts of Python objects sent through a queued signal from a Python thread
    (seen as "deallocating None" crashes)."""

    ready = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.answers: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self.handlers: dict[str, Callable[..., None]] = {}
        self.gate = _Gate()
        self.ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def send(self, kind: str, *payload: Any) -> None:
        """From the worker: queue an answer and wake the UI thread, unless the window is closing (a
        signal emitted from a worker while the UI thread deletes the object crashes the process)."""
        with self.gate.lock:
            if not self.gate.open:
                return
            self.answers.put((kind, payload))
            self.ready.emit()

    def _drain(self) -> None:
        while True:
            try:
                kind, payload = self.answers.get_nowait()
            except queue.Empty:
                return
            if not self.gate.open:  # sent just before the window closed: nobody to hand it to
                continue
            self.handlers[kind](*payload)


class WritingAids(QObject):
    """Spelling, P&C checks, readability and target lengths for the editors of one window."""

    findings_changed = Signal()
    """The overview counts changed (after a load or a saved activity)."""

    def __init__(self, parent: QObject | None = None, *, personal_words: list[str] | None = None) -> None:
        super().__init__(parent)
        self.checker: SpellChecker | None = None
        self.enabled = True
        self.workspace: Workspace | None = None
        self.author = ""
        self._personal_words = personal_words
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._loading: Future[Any] | None = None
        self._bridge = _Bridge(self)
        self.destroyed.connect(self._bridge.gate.close)  # deleted without closing (a parent went away)
        self._bridge.handlers.update(
            checker_loaded=self._checker_loaded, checker_failed=self._checker_failed,
            words_checked=self._words_checked, suggestions_ready=self._suggestions_ready,
        )
        self._highlighters: list[WritingHighlighter] = []
        self._editors: dict[int, QTextEdit | QPlainTextEdit] = {}
        self._lines: dict[int, QLineEdit] = {}
        """One-line fields with spell check (titles)."""
        self.line_marks: dict[int, list[tuple[int, int, str]]] = {}
        """id of a one-line field → the wrong words underlined in it (start, end, word)."""
        self._queued: set[str] = set()
        self._suggestions: dict[str, list[str]] = {}
        self._asked: set[str] = set()
        self._open_menu: tuple[QMenu, QAction, str, QTextEdit | QLineEdit, int, int] | None = None
        self._document_words: list[str] = []
        self.error = ""
        # P&C checks of the current activity
        self.form: ActivityForm | None = None
        self.header: Document | None = None
        self.codes: frozenset[str] = frozenset()
        self.place_of: Callable[[str], ActivityPlace | None] = lambda _id: None
        self.ignores: tuple[Ignore, ...] = ()
        self.default_target = 0
        self.targets: dict[str, int] = {}
        self.counts: dict[str, tuple[int, str]] = {}
        self.current_findings: list[Finding] = []
        self._scores: dict[str, Any] = {}
        """Sentence → readability score: a recheck while typing scores only the sentences that changed."""
        self.counted_all = False
        """activity id → (open findings, B1 level) for the overview and the workbook."""
        self._process_box: list[Any] = [None]
        self._shut_down = False
        weakref.finalize(self, _close_process, self._process_box)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(self.load_dictionary)
        self._wrong_to_show: set[str] = set()
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(REPAINT_DELAY_MS)
        self._repaint_timer.timeout.connect(self._show_wrong)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self.check_current)

    # -- lifetime ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """The window closes: no worker answer reaches it any more, the threads and the process stop."""
        self._bridge.gate.close()
        if self._shut_down:
            return
        self._shut_down = True
        self._recheck.stop()
        self._repaint_timer.stop()
        app = cast("QApplication | None", QApplication.instance())  # the stub says QCoreApplication
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)
        self._load_timer.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        _close_process(self._process_box)

    def load_dictionary(self) -> None:
        """Start the spelling process (it loads the dictionary, about a second, without holding up
        the window); editors underline once it answers."""
        self._load_timer.stop()
        if self._loading is not None:
            return
        if self._shut_down:
            return
        from ..services.spell_process import SpellProcess, checker_of

        words = list(self._document_words)
        personal = self._personal_words
        try:  # started here, on the UI thread; only the wait for the dictionary runs on the worker
            process = SpellProcess()
        except OSError as error:
            self.error = self.tr("De spellingcontrole kon niet starten: %1").replace("%1", str(error))
            return
        self._process_box[0] = process

        def work() -> None:
            try:
                checker, _process = checker_of(process, words, personal)
            except UserError as error:
                self._bridge.send("checker_failed", error.message)
                return
            self._bridge.send("checker_loaded", checker)

        self._loading = self._executor.submit(work)

    def wait_until_loaded(self, timeout: float = 30.0) -> bool:
        """For tests and the smoke test: block until the dictionary is in (answers still arrive by signal)."""
        if self._loading is None:
            self.load_dictionary()
        if self._loading is None:  # closed, or the process could not start
            return bool(self.error)
        self._loading.result(timeout)
        return self.checker is not None or bool(self.error)

    def _checker_loaded(self, checker: SpellChecker) -> None:
        checker.set_document_words(self._document_words)
        self.checker = checker
        self.rehighlight_all()

    def _checker_failed(self, message: str) -> None:
        self.error = message

    # -- editors ---------------------------------------------------------------------------------

    def attach(self, editor: QTextEdit | QPlainTextEdit) -> WritingHighlighter:
        """Spell check (and, on request, hard sentences) in this editor, with suggestions in its menu."""
        highlighter = WritingHighlighter(self._dummy_document(), self)
        document = editor.document()
        self._editors[id(document)] = editor
        def attach() -> None:
            highlighter.setDocument(document)
            highlighter.rehighlight()

        self.quietly(document, attach)
        self._highlighters.append(highlighter)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(lambda pos, e=editor: self._context_menu(e, pos))
        key = id(document)
        editor.destroyed.connect(lambda *_a, k=key, h=highlighter: self._detach(k, h))
        return highlighter

    def _dummy_document(self) -> QTextDocument:
        return QTextDocument(self)

    def _detach(self, key: int, highlighter: WritingHighlighter) -> None:
        self._editors.pop(key, None)
        if highlighter in self._highlighters:
            self._highlighters.remove(highlighter)

    def quietly(self, document: QTextDocument, action: Callable[[], object]) -> None:
        """Run a repaint of formats without the editor reporting a user edit."""
        editor = self._editors.get(id(document))
        blocked = editor.blockSignals(True) if editor is not None else False
        try:
            action()
        finally:
            if editor is not None:
                editor.blockSignals(blocked)

    def rehighlight_all(self) -> None:
        for highlighter in list(self._highlighters):
            document = highlighter.document()
            if document is not None:
                self.quietly(document, highlighter.rehighlight)
        for edit in list(self._lines.values()):
            self.underline_line(edit)

    # -- one-line fields ---------------------------------------------------------------------------

    def attach_line(self, edit: QLineEdit) -> None:
        """Spell check in a one-line field (a title). Qt's line edit has no highlighter: the underline goes in
        as the text formats an input method would set, which changes no text and adds no undo step."""
        key = id(edit)
        if key in self._lines:
            return
        self._lines[key] = edit
        edit.textChanged.connect(lambda _text, e=edit: self.underline_line(e))
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(lambda pos, e=edit: self._context_menu(e, pos))
        edit.destroyed.connect(lambda *_a, k=key: (self._lines.pop(k, None), self.line_marks.pop(k, None)))
        self.underline_line(edit)

    def underline_line(self, edit: QLineEdit) -> None:
        wrong: list[tuple[int, int, str]] = []
        checker = self.checker
        if checker is not None and self.enabled:
            found, unknown = checker.misspellings_cached(edit.text())
            wrong = [(m.start, m.end, m.word) for m in found]
            if unknown:
                self.check_later(unknown)
        if not wrong and not self.line_marks.get(id(edit)):
            return
        self.line_marks[id(edit)] = wrong
        cursor = edit.cursorPosition()
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [QInputMethodEvent.Attribute(kind, start - cursor, end - start, self._line_format())
                      for start, end, _word in wrong]
        if not attributes:  # no attributes at all would leave the old underline in place
            attributes = [QInputMethodEvent.Attribute(kind, 0, 0, QTextCharFormat())]
        QCoreApplication.sendEvent(edit, QInputMethodEvent("", attributes))

    @staticmethod
    def _line_format() -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(SPELLING_COLOUR)
        return fmt

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.rehighlight_all()

    def highlighter_for(self, editor: QTextEdit | QPlainTextEdit) -> WritingHighlighter | None:
        return next((h for h in self._highlighters if h.document() is editor.document()), None)

    # -- background checks ---------------------------------------------------------------------

    def check_later(self, words: set[str], _highlighter: WritingHighlighter | None = None) -> None:
        new = words - self._queued
        if not new or self.checker is None or self._shut_down:
            return
        self._queued |= new
        checker = self.checker

        def work() -> None:
            wrong = {word for word in new if not checker.is_correct(word)}
            self._bridge.send("words_checked", new, wrong)

        self._executor.submit(work)

    def _words_checked(self, words: set[str], wrong: set[str]) -> None:
        """The worker judged words. A right word changes no underline, so nothing is repainted for it; a wrong
        one is underlined once typing pauses (``REPAINT_DELAY_MS`` after the last answer, as Word leaves the
        word being typed alone): repainting a paragraph makes Qt lay it out again, tens of milliseconds for
        one of thousands of words, and while typing the next keystroke repaints it anyway."""
        self._queued -= words
        if wrong:
            self._wrong_to_show |= wrong
            self._repaint_timer.start()
        for word in wrong:  # have the suggestions ready before the right-click
            self.request_suggestions(word)

    def _show_wrong(self) -> None:
        wrong, self._wrong_to_show = self._wrong_to_show, set()
        if self._shut_down:
            return
        for highlighter in list(self._highlighters):
            highlighter.repaint_words(wrong)
        for edit in list(self._lines.values()):
            if any(word in edit.text() for word in wrong):
                self.underline_line(edit)

    def request_suggestions(self, word: str) -> None:
        if word in self._suggestions or word in self._asked or self.checker is None or self._shut_down:
            return
        self._asked.add(word)
        checker = self.checker

        def work() -> None:
            self._bridge.send("suggestions_ready", word, checker.suggestions(word))

        self._executor.submit(work)

    def suggestions(self, word: str) -> list[str] | None:
        return self._suggestions.get(word)

    def _suggestions_ready(self, word: str, found: list[str]) -> None:
        self._suggestions[word] = found
        self._asked.discard(word)
        if self._open_menu is not None and self._open_menu[2] == word:
            menu, placeholder, _word, editor, start, end = self._open_menu
            self._fill_suggestions(menu, placeholder, editor, word, start, end)

    # -- context menu ----------------------------------------------------------------------------

    def misspelt_at(self, editor: QTextEdit | QLineEdit, pos: QPoint) -> tuple[str, int, int] | None:
        """The misspelt word under a point: (word, start, end) as document (or line) positions."""
        if self.checker is None or not self.enabled:
            return None
        if isinstance(editor, QLineEdit):
            text, base, offset = editor.text(), 0, editor.cursorPositionAt(pos)
        else:
            cursor = editor.cursorForPosition(pos)
            block = cursor.block()
            text, base, offset = block.text(), block.position(), cursor.position() - block.position()
        from ..domain.spelling import candidate_words

        for start, end, word in candidate_words(text):
            if start <= offset <= end:
                if self.checker.cached(word) is False:
                    return word, base + start, base + end
                return None
        return None

    def build_menu(self, editor: QTextEdit | QLineEdit, pos: QPoint) -> QMenu:
        menu = editor.createStandardContextMenu() if isinstance(editor, QLineEdit) else editor.createStandardContextMenu(pos)
        found = self.misspelt_at(editor, pos)
        if found is None:
            return menu
        word, start, end = found
        first = menu.actions()[0] if menu.actions() else None
        placeholder = QAction(self.tr("Suggesties zoeken…"), menu)
        placeholder.setEnabled(False)
        menu.insertAction(first, placeholder)  # type: ignore[arg-type]  # None appends (Qt); the stub forbids it
        read_only = editor.isReadOnly()
        add_document = QAction(self.tr("Toevoegen aan woordenlijst van het document"), menu)
        add_document.triggered.connect(lambda: self.add_word(word, personal=False))
        add_document.setEnabled(self.workspace is not None and not self.workspace.read_only)
        add_personal = QAction(self.tr("Toevoegen aan mijn woordenlijst"), menu)
        add_personal.triggered.connect(lambda: self.add_word(word, personal=True))
        for action in (add_document, add_personal):
            menu.insertAction(first, action)  # type: ignore[arg-type]  # None appends
        menu.insertSeparator(first)  # type: ignore[arg-type]  # None appends
        self._open_menu = (menu, placeholder, word, editor, start, end)
        menu.aboutToHide.connect(self._menu_closed)
        if read_only:
            placeholder.setText(self.tr("(alleen lezen)"))
        elif self.suggestions(word) is not None:
            self._fill_suggestions(menu, placeholder, editor, word, start, end)
        else:
            self.request_suggestions(word)
        return menu

    def _menu_closed(self) -> None:
        self._open_menu = None

    def _fill_suggestions(self, menu: QMenu, placeholder: QAction, editor: QTextEdit | QLineEdit, word: str,
                          start: int, end: int) -> None:
        found = self._suggestions.get(word) or []
        if not found:
            placeholder.setText(self.tr("(geen suggesties)"))
            return
        for suggestion in found:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace_word(editor, start, end, word, s))
            menu.insertAction(placeholder, action)
        menu.removeAction(placeholder)

    def _context_menu(self, editor: QTextEdit | QLineEdit, pos: QPoint) -> None:
        menu = self.build_menu(editor, pos)
        origin = editor if isinstance(editor, QLineEdit) else editor.viewport()
        menu.exec(origin.mapToGlobal(pos))
        menu.deleteLater()

    def replace_word(self, editor: QTextEdit | QLineEdit, start: int, end: int, word: str, replacement: str) -> None:
        """Replace a misspelt word in the editor (one undo step), if it is still there."""
        if isinstance(editor, QLineEdit):
            if editor.text()[start:end] != word:
                return
            editor.setSelection(start, end - start)
            editor.insert(replacement)  # as typed: the form sees an edit
            return
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return
        cursor.insertText(replacement)

    def add_word(self, word: str, *, personal: bool) -> None:
        try:
            if personal:
                from ..services.spelling import add_personal_word

                add_personal_word(word)
            else:
                if self.workspace is None:
                    return
                from ..services.checking import aids

                aids(self.workspace).add_word(word, self.author)
                self._document_words.append(word)
        except UserError as error:
            QMessageBox.warning(self._window(), self.tr("Woordenlijst"), error.message)
            return
        if self.checker is not None:
            self.checker.accept([word], personal=personal)
        self.rehighlight_all()

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # -- the workspace -----------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace, author: str = "") -> None:
        """Read the document's word list, ignores and targets (UI thread: a few small queries)."""
        from ..services.checking import aids

        self.workspace = workspace
        self.counted_all = False
        self.counts = {}
        self.author = author or workspace.author
        store = aids(workspace)
        try:
            self._document_words = list(store.words())
            self.ignores = store.ignores()
            self.default_target, self.targets = store.targets()
            self.header = workspace.document_header()
        except UserError:
            self._document_words, self.ignores, self.default_target, self.targets = [], (), 0, {}
            self.header = None
        if self.checker is not None:
            self.checker.set_document_words(self._document_words)
            self.rehighlight_all()
        elif self._loading is None:
            self._load_timer.start()  # after the window is up and the first activity shown

    def refresh_counts(self) -> None:
        """Findings and B1 level of every activity, for the overview (one full read of the document)."""
        if self.workspace is None:
            return
        from ..domain.readability import readability
        from ..services.checking import document_counts

        try:
            document = self.workspace.document()
            # the findings kept per activity (as `check` and the workbook keep them): only changed texts are
            # checked again, which at 1,000 activities saves seconds of this thread
            open_counts = document_counts(self.workspace, with_spelling=False, document=document).open_findings
        except UserError:
            return
        self.header = replace(document, programmes=())
        self.codes = frozenset(place.code for place in document.iter_activities())
        self.counts = {
            place.activity.id: (open_counts.get(place.activity.id, 0), readability(place.activity.realisation, self._scores).level)
            for place in document.iter_activities()
        }
        self.counted_all = True
        self.findings_changed.emit()

    # -- the window ----------------------------------------------------------------------------------

    def bind_window(self, window: Any) -> None:
        """Wire to the main window: its activity form, programme intro, tree and any block-text
        field that gets the focus later (dialogs)."""
        self._tree = window.model
        self.bind_form(window.activity_form, self.place_in_tree)
        self.attach(window.programme_form.intro)
        self.attach(window.document_form.title_lines)  # a QPlainTextEdit: the highlighter works on any document
        for edit in (window.programme_form.name, window.goal_form.title, window.goal_form.intro):
            self.attach_line(edit)
        window.structure_changed.connect(lambda: self._structure_changed(window))
        window.activity_saved.connect(lambda _activity: self.findings_changed.emit())
        app = cast("QApplication | None", QApplication.instance())  # the stub says QCoreApplication
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(self.shutdown)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        from .blocktext_editor import BlockTextEdit

        if isinstance(new, BlockTextEdit) and id(new.document()) not in self._editors:
            self.attach(new)

    def _structure_changed(self, window: Any) -> None:
        header = getattr(window, "document_header", None)
        if header is not None:
            self.header = header
        self.codes = frozenset(self._codes_in_tree())
        self.check_current()

    def _codes_in_tree(self) -> list[str]:
        codes: list[str] = []
        tree = getattr(self, "_tree", None)
        if tree is None:
            return codes
        for programme in tree.programmes():
            for goal_index, goal in enumerate(programme.children, start=1):
                from ..domain.model import roman

                for number, _activity in enumerate(goal.children, start=1):
                    codes.append(f"{programme.number}.{roman(goal_index)}.{number}")
        return codes

    def place_in_tree(self, activity_id: str) -> ActivityPlace | None:
        """Where an activity stands (programme number, goal and activity numbers), from the tree."""
        tree = getattr(self, "_tree", None)
        node = tree.node(activity_id) if tree is not None else None
        if node is None or node.parent is None or node.parent.parent is None:
            return None
        from ..domain.model import Activiteit, ActivityPlace, Hoofddoel, Programma

        goal, programme = node.parent, node.parent.parent
        return ActivityPlace(Programma(programme.number, programme.title), Hoofddoel(goal.title), goal.row(),
                             node.row(), Activiteit(node.title, id=node.id))

    # -- the activity form ---------------------------------------------------------------------------

    def bind_form(self, form: ActivityForm, place_of: Callable[[str], ActivityPlace | None]) -> None:
        self.form = form
        self.place_of = place_of
        for editor in (form.plan, form.realisation):
            self.attach(editor)
            editor.changed_by_user.connect(self._recheck.start)
        self.attach_line(form.title)
        self.attach_line(form.new_remark)
        form.title.textEdited.connect(self._recheck.start)
        form.figures_model.edited.connect(self._recheck.start)
        form.loaded.connect(self.check_current)
        form.check_panel.ignore_requested.connect(self.ignore)
        form.check_panel.unignore_requested.connect(self.unignore)
        form.check_panel.show_requested.connect(self._show_finding)
        form.writing_bar.hard_sentences_toggled.connect(self._toggle_hard_sentences)
        form.writing_bar.target_requested.connect(self._ask_target)

    def current_activity(self) -> Activiteit | None:
        form = self.form
        if form is None or form.activity_id is None:
            return None
        from ..domain.model import Activiteit

        return Activiteit(
            form.title.text().strip(), plan=form.plan.blocktext(), realisation=form.realisation.blocktext(),
            kengetallen=form.figures_model.figures(), id=form.activity_id,
        )

    def context(self, activity_id: str) -> CheckContext | None:
        if self.header is None:
            return None
        from ..domain.checks import CheckContext

        target = self.targets.get(activity_id) or self.default_target
        return CheckContext.for_header(self.header, self.codes, target)

    def check_current(self) -> None:
        """Run the checks on the activity in the form (a few ms for one activity)."""
        form = self.form
        activity = self.current_activity()
        if form is None:
            return
        if activity is None:
            form.check_panel.show_findings([], [], {})
            return
        context = self.context(activity.id)
        if context is None:
            return
        from ..domain.readability import readability
        from ..services.checking import check_one

        if not self.codes:
            self.codes = frozenset(self._codes_in_tree())
        place = self.place_of(activity.id)
        if place is not None:
            place = replace(place, activity=activity)
        ignores = [i for i in self.ignores if i.activity_id == activity.id]
        open_, ignored = check_one(activity, context, place, ignores)
        reasons = {(i.rule_id, i.fingerprint): i.reason for i in ignores}
        form.check_panel.show_findings(open_, ignored, reasons)
        result = readability(activity.realisation, self._scores)
        form.writing_bar.set_stats(activity.realisation.word_count(), context.target_words, result)
        self.counts[activity.id] = (len(open_), result.level)
        self.current_findings = open_

    def _show_finding(self, finding: Finding) -> None:
        form = self.form
        if form is None or finding.block < 0:
            return
        editor = form.plan if finding.field == "plan" else form.realisation
        form.tabs.setCurrentIndex(0)
        editor.select_in_block(finding.block, finding.start, finding.end - finding.start)
        editor.setFocus()

    def ignore(self, finding: Finding) -> None:
        if self.workspace is None or self.form is None:
            return
        reason, ok = QInputDialog.getText(
            self.form, self.tr("Melding negeren"),
            self.tr("Waarom mag deze melding blijven staan?\n%1").replace("%1", finding.sentence[:200]))
        if not ok:
            return
        from ..services.checking import aids

        try:
            aids(self.workspace).ignore(finding.activity_id, finding.rule_id, finding.fingerprint, reason,
                                        self.author, finding.sentence)
        except UserError as error:
            QMessageBox.warning(self.form, self.tr("Melding negeren"), error.message)
            return
        self.ignores = aids(self.workspace).ignores()
        self.check_current()
        self.findings_changed.emit()

    def unignore(self, finding: Finding) -> None:
        if self.workspace is None:
            return
        from ..services.checking import aids

        aids(self.workspace).unignore(finding.activity_id, finding.rule_id, finding.fingerprint)
        self.ignores = aids(self.workspace).ignores()
        self.check_current()
        self.findings_changed.emit()

    def _toggle_hard_sentences(self, show: bool) -> None:
        if self.form is None:
            return
        for editor in (self.form.plan, self.form.realisation):
            highlighter = self.highlighter_for(editor)
            if highlighter is not None:
                highlighter.set_show_hard_sentences(show)

    def _ask_target(self) -> None:
        form = self.form
        if self.workspace is None or form is None or form.activity_id is None:
            return
        from .check_panel import TargetDialog

        dialog = TargetDialog(self.default_target, self.targets.get(form.activity_id, 0), form)
        if dialog.exec() != TargetDialog.DialogCode.Accepted:
            return
        from ..services.checking import aids

        try:
            aids(self.workspace).set_target(dialog.document_target.value())
            aids(self.workspace).set_target(dialog.own_target.value(), form.activity_id)
        except UserError as error:
            QMessageBox.warning(form, self.tr("Streeflengte"), error.message)
            return
        self.default_target, self.targets = aids(self.workspace).targets()
        self.check_current()

    def set_document_target(self, words: int) -> None:
        if self.workspace is None:
            return
        from ..services.checking import aids

        aids(self.workspace).set_target(words)
        self.default_target, self.targets = aids(self.workspace).targets()
        self.check_current()

