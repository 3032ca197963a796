"""Loading reports into the database: bad inputs refused clearly, encodings, one transaction, versions.

Every refusal must leave the database exactly as it was; the messages are the Vietnamese texts
an official reads (``str(ReportError)``).
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from sqlalchemy import Engine as Database
from sqlmodel import Session, col, select

from knowledge import store, texts
from knowledge.engine import Engine
from knowledge.errors import ReportError
from knowledge.facts_export import export_facts
from knowledge.figures import Fact, extract
from knowledge.loading import load_report_file
from knowledge.models import FactLink, FactRow, Report
from knowledge.reading.text import read_text_bytes
from tests.conftest import BUNDLED, NUMBER, SMALL_FACTS, SMALL_NUMBER, SMALL_REPORT, db_state

NO_FIGURES = """ĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH

Số 13-BC/ĐUK

Kiên Giang, ngày 1 tháng 8 năm 2023

BÁO CÁO
tình hình tư tưởng cán bộ, đảng viên

I- TÌNH HÌNH

Tình hình tư tưởng cán bộ, đảng viên, công chức, viên chức và người lao động ổn định, an tâm công tác; chấp hành
tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Không có vấn đề phức tạp phát sinh.
"""
RECIPE = """Cách làm bánh bông lan

Nguyên liệu: 200 gram bột mì, 4 quả trứng, 100 gram đường, 50 ml sữa tươi.

