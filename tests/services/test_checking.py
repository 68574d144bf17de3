"""The checking service: lint with ignores, the workbook's Controle column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl import load_workbook

from verantwoording_app.services.checking import aids, lint
from verantwoording_app.services.exporting import export_document
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from verantwoording_app.domain.model import Activiteit


def test_the_workbook_has_a_column_with_the_open_findings(workspace: Workspace, tmp_path: Path) -> None:
    report = lint(workspace)
    counts = report.count_by_activity()
    assert sum(counts.values()) == 5  # the Almelo sample (see tests/domain/test_checks.py)
    finding = report.open[0]
    aids(workspace).ignore(finding.activity_id, finding.rule_id, finding.fingerprint, "lopend onderzoek", "tester")
    target = tmp_path / "werkmap.xlsx"
    export_document(workspace, "xlsx", target)
    sheet = load_workbook(target, read_only=True)["Activiteiten"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-1] == "Controle"
    by_id = {row[0]: row[header.index("Controle")] for row in rows[1:]}
    assert sum(by_id.values()) == 4
    assert by_id[finding.activity_id] == counts[finding.activity_id] - 1


def _full_counts(workspace: Workspace) -> tuple[dict[str, int], int, int]:
    """What the counts must be: every text analysed from scratch."""
    from verantwoording_app.services import checking, spelling

    document = workspace.document()
    report = lint(workspace, document)
    checker = spelling.load_checker(aids(workspace).words())
    return report.count_by_activity(), len(report.ignored), len(checking.spelling(document, checker))


def test_document_counts_equal_a_full_analysis_and_only_changed_texts_are_analysed_again(
        workspace: Workspace) -> None:
    from verantwoording_app.domain.blocktext import parse_markdown
    from verantwoording_app.services.checking import document_counts

    first = document_counts(workspace)
    activities = workspace.document().activity_count()
    assert first.analysed == activities
    assert (first.open_findings, first.ignored, first.misspelt) == _full_counts(workspace)
    again = document_counts(workspace)
    assert again.analysed == 0
    assert (again.open_findings, again.misspelt) == (first.open_findings, first.misspelt)

    # one realisation changed: a placeholder and two misspellings, and only that activity is analysed again
    place = next(iter(workspace.document().iter_activities()))
    workspace.save_activity(place.activity.id, {"realisation": parse_markdown("Het projcet is PM. Verder wrod nog.")})
    changed = document_counts(workspace)
    assert changed.analysed == 1
    assert (changed.open_findings, changed.ignored, changed.misspelt) == _full_counts(workspace)
    new = workspace.activity(place.activity.id)
    assert changed.misspelt == first.misspelt - _misspelt_in(place.activity) + _misspelt_in(new)
    assert changed.open_findings[new.id] > first.open_findings.get(new.id, 0)  # the placeholder

    # a word on the document's list changes what the spell check flags everywhere
    aids(workspace).add_word("projcet", "tester")
    listed = document_counts(workspace)
    assert listed.analysed == activities
    assert listed.misspelt == changed.misspelt - 1

    # ignoring a finding needs no analysis at all
    finding = lint(workspace).open[0]
    aids(workspace).ignore(finding.activity_id, finding.rule_id, finding.fingerprint, "klopt zo", "tester")
    ignored = document_counts(workspace)
    assert ignored.analysed == 0
    assert (ignored.open_findings, ignored.ignored, ignored.misspelt) == _full_counts(workspace)


def _misspelt_in(activity: Activiteit) -> int:
    from verantwoording_app.services import checking, spelling

    checker = spelling.load_checker(())
    return sum(len(checker.misspelt_words(text)) for field in checking.SPELL_FIELDS
               for text in checking.field_text(activity, field))


def test_document_counts_follow_the_structure_and_the_target_length(workspace: Workspace) -> None:
    """A cross-reference can start or stop pointing at something when activities are added, and the target
    length changes the length rule: stored results keyed on them are analysed again."""
    from verantwoording_app.services.checking import document_counts

    document_counts(workspace)
    goal = workspace.tree()[0].goals[0]
    workspace.add_activity(goal.id, "Nieuwe activiteit")
    assert document_counts(workspace).analysed == workspace.document().activity_count()
    aids(workspace).set_target(5)
    after = document_counts(workspace, with_spelling=False)
    assert after.analysed == workspace.document().activity_count()
    assert after.open_findings == lint(workspace).count_by_activity()
    # a changed text alone, counted without the spell check (the workbook's Controle column)
    from verantwoording_app.domain.blocktext import parse_markdown

    workspace.save_activity(goal.activities[0].id, {"realisation": parse_markdown("Dit is nog TODO.")})
    edited = document_counts(workspace, with_spelling=False)
    assert edited.analysed == 1
    assert edited.open_findings == lint(workspace).count_by_activity()


def test_document_counts_on_a_read_only_database_analyse_without_storing(tmp_path: Path) -> None:
    from verantwoording_app.services.checking import document_counts

    path = tmp_path / "alleen-lezen.vwdb"
    Workspace.open_default(path, author="tester").close()
    reader = Workspace.open(path, author="tester", read_only=True)
    try:
        first = document_counts(reader, with_spelling=False)
        assert first.analysed == reader.document().activity_count()
        assert document_counts(reader, with_spelling=False).analysed == first.analysed
        assert first.open_findings == lint(reader).count_by_activity()
    finally:
        reader.close()


def test_the_export_uses_the_stored_counts_and_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    """The export leaves the database file as it was, also when it has to analyse every text; check keys the
    results on the tree, the export on the loaded document: the same keys."""
    from verantwoording_app.services.checking import document_counts

    path = workspace.database_path
    assert path is not None
    workspace._store.close()
    before = path.read_bytes()
    reopened = Workspace.open(path, author="tester")
    try:
        export_document(reopened, "xlsx", tmp_path / "werkmap.xlsx")  # nothing stored yet
        assert document_counts(reopened, with_spelling=False, keep=False).analysed > 0  # and still nothing
    finally:
        reopened.close()
    assert path.read_bytes() == before
    reopened = Workspace.open(path, author="tester")
    try:
        assert document_counts(reopened, with_spelling=False).analysed == reopened.document().activity_count()
        assert document_counts(reopened, with_spelling=False, document=reopened.document(), keep=False).analysed == 0
    finally:
        reopened.close()


def test_document_counts_without_a_spelling_process_load_the_dictionary_here(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from verantwoording_app.services import spell_process
    from verantwoording_app.services.checking import document_counts

    def refuse() -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(spell_process, "SpellProcess", refuse)
    counts = document_counts(workspace)
    assert counts.analysed == workspace.document().activity_count()
    assert (counts.open_findings, counts.ignored, counts.misspelt) == _full_counts(workspace)
