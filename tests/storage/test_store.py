from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Kengetal, ReviewState
from verantwoording_app.formats.pctext import render_pc_text
from verantwoording_app.storage.store import ConflictError, Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def store(tmp_path: Path, sample_document) -> Iterator[Store]:
    store = Store.open(tmp_path / "s.vwdb")
    store.create_document(sample_document, author="import")
    yield store
    store.close()


def _first_id(store: Store) -> str:
    return store.tree()[0].goals[0].activities[0].id


def test_document_survives_storage_exactly(store: Store, sample_document) -> None:
    assert render_pc_text(store.load_document()) == render_pc_text(sample_document)


def test_tree_has_no_texts_but_knows_what_is_empty(store: Store) -> None:
    tree = store.tree()
    activity = tree[0].goals[0].activities[0]
    assert activity.has_realisation
    assert activity.title == "Verbeteren van de match op de arbeidsmarkt"
    assert [a.position for a in tree[0].goals[1].activities] == [0, 1, 2, 3, 4]


def test_every_field_change_is_a_version(store: Store) -> None:
    activity_id = _first_id(store)
    store.update_activity(activity_id, {
        "realisation": BlockText.from_plain("Alles gedaan."),
        "status": "gereed",
        "owner": "Fatima",
        "deadline": date(2023, 3, 1),
        "review_state": ReviewState.TER_REVIEW,
    }, "fatima")
    saved = store.load_activity(activity_id)
    assert saved.realisation.plain_text() == "Alles gedaan."
    assert (saved.status, saved.owner, saved.deadline) == ("gereed", "Fatima", date(2023, 3, 1))
    assert saved.updated_by == "fatima"
    history = store.history(activity_id)
    assert {v.field for v in history} == {"realisation", "status", "owner", "deadline", "review_state"}
    realisation = next(v for v in history if v.field == "realisation")
    assert realisation.old is not None
    assert "scholingscheques" in realisation.old
    assert realisation.new == "Alles gedaan.\n"


def test_unchanged_value_records_nothing(store: Store) -> None:
    activity_id = _first_id(store)
    current = store.load_activity(activity_id)
    store.update_activity(activity_id, {"title": current.title, "plan": current.plan}, "x")
    assert store.history(activity_id) == ()


def test_stale_revision_is_a_conflict(store: Store) -> None:
    activity_id = _first_id(store)
    loaded = store.load_activity(activity_id)
    store.update_activity(activity_id, {"owner": "A"}, "a", expected_revision=loaded.revision)
    with pytest.raises(ConflictError):
        store.update_activity(activity_id, {"owner": "B"}, "b", expected_revision=loaded.revision)
    assert store.load_activity(activity_id).owner == "A"


def test_failed_transaction_changes_nothing(store: Store) -> None:
    activity_id = _first_id(store)
    with pytest.raises(ValueError, match="unknown activity field"):
        store.update_activity(activity_id, {"owner": "A", "bestaat_niet": 1}, "a")
    assert store.load_activity(activity_id).owner == ""
    assert store.history(activity_id) == ()


def test_key_figures_and_remarks(store: Store) -> None:
    activity_id = _first_id(store)
    figure = Kengetal("Scholingscheques", "aantal", Decimal("100"), Decimal("300"), Decimal("337.5"), "TFV")
    store.replace_kengetallen(activity_id, (figure,), "a")
    remark = store.add_remark(activity_id, "Graag cijfers toevoegen", "coördinator")
    store.set_remark_resolved(remark.id, True)
    loaded = store.load_activity(activity_id)
    assert loaded.kengetallen == (figure,)
    assert loaded.opmerkingen[0].resolved
    assert [v.field for v in store.history(activity_id)] == ["kengetallen"]


def test_structure_edits_renumber(store: Store) -> None:
    goal = store.tree()[0].goals[1]
    ids = [a.id for a in goal.activities]
    store.move_activity(ids[4], goal.id, 0)
    assert [a.id for a in store.tree()[0].goals[1].activities] == [ids[4], *ids[:4]]
    goal_id, position, removed = store.delete_activity(ids[0], author="x")
    assert [a.id for a in store.tree()[0].goals[1].activities] == [ids[4], *ids[1:4]]
    store.add_activity(goal_id, removed, position, author="x")
    assert [a.id for a in store.tree()[0].goals[1].activities] == [ids[4], *ids[:4]]
    assert store.load_activity(ids[0]).realisation == removed.realisation
    new_id = store.add_activity(goal.id, Activiteit(title="Nieuw"), 2, author="x")
    assert store.tree()[0].goals[1].activities[2].id == new_id


def test_move_between_goals(store: Store) -> None:
    first, second = store.tree()[0].goals
    moving = first.activities[0].id
    store.move_activity(moving, second.id, 1)
    tree = store.tree()[0]
    assert len(tree.goals[0].activities) == 7
    assert tree.goals[0].activities[0].position == 0
    assert tree.goals[1].activities[1].id == moving


def test_search_finds_words_without_accents(store: Store) -> None:
    hits = store.search("almeloers scholingscheques")
    assert len(hits) == 1
    assert "[" in hits[0].snippet
    assert store.search("") == ()
    assert store.search('"; DROP TABLE activities; --') == ()


