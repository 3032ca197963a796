"""A university's school years, written small in our own words.

Session 21's data taught: "năm học 2024 2025" typed without its dash is a school year (counted as 2025).
(Left open: "năm học 2022 - 2023 kết nạp bao nhiêu sinh viên" here answers the graduates' 2.931, not the row
"- Trong đó: sinh viên" under "Kết nạp đảng viên" — see the session-21 note.)
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

SCHOOL = """

ĐẢNG BỘ TỈNH BÌNH LÂM
ĐẢNG ỦY TRƯỜNG ĐẠI HỌC KỸ THUẬT
*
Số 52-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Lâm, ngày 20 tháng 8 năm 2025

BÁO CÁO
tổng kết năm học 2024 - 2025

I- KẾT QUẢ

Năm học 2024 - 2025, Đảng bộ kết nạp 87 đảng viên, trong đó 61 sinh viên.

PHỤ LỤC
MỘT SỐ CHỈ TIÊU QUA CÁC NĂM HỌC

STT\tNội dung\tĐơn vị tính\tThực hiện qua các năm học\t\t
\t\t\t2022 - 2023\t2023 - 2024\t2024 - 2025
1\tSinh viên tốt nghiệp đại học\tSinh viên\t2.931\t3.017\t3.126
2\tKết nạp đảng viên\tĐảng viên\t74\t79\t87
\t- Trong đó: sinh viên\tĐảng viên\t41\t52\t61
"""


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "52-BC-DU-2025.txt", SCHOOL))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("so sinh vien tot nghiep dai hoc nam hoc 2024 2025", "3126"),
        ("sinh viên tốt nghiệp đại học nh 2023 2024", "3017"),
    ],
    ids=["school-year-without-its-dash", "abbreviated-school-year"],
)
def test_school_years_and_students(school: Engine, question: str, value: str) -> None:
    """The school year's cell of what is asked."""
    answered_with(school, question, value)
