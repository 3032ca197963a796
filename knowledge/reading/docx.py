"""Read a report delivered as a Word .docx.

Body paragraphs and tables are walked in document order. Word footnotes (and endnotes) live
in their own parts, which python-docx does not read: their bodies are taken from the part
and each reference in the text becomes the superscript marker of its displayed number
(notes are numbered in order of first reference, whatever their ids). List paragraphs become
bullets, or get their rendered number ("1.", "I-") when the list is numbered. Table cells keep
their grid position; a merged cell's text stands once, in its first column. A table before
the body (the usual two-column header of an official document) is read as header lines.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from knowledge import texts
from knowledge.document import Document, superscript
from knowledge.errors import ReportError
from knowledge.reading.layout import APPENDIX_RE, Block, build_document, clean_inline, is_body_start
from knowledge.reading.typography import attach_markers, tidy

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_FOOTNOTES = "/footnotes"
REL_ENDNOTES = "/endnotes"
HEADING_STYLE_RE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
MAX_UNPACKED = 200 * 2**20  # bytes: a report's .docx unpacks to a few MB; more is a zip bomb
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


def read_docx_bytes(data: bytes, name: str) -> Document:
    """Read a .docx report; refuse anything that is not a readable Word document."""
    word = _open(data, name)
    try:
        blocks = DocxReader(word).blocks()
    except ReportError:
        raise
    except Exception as err:  # a malformed part must not escape as a raw error
        raise ReportError(texts.ERR_DOCX.format(path=name)) from err
    return build_document(blocks, "docx")


def _open(data: bytes, name: str) -> Any:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except Exception as err:  # not a zip at all
        raise ReportError(texts.ERR_DOCX.format(path=name)) from err
    if unpacked > MAX_UNPACKED:
        raise ReportError(texts.ERR_DOCX_TOO_BIG.format(path=name, megabytes=MAX_UNPACKED // 2**20))
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as err:  # not a zip, not a Word package, broken XML…
        raise ReportError(texts.ERR_DOCX.format(path=name)) from err


def _related_xml(part: Any, reltype_suffix: str) -> etree._Element | None:
    """The XML of the part ``part`` relates to by a relationship type ending in ``reltype_suffix``."""
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.endswith(reltype_suffix):
            return etree.fromstring(rel.target_part.blob, _SAFE_PARSER)
    return None


def _val(element: etree._Element | None, default: str = "") -> str:
    if element is None:
        return default
    return str(element.get(w("val"), default))


# --- numbering ------------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "bullet"
    text: str = ""
    start: int = 1


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


def _letter(number: int) -> str:
    return chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """A list counter as Word prints it for ``fmt`` (decimal, upperRoman, lowerLetter, …)."""
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt == "upperLetter":
        return _letter(number)
    if fmt == "lowerLetter":
        return _letter(number).lower()
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


@dataclass
class Numbering:
    """Word list definitions and the running counters, to render "1.", "I-", "a)" or a bullet."""

    levels: dict[tuple[str, int], _Level] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract = {a.get(w("abstractNumId")): a for a in root.iter(w("abstractNum"))}
        for num in root.iter(w("num")):
            num_id = num.get(w("numId"), "")
            base = abstract.get(_val(num.find(w("abstractNumId"))))
            overrides = {int(o.get(w("ilvl"), "0")): o for o in num.iter(w("lvlOverride"))}
            for ilvl in range(9):
                numbering.levels[(num_id, ilvl)] = _level(base, overrides.get(ilvl), ilvl)
        return numbering

    def label(self, num_id: str, ilvl: int) -> str | None:
        """None for a bullet; otherwise the rendered number ("2.", "II-"); counters advance."""
        level = self.levels.get((num_id, ilvl))
        if level is None or level.fmt == "bullet":
            return None
        counts = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        if level.fmt == "none":
            return ""

        def placeholder(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = self.levels.get((num_id, k), level)
            value = counts[k] or lvl.start
            return format_number(value, lvl.fmt)

        return re.sub(r"%([1-9])", placeholder, level.text).strip()


def _level(base: etree._Element | None, override: etree._Element | None, ilvl: int) -> _Level:
    level = _Level()
    candidates = [base] if base is not None else []
    if override is not None:
        candidates.append(override)
    for holder in candidates:
        for lvl in holder.iter(w("lvl")):
            if int(lvl.get(w("ilvl"), "0")) == ilvl:
                level.fmt = _val(lvl.find(w("numFmt")), level.fmt)
                level.text = _val(lvl.find(w("lvlText")), level.text)
                level.start = int(_val(lvl.find(w("start")), str(level.start)))
    if override is not None and (start := override.find(w("startOverride"))) is not None:
        level.start = int(_val(start, "1"))
    return level


# --- styles ---------------------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    num: tuple[str, int] | None
    outline: int | None


def _styles(root: etree._Element | None) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:
        return styles
    for style in root.iter(w("style")):
        ppr = style.find(w("pPr"))
        styles[style.get(w("styleId"), "")] = _Style(
            name=_val(style.find(w("name"))),
            based_on=_val(style.find(w("basedOn"))) or None,
            num=_num_pr(ppr),
            outline=_outline(ppr),
        )
    return styles


def _num_pr(ppr: etree._Element | None) -> tuple[str, int] | None:
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    if num_pr is None:
        return None
    num_id = _val(num_pr.find(w("numId")))
    if not num_id or num_id == "0":
        return None
    return num_id, int(_val(num_pr.find(w("ilvl")), "0"))


def _outline(ppr: etree._Element | None) -> int | None:
    outline = ppr.find(w("outlineLvl")) if ppr is not None else None
    if outline is None:
        return None
    level = int(_val(outline, "9"))
    return level if level < 9 else None


# --- the reader -----------------------------------------------------------------------------


class DocxReader:
    """Walks one Word document into layout blocks."""

    def __init__(self, word: Any) -> None:
        part = word.part
        self.body = word.element.body
        self.numbering = Numbering.from_xml(_related_xml(part, "/numbering"))
        self.styles = _styles(_related_xml(part, "/styles"))
        self.notes: dict[tuple[str, str], etree._Element] = {}
        for kind, suffix in (("footnote", REL_FOOTNOTES), ("endnote", REL_ENDNOTES)):
            root = _related_xml(part, suffix)
            if root is not None:
                self.notes.update({(kind, n.get(w("id"), "")): n for n in root.iter(w(kind))})
        self.note_numbers: dict[tuple[str, str], int] = {}
        self.in_body = False

    def blocks(self) -> list[Block]:
        blocks: list[Block] = []
        for element in _content(self.body):
            if element.tag == w("p"):
                blocks.extend(self._paragraph_block(element))
            elif element.tag == w("tbl"):
                blocks.extend(self._table_blocks(element))
        blocks.extend(self._note_blocks())
        return blocks

    # paragraphs

    def _paragraph_block(self, p: etree._Element) -> list[Block]:
        text, bullet = self.numbered_text(p)
        if not text:
            return []
        ppr = p.find(w("pPr"))
        style_id = _val(ppr.find(w("pStyle"))) if ppr is not None else ""
        block = Block(text=text, bullet=bullet, heading_level=self._heading_level(ppr, style_id, text))
        self.in_body = (
            self.in_body or is_body_start(block) or len(text) > 200 or bool(APPENDIX_RE.match(text))
        )
        return [block]

    def numbered_text(self, p: etree._Element) -> tuple[str, bool]:
        """A paragraph's text with its list number in front ("1. …", "(2) …"), and whether it is a bullet."""
        text = self.paragraph_text(p)
        ppr = p.find(w("pPr"))
        style_id = _val(ppr.find(w("pStyle"))) if ppr is not None else ""
        num = _num_pr(ppr) or self._style_attr(style_id, "num")
        if num is None or not text:
            if num is not None:
                self.numbering.label(*num)  # an empty numbered paragraph still takes its number
            return text, False
        label = self.numbering.label(*num)
        if label is None:
            return text, True
        return (f"{label} {text}" if label else text), False

    def paragraph_text(self, p: etree._Element) -> str:
        """Visible text of a paragraph, note references as superscript markers."""
        return attach_markers(clean_inline(tidy("".join(self._pieces(p)))))

    def _pieces(self, element: etree._Element) -> Iterator[str]:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == w("t"):
                yield self._run_text(child)
            elif tag in (w("tab"), w("br"), w("cr")):
                yield " "
            elif tag == w("noBreakHyphen"):
                yield "-"
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                yield self._marker(tag, child)
            elif tag != w("pPr"):
                yield from self._pieces(child)

    def _run_text(self, t: etree._Element) -> str:
        text = t.text or ""
        run = t.getparent()
        rpr = run.find(w("rPr")) if run is not None else None
        digits = text.strip()
        if (
            rpr is not None
            and _val(rpr.find(w("vertAlign"))) == "superscript"
            and digits.isascii()
            and digits.isdigit()
        ):
            return superscript(int(digits))  # a marker typed by hand as raised digits
        return text

    def _marker(self, tag: str, reference: etree._Element) -> str:
        kind = "footnote" if tag == w("footnoteReference") else "endnote"
        key = (kind, reference.get(w("id"), ""))
        if key not in self.notes:
            return ""
        number = self.note_numbers.setdefault(key, len(self.note_numbers) + 1)
        return superscript(number)

    def _heading_level(self, ppr: etree._Element | None, style_id: str, text: str) -> int | None:
        """Word's outline level (Heading 1 → 0): a hint for layout, never for the report title."""
        if text.casefold().startswith("báo cáo"):
            return None
        level = _outline(ppr)
        if level is None:
            level = self._style_attr(style_id, "outline")
        if level is None:
            name = self._style_attr(style_id, "name") or ""
            if m := HEADING_STYLE_RE.match(name):
                level = int(m.group(1)) - 1
        return level

    def _style_attr(self, style_id: str, attr: str) -> Any:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            value = getattr(style, attr)
            if value:
                return value
            if attr == "outline" and value == 0:
                return 0
            style_id = style.based_on or ""
        return None

    # tables

    def _table_blocks(self, tbl: etree._Element) -> list[Block]:
        rows = [row for row in self.table_rows(tbl) if any(row)]
        if not self.in_body and rows and len(rows[0]) <= 3:
            # a layout table holding the header: its cells are header lines, column by column
            return [Block(text=cell) for column in zip(*rows, strict=False) for cell in column if cell]
        return [Block(kind="row", cells=row) for row in rows]

    def table_rows(self, tbl: etree._Element) -> list[list[str]]:
        grid = tbl.find(w("tblGrid"))
        width = len(grid.findall(w("gridCol"))) if grid is not None else 0
        rows = [self._row_cells(tr) for tr in _children(tbl, "tr")]
        width = max([width, *(len(r) for r in rows)])
        return [row + [""] * (width - len(row)) for row in rows]

    def _row_cells(self, tr: etree._Element) -> list[str]:
        trpr = tr.find(w("trPr"))
        before = int(_val(trpr.find(w("gridBefore")), "0")) if trpr is not None else 0
        cells = [""] * before
        for tc in _children(tr, "tc"):
            tcpr = tc.find(w("tcPr"))
            span = int(_val(tcpr.find(w("gridSpan")), "1")) if tcpr is not None else 1
            merge = tcpr.find(w("vMerge")) if tcpr is not None else None
            continued = merge is not None and _val(merge, "continue") != "restart"
            cells.append("" if continued else self._cell_text(tc))
            cells.extend([""] * (max(span, 1) - 1))
        return cells

    def _cell_text(self, tc: etree._Element) -> str:
        parts = [self.numbered_text(p)[0] for p in tc.iter(w("p"))]
        return " ".join(part for part in parts if part)

    # notes

    def _note_blocks(self) -> list[Block]:
        blocks = []
        for key, number in sorted(self.note_numbers.items(), key=lambda item: item[1]):
            paragraphs = [self.numbered_text(p)[0] for p in self.notes[key].iter(w("p"))]
            text = " ".join(p for p in paragraphs if p)
            blocks.append(Block(kind="footnote", number=number, text=text))
        return blocks


_SKIPPED = {
    w("rPr"),
    w("delText"),
    w("instrText"),
    w("footnoteRef"),
    w("endnoteRef"),
    w("commentReference"),
    w("del"),
    f"{{{MC_NS}}}Fallback",
}


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children named ``tag``, looking through content controls (w:sdt) and custom XML."""
    for child in element:
        if child.tag == w(tag):
            yield child
        elif child.tag in (w("sdt"), w("customXml"), w("sdtContent")):
            yield from _children(child, tag)


def _content(body: etree._Element) -> Iterator[etree._Element]:
    """Top-level paragraphs and tables of the body, in order, through content controls."""
    for child in body:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in (w("sdt"), w("customXml"), w("sdtContent")):
            yield from _content(child)
