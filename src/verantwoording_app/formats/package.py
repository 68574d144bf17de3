"""Work packages (``.vwpakket``): what the coordinator hands out and what officers send back.

A package is a zip with two entries: ``manifest.json`` (what, for whom, from
which document, the SHA-256 of the payload) and ``payload.json``. Reading
checks the container before it parses anything: size, entry names, the
compression ratio, the checksum; every member is read through a bounded
stream (safezip) that stops at the limit whatever the zip header says. Every refusal is an ImportRefused with a
Dutch message.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.errors import ImportRefused
from ..domain.messages import Message
from ..domain.model import new_id
from .atomic import atomic_write_bytes
from .safezip import ZipLimits, open_zip
from .versions import Step, stamped, upgraded

if TYPE_CHECKING:
    from pathlib import Path

SUFFIX = ".vwpakket"
FORMAT = "verantwoording-pakket"
VERSION = 1
"""The container's version (the manifest); another one is refused."""
PAYLOAD_FORMAT = 1
"""The payload's format number (``"format"`` in payload.json): 1 since numbering; a payload without one is
format 0 and is upgraded, a newer one is refused (formats/versions.py)."""
PAYLOAD_UPGRADES: dict[int, Step] = {0: dict}
"""0 → 1: the same keys; the document inside carries its own format number (treejson)."""
KINDS = ("uitgifte", "inlevering")
"""Hand-out (coordinator → officer) and hand-in (officer → coordinator)."""

MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MAX_PAYLOAD_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RATIO = 200
ENTRIES = ("manifest.json", "payload.json")
LIMITS = ZipLimits(max_entries=16, max_member_bytes=MAX_PAYLOAD_BYTES,
                   max_total_bytes=MAX_PAYLOAD_BYTES + MAX_MANIFEST_BYTES, max_ratio=MAX_RATIO)
"""Every member is read through safezip's bounded streams: the header's sizes are not trusted."""


@dataclass(frozen=True, slots=True)
class Manifest:
    kind: str
    document_id: str
    owner: str
    created: datetime
    created_by: str
    package_id: str
    based_on: str = ""
    """For a hand-in: the id of the hand-out it continues."""
    sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "kind": self.kind, "document_id": self.document_id,
            "owner": self.owner, "created": self.created.isoformat(), "created_by": self.created_by,
            "package_id": self.package_id, "based_on": self.based_on, "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class Package:
    manifest: Manifest
    payload: dict[str, Any]


def new_manifest(kind: str, document_id: str, owner: str, created_by: str, based_on: str = "") -> Manifest:
    assert kind in KINDS
    return Manifest(kind, document_id, owner, datetime.now().replace(microsecond=0), created_by, new_id(), based_on)


def write_package(target: Path, manifest: Manifest, payload: dict[str, Any]) -> None:
    """Write atomically; the manifest carries the payload's checksum."""
    body = json.dumps(stamped(payload, PAYLOAD_FORMAT), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    head = {**manifest.to_json(), "sha256": digest}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(head, ensure_ascii=False, indent=1))
        archive.writestr("payload.json", body)
    atomic_write_bytes(target, buffer.getvalue())


def read_package(path: Path) -> Package:
    """Read and verify a package; refuse anything broken, hostile or tampered with."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRefused(Message.of("package.missing", path=path)) from None
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    if size > MAX_PACKAGE_BYTES:
        raise ImportRefused(Message.of("package.too_large", name=path.name, value=size // (1024 * 1024)))
    try:
        with path.open("rb") as stream:
            magic = stream.read(2)
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    if magic != b"PK":
        raise ImportRefused(Message.of("package.not_a_zip", name=path.name))
    with open_zip(path, LIMITS) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if sorted(names) != sorted(ENTRIES):
            unexpected = ", ".join(n for n in names if n not in ENTRIES)[:80]
            raise ImportRefused(Message.of("package.unexpected_content", name=path.name,
                                           content=unexpected or Message.of("package.missing_parts")))
        manifest_bytes = archive.read_member("manifest.json", limit=MAX_MANIFEST_BYTES)
        body = archive.read_member("payload.json", limit=MAX_PAYLOAD_BYTES)
    if len(body) > MAX_PAYLOAD_BYTES:
        raise ImportRefused(Message.of("package.unpacks_too_large", name=path.name))
    head = _json(manifest_bytes, path)
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise ImportRefused(Message.of("package.not_a_package", name=path.name))
    if head.get("version") != VERSION:
        raise ImportRefused(Message.of("package.other_version", name=path.name, version=str(head.get("version"))))
    if hashlib.sha256(body).hexdigest() != head.get("sha256"):
        raise ImportRefused(
            Message.of("package.checksum", name=path.name)
        )
    try:
        manifest = Manifest(
            kind=str(head["kind"]), document_id=str(head["document_id"]), owner=str(head["owner"]),
            created=datetime.fromisoformat(str(head["created"])), created_by=str(head["created_by"]),
            package_id=str(head["package_id"]), based_on=str(head.get("based_on", "")), sha256=str(head["sha256"]),
        )
    except (KeyError, ValueError) as error:
        raise ImportRefused(Message.of("package.manifest_incomplete", name=path.name, error=error)) from None
    if manifest.kind not in KINDS:
        raise ImportRefused(Message.of("package.unknown_kind", name=path.name, kind=manifest.kind))
    payload = _json(body, path)
    if not isinstance(payload, dict):
        raise ImportRefused(Message.of("package.invalid_data", name=path.name))
    return Package(manifest, upgraded(payload, current=PAYLOAD_FORMAT, steps=PAYLOAD_UPGRADES,
                                       where=Message.of("package.named", name=path.name)))


def _json(data: bytes, path: Path) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ImportRefused(Message.of("package.unreadable_data", name=path.name)) from None
