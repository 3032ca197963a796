"""The .docx and .pdf readers: the bundled report reads the same in all three formats; bad files are refused."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from knowledge import texts
from knowledge.document import Document
from knowledge.errors import ReportError
from knowledge.reading import read_report
from knowledge.reading.docx import read_docx_bytes
from knowledge.reading.pdf import read_pdf_bytes

REPORTS = Path(__file__).resolve().parents[1] / "knowledge" / "reports"
STEM = "161-BC-DUK-2023"
FORMATS = ("docx", "pdf")
YEARS = ["2020", "2021", "2022", "6 tháng 2023"]
PAGE_HEIGHT = 841.89  # A4, points


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {fmt: read_report(REPORTS / f"{STEM}.{fmt}") for fmt in ("txt", *FORMATS)}


def normalised(text: str) -> str:
    """Whitespace collapsed, quotes straightened (the .txt mixes straight and curly quotes)."""
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def is_header_row(row: list[str]) -> bool:
    return row[0] == "STT" or (not row[0] and not row[1] and row[4:8] == YEARS)


def data_rows(doc: Document) -> list[list[str]]:
    return [row for table in doc.tables for row in table.rows if not is_header_row(row)]


def as_in_source(row: list[str]) -> list[str]:
    """The .txt dump put the "+ …" sub-item labels in the STT column; .docx and .pdf have them under "Nội dung"."""
    if row[0].startswith("+ ") and not row[1]:
        return ["", row[0], *row[2:]]
    return row


# --- the bundled report in three formats ---------------------------------------------------------


def test_txt_reference_shape(documents: dict[str, Document]) -> None:
    doc = documents["txt"]
    assert len(doc.paragraphs) == 75
    assert sorted(doc.footnotes) == list(range(1, 27))
    assert len(data_rows(doc)) == 59


@pytest.mark.parametrize("fmt", FORMATS)
def test_header_same_as_txt(documents: dict[str, Document], fmt: str) -> None:
    header = documents[fmt].header
    assert header == documents["txt"].header
    assert header.number == "161-BC/ĐUK"
    assert header.date == "2023-07-25"
    assert header.place == "Kiên Giang"
    assert header.title.startswith("BÁO CÁO sơ kết giữa nhiệm kỳ")
    assert documents[fmt].source_format == fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_paragraphs_same_as_txt(documents: dict[str, Document], fmt: str) -> None:
    expected = [(normalised(p.text), p.section, p.bullet) for p in documents["txt"].paragraphs]
    got = [(normalised(p.text), p.section, p.bullet) for p in documents[fmt].paragraphs]
    for index, (want, have) in enumerate(zip(expected, got, strict=False)):
        assert have == want, f"paragraph {index} differs"
    assert len(got) == len(expected)


@pytest.mark.parametrize("fmt", FORMATS)
def test_typography_as_in_txt(documents: dict[str, Document], fmt: str) -> None:
    text = documents[fmt].text()
    assert "…" not in text and "\u00a0" not in text and "\u00ad" not in text
    assert "Covid-19 kéo dài" in text and "Covid19" not in text and "Covid- 19" not in text
    assert "đoàn thể¹" in text and "thu ngân sách²;" in text and "đảng bộ các cấp đề ra²⁶." in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_footnotes_same_as_txt(documents: dict[str, Document], fmt: str) -> None:
    expected, got = documents["txt"].footnotes, documents[fmt].footnotes
    assert list(got) == list(expected)
    for number, note in expected.items():
        assert normalised(got[number].text) == normalised(note.text), f"footnote {number}"
        assert got[number].section == note.section, f"footnote {number}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_appendix_same_as_txt(documents: dict[str, Document], fmt: str) -> None:
    txt, doc = documents["txt"], documents[fmt]
    assert [t.title for t in doc.tables] == [t.title for t in txt.tables]
    assert [t.section for t in doc.tables] == [t.section for t in txt.tables]
    assert data_rows(doc) == [as_in_source(row) for row in data_rows(txt)]
    header = doc.tables[0].rows[0]
    assert len(header) == 11 and header[:2] == ["STT", "Nội dung"] and header[4:8] == YEARS


def test_docx_and_pdf_tables_identical(documents: dict[str, Document]) -> None:
    docx_rows = documents["docx"].tables[0].rows
    pdf_rows = documents["pdf"].tables[0].rows
    assert [r for r in pdf_rows if r != docx_rows[0]] == docx_rows[1:]
    assert pdf_rows.count(docx_rows[0]) == 2  # the header repeats on the second appendix page


def test_pdf_pages(documents: dict[str, Document]) -> None:
    doc = documents["pdf"]
    pages = [p.page or 0 for p in doc.paragraphs]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] == 18
    assert doc.footnotes[1].page == 2 and doc.footnotes[12].page == 6 and doc.footnotes[26].page == 12
    assert set(doc.tables[0].pages) == {19, 20}


def test_docx_pages_unknown(documents: dict[str, Document]) -> None:
    assert all(p.page is None for p in documents["docx"].paragraphs)


def test_facts_same_in_all_formats(documents: dict[str, Document]) -> None:
    from knowledge import figures

    def facts(fmt: str) -> list[tuple[object, ...]]:
        return [
            (f.value, f.unit, f.period, f.kind, f.label, f.locator) for f in figures.extract(documents[fmt])
        ]

    expected = facts("txt")
    assert expected
    for fmt in FORMATS:
        assert facts(fmt) == expected, fmt


# --- refused files ---------------------------------------------------------------------------------


def _refused(path: Path, data: bytes, message: str) -> None:
    path.write_bytes(data)
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert str(err.value) == message.format(path=path.name)


def test_docx_not_a_zip(tmp_path: Path) -> None:
    _refused(tmp_path / "bao-cao.docx", bytes(range(256)) * 8, texts.ERR_DOCX)


def test_docx_zip_without_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ghi-chu.txt", "không phải tệp Word")
    _refused(tmp_path / "bao-cao.docx", buffer.getvalue(), texts.ERR_DOCX)


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    source = zipfile.ZipFile(REPORTS / f"{STEM}.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            data = source.read(item)
            archive.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    _refused(tmp_path / "bao-cao.docx", buffer.getvalue(), texts.ERR_DOCX)


def test_pdf_renamed_docx(tmp_path: Path) -> None:
    _refused(tmp_path / "bao-cao.docx", (REPORTS / f"{STEM}.pdf").read_bytes(), texts.ERR_DOCX)


def test_docx_unpacking_too_big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.reading import docx

    monkeypatch.setattr(docx, "MAX_UNPACKED", 10_000)  # the real limit is 200 MB: a zip bomb
    path = tmp_path / "bom.docx"
    path.write_bytes((REPORTS / f"{STEM}.docx").read_bytes())
    with pytest.raises(ReportError) as err:
        read_report(path)
    assert str(err.value) == texts.ERR_DOCX_TOO_BIG.format(path="bom.docx", megabytes=0)


def test_pdf_too_many_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.reading import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 5)
    with pytest.raises(ReportError) as err:
        read_pdf_bytes((REPORTS / f"{STEM}.pdf").read_bytes(), "dai.pdf")
    assert str(err.value) == texts.ERR_PDF_TOO_BIG.format(path="dai.pdf", pages=5)


def test_pdf_random_bytes(tmp_path: Path) -> None:
    _refused(tmp_path / "bao-cao.pdf", bytes(range(256)) * 8, texts.ERR_PDF)


def test_pdf_header_then_garbage(tmp_path: Path) -> None:
    _refused(tmp_path / "bao-cao.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, texts.ERR_PDF)


def test_pdf_truncated_never_raises_raw(tmp_path: Path) -> None:
    data = (REPORTS / f"{STEM}.pdf").read_bytes()
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        doc = read_report(path)
    except ReportError:
        return
    assert doc.header.number == "161-BC/ĐUK"  # PDFium repaired what it could


def test_pdf_scan_image_only(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(image)
    for top in range(80, 760, 20):
        draw.rectangle((60, top, 530, top + 8), fill="black")  # lines of "text" as pixels
    buffer = io.BytesIO()
    image.save(buffer, format="PDF")
    _refused(tmp_path / "scan.pdf", buffer.getvalue(), texts.ERR_PDF_SCAN)


def test_pdf_drawing_without_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    _refused(tmp_path / "hinh.pdf", buffer.getvalue(), texts.ERR_PDF_SCAN)


def test_pdf_with_password(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf, buffer = _pdf_canvas(encrypt=StandardEncryption("mat-khau", "chu-so-huu"))
    pdf.setFont("DejaVu", 12)
    pdf.drawString(57, 750, "Số 12-BC/ĐUK")
    pdf.showPage()
    pdf.save()
    _refused(tmp_path / "khoa.pdf", buffer.getvalue(), texts.ERR_PDF_PASSWORD)


def test_bytes_readers_refuse_directly() -> None:
    with pytest.raises(ReportError):
        read_docx_bytes(b"PK\x03\x04 not really", "x.docx")
    with pytest.raises(ReportError):
        read_pdf_bytes(b"", "x.pdf")


# --- small files built here ----------------------------------------------------------------------

FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kế hoạch 120 đảng viên.'
    "</w:t></w:r></w:p></w:footnote>"
    '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Trong đó 80 nữ…</w:t>'
    "</w:r></w:p></w:footnote></w:footnotes>"
)
FOOTNOTE_REF = (
    '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{id}"/>'
    '</w:r><w:r><w:t xml:space="preserve">'
)


def _with_footnotes(data: bytes) -> bytes:
    """Add a footnotes part to a python-docx file; "[[fn:ID]]" in the text becomes a reference to note ID."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            text = source.read(item)
            if item.filename == "word/document.xml":
                text = re.sub(
                    rb"\[\[fn:(\d+)\]\]", lambda m: FOOTNOTE_REF.format(id=m.group(1).decode()).encode(), text
                )
            elif item.filename == "[Content_Types].xml":
                text = text.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                text = text.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            archive.writestr(item, text)
        archive.writestr("word/footnotes.xml", FOOTNOTES_XML)
    return buffer.getvalue()


