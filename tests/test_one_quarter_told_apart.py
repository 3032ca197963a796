"""A quarter named in running text with no year, in a yearly report (session 27, in our own words).

Before: "Riêng quý IV, cấp ủy các cấp kiểm tra 937 tổ chức đảng" was a figure of the whole year, and its
words matched "cấp ủy kiểm tra bao nhiêu tổ chức đảng" better than the year's own sentence, so the
fourth quarter's 937 was given as the year's count.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

INSPECTION_YEAR = """
TỈNH ỦY SƠN HÀ
ỦY BAN KIỂM TRA
*
Số 21-BC/UBKTTU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Hà, ngày 12 tháng 01 năm 2026

BÁO CÁO
kết quả công tác kiểm tra, giám sát năm 2025

I- KẾT QUẢ

1. Công tác kiểm tra
Cấp ủy, tổ chức đảng các cấp đã kiểm tra 2.946 tổ chức đảng, đạt 103,73% kế hoạch và 9.871 đảng viên. Riêng quý IV, cấp ủy các cấp kiểm tra 937 tổ chức đảng và 3.219 đảng viên, cao nhất trong năm.
Các đảng bộ trực thuộc kết nạp đảng viên đều trong năm⁴.

⁴ Quý I kết nạp 41 đảng viên, quý II kết nạp 68 đảng viên, quý III kết nạp 55 đảng viên.
"""


@pytest.fixture(scope="module")
def inspection(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "21-BC-UBKTTU-2026.txt", INSPECTION_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kiem tra toor chuc dang cua cap uy bao nhieu", "2946"),
        ("năm 2025 cấp ủy kiểm tra bao nhiêu tổ chức đảng", "2946"),
        ("quý 4 cấp ủy kiểm tra bao nhiêu tổ chức đảng", "937"),
        ("quy IV kiem tra bn dang vien", "3219"),
    ],
    ids=["year-typo", "year-named", "fourth-quarter", "fourth-quarter-members"],
)
def test_the_year_and_its_last_quarter(inspection: Engine, question: str, value: str) -> None:
    """The year's count unless the quarter is asked; the quarter's when it is."""
    answered_with(inspection, question, value)


@pytest.mark.parametrize(
    ("question", "value"),
    [("quý 2 kết nạp bao nhiêu đảng viên", "68"), ("quy 3 ket nap may dv", "55")],
    ids=["second", "third-unaccented"],
)
def test_each_quarter_of_a_note_its_own(inspection: Engine, question: str, value: str) -> None:
    """"Quý I kết nạp 41, quý II kết nạp 68, …": each figure is of the quarter nearest before it (a guard: so
    before too, by its label)."""
    answered_with(inspection, question, value)
