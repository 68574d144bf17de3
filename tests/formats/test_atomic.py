"""Atomic writes: through symlinks, never over devices, folders or write-protected files, modes like any other
file, leftovers of killed writes cleaned up (issue 14 item 5, issue 15)."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from verantwoording_app.domain.errors import ExportFailed
from verantwoording_app.formats import atomic
from verantwoording_app.formats.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    remove_stale_partials,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks, devices and umask are POSIX")


@posix_only
def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "echte-map" / "uit.txt"
    real.parent.mkdir()
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "snelkoppeling.txt"
    link.symlink_to(real)
    atomic_write_text(link, "nieuw")
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "nieuw"
    assert list(real.parent.iterdir()) == [real]  # no temporary file left


@posix_only
def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nog-niet.txt")
    atomic_write_text(link, "tekst")
    assert link.is_symlink()
    assert (tmp_path / "nog-niet.txt").read_text(encoding="utf-8") == "tekst"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_is_refused() -> None:
    # only the check, never a write: a broken check must not replace the machine's /dev/full
    with pytest.raises(ExportFailed, match="geen gewoon bestand"):
        atomic.writable_target("/dev/full")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_special_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    pipe = tmp_path / "uitvoer.txt"
    os.mkfifo(pipe)
    with pytest.raises(ExportFailed, match="geen gewoon bestand"):
        atomic_write_text(pipe, "x")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    link = tmp_path / "export.txt"
    link.symlink_to(pipe)
    with pytest.raises(ExportFailed, match="geen gewoon bestand"):
        atomic_write_text(link, "x")
    assert link.is_symlink()
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "map.txt").mkdir()
    with pytest.raises(ExportFailed, match="een map"):
        atomic_write_text(tmp_path / "map.txt", "x")


@posix_only
def test_a_write_protected_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "vastgesteld.txt"
    target.write_text("definitief", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ExportFailed, match="alleen-lezen"):
        atomic_write_text(target, "overschreven")
    assert target.read_text(encoding="utf-8") == "definitief"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@posix_only
@pytest.mark.parametrize(("umask", "expected"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_new_files_respect_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    old = os.umask(umask)
    try:
        atomic_write_bytes(tmp_path / "nieuw.xlsx", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "nieuw.xlsx").stat().st_mode) == expected


@posix_only
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_text(target, "nieuw")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_missing_folder_is_a_dutch_message(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="bestaat niet"):
        atomic_write_text(tmp_path / "weg" / "uit.txt", "x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    target.write_text("oud", encoding="utf-8")

    def failing(stream: object) -> None:
        raise RuntimeError("halverwege")

    with pytest.raises(RuntimeError):
        atomic.atomic_write(target, failing)
    assert target.read_text(encoding="utf-8") == "oud"
    assert list(tmp_path.iterdir()) == [target]


def _leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / f".{name}.dead{age:.0f}.tmp"
    path.write_bytes(b"half geschreven")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


def test_leftovers_of_a_killed_export_go_at_the_next_write(tmp_path: Path) -> None:
    old = _leftover(tmp_path, "overzicht.xlsx", 3600)
    fresh = _leftover(tmp_path, "overzicht.xlsx", 1)  # perhaps another export still running
    other = _leftover(tmp_path, "ander.xlsx", 3600)
    atomic_write_bytes(tmp_path / "overzicht.xlsx", b"nieuw")
    assert not old.exists()
    assert fresh.exists()
    assert other.exists()  # only this target's leftovers


@pytest.mark.skipif(os.name != "posix", reason="advisory locks are POSIX")
def test_a_temporary_file_being_written_is_never_removed(tmp_path: Path) -> None:
    handle, temp = atomic.create_temp_beside(tmp_path / "uit.txt")
    try:
        moment = time.time() - 3600
        os.utime(temp, (moment, moment))
        assert remove_stale_partials(atomic.partials_of(tmp_path / "uit.txt")) == []
        assert temp.exists()
    finally:
        os.close(handle)
    assert remove_stale_partials(atomic.partials_of(tmp_path / "uit.txt")) == [temp]


def test_a_killed_export_is_cleaned_at_the_next_start_wherever_it_was(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    exports = tmp_path / "ergens"
    exports.mkdir()
    atomic.use_journal(journal)
    try:
        def killed(stream: object) -> None:
            raise KeyboardInterrupt  # stands in for the kill: the temporary file stays, the note too

        original_unlink = Path.unlink
        Path.unlink = lambda self, missing_ok=False: None  # type: ignore[method-assign]
        try:
            with pytest.raises(KeyboardInterrupt):
                atomic.atomic_write(exports / "overzicht.xlsx", killed)
        finally:
            Path.unlink = original_unlink  # type: ignore[method-assign]
        (left,) = exports.iterdir()
        assert left.name.startswith(".overzicht.xlsx.")
        assert len(list(journal.iterdir())) == 1
        assert atomic.use_journal(journal) == [left]  # the next start
        assert list(exports.iterdir()) == []
        assert list(journal.iterdir()) == []
        atomic_write_bytes(exports / "overzicht.xlsx", b"ok")
        assert list(journal.iterdir()) == []  # a finished write leaves no note
    finally:
        atomic._journal.clear()
