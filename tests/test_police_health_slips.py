"""A police force's year and a health department's half year, written small in our own words.

Session 20's data taught: "118" in the text and "181" in the appendix disagree though a third apart (two swapped
digits); a text figure a district table confirms is still at odds with another appendix's slip of it; a
half-year report's "Thực hiện 6 tháng" column is its own span, not a sum of the years beside it; a row adding up
two figures said beside the text's one is not at odds with it; "bn lớp tập huấn" counts classes, not the "lượt
cán bộ" who sat in them; "bao nhiêu hộ … tiền mặt 1,5 triệu" counts households, the sum is typed; "23 băng, ổ
nhóm tội phạm với 133 đối tượng" counts gangs, then their members; "… đạt 107,73% chỉ tiêu Nghị quyết Đại hội Đảng
bộ Công an tỉnh (750 đảng viên)": the bracket is the target.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import engine_for, shown_values, written

POLICE = """

ĐẢNG BỘ TỈNH BẠCH SƠN
ĐẢNG ỦY CÔNG AN TỈNH
*
Số 12-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bạch Sơn, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025

I- KẾT QUẢ

1. Đấu tranh phòng, chống tội phạm

Tiếp nhận 1.342 tin báo, tố giác; điều tra làm rõ 548 vụ, bắt, xử lý 1.027 đối tượng. Triệt phá 23 băng, ổ nhóm
tội phạm với 133 đối tượng.

2. Trật tự, an toàn giao thông

Trong năm xảy ra 173 vụ tai nạn giao thông, làm chết 96 người, bị thương 118 người.

3. Công tác xây dựng lực lượng

Toàn lực lượng có 4.318 cán bộ, chiến sĩ; 3.846 đảng viên, chiếm 89,07%. Cả nhiệm kỳ 2020 - 2025 đã kết nạp 808
đảng viên, đạt 107,73% chỉ tiêu Nghị quyết Đại hội Đảng bộ Công an tỉnh (750 đảng viên).
Mở 86 lớp tập huấn cho 7.512 lượt cán bộ, chiến sĩ. Hỗ trợ tiền mặt 1,5 triệu đồng/hộ cho 640 hộ
có nhà bị sập, tổng số tiền 960 triệu đồng.

PHỤ LỤC I
MỘT SỐ CHỈ TIÊU CHỦ YẾU

STT\tChỉ tiêu\tĐơn vị tính\tNăm 2024\tNăm 2025
1\tSố vụ phạm tội về trật tự xã hội\tVụ\t655\t612
2\tSố vụ điều tra làm rõ\tVụ\t571\t584
3\tSố vụ tai nạn giao thông\tVụ\t188\t173
4\tSố người chết\tNgười\t104\t96
5\tSố người bị thương\tNgười\t139\t181

PHỤ LỤC II
KẾT QUẢ THEO ĐƠN VỊ

STT\tĐơn vị\tTội phạm về TTXH Phát hiện (vụ)\tTội phạm về TTXH Làm rõ (vụ)
1\tCông an huyện Tân Lạc\t350\t312
2\tCông an huyện Mỹ Đức\t262\t236
\tTổng cộng\t612\t548
"""


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "12-BC-DU-2025.txt", POLICE))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("so nguoi bi thuong do tai nan giao thong", {"118", "181"}),
        ("bao nhiêu vụ được điều tra làm rõ", {"548", "584"}),
    ],
    ids=["a-third-apart", "confirmed-by-another-table"],
)
def test_two_swapped_digits_are_a_conflict(police: Engine, question: str, values: set[str]) -> None:
    """Text and Phụ lục I disagree by two neighbouring digits: both figures are shown, each with its source."""
    answer = police.ask(question)
    assert answer.status == "answered", answer.reply
    assert {Decimal(v) for v in values} <= shown_values(answer), answer.reply


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bn lớp tập huấn", "86"),
        ("bao nhieu ho dc ho tro tien mat 1,5 trieu", "640"),
        ("sl CBCS toàn lực lượng", "4318"),
        ("công an tóm được bao nhiêu băng nhóm tội phạm", "23"),
        ("chỉ tiêu kết nạp đảng viên cả nhiệm kỳ theo NQ đại hội", "750"),
    ],
    ids=["classes-not-attendances", "households-not-money", "staff-abbreviated", "gangs-not-members", "bracketed-target"],
)
def test_what_is_counted_is_answered(police: Engine, question: str, value: str) -> None:
    """The count of what is asked, never the figure beside it counting something else (classes: a guard)."""
    answer = police.ask(question)
    assert answer.status == "answered", answer.reply
    assert answer.figure is not None and answer.figure.value == Decimal(value), answer.reply


HALF_YEAR = """

ĐẢNG BỘ TỈNH TÂY LÂM
ĐẢNG ỦY SỞ Y TẾ
*
Số 47-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Tây Lâm, ngày 10 tháng 7 năm 2026

BÁO CÁO
sơ kết công tác 6 tháng đầu năm 2026

I- KẾT QUẢ

1. Khám bệnh, chữa bệnh

Toàn tỉnh đã khám bệnh cho 1.238.577 lượt người; trong đó các bệnh viện tuyến tỉnh khám 448.202 lượt, các trung
tâm y tế huyện khám 433.957 lượt. Số lượt khám bệnh có thẻ bảo hiểm y tế là 812.460 lượt.

2. Y tế dự phòng

Có 10.132 trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 46,28%.

PHỤ LỤC I
KẾT QUẢ THEO ĐƠN VỊ

STT\tĐơn vị\tGiường bệnh kế hoạch\tLượt khám bệnh
1\tBệnh viện tuyến tỉnh\t1.650\t448.202
2\tTrung tâm y tế huyện\t2.020\t433.957
\tCộng bệnh viện và trung tâm y tế\t3.670\t882.159

PHỤ LỤC II
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU

STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2024\tThực hiện năm 2025\tChỉ tiêu năm 2026\tThực hiện 6 tháng
1\tTỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ\t%\t96,1\t96,8\t95\t46,82
"""


@pytest.fixture(scope="module")
def half_year(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "47-BC-DU-2026.txt", HALF_YEAR))


def test_the_half_years_column_meets_the_text(half_year: Engine) -> None:
    """"Thực hiện 6 tháng" of a half-year report is the report's own span: its 46,82 is at odds with 46,28."""
    answer = half_year.ask("ty le tre duoi 1 tuoi tiem chung day du")
    assert {Decimal("46.28"), Decimal("46.82")} <= shown_values(answer), answer.reply


def test_a_row_of_two_parts_said_is_no_rival(half_year: Engine) -> None:
    """The row 882.159 adds up the two levels said beside 812.460: no disagreement (a guard)."""
    answer = half_year.ask("so luot kham benh co the bao hiem y te")
    assert answer.figure is not None and answer.figure.value == Decimal("812460"), answer.reply
    assert Decimal("882159") not in shown_values(answer), answer.reply
