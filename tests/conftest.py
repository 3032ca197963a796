"""Shared fixtures for the fact-base tests: the bundled report parsed once, its facts, small reports, databases.

The bundled report is read, extracted and linked once per session; tests must treat the
``document`` and ``facts`` fixtures as read-only. Databases are real SQLite: in memory
(``knowledge.store.make_engine("sqlite://")`` uses one shared connection) or a file under
``tmp_path`` when another process (the CLI) has to see it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import Engine as Database
from sqlmodel import Session, col, func, select

from knowledge.document import Document
from knowledge.figures import Fact, extract
from knowledge.links import link
from knowledge.models import FactLink, FactRow, Report
from knowledge.reading import read_report
from knowledge.store import make_engine

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "knowledge" / "reports" / "161-BC-DUK-2023.txt"
NUMBER = "161-BC/ĐUK"

# A second, small report of the same genre: another number and date, two sections, a footnote
# that breaks a total down, and a sentence with a total and its parts (8 facts).
SMALL_NUMBER = "12-BC/ĐUK"
SMALL_REPORT = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH

Số 12-BC/ĐUK

Kiên Giang, ngày 15 tháng 1 năm 2024

BÁO CÁO
kết quả công tác xây dựng Đảng năm 2023

I- KẾT QUẢ THỰC HIỆN

1. Công tác phát triển đảng viên

Trong năm 2023, Đảng bộ Khối kết nạp 312 đảng viên, đạt 104% kế hoạch; chuyển sinh hoạt đảng 420 đảng viên¹.

¹ Chuyển đi 250 đảng viên, chuyển đến 170 đảng viên.

2. Công tác kiểm tra, giám sát

Đã thi hành kỷ luật 7 đảng viên; trong đó khiển trách 5 đảng viên, cảnh cáo 2 đảng viên.
"""
SMALL_FACTS = 8


# --- the bundled report, parsed once ----------------------------------------------------------


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return BUNDLED.read_text("utf-8")


@pytest.fixture(scope="session")
def document() -> Document:
    return read_report(BUNDLED)


@pytest.fixture(scope="session")
def facts(document: Document) -> list[Fact]:
    """Every fact of the bundled report, with parts and conflicts linked (read-only)."""
    found = extract(document)
    link(found)
    return found


# --- other reports on disk ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "12-BC-DUK-2024.txt"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def revised_small_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small report with one figure corrected: same number, new content (a new version)."""
    assert SMALL_REPORT.count("kết nạp 312 đảng viên") == 1
    path = tmp_path_factory.mktemp("revised") / "12-BC-DUK-2024-sua.txt"
    path.write_text(SMALL_REPORT.replace("kết nạp 312 đảng viên", "kết nạp 313 đảng viên"), encoding="utf-8")
    return path


# --- databases ------------------------------------------------------------------------------------


@pytest.fixture
def db() -> Database:
    """A fresh in-memory SQLite database with the schema."""
    return make_engine("sqlite://")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file (created on first use) that another process can open."""
    return f"sqlite:///{tmp_path / 'baocao.db'}"


def db_state(database: Database) -> dict[str, object]:
    """What a user of the database would notice: reports (and which are active), facts, links."""
    with Session(database) as s:
        reports = [
            (r.number, r.version, r.active, r.content_hash)
            for r in s.exec(select(Report).order_by(col(Report.id))).all()
        ]
        return {
            "reports": reports,
            "facts": s.exec(select(func.count()).select_from(FactRow)).one(),
            "links": s.exec(select(func.count()).select_from(FactLink)).one(),
        }


# --- looking facts up -------------------------------------------------------------------------------

_ANY = object()


def pick(
    facts: Iterable[Fact],
    *,
    raw: str | None = None,
    origin: str | None = None,
    footnote: int | None = None,
    label: str | None = None,
    quote: str | None = None,
    row: str | None = None,
    column: str | None = None,
    period: object = _ANY,
) -> list[Fact]:
    """Facts matching every given criterion.

    ``label`` and ``quote`` are substrings; ``row`` is an appendix row's own label (the locator's last part).
    """
    out = []
    for f in facts:
        if raw is not None and f.raw != raw:
            continue
        if origin is not None and f.origin != origin:
            continue
        if footnote is not None and f.footnote != footnote:
            continue
        if label is not None and label not in f.label:
            continue
        if quote is not None and quote not in f.quote:
            continue
        if row is not None and f.locator.split(" › ")[-1] != row:
            continue
        if column is not None and f.column != column:
            continue
        if period is not _ANY and f.period != period:
            continue
        out.append(f)
    return out


def one(facts: Iterable[Fact], **criteria: object) -> Fact:
    """The single fact matching ``criteria`` (see ``pick``); fails with what was found otherwise."""
    found = pick(facts, **criteria)  # type: ignore[arg-type]
    assert len(found) == 1, f"{criteria}: {[(f.raw, f.label, f.locator) for f in found]}"
    return found[0]
