"""Importing into a document that has its own status scheme: offered statuses land in that scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.status import TRAFFIC_LIGHT, TWO_STATUS
from verantwoording_app.services.importing import import_file
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path

PAGE = """Hoofddoel 1: Veilig thuis

1. Eerste activiteit
Plan van de eerste.
Realisatie:
Gedaan.
Status: gereed

2. Tweede activiteit
Plan van de tweede.
Realisatie:
Loopt nog.
Status: op schema
"""


def _statuses(workspace: Workspace) -> list[str | None]:
    return [place.activity.status for place in workspace.document().iter_activities()]


def test_adding_carries_statuses_into_the_documents_scheme(tmp_path: Path) -> None:
    source = tmp_path / "pagina.txt"
    source.write_text(PAGE, encoding="utf-8")
    workspace = Workspace.open(tmp_path / "db.vwdb", create=True, author="tester")
    try:
        import_file(workspace, source)
        workspace._store.update_document({"status_scheme": TRAFFIC_LIGHT}, author="tester")
        report = import_file(workspace, source, add=True)
        statuses = _statuses(workspace)
        assert statuses[:2] == ["gereed", "op_schema"]
        assert statuses[2:] == ["groen", "groen"]
        assert workspace.document_header().status_scheme == TRAFFIC_LIGHT
        assert not [w for w in report.warnings if "statusschema" in w]
        workspace._store.update_document({"status_scheme": TWO_STATUS}, author="tester")
        report = import_file(workspace, source, replace_existing=True)
        assert workspace.document_header().status_scheme == TWO_STATUS  # the replaced document keeps its scheme
        assert _statuses(workspace) == ["uitgevoerd", None]
        assert any("status 'Op schema' (1 activiteit) past niet in het statusschema" in w for w in report.warnings)
    finally:
        workspace.close()


def test_the_clipboard_prefers_html_and_falls_back_to_text() -> None:
    from verantwoording_app.domain.errors import ImportRefused
    from verantwoording_app.services.importing import clipboard_source, recognise_source

    html = "<h3>Zwembad</h3><p>Plan.</p><p><b>Realisatie:</b></p><p>Gedaan.</p>"
    source = clipboard_source(html, "Zwembad Plan. Realisatie: Gedaan.")
    assert source.encoding == "klembord (HTML)"
    assert [a.activity.title for a in recognise_source(source).document.iter_activities()] == ["Zwembad"]
    source = clipboard_source("<p> </p>", PAGE)
    assert source.encoding == "klembord (tekst)"
    assert recognise_source(source).document.activity_count() == 2
    with pytest.raises(ImportRefused, match="geen tekst"):
        clipboard_source(None, "  \n")
