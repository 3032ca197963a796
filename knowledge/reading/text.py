"""Read a report delivered as plain text: a dump of a printed document.

Footnote bodies stand mid-flow where a page ended (a block starting with ``¹``), paragraphs
cut at a page end continue after them, and the appendix is a tab-separated table. Other plain-text
layouts are brought to those conventions first (``plain_layout``): "| a | b |" or "a; b; c" rows,
"(1)"/"[1]" note markers, page numbers and rules; lines wrapped at a fixed width are joined back.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from knowledge import texts
from knowledge.document import SUPERSCRIPT_DIGITS, Document, superscript
from knowledge.errors import ReportError
from knowledge.reading.layout import FOOTNOTE_START_RE, Block, build_document
from knowledge.vietnamese import nfc

VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


# Files that are not text whatever their name: zip (.docx), PDF, images, Office 97.
BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text: every other byte of a mostly-ASCII/Vietnamese text is a NUL."""
    sample = data[:2000]
    return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or sample.count(b"\x00") > len(sample) // 4


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8, UTF-16 or Windows-1258 text; refuse binary data rather than produce mojibake."""
    if data.startswith(BINARY_SIGNATURES) or (b"\x00" in data[:2000] and not _looks_utf16(data)):
        raise ReportError(texts.ERR_BINARY.format(path=name))
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"), name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"), name)
    if data[:2000].count(b"\x00") > len(data[:2000]) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(data.decode(enc), name)
            except (UnicodeDecodeError, ReportError):
                continue
        raise ReportError(texts.ERR_BINARY.format(path=name))
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as err:
        raise ReportError(texts.ERR_ENCODING.format(path=name)) from err
    controls = sum(1 for b in data[:4000] if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(data[:4000]) * 0.01:
        raise ReportError(texts.ERR_BINARY.format(path=name))
    return _checked(text, name)


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters or has no Vietnamese at all when it should."""
    text = nfc(text)
    sample = text[:20000]
    if not sample.strip():
        raise ReportError(texts.ERR_EMPTY.format(path=name))
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    if controls > len(sample) * 0.01:
        raise ReportError(texts.ERR_BINARY.format(path=name))
    letters = [ch for ch in sample.casefold() if ch.isalpha()]
    few_vietnamese = letters and sum(ch in VIETNAMESE_LETTERS for ch in letters) < len(letters) * 0.02
    if few_vietnamese and re.search("[ÃÄÆáº]", sample):
        # Latin-1 mojibake of UTF-8 ("Ä\x90áº£ng"): no Vietnamese letters, typical byte pairs.
        raise ReportError(texts.ERR_ENCODING.format(path=name))
    return text


def text_blocks(text: str) -> list[Block]:
    """Blank-line separated blocks; footnote bodies and tab-separated rows recognised."""
    text = plain_layout(text.replace("\r\n", "\n").replace("\r", "\n"))
    width = wrap_width(text)
    blocks: list[Block] = []
    page = 1
    for chunk in re.split(r"\n\s*\n", text):
        if "\f" in chunk:
            page += chunk.count("\f")
            chunk = chunk.replace("\f", "")
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        if any("\t" in ln for ln in lines):
            for ln in lines:
                if "\t" in ln:
                    blocks.append(Block(kind="row", cells=ln.split("\t"), page=page))
                else:
                    blocks.append(Block(text=ln, page=page))
            continue
        for group in _footnote_groups(lines):
            blocks += _chunk_blocks(group, page, width)
    return blocks


def _footnote_groups(lines: list[str]) -> list[list[str]]:
    """A chunk cut where a footnote body starts: several notes may stand in one block at a page end."""
    groups: list[list[str]] = []
    for ln in lines:
        if not groups or FOOTNOTE_START_RE.match(ln.strip()):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


def _chunk_blocks(lines: list[str], page: int, width: int | None) -> list[Block]:
    body = " ".join(ln.strip() for ln in lines)
    if m := FOOTNOTE_START_RE.match(body):
        from knowledge.document import from_superscript

        return [Block(kind="footnote", number=from_superscript(m.group(1)), text=m.group(2), page=page)]
    if width is not None:
        return [Block(text=line, page=page) for line in unwrap(lines, width)]
    if len(lines) > 1 and not any(len(ln) > 100 for ln in lines):
        # short header-like lines: keep them apart so headings stay headings
        return [Block(text=ln.strip(), page=page) for ln in lines]
    return [Block(text=body, page=page)]


