"""An appendix of tables under "II.1.", "II.2." headings, written small in our own words (session 22).

Before: the table under "II.2. …" kept the columns of the one above it (its "Tổng cộng" of households was read
as a count of supermarkets); "Kế hoạch vốn đầu tư công năm 2025 được giao là 9.846,3 tỷ đồng" was a sum
spent, a rival of what was disbursed.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

TRADE = """

ĐẢNG BỘ TỈNH HÀ NGUYÊN
ĐẢNG ỦY SỞ CÔNG THƯƠNG
*
Số 47-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nguyên, ngày 12 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I- KẾT QUẢ

Toàn tỉnh hiện có 96 chợ, 14 siêu thị. Số hộ sử dụng điện đạt 215.470 hộ.

Kế hoạch vốn đầu tư công năm 2025 được giao là 1.240,5 tỷ đồng. Đến ngày 31/12/2025, giải ngân vốn đầu tư công 1.118,2 tỷ đồng, đạt 90,14% kế hoạch.

PHỤ LỤC II
SỐ LIỆU THEO ĐƠN VỊ HÀNH CHÍNH

II.1. Hạ tầng thương mại

STT\tĐơn vị hành chính\tSố chợ\tSiêu thị
1\tThành phố Hà Nguyên\t40\t9
2\tHuyện Tân Hòa\t56\t5
\tTổng cộng\t96\t14

II.2. Điện nông thôn và vốn đầu tư

STT\tĐơn vị hành chính\tTổng số hộ\tSố hộ sử dụng điện\tKế hoạch vốn (tỷ đồng)\tĐã giải ngân (tỷ đồng)
1\tThành phố Hà Nguyên\t120.310\t120.296\t702,3\t650,1
2\tHuyện Tân Hòa\t95.260\t95.174\t538,2\t468,1
\tTổng cộng\t215.570\t215.470\t1.240,5\t1.118,2
"""


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "47-BC-DU-2025.txt", TRADE))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("toàn tỉnh có bao nhiêu siêu thị", "14"),
        ("huyện Tân Hòa có bao nhiêu hộ", "95260"),
        ("giải ngân vốn đầu tư công được bao nhiêu tỷ đồng", "1118.2"),
    ],
    ids=["supermarkets-not-the-next-tables-households", "the-second-tables-own-column", "disbursed-not-the-plan"],
)
def test_each_table_its_own_columns(trade: Engine, question: str, value: str) -> None:
    """Each table under its own heading has its own columns; the plan given is no sum spent."""
    answer = answered_with(trade, question, value)
    assert not answer.conflict  # the plan in the text is no disagreement with what was disbursed
