"""An appendix whose label column is titled "Chỉ tiêu/Địa bàn", and a school year as a base (session 29, in our own words).

"STT | Chỉ tiêu/Địa bàn | Đơn vị tính | Năm học 2023-2024 | Năm học 2024-2025 | Tăng/giảm": a heading row per
measure and the districts under it. Before, the title's "chỉ tiêu" made the column a target: the table had no
label column and not one of its rows was read. "so với năm học 2023-2024 (1.173 giáo viên)" put the bracket's
figure in the report's own year.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

SCHOOL_YEAR = """
UBND TỈNH KIM SƠN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
*
Số 640/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Kim Sơn, ngày 15 tháng 8 năm 2025

BÁO CÁO
tổng kết năm học 2024-2025

I. KẾT QUẢ
Năm học 2024-2025, toàn tỉnh có 1.204 giáo viên trung học phổ thông, tăng 31 giáo viên so với năm học 2023-2024 (1.173 giáo viên).

PHỤ LỤC
SỐ LIỆU THEO ĐỊA BÀN

STT	Chỉ tiêu/Địa bàn	Đơn vị tính	Năm học 2023-2024	Năm học 2024-2025	Tăng/giảm
I	TRƯỜNG ĐẠT CHUẨN QUỐC GIA
1	Huyện Đông Sơn	Trường	41	44	+3
2	Huyện Tây Sơn	Trường	36	38	+2
	Cộng toàn tỉnh	Trường	77	82	+5
II	TRẺ EM MẦM NON
1	Huyện Đông Sơn	Trẻ	6.204	6.118	-86
2	Huyện Tây Sơn	Trẻ	5.377	5.402	+25
	Cộng toàn tỉnh	Trẻ	11.581	11.520	-61
"""


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "640-BC-SGDDT-2025.txt", SCHOOL_YEAR))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm học 2023-2024 có bao nhiêu trường đạt chuẩn quốc gia", "77"),
        ("tre mam non huyen Tay Son nam hoc 2024-2025", "5402"),
        ("số trẻ mầm non toàn tỉnh năm học 2023-2024", "11581"),
    ],
    ids=["schools-of-the-year-before", "a-districts-children", "the-provinces-children"],
)
def test_the_appendix_is_read(schools: Engine, question: str, value: str) -> None:
    """Each measure's rows are read: the province's row is the measure, a district's row its part."""
    answered_with(schools, question, value)


def test_a_school_year_as_the_base(schools: Engine) -> None:
    """The bracket after "so với năm học 2023-2024" holds that year's figure."""
    answer = answered_with(schools, "năm học 2023-2024 có bao nhiêu giáo viên trung học phổ thông", "1173")
    assert answer.figure is not None and answer.figure.period == "2024", answer.reply
