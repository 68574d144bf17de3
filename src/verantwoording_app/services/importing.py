"""Import use case: recognise a file by its content and bring it into the workspace."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ImportRefused
from ..formats.sniff import zip_kind
from .workspace import ImportReport, Workspace

if TYPE_CHECKING:
    from .xlsx_roundtrip import ApplyResult, Preview

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(path: Path) -> str:
    """``txt``, ``xlsx`` or ``docx`` from the first bytes and the name; ImportRefused otherwise."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise ImportRefused(f"Het bestand '{path}' bestaat niet.") from None
    except IsADirectoryError:
        raise ImportRefused(f"'{path}' is een map, geen bestand.") from None
    except OSError as error:
        raise ImportRefused(f"Kan '{path.name}' niet lezen: {error.strerror}.") from error
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(
            f"'{path.name}' is een oud Office-bestand (.xls/.doc) of een versleuteld bestand. "
            "Sla het in Excel of Word op als .xlsx of .docx (zonder wachtwoord) en probeer het opnieuw."
        )
    by_content = zip_kind(path) if head.startswith(ZIP_MAGIC) else None
    if by_content is not None:  # our packages and workbooks whatever their name (anna.pkg, kopie.zip)
        return by_content
    by_suffix = {".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx", ".vwpakket": "package"}
    if suffix in by_suffix:  # the importer of that format explains what is wrong with the content
        return by_suffix[suffix]
    if head.startswith(ZIP_MAGIC):
        raise ImportRefused(
            f"'{path.name}' is een zip-bestand dat Verantwoording niet herkent. Importeer een .txt-, "
            ".xlsx- of pakketbestand."
        )
    return "txt"


def import_file(workspace: Workspace, path: Path, *, replace_existing: bool = False) -> ImportReport:
    """Import a P&C text into the workspace. Workbooks go through the Excel round trip."""
    fmt = detect_format(path)
    if fmt == "txt":
        return workspace.import_pc_text(path, replace_existing=replace_existing)
    if fmt == "docx":
        raise ImportRefused(
            f"'{path.name}' is een Word-document. Verantwoording importeert P&C-tekst (.txt), eigen "
            "Excel-werkmappen en werkpakketten; sla de tekst in Word op als 'Platte tekst (.txt)'."
        )
    raise ImportRefused(
        f"'{path.name}' kan hier niet worden geïmporteerd; gebruik Importeren › Excel of Importeren › Pakket."
    )


def preview_workbook(workspace: Workspace, path: Path) -> Preview:
    """What re-importing an edited coordinator workbook would change; nothing is written."""
    from . import xlsx_roundtrip

    return xlsx_roundtrip.preview(workspace.store, path)


def apply_workbook(workspace: Workspace, preview: Preview, decisions: Any) -> ApplyResult:
    """Apply a previewed workbook with the user's decisions (per-conflict choices, deletions)."""
    from . import xlsx_roundtrip
    from .packages import _backup_before_import

    _backup_before_import(workspace)
    return xlsx_roundtrip.apply(
        workspace.store, preview, allow_deletions=bool(getattr(decisions, "allow_deletions", False)),
        author=workspace.author, choices=dict(getattr(decisions, "choices", {}) or {}),
    )