def test_document_fields(store: Store) -> None:
    store.update_document({"year": 2023, "municipality": "Almelo"}, author="coordinator")
    header = store.load_document_header()
    assert (header.year, header.municipality) == (2023, "Almelo")
    assert {v.field for v in store.history(header.id)} == {"year", "municipality"}


def test_integrity_check_is_clean(store: Store) -> None:
    assert store.integrity_problems() == []


def test_import_failing_half_way_leaves_the_database_as_it_was(
    tmp_path: Path, sample_document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verantwoording_app.storage import store as store_module

    path = tmp_path / "half.vwdb"
    Store.open(path).close()
    before = path.read_bytes()
    calls = {"n": 0}
    real = store_module._activity_values

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 7:
            raise OSError("schijf vol")
        return real(*args, **kwargs)

    monkeypatch.setattr(store_module, "_activity_values", failing)
    store = Store.open(path)
    with pytest.raises(OSError, match="schijf vol"):
        store.create_document(sample_document, author="x")
    assert store.has_document() is False
    store.close()
    assert path.read_bytes() == before


def test_read_only_store_reads_but_refuses_writes(tmp_path: Path, sample_document) -> None:
    from verantwoording_app.domain.errors import StorageError

    path = tmp_path / "ro.vwdb"
    writer = Store.open(path)
    writer.create_document(sample_document, author="x")
    writer.close()
    before = path.read_bytes()
    reader = Store.open(path, read_only=True)
    activity_id = reader.tree()[0].goals[0].activities[0].id
    assert reader.load_activity(activity_id).title
    with pytest.raises(StorageError, match="alleen-lezen"):
        reader.update_activity(activity_id, {"owner": "X"}, "x")
    reader.close()
    assert path.read_bytes() == before


def test_review_labels_are_a_setting_of_the_document(store: Store) -> None:
    from verantwoording_app.domain.model import DEFAULT_REVIEW_LABELS, ReviewState

    assert store.load_document_header().review_labels == DEFAULT_REVIEW_LABELS
    labels = ("Concept", "Bij controller", "Goedgekeurd", "Definitief")
    store.update_document({"review_labels": labels}, author="coördinator")
    header = store.load_document_header()
    assert header.review_labels == labels
    assert header.review_label(ReviewState.VASTGESTELD) == "Definitief"
    assert [v.field for v in store.history(header.id)] == ["review_labels"]


def test_update_many_activities_keeps_the_rules_and_the_history(store: Store) -> None:
    from verantwoording_app.storage.store import LockedError

    ids = [a.id for a in store.tree()[0].goals[0].activities][:3]
    saved = store.update_activities({i: {"title": f"Nieuw {n}"} for n, i in enumerate(ids)}, "bulk")
    assert [a.title for a in saved] == ["Nieuw 0", "Nieuw 1", "Nieuw 2"]
    assert [store.load_activity(i).title for i in ids] == ["Nieuw 0", "Nieuw 1", "Nieuw 2"]
    assert store.history(ids[1], "title")[-1].new == "Nieuw 1"
    assert store.history(ids[1], "title")[-1].author == "bulk"
    store.update_activity(ids[2], {"review_state": ReviewState.VASTGESTELD}, "c")
    with pytest.raises(LockedError):
        store.update_activities({ids[0]: {"title": "Weer"}, ids[2]: {"title": "Mag niet"}}, "bulk")
    assert store.load_activity(ids[0]).title == "Nieuw 0"  # all or nothing


def test_replace_document_keeps_the_other_documents_in_the_file(store: Store, sample_document, sample_text) -> None:
    import dataclasses

    from sqlalchemy import select

    from verantwoording_app.formats.pctext import read_pc_text
    from verantwoording_app.storage.tables import DocumentRow

    older = sample_document.id
    with store.transaction() as session:  # made a day earlier (created_at is the newest-document order)
        row = session.get_one(DocumentRow, older)
        row.created_at = row.created_at.replace(year=row.created_at.year - 1)
    second = dataclasses.replace(sample_document, id="tweede", year=2023, programmes=())
    store.create_document(second, author="import")
    assert store.document_id() == "tweede"
    third = dataclasses.replace(read_pc_text(sample_text.encode()).document, id="derde", year=2024)
    store.replace_document(third, author="import")
    with store.transaction() as session:
        ids = set(session.scalars(select(DocumentRow.id)))
    assert ids == {older, "derde"}  # only the open document was replaced
    assert store.document_id() == "derde"
    assert store.load_document().year == 2024


def test_a_name_is_taken_once_per_document_by_the_unique_index(store: Store) -> None:
    from verantwoording_app.domain.errors import UserError

    store.add_person("Fatima", "medewerker")
    with pytest.raises(UserError, match="'FATIMA' staat al in de lijst van mensen"):
        store.add_person("FATIMA", "lezer")
    assert [p.name for p in store.people()] == ["Fatima"]
    store.add_snapshot("aan raad", "{}", "tester")
    with pytest.raises(UserError, match="Er bestaat al een momentopname 'Aan Raad'"):
        store.add_snapshot("Aan Raad", "{}", "tester")
    assert [s.name for s in store.snapshots()] == ["aan raad"]
    store.add_person("Piet", "lezer")  # the store still writes after a refusal
