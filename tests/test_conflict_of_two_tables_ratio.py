"""A share of last year's figure in the text, confirmed by one appendix and contradicted by another's "% CK"
column (session 30, in our own words).

"Thuế thu nhập doanh nghiệp … bằng 114,35% so với cùng kỳ": the quarterly table says 114,35 too, the yearly table's
"% CK" cell of the same tax says 115,34. "% CK" (so với cùng kỳ) was read as a share of the plan before, and a text
figure with a row of its own was never at odds with another table unless two neighbouring digits were swapped.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

TAX_YEAR = """
ĐẢNG ỦY CỤC THUẾ TỈNH LAM SƠN

Số 46-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Lam Sơn, ngày 12 tháng 1 năm 2026

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

I. KẾT QUẢ THU NGÂN SÁCH

Thuế giá trị gia tăng thu được 4.186,3 tỷ đồng, đạt 108,74% dự toán Bộ giao, bằng 113,06% so với cùng kỳ. Thuế thu nhập doanh nghiệp thu được 1.893,4 tỷ đồng, đạt 110,08% dự toán Bộ giao, bằng 114,35% so với cùng kỳ.

PHỤ LỤC 1
KẾT QUẢ THU NGÂN SÁCH NĂM 2025 THEO SẮC THUẾ

STT\tChỉ tiêu\tDự toán Bộ giao\tThực hiện 2024\tThực hiện 2025\t% DT Bộ giao\t% CK
1\tThuế giá trị gia tăng\t3.850\t3.702,6\t4.186,3\t108,74\t113,06
2\tThuế thu nhập doanh nghiệp\t1.720\t1.655,8\t1.893,4\t110,08\t115,34

PHỤ LỤC 2
KẾT QUẢ THU NGÂN SÁCH NĂM 2025 THEO QUÝ

STT\tChỉ tiêu\tĐVT\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\tCùng kỳ 2024\tSo cùng kỳ (%)
1\tThuế giá trị gia tăng\tTỷ đồng\t1.002,1\t1.031,5\t1.040,2\t1.112,5\t4.186,3\t3.702,6\t113,06
2\tThuế thu nhập doanh nghiệp\tTỷ đồng\t512,6\t436,9\t421,3\t522,6\t1.893,4\t1.655,8\t114,35
"""


@pytest.fixture(scope="module")
def tax(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "46-BC-DU-2026.txt", TAX_YEAR))


@pytest.mark.parametrize(
    "question",
    ["thuế TNDN so với cùng kỳ đạt bao nhiêu %", "thu nhap doanh nghiep bang bao nhieu phan tram nam ngoai"],
    ids=["accented-short", "plain-last-year"],
)
def test_the_two_tables_disagree(tax: Engine, question: str) -> None:
    """114,35 (the text and the quarterly table) and 115,34 (the yearly table) are both shown as a conflict."""
    answer = tax.ask(question)
    assert answer.figure is not None, answer.reply
    assert {Decimal("114.35"), Decimal("115.34")} <= shown_values(answer), answer.reply
    assert answer.conflict, answer.reply


def test_a_tax_both_tables_agree_on_stands_alone(tax: Engine) -> None:
    """The value-added tax is 113,06% of last year's everywhere: no conflict (a guard: passes before too)."""
    answer = tax.ask("thuế giá trị gia tăng bằng bao nhiêu % so với cùng kỳ")
    assert answer.figure is not None and answer.figure.value == Decimal("113.06"), answer.reply
    assert not answer.conflict, answer.reply
