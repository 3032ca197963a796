"""Quarter columns under a spanning year, written small in our own words.

Session 21's data taught: an appendix header "Thực hiện năm 2026" over "Quý I | Quý II | Quý III | 9 tháng" gives
each column its quarter of 2026 (before, all three were read as the year 2026 and "quý II" found nothing).
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

TRANSPORT = """

ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY SỞ GIAO THÔNG VẬN TẢI
*
Số 41-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Lâm, ngày 06 tháng 10 năm 2026

BÁO CÁO
kết quả công tác 9 tháng đầu năm 2026

I- KẾT QUẢ

9 tháng, toàn ngành kiểm định 148.526 lượt phương tiện, cấp mới 24.168 giấy phép lái xe.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2026

STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026\tThực hiện năm 2026\t\t\t\t% so với KH năm
\t\t\t\tQuý I\tQuý II\tQuý III\t9 tháng\t
1\tKiểm định phương tiện\tLượt\t195.000\t46.218\t49.875\t52.433\t148.526\t76,17
2\tCấp mới giấy phép lái xe\tGiấy phép\t32.000\t7.352\t8.091\t8.725\t24.168\t75,52
"""


@pytest.fixture(scope="module")
def transport(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "41-BC-DU-2026.txt", TRANSPORT))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kiểm định phương tiện quý II", "49875"),
        ("cấp mới GPLX quý 3", "8725"),
        ("quy 1 kiem dinh bao nhieu luot phuong tien", "46218"),
        ("9 tháng kiểm định bao nhiêu lượt phương tiện", "148526"),
    ],
    ids=["second-quarter", "third-quarter-typed-as-a-digit", "first-quarter", "nine-months"],
)
def test_each_quarter_column_is_its_quarter(transport: Engine, question: str, value: str) -> None:
    """The quarter's cell, not the nine months' nor the plan."""
    answered_with(transport, question, value)
