"""Emergency copies: when the database cannot be written, unsaved edits go to a file elsewhere."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.blocktext import BlockText
from ..domain.errors import StorageError
from ..domain.messages import Message
from . import paths

if TYPE_CHECKING:
    from collections.abc import Mapping


def candidate_folders() -> list[Path]:
    """Where to try, in order: the data folder, the user's documents, the temp folder."""
    return [
        paths.data_dir() / "noodkopieen",
        Path.home() / "Documents" / "Verantwoording-noodkopieen",
        Path(tempfile.gettempdir()) / "verantwoording-noodkopieen",
    ]


def _readable(value: object) -> str:
    if isinstance(value, BlockText):
        return value.plain_text()
    return "" if value is None else str(value)


def write_emergency_copy(
    edits: Mapping[str, Mapping[str, object]],
    *,
    titles: Mapping[str, str] | None = None,
    reason: str = "",
    folders: list[Path] | None = None,
    file_name: str | None = None,
) -> Path:
    """Write ``{activity id: {field: value}}`` as a readable text file plus JSON; return the text file.

    Tries each folder until one works; StorageError only when none can be written. ``file_name``: one file kept
    up to date (replaced whole, never half written) instead of a new one per call (the team server away: the
    window keeps what is typed in it every second).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    lines = [f"Noodkopie van niet-opgeslagen tekst — {datetime.now():%d-%m-%Y %H:%M:%S}"]
    if reason:
        lines.append(f"Reden: {reason}")
    data: dict[str, dict[str, str]] = {}
    for activity_id, fields in edits.items():
        title = (titles or {}).get(activity_id, activity_id)
        lines += ["", f"== {title} =="]
        data[activity_id] = {}
        for field, value in fields.items():
            text = _readable(value)
            data[activity_id][field] = value.to_markdown() if isinstance(value, BlockText) else text
            lines += [f"-- {field} --", text]
    body = "\n".join(lines) + "\n"
    errors = []
    for folder in folders or candidate_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{file_name or 'noodkopie-' + stamp}.txt"
            serial = 1
            while file_name is None and (target.exists() or target.with_suffix(".json").exists()):
                serial += 1  # a second failure in the same second never replaces the first copy
                target = folder / f"noodkopie-{stamp}-{serial}.txt"
            if file_name is None:
                target.write_text(body, encoding="utf-8")
                target.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
            else:
                from ..formats.atomic import atomic_write_text

                atomic_write_text(target.with_suffix(".json"), json.dumps(data, ensure_ascii=False, indent=1))
                atomic_write_text(target, body)
            with contextlib.suppress(OSError):
                os.chmod(target, 0o600)
                os.chmod(target.with_suffix(".json"), 0o600)
            return target
        except OSError as error:
            errors.append(f"{folder}: {error.strerror}")
    raise StorageError(Message.of("emergency.nowhere", errors="; ".join(errors)))
