"""Attacks and careless colleagues (issue 15): each reproduced through the command line, each with its figures.

Unlike the hostile corpus (every file refused whole), some of these are
hand-ins that are accepted in part: the attack inside must be refused with a
message while the rest applies. Each case says what the exit code must be,
which words the output must contain, whether the database must stay byte for
byte the same, and checks the database afterwards. Hand-ins are rebuilt from a
real one with a fresh, valid checksum: anyone can recompute a SHA-256.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import socket
import sqlite3
import stat
import struct
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import corpus

Verify = Callable[[Path], "str | None"]


@dataclass(frozen=True)
class Attack:
    name: str
    path: Path
    expect: str
    """A piece of the output (stdout and stderr) the command must print."""
    exit_code: int = 1
    unchanged: bool = True
    """Whether the database file must stay byte for byte the same."""
    args: tuple[str, ...] = ("--apply",)
    verify: Verify | None = None
    """Checks the database afterwards: a problem in words, or None."""
    command: str = "import"
    database: Path | None = None
    """Its own database (e.g. a damaged copy); default the coordinator's."""
    setup: Callable[[Path], None] | None = None
    """Done to the database just before the command (and undone after)."""
    teardown: Callable[[Path], None] | None = None
    """Done after the command and its checks (a umask put back, a lock file removed)."""
    forbid: str = ""
    """A piece the output must not contain (garbled text, a secret)."""


@dataclass(frozen=True)
class AttackOutcome:
    attack: Attack
    exit_code: int
    output: str
    seconds: float
    peak_mb: float
    unchanged: bool
    problem: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.exit_code == self.attack.exit_code and self.attack.expect.casefold() in self.output.casefold()
                and (self.unchanged or not self.attack.unchanged) and self.problem is None
                and "Traceback" not in self.output
                and (self.attack.exit_code == 3 or "onverwachte fout" not in self.output)
                and not (self.attack.forbid and self.attack.forbid in self.output))


def rebuild(source: Path, change: Callable[[dict[str, Any], dict[str, Any]], None]) -> bytes:
    """A real package with its manifest and payload changed, and a valid checksum."""
    with zipfile.ZipFile(source) as archive:
        head = json.loads(archive.read("manifest.json"))
        payload = json.loads(archive.read("payload.json"))
    change(head, payload)
    body = json.dumps(payload, ensure_ascii=False).encode()
    head["sha256"] = hashlib.sha256(body).hexdigest()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("payload.json", body)
    return buffer.getvalue()


def lie_about_size(data: bytes, claimed: int, member: bytes) -> bytes:
    """Rewrite the declared uncompressed size of one member (local and central header) to ``claimed``."""
    out = bytearray(data)
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = 0
        while (at := out.find(signature, at)) >= 0:
            if out[at + name_at: at + name_at + len(member)] == member:
                struct.pack_into("<I", out, at + size_at, claimed)
            at += 4
    return bytes(out)


def _activity(database: Path, activity_id: str) -> dict[str, Any]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.row_factory = sqlite3.Row
        row = connection.execute("SELECT * FROM activities WHERE id = ?", (activity_id,)).fetchone()
        return dict(row) if row is not None else {}
    finally:
        connection.close()


def _conflicts(database: Path, activity_id: str) -> list[dict[str, Any]]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.row_factory = sqlite3.Row
        return [dict(r) for r in connection.execute("SELECT * FROM conflicts WHERE activity_id = ?", (activity_id,))]
    finally:
        connection.close()