def _small_docx() -> bytes:
    import docx

    word = docx.Document()
    header = word.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ĐẢNG BỘ TỈNH KIÊN GIANG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN-DOANH NGHIỆP TỈNH"
    header.cell(1, 0).text = "Số 12-BC/ĐUK"
    header.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 1).text = "Kiên Giang, ngày 5 tháng 1 năm 2024"
    word.add_paragraph("")
    word.add_paragraph("BÁO CÁO")
    word.add_paragraph("tình hình thực hiện nhiệm vụ năm 2023")
    word.add_heading("I- KẾT QUẢ THỰC HIỆN", level=2)
    word.add_paragraph("Công tác tổ chức", style="List Number")
    word.add_paragraph("Kết nạp 120 đảng viên mới[[fn:7]], đạt 100% kế hoạch[[fn:3]].")
    word.add_paragraph("Tổng thu ngân sách 30.196 tỷ đồng…", style="List Bullet")
    word.add_paragraph("Công tác kiểm tra", style="List Number")
    word.add_paragraph("Kiểm tra 39 đảng viên.")
    word.add_paragraph("PHỤ LỤC")
    table = word.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung", "Số lượng"], strict=True):
        cell.text = text
    merged = table.cell(1, 0).merge(table.cell(1, 2))
    merged.text = "I. Tổ chức"
    for cell, text in zip(table.rows[2].cells, ["1", "Đảng viên", "7.261"], strict=True):
        cell.text = text
    buffer = io.BytesIO()
    word.save(buffer)
    return _with_footnotes(buffer.getvalue())