# Plain-text layouts other than the delivered dump: markdown-like tables, notes marked "(1)" and
# gathered under "CHÚ THÍCH", page numbers and rules, lines wrapped at a fixed width.
PIPE_ROW_RE = re.compile(r"^\s*\|(.*)\|\s*$")
PIPE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # |----|:---:|
PAGE_NUMBER_RE = re.compile(r"^\s*(?:[-–]\s*\d{1,3}\s*[-–]|trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$", re.IGNORECASE)
RULE_RE = re.compile(r"^\s*(?:[_\-=~]\s*){3,}$")  # "_____" above footnotes, "-----" between parts
NOTE_MARK_RE = re.compile(r"(?<=[^\s(\[|])[(\[](\d{1,2})[)\]]")  # "6.842 đảng viên(1)": no space before
NOTE_BODY_RE = re.compile(r"^(\s*)[(\[](\d{1,2})[)\]]\s+")  # "(1) Gồm: …" at the start of a line
TWO_COLUMNS_RE = re.compile(r"\S\s{5,}\S")  # a header set in two columns ("ĐẢNG BỘ TỈNH …      ĐẢNG CỘNG SẢN …")
WRAP_MIN_LINES = 30
WRAP_MAX_WIDTH = 130
WRAP_FULL_SHARE = 0.3  # a wrapped text: this share of its lines at least WRAP_FULL of the width
WRAP_FULL = 0.8
WRAP_CONTINUES = 0.7  # a line this long (of the width) runs on into the next
NEW_LINE_RE = re.compile(
    r"^(?:[-+•–]\s|[IVX]{1,5}\s*[-–.]\s|\d{1,2}\s*[.)]\s|[a-zđ]\)\s|[A-ZĐ]\s*[.\-–]\s|phần\s+thứ\s|phần\s+[IVX]+\b)"
    f"|^[{SUPERSCRIPT_DIGITS}]",
    re.IGNORECASE,
)


def plain_layout(text: str) -> str:
    """The delivered dump's conventions from other plain-text layouts: "| a | b |" rows become
    tab-separated, "(1)" note markers superscript, page numbers and rules blank lines."""
    lines = text.split("\n")
    bodies = {int(m.group(2)) for ln in lines if (m := NOTE_BODY_RE.match(ln))}
    notes = bodies & {int(n) for n in NOTE_MARK_RE.findall(text)}
    out: list[str] = []
    for ln in lines:
        if PIPE_RULE_RE.match(ln) and "|" in ln:
            continue
        if m := PIPE_ROW_RE.match(ln):
            ln = "\t".join(cell.strip() for cell in m.group(1).split("|"))
        elif PAGE_NUMBER_RE.match(ln) or RULE_RE.match(ln):
            ln = ""
        elif notes:
            ln = NOTE_MARK_RE.sub(lambda m: superscript(int(m.group(1))) if int(m.group(1)) in notes else m.group(0), ln)
            if (m := NOTE_BODY_RE.match(ln)) and int(m.group(2)) in notes:
                ln = f"{superscript(int(m.group(2)))} {ln[m.end():]}"
        out.append(ln)
    return _semicolon_rows("\n".join(out))


SEMICOLON_ROW_MIN = 3  # fields a flattened table row has at least


def _semicolon_rows(text: str) -> str:
    """A table flattened to one row per line ("TT; Nội dung; ĐVT; Năm 2023; …"): a block of at least three
    lines with as many "; " each becomes tab-separated rows."""
    chunks = re.split(r"(\n\s*\n)", text)
    for i, chunk in enumerate(chunks):
        lines = [ln for ln in chunk.split("\n") if ln.strip()]
        counts = {ln.count(";") for ln in lines}
        if len(lines) >= 3 and len(counts) == 1 and min(counts) >= SEMICOLON_ROW_MIN and any(
            re.search(r";\s*[\d.,]+\s*(?:;|$)", ln) for ln in lines
        ):
            chunks[i] = "\n".join("\t".join(cell.strip() for cell in ln.split(";")) for ln in chunk.split("\n"))
    return "".join(chunks)


def wrap_width(text: str) -> int | None:
    """The width a text was wrapped at, when its paragraphs run over several short lines."""
    lengths = sorted(
        len(ln.strip()) for ln in text.split("\n") if ln.strip() and "\t" not in ln and not TWO_COLUMNS_RE.search(ln)
    )
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width > WRAP_MAX_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= WRAP_FULL * width)
    return width if full >= WRAP_FULL_SHARE * len(lengths) else None


def unwrap(lines: list[str], width: int) -> list[str]:
    """Lines of a wrapped text joined back into paragraphs: a full line runs on into the next unless
    that one opens an item, a heading or a note."""
    out: list[str] = []
    previous = ""
    for raw in lines:
        line = raw.strip()
        runs_on = (
            out
            and len(previous) >= WRAP_CONTINUES * width
            and not TWO_COLUMNS_RE.search(previous)
            and not NEW_LINE_RE.match(line)
        )
        if runs_on:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = raw.strip()
    return out


def read_text_bytes(data: bytes, name: str) -> Document:
    """Read a .txt report."""
    return build_document(text_blocks(decode(data, name)), "txt")
