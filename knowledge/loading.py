"""A report's way in: read → facts → links → checks → one stored transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from knowledge import texts
from knowledge.document import report_period
from knowledge.errors import ReportError
from knowledge.figures import extract
from knowledge.links import link
from knowledge.reading import read_report
from knowledge.store import Loaded, save_report

BUNDLED_REPORT = Path(__file__).parent / "reports" / "161-BC-DUK-2023.txt"
MIN_FIGURES = 3


def load_report_file(engine: Engine, path: Path, display_name: str | None = None) -> Loaded:
    """Read, check and store a report file; raise ``ReportError`` and store nothing on failure."""
    name = display_name or path.name
    doc = read_report(path, name)
    facts = extract(doc)
    if len([f for f in facts if not f.is_table]) + len(facts) < MIN_FIGURES:
        raise ReportError(texts.ERR_NO_FIGURES.format(path=name))
    link(facts, report_period(doc.header.title))
    return save_report(engine, doc, facts, name)