def test_small_docx_reads(tmp_path: Path) -> None:
    path = tmp_path / "nho.docx"
    path.write_bytes(_small_docx())
    doc = read_report(path)
    assert doc.header.number == "12-BC/ĐUK"
    assert doc.header.date == "2024-01-05" and doc.header.place == "Kiên Giang"
    assert doc.header.title == "BÁO CÁO tình hình thực hiện nhiệm vụ năm 2023"
    assert [(p.text, p.section, p.bullet) for p in doc.paragraphs] == [
        (
            "Kết nạp 120 đảng viên mới¹, đạt 100% kế hoạch².",
            ("I- KẾT QUẢ THỰC HIỆN", "1. Công tác tổ chức"),
            False,
        ),
        ("Tổng thu ngân sách 30.196 tỷ đồng...", ("I- KẾT QUẢ THỰC HIỆN", "1. Công tác tổ chức"), True),
        ("Kiểm tra 39 đảng viên.", ("I- KẾT QUẢ THỰC HIỆN", "2. Công tác kiểm tra"), False),
    ]
    # ids 7 and 3 are numbered 1 and 2, in the order the text refers to them
    assert {n: f.text for n, f in doc.footnotes.items()} == {
        1: "Trong đó 80 nữ...",
        2: "Kế hoạch 120 đảng viên.",
    }
    assert doc.footnotes[1].section == ("I- KẾT QUẢ THỰC HIỆN", "1. Công tác tổ chức")
    assert doc.tables[0].rows == [
        ["STT", "Nội dung", "Số lượng"],
        ["I. Tổ chức", "", ""],
        ["1", "Đảng viên", "7.261"],
    ]


