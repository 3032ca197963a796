"""Layouts other reports of the genre use, written small in our own words.

- A ward's half-year report: its opening paragraph stands before "Phần thứ nhất", its title names
  "6 tháng đầu năm 2026", and its appendix columns read "6 tháng đầu năm 2025 | Kế hoạch năm 2026 |
  6 tháng đầu năm 2026 | So với cùng kỳ (%) | So với KH năm (%)".
- An end-of-term review: its appendix has "TT | Chỉ tiêu | ĐVT | NQ đề ra | 2020 … Ước 2025".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.reading import read_report
from knowledge.store import report_period
from knowledge.tables import classify, is_header_row, read_table
from tests.report_sets import answered_with, engine_for

HALF_YEAR = """ĐẢNG BỘ THÀNH PHỐ AN BÌNH
ĐẢNG ỦY PHƯỜNG TÂY SƠN

*

Số 41-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Tây Sơn, ngày 02 tháng 7 năm 2026

BÁO CÁO
sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng

Khái quát: Phường Tây Sơn gồm 9 khu phố với 57 tổ dân phố, toàn phường có 3.804 hộ. Đảng bộ phường hiện có 612 đảng viên, sinh hoạt ở 17 chi bộ trực thuộc.

Phần thứ nhất
KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026

I- CÔNG TÁC XÂY DỰNG ĐẢNG

1. Công tác chính trị, tư tưởng

Các chi bộ tổ chức 06 lớp học tập nghị quyết. Tỷ lệ đảng viên tham gia học tập đạt 96,4%.

2. Công tác tổ chức

Đảng ủy kết nạp 11 đảng viên, đạt 55% kế hoạch năm.

PHỤ LỤC
KẾT QUẢ MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026

STT\tChỉ tiêu\tĐơn vị tính\t6 tháng đầu năm 2025\tKế hoạch năm 2026\t6 tháng đầu năm 2026\tSo với cùng kỳ (%)\tSo với KH năm (%)\tGhi chú
1\tKết nạp đảng viên\tĐảng viên\t9\t20\t11\t122,22\t55,00\t
2\tTỷ lệ đảng viên tham gia học tập nghị quyết\t%\t95,1\t95\t96,9\t\t102,00\t
"""

SERIES_HEADER = ["TT", "Chỉ tiêu", "ĐVT", "NQ đề ra", "2020", "2021", "2022", "2023", "2024", "Ước 2025",
                 "So với NQ (%)", "Đánh giá"]


@pytest.fixture(scope="module")
def ward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ward") / "41-BC-DU-2026.txt"
    path.write_text(HALF_YEAR, "utf-8")
    return path


@pytest.fixture(scope="module")
def ward_engine(ward: Path) -> Engine:
    return engine_for(ward)


def test_the_opening_before_part_one_is_read(ward: Path) -> None:
    """"Khái quát: … 612 đảng viên" stands before "Phần thứ nhất": the report's own words, not its header."""
    doc = read_report(ward)
    [opening] = [p for p in doc.paragraphs if "612 đảng viên" in p.text]
    assert opening.section == ("Phần mở đầu",)
    assert doc.header.title == "BÁO CÁO sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng"
    assert [p.section[:1] for p in doc.paragraphs if "06 lớp" in p.text] == [("Phần thứ nhất",)]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("phường có mấy tổ dân phố", "57"),
        ("đảng bộ phường có bao nhiêu đảng viên", "612"),
        ("toàn phường bao nhiêu hộ", "3804"),
    ],
    ids=["street-groups", "members", "households"],
)
def test_figures_of_the_opening_are_answered_with_their_place(ward_engine: Engine, question: str, value: str) -> None:
    answer = answered_with(ward_engine, question, value)
    assert "Phần mở đầu" in answer.reply


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("BÁO CÁO sơ kết 6 tháng đầu năm 2026 về công tác xây dựng Đảng", "6 tháng 2026"),
        ("BÁO CÁO tổng kết công tác xây dựng Đảng năm 2025", "2025"),
        ("BÁO CÁO sơ kết 9 tháng năm 2024", "9 tháng 2024"),
        ("BÁO CÁO tổng kết nhiệm kỳ 2020 - 2025, năm 2025", ""),
    ],
    ids=["half-year", "year", "nine-months", "term"],
)
def test_the_period_a_report_covers(title: str, period: str) -> None:
    assert report_period(title) == period


def test_half_year_columns_are_the_half_years_asked_for(ward: Path) -> None:
    [table] = read_report(ward).tables
    columns, _ = read_table(table)
    assert [(c.role, c.period) for c in columns[3:8]] == [
        ("period", "6 tháng 2025"), ("target", "2026"), ("period", "6 tháng 2026"), ("compare", None), ("share", None),
    ]


def test_a_share_without_a_period_in_a_half_year_report_meets_its_appendix_cell(ward_engine: Engine) -> None:
    """The text's 96,4% and the appendix's 96,9 for the same half year: both are shown, with both sources."""
    answer = ward_engine.ask("tỷ lệ đảng viên tham gia học tập nghị quyết")
    shown = {answer.figure.value if answer.figure else None, *(c.value for c in answer.alternatives)}
    assert answer.conflict and {Decimal("96.4"), Decimal("96.9")} <= shown, answer.reply
    assert "96,4%" in answer.reply and "96,9" in answer.reply


def test_a_half_year_asked_is_the_half_year_column(ward_engine: Engine) -> None:
    answered_with(ward_engine, "6 tháng đầu năm 2025 kết nạp mấy đảng viên", "9")


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (SERIES_HEADER, True),
        (["TT", "Nội dung", "Đơn vị", "2024"], True),
        (["1", "Chỉ tiêu", "lượt", "12"], False),  # a data row whose label is "Chỉ tiêu"
        (["1", "Sản lượng lúa", "tấn", "280.000"], False),
    ],
    ids=["tt-chi-tieu-dvt", "tt-noi-dung", "row-named-chi-tieu", "data-row"],
)
def test_a_header_row_without_stt(cells: list[str], header: bool) -> None:
    assert is_header_row(cells) is header


def test_a_resolution_series_table() -> None:
    """"NQ đề ra" is the resolution's target; "Ước 2025" the year 2025; "So với NQ (%)" a share of the target."""
    roles = [(c.role, c.period) for c in (classify(t, i) for i, t in enumerate(SERIES_HEADER))]
    assert roles[3:] == [
        ("target", None), *[("period", str(y)) for y in range(2020, 2026)], ("share", None), ("other", None),
    ]
