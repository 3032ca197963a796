"""A province's first-quarter report, written small in our own words.

It holds what session 15's unseen data taught: "quý I năm 2026" is the first 3 months of 2026 (the
report's own span, its columns "Thực hiện quý I/2026" and "Cùng kỳ quý I/2025"); a year named in the text
("năm 2025 kết nạp 2.380") is that year's, not the quarter's; another quarter of a year the report never
sums up is not found; public investment is not all investment in society; a note marked right after a
year ("… năm 2025¹: …") is of that year.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

QUARTER = """

ĐẢNG BỘ TỈNH TÂY NGUYÊN
TỈNH ỦY
*
Số 55-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Nguyên, ngày 05 tháng 4 năm 2026

BÁO CÁO
tình hình thực hiện nhiệm vụ quý I năm 2026

I- KẾT QUẢ

Tăng trưởng GRDP quý I ước đạt 7,12%. Giải ngân vốn đầu tư công đến ngày 31/3/2026 đạt 1.204 tỷ đồng, bằng
15,06% kế hoạch. Trong quý, toàn Đảng bộ kết nạp 431 đảng viên (cùng kỳ năm 2025 kết nạp 402 đảng viên). Năm
2025, toàn Đảng bộ kết nạp 2.380 đảng viên. Hoàn thành kiểm điểm, xếp loại chất lượng đảng viên năm 2025¹: có
94,12% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.

¹ Hoàn thành xuất sắc nhiệm vụ 16,25%, hoàn thành tốt nhiệm vụ 77,87%, hoàn thành nhiệm vụ 5,21%.

PHỤ LỤC

STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026\tThực hiện quý I/2026\tCùng kỳ quý I/2025\t% so KH năm\t% so cùng kỳ
1\tTăng trưởng GRDP\t%\t8,5\t7,12\t6,85\t\t
2\tGiải ngân vốn đầu tư công\tTỷ đồng\t7.995\t1.204\t1.032\t15,06\t116,67
3\tKết nạp đảng viên\tĐảng viên\t2.400\t431\t402\t17,96\t107,21
"""


@pytest.fixture(scope="module")
def quarter(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "55-BC-TU-2026.txt", QUARTER))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2025 kết nạp bao nhiêu đảng viên", "2380"),
        ("tăng trưởng GRDP quý 1 đạt bao nhiêu", "7.12"),
        ("Q1 2026 kết nạp mấy đv", "431"),
        ("cung ky quy 1/2025 ket nap bao nhieu dang vien", "402"),
        ("tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025", "16.25"),
    ],
    ids=["a-year-named-in-the-text", "quarter-one-is-the-span", "q1-shorthand", "same-quarter-last-year",
         "a-notes-year-from-its-marker"],
)
def test_the_first_quarter_is_the_first_three_months(quarter: Engine, question: str, value: str) -> None:
    answered_with(quarter, question, value)


@pytest.mark.parametrize(
    "question",
    ["quý 4 năm 2025 kết nạp bao nhiêu đảng viên", "tổng vốn đầu tư toàn xã hội quý I là bao nhiêu"],
    ids=["another-quarter", "not-public-investment"],
)
def test_what_the_quarter_report_does_not_say_is_not_found(quarter: Engine, question: str) -> None:
    answer = quarter.ask(question)
    assert answer.status == "not_found", answer.reply
