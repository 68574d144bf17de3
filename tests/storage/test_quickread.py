from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from verantwoording_app.storage.engine import HEAD_REVISION
from verantwoording_app.storage.quickread import read_quick
from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path


def test_quick_tree_equals_the_store_tree(tmp_path: Path, sample_document) -> None:
    path = tmp_path / "q.vwdb"
    store = Store.open(path)
    store.create_document(sample_document, author="x")
    activity = store.tree()[0].goals[0].activities[0].id
    store.update_activity(activity, {"status": "gereed", "owner": "Fatima"}, "x")
    expected = store.tree()
    header = store.load_document_header()
    store.close()
    view = read_quick(path, HEAD_REVISION)
    assert view is not None
    assert view.tree == expected
    assert view.title == header.title
    assert view.scheme == header.status_scheme
    assert view.realisation_heading == "Uitvoering in 2022:"


def test_quick_read_declines_what_needs_a_full_open(tmp_path: Path) -> None:
    assert read_quick(tmp_path / "bestaat-niet.vwdb", HEAD_REVISION) is None
    (tmp_path / "tekst.vwdb").write_text("geen database")
    assert read_quick(tmp_path / "tekst.vwdb", HEAD_REVISION) is None
    Store.open(tmp_path / "leeg.vwdb").close()
    assert read_quick(tmp_path / "leeg.vwdb", HEAD_REVISION) is None  # no document yet
    assert read_quick(tmp_path / "leeg.vwdb", "9999") is None  # needs migrating


def test_quick_read_module_does_not_import_sqlalchemy() -> None:
    import subprocess

    code = ("import sys; import verantwoording_app.storage.quickread; "
            "print('sqlalchemy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
