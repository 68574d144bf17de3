"""Several databases in one test play coordinator and officers: hand out, edit offline, hand in, merge."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import ImportRefused, UserError
from verantwoording_app.domain.model import ReviewState
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima")
    ws.assign(Selection(goal="II"), owner="Piet")
    yield ws
    ws.close()


def _ids(ws: Workspace, goal: int) -> list[str]:
    return [a.id for a in ws.tree()[0].goals[goal].activities]


def _officer(coordinator: Workspace, tmp_path: Path, owner: str) -> Workspace:
    handout = tmp_path / f"{owner}.vwpakket"
    report = packages.create_handout(coordinator, owner, handout)
    assert report.editable in (8, 5)
    return packages.open_handout(handout, database=tmp_path / f"{owner}.vwdb", author=owner)


def _hand_in(officer: Workspace, tmp_path: Path, name: str) -> Path:
    target = tmp_path / f"{name}-terug.vwpakket"
    packages.create_handin(officer, target)
    return target


def test_round_trip_without_conflicts(coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    piet = _officer(coordinator, tmp_path, "Piet")
    first_i, first_ii = _ids(coordinator, 0)[0], _ids(coordinator, 1)[0]
    assert packages.editable_activities(fatima) == frozenset(_ids(coordinator, 0))
    fatima.save_activity(first_i, {"realisation": BlockText.from_plain("Fatima schreef dit."), "status": "gereed"})
    fatima.add_remark(first_i, "Cijfers volgen")
    piet.save_activity(first_ii, {"owner": "Piet", "portfolio_holder": "Wethouder Jansen"})
    returns = [_hand_in(fatima, tmp_path, "fatima"), _hand_in(piet, tmp_path, "piet")]

    report = packages.merge_handins(coordinator, returns)
    assert (report.applied, report.conflicts, report.remarks) == (3, 0, 1)
    merged = coordinator.activity(first_i)
    assert merged.realisation.plain_text() == "Fatima schreef dit."
    assert merged.status == "gereed"
    assert merged.updated_by == "Fatima"
    assert [r.text for r in merged.opmerkingen] == ["Cijfers volgen"]
    assert coordinator.activity(first_ii).portfolio_holder == "Wethouder Jansen"

    again = packages.merge_handins(coordinator, returns)  # importing twice changes nothing
    assert (again.applied, again.conflicts, again.remarks) == (0, 0, 0)
    fatima.close()
    piet.close()


def test_same_field_changed_on_both_sides_is_a_conflict(coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    activity_id = _ids(coordinator, 0)[1]
    fatima.save_activity(activity_id, {"realisation": BlockText.from_plain("Versie van Fatima."), "status": "gereed"})
    coordinator.save_activity(activity_id, {"realisation": BlockText.from_plain("Versie van de coördinator.")})
    report = packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path, "f")])
    assert (report.applied, report.conflicts) == (1, 1)  # status applied, realisation conflicts
    (conflict,) = coordinator.conflicts()
    assert conflict.field == "realisation"
    assert conflict.theirs == "Versie van Fatima.\n"
    assert conflict.ours == "Versie van de coördinator.\n"
    # the losing text stays in the history, whatever is decided
    proposals = [v for v in coordinator.history(activity_id) if v.entity == "voorstel"]
    assert proposals[0].new == "Versie van Fatima.\n"
    packages.resolve_conflict(coordinator, conflict.id, "pakket")
    assert coordinator.activity(activity_id).realisation.plain_text() == "Versie van Fatima."
    assert coordinator.conflicts() == ()
    history = [v for v in coordinator.history(activity_id, "realisation") if v.entity == "activity"]
    assert history[-1].old == "Versie van de coördinator.\n"
    fatima.close()


def test_vastgesteld_activity_is_locked(coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    activity_id = _ids(coordinator, 0)[2]
    coordinator.save_activity(activity_id, {"review_state": ReviewState.VASTGESTELD})
    with pytest.raises(UserError, match="vastgesteld"):
        coordinator.save_activity(activity_id, {"owner": "Iemand"})
    fatima.save_activity(activity_id, {"status": "vertraagd"})
    report = packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path, "f")])
    assert (report.applied, report.conflicts) == (0, 1)
    coordinator.save_activity(activity_id, {"review_state": ReviewState.AKKOORD})  # reopen explicitly
    coordinator.save_activity(activity_id, {"owner": "Iemand"})
    fatima.close()


def test_package_for_another_document_is_refused(coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    fatima.save_activity(_ids(coordinator, 0)[0], {"status": "gereed"})
    returned = _hand_in(fatima, tmp_path, "f")
    Workspace.open_default(tmp_path / "ander.vwdb", author="x").close()
    before = (tmp_path / "ander.vwdb").read_bytes()
    other = Workspace.open(tmp_path / "ander.vwdb", author="x")
    with pytest.raises(ImportRefused, match="ander document"):
        packages.merge_handins(other, [returned])
    other.close()
    assert (tmp_path / "ander.vwdb").read_bytes() == before
    fatima.close()


def _rewrite(path: Path, target: Path, change) -> None:
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    change(entries)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def _tamper(entries: dict[str, bytes]) -> None:
    entries["payload.json"] = entries["payload.json"].replace(b"gereed", b"vertraagd")


def _extra(entries: dict[str, bytes]) -> None:
    entries["../../evil.txt"] = b"x"


def _newer(entries: dict[str, bytes]) -> None:
    head = json.loads(entries["manifest.json"])
    head["version"] = 99
    entries["manifest.json"] = json.dumps(head).encode()


@pytest.mark.parametrize(
    ("change", "message"),
    [(_tamper, "controlesom"), (_extra, "verdacht pad"), (_newer, "andere versie")],
)
def test_hostile_packages_are_refused(coordinator: Workspace, tmp_path: Path, change, message: str) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    fatima.save_activity(_ids(coordinator, 0)[0], {"status": "gereed"})
    returned = _hand_in(fatima, tmp_path, "f")
    bad = tmp_path / "slecht.vwpakket"
    _rewrite(returned, bad, change)
    with pytest.raises(ImportRefused, match=message):
        packages.merge_handins(coordinator, [bad])
    assert coordinator.activity(_ids(coordinator, 0)[0]).status is None
    fatima.close()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04kapot", b"geen zip"])
def test_broken_packages_are_refused(coordinator: Workspace, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "kapot.vwpakket"
    bad.write_bytes(content)
    with pytest.raises(ImportRefused):
        packages.merge_handins(coordinator, [bad])


def test_handout_needs_activities_of_that_owner(coordinator: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="geen activiteiten met eigenaar 'Onbekend'"):
        packages.create_handout(coordinator, "Onbekend", tmp_path / "x.vwpakket")
    assert not (tmp_path / "x.vwpakket").exists()


# -- properties: merging never loses a text, and order only changes which side conflicts ---------

_edit = st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(0, 2), st.sampled_from(["eerste", "tweede", "derde"]))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(_edit, min_size=1, max_size=6))
def test_merging_never_loses_a_text_and_order_only_moves_conflicts(tmp_path_factory, edits) -> None:
    folder = tmp_path_factory.mktemp("merge")
    results = []
    for order in (1, -1):
        base = folder / f"c{order}.vwdb"
        coordinator = Workspace.open_default(base, author="c")
        coordinator.assign(Selection(goal="I"), owner="Team")
        ids = _ids(coordinator, 0)
        handout = folder / f"h{order}.vwpakket"
        packages.create_handout(coordinator, "Team", handout)
        returns = []
        handed_in: dict[tuple[str, int], str] = {}
        for officer_name in ("A", "B", "C"):
            officer = packages.open_handout(handout, database=folder / f"{officer_name}{order}.vwdb",
                                            author=officer_name)
            for who, index, word in edits:
                if who == officer_name:
                    text = f"{word} door {who}"
                    officer.save_activity(ids[index], {"realisation": BlockText.from_plain(text)})
                    handed_in[(who, index)] = text  # the officer's last version is what travels
            returns.append(_hand_in(officer, folder, f"{officer_name}{order}"))
            officer.close()
        packages.merge_handins(coordinator, returns[::order])
        present = set()
        for activity_id in ids[:3]:
            present.add(coordinator.activity(activity_id).realisation.plain_text())
            for version in coordinator.history(activity_id, "realisation"):
                for value in (version.old, version.new):
                    if value:
                        present.add(value.strip())
        assert set(handed_in.values()) <= present
        results.append(
            ({i: coordinator.activity(i).realisation.plain_text() for i in ids[:3]},
             len(coordinator.conflicts()))
        )
        coordinator.close()
    # both orders list the same number of conflicts; each final text is one that somebody wrote or the original
    assert results[0][1] == results[1][1]


def test_merging_makes_a_backup_first(coordinator: Workspace, tmp_path: Path) -> None:
    from verantwoording_app.services import backups

    fatima = _officer(coordinator, tmp_path, "Fatima")
    fatima.save_activity(_ids(coordinator, 0)[0], {"status": "gereed"})
    packages.merge_handins(coordinator, [_hand_in(fatima, tmp_path, "f")])
    made = backups.list_backups(tmp_path / "coordinator.vwdb")
    assert [b.reason for b in made if b.reason != "voor-bulkwijziging"] == ["voor-import"]
    assert made[0].activities == 13
    fatima.close()


def _payload_format(number: int | None):
    """Rewrite the payload's format number (None: remove it, as before numbering) with a valid checksum."""
    import hashlib

    def change(entries: dict[str, bytes]) -> None:
        payload = json.loads(entries["payload.json"])
        payload.pop("format")
        if number is not None:
            payload["format"] = number
        if "document" in payload:
            payload["document"].pop("format")  # the document inside: format 0 as well
        entries["payload.json"] = json.dumps(payload).encode()
        head = json.loads(entries["manifest.json"])
        head["sha256"] = hashlib.sha256(entries["payload.json"]).hexdigest()
        entries["manifest.json"] = json.dumps(head).encode()

    return change


