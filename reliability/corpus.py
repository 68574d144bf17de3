"""A corpus of broken and hostile files for every importer, and the check each must pass.

Every case goes through the same door a user uses (``verantwoording import``)
against a database; the import must be refused with a clear Dutch one-liner,
quickly and in bounded memory, and the database file must stay byte for byte
the same. Files are generated, so the corpus needs no large files in git.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import tracemalloc
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: str
    """A piece of the Dutch message the refusal must contain."""


@dataclass(frozen=True)
class Outcome:
    case: Case
    exit_code: int
    message: str
    seconds: float
    peak_mb: float
    unchanged: bool

    @property
    def ok(self) -> bool:
        return (self.exit_code == 1 and self.case.expect.casefold() in self.message.casefold()
                and self.unchanged and "Traceback" not in self.message and self.message.count("\n") <= 1)


def _zip(parts: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _rewrite(source: Path, change: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    return _zip(parts)


def build(folder: Path, workbook: Path, handin: Path, foreign_workbook: Path, foreign_handin: Path) -> list[Case]:
    """Write the corpus into ``folder``. The four inputs are real files of ours to mutilate."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes, expect: str) -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(name, path, expect))

    # -- P&C text
    add("leeg.txt", b"", "leeg")
    add("alleen-witruimte.txt", b" \r\n\t\r\n" * 100, "leeg")
    add("binair.txt", bytes(range(256)) * 400, "binaire")
    add("nul-tekens.txt", b"Voor hoofddoel I \x00\x00\x00" * 5000, "binaire")
    add("stuurtekens.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 2000 + b"tekst", "binaire")
    add("pdf-met-txt.txt", b"%PDF-1.7\n" + b"x" * 5000, "geen tekstbestand")
    add("programma.txt", b"MZ\x90\x00" + bytes(4000), "geen tekstbestand")
    add("onleesbare-codering.txt", bytes(range(0x80, 0x100)) * 200, "tekencodering")
    add("zonder-structuur.txt", b"Een brief aan de raad, zonder hoofddoelen.\n" * 1000, "geen activiteiten")
    big = folder / "enorm-50mb.txt"
    with big.open("wb") as stream:
        line = b"Een regel tekst zonder structuur die steeds weer terugkomt in dit veel te grote bestand.\n"
        for _ in range((50 * 1024 * 1024) // len(line) + 1):
            stream.write(line)
    cases.append(Case(big.name, big, "geen activiteiten"))  # 50 MB is read (the limit is 200 MB), then refused
    add("utf16-zonder-bom.txt", "Voor hoofddoel I \"x\" voeren we uit:\n".encode("utf-16-le") * 100,
        "geen activiteiten")  # recognised as UTF-16 text; refused because it has goals but no activity

    # -- Excel workbooks
    add("geen-zip.xlsx", b"Dit is geen werkmap maar platte tekst.\n" * 50, "geen Excel-werkmap")
    add("afgebroken.xlsx", workbook.read_bytes()[: workbook.stat().st_size // 2], "beschadigd")
    add("oud-xls.xlsx", OLE_MAGIC + bytes(4000), "xls")
    add("versleuteld.xlsx", OLE_MAGIC + b"EncryptionInfo" + bytes(4000), "versleuteld")
    add("csv-hernoemd.xlsx", b"id;titel;status\n1;Activiteit;gereed\n" * 100, "CSV")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"<row>" + b" " * (1024 * 1024) + b"</row>"
            for _ in range(1100):  # > 1 GB uncompressed, about 1 MB compressed
                part.write(chunk)
    add("zipbom.xlsx", bomb.getvalue(), "zip-bom")
    entities = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<worksheet>&lol2;</worksheet>"
    )
    add("entiteiten.xlsx", _rewrite(workbook, lambda p: p.__setitem__("xl/worksheets/sheet1.xml", entities.encode())),
        "DTD/ENTITY")
    external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet>&e;</worksheet>'
    add("externe-entiteit.xlsx",
        _rewrite(workbook, lambda p: p.__setitem__("xl/worksheets/sheet1.xml", external.encode())), "DTD/ENTITY")
    add("pad-truc.xlsx", _rewrite(workbook, lambda p: p.__setitem__("../../../tmp/evil.txt", b"x")), "verdacht pad")
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(1, 1_000_002))
    million = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
        f"<sheetData>{rows}</sheetData></worksheet>"
    add("miljoen-rijen.xlsx", _rewrite(workbook, lambda p: p.__setitem__("xl/worksheets/sheet1.xml", million.encode())),
        "rijen")
    add("ander-document.xlsx", foreign_workbook.read_bytes(), "ander document")

    # -- a broken Word document (an unbound namespace prefix)
    add("hoofdstuk.docx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}),
        "Word-bestand is beschadigd")

    # -- work packages
    add("geen-zip.vwpakket", b"geen pakket" * 100, "geen werkpakket")
    add("afgebroken.vwpakket", handin.read_bytes()[: handin.stat().st_size // 2], "beschadigd")

    def tamper(parts: dict[str, bytes]) -> None:
        parts["payload.json"] = parts["payload.json"].replace(b"gereed", b"vertraagd")

    add("gewijzigd.vwpakket", _rewrite(handin, tamper), "controlesom")
    add("pad-truc.vwpakket", _rewrite(handin, lambda p: p.__setitem__("../../evil.json", b"{}")), "verdacht pad")

    def nested(parts: dict[str, bytes]) -> None:
        body = b"[" * 100_000 + b"]" * 100_000
        parts["payload.json"] = body
        head = json.loads(parts["manifest.json"])
        head["sha256"] = hashlib.sha256(body).hexdigest()
        parts["manifest.json"] = json.dumps(head).encode()

    add("diep-genest.vwpakket", _rewrite(handin, nested), "onleesbare")
    package_bomb = io.BytesIO()
    with zipfile.ZipFile(package_bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        with archive.open("payload.json", "w") as part:
            for _ in range(300):
                part.write(b" " * (1024 * 1024))
    add("zipbom.vwpakket", package_bomb.getvalue(), "pakt uit tot meer dan")
    add("ander-document.vwpakket", foreign_handin.read_bytes(), "ander document")
    return cases


def check(case: Case, database: Path) -> Outcome:
    """Import one case through the command line into ``database``; measure and compare."""
    from verantwoording_app.cli import main

    before = database.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        code = main(["import", str(case.path), "--db", str(database), "--apply"], out=out, err=err)
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return Outcome(case, code, err.getvalue().strip(), seconds, peak / (1024 * 1024), database.read_bytes() == before)


def prepare(folder: Path) -> tuple[Path, list[Case]]:
    """A coordinator database (closed, checkpointed) and the corpus built against it."""
    from verantwoording_app.domain.selection import Selection
    from verantwoording_app.services import packages
    from verantwoording_app.services.exporting import export_document
    from verantwoording_app.services.workspace import Workspace

    database = folder / "coordinator.vwdb"
    coordinator = Workspace.open_default(database, author="coördinator")
    coordinator.assign(Selection(goal="I"), owner="Fatima")
    workbook = folder / "werkmap.xlsx"
    export_document(coordinator, "xlsx", workbook)
    packages.create_handout(coordinator, "Fatima", folder / "uitgifte.vwpakket")
    coordinator.close()
    officer = packages.open_handout(folder / "uitgifte.vwpakket", database=folder / "fatima.vwdb")
    officer.save_activity(officer.tree()[0].goals[0].activities[0].id, {"status": "gereed"})
    handin = folder / "terug.vwpakket"
    packages.create_handin(officer, handin)
    officer.close()

    other = Workspace.open_default(folder / "ander.vwdb", author="ander")
    other.assign(Selection(goal="I"), owner="Fatima")
    foreign_workbook = folder / "ander.xlsx"
    export_document(other, "xlsx", foreign_workbook)
    packages.create_handout(other, "Fatima", folder / "ander-uitgifte.vwpakket")
    other.close()
    officer = packages.open_handout(folder / "ander-uitgifte.vwpakket", database=folder / "ander-fatima.vwdb")
    officer.save_activity(officer.tree()[0].goals[0].activities[0].id, {"status": "gereed"})
    foreign_handin = folder / "ander-terug.vwpakket"
    packages.create_handin(officer, foreign_handin)
    officer.close()
    return database, build(folder / "corpus", workbook, handin, foreign_workbook, foreign_handin)
