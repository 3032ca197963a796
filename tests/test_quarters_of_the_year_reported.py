"""A quarter asked with no year, in a report of a year issued early the next (session 26, in our own words).

Before: "quý 2 kỷ luật bao nhiêu đv" looked for the second quarter of 2026, the year the report was signed in,
and found nothing, though its appendix gives "Quý I … Quý IV" of 2025, the year it reports on.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

pytest_plugins = ["tests.answers_conftest"]

COMMISSION = """
TỈNH ỦY HÀ ĐÔNG
ỦY BAN KIỂM TRA
*
Số 18-BC/UBKTTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Đông, ngày 08 tháng 01 năm 2026

BÁO CÁO
kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025

I- KẾT QUẢ

Năm 2025, các cấp ủy, tổ chức đảng đã thi hành kỷ luật 121 đảng viên, tăng 9 đảng viên so với năm 2024.

PHỤ LỤC
KẾT QUẢ THI HÀNH KỶ LUẬT ĐẢNG NĂM 2025

STT\tNội dung\tĐơn vị tính\tThực hiện năm 2025\t\t\t\tCả năm 2025\tNăm 2024
\t\t\tQuý I\tQuý II\tQuý III\tQuý IV\t\t
1\tĐảng viên bị kỷ luật\tĐảng viên\t22\t31\t27\t41\t121\t112
2\tĐơn tố cáo tiếp nhận\tĐơn\t14\t19\t17\t23\t73\t69
"""


@pytest.fixture(scope="module")
def commission(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "18-BC-UBKTTU-2026.txt", COMMISSION))


@pytest.mark.parametrize(
    ("question", "value"),
    [("quý 2 kỷ luật bao nhiêu đv", "31"), ("don to cao quy 3", "17"), ("quý IV có bao nhiêu đảng viên bị kỷ luật", "41")],
    ids=["second-quarter", "third-quarter-unaccented", "fourth-quarter-roman"],
)
def test_a_quarter_of_the_year_reported(commission: Engine, question: str, value: str) -> None:
    """The quarter's cell of the year the report is about."""
    answered_with(commission, question, value)


def test_the_year_itself(commission: Engine) -> None:
    """No quarter asked: the whole year (a guard: so before too)."""
    answered_with(commission, "năm 2025 kỷ luật bao nhiêu đảng viên", "121")