def test_a_package_carries_format_1_and_one_from_before_numbering_still_merges(
        coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    first = _ids(coordinator, 0)[0]
    fatima.save_activity(first, {"status": "gereed"})
    returned = _hand_in(fatima, tmp_path, "f")
    with zipfile.ZipFile(returned) as archive:
        assert json.loads(archive.read("payload.json"))["format"] == 1
    old = tmp_path / "oud.vwpakket"
    _rewrite(returned, old, _payload_format(None))
    packages.merge_handins(coordinator, [old])
    assert coordinator.activity(first).status == "gereed"
    fatima.close()


def test_a_package_of_a_newer_format_is_refused_and_nothing_changes(coordinator: Workspace, tmp_path: Path) -> None:
    fatima = _officer(coordinator, tmp_path, "Fatima")
    first = _ids(coordinator, 0)[0]
    fatima.save_activity(first, {"status": "gereed"})
    newer = tmp_path / "nieuw.vwpakket"
    _rewrite(_hand_in(fatima, tmp_path, "f"), newer, _payload_format(2))
    with pytest.raises(ImportRefused, match=r"Het pakket 'nieuw\.vwpakket' is gemaakt met een nieuwere versie"):
        packages.merge_handins(coordinator, [newer])
    assert coordinator.activity(first).status is None
    fatima.close()


def test_a_handout_from_before_format_numbers_opens(coordinator: Workspace, tmp_path: Path) -> None:
    handout = tmp_path / "Fatima.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    old = tmp_path / "Fatima-oud.vwpakket"
    _rewrite(handout, old, _payload_format(None))
    with zipfile.ZipFile(old) as archive:
        payload = json.loads(archive.read("payload.json"))
    assert "format" not in payload
    assert "format" not in payload["document"]
    fatima = packages.open_handout(old, database=tmp_path / "Fatima.vwdb", author="Fatima")
    assert [a.id for a in fatima.tree()[0].goals[0].activities] == _ids(coordinator, 0)
    fatima.close()
