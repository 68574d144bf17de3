"""The team server under load: 20 simulated clients on a 1,000-activity document on a local PostgreSQL.

Ten officers, each on two machines (so the two clients of one officer race for the same activities), open one
of their activities (read it once, as the form does) and save its realisation a few times with the row version
each save returned (as autosave does while they type) for ``--seconds`` (default 60, the issue's run;
shorter for a quick look), pausing 0.3–0.8 s between saves as autosave does. Another client LISTENs and reads
each changed activity, as the window does. Measured:

- p95 save latency (the UPDATE and history row, committed),
- p95 visible in the other client (from the start of a save to the other client having read the activity),
- lost updates: a history row whose old value is not the previous row's new value (someone saved over a
  version they had not seen), and a final text that is not the last successful save; must be 0,
- unexplained errors (anything but a conflict, which the app turns into a conflicts-queue entry): must be 0,
- opening the document (open, tree, whole document) from the server against the same from SQLite, at 1,000 and
  at 10,000 activities (``--open``), and the same for a search.

``python -m benchmarks.bench_server`` prints the report; ``python -m benchmarks server`` gives the table rows.
The server is the one in VERANTWOORDING_TEST_PG_URL, otherwise a throwaway one started for the run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import select
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.storage.server import admin
from verantwoording_app.storage.server.listen import Listener
from verantwoording_app.storage.store import ConflictError, Store

Row = tuple[str, float, str, float]
OFFICERS = 10
MACHINES = 2


@dataclass
class Results:
    saves: list[tuple[str, float, float, int, str]] = field(default_factory=list)
    """(activity id, started, elapsed, revision, value) of every successful save"""
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    seen: dict[str, list[float]] = field(default_factory=dict)
    """activity id → when the other client had read it after an announcement (time.monotonic)"""


def _p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _server() -> tuple[str, Path | None]:
    given = os.environ.get("VERANTWOORDING_TEST_PG_URL")
    if given:
        return given, None
    from tests import pgserver

    folder = Path(tempfile.mkdtemp(prefix="vw-bench-pg-", dir="/tmp"))
    return pgserver.start(folder), folder


def _with_database(url: str, database: str, login: str | None = None) -> str:
    base = url.split("?", 1)[0].rsplit("/", 1)[0]
    if login is not None:
        scheme, rest = base.split("://", 1)
        base = f"{scheme}://{login}@{rest.split('@', 1)[-1]}"
    return f"{base}/{database}"


def _prepare(server: str, folder: Path, activities: int) -> tuple[str, Path, dict[str, list[str]]]:
    import psycopg

    name = f"vw_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_with_database(server, "postgres"), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = _with_database(server, name)
    document = build_document(activities)
    owners = [f"Medewerker {i + 1:02d}" for i in range(OFFICERS)]
    owned: dict[str, list[str]] = {owner: [] for owner in owners}
    programmes = []
    index = 0
    for programme in document.programmes:
        goals = []
        for goal in programme.goals:
            acts = []
            for activity in goal.activities:
                owner = owners[index % OFFICERS]
                owned[owner].append(activity.id)
                acts.append(replace(activity, owner=owner))
                index += 1
            goals.append(replace(goal, activities=tuple(acts)))
        programmes.append(replace(programme, goals=tuple(goals)))
    document = replace(document, programmes=tuple(programmes))
    local = folder / "bench.vwdb"
    store = Store.open(local)
    store.create_document(document, author="bench")
    store.close()
    admin.setup(url)
    admin.upload(local, url)
    for number, owner in enumerate(owners, start=1):
        admin.add_user(url, f"bench{number:02d}", "officer", owner)
    admin.add_user(url, "benchcoord", "coordinator", "Coördinator")
    logins = {f"bench{n:02d}": owned[owner] for n, owner in enumerate(owners, start=1)}
    return url, local, logins


def _client(url: str, login: str, machine: int, activities: list[str], until: float, out: Any) -> None:
    """One client in its own process (as a colleague's computer): load, save with the row version, pause."""
    store = Store.open(url)
    rng = random.Random(f"{login}-{machine}")
    saves: list[tuple[str, float, float, int, str]] = []
    conflicts = 0
    errors: list[str] = []
    count = 0
    revision: int | None = None
    activity_id = ""
    left = 0
    try:
        while time.monotonic() < until:
            try:
                if left == 0 or revision is None:  # open an activity in the form (as the window: read it once)
                    activity_id = rng.choice(activities)
                    revision = store.load_activity(activity_id).revision
                    left = rng.randint(1, 4)  # then type: autosave saves a few times with the version it has
                count += 1
                left -= 1
                value = f"{login}-{machine}-{count}"
                started = time.monotonic()
                saved = store.update_activity(activity_id, {"realisation": parse_markdown(value)}, author=login,
                                              expected_revision=revision)
                saves.append((activity_id, started, time.monotonic() - started, saved.revision, value))
                revision = saved.revision
            except ConflictError:
                conflicts += 1  # the window turns this into a conflicts-queue entry (services.team)
                revision = None  # and shows the colleague's version
            except Exception as error:
                errors.append(f"{type(error).__name__}: {error}"[:200])
                revision = None
            time.sleep(rng.uniform(0.3, 0.8))
    finally:
        store.close()
        out.put((saves, conflicts, errors))


def _watcher(url: str, until: float, results: Results, ready: threading.Event) -> None:
    """Another client: LISTEN, and read every changed activity (what the window does)."""
    listener = Listener(url)
    listener.connect()
    store = Store.open(url)
    ready.set()
    try:
        while time.monotonic() < until + 2:
            readable, _w, _x = select.select([listener.fileno()], [], [], 0.2)
            if not readable:
                continue
            for change in listener.drain():
                if change.kind == "activity":
                    store.load_activity(change.id)
                    results.seen.setdefault(change.id, []).append(time.monotonic())
    finally:
        listener.close()
        store.close()


def _visible(results: Results) -> list[float]:
    """For every save: from its start to the first read by the other client after it was committed."""
    latencies: list[float] = []
    by_activity: dict[str, list[tuple[float, float]]] = {}
    for activity_id, started, elapsed, _revision, _value in results.saves:
        by_activity.setdefault(activity_id, []).append((started, started + elapsed))
    for activity_id, saves in by_activity.items():
        seen = sorted(results.seen.get(activity_id, []))
        cursor = 0
        for started, committed in sorted(saves):
            while cursor < len(seen) and seen[cursor] < committed - 0.001:
                cursor += 1
            if cursor < len(seen):
                latencies.append(seen[cursor] - started)
                cursor += 1
    return latencies


def _bare_saves(url: str, activity_id: str, count: int = 40) -> list[float]:
    """The reference: one UPDATE of a realisation and its commit in plain psycopg, as the same officer
    (the same triggers and policies), after the clients stopped: what the server and machine allow now."""
    import psycopg

    times: list[float] = []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        for number in range(count):
            started = time.monotonic()
            connection.execute("UPDATE activities SET realisation = %s, revision = revision + 1 WHERE id = %s",
                               (f"bare {number}", activity_id))
            connection.commit()
            times.append(time.monotonic() - started)
    return times


def _lost_updates(url: str) -> tuple[int, int]:
    """(history chains broken, final texts that are not the last save); both must be 0."""
    import psycopg

    broken = 0
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT entity_id, old, new FROM versions WHERE field = 'realisation' "
                                  "AND entity = 'activity' ORDER BY entity_id, id").fetchall()
    previous: dict[str, str | None] = {}
    for entity, old, new in rows:
        if entity in previous and previous[entity] != old:
            broken += 1
        previous[entity] = new
    return broken, 0


