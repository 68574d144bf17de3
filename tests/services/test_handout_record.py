"""A hand-in is checked against the coordinator's record of its hand-out, never against the package.

Each attack rebuilds a real hand-in with a valid checksum (anyone can recompute a SHA-256).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from verantwoording_app.cli import main
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import ImportRefused, UserError
from verantwoording_app.domain.handout import OFFICER_FIELDS
from verantwoording_app.domain.policy import PolicyRefused
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima")
    ws.assign(Selection(goal="II"), owner="Piet")
    yield ws
    ws.close()


@pytest.fixture
def fatima(coordinator: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    handout = tmp_path / "fatima-uitgifte.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    ws = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    yield ws
    ws.close()


def _ids(ws: Workspace, goal: int) -> list[str]:
    return [a.id for a in ws.tree()[0].goals[goal].activities]


def _hand_in(officer: Workspace, tmp_path: Path) -> Path:
    target = tmp_path / "fatima-terug.vwpakket"
    packages.create_handin(officer, target)
    return target


def rebuild(source: Path, target: Path, change: Callable[[dict[str, Any], dict[str, Any]], None]) -> Path:
    """Change manifest and payload of a real package, with a fresh, valid checksum."""
    with zipfile.ZipFile(source) as archive:
        head = json.loads(archive.read("manifest.json"))
        payload = json.loads(archive.read("payload.json"))
    change(head, payload)
    body = json.dumps(payload, ensure_ascii=False).encode()
    head["sha256"] = hashlib.sha256(body).hexdigest()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("payload.json", body)
    return target


def _change(activity_id: str, **fields: Any) -> dict[str, Any]:
    return {"base": dict.fromkeys(fields), "theirs": fields, "remarks": []}


def _attack(coordinator: Workspace, fatima: Workspace, tmp_path: Path,
            change: Callable[[dict[str, Any], dict[str, Any]], None]) -> packages.MergeReport:
    own = _ids(coordinator, 0)[0]
    fatima.save_activity(own, {"realisation": BlockText.from_plain("Wat Fatima echt schreef.")})
    bad = rebuild(_hand_in(fatima, tmp_path), tmp_path / "aanval.vwpakket", change)
    return packages.merge_handins(coordinator, [bad])


def test_the_hand_out_is_recorded(coordinator: Workspace, fatima: Workspace) -> None:
    (record,) = coordinator._store.handouts()
    assert record.person == "Fatima"
    assert set(record.bases) == set(_ids(coordinator, 0))
    assert record.fields == OFFICER_FIELDS
    first = coordinator.activity(_ids(coordinator, 0)[0])
    assert record.bases[first.id]["realisation"] == first.realisation.to_markdown()


def test_renaming_another_officers_activity_is_refused(coordinator: Workspace, fatima: Workspace,
                                                      tmp_path: Path) -> None:
    piets = _ids(coordinator, 1)[0]
    title = coordinator.activity(piets).title

    def rename(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][piets] = _change(piets, title="Gekaapt", owner="Mallory")

    report = _attack(coordinator, fatima, tmp_path, rename)
    assert coordinator.activity(piets).title == title
    assert coordinator.activity(piets).owner == "Piet"
    assert any(title[:40] in m and "hoort niet bij de uitgifte aan Fatima" in m for m in report.messages)
    assert report.refused == 2
    # the rest applies
    assert coordinator.activity(_ids(coordinator, 0)[0]).realisation.plain_text() == "Wat Fatima echt schreef."


def test_reassigning_her_own_activity_to_mallory_is_refused(coordinator: Workspace, fatima: Workspace,
                                                           tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[1]

    def reassign(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][own] = _change(own, owner="Mallory", title="Nieuwe titel", status="gereed")

    report = _attack(coordinator, fatima, tmp_path, reassign)
    activity = coordinator.activity(own)
    assert activity.owner == "Fatima"
    assert activity.title != "Nieuwe titel"
    assert activity.status == "gereed"  # a field she may change, applied
    assert any("eigenaar mag in deze uitgifte niet worden gewijzigd" in m for m in report.messages)


def test_vastgesteld_from_an_officer_is_a_proposal(coordinator: Workspace, fatima: Workspace,
                                                 tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[2]

    def approve(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][own] = _change(own, review_state="vastgesteld")

    report = _attack(coordinator, fatima, tmp_path, approve)
    assert coordinator.activity(own).review_state.value == "concept"
    (conflict,) = [c for c in coordinator.conflicts() if c.activity_id == own]
    assert conflict.theirs == "vastgesteld"
    assert "voorstel" in conflict.source
    assert report.conflicts == 1


def test_an_officer_may_ask_for_review(coordinator: Workspace, fatima: Workspace, tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[2]
    fatima.save_activity(own, {"review_state": "ter_review"})
    packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path)])
    assert coordinator.activity(own).review_state.value == "ter_review"


def test_a_status_outside_the_scheme_is_refused(coordinator: Workspace, fatima: Workspace, tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[3]

    def unknown(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][own] = _change(own, status="bijna-klaar", review_state="onzin")

    report = _attack(coordinator, fatima, tmp_path, unknown)
    assert coordinator.activity(own).status is None
    assert any("status 'bijna-klaar' bestaat niet" in m and "onbekende reviewstatus" in m for m in report.messages)


def test_a_made_up_hand_out_reference_is_refused(coordinator: Workspace, fatima: Workspace, tmp_path: Path) -> None:
    before = coordinator.activity(_ids(coordinator, 0)[0])

    def made_up(head: dict[str, Any], _payload: dict[str, Any]) -> None:
        head["based_on"] = "0" * 32

    with pytest.raises(ImportRefused, match="uitgifte die in deze database niet is gemaakt"):
        _attack(coordinator, fatima, tmp_path, made_up)
    assert coordinator.activity(before.id) == before


def test_a_spoofed_author_is_not_believed(coordinator: Workspace, fatima: Workspace, tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[0]

    def spoof(head: dict[str, Any], payload: dict[str, Any]) -> None:
        head["owner"] = head["created_by"] = "Wethouder"
        payload["changes"][own]["remarks"] = [
            {"id": "r" * 32, "author": "Wethouder", "created_at": "2023-01-01T10:00:00", "text": "Akkoord!",
             "resolved": False}]

    report = _attack(coordinator, fatima, tmp_path, spoof)
    activity = coordinator.activity(own)
    assert activity.updated_by == "Fatima"
    assert [r.author for r in activity.opmerkingen] == ["Fatima"]
    assert any("'Wethouder'" in m and "verwerkt als werk van Fatima" in m for m in report.messages)
    assert all(v.author == "Fatima" for v in coordinator.history(own, "realisation")[-1:])


def test_a_faked_base_never_overwrites_a_later_coordinator_edit(coordinator: Workspace, fatima: Workspace,
                                                              tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[4]
    coordinator.save_activity(own, {"realisation": BlockText.from_plain("De coördinator schreef dit later.")})
    fatima.save_activity(own, {"realisation": BlockText.from_plain("Fatima overschrijft.")})
    returned = _hand_in(fatima, tmp_path)

    def fake_base(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][own]["base"]["realisation"] = "De coördinator schreef dit later.\n"

    report = packages.merge_handins(coordinator, [rebuild(returned, tmp_path / "nep.vwpakket", fake_base)])
    assert coordinator.activity(own).realisation.plain_text() == "De coördinator schreef dit later."
    assert report.conflicts == 1


def test_an_overlong_text_and_control_characters(coordinator: Workspace, fatima: Workspace, tmp_path: Path) -> None:
    first, second = _ids(coordinator, 0)[:2]

    def hostile(_head: dict[str, Any], payload: dict[str, Any]) -> None:
        payload["changes"][first] = _change(first, realisation="x" * 40_000)
        payload["changes"][second] = _change(second, internal_note="met\x00nul en \x1b[31mescape")

    report = _attack(coordinator, fatima, tmp_path, hostile)
    assert "x" * 100 not in coordinator.activity(first).realisation.to_markdown()
    assert any("40.000 tekens" in m and "32.767" in m for m in report.messages)
    assert coordinator.activity(second).internal_note == "metnul en [31mescape"


def test_handing_in_twice_does_not_conflict_with_oneself(coordinator: Workspace, fatima: Workspace,
                                                        tmp_path: Path) -> None:
    own = _ids(coordinator, 0)[0]
    fatima.save_activity(own, {"realisation": BlockText.from_plain("Eerste versie.")})
    packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path)])
    coordinator.save_activity(own, {"status": "gereed"})
    fatima.save_activity(own, {"realisation": BlockText.from_plain("Tweede versie.")})
    report = packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path)])
    assert report.conflicts == 0
    activity = coordinator.activity(own)
    assert activity.realisation.plain_text() == "Tweede versie."
    assert activity.status == "gereed"


def test_hand_in_leaves_out_fields_outside_the_hand_out(fatima: Workspace, tmp_path: Path) -> None:
    own = _ids(fatima, 0)[0]
    with pytest.raises(PolicyRefused, match=r"titel .* wijzigt alleen de coördinator"):  # refused when made
        fatima.save_activity(own, {"title": "Lokaal hernoemd", "status": "gereed"})
    assert fatima.activity(own).status != "gereed"  # nothing of the refused change was written
    fatima.save_activity(own, {"status": "gereed"})
    fatima._store.update_activity(own, {"title": "Lokaal hernoemd"}, "Fatima")  # a database from before the policy
    with zipfile.ZipFile(_hand_in(fatima, tmp_path)) as archive:
        payload = json.loads(archive.read("payload.json"))
    assert set(payload["changes"][own]["theirs"]) == {"status"}
    assert packages.editable_fields(fatima) == frozenset(OFFICER_FIELDS)


def test_another_documents_hand_out_never_replaces_the_coordinators_document(
        coordinator: Workspace, tmp_path: Path) -> None:
    other = Workspace.open_default(tmp_path / "ander.vwdb", author="ander")
    other.assign(Selection(goal="I"), owner="Fatima")
    packages.create_handout(other, "Fatima", tmp_path / "ander-uitgifte.vwpakket")
    other.close()
    database = Path(coordinator.database_path or "")
    coordinator.close()
    before = _content(database)
    err = io.StringIO()
    code = main(["import", str(tmp_path / "ander-uitgifte.vwpakket"), "--db", str(database), "--replace"],
                out=io.StringIO(), err=err)
    assert code == 1
    assert "vervangt dat nooit, ook niet met --replace" in err.getvalue()
    assert _content(database) == before
    with pytest.raises(UserError, match="eigen document"):
        packages.open_handout(tmp_path / "ander-uitgifte.vwpakket", database=database, replace_existing=True)
    assert _content(database) == before


def test_replacing_an_officers_working_database_makes_a_backup(coordinator: Workspace, fatima: Workspace,
                                                              tmp_path: Path) -> None:
    from verantwoording_app.services.backups import list_backups

    database = Path(fatima.database_path or "")
    fatima.close()
    packages.create_handout(coordinator, "Fatima", tmp_path / "tweede.vwpakket")
    packages.open_handout(tmp_path / "tweede.vwpakket", database=database, replace_existing=True).close()
    assert [b.reason for b in list_backups(database)] == ["voor-import"]


def _content(database: Path) -> list[tuple[str, str]]:
    ws = Workspace.open(database, create=False, read_only=True)
    try:
        return [(p.activity.id, p.activity.title) for p in ws.document().iter_activities()]
    finally:
        ws.close()
