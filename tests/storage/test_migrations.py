from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from verantwoording_app.domain.errors import StorageError
from verantwoording_app.storage import engine as engine_mod
from verantwoording_app.storage.store import Store
from verantwoording_app.storage.tables import Base

if TYPE_CHECKING:
    from pathlib import Path


def test_migrations_on_empty_database_match_the_models(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "m.vwdb")
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = [
            d for d in compare_metadata(context, Base.metadata)
            if "activities_fts" not in repr(d)
        ]
    store.close()
    assert differences == []


def test_head_revision_is_the_newest_migration() -> None:
    versions = sorted(p.stem.split("_")[0] for p in (engine_mod.MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    assert versions[-1] == engine_mod.HEAD_REVISION


def test_pragmas_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.vwdb")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_database_from_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.vwdb"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="nieuwere versie"):
        Store.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"dit is tekst, geen database" * 10, "geen SQLite"), (None, "ander programma")],
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "vreemd.vwdb"
    if content is None:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE klanten (id INTEGER)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(StorageError, match=message):
        Store.open(path)
    assert path.read_bytes() == before


def test_migration_makes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oud.vwdb"
    Store.open(path).close()
    # Pretend the file is at an older revision: the app must copy it before migrating.
    real_head = engine_mod.HEAD_REVISION
    monkeypatch.setattr(engine_mod, "HEAD_REVISION", f"{int(real_head) + 1:04d}")
    calls: list[str] = []

    def fake_upgrade(config, target):
        calls.append(target)

    monkeypatch.setattr("alembic.command.upgrade", fake_upgrade)
    Store.open(path).close()
    backups = list(tmp_path.glob(f"oud.voor-migratie-{real_head}-*.vwdb"))
    assert len(backups) == 1
    assert calls == ["head"]
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT value FROM verantwoording_meta WHERE key='app'").fetchone() == (
            "verantwoording",
        )


def test_failed_migration_leaves_the_old_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "half.vwdb"

    def broken_upgrade(config, target):
        connection = config.attributes["connection"]
        connection.exec_driver_sql("CREATE TABLE half_af (id INTEGER)")
        raise RuntimeError("stroom uitgevallen")

    monkeypatch.setattr("alembic.command.upgrade", broken_upgrade)
    with pytest.raises(RuntimeError):
        Store.open(path)
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_af" not in tables


def test_real_upgrade_from_the_first_schema_keeps_data(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "v1.vwdb"
    engine = engine_mod.create_app_engine(engine_mod.database_url(path))
    config = Config()
    config.set_main_option("script_location", str(engine_mod.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO verantwoording_meta(key, value) VALUES ('app', 'verantwoording')")
    engine.dispose()
    assert engine_mod.inspect_sqlite_file(path) == "0001"
    store = Store.open(path)
    assert store.has_document() is False
    store.close()
    assert engine_mod.inspect_sqlite_file(path) == engine_mod.HEAD_REVISION
    assert list(tmp_path.glob("v1.voor-migratie-0001-*.vwdb"))


def test_upgrade_to_lineage_gives_existing_rows_their_own_line(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "v3.vwdb"
    engine = engine_mod.create_app_engine(engine_mod.database_url(path))
    config = Config()
    config.set_main_option("script_location", str(engine_mod.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.exec_driver_sql("INSERT INTO verantwoording_meta(key, value) VALUES ('app', 'verantwoording')")
        connection.exec_driver_sql(
            "INSERT INTO documents VALUES ('d1', 'jaarstukken', 2022, '', '[]', '', '', 'Uitvoering in {jaar}:', "
            "'', '{\"name\": \"s\", \"options\": []}', 'concept', '', '', 1, '2023-01-01', '2023-01-01', '')")
        connection.exec_driver_sql("INSERT INTO programmes VALUES ('p1', 'd1', 0, '1', 'Werk', '')")
        connection.exec_driver_sql("INSERT INTO goals VALUES ('g1', 'p1', 0, 'Doel', '')")
        connection.exec_driver_sql(
            "INSERT INTO activities (id, goal_id, position, title, plan, realisation, owner, portfolio_holder, "
            "review_state, internal_note, plan_words, realisation_words, revision, updated_by) "
            "VALUES ('a1', 'g1', 0, 'Iets', 'plan', '', '', '', 'concept', '', 1, 0, 1, '')")
    engine.dispose()
    store = Store.open(path)
    document = store.load_document()
    store.close()
    activity = next(document.iter_activities()).activity
    assert (document.programmes[0].lineage_id, document.programmes[0].goals[0].lineage_id) == ("p1", "g1")
    assert activity.lineage_id == "a1"
    assert activity.lineage == "a1"
    assert not activity.plan_frozen
    with sqlite3.connect(path) as connection:  # search still follows the activities after the new columns
        connection.execute("UPDATE activities SET realisation = 'zoekwoord' WHERE id = 'a1'")
        assert connection.execute("SELECT count(*) FROM activities_fts WHERE activities_fts MATCH 'zoekwoord'"
                                  ).fetchone() == (1,)


def test_upgrade_to_unique_names_keeps_every_person_and_snapshot_apart(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "v8.vwdb"
    engine = engine_mod.create_app_engine(engine_mod.database_url(path))
    config = Config()
    config.set_main_option("script_location", str(engine_mod.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        connection.exec_driver_sql("INSERT INTO verantwoording_meta(key, value) VALUES ('app', 'verantwoording')")
    engine.dispose()
    with sqlite3.connect(path) as connection:  # what two requests at once could leave behind
        connection.execute(
            "INSERT INTO documents (id, kind, year, municipality, title_lines, section_number, section_title, "
            "realisation_label, goal_intro, status_scheme, state, footer, unplaced, revision, created_at, "
            "updated_at, review_labels) VALUES ('d1', 'jaarstukken', 2022, '', '[]', '', '', 'Uitvoering:', '', "
            "'{\"name\": \"s\", \"options\": []}', 'concept', '', '', 1, '2023-01-01', '2023-01-01', '[]')")
        connection.executemany("INSERT INTO people (id, document_id, name, role, email) VALUES (?, 'd1', ?, ?, '')",
                               [("p1", "Fatima", "medewerker"), ("p2", "fatima", "lezer"), ("p3", "Fatima (2)", "lezer")])
        connection.executemany(
            "INSERT INTO snapshots (id, document_id, name, created_at, created_by, data) VALUES (?, 'd1', ?, ?, '', '{}')",
            [("s1", "aan raad", "2023-01-01"), ("s2", "aan raad", "2023-02-01")])
        connection.executemany(
            "INSERT INTO document_words (id, document_id, word, added_by, created_at) VALUES (?, 'd1', 'Hettrix', '', '2023-01-01')",
            [("w1",), ("w2",)])
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        people = sorted(connection.execute("SELECT id, name FROM people"))
        snapshots = sorted(connection.execute("SELECT id, name FROM snapshots"))
        words = connection.execute("SELECT id FROM document_words").fetchall()
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO people (id, document_id, name, role, email) VALUES ('p4', 'd1', 'FATIMA', 'lezer', '')")
    assert people == [("p1", "Fatima"), ("p2", "fatima (3)"), ("p3", "Fatima (2)")]
    assert snapshots == [("s1", "aan raad"), ("s2", "aan raad (2)")]
    assert words == [("w1",)]