def _pdf_canvas(**kwargs: Any) -> tuple[Any, io.BytesIO]:
    """A reportlab A4 canvas writing into a buffer, with DejaVu fonts (Vietnamese glyphs)."""
    import matplotlib
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont("DejaVu", str(fonts / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    buffer = io.BytesIO()
    return canvas.Canvas(buffer, pagesize=A4, **kwargs), buffer


def _line(pdf: Any, top: float, text: str, x: float = 57, font: str = "DejaVu", size: float = 12) -> float:
    """Draw ``text`` with its baseline ``top`` points below the page top; superscripts as ^N^."""
    height = PAGE_HEIGHT
    for piece in re.split(r"(\^\d+\^)", text):
        if piece.startswith("^"):
            pdf.setFont(font, 7)
            pdf.drawString(x, height - top + 4.6, piece.strip("^"))
            x += pdf.stringWidth(piece.strip("^"), font, 7)
        elif piece:
            pdf.setFont(font, size)
            pdf.drawString(x, height - top, piece)
            x += pdf.stringWidth(piece, font, size)
    return x


def _justified(pdf: Any, top: float, text: str, x: float = 57, right: float = 538) -> None:
    """Draw a line word by word, spread to end at the right margin (the spaces are not drawn)."""
    words = text.split(" ")
    widths = [_line(_Measure(), top, word, x=0) for word in words]
    gap = (right - x - sum(widths)) / (len(words) - 1)
    for word, width in zip(words, widths, strict=True):
        _line(pdf, top, word, x=x)
        x += width + gap


class _Measure:
    """Stands in for a canvas to measure what ``_line`` would draw."""

    def __init__(self) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.stringWidth = stringWidth

    def setFont(self, *_: Any) -> None:
        pass

    def drawString(self, *_: Any) -> None:
        pass


def _small_pdf(grid_as_one_path: bool = False) -> bytes:
    pdf, buffer = _pdf_canvas()
    height = PAGE_HEIGHT
    top = 90.0
    for text in ("ĐẢNG BỘ TỈNH KIÊN GIANG", "Số 12-BC/ĐUK", "Kiên Giang, ngày 5 tháng 1 năm 2024"):
        _line(pdf, top, text)
        top += 23
    _line(pdf, top, "BÁO CÁO tình hình thực hiện nhiệm vụ năm 2023")
    _line(pdf, top + 40, "I- KẾT QUẢ THỰC HIỆN", font="DejaVu-Bold", size=14)
    body = [
        "Đảng bộ Khối kết nạp 120 đảng viên mới^1^, đạt 100% kế hoạch; phòng,",
        "chống dịch bệnh trong toàn khối, nhất là đại dịch Covid-",
    ]
    for k, text in enumerate(body):
        _justified(pdf, top + 66 + 14 * k, text)
    _line(pdf, top + 94, "19 được quan tâm, thực hiện tốt.")
    _line(pdf, top + 120, "•", x=69)
    _justified(pdf, top + 120, "Tổng thu ngân sách 30.196 tỷ đồng, đạt 41,47% so với chỉ tiêu", x=81)
    _line(pdf, top + 134, "nhiệm kỳ.", x=81)
    _justified(pdf, top + 160, "Tổng doanh thu trên 81.326 tỷ đồng, đạt 87,5% so với chỉ tiêu")
    pdf.line(57, height - 700, 181, height - 700)
    _line(pdf, 720, "^1^ Trong đó 80 đảng viên nữ; 40 đảng viên")
    _line(pdf, 810, "1", x=290)  # page number
    pdf.showPage()
    _line(pdf, 90, "Nghị quyết Đại hội^2^.")
    _small_table(pdf, height, grid_as_one_path)
    pdf.line(57, height - 700, 181, height - 700)
    _line(pdf, 720, "dưới 30 tuổi.")  # footnote 1 continued
    _line(pdf, 744, "^2^ Số liệu ước tính.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _small_table(pdf: Any, height: float, grid_as_one_path: bool) -> None:
    xs, tops = [57, 97, 187, 297], [130, 150, 184]
    segments = [((x, tops[0]), (x, tops[-1])) for x in xs] + [((xs[0], y), (xs[-1], y)) for y in tops]
    path = pdf.beginPath()
    for (x0, y0), (x1, y1) in segments:
        if grid_as_one_path:
            path.moveTo(x0, height - y0)
            path.lineTo(x1, height - y1)
        else:
            pdf.line(x0, height - y0, x1, height - y1)
    if grid_as_one_path:
        pdf.drawPath(path)
    cells = [["STT", "Nội dung", "Số lượng"], ["1", "Tổng số đảng viên|cuối kỳ", "7.261"]]
    for row, top in zip(cells, tops, strict=False):
        for text, x in zip(row, xs, strict=False):
            for k, piece in enumerate(text.split("|")):
                _line(pdf, top + 13 + 11 * k, piece, x=x + 3, size=9)


def test_small_pdf_reads(tmp_path: Path) -> None:
    path = tmp_path / "nho.pdf"
    path.write_bytes(_small_pdf())
    doc = read_report(path)
    assert doc.header.number == "12-BC/ĐUK"
    assert doc.header.date == "2024-01-05" and doc.header.place == "Kiên Giang"
    assert doc.header.title == "BÁO CÁO tình hình thực hiện nhiệm vụ năm 2023"
    section = ("I- KẾT QUẢ THỰC HIỆN",)
    assert [(p.text, p.section, p.bullet, p.page) for p in doc.paragraphs] == [
        (
            "Đảng bộ Khối kết nạp 120 đảng viên mới¹, đạt 100% kế hoạch; phòng, chống dịch bệnh "
            "trong toàn khối, nhất là đại dịch Covid-19 được quan tâm, thực hiện tốt.",
            section,
            False,
            1,
        ),
        ("Tổng thu ngân sách 30.196 tỷ đồng, đạt 41,47% so với chỉ tiêu nhiệm kỳ.", section, True, 1),
        # cut at the page end, continued on the next page with a capital letter
        (
            "Tổng doanh thu trên 81.326 tỷ đồng, đạt 87,5% so với chỉ tiêu Nghị quyết Đại hội².",
            section,
            False,
            1,
        ),
    ]
    assert {n: (f.text, f.page) for n, f in doc.footnotes.items()} == {
        1: ("Trong đó 80 đảng viên nữ; 40 đảng viên dưới 30 tuổi.", 1),
        2: ("Số liệu ước tính.", 2),
    }
    assert doc.footnotes[2].section == section
    assert doc.tables[0].rows == [
        ["STT", "Nội dung", "Số lượng"],
        ["1", "Tổng số đảng viên cuối kỳ", "7.261"],
    ]
    assert doc.tables[0].pages == [2, 2]


def test_pdf_table_grid_drawn_as_one_path() -> None:
    doc = read_pdf_bytes(_small_pdf(grid_as_one_path=True), "luoi.pdf")
    assert doc.tables[0].rows == [
        ["STT", "Nội dung", "Số lượng"],
        ["1", "Tổng số đảng viên cuối kỳ", "7.261"],
    ]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pdf_page_reads_upright(rotation: int) -> None:
    """A page stored turned (/Rotate) with its content drawn turned back reads as displayed."""
    pdf, buffer = _pdf_canvas()
    width, height = 595.27, PAGE_HEIGHT
    shown_height = width if rotation % 180 else height
    pdf.setPageRotation(rotation)
    pdf.translate(*{90: (width, 0), 180: (width, height), 270: (0, height)}[rotation])
    pdf.rotate(rotation)
    lines = [
        (90, "Số 12-BC/ĐUK"),
        (113, "BÁO CÁO kết quả năm 2023"),
        (136, "I- KẾT QUẢ"),
        (159, "Kết nạp 120 đảng viên mới, đạt 100% kế hoạch"),
        (173, "năm 2023."),
    ]
    for top, text in lines:
        pdf.setFont("DejaVu", 12)
        pdf.drawString(57, shown_height - top, text)
    pdf.showPage()
    pdf.save()
    doc = read_pdf_bytes(buffer.getvalue(), "xoay.pdf")
    assert doc.header.number == "12-BC/ĐUK"
    assert [(p.text, p.section) for p in doc.paragraphs] == [
        ("Kết nạp 120 đảng viên mới, đạt 100% kế hoạch năm 2023.", ("I- KẾT QUẢ",))
    ]
