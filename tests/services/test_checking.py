"""The checking service: lint with ignores, the workbook's Controle column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from verantwoording_app.services.checking import aids, lint
from verantwoording_app.services.exporting import export_document
from verantwoording_app.services.workspace import Workspace


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