Đánh trứng với đường trong 10 phút, trộn đều với bột, nướng ở 170 độ trong 35 phút. Để nguội 15 phút.
"""
LOREM = "Lorem ipsum dolor sit amet, 42 consectetur adipiscing elit, sed do 17 eiusmod tempor 3,5 incididunt. " * 20
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


# --- files built in the tests ---------------------------------------------------------------------------


def scanned_pdf() -> bytes:
    """A PDF whose only content is a picture of a page and some drawn shapes: no text layer."""
    picture = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(picture)
    draw.text((20, 20), "BAO CAO So 161-BC/DUK: 7.261 dang vien", fill=0)
    for y in range(60, 280, 14):
        draw.line((20, y, 580, y), fill=40, width=3)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(ImageReader(picture), 40, 400, width=500, height=250)
    page.rect(40, 100, 500, 200, stroke=1, fill=0)
    page.circle(300, 760, 30, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def zip_without_word_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "không phải tệp Word")
    return out.getvalue()


def cp1258_encodable(text: str) -> str:
    """``text`` with what Windows-1258 cannot hold dropped (superscript 0 and 4–9)."""
    kept = []
    for ch in text:
        try:
            _cp1258_char(ch)
        except UnicodeEncodeError:
            continue
        kept.append(ch)
    return "".join(kept)


def _cp1258_char(ch: str) -> bytes:
    """Windows-1258 spelling of one character: precomposed base letter (â, ơ, ư…) + combining tone mark."""
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    decomposed = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return (base + "".join(c for c in decomposed if c in TONE_MARKS)).encode("cp1258")


def to_cp1258(text: str) -> bytes:
    return b"".join(_cp1258_char(ch) for ch in text)


def fact_tuples(found: list[Fact]) -> list[tuple[object, ...]]:
    return [(f.value, f.raw, f.unit, f.label, f.period, f.kind, f.qualifier, f.locator, f.quote) for f in found]


# --- a database with a report in it ------------------------------------------------------------------------


@pytest.fixture
def small_db(db: Database, small_report: Path) -> Database:
    load_report_file(db, small_report)
    return db


@pytest.fixture(scope="module")
def bundled_db() -> Database:
    """The bundled report stored once for the read-only storage tests of this module."""
    database = store.make_engine("sqlite://")
    load_report_file(database, BUNDLED)
    return database


# --- bad input ----------------------------------------------------------------------------------------------

BAD_INPUTS: dict[str, tuple[str, Callable[[], bytes | None], str | tuple[str, ...]]] = {
    # id: (file name, content (None: no file), expected message or messages)
    "missing": ("khong-co.txt", lambda: None, texts.ERR_MISSING.format(path="khong-co.txt")),
    "empty": ("rong.txt", lambda: b"", texts.ERR_EMPTY.format(path="rong.txt")),
    "blank-lines": ("trang.txt", lambda: b"  \r\n\n\t \n", texts.ERR_EMPTY.format(path="trang.txt")),
    "png-renamed-txt": ("anh.txt", png_bytes, texts.ERR_BINARY.format(path="anh.txt")),
    "docx-renamed-txt": ("word.txt", lambda: BUNDLED.with_suffix(".docx").read_bytes(),
                         texts.ERR_BINARY.format(path="word.txt")),
    "pdf-renamed-txt": ("in.txt", lambda: BUNDLED.with_suffix(".pdf").read_bytes(), texts.ERR_BINARY.format(path="in.txt")),
    "docx-not-a-zip": ("hong.docx", lambda: b"Day khong phai tep Word. " * 40, texts.ERR_DOCX.format(path="hong.docx")),
    "zip-without-document": ("nen.docx", zip_without_word_document, texts.ERR_DOCX.format(path="nen.docx")),
    "pdf-not-a-pdf": ("hong.pdf", lambda: b"%PDF-1.4 truncated " * 10, texts.ERR_PDF.format(path="hong.pdf")),
    "pdf-scan": ("quet.pdf", scanned_pdf, texts.ERR_PDF_SCAN.format(path="quet.pdf")),
    "unsupported-suffix": ("bang.xlsx", lambda: b"PK\x03\x04 data", texts.ERR_FORMAT.format(suffix=".xlsx")),
    "no-figures": ("khong-so-lieu.txt", lambda: NO_FIGURES.encode(), texts.ERR_NO_FIGURES.format(path="khong-so-lieu.txt")),
    "recipe": ("banh.txt", lambda: RECIPE.encode(), texts.ERR_NOT_REPORT.format(path="banh.txt")),
    "lorem-ipsum": ("lorem.txt", lambda: LOREM.encode(), texts.ERR_NOT_REPORT.format(path="lorem.txt")),
    "utf8-mojibake": ("loi-ma.txt", lambda: SMALL_REPORT.encode("utf-8").decode("latin-1").encode("utf-8"),
                      (texts.ERR_ENCODING.format(path="loi-ma.txt"), texts.ERR_BINARY.format(path="loi-ma.txt"))),
}


def write_input(folder: Path, name: str, content: Callable[[], bytes | None]) -> Path:
    path = folder / name
    data = content()
    if data is not None:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", BAD_INPUTS, ids=str)
def test_bad_input_refused_and_database_unchanged(small_db: Database, tmp_path: Path, case: str) -> None:
    name, content, _ = BAD_INPUTS[case]
    before = db_state(small_db)
    with pytest.raises(ReportError) as refused:
        load_report_file(small_db, write_input(tmp_path, name, content))
    message = str(refused.value)
    assert name in message or case == "unsupported-suffix"
    assert any(ch in message for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    assert db_state(small_db) == before


@pytest.mark.parametrize("case", BAD_INPUTS, ids=str)
def test_bad_input_message(tmp_path: Path, case: str) -> None:
    name, content, expected = BAD_INPUTS[case]
    with pytest.raises(ReportError) as refused:
        load_report_file(store.make_engine("sqlite://"), write_input(tmp_path, name, content))
    assert str(refused.value) in ((expected,) if isinstance(expected, str) else expected)


def test_scanned_pdf_message_says_it_is_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "quet.pdf"
    path.write_bytes(scanned_pdf())
    with pytest.raises(ReportError, match="không có lớp chữ") as refused:
        load_report_file(store.make_engine("sqlite://"), path)
    assert "bản quét" in str(refused.value)


def test_display_name_used_in_the_message(db: Database, tmp_path: Path) -> None:
    """An upload is stored under a temporary name; the message names the file the official sent."""
    path = tmp_path / "tmp8f3a.txt"
    path.write_bytes(b"")
    with pytest.raises(ReportError, match=re.escape("Bao cao thang 7.txt")):
        load_report_file(db, path, "Bao cao thang 7.txt")


# --- encodings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-16-bom", "utf-16-le-no-bom", "utf-16-be-no-bom", "utf-8-bom", "utf-8-nfd", "windows-newlines"],
)
def test_same_facts_whatever_the_encoding(bundled_text: str, facts: list[Fact], encode: Callable[[str], bytes]) -> None:
    doc = read_text_bytes(encode(bundled_text), "baocao.txt")
    assert doc.header.number == NUMBER
    assert fact_tuples(extract(doc)) == fact_tuples(facts)


def test_windows_1258_loads_the_same_facts_or_is_refused(bundled_text: str) -> None:
    """Windows-1258 spells "ế" as "ê" + a combining acute; it cannot hold ⁴…⁹, which are dropped on both sides."""
    text = cp1258_encodable(bundled_text)
    data = to_cp1258(text)
    assert data.decode("cp1258") != text  # really decomposed: the reader has to recompose
    reference = fact_tuples(extract(read_text_bytes(text.encode("utf-8"), "utf8.txt")))
    try:
        doc = read_text_bytes(data, "cp1258.txt")
    except ReportError as refused:
        assert "cp1258.txt" in str(refused)
        return
    assert doc.header.number == NUMBER
    got = extract(doc)
    assert fact_tuples(got) == reference
    assert any(f.raw == "7.261" and f.unit == "đảng viên" for f in got)


def test_same_report_in_utf16_is_recognised_as_already_loaded(db: Database, tmp_path: Path, small_report: Path) -> None:
    first = load_report_file(db, small_report)
    utf16 = tmp_path / "12-BC-DUK-2024-utf16.txt"
    utf16.write_bytes(SMALL_REPORT.encode("utf-16"))
    again = load_report_file(db, utf16)
    assert again.already_loaded
    assert again.report.id == first.report.id


# --- storage ------------------------------------------------------------------------------------------------


def test_loaded_report_header_and_counts(bundled_db: Database, facts: list[Fact]) -> None:
    [report] = store.active_reports(bundled_db)
    assert (report.number, report.place, report.date, report.version) == (NUMBER, "Kiên Giang", "2023-07-25", 1)
    assert report.title.startswith("BÁO CÁO sơ kết giữa nhiệm kỳ")
    assert report.footnote_count == 26
    assert store.count_facts(bundled_db, report.id or 0) == len(facts)
    assert store.count_conflicts(bundled_db, report.id or 0) == 4


def test_stored_fact_as_extracted(bundled_db: Database) -> None:
    with Session(bundled_db) as s:
        row = s.exec(select(FactRow).where(FactRow.raw == "20.331,5")).one()
    assert (row.value, row.unit, row.kind, row.origin) == (20331.5, "tỷ đồng", "money", "text")
    assert row.locator == "Phần thứ nhất › I › 1. Lãnh đạo thực hiện nhiệm vụ chính trị"
    assert "nộp ngân sách tỉnh 20.331,5 tỷ đồng" in row.quote


def test_stored_parent_points_to_the_total_row(bundled_db: Database) -> None:
    with Session(bundled_db) as s:
        part = s.exec(select(FactRow).where(FactRow.locator.endswith("› Xóa tên"), FactRow.period == "2021")).one()  # type: ignore[attr-defined]
        total = s.get(FactRow, part.parent_id)
    assert total is not None
    assert (part.value, total.value, total.period) == (9, 10, "2021")
    assert total.locator == "Phụ lục › II › Xóa tên và khai trừ đảng"


def test_stored_conflicts_both_ways(bundled_db: Database) -> None:
    with Session(bundled_db) as s:
        links = {(a, b) for a, b in s.exec(select(FactLink.fact_id, FactLink.other_id)).all()}
        raws = {r.id: r.raw for r in s.exec(select(FactRow).where(col(FactRow.id).in_({x for pair in links for x in pair}))).all()}
    assert len(links) == 8
    assert all((b, a) in links for a, b in links)
    assert {(raws[a], raws[b]) for a, b in links if raws[a] < raws[b]} >= {("558", "588"), ("2.557", "3.179")}


def test_same_report_twice_is_recognised_by_content(db: Database, small_report: Path, tmp_path: Path) -> None:
    first = load_report_file(db, small_report)
    before = db_state(db)
    copy = tmp_path / "ban-sao.txt"
    copy.write_bytes(small_report.read_bytes())
    again = load_report_file(db, copy)
    assert (first.already_loaded, again.already_loaded) == (False, True)
    assert again.report.id == first.report.id
    assert db_state(db) == before


def test_several_reports_each_fact_knows_its_report(db: Database, small_report: Path, facts: list[Fact]) -> None:
    load_report_file(db, BUNDLED)
    load_report_file(db, small_report)
    assert [r.number for r in store.active_reports(db)] == [NUMBER, SMALL_NUMBER]
    counts: dict[str, int] = {}
    for row in export_facts(db):
        counts[row["report"]] = counts.get(row["report"], 0) + 1
    assert counts == {NUMBER: len(facts), SMALL_NUMBER: SMALL_FACTS}
    assert {row["report"] for row in export_facts(db, SMALL_NUMBER)} == {SMALL_NUMBER}


def test_new_version_of_the_same_report_supersedes_the_old(
    db: Database, small_report: Path, revised_small_report: Path
) -> None:
    first = load_report_file(db, small_report)
    second = load_report_file(db, revised_small_report)
    assert not second.already_loaded
    assert second.report.version == 2
    with Session(db) as s:
        versions = [(r.version, r.active) for r in s.exec(select(Report).order_by(col(Report.id))).all()]
    assert versions == [(1, False), (2, True)]
    assert [r.id for r in store.active_reports(db)] == [second.report.id]
    assert first.report.id != second.report.id


def test_engine_answers_from_the_new_version_only(db: Database, small_report: Path, revised_small_report: Path) -> None:
    load_report_file(db, small_report)
    engine = Engine(db)
    summary = engine.load_file(revised_small_report)
    assert (summary.number, summary.version, summary.facts) == (SMALL_NUMBER, 2, SMALL_FACTS)
    assert [r.version for r in engine.reports()] == [2]
    admitted = {f.value for f in engine.index.facts if "kết nạp" in f.label and f.unit == "đảng viên"}
    assert admitted == {313}


# --- one transaction ---------------------------------------------------------------------------------------


def fail_on(database: Database, table: str, when: str = "1") -> None:
    """Make the database itself refuse inserts into ``table`` (a trigger): a failure in the middle of a load."""
    with database.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} WHEN {when} "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
        )


@pytest.mark.parametrize(
    ("table", "when"),
    [("fact_link", "1"), ("fact", "NEW.seq >= 200")],
    ids=["at-the-conflict-links", "half-way-through-the-facts"],
)
def test_failure_in_the_middle_of_a_load_leaves_the_database_as_before(
    small_db: Database, table: str, when: str
) -> None:
    fail_on(small_db, table, when)
    before = db_state(small_db)
    with pytest.raises(ReportError) as refused:
        load_report_file(small_db, BUNDLED)
    assert str(refused.value).startswith("Lỗi cơ sở dữ liệu khi nạp báo cáo; dữ liệu cũ được giữ nguyên.")
    assert db_state(small_db) == before


def test_failed_load_into_a_file_database_is_invisible_to_a_new_connection(
    sqlite_url: str, small_report: Path
) -> None:
    load_report_file(store.make_engine(sqlite_url), small_report)
    failing = store.make_engine(sqlite_url)
    fail_on(failing, "fact_link")
    before = db_state(store.make_engine(sqlite_url))
    with pytest.raises(ReportError):
        load_report_file(failing, BUNDLED)
    failing.dispose()
    assert db_state(store.make_engine(sqlite_url)) == before


def test_failure_while_loading_a_new_version_keeps_the_old_one_active(
    small_db: Database, revised_small_report: Path
) -> None:
    fail_on(small_db, "fact", "NEW.seq >= 4")
    before = db_state(small_db)
    with pytest.raises(ReportError):
        load_report_file(small_db, revised_small_report)
    assert db_state(small_db) == before
    assert [(r.version, r.active) for r in store.active_reports(small_db)] == [(1, True)]


def test_any_exception_during_save_rolls_back(
    small_db: Database, revised_small_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the middle of saving (after the report row was written) must not leave half a report."""
    real = store._fact_row
    calls = {"n": 0}

    def breaking(report_id: int, fact: Fact) -> FactRow:
        calls["n"] += 1
        if calls["n"] > 4:
            raise RuntimeError("boom")
        return real(report_id, fact)

    monkeypatch.setattr(store, "_fact_row", breaking)
    before = db_state(small_db)
    with pytest.raises(RuntimeError, match="boom"):
        load_report_file(small_db, revised_small_report)
    assert calls["n"] == 5
    assert db_state(small_db) == before


def test_successful_load_after_a_failed_one(small_db: Database, revised_small_report: Path) -> None:
    fail_on(small_db, "fact")
    with pytest.raises(ReportError):
        load_report_file(small_db, revised_small_report)
    with small_db.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER fail_fact")
    loaded = load_report_file(small_db, revised_small_report)
    assert not loaded.already_loaded
    assert loaded.report.version == 2
    assert [(r.number, r.version) for r in store.active_reports(small_db)] == [(SMALL_NUMBER, 2)]


def test_a_database_from_an_earlier_version_gets_the_new_columns(tmp_path: Path) -> None:
    """Columns added since a database was made are added to it; its reports stay."""
    import sqlite3

    from knowledge.engine import Engine
    from knowledge.store import make_engine

    path = tmp_path / "old.db"
    Engine.open(f"sqlite:///{path}")  # the bundled report
    make_engine(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE fact DROP COLUMN head")
        conn.execute("ALTER TABLE report DROP COLUMN period")
    engine = Engine.open(f"sqlite:///{path}")
    assert [r.number for r in engine.reports()] == ["161-BC/ĐUK"]
    assert engine.ask("bao nhiêu đảng viên bị kỷ luật").status == "answered"
