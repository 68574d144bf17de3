"""The programme chapter beyond the activities, for the window and the CLI: ledger import,
variances and their explanations, effect texts and indicators, beleidsindicatoren."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain import policy
from ..domain.blocktext import EMPTY
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
from ..domain.messages import Message
from ..domain.model import Document, new_id
from ..domain.money import format_exact
from ..domain.policy import require
from ..formats import ledger as ledger_format
from ..formats import policy_indicators as policy_format
from ..storage.chapter_store import ChapterStore
from ..storage.mapping import now

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from ..formats.tabular import RawTable
    from .workspace import Workspace


def chapter_store(workspace: Workspace) -> ChapterStore:
    return ChapterStore(workspace._store)


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
    return _read_ledger(workspace, path, mapping, table, _tree_refs(workspace))


def _tree_refs(workspace: Workspace) -> list[ledger_format.ProgrammeRef]:
    return [ledger_format.ProgrammeRef(p.id, p.number, p.name) for p in workspace.tree()]  # no texts needed


def _read_ledger(workspace: Workspace, path: Path, mapping: Mapping[str, int] | None, table: RawTable | None,
                 refs: list[ledger_format.ProgrammeRef]) -> ledger_format.Ledger:
    settings, _source = chapter_store(workspace).settings()
    table = table or ledger_format.read_raw(path)
    return ledger_format.ledger_from_table(table, refs, settings.sign, mapping)


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
    require(policy.can_edit_chapter(workspace.person, "de financiële gegevens", document_locked=_locked(workspace)))
    refs = _tree_refs(workspace)
    ledger = _read_ledger(workspace, path, mapping, table, refs)
    store = chapter_store(workspace)
    workspace.backup_before_bulk_change(2)
    store.replace_lines(ledger.lines, FinanceSource(path.name, now(), workspace.author, ledger.rows),
                        author=workspace.author)
    loaded = replace(store.load(lines=False), lines=ledger.lines)  # the lines as stored, not read back
    return LedgerImport(ledger, tuple(variance_states(loaded, [ref.id for ref in refs])))


def mapping_from_options(path: Path, options: Sequence[str]) -> tuple[RawTable, dict[str, int] | None]:
    table = ledger_format.read_raw(path)
    if not options:
        return table, None
    return table, ledger_format.parse_mapping_options(options, table.header)


# -- settings and explanations ------------------------------------------------------------------


def set_settings(workspace: Workspace, settings: ChapterSettings) -> None:
    require(policy.can_edit_chapter(workspace.person, "de drempel en notatie van de financiën",
                                    document_locked=_locked(workspace)))
    chapter_store(workspace).set_settings(settings, author=workspace.author)


def save_explanation(workspace: Workspace, programme_id: str, kind: LineKind, changes: Mapping[str, object],
                     *, expected_revision: int | None = None) -> VarianceExplanation:
    """Change an explanation as the policy allows the person of this database (domain.policy.can_explain)."""
    store = chapter_store(workspace)
    current = store.explanation(programme_id, kind)
    what = f"de toelichting op {_programme_name(workspace, programme_id)}, {kind.label.lower()}"
    require(policy.can_explain(workspace.person, what, current.owner if current else "", _changing(current, changes),
                               own=_own_variance(workspace, f"{programme_id}:{kind.value}"),
                               document_locked=_locked(workspace)))
    return store.save_explanation(programme_id, kind, changes, author=workspace.author,
                                  expected_revision=expected_revision)


def save_effect(workspace: Workspace, programme_id: str, goal_id: str, changes: Mapping[str, object],
                *, expected_revision: int | None = None) -> EffectText:
    store = chapter_store(workspace)
    current = next((e for e in store.load().effects_of(programme_id) if e.goal_id == goal_id), None)
    what = f"de effecttekst van {_programme_name(workspace, programme_id)}"
    require(policy.can_edit_effect(workspace.person, what, current.owner if current else "",
                                   _changing(current, changes), own=_own_effect(workspace, f"{programme_id}:{goal_id}"),
                                   document_locked=_locked(workspace)))
    return store.save_effect(programme_id, goal_id, changes, author=workspace.author,
                             expected_revision=expected_revision)


def save_indicators(workspace: Workspace, programme_id: str, indicators: Sequence[EffectIndicator]) -> None:
    require(policy.can_edit_chapter(workspace.person, "de effectindicatoren", document_locked=_locked(workspace)))
    chapter_store(workspace).replace_indicators(programme_id, indicators, author=workspace.author)


def _changing(current: object, changes: Mapping[str, object]) -> list[str]:
    """The fields that really change (a form sends what it shows; unchanged values are no change)."""
    if current is None:
        return [name for name, value in changes.items() if value not in (None, "", EMPTY)]
    return [name for name, value in changes.items() if getattr(current, name, None) != value]


def _locked(workspace: Workspace) -> bool:
    from ..domain.model import DocumentState

    return workspace.document_header().state is DocumentState.VASTGESTELD


def _own_variance(workspace: Workspace, key: str) -> bool | None:
    """In an officer's work package: whether the variance was handed out to them; None elsewhere."""
    from .chapter_packages import editable_variances

    keys = editable_variances(workspace)
    return None if keys is None else key in keys


def _own_effect(workspace: Workspace, key: str) -> bool | None:
    """In an officer's work package: whether the effect text (programme:goal) was handed out to them."""
    from .chapter_packages import editable_effects

    keys = editable_effects(workspace)
    return None if keys is None else key in keys


def _programme_name(workspace: Workspace, programme_id: str) -> str:
    return next((p.display_name for p in workspace.tree() if p.id == programme_id), "het programma")


