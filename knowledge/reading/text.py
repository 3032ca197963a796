"""Read a report delivered as plain text: a dump of a printed document.

Footnote bodies stand mid-flow where a page ended (a block starting with ``¹``), paragraphs
cut at a page end continue after them, and the appendix is a tab-separated table.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from knowledge import texts
from knowledge.document import Document
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
    blocks: list[Block] = []
    page = 1
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
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
        body = " ".join(ln.strip() for ln in lines)
        if m := FOOTNOTE_START_RE.match(body):
            from knowledge.document import from_superscript

            blocks.append(Block(kind="footnote", number=from_superscript(m.group(1)), text=m.group(2), page=page))
            continue
        if len(lines) > 1 and not any(len(ln) > 100 for ln in lines):
            # short header-like lines: keep them apart so headings stay headings
            blocks.extend(Block(text=ln.strip(), page=page) for ln in lines)
        else:
            blocks.append(Block(text=body, page=page))
    return blocks


def read_text_bytes(data: bytes, name: str) -> Document:
    """Read a .txt report."""
    return build_document(text_blocks(decode(data, name)), "txt")
