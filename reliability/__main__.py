"""Rerun the reliability figures and rewrite RELIABILITY.md.

    python -m reliability                 # 100 kills and the hostile corpus (a few minutes)
    python -m reliability --kills 1000    # the long run (about an hour)
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from . import attacks, corpus, crash

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability")
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "RELIABILITY.md")
    args = parser.parse_args(argv)

    print(f"crash harness: {args.kills} kills…", file=sys.stderr, flush=True)
    summary, results = crash.run(args.kills, progress=True)
    print("hostile corpus…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as name:
        database, cases = corpus.prepare(Path(name))
        outcomes = [corpus.check(case, database) for case in cases]
    print("attacks…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as name:
        os.environ.setdefault("VERANTWOORDING_DATA_DIR", str(Path(name) / "gegevens"))  # backups stay in here
        database, items = attacks.prepare(Path(name))
        attacked = [attacks.check(item, database) for item in items]

    windows = sorted(r.loss_window for r in results)
    median_window = windows[len(windows) // 2] if windows else 0.0
    refused = sum(o.ok for o in outcomes)
    slowest = max(outcomes, key=lambda o: o.seconds)
    heaviest = max(outcomes, key=lambda o: o.peak_mb)
    lines = [
        "# Reliability",
        "",
        f"Figures produced by `python -m reliability --kills {args.kills}` (or `make reliability`) on "
        f"{datetime.now():%Y-%m-%d}, {platform.system()} {platform.machine()}, Python {platform.python_version()}. "
        "Rerun the command to refresh them; it rewrites this file.",
        "",
        "## Killed while typing",
        "",
        "`reliability/crash.py` starts the real main window (offscreen) on a copy of the example database, types "
        "a word every 40 ms into the realisation of the first activity through real key events, and kills the "
        "process with SIGKILL after a random 0.05–4 s. The autosave interval is 1 s, so the promise is: no word "
        "that was on screen for longer than 2 s is lost, and the database is never damaged.",
        "",
        "| measure | result |",
        "|---|---|",
        f"| kills | {summary.runs} |",
        f"| words typed (on screen) | {summary.typed_words} |",
        f"| corrupted databases (`integrity_check`, `foreign_key_check`, saved words in order) | "
        f"{summary.corruptions} |",
        f"| runs that lost their last words | {summary.runs_with_loss} |",
        f"| words lost in all | {summary.lost_words} |",
        f"| loss window, median | {median_window:.2f} s |",
        f"| loss window, worst | {summary.worst_window:.2f} s |",
        f"| runs over the promise ({summary.limit:.1f} s) | {summary.violations} |",
        "",
        "The loss window of a run is the age, at the kill, of the oldest word that was on screen but not in the "
        "database. Words typed in the last second before a kill are lost by design: that is the autosave interval.",
        "",
        "## Hostile and broken files",
        "",
        "`reliability/corpus.py` builds the files and imports each through `verantwoording import` into a "
        "database. Each must be refused with one clear Dutch line, and the database file must stay byte for "
        "byte the same.",
        "",
        f"Refused as required: **{refused} of {len(outcomes)}**. Slowest refusal: {slowest.case.name} "
        f"({slowest.seconds:.2f} s). Most memory: {heaviest.case.name} ({heaviest.peak_mb:.0f} MB peak, Python "
        "allocations).",
        "",
        "| file | refused | database unchanged | seconds | peak MB | message |",
        "|---|---|---|---|---|---|",
    ]
    for outcome in outcomes:
        message = outcome.message.removeprefix("fout: ").replace("|", "/")
        lines.append(
            f"| {outcome.case.name} | {'ja' if outcome.exit_code == 1 else 'NEE'} | "
            f"{'ja' if outcome.unchanged else 'NEE'} | {outcome.seconds:.2f} | {outcome.peak_mb:.1f} | "
            f"{message[:140]}{'…' if len(message) > 140 else ''} |"
        )
    held = sum(o.ok for o in attacked)
    lines += [
        "",
        "## Attacks and careless colleagues (issue 15)",
        "",
        "`reliability/attacks.py` reproduces each attack of issue 15 through the command line against a "
        "coordinator's database: hand-ins rebuilt with a fresh, valid checksum (another officer's activity "
        "renamed, reassigned to Mallory, set to vastgesteld, a status outside the scheme, a made-up hand-out, "
        "the author spoofed as Wethouder, a faked base over a later coordinator edit, a 40,000-character text, "
        "NUL and ESC), a package whose zip header lies about its size, another document's hand-out imported "
        "with `--replace`, hostile workbooks (a cell or a declared dimension at XFD1048576, a DTD in UTF-16 or "
        "in a part not named .xml, `_xD800_`, a 40,000-character cell, NUL and ESC) and `check` on a database "
        "with random bytes over its first page; then what the command line leaves on disk and whom it writes past: "
        "exports and hand-out packages under umask 077, a write-protected (0444) export target, a 0444 database "
        "(exported read-only, never chmodded, no -wal/-shm left), leftovers of killed runs (a hidden partial "
        "export, a backup temporary) cleaned at the next start, 16 backups thinned by `backup create` like the "
        "window, a window's lock (never written through) and another command's lock (waited for), a text with a "
        "1 MB line, one stray byte in UTF-8, and — injected, since they cannot be made for real here — a full "
        "disk, a read-only medium and an unexpected database error carrying a citizen service number (not in "
        "the output, not in the 0600 log); a server password in a URL is masked. A hand-in may be accepted in "
        "part: what lies outside the "
        "hand-out is refused with a message, the rest applies. \"unchanged\" says whether the database file "
        "stayed byte for byte the same where that is required (a proposal for the coordinator does change it).",
        "",
        f"Attacks that did not hold: **{held} of {len(attacked)}**.",
        "",
        "| case | expected exit | exit | database unchanged | check afterwards | seconds | peak MB | output |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for attack in attacked:
        output = " ".join(attack.output.split()).removeprefix("fout: ").replace("|", "/")
        lines.append(
            f"| {attack.attack.name} | {attack.attack.exit_code} | {attack.exit_code} | "
            f"{'ja' if attack.unchanged else 'nee'}{'' if attack.attack.unchanged else ' (mag)'} | "
            f"{attack.problem or 'in orde'} | {attack.seconds:.2f} | {attack.peak_mb:.1f} | "
            f"{output[:150]}{'…' if len(output) > 150 else ''} |"
        )
    lines += [
        "",
        "## What else is covered by the test suite",
        "",
        "- a short crash run (3 kills) in `tests/reliability/test_crash.py`;",
        "- the whole corpus in `tests/reliability/test_hostile_corpus.py`;",
        "- a failing disk (save raises): reported once, text kept, retried until the disk is back "
        "(`tests/ui/test_autosave_limits.py`), and emergency copies elsewhere (`tests/services/test_emergency.py`);",
        "- a crash during a migration leaves the old schema (`tests/storage/test_migrations.py`);",
        "- no network connection during import, export and check, and private file modes (`tests/test_privacy.py`);",
        "- no texts or SQL parameters (a citizen service number) in messages or logs, logs 0600, server passwords "
        "masked (`tests/test_privacy_errors.py`);",
        "- full disk, read-only file/folder/medium, no permission and damage told apart, a 0444 database opened "
        "read-only and never chmodded (`tests/storage/test_diagnose.py`);",
        "- zip members read through bounded streams whatever the header says (`tests/formats/test_safezip.py`), "
        "also in Word files (`tests/formats/test_docx_import.py`); the command line holding the lock while it "
        "writes, waiting for another command, never writing through a window (`tests/cli/test_cli_lock.py`, "
        "`tests/services/test_locking.py`);",
        "- a read-only folder (a user without write permission; root writes anyway, so it is not in the run "
        "above): its message in `tests/storage/test_diagnose.py`.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    ok = summary.corruptions == 0 and summary.violations == 0 and refused == len(outcomes)
    return 0 if ok and held == len(attacked) else 1


if __name__ == "__main__":
    sys.exit(main())