# -- beleidsindicatoren -------------------------------------------------------------------------------


def read_policy_table(path: Path) -> RawTable:
    """The raw table of a beleidsindicatoren file, for the preview that maps columns."""
    from ..formats.tabular import read_table

    return read_table(path, policy_format.score_header)


def preview_policy_indicators(workspace: Workspace, path: Path, *, programme: str | None = None,
                              mapping: Mapping[str, int] | None = None,
                              table: RawTable | None = None) -> policy_format.PolicyImport:
    """What importing beleidsindicatoren would give, each attached to a programme: ``programme`` (its number)
    for all, or a Programma column, or its taakveld through the ledger lines. Nothing is stored."""
    header = workspace.document_header()
    refs = [ledger_format.ProgrammeRef(p.id, p.number, p.name) for p in workspace.tree()]
    fixed = None
    if programme is not None:
        fixed = next((r for r in refs if r.number.strip() == programme.strip()), None)
        if fixed is None:
            raise UserError(Message.of("chapter.programme_missing", programme=programme))
    chapter = chapter_store(workspace).load()
    taakvelden = {line.taakveld.split(" ")[0]: line.programme_id for line in chapter.lines if line.taakveld}
    return policy_format.from_table(table or read_policy_table(path), refs, fixed=fixed, taakvelden=taakvelden,
                                    municipality=header.municipality, mapping=mapping)


def import_policy_indicators(workspace: Workspace, path: Path, *, programme: str | None = None,
                             mapping: Mapping[str, int] | None = None,
                             table: RawTable | None = None) -> policy_format.PolicyImport:
    """Beleidsindicatoren stored: one programme given, its list is replaced; otherwise the file is the whole list."""
    require(policy.can_edit_chapter(workspace.person, "de beleidsindicatoren", document_locked=_locked(workspace)))
    result = preview_policy_indicators(workspace, path, programme=programme, mapping=mapping, table=table)
    refs = {p.number.strip(): p.id for p in workspace.tree()}
    fixed = refs.get(programme.strip()) if programme is not None else None
    chapter_store(workspace).replace_policy_indicators(result.items, author=workspace.author,
                                                       programme_ids={fixed} if fixed else None)
    return result


def describe_variance(state: VarianceState) -> str:
    variance = state.variance
    word = "voordeel" if variance.voordeel else "nadeel"
    return f"{variance.kind.label}: {word} {format_exact(abs(variance.amount))}"


# -- a published chapter added to the document (import --add) --------------------------------------


def add_imported_chapter(workspace: Workspace, imported: Chapter, programmes: Mapping[str, str],
                         goals: Mapping[str, str]) -> list[str]:
    """The chapter of an imported text added to the open document; ``programmes``/``goals`` map the imported
    ids to the document's. Effect texts are appended to what is there (never dropped), indicators and
    beleidsindicatoren added to the programme's, ledger lines and explanations only where the document has
    none yet. Returns notes on what was left out."""
    from ..domain.rollover import join_texts

    if imported.is_empty():
        return []
    store = chapter_store(workspace)
    author = workspace.author
    names = {p.id: p.display_name for p in workspace.tree()}
    notes: list[str] = []
    with workspace._store.transaction():
        current = store.load()
        for effect in imported.effects:
            programme_id = programmes.get(effect.programme_id)
            if programme_id is None:
                continue
            goal_id = goals.get(effect.goal_id, "") if effect.goal_id else ""
            mine = next((e for e in current.effects_of(programme_id) if e.goal_id == goal_id), None)
            changes = {"plan": join_texts(mine.plan, effect.plan) if mine else effect.plan,
                       "realisation": join_texts(mine.realisation, effect.realisation) if mine else effect.realisation}
            store.save_effect(programme_id, goal_id, changes, author=author)
        for programme_id in dict.fromkeys(programmes[i.programme_id] for i in imported.indicators
                                          if i.programme_id in programmes):
            added = [replace(i, programme_id=programme_id, goal_id=goals.get(i.goal_id, "") if i.goal_id else "",
                             id=new_id())
                     for i in imported.indicators if programmes.get(i.programme_id) == programme_id]
            store.replace_indicators(programme_id, [*current.indicators_of(programme_id), *added], author=author)
        policy = [replace(p, programme_id=programmes[p.programme_id], id=new_id())
                  for p in imported.policy_indicators if p.programme_id in programmes]
        if policy:
            touched = {p.programme_id for p in policy}
            kept = [p for p in current.policy_indicators if p.programme_id in touched]
            store.replace_policy_indicators([*kept, *policy], author=author, programme_ids=touched)
        lines = [replace(line, programme_id=programmes[line.programme_id]) for line in imported.lines
                 if line.programme_id in programmes]
        if lines:
            for programme_id in sorted(store.add_lines(lines, author=author, source="tekstimport"),
                                       key=lambda pid: names.get(pid, pid)):
                notes.append(f"{names.get(programme_id, 'een programma')} had al financiële regels; die uit de "
                             "tekst zijn niet overgenomen")
        for explanation in imported.explanations:
            programme_id = programmes.get(explanation.programme_id)
            if programme_id is None:
                continue
            existing = current.explanation_for(programme_id, explanation.kind)
            if existing is not None and existing.explained:
                notes.append(f"de toelichting op {names.get(programme_id, 'een programma')}, "
                             f"{explanation.kind.label.lower()} bestond al; die uit de tekst is niet overgenomen")
                continue
            store.save_explanation(programme_id, explanation.kind,
                                   {"cause": explanation.cause, "nature": explanation.nature,
                                    "rechtmatigheid": explanation.rechtmatigheid}, author=author)
    return notes
