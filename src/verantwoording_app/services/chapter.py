"""The programme chapter beyond the activities, for the window and the CLI: ledger import,
variances and their explanations, effect texts and indicators, beleidsindicatoren."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.chapter import (
    Chapter,
    ChapterSettings,
    EffectIndicator,
    EffectText,
    FinanceSource,
    LineKind,
    VarianceExplanation,
)
from ..domain.errors import UserError
from ..domain.finance import VarianceState, variance_states
from ..domain.model import Document
from ..domain.money import format_exact
from ..formats import ledger as ledger_format
from ..formats import policy_indicators as policy_format
from ..formats.tabular import RawTable
from ..storage.chapter_store import ChapterStore
from ..storage.mapping import now
from .workspace import Workspace


def chapter_store(workspace: Workspace) -> ChapterStore:
    return ChapterStore(workspace.store)


def chapter(workspace: Workspace) -> Chapter:
    return chapter_store(workspace).load()


def programme_refs(document: Document) -> list[ledger_format.ProgrammeRef]:
    return [ledger_format.ProgrammeRef(p.id, p.number, p.name) for p in document.programmes]


# -- ledger -----------------------------------------------------------------------------------


def read_ledger_table(path: Path) -> RawTable:
    """The raw table of a ledger file, for the preview that maps columns."""
    return ledger_format.read_raw(path)


def preview_ledger(workspace: Workspace, path: Path, mapping: Mapping[str, int] | None = None,
                   table: RawTable | None = None) -> ledger_format.Ledger:
    """Read, map and check a ledger export without storing it (ImportRefused names the wrong row)."""
    settings, _source = chapter_store(workspace).settings()
    document = workspace.document()
    table = table or ledger_format.read_raw(path)
    return ledger_format.ledger_from_table(table, programme_refs(document), settings.sign, mapping)


@dataclass(frozen=True, slots=True)
class LedgerImport:
    ledger: ledger_format.Ledger
    variances: tuple[VarianceState, ...]

    def summary(self) -> list[str]:
        lines = [f"{self.ledger.rows} regels uit '{self.ledger.file}' geïmporteerd"
                 + (f", {self.ledger.totals_checked} controletotaal/-totalen klopt" if self.ledger.totals_checked
                    else " (het bestand heeft geen controletotaal)")]
        lines.append("Kolommen" + (" (automatisch herkend)" if self.ledger.automatic else "") + ":")
        lines.extend(f"  {line}" for line in self.ledger.mapping_lines())
        lines.extend(f"let op: {note}" for note in self.ledger.notes)
        open_ = sum(1 for state in self.variances if state.problems)
        lines.append(f"Afwijkingen boven de drempel: {len(self.variances)}; zonder (volledige) toelichting: {open_}")
        return lines


def import_ledger(workspace: Workspace, path: Path, mapping: Mapping[str, int] | None = None,
                  table: RawTable | None = None) -> LedgerImport:
    """Replace the document's financial lines by a ledger export (all or nothing), then the variances."""
    ledger = preview_ledger(workspace, path, mapping, table)
    store = chapter_store(workspace)
    workspace.backup_before_bulk_change(2)
    store.replace_lines(ledger.lines, FinanceSource(path.name, now(), workspace.author, ledger.rows),
                        author=workspace.author)
    loaded = store.load()
    return LedgerImport(ledger, tuple(variance_states(loaded)))


def mapping_from_options(path: Path, options: Sequence[str]) -> tuple[RawTable, dict[str, int] | None]:
    table = ledger_format.read_raw(path)
    if not options:
        return table, None
    return table, ledger_format.parse_mapping_options(options, table.header)


# -- settings and explanations ------------------------------------------------------------------


def set_settings(workspace: Workspace, settings: ChapterSettings) -> None:
    chapter_store(workspace).set_settings(settings, author=workspace.author)


def save_explanation(workspace: Workspace, programme_id: str, kind: LineKind, changes: Mapping[str, object],
                     *, expected_revision: int | None = None) -> VarianceExplanation:
    _refuse_when_locked(workspace)
    return chapter_store(workspace).save_explanation(programme_id, kind, changes, author=workspace.author,
                                                     expected_revision=expected_revision)


def save_effect(workspace: Workspace, programme_id: str, goal_id: str, changes: Mapping[str, object],
                *, expected_revision: int | None = None) -> EffectText:
    _refuse_when_locked(workspace)
    return chapter_store(workspace).save_effect(programme_id, goal_id, changes, author=workspace.author,
                                                expected_revision=expected_revision)


def save_indicators(workspace: Workspace, programme_id: str, indicators: Sequence[EffectIndicator]) -> None:
    _refuse_when_locked(workspace)
    chapter_store(workspace).replace_indicators(programme_id, indicators, author=workspace.author)


def _refuse_when_locked(workspace: Workspace) -> None:
    from ..domain.model import DocumentState

    if workspace.document_header().state is DocumentState.VASTGESTELD:
        raise UserError("Het document is vastgesteld; de toelichtingen en effecten kunnen niet meer wijzigen.")


# -- beleidsindicatoren -------------------------------------------------------------------------------


def import_policy_indicators(workspace: Workspace, path: Path, *, programme: str | None = None,
                             mapping: Mapping[str, int] | None = None) -> policy_format.PolicyImport:
    """Beleidsindicatoren as waarstaatjegemeente.nl exports them, each attached to a programme:
    ``programme`` (its number) for all, or by taakveld through the ledger lines, or by a programme column."""
    document = workspace.document()
    refs = programme_refs(document)
    fixed = None
    if programme is not None:
        fixed = next((r for r in refs if r.number.strip() == programme.strip()), None)
        if fixed is None:
            raise UserError(f"Programma {programme} staat niet in het document.")
    taakvelden = {line.taakveld.split(" ")[0]: line.programme_id for line in document.chapter.lines if line.taakveld}
    result = policy_format.read_policy_indicators(path, refs, fixed=fixed, taakvelden=taakvelden,
                                                   municipality=document.municipality, mapping=mapping)
    # one programme given: its indicators are replaced; otherwise the file is the whole list
    chapter_store(workspace).replace_policy_indicators(result.items, author=workspace.author,
                                                       programme_ids={fixed.id} if fixed else None)
    return result


def describe_variance(state: VarianceState) -> str:
    variance = state.variance
    word = "voordeel" if variance.voordeel else "nadeel"
    return f"{variance.kind.label}: {word} {format_exact(abs(variance.amount))}"
