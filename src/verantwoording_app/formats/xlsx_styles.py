"""The workbook's cell styles (``xl/styles.xml``): the style ids every sheet writes, and the colours.

Locked cells (ids, codes, baselines, counts) use the plain styles; cells a user may type in on a
protected sheet use the ``S_OPEN_*`` twins (``locked="0"``). The differential formats are the status
colours of the scheme, then overdue, complete and not complete.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence


def argb(hex_colour: str) -> str:
    text = hex_colour.lstrip("#").upper()
    return "FF" + text if re.fullmatch(r"[0-9A-F]{6}", text) else "FF808080"


def _font_colour_for(hex_colour: str) -> str:
    text = hex_colour.lstrip("#")
    try:
        r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "FF000000"
    return "FF000000" if 0.299 * r + 0.587 * g + 0.114 * b > 160 else "FFFFFFFF"


# style ids (cellXfs index)
S_DEFAULT, S_HEADER, S_TOP, S_WRAP, S_DATE, S_PERCENT, S_TITLE, S_NOTE, S_NUMBER = range(9)
# the same, open to typing on a protected sheet (locked="0"), and a date with time
S_DATETIME, S_OPEN_TOP, S_OPEN_WRAP, S_OPEN_DATE, S_OPEN_NUMBER, S_OPEN = range(9, 15)
_STYLE_COUNT = 15
DXF_LATE, DXF_COMPLETE, DXF_INCOMPLETE = range(3)
"""Differential formats after the status colours: overdue deadline, complete, not complete."""
_EXTRA_DXFS: Final = (
    '<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>'
    '<dxf><font><color rgb="FF006100"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFC6EFCE"/><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>'
    '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFFFEB9C"/><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>'
)


_UNLOCKED: Final = '<protection locked="0"/></xf>'
_OPEN_XFS: Final = (
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top" wrapText="1"/>' + _UNLOCKED
    + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" '
    'applyProtection="1"><alignment vertical="top" horizontal="left"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1">' + _UNLOCKED
)


def styles_xml(dxf_colours: Sequence[str]) -> str:
    dxfs = "".join(
        f'<dxf><font><color rgb="{_font_colour_for(c)}"/></font>'
        f'<fill><patternFill patternType="solid"><fgColor rgb="{argb(c)}"/>'
        f'<bgColor rgb="{argb(c)}"/></patternFill></fill></dxf>'
        for c in dxf_colours
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/>'
        '<numFmt numFmtId="165" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>'
        '<fonts count="3">'
        '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        "</fonts>"
        '<fills count="3"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>'
        "</fills>"
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>'
        "</borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{_STYLE_COUNT}">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
        'applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top" wrapText="1"/></xf>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
        'applyAlignment="1"><alignment vertical="top"/></xf>'
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment wrapText="1" vertical="top"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top"/></xf>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
        'applyAlignment="1"><alignment vertical="top" horizontal="left"/></xf>'
        + _OPEN_XFS
        + "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles>'
        f'<dxfs count="{len(dxf_colours) + 3}">{dxfs}{_EXTRA_DXFS}</dxfs>'
        "</styleSheet>"
    )