def _open_from(location: str | Path) -> None:
    """What the window does on opening: the database, the tree, the whole document."""
    store = Store.open(location)
    store.tree()
    store.load_document()
    store.close()


def _open_times(officer: str, local: Path) -> tuple[float, float]:
    """(from the server as an officer, from the same document in SQLite), median seconds, interleaved."""
    _open_from(officer)
    _open_from(local)  # both warm: the file in the page cache, the server's buffers filled
    return median_seconds(lambda: _open_from(officer), 3), median_seconds(lambda: _open_from(local), 3)


def _open_at(server: str, activities: int) -> tuple[float, float]:
    """Opening a document of this size from the server and from SQLite (a database of its own)."""
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="vw-bench-open-"))
    try:
        url, local, _logins = _prepare(server, folder, activities)
        found = _open_times(_with_database(server, url.rsplit("/", 1)[1], "bench01"), local)
        with psycopg.connect(_with_database(server, "postgres"), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)


OPEN_SIZES = (1000, 10_000)
"""Opening is measured at these sizes (issue 13: 1,000; issue 20: 10,000), each ≤ 1.5× SQLite."""


def measure(seconds: float = 60.0, activities: int = 1000,
            open_sizes: tuple[int, ...] = OPEN_SIZES) -> dict[str, float | int | list[str]]:
    server, owned_folder = _server()
    folder = Path(tempfile.mkdtemp(prefix="vw-bench-"))
    try:
        url, local, logins = _prepare(server, folder, activities)
        database = url.rsplit("/", 1)[1]
        results = Results()
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        until = time.monotonic() + seconds + 3  # the clients start editing within these 3 s
        ready = threading.Event()
        watcher = threading.Thread(target=_watcher, args=(
            _with_database(server, database, "benchcoord"), until, results, ready))
        watcher.start()
        ready.wait(30)
        clients = [context.Process(target=_client, args=(_with_database(server, database, login), login, machine,
                                                         owned, until, queue))
                   for login, owned in logins.items() for machine in range(MACHINES)]
        for client in clients:
            client.start()
        for _client_process in clients:
            saves, conflicts, errors = queue.get(timeout=seconds + 120)
            results.saves.extend(saves)
            results.conflicts += conflicts
            results.errors.extend(errors)
        for client in clients:
            client.join(30)
        watcher.join()
        last_saved: dict[str, tuple[int, str]] = {}
        for activity_id, _started, _elapsed, revision, value in results.saves:
            if activity_id not in last_saved or revision > last_saved[activity_id][0]:
                last_saved[activity_id] = (revision, value)
        visible = _visible(results)
        save_times = [elapsed for _a, _s, elapsed, _r, _v in results.saves]
        broken, _ = _lost_updates(_with_database(server, database, "benchcoord"))
        checker = Store.open(_with_database(server, database, "benchcoord"))
        wrong_final = sum(1 for activity_id, (_revision, value) in last_saved.items()
                          if checker.load_activity(activity_id).realisation.plain_text().strip() != value)
        checker.close()
        officer = _with_database(server, database, "bench01")
        bare = _bare_saves(officer, logins["bench01"][0])
        server_open, sqlite_open = _open_times(officer, local)
        on_server, on_file = Store.open(officer), Store.open(local)
        server_search = median_seconds(lambda: on_server.search("ondernemers"), 5)
        sqlite_search = median_seconds(lambda: on_file.search("ondernemers"), 5)
        hits = (len(on_server.search("ondernemers")), len(on_file.search("ondernemers")))
        on_server.close()
        on_file.close()
        import psycopg

        with psycopg.connect(_with_database(server, "postgres"), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
        opening = {activities: (server_open, sqlite_open)}
        for size in open_sizes:
            if size not in opening:
                opening[size] = _open_at(server, size)
        return {
            "opening": opening,  # type: ignore[dict-item]
            "clients": len(logins) * MACHINES, "activities": activities, "seconds": seconds,
            "saves": len(results.saves), "conflicts": results.conflicts,
            "p95_save_ms": _p95(save_times) * 1000, "median_save_ms": statistics.median(save_times) * 1000
            if save_times else float("nan"),
            "p95_visible_ms": _p95(visible) * 1000, "visible_count": len(visible),
            "lost_updates": broken + wrong_final, "errors": results.errors,
            "open_server_s": server_open, "open_sqlite_s": sqlite_open,
            "search_server_s": server_search, "search_sqlite_s": sqlite_search,
            "search_hits_server": hits[0], "search_hits_sqlite": hits[1],
            "p95_bare_ms": _p95(bare) * 1000,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if owned_folder is not None:
            from tests import pgserver

            pgserver.stop(owned_folder)
            shutil.rmtree(owned_folder, ignore_errors=True)


def run(quick: bool = False) -> list[Row]:
    """Rows for ``python -m benchmarks``: opening and search from the server against SQLite."""
    found = measure(seconds=4.0 if quick else 8.0, activities=300 if quick else 1000,
                    open_sizes=(300,) if quick else OPEN_SIZES)
    count = found["activities"]
    opening: dict[int, tuple[float, float]] = found["opening"]  # type: ignore[assignment]
    return [
        *((f"server open {size}", server, "SQLite open", sqlite) for size, (server, sqlite) in sorted(opening.items())),
        (f"server search {count}", float(found["search_server_s"]), "SQLite FTS5", float(found["search_sqlite_s"])),  # type: ignore[arg-type]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_server")
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="how long the clients edit (default: the issue's 60; shorter for a quick look)")
    parser.add_argument("--activities", type=int, default=1000)
    parser.add_argument("--open", type=int, nargs="*", default=list(OPEN_SIZES), metavar="N",
                        help="document sizes to measure opening at (default 1000 10000)")
    args = parser.parse_args(argv)
    found = measure(args.seconds, args.activities, tuple(args.open))
    search_ratio = float(found["search_server_s"]) / float(found["search_sqlite_s"])  # type: ignore[arg-type]
    print(f"{found['clients']} clients, {found['activities']} activities, {found['seconds']:.0f} s of editing")
    print(f"saves {found['saves']}, conflicts (queued, not lost) {found['conflicts']}")
    print(f"save latency: median {found['median_save_ms']:.1f} ms, p95 {found['p95_save_ms']:.1f} ms (goal < 50); "
          f"reference, a bare psycopg UPDATE + commit on this machine now: p95 {found['p95_bare_ms']:.1f} ms")
    print(f"visible in another client: p95 {found['p95_visible_ms']:.1f} ms over {found['visible_count']} "
          "changes (goal < 500)")
    print(f"lost updates {found['lost_updates']} (goal 0), unexplained errors {len(found['errors'])} (goal 0)")  # type: ignore[arg-type]
    for error in list(found["errors"])[:5]:  # type: ignore[call-overload]
        print(f"  {error}")
    opening: dict[int, tuple[float, float]] = found["opening"]  # type: ignore[assignment]
    for size, (server, sqlite) in sorted(opening.items()):
        print(f"open {size} activities from server {server:.3f} s, from SQLite {sqlite:.3f} s: "
              f"ratio {server / sqlite:.2f} (goal ≤ 1.5)")
    print(f"search from server {found['search_server_s'] * 1000:.1f} ms ({found['search_hits_server']} hits), "
          f"SQLite {found['search_sqlite_s'] * 1000:.1f} ms ({found['search_hits_sqlite']} hits): ratio "
          f"{search_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
