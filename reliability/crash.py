"""Crash harness: kill the real app with SIGKILL at random moments while it types.

Each run starts ``reliability.typist`` on a copy of a database, waits until it
types, kills it after a random time, then checks the database (SQLite
``integrity_check`` and ``foreign_key_check``) and compares what was saved with
the journal of words that were on screen. A lost edit is a word that was on
screen but is not in the database; its age at the kill is the loss window.
The promise is: no lost edit older than the autosave interval plus one second.

    python -m reliability.crash --runs 1000      # the long run (about an hour)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\bw(\d+)\b")


@dataclass(frozen=True)
class RunResult:
    typed: int
    saved: int
    lost: int
    loss_window: float
    """Age at the kill of the oldest word that was on screen but not saved (0 when none)."""
    corrupt: bool
    detail: str = ""


@dataclass(frozen=True)
class Summary:
    runs: int
    corruptions: int
    runs_with_loss: int
    lost_words: int
    worst_window: float
    limit: float
    violations: int
    """Runs whose loss window exceeded the promise."""
    typed_words: int


def make_database(folder: Path) -> Path:
    from verantwoording_app.services.workspace import Workspace

    path = folder / "template.vwdb"
    Workspace.open_default(path, author="harness").close()
    return path


def _check(path: Path) -> tuple[bool, str, str]:
    """(corrupt, detail, realisation markdown of the first activity)."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        row = connection.execute(
            "SELECT a.realisation FROM activities a JOIN goals g ON a.goal_id = g.id "
            "JOIN programmes p ON g.programme_id = p.id ORDER BY p.position, g.position, a.position LIMIT 1"
        ).fetchone()
    except sqlite3.DatabaseError as error:
        return True, str(error), ""
    finally:
        connection.close()
    corrupt = integrity != [("ok",)] or bool(foreign)
    return corrupt, "" if not corrupt else f"{integrity[:3]} {foreign[:3]}", row[0] if row else ""


def run_once(template: Path, folder: Path, *, delay_ms: int, every_ms: int, rng: random.Random,
             max_wait: float = 4.0) -> RunResult:
    work = Path(tempfile.mkdtemp(dir=folder))
    database = work / "d.vwdb"
    shutil.copy(template, database)
    journal = work / "journal.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VERANTWOORDING_DATA_DIR=str(work / "data"))
    process = subprocess.Popen(
        [sys.executable, "-m", "reliability.typist", "--db", str(database), "--journal", str(journal),
         "--settings", str(work / "settings"), "--every", str(every_ms), "--delay", str(delay_ms)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text().startswith("ready"):
            break
        if process.poll() is not None:
            raise RuntimeError(f"typist stopped: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
        time.sleep(0.02)
    else:
        process.kill()
        raise RuntimeError("typist did not start within 60 s")
    time.sleep(rng.uniform(0.05, max_wait))
    killed_at = time.time()
    process.send_signal(signal.SIGKILL)
    process.wait()
    if process.stderr:
        process.stderr.close()

    typed: dict[int, float] = {}
    for line in journal.read_text().splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2:
            typed[int(parts[0])] = float(parts[1])
    corrupt, detail, markdown = _check(database)
    saved_numbers = sorted({int(n) for n in _WORD.findall(markdown)})
    saved = saved_numbers[-1] + 1 if saved_numbers else 0
    if saved_numbers != list(range(saved)):
        corrupt = True
        detail = f"saved words not contiguous: {saved_numbers[:10]}…"
    lost = [n for n in typed if n >= saved]
    window = killed_at - typed[min(lost)] if lost else 0.0
    shutil.rmtree(work, ignore_errors=True)
    return RunResult(len(typed), saved, len(lost), window, corrupt, detail)


def run(runs: int, *, delay_ms: int = 1000, every_ms: int = 40, seed: int = 20261126,
        progress: bool = False) -> tuple[Summary, list[RunResult]]:
    rng = random.Random(seed)
    limit = delay_ms / 1000 + 1.0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template = make_database(folder)
        results = []
        for index in range(runs):
            results.append(run_once(template, folder, delay_ms=delay_ms, every_ms=every_ms, rng=rng))
            if progress and (index + 1) % 10 == 0:
                print(f"  {index + 1}/{runs} runs", file=sys.stderr, flush=True)
    summary = Summary(
        runs=len(results),
        corruptions=sum(r.corrupt for r in results),
        runs_with_loss=sum(r.lost > 0 for r in results),
        lost_words=sum(r.lost for r in results),
        worst_window=max((r.loss_window for r in results), default=0.0),
        limit=limit,
        violations=sum(r.loss_window > limit for r in results),
        typed_words=sum(r.typed for r in results),
    )
    return summary, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability.crash")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--delay", type=int, default=1000, help="autosave interval in ms")
    args = parser.parse_args(argv)
    summary, _ = run(args.runs, delay_ms=args.delay, progress=True)
    print(f"runs {summary.runs}, corruptions {summary.corruptions}, runs with lost words {summary.runs_with_loss}, "
          f"lost words {summary.lost_words} of {summary.typed_words}, worst loss window "
          f"{summary.worst_window:.2f} s (promise ≤ {summary.limit:.2f} s), violations {summary.violations}")
    return 0 if summary.corruptions == 0 and summary.violations == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
