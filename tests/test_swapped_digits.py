"""A farmers' association's mid-term review, written small in our own words.

Session 19's data taught: 48,27 and 42,87 tỷ đồng disagree by two swapped digits, and so do 88,02 and "88,20" (a
trailing zero printed); a mid-term review's column
"Giữa nhiệm kỳ" is the term so far; and "100% đảng viên hoàn thành nhiệm vụ" is no row of the association's bases.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

MIDTERM = """

TỈNH ỦY HẬU GIANG MỚI
ĐẢNG ĐOÀN HỘI NÔNG DÂN TỈNH
*
Số 31-BC/ĐĐ
ĐẢNG CỘNG SẢN VIỆT NAM
Hậu Giang Mới, ngày 12 tháng 6 năm 2026

BÁO CÁO
sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028

I- KẾT QUẢ THỰC HIỆN

1. Quỹ Hỗ trợ nông dân

Từ đầu nhiệm kỳ, Quỹ Hỗ trợ nông dân các cấp đã thu hồi 48,27 tỷ đồng vốn vay đến hạn để quay vòng cho vay.

2. Xây dựng tổ chức Hội

Tỷ lệ cơ sở Hội hoàn thành tốt nhiệm vụ trở lên bình quân giữa nhiệm kỳ đạt 88,02%. Đảng đoàn lãnh đạo quán
triệt nghị quyết; hằng năm 100% đảng viên hoàn thành nhiệm vụ trở lên.

PHỤ LỤC

STT\tNội dung\tĐơn vị tính\tChỉ tiêu NQ\tNăm 2023\tNăm 2024\tNăm 2025\tGiữa nhiệm kỳ\t% so chỉ tiêu
1\tVốn Quỹ Hỗ trợ nông dân thu hồi quay vòng\tTỷ đồng\t\t12,40\t14,31\t16,16\t42,87\t
2\tCơ sở Hội hoàn thành tốt nhiệm vụ trở lên\t%\t85\t86,44\t88,14\t89,47\t88,20\t103,76
"""


@pytest.fixture(scope="module")
def midterm(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "31-BC-DD-2026.txt", MIDTERM))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("quỹ hỗ trợ nông dân thu hồi bao nhiêu tỷ từ đầu nhiệm kỳ", {"48.27", "42.87"}),
        ("ty le co so hoi hoan thanh tot nhiem vu tro len binh quan giua nhiem ky", {"88.02", "88.2"}),
    ],
    ids=["money-with-two-decimals", "trailing-zero"],
)
def test_two_swapped_digits_are_a_conflict(midterm: Engine, question: str, values: set[str]) -> None:
    """Text and appendix disagree by two neighbouring digits: both figures are shown, each with its source."""
    answer = midterm.ask(question)
    assert answer.status == "answered", answer.reply
    assert {Decimal(v) for v in values} <= shown_values(answer), answer.reply


def test_the_members_share_is_no_row_of_the_bases(midterm: Engine) -> None:
    """"100% đảng viên hoàn thành nhiệm vụ" is about the party members, not the row of the association's bases
    (a guard: the row's "Giữa nhiệm kỳ" cell is now read as the term's)."""
    hundred = [i for i, f in enumerate(midterm.index.facts) if f.value == Decimal("100") and f.origin == "text"]
    assert hundred and not any(midterm.index.conflicts.get(i) for i in hundred)
