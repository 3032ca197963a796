"""A city committee's year in the delivered layout, written small in our own words.

It holds what session 9's unseen reports taught: notes whose yearly figures explain the figure they add up
to (or end at), a year in brackets, an as-of date opening a list of clauses, a fall said after a figure,
a sum raised by wards, "TU" for the Thành ủy that reports.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.engine import Engine
from tests.report_sets import answered_with, engine_for, written

CITY = """

ĐẢNG BỘ TỈNH HÒA GIANG
THÀNH ỦY TÂY LỘC
*
Số 402-BC/TU	ĐẢNG CỘNG SẢN VIỆT NAM
Tây Lộc, ngày 15 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025,
phương hướng, nhiệm vụ năm 2026

Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

I- TÌNH HÌNH CHUNG

Đến ngày 30/11/2025, Đảng bộ thành phố có 36 tổ chức cơ sở đảng; 241 chi bộ trực thuộc; tổng số đảng viên là 4.312 đồng chí.

II- KẾT QUẢ LÃNH ĐẠO PHÁT TRIỂN KINH TẾ - XÃ HỘI

Năm 2024 tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,14%; năm 2025 đạt 93,02%. Ủy ban Mặt trận Tổ quốc thành phố và 12 phường vận động Quỹ "Vì người nghèo" được 5,62 tỷ đồng. Đầu năm 2025 toàn thành phố có 318 hộ nghèo và 706 hộ cận nghèo; trong năm đã giảm 97 hộ nghèo; đến nay còn 221 hộ nghèo. Toàn thành phố có 27 trường đạt chuẩn quốc gia, tăng 05 trường so với đầu nhiệm kỳ¹. Cụm công nghiệp Phú Hòa (42,5 ha) đã thu hút 09 dự án, tỷ lệ lấp đầy đạt 71%. Tai nạn giao thông xảy ra 14 vụ, làm chết 09 người, bị thương 11 người. Tỷ lệ hộ dân dùng nước sạch đạt chuẩn là 96,2% (chỉ tiêu 98%).

¹ Năm 2021: 23 trường; năm 2022: 24 trường; năm 2023: 26 trường; năm 2025: 27 trường.

III- CÔNG TÁC XÂY DỰNG ĐẢNG

Ban Thường vụ Thành ủy có 11 đồng chí. Cả năm có 01 tổ chức cơ sở đảng không hoàn thành nhiệm vụ (năm 2025). Các cấp ủy và ủy ban kiểm tra đã thi hành kỷ luật 19 đảng viên vi phạm, trong đó: khiển trách 11 đảng viên, cảnh cáo 06 đảng viên, khai trừ 02 đảng viên². Học tập chủ trương, nghị quyết của Đảng đạt 98,6% đảng viên.

² Năm 2023: 05 đảng viên; năm 2024: 08 đảng viên; năm 2025: 06 đảng viên.

Phần thứ hai
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Kết nạp ít nhất 150 đảng viên mới.

Nơi nhận:
- Như trên,
- Lưu VT.

T/M THÀNH ỦY
BÍ THƯ
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_for(written(tmp_path_factory, "402-BC-TU-2025.txt", CITY))


def facts_of(engine: Engine, value: str) -> list[tuple[str, str, str | None]]:
    return [(f.label, f.unit, f.period) for f in engine.index.facts if f.value == Decimal(value)]


def test_yearly_notes_explain_the_figure_they_add_up_to(city: Engine) -> None:
    # 05 + 08 + 06 = 19 disciplined, not the 02 expelled that the note marker follows
    labels = {label for label, _, period in facts_of(city, "8") if period == "2024"}
    assert labels == {"Các cấp ủy và ủy ban kiểm tra đã thi hành kỷ luật đảng viên vi phạm"}


def test_a_year_in_brackets_dates_its_figure(city: Engine) -> None:
    assert [period for _, unit, period in facts_of(city, "1") if unit == "tổ chức cơ sở đảng"] == ["2025"]


def test_a_year_before_a_rate_is_no_sum_of_money(city: Engine) -> None:
    assert facts_of(city, "2024") == []


def test_an_opening_date_holds_for_the_later_clauses(city: Engine) -> None:
    assert {period for *_, period in facts_of(city, "4312")} == {"30/11/2025"}


def test_a_fall_and_what_is_left_are_no_parts(city: Engine) -> None:
    assert answered_with(city, "hiện nay còn bao nhiêu hộ nghèo", "221").parts == []


def test_a_sum_raised_by_wards_is_of_their_campaign(city: Engine) -> None:
    answer = answered_with(city, "quỹ vì người nghèo vận động được bao nhiêu", "5.62")
    assert answer.figure is not None and "Vì người nghèo" in answer.figure.label


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("năm 2022 có bao nhiêu trường đạt chuẩn quốc gia", "24"),  # the note's years end at the 27 of the text
        ("năm 2024 tỷ lệ tham gia bảo hiểm y tế", "92.14"),
        ("đầu năm 2025 có bao nhiêu hộ nghèo", "318"),  # not the 706 near-poor households
        ("BTV TU có mấy đ/c", "11"),  # the Thành ủy that reports
        ("cụm công nghiệp Phú Hòa lấp đầy bao nhiêu %", "71"),  # never its 42,5 ha
        # "chủ trương" typed with its tones is no "trường" (school)
        ("bao nhiêu phần trăm đảng viên học tập chủ trương nghị quyết", "98.6"),
        ("TNGT bị thương bn ng", "11"),  # the injured, not the dead
        ("tai nạn giao thông làm chết mấy người", "9"),
        # "đạt chuẩn" names the standard: the rate's target is asked, not how much of it was met
        ("chỉ tiêu hộ dân dùng nước sạch đạt chuẩn là bao nhiêu %", "98"),
    ],
    ids=["yearly-stock", "year-before-rate", "poor-not-near-poor", "tu-thanh-uy", "share-not-area", "toned-unit",
         "injured", "dead", "standard-target"],
)
def test_city_answers(city: Engine, question: str, value: str) -> None:
    answered_with(city, question, value)
