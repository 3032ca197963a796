"""Read a report file (.txt, .docx, .pdf) into a ``Document``; refuse bad files with a clear message."""

from __future__ import annotations

from pathlib import Path

from knowledge import texts
from knowledge.document import Document
from knowledge.errors import ReportError

SUFFIXES = (".txt", ".docx", ".pdf")


def read_report(path: Path, display_name: str | None = None) -> Document:
    """Read ``path`` by its suffix; raise ``ReportError`` for anything that is not a readable report."""
    name = display_name or path.name
    suffix = Path(name).suffix.lower() or path.suffix.lower()
    if not path.is_file():
        raise ReportError(texts.ERR_MISSING.format(path=name))
    data = path.read_bytes()
    if not data.strip():
        raise ReportError(texts.ERR_EMPTY.format(path=name))
    if suffix == ".txt":
        from knowledge.reading.text import read_text_bytes

        doc = read_text_bytes(data, name)
    elif suffix == ".docx":
        from knowledge.reading.docx import read_docx_bytes

        doc = read_docx_bytes(data, name)
    elif suffix == ".pdf":
        from knowledge.reading.pdf import read_pdf_bytes

        doc = read_pdf_bytes(data, name)
    else:
        raise ReportError(texts.ERR_FORMAT.format(suffix=suffix or "không có đuôi"))
    check_is_report(doc, name)
    return doc


def check_is_report(doc: Document, name: str) -> None:
    """A report has a number like "161-BC/ĐUK" or a "BÁO CÁO" title, and running text."""
    if not doc.paragraphs and not doc.tables:
        raise ReportError(texts.ERR_NOT_REPORT.format(path=name))
    if not doc.header.number and "báo cáo" not in doc.header.title.casefold():
        raise ReportError(texts.ERR_NOT_REPORT.format(path=name))
