"""Add English translations to resources/translations/verantwoording_en.ts without touching the rest.

    python scripts/ts_add.py CONTEXT "Dutch source" "English translation" [CONTEXT SOURCE TRANSLATION ...]

A message already in its context gets the new translation; ``--missing`` prints, one per line as
``context<TAB>source``, what pyside6-lupdate finds in the sources without a finished translation.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "verantwoording_en.ts"


def add(pairs: list[tuple[str, str, str]], path: Path = TS) -> None:
    root = ET.parse(path).getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for context, source, translation in pairs:
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        for message in ctx.findall("message"):
            if message.findtext("source") == source:
                node = message.find("translation")
                assert node is not None
                node.attrib.pop("type", None)
                node.text = translation
                break
        else:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--missing"]:
        sys.path.insert(0, str(TS.parents[2] / "src"))
        from verantwoording_app.ui.translations import missing_translations

        for context, source in missing_translations():
            print(f"{context}\t{source}")
        raise SystemExit(0)
    args = sys.argv[1:]
    if not args or len(args) % 3:
        raise SystemExit(__doc__)
    add([(args[i], args[i + 1], args[i + 2]) for i in range(0, len(args), 3)])
