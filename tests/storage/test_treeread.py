"""The one tree reader: the store and the quick read agree, and the rows carry what completeness needs."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from verantwoording_app.domain.blocktext import EMPTY, BlockText
from verantwoording_app.domain.completeness import completeness, completeness_of
from verantwoording_app.storage.engine import HEAD_REVISION
from verantwoording_app.storage.quickread import read_quick
from verantwoording_app.storage.store import Store
from verantwoording_app.storage.treeread import _date, _datetime

if TYPE_CHECKING:
    from pathlib import Path


def test_completeness_from_tree_rows_equals_the_parsed_document(tmp_path: Path, sample_document) -> None:
    path = tmp_path / "t.vwdb"
    store = Store.open(path)
    store.create_document(sample_document, author="x")
    rows = [a for p in store.tree() for g in p.goals for a in g.activities]
    for index, row in enumerate(rows):
        changes: dict[str, object] = {"owner": "" if index % 3 == 0 else "Sanne"}
        if index % 4 == 0:
            changes["realisation"] = EMPTY
        elif index % 4 == 1:
            changes["realisation"] = BlockText.from_plain("één woord")
        changes["status"] = ("gereed", None, "onbekend-label")[index % 3]
        store.update_activity(row.id, changes, "x")
    document = store.load_document()
    tree = store.tree()
    store.close()
    scheme = document.status_scheme
    by_id = {a.id: a for p in tree for g in p.goals for a in g.activities}
    kinds = set()
    for place in document.iter_activities():
        row = by_id[place.activity.id]
        from_row = completeness_of(has_realisation=row.has_realisation, status=row.status, owner=row.owner,
                                   scheme=scheme)
        assert from_row == completeness(place.activity, document)
        kinds.add(from_row.missing)
    assert len(kinds) > 3
    quick = read_quick(path, HEAD_REVISION)
    assert quick is not None
    assert quick.tree == tree


def test_dates_as_either_driver_gives_them() -> None:
    stamp = datetime(2026, 3, 4, 5, 6, 7)
    assert _datetime(stamp) == stamp
    assert _datetime("2026-03-04 05:06:07.000000") == stamp
    assert _datetime("") is None
    assert _datetime("gisteren") is None
    assert _date(stamp) == date(2026, 3, 4)
    assert _date(date(2026, 3, 4)) == date(2026, 3, 4)
    assert _date("2026-03-04") == date(2026, 3, 4)
    assert _date(None) is None
    assert _date("04-03-2026") is None
