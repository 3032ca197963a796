"""A town's political report to its congress, written small in our own words (session 22's report89).

Before: "thị xã" of the reporting body "ĐẢNG BỘ THỊ XÃ TÂN KHÊ" was read as a count of communes, so "Đảng bộ
thị xã hiện có bao nhiêu đảng viên" took the term's opening figure that happens to say "Đảng bộ thị xã";
once it is the body's own name, another town ("thị xã Bình Minh") must still be no figure of this one. "chỉ tiêu
… giai đoạn 2025-2030" took the closing term's target (9,5%), not the new term's (10,5%); a rate under the row
of its fall ("Giảm tỷ lệ hộ nghèo bình quân" over "- Tỷ lệ hộ nghèo cuối năm") gave way to that fall.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

TOWN = """

ĐẢNG BỘ TỈNH HÒA SƠN
BAN CHẤP HÀNH ĐẢNG BỘ
THỊ XÃ TÂN KHÊ
*
Số 318-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Khê, ngày 16 tháng 6 năm 2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ thị xã khóa XII trình Đại hội đại biểu Đảng bộ thị xã Tân Khê lần thứ XIII, nhiệm kỳ 2025 - 2030

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025

Đầu nhiệm kỳ, Đảng bộ thị xã có 41 tổ chức cơ sở đảng với 4.315 đảng viên.

I- CÔNG TÁC XÂY DỰNG ĐẢNG

Năm năm qua kết nạp 876 đảng viên. Đến nay, toàn Đảng bộ có 5.020 đảng viên, sinh hoạt tại 45 tổ chức cơ sở đảng.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030

Mục tiêu tổng quát nhiệm kỳ 2025 - 2030 là xây dựng Đảng bộ thị xã trong sạch, vững mạnh.

I- CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030

- Tốc độ tăng trưởng giá trị sản xuất bình quân 10,5%/năm trở lên.

PHỤ LỤC
KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

STT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu Nghị quyết\tNăm 2021\tNăm 2022\tNăm 2023\tNăm 2024\tNăm 2025\tKết quả nhiệm kỳ
1\tTốc độ tăng trưởng giá trị sản xuất bình quân\t%\t9,5\t8,9\t9,6\t10,1\t9,9\t10,2\t9,74
2\tTổng số đảng viên cuối năm\tĐảng viên\t\t4.398\t4.527\t4.689\t4.851\t5.020\t5.020
3\tGiảm tỷ lệ hộ nghèo bình quân\t%\t0,5\t0,58\t0,57\t0,62\t0,55\t0,57\t0,58
\t- Tỷ lệ hộ nghèo cuối năm\t%\t\t3,23\t2,66\t2,04\t1,49\t0,92\t0,92
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "318-BC-TU-2025.txt", TOWN))


def test_the_next_terms_target(town: Engine) -> None:
    """"chỉ tiêu … giai đoạn 2025-2030" in a report closing 2020-2025: the new term's target, not the old one's."""
    answered_with(town, "chỉ tiêu tăng trưởng bình quân giai đoạn 2025-2030", "10.5")


def test_a_rate_under_its_fall(town: Engine) -> None:
    """"tỷ lệ hộ nghèo năm 2023": the sub-row "- Tỷ lệ hộ nghèo cuối năm" (2,04%), not the fall it sits under."""
    answer = town.ask("tỷ lệ hộ nghèo năm 2023")
    assert answer.figure is not None and answer.figure.value == Decimal("2.04"), answer.reply


def test_the_towns_own_members_now(town: Engine) -> None:
    """"Đảng bộ thị xã" is the body itself: its members now, not at the term's start."""
    answered_with(town, "Đảng bộ thị xã hiện có bao nhiêu đảng viên?", "5020")


@pytest.mark.parametrize(
    "question",
    ["đảng bộ thị xã Bình Minh kết nạp bao nhiêu đảng viên", "huyện Phú Lâm có bao nhiêu đảng viên"],
    ids=["another-town", "a-district-never-named"],
)
def test_another_place_is_no_figure_of_this_one(town: Engine, question: str) -> None:
    """A place the report never names, though its words are known, gets no figure of the town."""
    assert town.ask(question).status != "answered"