def _ids(database: Path) -> list[tuple[str, str]]:
    """(id, owner) of every activity in tree order."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return list(connection.execute(
            "SELECT a.id, a.owner FROM activities a JOIN goals g ON a.goal_id = g.id "
            "JOIN programmes p ON g.programme_id = p.id ORDER BY p.position, g.position, a.position"))
    finally:
        connection.close()


def _change(**fields: Any) -> dict[str, Any]:
    return {"base": dict.fromkeys(fields), "theirs": fields, "remarks": []}


def build(folder: Path, database: Path) -> list[Attack]:
    """The attacks against the coordinator ``database`` prepared by ``corpus.prepare`` in ``folder``."""
    from verantwoording_app.domain.blocktext import BlockText
    from verantwoording_app.services.backups import make_backup
    from verantwoording_app.services.workspace import Workspace

    target = folder / "aanvallen"
    target.mkdir(exist_ok=True)
    handin = folder / "terug.vwpakket"
    workbook = folder / "werkmap.xlsx"
    ids = _ids(database)
    own = [i for i, owner in ids if owner == "Fatima"]
    others = [i for i, owner in ids if owner != "Fatima"]
    later = "Later door de coördinator geschreven."
    coordinator = Workspace.open(database, author="coördinator")
    coordinator.save_activity(own[3], {"realisation": BlockText.from_plain(later)})
    coordinator.close()
    attacks: list[Attack] = []

    def add(name: str, data: bytes, expect: str, **options: Any) -> None:
        path = target / name
        path.write_bytes(data)
        attacks.append(Attack(name, path, expect, **options))

    def hand_in(change: Callable[[dict[str, Any], dict[str, Any]], None]) -> bytes:
        return rebuild(handin, change)

    # -- hand-ins: checked against the record of the hand-out
    def other_officers(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {others[0]: _change(title="Gekaapt", owner="Mallory")}

    add("andermans-activiteit.vwpakket", hand_in(other_officers), "hoort niet bij de uitgifte aan Fatima",
        exit_code=0, verify=lambda db: None if _activity(db, others[0])["owner"] != "Mallory" else "eigenaar gewijzigd")

    def mallory(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[1]: _change(owner="Mallory")}

    add("eigenaar-mallory.vwpakket", hand_in(mallory), "eigenaar mag in deze uitgifte niet worden gewijzigd",
        exit_code=0)

    def approve(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[2]: _change(review_state="vastgesteld")}

    def not_approved(db: Path) -> str | None:
        if _activity(db, own[2])["review_state"] == "vastgesteld":
            return "vastgesteld overgenomen"
        return None if any("voorstel" in c["source"] for c in _conflicts(db, own[2])) else "geen voorstel"

    add("zelf-vastgesteld.vwpakket", hand_in(approve), "te beslissen", exit_code=0, unchanged=False,
        verify=not_approved)

    def unknown_status(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[1]: _change(status="bijna-klaar")}

    add("onbekende-status.vwpakket", hand_in(unknown_status), "bestaat niet in het statusschema", exit_code=0)

    def made_up(head: dict[str, Any], _payload: dict[str, Any]) -> None:
        head["based_on"] = "0" * 32

    add("verzonnen-uitgifte.vwpakket", hand_in(made_up), "niet is gemaakt")

    def spoofed(head: dict[str, Any], payload: dict[str, Any]) -> None:
        head["owner"] = head["created_by"] = "Wethouder"
        payload["changes"][own[0]]["remarks"] = [
            {"id": "f" * 32, "author": "Wethouder", "created_at": "2023-01-01T10:00:00", "text": "Akkoord!",
             "resolved": False}]

    def author_is_fatima(db: Path) -> str | None:
        return None if _activity(db, own[0])["updated_by"] == "Fatima" else "auteur niet Fatima"

    add("auteur-wethouder.vwpakket", hand_in(spoofed), "verwerkt als werk van Fatima", exit_code=0, unchanged=False,
        verify=author_is_fatima)

    def fake_base(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[3]: {"base": {"realisation": later + "\n"},
                                       "theirs": {"realisation": "Overschreven door Fatima.\n"}, "remarks": []}}

    def kept(db: Path) -> str | None:
        return None if later in _activity(db, own[3])["realisation"] else "latere tekst overschreven"

    add("nep-basis.vwpakket", hand_in(fake_base), "te beslissen", exit_code=0, unchanged=False, verify=kept)

    def overlong(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[1]: _change(realisation="x" * 39_999 + "\n")}

    add("tekst-40000.vwpakket", hand_in(overlong), "40.000 tekens", exit_code=0)

    def controls(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"] = {own[4]: _change(internal_note="met\x00nul en \x1b[31mescape")}

    def stripped(db: Path) -> str | None:
        note = _activity(db, own[4])["internal_note"]
        return None if "\x00" not in note and "\x1b" not in note and "escape" in note else f"notitie: {note!r}"

    add("nul-escape.vwpakket", hand_in(controls), "verwerkt", exit_code=0, unchanged=False, verify=stripped)

    with zipfile.ZipFile(handin) as archive:
        manifest, payload = archive.read("manifest.json"), archive.read("payload.json")
    padded = io.BytesIO()
    with zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("payload.json", payload + b" " * (32 * 1024 * 1024))
    add("liegende-grootte.vwpakket", lie_about_size(padded.getvalue(), len(payload), b"payload.json"), "beschadigd")

    add("ander-document-uitgifte.vwpakket", (folder / "ander-uitgifte.vwpakket").read_bytes(),
        "vervangt dat nooit", args=("--replace",))

    # -- workbooks
    def workbook_with(part: str, data: bytes) -> bytes:
        return corpus._rewrite(workbook, lambda parts: parts.__setitem__(part, data))

    with zipfile.ZipFile(workbook) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet_name = next(n for n, d in parts.items() if n.startswith("xl/worksheets/") and b"<dimension" in d)
    sheet = parts[sheet_name].decode("utf-8")
    far = sheet.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
                                        "</row></sheetData>")
    add("cel-xfd1048576.xlsx", workbook_with(sheet_name, far.encode()), "XFD1048576")
    dtd = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</sst>')
    add("utf16-dtd.xlsx", workbook_with("xl/sharedStrings.xml", dtd.encode("utf-16")), "DTD/ENTITY")
    add("dtd-in-ander-onderdeel.xlsx",
        workbook_with("customXml/item1.dat", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'),
        "DTD/ENTITY")
    add("dimensie-xfd1048576.xlsx",
        workbook_with(sheet_name, sheet.replace("<dimension ref=\"", "<dimension ref=\"A1:XFD1048576\" x=\"", 1)
                      .encode()), "XFD1048576")
    add("surrogaat.xlsx", _cell_workbook(workbook, "Gedaan _xD800_ en meer"), "bevat een teken dat",
        exit_code=0)
    add("cel-40000.xlsx", _cell_workbook(workbook, "x" * 40_000), "40.000 tekens", exit_code=0)
    add("nul-escape.xlsx", _cell_workbook(workbook, "Klaar_x0000_ met _x001B_[31mkleur"), "stuurteken",
        exit_code=0, unchanged=False)

    # -- a damaged database: check names the newest good backup
    damaged = target / "beschadigd.vwdb"
    damaged.write_bytes(database.read_bytes())

    def damage(path: Path) -> None:
        make_backup(path, "handmatig")  # a good backup first, where the run keeps its backups
        with path.open("r+b") as stream:
            stream.seek(100)
            stream.write(os.urandom(3900))

    attacks.append(Attack("beschadigd.vwdb", damaged, "De nieuwste goede reservekopie", command="check", args=(),
                          database=damaged, setup=damage))
    attacks += _files_and_locks(target, database)
    return attacks


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _files_and_locks(target: Path, database: Path) -> list[Attack]:
    """Storage, privacy and lock cases of issue 15: what the command line leaves on disk and whom it writes past."""
    from verantwoording_app.services import backups, paths
    from verantwoording_app.services.leftovers import JOURNAL_FOLDER
    from verantwoording_app.services.locking import lock_path

    out: list[Attack] = []
    saved_umask: list[int] = []

    def umask_077(_db: Path) -> None:
        saved_umask.append(os.umask(0o077))

    def umask_back(_db: Path) -> None:
        os.umask(saved_umask.pop())

    def private(path: Path) -> Verify:
        def verify(_db: Path) -> str | None:
            mode = _mode(path)
            path.unlink()
            return None if mode == 0o600 else f"aangemaakt als {mode:o}, niet 600 (umask 077)"
        return verify

    # exports and hand-out packages follow the umask (077: only the owner may read them)
    export = target / "umask-077.xlsx"
    out.append(Attack("umask-077.xlsx", export, "geëxporteerd", exit_code=0, command="export",
                      args=("--out", str(export)), setup=umask_077, teardown=umask_back, verify=private(export)))
    package = target / "umask-077.vwpakket"
    out.append(Attack("umask-077.vwpakket", package, "werkpakket", exit_code=0, unchanged=False, command="handout",
                      args=("--owner", "Fatima", "--out", str(package)), setup=umask_077, teardown=umask_back,
                      verify=private(package)))

    # a write-protected (0444) export target is not replaced
    protected = target / "alleen-lezen-doel.txt"

    def protect(_db: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            protected.chmod(0o644)
        protected.write_text("definitief\n", encoding="utf-8")
        protected.chmod(0o444)

    def still_protected(_db: Path) -> str | None:
        if protected.read_text(encoding="utf-8") != "definitief\n":
            return "doel overschreven"
        return None if _mode(protected) == 0o444 else f"modus gewijzigd in {_mode(protected):o}"

    out.append(Attack("alleen-lezen-doel.txt", protected, "alleen-lezen", command="export",
                      args=("--out", str(protected)), setup=protect, verify=still_protected))

    # a write-protected (0444) database: exported read-only, never chmodded to write it
    readonly = target / "alleen-lezen.vwdb"
    readonly.write_bytes(database.read_bytes())
    readonly_export = target / "uit-alleen-lezen.txt"

    def make_readonly(path: Path) -> None:
        path.chmod(0o444)

    def never_chmodded(path: Path) -> str | None:
        readonly_export.unlink(missing_ok=True)
        mode = _mode(path)
        path.chmod(0o644)  # so the run can put it back
        leftovers = [p.name for p in path.parent.glob(path.name + "-*")]
        if leftovers:
            return f"naast de database: {', '.join(leftovers)}"
        return None if mode == 0o444 else f"modus gewijzigd in {mode:o}"

    out.append(Attack("alleen-lezen.vwdb", readonly, "alleen-lezen geopend", exit_code=0, command="export",
                      args=("--out", str(readonly_export)), database=readonly, setup=make_readonly,
                      verify=never_chmodded))

    # leftovers of killed runs (a hidden partial export, a backup temporary) are cleaned at the next start
    partial = target / ".uit.xlsx.0badc0de.tmp"
    planted: list[Path] = []

    def plant(db: Path) -> None:
        backup_temp = backups.backup_folder(db) / f"{db.stem}-20261126-120000-periodiek.tmp"  # the data folder now
        planted[:] = [partial, backup_temp]
        partial.write_bytes(b"half")
        journal = paths.data_dir() / JOURNAL_FOLDER
        journal.mkdir(parents=True, exist_ok=True)
        (journal / "gedood.txt").write_text(str(partial), encoding="utf-8")
        backup_temp.parent.mkdir(parents=True, exist_ok=True)
        backup_temp.write_bytes(b"half")
        an_hour_ago = time.time() - 3600
        os.utime(backup_temp, (an_hour_ago, an_hour_ago))

    def cleaned(_db: Path) -> str | None:
        left = [p.name for p in planted if p.exists()]
        return f"achtergebleven: {', '.join(left)}" if left else None

    out.append(Attack("achtergebleven-tmp", partial, "Reservekopie gemaakt", exit_code=0, command="backup",
                      args=("create",), setup=plant, verify=cleaned))

    # the command line thins backups like the window, and leaves no -wal/-shm beside them
    def sixteen_backups(db: Path) -> None:
        folder = backups.backup_folder(db)
        for old in folder.glob("*"):
            old.unlink()
        made = backups.make_backup(db, "handmatig")
        for day in range(1, 16):
            (folder / f"{db.stem}-202002{day:02d}-120000-periodiek.vwdb").write_bytes(made.read_bytes())

    def thinned(db: Path) -> str | None:
        folder = backups.backup_folder(db)
        names = [p.name for p in folder.iterdir()]
        sidecars = [n for n in names if n.endswith(("-wal", "-shm", "-journal"))]
        if sidecars:
            return f"naast de reservekopieën: {', '.join(sidecars)}"
        kept = len([n for n in names if n.endswith(".vwdb")])
        return None if kept == backups.KEEP_RECENT else f"{kept} van 17 bewaard, niet {backups.KEEP_RECENT}"

    out.append(Attack("reservekopieen-16", database, "opgeruimd", exit_code=0, command="backup", args=("create",),
                      setup=sixteen_backups, verify=thinned))

    # the window's lock: a command never writes through it; a second command waits for the first
    def lock_of(kind: str) -> Callable[[Path], None]:
        def write(db: Path) -> None:
            now = datetime.now().replace(microsecond=0).isoformat()
            lock_path(db).write_text(json.dumps({
                "user": "Fatima", "host": socket.gethostname(), "pid": os.getppid(),  # our parent: alive
                "since": now, "heartbeat": now, "kind": kind}), encoding="utf-8")
            if kind == "opdrachtregel":  # that command is done a second later
                threading.Timer(1.0, lambda: lock_path(db).unlink(missing_ok=True)).start()
        return write

    def unlock(db: Path) -> None:
        lock_path(db).unlink(missing_ok=True)

    out.append(Attack("venster-open", database, "geopend in het venster van Fatima", command="assign",
                      args=("--owner", "Piet", "--goal", "I"), setup=lock_of("venster"), teardown=unlock))

    def waited(db: Path) -> str | None:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT COUNT(*) FROM activities WHERE owner = 'Piet'").fetchone()[0]
        finally:
            connection.close()
        return None if rows else "niet geschreven"

    out.append(Attack("tweede-opdracht", database, "Piet", exit_code=0, unchanged=False, command="assign",
                      args=("--owner", "Piet", "--goal", "I"), setup=lock_of("opdrachtregel"), teardown=unlock,
                      verify=waited))

    # texts: one 1 MB line (every pattern linear), one stray byte in UTF-8 (not Windows-1252 garble)
    long_line = target / "regel-1mb.txt"
    long_line.write_text('Voor hoofddoel I "' + "a" * (1024 * 1024) + '" voeren we\n\n1. Titel\nPlan.\n'
                         "Uitvoering in 2022:\nGedaan.\n", encoding="utf-8")
    out.append(Attack("regel-1mb.txt", long_line, "voorbeeld, er is niets geschreven", exit_code=0,
                      args=("--preview",)))
    stray = target / "verdwaalde-byte.txt"
    stray.write_bytes('Hoofddoel 1: Almeloërs aan het werk\n\n1. Titel\nPlan voor Almeloërs.\nUitvoering in 2022:\n'
                      .encode() + b"Gedaan \xff voor alle Almelo\xc3\xabrs.\n")  # one stray byte, the rest UTF-8
    out.append(Attack("verdwaalde-byte.txt", stray, "onleesbare byte(s) vervangen", exit_code=0,
                      args=("--preview",), forbid="AlmeloÃ«rs"))
    out += _environment(target, database)
    return out


class _Patched:
    """Faults that cannot be made for real on this machine (a full disk; a read-only medium when running as
    root), injected where the program meets the system, and taken out again afterwards."""

    def __init__(self, *patches: tuple[Any, str, Any]) -> None:
        self.patches = patches
        self.saved: list[tuple[Any, str, Any]] = []

    def setup(self, _db: Path) -> None:
        for owner, name, value in self.patches:
            self.saved.append((owner, name, getattr(owner, name)))
            setattr(owner, name, value)

    def teardown(self, _db: Path) -> None:
        while self.saved:
            owner, name, value = self.saved.pop()
            setattr(owner, name, value)


BSN = "123456782"


def _environment(target: Path, database: Path) -> list[Attack]:
    """A full disk, a read-only medium, an unexpected database error carrying a citizen service number, a
    server password in a URL."""
    from sqlalchemy.exc import IntegrityError, OperationalError
    from sqlalchemy.orm import Session

    from verantwoording_app.services import paths
    from verantwoording_app.storage import diagnose

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("UPDATE activities SET owner=?", (BSN,), sqlite3.OperationalError("disk I/O error"))

    full = _Patched((Session, "flush", disk_full), (diagnose, "disk_full", lambda _folder: True))
    out = [Attack("volle-schijf", database, "De schijf is vol", command="assign", args=("--owner", "Piet", "--goal",
                  "I"), setup=full.setup, teardown=full.teardown, forbid=BSN)]

    medium = target / "medium.vwdb"
    medium.write_bytes(database.read_bytes())
    medium_export = target / "uit-medium.md"
    ro = _Patched((diagnose, "read_only_medium", lambda _folder: True))

    def nothing_beside(path: Path) -> str | None:
        medium_export.unlink(missing_ok=True)
        left = [p.name for p in path.parent.glob(path.name + "-*")]
        return f"naast de database: {', '.join(left)}" if left else None

    out.append(Attack("alleen-lezen-medium", medium, "het medium is alleen-lezen", exit_code=0, command="export",
                      args=("--out", str(medium_export)), database=medium, setup=ro.setup, teardown=ro.teardown,
                      verify=nothing_beside))

    def unexpected(*_args: object, **_kwargs: object) -> None:
        raise IntegrityError("UPDATE activities SET owner=?", (BSN,), sqlite3.IntegrityError("CHECK failed"))

    bug = _Patched((Session, "flush", unexpected))

    def log_private(_db: Path) -> str | None:
        log = paths.log_dir() / "verantwoording-cli.log"
        if not log.exists():
            return "geen log"
        if BSN in log.read_text(encoding="utf-8"):
            return "burgerservicenummer in de log"
        return None if _mode(log) == 0o600 else f"log is {_mode(log):o}, niet 600"

    out.append(Attack("parameters-in-log", database, "onverwachte fout", exit_code=3, command="assign",
                      args=("--owner", "Piet", "--goal", "I"), setup=bug.setup, teardown=bug.teardown,
                      verify=log_private, forbid=BSN))
    server = "postgresql://anna:geheim@127.0.0.1:1/verantwoording"
    out.append(Attack("wachtwoord-in-url", database, "", command="list", args=("--db", server), forbid="geheim"))
    return out


def _cell_workbook(workbook: Path, value: str) -> bytes:
    """The workbook with the first activity's realisation cell set to ``value`` (written into the XML)."""
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    sheet = book["Activiteiten"]
    column = next(cell.column_letter for cell in sheet[1] if cell.value == "Realisatietekst")
    sheet[f"{column}2"] = "MARKER-15"
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").encode()
    for name, data in parts.items():
        if b"MARKER-15" in data:
            parts[name] = data.replace(b"MARKER-15", escaped)
    return corpus._zip(parts)


def check(attack: Attack, database: Path) -> AttackOutcome:
    try:
        return _check(attack, database)
    finally:
        if attack.teardown is not None:
            attack.teardown(attack.database or database)


def _check(attack: Attack, database: Path) -> AttackOutcome:
    """Run one attack through the command line; measure, compare, verify, then put the database back."""
    from verantwoording_app.cli import main

    target = attack.database or database
    pristine = target.read_bytes()
    if attack.setup is not None:
        attack.setup(target)
    before = target.read_bytes()
    out, err = io.StringIO(), io.StringIO()
    argv = [attack.command, *([str(attack.path)] if attack.command == "import" else []), "--db", str(target),
            *attack.args]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        code = main(argv, out=out, err=err)
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    unchanged = target.read_bytes() == before
    problem = attack.verify(target) if attack.verify is not None else None
    target.write_bytes(pristine)  # each attack against the same starting point
    output = (out.getvalue() + "\n" + err.getvalue()).strip()
    return AttackOutcome(attack, code, output, seconds, peak / (1024 * 1024), unchanged, problem)


def prepare(folder: Path) -> tuple[Path, list[Attack]]:
    database, _cases = corpus.prepare(folder)
    return database, build(folder, database)
